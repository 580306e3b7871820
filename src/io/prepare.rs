//! Opening a file all the way to a document's pieces, off the UI thread: read and parse it, note what it looks
//! like on disk, resolve every event's times and the document order, run the plan checks and build the search
//! index. The search index is built on a second thread while the rest goes on.

use std::path::Path;

use super::file::{OpenError, load_bytes};
use super::format::{Parsed, parse_owned};
use super::saver::DiskState;
use crate::model::Resolved;
use crate::model::checks::{Facts, PlanWarning, warnings_of};
use crate::model::filter::SearchIndex;

/// A file made ready to be shown: nothing heavy is left for the window to do.
pub struct Prepared {
    pub parsed: Parsed,
    /// The file as it was read, to notice later changes made by someone else.
    pub disk: Option<DiskState>,
    pub resolved: Resolved,
    /// What the plan checks need of each event, for the worker that rechecks after edits.
    pub facts: Vec<Facts>,
    pub warnings: Vec<PlanWarning>,
    pub index: SearchIndex,
}

/// Reads, parses and prepares `path`.
pub fn prepare(path: &Path) -> Result<Prepared, OpenError> {
    let name = path.display().to_string();
    let (bytes, modified) = load_bytes(path)?;
    let disk = DiskState::of_bytes(&bytes, modified);
    let parsed = parse_owned(&name, bytes).map_err(OpenError::Invalid)?;
    Ok(from_parsed(parsed, Some(disk)))
}

/// Resolves, checks and indexes a parsed timeline, on two threads.
pub fn from_parsed(parsed: Parsed, disk: Option<DiskState>) -> Prepared {
    let timeline = &parsed.timeline;
    let (index, (resolved, facts, warnings)) = std::thread::scope(|scope| {
        let index = std::thread::Builder::new()
            .name("itinera-index".into())
            .spawn_scoped(scope, || SearchIndex::build(timeline));
        let resolved = Resolved::of(timeline);
        let facts = Facts::all(timeline, &resolved.times);
        let warnings = warnings_of(&facts, &resolved.order);
        let index = match index {
            Ok(handle) => handle
                .join()
                .unwrap_or_else(|_| SearchIndex::build(timeline)),
            // No second thread to be had: build it here.
            Err(_) => SearchIndex::build(timeline),
        };
        (index, (resolved, facts, warnings))
    });
    Prepared {
        parsed,
        disk,
        resolved,
        facts,
        warnings,
        index,
    }
}
