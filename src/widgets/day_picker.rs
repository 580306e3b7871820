//! A button that shows a day and opens a month to pick another, in the interface's language: month and weekday
//! names from CLDR, weeks from Monday, ISO week numbers, today marked. The month is the calendar's own grid.

use chrono::{Datelike as _, NaiveDate, Weekday};
use egui::{Role, WidgetInfo};

use crate::i18n::dates::{DateStyle, date};
use crate::view::calendar::grid::{MonthGrid, shift_months};

/// Shows `day` as a button; a click opens its month, where a click on a day picks it. Returns the day picked.
pub fn day_picker_ui(
    ui: &mut egui::Ui,
    id: egui::Id,
    day: NaiveDate,
    today: NaiveDate,
) -> Option<NaiveDate> {
    let text = date(day, DateStyle::Day);
    let button = ui.button(format!("📅 {text}"));
    button.widget_info(|| {
        WidgetInfo::labeled(
            Role::Button,
            true,
            crate::tr!("picker-choose-day", date = text.as_str()),
        )
    });
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
                _ => day.with_day(1).unwrap_or(day),
            };
            ui.horizontal(|ui| {
                if ui
                    .button("◀")
                    .on_hover_text(crate::tr!("picker-previous-month"))
                    .clicked()
                {
                    month = shift_months(month, -1);
                }
                ui.strong(date(month, DateStyle::MonthYear));
                if ui
                    .button("▶")
                    .on_hover_text(crate::tr!("picker-next-month"))
                    .clicked()
                {
                    month = shift_months(month, 1);
                }
            });
            let grid = MonthGrid::new(month, Weekday::Mon);
            egui::Grid::new(id.with("grid"))
                .spacing([2.0, 2.0])
                .show(ui, |ui| {
                    ui.weak("");
                    for column in 0..7 {
                        ui.weak(date(grid.day(0, column), DateStyle::Weekday));
                    }
                    ui.end_row();
                    for week in 0..grid.weeks {
                        ui.weak(crate::tr!(
                            "calendar-week-short",
                            week = grid.iso_week(week)
                        ));
                        for column in 0..7 {
                            let d = grid.day(week, column);
                            let mut text = egui::RichText::new(d.day().to_string());
                            if d.month() != month.month() {
                                text = text.weak();
                            }
                            if d == today {
                                text = text.underline();
                            }
                            let cell = ui.selectable_label(d == day, text);
                            cell.widget_info(|| {
                                WidgetInfo::labeled(
                                    Role::Button,
                                    true,
                                    date(d, DateStyle::WeekdayDayLong),
                                )
                            });
                            if cell.clicked() {
                                picked = Some(d);
                                ui.close();
                            }
                        }
                        ui.end_row();
                    }
                });
            ui.data_mut(|d| d.insert_temp(shown, month));
        });
    picked
}
