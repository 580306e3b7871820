//! Dates and times written in the interface's language, from CLDR data (icu4x): "26 Feb 2026" and "14:30" in
//! English, "26 févr. 2026" and "14 h 30" in French as written in Canada.
//!
//! English keeps the day-month-year order and the 24-hour clock of the office's documents (CLDR's British English
//! patterns); French follows CLDR's Canadian French. Formatters are built once per thread and language.

use std::cell::RefCell;
use std::collections::HashMap;

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use icu_datetime::fieldsets::{E, M, MD, MDE, T, Y, YM, YMD, YMDE};
use icu_datetime::input::{Date, Time};
use icu_datetime::{FixedCalendarDateTimeFormatter, NoCalendarFormatter};

use icu_locale_core::Locale;

use super::{Lang, current};

type Gregorian = Date<icu_calendar::Gregorian>;

/// How a date is written. Examples are English · French.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateStyle {
    /// "26 Feb 2026" · "26 févr. 2026"
    Day,
    /// "26 February 2026" · "26 février 2026"
    DayLong,
    /// "26 Feb" · "26 févr."
    DayMonth,
    /// "26 February" · "26 février"
    DayMonthLong,
    /// "Thu 26 Feb" · "jeu. 26 févr."
    WeekdayDayMonth,
    /// "Thu 26 Feb 2026" · "jeu. 26 févr. 2026"
    WeekdayDay,
    /// "Thursday 26 February 2026" · "jeudi 26 février 2026"
    WeekdayDayLong,
    /// "February 2026" · "février 2026"
    MonthYear,
    /// "Feb 2026" · "févr. 2026"
    MonthYearShort,
    /// "February" · "février"
    Month,
    /// "Feb" · "févr."
    MonthShort,
    /// "Thu" · "jeu."
    Weekday,
    /// "Thursday" · "jeudi"
    WeekdayLong,
    /// "2026"
    Year,
}

impl DateStyle {
    /// The same date in chrono's English pattern, used only if CLDR data were ever missing.
    fn fallback(self) -> &'static str {
        match self {
            DateStyle::Day => "%-d %b %Y",
            DateStyle::DayLong => "%-d %B %Y",
            DateStyle::DayMonth => "%-d %b",
            DateStyle::DayMonthLong => "%-d %B",
            DateStyle::WeekdayDayMonth => "%a %-d %b",
            DateStyle::WeekdayDay => "%a %-d %b %Y",
            DateStyle::WeekdayDayLong => "%A %-d %B %Y",
            DateStyle::MonthYear => "%B %Y",
            DateStyle::MonthYearShort => "%b %Y",
            DateStyle::Month => "%B",
            DateStyle::MonthShort => "%b",
            DateStyle::Weekday => "%a",
            DateStyle::WeekdayLong => "%A",
            DateStyle::Year => "%Y",
        }
    }
}

type Fixed<F> = FixedCalendarDateTimeFormatter<icu_calendar::Gregorian, F>;

enum Formatter {
    Ymd(Fixed<YMD>),
    Ymde(Fixed<YMDE>),
    Md(Fixed<MD>),
    Mde(Fixed<MDE>),
    Ym(Fixed<YM>),
    M(Fixed<M>),
    E(Fixed<E>),
    Y(Fixed<Y>),
}

