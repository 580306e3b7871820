//! Keeping what is derived from a document's timeline up to date after an edit, at the cost of what changed.

use super::{Document, INCREMENTAL_CHANGES, RECENT_EDITS, flags, next_revision};
use crate::edit::change::Change;
use crate::model::checks::{Facts, affects_plan, renumber, warnings_of};
use std::sync::OnceLock;

use crate::model::Resolved;

impl Document {
    /// Brings what is derived from the timeline up to date after it changed by `changes`, at the cost of what
    /// changed: a move touches one event's times and place in the order, an insertion or removal renumbers the
    /// rest, and the plan checks run again only when something they read changed.
    pub(super) fn changed(&mut self, changes: Vec<Change>) {
        let mut renumbered = 0;
        let mut plan_affected = false;
        let mut ids_changed = false;
        let mut tags_changed = false;
        for change in &changes {
            if let Change::Event { before, after, .. } = change {
                match (before, after) {
                    (Some(b), Some(a)) => {
                        plan_affected |= affects_plan(b, a);
                        ids_changed |= b.id != a.id;
                        tags_changed |= b.tags != a.tags;
                    }
                    _ => {
                        renumbered += 1;
                        plan_affected = true;
                        ids_changed = true;
                        tags_changed = true;
                    }
                }
            }
        }
        // The resolved times follow change by change: the index of a change is the one it had when made.
        if changes.len() > INCREMENTAL_CHANGES {
            self.resolved = Resolved::of(&self.timeline);
        } else {
            self.follow_changes(&changes);
        }
        if plan_affected {
            match &self.plan.checker {
                Some(checker) => {
                    if renumbered > 0 {
                        // Until the worker's answer comes, the warnings kept point at the same events as before.
                        let mut warnings = std::mem::take(&mut self.plan.warnings);
                        for change in &changes {
                            if let Change::Event {
                                index,
                                before,
                                after,
                            } = change
                                && before.is_some() != after.is_some()
                            {
                                renumber(&mut warnings, *index, after.is_some());
                            }
                        }
                        self.plan.flagged = flags(self.timeline.events.len(), &warnings);
                        self.plan.warnings = warnings;
                        self.plan.version = next_revision();
                    }
                    let next = next_revision();
                    checker.send(next, &changes, &self.resolved.order);
                    self.finish_change(changes, next, ids_changed, tags_changed);
                    return;
                }
                None => {
                    let facts = Facts::all(&self.timeline, &self.resolved.times);
                    let warnings = warnings_of(&facts, &self.resolved.order);
                    let next = next_revision();
                    self.finish_change(changes, next, ids_changed, tags_changed);
                    self.set_plan(warnings, next);
                    return;
                }
            }
        }
        let next = next_revision();
        // Nothing the checks read changed: the warnings stand for the new revision too.
        let current = self.plan.revision == self.revision;
        self.finish_change(changes, next, ids_changed, tags_changed);
        if current {
            self.plan.revision = next;
        }
    }

    /// Follows each change in the resolved times and order.
    fn follow_changes(&mut self, changes: &[Change]) {
        let events: Vec<(usize, bool, bool)> = changes
            .iter()
            .filter_map(|c| match c {
                Change::Event {
                    index,
                    before,
                    after,
                } => Some((*index, before.is_some(), after.is_some())),
                _ => None,
            })
            .collect();
        if events.iter().all(|&(_, b, a)| b && a) {
            // Replacements only: placed again in one pass against the final timeline.
            let replaced: Vec<usize> = events.iter().map(|&(i, ..)| i).collect();
            if !replaced.is_empty() {
                self.resolved.update_replaced(&self.timeline, &replaced);
            }
            return;
        }
        if let [(index, before, after)] = events[..] {
            match (before, after) {
                (false, true) => self.resolved.inserted(&self.timeline, index),
                (true, false) => self.resolved.removed(index),
                _ => {}
            }
            return;
        }
        // Several insertions or removals (a multiple delete, its undo): each is placed against the timeline as it
        // stood at its step, replayed from before the edit. Events are shared, so the replay copies pointers.
        let mut replay = self.timeline.clone();
        for change in changes.iter().rev() {
            change.inverse().apply(&mut replay);
        }
        for change in changes {
            change.apply(&mut replay);
            if let Change::Event {
                index,
                before,
                after,
            } = change
            {
                match (before.is_some(), after.is_some()) {
                    (true, true) => self.resolved.update_replaced(&replay, &[*index]),
                    (false, true) => self.resolved.inserted(&replay, *index),
                    (true, false) => self.resolved.removed(*index),
                    (false, false) => {}
                }
            }
        }
    }

    fn finish_change(
        &mut self,
        changes: Vec<Change>,
        next: u64,
        ids_changed: bool,
        tags_changed: bool,
    ) {
        if ids_changed {
            self.by_id = OnceLock::new();
        }
        if tags_changed {
            self.tags = OnceLock::new();
        }
        // How many events have each value follows the events changed, when it was counted before.
        if let Some(counts) = self.counts.get_mut() {
            for change in &changes {
                if let Change::Event { before, after, .. } = change {
                    for (event, add) in [(before, false), (after, true)] {
                        if let Some(e) = event {
                            counts.count(e, add);
                        }
                    }
                }
            }
        }
        self.recent.push_back((self.revision, changes));
        if self.recent.len() > RECENT_EDITS {
            self.recent.pop_front();
        }
        self.revision = next;
    }
}
