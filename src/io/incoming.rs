//! A file to import, read whole on the file worker: a spreadsheet's chosen sheet, or a calendar's entries; and
//! what its rows come to under a mapping, against the document (`work_out`), worked out there too, so that the
//! import window never stalls on a large sheet.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use super::ics_in::{self, CalendarRead};
use super::progress::{Progress, Stage};
use super::sheet::{self, DateOrder, Field, Mapping, Workbook};
use crate::edit::import::{Incoming, Ready, Summary, prepare};
use crate::model::{Home, Timeline};

/// What an import file holds, read and ready for its mapping (a sheet) or its preview (a calendar).
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    Sheet(Workbook),
    Calendar(CalendarRead),
}

/// A file just read: what it holds, the mapping guessed for a sheet, and what that comes to.
#[derive(Clone, Debug)]
pub struct Opened {
    pub source: Arc<Source>,
    pub mapping: Mapping,
    pub worked: Worked,
}

/// One line of the preview: a row of the sheet (or an entry of the calendar) as it would come in, or why not.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// "Sheet1:3" for a sheet's row, "event 2 (“Dinner”)" for a calendar's entry: the origin of its event.
    pub origin: String,
    /// What the first column shows: the row's number, or the entry's.
    pub number: String,
    /// The event it brings, by its place in `Worked::incoming`.
    pub event: Option<usize>,
    /// Why it is left out, if it is.
    pub problem: Option<String>,
    /// Whether its place was not found and it was put at home (the user is asked where it is).
    pub placed_at_home: bool,
}

/// What a source's rows come to under a mapping, against a document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Worked {
    pub incoming: Vec<Incoming>,
    /// Every row or entry, in the file's order.
    pub lines: Vec<Line>,
    /// Date columns whose order the user must give.
    pub ask_order: Vec<usize>,
    /// Fields no column goes to that every row needs.
    pub missing: Vec<Field>,
    pub summary: Summary,
    /// The changes importing would make, worked out against the document the preview was.
    pub ready: Option<Ready>,
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
    read_noting(path, sheet, home, &Progress::default())
}

/// Reads as `read` does, noting how far it has got in `progress`.
pub fn read_noting(
    path: &Path,
    sheet: Option<&str>,
    home: &Home,
    progress: &Progress,
) -> Result<Source, String> {
    if is_calendar(path) {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| {
            crate::tr!(
                "sheet-unreadable",
                path = shown.as_str(),
                why = e.to_string()
            )
        })?;
        // A calendar is parsed in one call; its entries are few next to a sheet's rows.
        progress.start(Stage::Reading, 0);
        return ics_in::read(&text, &shown, home)
            .map(Source::Calendar)
            .map_err(|e| e.to_string());
    }
    sheet::read_noting(path, sheet, progress)
        .map(Source::Sheet)
        .map_err(|e| e.to_string())
}

/// Reads a file to import and works out what it comes to against `t` under the mapping guessed for it.
pub fn open(
    path: &Path,
    sheet: Option<&str>,
    t: &Timeline,
    progress: &Progress,
) -> Result<Opened, String> {
    let source = read_noting(path, sheet, &t.home, progress)?;
    let mapping = match &source {
        Source::Sheet(book) => Mapping::guess(&book.grid),
        Source::Calendar(_) => Mapping::default(),
    };
    let worked = work_out(&source, &mapping, &HashMap::new(), t, progress);
    Ok(Opened {
        source: Arc::new(source),
        mapping,
        worked,
    })
}

