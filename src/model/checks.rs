//! Plan checks: warnings about a programme that cannot work as written, found from the resolved times.
//!
//! - **In two places at once:** two events of the same principal, at different places, overlap. Events known to
//!   the day may share a day (a travel day); they are flagged when they overlap by more than a day. Timed events
//!   at different places are flagged at any overlap.
//! - **No time to travel:** a timed event ends, and the same principal's next timed event starts somewhere else
//!   sooner than the flight takes (great-circle distance at 800 km/h, plus two hours for airports).
//!
//! Cancelled events, travel events (they are the journey itself) and events known only to the month or year are
//! left out. Each event is compared with two earlier events of the same principal, the one ending last and the one
//! just before it, so a check is one pass over the document order.

use std::collections::BTreeMap;

use super::gazetteer::fold;
use super::time::place_coords;
use super::{
    CountryCode, Event, EventKind, EventTimes, Place, Precision, Status, Text, ThinVec, Timeline,
    UtcSecs, region,
};

/// Flight speed and airport time used to judge whether a journey fits between two events.
const CRUISE_KMH: f64 = 800.0;
const AIRPORT_HOURS: f64 = 2.0;
const DAY_SECS: i64 = 86_400;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WarningKind {
    TwoPlacesAtOnce,
    NoTimeToTravel,
}

/// One problem with the plan, between two events (indices into `timeline.events`).
#[derive(Clone, Debug, PartialEq)]
pub struct PlanWarning {
    pub kind: WarningKind,
    pub first: u32,
    pub second: u32,
    /// Whose programme it is: a principal's id, or empty for the delegation as a whole.
    pub principal: String,
    /// How long the events overlap, or (for `NoTimeToTravel`) the time between them, in seconds.
    pub secs: i64,
    /// For `NoTimeToTravel`: the distance and the time the journey takes.
    pub km: f64,
    pub needed_secs: i64,
}

impl PlanWarning {
    pub fn involves(&self, index: u32) -> bool {
        self.first == index || self.second == index
    }

    /// The warning in words, e.g. "Mark Carney cannot be in Mumbai and New Delhi at once: …".
    pub fn message(&self, t: &Timeline) -> String {
        let (Some(ea), Some(eb)) = (
            t.events.get(self.first as usize),
            t.events.get(self.second as usize),
        ) else {
            return String::new();
        };
        let who = match t.principal(&self.principal) {
            Some(p) => p.name.to_string(),
            None if self.principal.is_empty() => crate::tr!("plan-the-delegation"),
            None => self.principal.clone(),
        };
        let (pa, pb) = (place_name(&ea.place), place_name(&eb.place));
        match self.kind {
            WarningKind::TwoPlacesAtOnce => crate::tr!(
                "plan-two-places",
                who = who,
                a = pa,
                b = pb,
                first = ea.title.as_str(),
                second = eb.title.as_str(),
                overlap = duration_text(self.secs)
            ),
            WarningKind::NoTimeToTravel => crate::tr!(
                "plan-no-time",
                who = who,
                a = pa,
                b = pb,
                first = ea.title.as_str(),
                second = eb.title.as_str(),
                gap = duration_text(self.secs),
                km = crate::i18n::numbers::integer(self.km.round() as i64),
                needed = duration_text(self.needed_secs)
            ),
        }
    }
}

/// Whether two places count as one for the checks: the same country, and the same city or no city named.
fn same_place(a: &Facts, b: &Facts) -> bool {
    let (x, y) = (a.city.as_str(), b.city.as_str());
    a.country == b.country
        && (x.is_empty()
            || y.is_empty()
            || x.eq_ignore_ascii_case(y)
            // Folding (accents, case) allocates, so only names it could change are folded.
            || (!(x.is_ascii() && y.is_ascii()) && fold(x) == fold(y)))
}

fn place_name(p: &Place) -> String {
    if p.city.is_empty() {
        region::country_name(p.country.as_str()).to_string()
    } else {
        p.city.to_string()
    }
}

