//! Event bars: one row of a lane, each bar with its look, label, tooltip and drag handling.

use egui::{Color32, FontId, Rect, Role, Sense, Stroke, StrokeKind, WidgetInfo, pos2};

use super::axis::TimeAxis;
use super::drag;
use super::{DrawnBar, Frame, ROW_HEIGHT, Request, TimelineView};
use crate::model::{Classification, Event, Status};
use crate::view::colors::{event_color, text_on};
use crate::view::event_tooltip::event_tooltip_ui;

/// Narrower than this, bars merge into a density strip instead of being drawn one by one.
const MIN_BAR_PX: f32 = 2.0;
/// Strips bridge gaps up to this wide, so a dense row is a few long shapes rather than thousands of specks.
const STRIP_GAP_PX: f32 = 4.0;
/// How many bars a frame draws one by one before narrow ones merge into strips regardless of gaps.
const NARROW_BAR_BUDGET: usize = 250;
/// With more events than this in sight, bars up to `SMALL_BAR_PX` wide join strips too: a view of thousands of
/// short legs reads as their density, and a bar with a title needs more room than that anyway.
pub(super) const BAR_BUDGET: usize = 1200;
const SMALL_BAR_PX: f32 = 8.0;
/// From this many points per hour on, the axis is at hour scale and timed bars say their venue's time.
const HOUR_PX: f64 = 40.0;

#[expect(
    clippy::too_many_arguments,
    reason = "one drawing pass needs the whole frame's context"
)]
pub(super) fn paint_row(
    view: &mut TimelineView,
    ui: &mut egui::Ui,
    axis: &TimeAxis,
    frame: &Frame<'_>,
    row: &[u32],
    row_spans: &[(i64, i64)],
    squeeze: bool,
    top: f32,
    plot_x: std::ops::RangeInclusive<f32>,
    drawn: &mut Vec<DrawnBar>,
    requests: &mut Vec<Request>,
) {
    let (from, to) = (axis.start_secs as i64, axis.end_secs() as i64 + 1);
    // Events in a row do not overlap and are sorted by start, so their ends are sorted too.
    let first = row_spans.partition_point(|&(start, end)| end.max(start + 60) < from);
    let mut strip: Option<(f32, f32, usize)> = None;
    let painter = ui.painter().with_clip_rect(Rect::from_x_y_ranges(
        plot_x.clone(),
        top..=top + ROW_HEIGHT,
    ));
    let strip_color = ui.visuals().text_color().gamma_multiply(0.5);
    let flush = |strip: &mut Option<(f32, f32, usize)>| {
        if let Some((x0, x1, count)) = strip.take() {
            let alpha = (0.25 + 0.1 * count as f32).min(0.9);
            painter.rect_filled(
                Rect::from_x_y_ranges(x0..=x1.max(x0 + 1.0), top + 7.0..=top + ROW_HEIGHT - 7.0),
                0.0,
                strip_color.gamma_multiply(alpha),
            );
        }
    };
    // Right end of what was last drawn in this row: a narrow bar that would land on it joins a density strip.
    let mut last_right = f32::NEG_INFINITY;
    for (k, (&index, &(start, end))) in row[first..].iter().zip(&row_spans[first..]).enumerate() {
        if start > to {
            break;
        }
        let x0 = axis.x_from_time(start as f64) as f32;
        let true_right = axis.x_from_time(end as f64) as f32;
        // Every bar drawn is at least 3 points wide, so the shortest events stay visible and clickable.
        let x1 = true_right.max(x0 + 3.0);
        // Narrow bars are drawn one by one while the view is sparse; past a budget per frame, they join strips.
        let over_budget = drawn.len() > NARROW_BAR_BUDGET;
        let crowded = over_budget
            || x0 < last_right + 1.0
            || strip.is_some_and(|(_, b, _)| x0 <= b + STRIP_GAP_PX);
        let width = true_right - x0;
        let squeezed = (width < MIN_BAR_PX && crowded) || (width < SMALL_BAR_PX && squeeze);
        if squeezed && !frame.is_selected(index) {
            strip = match strip {
                Some((a, b, n)) if x0 <= b + STRIP_GAP_PX => Some((a, b.max(x1), n + 1)),
                other => {
                    let mut other = other;
                    flush(&mut other);
                    Some((x0, x1, 1))
                }
            };
            last_right = last_right.max(x1);
            continue;
        }
        flush(&mut strip);
        let next_start = row_spans
            .get(first + k + 1)
            .map(|&(n, _)| axis.x_from_time(n as f64) as f32);
        // Bars longer than the view are cut to it, so a year-long span costs no more than a day; an arrow at the
        // edge says the bar goes on, and its title starts where the bar comes into view.
        let (left, right) = (*plot_x.start(), *plot_x.end());
        let rect = Rect::from_x_y_ranges(
            x0.max(left)..=x1.min(right).max(x0.max(left) + 3.0),
            top + 3.0..=top + ROW_HEIGHT - 3.0,
        );
        if let Some(ghost) = super::ghosts::ghost_rect(axis, frame, index, top) {
            super::ghosts::paint_ghost(ui, frame, index, ghost, rect);
        }
        bar(view, ui, axis, frame, index, rect, next_start, requests);
        super::ghosts::paint_mark(ui, frame, index, rect);
        for (beyond, at, towards) in [
            (x0 < left, rect.left(), -1.0),
            (x1 > right, rect.right(), 1.0),
        ] {
            if beyond {
                continuation_mark(ui, at, rect.center().y, towards);
            }
        }
        if frame.doc.has_warning(index) {
            // A plan warning: an amber corner at the bar's visible start, explained in the tooltip.
            let visible =
                Rect::from_min_max(pos2(rect.left().max(*plot_x.start()), rect.top()), rect.max);
            crate::view::colors::warning_corner(ui, visible);
        }
        drawn.push(DrawnBar { rect, index });
        last_right = x1;
    }
    flush(&mut strip);
}

