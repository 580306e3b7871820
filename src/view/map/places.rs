//! What the map shows, as pure data: event places grouped into markers, and each trip's stops in order.

use std::collections::{BTreeMap, HashMap};

use crate::model::time::place_coords;
use chrono::NaiveDate;

use crate::model::{Place, Region, Resolved, Timeline, Trip, region};

/// Events at one place.
#[derive(Clone, Debug, PartialEq)]
pub struct PlaceGroup {
    /// "Mumbai, India" or "France".
    pub name: String,
    pub country: String,
    pub lon: f64,
    pub lat: f64,
    /// Event indices, in document order.
    pub events: Vec<u32>,
    /// Every event here is known only to the month or year.
    pub unfixed: bool,
}

pub fn place_name(place: &Place) -> String {
    let country = region::country_name(place.country.as_str());
    if place.city.is_empty() {
        country.to_owned()
    } else {
        format!("{}, {country}", place.city)
    }
}

/// Groups the visible events by place, sorted by name.
pub fn groups(t: &Timeline, visible: &[u32]) -> Vec<PlaceGroup> {
    let mut by_name: BTreeMap<String, PlaceGroup> = BTreeMap::new();
    for &i in visible {
        let e = &t.events[i as usize];
        let Some((lat, lon)) = place_coords(&e.place) else {
            continue;
        };
        let name = place_name(&e.place);
        let group = by_name.entry(name.clone()).or_insert_with(|| PlaceGroup {
            name,
            country: e.place.country.to_string(),
            lon,
            lat,
            events: Vec::new(),
            unfixed: true,
        });
        group.events.push(i);
        group.unfixed &= e.is_date_unfixed();
    }
    by_name.into_values().collect()
}

/// One stop on a trip's route.
#[derive(Clone, Debug, PartialEq)]
pub struct Stop {
    pub name: String,
    pub lon: f64,
    pub lat: f64,
    /// Home, at the start or end of a trip that departs from or returns home.
    pub home: bool,
    /// The first event at this stop, if it is a leg.
    pub event: Option<u32>,
}

/// Home as a stop, if the gazetteer knows where it is.
fn home_stop(t: &Timeline) -> Option<Stop> {
    let home_place = Place {
        country: t.home.country,
        city: t.home.city.as_str().into(),
        ..Place::default()
    };
    place_coords(&home_place).map(|(lat, lon)| Stop {
        name: place_name(&home_place),
        lon,
        lat,
        home: true,
        event: None,
    })
}

/// The stops of `trip` through `legs` (event indices in chronological order), with home first and last when the
/// trip's flags say so. Consecutive legs at the same place make one stop.
fn stops_of(t: &Timeline, trip: &Trip, home: Option<&Stop>, legs: &[u32]) -> Vec<Stop> {
    let mut stops = Vec::new();
    if trip.departs_from_home
        && let Some(h) = home
    {
        stops.push(h.clone());
    }
    for &i in legs {
        let e = &t.events[i as usize];
        let Some((lat, lon)) = place_coords(&e.place) else {
            continue;
        };
        let name = place_name(&e.place);
        if stops
            .last()
            .is_some_and(|s: &Stop| s.name == name && !s.home)
        {
            continue;
        }
        stops.push(Stop {
            name,
            lon,
            lat,
            home: false,
            event: Some(i),
        });
    }
    if trip.returns_home
        && let Some(h) = home
    {
        stops.push(h.clone());
    }
    stops
}

/// A trip's stops in chronological order, with home first and last when the trip's flags say so. Consecutive
/// legs at the same place make one stop.
pub fn route(t: &Timeline, resolved: &Resolved, trip_id: &str, visible: &[u32]) -> Vec<Stop> {
    let Some(trip) = t.trip(trip_id) else {
        return Vec::new();
    };
    let mut legs: Vec<u32> = visible
        .iter()
        .copied()
        .filter(|&i| t.events[i as usize].trip.as_deref() == Some(trip_id))
        .collect();
    legs.sort_by_key(|&i| resolved.order.iter().position(|&o| o == i));
    stops_of(t, trip, home_stop(t).as_ref(), &legs)
}

/// Every trip with a visible leg, as (index in `t.trips`, stops), in one pass over `visible` (document order).
pub fn routes(t: &Timeline, visible: &[u32]) -> Vec<(usize, Vec<Stop>)> {
    let index: HashMap<&str, usize> = t
        .trips
        .iter()
        .enumerate()
        .map(|(n, trip)| (trip.id.as_str(), n))
        .collect();
    let mut legs: Vec<Vec<u32>> = vec![Vec::new(); t.trips.len()];
    for &i in visible {
        if let Some(&n) = t.events[i as usize]
            .trip
            .as_deref()
            .and_then(|id| index.get(id))
        {
            legs[n].push(i);
        }
    }
    let home = home_stop(t);
    legs.iter()
        .enumerate()
        .filter(|(_, legs)| !legs.is_empty())
        .map(|(n, legs)| (n, stops_of(t, &t.trips[n], home.as_ref(), legs)))
        .collect()
}

