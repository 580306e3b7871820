//! The timeline's toolbar: grouping, colouring, zone, zoom buttons for touchpads, and the legend.

use super::lanes::Grouping;
use super::{TimelineView, ZoneChoice};
use crate::document::Document;
use crate::document::selection::Selection;
use crate::view::colors::{ColorBy, legend};

/// `layered`: several layers are shown, so lanes can go by layer first.
pub fn ui(
    view: &mut TimelineView,
    ui: &mut egui::Ui,
    doc: &Document,
    selection: &Selection,
    layered: bool,
) {
    ui.horizontal_wrapped(|ui| {
        if layered {
            ui.checkbox(&mut view.by_layer, crate::tr!("lanes-by-layer"))
                .on_hover_text(crate::tr!("lanes-by-layer-hover"));
        }
        let label = ui.label(crate::tr!("lanes-by"));
        ui.label_inputs_by(label.id, |ui| {
            egui::ComboBox::from_id_salt("timeline-grouping")
                .selected_text(view.grouping.label())
                .show_ui(ui, |ui| {
                    for g in Grouping::ALL {
                        ui.selectable_value(&mut view.grouping, g, g.label());
                    }
                });
        });
        if view.grouping == Grouping::Trip {
            let mut packed = view.packs_trips(doc);
            if ui
                .checkbox(&mut packed, crate::tr!("pack-trips"))
                .on_hover_text(crate::tr!("pack-trips-hover"))
                .changed()
            {
                view.pack_trips = Some(packed);
            }
        }
        let label = ui.label(crate::tr!("colour-by"));
        ui.label_inputs_by(label.id, |ui| {
            egui::ComboBox::from_id_salt("timeline-colour")
                .selected_text(view.color_by.label())
                .show_ui(ui, |ui| {
                    for c in ColorBy::ALL {
                        ui.selectable_value(&mut view.color_by, c, c.label());
                    }
                });
        });
        let label = ui.label(crate::tr!("times-in"));
        ui.label_inputs_by(label.id, |ui| {
            egui::ComboBox::from_id_salt("timeline-zone")
                .selected_text(view.zone.label(doc))
                .show_ui(ui, |ui| {
                    for z in ZoneChoice::ALL {
                        ui.selectable_value(&mut view.zone, z, z.label(doc));
                    }
                });
        });
        crate::view::zones::second_zone_ui(
            ui,
            "timeline-second-zone",
            crate::tr!("second-ruler-is", zone = view.second.label(doc)),
            &mut view.second,
            &mut view.typed_zone,
            doc,
        );
        ui.separator();
        if ui
            .button("➕")
            .on_hover_text(crate::tr!("zoom-in"))
            .clicked()
        {
            zoom(view, doc, selection, 2.0);
        }
        if ui
            .button("➖")
            .on_hover_text(crate::tr!("zoom-out"))
            .clicked()
        {
            zoom(view, doc, selection, 0.5);
        }
        if ui
            .button(crate::tr!("fit-all"))
            .on_hover_text(crate::tr!("fit-all-hover"))
            .clicked()
        {
            view.fit_all = true;
        }
        if ui
            .add_enabled(
                !selection.is_empty(),
                egui::Button::new(crate::tr!("fit-selection")),
            )
            .on_hover_text(crate::tr!("fit-selection-hover"))
            .clicked()
        {
            view.fit_selection = true;
        }
    });
    ui.horizontal_wrapped(|ui| {
        for (label, color) in legend(view.color_by, &crate::view::palette::Palette::of(ui)) {
            // Each swatch and its name wrap as one, so "Asie du Sud-Est" is never split across lines.
            let galley = egui::WidgetText::from(label).into_galley(
                ui,
                Some(egui::TextWrapMode::Extend),
                f32::INFINITY,
                egui::TextStyle::Body,
            );
            let needed = 12.0 + ui.spacing().item_spacing.x + galley.size().x;
            if needed > ui.available_size_before_wrap().x {
                ui.end_row();
            }
            let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
            ui.painter().rect_filled(rect, 2.0, color);
            ui.label(galley);
            ui.add_space(6.0);
        }
    });
}

/// Zooms on the selection when there is one, else on the events in view, so a few presses from "Fit all" land
/// on events rather than on an empty stretch of the year.
fn zoom(view: &mut TimelineView, doc: &Document, selection: &Selection, factor: f64) {
    let Some(axis) = view.axis else { return };
    let on = selection_middle(view, doc, selection)
        .or_else(|| {
            let (mut a, mut b) = (f32::INFINITY, f32::NEG_INFINITY);
            for (rect, _) in &view.last_bars {
                a = a.min(rect.left());
                b = b.max(rect.right());
            }
            (a <= b).then(|| axis.time_from_x(f64::from(a + b) / 2.0))
        })
        .unwrap_or_else(|| axis.time_from_x(axis.left_px + axis.width_px / 2.0));
    view.axis = Some(axis.zoomed_on(on, factor));
}

/// The middle of the selected events' bars, in seconds.
fn selection_middle(view: &TimelineView, doc: &Document, selection: &Selection) -> Option<f64> {
    let (zone, timed) = (view.zone.zone(doc), view.zone.timed());
    let span = selection.ids().filter_map(|id| doc.index_of(id)).fold(
        None,
        |acc: Option<(i64, i64)>, i| {
            let (a, b) = super::place::span_of(
                &doc.timeline().events[i],
                &doc.resolved().times[i],
                zone,
                timed,
            );
            Some(acc.map_or((a, b), |(x, y)| (x.min(a), y.max(b))))
        },
    )?;
    Some((span.0 + span.1) as f64 / 2.0)
}
