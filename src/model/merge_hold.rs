//! After a merge: rules that neither side broke alone but the merge does. Fields are merged one by one, so ours'
//! new start and theirs' new end can cross, and a trip theirs deleted can be one ours just added a leg to. A file
//! that breaks a rule does not open, so the merge holds such records back: an event whose fields were mixed goes
//! back to ours whole, a trip or principal an event of ours needs comes back as ours had it, and each is recorded
//! as a conflict on the whole record, for a person to choose.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use super::merge::{conflict, ron_text};
use super::path::Seg;
use super::{Conflict, Event, Severity, Timeline};

/// Holds back the records of `out` (merged from `base`, `ours` and `theirs`) that break a rule, with a conflict
/// on each in `conflicts`.
pub fn hold_back(
    out: &mut Timeline,
    base: &Timeline,
    ours: &Timeline,
    theirs: &Timeline,
    conflicts: &mut Vec<Conflict>,
) {
    let broken = broken_events(out);
    if broken.is_empty() {
        return;
    }
    // Events whose mix of fields breaks a rule go back to ours, whole.
    let by_id = |t: &Timeline| -> HashMap<String, Arc<Event>> {
        t.events
            .iter()
            .map(|e| (e.id.to_string(), Arc::clone(e)))
            .collect()
    };
    let (b, o, t) = (by_id(base), by_id(ours), by_id(theirs));
    let text = |m: &HashMap<String, Arc<Event>>, id: &str| m.get(id).map(|e| ron_text(&**e));
    for i in broken {
        let id = out.events[i].id.to_string();
        let Some(own) = o.get(&id) else { continue };
        if **own == *out.events[i] {
            continue;
        }
        out.events[i] = Arc::clone(own);
        replace_conflict(
            conflicts,
            conflict(
                format!("event:{id}"),
                "record",
                text(&b, &id),
                text(&o, &id),
                text(&t, &id),
            ),
        );
    }
    // Trips and principals ours' events need and the merge dropped come back as ours had them.
    let mut trips = BTreeSet::new();
    let mut principals = BTreeSet::new();
    for e in &out.events {
        if let Some(trip) = &e.trip
            && out.trip(trip).is_none()
        {
            trips.insert(trip.to_string());
        }
        for p in &e.principals {
            if out.principal(p).is_none() {
                principals.insert(p.to_string());
            }
        }
    }
    for id in trips {
        let Some(trip) = ours.trip(&id) else { continue };
        out.trips.push(trip.clone());
        let text = |t: &Timeline| t.trip(&id).map(ron_text);
        let c = conflict(
            format!("trip:{id}"),
            "record",
            text(base),
            text(ours),
            text(theirs),
        );
        replace_conflict(conflicts, c);
    }
    for id in principals {
        let Some(p) = ours.principal(&id) else {
            continue;
        };
        out.principals.push(p.clone());
        let text = |t: &Timeline| t.principal(&id).map(ron_text);
        let on = format!("principal:{id}");
        replace_conflict(
            conflicts,
            conflict(on, "record", text(base), text(ours), text(theirs)),
        );
    }
}

/// The events of `t` with an error, by index.
fn broken_events(t: &Timeline) -> BTreeSet<usize> {
    super::validate(t)
        .into_iter()
        .filter(|p| p.severity == Severity::Error)
        .filter_map(|p| match p.path.0.as_slice() {
            [Seg::Field("events"), Seg::Index(i), ..] => Some(*i),
            _ => None,
        })
        .filter(|i| *i < t.events.len())
        .collect()
}

/// Puts `c` in place of any conflict already on its record.
fn replace_conflict(conflicts: &mut Vec<Conflict>, c: Conflict) {
    conflicts.retain(|old| old.on != c.on);
    conflicts.push(c);
}