impl Formatter {
    fn new(locale: &Locale, style: DateStyle) -> Option<Formatter> {
        let prefs = locale.into();
        let made = match style {
            DateStyle::Day => Fixed::try_new(prefs, YMD::medium()).map(Formatter::Ymd),
            DateStyle::DayLong => Fixed::try_new(prefs, YMD::long()).map(Formatter::Ymd),
            DateStyle::DayMonth => Fixed::try_new(prefs, MD::medium()).map(Formatter::Md),
            DateStyle::DayMonthLong => Fixed::try_new(prefs, MD::long()).map(Formatter::Md),
            DateStyle::WeekdayDayMonth => Fixed::try_new(prefs, MDE::medium()).map(Formatter::Mde),
            DateStyle::WeekdayDay => Fixed::try_new(prefs, YMDE::medium()).map(Formatter::Ymde),
            DateStyle::WeekdayDayLong => Fixed::try_new(prefs, YMDE::long()).map(Formatter::Ymde),
            DateStyle::MonthYear => Fixed::try_new(prefs, YM::long()).map(Formatter::Ym),
            DateStyle::MonthYearShort => Fixed::try_new(prefs, YM::medium()).map(Formatter::Ym),
            DateStyle::Month => Fixed::try_new(prefs, M::long()).map(Formatter::M),
            DateStyle::MonthShort => Fixed::try_new(prefs, M::medium()).map(Formatter::M),
            DateStyle::Weekday => Fixed::try_new(prefs, E::short()).map(Formatter::E),
            DateStyle::WeekdayLong => Fixed::try_new(prefs, E::long()).map(Formatter::E),
            DateStyle::Year => Fixed::try_new(prefs, Y::medium()).map(Formatter::Y),
        };
        made.ok()
    }

    fn format(&self, date: &Gregorian) -> String {
        match self {
            Formatter::Ymd(f) => f.format(date).to_string(),
            Formatter::Ymde(f) => f.format(date).to_string(),
            Formatter::Md(f) => f.format(date).to_string(),
            Formatter::Mde(f) => f.format(date).to_string(),
            Formatter::Ym(f) => f.format(date).to_string(),
            Formatter::M(f) => f.format(date).to_string(),
            Formatter::E(f) => f.format(date).to_string(),
            Formatter::Y(f) => f.format(date).to_string(),
        }
    }
}

#[derive(Default)]
struct Cache {
    dates: HashMap<(Lang, DateStyle), Option<Formatter>>,
    times: HashMap<Lang, Option<NoCalendarFormatter<T>>>,
}

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::new(Cache::default());
}

/// A date in the current language and the given style.
pub fn date(day: NaiveDate, style: DateStyle) -> String {
    date_in(current(), day, style)
}

/// A date in the given language and style.
pub fn date_in(lang: Lang, day: NaiveDate, style: DateStyle) -> String {
    // CLDR's British pattern puts a comma after the weekday ("Thursday, 26 February 2026"); the office's
    // documents, and Itinera's headings, write none.
    match (lang, style) {
        (Lang::En, DateStyle::WeekdayDay) => {
            return format!(
                "{} {}",
                date_in(lang, day, DateStyle::Weekday),
                date_in(lang, day, DateStyle::Day)
            );
        }
        (Lang::En, DateStyle::WeekdayDayLong) => {
            return format!(
                "{} {}",
                date_in(lang, day, DateStyle::WeekdayLong),
                date_in(lang, day, DateStyle::DayLong)
            );
        }
        _ => {}
    }
    let Some(input) = gregorian(day) else {
        return day.format(style.fallback()).to_string();
    };
    CACHE.with_borrow_mut(|cache| {
        let formatter = cache
            .dates
            .entry((lang, style))
            .or_insert_with(|| Formatter::new(&lang.cldr_locale(), style));
        match formatter {
            Some(f) => f.format(&input),
            None => day.format(style.fallback()).to_string(),
        }
    })
}

/// A time of day in the current language: "14:30" · "14 h 30".
pub fn time(at: NaiveTime) -> String {
    time_in(current(), at)
}

/// A time of day in the given language.
pub fn time_in(lang: Lang, at: NaiveTime) -> String {
    let input = Time::try_new(at.hour() as u8, at.minute() as u8, 0, 0).ok();
    CACHE.with_borrow_mut(|cache| {
        let formatter = cache.times.entry(lang).or_insert_with(|| {
            NoCalendarFormatter::try_new((&lang.cldr_locale()).into(), T::hm()).ok()
        });
        match (formatter, input) {
            (Some(f), Some(input)) => f.format(&input).to_string(),
            _ => at.format("%H:%M").to_string(),
        }
    })
}

