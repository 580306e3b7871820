//! Checks a whole timeline and returns every problem, each with the path of the value it is about.

use std::collections::{HashMap, HashSet};

use super::codes::CountryCode;
use super::date::DateValue;
use super::path::Path;
use super::region;
use super::time::{LocalInstant, local_to_utc, place_zone};
use super::timeline::{Event, EventKind, Place, Timeline};
use super::translations::{Translations, tag_problem};

/// How bad a problem is. Errors make a file unusable for `itinera check`; warnings are advice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One thing wrong with a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    pub path: Path,
    pub message: String,
}

/// Longest text a single field may hold; longer values are almost surely a damaged file.
pub const MAX_TEXT_BYTES: usize = 1 << 20;

struct Checker<'a> {
    timeline: &'a Timeline,
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn error(&mut self, path: Path, message: String) {
        self.problems.push(Problem {
            severity: Severity::Error,
            path,
            message,
        });
    }

    fn warn(&mut self, path: Path, message: String) {
        self.problems.push(Problem {
            severity: Severity::Warning,
            path,
            message,
        });
    }

    fn text(&mut self, path: Path, text: &str) {
        if text.len() > MAX_TEXT_BYTES {
            self.error(
                path,
                crate::tr!(
                    "check-text-too-long",
                    bytes = text.len(),
                    most = MAX_TEXT_BYTES
                ),
            );
        }
    }

    fn place(&mut self, path: Path, place: &Place) {
        // A code that could not be read at all was reported while reading.
        if place.country != CountryCode::STAND_IN
            && region::country(place.country.as_str()).is_none()
        {
            self.error(
                path.field("country"),
                crate::tr!("check-unknown-country", code = place.country.as_str()),
            );
        }
        self.text(path.field("city"), &place.city);
        match (place.lat(), place.lon()) {
            (Some(lat), _) if !(-90.0..=90.0).contains(&lat) => {
                self.error(path.field("lat"), crate::tr!("check-latitude", value = lat));
            }
            (_, Some(lon)) if !(-180.0..=180.0).contains(&lon) => {
                self.error(
                    path.field("lon"),
                    crate::tr!("check-longitude", value = lon),
                );
            }
            (Some(_), None) => self.error(path.field("lat"), crate::tr!("check-latitude-alone")),
            (None, Some(_)) => self.error(path.field("lon"), crate::tr!("check-longitude-alone")),
            _ => {}
        }
    }

    /// A thing's translations: each tag a language, each translated field one the thing has (`objectives` only
    /// where `objectives` is `Some`, with their count), no text too long.
    fn translations(
        &mut self,
        path: Path,
        translations: Option<&Translations>,
        objectives: Option<usize>,
    ) {
        let Some(translations) = translations else {
            return;
        };
        let path = path.field("translations");
        for (tag, t) in translations {
            let at = path.key(tag);
            if let Some(why) = tag_problem(tag) {
                self.error(at.clone(), why);
            }
            self.text(at.field("title"), &t.title);
            self.text(at.field("notes"), &t.notes);
            match objectives {
                None if !t.objectives.is_empty() => self.error(
                    at.field("objectives"),
                    crate::tr!("translation-no-such-field", field = "objectives"),
                ),
                Some(n) if !t.objectives.is_empty() && t.objectives.len() != n => self.warn(
                    at.field("objectives"),
                    crate::tr!(
                        "translation-objectives-count",
                        count = t.objectives.len(),
                        original = n
                    ),
                ),
                _ => {}
            }
            for (j, o) in t.objectives.iter().enumerate() {
                self.text(at.field("objectives").index(j), o);
            }
        }
    }

    fn ids<'b>(
        &mut self,
        list: &'static str,
        ids: impl Iterator<Item = &'b str>,
    ) -> HashSet<&'b str> {
        let mut seen = HashSet::new();
        for (i, id) in ids.enumerate() {
            let path = Path::root().field(list).index(i).field("id");
            if id.trim().is_empty() {
                self.error(path, crate::tr!("check-empty-id"));
            } else if !seen.insert(id) {
                self.error(path, crate::tr!("check-duplicate-id", id = id));
            }
        }
        seen
    }

    fn local_time(&mut self, path: Path, value: &DateValue, zone: chrono_tz::Tz) {
        let DateValue::Time(local) = value else {
            return;
        };
        match local_to_utc(*local, zone) {
            LocalInstant::Single(_) => {}
            LocalInstant::Skipped { .. } => self.error(
                path,
                crate::tr!(
                    "check-time-skipped",
                    value = value.to_string(),
                    zone = zone.name()
                ),
            ),
            LocalInstant::Repeated { .. } => self.warn(
                path,
                crate::tr!(
                    "check-time-repeated",
                    value = value.to_string(),
                    zone = zone.name()
                ),
            ),
        }
    }

    fn event(
        &mut self,
        i: usize,
        event: &Event,
        trips: &HashMap<&str, usize>,
        principals: &HashSet<&str>,
    ) {
        let path = Path::event(i);
        self.text(path.field("title"), &event.title);
        self.text(path.field("notes"), &event.notes);
        self.text(path.field("restricted_notes"), &event.restricted_notes);
        self.translations(
            path.clone(),
            event.translations.as_deref(),
            Some(event.objectives.len()),
        );
        self.place(path.field("place"), &event.place);
        for (name, place) in [("from", &event.from), ("to", &event.to)] {
            if let Some(place) = place {
                self.place(path.field(name), place);
            }
        }
        if event.kind == EventKind::Travel && (event.from.is_none() || event.to.is_none()) {
            self.warn(path.field("kind"), crate::tr!("check-travel-ends"));
        }
        let venue = place_zone(&event.place).0;
        let start_zone = event.start_zone.map_or(venue, |z| z.0);
        let end_zone = event.end_zone.map_or(start_zone, |z| z.0);
        self.local_time(path.field("start"), &event.start, start_zone);
        if let Some(end) = &event.end {
            self.local_time(path.field("end"), end, end_zone);
            let readable = !event.start.is_stand_in() && !end.is_stand_in();
            let ends_before = readable
                && match (event.start, *end) {
                    (DateValue::Time(_), DateValue::Time(_)) => {
                        local_to_utc(end.first_local(), end_zone).secs()
                            < local_to_utc(event.start.first_local(), start_zone).secs()
                    }
                    _ => end.last_day() < event.start.first_day(),
                };
            if ends_before {
                self.error(
                    path.field("end"),
                    crate::tr!(
                        "check-end-before-start",
                        end = end.to_string(),
                        start = event.start.to_string()
                    ),
                );
            }
        }
        if let Some(trip_id) = &event.trip {
            match trips.get(trip_id.as_str()) {
                None => self.error(
                    path.field("trip"),
                    crate::tr!("check-unknown-trip", id = trip_id.as_str()),
                ),
                Some(&t) => self.leg_within_trip(path.clone(), event, t),
            }
        }
        for (j, p) in event.principals.iter().enumerate() {
            if !principals.contains(p.as_str()) {
                self.error(
                    path.field("principals").index(j),
                    crate::tr!("check-unknown-principal", id = p.as_str()),
                );
            }
        }
    }

    fn leg_within_trip(&mut self, path: Path, event: &Event, trip_index: usize) {
        let trip = &self.timeline.trips[trip_index];
        // Dates that could not be read were reported while reading; nothing can be said of where they fall.
        if [event.start, event.end_or_start(), trip.start, trip.end]
            .iter()
            .any(DateValue::is_stand_in)
        {
            return;
        }
        let (trip_first, trip_last) = (trip.start.first_day(), trip.end.last_day());
        let (first, last) = (event.start.first_day(), event.end_or_start().last_day());
        // A leg known to the day must sit inside the trip; a vaguer one must at least overlap it. The message names
        // the end that breaks the rule.
        let day = |d: chrono::NaiveDate| DateValue::Day(d).human();
        let message = if event.start.precision().is_fixed_day() {
            if first < trip_first {
                Some(crate::tr!(
                    "check-leg-starts-before",
                    leg = day(first),
                    trip = trip.title.as_str(),
                    start = day(trip_first)
                ))
            } else if last > trip_last {
                Some(crate::tr!(
                    "check-leg-ends-after",
                    leg = day(last),
                    trip = trip.title.as_str(),
                    end = day(trip_last)
                ))
            } else {
                None
            }
        } else if last < trip_first || first > trip_last {
            Some(crate::tr!(
                "check-leg-outside",
                leg = event.start.human(),
                trip = trip.title.as_str(),
                start = day(trip_first),
                end = day(trip_last)
            ))
        } else {
            None
        };
        if let Some(message) = message {
            let field = if last > trip_last && first >= trip_first {
                "end"
            } else {
                "start"
            };
            let at = if field == "end" && event.end.is_none() {
                "start"
            } else {
                field
            };
            self.error(path.field(at), message);
        }
    }
}

