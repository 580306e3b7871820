//! Lanes of the timeline: events grouped by a field, and overlapping events stacked into rows.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap};

use serde::{Deserialize, Serialize};

use crate::document::layers::Combined;
use crate::edit::Lane as EditLane;
use crate::model::{Event, EventKind, Region, Status, Text, Timeline, region};

/// The field the timeline groups events by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Grouping {
    #[default]
    Trip,
    Country,
    Region,
    Principal,
    Kind,
    Status,
    /// By the zone of each event's venue, west to east.
    Zone,
}

impl Grouping {
    pub const ALL: [Grouping; 7] = [
        Grouping::Trip,
        Grouping::Country,
        Grouping::Region,
        Grouping::Principal,
        Grouping::Kind,
        Grouping::Status,
        Grouping::Zone,
    ];

    /// The grouping's name in the current language.
    pub fn label(self) -> String {
        match self {
            Grouping::Trip => crate::tr!("by-trip"),
            Grouping::Country => crate::tr!("by-country"),
            Grouping::Region => crate::tr!("by-region"),
            Grouping::Principal => crate::tr!("by-principal"),
            Grouping::Kind => crate::tr!("by-kind"),
            Grouping::Status => crate::tr!("by-status"),
            Grouping::Zone => crate::tr!("by-zone"),
        }
    }
}

/// What a lane stands for; dropping an event on a lane sets this value where that makes sense.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LaneKey {
    /// Events with no value for the grouping field (no trip, no principal).
    None,
    Trip(Text),
    /// Every trip in one lane, packed several to a row (a file with many trips).
    Trips,
    Country(String),
    Region(Region),
    Principal(Text),
    Kind(EventKind),
    Status(Status),
    /// A venue zone: its offset from UTC in minutes at the start of 2026 (so lanes run west to east), and its name.
    Zone(i32, String),
    /// With lanes by layer first: the lane of one layer (by position) for the key inside.
    Layer(usize, Box<LaneKey>),
}

impl LaneKey {
    /// The key without its layer.
    pub fn inner(&self) -> &LaneKey {
        match self {
            LaneKey::Layer(_, key) => key.inner(),
            key => key,
        }
    }

    /// The layer of a lane of lanes by layer first.
    pub fn layer(&self) -> Option<usize> {
        match self {
            LaneKey::Layer(n, _) => Some(*n),
            _ => None,
        }
    }

    /// The value a lane gives an event dropped on it, as the edit layer knows lanes; `None` for the lane of events
    /// whose country has no region, which has no value to give.
    pub fn lane(&self, grouping: Grouping) -> Option<EditLane> {
        Some(match self {
            LaneKey::None => match grouping {
                Grouping::Trip => EditLane::Trip(None),
                Grouping::Principal => EditLane::Principal(None),
                _ => return None,
            },
            LaneKey::Trip(id) => EditLane::Trip(Some(id.clone())),
            // Rows of the packed lane hold several trips, so a drop there keeps the event's own.
            LaneKey::Trips => return None,
            LaneKey::Country(code) => EditLane::Country(code.parse().ok()?),
            LaneKey::Region(r) => EditLane::Region(*r),
            LaneKey::Principal(id) => EditLane::Principal(Some(id.clone())),
            LaneKey::Kind(k) => EditLane::Kind(*k),
            LaneKey::Status(s) => EditLane::Status(*s),
            // A zone follows from the place; dropping there changes nothing else.
            LaneKey::Zone(..) => return None,
            LaneKey::Layer(_, key) => return key.lane(grouping),
        })
    }
}

/// One lane: a title and rows of events that do not overlap within a row.
#[derive(Clone, Debug)]
pub struct Lane {
    pub key: LaneKey,
    pub title: String,
    /// Event indices per row, each row sorted by start.
    pub rows: Vec<Vec<u32>>,
    /// The span of a trip lane, as `[start, end)` UTC seconds.
    pub span: Option<(i64, i64)>,
    /// In the packed lane of trips: where each trip sits.
    pub bands: Vec<TripBand>,
}

