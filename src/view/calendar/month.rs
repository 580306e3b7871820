//! The month view: week rows of day cells with multi-day bars, trip bands, "+N more", and a band above the
//! grid for events known only to the month or year.

use crate::i18n::dates::{DateStyle, date};
use chrono::{Datelike as _, NaiveDate};
use egui::{Align2, FontId, Pos2, Rect, Role, Sense, Stroke, WidgetInfo, pos2, vec2};

use super::grid::{Band, MonthGrid, Segment, bands, layout};
use super::index::Span;
use super::unfixed::More;
use super::{CalendarView, Frame, Request, fit_or_scroll, page_keys};
use crate::edit::{Command, Shift};
use crate::view::colors::{ColorBy, event_color, keyed_color, text_on};
use crate::view::event_tooltip::event_tooltip_ui;

/// The bars of one month grid, kept while the document, the visible set, the month, the week start and whether
/// there is a comparison (whose ghosts are laid out too) stay.
pub struct Layout {
    key: ((u64, u64), NaiveDate, chrono::Weekday, usize, bool),
    /// The spans on the grid, in document order.
    spans: Vec<Span>,
    segments: Vec<Segment>,
    bands: Vec<Band>,
}

/// A drag of a bar across day cells.
pub struct Drag {
    pub event: u32,
    press_day: NaiveDate,
    /// What the edit layer says a drop by this many days would do.
    planned: Option<PlannedDrop>,
}

/// A drop by a number of days, and the days the event would cover, or why it cannot move.
type PlannedDrop = (i64, Result<(NaiveDate, NaiveDate), crate::edit::Refusal>);

const HEADER_PX: f32 = 22.0;
const WEEK_COLUMN_PX: f32 = 34.0;
const DAY_NUMBER_PX: f32 = 20.0;
const TRIP_BAND_PX: f32 = 7.0;
const BAR_PX: f32 = 18.0;
/// The shortest week row: a day number, a trip band and one bar (or "+N more").
const MIN_ROW_PX: f32 = DAY_NUMBER_PX + TRIP_BAND_PX + BAR_PX + 2.0;

pub fn ui(
    view: &mut CalendarView,
    ui: &mut egui::Ui,
    frame: &Frame<'_>,
    requests: &mut Vec<Request>,
) {
    let Some(cursor) = view.cursor else { return };
    let (first, last) = (
        cursor.with_day(1).unwrap_or(cursor),
        super::grid::last_of_month(cursor),
    );
    super::unfixed::unfixed_band(view, ui, frame, first, last, requests);
    let weeks = MonthGrid::new(cursor, view.week_start).weeks;
    let least = HEADER_PX + weeks as f32 * MIN_ROW_PX;
    fit_or_scroll(ui, "calendar-month-scroll", least, |ui, area| {
        grid_ui(view, ui, frame, requests, cursor, area);
    });
}

