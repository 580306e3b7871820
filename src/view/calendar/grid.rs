//! Month arithmetic for the calendar, as pure data: which days a month grid shows, and where each event's bar
//! goes in each week row. No drawing here.

use chrono::{Datelike as _, Duration, NaiveDate, Weekday};

/// The days a month grid shows: whole weeks from the week containing the 1st to the week containing the last day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthGrid {
    /// The first day of the month shown.
    pub month: NaiveDate,
    /// The first day of the first week row.
    pub first: NaiveDate,
    /// Number of week rows (4 to 6).
    pub weeks: usize,
}

impl MonthGrid {
    pub fn new(month: NaiveDate, week_start: Weekday) -> MonthGrid {
        let month = month.with_day(1).unwrap_or(month);
        let back =
            (7 + month.weekday().num_days_from_monday() - week_start.num_days_from_monday()) % 7;
        let first = month - Duration::days(i64::from(back));
        let last = last_of_month(month);
        let days = (last - first).num_days() + 1;
        MonthGrid {
            month,
            first,
            weeks: (days as usize).div_ceil(7),
        }
    }

    /// The day at a week row and column.
    pub fn day(&self, week: usize, column: usize) -> NaiveDate {
        self.first + Duration::days((week * 7 + column) as i64)
    }

    pub fn last(&self) -> NaiveDate {
        self.day(self.weeks - 1, 6)
    }

    /// The week row and column of a day, if the grid shows it.
    pub fn position(&self, day: NaiveDate) -> Option<(usize, usize)> {
        let offset = (day - self.first).num_days();
        (0..(self.weeks as i64 * 7))
            .contains(&offset)
            .then_some(((offset / 7) as usize, (offset % 7) as usize))
    }

    /// The ISO week number of a week row (taken from its Thursday, as ISO does, when weeks start on Monday).
    pub fn iso_week(&self, week: usize) -> u32 {
        self.day(week, 3).iso_week().week()
    }
}

/// The first day of the month `months` away from `day`'s (back when negative); that month itself at the
/// calendar's edge.
pub fn shift_months(day: NaiveDate, months: i32) -> NaiveDate {
    let first = day.with_day(1).unwrap_or(day);
    let moved = if months >= 0 {
        first.checked_add_months(chrono::Months::new(months as u32))
    } else {
        first.checked_sub_months(chrono::Months::new(months.unsigned_abs()))
    };
    moved.unwrap_or(first)
}

pub fn last_of_month(day: NaiveDate) -> NaiveDate {
    let first = day.with_day(1).unwrap_or(day);
    first
        .checked_add_months(chrono::Months::new(1))
        .and_then(|d| d.pred_opt())
        .unwrap_or(first)
}

/// One piece of an event's bar within one week row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub event: u32,
    pub week: usize,
    /// First and last column covered (inclusive).
    pub from: usize,
    pub to: usize,
    /// The stacking slot within the week row (0 at the top).
    pub slot: usize,
    /// Whether the event goes on before this row or after it, for drawing open ends.
    pub continues_before: bool,
    pub continues_after: bool,
}

