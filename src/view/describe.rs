//! How views describe things in words: an event's dates and place, and the lists of countries and zones the
//! pickers offer. Shared by the table, the inspector, the tooltips, the briefing and the filter bar.

use std::sync::OnceLock;

use crate::model::{CountryCode, DateValue, Event, Zone, region};

/// "26 Feb 2026 – 27 Feb 2026", "January 2026", "2026".
pub fn when_text(event: &Event) -> String {
    match (event.start, event.end) {
        (DateValue::Time(a), Some(DateValue::Time(b))) if a.date() == b.date() => {
            format!("{}–{}", event.start.human(), b.format("%H:%M"))
        }
        (_, Some(end)) if end != event.start => {
            format!("{} – {}", event.start.human(), end.human())
        }
        _ => event.start.human(),
    }
}

/// "Mumbai, India" or "France".
pub fn place_text(event: &Event) -> String {
    let country = region::country_name(event.place.country.as_str());
    if event.place.city.is_empty() {
        country.to_string()
    } else {
        format!("{}, {country}", event.place.city)
    }
}

/// Every country as picker items: "India (IN)", sorted by name.
pub fn country_items() -> &'static [(CountryCode, String)] {
    static ITEMS: OnceLock<Vec<(CountryCode, String)>> = OnceLock::new();
    ITEMS.get_or_init(|| {
        region::all_countries()
            .filter_map(|c| {
                Some((
                    c.code.parse::<CountryCode>().ok()?,
                    format!("{} ({})", c.name, c.code),
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

/// "1 event", "13 events".
pub fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
