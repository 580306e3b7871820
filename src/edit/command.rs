//! Every change to a document, as data. `plan` turns a command into primitive changes, or refuses it with a reason.

use std::sync::Arc;

use crate::model::{Event, Principal, Text, Timeline, Trip, unique_id};

use super::DocumentFields;
use super::change::Change;
use super::moves::{Edge, LaneChange, plan_move, plan_move_trip, plan_resize, replace_events};
use super::plan::{Plan, Refusal, checked, index_of, quoted};
use super::shift::Shift;

/// What to do with the events that use a trip or principal being deleted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dependents {
    /// Keep the events; remove the reference.
    Detach,
    /// Delete the events too.
    Delete,
}

/// A change a user asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Move events by the same shift, keeping the gaps between them, and (dropped on another lane of the
    /// timeline) give them that lane's value.
    MoveEvents {
        ids: Vec<String>,
        by: Shift,
        lane: Option<LaneChange>,
    },
    /// Move one end of an event.
    ResizeEvent {
        id: String,
        edge: Edge,
        by: Shift,
    },
    /// Replace an event with an edited copy; `what` names the field for the undo label ("title").
    SetEvent {
        id: String,
        what: String,
        event: Box<Event>,
    },
    /// Replace several events at once (a field edited across a selection).
    SetEvents {
        what: String,
        events: Vec<Event>,
    },
    /// Add an event; an empty or taken id is replaced by a unique slug of the title.
    AddEvent {
        event: Box<Event>,
    },
    DuplicateEvents {
        ids: Vec<String>,
    },
    DeleteEvents {
        ids: Vec<String>,
    },
    SetDocument(Box<DocumentFields>),
    AddTrip(Trip),
    SetTrip(Trip),
    /// Move a trip and all its legs by the same shift.
    MoveTrip {
        id: String,
        by: Shift,
    },
    DeleteTrip {
        id: String,
        legs: Dependents,
    },
    AddPrincipal(Principal),
    SetPrincipal(Principal),
    DeletePrincipal {
        id: String,
        events: Dependents,
    },
    /// Bring events in from a spreadsheet or a calendar as one step (see `import`); `source` names it.
    Import {
        source: String,
        incoming: Vec<super::import::Incoming>,
    },
    /// An import whose changes were worked out ahead (see `import::Ready`), as the import window confirms it.
    ImportReady {
        source: String,
        incoming: Vec<super::import::Incoming>,
        ready: Box<super::import::Ready>,
    },
    /// Resolve the recorded merge conflict at `index` by taking one version's value (see `resolve`).
    ResolveConflict {
        index: usize,
        pick: super::resolve::Pick,
    },
}

impl Command {
    /// The ids of the existing events this command changes.
    pub fn event_ids(&self) -> Vec<&str> {
        match self {
            Command::MoveEvents { ids, .. }
            | Command::DuplicateEvents { ids }
            | Command::DeleteEvents { ids } => ids.iter().map(String::as_str).collect(),
            Command::ResizeEvent { id, .. } | Command::SetEvent { id, .. } => vec![id.as_str()],
            Command::SetEvents { events, .. } => events.iter().map(|e| e.id.as_str()).collect(),
            _ => Vec::new(),
        }
    }
}