/// A trip in the packed lane: its rows, and its dates with its legs' as `[start, end)` UTC seconds.
#[derive(Clone, Debug, PartialEq)]
pub struct TripBand {
    pub trip: Text,
    /// The trip's index in the document's trips.
    pub index: usize,
    /// Its first row and how many rows its legs take.
    pub row: usize,
    pub rows: usize,
    pub start: i64,
    pub end: i64,
    /// When the next trip on its first row starts, if one does: room for the trip's title before it.
    pub next_start: Option<i64>,
}

/// Above this many trips, lanes by trip are packed by default: a lane per trip would show a handful a screen.
pub const PACK_ABOVE: usize = 30;

/// Packs trip lanes into one lane: each trip keeps its legs' rows together, on the lowest rows free for the whole
/// of its dates, so trips that do not overlap in time share rows.
pub fn pack(
    trips: Vec<Lane>,
    index_of: impl Fn(&str) -> Option<usize>,
    span: impl Fn(u32) -> (i64, i64),
) -> Lane {
    let mut order: Vec<(i64, i64, Lane)> = trips
        .into_iter()
        .filter_map(|lane| {
            let (start, end) = lane.span?;
            Some((start, end, lane))
        })
        .collect();
    order.sort_by_key(|(start, end, lane)| (*start, *end, lane.title.clone()));
    let mut rows: Vec<Vec<u32>> = Vec::new();
    // The end of the last trip on each row.
    let mut ends: Vec<i64> = Vec::new();
    let mut bands: Vec<TripBand> = Vec::new();
    // The last band placed on each row: trips come in start order, so the next band on a row follows it there.
    let mut last_on_row: Vec<Option<usize>> = Vec::new();
    for (start, end, lane) in order {
        let LaneKey::Trip(trip) = lane.key.inner().clone() else {
            continue;
        };
        let Some(index) = index_of(&trip) else {
            continue;
        };
        // The trip reaches as far as its legs do, when a leg runs past its dates.
        let (start, end) = lane.rows.iter().flatten().fold((start, end), |(a, b), &i| {
            let (s, e) = span(i);
            (a.min(s), b.max(e))
        });
        let height = lane.rows.len().max(1);
        let free = |r: usize, ends: &[i64]| {
            (r..r + height).all(|k| ends.get(k).is_none_or(|&e| e <= start))
        };
        let row = (0..=ends.len())
            .find(|&r| free(r, &ends))
            .unwrap_or(ends.len());
        if ends.len() < row + height {
            ends.resize(row + height, i64::MIN);
            rows.resize(row + height, Vec::new());
            last_on_row.resize(row + height, None);
        }
        for (k, legs) in lane.rows.into_iter().enumerate() {
            rows[row + k].extend(legs);
        }
        for e in &mut ends[row..row + height] {
            *e = end.max(start + 60);
        }
        let here = bands.len();
        for (k, last) in last_on_row.iter_mut().enumerate().skip(row).take(height) {
            if let Some(before) = *last
                && bands[before].row == k
                && bands[before].next_start.is_none()
            {
                bands[before].next_start = Some(start);
            }
            *last = Some(here);
        }
        bands.push(TripBand {
            trip,
            index,
            row,
            rows: height,
            start,
            end,
            next_start: None,
        });
    }
    Lane {
        key: LaneKey::Trips,
        title: crate::tr!("lane-trips"),
        rows,
        span: None,
        bands,
    }
}

/// The lane keys an event belongs to (a principal lane per principal; otherwise one lane).
pub(super) fn keys_of(event: &Event, grouping: Grouping) -> Vec<LaneKey> {
    match grouping {
        Grouping::Trip => vec![event.trip.clone().map_or(LaneKey::None, LaneKey::Trip)],
        Grouping::Country => vec![LaneKey::Country(event.place.country.to_string())],
        Grouping::Region => vec![
            region::region_of(event.place.country.as_str()).map_or(LaneKey::None, LaneKey::Region),
        ],
        Grouping::Principal if event.principals.is_empty() => vec![LaneKey::None],
        Grouping::Principal => event
            .principals
            .iter()
            .cloned()
            .map(LaneKey::Principal)
            .collect(),
        Grouping::Kind => vec![LaneKey::Kind(event.kind)],
        Grouping::Status => vec![LaneKey::Status(event.status)],
        Grouping::Zone => {
            let zone = crate::model::time::place_zone(&event.place).0;
            vec![LaneKey::Zone(zone_order(zone), zone.name().to_owned())]
        }
    }
}

