//! Dragging on the timeline: move bars, resize their ends, move a whole trip, add by double-click.
//! The document is untouched during a drag; one command is sent when the button is released.

use egui::{Align2, CursorIcon, FontId, Pos2, Rect};

use super::axis::TimeAxis;
use super::lanes::{Grouping, LaneKey};
use super::paint::LaneGeometry;
use super::ticks::TickUnit;
use super::{Frame, Request, TimelineView};
use crate::edit::{Command, Edge, Shift};
use crate::model::{DateValue, Event, Place, thin_vec};

/// What a drag changes.
#[derive(Clone, Debug, PartialEq)]
pub enum Mode {
    Move,
    Resize(Edge),
    /// A trip with all its legs, by its lane header's span.
    Trip(String),
}

/// A drag in progress.
pub struct Drag {
    pub ids: Vec<String>,
    pub mode: Mode,
    press: Pos2,
    press_secs: f64,
    /// The shift the pointer stands for now, snapped.
    pub shift: Shift,
}

/// Within this many points of a bar's end, a drag resizes instead of moving.
const EDGE_PX: f32 = 6.0;

/// The shift between two instants at this zoom: whole snap units, or minutes with Alt.
pub fn snapped_shift(axis: &TimeAxis, delta_secs: f64, free: bool) -> Shift {
    if free {
        return Shift::minutes((delta_secs / 60.0).round() as i64);
    }
    let unit = TickUnit::for_axis(axis, 70.0);
    let step = match unit {
        TickUnit::Hours(_) => 3600.0,
        TickUnit::Day | TickUnit::Week => 86400.0,
        TickUnit::Month | TickUnit::Quarter => 30.44 * 86400.0,
        TickUnit::Years(_) => 365.25 * 86400.0,
    };
    unit.snap((delta_secs / step).round() as i64)
}

/// Clicks select; a drag on a bar starts a move or, near an end, a resize.
/// A click on an event's bar or title: select it (Ctrl adds to the selection) and give the timeline the keys.
pub fn select_clicked(
    view: &TimelineView,
    ui: &egui::Ui,
    event: &Event,
    requests: &mut Vec<Request>,
) {
    if let Some(area) = view.area_id {
        // Keys then go to the timeline: arrows, Alt+arrows, Enter, Delete.
        ui.memory_mut(|m| m.request_focus(area));
    }
    requests.push(Request::Select {
        ids: vec![event.id.to_string()],
        additive: ui.input(|i| i.modifiers.command),
    });
}

pub fn bar_interaction(
    view: &mut TimelineView,
    ui: &egui::Ui,
    axis: &TimeAxis,
    frame: &Frame<'_>,
    event: &Event,
    response: &egui::Response,
    requests: &mut Vec<Request>,
) {
    let rect = response.rect;
    let near_edge = |x: f32| -> Option<Edge> {
        if rect.width() < 3.0 * EDGE_PX {
            None
        } else if x - rect.left() < EDGE_PX {
            Some(Edge::Start)
        } else if rect.right() - x < EDGE_PX {
            Some(Edge::End)
        } else {
            None
        }
    };
    if let Some(pos) = response.hover_pos()
        && near_edge(pos.x).is_some()
        && view.drag.is_none()
    {
        ui.ctx().set_cursor_icon(CursorIcon::ResizeHorizontal);
    }
    if response.clicked() {
        select_clicked(view, ui, event, requests);
    } else if response.drag_started()
        && let Some(area) = view.area_id
    {
        // Keys then go to the timeline: arrows, Alt+arrows, Enter, Delete.
        ui.memory_mut(|m| m.request_focus(area));
    }
    if response.drag_started()
        && let Some(press) = ui.input(|i| i.pointer.press_origin())
    {
        let mode = near_edge(press.x).map_or(Mode::Move, Mode::Resize);
        let ids = if frame.selection.contains(&event.id) && mode == Mode::Move {
            frame.selection.to_vec()
        } else {
            requests.push(Request::Select {
                ids: vec![event.id.to_string()],
                additive: false,
            });
            vec![event.id.to_string()]
        };
        view.drag = Some(Drag {
            ids,
            mode,
            press,
            press_secs: axis.time_from_x(f64::from(press.x)),
            shift: Shift::days(0),
        });
    }
}

/// A drag on a trip's span in its lane header moves the whole trip.
pub fn start_trip_drag(
    view: &mut TimelineView,
    response: &egui::Response,
    axis: &TimeAxis,
    trip: &str,
) {
    if response.hovered() && view.drag.is_none() {
        response.ctx.set_cursor_icon(CursorIcon::Grab);
    }
    if response.drag_started()
        && let Some(press) = response.ctx.input(|i| i.pointer.press_origin())
    {
        view.drag = Some(Drag {
            ids: Vec::new(),
            mode: Mode::Trip(trip.to_owned()),
            press,
            press_secs: axis.time_from_x(f64::from(press.x)),
            shift: Shift::days(0),
        });
    }
}

