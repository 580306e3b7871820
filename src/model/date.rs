//! Dates known to a year, a month, a day, or a day and a wall-clock time.
//!
//! In a file a date is a string: `"2026"`, `"2026-01"`, `"2026-02-26"` or `"2026-02-26T09:30"`.
//! The precision is part of the value, so a visit known only to the month stays a month.

use crate::i18n::dates::{self, DateStyle};
use std::fmt;
use std::str::FromStr;

use chrono::{Datelike as _, Months, NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// How much of a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    /// A day and a local time of day.
    Time,
    /// A whole day.
    Day,
    /// A whole month.
    Month,
    /// A whole year.
    Year,
}

impl Precision {
    pub const ALL: [Precision; 4] = [
        Precision::Year,
        Precision::Month,
        Precision::Day,
        Precision::Time,
    ];

    /// The precision's name in the interface's language.
    pub fn label(self) -> &'static str {
        crate::i18n::label(match self {
            Precision::Time => "precision-time",
            Precision::Day => "precision-day",
            Precision::Month => "precision-month",
            Precision::Year => "precision-year",
        })
    }

    /// Whether a date of this precision names a particular day.
    pub fn is_fixed_day(self) -> bool {
        matches!(self, Precision::Time | Precision::Day)
    }
}

/// A date with its precision. Ordering compares the first local instant the value covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateValue {
    Year(i32),
    /// Year and month (1–12).
    Month(i32, u32),
    Day(NaiveDate),
    Time(NaiveDateTime),
}

/// The year of the stand-in for a date that could not be read (see `deferred`); no file can write it.
pub const STAND_IN_YEAR: i32 = i32::MIN;

/// Years a file may name. Wide enough for any itinerary, narrow enough that arithmetic never overflows.
pub const MIN_YEAR: i32 = 1000;
pub const MAX_YEAR: i32 = 9999;

impl DateValue {
    /// Whether this is the stand-in for a date that could not be read.
    pub fn is_stand_in(&self) -> bool {
        *self == DateValue::Year(STAND_IN_YEAR)
    }

    pub fn precision(&self) -> Precision {
        match self {
            DateValue::Year(_) => Precision::Year,
            DateValue::Month(..) => Precision::Month,
            DateValue::Day(_) => Precision::Day,
            DateValue::Time(_) => Precision::Time,
        }
    }

    /// The first local day the value covers.
    pub fn first_day(&self) -> NaiveDate {
        match *self {
            DateValue::Year(y) => ymd(y, 1, 1),
            DateValue::Month(y, m) => ymd(y, m, 1),
            DateValue::Day(d) => d,
            DateValue::Time(t) => t.date(),
        }
    }

    /// The last local day the value covers (inclusive).
    pub fn last_day(&self) -> NaiveDate {
        match *self {
            DateValue::Year(y) => ymd(y, 12, 31),
            DateValue::Month(y, m) => {
                let first = ymd(y, m, 1);
                first
                    .checked_add_months(Months::new(1))
                    .and_then(|d| d.pred_opt())
                    .unwrap_or(first)
            }
            DateValue::Day(d) => d,
            DateValue::Time(t) => t.date(),
        }
    }

    /// The first local moment the value covers.
    pub fn first_local(&self) -> NaiveDateTime {
        match *self {
            DateValue::Time(t) => t,
            _ => self.first_day().and_time(NaiveTime::MIN),
        }
    }

    /// The local moment just after the value's span: the next day, month or year, or the time itself.
    pub fn end_local_exclusive(&self) -> NaiveDateTime {
        match *self {
            DateValue::Time(t) => t,
            _ => {
                let last = self.last_day();
                last.succ_opt().unwrap_or(last).and_time(NaiveTime::MIN)
            }
        }
    }

    /// The year the value falls in.
    pub fn year(&self) -> i32 {
        self.first_day().year()
    }

    /// A reader's form in the interface's language: "2026", "January 2026", "26 Feb 2026", "26 Feb 2026 09:30";
    /// "janvier 2026", "26 févr. 2026 09 h 30".
    pub fn human(&self) -> String {
        match self {
            DateValue::Year(y) => format!("{y}"),
            DateValue::Month(..) => dates::date(self.first_day(), DateStyle::MonthYear),
            DateValue::Day(d) => dates::date(*d, DateStyle::Day),
            DateValue::Time(t) => dates::date_time(*t, DateStyle::Day),
        }
    }

    /// The same value expressed with another precision, keeping its first day.
    pub fn with_precision(&self, precision: Precision) -> DateValue {
        let first = self.first_local();
        match precision {
            Precision::Year => DateValue::Year(first.year()),
            Precision::Month => DateValue::Month(first.year(), first.month()),
            Precision::Day => DateValue::Day(first.date()),
            Precision::Time => match self {
                DateValue::Time(t) => DateValue::Time(*t),
                _ => DateValue::Time(first.date().and_hms_opt(9, 0, 0).unwrap_or(first)),
            },
        }
    }
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateValue::Year(y) => write!(f, "{y:04}"),
            DateValue::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            DateValue::Day(d) => write!(f, "{}", d.format("%Y-%m-%d")),
            DateValue::Time(t) => write!(f, "{}", t.format("%Y-%m-%dT%H:%M")),
        }
    }
}

