//! Saving the document and keeping its recovery snapshot: a save goes to the file worker with what the file
//! looked like, and its outcome is taken here; unsaved work is written to the recovery folder once edits rest,
//! and that snapshot goes once the document is saved or discarded.

use std::path::{Path, PathBuf};

use super::RETRY_AFTER_FAILURE;
use crate::app::{ItineraApp, Prompt};
use crate::io::recovery::{self, RecoveryInfo};
use crate::io::saver::{DiskState, SaveError};
use crate::io::worker::Job;
use crate::view::Request;

impl ItineraApp {
    /// Records how a save ended: the saved state, or what went wrong, the document staying unsaved.
    pub(super) fn saved(
        &mut self,
        path: &Path,
        state: u64,
        result: Result<DiskState, SaveError>,
        doc_id: Option<u64>,
    ) {
        let ours = doc_id == Some(self.doc().id());
        match result {
            Ok(disk) => {
                if ours {
                    let moved = self.doc().path() != Some(path);
                    self.docs.active_mut().saved(path, state, disk);
                    if moved {
                        self.files.watch(&self.docs);
                    }
                    if !self.doc().is_dirty() {
                        self.drop_recovery();
                    }
                }
                self.ui_state.remember(path.to_path_buf());
                self.chrome.say(crate::tr!(
                    "notice-saved",
                    path = path.display().to_string()
                ));
                if let Some(then) = self.files.after_save.take() {
                    self.request(Request::Discarding(then));
                }
            }
            Err(SaveError::ChangedOnDisk) => {
                self.files.after_save = None;
                self.files.quit_after_save = false;
                self.chrome.refuse(format!(
                    "{} changed on disk; it was not overwritten",
                    path.display()
                ));
                self.chrome.prompt = Some(Prompt::ChangedOnDisk(path.to_path_buf()));
            }
            Err(SaveError::Failed(why)) => {
                self.files.after_save = None;
                self.files.quit_after_save = false;
                let kept = if self.doc().is_dirty() {
                    crate::tr!("prompt-not-saved-kept-changes")
                } else {
                    crate::tr!("prompt-not-saved-kept-document")
                };
                self.chrome.refuse(crate::tr!(
                    "notice-could-not-save",
                    path = path.display().to_string(),
                    why = why.as_str(),
                    kept = kept
                ));
                self.chrome.prompt = Some(Prompt::SaveFailed(why));
            }
        }
    }

    /// Saves to `path`, asking first when that drops the file's comments.
    pub(in crate::app) fn save_to(&mut self, path: PathBuf) {
        let doc = self.doc();
        if doc.has_comments()
            && doc.path() == Some(path.as_path())
            && self.files.comments_confirmed.as_ref() != Some(&path)
        {
            self.chrome.prompt = Some(Prompt::ConfirmDropComments(path));
            return;
        }
        self.queue_save(path, false);
    }

    /// Hands a save of the document to the worker; `force` overwrites a file someone else changed.
    pub(in crate::app) fn queue_save(&mut self, path: PathBuf, force: bool) {
        let doc = self.docs.active();
        // The content the file had when it was loaded or last saved; a different target is the user's choice.
        let expected = if doc.path() == Some(path.as_path()) {
            doc.disk()
        } else {
            None
        };
        self.files.saving.push_back(doc.id());
        self.files.worker.submit(Job::Save {
            timeline: doc.timeline().clone(),
            path: path.clone(),
            expected,
            force,
            state: doc.history().state(),
        });
        self.chrome.say(crate::tr!(
            "notice-saving",
            path = path.display().to_string()
        ));
    }

    /// Writes a recovery snapshot once edits have rested for the recovery delay.
    pub(in crate::app) fn snapshot_for_recovery(&mut self, now: f64) {
        let doc = self.docs.active();
        let state = doc.history().state();
        let recovery = &mut self.files.recovery;
        if !doc.is_dirty() || recovery.asked_state == Some(state) {
            return;
        }
        if recovery
            .last_change
            .as_ref()
            .is_none_or(|(s, _)| *s != state)
        {
            recovery.last_change = Some((state, now));
        }
        let Some((_, since)) = recovery.last_change else {
            return;
        };
        // After a failure, the next try waits a little longer, so a disk that refuses is not hammered.
        let rest = if recovery.failing.is_some() {
            self.files.recovery_delay.max(RETRY_AFTER_FAILURE)
        } else {
            self.files.recovery_delay
        };
        if now - since < rest.as_secs_f64() {
            self.egui_ctx.request_repaint_after(rest);
            return;
        }
        let Some(data) = self.files.data_dir.clone() else {
            return;
        };
        let info = RecoveryInfo {
            path: doc.path().map(Path::to_path_buf),
            written: chrono::Utc::now().to_rfc3339(),
            changes: doc.unsaved_changes(),
        };
        recovery.asked_state = Some(state);
        // Written on the worker, in order with saves and deletions: a later write never loses to an earlier one.
        self.files.worker.submit(Job::Snapshot {
            data,
            stem: recovery::stem(doc.path()),
            timeline: doc.timeline().clone(),
            info,
        });
    }

    /// Deletes the recovery snapshot of the current document (after a save or a discard).
    pub(in crate::app) fn drop_recovery(&mut self) {
        self.files.recovery.asked_state = None;
        let Some(data) = self.files.data_dir.clone() else {
            return;
        };
        let stem = recovery::stem(self.doc().path());
        self.files.worker.submit(Job::DropSnapshot { data, stem });
    }
}
