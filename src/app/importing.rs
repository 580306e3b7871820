//! Spreadsheets and calendars in, spreadsheets out. The file is read on the file worker; the import window then
//! shows its mapping and preview, and only Import changes the document, as one undoable step. A spreadsheet of
//! the events shown is written on the export thread.

use std::path::PathBuf;

use super::{ItineraApp, PathFor, Prompt};
use crate::edit::Command;
use crate::io::incoming::Opened;
use crate::view::Origin;
use crate::view::import::{ImportSession, ImportStep};

impl ItineraApp {
    /// Asks which file to import, then reads it.
    pub(super) fn import(&mut self) {
        match self.files.dialogs.pick_import() {
            Some(path) => self.read_import(path, None),
            None => {
                self.chrome.say(crate::tr!("notice-import-no-dialog"));
                self.chrome.prompt = Some(Prompt::Path(PathFor::Import, String::new()));
            }
        }
    }

    /// Reads a file to import (a workbook's `sheet`, or its first) on the file worker.
    pub(super) fn read_import(&mut self, path: PathBuf, sheet: Option<String>) {
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        self.chrome
            .say(crate::tr!("notice-import-reading", name = name.as_str()));
        let timeline = self.doc().timeline().clone();
        self.files.read_import(path, name, sheet, timeline);
    }

    /// A file to import was read: its window opens (another sheet of the same file starts from its own guessed
    /// mapping). A file that cannot be read says why and changes nothing.
    pub(super) fn import_read(&mut self, path: PathBuf, result: Result<Box<Opened>, String>) {
        match result {
            Ok(opened) => {
                let session = ImportSession::new(path, *opened);
                self.chrome.say(session.worked.summary.line());
                self.chrome.import = Some(Box::new(session));
            }
            Err(why) => self.chrome.refuse(why),
        }
    }

    pub(super) fn import_step(&mut self, step: ImportStep) {
        let Some(mut session) = self.chrome.import.take() else {
            return;
        };
        match step {
            ImportStep::SetColumn(column, field) => {
                session.set_column(column, field);
                self.rework_import(&mut session);
            }
            ImportStep::SetOrder(column, order) => {
                session.set_order(column, order);
                self.rework_import(&mut session);
            }
            ImportStep::SetPlace(origin, text) => {
                if session.set_place(&origin, &text) {
                    self.rework_import(&mut session);
                }
            }
            ImportStep::ChooseSheet(sheet) => {
                let path = session.path.clone();
                self.chrome.import = Some(session);
                self.read_import(path, Some(sheet));
                return;
            }
            ImportStep::Confirm => {
                if !session.can_import() {
                    // The preview is still being worked out, or there is nothing to import.
                    self.chrome.import = Some(session);
                    return;
                }
                let summary = session.worked.summary.line();
                let name = session.name();
                let incoming = std::mem::take(&mut session.worked.incoming);
                // The worker's changes are taken as they are if the document has not changed since.
                let command = match session.worked.ready.take() {
                    Some(ready) => Command::ImportReady {
                        source: name.clone(),
                        incoming,
                        ready: Box::new(ready),
                    },
                    None => Command::Import {
                        source: name.clone(),
                        incoming,
                    },
                };
                self.edit(Origin::Command, command);
                self.chrome.say(crate::tr!(
                    "notice-imported",
                    name = name.as_str(),
                    summary = summary
                ));
                return;
            }
            ImportStep::Cancel => {
                self.chrome.say(crate::tr!("notice-import-cancelled"));
                return;
            }
        }
        self.chrome.import = Some(session);
    }

    /// Hands the import's rows to the file worker to be worked out again against the document.
    fn rework_import(&mut self, session: &mut ImportSession) {
        let rework = session.rework(self.doc().timeline());
        self.files.rework_import(rework);
    }

    /// Asks where to write the spreadsheet, then writes it.
    pub(super) fn export_sheet(&mut self) {
        let suggested = self.beside_document(".xlsx");
        match self.files.dialogs.pick_export(
            &suggested,
            &crate::tr!("dialog-filter-spreadsheet"),
            "xlsx",
        ) {
            Some(path) => self.export_sheet_to(path),
            None => self
                .chrome
                .say(crate::tr!("notice-sheet-not-exported-no-dialog")),
        }
    }

    /// Writes the events shown (the filter applies) to `path`: CSV when it ends in .csv, xlsx otherwise.
    pub(super) fn export_sheet_to(&mut self, path: PathBuf) {
        self.refresh_visible();
        // Events are shared: this copy costs a pointer per event.
        let doc = self.doc().snapshot();
        let shown = self.shown.events().to_vec();
        self.chrome.say(crate::tr!("notice-exporting-sheet"));
        self.files.export(Box::new(move || {
            let written = crate::io::sheet::export::bytes_for(
                &path,
                doc.timeline(),
                &doc.resolved().times,
                &shown,
            )
            .map_err(|e| e.to_string())
            .and_then(|bytes| {
                crate::io::save_atomic(&path, &bytes)
                    .map_err(|e| crate::io::saver::describe(&e, &path))
            });
            match written {
                Ok(()) => crate::tr!(
                    "notice-exported",
                    what = crate::tr!("cli-exported-rows", count = shown.len()),
                    path = path.display().to_string()
                ),
                Err(why) => crate::tr!(
                    "notice-sheet-not-written",
                    path = path.display().to_string(),
                    why = why
                ),
            }
        }));
    }
}