fn lane_at(geometry: &[LaneGeometry], y: f32) -> Option<&LaneKey> {
    geometry
        .iter()
        .find(|g| (g.top..g.bottom).contains(&y))
        .map(|g| &g.key)
}

/// Follows the pointer while a drag lasts (with a live tooltip and edge auto-scroll), and sends the
/// command when it ends. Esc cancels.
pub fn finish_or_preview(
    view: &mut TimelineView,
    ui: &egui::Ui,
    axis: &mut TimeAxis,
    frame: &Frame<'_>,
    geometry: &[LaneGeometry],
    requests: &mut Vec<Request>,
) {
    let Some(drag) = view.drag.as_mut() else {
        return;
    };
    if ui.input(|i| i.key_pressed(egui::Key::Escape)) {
        view.drag = None;
        requests.push(Request::Notice("Drag cancelled".into()));
        return;
    }
    let (pos, released, free) = ui.input(|i| {
        (
            i.pointer.latest_pos(),
            !i.pointer.primary_down(),
            i.modifiers.alt,
        )
    });
    let pos = pos.unwrap_or(drag.press);
    // Near the left or right edge, the view scrolls so the drag can go further.
    let edge = 40.0;
    let left = axis.left_px as f32;
    let right = (axis.left_px + axis.width_px) as f32;
    if !released && (pos.x < left + edge || pos.x > right - edge) {
        let dx = if pos.x < left + edge { 8.0 } else { -8.0 };
        *axis = axis.panned(dx);
        ui.ctx().request_repaint();
    }
    drag.shift = snapped_shift(
        axis,
        axis.time_from_x(f64::from(pos.x)) - drag.press_secs,
        free,
    );
    let from_lane = lane_at(geometry, drag.press.y).cloned();
    let to_lane = lane_at(geometry, pos.y).cloned();
    if !released {
        live_tooltip(ui, frame, drag, pos);
        ui.ctx().request_repaint();
        return;
    }
    let Some(drag) = view.drag.take() else { return };
    let lane_change = match (&drag.mode, from_lane, to_lane) {
        (Mode::Move, Some(from), Some(to)) if from != to => Some((from, to)),
        _ => None,
    };
    if let Some(request) = drop_request(view.grouping, frame, &drag, lane_change) {
        requests.push(request);
    }
}

/// The request a finished drag makes.
fn drop_request(
    grouping: Grouping,
    frame: &Frame<'_>,
    drag: &Drag,
    lane_change: Option<(LaneKey, LaneKey)>,
) -> Option<Request> {
    match (&drag.mode, lane_change) {
        (Mode::Trip(id), _) => (!drag.shift.is_zero()).then(|| {
            Request::Edit(Command::MoveTrip {
                id: id.clone(),
                by: drag.shift,
            })
        }),
        (Mode::Resize(edge), _) => (!drag.shift.is_zero()).then(|| {
            Request::Edit(Command::ResizeEvent {
                id: drag.ids.first().cloned().unwrap_or_default(),
                edge: *edge,
                by: drag.shift,
            })
        }),
        (Mode::Move, None) => (!drag.shift.is_zero()).then(|| {
            Request::Edit(Command::MoveEvents {
                ids: drag.ids.clone(),
                by: drag.shift,
            })
        }),
        (Mode::Move, Some((from, to))) => {
            let mut events = Vec::new();
            for id in &drag.ids {
                let Some(original) = frame.doc.event(id) else {
                    continue;
                };
                if original.locked {
                    return Some(Request::Notice(format!(
                        "'{}' is locked; unlock it in the inspector to move it",
                        original.title
                    )));
                }
                let mut e = original.clone();
                if !set_lane_field(&mut e, grouping, &from, &to) {
                    return Some(Request::Notice(format!(
                        "Events cannot change {} by dragging; edit it in the inspector",
                        grouping.label().to_lowercase()
                    )));
                }
                match (
                    drag.shift.apply(e.start),
                    e.end.map(|d| drag.shift.apply(d)),
                ) {
                    (Some(start), Some(Some(end))) => (e.start, e.end) = (start, Some(end)),
                    (Some(start), None) => e.start = start,
                    _ => {
                        return Some(Request::Notice(format!(
                            "'{}' would move off the calendar",
                            e.title
                        )));
                    }
                }
                events.push(e);
            }
            Some(Request::Edit(Command::SetEvents {
                what: "move".into(),
                events,
            }))
        }
    }
}

/// Sets the field a lane stands for. Returns false where dragging cannot change it (country, region).
fn set_lane_field(e: &mut Event, grouping: Grouping, from: &LaneKey, to: &LaneKey) -> bool {
    match (grouping, to) {
        (Grouping::Trip, LaneKey::Trip(id)) => e.trip = Some(id.clone()),
        (Grouping::Trip, LaneKey::None) => e.trip = None,
        (Grouping::Status, LaneKey::Status(s)) => e.status = *s,
        (Grouping::Kind, LaneKey::Kind(k)) => e.kind = *k,
        (Grouping::Principal, to) => {
            if let LaneKey::Principal(old) = from {
                e.principals.retain(|p| p != old);
            }
            if let LaneKey::Principal(new) = to
                && !e.principals.contains(new)
            {
                e.principals.push(new.clone());
            }
        }
        _ => return false,
    }
    true
}

