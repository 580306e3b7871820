//! Exports for other tools (a briefing deck, a calendar file), written on a worker thread so the window
//! stays responsive; the status bar reports how each ended.

use std::path::{Path, PathBuf};

use super::ItineraApp;
use crate::io::ics::{IcsOptions, to_ics};

impl ItineraApp {
    /// Runs `work` on a named worker thread (inline when file work is synchronous, as in tests). It returns
    /// the message the status bar shows when it ends.
    pub(super) fn start_export(
        &mut self,
        what: &str,
        ctx: &egui::Context,
        work: impl FnOnce() -> String + Send + 'static,
    ) {
        if self.synchronous_io {
            self.notice = Some(work());
            return;
        }
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("itinera-export".into())
            .spawn(move || {
                let message = work();
                // Wake the window so the status bar reports the result.
                ctx.request_repaint();
                message
            });
        match spawned {
            Ok(job) => {
                self.export_job = Some(job);
                self.notice = Some(format!("Exporting {what}…"));
            }
            Err(e) => self.notice = Some(format!("Could not start exporting {what}: {e}")),
        }
    }

    /// Reports a finished export in the status bar.
    pub(super) fn poll_export(&mut self) {
        if !self
            .export_job
            .as_ref()
            .is_some_and(std::thread::JoinHandle::is_finished)
        {
            return;
        }
        if let Some(job) = self.export_job.take() {
            self.notice = Some(
                job.join()
                    .unwrap_or_else(|_| "The export stopped unexpectedly".into()),
            );
        }
    }

    /// An export's place beside the document, named after it: `suffix` follows the document's stem
    /// ("plan" + ".ics", "plan" + "-deck").
    pub(super) fn beside_document(&self, suffix: &str) -> PathBuf {
        let name = format!("{}{suffix}", self.doc.name.trim_end_matches(".ron"));
        self.doc
            .path
            .as_deref()
            .and_then(Path::parent)
            .map_or_else(|| PathBuf::from(&name), |dir| dir.join(&name))
    }

    /// Asks where to write the calendar file, then writes it.
    pub(super) fn export_ics(&mut self, ctx: &egui::Context) {
        let suggested = self.beside_document(".ics");
        match self.dialogs.pick_export(&suggested, "iCalendar", "ics") {
            Some(path) => self.export_ics_to(path, ctx),
            None => {
                self.notice = Some(
                    "Not exported. Without a desktop file dialog, use File → Export calendar to path…"
                        .into(),
                );
            }
        }
    }

    /// Writes the events shown (the filter applies) to `path` as an iCalendar file. Events known only to the
    /// month or year and restricted events are left out, and the status bar says how many.
    pub(super) fn export_ics_to(&mut self, path: PathBuf, ctx: &egui::Context) {
        self.refresh_visible();
        let timeline = self.doc.timeline.clone();
        let times = self.doc.resolved.times.clone();
        let shown = self.visible.clone();
        self.start_export("the calendar", ctx, move || {
            let export = to_ics(
                &timeline,
                &times,
                shown,
                IcsOptions {
                    include_restricted: false,
                    stamp: chrono::Utc::now(),
                },
            );
            match crate::io::save_atomic(&path, export.text.as_bytes()) {
                Ok(()) => format!("Exported {} to {}", export.summary(), path.display()),
                Err(e) => format!(
                    "The calendar could not be written to {}: {e}",
                    path.display()
                ),
            }
        });
    }

    /// Opens the prompt for a typed calendar path (the platform dialog may be unavailable).
    pub(super) fn prompt_ics_path(&mut self) {
        self.prompt = Some(super::Prompt::ExportIcsPath(
            self.beside_document(".ics").display().to_string(),
        ));
    }
}
