//! Resolving a recorded merge conflict: the event's field (or the whole event, trip or principal, or one of the
//! document's own fields) takes the version picked, and the conflict's entry goes, as one undoable step.

use std::sync::Arc;

use super::change::Change;
use super::plan::{Plan, Refusal, checked, index_of, refusal_for};
use crate::model::Timeline;

/// Which version of a conflicting value to keep.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    Base,
    Ours,
    Theirs,
}

/// The changes that resolve conflict `index` with the version `pick`, on an event, a trip, a principal or the
/// document; a conflict on anything else is refused with a word on where to resolve it.
pub fn plan_resolve(t: &Timeline, index: usize, pick: Pick) -> Result<Plan, Refusal> {
    let conflict = t
        .conflicts
        .get(index)
        .ok_or_else(|| Refusal(crate::tr!("edit-no-conflict")))?;
    let value = match pick {
        Pick::Base => &conflict.base,
        Pick::Ours => &conflict.ours,
        Pick::Theirs => &conflict.theirs,
    };
    let bad = |why: String| Refusal(crate::tr!("edit-conflict-unreadable", why = why));
    let Some(id) = conflict.on.strip_prefix("event:") else {
        let changes = other_changes(t, &conflict.on, &conflict.field, value).map_err(bad)?;
        let Some(mut changes) = changes else {
            return Err(Refusal(crate::tr!(
                "edit-conflict-in-file",
                on = conflict.on.clone()
            )));
        };
        changes.push(Change::Conflict {
            index,
            before: Some(Box::new(conflict.clone())),
            after: None,
        });
        let on = conflict.subject(t);
        let plan = checked(
            t,
            crate::tr!("edit-resolving", title = on, field = conflict.field.clone()),
            changes,
        )?;
        return leaves_a_file_that_opens(t, plan);
    };
    let at = t.events.iter().position(|e| e.id == id);
    let event_change = match (conflict.field.as_str(), at, value) {
        // The whole event: kept as that version, or gone where that version deleted it.
        ("record", at, Some(text)) => {
            let event = crate::model::merge::event_from(text).map_err(bad)?;
            Some(Change::Event {
                index: at.unwrap_or(t.events.len()),
                before: at.map(|i| Arc::clone(&t.events[i])),
                after: Some(Arc::new(event)),
            })
        }
        ("record", Some(i), None) => Some(Change::Event {
            index: i,
            before: Some(Arc::clone(&t.events[i])),
            after: None,
        }),
        ("record", None, None) => None,
        (field, _, Some(text)) => {
            let i = index_of(t, id)?;
            let mut event = (*t.events[i]).clone();
            crate::model::merge::set_field(&mut event, field, text).map_err(bad)?;
            Some(Change::Event {
                index: i,
                before: Some(Arc::clone(&t.events[i])),
                after: Some(Arc::new(event)),
            })
        }
        // A field has a value in every version that has the event.
        (_, _, None) => return Err(bad(conflict.field.clone())),
    };
    let mut changes: Vec<Change> = event_change.into_iter().collect();
    changes.push(Change::Conflict {
        index,
        before: Some(Box::new(conflict.clone())),
        after: None,
    });
    let plan = checked(
        t,
        crate::tr!(
            "edit-resolving",
            title = conflict.subject(t),
            field = conflict.field.clone()
        ),
        changes,
    )?;
    leaves_a_file_that_opens(t, plan)
}

/// A file with conflicts in it opens even where the mix of versions breaks a rule (a leg past its trip's end, say),
/// so that they can be resolved here; once the last is resolved it must open as any file does. Resolving the last
/// conflict is refused while such a problem remains, with the problem named.
fn leaves_a_file_that_opens(t: &Timeline, plan: Plan) -> Result<Plan, Refusal> {
    if t.conflicts.len() > 1 {
        return Ok(plan);
    }
    let mut trial = t.clone();
    for change in &plan.changes {
        change.apply(&mut trial);
    }
    match crate::model::validate(&trial)
        .into_iter()
        .find(|p| p.severity == crate::model::Severity::Error)
    {
        Some(problem) => Err(Refusal(crate::tr!(
            "edit-last-conflict-leaves",
            problem = refusal_for(&trial, problem).0
        ))),
        None => Ok(plan),
    }
}

/// A record's place in its list, as it is, and as it becomes (`None`: not there).
type RecordChange<T> = (usize, Option<T>, Option<T>);

/// A whole record of `list` as the version picked: replaced, added back, or gone where that version deleted it.
/// `None` inside when neither version has it (nothing to change).
fn record<T: serde::de::DeserializeOwned + Clone>(
    list: &[T],
    at: Option<usize>,
    value: &Option<String>,
) -> Result<Option<RecordChange<T>>, String> {
    Ok(match (at, value) {
        (at, Some(text)) => Some((
            at.unwrap_or(list.len()),
            at.map(|i| list[i].clone()),
            Some(crate::model::merge::ron_value(text)?),
        )),
        (Some(i), None) => Some((i, Some(list[i].clone()), None)),
        (None, None) => None,
    })
}

/// The changes that give a trip, a principal or the document's field the version picked (none when neither
/// version has the record), or `Ok(None)` for a conflict on something else; the error says why the recorded text
/// cannot be read.
fn other_changes(
    t: &Timeline,
    on: &str,
    field: &str,
    value: &Option<String>,
) -> Result<Option<Vec<Change>>, String> {
    if let Some(id) = on.strip_prefix("trip:") {
        let at = t.trips.iter().position(|r| r.id.as_str() == id);
        let trip = |(index, before, after)| Change::Trip {
            index,
            before,
            after,
        };
        return Ok(Some(
            record(&t.trips, at, value)?.map(trip).into_iter().collect(),
        ));
    }
    if let Some(id) = on.strip_prefix("principal:") {
        let at = t.principals.iter().position(|r| r.id.as_str() == id);
        let principal = |(index, before, after)| Change::Principal {
            index,
            before,
            after,
        };
        return Ok(Some(
            record(&t.principals, at, value)?
                .map(principal)
                .into_iter()
                .collect(),
        ));
    }
    if on != "document" {
        return Ok(None);
    }
    use crate::model::merge::ron_value;
    let before = super::DocumentFields::of(t);
    let mut after = before.clone();
    let text = value.as_deref().ok_or_else(|| field.to_owned())?;
    match field {
        "title" => after.title = ron_value(text)?,
        "home" => after.home = ron_value(text)?,
        "display_zone" => after.display_zone = ron_value(text)?,
        "notes" => after.notes = ron_value(text)?,
        "translations" => after.translations = ron_value(text)?,
        "sources" => after.sources = ron_value(text)?,
        _ => return Ok(None),
    }
    Ok(Some(vec![Change::Document {
        before: Box::new(before),
        after: Box::new(after),
    }]))
}
