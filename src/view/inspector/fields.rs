//! Pieces the inspector's forms share: labelled rows, inline messages, and the country and zone lists.

use std::sync::OnceLock;

use super::Request;
use crate::edit::Command;
use crate::model::{CountryCode, Event, Zone, region};

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

/// Every country as picker items: "India (IN)", sorted by name.
pub fn country_items() -> &'static [(CountryCode, String)] {
    static ITEMS: OnceLock<Vec<(CountryCode, String)>> = OnceLock::new();
    ITEMS.get_or_init(|| {
        region::all_countries()
            .filter_map(|c| {
                Some((
                    c.code.parse::<CountryCode>().ok()?,
                    format!("{} ({})", c.name, c.code),
                ))
            })
            .collect()
    })
}

/// "India (IN)" for a code.
pub fn country_label(code: CountryCode) -> String {
    format!("{} ({code})", region::country_name(code.as_str()))
}

/// Every IANA zone as picker items, sorted by name.
pub fn zone_items() -> &'static [(Zone, String)] {
    static ITEMS: OnceLock<Vec<(Zone, String)>> = OnceLock::new();
    ITEMS.get_or_init(|| {
        let mut items: Vec<(Zone, String)> = chrono_tz::TZ_VARIANTS
            .iter()
            .map(|tz| (Zone(*tz), tz.name().to_owned()))
            .collect();
        items.sort_by(|a, b| a.1.cmp(&b.1));
        items
    })
}

/// Asks for `event` with `change` made to it, as one undo step named by `what`.
pub fn set_event(
    requests: &mut Vec<Request>,
    field: &str,
    what: &str,
    event: &Event,
    change: impl FnOnce(&mut Event),
) {
    let mut event = event.clone();
    change(&mut event);
    requests.push(Request::Edit {
        field: super::field_key(&event.id, field),
        command: Command::SetEvent {
            id: event.id.to_string(),
            what: what.to_owned(),
            event: Box::new(event),
        },
    });
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
