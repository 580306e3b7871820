//! The layers strip: every open programme with its colour, whether it is shown, which one is being edited, and a
//! way to close it. Shown when more than one file is open.

use crate::document::Documents;
use crate::view::Request;

/// A small square of a layer's colour.
fn swatch(ui: &mut egui::Ui, color: egui::Color32) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
    ui.painter().rect_filled(rect, 2.0, color);
}

pub fn layers_ui(ui: &mut egui::Ui, docs: &Documents) -> Vec<Request> {
    let mut requests = Vec::new();
    let palette = crate::view::palette::Palette::of(ui);
    ui.horizontal_wrapped(|ui| {
        ui.strong(crate::tr!("layers-heading"));
        for (i, open) in docs.iter().enumerate() {
            let active = i == docs.active_index();
            ui.separator();
            swatch(ui, palette.layer(open.layer.color));
            let mut visible = open.layer.visible;
            let shown = ui
                .add_enabled(!active, egui::Checkbox::without_text(&mut visible))
                .on_hover_text(crate::tr!("layers-show", name = open.doc.name().to_owned()));
            shown.widget_info(|| {
                egui::WidgetInfo::selected(
                    egui::Role::CheckBox,
                    !active,
                    visible,
                    crate::tr!("layers-show", name = open.doc.name().to_owned()),
                )
            });
            if shown.changed() {
                requests.push(Request::SetLayerVisible(i, visible));
            }
            let dirty = if open.doc.is_dirty() { " •" } else { "" };
            let name = format!("{}{dirty}", open.doc.name());
            if ui
                .selectable_label(active, name)
                .on_hover_text(if active {
                    crate::tr!("layers-editing")
                } else {
                    crate::tr!("layers-make-active")
                })
                .clicked()
                && !active
            {
                requests.push(Request::SetActiveLayer(i));
            }
            if !active
                && ui
                    .small_button("✕")
                    .on_hover_text(crate::tr!(
                        "layers-close",
                        name = open.doc.name().to_owned()
                    ))
                    .clicked()
            {
                requests.push(Request::CloseLayer(i));
            }
        }
    });
    requests
}