/// The week rows of one month, drawn into `area`.
fn grid_ui(
    view: &mut CalendarView,
    ui: &mut egui::Ui,
    frame: &Frame<'_>,
    requests: &mut Vec<Request>,
    cursor: NaiveDate,
    area: Rect,
) {
    let grid = MonthGrid::new(cursor, view.week_start);
    let response = ui.interact(
        area,
        ui.make_persistent_id("calendar-month"),
        Sense::click(),
    );
    response.widget_info(|| {
        WidgetInfo::labeled(
            Role::Group,
            true,
            crate::tr!("month-of", month = date(cursor, DateStyle::MonthYear)),
        )
    });
    if response.clicked() {
        response.request_focus();
    }
    crate::view::focus::register(ui.ctx(), response.id);
    page_keys(view, ui, response.has_focus());
    let cell_w = (area.width() - WEEK_COLUMN_PX) / 7.0;
    let row_h = ((area.height() - HEADER_PX) / grid.weeks as f32).max(MIN_ROW_PX);
    let cell = |week: usize, column: usize| {
        Rect::from_min_size(
            pos2(
                area.left() + WEEK_COLUMN_PX + cell_w * column as f32,
                area.top() + HEADER_PX + row_h * week as f32,
            ),
            vec2(cell_w, row_h),
        )
    };
    paint_cells(ui, frame, &grid, area, cell_w, &cell);
    for week in 0..grid.weeks {
        for column in 0..7 {
            let day = grid.day(week, column);
            let node = ui.interact(
                cell(week, column),
                ui.make_persistent_id(("day-cell", day)),
                Sense::hover(),
            );
            node.widget_info(|| {
                WidgetInfo::labeled(Role::Cell, true, date(day, DateStyle::DayLong))
            });
        }
    }
    let slots = (((row_h - DAY_NUMBER_PX - TRIP_BAND_PX) / (BAR_PX + 2.0)).floor() as usize).max(1);

    // The comparison comes after the revision it is for: its ghosts are laid out when it does.
    let key = (
        frame.key,
        grid.month,
        view.week_start,
        slots,
        frame.comparison.is_some(),
    );
    let laid_out = match view.month_layout.take() {
        Some(l) if l.key == key => l,
        _ => {
            let spans = frame.index.between(grid.first, grid.last());
            let mut with_ghosts = spans.clone();
            with_ghosts.extend(super::ghosts::spans(frame, grid.first, grid.last(), false));
            let segments = layout(&grid, &with_ghosts, slots);
            let bands = bands(&grid, &frame.trips.between(grid.first, grid.last()));
            Layout {
                key,
                spans,
                segments,
                bands,
            }
        }
    };
    let (spans, segments) = (&laid_out.spans, &laid_out.segments);
    trip_bands(ui, frame, &laid_out.bands, &cell);
    // Per day: how many bars it has, to say "+N more" where they do not fit.
    let mut per_day = vec![0usize; grid.weeks * 7];
    for s in segments {
        for c in s.from..=s.to {
            per_day[s.week * 7 + c] += 1;
        }
    }
    for s in segments
        .iter()
        .filter(|s| s.slot + 1 < slots || (s.slot + 1 == slots && fits(&per_day, s, slots)))
    {
        match super::ghosts::ghost_of(s.event) {
            Some(j) => super::ghosts::paint(ui, frame, j, segment_rect(s, &cell), s.week),
            None => bar(view, ui, frame, &grid, s, &cell, requests),
        }
    }
    for (k, &count) in per_day.iter().enumerate() {
        let (week, column) = (k / 7, k % 7);
        if count > slots {
            let hidden = count - (slots - 1);
            let r = cell(week, column);
            let at = Rect::from_min_size(
                pos2(r.left() + 4.0, r.bottom() - BAR_PX - 2.0),
                vec2(r.width() - 8.0, BAR_PX),
            );
            // Painted rather than a button: a dense month has one on every day.
            let more = ui.interact(
                at,
                ui.make_persistent_id(("more", week, column)),
                Sense::click(),
            );
            let label = crate::tr!("more-hidden", count = hidden);
            more.widget_info(|| WidgetInfo::labeled(Role::Button, true, &label));
            let color = if more.hovered() {
                ui.visuals().strong_text_color()
            } else {
                ui.visuals().text_color()
            };
            ui.painter().text(
                at.left_center(),
                Align2::LEFT_CENTER,
                &label,
                FontId::proportional(11.0),
                color,
            );
            if more.clicked() {
                view.more = Some(More::Day(grid.day(week, column)));
            }
        }
    }
    super::unfixed::more_popup(view, ui, frame, spans, requests);
    view.month_layout = Some(laid_out);
    finish_drag(view, ui, frame, &grid, &cell, requests);
    if response.double_clicked()
        && let Some(day) = day_at(ui, &grid, &cell)
    {
        requests.push(Request::view_edit(Command::AddEvent {
            event: Box::new(frame.doc.timeline().new_event_on(day)),
        }));
    }
}

/// Whether every day a segment covers has no more bars than there are slots (so the last slot needs no "+N").
fn fits(per_day: &[usize], s: &Segment, slots: usize) -> bool {
    (s.from..=s.to).all(|c| per_day[s.week * 7 + c] <= slots)
}

