//! The timeline's toolbar: grouping, colouring, zone, zoom buttons for touchpads, and the legend.

use super::lanes::Grouping;
use super::{TimelineView, ZoneChoice};
use crate::document::Document;
use crate::document::selection::Selection;
use crate::view::colors::{ColorBy, legend};

pub fn ui(view: &mut TimelineView, ui: &mut egui::Ui, doc: &Document, selection: &Selection) {
    ui.horizontal_wrapped(|ui| {
        let label = ui.label("Lanes by");
        ui.label_inputs_by(label.id, |ui| {
            egui::ComboBox::from_id_salt("timeline-grouping")
                .selected_text(view.grouping.label())
                .show_ui(ui, |ui| {
                    for g in Grouping::ALL {
                        ui.selectable_value(&mut view.grouping, g, g.label());
                    }
                });
        });
        let label = ui.label("Colour by");
        ui.label_inputs_by(label.id, |ui| {
            egui::ComboBox::from_id_salt("timeline-colour")
                .selected_text(view.color_by.label())
                .show_ui(ui, |ui| {
                    for c in ColorBy::ALL {
                        ui.selectable_value(&mut view.color_by, c, c.label());
                    }
                });
        });
        let label = ui.label("Times in");
        ui.label_inputs_by(label.id, |ui| {
            egui::ComboBox::from_id_salt("timeline-zone")
                .selected_text(view.zone.label(doc))
                .show_ui(ui, |ui| {
                    for z in ZoneChoice::ALL {
                        ui.selectable_value(&mut view.zone, z, z.label(doc));
                    }
                });
        });
        ui.separator();
        if ui.button("➕").on_hover_text("Zoom in").clicked() {
            zoom(view, 2.0);
        }
        if ui.button("➖").on_hover_text("Zoom out").clicked() {
            zoom(view, 0.5);
        }
        if ui
            .button("Fit all")
            .on_hover_text("Show every event (double-click the axis)")
            .clicked()
        {
            view.fit_all = true;
        }
        if ui
            .add_enabled(!selection.is_empty(), egui::Button::new("Fit selection"))
            .on_hover_text("Show the selected events")
            .clicked()
        {
            view.fit_selection = true;
        }
    });
    ui.horizontal_wrapped(|ui| {
        for (label, color) in legend(view.color_by) {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
            ui.painter().rect_filled(rect, 2.0, color);
            ui.small(label);
            ui.add_space(6.0);
        }
    });
}

fn zoom(view: &mut TimelineView, factor: f64) {
    if let Some(axis) = view.axis {
        let middle = axis.left_px + axis.width_px / 2.0;
        view.axis = Some(axis.zoomed_around(middle, factor));
    }
}