/// Trip ids to their index; the first trip wins when an id is (wrongly) repeated.
fn trip_index(timeline: &Timeline) -> HashMap<&str, usize> {
    timeline
        .trips
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id.as_str(), i))
        .rev()
        .collect()
}

/// The problems of one event (new or edited) as it would stand at `index` in the timeline.
/// Checks its own fields and its references to trips and principals; ids are the caller's to keep unique.
pub fn event_problems(timeline: &Timeline, index: usize, event: &Event) -> Vec<Problem> {
    // Only the event's own trip and principals are looked up, so checking one event stays cheap in a large document.
    let principals: HashSet<&str> = event
        .principals
        .iter()
        .filter(|p| timeline.principal(p).is_some())
        .map(|p| p.as_str())
        .collect();
    let trips: HashMap<&str, usize> = event
        .trip
        .iter()
        .filter_map(|id| {
            let at = timeline.trips.iter().position(|t| t.id == *id)?;
            Some((id.as_str(), at))
        })
        .collect();
    problems_of(timeline, index, event, &trips, &principals)
}

fn problems_of(
    timeline: &Timeline,
    index: usize,
    event: &Event,
    trips: &HashMap<&str, usize>,
    principals: &HashSet<&str>,
) -> Vec<Problem> {
    let mut c = Checker {
        timeline,
        problems: Vec::new(),
    };
    if event.id.trim().is_empty() {
        c.error(Path::event(index).field("id"), crate::tr!("check-empty-id"));
    }
    c.event(index, event, trips, principals);
    c.problems
}

