//! Editing a date with its precision: a precision selector, the date as typed text, and a calendar picker.

use chrono::{Datelike as _, NaiveDate};

use super::text::committed_text_ui;
use crate::model::{DateValue, Precision};

/// egui_extras' date picker works in jiff; the model stays in chrono. These convert at the widget.
pub fn jiff_from_chrono(date: NaiveDate) -> Option<jiff::civil::Date> {
    let year = i16::try_from(date.year()).ok()?;
    jiff::civil::Date::new(year, date.month() as i8, date.day() as i8).ok()
}

pub fn chrono_from_jiff(date: jiff::civil::Date) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(
        i32::from(date.year()),
        date.month() as u32,
        date.day() as u32,
    )
}

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
            && let Some(mut picked) = jiff_from_chrono(value.first_day())
        {
            let before = picked;
            ui.add(
                egui_extras::DatePickerButton::new(&mut picked)
                    .id_salt(&format!("{id:?}-picker"))
                    .calendar_week(true)
                    .show_icon(true)
                    // egui_extras writes English month names; French in Canada writes the short date as
                    // digits, year first (CLDR's fr-CA short pattern), which needs no names at all.
                    .format(match crate::i18n::current() {
                        crate::i18n::Lang::En => "%-d %b %Y",
                        crate::i18n::Lang::Fr => "%Y-%m-%d",
                    }),
            );
            if picked != before
                && let Some(day) = chrono_from_jiff(picked)
            {
                out.value = Some(match value {
                    DateValue::Time(t) => DateValue::Time(day.and_time(t.time())),
                    _ => DateValue::Day(day),
                });
            }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_survive_the_trip_through_jiff() {
        let date = NaiveDate::from_ymd_opt(2026, 2, 28).expect("date");
        assert_eq!(
            jiff_from_chrono(date).and_then(chrono_from_jiff),
            Some(date)
        );
    }
}
