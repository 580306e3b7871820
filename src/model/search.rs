//! The word index behind text search: every word of every event's searchable text, with the events it
//! appears in. Built once for a document and then kept up to date edit by edit, so typing in the search
//! field stays cheap at 100,000 events and an edit never rebuilds the whole index.

use std::collections::HashMap;

use super::gazetteer::fold;
use super::{Event, Text, Timeline, region};

/// Words as a sorted table pointing at posting lists of sorted, distinct event indices.
#[derive(Clone, Debug, Default, PartialEq)]
struct Words {
    /// Distinct folded words, sorted, each with its posting list's index.
    words: Vec<(String, u32)>,
    postings: Vec<Vec<u32>>,
}

impl Words {
    fn from_table(table: HashMap<String, Vec<u32>>) -> Words {
        let mut entries: Vec<(String, Vec<u32>)> = table.into_iter().collect();
        entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut words = Words::default();
        for (n, (word, list)) in entries.into_iter().enumerate() {
            words.words.push((word, n as u32));
            words.postings.push(list);
        }
        words
    }

    /// Marks in `hits` every event with a word starting with `prefix`.
    fn mark(&self, prefix: &str, hits: &mut [bool]) {
        let start = self.words.partition_point(|(w, _)| w.as_str() < prefix);
        for (word, list) in &self.words[start..] {
            if !word.starts_with(prefix) {
                break;
            }
            for &i in &self.postings[*list as usize] {
                if let Some(hit) = hits.get_mut(i as usize) {
                    *hit = true;
                }
            }
        }
    }

    fn add(&mut self, i: u32, word: &str) {
        let list = match self.words.binary_search_by(|(w, _)| w.as_str().cmp(word)) {
            Ok(at) => self.words[at].1 as usize,
            Err(at) => {
                self.words
                    .insert(at, (word.to_owned(), self.postings.len() as u32));
                self.postings.push(Vec::new());
                self.postings.len() - 1
            }
        };
        let postings = &mut self.postings[list];
        if let Err(at) = postings.binary_search(&i) {
            postings.insert(at, i);
        }
    }

    fn remove(&mut self, i: u32, word: &str) {
        if let Ok(at) = self.words.binary_search_by(|(w, _)| w.as_str().cmp(word)) {
            let postings = &mut self.postings[self.words[at].1 as usize];
            if let Ok(at) = postings.binary_search(&i) {
                postings.remove(at);
            }
        }
    }

    /// Moves every event index at or after `from` by `by` (an event was inserted or removed before them).
    fn shift(&mut self, from: u32, by: i64) {
        for postings in &mut self.postings {
            let start = postings.partition_point(|&i| i < from);
            for i in &mut postings[start..] {
                *i = (i64::from(*i) + by) as u32;
            }
        }
    }
}

/// The public text of an event that search looks through: title, city, country name (in every language),
/// notes, tags and objectives, and their translations.
fn public_texts(e: &Event) -> impl Iterator<Item = &str> {
    [e.title.as_str(), e.place.city.as_str(), e.notes.as_str()]
        .into_iter()
        .chain(region::country_names(e.place.country.as_str()))
        .chain(e.tags.iter().map(Text::as_str))
        .chain(e.objectives.iter().map(Text::as_str))
        .chain(e.translated_texts())
}

