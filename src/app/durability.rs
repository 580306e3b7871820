//! Never losing an edit: saves go to the save worker, outcomes are reported, changes made to the file by someone
//! else are noticed (the folder is watched), and unsaved work is snapshotted for crash recovery.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};

use notify::Watcher as _;
use serde::{Deserialize, Serialize};

use super::document::Document;
use super::{Action, ItineraApp, Prompt};
use crate::io::saver::{DiskState, SaveError, SaveJob};
use crate::io::{self, save_atomic};

/// Watches the folder of the open file (a file replaced by rename stops reporting; its folder does not).
pub struct FolderWatch {
    _watcher: notify::RecommendedWatcher,
    pub folder: PathBuf,
    /// The file whose events are passed on.
    pub file: Option<PathBuf>,
    pub events: Receiver<notify::Result<notify::Event>>,
}

/// What a recovery snapshot says about itself.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RecoveryInfo {
    /// The file the unsaved work belongs to, if it had one.
    pub path: Option<PathBuf>,
    /// When the snapshot was written (RFC 3339).
    pub written: String,
    /// Undoable changes since the last save.
    pub changes: usize,
}

/// The per-user data folder: backups and recovery snapshots live here, never beside the file.
pub fn default_data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "Itinera").map(|d| d.data_dir().to_path_buf())
}

fn recovery_dir(data: &Path) -> PathBuf {
    data.join("recovery")
}

/// Recovery snapshots waiting in `data`, as (snapshot file, info).
pub fn pending_recoveries(data: &Path) -> Vec<(PathBuf, RecoveryInfo)> {
    let Ok(entries) = std::fs::read_dir(recovery_dir(data)) else {
        return Vec::new();
    };
    let mut found: Vec<(PathBuf, RecoveryInfo)> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "info"))
        .filter_map(|info| {
            let meta: RecoveryInfo = ron::from_str(&std::fs::read_to_string(&info).ok()?).ok()?;
            Some((info.with_extension("ron"), meta))
        })
        .filter(|(snapshot, _)| snapshot.exists())
        .collect();
    found.sort_by(|a, b| a.0.cmp(&b.0));
    found
}

impl ItineraApp {
    /// Queues a save of the document to `path` on the save worker.
    pub(super) fn save_to(&mut self, path: PathBuf) {
        if self.doc.has_comments
            && self.doc.path.as_ref() == Some(&path)
            && self.comments_confirmed.as_ref() != Some(&path)
        {
            self.prompt = Some(Prompt::ConfirmDropComments(path));
            return;
        }
        self.queue_save(path, false);
    }

    pub(super) fn queue_save(&mut self, path: PathBuf, force: bool) {
        // The content the file had when it was loaded or last saved; a different target is the user's choice.
        let expected = if self.doc.path.as_ref() == Some(&path) {
            self.doc.disk
        } else {
            None
        };
        let job = SaveJob {
            bytes: io::serialize(&self.doc.timeline).into_bytes(),
            path: path.clone(),
            expected,
            force,
            state: self.doc.history.state(),
        };
        self.saver.save(job, &self.egui_ctx);
        self.notice = Some(format!("Saving {}…", path.display()));
    }

