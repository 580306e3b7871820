//! Editing a date with its precision: a precision selector, the date as typed text, and a month to pick from.

use super::text::committed_text_ui;
use crate::model::{DateValue, Precision};

/// The outcome of one frame of a date editor.
#[derive(Default)]
pub struct DateEdit {
    /// A new value the user chose.
    pub value: Option<DateValue>,
    /// Text that could not be read as a date, with the reason, to show beside the field.
    pub error: Option<String>,
}

/// Shows `value` for editing; `name` names its text field (e.g. "Start date"). `id` must be stable for
/// this field of this event.
pub fn date_value_ui(ui: &mut egui::Ui, id: egui::Id, name: &str, value: DateValue) -> DateEdit {
    let mut out = DateEdit::default();
    ui.horizontal(|ui| {
        let mut precision = value.precision();
        egui::ComboBox::from_id_salt(id.with("precision"))
            .selected_text(precision.label())
            .width(110.0)
            .show_ui(ui, |ui| {
                for p in Precision::ALL {
                    ui.selectable_value(&mut precision, p, p.label());
                }
            });
        if precision != value.precision() {
            out.value = Some(value.with_precision(precision));
        }
        if let DateValue::Day(_) | DateValue::Time(_) = value
            && let Some(day) = super::day_picker::day_picker_ui(
                ui,
                id.with("picker"),
                value.first_day(),
                chrono::Local::now().date_naive(),
            )
            && day != value.first_day()
        {
            out.value = Some(match value {
                DateValue::Time(t) => DateValue::Time(day.and_time(t.time())),
                _ => DateValue::Day(day),
            });
        }
        let text = value.to_string();
        let (field, typed) =
            committed_text_ui(ui, id.with("text"), &text, false, "2026-02-26T09:30");
        super::name_input(&field, name);
        if let Some(typed) = typed {
            match typed.trim().parse::<DateValue>() {
                Ok(parsed) => {
                    // Kept in the field until the document takes it, so a refused date stays in sight with
                    // the reason beside it.
                    super::keep_refused(ui, id.with("text"), typed.trim().to_owned());
                    out.value = Some(parsed);
                }
                Err(e) => {
                    super::keep_refused(ui, id.with("text"), typed);
                    out.error = Some(e.0);
                }
            }
        }
    });
    out
}
