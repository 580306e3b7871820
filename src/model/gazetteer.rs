//! Where cities are and which zone they keep: every capital plus large cities, from `assets/gazetteer.tsv`.

use std::collections::HashMap;
use std::sync::OnceLock;

/// One city the gazetteer knows.
#[derive(Clone, Debug, PartialEq)]
pub struct City {
    pub country: String,
    pub name: String,
    pub lat: f64,
    pub lon: f64,
    pub zone: String,
    /// The zone, read once when the table is.
    pub tz: Option<chrono_tz::Tz>,
    pub capital: bool,
}

/// An ISO code as two upper-case bytes, found without allocating.
fn code_key(country: &str) -> Option<[u8; 2]> {
    match country.as_bytes() {
        [a, b] => Some([a.to_ascii_uppercase(), b.to_ascii_uppercase()]),
        _ => None,
    }
}

struct Gazetteer {
    cities: Vec<City>,
    /// Per country: cities by their name as written, then by their folded name.
    exact: HashMap<[u8; 2], HashMap<Box<str>, usize>>,
    folded: HashMap<[u8; 2], HashMap<Box<str>, usize>>,
    capital_of: HashMap<[u8; 2], usize>,
}

/// Folds a name for matching: lower case, accents and punctuation dropped, so "Zürich" matches "zurich".
pub fn fold(text: &str) -> String {
    let ascii = if text.is_ascii() {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(deunicode::deunicode(text))
    };
    // After transliteration every character is ASCII, so bytes can be folded one by one.
    let mut out = String::with_capacity(ascii.len());
    for b in ascii.bytes() {
        if b.is_ascii_alphanumeric() {
            out.push(char::from(b.to_ascii_lowercase()));
        } else if b.is_ascii_whitespace() {
            out.push(' ');
        }
    }
    out
}

fn gazetteer() -> &'static Gazetteer {
    static TABLE: OnceLock<Gazetteer> = OnceLock::new();
    TABLE.get_or_init(|| parse(include_str!("../../assets/gazetteer.tsv")))
}

fn parse(text: &str) -> Gazetteer {
    let mut cities = Vec::new();
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let cols: Vec<&str> = line.split('\t').collect();
        let [country, name, lat, lon, zone, capital] = cols[..] else {
            continue;
        };
        let (Ok(lat), Ok(lon)) = (lat.parse(), lon.parse()) else {
            continue;
        };
        cities.push(City {
            country: country.to_string(),
            name: name.to_string(),
            lat,
            lon,
            zone: zone.to_string(),
            tz: zone.parse().ok(),
            capital: capital == "capital",
        });
    }
    let mut exact: HashMap<[u8; 2], HashMap<Box<str>, usize>> = HashMap::new();
    let mut folded: HashMap<[u8; 2], HashMap<Box<str>, usize>> = HashMap::new();
    let mut capital_of = HashMap::new();
    for (i, city) in cities.iter().enumerate() {
        let Some(code) = code_key(&city.country) else {
            continue;
        };
        exact
            .entry(code)
            .or_default()
            .entry(city.name.as_str().into())
            .or_insert(i);
        folded
            .entry(code)
            .or_default()
            .entry(fold(&city.name).into())
            .or_insert(i);
        if city.capital {
            capital_of.insert(code, i);
        }
    }
    Gazetteer {
        cities,
        exact,
        folded,
        capital_of,
    }
}

/// A city by country code and name (accent- and case-insensitive).
/// A name written as the table writes it is found without folding (and without allocating).
pub fn city(country: &str, name: &str) -> Option<&'static City> {
    let g = gazetteer();
    let code = code_key(country)?;
    let found = g.exact.get(&code).and_then(|cities| cities.get(name));
    found
        .or_else(|| g.folded.get(&code)?.get(fold(name).as_str()))
        .map(|&i| &g.cities[i])
}

/// The capital of a country.
pub fn capital(country: &str) -> Option<&'static City> {
    let g = gazetteer();
    g.capital_of.get(&code_key(country)?).map(|&i| &g.cities[i])
}

/// Every city the gazetteer knows, in file order (by country, then name).
pub fn all_cities() -> &'static [City] {
    &gazetteer().cities
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_city_of_the_sample_is_known_with_its_zone() {
        for (country, name, zone) in [
            ("CA", "Ottawa", "America/Toronto"),
            ("IN", "Mumbai", "Asia/Kolkata"),
            ("IN", "New Delhi", "Asia/Kolkata"),
            ("AU", "Canberra", "Australia/Sydney"),
            ("JP", "Tokyo", "Asia/Tokyo"),
        ] {
            let found = city(country, name).unwrap_or_else(|| panic!("{name} missing"));
            assert_eq!(found.zone, zone);
        }
    }

    #[test]
    fn names_match_without_accents_or_case() {
        assert_eq!(
            city("ch", "zurich").map(|c| c.name.as_str()),
            Some("Zürich")
        );
    }

    #[test]
    fn almost_every_country_has_a_capital_with_a_valid_zone() {
        let capitals = all_cities().iter().filter(|c| c.capital).count();
        assert!(capitals >= 230, "only {capitals} capitals");
        for c in all_cities() {
            assert!(
                c.zone.parse::<chrono_tz::Tz>().is_ok(),
                "{} has an unknown zone {}",
                c.name,
                c.zone
            );
        }
    }
}
