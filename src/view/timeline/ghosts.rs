//! The baseline on the timeline: where a moved event was, as an outlined ghost bar in its row with an arrow to
//! where it is now, and a mark on added and otherwise changed events.

use egui::{Rect, Role, Sense, Stroke, StrokeKind, WidgetInfo, pos2, vec2};

use std::collections::HashMap;

use super::axis::TimeAxis;
use super::lanes::{Grouping, LaneKey, keys_of};
use super::place::{Timed, span_of};
use super::{Frame, ROW_HEIGHT};
use crate::document::baseline::Mark;

/// The baseline's events no longer in the document, by the lane they would be in: `[start, end)` seconds and
/// their index in the baseline, by start. Kept until the comparison, the grouping or the zone change.
pub(super) struct Removed {
    key: (u64, usize, Grouping, chrono_tz::Tz, Timed),
    pub by_lane: HashMap<LaneKey, Vec<(i64, i64, u32)>>,
}

/// Brings `cache` up to date with the frame's comparison; `None` when nothing is compared.
pub(super) fn removed_by_lane(
    cache: Option<Removed>,
    frame: &Frame<'_>,
    grouping: Grouping,
) -> Option<Removed> {
    let (baseline, comparison) = frame.compared?;
    let key = (
        comparison.revision,
        std::ptr::from_ref(comparison) as usize,
        grouping,
        frame.zone,
        frame.timed,
    );
    if let Some(cache) = cache.filter(|c| c.key == key) {
        return Some(cache);
    }
    let mut by_lane: HashMap<LaneKey, Vec<(i64, i64, u32)>> = HashMap::new();
    let t = baseline.timeline();
    for &j in &comparison.removed {
        let (Some(event), Some(times)) = (
            t.events.get(j as usize),
            baseline.resolved().times.get(j as usize),
        ) else {
            continue;
        };
        let (start, end) = span_of(event, times, frame.zone, frame.timed);
        for lane in keys_of(event, grouping) {
            by_lane.entry(lane).or_default().push((start, end, j));
        }
    }
    for list in by_lane.values_mut() {
        list.sort_unstable();
    }
    Some(Removed { key, by_lane })
}

/// Removed events in their lane's header row, outlined and struck through, each labelled "…, removed".
pub(super) fn paint_removed(
    ui: &egui::Ui,
    axis: &TimeAxis,
    frame: &Frame<'_>,
    list: &[(i64, i64, u32)],
    row: Rect,
) {
    let Some((baseline, _)) = frame.compared else {
        return;
    };
    let (from, to) = (axis.start_secs as i64, axis.end_secs() as i64 + 1);
    let color = ui.visuals().error_fg_color.gamma_multiply(0.8);
    let stroke = Stroke::new(1.5, color);
    let first = list.partition_point(|&(_, end, _)| end < from);
    for &(start, end, j) in list[first..].iter().take_while(|&&(start, ..)| start <= to) {
        let x0 = axis.x_from_time(start as f64) as f32;
        let x1 = (axis.x_from_time(end as f64) as f32).max(x0 + 3.0);
        let rect = Rect::from_x_y_ranges(x0..=x1, row.top() + 4.0..=row.bottom() - 4.0);
        ui.painter()
            .rect_stroke(rect, 3.0, stroke, StrokeKind::Inside);
        ui.painter()
            .line_segment([rect.left_bottom(), rect.right_top()], stroke);
        let title = baseline.timeline().events[j as usize].shown_title();
        let response = ui.interact(
            rect.intersect(ui.clip_rect()),
            ui.scope_id().with(("removed", j)),
            Sense::hover(),
        );
        let label = crate::tr!("ghost-removed", title = title);
        response.widget_info(|| WidgetInfo::labeled(Role::Image, true, &label));
        if response.hovered() {
            response.on_hover_text(label);
        }
    }
}

/// The ghost of event `index` where the baseline has it, if it moved: its rectangle in the row at `top`.
pub(super) fn ghost_rect(axis: &TimeAxis, frame: &Frame<'_>, index: u32, top: f32) -> Option<Rect> {
    let (baseline, comparison) = frame.compared?;
    if comparison.mark(index) != Some(Mark::Moved) {
        return None;
    }
    let j = comparison.was(index)? as usize;
    let event = baseline.timeline().events.get(j)?;
    let times = baseline.resolved().times.get(j)?;
    let (start, end) = span_of(event, times, frame.zone, frame.timed);
    let x0 = axis.x_from_time(start as f64) as f32;
    let x1 = (axis.x_from_time(end as f64) as f32).max(x0 + 3.0);
    Some(Rect::from_x_y_ranges(
        x0..=x1,
        top + 3.0..=top + ROW_HEIGHT - 3.0,
    ))
}

/// Draws the ghost of a moved event (before its bar, so the bar is on top) with an arrow to the bar, and labels
/// it for screen readers: "Mumbai, where it was".
pub(super) fn paint_ghost(ui: &egui::Ui, frame: &Frame<'_>, index: u32, ghost: Rect, bar: Rect) {
    let color = ui.visuals().strong_text_color().gamma_multiply(0.8);
    let clip = ui.clip_rect();
    let shown = ghost.intersect(clip.expand2(vec2(0.0, ROW_HEIGHT)));
    if shown.width() > 0.0 {
        ui.painter()
            .rect_stroke(ghost, 3.0, Stroke::new(1.5, color), StrokeKind::Inside);
        let title = frame.doc.timeline().events[index as usize].shown_title();
        let response = ui.interact(shown, ui.scope_id().with(("ghost", index)), Sense::hover());
        let label = crate::tr!("ghost-of", title = title);
        response.widget_info(|| WidgetInfo::labeled(Role::Image, true, &label));
        if response.hovered() {
            response.on_hover_text(label);
        }
    }
    // The arrow runs along the row from the ghost's middle to the bar's nearer end.
    let y = ghost.center().y;
    let (from, to) = if bar.center().x >= ghost.center().x {
        (ghost.right(), bar.left())
    } else {
        (ghost.left(), bar.right())
    };
    if (to - from).abs() > 6.0 {
        let stroke = Stroke::new(1.5, color);
        ui.painter()
            .line_segment([pos2(from, y), pos2(to, y)], stroke);
        let back = to - 6.0 * (to - from).signum();
        ui.painter().add(egui::Shape::convex_polygon(
            vec![pos2(to, y), pos2(back, y - 4.0), pos2(back, y + 4.0)],
            color,
            Stroke::NONE,
        ));
    }
}

/// The mark of an added or otherwise changed event on its bar; with several layers shown, a stripe of its
/// layer's colour down the bar's left edge.
pub(super) fn paint_mark(ui: &egui::Ui, frame: &Frame<'_>, index: u32, bar: Rect) {
    if let Some((color, _)) = frame
        .layers
        .and_then(|c| c.layer_look(index))
        .map(|(n, name)| (frame.palette.layer(n), name))
    {
        let stripe = Rect::from_min_max(bar.min, pos2(bar.left() + 4.0, bar.bottom()));
        ui.painter().rect_filled(stripe, 1.0, color);
    }
    if let Some(mark) = frame.compared.and_then(|(_, c)| c.mark(index)) {
        crate::view::changes::paint_mark(ui, mark, bar);
    }
}
