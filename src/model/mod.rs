//! The timeline as data: events, trips, places, dates with precision, regions, validation.
//! Nothing here draws or touches files.

pub mod checks;
pub mod codes;
pub mod compare;
pub mod date;
pub mod deferred;
pub mod filter;
pub mod gazetteer;
pub mod generate;
pub mod merge;
mod merge_hold;
pub mod path;
pub mod record_diff;
pub mod region;
pub mod search;
mod share;
pub mod text;
pub mod time;
pub mod timeline;
pub mod translations;
pub mod validate;
pub mod words;

pub use codes::{CountryCode, Zone};
pub use date::{DateValue, Precision};
pub use path::Path;
pub use region::Region;
pub use text::{Text, ThinVec, thin_vec};
pub use time::{EventTimes, UtcSecs};
pub use timeline::{
    Classification, Conflict, Event, EventKind, FORMAT_VERSION, Home, Place, Principal, Source,
    Status, Timeline, Trip,
};
pub use translations::{Translation, Translations};
pub use validate::{Problem, Severity, validate};

use std::cmp::Ordering;
use std::collections::HashSet;

/// A readable id from a title: "New Delhi" → "new-delhi".
pub fn slug(title: &str) -> String {
    let folded = deunicode::deunicode(title).to_lowercase();
    let mut out = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let trimmed = out.trim_end_matches('-');
    if trimmed.is_empty() {
        "event".to_string()
    } else {
        trimmed.chars().take(48).collect()
    }
}

/// A slug of the title that no id in `taken` uses yet: "mumbai", then "mumbai-2", "mumbai-3", ...
pub fn unique_id<'a>(title: &str, taken: impl IntoIterator<Item = &'a str>) -> String {
    let taken: HashSet<&str> = taken.into_iter().collect();
    unique_id_in(title, |id| taken.contains(id))
}

/// A slug of the title for which `taken` says no; for callers that keep their own set of ids (an import making
/// thousands of them).
pub fn unique_id_in(title: &str, taken: impl Fn(&str) -> bool) -> String {
    let base = slug(title);
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|candidate| !taken(candidate))
        .unwrap_or(base)
}

/// When an event starts, for ordering. A month or a year is a span of the calendar, not of any one zone:
/// "January 2026" in Paris and "2026" in Beijing both start on 1 January, so they order by their local
/// start read as UTC, and the precision rule below puts the month first.
fn order_start(event: &Event, times: &EventTimes) -> UtcSecs {
    if event.start.precision().is_fixed_day() {
        times.start
    } else {
        event.start.first_local().and_utc().timestamp()
    }
}

/// The document order of two events: by start instant; at an equal start, finer precision first; then title.
pub fn compare_events(a: (&Event, &EventTimes), b: (&Event, &EventTimes)) -> Ordering {
    order_start(a.0, a.1)
        .cmp(&order_start(b.0, b.1))
        .then_with(|| a.0.start.precision().cmp(&b.0.start.precision()))
        .then_with(|| a.0.title.cmp(&b.0.title))
}

/// The shipped sample, for tests.
#[cfg(test)]
pub(crate) fn sample_timeline() -> Timeline {
    let mut t: Timeline = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(include_str!("../../timelines/canada-2026.ron"))
        .expect("the sample loads");
    t.share_text();
    t
}

/// A timeline with every event's times resolved and its document order computed.
#[derive(Clone, Debug)]
pub struct Resolved {
    /// Times of `timeline.events[i]`.
    pub times: Vec<EventTimes>,
    /// Event indices in document order.
    pub order: Vec<u32>,
}

impl Resolved {
    pub fn of(timeline: &Timeline) -> Resolved {
        let times: Vec<EventTimes> = timeline.events.iter().map(|e| EventTimes::of(e)).collect();
        let mut order: Vec<u32> = (0..timeline.events.len() as u32).collect();
        order.sort_by(|&a, &b| {
            let (a, b) = (a as usize, b as usize);
            compare_events(
                (&*timeline.events[a], &times[a]),
                (&*timeline.events[b], &times[b]),
            )
        });
        Resolved { times, order }
    }

    /// Brings times and order up to date after the event at `index` was inserted (the others renumbered): gives
    /// exactly what `Resolved::of` would.
    pub fn inserted(&mut self, timeline: &Timeline, index: usize) {
        let Some(event) = timeline.events.get(index) else {
            return;
        };
        let index32 = index as u32;
        for i in &mut self.order {
            if *i >= index32 {
                *i += 1;
            }
        }
        self.times
            .insert(index.min(self.times.len()), EventTimes::of(event));
        self.place(timeline, index32);
    }

