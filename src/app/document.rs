//! An open document: the timeline, its resolved times, where it lives and whether it has unsaved changes.

use std::path::{Path, PathBuf};

use std::collections::{HashMap, VecDeque};

use crate::edit::change::Change;
use crate::edit::{Command, History, Refusal};
use crate::io::{Diagnostic, Parsed};
use crate::model::checks::{PlanWarning, affects_plan, plan_warnings};
use crate::model::{Resolved, Timeline};

/// The sample shipped inside the binary: the document shown when no file is named.
pub const SAMPLE_NAME: &str = "canada-2026.ron";
pub const SAMPLE_TEXT: &str = include_str!("../../timelines/canada-2026.ron");

/// A number no other document state has had, so caches keyed by it never mix documents up.
fn next_revision() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

pub struct Document {
    pub timeline: Timeline,
    pub resolved: Resolved,
    /// What cannot work in the plan as written (a principal in two places at once, no time to travel).
    pub plan: Vec<PlanWarning>,
    /// Per event: whether a plan warning involves it.
    flagged: Vec<bool>,
    /// Each event's index by id, built on first use after a change (views look selected events up every frame).
    by_id: std::sync::OnceLock<HashMap<crate::model::Text, u32>>,
    /// Every tag the events use, sorted, built on first use after a change (for the filter menu).
    tags: std::sync::OnceLock<Vec<crate::model::Text>>,
    /// Where the document is saved; `None` for a new document or the built-in sample.
    pub path: Option<PathBuf>,
    /// The name shown in the title bar.
    pub name: String,
    pub warnings: Vec<Diagnostic>,
    /// The file on disk had comments, which saving drops.
    pub has_comments: bool,
    /// Bumped by every change, undo and redo; views use it to know when to recompute.
    pub revision: u64,
    /// Undo and redo for this document only.
    pub history: History,
    /// The history state last saved (or loaded); the document is dirty when it differs.
    pub saved_state: u64,
    /// The file as it was on disk when loaded or last saved, to notice changes made by someone else.
    pub disk: Option<crate::io::saver::DiskState>,
    /// The latest edits, oldest first: the revision each started from and the primitive changes it made.
    /// Caches such as the search index catch up by replaying them instead of starting over.
    recent: VecDeque<(u64, Vec<Change>)>,
}

fn flags(events: usize, plan: &[PlanWarning]) -> Vec<bool> {
    let mut flagged = vec![false; events];
    for w in plan {
        for i in [w.first, w.second] {
            if let Some(flag) = flagged.get_mut(i as usize) {
                *flag = true;
            }
        }
    }
    flagged
}

/// How many edits `Document::changes_since` can replay.
const RECENT_EDITS: usize = 64;

impl Document {
    fn with(timeline: Timeline, path: Option<PathBuf>, name: String) -> Self {
        let resolved = Resolved::of(&timeline);
        let plan = plan_warnings(&timeline, &resolved.times, &resolved.order);
        let flagged = flags(timeline.events.len(), &plan);
        Document {
            timeline,
            resolved,
            plan,
            flagged,
            by_id: std::sync::OnceLock::new(),
            tags: std::sync::OnceLock::new(),
            path,
            name,
            warnings: Vec::new(),
            has_comments: false,
            revision: next_revision(),
            history: History::default(),
            saved_state: 0,
            disk: None,
            recent: VecDeque::new(),
        }
    }

    /// A new, empty, unsaved document.
    pub fn untitled() -> Self {
        Self::with(Timeline::default(), None, "Untitled".into())
    }

    /// The built-in 2026 sample. It is tested to parse; should it ever fail, an empty document stands in.
    pub fn sample() -> Self {
        match crate::io::parse(SAMPLE_NAME, SAMPLE_TEXT) {
            Ok(parsed) => Self::from_parsed(None, SAMPLE_NAME.into(), parsed),
            Err(_) => Self::untitled(),
        }
    }

    /// A document read from a file.
    pub fn from_parsed(path: Option<PathBuf>, name: String, parsed: Parsed) -> Self {
        let mut doc = Self::with(parsed.timeline, path, name);
        doc.warnings = parsed.warnings;
        doc.has_comments = parsed.has_comments;
        doc
    }

