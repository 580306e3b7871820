//! UI state that persists between runs through eframe's storage. Never documents.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::cli::ViewArg;
use crate::view::table::Sort;

/// The main view on screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum View {
    #[default]
    Table,
    Timeline,
    Calendar,
    Map,
}

impl View {
    pub const ALL: [View; 4] = [View::Table, View::Timeline, View::Calendar, View::Map];

    pub fn label(self) -> &'static str {
        match self {
            View::Table => "Table",
            View::Timeline => "Timeline",
            View::Calendar => "Calendar",
            View::Map => "Map",
        }
    }
}

impl From<ViewArg> for View {
    fn from(arg: ViewArg) -> Self {
        match arg {
            ViewArg::Table => View::Table,
            ViewArg::Timeline => View::Timeline,
            ViewArg::Calendar => View::Calendar,
            ViewArg::Map => View::Map,
        }
    }
}

/// How many files Open Recent lists.
pub const MAX_RECENT: usize = 10;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct UiState {
    /// Most recent first.
    pub recent: Vec<PathBuf>,
    pub view: View,
    pub table_sort: Sort,
}

impl UiState {
    /// Puts a file at the top of Open Recent.
    pub fn remember(&mut self, path: PathBuf) {
        let path = std::fs::canonicalize(&path).unwrap_or(path);
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }
}
