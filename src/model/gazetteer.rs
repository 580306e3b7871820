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
    pub capital: bool,
}

struct Gazetteer {
    cities: Vec<City>,
    by_key: HashMap<(String, String), usize>,
    capital_of: HashMap<String, usize>,
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
            capital: capital == "capital",
        });
    }
    let mut by_key = HashMap::new();
    let mut capital_of = HashMap::new();
    for (i, city) in cities.iter().enumerate() {
        by_key.insert((city.country.clone(), fold(&city.name)), i);
        if city.capital {
            capital_of.insert(city.country.clone(), i);
        }
    }
    Gazetteer {
        cities,
        by_key,
        capital_of,
    }
}

/// A city by country code and name (accent- and case-insensitive).
pub fn city(country: &str, name: &str) -> Option<&'static City> {
    let g = gazetteer();
    g.by_key
        .get(&(country.to_ascii_uppercase(), fold(name)))
        .map(|&i| &g.cities[i])
}

/// The capital of a country.
pub fn capital(country: &str) -> Option<&'static City> {
    let g = gazetteer();
    g.capital_of
        .get(&country.to_ascii_uppercase())
        .map(|&i| &g.cities[i])
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
