//! Moving events in time and across the timeline's lanes: the one place that shifts an event's ends, refuses a
//! locked event, and says what a lane stands for. The timeline's drag preview asks `plan` for exactly what a drop
//! would do, so what a planner sees while dragging is what is applied.

use std::sync::Arc;

use super::change::Change;
use super::plan::{Plan, Refusal, checked, index_of, quoted};
use super::shift::Shift;
use crate::model::{CountryCode, Event, EventKind, Place, Region, Status, Text, Timeline};

/// Which end of an event a resize moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edge {
    Start,
    End,
}

/// How an event's dates change: both ends by the same shift, or one end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reshape {
    Move(Shift),
    Resize(Edge, Shift),
}

/// A lane of the timeline: the value of the field it groups events by.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Lane {
    /// A trip's lane, or the lane of events on no trip.
    Trip(Option<Text>),
    Country(CountryCode),
    Region(Region),
    /// A principal's lane, or the lane of events with none.
    Principal(Option<Text>),
    Kind(EventKind),
    Status(Status),
}

/// A drop from one lane onto another.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LaneChange {
    pub from: Lane,
    pub to: Lane,
}

/// `event` with its dates reshaped, or why it cannot be.
pub fn reshaped(event: &Event, how: Reshape) -> Result<Event, Refusal> {
    if event.locked {
        return Err(Refusal(crate::tr!(
            "edit-locked-dates",
            title = event.shown_title()
        )));
    }
    let off = || Refusal(crate::tr!("edit-off-calendar", title = event.shown_title()));
    let mut e = event.clone();
    match how {
        Reshape::Move(by) => {
            e.start = by.apply(e.start).ok_or_else(off)?;
            e.end = match e.end {
                Some(end) => Some(by.apply(end).ok_or_else(off)?),
                None => None,
            };
        }
        Reshape::Resize(Edge::Start, by) => e.start = by.apply(e.start).ok_or_else(off)?,
        Reshape::Resize(Edge::End, by) => e.end = Some(by.apply(e.end_or_start()).ok_or_else(off)?),
    }
    let ends_before = match (e.start, e.end_or_start()) {
        (crate::model::DateValue::Time(a), crate::model::DateValue::Time(b)) => b < a,
        (start, end) => end.last_day() < start.first_day(),
    };
    if ends_before {
        return Err(Refusal(crate::tr!(
            "edit-end-before-start",
            title = event.shown_title()
        )));
    }
    Ok(e)
}

/// `event` starting at `start`. A start moved past the end takes the end along, keeping the event's length, as
/// calendar apps do; a start that stays before the end leaves it where it is.
pub fn with_start(event: &Event, start: crate::model::DateValue) -> Event {
    use crate::model::DateValue;
    let mut e = event.clone();
    let old = e.start;
    e.start = start;
    let Some(end) = e.end else {
        return e;
    };
    let past = match (start, end) {
        (DateValue::Time(a), DateValue::Time(b)) => b < a,
        (s, end) => end.last_day() < s.first_day(),
    };
    if past {
        let by = match (old, start) {
            (DateValue::Time(a), DateValue::Time(b)) => Shift::minutes((b - a).num_minutes()),
            (a, b) => Shift::days((b.first_day() - a.first_day()).num_days()),
        };
        e.end = by.apply(end).or(Some(start));
    }
    e
}

/// Sets the field a lane stands for, as dropping an event from `from` onto `to` asks.
pub fn set_lane(e: &mut Event, change: &LaneChange) -> Result<(), Refusal> {
    if e.locked && change.from != change.to {
        return Err(Refusal(crate::tr!(
            "edit-locked-move",
            title = e.shown_title()
        )));
    }
    match (&change.from, &change.to) {
        (_, Lane::Trip(trip)) => e.trip = trip.clone(),
        (_, Lane::Country(code)) => {
            if e.place.country != *code {
                // The city, coordinates and zone belonged to the old country; the new one starts plain.
                e.place = Place {
                    country: *code,
                    ..Place::default()
                };
            }
        }
        (_, Lane::Kind(kind)) => e.kind = *kind,
        (_, Lane::Status(status)) => e.status = *status,
        (from, Lane::Principal(to)) => {
            if let Lane::Principal(Some(old)) = from {
                e.principals.retain(|p| p != old);
            }
            if let Some(new) = to
                && !e.principals.contains(new)
            {
                e.principals.push(new.clone());
            }
        }
        (from, Lane::Region(_)) if from == &change.to => {}
        (_, Lane::Region(_)) => {
            return Err(Refusal(crate::tr!("edit-region-follows-country")));
        }
    }
    Ok(())
}

/// Events moved by a shift (and to another lane), index and new value, or why one of them cannot move.
pub(super) fn moved_events(
    t: &Timeline,
    ids: &[String],
    by: Shift,
    lane: Option<&LaneChange>,
) -> Result<Vec<(usize, Event)>, Refusal> {
    let mut moved = Vec::new();
    for id in ids {
        let index = index_of(t, id)?;
        let event = &t.events[index];
        let mut e = if by.is_zero() {
            (**event).clone()
        } else {
            reshaped(event, Reshape::Move(by))?
        };
        if let Some(lane) = lane {
            set_lane(&mut e, lane)?;
        }
        moved.push((index, e));
    }
    Ok(moved)
}