/// Great-circle distance in kilometres.
pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lat1, lon1) = (a.0.to_radians(), a.1.to_radians());
    let (lat2, lon2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((lat2 - lat1) / 2.0).sin().powi(2)
        + lat1.cos() * lat2.cos() * ((lon2 - lon1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().min(1.0).asin()
}

/// "3 h", "1 day 4 h", "2 days".
pub fn duration_text(secs: i64) -> String {
    let hours = (secs.max(0) + 1800) / 3600;
    let (days, hours) = (hours / 24, hours % 24);
    crate::tr!("duration", days = days, hours = hours)
}

/// Whether replacing `before` with `after` can change the plan checks (a new title or note cannot).
pub fn affects_plan(before: &Event, after: &Event) -> bool {
    before.start != after.start
        || before.end != after.end
        || before.start_zone != after.start_zone
        || before.end_zone != after.end_zone
        || before.place != after.place
        || before.status != after.status
        || before.kind != after.kind
        || before.principals != after.principals
}

/// What the checks need to know of one event, worked out once: so a check is a pass over plain data, and a
/// worker can keep a copy up to date from each edit without the whole document.
#[derive(Clone, Debug, PartialEq)]
pub struct Facts {
    /// Whether the event takes part: not cancelled, not travel, and known to the day.
    pub checked: bool,
    pub start: UtcSecs,
    pub end: UtcSecs,
    pub timed_start: bool,
    pub timed_end: bool,
    pub country: CountryCode,
    pub city: Text,
    pub coords: Option<(f64, f64)>,
    pub principals: ThinVec<Text>,
}

impl Facts {
    pub fn of(e: &Event, times: &EventTimes) -> Facts {
        let checked = e.status != Status::Cancelled
            && e.kind != EventKind::Travel
            && e.start.precision().is_fixed_day()
            && e.end.is_none_or(|end| end.precision().is_fixed_day());
        Facts {
            checked,
            start: times.start,
            end: times.end,
            timed_start: e.start.precision() == Precision::Time,
            timed_end: e.end_or_start().precision() == Precision::Time,
            country: e.place.country,
            city: e.place.city.clone(),
            // Only a checked event is ever compared, so only its place is looked up.
            coords: if checked {
                place_coords(&e.place)
            } else {
                None
            },
            principals: e.principals.clone(),
        }
    }

    /// The facts of every event of `t`, index for index.
    pub fn all(t: &Timeline, times: &[EventTimes]) -> Vec<Facts> {
        t.events
            .iter()
            .zip(times)
            .map(|(e, times)| Facts::of(e, times))
            .collect()
    }
}

/// Every warning about the plan, in document order of the later event.
pub fn plan_warnings(t: &Timeline, times: &[EventTimes], order: &[u32]) -> Vec<PlanWarning> {
    warnings_of(&Facts::all(t, times), order)
}

/// Every warning about the plan of events described by `facts` (index for index with the document's events),
/// taken in `order`, in document order of the later event.
pub fn warnings_of(facts: &[Facts], order: &[u32]) -> Vec<PlanWarning> {
    // Per principal (an event without one counts for the delegation as a whole): the latest-ending event so far,
    // and the one just before in document order. Each event is compared with both.
    let mut seen: BTreeMap<&str, (u32, u32)> = BTreeMap::new();
    let mut out = Vec::new();
    let mut compared: Vec<u32> = Vec::new();
    for &i in order {
        let Some(e) = facts.get(i as usize).filter(|f| f.checked) else {
            continue;
        };
        let who = e
            .principals
            .iter()
            .map(Text::as_str)
            .chain(e.principals.is_empty().then_some(""));
        compared.clear();
        for principal in who {
            let Some(&(latest, previous)) = seen.get(principal) else {
                seen.insert(principal, (i, i));
                continue;
            };
            for j in [latest, previous] {
                if !compared.contains(&j) {
                    compared.push(j);
                    out.extend(compare(facts, j, i, principal));
                }
            }
            let latest = if e.end > facts[latest as usize].end {
                i
            } else {
                latest
            };
            seen.insert(principal, (latest, i));
        }
    }
    out
}

/// The warning, if any, between an earlier event `a` and a later-starting event `b` of the same principal.
fn compare(facts: &[Facts], a: u32, b: u32, principal: &str) -> Option<PlanWarning> {
    let (ea, eb) = (&facts[a as usize], &facts[b as usize]);
    if same_place(ea, eb) {
        return None;
    }
    let warning = |kind, secs, km, needed_secs| PlanWarning {
        kind,
        first: a,
        second: b,
        principal: principal.to_string(),
        secs,
        km,
        needed_secs,
    };
    let overlap = ea.end.min(eb.end) - eb.start;
    if overlap > 0 {
        let limit = if ea.timed_start && eb.timed_start {
            0
        } else {
            DAY_SECS
        };
        return (overlap > limit).then(|| warning(WarningKind::TwoPlacesAtOnce, overlap, 0.0, 0));
    }
    if !(ea.timed_end && eb.timed_start) {
        return None;
    }
    let km = distance_km(ea.coords?, eb.coords?);
    let needed = ((km / CRUISE_KMH + AIRPORT_HOURS) * 3600.0) as i64;
    let gap = eb.start - ea.end;
    (gap < needed).then(|| warning(WarningKind::NoTimeToTravel, gap, km, needed))
}

/// Keeps warnings pointing at the right events after an event was inserted at `index` (`inserted`) or removed
/// from it: warnings about a removed event go, later indices move.
pub fn renumber(warnings: &mut Vec<PlanWarning>, index: usize, inserted: bool) {
    let index = index as u32;
    if !inserted {
        warnings.retain(|w| !w.involves(index));
    }
    for w in warnings.iter_mut() {
        for i in [&mut w.first, &mut w.second] {
            if inserted && *i >= index {
                *i += 1;
            } else if !inserted && *i > index {
                *i -= 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DateValue, Resolved, thin_vec};

    use crate::model::sample_timeline as sample;

    fn warnings(t: &Timeline) -> Vec<PlanWarning> {
        let r = Resolved::of(t);
        plan_warnings(t, &r.times, &r.order)
    }

    fn set(t: &mut Timeline, id: &str, start: &str, end: Option<&str>) {
        let e = t
            .events
            .iter_mut()
            .map(std::sync::Arc::make_mut)
            .find(|e| e.id == id)
            .expect("event");
        e.start = start.parse::<DateValue>().expect("date");
        e.end = end.map(|d| d.parse::<DateValue>().expect("date"));
    }

    #[test]
    fn the_sample_plan_has_no_warnings() {
        assert_eq!(warnings(&sample()), []);
    }

    #[test]
    fn legs_sharing_a_travel_day_pass_but_two_days_in_two_cities_do_not() {
        let mut t = sample();
        // Mumbai 26–27 Feb, New Delhi from the 27th: one shared day, a travel day.
        set(&mut t, "new-delhi", "2026-02-27", Some("2026-03-01"));
        assert_eq!(warnings(&t), []);
        // From the 26th: two days in both cities.
        set(&mut t, "new-delhi", "2026-02-26", Some("2026-03-01"));
        let w = warnings(&t);
        assert_eq!(w.len(), 1, "{w:?}");
        assert_eq!(w[0].kind, WarningKind::TwoPlacesAtOnce);
        let text = w[0].message(&t);
        assert!(text.contains("Mumbai and New Delhi at once"), "{text}");
        assert!(text.contains("overlap by 2 days"), "{text}");
    }

    #[test]
    fn a_day_inside_a_longer_stay_elsewhere_in_the_country_is_a_day_trip_not_a_clash() {
        let mut t = sample();
        // The Canberra address (3 March) inside a country-wide Australia leg: the leg names no other city.
        if let Some(e) = t
            .events
            .iter_mut()
            .map(std::sync::Arc::make_mut)
            .find(|e| e.id == "australia")
        {
            e.place.city = Text::new();
        }
        assert_eq!(warnings(&t), []);
        // Inside a Sydney leg: one shared day is a day trip.
        if let Some(e) = t
            .events
            .iter_mut()
            .map(std::sync::Arc::make_mut)
            .find(|e| e.id == "australia")
        {
            e.place.city = "Sydney".into();
        }
        assert_eq!(warnings(&t), []);
    }

    #[test]
    fn an_evening_in_mumbai_then_a_morning_in_tokyo_leaves_no_time_to_fly() {
        let mut t = sample();
        set(
            &mut t,
            "mumbai",
            "2026-02-26T09:00",
            Some("2026-02-26T20:00"),
        );
        set(
            &mut t,
            "tokyo",
            "2026-02-27T06:00",
            Some("2026-02-27T12:00"),
        );
        let w: Vec<PlanWarning> = warnings(&t)
            .into_iter()
            .filter(|w| w.kind == WarningKind::NoTimeToTravel)
            .collect();
        assert_eq!(w.len(), 1, "{w:?}");
        let ids = (
            t.events[w[0].first as usize].id.as_str(),
            t.events[w[0].second as usize].id.as_str(),
        );
        assert_eq!(ids, ("mumbai", "tokyo"));
        // Mumbai 20:00 IST is 14:30 UTC; Tokyo 06:00 JST is 21:00 UTC: 6.5 h for a journey of about 10.
        let text = w[0].message(&t);
        assert!(
            text.contains("has 7 h to get from Mumbai to Tokyo"),
            "{text}"
        );
        assert!(text.contains("takes about 10 h"), "{text}");
    }

    #[test]
    fn cancelled_events_and_other_principals_are_not_compared() {
        let mut t = sample();
        set(&mut t, "new-delhi", "2026-02-26", Some("2026-03-01"));
        if let Some(e) = t
            .events
            .iter_mut()
            .map(std::sync::Arc::make_mut)
            .find(|e| e.id == "new-delhi")
        {
            e.status = Status::Cancelled;
        }
        assert_eq!(warnings(&t), []);
        if let Some(e) = t
            .events
            .iter_mut()
            .map(std::sync::Arc::make_mut)
            .find(|e| e.id == "new-delhi")
        {
            e.status = Status::Tentative;
            e.principals = thin_vec!["trade".into()];
        }
        assert_eq!(
            warnings(&t),
            [],
            "a minister may be in Delhi while the PM is in Mumbai"
        );
    }

    #[test]
    fn distances_and_durations_read_as_expected() {
        let ottawa = (45.4215, -75.6972);
        let tokyo = (35.6762, 139.6503);
        assert!((distance_km(ottawa, tokyo) - 10_330.0).abs() < 50.0);
        assert_eq!(duration_text(3 * 3600), "3 h");
        assert_eq!(duration_text(28 * 3600), "1 day 4 h");
        assert_eq!(duration_text(48 * 3600), "2 days");
    }

    #[test]
    fn a_clash_with_the_event_just_before_is_found_under_a_longer_stay() {
        let mut t = sample();
        // A long stay in New Delhi, a day in Mumbai within it (a day trip, allowed), then Tokyo overlapping
        // Mumbai's evening: Tokyo clashes with both, and with Mumbai even though New Delhi ends last.
        set(&mut t, "new-delhi", "2026-02-20", Some("2026-03-10"));
        set(
            &mut t,
            "mumbai",
            "2026-02-26T09:00",
            Some("2026-02-26T20:00"),
        );
        set(
            &mut t,
            "tokyo",
            "2026-02-26T18:00",
            Some("2026-02-26T22:00"),
        );
        let pairs: Vec<(String, String)> = warnings(&t)
            .iter()
            .map(|w| {
                (
                    t.events[w.first as usize].id.to_string(),
                    t.events[w.second as usize].id.to_string(),
                )
            })
            .collect();
        assert!(
            pairs.contains(&("mumbai".to_string(), "tokyo".to_string())),
            "{pairs:?}"
        );
    }
}
