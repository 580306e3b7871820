//! Dragging on the timeline: move bars, resize their ends, move a whole trip, add by double-click.
//! The document is untouched during a drag; one command is sent when the button is released. While dragging, the
//! edit layer plans that very command each time it changes, so the preview, its tooltip and a refusal show
//! exactly what the drop will do.

use std::collections::HashMap;

use egui::{Align2, CursorIcon, FontId, Pos2, Rect};

use super::axis::TimeAxis;
use super::lanes::{Grouping, LaneKey};
use super::ticks::TickUnit;
use super::{Frame, LaneGeometry, Request, TimelineView};
use crate::edit::change::Change;
use crate::edit::{Command, Edge, LaneChange, Refusal, Shift};
use crate::model::{DateValue, Event, EventTimes, Place, thin_vec};

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
    /// The lane the pointer is over, when it is not the one the drag started in.
    lane: Option<LaneChange>,
    /// What the drop would do, planned by the edit layer for the command it would send.
    preview: Option<Preview>,
}

/// The planned outcome of dropping now.
pub struct Preview {
    command: Command,
    revision: u64,
    /// The events as they would be, by index, with their times; or why the drop would be refused.
    pub outcome: Result<HashMap<u32, (Event, EventTimes)>, Refusal>,
}

impl Drag {
    fn new(ids: Vec<String>, mode: Mode, press: Pos2, press_secs: f64) -> Drag {
        Drag {
            ids,
            mode,
            press,
            press_secs,
            shift: Shift::days(0),
            lane: None,
            preview: None,
        }
    }

    /// Whether a drop now would refuse, and why.
    pub fn refusal(&self) -> Option<&Refusal> {
        self.preview.as_ref().and_then(|p| p.outcome.as_ref().err())
    }

