//! Countries (from the keshvar crate) and Itinera's ten regions (from `assets/regions.ron`).

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::i18n::{Lang, collate};

/// A region as diplomatic planners group the world. Every country belongs to exactly one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Region {
    NorthAmerica,
    LatinAmerica,
    Europe,
    MiddleEast,
    Africa,
    CentralAsia,
    SouthAsia,
    EastAsia,
    SoutheastAsia,
    Oceania,
}

impl Region {
    pub const ALL: [Region; 10] = [
        Region::NorthAmerica,
        Region::LatinAmerica,
        Region::Europe,
        Region::MiddleEast,
        Region::Africa,
        Region::CentralAsia,
        Region::SouthAsia,
        Region::EastAsia,
        Region::SoutheastAsia,
        Region::Oceania,
    ];

    /// The region's name in the interface's language.
    pub fn label(self) -> &'static str {
        crate::i18n::label(match self {
            Region::NorthAmerica => "region-north-america",
            Region::LatinAmerica => "region-latin-america",
            Region::Europe => "region-europe",
            Region::MiddleEast => "region-middle-east",
            Region::Africa => "region-africa",
            Region::CentralAsia => "region-central-asia",
            Region::SouthAsia => "region-south-asia",
            Region::EastAsia => "region-east-asia",
            Region::SoutheastAsia => "region-southeast-asia",
            Region::Oceania => "region-oceania",
        })
    }
}

/// What Itinera knows about one country.
#[derive(Clone, Debug)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code, upper case.
    pub code: String,
    /// A short English name for display.
    pub name: String,
    /// The French name (CLDR, through keshvar), or the English one where none is known.
    pub name_fr: String,
    pub region: Region,
    /// The country's geographic centre, for places with no known city.
    pub lat: f64,
    pub lon: f64,
}

#[derive(Deserialize)]
struct RegionTable {
    subregions: BTreeMap<String, Region>,
    countries: BTreeMap<String, Region>,
}

struct Countries {
    by_code: HashMap<[u8; 2], Country>,
    /// Codes in the order of their English names, then of their French names, each in its language's collation.
    sorted: [Vec<[u8; 2]>; 2],
}

fn countries() -> &'static Countries {
    static TABLE: OnceLock<Countries> = OnceLock::new();
    TABLE.get_or_init(build_countries)
}

/// The region table ships with the binary and is checked by the tests, so a failure here is a build defect.
fn region_table() -> RegionTable {
    ron::from_str(include_str!("../../assets/regions.ron")).unwrap_or_else(|e| {
        // The shipped table is tested; an empty table keeps the app alive if it ever breaks.
        eprintln!("assets/regions.ron: {e}");
        RegionTable {
            subregions: BTreeMap::new(),
            countries: BTreeMap::new(),
        }
    })
}

fn build_countries() -> Countries {
    let table = region_table();
    let mut by_code = HashMap::new();
    for country in keshvar::CountryIterator::new() {
        let code = country.alpha2().to_string();
        let region = table.countries.get(&code).copied().or_else(|| {
            country
                .maybe_subregion()
                .and_then(|s| table.subregions.get(&s.to_string()).copied())
        });
        let Some(region) = region else { continue };
        let geo = country.geo();
        let Ok(key) = <[u8; 2]>::try_from(code.as_bytes()) else {
            continue;
        };
        by_code.insert(
            key,
            Country {
                code,
                name_fr: country
                    .translations()
                    .get("fr")
                    .map_or_else(|| short_name(&country), |n| (*n).to_owned()),
                name: short_name(&country),
                region,
                lat: geo.latitude(),
                lon: geo.longitude(),
            },
        );
    }
    let sorted = Lang::ALL.map(|lang| {
        let mut codes: Vec<[u8; 2]> = by_code.keys().copied().collect();
        codes.sort_by(|a, b| {
            collate::compare_in(lang, by_code[a].name_in(lang), by_code[b].name_in(lang))
        });
        codes
    });
    Countries { by_code, sorted }
}