/// A small arrow at a bar's cut end, pointing the way it goes on (`towards` is −1 for left, 1 for right).
fn continuation_mark(ui: &egui::Ui, x: f32, y: f32, towards: f32) {
    let tip = pos2(x + towards * 1.0, y);
    let back = x - towards * 6.0;
    ui.painter().add(egui::Shape::convex_polygon(
        vec![tip, pos2(back, y - 5.0), pos2(back, y + 5.0)],
        ui.visuals().strong_text_color(),
        Stroke::NONE,
    ));
}

#[expect(
    clippy::too_many_arguments,
    reason = "one drawing pass needs the whole frame's context"
)]
fn bar(
    view: &mut TimelineView,
    ui: &mut egui::Ui,
    axis: &TimeAxis,
    frame: &Frame<'_>,
    index: u32,
    rect: Rect,
    next_start: Option<f32>,
    requests: &mut Vec<Request>,
) {
    let event = &frame.doc.timeline().events[index as usize];
    let response = ui.interact(
        rect,
        ui.scope_id().with(("bar", &event.id)),
        Sense::click_and_drag(),
    );
    // At hour scale a timed bar starts with its time at the venue, when the axis shows another zone; a screen
    // reader hears it too.
    let hour_scale = axis.secs_per_px * HOUR_PX <= 3600.0;
    let venue = hour_scale
        .then(|| {
            let start = frame.doc.resolved().times[index as usize].start;
            super::ruler::venue_start(event, start, frame.zone)
        })
        .flatten()
        .map(|v| format!("{v} · "))
        .unwrap_or_default();
    response.widget_info(|| {
        WidgetInfo::labeled(
            Role::Button,
            true,
            format!("{venue}{}", event.shown_title()),
        )
    });
    let selected = frame.is_selected(index);
    let dragged = view
        .drag
        .as_ref()
        .filter(|d| d.ids.iter().any(|id| *id == event.id));
    let preview = dragged.and_then(|d| drag::preview_rect(axis, frame, event, index, d, rect));
    let refused = dragged.is_some_and(|d| d.refusal().is_some());
    let fill = if event.status == Status::Cancelled {
        frame.palette.cancelled
    } else {
        event_color(event, view.color_by, &frame.palette)
    };
    let label = match preview {
        Some(moved) if moved != rect || refused => {
            // The bar stays faintly where it was, and shows where it would land, marked when the drop would be
            // refused.
            paint_bar(ui, event, rect, false, true, fill, BarLabel::default());
            paint_bar(ui, event, moved, true, false, fill, BarLabel::default());
            if refused {
                let stroke = Stroke::new(2.0, ui.visuals().error_fg_color);
                ui.painter()
                    .rect_stroke(moved.expand(2.0), 4.0, stroke, StrokeKind::Outside);
                let a = moved.left_top();
                let b = moved.right_bottom();
                ui.painter().line_segment([a, b], stroke);
            }
            None
        }
        _ => {
            let label = BarLabel {
                next_start,
                venue: &venue,
            };
            paint_bar(ui, event, rect, selected, false, fill, label)
        }
    };
    drag::bar_interaction(view, ui, axis, frame, event, &response, requests);
    if view.drag.is_none() && response.hovered() {
        response.on_hover_ui(|ui| event_tooltip_ui(ui, frame.doc, index, frame.zone));
    }
    // A title beside a short bar selects the event too, as a reader would expect.
    if let Some(label) = label
        && view.drag.is_none()
    {
        let label = ui.interact(
            label,
            ui.scope_id().with(("bar-label", &event.id)),
            Sense::click(),
        );
        if label.clicked() {
            drag::select_clicked(view, ui, event, requests);
        }
        if label.hovered() {
            label.on_hover_ui(|ui| event_tooltip_ui(ui, frame.doc, index, frame.zone));
        }
    }
}

