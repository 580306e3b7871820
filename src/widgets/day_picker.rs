//! A button that shows a day and opens a month to pick another, in the interface's language: month and weekday
//! names from CLDR, weeks from Monday, ISO week numbers, today marked.

use chrono::{Datelike as _, Duration, NaiveDate};
use egui::{Role, WidgetInfo};

use crate::i18n::dates::{DateStyle, date};

/// The first day of `day`'s month.
fn month_of(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap_or(day)
}

/// The month before or after `month` (its first day), or `month` at the calendar's edge.
fn step_month(month: NaiveDate, by: i32) -> NaiveDate {
    let index = month.year() * 12 + month.month0() as i32 + by;
    NaiveDate::from_ymd_opt(index.div_euclid(12), index.rem_euclid(12) as u32 + 1, 1)
        .unwrap_or(month)
}

/// The 42 days a month's grid shows: six weeks from the Monday on or before its first day.
pub fn grid_days(month: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    let first = month_of(month);
    let start = first - Duration::days(i64::from(first.weekday().num_days_from_monday()));
    (0..42).map(move |n| start + Duration::days(n))
}

/// Shows `day` as a button; a click opens its month, where a click on a day picks it. Returns the day picked.
pub fn day_picker_ui(
    ui: &mut egui::Ui,
    id: egui::Id,
    day: NaiveDate,
    today: NaiveDate,
) -> Option<NaiveDate> {
    let text = date(day, DateStyle::Day);
    let button = ui.button(format!("📅 {text}"));
    let name = crate::tr!("picker-choose-day", date = text);
    button.widget_info(|| WidgetInfo::labeled(Role::Button, true, &name));
    let shown = id.with("month");
    // Opening the month starts from the day shown; arrows then move it until the month is closed.
    let opening = button.clicked();
    let mut picked = None;
    egui::Popup::menu(&button)
        .id(id.with("popup"))
        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
        .show(|ui| {
            let remembered = ui.data(|d| d.get_temp::<NaiveDate>(shown));
            let mut month = match remembered {
                Some(month) if !opening => month,
                _ => month_of(day),
            };
            ui.horizontal(|ui| {
                if ui
                    .button("◀")
                    .on_hover_text(crate::tr!("picker-previous-month"))
                    .clicked()
                {
                    month = step_month(month, -1);
                }
                ui.strong(date(month, DateStyle::MonthYear));
                if ui
                    .button("▶")
                    .on_hover_text(crate::tr!("picker-next-month"))
                    .clicked()
                {
                    month = step_month(month, 1);
                }
            });
            egui::Grid::new(id.with("grid"))
                .spacing([2.0, 2.0])
                .show(ui, |ui| {
                    ui.weak("");
                    for d in grid_days(month).take(7) {
                        ui.weak(date(d, DateStyle::Weekday));
                    }
                    ui.end_row();
                    for (n, d) in grid_days(month).enumerate() {
                        if n % 7 == 0 {
                            ui.weak(crate::tr!(
                                "calendar-week-short",
                                week = d.iso_week().week()
                            ));
                        }
                        let mut text = egui::RichText::new(d.day().to_string());
                        if d.month() != month.month() {
                            text = text.weak();
                        }
                        if d == today {
                            text = text.underline();
                        }
                        let cell = ui.selectable_label(d == day, text);
                        let long = date(d, DateStyle::WeekdayDayLong);
                        cell.widget_info(|| WidgetInfo::labeled(Role::Button, true, &long));
                        if cell.clicked() {
                            picked = Some(d);
                            ui.close();
                        }
                        if n % 7 == 6 {
                            ui.end_row();
                        }
                    }
                });
            ui.data_mut(|d| d.insert_temp(shown, month));
        });
    picked
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real day")
    }

    #[test]
    fn a_month_grid_starts_on_the_monday_before_its_first_day_and_runs_six_weeks() {
        let days: Vec<NaiveDate> = grid_days(day(2026, 2, 18)).collect();
        assert_eq!(days.len(), 42);
        assert_eq!(days[0], day(2026, 1, 26));
        assert_eq!(days[41], day(2026, 3, 8));
    }

    #[test]
    fn stepping_months_crosses_years_both_ways() {
        assert_eq!(step_month(day(2026, 1, 1), -1), day(2025, 12, 1));
        assert_eq!(step_month(day(2026, 12, 1), 1), day(2027, 1, 1));
    }
}
