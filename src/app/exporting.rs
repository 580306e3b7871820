//! Exports for other tools (a calendar file, a briefing deck), run by the file worker on its export thread so
//! the window stays responsive; the status bar reports how each ended.

use std::path::{Path, PathBuf};

use super::{ItineraApp, Prompt};
use crate::io::ics::{IcsOptions, to_ics};

impl ItineraApp {
    /// An export's place beside the document, named after it: `suffix` follows the document's stem
    /// ("plan" + ".ics", "plan" + "-deck").
    pub(super) fn beside_document(&self, suffix: &str) -> PathBuf {
        let doc = self.doc();
        let name = format!("{}{suffix}", doc.name().trim_end_matches(".ron"));
        doc.path()
            .and_then(Path::parent)
            .map_or_else(|| PathBuf::from(&name), |dir| dir.join(&name))
    }

    /// Asks where to write the calendar file, then writes it.
    pub(super) fn export_ics(&mut self) {
        let suggested = self.beside_document(".ics");
        match self
            .files
            .dialogs
            .pick_export(&suggested, "iCalendar", "ics")
        {
            Some(path) => self.export_ics_to(path),
            None => self.chrome.say(crate::tr!("notice-not-exported-no-dialog")),
        }
    }

    /// Writes the events shown (the filter applies) to `path` as an iCalendar file. Events known only to the
    /// month or year and restricted events are left out, and the status bar says how many.
    pub(super) fn export_ics_to(&mut self, path: PathBuf) {
        self.refresh_visible();
        let doc = self.doc();
        // Events are shared: these copies cost a pointer per event.
        let timeline = doc.timeline().clone();
        let times = doc.resolved().times.clone();
        let shown = self.shown.events().to_vec();
        self.chrome.say(crate::tr!("notice-exporting-calendar"));
        self.files.export(Box::new(move || {
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
                Ok(()) => crate::tr!(
                    "notice-exported",
                    what = export.summary(),
                    path = path.display().to_string()
                ),
                Err(e) => crate::tr!(
                    "notice-calendar-not-written",
                    path = path.display().to_string(),
                    why = crate::io::saver::describe(&e, &path)
                ),
            }
        }));
    }

    /// Opens the prompt for a typed calendar path (the platform dialog may be unavailable).
    pub(super) fn prompt_ics_path(&mut self) {
        self.chrome.prompt = Some(Prompt::ExportIcsPath(
            self.beside_document(".ics").display().to_string(),
        ));
    }
}
