//! What a calendar shows of events known only to the month or year, and the "+N more" list: shared by the
//! month and week views.

use crate::i18n::dates::{DateStyle, date};
use chrono::{Datelike as _, NaiveDate};

use super::{CalendarView, Frame, Request, title_label};
use crate::model::Precision;
/// A list opened from "+N more": the events of a day, or the rest of a band of events known only to the month
/// or year.
pub enum More {
    Day(NaiveDate),
    Unfixed { title: String, events: Vec<u32> },
}

pub(super) fn more_popup(
    view: &mut CalendarView,
    ui: &egui::Ui,
    frame: &Frame<'_>,
    spans: &[(u32, NaiveDate, NaiveDate)],
    requests: &mut Vec<Request>,
) {
    let Some(more) = &view.more else { return };
    let (title, events): (String, Vec<u32>) = match more {
        More::Day(day) => (
            date(*day, DateStyle::WeekdayDayLong),
            spans
                .iter()
                .filter(|&&(_, a, b)| a <= *day && *day <= b)
                .map(|&(i, ..)| i)
                .collect(),
        ),
        More::Unfixed { title, events } => (title.clone(), events.clone()),
    };
    let mut open = true;
    egui::Window::new(title)
        .id(egui::Id::unique("calendar-more"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .default_pos(ui.ctx().content_rect().center())
        .show(ui.ctx(), |ui| {
            let row_h = ui.spacing().interact_size.y + ui.spacing().item_spacing.y;
            let area = egui::ScrollArea::vertical().max_height(400.0);
            let mut rows = |ui: &mut egui::Ui, range: std::ops::Range<usize>| {
                for &i in &events[range] {
                    let e = &frame.doc.timeline().events[i as usize];
                    title_label(ui, frame, e, requests);
                }
            };
            // A long list lays out only the rows in sight, so thousands open at once.
            if events.len() > LIST_ALL {
                area.show_rows(ui, row_h, events.len(), rows);
            } else {
                area.show(ui, |ui| rows(ui, 0..events.len()));
            }
        });
    if !open {
        view.more = None;
    }
}

/// Lists of up to this many events are laid out whole; longer ones only where they are in sight.
const LIST_ALL: usize = 200;

/// How many events a band of events known only to the month or year names before "+N more".
const UNFIXED_SHOWN: usize = 8;

/// Events known only to the month or the year sit above the grid, never on a day; a long band names a few and
/// opens the rest in a list. `first` to `last` are the days shown: a week across two months shows both months'.
pub(super) fn unfixed_band(
    view: &mut CalendarView,
    ui: &mut egui::Ui,
    frame: &Frame<'_>,
    first: NaiveDate,
    last: NaiveDate,
    requests: &mut Vec<Request>,
) {
    let t = frame.doc.timeline();
    let mut bands: Vec<(String, Vec<u32>)> = Vec::new();
    let mut month = first.with_day(1).unwrap_or(first);
    while month <= last {
        let month_last = super::grid::last_of_month(month);
        let events: Vec<u32> = frame
            .index
            .unfixed_in(month.year())
            .iter()
            .copied()
            .filter(|&i| {
                let e = &t.events[i as usize];
                e.start.precision() == Precision::Month
                    && e.start.first_day() <= month_last
                    && e.end_or_start().last_day() >= month
            })
            .collect();
        bands.push((
            crate::tr!("sometime-in", month = date(month, DateStyle::MonthYear)),
            events,
        ));
        month = month_last + chrono::Duration::days(1);
    }
    for year in first.year()..=last.year() {
        let events: Vec<u32> = frame
            .index
            .unfixed_in(year)
            .iter()
            .copied()
            .filter(|&i| t.events[i as usize].start.precision() == Precision::Year)
            .collect();
        bands.push((crate::tr!("sometime-in", month = year.to_string()), events));
    }
    for (label, events) in bands {
        if events.is_empty() {
            continue;
        }
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(format!("{label}:")).strong());
            for &i in events.iter().take(UNFIXED_SHOWN) {
                let e = &t.events[i as usize];
                let selected = frame.selection.contains(&e.id);
                if ui
                    .selectable_label(selected, e.shown_title())
                    .on_hover_text(crate::tr!("date-not-fixed"))
                    .clicked()
                {
                    requests.push(Request::Select {
                        ids: vec![e.id.to_string()],
                        additive: false,
                    });
                }
            }
            let hidden = events.len().saturating_sub(UNFIXED_SHOWN);
            if hidden > 0
                && ui
                    .add(egui::Button::new(format!("+{hidden} more")).small())
                    .clicked()
            {
                view.more = Some(More::Unfixed {
                    title: label.clone(),
                    events: events.clone(),
                });
            }
        });
    }
}
