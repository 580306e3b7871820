//! An import being set up: the file read, its column mapping and date orders (for a sheet), and what its rows
//! come to against the document. Working that out again after a change of mapping is handed to the file worker
//! (`rework`), so the window never waits on a large sheet; until the answer comes the preview shown is the last
//! one, and Import waits.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::io::incoming::{Opened, Rework, Source, Worked};
use crate::io::progress::Progress;
use crate::io::sheet::{self, DateOrder, Mapping};
use crate::model::Timeline;

/// A column of the sheet, as the mapping step shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct ColumnInfo {
    pub letters: String,
    pub header: String,
    /// The first few values under the header.
    pub samples: Vec<String>,
}

/// An import waiting for the user to confirm it.
#[derive(Clone, Debug)]
pub struct ImportSession {
    pub path: PathBuf,
    pub source: Arc<Source>,
    pub mapping: Mapping,
    /// Day/month orders the user gave, by column.
    pub orders: HashMap<usize, DateOrder>,
    pub columns: Vec<ColumnInfo>,
    /// What the rows come to, as last worked out.
    pub worked: Worked,
    /// A place typed for a calendar entry that could not be found: the entry, and why.
    pub place_problem: Option<(String, String)>,
    /// The request being worked out, if `worked` is not up to date with the mapping.
    pub pending: Option<u64>,
    /// The newest request, shared with the worker so that one overtaken is skipped.
    latest: Arc<AtomicU64>,
    /// How far the request being worked out has got.
    pub progress: Progress,
}

/// How many sample values each column shows.
const SAMPLES: usize = 3;

impl ImportSession {
    /// A session for a file just read and worked out with its guessed mapping.
    pub fn new(path: PathBuf, opened: Opened) -> ImportSession {
        let columns = match opened.source.as_ref() {
            Source::Sheet(book) => {
                let grid = &book.grid;
                let headers = grid.headers();
                (0..grid.width())
                    .map(|c| ColumnInfo {
                        letters: grid.column_letters(c),
                        header: headers.get(c).cloned().unwrap_or_default(),
                        samples: grid
                            .body()
                            .filter_map(|(_, r)| r.get(c))
                            .filter(|cell| !cell.is_empty())
                            .take(SAMPLES)
                            .map(sheet::Cell::text)
                            .collect(),
                    })
                    .collect()
            }
            Source::Calendar(_) => Vec::new(),
        };
        ImportSession {
            path,
            source: opened.source,
            mapping: opened.mapping,
            orders: HashMap::new(),
            columns,
            worked: opened.worked,
            place_problem: None,
            pending: None,
            latest: Arc::default(),
            progress: Progress::default(),
        }
    }

    /// The file's name, for the window's title and the undo step.
    pub fn name(&self) -> String {
        self.path.file_name().map_or_else(
            || self.path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    }

    /// The sheets of a workbook, and the one read.
    pub fn sheets(&self) -> Option<(&[String], &str)> {
        match self.source.as_ref() {
            Source::Sheet(book) if book.sheets.len() > 1 => {
                Some((book.sheets.as_slice(), book.grid.sheet.as_str()))
            }
            _ => None,
        }
    }

    pub fn set_column(&mut self, column: usize, field: sheet::Field) {
        self.mapping.set(column, field);
    }

    pub fn set_order(&mut self, column: usize, order: DateOrder) {
        self.orders.insert(column, order);
    }

    /// Puts a calendar entry whose location was not found at the place the user typed ("Ottawa, Canada").
    /// Returns whether it moved (otherwise `place_problem` says why not).
    pub fn set_place(&mut self, origin: &str, text: &str) -> bool {
        if !matches!(self.source.as_ref(), Source::Calendar(_)) {
            return false;
        }
        let Some(place) = crate::io::ics_in::place_from_text(text) else {
            self.place_problem = Some((
                origin.to_owned(),
                crate::tr!("import-place-unknown", text = text),
            ));
            return false;
        };
        // The worker may still hold the source for an earlier request: this copies it only then.
        if let Source::Calendar(read) = Arc::make_mut(&mut self.source) {
            if let Some(item) = read.incoming.iter_mut().find(|i| i.origin == origin) {
                crate::io::ics_in::move_to(&mut item.event, place);
            }
            read.placed_at_home.retain(|o| o != origin);
        }
        self.place_problem = None;
        true
    }

    /// A request to work the rows out again through the mapping as it is now, against `t`, for the file worker.
    /// Until its answer comes (`reworked`), the session is pending.
    pub fn rework(&mut self, t: &Timeline) -> Rework {
        let ticket = self.latest.load(Ordering::Relaxed) + 1;
        self.latest.store(ticket, Ordering::Relaxed);
        self.pending = Some(ticket);
        self.progress = Progress::default();
        Rework {
            ticket,
            latest: Arc::clone(&self.latest),
            source: Arc::clone(&self.source),
            mapping: self.mapping.clone(),
            orders: self.orders.clone(),
            timeline: t.clone(),
            progress: self.progress.clone(),
        }
    }

    /// The answer to request `ticket`: taken when it is the newest asked for, ignored when overtaken.
    pub fn reworked(&mut self, ticket: u64, worked: Option<Worked>) {
        if self.pending != Some(ticket) {
            return;
        }
        if let Some(worked) = worked {
            self.worked = worked;
            self.pending = None;
        }
    }

    /// Whether confirming would change anything (and the preview is up to date).
    pub fn can_import(&self) -> bool {
        self.pending.is_none()
            && self.worked.missing.is_empty()
            && self.worked.summary.added + self.worked.summary.updated > 0
    }
}
