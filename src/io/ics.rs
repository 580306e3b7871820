//! The programme as an iCalendar file (RFC 5545), for calendar apps.
//!
//! - Events known to the day become all-day events; their end is the day after the last, as iCalendar counts.
//! - Timed events are written in UTC, so every calendar app places them at the same instant.
//! - Events known only to the month or the year have no day to stand on: they are left out and counted, rather
//!   than pinned to an invented date.
//! - Restricted notes are never written. Events classified restricted are left out unless asked for.
//!
//! Each event's UID is its id and the document's title, so importing a newer export updates the same entries.

use chrono::{DateTime, TimeDelta, Utc};
use icalendar::{Calendar, Class, Component as _, EventLike as _, EventStatus, Property};

use crate::model::time::place_coords;
use crate::model::{Classification, Event, EventTimes, Precision, Status, Timeline, region, slug};

/// What to put in the file.
#[derive(Clone, Copy, Debug)]
pub struct IcsOptions {
    /// Include events classified restricted (their restricted notes still stay out).
    pub include_restricted: bool,
    /// The `DTSTAMP` of every entry: when the file was made. Fixed in tests, so output is repeatable.
    pub stamp: DateTime<Utc>,
}

/// The file's text and what was left out of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IcsExport {
    pub text: String,
    pub written: usize,
    /// Events known only to the month or the year.
    pub undated: usize,
    /// Events classified restricted, left out.
    pub restricted: usize,
}

impl IcsExport {
    /// One line for the status bar or the terminal: what was written and what was left out, and why.
    pub fn summary(&self) -> String {
        let mut text = crate::tr!("ics-events", count = self.written);
        let mut left = Vec::new();
        if self.undated > 0 {
            left.push(crate::tr!("ics-left-undated", count = self.undated));
        }
        if self.restricted > 0 {
            left.push(crate::tr!("ics-left-restricted", count = self.restricted));
        }
        if !left.is_empty() {
            text.push_str(&crate::tr!("ics-left-out", list = left.join(", ")));
        }
        text
    }
}

/// The events at `indices` (document order is kept) as an iCalendar file.
pub fn to_ics(
    t: &Timeline,
    times: &[EventTimes],
    indices: impl IntoIterator<Item = u32>,
    options: IcsOptions,
) -> IcsExport {
    let mut calendar = Calendar::empty();
    calendar
        .append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new("PRODID", "-//Itinera//Itinera//EN"))
        .append_property(Property::new("CALSCALE", "GREGORIAN"))
        .name(t.shown_title());
    let document = slug(&t.title);
    // Entries are written one at a time between the calendar's own lines, so a large programme is never held
    // twice over.
    const END: &str = "END:VCALENDAR\r\n";
    let mut text = calendar.done().to_string();
    text.truncate(text.rfind(END).unwrap_or(text.len()));
    let (mut written, mut undated, mut restricted) = (0, 0, 0);
    for i in indices {
        let (Some(e), Some(when)) = (t.events.get(i as usize), times.get(i as usize)) else {
            continue;
        };
        if !e.start.precision().is_fixed_day() {
            undated += 1;
            continue;
        }
        if e.classification == Classification::Restricted && !options.include_restricted {
            restricted += 1;
            continue;
        }
        // Writing into a `String` cannot fail.
        let _ = entry(t, e, when, &document, options).fmt_write(&mut text);
        written += 1;
    }
    text.push_str(END);
    IcsExport {
        text,
        written,
        undated,
        restricted,
    }
}

