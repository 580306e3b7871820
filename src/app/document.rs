//! An open document: the timeline, its resolved times, where it lives and whether it has unsaved changes.

use std::path::{Path, PathBuf};

use crate::io::{Diagnostic, Parsed};
use crate::model::{Resolved, Timeline};

/// The sample shipped inside the binary: the document shown when no file is named.
pub const SAMPLE_NAME: &str = "canada-2026.ron";
pub const SAMPLE_TEXT: &str = include_str!("../../timelines/canada-2026.ron");

pub struct Document {
    pub timeline: Timeline,
    pub resolved: Resolved,
    /// Where the document is saved; `None` for a new document or the built-in sample.
    pub path: Option<PathBuf>,
    /// The name shown in the title bar.
    pub name: String,
    pub warnings: Vec<Diagnostic>,
    /// The file on disk had comments, which saving drops.
    pub has_comments: bool,
    /// Bumped by every change; views use it to know when to recompute.
    pub revision: u64,
    pub saved_revision: u64,
}

impl Document {
    fn with(timeline: Timeline, path: Option<PathBuf>, name: String) -> Self {
        let resolved = Resolved::of(&timeline);
        Document {
            timeline,
            resolved,
            path,
            name,
            warnings: Vec::new(),
            has_comments: false,
            revision: 0,
            saved_revision: 0,
        }
    }

    /// A new, empty, unsaved document.
    pub fn untitled() -> Self {
        Self::with(Timeline::default(), None, "Untitled".into())
    }

    /// The built-in 2026 sample. It is tested to parse; should it ever fail, an empty document stands in.
    pub fn sample() -> Self {
        match crate::io::parse(SAMPLE_NAME, SAMPLE_TEXT) {
            Ok(parsed) => Self::from_parsed(None, SAMPLE_NAME.into(), parsed),
            Err(_) => Self::untitled(),
        }
    }

    /// A document read from a file.
    pub fn from_parsed(path: Option<PathBuf>, name: String, parsed: Parsed) -> Self {
        let mut doc = Self::with(parsed.timeline, path, name);
        doc.warnings = parsed.warnings;
        doc.has_comments = parsed.has_comments;
        doc
    }

    pub fn from_file(path: &Path, parsed: Parsed) -> Self {
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        Self::from_parsed(Some(path.to_path_buf()), name, parsed)
    }

    pub fn is_dirty(&self) -> bool {
        self.revision != self.saved_revision
    }

    /// Recomputes derived data after the timeline changed.
    pub fn changed(&mut self) {
        self.resolved = Resolved::of(&self.timeline);
        self.revision += 1;
    }

    /// The window title: document name, a mark for unsaved changes, and the app's name.
    pub fn window_title(&self) -> String {
        let mark = if self.is_dirty() { "● " } else { "" };
        format!("{mark}{} — Itinera", self.name)
    }
}
