//! Resolving a recorded merge conflict: the event's field (or the whole event) takes the version picked, and the
//! conflict's entry goes, as one undoable step.

use std::sync::Arc;

use super::change::Change;
use super::plan::{Plan, Refusal, checked, index_of};
use crate::model::Timeline;

/// Which version of a conflicting value to keep.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    Base,
    Ours,
    Theirs,
}

/// The changes that resolve conflict `index` with the version `pick`. Conflicts on events are resolved here;
/// those on trips, principals or the document's fields are refused with a word on where to resolve them.
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
    let Some(id) = conflict.on.strip_prefix("event:") else {
        return Err(Refusal(crate::tr!(
            "edit-conflict-in-file",
            on = conflict.on.clone()
        )));
    };
    let bad = |why: String| Refusal(crate::tr!("edit-conflict-unreadable", why = why));
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
    let title = at.map_or(id, |i| t.events[i].shown_title());
    checked(
        t,
        crate::tr!(
            "edit-resolving",
            title = title,
            field = conflict.field.clone()
        ),
        changes,
    )
}