fn paint_cells(
    ui: &egui::Ui,
    frame: &Frame<'_>,
    grid: &MonthGrid,
    area: Rect,
    cell_w: f32,
    cell: &impl Fn(usize, usize) -> Rect,
) {
    let visuals = ui.visuals();
    let painter = ui.painter();
    let line = Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color);
    for column in 0..7 {
        let name = date(grid.day(0, column), DateStyle::Weekday);
        let x = area.left() + WEEK_COLUMN_PX + cell_w * (column as f32 + 0.5);
        painter.text(
            pos2(x, area.top() + HEADER_PX / 2.0),
            Align2::CENTER_CENTER,
            name,
            FontId::proportional(13.0),
            visuals.strong_text_color(),
        );
    }
    for week in 0..grid.weeks {
        let first = cell(week, 0);
        painter.text(
            pos2(area.left() + WEEK_COLUMN_PX / 2.0, first.top() + 10.0),
            Align2::CENTER_CENTER,
            crate::tr!("calendar-week-short", week = grid.iso_week(week)),
            FontId::proportional(11.0),
            visuals.weak_text_color(),
        );
        for column in 0..7 {
            let r = cell(week, column);
            let day = grid.day(week, column);
            let outside = day.month() != grid.month.month();
            if outside {
                painter.rect_filled(r, 0.0, visuals.faint_bg_color);
            }
            painter.rect_stroke(r, 0.0, line, egui::StrokeKind::Inside);
            let number = pos2(r.right() - 6.0, r.top() + 3.0);
            if day == frame.today {
                painter.circle_filled(number + vec2(-7.0, 8.0), 10.0, visuals.selection.bg_fill);
            }
            let color = if outside {
                visuals.weak_text_color()
            } else {
                visuals.text_color()
            };
            painter.text(
                number,
                Align2::RIGHT_TOP,
                day.day().to_string(),
                FontId::proportional(13.0),
                color,
            );
        }
    }
}

/// Each trip is a thin band across its dates, above its legs.
/// Trips are thin bands across their dates, above their legs.
fn trip_bands(
    ui: &egui::Ui,
    frame: &Frame<'_>,
    bands: &[Band],
    cell: &impl Fn(usize, usize) -> Rect,
) {
    let painter = ui.painter();
    let trips = &frame.doc.timeline().trips;
    for band in bands {
        let Some(first) = band.trips.first().and_then(|&t| trips.get(t)) else {
            continue;
        };
        let (a, b) = (cell(band.week, band.from), cell(band.week, band.to));
        let rect = Rect::from_min_max(
            pos2(a.left() + 2.0, a.top() + DAY_NUMBER_PX),
            pos2(
                b.right() - 2.0,
                a.top() + DAY_NUMBER_PX + TRIP_BAND_PX - 2.0,
            ),
        );
        painter.rect_filled(rect, 2.0, keyed_color(&first.id, &frame.palette));
        let response = ui.interact(
            rect,
            ui.make_persistent_id(("trip-band", band.week, band.from)),
            Sense::hover(),
        );
        response.widget_info(|| {
            WidgetInfo::labeled(
                Role::Group,
                true,
                crate::tr!("a11y-trip", title = first.shown_title()),
            )
        });
        response.on_hover_ui(|ui| {
            let lines = band.trips.iter().filter_map(|&t| trips.get(t)).map(|trip| {
                format!(
                    "{}: {}",
                    trip.shown_title(),
                    crate::view::describe::span_text(trip.start, Some(trip.end))
                )
            });
            ui.label(crate::view::map::places::at_most(
                lines,
                6,
                "\n",
                "more-trips",
            ));
        });
    }
}

/// Where a segment's bar goes in its week row.
fn segment_rect(s: &Segment, cell: &impl Fn(usize, usize) -> Rect) -> Rect {
    let (a, b) = (cell(s.week, s.from), cell(s.week, s.to));
    let top = a.top() + DAY_NUMBER_PX + TRIP_BAND_PX + (BAR_PX + 2.0) * s.slot as f32;
    Rect::from_min_max(
        pos2(a.left() + 3.0, top),
        pos2(b.right() - 3.0, top + BAR_PX),
    )
}

