//! Bringing events in from elsewhere (a spreadsheet, a calendar) as one step: each incoming event finds the
//! event it updates — by id when its source names one, otherwise by title, start and country — and changes only
//! the parts its source gives; the rest are added. Trips and principals named by title or name and not yet in
//! the document are added with them. What the step would do is known before it is taken (`prepare`), so a
//! preview and the step itself agree.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::Arc;

use super::change::Change;
use super::plan::Plan;
use crate::i18n::Lang;
use crate::model::gazetteer::fold;
use crate::model::translations::{self, Translation};
use crate::model::validate::EventChecks;
use crate::model::{DateValue, Event, Principal, Severity, Text, Timeline, Trip, unique_id_in};

/// A part of an event that an import can set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Part {
    Title,
    Kind,
    Status,
    Start,
    End,
    StartZone,
    EndZone,
    Country,
    City,
    Zone,
    Coords,
    Trip,
    Principals,
    Tags,
    Objectives,
    Notes,
    RestrictedNotes,
    Classification,
    Locked,
    From,
    To,
    TitleFr,
    NotesFr,
    ObjectivesFr,
    Sources,
}

/// One event coming in, with the parts its source sets.
#[derive(Clone, Debug, PartialEq)]
pub struct Incoming {
    pub event: Event,
    pub parts: BTreeSet<Part>,
    /// Whether `event.id` is the source's own id for it (a spreadsheet's id column, a calendar's UID).
    pub keyed: bool,
    /// Where it comes from, for messages: "Programme:5", "plan.ics: event 3".
    pub origin: String,
}

/// What an import does, counted, with the events it leaves out and why.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Incoming events left out: where each comes from, and why.
    pub refused: Vec<(String, String)>,
    pub new_trips: usize,
    pub new_principals: usize,
    /// Entries of the source that could not be read at all (counted among those left out).
    pub unreadable: usize,
}

impl Summary {
    /// One line in words: "3 added, 2 updated, 10 unchanged, 1 left out".
    pub fn line(&self) -> String {
        crate::tr!(
            "import-summary",
            added = self.added,
            updated = self.updated,
            unchanged = self.unchanged,
            refused = self.left_out()
        )
    }

    /// How many entries of the source did not come in.
    pub fn left_out(&self) -> usize {
        self.refused.len() + self.unreadable
    }
}

/// An import worked out against a document: its changes and what they amount to.
pub struct Prepared {
    pub changes: Vec<Change>,
    pub summary: Summary,
}

/// The key an event without an id is found by: its title, its start and its country.
fn natural_key(e: &Event) -> (String, DateValue, [u8; 2]) {
    let code = e.place.country.as_str().as_bytes();
    (
        fold(&e.title),
        e.start,
        [
            code.first().copied().unwrap_or(0),
            code.get(1).copied().unwrap_or(0),
        ],
    )
}