fn live_tooltip(ui: &egui::Ui, frame: &Frame<'_>, drag: &Drag, pos: Pos2) {
    let t = &frame.doc.timeline;
    let text = match &drag.mode {
        Mode::Trip(id) => t.trip(id).map(|trip| {
            let moved = |d: DateValue| {
                drag.shift
                    .apply(d)
                    .map_or_else(|| "—".into(), |d| d.human())
            };
            format!(
                "{}: {} – {}",
                trip.title,
                moved(trip.start),
                moved(trip.end)
            )
        }),
        Mode::Move | Mode::Resize(_) => {
            drag.ids
                .first()
                .and_then(|id| frame.doc.event(id))
                .map(|e| {
                    let mut moved = e.clone();
                    match drag.mode {
                        Mode::Resize(Edge::Start) => {
                            moved.start = drag.shift.apply(e.start).unwrap_or(e.start)
                        }
                        Mode::Resize(Edge::End) => moved.end = drag.shift.apply(e.end_or_start()),
                        _ => {
                            moved.start = drag.shift.apply(e.start).unwrap_or(e.start);
                            moved.end = e.end.and_then(|d| drag.shift.apply(d));
                        }
                    }
                    let more = if drag.ids.len() > 1 {
                        format!(" (and {} more)", drag.ids.len() - 1)
                    } else {
                        String::new()
                    };
                    format!(
                        "{}{more}: {}",
                        e.title,
                        crate::view::table::when_text(&moved)
                    )
                })
        }
    };
    if let Some(text) = text {
        let painter = ui.ctx().layer_painter(egui::LayerId::new(
            egui::Order::Tooltip,
            ui.scope_id().with("drag-tip"),
        ));
        let galley = painter.layout_no_wrap(
            format!("{text}  (Esc cancels)"),
            FontId::proportional(13.0),
            ui.visuals().strong_text_color(),
        );
        let rect = Align2::LEFT_BOTTOM
            .anchor_size(pos + egui::vec2(14.0, -8.0), galley.size())
            .expand(5.0);
        painter.rect_filled(rect, 4.0, ui.visuals().window_fill);
        painter.rect_stroke(
            rect,
            4.0,
            ui.visuals().window_stroke,
            egui::StrokeKind::Inside,
        );
        painter.galley(
            rect.min + egui::vec2(5.0, 5.0),
            galley,
            ui.visuals().text_color(),
        );
    }
}

/// The preview of a dragged bar: where it would land.
pub fn preview_rect(axis: &TimeAxis, event: &Event, drag: &Drag, rect: Rect) -> Option<Rect> {
    let mut moved = event.clone();
    match drag.mode {
        Mode::Move => {
            moved.start = drag.shift.apply(event.start)?;
            moved.end = match event.end {
                Some(end) => Some(drag.shift.apply(end)?),
                None => None,
            };
        }
        Mode::Resize(Edge::Start) => moved.start = drag.shift.apply(event.start)?,
        Mode::Resize(Edge::End) => moved.end = Some(drag.shift.apply(event.end_or_start())?),
        Mode::Trip(_) => return None,
    }
    let times = crate::model::EventTimes::of(&moved);
    let x0 = axis.x_from_time(times.start as f64) as f32;
    let x1 = (axis.x_from_time(times.end as f64) as f32).max(x0 + 3.0);
    Some(Rect::from_x_y_ranges(x0..=x1, rect.y_range()))
}

/// Double-clicking empty space in a lane adds an event there, on that day, in that lane.
pub fn add_at_pointer(
    ui: &egui::Ui,
    axis: &TimeAxis,
    frame: &Frame<'_>,
    geometry: &[LaneGeometry],
    requests: &mut Vec<Request>,
) {
    let Some(pos) = ui.input(|i| i.pointer.interact_pos()) else {
        return;
    };
    let Some(lane) = lane_at(geometry, pos.y) else {
        return;
    };
    let secs = axis.time_from_x(f64::from(pos.x)) as i64;
    let Some(day) = chrono::DateTime::from_timestamp(secs, 0)
        .map(|t| t.with_timezone(&frame.zone).date_naive())
    else {
        return;
    };
    let t = &frame.doc.timeline;
    let mut event = t.new_event_on(day);
    match lane {
        LaneKey::Trip(id) => event.trip = Some(id.clone()),
        LaneKey::Principal(id) => event.principals = thin_vec![id.clone()],
        LaneKey::Kind(k) => event.kind = *k,
        LaneKey::Status(s) => event.status = *s,
        LaneKey::Country(code) => {
            if let Ok(code) = code.parse() {
                event.place = Place {
                    country: code,
                    ..Place::default()
                };
            }
        }
        LaneKey::Region(_) | LaneKey::None => {}
    }
    requests.push(Request::Edit(Command::AddEvent {
        event: Box::new(event),
    }));
}
