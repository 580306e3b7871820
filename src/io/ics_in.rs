//! Calendars in: the VEVENTs of an iCalendar file (as Outlook, Google and Apple write them) as events to import,
//! read with calcard, which resolves VTIMEZONE blocks, IANA zones and Windows zone names ("W. Europe Standard
//! Time").
//!
//! - An all-day entry becomes a day-precision event whose inclusive end is the day before DTEND.
//! - A timed entry keeps its exact instants; it is written in its own zone's wall time (its TZID, else the
//!   place's zone), so what the calendar showed is what the timeline shows.
//! - LOCATION is matched against the gazetteer ("Mumbai, India", "Tokyo"); GEO gives coordinates. An entry whose
//!   place is not found is put at the document's home and reported.
//! - The UID names the event, so importing the same calendar again updates it. Itinera's own exports carry the
//!   event's id in their UID and come back under it.
//! - A repeating entry (RRULE) is left out and reported: a programme has no standing meetings.

use std::collections::BTreeSet;

use calcard::icalendar::{
    ICalendar, ICalendarClassification, ICalendarComponent, ICalendarComponentType,
    ICalendarProperty, ICalendarStatus, ICalendarValue,
};
use chrono::{DateTime, TimeDelta, TimeZone as _};

use super::sheet::names;
use crate::edit::import::{Incoming, Part};
use crate::model::gazetteer;
use crate::model::time::place_zone;
use crate::model::{Classification, DateValue, Event, Home, Place, Status, Text, Zone, slug};

/// A calendar read: the events it brings, and the entries left out or placed at home, with why.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CalendarRead {
    pub incoming: Vec<Incoming>,
    /// Entries left out: where ("event 3, “Dinner”") and why.
    pub refused: Vec<(String, String)>,
    /// Entries whose place was not found, put at home.
    pub placed_at_home: Vec<String>,
}

/// Why a calendar could not be read at all.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::tr!("ics-in-unreadable", path = path.as_str(), line = *line, why = why.as_str()))]
pub struct CalendarError {
    pub path: String,
    pub line: usize,
    pub why: String,
}

