//! The one filter every view obeys: text search plus field values, combined with AND across fields and OR
//! within a field. Text search goes through a word index, so a keystroke over 100,000 events stays cheap.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::gazetteer::fold;
pub use super::search::SearchIndex;
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
    /// Only events a plan warning involves (a principal in two places at once, no time to travel).
    pub plan_warnings: bool,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
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
                    || e.trip
                        .as_ref()
                        .is_some_and(|id| filter.trips.contains(id.as_str())))
                && (filter.principals.is_empty()
                    || e.principals
                        .iter()
                        .any(|p| filter.principals.contains(p.as_str())))
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

    use crate::model::sample_timeline as sample;

    fn titles(t: &Timeline, filter: &Filter) -> Vec<String> {
        let resolved = Resolved::of(t);
        let index = SearchIndex::build(t);
        visible(t, &resolved.times, &resolved.order, &index, filter, true)
            .into_iter()
            .map(|i| t.events[i as usize].title.to_string())
            .collect()
    }

    #[test]
    fn search_is_case_and_accent_insensitive_and_matches_word_starts() {
        let mut t = sample();
        std::sync::Arc::make_mut(&mut t.events[0]).place.city = "Zürich".into();
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
        std::sync::Arc::make_mut(&mut t.events[4]).restricted_notes = "codeword bluebird".into();
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
