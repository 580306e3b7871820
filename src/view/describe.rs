//! How views describe things in words: an event's dates and place, and the lists of countries and zones the
//! pickers offer. Shared by the table, the inspector, the tooltips, the briefing and the filter bar.

use std::sync::OnceLock;

use crate::model::{CountryCode, Zone, region};

// An event's dates and place in words are the model's (a printed book writes them too).
pub use crate::model::words::{place_text, span_text, when_text};

/// Every country as picker items in the interface's language: "India (IN)", "Inde (IN)", sorted by name.
pub fn country_items() -> &'static [(CountryCode, String)] {
    static ITEMS: [OnceLock<Vec<(CountryCode, String)>>; 2] = [OnceLock::new(), OnceLock::new()];
    let lang = crate::i18n::current();
    ITEMS[lang.index()].get_or_init(|| {
        region::all_countries()
            .filter_map(|c| {
                Some((
                    c.code.parse::<CountryCode>().ok()?,
                    format!("{} ({})", c.name_in(lang), c.code),
                ))
            })
            .collect()
    })
}

/// "India (IN)" for a code.
pub fn country_label(code: CountryCode) -> String {
    format!("{} ({code})", region::country_name(code.as_str()))
}

/// Every IANA zone as picker items, sorted by name.
pub fn zone_items() -> &'static [(Zone, String)] {
    static ITEMS: OnceLock<Vec<(Zone, String)>> = OnceLock::new();
    ITEMS.get_or_init(|| {
        let mut items: Vec<(Zone, String)> = chrono_tz::TZ_VARIANTS
            .iter()
            .map(|tz| (Zone(*tz), tz.name().to_owned()))
            .collect();
        items.sort_by(|a, b| a.1.cmp(&b.1));
        items
    })
}
