//! UI state that persists between runs through eframe's storage. Never documents.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::model::filter::Filter;
use crate::view::View;
use crate::view::table::Sort;

/// How many files Open Recent lists.
pub const MAX_RECENT: usize = 10;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct UiState {
    /// Most recent first.
    pub recent: Vec<PathBuf>,
    pub view: View,
    /// A second view shown below the main one, e.g. the calendar under the timeline.
    pub split: Option<View>,
    pub table_sort: Sort,
    /// The filter every view obeys.
    pub filter: Filter,
    /// Named filters, e.g. "India leg".
    pub presets: BTreeMap<String, Filter>,
    /// Whether restricted events and notes are shown (and searched) in the editor.
    pub show_restricted: bool,
    /// The interface's language, once chosen in View → Language; the system's until then.
    pub lang: Option<crate::i18n::Lang>,
    /// The zone of the timeline's second ruler, or off.
    pub second_zone: crate::view::zones::SecondZone,
    /// The zone of the week view's second hour column, or off.
    pub week_second_zone: crate::view::zones::SecondZone,
    /// The window's theme; the system's preference until one is chosen.
    pub theme: crate::view::theme::Theme,
}

impl Default for UiState {
    fn default() -> Self {
        UiState {
            recent: Vec::new(),
            view: View::default(),
            split: None,
            table_sort: Sort::default(),
            filter: Filter::default(),
            presets: BTreeMap::new(),
            show_restricted: true,
            lang: None,
            second_zone: crate::view::zones::SecondZone::Off,
            week_second_zone: crate::view::zones::SecondZone::Off,
            theme: crate::view::theme::Theme::System,
        }
    }
}

impl UiState {
    /// The language the window speaks: the one chosen, else the system's.
    pub fn language(&self) -> crate::i18n::Lang {
        self.lang.unwrap_or_else(crate::i18n::Lang::system)
    }

    /// Makes `view` the main view; if it was the split's second view, the old main view takes its place.
    pub fn show_view(&mut self, view: View) {
        if self.split == Some(view) {
            self.split = Some(self.view);
        }
        self.view = view;
    }

    /// Puts a file at the top of Open Recent.
    pub fn remember(&mut self, path: PathBuf) {
        let path = std::fs::canonicalize(&path).unwrap_or(path);
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }
}
