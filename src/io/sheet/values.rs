//! Dates and times as people write them in spreadsheets: dates at any precision (cells formatted as dates, Excel
//! serial numbers, "2026-03", "March 2026", "mars 2026", "26/02/2026") and times ("14:30", "2:30 PM", "9 h 30").
//! Names (countries, kinds, statuses) are read in `names`.
//!
//! A numeric date whose day and month could be either way round (03/04/2026) is never guessed: the column's
//! other values settle the order, or the user is asked once for the whole column.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeDelta};

use super::Cell;
use crate::model::DateValue;
use crate::model::gazetteer::fold;

/// The order of day and month in numeric dates such as 03/04/2026.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateOrder {
    /// 03/04/2026 is 3 April (as in Canada's French, and most of the world).
    DayFirst,
    /// 03/04/2026 is 4 March (as in the United States).
    MonthFirst,
}

/// Why a date cell could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateProblem {
    /// The day and month could be either way round, and nothing has said which.
    Ambiguous,
    Unreadable,
}

/// What a column's numeric dates say about the order of day and month.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OrderEvidence {
    /// Some date has a first number over 12: only day-first reads it.
    pub day_first: bool,
    /// Some date has a second number over 12: only month-first reads it.
    pub month_first: bool,
    /// Some date has both numbers 12 or under, so it needs the order.
    pub undecided: bool,
}

impl OrderEvidence {
    /// The order the evidence settles, if it settles one.
    pub fn settled(self) -> Option<DateOrder> {
        match (self.day_first, self.month_first) {
            (true, false) => Some(DateOrder::DayFirst),
            (false, true) => Some(DateOrder::MonthFirst),
            _ => None,
        }
    }

    /// Whether the column needs an order that its values do not settle.
    pub fn needs_asking(self) -> bool {
        self.undecided && self.settled().is_none()
    }
}

/// What a column's cells say about the order of day and month.
pub fn order_evidence<'a>(cells: impl IntoIterator<Item = &'a Cell>) -> OrderEvidence {
    let mut evidence = OrderEvidence::default();
    for cell in cells {
        if let Cell::Text(text) = cell
            && let Some((a, b, _)) = numeric_day_month(&split_time(text).0)
        {
            match (a > 12, b > 12) {
                (true, false) => evidence.day_first = true,
                (false, true) => evidence.month_first = true,
                (false, false) if a != b => evidence.undecided = true,
                _ => {}
            }
        }
    }
    evidence
}

/// The two leading numbers and the year of a date written `a/b/year` (or with `-` or `.`).
fn numeric_day_month(text: &str) -> Option<(u32, u32, i32)> {
    let parts: Vec<&str> = text.trim().split(['/', '-', '.']).collect();
    let [a, b, y] = parts.as_slice() else {
        return None;
    };
    if a.len() > 2 || b.len() > 2 || !(y.len() == 4 || y.len() == 2) {
        return None;
    }
    let year: i32 = y.parse().ok()?;
    Some((a.parse().ok()?, b.parse().ok()?, full_year(year, y.len())))
}

fn full_year(year: i32, digits: usize) -> i32 {
    if digits == 2 { 2000 + year } else { year }
}

/// The days from Excel's day zero: serial 1 is 1 January 1900 (Excel counts a 29 February 1900 that never was,
/// so day zero for every later date is 30 December 1899).
fn excel_epoch() -> NaiveDate {
    NaiveDate::from_ymd_opt(1899, 12, 30).unwrap_or_default()
}

/// A date from a cell. `order` settles numeric dates whose day and month could be either way round.
pub fn date(cell: &Cell, order: Option<DateOrder>) -> Result<DateValue, DateProblem> {
    match cell {
        Cell::Date(dt) => Ok(of_datetime(*dt)),
        Cell::Number(n) => {
            if n.fract() == 0.0 && (1000.0..=9999.0).contains(n) {
                // A four-digit whole number in a date column is a year, not a day in 1902.
                return Ok(DateValue::Year(*n as i32));
            }
            serial(*n).map(of_datetime).ok_or(DateProblem::Unreadable)
        }
        Cell::Text(text) => text_date(text, order),
        Cell::Empty | Cell::Bool(_) => Err(DateProblem::Unreadable),
    }
}