/// What a bar's title needs besides the event: where the next bar in its row starts (a title may sit beside a
/// short bar up to there), and text put before the title (the venue's time at hour scale).
#[derive(Clone, Copy, Default)]
pub struct BarLabel<'a> {
    pub next_start: Option<f32>,
    pub venue: &'a str,
}

pub fn paint_bar(
    ui: &egui::Ui,
    event: &Event,
    rect: Rect,
    selected: bool,
    ghost: bool,
    fill: Color32,
    label: BarLabel<'_>,
) -> Option<Rect> {
    let BarLabel { next_start, venue } = label;
    let painter = ui.painter();
    let visuals = ui.visuals();
    let unfixed = event.is_date_unfixed();
    let mut alpha = match (unfixed, event.status) {
        (true, _) => 0.35,
        (false, Status::Tentative) => 0.6,
        _ => 1.0,
    };
    if ghost {
        alpha *= 0.4;
    }
    // Rounded corners only where they show; small bars are plain rectangles, cheaper to tessellate.
    let radius = if rect.width() > 12.0 { 3.0 } else { 0.0 };
    painter.rect_filled(rect, radius, fill.gamma_multiply(alpha));
    if unfixed {
        // A span known only to the month or year: a soft fill between two hairlines, no hard ends.
        let stroke = Stroke::new(1.0, fill.gamma_multiply(0.9));
        painter.hline(rect.x_range(), rect.top(), stroke);
        painter.hline(rect.x_range(), rect.bottom(), stroke);
    } else if event.status == Status::Tentative {
        painter.rect_stroke(rect, radius, Stroke::new(1.0, fill), StrokeKind::Inside);
    }
    if selected {
        painter.rect_stroke(
            rect.expand(1.0),
            4.0,
            Stroke::new(2.0, visuals.selection.stroke.color),
            StrokeKind::Outside,
        );
    }
    let lock = if event.locked { "🔒 " } else { "" };
    let restricted = if event.classification == Classification::Restricted {
        "⚠ "
    } else {
        ""
    };
    let text = format!("{lock}{restricted}{venue}{}", event.shown_title());
    let text_color = if alpha < 0.7 {
        visuals.strong_text_color()
    } else {
        text_on(fill)
    };
    let room_beside = next_start.map_or(f32::INFINITY, |n| n - rect.right()) - 8.0;
    // Laying text out costs; skip it where even a short title could not fit inside or beside the bar.
    let shortest = 6.0 * text.chars().count().min(12) as f32;
    if rect.width() < shortest && room_beside < shortest {
        return None;
    }
    let font = FontId::proportional(13.0);
    // The part of the bar in view: a bar that runs off the plot keeps its label in sight.
    let clip = painter.clip_rect();
    let shown = Rect::from_x_y_ranges(
        rect.left().max(clip.left())..=rect.right().min(clip.right()).max(rect.left()),
        rect.y_range(),
    );
    let mut galley = painter.layout_no_wrap(text.clone(), font.clone(), text_color);
    let inside = galley.size().x + 10.0 <= shown.width();
    let text_pos = if inside {
        Some((
            pos2(shown.left() + 5.0, rect.center().y - galley.size().y / 2.0),
            text_color,
        ))
    } else if galley.size().x <= room_beside && rect.right() + 4.0 + galley.size().x <= clip.right()
    {
        Some((
            pos2(rect.right() + 4.0, rect.center().y - galley.size().y / 2.0),
            visuals.text_color(),
        ))
    } else if shown.width() >= 30.0 {
        // Cut to the bar with an ellipsis; the tooltip gives the title whole.
        let mut job = egui::text::LayoutJob::simple_singleline(text, font, text_color);
        job.wrap = egui::text::TextWrapping::truncate_at_width(shown.width() - 10.0);
        galley = painter.layout_job(job);
        Some((
            pos2(shown.left() + 5.0, rect.center().y - galley.size().y / 2.0),
            text_color,
        ))
    } else {
        None
    };
    if let Some((pos, color)) = text_pos {
        let width = galley.size().x;
        painter.galley(pos, galley.clone(), color);
        if event.status == Status::Cancelled {
            let y = pos.y + galley.size().y / 2.0;
            painter.hline(pos.x..=pos.x + width, y, Stroke::new(1.2, color));
        }
        let beside = pos.x >= rect.right();
        return beside.then(|| Rect::from_min_size(pos, galley.size()));
    }
    None
}