    /// Where an event would be after the drop.
    pub fn moved(&self, index: u32) -> Option<&(Event, EventTimes)> {
        self.preview.as_ref()?.outcome.as_ref().ok()?.get(&index)
    }
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
        view.drag = Some(Drag::new(
            ids,
            mode,
            press,
            axis.time_from_x(f64::from(press.x)),
        ));
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
        view.drag = Some(Drag::new(
            Vec::new(),
            Mode::Trip(trip.to_owned()),
            press,
            axis.time_from_x(f64::from(press.x)),
        ));
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
    let grouping = view.grouping;
    let Some(drag) = view.drag.as_mut() else {
        return;
    };
    if ui.input(|i| i.key_pressed(egui::Key::Escape)) {
        view.drag = None;
        requests.push(Request::Notice(crate::tr!("drag-cancelled")));
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
    drag.lane = match (
        &drag.mode,
        lane_at(geometry, drag.press.y),
        lane_at(geometry, pos.y),
    ) {
        (Mode::Move, Some(from), Some(to)) if from != to => lane_change(grouping, from, to),
        _ => None,
    };
    let command = drop_command(drag);
    match &command {
        Some(command) => refresh_preview(drag, frame, command),
        None => drag.preview = None,
    }
    if !released {
        live_tooltip(ui, frame, drag, pos);
        ui.ctx().request_repaint();
        return;
    }
    let Some(drag) = view.drag.take() else { return };
    match (command, drag.refusal()) {
        // A refused drop says why, as the preview did; nothing is sent.
        (Some(_), Some(refusal)) => requests.push(Request::Refuse(crate::tr!(
            "drop-not-moved",
            why = refusal.to_string()
        ))),
        (Some(command), None) => requests.push(Request::view_edit(command)),
        (None, _) => {}
    }
}

/// The lanes' values, for a drop from one onto another; `None` where a lane has no value to give (a lane of
/// countries with no region).
fn lane_change(grouping: Grouping, from: &LaneKey, to: &LaneKey) -> Option<LaneChange> {
    // An event stays in its own file: a drop on another layer's lane moves it in time only.
    if from.layer() != to.layer() {
        return None;
    }
    Some(LaneChange {
        from: from.lane(grouping)?,
        to: to.lane(grouping)?,
    })
}

/// The command a drop would send now, if it would change anything.
fn drop_command(drag: &Drag) -> Option<Command> {
    let moves = !drag.shift.is_zero();
    match &drag.mode {
        Mode::Trip(id) => moves.then(|| Command::MoveTrip {
            id: id.clone(),
            by: drag.shift,
        }),
        Mode::Resize(edge) => moves.then(|| Command::ResizeEvent {
            id: drag.ids.first().cloned().unwrap_or_default(),
            edge: *edge,
            by: drag.shift,
        }),
        Mode::Move => (moves || drag.lane.is_some()).then(|| Command::MoveEvents {
            ids: drag.ids.clone(),
            by: drag.shift,
            lane: drag.lane.clone(),
        }),
    }
}

/// Plans `command` with the edit layer when it differs from the one last planned.
fn refresh_preview(drag: &mut Drag, frame: &Frame<'_>, command: &Command) {
    let revision = frame.doc.revision();
    if drag
        .preview
        .as_ref()
        .is_some_and(|p| p.revision == revision && p.command == *command)
    {
        return;
    }
    let outcome = crate::edit::plan(frame.doc.timeline(), command.clone()).map(|plan| {
        plan.changes
            .iter()
            .filter_map(|c| match c {
                Change::Event {
                    index,
                    after: Some(e),
                    ..
                } => Some((*index as u32, ((**e).clone(), EventTimes::of(e)))),
                _ => None,
            })
            .collect()
    });
    drag.preview = Some(Preview {
        command: command.clone(),
        revision,
        outcome,
    });
}

fn live_tooltip(ui: &egui::Ui, frame: &Frame<'_>, drag: &Drag, pos: Pos2) {
    let t = frame.doc.timeline();
    let text = if let Some(refusal) = drag.refusal() {
        Some(crate::tr!("drop-refused", why = refusal.to_string()))
    } else {
        match &drag.mode {
            Mode::Trip(id) => t.trip(id).map(|trip| {
                let moved = |d: DateValue| {
                    drag.shift
                        .apply(d)
                        .map_or_else(|| "—".into(), |d| d.human())
                };
                format!(
                    "{}: {} – {}",
                    trip.shown_title(),
                    moved(trip.start),
                    moved(trip.end)
                )
            }),
            Mode::Move | Mode::Resize(_) => drag
                .ids
                .first()
                .and_then(|id| frame.doc.index_of(id))
                .map(|i| {
                    let e = &t.events[i];
                    let when = drag.moved(i as u32).map_or_else(
                        || crate::view::describe::when_text(e),
                        |(moved, _)| crate::view::describe::when_text(moved),
                    );
                    let more = if drag.ids.len() > 1 {
                        format!(" (and {} more)", drag.ids.len() - 1)
                    } else {
                        String::new()
                    };
                    format!("{}{more}: {when}", e.shown_title())
                }),
        }
    };
    if let Some(text) = text {
        let painter = ui.ctx().layer_painter(egui::LayerId::new(
            egui::Order::Tooltip,
            ui.scope_id().with("drag-tip"),
        ));
        let refused = drag.refusal().is_some();
        let color = if refused {
            ui.visuals().error_fg_color
        } else {
            ui.visuals().strong_text_color()
        };
        let galley = painter.layout_no_wrap(
            crate::tr!("drag-esc-cancels", text = text),
            FontId::proportional(13.0),
            color,
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
        painter.galley(rect.min + egui::vec2(5.0, 5.0), galley, color);
    }
}

/// The preview of a dragged bar: where the edit layer says it would land, or, for a drop it would refuse, where
/// the pointer asks for it (the edit layer's reshaping, without the rules that refuse it).
pub fn preview_rect(
    axis: &TimeAxis,
    frame: &Frame<'_>,
    event: &Event,
    index: u32,
    drag: &Drag,
    rect: Rect,
) -> Option<Rect> {
    let attempted;
    let (moved, times) = match drag.moved(index) {
        Some((moved, times)) => (moved, times),
        None => {
            drag.refusal()?;
            let how = match drag.mode {
                Mode::Move => crate::edit::Reshape::Move(drag.shift),
                Mode::Resize(edge) => crate::edit::Reshape::Resize(edge, drag.shift),
                Mode::Trip(_) => return None,
            };
            let mut unlocked = event.clone();
            unlocked.locked = false;
            let e = crate::edit::moves::reshaped(&unlocked, how).unwrap_or(unlocked);
            attempted = (EventTimes::of(&e), e);
            (&attempted.1, &attempted.0)
        }
    };
    let (start, end) = super::place::span_of(moved, times, frame.zone, frame.timed);
    let x0 = axis.x_from_time(start as f64) as f32;
    let x1 = (axis.x_from_time(end as f64) as f32).max(x0 + 3.0);
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
    // Events are added to the file being edited, so not on another layer's lane.
    if let Some(n) = lane.layer()
        && let Some(layers) = frame.layers
        && n != layers.active()
    {
        let name = layers.names.get(n).cloned().unwrap_or_default();
        requests.push(Request::Refuse(crate::tr!(
            "layer-lane-read-only",
            name = name
        )));
        return;
    }
    let t = &frame.doc.timeline();
    let mut event = t.new_event_on(day);
    match lane.inner() {
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
        LaneKey::Region(_)
        | LaneKey::None
        | LaneKey::Trips
        | LaneKey::Zone(..)
        | LaneKey::Layer(..) => {}
    }
    requests.push(Request::view_edit(Command::AddEvent {
        event: Box::new(event),
    }));
}
