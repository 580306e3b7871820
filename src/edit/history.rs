//! Undo and redo: one history per document, one step per meaningful change.

use super::change::Change;
use super::command::{Command, plan};
use super::plan::Refusal;
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
    /// The state beneath the oldest step kept: 0 for the document as loaded, or the state the last forgotten step
    /// led to. Undoing every kept step returns here, which is not the loaded document once a step was forgotten.
    base_state: u64,
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
            let forgotten = self.undo.remove(0);
            self.base_state = forgotten.state;
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

    /// How many steps lie between the saved state and now, either way; at least one whenever the states differ,
    /// even when the saved state has been forgotten.
    pub fn changes_since(&self, saved: u64) -> usize {
        if saved == self.state() {
            return 0;
        }
        if let Some(k) = self.undo.iter().position(|s| s.state == saved) {
            return self.undo.len() - k - 1;
        }
        // A save ahead of now: as many steps as redoing would take to get back to it.
        if let Some(j) = self.redo.iter().position(|s| s.state == saved) {
            return self.redo.len() - j;
        }
        if saved == self.base_state {
            self.undo.len()
        } else {
            self.undo.len().max(1)
        }
    }

    /// The state the document is in now: equal states mean equal documents.
    pub fn state(&self) -> u64 {
        self.undo.last().map_or(self.base_state, |s| s.state)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::Shift;

    use crate::model::sample_timeline as sample;

    #[test]
    fn undo_then_redo_gives_back_each_state_exactly() {
        let mut t = sample();
        let original = t.clone();
        let mut h = History::default();
        h.apply(
            &mut t,
            Command::MoveEvents {
                ids: vec!["mumbai".into()],
                by: Shift::days(2),
                lane: None,
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
        let edited = t.clone();
        assert_eq!(h.undo(&mut t).as_deref(), Some("deletion of 2 events"));
        assert_eq!(h.undo(&mut t).as_deref(), Some("move of 'Mumbai'"));
        assert_eq!(t, original);
        h.redo(&mut t);
        h.redo(&mut t);
        assert_eq!(t, edited);
    }

    fn move_mumbai(h: &mut History, t: &mut Timeline, days: i64) {
        h.apply(
            t,
            Command::MoveEvents {
                ids: vec!["mumbai".into()],
                by: Shift::days(days),
                lane: None,
            },
        )
        .expect("moves");
    }

    #[test]
    fn undoing_every_kept_step_after_the_oldest_was_forgotten_is_not_the_loaded_state() {
        let mut t = sample();
        let loaded = t.clone();
        let mut h = History::default();
        let saved = h.state();
        for k in 0..=MAX_STEPS {
            move_mumbai(&mut h, &mut t, if k % 2 == 0 { 1 } else { -1 });
        }
        while h.undo(&mut t).is_some() {}
        assert_ne!(t, loaded, "the forgotten first step is still applied");
        assert_ne!(h.state(), saved, "so the history must not call it saved");
        assert_eq!(h.changes_since(saved), 1);
    }

    #[test]
    fn a_save_in_the_middle_of_a_long_history_stays_right_through_undo_and_redo_past_the_limit() {
        let mut t = sample();
        let mut h = History::default();
        for k in 0..10 {
            move_mumbai(&mut h, &mut t, if k % 2 == 0 { 1 } else { -1 });
        }
        let saved = h.state();
        let at_save = t.clone();
        // 1,005 steps in all: the first five are forgotten, the save is still within reach.
        for k in 0..MAX_STEPS - 5 {
            move_mumbai(&mut h, &mut t, if k % 2 == 0 { 1 } else { -1 });
        }
        for _ in 0..MAX_STEPS - 5 {
            assert_ne!(h.state(), saved, "past the save, the document is unsaved");
            h.undo(&mut t);
        }
        assert_eq!(h.state(), saved, "back at the save, it is saved");
        assert_eq!(t, at_save);
        assert_eq!(h.changes_since(saved), 0);
        while h.undo(&mut t).is_some() {
            assert_ne!(h.state(), saved, "before the save, unsaved again");
        }
        assert_eq!(h.changes_since(saved), 5);
        for _ in 0..5 {
            h.redo(&mut t);
        }
        assert_eq!(h.state(), saved, "redone to the save, saved");
        assert_eq!(t, at_save);
        while h.redo(&mut t).is_some() {}
        assert_ne!(h.state(), saved);

        // A thousand more steps forget the save itself: no undo reaches a saved state again.
        for k in 0..MAX_STEPS {
            move_mumbai(&mut h, &mut t, if k % 2 == 0 { 1 } else { -1 });
        }
        while h.undo(&mut t).is_some() {
            assert_ne!(h.state(), saved);
        }
        assert_ne!(h.state(), saved);
        assert!(h.changes_since(saved) >= 1);
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
                lane: None,
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
                lane: None,
            },
        )
        .expect("moves");
        assert_eq!(h.redo_label(), None);
        assert_ne!(h.state(), saved);
    }
}
