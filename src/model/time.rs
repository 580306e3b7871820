//! From dates with precision and zones to exact UTC instants.
//!
//! A day covers that whole day in the venue's zone, a month its whole month. Spans are half-open:
//! `[start, end)` in UTC seconds. A timed endpoint is an instant; a timed event with no end has no length.

use chrono::{LocalResult, NaiveDate, NaiveDateTime, TimeDelta, TimeZone as _};
use chrono_tz::Tz;

use super::codes::Zone;
use super::date::DateValue;
use super::gazetteer;
use super::timeline::{Event, Place};

/// Seconds since the Unix epoch, UTC.
pub type UtcSecs = i64;

/// How a local wall time maps onto UTC in a zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LocalInstant {
    /// Exactly one instant.
    Single(UtcSecs),
    /// DST repeats this wall time; the earlier instant is used.
    Repeated { earlier: UtcSecs, later: UtcSecs },
    /// DST skips this wall time; the instant given is the first one after the gap.
    Skipped { after_gap: UtcSecs },
}

impl LocalInstant {
    /// The instant Itinera uses: the only one, the earlier of two, or the end of a gap.
    pub fn secs(self) -> UtcSecs {
        match self {
            LocalInstant::Single(s) => s,
            LocalInstant::Repeated { earlier, .. } => earlier,
            LocalInstant::Skipped { after_gap } => after_gap,
        }
    }
}

/// Maps a local wall time in a zone to UTC.
pub fn local_to_utc(local: NaiveDateTime, zone: Tz) -> LocalInstant {
    match zone.from_local_datetime(&local) {
        LocalResult::Single(t) => LocalInstant::Single(t.timestamp()),
        LocalResult::Ambiguous(a, b) => LocalInstant::Repeated {
            earlier: a.timestamp().min(b.timestamp()),
            later: a.timestamp().max(b.timestamp()),
        },
        LocalResult::None => {
            // Gaps are at most a few hours; step forward a quarter hour at a time to the first valid time.
            let mut probe = local;
            for _ in 0..(4 * 26) {
                probe += TimeDelta::minutes(15);
                if let Some(t) = zone.from_local_datetime(&probe).earliest() {
                    return LocalInstant::Skipped {
                        after_gap: t.timestamp(),
                    };
                }
            }
            LocalInstant::Skipped {
                after_gap: local.and_utc().timestamp(),
            }
        }
    }
}

/// The zone a place keeps: its own, its city's, its country's capital's, or UTC when nothing is known.
pub fn place_zone(place: &Place) -> Zone {
    if let Some(zone) = place.zone {
        return zone;
    }
    let country = place.country.as_str();
    gazetteer::city(country, &place.city)
        .or_else(|| gazetteer::capital(country))
        .and_then(|c| c.tz)
        .map(Zone)
        .unwrap_or(Zone::UTC)
}

/// Latitude and longitude of a place: its own, its city's, or its country's centre.
pub fn place_coords(place: &Place) -> Option<(f64, f64)> {
    if let (Some(lat), Some(lon)) = (place.lat(), place.lon()) {
        return Some((lat, lon));
    }
    let country = place.country.as_str();
    if let Some(city) = gazetteer::city(country, &place.city) {
        return Some((city.lat, city.lon));
    }
    super::region::country(country).map(|c| (c.lat, c.lon))
}

/// When one event happens, resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EventTimes {
    /// First instant, UTC.
    pub start: UtcSecs,
    /// End instant (exclusive for dates, exact for times), UTC; never before `start`.
    pub end: UtcSecs,
    pub start_zone: Tz,
    pub end_zone: Tz,
    /// First and last venue-local days (inclusive), for calendar placement.
    pub first_day: NaiveDate,
    pub last_day: NaiveDate,
}

impl EventTimes {
    /// Resolves an event's endpoints in their zones.
    pub fn of(event: &Event) -> EventTimes {
        let venue = place_zone(&event.place);
        let start_zone = event.start_zone.unwrap_or(venue).0;
        let end_zone = event.end_zone.or(event.start_zone).unwrap_or(venue).0;
        let end_value = event.end_or_start();
        let start = local_to_utc(event.start.first_local(), start_zone).secs();
        let end = match (event.end, event.start) {
            // A timed start with no end is an instant.
            (None, DateValue::Time(_)) => start,
            _ => local_to_utc(end_value.end_local_exclusive(), end_zone).secs(),
        };
        EventTimes {
            start,
            end: end.max(start),
            start_zone,
            end_zone,
            first_day: event.start.first_day(),
            last_day: end_value.last_day().max(event.start.first_day()),
        }
    }
}