fn bar(
    view: &mut CalendarView,
    ui: &egui::Ui,
    frame: &Frame<'_>,
    grid: &MonthGrid,
    s: &Segment,
    cell: &impl Fn(usize, usize) -> Rect,
    requests: &mut Vec<Request>,
) {
    let event = &frame.doc.timeline().events[s.event as usize];
    let rect = segment_rect(s, cell);
    let response = ui.interact(
        rect,
        ui.make_persistent_id(("calendar-bar", &event.id, s.week)),
        Sense::click_and_drag(),
    );
    response.widget_info(|| WidgetInfo::labeled(Role::Button, true, event.shown_title()));
    let fill = event_color(event, ColorBy::Region, &frame.palette);
    let selected = frame.selection.contains(&event.id);
    let painter = ui.painter();
    painter.rect_filled(
        rect,
        3.0,
        if event.status == crate::model::Status::Tentative {
            fill.gamma_multiply(0.7)
        } else {
            fill
        },
    );
    if selected {
        painter.rect_stroke(
            rect.expand(1.0),
            3.0,
            ui.visuals().selection.stroke,
            egui::StrokeKind::Outside,
        );
    }
    if frame.doc.has_warning(s.event) {
        crate::view::colors::warning_corner(ui, rect);
    }
    if let Some((n, _)) = frame.layers.and_then(|c| c.layer_look(s.event)) {
        let stripe = Rect::from_min_max(rect.min, pos2(rect.left() + 3.0, rect.bottom()));
        painter.rect_filled(stripe, 1.0, frame.palette.layer(n));
    }
    if let Some(mark) = frame.comparison.and_then(|c| c.mark(s.event)) {
        crate::view::changes::paint_mark(ui, mark, rect);
    }
    let zone = frame.doc.timeline().display_zone().0;
    let response = response.on_hover_ui(|ui| event_tooltip_ui(ui, frame.doc, s.event, zone));
    let lock = if event.locked { "🔒 " } else { "" };
    // A timed event starts with its time in the display zone, where the calendar places it.
    let time = match event.start {
        crate::model::DateValue::Time(_) if !s.continues_before => {
            chrono::DateTime::from_timestamp(frame.doc.resolved().times[s.event as usize].start, 0)
                .map(|t| {
                    format!(
                        "{} ",
                        crate::i18n::dates::time(t.with_timezone(&zone).time())
                    )
                })
        }
        _ => None,
    }
    .unwrap_or_default();
    // Cut to the bar with an ellipsis; the hover card gives the title whole.
    let galley = view.labels.galley(
        ui,
        &format!("{lock}{time}{}", event.shown_title()),
        &FontId::proportional(12.0),
        text_on(fill),
        rect.width() - 8.0,
    );
    let at = pos2(rect.left() + 4.0, rect.center().y - galley.size().y / 2.0);
    painter.galley(at, galley, text_on(fill));
    if response.clicked() {
        requests.push(Request::Select {
            ids: vec![event.id.to_string()],
            additive: ui.input(|i| i.modifiers.command),
        });
    }
    if response.drag_started()
        && let Some(day) = ui
            .input(|i| i.pointer.press_origin())
            .and_then(|p| day_at_pos(p, grid, cell))
    {
        view.drag = Some(Drag {
            event: s.event,
            press_day: day,
            planned: None,
        });
        requests.push(Request::Select {
            ids: vec![event.id.to_string()],
            additive: false,
        });
    }
    if response.hovered() {
        response.on_hover_text(format!(
            "{} · {}",
            event.shown_title(),
            crate::view::describe::when_text(event)
        ));
    }
}

fn day_at_pos(
    pos: Pos2,
    grid: &MonthGrid,
    cell: &impl Fn(usize, usize) -> Rect,
) -> Option<NaiveDate> {
    (0..grid.weeks)
        .flat_map(|w| (0..7).map(move |c| (w, c)))
        .find(|&(w, c)| cell(w, c).contains(pos))
        .map(|(w, c)| grid.day(w, c))
}

