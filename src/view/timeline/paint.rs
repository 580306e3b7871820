//! Drawing the timeline: the axis, lane headers and event bars, painting only what is on screen.

use egui::{Align2, FontId, Pos2, Rect, Role, Sense, Stroke, StrokeKind, WidgetInfo, pos2, vec2};

use super::axis::TimeAxis;
use super::drag;
use super::keys;
use super::lanes::LaneKey;
use super::ticks::{TickUnit, label_xs, ticks, weekends};
use super::{
    AXIS_HEIGHT, DrawnBar, Frame, HEADER_HEIGHT, LABEL_WIDTH, LaneGeometry, ROW_HEIGHT, Request,
    TimelineView,
};
use crate::model::time::local_to_utc;

use crate::view::colors::keyed_color;

pub fn timeline_ui(
    view: &mut TimelineView,
    ui: &mut egui::Ui,
    frame: &Frame<'_>,
    requests: &mut Vec<Request>,
) {
    let full = ui.available_rect_before_wrap();
    let plot_left = full.left() + LABEL_WIDTH;
    let plot_width = (full.width() - LABEL_WIDTH).max(50.0);
    let mut axis = match view.axis {
        Some(a) => a.placed(f64::from(plot_left), f64::from(plot_width)),
        None => TimeAxis::showing(
            0.0,
            86400.0 * 365.0,
            f64::from(plot_left),
            f64::from(plot_width),
        ),
    };
    axis = super::fit::apply_fits(view, axis, frame);
    let area = Rect::from_min_max(pos2(plot_left, full.top()), full.max);
    let area_id = ui.make_persistent_id("timeline-area");
    let area_response = ui.interact(area, area_id, Sense::click_and_drag());
    view.area_id = Some(area_id);
    area_response
        .widget_info(|| WidgetInfo::labeled(Role::Group, true, crate::tr!("a11y-timeline")));
    axis = super::fit::navigate(ui, &area_response, axis, view);

    let painter = ui.painter_at(full);
    let unit = TickUnit::for_axis(&axis, 70.0);
    // Grid and weekends start where the time area does, as the bars do; the lane titles keep their column.
    let plot = Rect::from_min_max(pos2(plot_left, full.top()), full.max);
    paint_background(
        &painter.with_clip_rect(plot),
        ui.visuals(),
        &axis,
        unit,
        frame,
        full,
    );
    let axis_rect = Rect::from_min_size(pos2(plot_left, full.top()), vec2(plot_width, AXIS_HEIGHT));
    let axis_response = ui.interact(axis_rect, area_id.with("axis"), Sense::click());
    axis_response
        .widget_info(|| WidgetInfo::labeled(Role::Group, true, crate::tr!("a11y-time-axis")));
    if axis_response.double_clicked() {
        view.fit_all = true;
    }
    paint_axis(&painter, ui.visuals(), &axis, unit, frame, axis_rect);
    // The second ruler, in another zone, under the axis.
    let second = view.second.zone(frame.doc, frame.selection);
    let axis_height = AXIS_HEIGHT
        + if second.is_some() {
            super::ruler::RULER_HEIGHT
        } else {
            0.0
        };
    let ruler_rect = Rect::from_min_size(
        pos2(plot_left, full.top() + AXIS_HEIGHT),
        vec2(plot_width, super::ruler::RULER_HEIGHT),
    );
    if let Some(zone) = second {
        let note_rect = Rect::from_min_size(
            pos2(full.left(), ruler_rect.top()),
            vec2(LABEL_WIDTH, super::ruler::RULER_HEIGHT),
        );
        super::ruler::ruler_ui(
            ui, &painter, &axis, unit, zone, ruler_rect, note_rect, area_id,
        );
    }
    let zone_rect = Rect::from_min_size(full.min, vec2(LABEL_WIDTH, AXIS_HEIGHT));
    painter.rect_filled(zone_rect, 0.0, ui.visuals().extreme_bg_color);
    let note = view.zone.axis_note(frame.zone);
    painter.text(
        zone_rect.left_center() + vec2(6.0, 0.0),
        Align2::LEFT_CENTER,
        &note,
        FontId::proportional(12.0),
        ui.visuals().text_color(),
    );
    // Screen readers and tests read which zone the axis shows.
    ui.interact(zone_rect, area_id.with("zone-note"), Sense::hover())
        .widget_info(|| WidgetInfo::labeled(Role::Label, true, &note));

    let lanes_rect = Rect::from_min_max(pos2(full.left(), full.top() + axis_height), full.max);
    let mut lane_geometry = Vec::new();
    let mut drawn = Vec::new();
    let mut lanes_ui = ui.new_child(egui::UiBuilder::new().max_rect(lanes_rect));
    egui::ScrollArea::vertical()
        .id_salt("timeline-lanes")
        .auto_shrink(false)
        .scroll_source(egui::scroll_area::ScrollSource::SCROLL_BAR)
        .show_viewport(&mut lanes_ui, |ui, viewport| {
            let height = lane_offsets(view);
            let (content, _) =
                ui.allocate_exact_size(vec2(ui.available_width(), height), Sense::hover());
            let visible = viewport.translate(content.min.to_vec2());
            paint_lanes(
                view,
                ui,
                &axis,
                frame,
                content,
                visible,
                &mut lane_geometry,
                &mut drawn,
                requests,
            );
        });
    if let Some(band) = view.rubber_band {
        rubber_band(view, ui, band, &area_response, &drawn, frame, requests);
    }
    drag::finish_or_preview(view, ui, &mut axis, frame, &lane_geometry, requests);
    // A click on empty space clears the selection; Enter on the focused timeline is not a click here (it goes to
    // the inspector), though egui reports it as one.
    if area_response.clicked_by(egui::PointerButton::Primary) && !ui.input(|i| i.modifiers.shift) {
        requests.push(Request::ClearSelection);
    }
    if area_response.clicked() || area_response.drag_started() {
        area_response.request_focus();
    }
    crate::view::focus::register(ui.ctx(), area_response.id);
    keys::handle(view, ui, &area_response, &axis, frame, requests);
    if area_response.double_clicked() {
        drag::add_at_pointer(ui, &axis, frame, &lane_geometry, requests);
    }
    if let Some(zone) = second
        && view.drag.is_none()
    {
        super::ruler::hover_ui(ui, &axis, frame, zone, &drawn, plot, ruler_rect);
    }
    view.axis = Some(axis);
    view.last_bars = drawn.iter().map(|b| (b.rect, b.index)).collect();
}