/// Reads iCalendar text; `home` places entries whose location is unknown, and `name` is the file's, for messages.
pub fn read(text: &str, name: &str, home: &Home) -> Result<CalendarRead, CalendarError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if !text
        .trim_start()
        .to_ascii_uppercase()
        .starts_with("BEGIN:VCALENDAR")
    {
        return Err(CalendarError {
            path: name.to_owned(),
            line: 1,
            why: crate::tr!("ics-in-not-a-calendar"),
        });
    }
    if let Some((line, bad)) = first_bad_line(text) {
        return Err(CalendarError {
            path: name.to_owned(),
            line,
            why: crate::tr!(
                "ics-in-bad-line",
                line = bad.chars().take(80).collect::<String>()
            ),
        });
    }
    let calendar = ICalendar::parse(text).map_err(|entry| {
        let (line, why) = match entry {
            calcard::Entry::InvalidLine(l) => {
                (line_of(text, &l), crate::tr!("ics-in-bad-line", line = l))
            }
            calcard::Entry::UnterminatedComponent(c) => (
                0,
                crate::tr!("ics-in-unterminated", component = c.to_string()),
            ),
            calcard::Entry::UnexpectedComponentEnd { found, .. } => (
                0,
                crate::tr!(
                    "ics-in-unexpected-end",
                    component = found.as_str().to_string()
                ),
            ),
            _ => (1, crate::tr!("ics-in-not-a-calendar")),
        };
        CalendarError {
            path: name.to_owned(),
            line,
            why,
        }
    })?;
    let mut read = CalendarRead::default();
    // The instants of every entry, zones resolved; floating times stay floating and are read at the venue.
    let expanded = calendar.expand_dates(calcard::common::timezone::Tz::Floating, 100_000);
    let mut number = 0;
    for (comp_id, component) in calendar.components.iter().enumerate() {
        if component.component_type != ICalendarComponentType::VEvent {
            continue;
        }
        number += 1;
        let title = text_of(component, &ICalendarProperty::Summary).unwrap_or_default();
        let origin = crate::tr!("ics-in-origin", number = number, title = title.as_str());
        if component.is_recurrent() {
            read.refused.push((origin, crate::tr!("ics-in-repeats")));
            continue;
        }
        let Some(instants) = expanded.events.iter().find(|e| e.comp_id == comp_id as u32) else {
            read.refused.push((origin, crate::tr!("ics-in-no-start")));
            continue;
        };
        let (start_secs, end_secs) = instants.timestamps();
        let (place, found) = place_of(component, home);
        if !found {
            read.placed_at_home.push(origin.clone());
        }
        let mut parts: BTreeSet<Part> = [
            Part::Title,
            Part::Start,
            Part::End,
            Part::Country,
            Part::City,
        ]
        .into_iter()
        .collect();
        let all_day = is_all_day(component);
        let (start, end, start_zone, end_zone) = if all_day {
            let first = instants.start.date_naive();
            let end = match instants.end {
                calcard::icalendar::dates::TimeOrDelta::Time(t) => t.date_naive(),
                calcard::icalendar::dates::TimeOrDelta::Delta(d) => {
                    (instants.start.naive_local() + d).date()
                }
            };
            // DTEND of an all-day entry is the day after its last.
            let last = end.pred_opt().filter(|l| *l > first).unwrap_or(first);
            (
                Some(DateValue::Day(first)),
                (last != first).then_some(DateValue::Day(last)),
                None,
                None,
            )
        } else {
            let venue = place_zone(&place);
            let own = entry_zone(instants.start.timezone()).unwrap_or(venue);
            let end_zone = match &instants.end {
                calcard::icalendar::dates::TimeOrDelta::Time(t) => entry_zone(t.timezone()),
                calcard::icalendar::dates::TimeOrDelta::Delta(_) => None,
            }
            .unwrap_or(own);
            let floating = instants.start.timezone().is_floating();
            let (start, end) = if floating {
                // A floating time is a wall time wherever the entry is: the venue's.
                let local = |secs: i64| {
                    DateTime::from_timestamp(secs, 0).map(|t| DateValue::Time(t.naive_utc()))
                };
                (
                    local(start_secs),
                    (end_secs > start_secs).then(|| local(end_secs)).flatten(),
                )
            } else {
                (
                    wall(start_secs, own),
                    (end_secs > start_secs)
                        .then(|| wall(end_secs, end_zone))
                        .flatten(),
                )
            };
            parts.insert(Part::StartZone);
            parts.insert(Part::EndZone);
            (
                start,
                end,
                (own != venue).then_some(own),
                (end.is_some() && end_zone != venue).then_some(end_zone),
            )
        };
        let Some(start) = start else {
            read.refused.push((origin, crate::tr!("ics-in-no-start")));
            continue;
        };
        let uid = component.uid().unwrap_or_default();
        let own_export = uid.ends_with("@itinera");
        let id = id_from_uid(uid);
        let mut event = Event::new(
            id.as_str(),
            if title.is_empty() {
                crate::tr!("ics-in-untitled")
            } else {
                title.clone()
            },
            start,
            place,
        );
        event.end = end;
        event.start_zone = start_zone;
        event.end_zone = end_zone;
        if let Some(coords) = geo(component) {
            event.place.set_coords(Some(coords.0), Some(coords.1));
            parts.insert(Part::Coords);
        }
        // Itinera's own description repeats the kind, trip and principals around the notes; only others' is
        // taken as notes.
        if !own_export && let Some(notes) = text_of(component, &ICalendarProperty::Description) {
            event.notes = notes.trim().into();
            parts.insert(Part::Notes);
        }
        let tags: Vec<Text> = component
            .properties(&ICalendarProperty::Categories)
            .flat_map(|e| e.values.iter().filter_map(|v| v.as_text()))
            .flat_map(|t| t.split(','))
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(Text::from)
            .collect();
        if !tags.is_empty() {
            event.tags = tags.into_iter().collect();
            parts.insert(Part::Tags);
        }
        if let Some(status) = status_of(component) {
            event.status = status;
            parts.insert(Part::Status);
        }
        if let Some(class) = classification_of(component) {
            event.classification = class;
            parts.insert(Part::Classification);
        }
        read.incoming.push(Incoming {
            keyed: !id.is_empty(),
            event,
            parts,
            origin,
        });
    }
    Ok(read)
}