/// Lays out events (with their inclusive day spans) on a month grid: one bar per week row an event covers, stacked
/// so that bars never overlap, longer events first, then by start, so the order is stable. Only `max_slots` slots
/// are stacked: a bar that finds none of them free gets slot `max_slots`, not shown but counted.
pub fn layout(
    grid: &MonthGrid,
    events: &[(u32, NaiveDate, NaiveDate)],
    max_slots: usize,
) -> Vec<Segment> {
    // Longest first, then by start, then by event: each key made once.
    type Keyed<'a> = (
        std::cmp::Reverse<i64>,
        NaiveDate,
        u32,
        &'a (u32, NaiveDate, NaiveDate),
    );
    let mut keyed: Vec<Keyed<'_>> = events
        .iter()
        .filter(|(_, a, b)| *b >= grid.first && *a <= grid.last())
        .map(|e| (std::cmp::Reverse((e.2 - e.1).num_days()), e.1, e.0, e))
        .collect();
    keyed.sort_unstable_by_key(|&(len, start, event, _)| (len, start, event));
    let sorted: Vec<&(u32, NaiveDate, NaiveDate)> = keyed.into_iter().map(|(.., e)| e).collect();
    // taken[week][slot] is a bitmask of the columns used.
    let mut taken: Vec<Vec<u8>> = vec![Vec::new(); grid.weeks];
    let mut out = Vec::new();
    for &&(event, original_start, original_end) in &sorted {
        let start = original_start.max(grid.first);
        let end = original_end.min(grid.last());
        let (w0, c0) = grid.position(start).unwrap_or((0, 0));
        let (w1, c1) = grid.position(end).unwrap_or((grid.weeks - 1, 6));
        for (week, slots) in taken.iter_mut().enumerate().take(w1 + 1).skip(w0) {
            let from = if week == w0 { c0 } else { 0 };
            let to = if week == w1 { c1 } else { 6 };
            let mask: u8 = (from..=to).fold(0, |m, c| m | (1 << c));
            let slot = slots
                .iter()
                .position(|used| used & mask == 0)
                .unwrap_or(slots.len());
            if slot == slots.len() && slot < max_slots {
                slots.push(0);
            }
            if let Some(used) = slots.get_mut(slot) {
                *used |= mask;
            }
            out.push(Segment {
                event,
                week,
                from,
                to,
                slot,
                continues_before: week > w0 || original_start < start,
                continues_after: week < w1 || original_end > end,
            });
        }
    }
    out
}

/// Side-by-side columns for timed events in one day: for each `(start, end)` (any unit), its column and how many
/// columns its group of overlapping events shares, so events at the same time sit beside each other, not on top.
/// Events that only touch (one ends as the next starts) do not overlap.
pub fn side_by_side(intervals: &[(i64, i64)]) -> Vec<(usize, usize)> {
    let mut order: Vec<usize> = (0..intervals.len()).collect();
    order.sort_by_key(|&k| (intervals[k].0, std::cmp::Reverse(intervals[k].1), k));
    let mut out = vec![(0, 1); intervals.len()];
    // The current group: its members, and the end of each column's last event.
    let mut group: Vec<usize> = Vec::new();
    let mut column_ends: Vec<i64> = Vec::new();
    let mut group_end = i64::MIN;
    let close = |group: &mut Vec<usize>, columns: usize, out: &mut Vec<(usize, usize)>| {
        for &k in group.iter() {
            out[k].1 = columns;
        }
        group.clear();
    };
    for k in order {
        let (start, end) = intervals[k];
        let end = end.max(start);
        if !group.is_empty() && start >= group_end {
            close(&mut group, column_ends.len(), &mut out);
            column_ends.clear();
        }
        let column = match column_ends.iter().position(|&e| e <= start) {
            Some(c) => {
                column_ends[c] = end;
                c
            }
            None => {
                column_ends.push(end);
                column_ends.len() - 1
            }
        };
        out[k].0 = column;
        group_end = if group.is_empty() {
            end
        } else {
            group_end.max(end)
        };
        group.push(k);
    }
    close(&mut group, column_ends.len(), &mut out);
    out
}

/// Where trips run in one week row: a stretch of days covered by the same trips, the first of them giving
/// the band its colour.
pub struct Band {
    pub week: usize,
    pub from: usize,
    pub to: usize,
    /// Indices into the document's trips, in the document's order.
    pub trips: Vec<usize>,
}

