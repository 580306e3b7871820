//! Which events fall on which days, as pure data built once per document revision and visible set, so that
//! switching months, weeks or years finds its events without walking every event again.

use std::collections::BTreeMap;

use chrono::{Datelike as _, NaiveDate};

/// An event known to the day: its index, and its first and last calendar days.
pub type Span = (u32, NaiveDate, NaiveDate);

/// A span covering more months than this is kept in a list of long spans rather than in every month.
const MONTHS_PER_SPAN: i32 = 24;

/// The visible events, findable by month.
#[derive(Default)]
pub struct SpanIndex {
    /// Every visible event known to the day, in document order.
    pub spans: Vec<Span>,
    /// Per (year, month): the positions in `spans` of the events touching that month, ascending.
    by_month: BTreeMap<(i32, u32), Vec<u32>>,
    /// Positions of spans longer than `MONTHS_PER_SPAN` months.
    long: Vec<u32>,
    /// Visible events known only to the month or the year, by every year they touch.
    unfixed_by_year: BTreeMap<i32, Vec<u32>>,
}

fn month_number(day: NaiveDate) -> i32 {
    day.year() * 12 + day.month0() as i32
}

impl SpanIndex {
    /// Indexes `spans` (document order) and the events known only to the month or year, `unfixed`, each with
    /// the first and last year it may fall in.
    pub fn new(spans: Vec<Span>, unfixed: impl IntoIterator<Item = (u32, i32, i32)>) -> SpanIndex {
        let mut by_month: BTreeMap<(i32, u32), Vec<u32>> = BTreeMap::new();
        let mut long = Vec::new();
        for (n, &(_, a, b)) in spans.iter().enumerate() {
            let (from, to) = (month_number(a), month_number(b.max(a)));
            if to - from >= MONTHS_PER_SPAN {
                long.push(n as u32);
                continue;
            }
            for m in from..=to {
                by_month
                    .entry((m.div_euclid(12), m.rem_euclid(12) as u32 + 1))
                    .or_default()
                    .push(n as u32);
            }
        }
        let mut unfixed_by_year: BTreeMap<i32, Vec<u32>> = BTreeMap::new();
        for (i, first, last) in unfixed {
            for year in first..=last.min(first + 100) {
                unfixed_by_year.entry(year).or_default().push(i);
            }
        }
        SpanIndex {
            spans,
            by_month,
            long,
            unfixed_by_year,
        }
    }

    /// The spans overlapping `first..=last`, in document order.
    pub fn between(&self, first: NaiveDate, last: NaiveDate) -> Vec<Span> {
        let (from, to) = (month_number(first), month_number(last.max(first)));
        let mut positions: Vec<u32> = Vec::new();
        for m in from..=to {
            if let Some(list) = self
                .by_month
                .get(&(m.div_euclid(12), m.rem_euclid(12) as u32 + 1))
            {
                positions.extend(list);
            }
        }
        positions.extend(&self.long);
        positions.sort_unstable();
        positions.dedup();
        positions
            .into_iter()
            .map(|n| self.spans[n as usize])
            .filter(|&(_, a, b)| b >= first && a <= last)
            .collect()
    }

    /// The events known only to the month or year that may fall in `year`, in document order.
    pub fn unfixed_in(&self, year: i32) -> &[u32] {
        self.unfixed_by_year.get(&year).map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("date")
    }

    #[test]
    fn a_month_finds_exactly_the_spans_that_touch_it_in_document_order() {
        let mut rng = fastrand::Rng::with_seed(7);
        let spans: Vec<Span> = (0..2000)
            .map(|i| {
                let a = d(2024, 1, 1) + chrono::Duration::days(rng.i64(0..1500));
                let len = if rng.u8(0..20) == 0 {
                    rng.i64(0..1200)
                } else {
                    rng.i64(0..10)
                };
                (i, a, a + chrono::Duration::days(len))
            })
            .collect();
        let index = SpanIndex::new(spans.clone(), []);
        for (first, last) in [
            (d(2025, 3, 1), d(2025, 3, 31)),
            (d(2024, 12, 30), d(2025, 1, 5)),
            (d(2027, 1, 1), d(2027, 12, 31)),
        ] {
            let expected: Vec<Span> = spans
                .iter()
                .copied()
                .filter(|&(_, a, b)| b >= first && a <= last)
                .collect();
            assert_eq!(index.between(first, last), expected);
        }
    }

    #[test]
    fn an_event_known_only_to_the_year_is_found_in_each_year_it_may_fall_in() {
        let index = SpanIndex::new(Vec::new(), [(3, 2026, 2027), (5, 2026, 2026)]);
        assert_eq!(index.unfixed_in(2026), [3, 5]);
        assert_eq!(index.unfixed_in(2027), [3]);
        assert!(index.unfixed_in(2028).is_empty());
    }
}
