//! The one selection of events, owned by the app and shared by every view.

use std::collections::BTreeSet;
use std::sync::atomic::{AtomicU64, Ordering};

/// A number no selection change has had before, so views can tell one selection from another
/// without keeping a copy of it.
fn next_generation() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

#[derive(Clone, Debug, Default)]
pub struct Selection {
    ids: BTreeSet<String>,
    /// Changes whenever the selected ids do (and only then); 0 for a selection never changed.
    generation: u64,
}

impl PartialEq for Selection {
    fn eq(&self, other: &Self) -> bool {
        self.ids == other.ids
    }
}

impl Eq for Selection {}

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

    /// Which selection this is: equal generations mean the same ids. Views compare it with the one
    /// they last saw to notice a selection made elsewhere.
    pub fn generation(&self) -> u64 {
        self.generation
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

    /// Replaces the ids, noting a new generation when they differ.
    fn replace(&mut self, ids: BTreeSet<String>) {
        if ids != self.ids {
            self.ids = ids;
            self.generation = next_generation();
        }
    }

    /// Selects only `id`.
    pub fn select_only(&mut self, id: impl Into<String>) {
        self.replace(BTreeSet::from([id.into()]));
    }

    /// Adds or removes `id` (Ctrl+click).
    pub fn toggle(&mut self, id: &str) {
        if !self.ids.remove(id) {
            self.ids.insert(id.to_owned());
        }
        self.generation = next_generation();
    }

    pub fn set(&mut self, ids: impl IntoIterator<Item = String>) {
        self.replace(ids.into_iter().collect());
    }

    pub fn clear(&mut self) {
        if !self.ids.is_empty() {
            self.ids.clear();
            self.generation = next_generation();
        }
    }

    /// Keeps only ids for which `keep` holds: events that still exist and that the filter shows.
    pub fn retain(&mut self, mut keep: impl FnMut(&str) -> bool) {
        let before = self.ids.len();
        self.ids.retain(|id| keep(id));
        if self.ids.len() != before {
            self.generation = next_generation();
        }
    }

    /// Drops ids of events the document no longer has (looked up by id, at the cost of the selection).
    pub fn retain_existing(&mut self, doc: &super::Document) {
        if !self.ids.is_empty() {
            self.retain(|id| doc.index_of(id).is_some());
        }
    }

    /// Selected ids in a stable order, for commands.
    pub fn to_vec(&self) -> Vec<String> {
        self.ids.iter().cloned().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_generation_changes_when_the_selected_ids_do_and_only_then() {
        let mut s = Selection::default();
        let mut seen = vec![s.generation()];
        let mut changed = |s: &Selection, expect: bool| {
            let new = !seen.contains(&s.generation());
            assert_eq!(new, expect, "ids now {:?}", s.to_vec());
            seen.push(s.generation());
        };
        s.clear();
        changed(&s, false);
        s.select_only("a");
        changed(&s, true);
        s.select_only("a");
        changed(&s, false);
        s.toggle("b");
        changed(&s, true);
        s.set(["b".to_owned(), "a".to_owned()]);
        changed(&s, false);
        s.retain(|_| true);
        changed(&s, false);
        s.retain(|id| id == "a");
        changed(&s, true);
        s.toggle("a");
        changed(&s, true);
        assert!(s.is_empty());
        s.select_only("a");
        changed(&s, true);
    }
}
