//! Undo and redo: one history per document, one step per meaningful change.

use super::change::Change;
use super::command::{Command, Refusal, plan};
use crate::model::Timeline;

/// One undoable step: the changes a command made, and its name ("move of 'Mumbai'").
#[derive(Clone, Debug)]
pub struct Step {
    pub label: String,
    changes: Vec<Change>,
    /// Identifies the document state this step leads to, for telling whether it is saved.
    state: u64,
}

impl Step {
    /// The primitive changes this step made, in the order they were applied.
    pub fn changes(&self) -> &[Change] {
        &self.changes
    }
}

/// The document's undo and redo stacks. Never saved into the file or the UI state.
#[derive(Debug, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    next_state: u64,
}

/// How many steps are kept; older ones are forgotten.
pub const MAX_STEPS: usize = 1000;

impl History {
    /// Carries out a command on `t` as one step. A command that changes nothing adds no step.
    pub fn apply(&mut self, t: &mut Timeline, command: Command) -> Result<Option<&Step>, Refusal> {
        let plan = plan(t, command)?;
        if plan.changes.is_empty() {
            return Ok(None);
        }
        for change in &plan.changes {
            change.apply(t);
        }
        self.next_state += 1;
        self.undo.push(Step {
            label: plan.label,
            changes: plan.changes,
            state: self.next_state,
        });
        if self.undo.len() > MAX_STEPS {
            self.undo.remove(0);
        }
        self.redo.clear();
        Ok(self.undo.last())
    }

    /// Undoes the last step; returns its name.
    pub fn undo(&mut self, t: &mut Timeline) -> Option<String> {
        let step = self.undo.pop()?;
        for change in step.changes.iter().rev() {
            change.inverse().apply(t);
        }
        let label = step.label.clone();
        self.redo.push(step);
        Some(label)
    }

    /// Redoes the last undone step; returns its name.
    pub fn redo(&mut self, t: &mut Timeline) -> Option<String> {
        let step = self.redo.pop()?;
        for change in &step.changes {
            change.apply(t);
        }
        let label = step.label.clone();
        self.undo.push(step);
        Some(label)
    }

    /// The changes the next undo makes, in the order it makes them.
    pub fn undo_changes(&self) -> Vec<Change> {
        self.undo.last().map_or_else(Vec::new, |step| {
            step.changes.iter().rev().map(Change::inverse).collect()
        })
    }

    /// The changes the next redo makes, in the order it makes them.
    pub fn redo_changes(&self) -> Vec<Change> {
        self.redo
            .last()
            .map_or_else(Vec::new, |step| step.changes.clone())
    }

    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(|s| s.label.as_str())
    }

    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|s| s.label.as_str())
    }

    /// How many steps lead from the saved state to now (all of them when it is not in the undo stack).
    pub fn changes_since(&self, saved: u64) -> usize {
        match self.undo.iter().position(|s| s.state == saved) {
            Some(k) => self.undo.len() - k - 1,
            None => self.undo.len(),
        }
    }

    /// The state the document is in now: equal states mean equal documents.
    pub fn state(&self) -> u64 {
        self.undo.last().map_or(0, |s| s.state)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::Shift;
    use crate::io::serialize;

    use crate::model::sample_timeline as sample;

    #[test]
    fn undo_then_redo_gives_back_each_state_exactly() {
        let mut t = sample();
        let original = serialize(&t);
        let mut h = History::default();
        h.apply(
            &mut t,
            Command::MoveEvents {
                ids: vec!["mumbai".into()],
                by: Shift::days(2),
            },
        )
        .expect("moves");
        h.apply(
            &mut t,
            Command::DeleteEvents {
                ids: vec!["tokyo".into(), "france-visit".into()],
            },
        )
        .expect("deletes");
        let edited = serialize(&t);
        assert_eq!(h.undo(&mut t).as_deref(), Some("deletion of 2 events"));
        assert_eq!(h.undo(&mut t).as_deref(), Some("move of 'Mumbai'"));
        assert_eq!(serialize(&t), original);
        h.redo(&mut t);
        h.redo(&mut t);
        assert_eq!(serialize(&t), edited);
    }

    #[test]
    fn a_new_step_clears_redo_and_states_tell_saved_from_unsaved() {
        let mut t = sample();
        let mut h = History::default();
        assert_eq!(h.state(), 0);
        h.apply(
            &mut t,
            Command::MoveEvents {
                ids: vec!["mumbai".into()],
                by: Shift::days(1),
            },
        )
        .expect("moves");
        let saved = h.state();
        h.undo(&mut t);
        assert_ne!(h.state(), saved);
        h.redo(&mut t);
        assert_eq!(h.state(), saved);
        h.undo(&mut t);
        h.apply(
            &mut t,
            Command::MoveEvents {
                ids: vec!["tokyo".into()],
                by: Shift::days(-1),
            },
        )
        .expect("moves");
        assert_eq!(h.redo_label(), None);
        assert_ne!(h.state(), saved);
    }
}