/// The distinct folded words of some texts.
fn words_in<'a>(texts: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut words: Vec<String> = texts
        .flat_map(|text| {
            fold(text)
                .split_whitespace()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// Adds `text`'s words for event `i` to a word table, allocating only for words not seen before.
fn add_to_table(table: &mut HashMap<String, Vec<u32>>, i: u32, text: &str) {
    let folded = fold(text);
    for word in folded.split_whitespace() {
        match table.get_mut(word) {
            Some(list) => {
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
            None => {
                table.insert(word.to_owned(), vec![i]);
            }
        }
    }
}

/// Every searchable word of a document, with restricted notes kept apart so they are found only while
/// restricted content is shown.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchIndex {
    public: Words,
    restricted: Words,
    events: usize,
}

impl SearchIndex {
    /// Indexes every event of `t`.
    pub fn build(t: &Timeline) -> SearchIndex {
        let mut public: HashMap<String, Vec<u32>> = HashMap::new();
        let mut restricted: HashMap<String, Vec<u32>> = HashMap::new();
        for (i, e) in t.events.iter().enumerate() {
            let i = i as u32;
            for text in public_texts(e) {
                add_to_table(&mut public, i, text);
            }
            add_to_table(&mut restricted, i, &e.restricted_notes);
        }
        SearchIndex {
            public: Words::from_table(public),
            restricted: Words::from_table(restricted),
            events: t.events.len(),
        }
    }

    /// Brings the index up to date with one primitive change to the event list: `before` was at `index`
    /// (absent for an insertion) and `after` is there now (absent for a removal).
    pub fn update(&mut self, index: usize, before: Option<&Event>, after: Option<&Event>) {
        let i = index as u32;
        // A move or a status change leaves the words as they were.
        if let (Some(old), Some(new)) = (before, after)
            && old.restricted_notes == new.restricted_notes
            && public_texts(old).eq(public_texts(new))
        {
            return;
        }
        if let Some(old) = before {
            for word in words_in(public_texts(old)) {
                self.public.remove(i, &word);
            }
            for word in words_in(std::iter::once(old.restricted_notes.as_str())) {
                self.restricted.remove(i, &word);
            }
        }
        match (before.is_some(), after.is_some()) {
            (false, true) => {
                self.public.shift(i, 1);
                self.restricted.shift(i, 1);
                self.events += 1;
            }
            (true, false) => {
                self.public.shift(i + 1, -1);
                self.restricted.shift(i + 1, -1);
                self.events = self.events.saturating_sub(1);
            }
            _ => {}
        }
        if let Some(new) = after {
            for word in words_in(public_texts(new)) {
                self.public.add(i, &word);
            }
            for word in words_in(std::iter::once(new.restricted_notes.as_str())) {
                self.restricted.add(i, &word);
            }
        }
    }

    /// Which events match every word of `query` (as word prefixes); `None` when the query is blank.
    pub fn matches(&self, query: &str, include_restricted: bool) -> Option<Vec<bool>> {
        let folded = fold(query);
        let mut terms = folded.split_whitespace().peekable();
        terms.peek()?;
        let mut all = vec![true; self.events];
        for term in terms {
            let mut hits = vec![false; self.events];
            self.public.mark(term, &mut hits);
            if include_restricted {
                self.restricted.mark(term, &mut hits);
            }
            for (a, h) in all.iter_mut().zip(hits) {
                *a &= h;
            }
        }
        Some(all)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Words the edits write, so queries can look for words that come and go.
    const POOL: [&str; 6] = ["Zürich", "ottawa", "lithium", "Ōsaka", "canola", "treaty"];

    #[derive(Clone, Debug)]
    enum Edit {
        Retitle(usize, usize),
        RewriteNotes(usize, usize),
        Restrict(usize, usize),
        Insert(usize, usize),
        Remove(usize),
    }

    fn edit() -> impl Strategy<Value = Edit> {
        let at = 0usize..64;
        let word = 0usize..POOL.len();
        prop_oneof![
            (at.clone(), word.clone()).prop_map(|(a, w)| Edit::Retitle(a, w)),
            (at.clone(), word.clone()).prop_map(|(a, w)| Edit::RewriteNotes(a, w)),
            (at.clone(), word.clone()).prop_map(|(a, w)| Edit::Restrict(a, w)),
            (at.clone(), word).prop_map(|(a, w)| Edit::Insert(a, w)),
            at.prop_map(Edit::Remove),
        ]
    }

    /// Carries out one edit on the timeline and tells the index, as the app does with each primitive change.
    fn carry_out(t: &mut Timeline, index: &mut SearchIndex, edit: &Edit) {
        let n = t.events.len();
        let replace =
            |t: &mut Timeline, index: &mut SearchIndex, at: usize, f: &dyn Fn(&mut Event)| {
                let before = t.events[at].clone();
                f(std::sync::Arc::make_mut(&mut t.events[at]));
                index.update(at, Some(&before), Some(&t.events[at]));
            };
        match *edit {
            Edit::Retitle(at, w) if n > 0 => replace(t, index, at % n, &|e| {
                e.title = format!("Visit to {}", POOL[w]).into();
            }),
            Edit::RewriteNotes(at, w) if n > 0 => replace(t, index, at % n, &|e| {
                e.notes = format!("Talks on {} and trade", POOL[w]).into();
            }),
            Edit::Restrict(at, w) if n > 0 => replace(t, index, at % n, &|e| {
                e.restricted_notes = POOL[w].into();
            }),
            Edit::Insert(at, w) => {
                let at = at % (n + 1);
                let mut e = (*t.events[at % n.max(1)]).clone();
                e.title = format!("New stop in {}", POOL[w]).into();
                t.events.insert(at, e.into());
                index.update(at, None, Some(&t.events[at]));
            }
            Edit::Remove(at) if n > 0 => {
                let removed = t.events.remove(at % n);
                index.update(at % n, Some(&removed), None);
            }
            _ => {}
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

        #[test]
        fn an_index_kept_up_to_date_edit_by_edit_finds_what_a_fresh_index_finds(
            edits in proptest::collection::vec(edit(), 1..24)
        ) {
            let mut t = crate::model::generate::generate(30, 7);
            let mut index = SearchIndex::build(&t);
            for edit in &edits {
                carry_out(&mut t, &mut index, edit);
            }
            let fresh = SearchIndex::build(&t);
            let queries = POOL.iter().copied().chain(["visit", "new stop", "trade", "sensitive", "zz"]);
            for query in queries {
                for restricted in [false, true] {
                    prop_assert_eq!(
                        index.matches(query, restricted),
                        fresh.matches(query, restricted),
                        "query {:?}, restricted {}", query, restricted
                    );
                }
            }
        }
    }

    #[test]
    fn a_word_an_edit_adds_is_found_and_the_word_it_replaced_is_not() {
        let mut t = crate::model::generate::generate(10, 1);
        let mut index = SearchIndex::build(&t);
        let before = t.events[3].clone();
        std::sync::Arc::make_mut(&mut t.events[3]).title = "Signing in Reykjavík".into();
        index.update(3, Some(&before), Some(&t.events[3]));
        let hits = index.matches("reykjavik", false).expect("a query");
        assert_eq!(hits.iter().filter(|h| **h).count(), 1);
        assert!(hits[3]);
        let old_word = fold(&before.title)
            .split_whitespace()
            .last()
            .map(str::to_owned)
            .expect("a word");
        let still = index.matches(&old_word, false).expect("a query");
        assert_eq!(
            still,
            SearchIndex::build(&t)
                .matches(&old_word, false)
                .expect("a query")
        );
    }
}