/// ISO short names can be long ("United Kingdom of Great Britain and Northern Ireland");
/// prefer the common English name where keshvar lists one.
fn short_name(country: &keshvar::Country) -> String {
    let iso = country.iso_short_name();
    let overlong = iso.len() > 28 || iso.contains('(') || iso.contains(',');
    if overlong
        && let Some(common) = country
            .unofficial_name_list()
            .iter()
            .find(|n| n.is_ascii() && n.len() > 3 && n.len() < iso.len())
    {
        return (*common).to_string();
    }
    iso.to_string()
}

/// The country with this ISO alpha-2 code (either case).
pub fn country(code: &str) -> Option<&'static Country> {
    let key = match code.as_bytes() {
        [a, b] => [a.to_ascii_uppercase(), b.to_ascii_uppercase()],
        _ => return None,
    };
    countries().by_code.get(&key)
}

impl Country {
    /// The country's name in a language.
    pub fn name_in(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.name,
            Lang::Fr => &self.name_fr,
        }
    }

    /// The country's name in the interface's language.
    pub fn display_name(&self) -> &str {
        self.name_in(crate::i18n::current())
    }
}

/// The display name of a country code in the interface's language, or the code itself when unknown.
pub fn country_name(code: &str) -> &str {
    country(code).map_or(code, |c| c.display_name())
}

/// The names of a country code in every language of the interface (English first), for search.
pub fn country_names(code: &str) -> impl Iterator<Item = &str> {
    let country = country(code);
    Lang::ALL
        .into_iter()
        .map(move |lang| country.map_or(code, |c| c.name_in(lang)))
}

/// The region of a country code.
pub fn region_of(code: &str) -> Option<Region> {
    country(code).map(|c| c.region)
}

/// Every known country, sorted by its name in the interface's language.
pub fn all_countries() -> impl Iterator<Item = &'static Country> {
    let table = countries();
    table.sorted[crate::i18n::current().index()]
        .iter()
        .map(|code| &table.by_code[code])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_country_keshvar_knows_gets_exactly_one_region() {
        let missing: Vec<String> = keshvar::CountryIterator::new()
            .map(|c| c.alpha2().to_string())
            .filter(|code| region_of(code).is_none())
            .collect();
        assert!(
            missing.is_empty(),
            "countries without a region: {missing:?}"
        );
        assert!(all_countries().count() >= 245);
    }

    #[test]
    fn iran_and_the_gulf_are_in_the_middle_east() {
        for code in ["IR", "QA", "AE", "SA", "KW", "BH", "OM"] {
            assert_eq!(region_of(code), Some(Region::MiddleEast), "{code}");
        }
    }

    #[test]
    fn the_sample_countries_fall_in_the_expected_regions() {
        let expected = [
            ("CA", Region::NorthAmerica),
            ("FR", Region::Europe),
            ("CH", Region::Europe),
            ("CN", Region::EastAsia),
            ("JP", Region::EastAsia),
            ("IN", Region::SouthAsia),
            ("AU", Region::Oceania),
            ("BR", Region::LatinAmerica),
            ("PH", Region::SoutheastAsia),
            ("KH", Region::SoutheastAsia),
            ("KZ", Region::CentralAsia),
            ("NG", Region::Africa),
        ];
        for (code, region) in expected {
            assert_eq!(region_of(code), Some(region), "{code}");
        }
        assert_eq!(country_name("in"), "India");
    }

    #[test]
    fn countries_have_their_french_names_and_sort_with_accents_in_place() {
        let egypt = country("EG").expect("Egypt");
        assert_eq!(egypt.name_in(Lang::Fr), "Égypte");
        assert_eq!(
            country("CH").expect("Switzerland").name_in(Lang::Fr),
            "Suisse"
        );
        crate::i18n::set(Lang::Fr);
        let names: Vec<&str> = all_countries().map(|c| c.display_name()).collect();
        let at = |name: &str| names.iter().position(|n| *n == name).expect(name);
        assert!(at("Égypte") < at("Espagne"), "Égypte sorts with E");
        assert!(at("Équateur") < at("Zimbabwe"));
        assert!(at("Allemagne") < at("Égypte"));
        crate::i18n::set(Lang::En);
    }
}
