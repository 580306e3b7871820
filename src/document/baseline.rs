//! A plan read against its baseline: an earlier version of the same programme (another file, a backup, a git
//! revision). What changed, in the words of `itinera diff`; each current event's mark and where it was, for the
//! views; and the command that puts a change back as it was. The comparison is worked out again for each revision
//! of the document, on a thread of its own when asked, so an edit never waits for it.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, channel};

use crate::edit::{Command, Dependents, DocumentFields};
use crate::model::compare::{Change, Subject, What, diff_resolved};
use crate::model::{Resolved, Text, Timeline};

use super::{Document, Waker};

/// How a current event differs from the baseline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// Not in the baseline.
    Added,
    /// Its dates, times or zones changed (and perhaps more).
    Moved,
    /// Other fields changed; it is where it was.
    Changed,
}

/// The document at one revision compared with the baseline.
pub struct Comparison {
    /// The document revision this is for.
    pub revision: u64,
    /// Every change, in the order of the programme, as `itinera diff` says them.
    pub changes: Vec<Change>,
    /// Per current event (by index): its mark, if it changed.
    marks: Vec<Option<Mark>>,
    /// Per current event (by index): its index in the baseline, if it is there.
    was: Vec<Option<u32>>,
    /// Baseline events no longer in the document, by their index in the baseline.
    pub removed: Vec<u32>,
}

impl Comparison {
    /// Compares `current` (at `revision`) with `baseline`.
    pub fn of(baseline: &Timeline, current: &Timeline, revision: u64) -> Comparison {
        Self::of_resolved(
            (baseline, &Resolved::of(baseline)),
            (current, &Resolved::of(current)),
            revision,
        )
    }

    /// `of`, for versions whose times are resolved already (an open document and its baseline).
    pub fn of_resolved(
        (baseline, baseline_times): (&Timeline, &Resolved),
        (current, current_times): (&Timeline, &Resolved),
        revision: u64,
    ) -> Comparison {
        let by_id: HashMap<&str, u32> = baseline
            .events
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.as_str(), i as u32))
            .collect();
        let changes = diff_resolved(baseline, baseline_times, current, current_times);
        let index: HashMap<&str, usize> = current
            .events
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.as_str(), i))
            .collect();
        let mut marks = vec![None; current.events.len()];
        let was = current
            .events
            .iter()
            .map(|e| by_id.get(e.id.as_str()).copied())
            .collect();
        let mut removed = Vec::new();
        for change in changes.iter().filter(|c| c.subject == Subject::Event) {
            let mark = match &change.what {
                What::Added => Mark::Added,
                What::Removed => {
                    removed.extend(by_id.get(change.id.as_str()));
                    continue;
                }
                What::Changed(fields) => {
                    if fields
                        .iter()
                        .any(|f| f.field == "dates" || f.field == "zones")
                    {
                        Mark::Moved
                    } else {
                        Mark::Changed
                    }
                }
            };
            if let Some(&i) = index.get(change.id.as_str()) {
                marks[i] = Some(mark);
            }
        }
        Comparison {
            revision,
            changes,
            marks,
            was,
            removed,
        }
    }

    /// How current event `index` differs from the baseline, if it does.
    pub fn mark(&self, index: u32) -> Option<Mark> {
        self.marks.get(index as usize).copied().flatten()
    }

    /// Where current event `index` is in the baseline, if it is there.
    pub fn was(&self, index: u32) -> Option<u32> {
        self.was.get(index as usize).copied().flatten()
    }

    /// How many events were added, moved, otherwise changed and removed.
    pub fn counts(&self) -> [usize; 4] {
        let count = |m| self.marks.iter().filter(|x| **x == Some(m)).count();
        [
            count(Mark::Added),
            count(Mark::Moved),
            count(Mark::Changed),
            self.removed.len(),
        ]
    }
}

/// The version the document is compared with, and the comparison for the document's latest revision.
pub struct Baseline {
    /// What the baseline is, in words: a file name, a backup's time, a git revision.
    label: String,
    timeline: Timeline,
    /// Shared with the thread that compares.
    resolved: Arc<Resolved>,
    by_id: HashMap<Text, usize>,
    comparison: Option<Arc<Comparison>>,
    /// A comparison being worked out on a thread, for this revision.
    pending: Option<(u64, Receiver<Comparison>)>,
}