/// The trip bands of a month grid, from the trips that touch it: one band per stretch of days covered by the
/// same trips, so a month with hundreds of overlapping trips draws a few bands, not hundreds.
pub fn bands(grid: &MonthGrid, trips: &[super::index::Span]) -> Vec<Band> {
    let mut out: Vec<Band> = Vec::new();
    for week in 0..grid.weeks {
        for column in 0..7 {
            let day = grid.day(week, column);
            let covering: Vec<usize> = trips
                .iter()
                .filter(|&&(_, a, b)| a <= day && day <= b)
                .map(|&(t, ..)| t as usize)
                .collect();
            if covering.is_empty() {
                continue;
            }
            match out.last_mut() {
                Some(band)
                    if band.week == week && band.to + 1 == column && band.trips == covering =>
                {
                    band.to = column;
                }
                _ => out.push(Band {
                    week,
                    from: column,
                    to: column,
                    trips: covering,
                }),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("date")
    }

    #[test]
    fn shifting_months_lands_on_the_first_and_crosses_years_both_ways() {
        assert_eq!(shift_months(d(2026, 1, 18), -1), d(2025, 12, 1));
        assert_eq!(shift_months(d(2026, 12, 31), 1), d(2027, 1, 1));
        assert_eq!(shift_months(d(2026, 3, 5), 0), d(2026, 3, 1));
    }

    #[test]
    fn march_2026_starts_on_monday_the_23rd_of_february_and_has_six_weeks() {
        let grid = MonthGrid::new(d(2026, 3, 1), Weekday::Mon);
        assert_eq!(grid.first, d(2026, 2, 23));
        assert_eq!(grid.weeks, 6);
        assert_eq!(grid.position(d(2026, 2, 26)), Some((0, 3)));
        assert_eq!(grid.iso_week(0), 9);
    }

    #[test]
    fn bars_past_the_slots_shown_are_counted_but_not_stacked() {
        let grid = MonthGrid::new(d(2026, 3, 1), Weekday::Mon);
        let events: Vec<(u32, NaiveDate, NaiveDate)> =
            (0..10).map(|i| (i, d(2026, 3, 4), d(2026, 3, 4))).collect();
        let all = layout(&grid, &events, usize::MAX);
        let capped = layout(&grid, &events, 3);
        assert_eq!(capped.len(), all.len(), "every event is still counted");
        for (a, c) in all.iter().zip(&capped) {
            assert_eq!(c.slot, a.slot.min(3));
        }
    }

    #[test]
    fn weeks_can_start_on_sunday() {
        let grid = MonthGrid::new(d(2026, 3, 1), Weekday::Sun);
        assert_eq!(grid.first, d(2026, 3, 1));
        assert_eq!(grid.weeks, 5);
    }

    #[test]
    fn a_multi_week_event_is_one_segment_per_week_row_and_bars_never_overlap() {
        let grid = MonthGrid::new(d(2026, 3, 1), Weekday::Mon);
        let events = [
            (0, d(2026, 2, 26), d(2026, 3, 7)),
            (1, d(2026, 2, 26), d(2026, 2, 27)),
            (2, d(2026, 3, 2), d(2026, 3, 2)),
        ];
        let segments = layout(&grid, &events, usize::MAX);
        let trip: Vec<(usize, usize, usize)> = segments
            .iter()
            .filter(|s| s.event == 0)
            .map(|s| (s.week, s.from, s.to))
            .collect();
        assert_eq!(trip, [(0, 3, 6), (1, 0, 5)]);
        let mumbai = segments.iter().find(|s| s.event == 1).expect("segment");
        assert_eq!(
            (mumbai.week, mumbai.from, mumbai.to, mumbai.slot),
            (0, 3, 4, 1)
        );
        let monday = segments.iter().find(|s| s.event == 2).expect("segment");
        assert_eq!(monday.slot, 1, "the longer event keeps the top slot");
    }

    #[test]
    fn overlapping_timed_events_sit_side_by_side_and_the_rest_keep_the_whole_width() {
        // 9-11 and 10-12 overlap; 12-13 only touches 10-12, so it has the whole width, as 14-15 has.
        let hours = [(9, 11), (10, 12), (12, 13), (14, 15)];
        assert_eq!(side_by_side(&hours), [(0, 2), (1, 2), (0, 1), (0, 1)]);
        // Three at once share three columns.
        assert_eq!(
            side_by_side(&[(9, 12), (9, 10), (10, 11)]),
            [(0, 2), (1, 2), (1, 2)]
        );
        assert_eq!(
            side_by_side(&[(1, 5), (2, 5), (3, 5)]),
            [(0, 3), (1, 3), (2, 3)]
        );
    }
}