/// How far ahead of `shown`'s clock `other`'s is at `day`'s noon in `shown`, in seconds.
pub fn clock_difference(day: NaiveDate, shown: Tz, other: Tz) -> i64 {
    use chrono::Offset as _;
    let at = local_to_utc(
        day.and_time(chrono::NaiveTime::from_hms_opt(12, 0, 0).unwrap_or_default()),
        shown,
    )
    .secs();
    let offset = |tz: Tz| {
        chrono::DateTime::from_timestamp(at, 0).map_or(0, |t| {
            i64::from(t.with_timezone(&tz).offset().fix().local_minus_utc())
        })
    };
    offset(other) - offset(shown)
}

/// The first day of each stretch of `days` days from `first` over which `other`'s clock keeps the same difference
/// from `shown`'s: one stretch for most weeks, two when either zone changes its clock during them.
pub fn same_difference_stretches(
    first: NaiveDate,
    days: u32,
    shown: Tz,
    other: Tz,
) -> Vec<NaiveDate> {
    let mut out: Vec<NaiveDate> = Vec::new();
    let mut last = None;
    for day in first.iter_days().take(days as usize) {
        let difference = clock_difference(day, shown, other);
        if last != Some(difference) {
            out.push(day);
            last = Some(difference);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::codes::CountryCode;

    fn place(country: &str, city: &str) -> Place {
        Place {
            country: country.parse::<CountryCode>().expect("code"),
            city: city.into(),
            ..Place::default()
        }
    }

    #[test]
    fn a_day_in_mumbai_covers_that_day_in_india_time() {
        let event = Event::new(
            "m",
            "Mumbai",
            "2026-02-26".parse().expect("date"),
            place("IN", "Mumbai"),
        );
        let times = EventTimes::of(&event);
        // Midnight in India (UTC+05:30) is 18:30 UTC the day before.
        assert_eq!(
            times.start,
            chrono::DateTime::parse_from_rfc3339("2026-02-25T18:30:00Z")
                .expect("t")
                .timestamp()
        );
        assert_eq!(times.end - times.start, 24 * 3600);
        assert_eq!(
            times.first_day,
            NaiveDate::from_ymd_opt(2026, 2, 26).expect("d")
        );
    }

    #[test]
    fn a_skipped_local_time_is_reported_and_a_repeated_one_takes_the_earlier_instant() {
        let toronto = chrono_tz::America::Toronto;
        let skipped: NaiveDateTime = "2026-03-08T02:30:00".parse().expect("t");
        assert!(matches!(
            local_to_utc(skipped, toronto),
            LocalInstant::Skipped { .. }
        ));
        let repeated: NaiveDateTime = "2026-11-01T01:30:00".parse().expect("t");
        let LocalInstant::Repeated { earlier, later } = local_to_utc(repeated, toronto) else {
            panic!("01:30 repeats in Toronto on 1 Nov 2026");
        };
        assert_eq!(later - earlier, 3600);
        assert_eq!(local_to_utc(repeated, toronto).secs(), earlier);
    }

    #[test]
    fn a_month_precision_visit_spans_the_whole_month() {
        let event = Event::new(
            "f",
            "France",
            "2026-01".parse().expect("date"),
            place("FR", "Paris"),
        );
        let times = EventTimes::of(&event);
        assert_eq!(times.end - times.start, 31 * 24 * 3600);
        assert_eq!(
            times.last_day,
            NaiveDate::from_ymd_opt(2026, 1, 31).expect("d")
        );
    }

    #[test]
    fn a_week_across_ottawas_change_to_summer_time_has_two_stretches_against_tokyo() {
        let toronto: Tz = "America/Toronto".parse().expect("a zone");
        let tokyo: Tz = "Asia/Tokyo".parse().expect("a zone");
        let day = |d| NaiveDate::from_ymd_opt(2026, 3, d).expect("a date");
        // Tokyo is 14 hours ahead of Ottawa until Sunday 8 March, then 13.
        assert_eq!(clock_difference(day(7), toronto, tokyo), 14 * 3600);
        assert_eq!(clock_difference(day(8), toronto, tokyo), 13 * 3600);
        assert_eq!(
            same_difference_stretches(day(2), 7, toronto, tokyo),
            vec![day(2), day(8)]
        );
        // The next week keeps one difference throughout.
        assert_eq!(
            same_difference_stretches(day(9), 7, toronto, tokyo),
            vec![day(9)]
        );
        // Against itself a zone never differs.
        assert_eq!(
            same_difference_stretches(day(2), 7, toronto, toronto),
            vec![day(2)]
        );
    }
}