/// A day of the week's name in the current language: "Monday" · "lundi".
pub fn weekday(day: chrono::Weekday) -> String {
    // Any week has each day once; CLDR names it from a date.
    NaiveDate::from_isoywd_opt(2026, 1, day)
        .map_or_else(|| day.to_string(), |d| date(d, DateStyle::WeekdayLong))
}

/// A date and time: "26 Feb 2026 14:30" · "26 févr. 2026 14 h 30".
pub fn date_time(at: NaiveDateTime, style: DateStyle) -> String {
    format!("{} {}", date(at.date(), style), time(at.time()))
}

/// The span between two days, written once where they share a month or year:
/// "26 Feb – 7 Mar 2026" · "du 26 févr. au 7 mars 2026".
pub fn day_span(from: NaiveDate, to: NaiveDate, long: bool) -> String {
    let (day, day_month) = if long {
        (DateStyle::DayLong, DateStyle::DayMonthLong)
    } else {
        (DateStyle::Day, DateStyle::DayMonth)
    };
    let first = if from.year() == to.year() {
        date(from, day_month)
    } else {
        date(from, day)
    };
    crate::tr!("date-span", from = first, to = date(to, day))
}

fn gregorian(day: NaiveDate) -> Option<Gregorian> {
    let month = u8::try_from(day.month()).ok()?;
    let dom = u8::try_from(day.day()).ok()?;
    Date::try_new_gregorian(day.year(), month, dom).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real day")
    }

    #[test]
    fn french_dates_are_written_as_in_canada() {
        let d = day(2026, 2, 26);
        assert_eq!(date_in(Lang::Fr, d, DateStyle::DayLong), "26 février 2026");
        assert_eq!(date_in(Lang::Fr, d, DateStyle::MonthYear), "février 2026");
        assert_eq!(date_in(Lang::Fr, d, DateStyle::Year), "2026");
        assert_eq!(
            date_in(Lang::Fr, d, DateStyle::WeekdayDayLong),
            "jeudi 26 février 2026"
        );
        let at = NaiveTime::from_hms_opt(14, 30, 0).expect("a real time");
        assert_eq!(time_in(Lang::Fr, at), "14 h 30");
        crate::i18n::set(Lang::Fr);
        assert_eq!(weekday(chrono::Weekday::Mon), "lundi");
        crate::i18n::set(Lang::En);
        assert_eq!(weekday(chrono::Weekday::Sun), "Sunday");
    }

    #[test]
    fn english_dates_keep_the_day_month_year_order_and_the_24_hour_clock() {
        let d = day(2026, 2, 26);
        assert_eq!(date_in(Lang::En, d, DateStyle::Day), "26 Feb 2026");
        assert_eq!(date_in(Lang::En, d, DateStyle::DayLong), "26 February 2026");
        assert_eq!(
            date_in(Lang::En, d, DateStyle::WeekdayDayMonth),
            "Thu 26 Feb"
        );
        assert_eq!(date_in(Lang::En, d, DateStyle::MonthYear), "February 2026");
        assert_eq!(
            date_in(Lang::En, d, DateStyle::WeekdayDayLong),
            "Thursday 26 February 2026"
        );
        let at = NaiveTime::from_hms_opt(14, 30, 0).expect("a real time");
        assert_eq!(time_in(Lang::En, at), "14:30");
    }

    #[test]
    fn a_span_within_one_year_names_the_year_once() {
        let (from, to) = (day(2026, 2, 26), day(2026, 3, 7));
        crate::i18n::set(Lang::Fr);
        assert_eq!(day_span(from, to, true), "du 26 février au 7 mars 2026");
        crate::i18n::set(Lang::En);
        assert_eq!(day_span(from, to, false), "26 Feb – 7 Mar 2026");
        assert_eq!(
            day_span(day(2025, 12, 30), day(2026, 1, 2), false),
            "30 Dec 2025 – 2 Jan 2026"
        );
    }
}