/// Replaces events with edited copies; unchanged ones make no change.
pub(super) fn replace_events(
    t: &Timeline,
    label: String,
    events: Vec<(usize, Event)>,
) -> Result<Plan, Refusal> {
    let changes = events
        .into_iter()
        .filter(|(i, e)| *t.events[*i] != *e)
        .map(|(i, e)| Change::Event {
            index: i,
            before: Some(Arc::clone(&t.events[i])),
            after: Some(Arc::new(e)),
        })
        .collect();
    checked(t, label, changes)
}

pub(super) fn plan_move(
    t: &Timeline,
    ids: &[String],
    by: Shift,
    lane: Option<&LaneChange>,
) -> Result<Plan, Refusal> {
    let moved = moved_events(t, ids, by, lane)?;
    replace_events(t, crate::tr!("edit-move-of", what = quoted(t, ids)), moved)
}

pub(super) fn plan_resize(t: &Timeline, id: &str, edge: Edge, by: Shift) -> Result<Plan, Refusal> {
    let index = index_of(t, id)?;
    let event = &t.events[index];
    let e = reshaped(event, Reshape::Resize(edge, by))?;
    replace_events(
        t,
        crate::tr!("edit-resize-of", title = event.shown_title()),
        vec![(index, e)],
    )
}

pub(super) fn plan_move_trip(t: &Timeline, id: &str, by: Shift) -> Result<Plan, Refusal> {
    let index = t
        .trips
        .iter()
        .position(|x| x.id == id)
        .ok_or_else(|| Refusal(crate::tr!("edit-no-trip", id = id)))?;
    let trip = &t.trips[index];
    let off = || {
        Refusal(crate::tr!(
            "edit-trip-off-calendar",
            title = trip.shown_title()
        ))
    };
    let mut moved = trip.clone();
    moved.start = by.apply(trip.start).ok_or_else(off)?;
    moved.end = by.apply(trip.end).ok_or_else(off)?;
    let legs: Vec<String> = t
        .events
        .iter()
        .filter(|e| e.trip.as_deref() == Some(id))
        .map(|e| e.id.to_string())
        .collect();
    let mut changes = vec![Change::Trip {
        index,
        before: Some(trip.clone()),
        after: Some(moved),
    }];
    for (i, e) in moved_events(t, &legs, by, None)? {
        changes.push(Change::Event {
            index: i,
            before: Some(Arc::clone(&t.events[i])),
            after: Some(Arc::new(e)),
        });
    }
    checked(
        t,
        crate::tr!("edit-move-of-trip", title = trip.shown_title()),
        changes,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::sample_timeline as sample;

    fn mumbai() -> Event {
        sample().event("mumbai").expect("mumbai").clone()
    }

    #[test]
    fn a_move_shifts_both_ends_and_a_resize_one() {
        let e = mumbai();
        let moved = reshaped(&e, Reshape::Move(Shift::days(2))).expect("moves");
        assert_eq!(moved.start.to_string(), "2026-02-28");
        assert_eq!(
            moved.end.map(|d| d.to_string()).as_deref(),
            Some("2026-03-01")
        );
        let resized = reshaped(&e, Reshape::Resize(Edge::End, Shift::days(2))).expect("resizes");
        assert_eq!(resized.start, e.start);
        assert_eq!(
            resized.end.map(|d| d.to_string()).as_deref(),
            Some("2026-03-01")
        );
        let refused = reshaped(&e, Reshape::Resize(Edge::End, Shift::days(-3)));
        assert!(refused.is_err_and(|r| r.0.contains("cannot end before it starts")));
    }

    #[test]
    fn a_start_moved_past_the_end_takes_the_end_along() {
        let e = mumbai();
        let later = with_start(&e, "2026-02-28".parse().expect("date"));
        assert_eq!(
            later.end.map(|d| d.to_string()).as_deref(),
            Some("2026-03-01")
        );
        let earlier = with_start(&e, "2026-02-25".parse().expect("date"));
        assert_eq!(earlier.end, e.end, "a start before the end leaves the end");
    }

    #[test]
    fn a_locked_event_refuses_a_move_and_a_lane_change_alike() {
        let mut e = mumbai();
        e.locked = true;
        let by_date = reshaped(&e, Reshape::Move(Shift::days(1))).expect_err("locked");
        let by_lane = set_lane(
            &mut e.clone(),
            &LaneChange {
                from: Lane::Status(Status::Tentative),
                to: Lane::Status(Status::Confirmed),
            },
        )
        .expect_err("locked");
        assert!(by_date.0.contains("is locked") && by_lane.0.contains("is locked"));
    }

    #[test]
    fn dropping_on_a_country_lane_moves_the_event_to_that_country_without_the_old_city() {
        let mut e = mumbai();
        set_lane(
            &mut e,
            &LaneChange {
                from: Lane::Country("IN".parse().expect("code")),
                to: Lane::Country("JP".parse().expect("code")),
            },
        )
        .expect("allowed");
        assert_eq!(e.place.country.as_str(), "JP");
        assert!(e.place.city.is_empty());
        let refused = set_lane(
            &mut e,
            &LaneChange {
                from: Lane::Region(Region::SouthAsia),
                to: Lane::Region(Region::EastAsia),
            },
        );
        assert!(refused.is_err());
    }
}
