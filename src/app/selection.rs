//! The one selection of events, owned by the app and shared by every view.

use std::collections::BTreeSet;

use crate::model::Timeline;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    ids: BTreeSet<String>,
}

impl Selection {
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn contains(&self, id: &str) -> bool {
        self.ids.contains(id)
    }

    /// Selected ids, sorted.
    pub fn ids(&self) -> impl Iterator<Item = &String> {
        self.ids.iter()
    }

    /// The selected event when exactly one is selected.
    pub fn single(&self) -> Option<&str> {
        match self.ids.len() {
            1 => self.ids.iter().next().map(String::as_str),
            _ => None,
        }
    }

    /// Selects only `id`.
    pub fn select_only(&mut self, id: impl Into<String>) {
        self.ids.clear();
        self.ids.insert(id.into());
    }

    /// Adds or removes `id` (Ctrl+click).
    pub fn toggle(&mut self, id: &str) {
        if !self.ids.remove(id) {
            self.ids.insert(id.to_owned());
        }
    }

    pub fn set(&mut self, ids: impl IntoIterator<Item = String>) {
        self.ids = ids.into_iter().collect();
    }

    pub fn clear(&mut self) {
        self.ids.clear();
    }

    /// Keeps only ids for which `keep` holds: events that still exist and that the filter shows.
    pub fn retain(&mut self, mut keep: impl FnMut(&str) -> bool) {
        self.ids.retain(|id| keep(id));
    }

    /// Drops ids of events the document no longer has.
    pub fn retain_existing(&mut self, t: &Timeline) {
        let existing: BTreeSet<&str> = t.events.iter().map(|e| e.id.as_str()).collect();
        self.retain(|id| existing.contains(id));
    }

    /// Selected ids in a stable order, for commands.
    pub fn to_vec(&self) -> Vec<String> {
        self.ids.iter().cloned().collect()
    }
}