/// An Excel serial day number (with its fraction of a day) as a local date and time, to the minute.
pub fn serial(n: f64) -> Option<NaiveDateTime> {
    if !(1.0..=2_958_465.0).contains(&n) {
        return None;
    }
    let minutes = (n * 1440.0).round() as i64;
    excel_epoch()
        .and_time(NaiveTime::MIN)
        .checked_add_signed(TimeDelta::minutes(minutes))
}

fn of_datetime(dt: NaiveDateTime) -> DateValue {
    if dt.time() == NaiveTime::MIN {
        DateValue::Day(dt.date())
    } else {
        DateValue::Time(dt)
    }
}

/// Whether a cell reads as a date in some order (for guessing which columns hold dates).
pub fn looks_like_date(cell: &Cell) -> bool {
    match cell {
        Cell::Date(_) => true,
        Cell::Text(t) => match text_date(t, None) {
            Ok(_) | Err(DateProblem::Ambiguous) => true,
            Err(DateProblem::Unreadable) => false,
        },
        _ => false,
    }
}

/// Splits a time of day off the end of a date: "2026-02-26 09:30" → ("2026-02-26", 09:30).
fn split_time(text: &str) -> (String, Option<NaiveTime>) {
    let text = text.trim();
    if let Some((day, rest)) = text.split_once('T')
        && day.len() == 10
        && let Some(t) = time_text(rest)
    {
        return (day.to_owned(), Some(t));
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    for take in [3, 2, 1] {
        if words.len() > take {
            let (day, time) = words.split_at(words.len() - take);
            if let Some(t) = time_text(&time.join(" ")) {
                return (day.join(" ").trim_end_matches(',').to_owned(), Some(t));
            }
        }
    }
    (text.to_owned(), None)
}

fn text_date(text: &str, order: Option<DateOrder>) -> Result<DateValue, DateProblem> {
    let text = text.trim();
    if let Ok(value) = text.parse::<DateValue>() {
        return Ok(value);
    }
    let (day_text, time) = split_time(text);
    let day = day_value(&day_text, order)?;
    match (day, time) {
        (value, None) => Ok(value),
        (DateValue::Day(d), Some(t)) => Ok(DateValue::Time(d.and_time(t))),
        _ => Err(DateProblem::Unreadable),
    }
}

fn day_value(text: &str, order: Option<DateOrder>) -> Result<DateValue, DateProblem> {
    if let Ok(value) = text.parse::<DateValue>() {
        return Ok(value);
    }
    if let Some((a, b, year)) = numeric_day_month(text) {
        let (day, month) = match (a > 12, b > 12, order) {
            (true, true, _) => return Err(DateProblem::Unreadable),
            (true, false, _) => (a, b),
            (false, true, _) => (b, a),
            _ if a == b => (a, b),
            (false, false, Some(DateOrder::DayFirst)) => (a, b),
            (false, false, Some(DateOrder::MonthFirst)) => (b, a),
            (false, false, None) => return Err(DateProblem::Ambiguous),
        };
        return NaiveDate::from_ymd_opt(year, month, day)
            .map(DateValue::Day)
            .ok_or(DateProblem::Unreadable);
    }
    worded(text).ok_or(DateProblem::Unreadable)
}

/// Dates with the month in words: "March 2026", "mars 2026", "26 February 2026", "February 26, 2026",
/// "1er mars 2026", "Thursday 26 February 2026", "2026/03" and "03/2026".
fn worded(text: &str) -> Option<DateValue> {
    let mut year = None;
    let mut month = None;
    let mut day = None;
    for token in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
    {
        let folded = fold(token);
        let digits = folded.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &folded[digits.len()..];
        if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) {
            if !matches!(suffix, "" | "er" | "st" | "nd" | "rd" | "th" | "e") {
                return None;
            }
            let n: u32 = digits.parse().ok()?;
            if digits.len() == 4 && year.is_none() {
                year = Some(n as i32);
            } else if n <= 31 && day.is_none() {
                day = Some(n);
            } else {
                return None;
            }
        } else if let Some(m) = month_number(&folded) {
            if month.replace(m).is_some() {
                return None;
            }
        } else if !is_filler(&folded) {
            return None;
        }
    }
    let year = year?;
    match (month, day) {
        (None, None) => Some(DateValue::Year(year)),
        // "03/2026": a number with a year and no month word is the month.
        (None, Some(m)) if (1..=12).contains(&m) => Some(DateValue::Month(year, m)),
        (Some(m), None) => Some(DateValue::Month(year, m)),
        (Some(m), Some(d)) => NaiveDate::from_ymd_opt(year, m, d).map(DateValue::Day),
        _ => None,
    }
}

