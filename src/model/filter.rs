//! The one filter every view obeys: text search plus field values, combined with AND across fields and OR
//! within a field. Text search goes through a word index, so a keystroke over 100,000 events stays cheap.

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::gazetteer::fold;
use super::{EventKind, EventTimes, Region, Status, Timeline, region};

/// What the user asked to see. Empty fields do not filter.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Filter {
    /// Words to find, as typed; each must start a word somewhere in the event's text.
    pub text: String,
    /// ISO country codes.
    pub countries: BTreeSet<String>,
    pub regions: BTreeSet<Region>,
    pub kinds: BTreeSet<EventKind>,
    pub statuses: BTreeSet<Status>,
    /// Trip ids.
    pub trips: BTreeSet<String>,
    /// Principal ids.
    pub principals: BTreeSet<String>,
    pub tags: BTreeSet<String>,
    /// Venue-local days the event must overlap (inclusive).
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }
}

/// Every word of every event's searchable text, with the events it appears in.
/// Built once per document revision; queried on each keystroke.
#[derive(Default)]
pub struct SearchIndex {
    /// Distinct folded words, sorted, each with its posting list index.
    words: Vec<(String, u32)>,
    /// Sorted, distinct event indices per word.
    postings: Vec<Vec<u32>>,
    /// The same for restricted notes, searched only when restricted content is shown.
    restricted_words: Vec<(String, u32)>,
    restricted_postings: Vec<Vec<u32>>,
    events: usize,
}

fn words_of(text: &str) -> Vec<String> {
    fold(text).split_whitespace().map(str::to_owned).collect()
}

