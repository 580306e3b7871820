//! Never losing an edit: opening, saving, restoring and recovery snapshots go to the file worker, and what it
//! reports is taken here. A file changed by someone else is reloaded when there are no edits, and asked about
//! when there are; a save never overwrites it without asking; a recovery snapshot that cannot be written says so
//! and keeps trying. Saving and the recovery snapshot themselves are in `saving`.

mod saving;

use std::collections::VecDeque;
use std::path::{Path, PathBuf};

use super::dialogs::FileDialogs;
use super::{ItineraApp, Prompt};
use crate::document::{Document, Documents, Waker, file_name};
use crate::io::progress::Progress;
use crate::io::recovery::{self, RecoveryInfo};
use crate::io::saver::DiskState;
use crate::io::worker::{FileWorker, Job, Outcome};
use crate::io::{OpenError, Prepared};
use crate::view::Request;

/// How long a recovery snapshot that failed waits at least before it is tried again.
const RETRY_AFTER_FAILURE: std::time::Duration = std::time::Duration::from_secs(2);

/// What a file is being read for.
#[derive(Clone, Debug)]
pub enum Purpose {
    /// Open it as the document.
    Open,
    /// Someone else changed the open file and there are no edits: read it again, keeping the view.
    Reload,
    /// A saved backup's content, for the document's own file.
    RestoreBackup {
        path: Option<PathBuf>,
        name: String,
        disk: Option<DiskState>,
    },
    /// Unsaved work from an earlier run, for the file it belongs to.
    RestoreSnapshot(RecoveryInfo),
    /// Open it as a layer beside the documents already open.
    AddLayer,
    /// Someone else changed the file of a layer not being edited, which has no edits: read it again.
    ReloadLayer,
}

/// Crash-recovery bookkeeping for the document being edited.
#[derive(Default)]
struct Recovery {
    /// The history state of the last change and when it was seen, for the recovery timer.
    last_change: Option<(u64, f64)>,
    /// The history state the last snapshot asked for holds.
    asked_state: Option<u64>,
    /// Why the last snapshot failed, while snapshots fail.
    failing: Option<String>,
}

/// File work and what waits on it.
pub struct Files {
    worker: FileWorker,
    pub(super) dialogs: Box<dyn FileDialogs>,
    data_dir: Option<PathBuf>,
    recovery_delay: std::time::Duration,
    synchronous: bool,
    wake: Waker,
    /// The load whose result is awaited: its ticket, file and purpose. A newer load supersedes it.
    loading: Option<(u64, PathBuf, Purpose)>,
    next_ticket: u64,
    /// Per save handed to the worker, in order: the document it saves.
    saving: VecDeque<u64>,
    recovery: Recovery,
    /// The recovery snapshot offered at start, with what it says of itself.
    offered: Option<(PathBuf, RecoveryInfo)>,
    /// Saving over a commented file was confirmed for this path.
    pub(super) comments_confirmed: Option<PathBuf>,
    /// A request waiting for a save to finish (Save in the unsaved-changes prompt).
    pub(super) after_save: Option<Box<Request>>,
    /// Close the window once the saves in flight are done.
    pub(super) quit_after_save: bool,
    /// Documents whose unsaved changes the user chose to drop on closing the window (by document id).
    pub(super) quit_discarded: Vec<u64>,
    /// Layers to open, or to read again, waiting for the load before them.
    pub(super) pending_layers: VecDeque<(PathBuf, Purpose)>,
    /// Layers' files someone else changed while the layer had edits: asked about when it is made the one edited.
    pub(super) changed_elsewhere: std::collections::HashSet<PathBuf>,
    /// The file being read to import, by name, and how far the reading has got.
    importing: Option<(String, Progress)>,
}

impl Files {
    pub fn new(
        worker: FileWorker,
        dialogs: Box<dyn FileDialogs>,
        data_dir: Option<PathBuf>,
        recovery_delay: std::time::Duration,
        synchronous: bool,
        wake: Waker,
    ) -> Files {
        Files {
            worker,
            dialogs,
            data_dir,
            recovery_delay: recovery_delay.min(std::time::Duration::from_secs(30)),
            synchronous,
            wake,
            loading: None,
            importing: None,
            next_ticket: 1,
            saving: VecDeque::new(),
            recovery: Recovery::default(),
            offered: None,
            comments_confirmed: None,
            after_save: None,
            quit_after_save: false,
            quit_discarded: Vec::new(),
            pending_layers: VecDeque::new(),
            changed_elsewhere: std::collections::HashSet::new(),
        }
    }