/// Turns a command into changes against `t`, or says why it cannot be done.
pub fn plan(t: &Timeline, command: Command) -> Result<Plan, Refusal> {
    match command {
        Command::MoveEvents { ids, by, lane } => plan_move(t, &ids, by, lane.as_ref()),
        Command::ResizeEvent { id, edge, by } => plan_resize(t, &id, edge, by),
        Command::SetEvent { id, what, event } => {
            let index = index_of(t, &id)?;
            let label = crate::tr!(
                "edit-change-of",
                what = what.as_str(),
                of = crate::tr!("edit-quoted", title = t.events[index].shown_title())
            );
            replace_events(t, label, vec![(index, *event)])
        }
        Command::SetEvents { what, events } => {
            let mut replaced = Vec::new();
            for event in events {
                replaced.push((index_of(t, &event.id)?, event));
            }
            let ids: Vec<String> = replaced.iter().map(|(_, e)| e.id.to_string()).collect();
            let label = crate::tr!("edit-change-of", what = what.as_str(), of = quoted(t, &ids));
            replace_events(t, label, replaced)
        }
        Command::AddEvent { event } => {
            let mut event = *event;
            if event.id.trim().is_empty() || t.event(&event.id).is_some() {
                event.id = unique_id(&event.title, t.events.iter().map(|e| e.id.as_str())).into();
            }
            let label = crate::tr!("edit-adding", title = event.shown_title());
            let change = Change::Event {
                index: t.events.len(),
                before: None,
                after: Some(Arc::new(event)),
            };
            checked(t, label, vec![change])
        }
        Command::DuplicateEvents { ids } => {
            let mut taken: Vec<Text> = t.events.iter().map(|e| e.id.clone()).collect();
            let mut changes = Vec::new();
            for id in &ids {
                let mut copy = (*t.events[index_of(t, id)?]).clone();
                copy.id = unique_id(&copy.title, taken.iter().map(Text::as_str)).into();
                copy.locked = false;
                taken.push(copy.id.clone());
                changes.push(Change::Event {
                    index: t.events.len() + changes.len(),
                    before: None,
                    after: Some(Arc::new(copy)),
                });
            }
            checked(
                t,
                crate::tr!("edit-duplication-of", what = quoted(t, &ids)),
                changes,
            )
        }
        Command::DeleteEvents { ids } => {
            let mut indices = ids
                .iter()
                .map(|id| index_of(t, id))
                .collect::<Result<Vec<_>, _>>()?;
            indices.sort_unstable();
            indices.dedup();
            // Remove from the back so earlier indices stay valid; undo reinserts front to back.
            let changes = indices
                .iter()
                .rev()
                .map(|&i| Change::Event {
                    index: i,
                    before: Some(Arc::clone(&t.events[i])),
                    after: None,
                })
                .collect();
            Ok(Plan {
                label: crate::tr!("edit-deletion-of", what = quoted(t, &ids)),
                changes,
            })
        }
        Command::SetDocument(fields) => {
            let change = Change::Document {
                before: Box::new(DocumentFields::of(t)),
                after: fields,
            };
            checked(t, crate::tr!("edit-document-change"), vec![change])
        }
        Command::AddTrip(trip) => plan_add_trip(t, trip),
        Command::SetTrip(trip) => {
            let index = t
                .trips
                .iter()
                .position(|x| x.id == trip.id)
                .ok_or_else(|| Refusal(crate::tr!("edit-no-trip", id = trip.id.as_str())))?;
            let label = crate::tr!("edit-change-of-trip", title = t.trips[index].shown_title());
            let change = Change::Trip {
                index,
                before: Some(t.trips[index].clone()),
                after: Some(trip),
            };
            checked(t, label, vec![change])
        }
        Command::MoveTrip { id, by } => plan_move_trip(t, &id, by),
        Command::DeleteTrip { id, legs } => plan_delete_reference(t, Reference::Trip(id), legs),
        Command::AddPrincipal(principal) => plan_add_principal(t, principal),
        Command::SetPrincipal(principal) => {
            let index = t
                .principals
                .iter()
                .position(|x| x.id == principal.id)
                .ok_or_else(|| {
                    Refusal(crate::tr!("edit-no-principal", id = principal.id.as_str()))
                })?;
            let label = crate::tr!(
                "edit-change-of-principal",
                name = t.principals[index].name.as_str()
            );
            let change = Change::Principal {
                index,
                before: Some(t.principals[index].clone()),
                after: Some(principal),
            };
            checked(t, label, vec![change])
        }
        Command::DeletePrincipal { id, events } => {
            plan_delete_reference(t, Reference::Principal(id), events)
        }
        Command::ResolveConflict { index, pick } => super::resolve::plan_resolve(t, index, pick),
        Command::Import { source, incoming } => {
            Ok(super::import::plan_import(t, &source, &incoming, None))
        }
        Command::ImportReady {
            source,
            incoming,
            ready,
        } => Ok(super::import::plan_import(
            t,
            &source,
            &incoming,
            Some(&ready),
        )),
    }
}

fn plan_add_trip(t: &Timeline, mut trip: Trip) -> Result<Plan, Refusal> {
    if trip.id.trim().is_empty() || t.trip(&trip.id).is_some() {
        trip.id = unique_id(&trip.title, t.trips.iter().map(|x| x.id.as_str())).into();
    }
    let label = crate::tr!("edit-adding-trip", title = trip.shown_title());
    let change = Change::Trip {
        index: t.trips.len(),
        before: None,
        after: Some(trip),
    };
    checked(t, label, vec![change])
}

fn plan_add_principal(t: &Timeline, mut principal: Principal) -> Result<Plan, Refusal> {
    if principal.id.trim().is_empty() || t.principal(&principal.id).is_some() {
        principal.id =
            unique_id(&principal.name, t.principals.iter().map(|x| x.id.as_str())).into();
    }
    let label = crate::tr!("edit-adding-principal", name = principal.name.as_str());
    let change = Change::Principal {
        index: t.principals.len(),
        before: None,
        after: Some(principal),
    };
    checked(t, label, vec![change])
}

enum Reference {
    Trip(String),
    Principal(String),
}

/// Deletes a trip or principal, and detaches or deletes the events that use it.
fn plan_delete_reference(
    t: &Timeline,
    what: Reference,
    dependents: Dependents,
) -> Result<Plan, Refusal> {
    let uses = |e: &Event| match &what {
        Reference::Trip(id) => e.trip.as_deref() == Some(id.as_str()),
        Reference::Principal(id) => e.principals.iter().any(|p| p == id),
    };
    let mut changes = Vec::new();
    for (i, event) in t.events.iter().enumerate().rev().filter(|(_, e)| uses(e)) {
        let after = match dependents {
            Dependents::Delete => None,
            Dependents::Detach => {
                let mut e = (**event).clone();
                match &what {
                    Reference::Trip(_) => e.trip = None,
                    Reference::Principal(id) => e.principals.retain(|p| p != id),
                }
                Some(Arc::new(e))
            }
        };
        changes.push(Change::Event {
            index: i,
            before: Some(Arc::clone(event)),
            after,
        });
    }
    let label = match &what {
        Reference::Trip(id) => {
            let index = t
                .trips
                .iter()
                .position(|x| &x.id == id)
                .ok_or_else(|| Refusal(crate::tr!("edit-no-trip", id = id.as_str())))?;
            changes.push(Change::Trip {
                index,
                before: Some(t.trips[index].clone()),
                after: None,
            });
            crate::tr!(
                "edit-deletion-of-trip",
                title = t.trips[index].shown_title()
            )
        }
        Reference::Principal(id) => {
            let index = t
                .principals
                .iter()
                .position(|x| &x.id == id)
                .ok_or_else(|| Refusal(crate::tr!("edit-no-principal", id = id.as_str())))?;
            changes.push(Change::Principal {
                index,
                before: Some(t.principals[index].clone()),
                after: None,
            });
            crate::tr!(
                "edit-deletion-of-principal",
                name = t.principals[index].name.as_str()
            )
        }
    };
    Ok(Plan { label, changes })
}
