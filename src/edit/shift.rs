//! Moving dates by calendar amounts, each at its own precision.
//!
//! A shift is a number of whole units. Each date moves by the shift rounded to its own precision: a month-precision
//! visit moved by ten days stays put, moved by forty days moves one month, and stays a month. Day and time moves are
//! wall-clock arithmetic on local dates and times, so an event keeps its local times across a daylight-saving change.

use chrono::{Months, NaiveDate, NaiveDateTime, TimeDelta};

use crate::model::date::{MAX_YEAR, MIN_YEAR};
use crate::model::{DateValue, Precision};

/// A unit a shift counts in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unit {
    Years,
    Months,
    Days,
    Minutes,
}

/// Move by `amount` whole `unit`s (negative moves earlier).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Shift {
    pub amount: i64,
    pub unit: Unit,
}

impl Shift {
    pub fn days(amount: i64) -> Shift {
        Shift {
            amount,
            unit: Unit::Days,
        }
    }
    pub fn months(amount: i64) -> Shift {
        Shift {
            amount,
            unit: Unit::Months,
        }
    }
    pub fn years(amount: i64) -> Shift {
        Shift {
            amount,
            unit: Unit::Years,
        }
    }
    pub fn minutes(amount: i64) -> Shift {
        Shift {
            amount,
            unit: Unit::Minutes,
        }
    }

    /// One step in the natural unit of a precision: a year, a month, a day, or an hour.
    pub fn one_unit_of(precision: Precision, steps: i64) -> Shift {
        match precision {
            Precision::Year => Shift::years(steps),
            Precision::Month => Shift::months(steps),
            Precision::Day => Shift::days(steps),
            Precision::Time => Shift::minutes(60 * steps),
        }
    }

    pub fn is_zero(&self) -> bool {
        self.amount == 0
    }

    /// The shift in (approximate) minutes, for rounding to coarser units.
    fn approx_minutes(&self) -> f64 {
        let per_unit = match self.unit {
            Unit::Years => 365.2425 * 1440.0,
            Unit::Months => 30.436875 * 1440.0,
            Unit::Days => 1440.0,
            Unit::Minutes => 1.0,
        };
        self.amount as f64 * per_unit
    }

    /// Whole months this shift stands for, rounded.
    fn as_months(&self) -> i64 {
        match self.unit {
            Unit::Years => self.amount * 12,
            Unit::Months => self.amount,
            _ => (self.approx_minutes() / (30.436875 * 1440.0)).round() as i64,
        }
    }

    /// Whole years this shift stands for, rounded.
    fn as_years(&self) -> i64 {
        match self.unit {
            Unit::Years => self.amount,
            _ => (self.as_months() as f64 / 12.0).round() as i64,
        }
    }

    /// Whole days this shift stands for, rounded (for day-precision dates).
    fn as_days(&self) -> Option<i64> {
        match self.unit {
            Unit::Days => Some(self.amount),
            Unit::Minutes => Some((self.amount as f64 / 1440.0).round() as i64),
            Unit::Years | Unit::Months => None,
        }
    }

    /// The date moved by this shift at its own precision, or `None` when it would leave the calendar Itinera allows.
    pub fn apply(&self, date: DateValue) -> Option<DateValue> {
        let moved = match date {
            DateValue::Year(y) => {
                DateValue::Year(i32::try_from(i64::from(y) + self.as_years()).ok()?)
            }
            DateValue::Month(y, m) => {
                let index = i64::from(y) * 12 + i64::from(m) - 1 + self.as_months();
                DateValue::Month(
                    i32::try_from(index.div_euclid(12)).ok()?,
                    (index.rem_euclid(12) + 1) as u32,
                )
            }
            DateValue::Day(d) => DateValue::Day(match self.as_days() {
                Some(days) => d.checked_add_signed(TimeDelta::try_days(days)?)?,
                None => add_months(d, self.as_months())?,
            }),
            DateValue::Time(t) => DateValue::Time(match self.unit {
                Unit::Minutes => t.checked_add_signed(TimeDelta::try_minutes(self.amount)?)?,
                Unit::Days => t.checked_add_signed(TimeDelta::try_days(self.amount)?)?,
                Unit::Months | Unit::Years => {
                    NaiveDateTime::new(add_months(t.date(), self.as_months())?, t.time())
                }
            }),
        };
        (MIN_YEAR..=MAX_YEAR)
            .contains(&moved.year())
            .then_some(moved)
    }
}

fn add_months(date: NaiveDate, months: i64) -> Option<NaiveDate> {
    let magnitude = Months::new(u32::try_from(months.unsigned_abs()).ok()?);
    if months >= 0 {
        date.checked_add_months(magnitude)
    } else {
        date.checked_sub_months(magnitude)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> DateValue {
        text.parse().expect("date")
    }

    #[test]
    fn a_month_moves_by_whole_months_and_stays_a_month() {
        assert_eq!(Shift::months(1).apply(d("2026-01")), Some(d("2026-02")));
        assert_eq!(Shift::months(-1).apply(d("2026-01")), Some(d("2025-12")));
        assert_eq!(Shift::days(40).apply(d("2026-01")), Some(d("2026-02")));
        assert_eq!(Shift::days(10).apply(d("2026-01")), Some(d("2026-01")));
    }

    #[test]
    fn a_year_moves_by_whole_years() {
        assert_eq!(Shift::years(1).apply(d("2026")), Some(d("2027")));
        assert_eq!(Shift::months(5).apply(d("2026")), Some(d("2026")));
        assert_eq!(Shift::months(7).apply(d("2026")), Some(d("2027")));
    }

    #[test]
    fn days_and_times_move_on_the_wall_clock() {
        assert_eq!(Shift::days(3).apply(d("2026-02-26")), Some(d("2026-03-01")));
        assert_eq!(
            Shift::days(3).apply(d("2026-10-30T09:30")),
            Some(d("2026-11-02T09:30"))
        );
        assert_eq!(
            Shift::minutes(90).apply(d("2026-10-30T23:30")),
            Some(d("2026-10-31T01:00"))
        );
        assert_eq!(
            Shift::months(1).apply(d("2026-01-31")),
            Some(d("2026-02-28"))
        );
    }

    #[test]
    fn moves_off_the_calendar_are_refused() {
        assert_eq!(Shift::years(10_000).apply(d("2026")), None);
        assert_eq!(Shift::days(i64::MAX).apply(d("2026-01-01")), None);
    }
}