fn paint_background(
    painter: &egui::Painter,
    visuals: &egui::Visuals,
    axis: &TimeAxis,
    unit: TickUnit,
    frame: &Frame<'_>,
    full: Rect,
) {
    let shade = visuals.faint_bg_color;
    if unit.shows_days() {
        for (a, b) in weekends(axis, frame.zone) {
            let x0 = axis.x_from_time(a) as f32;
            let x1 = axis.x_from_time(b) as f32;
            painter.rect_filled(Rect::from_x_y_ranges(x0..=x1, full.y_range()), 0.0, shade);
        }
    }
    let grid = visuals
        .widgets
        .noninteractive
        .bg_stroke
        .color
        .gamma_multiply(0.5);
    for tick in ticks(axis, unit, frame.zone) {
        let x = axis.x_from_time(tick.secs) as f32;
        painter.vline(
            x,
            full.top() + AXIS_HEIGHT * 0.5..=full.bottom(),
            Stroke::new(1.0, grid),
        );
    }
}

fn paint_axis(
    painter: &egui::Painter,
    visuals: &egui::Visuals,
    axis: &TimeAxis,
    unit: TickUnit,
    frame: &Frame<'_>,
    rect: Rect,
) {
    painter.rect_filled(rect, 0.0, visuals.extreme_bg_color);
    let labels: Vec<_> = ticks(axis, unit, frame.zone)
        .into_iter()
        .map(|tick| {
            let galley = painter.layout_no_wrap(
                tick.label,
                FontId::proportional(13.0),
                visuals.text_color(),
            );
            (axis.x_from_time(tick.secs), galley)
        })
        .collect();
    let places: Vec<(f64, f64)> = labels
        .iter()
        .map(|(x, g)| (*x, f64::from(g.size().x)))
        .collect();
    let xs = label_xs(&places, f64::from(rect.left()), f64::from(rect.right()));
    for ((_, galley), at) in labels.into_iter().zip(xs) {
        if let Some(at) = at {
            painter.galley(
                pos2(at as f32, rect.top() + 6.0),
                galley,
                visuals.text_color(),
            );
        }
    }
    // Today: local midnight to midnight in the display zone, marked at its start.
    let today =
        local_to_utc(frame.today.and_time(chrono::NaiveTime::MIN), frame.zone).secs() as f64;
    let x = axis.x_from_time(today) as f32;
    if rect.x_range().contains(x) {
        let red = frame.palette.today;
        painter.vline(
            x,
            rect.top()..=painter.clip_rect().bottom(),
            Stroke::new(1.5, red),
        );
        painter.text(
            pos2(x + 3.0, rect.bottom() - 3.0),
            Align2::LEFT_BOTTOM,
            crate::tr!("timeline-today"),
            FontId::proportional(11.0),
            red,
        );
    }
}

