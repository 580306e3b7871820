//! An event's dates and place in words, in the interface's language: what the views, the briefing and the printed
//! trip book write.

use super::{DateValue, Event, Place, region};

/// "26 Feb – 7 Mar 2026", "26 Feb 2026 09:30–11:00", "January 2026", "2026"; in French "du 26 févr. au 7 mars
/// 2026", "26 févr. 2026 09 h 30–11 h 00".
pub fn when_text(event: &Event) -> String {
    span_text(event.start, event.end)
}

/// A span from `start` to an inclusive `end` in words, as `when_text` writes an event's: a trip's dates, say.
pub fn span_text(start: DateValue, end: Option<DateValue>) -> String {
    span_words(start, end, false)
}

/// A span in words, with its months written out in full when `long` ("26 February – 7 March 2026"), as a printed
/// page has room for.
pub fn span_words(start: DateValue, end: Option<DateValue>, long: bool) -> String {
    match (start, end) {
        (DateValue::Time(a), Some(DateValue::Time(b))) if a.date() == b.date() => {
            format!("{}–{}", start.human(), crate::i18n::dates::time(b.time()))
        }
        (DateValue::Day(a), Some(DateValue::Day(b))) if b != a => {
            crate::i18n::dates::day_span(a, b, long)
        }
        (_, Some(end)) if end != start => {
            crate::tr!("date-span", from = start.human(), to = end.human())
        }
        _ => start.human(),
    }
}

/// "Mumbai, India" or "France".
pub fn place_text(event: &Event) -> String {
    place_words(&event.place)
}

/// A place in words: "Mumbai, India", or the country alone when no city is named.
pub fn place_words(place: &Place) -> String {
    let country = region::country_name(place.country.as_str());
    if place.city.is_empty() {
        country.to_string()
    } else {
        format!("{}, {country}", place.city)
    }
}