/// The keys of the lanes event `i` (of the programme `by_layer` combines, when lanes go by layer first) is in.
pub(super) fn lanes_of(
    event: &Event,
    i: u32,
    grouping: Grouping,
    by_layer: Option<&Combined>,
) -> Vec<LaneKey> {
    let mut keys = keys_of(event, grouping);
    if let Some(n) = by_layer.and_then(|c| c.layer_of(i)) {
        for key in &mut keys {
            *key = LaneKey::Layer(n, Box::new(std::mem::replace(key, LaneKey::None)));
        }
    }
    keys
}

/// A key in the lane of layer `layer`, when lanes go by layer first.
fn in_layer(layer: Option<usize>, key: LaneKey) -> LaneKey {
    match layer {
        Some(n) => LaneKey::Layer(n, Box::new(key)),
        None => key,
    }
}

/// A zone's offset from UTC in minutes at the start of 2026: one fixed instant, so a zone's lane is one lane
/// whatever its daylight saving.
fn zone_order(zone: chrono_tz::Tz) -> i32 {
    use chrono::Offset as _;
    use chrono::TimeZone as _;
    zone.timestamp_opt(1_767_225_600, 0)
        .single()
        .map_or(0, |t| t.offset().fix().local_minus_utc() / 60)
}

fn title_of<'a>(
    key: &LaneKey,
    t: &Timeline,
    grouping: Grouping,
    trip_of: impl Fn(&str) -> Option<&'a crate::model::Trip>,
) -> String {
    match key {
        LaneKey::None => match grouping {
            Grouping::Trip => crate::tr!("lane-no-trip"),
            Grouping::Principal => crate::tr!("lane-no-principal"),
            _ => crate::tr!("lane-other"),
        },
        LaneKey::Trip(id) => {
            trip_of(id).map_or_else(|| id.to_string(), |trip| trip.shown_title().to_string())
        }
        LaneKey::Trips => crate::tr!("lane-trips"),
        LaneKey::Country(code) => region::country_name(code).to_owned(),
        LaneKey::Region(r) => r.label().to_owned(),
        LaneKey::Principal(id) => t
            .principal(id)
            .map_or_else(|| id.to_string(), |p| p.name.to_string()),
        LaneKey::Kind(k) => k.label().to_owned(),
        LaneKey::Status(s) => s.label().to_owned(),
        LaneKey::Zone(_, name) => name.clone(),
        LaneKey::Layer(_, key) => title_of(key, t, grouping, trip_of),
    }
}

/// Stacks intervals into the fewest rows with no overlap in a row, in O(n log n): events in start order
/// take the row that freed up earliest, or a new row.
pub fn partition(events: &[u32], span: impl Fn(u32) -> (i64, i64)) -> Vec<Vec<u32>> {
    let mut sorted: Vec<(i64, i64, u32)> = events
        .iter()
        .map(|&i| {
            let (start, end) = span(i);
            (start, end, i)
        })
        .collect();
    sorted.sort_unstable();
    let mut rows: Vec<Vec<u32>> = Vec::new();
    // (end of the row's last event, row index), earliest end first.
    let mut free: BinaryHeap<Reverse<(i64, usize)>> = BinaryHeap::new();
    for (start, end, i) in sorted {
        // Zero-length events still take room on screen, so they count as a minute long.
        let end = end.max(start + 60);
        let row = match free.peek() {
            Some(Reverse((row_end, row))) if *row_end <= start => {
                let row = *row;
                free.pop();
                row
            }
            _ => {
                rows.push(Vec::new());
                rows.len() - 1
            }
        };
        rows[row].push(i);
        free.push(Reverse((end, row)));
    }
    rows
}

