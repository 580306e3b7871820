//! A list of short texts shown as removable chips, with a field to add one.

use crate::model::Text;

/// What the user did to a chip list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChipEdit {
    Add(String),
    Remove(usize),
}

/// Shows `items` as chips; returns an addition or removal.
pub fn chips_ui(ui: &mut egui::Ui, id: egui::Id, items: &[Text], hint: &str) -> Option<ChipEdit> {
    let mut edit = None;
    // Short texts (tags) sit side by side; long ones (objectives) get a line each and wrap.
    let long = items.iter().any(|i| i.chars().count() > 28);
    let mut chip = |ui: &mut egui::Ui, i: usize, item: &Text| {
        egui::Frame::new()
            .fill(ui.visuals().faint_bg_color)
            .stroke(ui.visuals().widgets.noninteractive.bg_stroke)
            .corner_radius(8.0)
            .inner_margin(egui::Margin::symmetric(6, 1))
            .show(ui, |ui| {
                ui.horizontal_top(|ui| {
                    let remove = ui
                        .add(egui::Button::new("✖").frame(false).small())
                        .on_hover_text(crate::tr!("chip-remove-item", item = item.as_str()));
                    if remove.clicked() {
                        edit = Some(ChipEdit::Remove(i));
                    }
                    ui.add(egui::Label::new(item.as_str()).wrap());
                });
            });
    };
    if long {
        for (i, item) in items.iter().enumerate() {
            chip(ui, i, item);
        }
    } else {
        ui.horizontal_wrapped(|ui| {
            for (i, item) in items.iter().enumerate() {
                chip(ui, i, item);
            }
        });
    }
    let buffer_id = id.with("new");
    let mut text: String = ui.data_mut(|d| d.get_temp(buffer_id)).unwrap_or_default();
    let response = ui.add(
        egui::TextEdit::singleline(&mut text)
            .id(id)
            .hint_text(hint)
            .desired_width(f32::INFINITY),
    );
    if response.lost_focus()
        && ui.input(|i| i.key_pressed(egui::Key::Enter))
        && !text.trim().is_empty()
    {
        edit = Some(ChipEdit::Add(text.trim().to_owned()));
        text.clear();
        response.request_focus();
    }
    ui.data_mut(|d| d.insert_temp(buffer_id, text));
    edit
}
