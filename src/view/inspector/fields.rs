//! Pieces the inspector's forms share: labelled rows, inline messages, event edits and drop-downs.

use crate::edit::Command;
use crate::model::Event;
use crate::view::{Field, FieldKey, Request};

/// A labelled row of a form: the label on its own line, the widget under it, then any message.
pub fn row<R>(
    ui: &mut egui::Ui,
    label: &str,
    message: Option<&String>,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> R {
    ui.add_space(4.0);
    let label = ui.label(egui::RichText::new(label).strong());
    // Screen readers and tests find the row's inputs by the row's label.
    let out = ui.label_inputs_by(label.id, add);
    if let Some(message) = message {
        note(ui, message);
    }
    out
}

/// A message shown inline under a field.
pub fn note(ui: &mut egui::Ui, message: &str) {
    ui.add(
        egui::Label::new(
            egui::RichText::new(format!("⚠ {message}")).color(ui.visuals().warn_fg_color),
        )
        .wrap(),
    );
}

/// Asks for `event` with `change` made to it, as one undo step named by `what`.
pub fn set_event(
    requests: &mut Vec<Request>,
    field: Field,
    what: &str,
    event: &Event,
    change: impl FnOnce(&mut Event),
) {
    let mut event = event.clone();
    change(&mut event);
    requests.push(Request::field_edit(
        FieldKey::event(&event.id, field),
        Command::SetEvent {
            id: event.id.to_string(),
            what: what.to_owned(),
            event: Box::new(event),
        },
    ));
}

/// A drop-down of fixed values; returns a value the user picked that differs from `current`.
pub fn choice<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    id: egui::Id,
    current: T,
    all: &[T],
    label: fn(T) -> &'static str,
) -> Option<T> {
    let mut picked = None;
    egui::ComboBox::from_id_salt(id)
        .selected_text(label(current))
        .show_ui(ui, |ui| {
            for &value in all {
                if ui
                    .selectable_label(value == current, label(value))
                    .clicked()
                    && value != current
                {
                    picked = Some(value);
                }
            }
        });
    picked
}