/// Brings each lane's top (relative to the content) and the content's height up to date, once per layout and
/// collapse change; each frame then finds the lanes in view by binary search. Returns the height.
fn lane_offsets(view: &mut TimelineView) -> f32 {
    let Some(layout) = view.layout.as_mut() else {
        return 0.0;
    };
    if layout.offsets_for != Some(view.collapsed_version) {
        let mut y = 0.0;
        layout.offsets = layout
            .lanes
            .iter()
            .map(|lane| {
                let top = y;
                let rows = if view.collapsed.contains(&lane.key) {
                    0
                } else {
                    lane.rows.len()
                };
                y += HEADER_HEIGHT + ROW_HEIGHT * rows as f32;
                top
            })
            .collect();
        layout.height = y + 40.0;
        layout.offsets_for = Some(view.collapsed_version);
    }
    layout.height
}

#[expect(
    clippy::too_many_arguments,
    reason = "one drawing pass needs the whole frame's context"
)]
fn paint_lanes(
    view: &mut TimelineView,
    ui: &mut egui::Ui,
    axis: &TimeAxis,
    frame: &Frame<'_>,
    content: Rect,
    visible: Rect,
    geometry: &mut Vec<LaneGeometry>,
    drawn: &mut Vec<DrawnBar>,
    requests: &mut Vec<Request>,
) {
    let height = lane_offsets(view);
    let Some(layout) = view.layout.take() else {
        return;
    };
    let offsets = &layout.offsets;
    let removed = super::ghosts::removed_by_lane(view.removed.take(), frame, view.grouping);
    let plot_x = content.left() + LABEL_WIDTH..=content.right();
    // Bars are drawn, and take clicks, only in the time area, never under the lane titles.
    let mut plot_ui = ui.new_child(egui::UiBuilder::new().max_rect(content));
    plot_ui.set_clip_rect(
        Rect::from_x_y_ranges(plot_x.clone(), visible.y_range()).intersect(ui.clip_rect()),
    );
    let first = offsets
        .partition_point(|&top| content.top() + top < visible.top())
        .saturating_sub(1);
    // How many events the rows in sight hold in the time in sight: past a budget, short bars are drawn as
    // strips everywhere alike, not one by one until the budget runs out.
    let (from, to) = (axis.start_secs as i64, axis.end_secs() as i64 + 1);
    let rows_in_sight = (visible.height() / ROW_HEIGHT) as usize + 2;
    let mut in_sight = 0;
    for (i, lane) in layout.lanes.iter().enumerate().skip(first) {
        let y = content.top() + offsets[i];
        if y > visible.bottom() {
            break;
        }
        if view.collapsed.contains(&lane.key) {
            continue;
        }
        let first_row = ((visible.top() - y - HEADER_HEIGHT) / ROW_HEIGHT)
            .floor()
            .max(0.0) as usize;
        for spans in layout.row_spans[i]
            .iter()
            .skip(first_row)
            .take(rows_in_sight)
        {
            let a = spans.partition_point(|&(s, e)| e.max(s + 60) < from);
            let b = spans.partition_point(|&(s, _)| s <= to);
            in_sight += b.saturating_sub(a);
        }
    }
    let squeeze = in_sight > super::bars::BAR_BUDGET;
    for (i, lane) in layout.lanes.iter().enumerate().skip(first) {
        let y = content.top() + offsets[i];
        if y > visible.bottom() {
            break;
        }
        let bottom = content.top() + offsets.get(i + 1).copied().unwrap_or(height - 40.0);
        let collapsed = view.collapsed.contains(&lane.key);
        geometry.push(LaneGeometry {
            key: lane.key.clone(),
            top: y,
            bottom,
        });
        if bottom < visible.top() {
            continue;
        }
        let header = Rect::from_min_size(
            pos2(content.left(), y),
            vec2(content.width(), HEADER_HEIGHT),
        );
        lane_header(view, ui, axis, frame, lane, header, collapsed);
        // The baseline is the edited file's: with lanes by layer, its removed events go in that file's lanes.
        let edited = lane
            .key
            .layer()
            .is_none_or(|n| frame.layers.is_some_and(|c| c.active() == n));
        if let Some(list) = removed
            .as_ref()
            .filter(|_| edited)
            .and_then(|r| r.by_lane.get(lane.key.inner()))
        {
            super::ghosts::paint_removed(&plot_ui, axis, frame, list, header);
        }
        if collapsed {
            continue;
        }
        // Only the rows in view are drawn.
        let first_row = ((visible.top() - y - HEADER_HEIGHT) / ROW_HEIGHT)
            .floor()
            .max(0.0) as usize;
        if !lane.bands.is_empty() {
            let rows_in_view = first_row..first_row + rows_in_sight;
            super::bars::paint_trip_bands(
                &mut plot_ui,
                axis,
                frame,
                &lane.bands,
                y + HEADER_HEIGHT,
                rows_in_view,
            );
        }
        for (r, row) in lane.rows.iter().enumerate().skip(first_row) {
            let row_spans = &layout.row_spans[i][r];
            let top = y + HEADER_HEIGHT + ROW_HEIGHT * r as f32;
            if top > visible.bottom() {
                break;
            }
            super::bars::paint_row(
                view,
                &mut plot_ui,
                axis,
                frame,
                row,
                row_spans,
                squeeze,
                top,
                plot_x.clone(),
                drawn,
                requests,
            );
        }
    }
    view.layout = Some(layout);
    view.removed = removed;
}

