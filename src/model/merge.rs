//! A three-way merge of timelines by id and field, as `itinera merge` (git's merge driver) does it: a field
//! changed on one side takes that side; the same change on both is no conflict; different changes to one field,
//! and a deletion on one side with a change on the other, are conflicts, recorded in the result (which holds
//! "ours", or the changed record where the other side deleted it, so that nothing is lost).

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use serde::Serialize;

use super::{Conflict, Event, Timeline};

/// A value as RON text, as conflicts record it and the diff shows values that have no words of their own.
pub(crate) fn ron_text<T: Serialize>(value: &T) -> String {
    ron::to_string(value).unwrap_or_default()
}

/// A value read back from the RON text a conflict records.
pub(crate) fn ron_value<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(text)
        .map_err(|e| e.to_string())
}

/// Sets the event's field named `field` (as the file names it) to the value in `text`, RON as a conflict records
/// it; says why not when the field is unknown or the text not a value of it.
pub fn set_field(event: &mut Event, field: &str, text: &str) -> Result<(), String> {
    let f = FIELDS
        .iter()
        .find(|f| f.name == field)
        .ok_or_else(|| format!("“{field}”"))?;
    (f.set)(event, text)
}

/// A whole event read back from the RON text a conflict records.
pub fn event_from(text: &str) -> Result<Event, String> {
    ron_value(text)
}

/// A field of an event as the merge compares and takes it.
struct Field {
    name: &'static str,
    same: fn(&Event, &Event) -> bool,
    take: fn(&mut Event, &Event),
    ron: fn(&Event) -> String,
    set: fn(&mut Event, &str) -> Result<(), String>,
}

macro_rules! event_fields {
    ($($f:ident),* $(,)?) => {
        const FIELDS: &[Field] = &[$(Field {
            name: stringify!($f),
            same: |a, b| a.$f == b.$f,
            take: |to, from| to.$f = from.$f.clone(),
            ron: |e| ron_text(&e.$f),
            set: |e, text| {
                e.$f = ron_value(text)?;
                Ok(())
            },
        }),*];
    };
}

event_fields!(
    title,
    kind,
    status,
    start,
    start_zone,
    end,
    end_zone,
    place,
    from,
    to,
    trip,
    principals,
    tags,
    objectives,
    notes,
    translations,
    restricted_notes,
    sources,
    locked,
    classification,
);

pub(super) fn conflict(
    on: String,
    field: &str,
    base: Option<String>,
    ours: Option<String>,
    theirs: Option<String>,
) -> Conflict {
    Conflict {
        on,
        field: field.to_owned(),
        base,
        ours,
        theirs,
    }
}

/// Merges one event present in all three versions, field by field.
fn merge_event(
    base: &Event,
    ours: &Arc<Event>,
    theirs: &Event,
    conflicts: &mut Vec<Conflict>,
) -> Arc<Event> {
    let mut merged = Arc::clone(ours);
    for f in FIELDS {
        let (ours_changed, theirs_changed) = (!(f.same)(base, ours), !(f.same)(base, theirs));
        if !theirs_changed || (f.same)(ours, theirs) {
            continue;
        }
        if ours_changed {
            conflicts.push(conflict(
                format!("event:{}", ours.id),
                f.name,
                Some((f.ron)(base)),
                Some((f.ron)(ours)),
                Some((f.ron)(theirs)),
            ));
        } else {
            (f.take)(Arc::make_mut(&mut merged), theirs);
        }
    }
    merged
}

/// Records kept whole (trips, principals) merged by id: one side's change is taken, different changes conflict.
fn merge_records<T: Clone + PartialEq + Serialize>(
    kind: &str,
    base: &[T],
    ours: &[T],
    theirs: &[T],
    id: fn(&T) -> &str,
    conflicts: &mut Vec<Conflict>,
) -> Vec<T> {
    let b: HashMap<&str, &T> = base.iter().map(|r| (id(r), r)).collect();
    let t: HashMap<&str, &T> = theirs.iter().map(|r| (id(r), r)).collect();
    let o: HashSet<&str> = ours.iter().map(id).collect();
    let mut out = Vec::new();
    for r in ours {
        let on = format!("{kind}:{}", id(r));
        match (b.get(id(r)), t.get(id(r))) {
            (Some(was), Some(their)) => {
                if *was == r {
                    out.push((*their).clone());
                } else if *their == *was || *their == r {
                    out.push(r.clone());
                } else {
                    conflicts.push(conflict(
                        on,
                        "record",
                        Some(ron_text(was)),
                        Some(ron_text(r)),
                        Some(ron_text(their)),
                    ));
                    out.push(r.clone());
                }
            }
            (Some(was), None) => {
                if *was != r {
                    conflicts.push(conflict(
                        on,
                        "record",
                        Some(ron_text(was)),
                        Some(ron_text(r)),
                        None,
                    ));
                    out.push(r.clone());
                }
            }
            (None, Some(their)) if *their != r => {
                conflicts.push(conflict(
                    on,
                    "record",
                    None,
                    Some(ron_text(r)),
                    Some(ron_text(their)),
                ));
                out.push(r.clone());
            }
            _ => out.push(r.clone()),
        }
    }
    for r in theirs.iter().filter(|r| !o.contains(id(r))) {
        match b.get(id(r)) {
            None => out.push(r.clone()),
            Some(was) if *was != r => {
                let on = format!("{kind}:{}", id(r));
                conflicts.push(conflict(
                    on,
                    "record",
                    Some(ron_text(was)),
                    None,
                    Some(ron_text(r)),
                ));
                out.push(r.clone());
            }
            Some(_) => {}
        }
    }
    out
}