/// The trips of the packed lane, behind their legs: a tinted band over each trip's dates and rows, its title
/// after it where the row has room, its name and dates on hover.
/// A trip band narrower than this, on rows already painted there, is left out.
const NARROW_BAND_PX: f32 = 4.0;
/// With more trip bands than this in sight, bands narrower than `SMALL_BAR_PX` are left out: their legs' strips
/// show where the trips are.
const BAND_BUDGET: usize = 600;
/// Trip bands that answer the pointer in one frame; past it, the legs' own bars still do.
const BAND_HOVER_BUDGET: usize = 400;

pub(super) fn paint_trip_bands(
    ui: &mut egui::Ui,
    axis: &TimeAxis,
    frame: &Frame<'_>,
    bands: &[super::lanes::TripBand],
    rows_top: f32,
    rows: std::ops::Range<usize>,
) {
    let (from, to) = (axis.start_secs as i64, axis.end_secs() as i64 + 1);
    let t = frame.doc.timeline();
    let font = FontId::proportional(11.0);
    let text_color = ui.visuals().weak_text_color();
    // The right end of the last band painted on each row in view: a narrow band that would land on it adds
    // nothing a reader could see, as narrow bars join strips.
    let mut last_right = vec![f32::NEG_INFINITY; rows.len()];
    let mut hover_areas = 0;
    let in_sight = |band: &&super::lanes::TripBand| {
        band.end >= from
            && band.start <= to
            && band.row + band.rows > rows.start
            && band.row < rows.end
    };
    // With many trips in sight, narrow ones are left out alike wherever they are.
    let crowded = bands.iter().filter(in_sight).count() > BAND_BUDGET;
    for band in bands.iter().filter(in_sight) {
        let Some(trip) = t.trips.get(band.index).filter(|trip| trip.id == band.trip) else {
            continue;
        };
        let x0 = axis.x_from_time(band.start as f64) as f32;
        let x1 = (axis.x_from_time(band.end as f64) as f32).max(x0 + 2.0);
        let in_view = band.row.max(rows.start)..(band.row + band.rows).min(rows.end);
        let covered = in_view
            .clone()
            .all(|r| x0 < last_right[r - rows.start] + 1.0);
        if (x1 - x0 < NARROW_BAND_PX && covered) || (x1 - x0 < SMALL_BAR_PX && crowded) {
            continue;
        }
        for r in in_view {
            last_right[r - rows.start] = last_right[r - rows.start].max(x1);
        }
        let top = rows_top + ROW_HEIGHT * band.row as f32;
        let rect = Rect::from_x_y_ranges(
            x0..=x1,
            top + 1.0..=top + ROW_HEIGHT * band.rows as f32 - 1.0,
        );
        let color = crate::view::colors::keyed_color(&trip.id, &frame.palette);
        let painter = ui.painter();
        painter.rect_filled(rect, 3.0, color.gamma_multiply(0.2));
        painter.hline(rect.x_range(), rect.top() + 1.0, Stroke::new(2.0, color));
        let room = band
            .next_start
            .map_or(f32::INFINITY, |s| axis.x_from_time(s as f64) as f32)
            .min(ui.clip_rect().right())
            - x1;
        if room > 40.0 {
            let galley =
                painter.layout_no_wrap(trip.shown_title().to_string(), font.clone(), text_color);
            if galley.size().x + 12.0 <= room {
                let at = pos2(x1 + 4.0, top + (ROW_HEIGHT - galley.size().y) / 2.0);
                painter.galley(at, galley, text_color);
            }
        }
        if rect.width() >= 6.0 && hover_areas < BAND_HOVER_BUDGET {
            hover_areas += 1;
            let response = ui.interact(
                rect,
                ui.scope_id().with(("trip-band", &trip.id)),
                Sense::hover(),
            );
            response.widget_info(|| {
                WidgetInfo::labeled(
                    Role::Group,
                    true,
                    crate::tr!("a11y-trip", title = trip.shown_title()),
                )
            });
            // The hover text is built only while hovered: thousands of bands may be on screen.
            response.on_hover_ui(|ui| {
                ui.label(format!(
                    "{}: {}",
                    trip.shown_title(),
                    crate::view::describe::span_text(trip.start, Some(trip.end))
                ));
            });
        }
    }
}