/// Adds `text`'s words for event `i` to a word table, allocating only for words not seen before.
fn add(table: &mut HashMap<String, Vec<u32>>, i: u32, text: &str) {
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

fn freeze(table: HashMap<String, Vec<u32>>) -> (Vec<(String, u32)>, Vec<Vec<u32>>) {
    let mut entries: Vec<(String, Vec<u32>)> = table.into_iter().collect();
    entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let mut words = Vec::with_capacity(entries.len());
    let mut postings = Vec::with_capacity(entries.len());
    for (n, (word, list)) in entries.into_iter().enumerate() {
        words.push((word, n as u32));
        postings.push(list);
    }
    (words, postings)
}

impl SearchIndex {
    /// Indexes title, place, country name, notes, tags and objectives (and restricted notes apart).
    pub fn build(t: &Timeline) -> SearchIndex {
        let mut table: HashMap<String, Vec<u32>> = HashMap::new();
        let mut restricted: HashMap<String, Vec<u32>> = HashMap::new();
        for (i, e) in t.events.iter().enumerate() {
            let i = i as u32;
            add(&mut table, i, &e.title);
            add(&mut table, i, &e.place.city);
            add(
                &mut table,
                i,
                region::country_name(e.place.country.as_str()),
            );
            add(&mut table, i, &e.notes);
            for text in e.tags.iter().chain(&e.objectives) {
                add(&mut table, i, text);
            }
            add(&mut restricted, i, &e.restricted_notes);
        }
        let (words, postings) = freeze(table);
        let (restricted_words, restricted_postings) = freeze(restricted);
        SearchIndex {
            words,
            postings,
            restricted_words,
            restricted_postings,
            events: t.events.len(),
        }
    }

    /// Marks in `hits` every event with a word starting with `prefix`.
    fn mark(words: &[(String, u32)], postings: &[Vec<u32>], prefix: &str, hits: &mut [bool]) {
        let start = words.partition_point(|(w, _)| w.as_str() < prefix);
        for (word, list) in &words[start..] {
            if !word.starts_with(prefix) {
                break;
            }
            for &i in &postings[*list as usize] {
                if let Some(hit) = hits.get_mut(i as usize) {
                    *hit = true;
                }
            }
        }
    }

    /// Which events match every word of `query` (as word prefixes); `None` when the query is blank.
    pub fn matches(&self, query: &str, include_restricted: bool) -> Option<Vec<bool>> {
        let terms = words_of(query);
        if terms.is_empty() {
            return None;
        }
        let mut all = vec![true; self.events];
        for term in terms {
            let mut hits = vec![false; self.events];
            Self::mark(&self.words, &self.postings, &term, &mut hits);
            if include_restricted {
                Self::mark(
                    &self.restricted_words,
                    &self.restricted_postings,
                    &term,
                    &mut hits,
                );
            }
            for (a, h) in all.iter_mut().zip(hits) {
                *a &= h;
            }
        }
        Some(all)
    }
}

/// The events `filter` shows, as indices in `order` (document order), given a prebuilt text index.
pub fn visible(
    t: &Timeline,
    times: &[EventTimes],
    order: &[u32],
    index: &SearchIndex,
    filter: &Filter,
    include_restricted: bool,
) -> Vec<u32> {
    let text_hits = index.matches(&filter.text, include_restricted);
    let tags: BTreeSet<String> = filter.tags.iter().map(|t| fold(t)).collect();
    order
        .iter()
        .copied()
        .filter(|&i| {
            let e = &t.events[i as usize];
            let code = e.place.country.as_str();
            text_hits.as_ref().is_none_or(|hits| hits[i as usize])
                && (filter.countries.is_empty() || filter.countries.contains(code))
                && (filter.regions.is_empty()
                    || region::region_of(code).is_some_and(|r| filter.regions.contains(&r)))
                && (filter.kinds.is_empty() || filter.kinds.contains(&e.kind))
                && (filter.statuses.is_empty() || filter.statuses.contains(&e.status))
                && (filter.trips.is_empty()
                    || e.trip.as_ref().is_some_and(|id| filter.trips.contains(id)))
                && (filter.principals.is_empty()
                    || e.principals.iter().any(|p| filter.principals.contains(p)))
                && (tags.is_empty() || e.tags.iter().any(|tag| tags.contains(&fold(tag))))
                && filter
                    .from
                    .is_none_or(|from| times[i as usize].last_day >= from)
                && filter.to.is_none_or(|to| times[i as usize].first_day <= to)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Resolved;

    fn sample() -> Timeline {
        crate::io::parse("sample", crate::app::document::SAMPLE_TEXT)
            .expect("sample")
            .timeline
    }

    fn titles(t: &Timeline, filter: &Filter) -> Vec<String> {
        let resolved = Resolved::of(t);
        let index = SearchIndex::build(t);
        visible(t, &resolved.times, &resolved.order, &index, filter, true)
            .into_iter()
            .map(|i| t.events[i as usize].title.clone())
            .collect()
    }

    #[test]
    fn search_is_case_and_accent_insensitive_and_matches_word_starts() {
        let mut t = sample();
        t.events[0].place.city = "Zürich".into();
        let filter = Filter {
            text: "zurich".into(),
            ..Filter::default()
        };
        assert_eq!(titles(&t, &filter), ["Visit to France"]);
        let filter = Filter {
            text: "DELH".into(),
            ..Filter::default()
        };
        assert_eq!(titles(&t, &filter), ["New Delhi"]);
    }

    #[test]
    fn fields_combine_with_and_and_values_with_or() {
        let t = sample();
        let filter = Filter {
            regions: [Region::EastAsia, Region::SouthAsia].into(),
            statuses: [Status::Planned].into(),
            ..Filter::default()
        };
        assert_eq!(titles(&t, &filter), ["APEC leaders' summit"]);
    }

    #[test]
    fn restricted_notes_are_searched_only_when_shown() {
        let mut t = sample();
        t.events[4].restricted_notes = "codeword bluebird".into();
        let resolved = Resolved::of(&t);
        let index = SearchIndex::build(&t);
        let filter = Filter {
            text: "bluebird".into(),
            ..Filter::default()
        };
        assert_eq!(
            visible(&t, &resolved.times, &resolved.order, &index, &filter, true).len(),
            1
        );
        assert!(visible(&t, &resolved.times, &resolved.order, &index, &filter, false).is_empty());
    }

    #[test]
    fn a_date_range_keeps_events_that_overlap_it() {
        let t = sample();
        let filter = Filter {
            from: NaiveDate::from_ymd_opt(2026, 3, 3),
            to: NaiveDate::from_ymd_opt(2026, 3, 4),
            ..Filter::default()
        };
        let shown = titles(&t, &filter);
        assert!(
            shown.contains(&"Australia".to_owned())
                && shown.contains(&"Address to both houses of Parliament".to_owned())
        );
        assert!(
            !shown.contains(&"Mumbai".to_owned()) && !shown.contains(&"Visit to France".to_owned())
        );
        assert!(
            shown.contains(&"Visit to Brazil".to_owned()),
            "a year-precision visit may fall on those days"
        );
    }
}