impl Baseline {
    pub fn new(label: String, timeline: Timeline) -> Baseline {
        let resolved = Arc::new(Resolved::of(&timeline));
        let by_id = timeline
            .events
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
        Baseline {
            label,
            timeline,
            resolved,
            by_id,
            comparison: None,
            pending: None,
        }
    }

    pub fn label(&self) -> &str {
        &self.label
    }

    pub fn timeline(&self) -> &Timeline {
        &self.timeline
    }

    pub fn resolved(&self) -> &Resolved {
        &self.resolved
    }

    /// The comparison as last worked out; it may be for an older revision while a newer one is on its way.
    pub fn comparison(&self) -> Option<&Arc<Comparison>> {
        self.comparison.as_ref()
    }

    /// Brings the comparison up to `doc`'s revision: at once without `wake`, else on a thread that calls `wake`
    /// when done (take the result with a later call). Returns whether the comparison changed.
    pub fn follow(&mut self, doc: &Document, wake: Option<&Waker>) -> bool {
        let revision = doc.revision();
        let mut changed = false;
        if let Some((_, receiver)) = &self.pending {
            match receiver.try_recv() {
                Ok(done) => {
                    self.comparison = Some(Arc::new(done));
                    self.pending = None;
                    changed = true;
                }
                Err(std::sync::mpsc::TryRecvError::Empty) => {}
                Err(std::sync::mpsc::TryRecvError::Disconnected) => self.pending = None,
            }
        }
        let current = self
            .comparison
            .as_ref()
            .is_some_and(|c| c.revision == revision);
        // One comparison at a time: when an older one ends, its wake brings the next call, which asks for the
        // newest revision.
        if current || self.pending.is_some() {
            return changed;
        }
        // Both versions' times are resolved already: the comparison reads them, it does not work them out again.
        let here = || {
            Comparison::of_resolved(
                (&self.timeline, &self.resolved),
                (doc.timeline(), doc.resolved()),
                revision,
            )
        };
        let Some(wake) = wake else {
            self.comparison = Some(Arc::new(here()));
            return true;
        };
        let (old, old_times) = (self.timeline.clone(), Arc::clone(&self.resolved));
        let (new, new_times) = (doc.timeline().clone(), doc.resolved().clone());
        let (sender, receiver) = channel();
        let wake = Arc::clone(wake);
        let spawned = std::thread::Builder::new()
            .name("itinera-compare".into())
            .spawn(move || {
                let done =
                    Comparison::of_resolved((&old, &old_times), (&new, &new_times), revision);
                let _ = sender.send(done);
                wake();
            });
        match spawned {
            Ok(_) => {
                self.pending = Some((revision, receiver));
                changed
            }
            // No thread to be had: worked out here, late but right.
            Err(_) => {
                self.comparison = Some(Arc::new(here()));
                true
            }
        }
    }

    /// The baseline's event with this id.
    pub fn event(&self, id: &str) -> Option<&crate::model::Event> {
        self.by_id.get(id).map(|&i| &*self.timeline.events[i])
    }

    /// The command that puts `change` back as the baseline has it, or `None` when there is nothing to put back.
    pub fn put_back(&self, change: &Change) -> Option<Command> {
        let t = &self.timeline;
        let id = change.id.clone();
        let what = crate::tr!("step-put-back");
        Some(match (change.subject, &change.what) {
            (Subject::Document, _) => Command::SetDocument(Box::new(DocumentFields::of(t))),
            (Subject::Event, What::Added) => Command::DeleteEvents { ids: vec![id] },
            (Subject::Event, What::Removed) => Command::AddEvent {
                event: Box::new(self.event(&id)?.clone()),
            },
            (Subject::Event, What::Changed(_)) => Command::SetEvent {
                event: Box::new(self.event(&id)?.clone()),
                id,
                what,
            },
            (Subject::Trip, What::Added) => Command::DeleteTrip {
                id,
                legs: Dependents::Detach,
            },
            (Subject::Trip, _) => {
                let trip = t.trip(&id)?.clone();
                if matches!(change.what, What::Removed) {
                    Command::AddTrip(trip)
                } else {
                    Command::SetTrip(trip)
                }
            }
            (Subject::Principal, What::Added) => Command::DeletePrincipal {
                id,
                events: Dependents::Detach,
            },
            (Subject::Principal, _) => {
                let p = t.principal(&id)?.clone();
                if matches!(change.what, What::Removed) {
                    Command::AddPrincipal(p)
                } else {
                    Command::SetPrincipal(p)
                }
            }
        })
    }
}