/// One of the document's own fields, three ways.
fn pick<T: Clone + PartialEq + Serialize>(
    name: &str,
    base: &T,
    ours: &T,
    theirs: &T,
    conflicts: &mut Vec<Conflict>,
) -> T {
    if theirs == base || theirs == ours {
        ours.clone()
    } else if ours == base {
        theirs.clone()
    } else {
        conflicts.push(conflict(
            "document".into(),
            name,
            Some(ron_text(base)),
            Some(ron_text(ours)),
            Some(ron_text(theirs)),
        ));
        ours.clone()
    }
}

/// Merges `ours` and `theirs`, both changed from `base`. Events keep ours' order, with events only theirs added
/// after them in theirs' order. Conflicts are in the result's `conflicts` (those the sides already had stay).
pub fn merge(base: &Timeline, ours: &Timeline, theirs: &Timeline) -> Timeline {
    let mut conflicts = Vec::new();
    let mut out = ours.clone();
    out.title = pick(
        "title",
        &base.title,
        &ours.title,
        &theirs.title,
        &mut conflicts,
    );
    out.home = pick("home", &base.home, &ours.home, &theirs.home, &mut conflicts);
    out.display_zone = pick(
        "display_zone",
        &base.display_zone,
        &ours.display_zone,
        &theirs.display_zone,
        &mut conflicts,
    );
    out.notes = pick(
        "notes",
        &base.notes,
        &ours.notes,
        &theirs.notes,
        &mut conflicts,
    );
    out.translations = pick(
        "translations",
        &base.translations,
        &ours.translations,
        &theirs.translations,
        &mut conflicts,
    );
    out.sources = pick(
        "sources",
        &base.sources,
        &ours.sources,
        &theirs.sources,
        &mut conflicts,
    );
    out.principals = merge_records(
        "principal",
        &base.principals,
        &ours.principals,
        &theirs.principals,
        |p| p.id.as_str(),
        &mut conflicts,
    );
    out.trips = merge_records(
        "trip",
        &base.trips,
        &ours.trips,
        &theirs.trips,
        |t| t.id.as_str(),
        &mut conflicts,
    );

    let b: HashMap<&str, &Arc<Event>> = base.events.iter().map(|e| (e.id.as_str(), e)).collect();
    let t: HashMap<&str, &Arc<Event>> = theirs.events.iter().map(|e| (e.id.as_str(), e)).collect();
    let o: HashSet<&str> = ours.events.iter().map(|e| e.id.as_str()).collect();
    let mut events = Vec::with_capacity(ours.events.len());
    for e in &ours.events {
        let on = || format!("event:{}", e.id);
        match (b.get(e.id.as_str()), t.get(e.id.as_str())) {
            (Some(was), Some(their)) => events.push(merge_event(was, e, their, &mut conflicts)),
            // Theirs deleted it: gone, unless ours changed it.
            (Some(was), None) => {
                if **was != *e {
                    conflicts.push(conflict(
                        on(),
                        "record",
                        Some(ron_text(was)),
                        Some(ron_text(e)),
                        None,
                    ));
                    events.push(Arc::clone(e));
                }
            }
            // Both added an event with this id: the fields they disagree on conflict.
            (None, Some(their)) => {
                for f in FIELDS.iter().filter(|f| !(f.same)(e, their)) {
                    conflicts.push(conflict(
                        on(),
                        f.name,
                        None,
                        Some((f.ron)(e)),
                        Some((f.ron)(their)),
                    ));
                }
                events.push(Arc::clone(e));
            }
            (None, None) => events.push(Arc::clone(e)),
        }
    }
    for e in theirs.events.iter().filter(|e| !o.contains(e.id.as_str())) {
        match b.get(e.id.as_str()) {
            None => events.push(Arc::clone(e)),
            // Ours deleted it: gone, unless theirs changed it.
            Some(was) if ***was != **e => {
                conflicts.push(conflict(
                    format!("event:{}", e.id),
                    "record",
                    Some(ron_text(was)),
                    None,
                    Some(ron_text(e)),
                ));
                events.push(Arc::clone(e));
            }
            Some(_) => {}
        }
    }
    out.events = events;
    super::merge_hold::hold_back(&mut out, base, ours, theirs, &mut conflicts);
    let mut kept = ours.conflicts.clone();
    kept.extend(
        theirs
            .conflicts
            .iter()
            .filter(|c| !ours.conflicts.contains(c))
            .cloned(),
    );
    kept.extend(conflicts);
    out.conflicts = kept;
    out
}

/// What makes a plan warning the same in two versions of a programme: its kind, its events' ids, its principal.
fn warning_key(t: &Timeline, w: &super::checks::PlanWarning) -> (String, String, String, String) {
    let id = |i: u32| {
        t.events
            .get(i as usize)
            .map(|e| e.id.to_string())
            .unwrap_or_default()
    };
    (
        format!("{:?}", w.kind),
        id(w.first),
        id(w.second),
        w.principal.clone(),
    )
}

fn plan_of(t: &Timeline) -> Vec<super::checks::PlanWarning> {
    let resolved = super::Resolved::of(t);
    super::checks::plan_warnings(t, &resolved.times, &resolved.order)
}

/// Plan warnings the merged programme has that neither side had alone, as messages: the double-bookings the
/// merge created.
pub fn new_warnings(merged: &Timeline, ours: &Timeline, theirs: &Timeline) -> Vec<String> {
    let mut before = HashSet::new();
    for side in [ours, theirs] {
        before.extend(plan_of(side).iter().map(|w| warning_key(side, w)));
    }
    plan_of(merged)
        .iter()
        .filter(|w| !before.contains(&warning_key(merged, w)))
        .map(|w| w.message(merged))
        .collect()
}
