//! Countries (from the keshvar crate) and Itinera's ten regions (from `assets/regions.ron`).

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

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

    pub fn label(self) -> &'static str {
        match self {
            Region::NorthAmerica => "North America",
            Region::LatinAmerica => "Latin America & Caribbean",
            Region::Europe => "Europe",
            Region::MiddleEast => "Middle East",
            Region::Africa => "Africa",
            Region::CentralAsia => "Central Asia",
            Region::SouthAsia => "South Asia",
            Region::EastAsia => "East Asia",
            Region::SoutheastAsia => "Southeast Asia",
            Region::Oceania => "Oceania",
        }
    }
}

/// What Itinera knows about one country.
#[derive(Clone, Debug)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code, upper case.
    pub code: String,
    /// A short English name for display.
    pub name: String,
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
    /// Codes in the order of their names.
    sorted: Vec<[u8; 2]>,
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
                name: short_name(&country),
                region,
                lat: geo.latitude(),
                lon: geo.longitude(),
            },
        );
    }
    let mut sorted: Vec<[u8; 2]> = by_code.keys().copied().collect();
    sorted.sort_by(|a, b| by_code[a].name.cmp(&by_code[b].name));
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

/// The display name of a country code, or the code itself when unknown.
pub fn country_name(code: &str) -> &str {
    country(code).map_or(code, |c| c.name.as_str())
}

/// The region of a country code.
pub fn region_of(code: &str) -> Option<Region> {
    country(code).map(|c| c.region)
}

/// Every known country, sorted by name.
pub fn all_countries() -> impl Iterator<Item = &'static Country> {
    let table = countries();
    table.sorted.iter().map(|code| &table.by_code[code])
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
}
