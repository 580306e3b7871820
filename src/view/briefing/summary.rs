//! What a briefing derives from its steps, worked out once per document revision and set of steps rather than
//! every frame: the events shown, the countries and trips they visit, and the counts the summary gives.

use std::collections::{BTreeMap, BTreeSet};

use super::Step;
use super::steps::shown_events;
use crate::document::Document;
use crate::model::region;
use crate::model::time::place_coords;

/// The facts a briefing's overview, summary, map and strip show.
pub struct Figures {
    /// The document revision and steps version these were made for.
    key: (u64, u64),
    /// The events of the steps, in step order.
    pub shown: Vec<u32>,
    /// The countries they visit, by code.
    pub visited: BTreeSet<String>,
    /// Where they are, each place once (latitude, longitude).
    pub places: Vec<(f64, f64)>,
    /// The trips (indices into the document's trips) with a leg among them, in the document's order.
    pub trips: Vec<usize>,
    /// Events per region name and per status name, sorted by name.
    pub by_region: Vec<(&'static str, usize)>,
    pub by_status: Vec<(&'static str, usize)>,
}

impl Figures {
    fn of(key: (u64, u64), doc: &Document, steps: &[Step]) -> Figures {
        let t = doc.timeline();
        let mut shown = Vec::new();
        let mut visited = BTreeSet::new();
        let mut trip_ids = BTreeSet::new();
        let mut by_region: BTreeMap<&'static str, usize> = BTreeMap::new();
        let mut by_status: BTreeMap<&'static str, usize> = BTreeMap::new();
        for (i, e) in shown_events(t, steps) {
            shown.push(i);
            visited.insert(e.place.country.to_string());
            if let Some(trip) = &e.trip {
                trip_ids.insert(trip.as_str());
            }
            let region = region::region_of(e.place.country.as_str())
                .map_or(crate::i18n::label("lane-other"), |r| r.label());
            *by_region.entry(region).or_default() += 1;
            *by_status.entry(e.status.label()).or_default() += 1;
        }
        let mut places: Vec<(f64, f64)> = shown
            .iter()
            .filter_map(|&i| place_coords(&t.events[i as usize].place))
            .collect();
        places.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
        places.dedup();
        let trips = t
            .trips
            .iter()
            .enumerate()
            .filter(|(_, trip)| trip_ids.contains(trip.id.as_str()))
            .map(|(n, _)| n)
            .collect();
        Figures {
            key,
            shown,
            visited,
            places,
            trips,
            by_region: by_region.into_iter().collect(),
            by_status: by_status.into_iter().collect(),
        }
    }

    /// The figures for `steps`, reusing `kept` when it was made for the same document revision and steps.
    pub fn for_steps(
        kept: Option<Figures>,
        doc: &Document,
        steps: &[Step],
        version: u64,
    ) -> Figures {
        let key = (doc.revision(), version);
        match kept {
            Some(f) if f.key == key => f,
            _ => Figures::of(key, doc, steps),
        }
    }
}