/// Works out what importing `incoming` into `t` does.
pub fn prepare(t: &Timeline, incoming: &[Incoming]) -> Prepared {
    let by_id: HashMap<&str, usize> = t
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.as_str(), i))
        .collect();
    let mut by_key: HashMap<_, usize> = HashMap::new();
    for (i, e) in t.events.iter().enumerate() {
        by_key.entry(natural_key(e)).or_insert(i);
    }
    let mut names = Names::of(t);
    let mut summary = Summary::default();
    // Updates by index, and additions in order; each existing event is updated by one incoming event at most.
    let mut updates: HashMap<usize, (Event, String)> = HashMap::new();
    let mut added: Vec<(Event, String)> = Vec::new();
    let mut seen_ids: HashMap<String, String> = HashMap::new();
    for item in incoming {
        let found = if item.keyed {
            by_id.get(item.event.id.as_str()).copied()
        } else {
            by_key.get(&natural_key(&item.event)).copied()
        };
        if item.keyed {
            if let Some(first) = seen_ids.get(item.event.id.as_str()) {
                summary.refused.push((
                    item.origin.clone(),
                    crate::tr!(
                        "import-repeated-id",
                        id = item.event.id.as_str(),
                        first = first.as_str()
                    ),
                ));
                continue;
            }
            seen_ids.insert(item.event.id.to_string(), item.origin.clone());
        }
        let mut event = item.event.clone();
        names.resolve(&mut event);
        match found {
            Some(index) if updates.contains_key(&index) => {
                summary.refused.push((
                    item.origin.clone(),
                    crate::tr!(
                        "import-repeated-event",
                        title = t.events[index].title.as_str(),
                        first = updates[&index].1.as_str()
                    ),
                ));
            }
            Some(index) => {
                let merged = merge(&t.events[index], &event, &item.parts);
                if merged == *t.events[index] {
                    summary.unchanged += 1;
                } else {
                    updates.insert(index, (merged, item.origin.clone()));
                }
            }
            None => {
                if !item.keyed {
                    event.id = Text::new();
                }
                added.push((event, item.origin.clone()));
            }
        }
    }
    // Ids for new events without one, unique among the document's and each other's.
    let mut taken: HashSet<String> = t.events.iter().map(|e| e.id.to_string()).collect();
    taken.extend(added.iter().map(|(e, _)| e.id.to_string()));
    for (event, _) in &mut added {
        if event.id.is_empty() {
            event.id = unique_id_in(&event.title, |id| taken.contains(id)).into();
            taken.insert(event.id.to_string());
        }
    }
    let (new_trips, new_principals) = names.finish(
        updates
            .values()
            .map(|(e, _)| e)
            .chain(added.iter().map(|(e, _)| e)),
    );
    // Events are checked against the document as it will be, with the new trips and principals in it.
    let mut trial = t.clone();
    trial.trips.extend(new_trips.iter().cloned());
    trial.principals.extend(new_principals.iter().cloned());
    let checks = EventChecks::new(&trial);
    let first_error = |index: usize, event: &Event| {
        checks
            .problems(index, event)
            .into_iter()
            .find(|p| p.severity == Severity::Error)
            .map(|p| p.message)
    };
    let mut changes = Vec::new();
    for (i, p) in new_principals.iter().enumerate() {
        changes.push(Change::Principal {
            index: t.principals.len() + i,
            before: None,
            after: Some(p.clone()),
        });
    }
    for (i, trip) in new_trips.iter().enumerate() {
        changes.push(Change::Trip {
            index: t.trips.len() + i,
            before: None,
            after: Some(trip.clone()),
        });
    }
    let mut updates: Vec<(usize, (Event, String))> = updates.into_iter().collect();
    updates.sort_by_key(|(i, _)| *i);
    for (index, (event, origin)) in updates {
        if let Some(why) = first_error(index, &event) {
            summary.refused.push((origin, why));
            continue;
        }
        summary.updated += 1;
        changes.push(Change::Event {
            index,
            before: Some(Arc::clone(&t.events[index])),
            after: Some(Arc::new(event)),
        });
    }
    let mut next = t.events.len();
    for (event, origin) in added {
        if let Some(why) = first_error(next, &event) {
            summary.refused.push((origin, why));
            continue;
        }
        summary.added += 1;
        changes.push(Change::Event {
            index: next,
            before: None,
            after: Some(Arc::new(event)),
        });
        next += 1;
    }
    summary.new_trips = new_trips.len();
    summary.new_principals = new_principals.len();
    Prepared { changes, summary }
}

/// The plan of an import command: one step named after its source. Changes worked out ahead (`ready`) are taken
/// as they are when the document is the one they were worked out against, and worked out again otherwise.
pub(crate) fn plan_import(
    t: &Timeline,
    source: &str,
    incoming: &[Incoming],
    ready: Option<&Ready>,
) -> Plan {
    let changes = match ready {
        Some(ready) if ready.fits(t) => ready.changes.clone(),
        _ => prepare(t, incoming).changes,
    };
    Plan {
        label: crate::tr!("edit-import-of", source = source),
        changes,
    }
}

/// An import's changes worked out ahead (on the file worker, for the import window's preview), with the document
/// they were worked out against, so that pressing Import need not work them out again.
#[derive(Clone, Debug, PartialEq)]
pub struct Ready {
    against: Timeline,
    changes: Vec<Change>,
}

impl Ready {
    /// The changes `prepare` made for `against`.
    pub fn new(against: Timeline, changes: Vec<Change>) -> Ready {
        Ready { against, changes }
    }

    /// Whether `t` is the document the changes were worked out against: the very same events (shared, so an
    /// edited one is a new allocation, and compared by address: held here, no other event can take that address),
    /// and everything else equal.
    pub fn fits(&self, t: &Timeline) -> bool {
        // Every field named, so that one added to the document is compared too (or fails to build).
        let Timeline {
            format,
            title,
            home,
            display_zone,
            principals,
            trips,
            events,
            notes,
            translations,
            sources,
            conflicts,
        } = &self.against;
        events.len() == t.events.len()
            && events.iter().zip(&t.events).all(|(a, b)| Arc::ptr_eq(a, b))
            && *format == t.format
            && *title == t.title
            && *home == t.home
            && *display_zone == t.display_zone
            && *principals == t.principals
            && *trips == t.trips
            && *notes == t.notes
            && *translations == t.translations
            && *sources == t.sources
            && *conflicts == t.conflicts
    }
}