    /// Takes finished saves: marks the saved state, or says what went wrong and keeps the document unsaved.
    pub(super) fn receive_saves(&mut self, ctx: &egui::Context) {
        for outcome in self.saver.finished() {
            let path = outcome.path;
            match outcome.result {
                Ok(disk) => {
                    self.doc.saved_state = outcome.state;
                    self.doc.disk = Some(disk);
                    self.doc.has_comments = false;
                    self.doc.name = path.file_name().map_or_else(
                        || path.display().to_string(),
                        |n| n.to_string_lossy().into_owned(),
                    );
                    if self.doc.path.as_ref() != Some(&path) {
                        self.doc.path = Some(path.clone());
                        self.watch_folder();
                    }
                    self.ui_state.remember(path.clone());
                    self.notice = Some(format!("Saved {}", path.display()));
                    if !self.doc.is_dirty() {
                        self.drop_recovery();
                    }
                    if let Some(then) = self.after_save.take() {
                        self.request(Action::Discarding(then));
                    }
                }
                Err(SaveError::ChangedOnDisk) => {
                    self.after_save = None;
                    self.notice = Some(format!(
                        "{} changed on disk; it was not overwritten",
                        path.display()
                    ));
                    self.prompt = Some(Prompt::ChangedOnDisk(path));
                }
                Err(SaveError::Failed(why)) => {
                    self.after_save = None;
                    self.quit_after_save = false;
                    self.notice = Some(format!(
                        "Could not save {}: {why}. The document is still open and unsaved.",
                        path.display()
                    ));
                    self.prompt = Some(Prompt::SaveFailed(why));
                }
            }
        }
        if self.quit_after_save && self.saver.in_flight() == 0 {
            self.quit_after_save = false;
            self.allow_close = true;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    /// Watches the open file's folder for changes made by someone else.
    pub(super) fn watch_folder(&mut self) {
        let Some(folder) = self
            .doc
            .path
            .as_ref()
            .and_then(|p| p.parent())
            .map(Path::to_path_buf)
        else {
            self.watch = None;
            return;
        };
        let folder = if folder.as_os_str().is_empty() {
            PathBuf::from(".")
        } else {
            folder
        };
        if self
            .watch
            .as_ref()
            .is_some_and(|w| w.folder == folder && w.file == self.doc.path)
        {
            return;
        }
        let (sender, events) = channel();
        let ctx = self.egui_ctx.clone();
        let name = self
            .doc
            .path
            .as_ref()
            .and_then(|p| p.file_name())
            .map(|n| n.to_os_string());
        let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
            // Only the open file matters; temp files and neighbours do not wake the window.
            // Reading the file (as the app does to compare it) is not a change.
            let ours = event.as_ref().map_or(true, |e| {
                !matches!(e.kind, notify::EventKind::Access(_))
                    && e.paths
                        .iter()
                        .any(|p| p.file_name().map(|n| n.to_os_string()) == name)
            });
            if ours {
                let _ = sender.send(event);
                ctx.request_repaint();
            }
        });
        self.watch = watcher.ok().and_then(|mut w| {
            w.watch(&folder, notify::RecursiveMode::NonRecursive).ok()?;
            Some(FolderWatch {
                _watcher: w,
                folder,
                file: self.doc.path.clone(),
                events,
            })
        });
    }

    /// Reloads a file someone else changed, or asks when there are local edits. Never overwrites.
    pub(super) fn receive_file_events(&mut self) {
        let Some(watch) = &self.watch else { return };
        let Some(path) = self.doc.path.clone() else {
            return;
        };
        let name = path.file_name().map(|n| n.to_os_string());
        let touched = watch.events.try_iter().filter_map(Result::ok).any(|e| {
            e.paths
                .iter()
                .any(|p| p.file_name().map(|n| n.to_os_string()) == name)
        });
        // Our own saves change the file too; they are recognised by content once they are done.
        if !touched || self.saver.in_flight() > 0 || self.loader.busy().is_some() {
            return;
        }
        let Ok(now) = DiskState::of_file(&path) else {
            return;
        };
        if self.doc.disk.is_some_and(|d| d.same_content(&now)) {
            return;
        }
        if self.doc.is_dirty() {
            // A question already on screen (about this very file, most likely) is not replaced.
            if self.prompt.is_none() {
                self.prompt = Some(Prompt::ExternalChange(path));
            }
        } else {
            self.keep_view_on_reload = true;
            self.loader.start(path, &self.egui_ctx);
        }
    }

