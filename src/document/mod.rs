//! The open documents beneath every view: the timeline with its history and derived indices, where it lives and
//! whether it has unsaved changes; the selection; which events are shown. No egui here.

pub mod baseline;
mod changes;
pub mod checks;
pub mod documents;
pub mod layers;
pub mod selection;
pub mod shown;

use std::collections::{HashMap, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::edit::change::Change;
use crate::edit::{Command, History, Refusal};
use crate::io::saver::DiskState;
use crate::io::{Diagnostic, Parsed, Prepared};
use crate::model::checks::{Facts, PlanWarning, plan_warnings};
use crate::model::{Event, Resolved, Text, Timeline};
pub use baseline::Baseline;
pub use checks::Waker;
pub use documents::Documents;
pub use selection::Selection;

/// The sample shipped inside the binary: the document shown when no file is named.
pub const SAMPLE_NAME: &str = "canada-2026.ron";
pub const SAMPLE_TEXT: &str = include_str!("../../timelines/canada-2026.ron");

/// A number no other document state has had, so caches keyed by it never mix documents up.
fn next_revision() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// Where a document lives and what its file was like.
#[derive(Clone, Debug, Default)]
struct FileInfo {
    /// Where the document is saved; `None` for a new document or the built-in sample.
    path: Option<PathBuf>,
    /// The name shown in the title bar.
    name: String,
    /// Warnings about the file found when it was read.
    warnings: Vec<Diagnostic>,
    /// The file on disk had comments, which saving drops.
    has_comments: bool,
    /// The file as it was on disk when loaded or last saved, to notice changes made by someone else.
    disk: Option<DiskState>,
}

/// What cannot work in the plan as written, and where it came from.
struct PlanState {
    warnings: Vec<PlanWarning>,
    /// Per event: whether a plan warning involves it.
    flagged: Vec<bool>,
    /// Bumped whenever the warnings change, so what is derived from them (the plan-warning filter) follows.
    version: u64,
    /// The revision the warnings were found for; behind the document's while a worker checks an edit.
    revision: u64,
    /// The worker that rechecks after each edit, when the checks run off the edit path.
    checker: Option<checks::Checker>,
    /// The facts of every event, kept until a worker takes them over.
    facts: Option<Vec<Facts>>,
}

/// One open document: its timeline, the history of its edits, what is derived from it, and its file.
pub struct Document {
    /// Tells this document from every other opened in this run, so work started for one is never applied to another.
    id: u64,
    timeline: Timeline,
    resolved: Resolved,
    plan: PlanState,
    /// Each event's index by id, built on first use after a change (views look selected events up every frame).
    by_id: OnceLock<HashMap<Text, u32>>,
    /// Every tag the events use, sorted, built on first use after a change (for the filter menu).
    tags: OnceLock<Vec<Text>>,
    /// How many events have each value the filter offers, built on first use after a change.
    counts: OnceLock<Counts>,
    file: FileInfo,
    /// Bumped by every change, undo and redo; views use it to know when to recompute.
    revision: u64,
    /// Undo and redo for this document only.
    history: History,
    /// The history state last saved (or loaded); the document is dirty when it differs.
    saved_state: u64,
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

/// Beyond this many changes in one edit, resolving afresh is quicker than following them one by one.
const INCREMENTAL_CHANGES: usize = 64;

impl Document {
    fn with_parts(
        timeline: Timeline,
        resolved: Resolved,
        warnings: Vec<PlanWarning>,
        facts: Option<Vec<Facts>>,
        file: FileInfo,
    ) -> Self {
        let revision = next_revision();
        Document {
            id: next_revision(),
            plan: PlanState {
                flagged: flags(timeline.events.len(), &warnings),
                warnings,
                version: next_revision(),
                revision,
                checker: None,
                facts,
            },
            timeline,
            resolved,
            by_id: OnceLock::new(),
            tags: OnceLock::new(),
            counts: OnceLock::new(),
            file,
            revision,
            history: History::default(),
            saved_state: 0,
            recent: VecDeque::new(),
        }
    }

    fn with(timeline: Timeline, file: FileInfo) -> Self {
        let resolved = Resolved::of(&timeline);
        let warnings = plan_warnings(&timeline, &resolved.times, &resolved.order);
        Self::with_parts(timeline, resolved, warnings, None, file)
    }

    /// A new, empty, unsaved document.
    pub fn untitled() -> Self {
        Self::with(
            Timeline::default(),
            FileInfo {
                name: crate::tr!("untitled-name"),
                ..FileInfo::default()
            },
        )
    }

    /// An unsaved document holding `timeline`, named `name` (a merge's result, a generated programme).
    pub fn from_timeline(timeline: Timeline, name: String) -> Self {
        Self::with(
            timeline,
            FileInfo {
                name,
                ..FileInfo::default()
            },
        )
    }

    /// The built-in 2026 sample. It is tested to parse; should it ever fail, an empty document stands in.
    pub fn sample() -> Self {
        match crate::io::parse(SAMPLE_NAME, SAMPLE_TEXT) {
            Ok(parsed) => Self::from_parsed(None, SAMPLE_NAME.into(), parsed),
            Err(_) => Self::untitled(),
        }
    }

    /// A document read from text, resolved and checked here.
    pub fn from_parsed(path: Option<PathBuf>, name: String, parsed: Parsed) -> Self {
        Self::with(
            parsed.timeline,
            FileInfo {
                path,
                name,
                warnings: parsed.warnings,
                has_comments: parsed.has_comments,
                disk: None,
            },
        )
    }

    pub fn from_file(path: &Path, parsed: Parsed) -> Self {
        Self::from_parsed(Some(path.to_path_buf()), file_name(path), parsed)
    }

    /// A document from a file read, resolved and checked on the file worker: nothing heavy is left to do.
    pub fn from_prepared(path: Option<PathBuf>, name: String, prepared: Prepared) -> Self {
        let Prepared {
            parsed,
            disk,
            resolved,
            facts,
            warnings,
            ..
        } = prepared;
        Self::with_parts(
            parsed.timeline,
            resolved,
            warnings,
            Some(facts),
            FileInfo {
                path,
                name,
                warnings: parsed.warnings,
                has_comments: parsed.has_comments,
                disk,
            },
        )
    }

    /// A copy of the content without the undo history, for work on another thread (exporting a deck). The
    /// events are shared, so this costs a pointer per event.
    pub fn snapshot(&self) -> Document {
        let plan = self.plan.warnings.clone();
        Self::with_parts(
            self.timeline.clone(),
            self.resolved.clone(),
            plan,
            None,
            FileInfo {
                disk: None,
                ..self.file.clone()
            },
        )
    }

    /// From now on, plan checks after an edit run on a worker of their own, and their warnings are swapped in
    /// when ready (`receive_plan`); `wake` is called each time a result is ready.
    pub fn check_off_thread(&mut self, wake: Waker) {
        if self.plan.checker.is_some() {
            return;
        }
        let facts = self
            .plan
            .facts
            .take()
            .unwrap_or_else(|| Facts::all(&self.timeline, &self.resolved.times));
        self.plan.checker = checks::Checker::start(facts, wake);
    }

    /// Takes the plan warnings a worker found, if they are for the document as it is now. Returns whether the
    /// warnings changed.
    pub fn receive_plan(&mut self) -> bool {
        let Some(checked) = self.plan.checker.as_ref().and_then(checks::Checker::poll) else {
            return false;
        };
        if checked.revision != self.revision {
            // A newer edit is being checked; its result will follow.
            return false;
        }
        self.set_plan(checked.warnings, checked.revision);
        true
    }

    /// Waits until the plan warnings are those of the document as it is now (for tests and benchmarks).
    pub fn wait_for_plan(&mut self) {
        if self.plan.revision == self.revision {
            return;
        }
        let found = self
            .plan
            .checker
            .as_ref()
            .and_then(|c| c.wait_for(self.revision));
        if let Some(checked) = found {
            self.set_plan(checked.warnings, checked.revision);
        }
    }

    fn set_plan(&mut self, warnings: Vec<PlanWarning>, revision: u64) {
        self.plan.flagged = flags(self.timeline.events.len(), &warnings);
        self.plan.warnings = warnings;
        self.plan.revision = revision;
        self.plan.version = next_revision();
    }

    /// Tells this document from every other opened in this run.
    pub fn id(&self) -> u64 {
        self.id
    }

    pub fn timeline(&self) -> &Timeline {
        &self.timeline
    }

    /// Each event's times, and the document order.
    pub fn resolved(&self) -> &Resolved {
        &self.resolved
    }

    /// What cannot work in the plan as written (a principal in two places at once, no time to travel).
    pub fn plan(&self) -> &[PlanWarning] {
        &self.plan.warnings
    }

    /// Changes whenever the plan warnings do.
    pub fn plan_version(&self) -> u64 {
        self.plan.version
    }

    /// Whether the plan warnings are those of the document as it is now (not still being checked).
    pub fn plan_is_current(&self) -> bool {
        self.plan.revision == self.revision
    }

    /// Bumped by every change, undo and redo.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    pub fn history(&self) -> &History {
        &self.history
    }

    pub fn path(&self) -> Option<&Path> {
        self.file.path.as_deref()
    }

    /// The name shown in the title bar.
    pub fn name(&self) -> &str {
        &self.file.name
    }

    /// Warnings about the file found when it was read.
    pub fn load_warnings(&self) -> &[Diagnostic] {
        &self.file.warnings
    }

    /// Whether the file on disk had comments, which saving drops.
    pub fn has_comments(&self) -> bool {
        self.file.has_comments
    }

    /// What the file looked like on disk when it was loaded or last saved.
    pub fn disk(&self) -> Option<DiskState> {
        self.file.disk
    }

    pub fn is_dirty(&self) -> bool {
        self.history.state() != self.saved_state
    }

    /// How many undoable changes lie between the document and its last save.
    pub fn unsaved_changes(&self) -> usize {
        self.history.changes_since(self.saved_state)
    }

    /// Marks the content as not saved anywhere (a restored backup or recovery snapshot).
    pub fn mark_unsaved(&mut self) {
        self.saved_state = u64::MAX;
    }

    /// Records a finished save: history state `state` is now on disk at `path`, which looks like `disk`.
    pub fn saved(&mut self, path: &Path, state: u64, disk: DiskState) {
        self.saved_state = state;
        self.file.disk = Some(disk);
        self.file.has_comments = false;
        self.file.name = file_name(path);
        self.file.path = Some(path.to_path_buf());
    }

    /// Keeps the file this document belongs to (a restored backup or snapshot belongs to the original file).
    pub fn belongs_to(&mut self, path: Option<PathBuf>, name: String, disk: Option<DiskState>) {
        self.file.path = path;
        self.file.name = name;
        self.file.disk = disk;
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

    /// Makes the primitive `changes` another document made (oldest first) to this one, outside its undo history:
    /// for a copy that follows its original, such as the combined programme of several layers.
    pub fn follow(&mut self, changes: Vec<Change>) {
        if changes.is_empty() {
            return;
        }
        for change in &changes {
            change.apply(&mut self.timeline);
        }
        self.changed(changes);
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
    pub fn tags(&self) -> &[Text] {
        self.tags.get_or_init(|| {
            let tags: std::collections::BTreeSet<&Text> =
                self.timeline.events.iter().flat_map(|e| &e.tags).collect();
            tags.into_iter().cloned().collect()
        })
    }

    /// How many events have each value the filter offers.
    pub fn counts(&self) -> &Counts {
        self.counts.get_or_init(|| Counts::of(&self.timeline))
    }

    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.index_of(id).map(|i| &*self.timeline.events[i])
    }

    /// Whether a plan warning involves event `index`.
    pub fn has_warning(&self, index: u32) -> bool {
        self.plan
            .flagged
            .get(index as usize)
            .copied()
            .unwrap_or(false)
    }

    /// The plan warnings that involve event `index`.
    pub fn warnings_for(&self, index: u32) -> impl Iterator<Item = &PlanWarning> {
        self.plan.warnings.iter().filter(move |w| w.involves(index))
    }

    /// The window title: document name, a mark for unsaved changes, and the app's name.
    pub fn window_title(&self) -> String {
        let mark = if self.is_dirty() { "● " } else { "" };
        format!("{mark}{} — Itinera", self.file.name)
    }
}

/// How many events of a document have each value the filter offers: the counts beside its choices.
#[derive(Debug, Default, PartialEq)]
pub struct Counts {
    pub regions: HashMap<crate::model::Region, usize>,
    pub countries: HashMap<crate::model::CountryCode, usize>,
    pub kinds: HashMap<crate::model::EventKind, usize>,
    pub statuses: HashMap<crate::model::Status, usize>,
    pub trips: HashMap<Text, usize>,
    pub principals: HashMap<Text, usize>,
    pub tags: HashMap<Text, usize>,
}

impl Counts {
    fn of(t: &Timeline) -> Counts {
        let mut c = Counts::default();
        for e in &t.events {
            c.count(e, true);
        }
        c
    }

    /// Counts event `e` in (`add`) or out.
    pub(crate) fn count(&mut self, e: &Event, add: bool) {
        fn bump<K: std::hash::Hash + Eq>(map: &mut HashMap<K, usize>, key: K, add: bool) {
            if add {
                *map.entry(key).or_default() += 1;
            } else if let Some(n) = map.get_mut(&key) {
                *n = n.saturating_sub(1);
                if *n == 0 {
                    map.remove(&key);
                }
            }
        }
        if let Some(r) = crate::model::region::region_of(e.place.country.as_str()) {
            bump(&mut self.regions, r, add);
        }
        bump(&mut self.countries, e.place.country, add);
        bump(&mut self.kinds, e.kind, add);
        bump(&mut self.statuses, e.status, add);
        if let Some(trip) = &e.trip {
            bump(&mut self.trips, trip.clone(), add);
        }
        for p in &e.principals {
            bump(&mut self.principals, p.clone(), add);
        }
        for tag in &e.tags {
            bump(&mut self.tags, tag.clone(), add);
        }
    }
}

/// A file's name for the title bar: its last component, or the whole path when it has none.
pub fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

#[cfg(test)]
mod tests;