/// The 1-based line of the file that holds `needle`.
fn line_of(text: &str, needle: &str) -> usize {
    text.find(needle.trim())
        .map_or(0, |at| text[..at].matches('\n').count() + 1)
}

fn text_of(component: &ICalendarComponent, property: &ICalendarProperty) -> Option<String> {
    component
        .property(property)
        .and_then(|e| e.values.first())
        .and_then(|v| v.as_text())
        .map(|t| t.trim().to_owned())
}

/// Whether DTSTART is a date without a time (an all-day entry).
fn is_all_day(component: &ICalendarComponent) -> bool {
    component
        .property(&ICalendarProperty::Dtstart)
        .and_then(|e| e.values.first())
        .is_some_and(
            |v| matches!(v, ICalendarValue::PartialDateTime(d) if d.has_date() && !d.has_time()),
        )
}

/// The IANA zone an entry's time was given in, when it was given in one: not UTC (Google writes every time in
/// UTC, which says nothing of the venue), not floating, not a bare offset.
fn entry_zone(tz: calcard::common::timezone::Tz) -> Option<Zone> {
    match tz {
        _ if tz.is_utc() => None,
        calcard::common::timezone::Tz::Tz(tz) => Some(Zone(tz)),
        _ => None,
    }
}

/// The first line that is not an iCalendar content line (`NAME;PARAMS:VALUE`, or a folded continuation).
fn first_bad_line(text: &str) -> Option<(usize, &str)> {
    text.lines().enumerate().find_map(|(i, line)| {
        let line = line.trim_end_matches('\r');
        if line.is_empty() || line.starts_with([' ', '\t']) {
            return None;
        }
        let name_end = line.find([':', ';']).unwrap_or(line.len());
        let name = &line[..name_end];
        let good = name_end < line.len()
            && !name.is_empty()
            && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
        (!good).then_some((i + 1, line))
    })
}

/// The wall time of an instant in a zone, to the minute.
fn wall(secs: i64, zone: Zone) -> Option<DateValue> {
    let utc = DateTime::from_timestamp(secs, 0)?;
    let local = zone.0.from_utc_datetime(&utc.naive_utc()).naive_local();
    Some(DateValue::Time(
        local - TimeDelta::seconds(i64::from(chrono::Timelike::second(&local))),
    ))
}

/// An id from a UID: Itinera's own ("mumbai.canada-2026@itinera") gives back the event's id; others a readable
/// slug, shortened with a hash of the whole when long, so each UID keeps its own id.
fn id_from_uid(uid: &str) -> String {
    if let Some(ours) = uid.strip_suffix("@itinera")
        && let Some((id, _)) = ours.split_once('.')
    {
        return id.to_owned();
    }
    if uid.is_empty() {
        return String::new();
    }
    let s = slug(uid);
    if s.len() <= 32 {
        return s;
    }
    // FNV-1a: stable across runs and builds.
    let hash = uid.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!(
        "{}-{:08x}",
        s.chars().take(20).collect::<String>().trim_end_matches('-'),
        hash as u32
    )
}