fn entry(
    t: &Timeline,
    e: &Event,
    when: &EventTimes,
    document: &str,
    options: IcsOptions,
) -> icalendar::Event {
    let mut out = icalendar::Event::new();
    out.uid(&format!("{}.{document}@itinera", e.id))
        .timestamp(options.stamp)
        .summary(e.shown_title())
        .status(match e.status {
            Status::Cancelled => EventStatus::Cancelled,
            Status::Confirmed | Status::Completed => EventStatus::Confirmed,
            Status::Planned | Status::Tentative => EventStatus::Tentative,
        });
    if e.start.precision() == Precision::Time {
        let instant = |secs| DateTime::<Utc>::from_timestamp(secs, 0).unwrap_or_default();
        out.starts(instant(when.start)).ends(instant(when.end));
    } else {
        out.starts(when.first_day)
            .ends(when.last_day + TimeDelta::days(1));
    }
    let country = region::country_name(e.place.country.as_str());
    let location = if e.place.city.is_empty() {
        country.to_owned()
    } else {
        format!("{}, {country}", e.place.city)
    };
    out.location(&location);
    if let Some((lat, lon)) = place_coords(&e.place) {
        out.add_property("GEO", format!("{lat:.6};{lon:.6}"));
    }
    let mut description = vec![format!("{} · {}", e.kind.label(), e.status.label())];
    if let Some(trip) = e.trip.as_deref().and_then(|id| t.trip(id)) {
        description.push(crate::tr!("ics-trip", trip = trip.shown_title()));
    }
    let names = t.principal_names(e);
    if !names.is_empty() {
        description.push(crate::tr!("ics-with", names = names.join(", ")));
    }
    if !e.shown_objectives().is_empty() {
        let lines: Vec<String> = e
            .shown_objectives()
            .iter()
            .map(|o| format!("• {o}"))
            .collect();
        description.push(format!(
            "{}\n{}",
            crate::tr!("ics-objectives"),
            lines.join("\n")
        ));
    }
    if !e.shown_notes().is_empty() {
        description.push(e.shown_notes().to_string());
    }
    out.description(&description.join("\n\n"));
    if !e.tags.is_empty() {
        out.categories(e.tags.iter());
    }
    if e.classification == Classification::Restricted {
        out.class(Class::Confidential);
    }
    out.done()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Resolved, sample_timeline};

    fn stamp() -> DateTime<Utc> {
        DateTime::from_timestamp(1_780_000_000, 0).unwrap_or_default()
    }

    fn export(t: &Timeline, include_restricted: bool) -> IcsExport {
        let resolved = Resolved::of(t);
        to_ics(
            t,
            &resolved.times,
            resolved.order.iter().copied(),
            IcsOptions {
                include_restricted,
                stamp: stamp(),
            },
        )
    }

    /// The lines of the entry whose summary is `title`, unfolded.
    fn entry_of(text: &str, title: &str) -> Vec<String> {
        let unfolded = text.replace("\r\n ", "");
        unfolded
            .split("BEGIN:VEVENT")
            .find(|e| e.contains(&format!("\r\nSUMMARY:{title}\r\n")))
            .map(|e| e.split("\r\n").map(str::to_owned).collect())
            .unwrap_or_default()
    }

    #[test]
    fn day_legs_are_all_day_entries_ending_the_day_after_and_month_visits_are_left_out() {
        let out = export(&sample_timeline(), false);
        assert_eq!(
            out.undated, 8,
            "four January visits, three 2026 visits, APEC"
        );
        assert_eq!(out.written, 5);
        let mumbai = entry_of(&out.text, "Mumbai");
        assert!(
            mumbai.contains(&"DTSTART;VALUE=DATE:20260226".to_owned()),
            "{mumbai:?}"
        );
        assert!(
            mumbai.contains(&"DTEND;VALUE=DATE:20260228".to_owned()),
            "{mumbai:?}"
        );
        assert!(mumbai.contains(&"STATUS:TENTATIVE".to_owned()));
        assert!(
            mumbai.contains(&"LOCATION:Mumbai\\, India".to_owned()),
            "{mumbai:?}"
        );
        assert!(
            mumbai.iter().any(|l| l.starts_with("GEO:19.")),
            "{mumbai:?}"
        );
        assert!(mumbai.iter().any(|l| l.starts_with("UID:mumbai.")));
        assert!(!out.text.contains("Visit to France"));
        assert!(out.text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(out.text.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        assert_eq!(out.text.matches("END:VCALENDAR").count(), 1);
        assert_eq!(
            out.summary(),
            "5 events (left out: 8 known only to the month or year)"
        );
    }

    #[test]
    fn a_timed_event_is_written_in_utc_from_its_venue_time() {
        let mut t = sample_timeline();
        if let Some(e) = t
            .events
            .iter_mut()
            .map(std::sync::Arc::make_mut)
            .find(|e| e.id == "mumbai")
        {
            e.start = "2026-02-26T09:30".parse().unwrap_or(e.start);
            e.end = Some("2026-02-26T11:00".parse().unwrap_or(e.start));
        }
        let mumbai = entry_of(&export(&t, false).text, "Mumbai");
        // Mumbai is UTC+5:30.
        assert!(
            mumbai.contains(&"DTSTART:20260226T040000Z".to_owned()),
            "{mumbai:?}"
        );
        assert!(
            mumbai.contains(&"DTEND:20260226T053000Z".to_owned()),
            "{mumbai:?}"
        );
    }

    #[test]
    fn restricted_notes_never_reach_the_file_and_restricted_events_only_when_asked() {
        let mut t = sample_timeline();
        for e in t.events.iter_mut().map(std::sync::Arc::make_mut) {
            e.restricted_notes = "brief orally only".into();
        }
        if let Some(e) = t
            .events
            .iter_mut()
            .map(std::sync::Arc::make_mut)
            .find(|e| e.id == "tokyo")
        {
            e.classification = Classification::Restricted;
        }
        let without = export(&t, false);
        assert_eq!(without.restricted, 1);
        assert!(entry_of(&without.text, "Tokyo").is_empty());
        let with = export(&t, true);
        assert_eq!(with.restricted, 0);
        assert!(entry_of(&with.text, "Tokyo").contains(&"CLASS:CONFIDENTIAL".to_owned()));
        for text in [&without.text, &with.text] {
            assert!(!text.contains("orally"), "restricted notes stay out");
        }
    }

    #[test]
    fn the_same_document_exports_the_same_bytes() {
        let t = sample_timeline();
        assert_eq!(export(&t, false), export(&t, false));
    }
}
