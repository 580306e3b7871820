//! A drop-down with a search field, for long lists such as countries and time zones.

use crate::model::gazetteer::fold;

/// Shows a picker labelled with `selected`; returns the key of the item the user chose.
/// Items are `(key, label)`; the search matches labels without regard to case or accents.
pub fn search_picker_ui<K: Clone>(
    ui: &mut egui::Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    selected: &str,
    items: &[(K, String)],
) -> Option<K> {
    let id = ui.make_persistent_id(id_salt);
    let search_id = id.with("search");
    let mut chosen = None;
    egui::ComboBox::from_id_salt(id)
        .selected_text(selected)
        .width(ui.available_width().min(260.0))
        .height(320.0)
        .show_ui(ui, |ui| {
            let mut search: String = ui.data_mut(|d| d.get_temp(search_id)).unwrap_or_default();
            let field = ui.add(
                egui::TextEdit::singleline(&mut search).hint_text(crate::tr!("picker-search")),
            );
            if !field.has_focus() && search.is_empty() {
                field.request_focus();
            }
            let needle = fold(&search);
            let mut shown = 0;
            for (key, label) in items {
                if !needle.is_empty() && !fold(label).contains(&needle) {
                    continue;
                }
                shown += 1;
                if ui.selectable_label(label == selected, label).clicked() {
                    chosen = Some(key.clone());
                }
            }
            if shown == 0 {
                ui.weak(crate::tr!("picker-no-match"));
            }
            ui.data_mut(|d| d.insert_temp(search_id, search));
        });
    chosen
}