/// Reads the rows of `source` through `mapping` (with the day/month `orders` the user gave), and what they would
/// do to `t`: every line of the preview, with the document's refusals on their own lines.
pub fn work_out(
    source: &Source,
    mapping: &Mapping,
    orders: &HashMap<usize, DateOrder>,
    t: &Timeline,
    progress: &Progress,
) -> Worked {
    let mut worked = match source {
        Source::Sheet(book) => sheet_lines(book, mapping, orders, progress),
        Source::Calendar(read) => calendar_lines(read),
    };
    progress.start(Stage::Checking, 0);
    let unreadable = worked.summary.unreadable;
    let prepared = prepare(t, &worked.incoming);
    worked.summary = prepared.summary;
    worked.summary.unreadable = unreadable;
    worked.ready = Some(Ready::new(t.clone(), prepared.changes));
    // Events the document would refuse are marked on their own lines too.
    let by_origin: HashMap<&str, usize> = worked
        .lines
        .iter()
        .enumerate()
        .map(|(n, l)| (l.origin.as_str(), n))
        .collect();
    let marks: Vec<(usize, String)> = worked
        .summary
        .refused
        .iter()
        .filter_map(|(origin, why)| Some((*by_origin.get(origin.as_str())?, why.clone())))
        .collect();
    for (n, why) in marks {
        worked.lines[n].problem = Some(why);
    }
    worked
}

fn sheet_lines(
    book: &Workbook,
    mapping: &Mapping,
    orders: &HashMap<usize, DateOrder>,
    progress: &Progress,
) -> Worked {
    let mut imported = sheet::convert_noting(&book.grid, mapping, orders, progress);
    let incoming = imported.incoming(&book.grid.sheet);
    // Rows that became events and rows left out, back in the sheet's order.
    let mut lines: Vec<(u32, Line)> = imported
        .rows
        .iter()
        .zip(&incoming)
        .enumerate()
        .map(|(n, (r, i))| {
            let line = Line {
                origin: i.origin.clone(),
                number: r.row.to_string(),
                event: Some(n),
                problem: None,
                placed_at_home: false,
            };
            (r.row, line)
        })
        .collect();
    lines.extend(imported.problems.iter().map(|p| {
        let line = Line {
            origin: format!("{}:{}", p.sheet, p.row),
            number: p.row.to_string(),
            event: None,
            problem: Some(p.to_string()),
            placed_at_home: false,
        };
        (p.row, line)
    }));
    lines.sort_by_key(|(row, _)| *row);
    Worked {
        incoming,
        lines: lines.into_iter().map(|(_, l)| l).collect(),
        ask_order: std::mem::take(&mut imported.ask_order),
        missing: std::mem::take(&mut imported.missing),
        summary: Summary {
            unreadable: imported.problems.len(),
            ..Summary::default()
        },
        ready: None,
    }
}

fn calendar_lines(read: &CalendarRead) -> Worked {
    let mut lines: Vec<Line> = read
        .incoming
        .iter()
        .enumerate()
        .map(|(n, i)| Line {
            origin: i.origin.clone(),
            number: (n + 1).to_string(),
            event: Some(n),
            problem: None,
            placed_at_home: read.placed_at_home.contains(&i.origin),
        })
        .collect();
    lines.extend(read.refused.iter().map(|(origin, why)| Line {
        origin: origin.clone(),
        number: "·".to_owned(),
        event: None,
        problem: Some(crate::tr!(
            "import-entry-problem",
            origin = origin.as_str(),
            why = why.as_str()
        )),
        placed_at_home: false,
    }));
    Worked {
        incoming: read.incoming.clone(),
        lines,
        summary: Summary {
            unreadable: read.refused.len(),
            ..Summary::default()
        },
        ..Worked::default()
    }
}

/// Working a source out again after its mapping changed, handed to the file worker. `ticket` numbers the
/// request; `latest` holds the newest one asked for, so a request overtaken before it starts is skipped.
#[derive(Clone, Debug)]
pub struct Rework {
    pub ticket: u64,
    pub latest: Arc<AtomicU64>,
    pub source: Arc<Source>,
    pub mapping: Mapping,
    pub orders: HashMap<usize, DateOrder>,
    pub timeline: Timeline,
    pub progress: Progress,
}

impl Rework {
    /// What the source comes to now, or `None` when a newer request has been made since.
    pub fn run(&self) -> Option<Worked> {
        if self.latest.load(Ordering::Relaxed) != self.ticket {
            return None;
        }
        Some(work_out(
            &self.source,
            &self.mapping,
            &self.orders,
            &self.timeline,
            &self.progress,
        ))
    }
}