/// Checks many events one at a time against one document (an import's thousands), with its trips and principals
/// looked up once rather than for each event. Each event's problems are those `event_problems` finds.
pub struct EventChecks<'a> {
    timeline: &'a Timeline,
    trips: HashMap<&'a str, usize>,
    principals: HashSet<&'a str>,
}

impl<'a> EventChecks<'a> {
    pub fn new(timeline: &'a Timeline) -> EventChecks<'a> {
        EventChecks {
            timeline,
            trips: trip_index(timeline),
            principals: timeline.principals.iter().map(|p| p.id.as_str()).collect(),
        }
    }

    /// The problems of `event` as it would stand at `index`.
    pub fn problems(&self, index: usize, event: &Event) -> Vec<Problem> {
        problems_of(self.timeline, index, event, &self.trips, &self.principals)
    }
}

/// A recorded merge conflict in words, as `itinera check` and the window say it.
pub fn conflict_message(conflict: &super::Conflict) -> String {
    crate::tr!(
        "check-merge-conflict",
        on = conflict.on.clone(),
        field = conflict.field.clone(),
        ours = super::record_diff::ours_words(conflict).unwrap_or_else(|| "—".into()),
        theirs = super::record_diff::theirs_words(conflict).unwrap_or_else(|| "—".into())
    )
}

/// Every problem in a timeline, in document order.
pub fn validate(timeline: &Timeline) -> Vec<Problem> {
    let mut c = Checker {
        timeline,
        problems: Vec::new(),
    };
    let home = Path::root().field("home");
    if timeline.home.country != CountryCode::STAND_IN
        && region::country(timeline.home.country.as_str()).is_none()
    {
        c.error(
            home.field("country"),
            crate::tr!(
                "check-unknown-country",
                code = timeline.home.country.as_str()
            ),
        );
    }
    c.text(Path::root().field("title"), &timeline.title);
    c.text(Path::root().field("notes"), &timeline.notes);
    c.translations(Path::root(), timeline.translations.as_deref(), None);
    let principals = c.ids(
        "principals",
        timeline.principals.iter().map(|p| p.id.as_str()),
    );
    c.ids("trips", timeline.trips.iter().map(|t| t.id.as_str()));
    let trips = trip_index(timeline);
    for (i, trip) in timeline.trips.iter().enumerate() {
        c.translations(
            Path::root().field("trips").index(i),
            trip.translations.as_deref(),
            None,
        );
        let readable = !trip.start.is_stand_in() && !trip.end.is_stand_in();
        if readable && trip.end.last_day() < trip.start.first_day() {
            c.error(
                Path::root().field("trips").index(i).field("end"),
                crate::tr!(
                    "check-trip-ends-before",
                    end = trip.end.to_string(),
                    start = trip.start.to_string()
                ),
            );
        }
    }
    c.ids("events", timeline.events.iter().map(|e| e.id.as_str()));
    // Recorded merge conflicts: the file is readable, so they are warnings here; `itinera check` fails on them.
    for (i, conflict) in timeline.conflicts.iter().enumerate() {
        c.warn(
            Path::root().field("conflicts").index(i),
            conflict_message(conflict),
        );
    }
    let mut problems = c.problems;
    problems.extend(event_checks(timeline, &trips, &principals));
    problems
}

/// Above this many events, they are checked on every core, in parts whose problems are joined in order.
const PARALLEL_EVENTS: usize = 20_000;

fn event_checks(
    timeline: &Timeline,
    trips: &HashMap<&str, usize>,
    principals: &HashSet<&str>,
) -> Vec<Problem> {
    let check = |range: std::ops::Range<usize>| {
        let mut c = Checker {
            timeline,
            problems: Vec::new(),
        };
        for i in range {
            c.event(i, &timeline.events[i], trips, principals);
        }
        c.problems
    };
    let n = timeline.events.len();
    let threads = std::thread::available_parallelism().map_or(1, |t| t.get().min(4));
    if n < PARALLEL_EVENTS || threads < 2 {
        return check(0..n);
    }
    let bounds: Vec<usize> = (0..=threads).map(|k| k * n / threads).collect();
    std::thread::scope(|scope| {
        let parts: Vec<_> = bounds
            .windows(2)
            .skip(1)
            .map(|w| {
                let range = w[0]..w[1];
                std::thread::Builder::new()
                    .name("itinera-validate".into())
                    .spawn_scoped(scope, move || check(range))
            })
            .collect();
        let mut problems = check(bounds[0]..bounds[1]);
        for (k, part) in parts.into_iter().enumerate() {
            let range = bounds[k + 1]..bounds[k + 2];
            // A part no thread could take is checked here.
            match part.map(|handle| handle.join()) {
                Ok(Ok(found)) => problems.extend(found),
                _ => problems.extend(check(range)),
            }
        }
        problems
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::codes::CountryCode;

    fn event(id: &str, start: &str, end: Option<&str>) -> Event {
        let mut e = Event::new(
            id,
            id,
            start.parse().expect("date"),
            Place {
                country: "IN".parse::<CountryCode>().expect("code"),
                city: "Mumbai".into(),
                ..Place::default()
            },
        );
        e.end = end.map(|s| s.parse().expect("date"));
        e
    }

    #[test]
    fn an_end_before_the_start_is_an_error_at_the_end() {
        let mut t = Timeline::default();
        t.events
            .push(event("a", "2026-03-02", Some("2026-03-01")).into());
        let problems = validate(&t);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].path.to_string(), "events[0].end");
    }

    #[test]
    fn every_problem_is_returned_not_just_the_first() {
        let mut t = Timeline::default();
        t.events.push(event("a", "2026-03-02", None).into());
        t.events.push(event("a", "2026-03-02", None).into());
        std::sync::Arc::make_mut(&mut t.events[1]).place.country =
            "XX".parse().expect("well-formed");
        std::sync::Arc::make_mut(&mut t.events[1]).trip = Some("nowhere".into());
        let paths: Vec<String> = validate(&t).iter().map(|p| p.path.to_string()).collect();
        assert_eq!(
            paths,
            ["events[1].id", "events[1].place.country", "events[1].trip"]
        );
    }

    #[test]
    fn checking_many_events_with_tables_finds_what_checking_each_alone_finds() {
        let mut t = crate::model::generate::generate(300, 7);
        assert!(!t.trips.is_empty() && !t.principals.is_empty());
        // Some events name a trip or a principal the document does not have, or none at all.
        for (n, e) in t.events.iter_mut().enumerate().step_by(7) {
            let e = std::sync::Arc::make_mut(e);
            match n % 3 {
                0 => e.trip = Some("no-such-trip".into()),
                1 => e.principals.push("nobody".into()),
                _ => e.trip = None,
            }
        }
        let checks = EventChecks::new(&t);
        let mut found = 0;
        for (i, e) in t.events.iter().enumerate() {
            let alone = event_problems(&t, i, e);
            found += alone.len();
            assert_eq!(checks.problems(i, e), alone, "event {i}");
        }
        assert!(found > 0, "the altered events have problems to find");
    }
}