/// The place LOCATION names: a country and a city the gazetteer knows, in any order ("Mumbai, India",
/// "Tokyo", "Palais de l'Élysée, Paris, France"); and whether it was found (otherwise, home).
fn place_of(component: &ICalendarComponent, home: &Home) -> (Place, bool) {
    let location = text_of(component, &ICalendarProperty::Location).unwrap_or_default();
    match place_from_text(&location) {
        Some(place) => (place, true),
        None => (
            Place {
                country: home.country,
                city: home.city.as_str().into(),
                ..Place::default()
            },
            false,
        ),
    }
}

/// A place from words such as "Mumbai, India", "Tokyo" or "Inde": a country and a city the gazetteer knows, in any
/// order, or a country alone.
pub fn place_from_text(location: &str) -> Option<Place> {
    let parts: Vec<&str> = location
        .split([',', '\n'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let country = parts.iter().rev().find_map(|p| names::country(p));
    let city = parts.iter().rev().find_map(|p| match country {
        Some(c) => gazetteer::city(c.as_str(), p).map(|city| (c, city.name.clone())),
        None => names::city_country(p)
            .and_then(|c| gazetteer::city(c.as_str(), p).map(|city| (c, city.name.clone()))),
    });
    match (city, country) {
        (Some((country, city)), _) => Some(Place {
            country,
            city: city.into(),
            ..Place::default()
        }),
        (None, Some(country)) => Some(Place {
            country,
            ..Place::default()
        }),
        (None, None) => None,
    }
}

/// Moves an imported event to `place`, keeping its instants: a timed event given in its old place's zone is read
/// again in the new venue's zone; one given in a zone of its own keeps it.
pub fn move_to(event: &mut Event, place: Place) {
    let times = crate::model::EventTimes::of(event);
    let timed = event.start.precision() == crate::model::Precision::Time;
    event.place = place;
    if timed {
        let venue = place_zone(&event.place);
        let (start_zone, end_zone) = (
            event.start_zone.unwrap_or(venue),
            event.end_zone.unwrap_or(venue),
        );
        if let Some(start) = wall(times.start, start_zone) {
            event.start = start;
        }
        if event.end.is_some() {
            event.end = wall(times.end, end_zone).or(event.end);
        }
        event.start_zone = (start_zone != venue).then_some(start_zone);
        event.end_zone = (event.end.is_some() && end_zone != venue).then_some(end_zone);
    }
}

fn geo(component: &ICalendarComponent) -> Option<(f64, f64)> {
    let entry = component.property(&ICalendarProperty::Geo)?;
    let numbers: Vec<f64> = entry
        .values
        .iter()
        .flat_map(|v| match v {
            ICalendarValue::Float(f) => vec![*f],
            ICalendarValue::Integer(i) => vec![*i as f64],
            other => other
                .as_text()
                .map(|t| t.split(';').filter_map(|n| n.trim().parse().ok()).collect())
                .unwrap_or_default(),
        })
        .collect();
    match numbers.as_slice() {
        [lat, lon, ..] if lat.abs() <= 90.0 && lon.abs() <= 180.0 => Some((*lat, *lon)),
        _ => None,
    }
}

fn status_of(component: &ICalendarComponent) -> Option<Status> {
    match component
        .property(&ICalendarProperty::Status)?
        .values
        .first()?
    {
        ICalendarValue::Status(ICalendarStatus::Confirmed) => Some(Status::Confirmed),
        ICalendarValue::Status(ICalendarStatus::Tentative) => Some(Status::Tentative),
        ICalendarValue::Status(ICalendarStatus::Cancelled) => Some(Status::Cancelled),
        ICalendarValue::Status(ICalendarStatus::Completed) => Some(Status::Completed),
        _ => None,
    }
}

fn classification_of(component: &ICalendarComponent) -> Option<Classification> {
    match component
        .property(&ICalendarProperty::Class)?
        .values
        .first()?
    {
        ICalendarValue::Classification(ICalendarClassification::Public) => {
            Some(Classification::Public)
        }
        ICalendarValue::Classification(_) => Some(Classification::Restricted),
        _ => None,
    }
}
