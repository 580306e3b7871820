//! File dialogs behind a trait, so tests (and machines without a desktop portal) can stand in for rfd.

use std::path::{Path, PathBuf};

/// Asks the user for a file to open or a place to save.
pub trait FileDialogs {
    fn pick_open(&mut self) -> Option<PathBuf>;
    fn pick_save(&mut self, suggested: &Path) -> Option<PathBuf>;
    /// A place to write an export: `kind` names the format (e.g. "iCalendar"), `extension` its file ending.
    fn pick_export(&mut self, suggested: &Path, kind: &str, extension: &str) -> Option<PathBuf>;
    /// A spreadsheet or a calendar to import.
    fn pick_import(&mut self) -> Option<PathBuf>;
}

/// The platform's dialogs, through rfd.
pub struct NativeDialogs;

impl FileDialogs for NativeDialogs {
    fn pick_open(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .add_filter(crate::tr!("dialog-filter-timeline"), &["ron"])
            .add_filter(crate::tr!("dialog-filter-all"), &["*"])
            .pick_file()
    }

    fn pick_import(&mut self) -> Option<PathBuf> {
        let mut sheets: Vec<&str> = crate::io::sheet::EXTENSIONS.to_vec();
        sheets.push("ics");
        rfd::FileDialog::new()
            .add_filter(crate::tr!("dialog-filter-importable"), &sheets)
            .add_filter(crate::tr!("dialog-filter-all"), &["*"])
            .pick_file()
    }

    fn pick_save(&mut self, suggested: &Path) -> Option<PathBuf> {
        self.pick_export(suggested, &crate::tr!("dialog-filter-timeline"), "ron")
    }

    fn pick_export(&mut self, suggested: &Path, kind: &str, extension: &str) -> Option<PathBuf> {
        let mut dialog = rfd::FileDialog::new().add_filter(kind, &[extension]);
        if let Some(dir) = suggested.parent().filter(|d| !d.as_os_str().is_empty()) {
            dialog = dialog.set_directory(dir);
        }
        if let Some(name) = suggested.file_name() {
            dialog = dialog.set_file_name(name.to_string_lossy());
        }
        dialog.save_file()
    }
}

/// Dialogs that answer from a script: each call takes the next answer. For tests.
#[derive(Default)]
pub struct ScriptedDialogs {
    pub open: Vec<PathBuf>,
    pub save: Vec<PathBuf>,
}

impl FileDialogs for ScriptedDialogs {
    fn pick_open(&mut self) -> Option<PathBuf> {
        (!self.open.is_empty()).then(|| self.open.remove(0))
    }

    fn pick_save(&mut self, _suggested: &Path) -> Option<PathBuf> {
        (!self.save.is_empty()).then(|| self.save.remove(0))
    }

    /// Takes the next save answer too: a script lists the places it saves to, in order.
    fn pick_export(&mut self, suggested: &Path, _kind: &str, _extension: &str) -> Option<PathBuf> {
        self.pick_save(suggested)
    }

    /// Takes the next open answer: a script lists the files it opens or imports, in order.
    fn pick_import(&mut self) -> Option<PathBuf> {
        self.pick_open()
    }
}