fn day_at(
    ui: &egui::Ui,
    grid: &MonthGrid,
    cell: &impl Fn(usize, usize) -> Rect,
) -> Option<NaiveDate> {
    ui.input(|i| i.pointer.interact_pos())
        .and_then(|p| day_at_pos(p, grid, cell))
}

/// While dragging, the bar's target day is outlined; on release the event moves by whole days.
/// While dragging, the days the event would cover are outlined, as the edit layer plans the drop; a drop it
/// would refuse is outlined in the error colour and says why. On release the event moves by whole days.
fn finish_drag(
    view: &mut CalendarView,
    ui: &egui::Ui,
    frame: &Frame<'_>,
    grid: &MonthGrid,
    cell: &impl Fn(usize, usize) -> Rect,
    requests: &mut Vec<Request>,
) {
    let Some(drag) = view.drag.as_mut() else {
        return;
    };
    if ui.input(|i| i.key_pressed(egui::Key::Escape)) {
        view.drag = None;
        return;
    }
    let event = &frame.doc.timeline().events[drag.event as usize];
    let days = day_at(ui, grid, cell).map_or(0, |day| (day - drag.press_day).num_days());
    let command = Command::MoveEvents {
        ids: vec![event.id.to_string()],
        by: Shift::days(days),
        lane: None,
    };
    if drag.planned.as_ref().is_none_or(|(d, _)| *d != days) {
        let planned = crate::edit::plan(frame.doc.timeline(), command.clone()).and_then(|plan| {
            let moved = plan.changes.iter().find_map(|c| match c {
                crate::edit::change::Change::Event { after: Some(e), .. } => Some(e.clone()),
                _ => None,
            });
            let e = moved.unwrap_or_else(|| std::sync::Arc::clone(event));
            frame
                .days_of(&e, &crate::model::EventTimes::of(&e))
                .ok_or_else(|| crate::edit::Refusal(crate::tr!("drop-no-day")))
        });
        drag.planned = Some((days, planned));
    }
    let Some((_, planned)) = &drag.planned else {
        return;
    };
    // The days it would cover; a refused drop outlines the days asked for.
    let (span, refusal) = match planned {
        Ok(span) => (Some(*span), None),
        Err(refusal) => (
            frame.days(drag.event).map(|(a, b)| {
                (
                    a + chrono::Duration::days(days),
                    b + chrono::Duration::days(days),
                )
            }),
            Some(refusal.clone()),
        ),
    };
    let stroke = match refusal {
        Some(_) => Stroke::new(2.0, ui.visuals().error_fg_color),
        None => ui.visuals().selection.stroke,
    };
    if let Some((first, last)) = span {
        let mut day = first.max(grid.first);
        while day <= last.min(grid.last()) {
            if let Some((w, c)) = grid.position(day) {
                ui.painter().rect_stroke(
                    cell(w, c).shrink(2.0),
                    3.0,
                    stroke,
                    egui::StrokeKind::Inside,
                );
            }
            day += chrono::Duration::days(1);
        }
    }
    if let Some(refusal) = &refusal
        && let Some(pointer) = ui.input(|i| i.pointer.latest_pos())
    {
        let text = crate::tr!("drop-refused", why = refusal.to_string());
        let painter = ui.ctx().layer_painter(egui::LayerId::new(
            egui::Order::Tooltip,
            ui.scope_id().with("calendar-drop-tip"),
        ));
        let galley = painter.layout_no_wrap(
            text,
            FontId::proportional(13.0),
            ui.visuals().error_fg_color,
        );
        let rect = Rect::from_min_size(pointer + vec2(14.0, 10.0), galley.size()).expand(5.0);
        painter.rect_filled(rect, 4.0, ui.visuals().window_fill);
        painter.galley(
            rect.min + vec2(5.0, 5.0),
            galley,
            ui.visuals().error_fg_color,
        );
    }
    if ui.input(|i| i.pointer.primary_down()) {
        ui.ctx().request_repaint();
        return;
    }
    match refusal {
        Some(refusal) => requests.push(Request::Refuse(crate::tr!(
            "drop-not-moved",
            why = refusal.to_string()
        ))),
        None if days != 0 => requests.push(Request::view_edit(command)),
        None => {}
    }
    view.drag = None;
}
