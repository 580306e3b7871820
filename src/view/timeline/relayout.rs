//! The timeline's layout following an edit: when events only changed in place (a drag, a retitle, a status), the
//! lanes they left and joined are stacked again and every other lane is kept as it was, so the frame after an
//! edit costs what the edit touched, not what the file holds. Anything else is laid out afresh.

use std::collections::HashMap;
use std::sync::Arc;

use chrono_tz::Tz;

use super::Layout;
use super::lanes::{Grouping, LaneKey, lanes_of, partition};
use super::place::{self, Timed};
use crate::document::Document;
use crate::document::layers::Combined;
use crate::edit::change::Change;
use crate::model::Event;

/// Beyond this many events changed (a bulk edit), laying every lane out afresh is as quick.
const MAX_FOLLOWED: usize = 256;

/// What the layout was built with besides the document: the visible events (the same set as then), the zone
/// and placing of bars, the grouping, and the layers when lanes go by layer first.
pub(super) struct Built<'a> {
    pub visible: &'a [u32],
    pub zone: Tz,
    pub timed: Timed,
    pub grouping: Grouping,
    pub by_layer: Option<&'a Combined>,
}

/// Brings `layout`, built for revision `layout.key.0` of `doc`, to `doc`'s revision by the edits since; returns
/// false, leaving it untouched, when the edits are not ones it can follow (an event added or removed, a trip or
/// principal changed, a lane that would appear or empty) or are too many.
pub(super) fn follow(layout: &mut Layout, doc: &Document, built: &Built<'_>) -> bool {
    let Some(changes) = doc.changes_since(layout.key.0) else {
        return false;
    };
    // Each changed event as it was when the layout was built: the first change's "before".
    let mut was: HashMap<u32, &Arc<Event>> = HashMap::new();
    for change in changes {
        let Change::Event {
            index,
            before: Some(before),
            after: Some(_),
        } = change
        else {
            return false;
        };
        was.entry(*index as u32).or_insert(before);
        if was.len() > MAX_FOLLOWED {
            return false;
        }
    }
    let t = doc.timeline();
    let times = &doc.resolved().times;
    let mut spans = layout.spans.to_vec();
    // The visible set is the one the layout was built for (in time order), so an event hidden then is hidden now.
    let mut shown = vec![false; t.events.len()];
    for &i in built.visible {
        if let Some(s) = shown.get_mut(i as usize) {
            *s = true;
        }
    }
    // Per lane touched: the events that left it and the ones that joined it.
    let mut touched: HashMap<LaneKey, (Vec<u32>, Vec<u32>)> = HashMap::new();
    for (&i, before) in &was {
        let Some(event) = t.events.get(i as usize) else {
            return false;
        };
        if !shown[i as usize] {
            continue;
        }
        spans[i as usize] = place::span_of(event, &times[i as usize], built.zone, built.timed);
        for key in lanes_of(before, i, built.grouping, built.by_layer) {
            touched.entry(key).or_default().0.push(i);
        }
        for key in lanes_of(event, i, built.grouping, built.by_layer) {
            touched.entry(key).or_default().1.push(i);
        }
    }
    // Each touched lane's rows afresh, all found before any is replaced.
    let mut restacked = Vec::with_capacity(touched.len());
    for (key, (left, joined)) in touched {
        let Some(l) = layout.lanes.iter().position(|lane| lane.key == key) else {
            return false;
        };
        let mut events: Vec<u32> = layout.lanes[l]
            .rows
            .iter()
            .flatten()
            .copied()
            .filter(|i| !left.contains(i))
            .collect();
        events.extend(joined);
        // A lane of no events goes, except a trip's, which stays to be dropped on.
        if events.is_empty() && !matches!(key.inner(), LaneKey::Trip(_)) {
            return false;
        }
        restacked.push((l, partition(&events, |i| spans[i as usize])));
    }
    for (l, rows) in restacked {
        layout.row_spans[l] = rows
            .iter()
            .map(|row| row.iter().map(|&i| spans[i as usize]).collect())
            .collect();
        layout.lanes[l].rows = rows;
    }
    layout.extent = built
        .visible
        .iter()
        .fold(None, |acc: Option<(i64, i64)>, &i| {
            let (s, e) = spans[i as usize];
            Some(acc.map_or((s, e), |(a, b)| (a.min(s), b.max(e))))
        });
    layout.spans = spans.into();
    // Rows may have come or gone, so the lanes' heights are worked out again.
    layout.offsets_for = None;
    layout.key.0 = doc.revision();
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::shown::Shown;
    use crate::edit::{Command, Shift};
    use crate::model::filter::Filter;
    use crate::view::timeline::TimelineView;

    type Picture = (
        Vec<(LaneKey, String, Vec<Vec<u32>>, Option<(i64, i64)>, usize)>,
        Vec<Vec<Vec<(i64, i64)>>>,
        Option<(i64, i64)>,
        Vec<(i64, i64)>,
    );

    /// Everything a layout shows.
    fn picture(layout: &Layout) -> Picture {
        (
            layout
                .lanes
                .iter()
                .map(|l| {
                    let (key, title) = (l.key.clone(), l.title.clone());
                    (key, title, l.rows.clone(), l.span, l.bands.len())
                })
                .collect(),
            layout.row_spans.clone(),
            layout.extent,
            layout.spans.to_vec(),
        )
    }

    fn view(grouping: Grouping, packed: bool) -> TimelineView {
        TimelineView {
            grouping,
            pack_trips: Some(packed),
            ..TimelineView::default()
        }
    }

    /// Edits in place: moves by days and hours, and changes of country, status, kind and principals.
    fn edit(doc: &mut Document, rng: &mut fastrand::Rng) {
        let n = doc.timeline().events.len();
        let event = doc.timeline().events[rng.usize(0..n)].as_ref().clone();
        let id = event.id.to_string();
        let command = match rng.u8(0..4) {
            0 => Command::MoveEvents {
                ids: vec![id],
                by: Shift::days(rng.i64(-40..40)),
                lane: None,
            },
            1 => Command::MoveEvents {
                ids: vec![id],
                by: Shift::minutes(rng.i64(-600..600)),
                lane: None,
            },
            2 => {
                let mut e = event;
                let codes = ["FR", "JP", "IN", "AU", "QA", "CH"];
                e.place.country = codes[rng.usize(0..codes.len())].parse().expect("a code");
                e.status = crate::model::Status::Tentative;
                Command::SetEvent {
                    id,
                    what: "country".into(),
                    event: Box::new(e),
                }
            }
            _ => {
                let mut e = event;
                e.kind = crate::model::EventKind::Summit;
                let principals = doc.timeline().principals.clone();
                e.principals = principals
                    .iter()
                    .filter(|_| rng.bool())
                    .map(|p| p.id.clone())
                    .collect();
                Command::SetEvent {
                    id,
                    what: "principals".into(),
                    event: Box::new(e),
                }
            }
        };
        // A move a locked event refuses changes nothing, and is as good a case.
        let _ = doc.apply(command);
    }

    #[test]
    fn a_layout_following_edits_in_place_is_the_layout_built_afresh() {
        let mut rng = fastrand::Rng::with_seed(11);
        for (grouping, packed) in [
            (Grouping::Region, false),
            (Grouping::Country, false),
            (Grouping::Principal, false),
            (Grouping::Trip, false),
            (Grouping::Trip, true),
            (Grouping::Status, false),
        ] {
            // Events in no particular order in the file, so that time order is not index order.
            let mut t = crate::model::generate::generate(1500, 5);
            rng.shuffle(&mut t.events);
            let mut doc = Document::from_timeline(t, "generated".into());
            // The events with the first event's first tag are shown, in time order, as the window shows them:
            // the edits never change tags, so the same events stay shown while their order changes.
            let tag = doc.timeline().events[0].tags[0].to_string();
            let filter = Filter {
                tags: [tag].into_iter().collect(),
                ..Filter::default()
            };
            let mut shown = Shown::default();
            shown.refresh(&doc, &filter, true);
            let version = shown.version();
            assert!(shown.events().len() < doc.timeline().events.len());
            let mut followed = view(grouping, packed);
            followed.refresh_layout(&doc, shown.events(), version, None);
            let mut times_followed = 0;
            for _ in 0..12 {
                for _ in 0..rng.usize(1..4) {
                    edit(&mut doc, &mut rng);
                }
                shown.refresh(&doc, &filter, true);
                assert_eq!(shown.version(), version, "the same events are shown");
                let visible = shown.events();
                let built = Built {
                    visible,
                    zone: followed.zone.zone(&doc),
                    timed: followed.zone.timed(),
                    grouping,
                    by_layer: None,
                };
                let layout = followed.layout.as_mut().expect("laid out");
                if follow(layout, &doc, &built) {
                    times_followed += 1;
                } else {
                    followed.refresh_layout(&doc, visible, version, None);
                }
                let layout = followed.layout.as_ref().expect("laid out");
                assert_eq!(layout.key.0, doc.revision());
                let mut fresh = view(grouping, packed);
                fresh.refresh_layout(&doc, visible, version, None);
                let fresh = fresh.layout.as_ref().expect("laid out");
                assert!(
                    picture(layout) == picture(fresh),
                    "{grouping:?} (packed {packed}) differs from a fresh layout"
                );
            }
            // Packed trips follow only edits outside trips; every other grouping most edits.
            let least = if packed { 1 } else { 6 };
            assert!(
                times_followed >= least,
                "{grouping:?}: {times_followed} of 12 followed"
            );
        }
    }

    #[test]
    fn moves_are_followed_and_an_added_event_or_a_new_lane_is_laid_out_afresh() {
        let mut doc =
            Document::from_timeline(crate::model::generate::generate(500, 2), "generated".into());
        let visible: Vec<u32> = (0..doc.timeline().events.len() as u32).collect();
        let mut v = view(Grouping::Region, false);
        v.refresh_layout(&doc, &visible, 1, None);
        let built = Built {
            visible: &visible,
            zone: v.zone.zone(&doc),
            timed: v.zone.timed(),
            grouping: Grouping::Region,
            by_layer: None,
        };
        let unlocked = |doc: &Document| {
            doc.timeline()
                .events
                .iter()
                .find(|e| !e.locked)
                .map(|e| e.id.to_string())
                .expect("an unlocked event")
        };
        let id = unlocked(&doc);
        let moved = doc.apply(Command::MoveEvents {
            ids: vec![id.clone()],
            by: Shift::days(3),
            lane: None,
        });
        assert!(moved.is_ok());
        let layout = v.layout.as_mut().expect("laid out");
        assert!(follow(layout, &doc, &built), "a move is followed");
        assert_eq!(layout.key.0, doc.revision());

        // An event in a country of no region would need a lane the layout does not have.
        let mut e = doc.event(&id).expect("the event").clone();
        e.place.country = crate::model::CountryCode::STAND_IN;
        let set = doc.apply(Command::SetEvent {
            id: id.clone(),
            what: "country".into(),
            event: Box::new(e.clone()),
        });
        assert!(set.is_ok());
        let had_lane = layout.lanes.iter().any(|l| l.key == LaneKey::None);
        assert_eq!(follow(layout, &doc, &built), had_lane);

        v.refresh_layout(&doc, &visible, 1, None);
        e.id = "a-new-one".into();
        let added = doc.apply(Command::AddEvent { event: Box::new(e) });
        assert!(added.is_ok());
        let layout = v.layout.as_mut().expect("laid out");
        assert!(
            !follow(layout, &doc, &built),
            "an insertion renumbers events"
        );
    }
}
