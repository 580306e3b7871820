//! Plan checks kept off the edit path. A named worker holds what the checks need of every event (`Facts`),
//! brings it up to date from each edit's changes, and runs the checks over the document order it is sent; the
//! document swaps the warnings in when they arrive. Several edits in quick succession are checked once.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

use crate::edit::change::Change;
use crate::model::checks::{Facts, PlanWarning, warnings_of};
use crate::model::{Event, EventTimes};

/// Wakes whoever shows the document (the window), so it takes a result as soon as it is ready.
pub type Waker = Arc<dyn Fn() + Send + Sync>;

/// What the worker is sent after an edit.
struct Update {
    /// The document revision the update leads to.
    revision: u64,
    /// The edit's changes to events, in the order it made them.
    changes: Vec<Change>,
    /// The document order after the edit.
    order: Vec<u32>,
}

/// The warnings the worker found, for a document revision.
pub struct Checked {
    pub revision: u64,
    pub warnings: Vec<PlanWarning>,
}

/// The handle on a document's plan-check worker.
pub struct Checker {
    updates: Sender<Update>,
    results: Receiver<Checked>,
}

impl Checker {
    /// Starts a worker for a document whose events are described by `facts` (index for index).
    pub fn start(facts: Vec<Facts>, waker: Waker) -> Option<Checker> {
        let (updates, inbox) = channel::<Update>();
        let (outbox, results) = channel();
        std::thread::Builder::new()
            .name("itinera-plan-checks".into())
            .spawn(move || run(facts, &inbox, &outbox, &*waker))
            .ok()?;
        Some(Checker { updates, results })
    }

    /// Sends the changes an edit made, with the document's order after it. The facts of the events it touched
    /// are worked out on the worker.
    pub fn send(&self, revision: u64, changes: &[Change], order: &[u32]) {
        let changes = changes
            .iter()
            .filter(|c| matches!(c, Change::Event { .. }))
            .cloned()
            .collect();
        // A send fails only when the worker has stopped; the document then keeps the warnings it has.
        let _ = self.updates.send(Update {
            revision,
            changes,
            order: order.to_vec(),
        });
    }

    /// The newest result, if one arrived.
    pub fn poll(&self) -> Option<Checked> {
        self.results.try_iter().last()
    }

    /// Waits for the result of `revision` (for tests and benchmarks that need it at once).
    pub fn wait_for(&self, revision: u64) -> Option<Checked> {
        while let Ok(checked) = self.results.recv() {
            if checked.revision == revision {
                return Some(checked);
            }
        }
        None
    }
}

/// Brings the facts up to date with an edit's changes, made in order as the document made them.
fn apply(facts: &mut Vec<Facts>, changes: &[Change]) {
    for change in changes {
        let Change::Event {
            index,
            before,
            after,
        } = change
        else {
            continue;
        };
        let index = *index;
        let of = |e: &Event| Facts::of(e, &EventTimes::of(e));
        match (before, after) {
            (Some(_), Some(e)) => {
                if let Some(slot) = facts.get_mut(index) {
                    *slot = of(e);
                }
            }
            (None, Some(e)) => facts.insert(index.min(facts.len()), of(e)),
            (Some(_), None) => {
                if index < facts.len() {
                    facts.remove(index);
                }
            }
            (None, None) => {}
        }
    }
}

fn run(mut facts: Vec<Facts>, inbox: &Receiver<Update>, outbox: &Sender<Checked>, wake: &dyn Fn()) {
    while let Ok(first) = inbox.recv() {
        let mut latest = first;
        // Edits that came in meanwhile are applied in order, and checked once.
        loop {
            apply(&mut facts, &latest.changes);
            match inbox.try_recv() {
                Ok(next) => latest = next,
                Err(_) => break,
            }
        }
        let warnings = warnings_of(&facts, &latest.order);
        if outbox
            .send(Checked {
                revision: latest.revision,
                warnings,
            })
            .is_err()
        {
            return;
        }
        wake();
    }
}