/// Words that may stand in a written date without changing it: weekdays and small words.
fn is_filler(word: &str) -> bool {
    const FILLER: [&str; 21] = [
        "the",
        "of",
        "le",
        "de",
        "du",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "on",
        "en",
    ];
    FILLER.contains(&word) || ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].contains(&word)
}

/// A month's number from its name or abbreviation in English or French, folded.
fn month_number(word: &str) -> Option<u32> {
    const MONTHS: [&[&str]; 12] = [
        &["january", "jan", "janvier", "janv"],
        &["february", "feb", "fevrier", "fevr", "fev"],
        &["march", "mar", "mars"],
        &["april", "apr", "avril", "avr"],
        &["may", "mai"],
        &["june", "jun", "juin"],
        &["july", "jul", "juillet", "juil"],
        &["august", "aug", "aout"],
        &["september", "sep", "sept", "septembre"],
        &["october", "oct", "octobre"],
        &["november", "nov", "novembre"],
        &["december", "dec", "decembre"],
    ];
    MONTHS
        .iter()
        .position(|names| names.contains(&word))
        .map(|i| i as u32 + 1)
}

/// A time of day from a cell: a time-formatted cell, a fraction of a day, or text such as "14:30", "9h30",
/// "9 h 30", "2:30 PM", "14:30:00".
pub fn time(cell: &Cell) -> Option<NaiveTime> {
    match cell {
        Cell::Date(dt) => Some(dt.time()),
        Cell::Number(n) if (0.0..1.0).contains(n) => {
            let minutes = (n * 1440.0).round() as u32;
            NaiveTime::from_hms_opt(minutes / 60 % 24, minutes % 60, 0)
        }
        Cell::Text(t) => time_text(t),
        _ => None,
    }
}

