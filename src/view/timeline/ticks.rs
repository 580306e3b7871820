//! Adaptive ticks for the time axis, in the display zone: decades down to hours, whichever fit.

use crate::i18n::dates::{DateStyle, date};
use chrono::{Datelike as _, Duration, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use chrono_tz::Tz;

use super::axis::TimeAxis;
use crate::edit::Shift;
use crate::model::time::local_to_utc;

/// The spacing between ticks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TickUnit {
    Years(u32),
    Quarter,
    Month,
    Week,
    Day,
    Hours(u32),
}

impl TickUnit {
    /// Finest first.
    const ALL: [TickUnit; 10] = [
        TickUnit::Hours(1),
        TickUnit::Hours(3),
        TickUnit::Hours(6),
        TickUnit::Day,
        TickUnit::Week,
        TickUnit::Month,
        TickUnit::Quarter,
        TickUnit::Years(1),
        TickUnit::Years(5),
        TickUnit::Years(10),
    ];

    /// Roughly how long one step is.
    pub fn approx_secs(self) -> f64 {
        match self {
            TickUnit::Hours(h) => 3600.0 * f64::from(h),
            TickUnit::Day => 86400.0,
            TickUnit::Week => 7.0 * 86400.0,
            TickUnit::Month => 30.44 * 86400.0,
            TickUnit::Quarter => 91.31 * 86400.0,
            TickUnit::Years(y) => 365.25 * 86400.0 * f64::from(y),
        }
    }

    /// The finest unit whose steps are at least `min_px` apart on this axis.
    pub fn for_axis(axis: &TimeAxis, min_px: f64) -> TickUnit {
        TickUnit::ALL
            .into_iter()
            .find(|u| u.approx_secs() / axis.secs_per_px >= min_px)
            .unwrap_or(TickUnit::Years(10))
    }

    /// The shift one snap step makes at this zoom: an hour, a day, a month or a year.
    pub fn snap(self, steps: i64) -> Shift {
        match self {
            TickUnit::Hours(_) => Shift::minutes(60 * steps),
            TickUnit::Day | TickUnit::Week => Shift::days(steps),
            TickUnit::Month | TickUnit::Quarter => Shift::months(steps),
            TickUnit::Years(_) => Shift::years(steps),
        }
    }

    /// Whether days are wide enough to shade weekends.
    pub fn shows_days(self) -> bool {
        matches!(self, TickUnit::Hours(_) | TickUnit::Day | TickUnit::Week)
    }
}

/// One tick: where it is and what it says.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub secs: f64,
    pub label: String,
}

fn utc(local: NaiveDateTime, zone: Tz) -> f64 {
    local_to_utc(local, zone).secs() as f64
}

fn local_date(secs: f64, zone: Tz) -> NaiveDate {
    chrono::DateTime::from_timestamp(secs as i64, 0)
        .map(|t| t.with_timezone(&zone).date_naive())
        .unwrap_or_default()
}

/// The first tick at or before `date` for `unit`.
fn floor(date: NaiveDate, unit: TickUnit) -> NaiveDate {
    let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or(date);
    match unit {
        TickUnit::Years(n) => ymd(date.year() - date.year().rem_euclid(n as i32), 1, 1),
        TickUnit::Quarter => ymd(date.year(), (date.month0() / 3) * 3 + 1, 1),
        TickUnit::Month => ymd(date.year(), date.month(), 1),
        TickUnit::Week => date - Duration::days(i64::from(date.weekday().num_days_from_monday())),
        TickUnit::Day | TickUnit::Hours(_) => date,
    }
}

fn next(date: NaiveDate, unit: TickUnit) -> NaiveDate {
    let months = |n: u32| {
        date.checked_add_months(chrono::Months::new(n))
            .unwrap_or(date)
    };
    match unit {
        TickUnit::Years(n) => months(12 * n),
        TickUnit::Quarter => months(3),
        TickUnit::Month => months(1),
        TickUnit::Week => date + Duration::days(7),
        TickUnit::Day | TickUnit::Hours(_) => date + Duration::days(1),
    }
}

fn label(local: NaiveDateTime, unit: TickUnit) -> String {
    match unit {
        TickUnit::Years(_) => date(local.date(), DateStyle::Year),
        TickUnit::Quarter => crate::tr!(
            "tick-quarter",
            quarter = local.month0() / 3 + 1,
            year = local.year().to_string()
        ),
        TickUnit::Month if local.month() == 1 => date(local.date(), DateStyle::MonthYearShort),
        TickUnit::Month => date(local.date(), DateStyle::MonthShort),
        TickUnit::Week => date(local.date(), DateStyle::DayMonth),
        TickUnit::Day => date(local.date(), DateStyle::WeekdayDayMonth),
        TickUnit::Hours(_) if local.time() == NaiveTime::MIN => {
            date(local.date(), DateStyle::WeekdayDayMonth)
        }
        TickUnit::Hours(_) => crate::i18n::dates::time(local.time()),
    }
}

/// Most ticks ever made for one axis; a guard against pathological widths.
const MAX_TICKS: usize = 2000;

