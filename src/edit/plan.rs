//! A planned change: the primitive changes a command makes and the name of its undo step, or why it is refused;
//! and the checks every plan passes before it is carried out.

use super::change::Change;
use crate::model::path::Seg;
use crate::model::{Problem, Severity, Timeline, validate::event_problems};

/// Why a command was not carried out, in words for the user.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Refusal(pub String);

/// A planned command: its changes and the name of the step, e.g. "move of 'Mumbai'".
pub struct Plan {
    pub label: String,
    pub changes: Vec<Change>,
}

pub(crate) fn quoted(t: &Timeline, ids: &[String]) -> String {
    match ids {
        [one] => crate::tr!(
            "edit-quoted",
            title = t.event(one).map_or(one.as_str(), |e| e.shown_title())
        ),
        many => crate::tr!("edit-events", count = many.len()),
    }
}

pub(crate) fn index_of(t: &Timeline, id: &str) -> Result<usize, Refusal> {
    t.events
        .iter()
        .position(|e| e.id == id)
        .ok_or_else(|| Refusal(crate::tr!("edit-no-event", id = id)))
}

/// Accepts the changes only if every event they touch stays valid; otherwise says what is wrong.
/// Events are checked on their own against the document; changes to trips, principals or the document's
/// fields are checked on a trial copy, since they can affect every event.
pub(crate) fn checked(t: &Timeline, label: String, changes: Vec<Change>) -> Result<Plan, Refusal> {
    let first_error =
        |problems: Vec<Problem>| problems.into_iter().find(|p| p.severity == Severity::Error);
    let document_changed = changes.iter().any(|c| {
        matches!(
            c,
            Change::Document { .. } | Change::Trip { .. } | Change::Principal { .. }
        )
    });
    if document_changed {
        let mut trial = t.clone();
        for change in &changes {
            change.apply(&mut trial);
        }
        if let Some(problem) = first_error(crate::model::validate(&trial)) {
            let title = match problem.path.0.as_slice() {
                [Seg::Field("events"), Seg::Index(i), ..] => {
                    trial.events.get(*i).map(|e| e.shown_title().to_owned())
                }
                _ => None,
            };
            return Err(Refusal(match title {
                Some(title) => {
                    crate::tr!("edit-problem-of", title = title, problem = problem.message)
                }
                None => problem.message,
            }));
        }
        return Ok(Plan { label, changes });
    }
    for change in &changes {
        let Change::Event {
            index,
            before,
            after: Some(event),
        } = change
        else {
            continue;
        };
        let renamed = before.as_ref().is_none_or(|b| b.id != event.id);
        if renamed && t.event(&event.id).is_some() {
            return Err(Refusal(crate::tr!("edit-id-used", id = event.id.as_str())));
        }
        if let Some(problem) = first_error(event_problems(t, *index, event)) {
            return Err(Refusal(crate::tr!(
                "edit-problem-of",
                title = event.shown_title(),
                problem = problem.message
            )));
        }
    }
    Ok(Plan { label, changes })
}