/// Builds the lanes for the events in `visible` (indices into the timeline), with each event's bar in `spans`
/// (indexed by event), in a stable order. Trip spans are drawn on their dates in `zone`. `packed` puts every trip
/// in one lane of shared rows (lanes by trip only). With `by_layer`, the programme of several layers is grouped
/// by layer first, each layer's lanes titled with its name.
pub fn build(
    t: &Timeline,
    spans: &[(i64, i64)],
    visible: &[u32],
    grouping: Grouping,
    zone: chrono_tz::Tz,
    packed: bool,
    by_layer: Option<&Combined>,
) -> Vec<Lane> {
    let trip_layer = |id: &str| {
        by_layer.map(|c| crate::document::layers::split_id(id).map_or(c.active(), |(n, _)| n))
    };
    // Trips by id, so a file of thousands of trips finds each lane's trip at once.
    let index: std::collections::HashMap<&str, usize> = t
        .trips
        .iter()
        .enumerate()
        .map(|(n, trip)| (trip.id.as_str(), n))
        .collect();
    let trip_of = |id: &str| index.get(id).map(|&n| &t.trips[n]);
    let mut groups: BTreeMap<LaneKey, Vec<u32>> = BTreeMap::new();
    if grouping == Grouping::Trip {
        // Every trip has a lane, even with no legs showing, so events can be dragged onto it.
        for trip in &t.trips {
            let key = in_layer(trip_layer(&trip.id), LaneKey::Trip(trip.id.clone()));
            groups.entry(key).or_default();
        }
    }
    for &i in visible {
        for key in lanes_of(&t.events[i as usize], i, grouping, by_layer) {
            groups.entry(key).or_default().push(i);
        }
    }
    let layer_name = |key: &LaneKey| {
        key.layer()
            .and_then(|n| by_layer.and_then(|c| c.names.get(n)))
    };
    let span = |i: u32| spans[i as usize];
    let mut lanes: Vec<Lane> = groups
        .into_iter()
        .map(|(key, events)| Lane {
            title: match layer_name(&key) {
                Some(name) => format!("{name} · {}", title_of(&key, t, grouping, trip_of)),
                None => title_of(&key, t, grouping, trip_of),
            },
            span: trip_span(&key, zone, trip_of),
            rows: partition(&events, span),
            key,
            bands: Vec::new(),
        })
        .collect();
    if packed && grouping == Grouping::Trip {
        // Each layer's trips are packed into a lane of their own.
        let mut by: BTreeMap<Option<usize>, (Vec<Lane>, Vec<Lane>)> = BTreeMap::new();
        for lane in lanes {
            let (trips, rest) = by.entry(lane.key.layer()).or_default();
            if matches!(lane.key.inner(), LaneKey::Trip(_)) {
                trips.push(lane);
            } else {
                rest.push(lane);
            }
        }
        let index_of = |id: &str| index.get(id).copied();
        lanes = Vec::new();
        for (layer, (trips, rest)) in by {
            let mut packed = pack(trips, index_of, span);
            packed.key = in_layer(layer, packed.key);
            if let Some(name) = layer_name(&packed.key) {
                packed.title = format!("{name} · {}", packed.title);
            }
            lanes.push(packed);
            lanes.extend(rest);
        }
    }
    // By layer when asked; then trips in date order, then the rest; other groupings alphabetically, "none" last.
    let order = |l: &Lane| {
        (
            l.key.layer(),
            *l.key.inner() == LaneKey::None,
            l.span.map(|s| s.0),
        )
    };
    lanes.sort_by(|a, b| (order(a), &a.title).cmp(&(order(b), &b.title)));
    lanes
}