    pub fn from_file(path: &Path, parsed: Parsed) -> Self {
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        Self::from_parsed(Some(path.to_path_buf()), name, parsed)
    }

    /// A copy of the content without the undo history, for work on another thread (exporting a deck).
    pub fn snapshot(&self) -> Document {
        let mut copy = Self::with(self.timeline.clone(), self.path.clone(), self.name.clone());
        copy.warnings = self.warnings.clone();
        copy
    }

    pub fn is_dirty(&self) -> bool {
        self.history.state() != self.saved_state
    }

    /// Marks the content as not saved anywhere (a restored backup or recovery snapshot).
    pub fn mark_unsaved(&mut self) {
        self.saved_state = u64::MAX;
    }

    /// Records that what is in memory now is what is on disk.
    pub fn mark_saved(&mut self) {
        self.saved_state = self.history.state();
    }

    /// Carries out a command as one undo step. Returns the step's name, or `None` when nothing changed.
    pub fn apply(&mut self, command: Command) -> Result<Option<String>, Refusal> {
        let Some(step) = self.history.apply(&mut self.timeline, command)? else {
            return Ok(None);
        };
        let (label, changes) = (step.label.clone(), step.changes().to_vec());
        self.changed(changes);
        Ok(Some(label))
    }

    pub fn undo(&mut self) -> Option<String> {
        let changes = self.history.undo_changes();
        let label = self.history.undo(&mut self.timeline)?;
        self.changed(changes);
        Some(label)
    }

    pub fn redo(&mut self) -> Option<String> {
        let changes = self.history.redo_changes();
        let label = self.history.redo(&mut self.timeline)?;
        self.changed(changes);
        Some(label)
    }

    /// Recomputes derived data after the timeline changed by `changes`.
    fn changed(&mut self, changes: Vec<Change>) {
        // Events replaced in place (moves, field edits and their undo) update the order incrementally;
        // an event added or removed renumbers the rest, so everything is resolved afresh.
        let mut replaced = Vec::new();
        let mut renumbered = false;
        let mut plan_affected = false;
        for change in &changes {
            if let Change::Event {
                index,
                before,
                after,
            } = change
            {
                match (before, after) {
                    (Some(b), Some(a)) => {
                        replaced.push(*index);
                        plan_affected |= affects_plan(b, a);
                    }
                    _ => renumbered = true,
                }
            }
        }
        // Each event put back costs a shift of the order, so a large batch is quicker sorted afresh.
        if renumbered || replaced.len() > 64 {
            self.resolved = Resolved::of(&self.timeline);
        } else if !replaced.is_empty() {
            self.resolved.update_replaced(&self.timeline, &replaced);
        }
        if renumbered || plan_affected {
            self.plan = plan_warnings(&self.timeline, &self.resolved.times, &self.resolved.order);
            self.flagged = flags(self.timeline.events.len(), &self.plan);
        }
        self.by_id = std::sync::OnceLock::new();
        self.tags = std::sync::OnceLock::new();
        let next = next_revision();
        self.recent.push_back((self.revision, changes));
        if self.recent.len() > RECENT_EDITS {
            self.recent.pop_front();
        }
        self.revision = next;
    }

    /// The primitive changes that lead from revision `from` of this document to now, oldest first;
    /// `None` when `from` is older than the edits kept, or not a revision of this document.
    pub fn changes_since(&self, from: u64) -> Option<impl Iterator<Item = &Change> + Clone> {
        let start = if from == self.revision {
            self.recent.len()
        } else {
            self.recent.iter().position(|(rev, _)| *rev == from)?
        };
        Some(self.recent.range(start..).flat_map(|(_, c)| c.iter()))
    }

