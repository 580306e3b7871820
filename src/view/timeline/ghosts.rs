//! The baseline on the timeline: where a moved event was, as an outlined ghost bar in its row with an arrow to
//! where it is now, and a mark on added and otherwise changed events.

use egui::{Rect, Role, Sense, Stroke, StrokeKind, WidgetInfo, pos2, vec2};

use super::axis::TimeAxis;
use super::place::span_of;
use super::{Frame, ROW_HEIGHT};
use crate::document::baseline::Mark;

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

/// The mark of an added or otherwise changed event on its bar.
pub(super) fn paint_mark(ui: &egui::Ui, frame: &Frame<'_>, index: u32, bar: Rect) {
    if let Some(mark) = frame.compared.and_then(|(_, c)| c.mark(index)) {
        crate::view::changes::paint_mark(ui, mark, bar);
    }
}
