//! How views describe things in words: an event's dates and place, and the lists of countries and zones the
//! pickers offer. Shared by the table, the inspector, the tooltips, the briefing and the filter bar.

use std::sync::OnceLock;

use crate::model::{CountryCode, DateValue, Event, Zone, region};

/// "26 Feb – 7 Mar 2026", "26 Feb 2026 09:30–11:00", "January 2026", "2026"; in French "du 26 févr. au 7 mars
/// 2026", "26 févr. 2026 09 h 30–11 h 00".
pub fn when_text(event: &Event) -> String {
    span_text(event.start, event.end)
}

/// A span from `start` to an inclusive `end` in words, as `when_text` writes an event's: a trip's dates, say.
pub fn span_text(start: DateValue, end: Option<DateValue>) -> String {
    match (start, end) {
        (DateValue::Time(a), Some(DateValue::Time(b))) if a.date() == b.date() => {
            format!("{}–{}", start.human(), crate::i18n::dates::time(b.time()))
        }
        (DateValue::Day(a), Some(DateValue::Day(b))) if b != a => {
            crate::i18n::dates::day_span(a, b, false)
        }
        (_, Some(end)) if end != start => {
            crate::tr!("date-span", from = start.human(), to = end.human())
        }
        _ => start.human(),
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
