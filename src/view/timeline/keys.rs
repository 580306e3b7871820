//! The timeline from the keyboard, while it has focus: arrows move the selection between events,
//! Alt+arrows move the selection by the snap unit, Alt+Shift+arrows resize, Enter goes to the inspector.

use egui::{Key, Modifiers};

use super::axis::TimeAxis;
use super::drag::snapped_shift;
use super::{Frame, Request, TimelineView};
use crate::edit::{Command, Edge};

pub fn handle(
    view: &mut TimelineView,
    ui: &egui::Ui,
    response: &egui::Response,
    axis: &TimeAxis,
    frame: &Frame<'_>,
    requests: &mut Vec<Request>,
) {
    if !response.has_focus() {
        return;
    }
    // Arrows and Esc belong to the timeline while it has focus, not to focus navigation.
    ui.memory_mut(|m| {
        m.set_focus_lock_filter(
            response.id,
            egui::EventFilter {
                horizontal_arrows: true,
                vertical_arrows: true,
                escape: true,
                ..Default::default()
            },
        );
    });
    let pressed = |modifiers: Modifiers, key: Key| ui.input_mut(|i| i.consume_key(modifiers, key));
    let ids = frame.selection.to_vec();
    let one = |steps: f64| keyboard_step(axis, frame, steps);
    for (key, steps) in [(Key::ArrowLeft, -1.0), (Key::ArrowRight, 1.0)] {
        if pressed(Modifiers::ALT | Modifiers::SHIFT, key) {
            if let Some(id) = frame.selection.single() {
                requests.push(Request::view_edit(Command::ResizeEvent {
                    id: id.to_owned(),
                    edge: Edge::End,
                    by: one(steps),
                }));
            }
        } else if pressed(Modifiers::ALT, key) {
            if !ids.is_empty() {
                requests.push(Request::view_edit(Command::MoveEvents {
                    ids: ids.clone(),
                    by: one(steps),
                    lane: None,
                }));
            }
        } else if pressed(Modifiers::NONE, key) {
            step_selection(view, frame, steps as i64, requests);
        }
    }
    for (key, steps) in [(Key::ArrowUp, -1), (Key::ArrowDown, 1)] {
        if pressed(Modifiers::NONE, key) {
            step_lane(view, frame, steps, requests);
        }
    }
    if pressed(Modifiers::NONE, Key::Enter) && !frame.selection.is_empty() {
        requests.push(Request::FocusInspector);
    }
}

/// One keyboard step: the snap unit at this zoom, but never finer than the selection's dates, so a day
/// event moves a day even when the axis shows hours.
fn keyboard_step(axis: &TimeAxis, frame: &Frame<'_>, steps: f64) -> crate::edit::Shift {
    let unit = super::ticks::TickUnit::for_axis(axis, 70.0);
    let snap = snapped_shift(axis, steps * unit.approx_secs(), false);
    let coarsest = frame
        .selection
        .ids()
        .filter_map(|id| frame.doc.event(id))
        .map(|e| e.start.precision())
        .max();
    match coarsest {
        Some(precision) => {
            let by_precision = crate::edit::Shift::one_unit_of(precision, steps as i64);
            if approx_secs(by_precision) > approx_secs(snap) {
                by_precision
            } else {
                snap
            }
        }
        None => snap,
    }
}

fn approx_secs(shift: crate::edit::Shift) -> f64 {
    use crate::edit::Unit;
    let unit = match shift.unit {
        Unit::Minutes => 60.0,
        Unit::Days => 86400.0,
        Unit::Months => 30.44 * 86400.0,
        Unit::Years => 365.25 * 86400.0,
    };
    (shift.amount as f64 * unit).abs()
}

/// The visible events in lane order, then time order within each lane, deduplicated.
fn ordered(view: &TimelineView) -> Vec<(usize, u32)> {
    let Some(layout) = view.layout.as_ref() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (lane_index, lane) in layout.lanes.iter().enumerate() {
        let mut in_lane: Vec<u32> = lane.rows.iter().flatten().copied().collect();
        in_lane.sort_unstable();
        for i in in_lane {
            out.push((lane_index, i));
        }
    }
    out
}

/// ← and →: the previous or next event in time, across all lanes.
fn step_selection(view: &TimelineView, frame: &Frame<'_>, steps: i64, requests: &mut Vec<Request>) {
    let order = &frame.doc.resolved().order;
    let visible: std::collections::HashSet<u32> =
        ordered(view).into_iter().map(|(_, i)| i).collect();
    let in_view: Vec<u32> = order
        .iter()
        .copied()
        .filter(|i| visible.contains(i))
        .collect();
    let current = frame.selection.single().and_then(|id| {
        in_view
            .iter()
            .position(|&i| frame.doc.timeline().events[i as usize].id == id)
    });
    let next = match current {
        Some(p) => (p as i64 + steps).clamp(0, in_view.len() as i64 - 1) as usize,
        None if steps > 0 => 0,
        None => in_view.len().saturating_sub(1),
    };
    if let Some(&i) = in_view.get(next) {
        requests.push(Request::Select {
            ids: vec![frame.doc.timeline().events[i as usize].id.to_string()],
            additive: false,
        });
    }
}

/// ↑ and ↓: the event nearest in time in the lane above or below.
fn step_lane(view: &TimelineView, frame: &Frame<'_>, steps: i64, requests: &mut Vec<Request>) {
    let Some(layout) = view.layout.as_ref() else {
        return;
    };
    let events = &frame.doc.timeline().events;
    let spans = &frame.spans;
    let Some(current) = frame
        .selection
        .single()
        .and_then(|id| frame.doc.index_of(id))
    else {
        return;
    };
    let Some(lane) = layout
        .lanes
        .iter()
        .position(|l| l.rows.iter().flatten().any(|&i| i as usize == current))
    else {
        return;
    };
    let mut target = lane as i64 + steps;
    while (0..layout.lanes.len() as i64).contains(&target) {
        let candidates = layout.lanes[target as usize].rows.iter().flatten();
        if let Some(&best) =
            candidates.min_by_key(|&&i| (spans[i as usize].0 - spans[current].0).abs())
        {
            requests.push(Request::Select {
                ids: vec![events[best as usize].id.to_string()],
                additive: false,
            });
            return;
        }
        target += steps;
    }
}
