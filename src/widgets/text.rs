//! A text field whose edits reach the document once, when the field loses focus (or Enter on one line);
//! Escape puts back what it had. Text its owner refuses stays in the field until corrected.
//!
//! While it has focus, typing and Ctrl+Z belong to the field's own buffer and undo; the document sees one
//! change for the whole run of typing.

/// Names a field for screen readers and tests. A hint text is only a placeholder, and it keeps a row's
/// label from naming the field, so fields with hints get their own name.
pub fn name_input(field: &egui::Response, name: &str) {
    field
        .ctx
        .accesskit_node_builder(field.id, |node| node.set_label(name));
}

/// Shows a text field for `current`. Returns the new text once, on the frame the edit is finished.
///
/// After `keep_refused`, the field shows the refused text instead until the next edit. Escape then puts back
/// `current` and returns it, so the owner can drop what it said about the refused text.
pub fn committed_text_ui(
    ui: &mut egui::Ui,
    id: egui::Id,
    current: &str,
    multiline: bool,
    hint: &str,
) -> (egui::Response, Option<String>) {
    let buffer_id = id.with("buffer");
    let refused_id = id.with("refused");
    // Text kept after a commit is dropped once the owner took it: the value now reads as it was typed.
    let refused = ui
        .data(|d| d.get_temp::<String>(refused_id))
        .filter(|kept| {
            let taken = kept.trim() == current.trim();
            if taken {
                ui.data_mut(|d| d.remove::<String>(refused_id));
            }
            !taken
        });
    let mut buffer = ui
        .data_mut(|d| d.get_temp::<String>(buffer_id))
        .or_else(|| refused.clone())
        .unwrap_or_else(|| current.to_owned());
    let edit = if multiline {
        egui::TextEdit::multiline(&mut buffer).desired_rows(3)
    } else {
        egui::TextEdit::singleline(&mut buffer)
    };
    let response = ui.add(edit.id(id).hint_text(hint).desired_width(f32::INFINITY));
    let mut committed = None;
    if response.has_focus() {
        ui.data_mut(|d| d.insert_temp(buffer_id, buffer));
    } else {
        ui.data_mut(|d| d.remove::<String>(buffer_id));
        if response.lost_focus() {
            ui.data_mut(|d| d.remove::<String>(refused_id));
            // Escape leaves the field as it was, as in any inspector; Enter or moving on keeps the typing.
            let cancelled = ui.input(|i| i.key_pressed(egui::Key::Escape));
            if cancelled {
                committed = refused.map(|_| current.to_owned());
            } else if buffer != current {
                committed = Some(buffer);
            }
        }
    }
    (response, committed)
}

/// Keeps `text`, which the owner of field `id` could not use, showing in the field so it can be corrected.
pub fn keep_refused(ui: &egui::Ui, id: egui::Id, text: String) {
    ui.data_mut(|d| d.insert_temp(id.with("refused"), text));
}

/// A quiet mark beside text shown in its original language because it has no translation into the interface's:
/// a small, weak "EN" that says why on hover and to screen readers.
pub fn untranslated_mark(ui: &mut egui::Ui) -> egui::Response {
    // A table can show a mark on every row: the words that explain it are looked up only when asked for.
    let label = ui
        .add(egui::Label::new(
            egui::RichText::new(crate::i18n::label("translation-marker"))
                .small()
                .weak(),
        ))
        .on_hover_ui(|ui| {
            ui.label(crate::tr!("translation-marker-hover"));
        });
    label.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Label,
            true,
            crate::tr!("translation-marker-hover"),
        )
    });
    label
}
