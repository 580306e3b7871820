//! Spreadsheets in and out: reading a workbook (xlsx, xls, ods through calamine) or a CSV/TSV file (the csv
//! crate) into a grid of cells, the mapping of its columns to event fields, turning its rows into events, and
//! writing the programme back out as a spreadsheet.
//!
//! Nothing here changes a document: rows become events with their problems beside them, and the edit layer's
//! import command decides what is added and what is updated.

pub mod export;
pub mod fields;
pub mod names;
pub mod rows;
pub mod values;

use std::path::{Path, PathBuf};

use calamine::Reader as _;
use chrono::NaiveDateTime;

use super::progress::{Counted, Progress, Stage};

pub use fields::{Field, Mapping};
pub use rows::{DateOrder, ImportRow, Imported, RowProblem, convert, convert_noting};

/// One cell as the spreadsheet holds it.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    /// A cell formatted as a date or time (its value is the local wall time it shows).
    Date(NaiveDateTime),
    Bool(bool),
}

impl Cell {
    /// The cell as text, the way a spreadsheet would show it plainly.
    pub fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(t) => t.trim().to_owned(),
            Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
            Cell::Number(n) => n.to_string(),
            Cell::Date(d) if d.time() == chrono::NaiveTime::MIN => d.date().to_string(),
            Cell::Date(d) => d.format("%Y-%m-%d %H:%M").to_string(),
            Cell::Bool(b) => b.to_string(),
        }
    }

    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }
}

/// One sheet's cells. The first row holds the column headers.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Grid {
    /// The sheet's name (for CSV, the file's name), used in every problem's place.
    pub sheet: String,
    /// The 1-based row number of the first row in the file (a workbook's used range may start lower).
    pub first_row: u32,
    /// The 0-based index of the first column in the file.
    pub first_col: u32,
    pub rows: Vec<Vec<Cell>>,
}

impl Grid {
    /// The header of each column (empty headers stay empty).
    pub fn headers(&self) -> Vec<String> {
        self.rows
            .first()
            .map(|r| r.iter().map(Cell::text).collect())
            .unwrap_or_default()
    }

    /// How many columns the widest row has.
    pub fn width(&self) -> usize {
        self.rows.iter().map(Vec::len).max().unwrap_or(0)
    }

    /// The rows under the header, with their 1-based row numbers in the file.
    pub fn body(&self) -> impl Iterator<Item = (u32, &[Cell])> {
        self.rows
            .iter()
            .enumerate()
            .skip(1)
            .map(|(i, r)| (self.first_row + i as u32, r.as_slice()))
    }

    /// The letters a spreadsheet shows for column `index` of this grid ("A", "B", …, "AA").
    pub fn column_letters(&self, index: usize) -> String {
        column_letters(self.first_col as usize + index)
    }
}

/// Spreadsheet column letters for a 0-based column index: 0 → "A", 25 → "Z", 26 → "AA".
pub fn column_letters(mut index: usize) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(b'A' + (index % 26) as u8);
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

/// A workbook (or CSV file) read from disk: its sheets' names and the chosen sheet's cells.
#[derive(Clone, Debug, PartialEq)]
pub struct Workbook {
    pub path: PathBuf,
    pub sheets: Vec<String>,
    pub grid: Grid,
}

/// Why a spreadsheet could not be read.
#[derive(Debug, thiserror::Error)]
pub enum SheetError {
    #[error("{}", crate::tr!("sheet-unreadable", path = path.as_str(), why = error.to_string()))]
    Io { path: String, error: std::io::Error },
    #[error("{}", crate::tr!("sheet-not-a-spreadsheet", path = path.as_str(), why = why.as_str()))]
    NotASpreadsheet { path: String, why: String },
    #[error("{}", crate::tr!("sheet-protected", path = path.as_str()))]
    Protected { path: String },
    #[error("{}", crate::tr!("sheet-empty", path = path.as_str(), sheet = sheet.as_str()))]
    Empty { path: String, sheet: String },
    #[error("{}", crate::tr!("sheet-no-such-sheet", path = path.as_str(), sheet = sheet.as_str(), sheets = sheets.join(", ")))]
    NoSuchSheet {
        path: String,
        sheet: String,
        sheets: Vec<String>,
    },
    #[error("{}", crate::tr!("sheet-bad-csv", path = path.as_str(), line = *line, why = why.as_str()))]
    BadCsv {
        path: String,
        line: u64,
        why: String,
    },
}