fn time_text(text: &str) -> Option<NaiveTime> {
    let lower = text.trim().to_lowercase();
    let (body, afternoon) = if let Some(b) = lower.strip_suffix("pm") {
        (b.trim_end_matches('.').trim(), Some(true))
    } else if let Some(b) = lower.strip_suffix("am") {
        (b.trim_end_matches('.').trim(), Some(false))
    } else {
        (lower.as_str(), None)
    };
    let body: String = body.chars().filter(|c| !c.is_whitespace()).collect();
    let mut parts = body.split([':', 'h']);
    let hour: u32 = parts.next()?.parse().ok()?;
    let minute: u32 = match parts.next() {
        Some("") | None if afternoon.is_some() || body.ends_with('h') => 0,
        Some(m) if m.len() == 2 => m.parse().ok()?,
        _ => return None,
    };
    if let Some(s) = parts.next()
        && (s.len() != 2 || s.parse::<u32>().is_err())
    {
        return None;
    }
    let hour = match afternoon {
        Some(true) if (1..12).contains(&hour) => hour + 12,
        Some(false) if hour == 12 => 0,
        Some(_) if !(1..=12).contains(&hour) => return None,
        _ => hour,
    };
    NaiveTime::from_hms_opt(hour, minute, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(t: &str) -> Cell {
        Cell::Text(t.into())
    }

    fn day(y: i32, m: u32, d: u32) -> DateValue {
        DateValue::Day(NaiveDate::from_ymd_opt(y, m, d).expect("valid"))
    }

    #[test]
    fn text_dates_keep_the_precision_they_are_written_at() {
        assert_eq!(date(&text("2026"), None), Ok(DateValue::Year(2026)));
        assert_eq!(date(&text("2026-03"), None), Ok(DateValue::Month(2026, 3)));
        assert_eq!(
            date(&text("March 2026"), None),
            Ok(DateValue::Month(2026, 3))
        );
        assert_eq!(
            date(&text("mars 2026"), None),
            Ok(DateValue::Month(2026, 3))
        );
        assert_eq!(
            date(&text("févr. 2026"), None),
            Ok(DateValue::Month(2026, 2))
        );
        assert_eq!(date(&text("03/2026"), None), Ok(DateValue::Month(2026, 3)));
        assert_eq!(date(&text("26/02/2026"), None), Ok(day(2026, 2, 26)));
        assert_eq!(date(&text("02/26/2026"), None), Ok(day(2026, 2, 26)));
        assert_eq!(date(&text("26 February 2026"), None), Ok(day(2026, 2, 26)));
        assert_eq!(date(&text("February 26, 2026"), None), Ok(day(2026, 2, 26)));
        assert_eq!(date(&text("1er mars 2026"), None), Ok(day(2026, 3, 1)));
        assert_eq!(
            date(&text("jeudi 26 février 2026"), None),
            Ok(day(2026, 2, 26))
        );
        assert_eq!(date(&text("2026-02-26"), None), Ok(day(2026, 2, 26)));
    }

    #[test]
    fn a_date_with_a_time_is_timed() {
        let at = |h, m| {
            DateValue::Time(
                NaiveDate::from_ymd_opt(2026, 2, 26)
                    .and_then(|d| d.and_hms_opt(h, m, 0))
                    .expect("valid"),
            )
        };
        assert_eq!(date(&text("2026-02-26 09:30"), None), Ok(at(9, 30)));
        assert_eq!(date(&text("2026-02-26T09:30"), None), Ok(at(9, 30)));
        assert_eq!(date(&text("26/02/2026 14:30"), None), Ok(at(14, 30)));
        assert_eq!(date(&text("26 février 2026 14 h 30"), None), Ok(at(14, 30)));
    }

    #[test]
    fn a_date_that_could_be_either_way_round_is_never_guessed() {
        assert_eq!(date(&text("03/04/2026"), None), Err(DateProblem::Ambiguous));
        assert_eq!(
            date(&text("03/04/2026"), Some(DateOrder::DayFirst)),
            Ok(day(2026, 4, 3))
        );
        assert_eq!(
            date(&text("03/04/2026"), Some(DateOrder::MonthFirst)),
            Ok(day(2026, 3, 4))
        );
        // The same number twice reads the same either way.
        assert_eq!(date(&text("04/04/2026"), None), Ok(day(2026, 4, 4)));
    }

    #[test]
    fn a_column_settles_its_own_order_when_one_date_can_only_be_read_one_way() {
        let cells = [text("03/04/2026"), text("26/02/2026")];
        let evidence = order_evidence(&cells);
        assert_eq!(evidence.settled(), Some(DateOrder::DayFirst));
        assert!(!evidence.needs_asking());
        let unsettled = [text("03/04/2026"), text("05/06/2026")];
        assert!(order_evidence(&unsettled).needs_asking());
        let conflicting = [text("13/04/2026"), text("04/13/2026"), text("01/02/2026")];
        assert!(order_evidence(&conflicting).needs_asking());
    }

    #[test]
    fn excel_serial_numbers_and_date_cells_are_dates() {
        // 46079 is 26 February 2026 in Excel's count of days.
        assert_eq!(date(&Cell::Number(46079.0), None), Ok(day(2026, 2, 26)));
        let noon = date(&Cell::Number(46079.5), None);
        assert_eq!(
            noon.map(|d| d.to_string()),
            Ok("2026-02-26T12:00".to_owned())
        );
        assert_eq!(date(&Cell::Number(2026.0), None), Ok(DateValue::Year(2026)));
        let cell = Cell::Date(
            NaiveDate::from_ymd_opt(2026, 3, 7)
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .expect("valid"),
        );
        assert_eq!(date(&cell, None), Ok(day(2026, 3, 7)));
        assert_eq!(
            date(&text("next spring"), None),
            Err(DateProblem::Unreadable)
        );
        assert_eq!(
            date(&text("31/02/2026"), None),
            Err(DateProblem::Unreadable)
        );
    }

    #[test]
    fn times_are_read_in_the_ways_people_write_them() {
        let hm = |h, m| NaiveTime::from_hms_opt(h, m, 0);
        assert_eq!(time(&text("14:30")), hm(14, 30));
        assert_eq!(time(&text("9:05")), hm(9, 5));
        assert_eq!(time(&text("9h30")), hm(9, 30));
        assert_eq!(time(&text("9 h 30")), hm(9, 30));
        assert_eq!(time(&text("14 h")), hm(14, 0));
        assert_eq!(time(&text("2:30 PM")), hm(14, 30));
        assert_eq!(time(&text("12:15 am")), hm(0, 15));
        assert_eq!(time(&text("14:30:00")), hm(14, 30));
        assert_eq!(time(&Cell::Number(0.75)), hm(18, 0));
        assert_eq!(time(&text("noonish")), None);
        assert_eq!(time(&text("25:00")), None);
    }
}