    /// Brings times and order up to date after the event at `index` was removed.
    pub fn removed(&mut self, index: usize) {
        if index >= self.times.len() {
            return;
        }
        self.times.remove(index);
        let index = index as u32;
        self.order.retain(|&i| i != index);
        for i in &mut self.order {
            if *i > index {
                *i -= 1;
            }
        }
    }

    /// Puts event `i` (absent from the order) where the order's rule says it goes.
    fn place(&mut self, timeline: &Timeline, i: u32) {
        let key = |i: u32| (&*timeline.events[i as usize], &self.times[i as usize]);
        let at = self
            .order
            .partition_point(|&j| compare_events(key(j), key(i)).then(j.cmp(&i)).is_lt());
        self.order.insert(at, i);
    }

    /// Brings times and order up to date after the events at `changed` were replaced in place (no event
    /// added or removed). Gives exactly what `Resolved::of` would: the order is a stable sort, so ties keep
    /// index order, and the changed events are put back by the same rule.
    pub fn update_replaced(&mut self, timeline: &Timeline, changed: &[usize]) {
        let mut changed: Vec<u32> = changed.iter().map(|&i| i as u32).collect();
        changed.sort_unstable();
        changed.dedup();
        self.order.retain(|i| changed.binary_search(i).is_err());
        for &i in &changed {
            self.times[i as usize] = EventTimes::of(&timeline.events[i as usize]);
        }
        for &i in &changed {
            self.place(timeline, i);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn updating_the_order_after_events_are_replaced_gives_what_a_full_resolve_gives() {
        let mut t = crate::model::generate::generate(400, 3);
        let mut resolved = Resolved::of(&t);
        let mut rng = fastrand::Rng::with_seed(9);
        for round in 0..60 {
            let changed: Vec<usize> = (0..1 + rng.usize(0..4))
                .map(|_| rng.usize(0..400))
                .collect();
            for &i in &changed {
                let e = std::sync::Arc::make_mut(&mut t.events[i]);
                // Moves over a few weeks, so many events share a start and the tie rules matter.
                match rng.usize(0..3) {
                    0 => e.start = some_start(&mut rng, round),
                    // Identical start, precision and title: only the index can order these.
                    1 => {
                        e.title = "Tied".into();
                        e.start = DateValue::Month(2026, 2);
                    }
                    _ => e.end = None,
                }
            }
            resolved.update_replaced(&t, &changed);
            let full = Resolved::of(&t);
            assert_eq!(resolved.order, full.order, "round {round}");
            assert_eq!(resolved.times, full.times, "round {round}");
        }
    }

    #[test]
    fn updating_the_order_after_events_are_added_and_removed_gives_what_a_full_resolve_gives() {
        let mut t = crate::model::generate::generate(300, 4);
        let mut resolved = Resolved::of(&t);
        let mut rng = fastrand::Rng::with_seed(11);
        for round in 0..80 {
            if rng.bool() && !t.events.is_empty() {
                let at = rng.usize(0..t.events.len());
                t.events.remove(at);
                resolved.removed(at);
            } else {
                let at = rng.usize(0..=t.events.len());
                let mut e = (*t.events[rng.usize(0..t.events.len())]).clone();
                e.start = some_start(&mut rng, round);
                e.end = None;
                t.events.insert(at, std::sync::Arc::new(e));
                resolved.inserted(&t, at);
            }
            let full = Resolved::of(&t);
            assert_eq!(resolved.order, full.order, "round {round}");
            assert_eq!(resolved.times, full.times, "round {round}");
        }
    }

    fn some_start(rng: &mut fastrand::Rng, round: usize) -> DateValue {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("date")
            + chrono::Days::new(rng.u64(0..40) + (round % 3) as u64);
        match rng.usize(0..3) {
            0 => DateValue::Day(day),
            1 => DateValue::Month(2026, 1 + rng.u32(0..3)),
            _ => DateValue::Time(day.and_hms_opt(9, 0, 0).expect("time")),
        }
    }

    #[test]
    fn slugs_are_readable_and_made_unique() {
        assert_eq!(
            slug("Address to Parliament — Canberra"),
            "address-to-parliament-canberra"
        );
        assert_eq!(slug("Zürich"), "zurich");
        assert_eq!(unique_id("Mumbai", ["mumbai", "mumbai-2"]), "mumbai-3");
        assert_eq!(unique_id("Tokyo", ["mumbai"]), "tokyo");
    }
}
