//! What the map shows, as pure data: event places grouped into markers, and each trip's stops in order.

use std::collections::BTreeMap;

use crate::model::time::place_coords;
use crate::model::{Place, Resolved, Timeline, region};

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

/// A trip's stops in chronological order, with home first and last when the trip's flags say so. Consecutive
/// legs at the same place make one stop.
pub fn route(t: &Timeline, resolved: &Resolved, trip_id: &str, visible: &[u32]) -> Vec<Stop> {
    let Some(trip) = t.trip(trip_id) else {
        return Vec::new();
    };
    let home_place = Place {
        country: t.home.country,
        city: t.home.city.clone(),
        ..Place::default()
    };
    let home = place_coords(&home_place).map(|(lat, lon)| Stop {
        name: place_name(&home_place),
        lon,
        lat,
        home: true,
        event: None,
    });
    let mut legs: Vec<u32> = visible
        .iter()
        .copied()
        .filter(|&i| t.events[i as usize].trip.as_deref() == Some(trip_id))
        .collect();
    legs.sort_by_key(|&i| resolved.order.iter().position(|&o| o == i));
    let mut stops = Vec::new();
    if trip.departs_from_home
        && let Some(h) = &home
    {
        stops.push(h.clone());
    }
    for i in legs {
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
        stops.push(h);
    }
    stops
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
}