/// Why a date string was not understood.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct DateError(pub String);

fn expected() -> String {
    crate::tr!("date-expected")
}

impl FromStr for DateValue {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let bad = |why: &str| DateError(crate::tr!("date-not-a-date", text = text, why = why));
        let (date_part, time_part) = match text.split_once('T') {
            Some((d, t)) => (d, Some(t)),
            None => (text, None),
        };
        let fields: Vec<&str> = date_part.split('-').collect();
        let number = |s: &str, digits: usize, what: &str| -> Result<u32, DateError> {
            if s.len() != digits || !s.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad(&crate::tr!(
                    "date-digits",
                    part = what,
                    digits = digits,
                    expected = expected()
                )));
            }
            s.parse::<u32>().map_err(|_| bad(&expected()))
        };
        let year = number(fields.first().copied().unwrap_or(""), 4, "year")? as i32;
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return Err(bad(&crate::tr!(
                "date-year-range",
                min = MIN_YEAR.to_string(),
                max = MAX_YEAR.to_string()
            )));
        }
        let month = match fields.get(1) {
            Some(m) => {
                let m = number(m, 2, "month")?;
                if !(1..=12).contains(&m) {
                    return Err(bad(&crate::tr!("date-no-month", month = m)));
                }
                Some(m)
            }
            None => None,
        };
        let day = match fields.get(2) {
            Some(d) => Some(number(d, 2, "day")?),
            None => None,
        };
        if fields.len() > 3 {
            return Err(bad(&expected()));
        }
        let value = match (month, day) {
            (None, None) => DateValue::Year(year),
            (Some(m), None) => DateValue::Month(year, m),
            (Some(m), Some(d)) => {
                let date = NaiveDate::from_ymd_opt(year, m, d).ok_or_else(|| {
                    bad(&crate::tr!(
                        "date-no-day",
                        month = NaiveDate::from_ymd_opt(year, m, 1)
                            .map(|f| dates::date(f, DateStyle::MonthYear))
                            .unwrap_or_default(),
                        day = d
                    ))
                })?;
                DateValue::Day(date)
            }
            (None, Some(_)) => return Err(bad(&expected())),
        };
        match time_part {
            None => Ok(value),
            Some(time) => {
                let DateValue::Day(date) = value else {
                    return Err(bad(&crate::tr!("date-time-needs-day")));
                };
                let (h, m) = time
                    .split_once(':')
                    .ok_or_else(|| bad(&crate::tr!("date-time-form")))?;
                let h = number(h, 2, "hour")?;
                let m = number(m, 2, "minute")?;
                if h > 23 {
                    return Err(bad(&crate::tr!("date-no-hour", hour = h)));
                }
                if m > 59 {
                    return Err(bad(&crate::tr!("date-no-minute", minute = m)));
                }
                let t = NaiveTime::from_hms_opt(h, m, 0).ok_or_else(|| bad(&expected()))?;
                Ok(DateValue::Time(date.and_time(t)))
            }
        }
    }
}

impl Serialize for DateValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for DateValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = DateValue;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&crate::tr!("date-expecting"))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<DateValue, E> {
                match v.parse() {
                    Ok(date) => Ok(date),
                    // Reported with the file's other problems; a stand-in keeps the reading going.
                    Err(DateError(message)) if super::deferred::note(v, &message) => {
                        Ok(DateValue::Year(STAND_IN_YEAR))
                    }
                    Err(e) => Err(E::custom(e.0)),
                }
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_precision_parses_and_prints_back_the_same_text() {
        for text in ["2026", "2026-01", "2026-02-26", "2026-02-26T09:30"] {
            let value: DateValue = text.parse().expect("valid date");
            assert_eq!(value.to_string(), text);
        }
    }

    #[test]
    fn the_thirtieth_of_february_is_refused_with_a_reason() {
        let err = "2026-02-30".parse::<DateValue>().expect_err("no such day");
        assert!(err.0.contains("February 2026 has no day 30"), "{}", err.0);
    }

    #[test]
    fn a_date_in_the_wrong_order_says_what_a_date_looks_like() {
        let err = "26-02-2026".parse::<DateValue>().expect_err("day first");
        assert!(
            err.0
                .contains("the year must be 4 digits; expected a date such as \"2026\""),
            "{}",
            err.0
        );
    }

    #[test]
    fn hour_twenty_five_is_refused() {
        let err = "2026-02-26T25:00"
            .parse::<DateValue>()
            .expect_err("no such hour");
        assert!(err.0.contains("no hour 25"), "{}", err.0);
    }

    #[test]
    fn a_month_covers_its_whole_month() {
        let feb = DateValue::Month(2024, 2);
        assert_eq!(feb.last_day(), ymd(2024, 2, 29));
        assert_eq!(
            feb.end_local_exclusive(),
            ymd(2024, 3, 1).and_time(NaiveTime::MIN)
        );
    }
}