/// The kinds of file `read` takes, by extension.
pub const EXTENSIONS: [&str; 6] = ["xlsx", "xlsm", "xls", "ods", "csv", "tsv"];

/// Whether a path names a spreadsheet by its extension.
pub fn is_spreadsheet(path: &Path) -> bool {
    extension(path).is_some_and(|e| EXTENSIONS.contains(&e.as_str()))
}

fn extension(path: &Path) -> Option<String> {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
}

/// Reads a spreadsheet: `sheet` names the sheet to take (the first with cells when `None`).
pub fn read(path: &Path, sheet: Option<&str>) -> Result<Workbook, SheetError> {
    read_noting(path, sheet, &Progress::default())
}

/// Reads a spreadsheet as `read` does, noting in `progress` how many of the file's bytes are read into cells.
pub fn read_noting(
    path: &Path,
    sheet: Option<&str>,
    progress: &Progress,
) -> Result<Workbook, SheetError> {
    let shown = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|error| SheetError::Io {
        path: shown.clone(),
        error,
    })?;
    let name = path
        .file_name()
        .map_or_else(|| shown.clone(), |n| n.to_string_lossy().into_owned());
    progress.start(Stage::Reading, bytes.len() as u64);
    let grid = match extension(path).as_deref() {
        Some("csv") => read_delimited_noting(&bytes, &name, None, progress),
        Some("tsv") => read_delimited_noting(&bytes, &name, Some(b'\t'), progress),
        _ => return read_workbook(path, &bytes, sheet, progress),
    }
    .map_err(|e| match e {
        SheetError::BadCsv { line, why, .. } => SheetError::BadCsv {
            path: shown.clone(),
            line,
            why,
        },
        other => other,
    })?;
    if grid.rows.iter().all(|r| r.iter().all(Cell::is_empty)) {
        return Err(SheetError::Empty {
            path: shown,
            sheet: name,
        });
    }
    Ok(Workbook {
        path: path.to_path_buf(),
        sheets: vec![name],
        grid,
    })
}

/// The magic number of an OLE compound file: old `.xls` workbooks, and encrypted (password-protected) `.xlsx`.
const COMPOUND_FILE: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

fn read_workbook(
    path: &Path,
    bytes: &[u8],
    wanted: Option<&str>,
    progress: &Progress,
) -> Result<Workbook, SheetError> {
    let shown = path.display().to_string();
    let is_xlsx = matches!(extension(path).as_deref(), Some("xlsx" | "xlsm"));
    if is_xlsx && bytes.starts_with(&COMPOUND_FILE) {
        // Excel stores an encrypted workbook inside a compound file instead of a zip archive.
        return Err(SheetError::Protected { path: shown });
    }
    let reader = Counted::new(std::io::Cursor::new(bytes), progress.clone());
    let mut workbook =
        calamine::open_workbook_auto_from_rs(reader).map_err(|e| workbook_error(&shown, e))?;
    let sheets = workbook.sheet_names();
    let (chosen, range) = match wanted {
        Some(w) => {
            let chosen = sheets
                .iter()
                .find(|s| s.as_str() == w || s.eq_ignore_ascii_case(w))
                .cloned()
                .ok_or_else(|| SheetError::NoSuchSheet {
                    path: shown.clone(),
                    sheet: w.to_owned(),
                    sheets: sheets.clone(),
                })?;
            let range = workbook
                .worksheet_range(&chosen)
                .map_err(|e| workbook_error(&shown, e))?;
            (chosen, range)
        }
        None => {
            // The first sheet that holds anything, read once.
            let mut first = None;
            for s in &sheets {
                if let Ok(range) = workbook.worksheet_range(s)
                    && !range.is_empty()
                {
                    first = Some((s.clone(), range));
                    break;
                }
            }
            first.ok_or_else(|| SheetError::Empty {
                path: shown.clone(),
                sheet: sheets.first().cloned().unwrap_or_default(),
            })?
        }
    };
    let (first_row, first_col) = range.start().unwrap_or((0, 0));
    let rows: Vec<Vec<Cell>> = range
        .rows()
        .map(|r| r.iter().map(cell_of).collect())
        .collect();
    if rows.iter().all(|r| r.iter().all(Cell::is_empty)) {
        return Err(SheetError::Empty {
            path: shown,
            sheet: chosen,
        });
    }
    Ok(Workbook {
        path: path.to_path_buf(),
        sheets,
        grid: Grid {
            sheet: chosen,
            first_row: first_row + 1,
            first_col,
            rows,
        },
    })
}

