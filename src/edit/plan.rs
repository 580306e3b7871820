//! A planned change: the primitive changes a command makes and the name of its undo step, or why it is refused;
//! and the checks every plan passes before it is carried out.

use std::collections::HashSet;

use super::change::Change;
use crate::model::path::Seg;
use crate::model::validate::{EventChecks, event_problems};
use crate::model::{Problem, Severity, Timeline};

/// How many changes a plan checks against tables made for the purpose rather than by searching the document.
const MANY: usize = 16;

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

/// The first error `trial` has that `t` has not: a file opened with a merge's conflicts still in it may hold
/// errors until they are resolved, and an edit elsewhere is not held up by them. Errors are told apart by their
/// words, which name the record, since a deletion moves the places of those after it.
pub(crate) fn new_error(t: &Timeline, trial: &Timeline) -> Option<Problem> {
    let mut errors = crate::model::validate(trial)
        .into_iter()
        .filter(|p| p.severity == Severity::Error)
        .peekable();
    errors.peek()?;
    let mut before: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for p in crate::model::validate(t) {
        if p.severity == Severity::Error {
            *before.entry(p.message).or_default() += 1;
        }
    }
    errors.find(|p| match before.get_mut(&p.message) {
        Some(n) if *n > 0 => {
            *n -= 1;
            false
        }
        _ => true,
    })
}

/// A problem as the reason a change is refused, naming the event it is on.
pub(crate) fn refusal_for(trial: &Timeline, problem: Problem) -> Refusal {
    let title = match problem.path.0.as_slice() {
        [Seg::Field("events"), Seg::Index(i), ..] => {
            trial.events.get(*i).map(|e| e.shown_title().to_owned())
        }
        _ => None,
    };
    Refusal(match title {
        Some(title) => crate::tr!("edit-problem-of", title = title, problem = problem.message),
        None => problem.message,
    })
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
        if let Some(problem) = new_error(t, &trial) {
            return Err(refusal_for(&trial, problem));
        }
        return Ok(Plan { label, changes });
    }
    // Many events at once (an import, a shift of a whole trip) look ids, trips and principals up in tables made
    // once; one or a few search the document, which costs less than building them.
    let many = changes.len() > MANY;
    let ids: HashSet<&str> = if many {
        t.events.iter().map(|e| e.id.as_str()).collect()
    } else {
        HashSet::new()
    };
    let checks = many.then(|| EventChecks::new(t));
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
        let taken = if many {
            ids.contains(event.id.as_str())
        } else {
            t.event(&event.id).is_some()
        };
        if renamed && taken {
            return Err(Refusal(crate::tr!("edit-id-used", id = event.id.as_str())));
        }
        let problems = match &checks {
            Some(checks) => checks.problems(*index, event),
            None => event_problems(t, *index, event),
        };
        if let Some(problem) = first_error(problems) {
            return Err(Refusal(crate::tr!(
                "edit-problem-of",
                title = event.shown_title(),
                problem = problem.message
            )));
        }
    }
    Ok(Plan { label, changes })
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    /// Changes adding `count` events, the last of which takes the id `last`.
    fn additions(t: &Timeline, count: usize, last: &str) -> Vec<Change> {
        (0..count)
            .map(|n| {
                let mut e = (*t.events[0]).clone();
                e.id = if n + 1 == count {
                    last.into()
                } else {
                    format!("new-{n}").into()
                };
                Change::Event {
                    index: t.events.len() + n,
                    before: None,
                    after: Some(Arc::new(e)),
                }
            })
            .collect()
    }

    #[test]
    fn an_id_already_used_is_refused_in_a_plan_of_many_changes_as_in_a_plan_of_few() {
        crate::i18n::set(crate::i18n::Lang::En);
        let t = crate::model::generate::generate(50, 3);
        let used = t.events[10].id.to_string();
        for count in [2, MANY + 5] {
            let refused = checked(&t, "add".into(), additions(&t, count, &used));
            assert_eq!(
                refused.err().map(|r| r.0),
                Some(crate::tr!("edit-id-used", id = used.as_str())),
                "{count} changes"
            );
            assert!(checked(&t, "add".into(), additions(&t, count, "fresh")).is_ok());
        }
    }

    #[test]
    fn an_unknown_trip_is_refused_in_a_plan_of_many_changes_as_in_a_plan_of_few() {
        crate::i18n::set(crate::i18n::Lang::En);
        let t = crate::model::generate::generate(50, 3);
        for count in [2, MANY + 5] {
            let mut changes = additions(&t, count, "fresh");
            if let Some(Change::Event { after: Some(e), .. }) = changes.last_mut() {
                Arc::make_mut(e).trip = Some("no-such-trip".into());
            }
            assert!(
                checked(&t, "add".into(), changes).is_err(),
                "{count} changes"
            );
        }
    }
}