/// Ticks covering the axis, in `zone`'s local calendar.
pub fn ticks(axis: &TimeAxis, unit: TickUnit, zone: Tz) -> Vec<Tick> {
    let (from, to) = (axis.start_secs, axis.end_secs());
    let mut out = Vec::new();
    let mut day = floor(local_date(from, zone), unit);
    while out.len() < MAX_TICKS {
        match unit {
            TickUnit::Hours(step) => {
                for hour in (0..24).step_by(step as usize) {
                    let local =
                        day.and_time(NaiveTime::from_hms_opt(hour, 0, 0).unwrap_or(NaiveTime::MIN));
                    let secs = utc(local, zone);
                    if secs >= from - unit.approx_secs() && secs <= to {
                        out.push(Tick {
                            secs,
                            label: label(local, unit),
                        });
                    }
                }
            }
            _ => {
                let local = day.and_time(NaiveTime::MIN);
                out.push(Tick {
                    secs: utc(local, zone),
                    label: label(local, unit),
                });
            }
        }
        let following = next(day, unit);
        if utc(following.and_time(NaiveTime::MIN), zone) > to || following == day {
            break;
        }
        day = following;
    }
    out
}

/// Local days in view that fall on a weekend, as `[start, end)` UTC seconds.
pub fn weekends(axis: &TimeAxis, zone: Tz) -> Vec<(f64, f64)> {
    let mut out = Vec::new();
    let mut day = local_date(axis.start_secs, zone);
    let last = local_date(axis.end_secs(), zone);
    while day <= last && out.len() < MAX_TICKS {
        if matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
            let start = utc(day.and_time(NaiveTime::MIN), zone);
            let end = utc((day + Duration::days(1)).and_time(NaiveTime::MIN), zone);
            out.push((start, end));
        }
        day += Duration::days(1);
    }
    out
}

/// Where each tick's label goes on an axis from `left` to `right`: `ticks` are the ticks' x and their labels'
/// widths, in order. A label sits just right of its tick; the label of a period that began before the left edge
/// stays at the edge until the next period's tick pushes it out; a label that would run past the right edge is
/// left out rather than cut.
pub fn label_xs(ticks: &[(f64, f64)], left: f64, right: f64) -> Vec<Option<f64>> {
    const PAD: f64 = 4.0;
    ticks
        .iter()
        .enumerate()
        .map(|(k, &(x, width))| {
            let next = ticks.get(k + 1).map_or(f64::INFINITY, |t| t.0);
            let at = (x + PAD).max(left + PAD).min(next - PAD - width);
            (at >= left && at >= x && at + width <= right).then_some(at)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secs(text: &str) -> f64 {
        chrono::DateTime::parse_from_rfc3339(text)
            .expect("time")
            .timestamp() as f64
    }

    #[test]
    fn the_unit_follows_the_zoom() {
        let year = TimeAxis::showing(
            secs("2026-01-01T00:00:00Z"),
            secs("2027-01-01T00:00:00Z"),
            0.0,
            1200.0,
        );
        assert_eq!(TickUnit::for_axis(&year, 60.0), TickUnit::Month);
        let week = TimeAxis::showing(
            secs("2026-03-01T00:00:00Z"),
            secs("2026-03-08T00:00:00Z"),
            0.0,
            1200.0,
        );
        assert_eq!(TickUnit::for_axis(&week, 60.0), TickUnit::Day);
        let day = TimeAxis::showing(
            secs("2026-03-01T00:00:00Z"),
            secs("2026-03-02T00:00:00Z"),
            0.0,
            1200.0,
        );
        assert_eq!(TickUnit::for_axis(&day, 60.0), TickUnit::Hours(3));
        let decades = TimeAxis::showing(
            secs("2000-01-01T00:00:00Z"),
            secs("2049-01-01T00:00:00Z"),
            0.0,
            1200.0,
        );
        assert_eq!(TickUnit::for_axis(&decades, 60.0), TickUnit::Years(5));
    }

    #[test]
    fn month_ticks_fall_on_local_midnight_of_the_first() {
        let axis = TimeAxis::showing(
            secs("2026-01-15T00:00:00Z"),
            secs("2026-04-15T00:00:00Z"),
            0.0,
            1200.0,
        );
        let ticks = ticks(&axis, TickUnit::Month, chrono_tz::Asia::Tokyo);
        let labels: Vec<&str> = ticks.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["Jan 2026", "Feb", "Mar", "Apr"]);
        // Midnight on 1 February in Tokyo is 15:00 UTC on 31 January.
        assert_eq!(ticks[1].secs, secs("2026-01-31T15:00:00Z"));
    }

    #[test]
    fn weekends_are_found_in_the_display_zone() {
        let axis = TimeAxis::showing(
            secs("2026-02-23T00:00:00Z"),
            secs("2026-03-02T00:00:00Z"),
            0.0,
            1200.0,
        );
        let found = weekends(&axis, chrono_tz::UTC);
        assert_eq!(
            found,
            [
                (secs("2026-02-28T00:00:00Z"), secs("2026-03-01T00:00:00Z")),
                (secs("2026-03-01T00:00:00Z"), secs("2026-03-02T00:00:00Z"))
            ]
        );
    }

    #[test]
    fn axis_labels_stay_whole_inside_the_axis() {
        // Ticks at -50, 100 and 250 on an axis from 0 to 300, each label 80 wide.
        let ticks = [(-50.0, 80.0), (100.0, 80.0), (250.0, 80.0)];
        let xs = label_xs(&ticks, 0.0, 300.0);
        // The first period began off the left edge: its label is at the edge.
        assert_eq!(xs[0], Some(4.0));
        assert_eq!(xs[1], Some(104.0));
        // The last would run past the right edge: left out, not cut.
        assert_eq!(xs[2], None);
        // As the next tick comes near, the edge label is pushed out.
        let close = label_xs(&[(-50.0, 80.0), (60.0, 80.0)], 0.0, 300.0);
        assert_eq!(close[0], None, "no room before the next tick");
        assert_eq!(close[1], Some(64.0));
    }
}