fn lane_header(
    view: &mut TimelineView,
    ui: &mut egui::Ui,
    axis: &TimeAxis,
    frame: &Frame<'_>,
    lane: &super::lanes::Lane,
    rect: Rect,
    collapsed: bool,
) {
    let visuals = ui.visuals().clone();
    let painter = ui.painter();
    painter.rect_filled(rect, 0.0, visuals.faint_bg_color);
    painter.hline(
        rect.x_range(),
        rect.top(),
        visuals.widgets.noninteractive.bg_stroke,
    );
    let label_rect = Rect::from_min_size(rect.min, vec2(LABEL_WIDTH, rect.height()));
    // A lane of one layer (lanes by layer first) carries its layer's colour at its left edge.
    if let Some(color) = lane
        .key
        .layer()
        .and_then(|n| frame.layers.and_then(|c| c.colors.get(n)))
    {
        let stripe = Rect::from_min_size(rect.min, vec2(3.0, rect.height()));
        painter.rect_filled(stripe, 0.0, frame.palette.layer(*color));
    }
    let response = ui.interact(
        label_rect,
        ui.scope_id().with(("lane", &lane.key)),
        Sense::click(),
    );
    let count: usize = lane.rows.iter().map(Vec::len).sum();
    response.widget_info(|| WidgetInfo::labeled(Role::Button, true, &lane.title));
    if response.clicked() {
        if collapsed {
            view.collapsed.remove(&lane.key);
        } else {
            view.collapsed.insert(lane.key.clone());
        }
        view.collapsed_version += 1;
    }
    let arrow = if collapsed { "⏵" } else { "⏷" };
    // One line: a long title ends in "…" so the count always shows; the hover text gives the title whole.
    let font = FontId::proportional(13.0);
    let count_galley = painter.layout_no_wrap(
        format!("({count})"),
        font.clone(),
        visuals.strong_text_color(),
    );
    let mut title = egui::text::LayoutJob::simple_singleline(
        format!("{arrow} {}", lane.title),
        font,
        visuals.strong_text_color(),
    );
    title.wrap = egui::text::TextWrapping::truncate_at_width(
        (LABEL_WIDTH - 20.0 - count_galley.size().x).max(20.0),
    );
    let title_galley = painter.layout_job(title);
    let at = pos2(rect.left() + 6.0, rect.top() + 4.0);
    let count_at = at + vec2(title_galley.size().x + 8.0, 0.0);
    let clipped = painter.with_clip_rect(label_rect);
    clipped.galley(at, title_galley, visuals.text_color());
    clipped.galley(count_at, count_galley, visuals.text_color());
    response.on_hover_text(crate::tr!(
        "lane-hover",
        title = lane.title.as_str(),
        count = count
    ));
    if let (Some((a, b)), LaneKey::Trip(id)) = (lane.span, lane.key.inner()) {
        let x0 = (axis.x_from_time(a as f64) as f32).max(rect.left() + LABEL_WIDTH);
        let x1 = (axis.x_from_time(b as f64) as f32).min(rect.right());
        if x1 > x0 {
            let band = Rect::from_x_y_ranges(x0..=x1, rect.top() + 5.0..=rect.bottom() - 5.0);
            let color = keyed_color(id, &frame.palette);
            painter.rect_filled(band, 3.0, color.gamma_multiply(0.45));
            let span = frame
                .doc
                .timeline()
                .trip(id)
                .map(|t| crate::view::describe::span_text(t.start, Some(t.end)));
            if let Some(span) = span.clone() {
                // Inside the band when it fits, else just after it, else cut with an ellipsis.
                let color = visuals.strong_text_color();
                let font = FontId::proportional(12.0);
                let whole = painter.layout_no_wrap(span.clone(), font.clone(), color);
                let width = whole.size().x;
                let galley =
                    if width + 8.0 <= band.width() || band.right() + width + 8.0 <= rect.right() {
                        whole
                    } else {
                        let mut job = egui::text::LayoutJob::simple_singleline(span, font, color);
                        job.wrap = egui::text::TextWrapping::truncate_at_width(band.width() - 8.0);
                        painter.layout_job(job)
                    };
                let x = if galley.size().x + 8.0 <= band.width() {
                    band.left() + 4.0
                } else {
                    band.right() + 4.0
                };
                painter.galley(
                    pos2(x, band.center().y - galley.size().y / 2.0),
                    galley,
                    color,
                );
            }
            let band_response =
                ui.interact(band, ui.scope_id().with(("trip-band", id)), Sense::drag());
            band_response.widget_info(|| {
                WidgetInfo::labeled(
                    Role::Group,
                    true,
                    crate::tr!("a11y-trip-span", title = lane.title.as_str()),
                )
            });
            let band_response = match span {
                Some(span) => band_response.on_hover_text(crate::tr!(
                    "trip-band-hover",
                    title = lane.title.as_str(),
                    span = span
                )),
                None => band_response,
            };
            drag::start_trip_drag(view, &band_response, axis, id);
        }
    }
}

fn rubber_band(
    view: &mut TimelineView,
    ui: &egui::Ui,
    start: Pos2,
    response: &egui::Response,
    drawn: &[DrawnBar],
    frame: &Frame<'_>,
    requests: &mut Vec<Request>,
) {
    let Some(now) = ui.input(|i| i.pointer.interact_pos()) else {
        return;
    };
    let band = Rect::from_two_pos(start, now);
    let stroke = ui.visuals().selection.stroke;
    ui.painter().rect(
        band,
        0.0,
        stroke.color.gamma_multiply(0.15),
        stroke,
        StrokeKind::Inside,
    );
    if response.drag_stopped() || !ui.input(|i| i.pointer.primary_down()) {
        view.rubber_band = None;
        let ids: Vec<String> = drawn
            .iter()
            .filter(|b| b.rect.intersects(band))
            .map(|b| frame.doc.timeline().events[b.index as usize].id.to_string())
            .collect();
        requests.push(Request::Select {
            ids,
            additive: ui.input(|i| i.modifiers.command),
        });
    }
}