    /// Writes a recovery snapshot once edits have rested for the recovery delay.
    pub(super) fn snapshot_for_recovery(&mut self, now: f64) {
        let state = self.doc.history.state();
        if !self.doc.is_dirty() || self.recovered_state == Some(state) {
            return;
        }
        if self.last_change.as_ref().is_none_or(|(s, _)| *s != state) {
            self.last_change = Some((state, now));
        }
        let Some((_, since)) = self.last_change else {
            return;
        };
        if now - since < self.recovery_delay.as_secs_f64() {
            self.egui_ctx.request_repaint_after(self.recovery_delay);
            return;
        }
        let Some(data) = self.data_dir.clone() else {
            return;
        };
        let info = RecoveryInfo {
            path: self.doc.path.clone(),
            written: chrono::Utc::now().to_rfc3339(),
            changes: self.doc.history.changes_since(self.doc.saved_state),
        };
        let text = io::serialize(&self.doc.timeline);
        let stem = recovery_stem(self.doc.path.as_deref());
        self.recovered_state = Some(state);
        // Written atomically, off the UI thread, and in order: a slow older write never lands over a newer one.
        self.recovery_writes.spawn("itinera-recovery", move || {
            let dir = recovery_dir(&data);
            if std::fs::create_dir_all(&dir).is_ok() {
                let _ = save_atomic(&dir.join(format!("{stem}.ron")), text.as_bytes());
                if let Ok(meta) = ron::to_string(&info) {
                    let _ = save_atomic(&dir.join(format!("{stem}.info")), meta.as_bytes());
                }
            }
        });
    }

    /// Deletes the recovery snapshot of the current document (after a save or a discard).
    pub(super) fn drop_recovery(&mut self) {
        self.recovered_state = None;
        let Some(data) = &self.data_dir else { return };
        let dir = recovery_dir(data);
        let stem = recovery_stem(self.doc.path.as_deref());
        // After any snapshot being written; ones not yet written are dropped, so none comes back.
        self.recovery_writes.now(|| {
            for ext in ["ron", "info"] {
                let _ = std::fs::remove_file(dir.join(format!("{stem}.{ext}")));
            }
        });
    }

    /// Opens a recovery snapshot as the document, unsaved, belonging to its original file.
    pub(super) fn restore_snapshot(&mut self, snapshot: &Path, info: &RecoveryInfo) {
        match io::load(snapshot) {
            Ok(parsed) => {
                let mut doc = Document::from_parsed(
                    info.path.clone(),
                    info.path.as_ref().map_or_else(
                        || "Recovered".into(),
                        |p| {
                            p.file_name().map_or_else(
                                || p.display().to_string(),
                                |n| n.to_string_lossy().into_owned(),
                            )
                        },
                    ),
                    parsed,
                );
                doc.mark_unsaved();
                doc.disk = info
                    .path
                    .as_deref()
                    .and_then(|p| DiskState::of_file(p).ok());
                self.doc = doc;
                self.selection.clear();
                self.timeline.request_fit_all();
                self.watch_folder();
                self.notice = Some(format!(
                    "Restored {} unsaved changes; save to keep them",
                    info.changes
                ));
            }
            Err(e) => self.notice = Some(format!("The recovery snapshot could not be read: {e}")),
        }
    }

    /// Opens a backup as the document's content, unsaved, still belonging to the original file.
    pub(super) fn restore_backup(&mut self, backup: &Path) {
        match io::load(backup) {
            Ok(parsed) => {
                let (path, name) = (self.doc.path.clone(), self.doc.name.clone());
                let disk = self.doc.disk;
                let mut doc = Document::from_parsed(path, name, parsed);
                doc.disk = disk;
                doc.mark_unsaved();
                self.doc = doc;
                self.selection.clear();
                self.notice = Some(format!(
                    "Restored the backup of {}; save to keep it",
                    backup.display()
                ));
            }
            Err(e) => self.notice = Some(format!("The backup could not be read: {e}")),
        }
    }
}

/// A snapshot's file name: the document's name and a hash of its full path.
fn recovery_stem(path: Option<&Path>) -> String {
    use std::hash::{Hash as _, Hasher as _};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    path.hash(&mut h);
    let name = path
        .and_then(|p| p.file_stem())
        .map_or_else(|| "untitled".into(), |n| n.to_string_lossy().into_owned());
    format!("{name}-{:016x}", h.finish())
}