    /// Starts reading `path` for `purpose`; a load already running is superseded.
    pub fn open(&mut self, path: PathBuf, purpose: Purpose) {
        let ticket = self.next_ticket;
        self.next_ticket += 1;
        let compare = match &purpose {
            Purpose::RestoreSnapshot(info) => info.path.clone(),
            _ => None,
        };
        self.loading = Some((ticket, path.clone(), purpose));
        self.worker.submit(Job::Load {
            ticket,
            path,
            compare,
        });
    }

    /// The file being read, if any.
    pub fn opening(&self) -> Option<&Path> {
        self.loading.as_ref().map(|(_, path, _)| path.as_path())
    }

    /// Whether file work is under way that the window should look back for.
    pub fn busy(&self) -> bool {
        let busy = self.worker.in_flight();
        self.loading.is_some() || busy.saves > 0 || busy.exports > 0 || busy.imports > 0
    }

    /// Whether saves are under way.
    pub fn worker_saving(&self) -> bool {
        self.worker.in_flight().saves > 0
    }

    /// Runs a document's plan checks off the edit path, unless file work runs on this thread (tests).
    pub fn checks_off_thread(&self, doc: &mut Document) {
        if !self.synchronous {
            doc.check_off_thread(std::sync::Arc::clone(&self.wake));
        }
    }

    /// The first recovery snapshot an earlier run left, remembered so it can be restored.
    pub fn pending_recovery(&mut self) -> Option<(PathBuf, RecoveryInfo)> {
        let found = recovery::pending(self.data_dir.as_deref()?)
            .into_iter()
            .next()?;
        self.offered = Some(found.clone());
        Some(found)
    }

    /// Where saved versions are kept (the per-user data folder).
    pub fn backups_dir(&self) -> Option<PathBuf> {
        self.data_dir.as_ref().map(|d| d.join("backups"))
    }

    /// Hands an export to the worker; `work` returns the status bar's message.
    pub fn export(&mut self, work: crate::io::worker::ExportWork) {
        self.worker.submit(Job::Export(work));
    }

    /// Reads a spreadsheet or a calendar to import (`name` is the file's, for the status bar), and works it out
    /// against `timeline`.
    pub fn read_import(
        &mut self,
        path: PathBuf,
        name: String,
        sheet: Option<String>,
        timeline: crate::model::Timeline,
    ) {
        let progress = Progress::default();
        self.importing = Some((name, progress.clone()));
        self.worker.submit(Job::ReadImport {
            path,
            sheet,
            timeline,
            progress,
        });
    }

    /// The file being read to import, and how far the reading has got.
    pub fn importing(&self) -> Option<(&str, Option<crate::io::progress::Step>)> {
        self.importing
            .as_ref()
            .map(|(name, progress)| (name.as_str(), progress.step()))
    }

    /// Works a file to import out again after its mapping changed.
    pub fn rework_import(&mut self, rework: crate::io::incoming::Rework) {
        self.worker.submit(Job::ReworkImport(Box::new(rework)));
    }

    /// Lists the earlier versions of `file` (backups, git revisions), to compare with.
    pub fn list_versions(&mut self, file: PathBuf) {
        let backups = self.backups_dir();
        self.worker.submit(Job::ListVersions { file, backups });
    }

    /// Reads an earlier version, to compare with.
    pub fn read_version(&mut self, version: crate::io::versions::Version) {
        self.worker.submit(Job::ReadVersion(version));
    }

    /// What a thread working for the window calls when done: nothing while file work runs on this thread
    /// (tests), so that work is done at once.
    pub fn waker(&self) -> Option<&Waker> {
        (!self.synchronous).then_some(&self.wake)
    }

    /// Another document became the one being edited: crash recovery starts afresh for it.
    pub(super) fn switched_to(&mut self, docs: &Documents) {
        self.recovery = Recovery::default();
        self.watch(docs);
    }