fn workbook_error(path: &str, error: calamine::Error) -> SheetError {
    let protected = matches!(
        error,
        calamine::Error::Xls(calamine::XlsError::Password)
            | calamine::Error::Ods(calamine::OdsError::Password)
    );
    if protected {
        SheetError::Protected {
            path: path.to_owned(),
        }
    } else {
        SheetError::NotASpreadsheet {
            path: path.to_owned(),
            why: error.to_string(),
        }
    }
}

fn cell_of(data: &calamine::Data) -> Cell {
    use calamine::Data;
    match data {
        Data::Empty | Data::Error(_) => Cell::Empty,
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::String(s) => Cell::Text(s.clone()),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(d) => d
            .as_datetime()
            .map_or_else(|| Cell::Number(d.as_f64()), Cell::Date),
        Data::DateTimeIso(s) | Data::DurationIso(s) => Cell::Text(s.clone()),
    }
}

/// Reads CSV or TSV text. Without a delimiter, the one the header line uses most (`,` `;` or tab) is taken:
/// spreadsheets in French write `;`, since `,` is their decimal mark.
pub fn read_delimited(bytes: &[u8], name: &str, delimiter: Option<u8>) -> Result<Grid, SheetError> {
    read_delimited_noting(bytes, name, delimiter, &Progress::default())
}

fn read_delimited_noting(
    bytes: &[u8],
    name: &str,
    delimiter: Option<u8>,
    progress: &Progress,
) -> Result<Grid, SheetError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let delimiter = delimiter.unwrap_or_else(|| {
        let header = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
        [b',', b';', b'\t']
            .into_iter()
            .max_by_key(|d| header.iter().filter(|b| *b == d).count())
            .unwrap_or(b',')
    });
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(Counted::new(bytes, progress.clone()));
    let mut rows = Vec::new();
    for record in reader.byte_records() {
        let record = record.map_err(|e| SheetError::BadCsv {
            path: name.to_owned(),
            line: e.position().map_or(0, |p| p.line()),
            why: e.to_string(),
        })?;
        rows.push(
            record
                .iter()
                .map(|field| {
                    // Files written by older tools are often Windows-1252; keep what is readable.
                    let text = String::from_utf8_lossy(field).trim().to_owned();
                    if text.is_empty() {
                        Cell::Empty
                    } else {
                        Cell::Text(text)
                    }
                })
                .collect(),
        );
    }
    Ok(Grid {
        sheet: name.to_owned(),
        first_row: 1,
        first_col: 0,
        rows,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_run_past_z() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }

    #[test]
    fn a_french_csv_with_semicolons_is_split_on_them() {
        let grid = read_delimited(
            "Titre;Début;Pays\nMumbai;26/02/2026;Inde\n".as_bytes(),
            "p.csv",
            None,
        )
        .expect("reads");
        assert_eq!(grid.headers(), ["Titre", "Début", "Pays"]);
        assert_eq!(grid.rows[1][2], Cell::Text("Inde".into()));
    }

    #[test]
    fn quoted_fields_keep_their_commas_and_line_breaks() {
        let grid = read_delimited(
            b"title,notes\n\"Tokyo\",\"Meet, then\ndine\"\n",
            "p.csv",
            None,
        )
        .expect("reads");
        assert_eq!(grid.rows[1][1], Cell::Text("Meet, then\ndine".into()));
    }
}
