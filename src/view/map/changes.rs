//! The map compared with a baseline: markers holding an added event are ringed, and each removed event is drawn
//! where it was, hollow and crossed out, named "…, removed".

use egui::{Pos2, Rect, Role, Sense, Stroke, WidgetInfo};

use super::paint;
use super::projection::{MapView, project};
use crate::document::Baseline;
use crate::document::baseline::{Comparison, Mark};

/// Whether any of these events (current indices) was added since the baseline.
pub fn holds_added(comparison: Option<&Comparison>, events: impl IntoIterator<Item = u32>) -> bool {
    comparison.is_some_and(|c| events.into_iter().any(|i| c.mark(i) == Some(Mark::Added)))
}

/// A ring around a marker that holds an added event, in the colour that outlines added bars.
pub fn paint_added(ui: &egui::Ui, painter: &egui::Painter, at: Pos2, radius: f32) {
    painter.circle_stroke(
        at,
        radius + 3.0,
        Stroke::new(2.0, ui.visuals().selection.bg_fill),
    );
}

/// The baseline's events no longer in the document, where they were: a hollow circle crossed out, labelled
/// and with the title on hover.
pub fn paint_removed(
    ui: &egui::Ui,
    painter: &egui::Painter,
    view: &MapView,
    rect: Rect,
    baseline: &Baseline,
    comparison: &Comparison,
) {
    let stroke = Stroke::new(2.0, ui.visuals().strong_text_color());
    for &j in &comparison.removed {
        let Some(event) = baseline.timeline().events.get(j as usize) else {
            continue;
        };
        let Some((lat, lon)) = crate::model::time::place_coords(&event.place) else {
            continue;
        };
        let at = paint::to_screen(view, rect, project(lon, lat));
        if !rect.contains(at) {
            continue;
        }
        let radius = 7.0;
        painter.circle_stroke(at, radius, stroke);
        let d = radius * std::f32::consts::FRAC_1_SQRT_2;
        painter.line_segment([at + egui::vec2(-d, -d), at + egui::vec2(d, d)], stroke);
        painter.line_segment([at + egui::vec2(-d, d), at + egui::vec2(d, -d)], stroke);
        let label = crate::tr!("ghost-removed", title = event.shown_title());
        let response = ui.interact(
            Rect::from_center_size(at, egui::vec2(2.0 * radius, 2.0 * radius)),
            ui.make_persistent_id(("map-removed", j)),
            Sense::hover(),
        );
        response.widget_info(|| WidgetInfo::labeled(Role::Image, true, &label));
        response.on_hover_text(label);
    }
}
