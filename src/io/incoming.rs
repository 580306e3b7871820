//! A file to import, read whole on the file worker: a spreadsheet's chosen sheet, or a calendar's entries.

use std::path::Path;

use super::ics_in::{self, CalendarRead};
use super::sheet::{self, Workbook};
use crate::model::Home;

/// What an import file holds, read and ready for its mapping (a sheet) or its preview (a calendar).
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    Sheet(Workbook),
    Calendar(CalendarRead),
}

/// Whether Itinera can import a file, by its extension.
pub fn is_importable(path: &Path) -> bool {
    sheet::is_spreadsheet(path) || is_calendar(path)
}

fn is_calendar(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ics"))
}

/// Reads a file to import: `sheet` chooses a workbook's sheet; `home` places calendar entries whose location is
/// unknown. The error is in words, with the file's place where there is one.
pub fn read(path: &Path, sheet: Option<&str>, home: &Home) -> Result<Source, String> {
    if is_calendar(path) {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| {
            crate::tr!(
                "sheet-unreadable",
                path = shown.as_str(),
                why = e.to_string()
            )
        })?;
        return ics_in::read(&text, &shown, home)
            .map(Source::Calendar)
            .map_err(|e| e.to_string());
    }
    sheet::read(path, sheet)
        .map(Source::Sheet)
        .map_err(|e| e.to_string())
}
