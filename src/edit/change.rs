//! Primitive changes a command is made of, and their inverses for undo.

use std::sync::Arc;

use super::DocumentFields;
use crate::model::{Conflict, Event, Principal, Timeline, Trip};

/// One primitive change: insert (`before` is `None`), remove (`after` is `None`) or replace, at an index.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    Event {
        index: usize,
        before: Option<Arc<Event>>,
        after: Option<Arc<Event>>,
    },
    Trip {
        index: usize,
        before: Option<Trip>,
        after: Option<Trip>,
    },
    Principal {
        index: usize,
        before: Option<Principal>,
        after: Option<Principal>,
    },
    Document {
        before: Box<DocumentFields>,
        after: Box<DocumentFields>,
    },
    /// A recorded merge conflict added or removed (resolved).
    Conflict {
        index: usize,
        before: Option<Box<Conflict>>,
        after: Option<Box<Conflict>>,
    },
}

fn put<T>(list: &mut Vec<T>, index: usize, before: bool, after: Option<T>) {
    match (before, after) {
        (false, Some(item)) => list.insert(index.min(list.len()), item),
        (true, None) => {
            if index < list.len() {
                list.remove(index);
            }
        }
        (true, Some(item)) => {
            if let Some(slot) = list.get_mut(index) {
                *slot = item;
            }
        }
        (false, None) => {}
    }
}

impl Change {
    /// Applies the change forward.
    pub fn apply(&self, t: &mut Timeline) {
        match self {
            Change::Event {
                index,
                before,
                after,
            } => {
                put(&mut t.events, *index, before.is_some(), after.clone());
            }
            Change::Trip {
                index,
                before,
                after,
            } => put(&mut t.trips, *index, before.is_some(), after.clone()),
            Change::Principal {
                index,
                before,
                after,
            } => {
                put(&mut t.principals, *index, before.is_some(), after.clone());
            }
            Change::Document { after, .. } => (**after).clone().write(t),
            Change::Conflict {
                index,
                before,
                after,
            } => put(
                &mut t.conflicts,
                *index,
                before.is_some(),
                after.as_deref().cloned(),
            ),
        }
    }

    /// The change that undoes this one.
    pub fn inverse(&self) -> Change {
        match self.clone() {
            Change::Event {
                index,
                before,
                after,
            } => Change::Event {
                index,
                before: after,
                after: before,
            },
            Change::Trip {
                index,
                before,
                after,
            } => Change::Trip {
                index,
                before: after,
                after: before,
            },
            Change::Principal {
                index,
                before,
                after,
            } => Change::Principal {
                index,
                before: after,
                after: before,
            },
            Change::Document { before, after } => Change::Document {
                before: after,
                after: before,
            },
            Change::Conflict {
                index,
                before,
                after,
            } => Change::Conflict {
                index,
                before: after,
                after: before,
            },
        }
    }
}