/// `existing` with the parts `incoming` sets taken from it.
fn merge(existing: &Event, incoming: &Event, parts: &BTreeSet<Part>) -> Event {
    let mut e = existing.clone();
    for part in parts {
        match part {
            Part::Title => e.title = incoming.title.clone(),
            Part::Kind => e.kind = incoming.kind,
            Part::Status => e.status = incoming.status,
            Part::Start => e.start = incoming.start,
            Part::End => e.end = incoming.end,
            Part::StartZone => e.start_zone = incoming.start_zone,
            Part::EndZone => e.end_zone = incoming.end_zone,
            Part::Country => e.place.country = incoming.place.country,
            Part::City => e.place.city = incoming.place.city.clone(),
            Part::Zone => e.place.zone = incoming.place.zone,
            Part::Coords => e.place.coords = incoming.place.coords.clone(),
            Part::Trip => e.trip = incoming.trip.clone(),
            Part::Principals => e.principals = incoming.principals.clone(),
            Part::Tags => e.tags = incoming.tags.clone(),
            Part::Objectives => e.objectives = incoming.objectives.clone(),
            Part::Notes => e.notes = incoming.notes.clone(),
            Part::RestrictedNotes => e.restricted_notes = incoming.restricted_notes.clone(),
            Part::Classification => e.classification = incoming.classification,
            Part::Locked => e.locked = incoming.locked,
            Part::From => e.from = incoming.from.clone(),
            Part::To => e.to = incoming.to.clone(),
            Part::Sources => e.sources = incoming.sources.clone(),
            Part::TitleFr | Part::NotesFr | Part::ObjectivesFr => {
                let theirs = translations::for_lang(incoming.translations.as_deref(), Lang::Fr)
                    .cloned()
                    .unwrap_or_default();
                translations::edit(
                    &mut e.translations,
                    Lang::Fr,
                    |t: &mut Translation| match part {
                        Part::TitleFr => t.title = theirs.title,
                        Part::NotesFr => t.notes = theirs.notes,
                        _ => t.objectives = theirs.objectives,
                    },
                );
            }
        }
    }
    // An end equal to the start says nothing the start does not.
    if e.end == Some(e.start) {
        e.end = None;
    }
    e
}

/// Trips and principals as an import names them: by id, or by title or name; new ones are made for the rest.
struct Names {
    trips: HashMap<String, Text>,
    principals: HashMap<String, Text>,
    taken_trips: HashSet<String>,
    taken_principals: HashSet<String>,
    new_trips: Vec<Trip>,
    new_principals: Vec<Principal>,
}

impl Names {
    fn of(t: &Timeline) -> Names {
        let mut trips = HashMap::new();
        for trip in &t.trips {
            trips.insert(fold(&trip.title), trip.id.clone());
            trips.insert(fold(&trip.id), trip.id.clone());
        }
        let mut principals = HashMap::new();
        for p in &t.principals {
            principals.insert(fold(&p.name), p.id.clone());
            principals.insert(fold(&p.id), p.id.clone());
        }
        Names {
            trips,
            principals,
            taken_trips: t.trips.iter().map(|x| x.id.to_string()).collect(),
            taken_principals: t.principals.iter().map(|x| x.id.to_string()).collect(),
            new_trips: Vec::new(),
            new_principals: Vec::new(),
        }
    }

    /// Replaces the trip's and principals' names in `event` with their ids, making new ones where needed.
    fn resolve(&mut self, event: &mut Event) {
        if let Some(name) = event.trip.take() {
            let id = self.trips.get(&fold(&name)).cloned().unwrap_or_else(|| {
                let id: Text = unique_id_in(&name, |id| self.taken_trips.contains(id)).into();
                self.taken_trips.insert(id.to_string());
                self.trips.insert(fold(&name), id.clone());
                self.new_trips.push(Trip {
                    id: id.clone(),
                    title: name.clone(),
                    start: as_day(event.start),
                    end: as_day(event.end_or_start()),
                    departs_from_home: false,
                    returns_home: false,
                    notes: Text::new(),
                    translations: None,
                });
                id
            });
            event.trip = Some(id);
        }
        for principal in event.principals.iter_mut() {
            let name = principal.clone();
            *principal = self
                .principals
                .get(&fold(&name))
                .cloned()
                .unwrap_or_else(|| {
                    let id: Text =
                        unique_id_in(&name, |id| self.taken_principals.contains(id)).into();
                    self.taken_principals.insert(id.to_string());
                    self.principals.insert(fold(&name), id.clone());
                    self.new_principals.push(Principal {
                        id: id.clone(),
                        name: name.clone(),
                        role: Text::new(),
                    });
                    id
                });
        }
    }

    /// The new trips, each spanning its legs among `events`, and the new principals.
    fn finish<'a>(self, events: impl Iterator<Item = &'a Event>) -> (Vec<Trip>, Vec<Principal>) {
        let mut trips = self.new_trips;
        let index: HashMap<Text, usize> = trips
            .iter()
            .enumerate()
            .map(|(i, t)| (t.id.clone(), i))
            .collect();
        for e in events {
            let found = e.trip.as_ref().and_then(|id| index.get(id)).copied();
            if let Some(trip) = found.and_then(|i| trips.get_mut(i)) {
                if e.start.first_local() < trip.start.first_local() {
                    trip.start = as_day(e.start);
                }
                if e.end_or_start().end_local_exclusive() > trip.end.end_local_exclusive() {
                    trip.end = as_day(e.end_or_start());
                }
            }
        }
        (trips, self.new_principals)
    }
}

/// A trip's ends are days (or coarser): a timed leg's day.
fn as_day(d: DateValue) -> DateValue {
    match d {
        DateValue::Time(t) => DateValue::Day(t.date()),
        other => other,
    }
}