fn trip_span<'a>(
    key: &LaneKey,
    zone: chrono_tz::Tz,
    trip_of: impl Fn(&str) -> Option<&'a crate::model::Trip>,
) -> Option<(i64, i64)> {
    let LaneKey::Trip(id) = key.inner() else {
        return None;
    };
    let trip = trip_of(id)?;
    let start = crate::model::time::local_to_utc(trip.start.first_local(), zone).secs();
    let end = crate::model::time::local_to_utc(trip.end.end_local_exclusive(), zone).secs();
    Some((start, end.max(start)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_events_stack_into_the_fewest_rows() {
        let spans = [(0, 10), (5, 15), (10, 20), (12, 30), (20, 25)];
        let ids: Vec<u32> = (0..spans.len() as u32).collect();
        let rows = partition(&ids, |i| {
            let (a, b) = spans[i as usize];
            (a * 100, b * 100)
        });
        // Events 1, 2 and 3 all overlap between 1200 and 1500, so three rows are needed, and no more.
        assert_eq!(rows, vec![vec![0, 2], vec![1, 4], vec![3]]);
    }

    #[test]
    fn rows_never_hold_overlapping_events() {
        let mut rng = fastrand::Rng::with_seed(3);
        let spans: Vec<(i64, i64)> = (0..2000)
            .map(|_| {
                let start = rng.i64(0..1_000_000);
                (start, start + rng.i64(0..50_000))
            })
            .collect();
        let ids: Vec<u32> = (0..spans.len() as u32).collect();
        let rows = partition(&ids, |i| spans[i as usize]);
        assert_eq!(rows.iter().map(Vec::len).sum::<usize>(), spans.len());
        for row in &rows {
            for pair in row.windows(2) {
                let (a, b) = (spans[pair[0] as usize], spans[pair[1] as usize]);
                assert!(a.1.max(a.0 + 60) <= b.0, "{a:?} overlaps {b:?}");
            }
        }
    }

    fn trip_lane(id: &str, span: (i64, i64), rows: Vec<Vec<u32>>) -> Lane {
        Lane {
            key: LaneKey::Trip(id.into()),
            title: id.to_owned(),
            rows,
            span: Some(span),
            bands: Vec::new(),
        }
    }

    #[test]
    fn packed_trips_share_rows_when_their_dates_do_not_overlap_and_keep_their_legs_together() {
        // Legs: 0 and 1 overlap (trip a takes two rows); 2 is trip b's, after a; 3 is trip c's, during a.
        let spans = [(0, 50), (10, 60), (100, 150), (20, 40)];
        let lanes = vec![
            trip_lane("a", (0, 60), vec![vec![0], vec![1]]),
            trip_lane("b", (100, 150), vec![vec![2]]),
            trip_lane("c", (20, 40), vec![vec![3]]),
        ];
        let ids = ["a", "b", "c"];
        let packed = pack(
            lanes,
            |id| ids.iter().position(|x| *x == id),
            |i| spans[i as usize],
        );
        let band = |id: &str| {
            packed
                .bands
                .iter()
                .find(|b| b.trip.as_str() == id)
                .cloned()
                .expect("band")
        };
        assert_eq!((band("a").row, band("a").rows), (0, 2));
        assert_eq!(band("b").row, 0, "b comes after a, on a's first row");
        assert_eq!(
            band("c").row,
            2,
            "c overlaps a, so it goes below both of a's rows"
        );
        assert_eq!(packed.rows, vec![vec![0, 2], vec![1], vec![3]]);
        assert_eq!(band("a").next_start, Some(100), "b follows a on its row");
        assert_eq!(band("b").next_start, None);
    }

    #[test]
    fn a_file_of_many_trips_packs_into_far_fewer_rows_than_lanes_and_no_row_overlaps() {
        let t = crate::model::generate::generate(3000, 4);
        let resolved = crate::model::Resolved::of(&t);
        let spans: Vec<(i64, i64)> = resolved.times.iter().map(|x| (x.start, x.end)).collect();
        let zone = chrono_tz::UTC;
        let lanes = build(
            &t,
            &spans,
            &resolved.order,
            Grouping::Trip,
            zone,
            true,
            None,
        );
        let trips = t.trips.len();
        assert!(trips > 100, "{trips} trips");
        let packed = lanes
            .iter()
            .find(|l| l.key == LaneKey::Trips)
            .expect("the packed lane");
        assert_eq!(packed.bands.len(), trips, "every trip has its band");
        assert!(
            packed.rows.len() * 4 < trips,
            "{} rows for {trips} trips",
            packed.rows.len()
        );
        for row in &packed.rows {
            for pair in row.windows(2) {
                let (a, b) = (spans[pair[0] as usize], spans[pair[1] as usize]);
                assert!(a.1.max(a.0 + 60) <= b.0, "{a:?} overlaps {b:?}");
            }
        }
    }
}
