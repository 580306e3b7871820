//! Names as spreadsheets and calendars write them: countries by ISO code or by English or French name, cities
//! known to the gazetteer, kinds and statuses by their names in either language, yes and no, lists in a cell,
//! sources one per line.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::Cell;
use crate::i18n::Lang;
use crate::model::gazetteer::{self, fold};
use crate::model::{CountryCode, EventKind, Source, Status, ThinVec};

/// A country from its ISO code (two or three letters) or its name in English or French ("Inde", "Japon",
/// "United States", "États-Unis").
pub fn country(text: &str) -> Option<CountryCode> {
    let text = text.trim();
    if text.len() == 2
        && crate::model::region::country(text).is_some()
        && let Ok(code) = text.parse()
    {
        return Some(code);
    }
    let code = country_names().get(&fold(text))?;
    std::str::from_utf8(code).ok()?.parse().ok()
}

fn country_names() -> &'static HashMap<String, [u8; 2]> {
    static NAMES: OnceLock<HashMap<String, [u8; 2]>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut names = HashMap::new();
        for country in keshvar::CountryIterator::new() {
            let alpha2 = country.alpha2().to_string();
            let Ok(key) = <[u8; 2]>::try_from(alpha2.as_bytes()) else {
                continue;
            };
            if crate::model::region::country(&alpha2).is_none() {
                continue;
            }
            let mut add = |name: &str| {
                names.entry(fold(name)).or_insert(key);
            };
            add(&country.alpha3().to_string());
            add(country.iso_short_name());
            add(country.iso_long_name());
            for name in country.unofficial_name_list() {
                add(name);
            }
            for lang in ["en", "fr"] {
                if let Some(name) = country.translations().get(lang) {
                    add(name);
                }
            }
            if let Some(c) = crate::model::region::country(&alpha2) {
                for lang in Lang::ALL {
                    add(c.name_in(lang));
                }
            }
        }
        names
    })
}

/// A kind by its name in either language, or as the file writes it ("StateVisit", "state visit").
pub fn kind(text: &str) -> Option<EventKind> {
    let folded = squash(text);
    EventKind::ALL.into_iter().find(|k| {
        squash(&format!("{k:?}")) == folded
            || Lang::ALL.iter().any(|l| squash(k.label_in(*l)) == folded)
    })
}

/// A status by its name in either language, or as the file writes it.
pub fn status(text: &str) -> Option<Status> {
    let folded = squash(text);
    Status::ALL.into_iter().find(|s| {
        squash(&format!("{s:?}")) == folded
            || Lang::ALL.iter().any(|l| squash(s.label_in(*l)) == folded)
    })
}

/// Yes or no as spreadsheets write it: a checkbox, "yes", "oui", "true", "x", 1.
pub fn boolean(cell: &Cell) -> Option<bool> {
    match cell {
        Cell::Bool(b) => Some(*b),
        Cell::Number(n) => Some(*n != 0.0),
        Cell::Empty => Some(false),
        Cell::Text(t) => match squash(t).as_str() {
            "yes" | "oui" | "true" | "vrai" | "x" | "1" | "y" | "o" => Some(true),
            "no" | "non" | "false" | "faux" | "0" | "n" | "" => Some(false),
            _ => None,
        },
        Cell::Date(_) => None,
    }
}

/// Folded with spaces, hyphens and the like dropped: "State visit" and "StateVisit" both read "statevisit".
fn squash(text: &str) -> String {
    fold(text).chars().filter(|c| !c.is_whitespace()).collect()
}

/// A list in one cell: items separated by semicolons, or by line breaks.
pub fn list(text: &str) -> Vec<String> {
    let separator = if text.contains(';') { ';' } else { '\n' };
    text.split(separator)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The country of a city the gazetteer knows by that name in one country only.
pub fn city_country(city: &str) -> Option<CountryCode> {
    let folded = fold(city);
    let mut found = gazetteer::all_cities()
        .iter()
        .filter(|c| fold(&c.name) == folded);
    let first = found.next()?;
    if found.any(|c| c.country != first.country) {
        return None;
    }
    first.country.parse().ok()
}

/// Sources as an export writes them, one per line: "Title <https://…>", or a title alone.
pub fn sources(text: &str) -> ThinVec<Source> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(
            |line| match line.strip_suffix('>').and_then(|l| l.rsplit_once(" <")) {
                Some((title, url)) => Source {
                    title: title.trim().into(),
                    url: Some(url.trim().into()),
                },
                None => Source {
                    title: line.into(),
                    url: None,
                },
            },
        )
        .collect()
}

/// Sources one per line, the way `sources` reads them.
pub fn sources_text(sources: &[Source]) -> String {
    sources
        .iter()
        .map(|s| match &s.url {
            Some(url) => format!("{} <{url}>", s.title),
            None => s.title.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_are_found_by_code_or_by_name_in_either_language() {
        let code = |c: &str| c.parse::<CountryCode>().ok();
        assert_eq!(country("IN"), code("IN"));
        assert_eq!(country("in"), code("IN"));
        assert_eq!(country("IND"), code("IN"));
        assert_eq!(country("India"), code("IN"));
        assert_eq!(country("Inde"), code("IN"));
        assert_eq!(country("Japon"), code("JP"));
        assert_eq!(country("Suisse"), code("CH"));
        assert_eq!(country("États-Unis"), code("US"));
        assert_eq!(country("Atlantis"), None);
        assert_eq!(country("XX"), None);
    }

    #[test]
    fn kinds_and_statuses_are_found_by_their_names_in_either_language() {
        assert_eq!(kind("State visit"), Some(EventKind::StateVisit));
        assert_eq!(kind("StateVisit"), Some(EventKind::StateVisit));
        assert_eq!(kind("Sommet"), Some(EventKind::Summit));
        assert_eq!(status("Confirmé"), Some(Status::Confirmed));
        assert_eq!(status("tentative"), Some(Status::Tentative));
        assert_eq!(status("Perhaps"), None);
    }
}