    /// Watches every open file (each layer's) for changes made by someone else.
    pub(super) fn watch(&mut self, docs: &Documents) {
        let files = docs
            .iter()
            .filter_map(|o| Some((o.doc.path()?.to_path_buf(), o.doc.disk())))
            .collect();
        self.worker.submit(Job::Watch(files));
    }
}

impl ItineraApp {
    /// Puts a freshly read document in place, as its purpose says.
    fn opened(
        &mut self,
        path: &Path,
        purpose: Purpose,
        prepared: Prepared,
        compared: Option<DiskState>,
    ) {
        if matches!(purpose, Purpose::ReloadLayer) {
            self.layer_reloaded(path, prepared);
            return;
        }
        if matches!(purpose, Purpose::AddLayer) {
            let mut doc =
                Document::from_prepared(Some(path.to_path_buf()), file_name(path), prepared);
            self.files.checks_off_thread(&mut doc);
            self.docs.add_layer(doc);
            self.files.watch(&self.docs);
            self.ui_state.remember(path.to_path_buf());
            self.chrome.say(crate::tr!(
                "notice-layer-added",
                path = path.display().to_string()
            ));
            return;
        }
        let index = prepared.index.clone();
        let mut doc = match &purpose {
            Purpose::AddLayer | Purpose::ReloadLayer => return,
            Purpose::Open | Purpose::Reload => {
                Document::from_prepared(Some(path.to_path_buf()), file_name(path), prepared)
            }
            Purpose::RestoreBackup { path, name, disk } => {
                let mut doc = Document::from_prepared(path.clone(), name.clone(), prepared);
                doc.belongs_to(path.clone(), name.clone(), *disk);
                doc.mark_unsaved();
                doc
            }
            Purpose::RestoreSnapshot(info) => {
                let name = info
                    .path
                    .as_deref()
                    .map_or_else(|| crate::tr!("recovered-name"), file_name);
                let mut doc = Document::from_prepared(info.path.clone(), name.clone(), prepared);
                doc.belongs_to(info.path.clone(), name, compared);
                doc.mark_unsaved();
                doc
            }
        };
        self.shown = Default::default();
        self.shown.set_index(doc.revision(), index);
        self.files.recovery = Recovery::default();
        match purpose {
            // Taken above: a layer leaves the active document as it is.
            Purpose::AddLayer | Purpose::ReloadLayer => {}
            Purpose::Reload => {
                self.files.checks_off_thread(&mut doc);
                let open = self.docs.active_open();
                let selection = std::mem::take(&mut open.selection);
                open.doc = doc;
                open.selection = selection;
                open.selection.retain_existing(&open.doc);
                self.chrome.say(crate::tr!(
                    "notice-reloaded",
                    path = path.display().to_string()
                ));
            }
            Purpose::Open => {
                self.replace_document(
                    doc,
                    crate::tr!("notice-opened", path = path.display().to_string()),
                );
                self.ui_state.remember(path.to_path_buf());
                self.chrome.load_error = None;
            }
            Purpose::RestoreBackup { .. } => {
                self.replace_document(
                    doc,
                    crate::tr!("notice-restored-backup", path = path.display().to_string()),
                );
            }
            Purpose::RestoreSnapshot(info) => {
                self.replace_document(
                    doc,
                    crate::tr!("notice-restored-snapshot", count = info.changes),
                );
            }
        }
        self.files.watch(&self.docs);
    }

    /// Makes `doc` the document being edited, with nothing selected and every event in view.
    pub(super) fn replace_document(&mut self, mut doc: Document, notice: String) {
        self.files.checks_off_thread(&mut doc);
        self.docs.replace_active(doc);
        self.views.timeline.request_fit_all();
        self.chrome.say(notice);
        self.files.comments_confirmed = None;
    }

    fn load_failed(&mut self, path: &Path, error: OpenError) {
        if std::mem::take(&mut self.chrome.opening_at_start) {
            self.chrome.refuse(crate::tr!(
                "notice-could-not-open",
                path = path.display().to_string()
            ));
            self.chrome.load_error_note =
                crate::tr!("problems-started-empty", path = path.display().to_string());
        } else {
            self.chrome.refuse(crate::tr!(
                "notice-could-not-open-kept",
                path = path.display().to_string()
            ));
            self.chrome.load_error_note = crate::tr!("problems-kept");
        }
        self.chrome.load_error = Some(error.to_string());
    }

