//! Where an event's bar runs on the timeline, as pure arithmetic. An event known to the day (or only to the month
//! or year) is drawn on its own dates, midnight to midnight in the zone the axis shows, as calendar apps draw
//! all-day events: a visit to Tokyo on 5–7 March is on 5–7 March whatever the zone. Only timed events move with
//! the zone, or, read at each venue's own time, sit at their local wall-clock time.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveTime};
use chrono_tz::Tz;

use crate::model::time::local_to_utc;
use crate::model::{DateValue, Event, EventTimes, UtcSecs};

/// How timed events are placed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Timed {
    /// At their instant, read in the axis's zone.
    Instant,
    /// At their venue's wall-clock time, as if it were the axis's zone.
    VenueClock,
}

/// The bar of `event` as `[start, end)` seconds on an axis whose ticks are read in `zone`.
pub fn span_of(event: &Event, times: &EventTimes, zone: Tz, timed: Timed) -> (UtcSecs, UtcSecs) {
    span_with(event, times, zone, timed, &mut |day| midnight(day, zone))
}

/// The instant a day starts in `zone`.
fn midnight(day: NaiveDate, zone: Tz) -> UtcSecs {
    local_to_utc(day.and_time(NaiveTime::MIN), zone).secs()
}

/// `span_of`, with the start of each day from `midnight` (which a caller placing many events can remember).
fn span_with(
    event: &Event,
    times: &EventTimes,
    zone: Tz,
    timed: Timed,
    midnight: &mut dyn FnMut(NaiveDate) -> UtcSecs,
) -> (UtcSecs, UtcSecs) {
    match (event.start, timed) {
        (DateValue::Time(_), Timed::Instant) => (times.start, times.end),
        (DateValue::Time(start), Timed::VenueClock) => {
            let at = |local| local_to_utc(local, zone).secs();
            let end = match event.end_or_start() {
                DateValue::Time(end) => end,
                other => other.end_local_exclusive(),
            };
            let (a, b) = (at(start), at(end));
            (a, b.max(a))
        }
        _ => {
            let after = times.last_day.succ_opt().unwrap_or(times.last_day);
            let (a, b) = (midnight(times.first_day), midnight(after));
            (a, b.max(a))
        }
    }
}

/// The bars of the events at `visible`, indexed by event (others are left empty). Events share their days, so
/// each day's start in `zone` is worked out once.
pub fn spans(
    events: &[std::sync::Arc<Event>],
    times: &[EventTimes],
    visible: &[u32],
    zone: Tz,
    timed: Timed,
) -> Vec<(UtcSecs, UtcSecs)> {
    let mut out = vec![(0, 0); events.len()];
    let mut days: HashMap<NaiveDate, UtcSecs> = HashMap::new();
    let mut remembered = |day: NaiveDate| *days.entry(day).or_insert_with(|| midnight(day, zone));
    for &i in visible {
        let i = i as usize;
        out[i] = span_with(&events[i], &times[i], zone, timed, &mut remembered);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::sample_timeline as sample;

    fn secs(text: &str) -> i64 {
        chrono::DateTime::parse_from_rfc3339(text)
            .expect("time")
            .timestamp()
    }

    #[test]
    fn a_visit_known_to_the_day_is_drawn_on_its_own_dates_in_the_zone_shown() {
        let t = sample();
        let tokyo = t.event("tokyo").expect("tokyo");
        let times = EventTimes::of(tokyo);
        let toronto = chrono_tz::America::Toronto;
        let (a, b) = span_of(tokyo, &times, toronto, Timed::Instant);
        // 5 March 00:00 in Toronto (EST, UTC−5) to 8 March 00:00, not the Toronto instant of Tokyo's midnight.
        assert_eq!(a, secs("2026-03-05T05:00:00Z"));
        assert_eq!(b, secs("2026-03-08T05:00:00Z"));
    }

    #[test]
    fn a_timed_meeting_moves_with_the_zone_or_keeps_its_venue_clock() {
        let mut e = sample().event("tokyo").expect("tokyo").clone();
        e.start = "2026-03-05T10:00".parse().expect("time");
        e.end = Some("2026-03-05T11:30".parse().expect("time"));
        let times = EventTimes::of(&e);
        let toronto = chrono_tz::America::Toronto;
        // 10:00 in Tokyo is 01:00 UTC, 20:00 the evening before in Toronto.
        assert_eq!(
            span_of(&e, &times, toronto, Timed::Instant),
            (secs("2026-03-05T01:00:00Z"), secs("2026-03-05T02:30:00Z"))
        );
        // At the venue's clock: 10:00 on the axis, read in Toronto.
        assert_eq!(
            span_of(&e, &times, toronto, Timed::VenueClock),
            (secs("2026-03-05T15:00:00Z"), secs("2026-03-05T16:30:00Z"))
        );
    }

    #[test]
    fn the_bars_of_many_events_are_each_event_s_own_bar() {
        let t = crate::model::generate::generate(2000, 5);
        let resolved = crate::model::Resolved::of(&t);
        let visible: Vec<u32> = (0..t.events.len() as u32).step_by(3).collect();
        for zone in [chrono_tz::America::Toronto, chrono_tz::Australia::Sydney] {
            for timed in [Timed::Instant, Timed::VenueClock] {
                let all = spans(&t.events, &resolved.times, &visible, zone, timed);
                for &i in &visible {
                    let i = i as usize;
                    let own = span_of(&t.events[i], &resolved.times[i], zone, timed);
                    assert_eq!(all[i], own, "{}", t.events[i].id);
                }
            }
        }
    }
}
