//! An import being set up: the file read, its column mapping and date orders (for a sheet), the events it would
//! bring and what they would do to the document. Worked out again only when the mapping changes, never per frame.

use std::collections::HashMap;
use std::path::PathBuf;

use crate::edit::import::{Incoming, Summary, prepare};
use crate::io::incoming::Source;
use crate::io::sheet::{self, DateOrder, Field, Mapping};
use crate::model::Timeline;

/// One line of the preview: a row of the sheet (or an entry of the calendar) as it would come in, or why not.
#[derive(Clone, Debug, PartialEq)]
pub struct PreviewLine {
    /// "3" for a sheet's row, "event 2 (“Dinner”)" for a calendar's entry.
    pub origin: String,
    /// What the first column shows: the row's number, or the entry's.
    pub number: String,
    /// The event's title, when, and where.
    pub title: String,
    pub when: String,
    pub place: String,
    /// Why it is left out, if it is.
    pub problem: Option<String>,
    /// A note that does not leave it out (placed at home).
    pub note: Option<String>,
    /// Whether the user is asked where the entry takes place.
    pub ask_place: bool,
}

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
    pub source: Source,
    pub mapping: Mapping,
    /// Day/month orders the user gave, by column.
    pub orders: HashMap<usize, DateOrder>,
    pub columns: Vec<ColumnInfo>,
    /// Date columns whose order the user must give.
    pub ask_order: Vec<usize>,
    /// Fields no column goes to that every row needs.
    pub missing: Vec<Field>,
    pub incoming: Vec<Incoming>,
    pub preview: Vec<PreviewLine>,
    pub summary: Summary,
    /// A place typed for a calendar entry that could not be found: the entry, and why.
    pub place_problem: Option<(String, String)>,
}

/// How many sample values each column shows.
const SAMPLES: usize = 3;

impl ImportSession {
    /// A session for a file just read, with the guessed mapping, worked out against `t`.
    pub fn new(path: PathBuf, source: Source, t: &Timeline) -> ImportSession {
        let (mapping, columns) = match &source {
            Source::Sheet(book) => {
                let grid = &book.grid;
                let headers = grid.headers();
                let columns = (0..grid.width())
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
                    .collect();
                (Mapping::guess(grid), columns)
            }
            Source::Calendar(_) => (Mapping::default(), Vec::new()),
        };
        let mut session = ImportSession {
            path,
            source,
            mapping,
            orders: HashMap::new(),
            columns,
            ask_order: Vec::new(),
            missing: Vec::new(),
            incoming: Vec::new(),
            preview: Vec::new(),
            summary: Summary::default(),
            place_problem: None,
        };
        session.refresh(t);
        session
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
        match &self.source {
            Source::Sheet(book) if book.sheets.len() > 1 => {
                Some((book.sheets.as_slice(), book.grid.sheet.as_str()))
            }
            _ => None,
        }
    }

    pub fn set_column(&mut self, column: usize, field: Field, t: &Timeline) {
        self.mapping.set(column, field);
        self.refresh(t);
    }

    pub fn set_order(&mut self, column: usize, order: DateOrder, t: &Timeline) {
        self.orders.insert(column, order);
        self.refresh(t);
    }

    /// Puts a calendar entry whose location was not found at the place the user typed ("Ottawa, Canada").
    pub fn set_place(&mut self, origin: &str, text: &str, t: &Timeline) {
        let Source::Calendar(read) = &mut self.source else {
            return;
        };
        let Some(place) = crate::io::ics_in::place_from_text(text) else {
            self.place_problem = Some((
                origin.to_owned(),
                crate::tr!("import-place-unknown", text = text),
            ));
            return;
        };
        if let Some(item) = read.incoming.iter_mut().find(|i| i.origin == origin) {
            crate::io::ics_in::move_to(&mut item.event, place);
            read.placed_at_home.retain(|o| o != origin);
        }
        self.place_problem = None;
        self.refresh(t);
    }

    /// Works the rows out again through the mapping, and what they would do to `t`.
    pub fn refresh(&mut self, t: &Timeline) {
        self.preview.clear();
        match &self.source {
            Source::Sheet(book) => {
                let mut imported = sheet::convert(&book.grid, &self.mapping, &self.orders);
                self.ask_order = std::mem::take(&mut imported.ask_order);
                self.missing = std::mem::take(&mut imported.missing);
                self.incoming = imported.incoming(&book.grid.sheet);
                // Each line carries its event's origin ("Sheet1:5"), so the document's refusals find it below.
                let mut lines: Vec<(u32, PreviewLine)> = imported
                    .rows
                    .iter()
                    .zip(&self.incoming)
                    .map(|(r, i)| {
                        let mut l = line(i.origin.clone(), &i.event);
                        l.number = r.row.to_string();
                        (r.row, l)
                    })
                    .collect();
                lines.extend(imported.problems.iter().map(|p| {
                    (
                        p.row,
                        PreviewLine {
                            origin: format!("{}:{}", p.sheet, p.row),
                            number: p.row.to_string(),
                            title: String::new(),
                            when: String::new(),
                            place: String::new(),
                            problem: Some(p.to_string()),
                            note: None,
                            ask_place: false,
                        },
                    )
                }));
                lines.sort_by_key(|(row, _)| *row);
                self.preview = lines.into_iter().map(|(_, l)| l).collect();
                self.summary = prepare(t, &self.incoming).summary;
                self.summary.unreadable = imported.problems.len();
            }
            Source::Calendar(read) => {
                self.incoming = read.incoming.clone();
                self.preview = read
                    .incoming
                    .iter()
                    .enumerate()
                    .map(|(n, i)| {
                        let mut l = line(i.origin.clone(), &i.event);
                        l.number = (n + 1).to_string();
                        if read.placed_at_home.contains(&i.origin) {
                            l.note = Some(crate::tr!("ics-in-placed-at-home"));
                            l.ask_place = true;
                        }
                        l
                    })
                    .collect();
                self.preview
                    .extend(read.refused.iter().map(|(origin, why)| PreviewLine {
                        origin: origin.clone(),
                        number: "·".to_owned(),
                        title: String::new(),
                        when: String::new(),
                        place: String::new(),
                        problem: Some(crate::tr!(
                            "import-entry-problem",
                            origin = origin.as_str(),
                            why = why.as_str()
                        )),
                        note: None,
                        ask_place: false,
                    }));
                self.summary = prepare(t, &self.incoming).summary;
                self.summary.unreadable = read.refused.len();
            }
        }
        // Events the document would refuse are marked on their own lines too.
        for (origin, why) in &self.summary.refused {
            if let Some(l) = self.preview.iter_mut().find(|l| l.origin == *origin) {
                l.problem = Some(why.clone());
            }
        }
    }

    /// Whether confirming would change anything.
    pub fn can_import(&self) -> bool {
        self.missing.is_empty() && self.summary.added + self.summary.updated > 0
    }
}

fn line(origin: String, e: &crate::model::Event) -> PreviewLine {
    PreviewLine {
        number: origin.clone(),
        origin,
        title: e.title.to_string(),
        when: crate::view::describe::when_text(e),
        place: crate::view::describe::place_text(e),
        problem: None,
        note: None,
        ask_place: false,
    }
}