    /// The index of the event with this id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        let by_id = self.by_id.get_or_init(|| {
            let mut by_id = HashMap::with_capacity(self.timeline.events.len());
            for (i, e) in self.timeline.events.iter().enumerate() {
                // The first of equal ids, as a search from the start would find.
                by_id.entry(e.id.clone()).or_insert(i as u32);
            }
            by_id
        });
        by_id.get(id).map(|&i| i as usize)
    }

    /// Every tag the events use, once each, sorted.
    pub fn tags(&self) -> &[crate::model::Text] {
        self.tags.get_or_init(|| {
            let tags: std::collections::BTreeSet<&crate::model::Text> =
                self.timeline.events.iter().flat_map(|e| &e.tags).collect();
            tags.into_iter().cloned().collect()
        })
    }

    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&crate::model::Event> {
        self.index_of(id).map(|i| &self.timeline.events[i])
    }

    /// Whether a plan warning involves event `index`.
    pub fn has_warning(&self, index: u32) -> bool {
        self.flagged.get(index as usize).copied().unwrap_or(false)
    }

    /// The plan warnings that involve event `index`.
    pub fn warnings_for(&self, index: u32) -> impl Iterator<Item = &PlanWarning> {
        self.plan.iter().filter(move |w| w.involves(index))
    }

    /// The window title: document name, a mark for unsaved changes, and the app's name.
    pub fn window_title(&self) -> String {
        let mark = if self.is_dirty() { "● " } else { "" };
        format!("{mark}{} — Itinera", self.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::filter::SearchIndex;

    /// Replays what changed since `rev` into `index`, as the app does.
    fn catch_up(doc: &Document, rev: u64, index: &mut SearchIndex) {
        for change in doc.changes_since(rev).expect("recent enough") {
            if let Change::Event {
                index: at,
                before,
                after,
            } = change
            {
                index.update(*at, before.as_deref(), after.as_deref());
            }
        }
    }

    #[test]
    fn replaying_the_changes_since_a_revision_and_the_cached_lists_follow_edits_undo_and_redo() {
        let mut doc = Document::sample();
        let mut index = SearchIndex::build(&doc.timeline);
        let mut rev = doc.revision;
        let mut renamed = doc.timeline.event("mumbai").expect("mumbai").clone();
        renamed.title = "Signing in Reykjavík".into();
        renamed.tags.push("fisheries".into());
        assert!(!doc.tags().iter().any(|t| t == "fisheries"));
        let steps: [&dyn Fn(&mut Document); 5] = [
            &|d| {
                d.apply(Command::SetEvent {
                    id: "mumbai".into(),
                    what: "title".into(),
                    event: Box::new(renamed.clone()),
                })
                .expect("allowed");
            },
            &|d| {
                d.apply(Command::DeleteEvents {
                    ids: vec!["france-visit".into(), "tokyo".into()],
                })
                .expect("allowed");
            },
            &|d| {
                d.apply(Command::MoveEvents {
                    ids: vec!["new-delhi".into()],
                    by: crate::edit::Shift::days(-2),
                })
                .expect("allowed");
            },
            &|d| {
                d.undo();
                d.undo();
                d.undo();
            },
            &|d| {
                d.redo();
            },
        ];
        let mut warned = false;
        for step in steps {
            step(&mut doc);
            warned |= !doc.plan.is_empty();
            catch_up(&doc, rev, &mut index);
            rev = doc.revision;
            for (i, e) in doc.timeline.events.iter().enumerate() {
                assert_eq!(
                    doc.index_of(&e.id),
                    Some(i),
                    "the id index follows the edit"
                );
            }
            let mut tags: Vec<&str> = doc
                .timeline
                .events
                .iter()
                .flat_map(|e| e.tags.iter().map(|t| t.as_str()))
                .collect();
            tags.sort_unstable();
            tags.dedup();
            assert_eq!(
                doc.tags().iter().map(|t| t.as_str()).collect::<Vec<_>>(),
                tags,
                "the tag list follows the edit"
            );
            let full = Resolved::of(&doc.timeline);
            assert_eq!(
                (&doc.resolved.order, &doc.resolved.times),
                (&full.order, &full.times)
            );
            assert_eq!(
                doc.plan,
                plan_warnings(&doc.timeline, &full.times, &full.order)
            );
            let fresh = SearchIndex::build(&doc.timeline);
            for query in ["reykjavik", "mumbai", "france", "tokyo", "trade"] {
                assert_eq!(
                    index.matches(query, true),
                    fresh.matches(query, true),
                    "{query}"
                );
            }
        }
        assert!(
            warned,
            "moving New Delhi onto Mumbai's days raised a plan warning"
        );
        assert!(
            doc.changes_since(0).is_none(),
            "a revision of no document cannot be replayed"
        );
    }
}