    /// Takes what the file worker finished.
    pub(super) fn receive_files(&mut self, ctx: &egui::Context) {
        for outcome in self.files.worker.poll() {
            match outcome {
                Outcome::Loaded {
                    ticket,
                    path,
                    result,
                    compared,
                } => {
                    let Some((awaited, _, _)) = &self.files.loading else {
                        continue;
                    };
                    if *awaited != ticket {
                        // Superseded by a newer load.
                        continue;
                    }
                    let Some((_, _, purpose)) = self.files.loading.take() else {
                        continue;
                    };
                    if result.is_ok() {
                        self.chrome.opening_at_start = false;
                    }
                    match result {
                        Ok(prepared) => self.opened(&path, purpose, *prepared, compared),
                        Err(error) => self.load_failed(&path, error),
                    }
                }
                Outcome::Saved {
                    path,
                    state,
                    result,
                } => {
                    let doc_id = self.files.saving.pop_front();
                    self.saved(&path, state, result, doc_id);
                }
                Outcome::SnapshotWritten => {
                    if self.files.recovery.failing.take().is_some() {
                        self.chrome.say(crate::tr!("notice-protected-again"));
                    }
                }
                Outcome::SnapshotFailed(why) => {
                    self.chrome
                        .refuse(crate::tr!("notice-snapshot-failed", why = why.to_string()));
                    // Try again after another rest.
                    self.files.recovery.asked_state = None;
                    if let Some((_, since)) = &mut self.files.recovery.last_change {
                        *since = ctx.input(|i| i.time);
                    }
                    self.files.recovery.failing = Some(why);
                }
                Outcome::ChangedOnDisk { path, .. } => self.changed_on_disk(path),
                Outcome::Exported(message) => self.chrome.say(message),
                Outcome::ImportRead { path, result } => {
                    self.files.importing = None;
                    self.import_read(path, result);
                }
                Outcome::ImportReworked { ticket, worked } => {
                    if let Some(session) = &mut self.chrome.import {
                        session.reworked(ticket, worked.map(|w| *w));
                    }
                }
                Outcome::Versions {
                    file,
                    backups,
                    revisions,
                } => self.comparing.listed(file, backups, revisions),
                Outcome::VersionRead { version, result } => self.version_read(version, result),
            }
        }
        if self.files.loading.is_none()
            && let Some((next, purpose)) = self.files.pending_layers.pop_front()
        {
            self.files.open(next, purpose);
        }
        if self.files.quit_after_save && self.files.worker.in_flight().saves == 0 {
            self.files.quit_after_save = false;
            self.chrome.allow_close = true;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    /// Someone else changed the open file: reload it when there are no edits, or ask. Another layer's file is
    /// the layer's to look after (`layer_changed_on_disk`).
    pub(super) fn changed_on_disk(&mut self, path: PathBuf) {
        if self.doc().path() != Some(path.as_path()) {
            self.layer_changed_on_disk(path);
            return;
        }
        if self.files.loading.is_some() {
            return;
        }
        if self.doc().is_dirty() {
            // A question already on screen (about this very file, most likely) is not replaced.
            if self.chrome.prompt.is_none() {
                self.chrome.prompt = Some(Prompt::ExternalChange(path));
            }
        } else {
            self.files.open(path, Purpose::Reload);
        }
    }

    /// Opens the recovery snapshot offered at start, unsaved, for the file it belongs to.
    pub(super) fn restore_snapshot(&mut self, snapshot: PathBuf) {
        match self.files.offered.take().filter(|(s, _)| *s == snapshot) {
            Some((_, info)) => self.files.open(snapshot, Purpose::RestoreSnapshot(info)),
            None => self.chrome.refuse(crate::tr!("notice-snapshot-gone")),
        }
    }

    /// Opens a backup as the document's content, unsaved, still belonging to the original file.
    pub(super) fn restore_backup(&mut self, backup: PathBuf) {
        let doc = self.doc();
        let purpose = Purpose::RestoreBackup {
            path: doc.path().map(Path::to_path_buf),
            name: doc.name().to_owned(),
            disk: doc.disk(),
        };
        self.files.open(backup, purpose);
    }
}