/// Up to `max` items joined by `sep`, then "… and N more" for the rest, so a tooltip stays readable.
/// `more` is the message that says how many were left out ("more-items", "more-places", "more-trips").
pub fn at_most(items: impl Iterator<Item = String>, max: usize, sep: &str, more: &str) -> String {
    let mut shown = Vec::new();
    let mut rest = 0;
    for item in items {
        if shown.len() < max {
            shown.push(item);
        } else {
            rest += 1;
        }
    }
    let mut text = shown.join(sep);
    if rest > 0 {
        let more = crate::i18n::text_with(more, &[("count", crate::i18n::value(rest))]);
        text.push_str(&format!("{sep}{more}"));
    }
    text
}

/// Visible events per region.
pub fn per_region(t: &Timeline, visible: &[u32]) -> BTreeMap<Region, usize> {
    let mut counts: BTreeMap<Region, usize> = BTreeMap::new();
    for &i in visible {
        if let Some(r) = region::region_of(t.events[i as usize].place.country.as_str()) {
            *counts.entry(r).or_default() += 1;
        }
    }
    counts
}

/// The first and last venue-local day of the visible events known to the day.
pub fn dated_span(
    t: &Timeline,
    resolved: &Resolved,
    visible: &[u32],
) -> Option<(NaiveDate, NaiveDate)> {
    let days = visible.iter().filter_map(|&i| {
        let fixed = t.events[i as usize].start.precision().is_fixed_day();
        let times = &resolved.times[i as usize];
        fixed.then_some((times.first_day, times.last_day))
    });
    days.fold(None, |span, (a, b)| match span {
        None => Some((a, b)),
        Some((first, last)) => Some((first.min(a), last.max(b))),
    })
}

/// The places the visible events known to the day are at on `date`, each once, in the order of the events.
pub fn places_on(
    t: &Timeline,
    resolved: &Resolved,
    visible: &[u32],
    date: NaiveDate,
) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for &i in visible {
        let e = &t.events[i as usize];
        let times = &resolved.times[i as usize];
        if e.start.precision().is_fixed_day() && times.first_day <= date && date <= times.last_day {
            let name = place_name(&e.place);
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_indo_pacific_route_goes_from_ottawa_to_each_leg_in_order_and_back() {
        let t = crate::model::sample_timeline();
        let resolved = Resolved::of(&t);
        let stops = route(&t, &resolved, "indo-pacific-trade-mission", &resolved.order);
        let names: Vec<&str> = stops.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Ottawa, Canada",
                "Mumbai, India",
                "New Delhi, India",
                "Canberra, Australia",
                "Tokyo, Japan",
                "Ottawa, Canada"
            ]
        );
    }

    #[test]
    fn events_at_one_place_make_one_group() {
        let t = crate::model::sample_timeline();
        let resolved = Resolved::of(&t);
        let groups = groups(&t, &resolved.order);
        let canberra = groups
            .iter()
            .find(|g| g.name == "Canberra, Australia")
            .expect("Canberra");
        assert_eq!(canberra.events.len(), 2);
        let china = groups.iter().find(|g| g.name == "China").expect("China");
        assert!(
            china.unfixed,
            "China's visits are known only to the month and year"
        );
    }

    #[test]
    fn all_routes_in_one_pass_match_each_trips_own_route() {
        let t = crate::model::generate::generate(300, 1);
        let resolved = Resolved::of(&t);
        let visible: Vec<u32> = resolved.order.iter().copied().step_by(2).collect();
        let all = routes(&t, &visible);
        assert!(all.len() > 10, "most trips have a visible leg");
        for (n, stops) in &all {
            assert_eq!(stops, &route(&t, &resolved, &t.trips[*n].id, &visible));
        }
    }

    #[test]
    fn long_lists_are_cut_with_a_count_of_the_rest() {
        let items = || (1..=5).map(|n| n.to_string());
        assert_eq!(at_most(items(), 8, ", ", "more-items"), "1, 2, 3, 4, 5");
        assert_eq!(
            at_most(items(), 2, ", ", "more-items"),
            "1, 2, … and 3 more"
        );
    }

    #[test]
    fn the_scrubber_spans_the_dated_events_only() {
        let t = crate::model::sample_timeline();
        let resolved = Resolved::of(&t);
        let span = dated_span(&t, &resolved, &resolved.order);
        let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d).expect("date");
        // Month- and year-precision visits do not stretch it to the whole of 2026.
        assert_eq!(span, Some((day(2, 26), day(3, 7))));
    }

    #[test]
    fn the_scrubber_names_each_place_once_though_several_events_are_there() {
        let t = crate::model::sample_timeline();
        let resolved = Resolved::of(&t);
        let day = NaiveDate::from_ymd_opt(2026, 3, 3).expect("date");
        // The Australia leg and the address to Parliament are both in Canberra that day.
        assert_eq!(
            places_on(&t, &resolved, &resolved.order, day),
            ["Canberra, Australia"]
        );
    }
}
