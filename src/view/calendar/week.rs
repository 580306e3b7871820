//! The week view: events known only to the month or year in a band above, as in the month view; under the day
//! names the week's trips as bands, then the events of whole days (and timed ones over several days) in up to
//! three rows with "+N more"; then an hour grid, in the display zone, where events at the same time sit side by
//! side.

use crate::i18n::dates::{DateStyle, date};
use chrono::{Datelike as _, Duration, NaiveDate, Timelike as _};
use egui::{Align2, FontId, Rect, Role, Sense, Stroke, WidgetInfo, pos2};

use super::grid::{MonthGrid, layout, side_by_side};
use super::unfixed::More;
use super::{CalendarView, Frame, Request, fit_or_scroll, page_keys};
use crate::edit::{Command, Shift};
use crate::model::DateValue;
use crate::view::colors::{ColorBy, event_color, keyed_color, text_on};
use crate::view::event_tooltip::event_tooltip_ui;

const HEADER_PX: f32 = 22.0;
const TRIP_ROW_PX: f32 = 18.0;
const BAR_PX: f32 = 18.0;
/// Rows of whole-day events before "+N more".
const ALL_DAY_ROWS: usize = 3;
const MIN_HOUR_PX: f32 = 16.0;
const HOURS_PX: f32 = 48.0;

/// The first day of the week containing `day`.
pub fn week_of(day: NaiveDate, week_start: chrono::Weekday) -> NaiveDate {
    let back = (7 + day.weekday().num_days_from_monday() - week_start.num_days_from_monday()) % 7;
    day - Duration::days(i64::from(back))
}

pub fn ui(
    view: &mut CalendarView,
    ui: &mut egui::Ui,
    frame: &Frame<'_>,
    requests: &mut Vec<Request>,
) {
    let Some(cursor) = view.cursor else { return };
    let first = week_of(cursor, view.week_start);
    super::unfixed::unfixed_band(view, ui, frame, first, first + Duration::days(6), requests);
    let least = HEADER_PX + TRIP_ROW_PX + all_day_px() + 24.0 * MIN_HOUR_PX;
    fit_or_scroll(ui, "calendar-week-scroll", least, |ui, area| {
        grid_ui(view, ui, frame, requests, first, area);
    });
}

fn all_day_px() -> f32 {
    ALL_DAY_ROWS as f32 * (BAR_PX + 2.0) + 4.0
}

/// Whether an event (or a ghost of the baseline's) belongs in the whole-day rows: known to the day, or timed over
/// more than one day.
fn whole_days(frame: &Frame<'_>, i: u32, a: NaiveDate, b: NaiveDate) -> bool {
    let event = match super::ghosts::ghost_of(i) {
        Some(j) => frame
            .baseline
            .and_then(|base| base.timeline().events.get(j as usize)),
        None => frame.doc.timeline().events.get(i as usize),
    };
    event.is_none_or(|e| !matches!(e.start, DateValue::Time(_))) || a != b
}

/// The start and end of a timed event, or of a ghost of the baseline's, in seconds.
fn times_of(frame: &Frame<'_>, i: u32) -> Option<(i64, i64)> {
    let t = match super::ghosts::ghost_of(i) {
        Some(j) => frame.baseline?.resolved().times.get(j as usize)?,
        None => frame.doc.resolved().times.get(i as usize)?,
    };
    Some((t.start, t.end))
}

fn grid_ui(
    view: &mut CalendarView,
    ui: &mut egui::Ui,
    frame: &Frame<'_>,
    requests: &mut Vec<Request>,
    first: NaiveDate,
    area: Rect,
) {
    let last = first + Duration::days(6);
    let response = ui.interact(area, ui.make_persistent_id("calendar-week"), Sense::click());
    response.widget_info(|| {
        WidgetInfo::labeled(
            Role::Group,
            true,
            crate::tr!("week-of", date = date(first, DateStyle::DayLong)),
        )
    });
    if response.clicked() {
        response.request_focus();
    }
    crate::view::focus::register(ui.ctx(), response.id);
    page_keys(view, ui, response.has_focus());
    // With a second zone, a second hour column to the left, as calendar apps draw it; two when a clock
    // changes during the week, each for the days it holds for.
    let second = view.second.zone(frame.doc, frame.selection);
    let shown_zone = frame.doc.timeline().display_zone().0;
    let stretches = second.map_or_else(Vec::new, |zone| {
        crate::model::time::same_difference_stretches(first, 7, shown_zone, zone)
    });
    let hours_px = HOURS_PX * (1 + stretches.len()) as f32;
    let col_w = (area.width() - hours_px) / 7.0;
    let column = |c: f32| area.left() + hours_px + col_w * c;
    let trips_top = area.top() + HEADER_PX;
    let all_day_top = trips_top + TRIP_ROW_PX;
    let grid_top = all_day_top + all_day_px();
    let hour_h = ((area.bottom() - grid_top) / 24.0).max(MIN_HOUR_PX);
    let painter = ui.painter().clone();
    let visuals = ui.visuals().clone();
    let line = Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color);
    for c in 0..7 {
        let day = first + Duration::days(c);
        let x = column(c as f32);
        let color = if day == frame.today {
            visuals.selection.bg_fill
        } else {
            visuals.strong_text_color()
        };
        let label = view.labels.galley(
            ui,
            &date(day, DateStyle::WeekdayDayMonth),
            &FontId::proportional(13.0),
            color,
            col_w - 4.0,
        );
        let at = pos2(
            x + (col_w - label.size().x) / 2.0,
            area.top() + (HEADER_PX - label.size().y) / 2.0,
        );
        painter.galley(at, label, color);
        painter.vline(x, area.top()..=area.bottom(), line);
    }
    let own_left = area.left() + hours_px - HOURS_PX;
    for h in 0..24 {
        let y = grid_top + hour_h * h as f32;
        painter.hline(own_left..=area.right(), y, line);
        let hour = chrono::NaiveTime::from_hms_opt(h, 0, 0).unwrap_or_default();
        painter.text(
            pos2(own_left + 4.0, y + 1.0),
            Align2::LEFT_TOP,
            crate::i18n::dates::time(hour),
            FontId::proportional(11.0),
            visuals.text_color(),
        );
        // The same instant in the second zone, on the first day of each stretch of the week.
        if let Some(zone) = second {
            for (k, day) in stretches.iter().enumerate() {
                let at = crate::model::time::local_to_utc(day.and_time(hour), shown_zone).secs();
                if let Some(there) = chrono::DateTime::from_timestamp(at, 0) {
                    painter.text(
                        pos2(area.left() + HOURS_PX * k as f32 + 4.0, y + 1.0),
                        Align2::LEFT_TOP,
                        crate::i18n::dates::time(there.with_timezone(&zone).time()),
                        FontId::proportional(11.0),
                        visuals.weak_text_color(),
                    );
                }
            }
        }
    }
    if let Some(zone) = second {
        second_columns_ui(ui, &stretches, zone, shown_zone, area, grid_top, own_left);
    }
    painter.hline(area.left()..=area.right(), grid_top, line);
    trip_bands_ui(view, ui, frame, first, trips_top, &column);

    let spans = frame.index.between(first, last);
    // Compared with a baseline, where moved events were and removed ones are laid out with the week's events.
    let mut with_ghosts = spans.clone();
    with_ghosts.extend(super::ghosts::spans(frame, first, last, true));
    // Whole days: a month grid of one week row lays them out as the month view does.
    let week = MonthGrid {
        month: first,
        first,
        weeks: 1,
    };
    let whole: Vec<_> = with_ghosts
        .iter()
        .copied()
        .filter(|&(i, a, b)| whole_days(frame, i, a, b))
        .collect();
    let segments = layout(&week, &whole, ALL_DAY_ROWS);
    let mut per_day = [0usize; 7];
    for s in &segments {
        for count in &mut per_day[s.from..=s.to] {
            *count += 1;
        }
    }
    for s in &segments {
        let fits = (s.from..=s.to).all(|c| per_day[c] <= ALL_DAY_ROWS);
        if s.slot + 1 < ALL_DAY_ROWS || (s.slot + 1 == ALL_DAY_ROWS && fits) {
            let top = all_day_top + 2.0 + (BAR_PX + 2.0) * s.slot as f32;
            let rect = Rect::from_min_max(
                pos2(column(s.from as f32) + 2.0, top),
                pos2(column(s.to as f32 + 1.0) - 2.0, top + BAR_PX),
            );
            if let Some(j) = super::ghosts::ghost_of(s.event) {
                super::ghosts::paint(ui, frame, j, rect, 0);
                continue;
            }
            // A whole-day bar dragged sideways moves by whole days.
            let snap = |d: egui::Vec2| egui::vec2((d.x / col_w).round() * col_w, 0.0);
            if let Some(moved) = bar_ui(view, ui, frame, s.event, rect, &snap, requests) {
                let days = (moved.x / col_w).round() as i64;
                if days != 0 {
                    requests.push(move_by(frame, s.event, Shift::days(days)));
                }
            }
        }
    }
    for (c, &count) in per_day.iter().enumerate() {
        if count > ALL_DAY_ROWS {
            let top = all_day_top + 2.0 + (BAR_PX + 2.0) * (ALL_DAY_ROWS - 1) as f32;
            let at = Rect::from_min_max(
                pos2(column(c as f32) + 4.0, top),
                pos2(column(c as f32 + 1.0) - 4.0, top + BAR_PX),
            );
            let day = first + Duration::days(c as i64);
            if more_ui(ui, at, count - (ALL_DAY_ROWS - 1), day).clicked() {
                view.more = Some(More::Day(day));
            }
        }
    }
    super::unfixed::more_popup(view, ui, frame, &spans, requests);

    // Timed events within one day, by day, side by side where they overlap.
    let zone = frame.doc.timeline().display_zone().0;
    let local = |secs: i64| {
        chrono::DateTime::from_timestamp(secs, 0).map(|t| t.with_timezone(&zone).naive_local())
    };
    for c in 0..7 {
        let day = first + Duration::days(c);
        let (timed, hours): (Vec<u32>, Vec<(i64, i64)>) = with_ghosts
            .iter()
            .filter(|&&(i, a, b)| a == day && !whole_days(frame, i, a, b))
            .filter_map(|&(i, ..)| {
                let (start, end) = times_of(frame, i)?;
                // Shorter than half an hour is drawn as half an hour, and overlaps as drawn.
                Some((i, (start, end.max(start + 1800))))
            })
            .unzip();
        for (k, (col, of)) in side_by_side(&hours).into_iter().enumerate() {
            let (Some(s), Some(e)) = (local(hours[k].0), local(hours[k].1)) else {
                continue;
            };
            let y = |t: chrono::NaiveDateTime| {
                if t.date() > day {
                    grid_top + hour_h * 24.0
                } else {
                    grid_top + hour_h * (t.hour() as f32 + t.minute() as f32 / 60.0)
                }
            };
            let (y0, y1) = (y(s), y(e).max(y(s) + 14.0));
            let width = (col_w - 4.0) / of as f32;
            let x0 = column(c as f32) + 2.0 + width * col as f32;
            let rect = Rect::from_min_max(pos2(x0, y0), pos2(x0 + width - 1.0, y1));
            if let Some(j) = super::ghosts::ghost_of(timed[k]) {
                super::ghosts::paint(ui, frame, j, rect, c as usize);
                continue;
            }
            // A timed event dragged moves by whole hours up or down, by whole days sideways.
            let snap = |d: egui::Vec2| {
                egui::vec2(
                    (d.x / col_w).round() * col_w,
                    (d.y / hour_h).round() * hour_h,
                )
            };
            if let Some(moved) = bar_ui(view, ui, frame, timed[k], rect, &snap, requests) {
                let hours =
                    (moved.y / hour_h).round() as i64 + 24 * (moved.x / col_w).round() as i64;
                if hours != 0 {
                    requests.push(move_by(frame, timed[k], Shift::minutes(60 * hours)));
                }
            }
        }
    }
}

/// The second zone's hour columns' corner and names: each column's zone abbreviation (and, when the week has
/// two, the day it starts), the display zone's over its own column, and a label a screen reader hears.
fn second_columns_ui(
    ui: &egui::Ui,
    stretches: &[NaiveDate],
    zone: chrono_tz::Tz,
    shown_zone: chrono_tz::Tz,
    area: Rect,
    grid_top: f32,
    own_left: f32,
) {
    let painter = ui.painter();
    let visuals = ui.visuals();
    let line = Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color);
    let abbreviation = |day: NaiveDate, tz: chrono_tz::Tz| {
        let noon = chrono::NaiveTime::from_hms_opt(12, 0, 0).unwrap_or_default();
        chrono::DateTime::from_timestamp(
            crate::model::time::local_to_utc(day.and_time(noon), shown_zone).secs(),
            0,
        )
        .map(|t| t.with_timezone(&tz).format("%Z").to_string())
        .unwrap_or_default()
    };
    let corner = |x: f32, text: &str, color: egui::Color32| {
        painter.text(
            pos2(x + 4.0, grid_top - 2.0),
            Align2::LEFT_BOTTOM,
            text,
            FontId::proportional(11.0),
            color,
        );
    };
    let first = stretches.first().copied().unwrap_or_default();
    corner(
        own_left,
        &abbreviation(first, shown_zone),
        visuals.text_color(),
    );
    for (k, &day) in stretches.iter().enumerate() {
        let left = area.left() + HOURS_PX * k as f32;
        corner(left, &abbreviation(day, zone), visuals.weak_text_color());
        let note = if stretches.len() > 1 {
            // Which days this column's hours hold for, above its zone.
            painter.text(
                pos2(left + 4.0, grid_top - 16.0),
                Align2::LEFT_BOTTOM,
                date(day, DateStyle::DayMonth),
                FontId::proportional(11.0),
                visuals.weak_text_color(),
            );
            crate::tr!(
                "week-second-column-from",
                zone = zone.name(),
                day = date(day, DateStyle::WeekdayDayMonth)
            )
        } else {
            crate::tr!("week-second-column", zone = zone.name())
        };
        let column = ui.interact(
            Rect::from_min_max(pos2(left, grid_top), pos2(left + HOURS_PX, area.bottom())),
            ui.make_persistent_id(("week-second-hours", k)),
            Sense::hover(),
        );
        column.widget_info(|| WidgetInfo::labeled(Role::Label, true, &note));
        column.on_hover_text(&note);
        painter.vline(left + HOURS_PX, grid_top..=area.bottom(), line);
    }
}

/// One event's bar: painted, labelled, selectable, with its details on hover. Returns how far a drag that
/// ended on it this frame moved.
fn bar_ui(
    view: &mut CalendarView,
    ui: &egui::Ui,
    frame: &Frame<'_>,
    i: u32,
    rect: Rect,
    snap: &dyn Fn(egui::Vec2) -> egui::Vec2,
    requests: &mut Vec<Request>,
) -> Option<egui::Vec2> {
    let e = &frame.doc.timeline().events[i as usize];
    let response = ui.interact(
        rect,
        ui.make_persistent_id(("week-bar", &e.id)),
        Sense::click_and_drag(),
    );
    response.widget_info(|| WidgetInfo::labeled(Role::Button, true, e.shown_title()));
    let zone = frame.doc.timeline().display_zone().0;
    let response = response.on_hover_ui(|ui| event_tooltip_ui(ui, frame.doc, i, zone));
    let color = event_color(e, ColorBy::Region, &frame.palette);
    let painter = ui.painter();
    painter.rect_filled(rect, 3.0, color);
    if frame.selection.contains(&e.id) {
        painter.rect_stroke(
            rect.expand(1.0),
            3.0,
            ui.visuals().selection.stroke,
            egui::StrokeKind::Outside,
        );
    }
    if frame.doc.has_warning(i) {
        crate::view::colors::warning_corner(ui, rect);
    }
    // Its layer's stripe, and how it changed since the baseline, as on the month's bars.
    if let Some((n, _)) = frame.layers.and_then(|c| c.layer_look(i)) {
        let stripe = Rect::from_min_max(rect.min, pos2(rect.left() + 3.0, rect.bottom()));
        painter.rect_filled(stripe, 1.0, frame.palette.layer(n));
    }
    if let Some(mark) = frame.comparison.and_then(|c| c.mark(i)) {
        crate::view::changes::paint_mark(ui, mark, rect);
    }
    // Cut to the bar with an ellipsis; the hover card gives the title whole.
    let galley = view.labels.galley(
        ui,
        e.shown_title(),
        &FontId::proportional(12.0),
        text_on(color),
        rect.width() - 6.0,
    );
    painter.with_clip_rect(rect).galley(
        rect.left_top() + egui::vec2(3.0, 2.0),
        galley,
        text_on(color),
    );
    if response.clicked() {
        requests.push(Request::Select {
            ids: vec![e.id.to_string()],
            additive: ui.input(|i| i.modifiers.command),
        });
    }
    // egui forgets a drag's distance as it ends, so the distance so far is kept while it goes on; the bar's
    // outline follows the pointer, snapped to where a drop would put it.
    if let Some(delta) = response.total_drag_delta() {
        ui.ctx().data_mut(|d| d.insert_temp(response.id, delta));
        let snapped = snap(delta);
        if snapped != egui::Vec2::ZERO {
            painter.rect_stroke(
                rect.translate(snapped),
                3.0,
                ui.visuals().selection.stroke,
                egui::StrokeKind::Outside,
            );
        }
    }
    if response.drag_stopped() {
        return ui
            .ctx()
            .data_mut(|d| d.remove_temp::<egui::Vec2>(response.id));
    }
    None
}

fn move_by(frame: &Frame<'_>, i: u32, by: Shift) -> Request {
    Request::view_edit(Command::MoveEvents {
        ids: vec![frame.doc.timeline().events[i as usize].id.to_string()],
        by,
        lane: None,
    })
}

/// "+N more" on a day of the whole-day rows: painted, labelled, and opens the day's list.
fn more_ui(ui: &egui::Ui, at: Rect, hidden: usize, day: NaiveDate) -> egui::Response {
    let more = ui.interact(
        at,
        ui.make_persistent_id(("week-more", day)),
        Sense::click(),
    );
    let label = crate::tr!("more-hidden", count = hidden);
    more.widget_info(|| WidgetInfo::labeled(Role::Button, true, &label));
    let color = if more.hovered() {
        ui.visuals().strong_text_color()
    } else {
        ui.visuals().text_color()
    };
    ui.painter().text(
        at.left_center(),
        Align2::LEFT_CENTER,
        &label,
        FontId::proportional(11.0),
        color,
    );
    more
}

/// The week's trips, as bands across their days with their titles; where trips overlap, one band names them all.
fn trip_bands_ui(
    view: &mut CalendarView,
    ui: &egui::Ui,
    frame: &Frame<'_>,
    first: NaiveDate,
    top: f32,
    column: &impl Fn(f32) -> f32,
) {
    let week = MonthGrid {
        month: first,
        first,
        weeks: 1,
    };
    let trips = &frame.doc.timeline().trips;
    let spans = frame.trips.between(first, first + Duration::days(6));
    for band in super::grid::bands(&week, &spans) {
        let named: Vec<&crate::model::Trip> =
            band.trips.iter().filter_map(|&t| trips.get(t)).collect();
        let Some(lead) = named.first() else { continue };
        let rect = Rect::from_min_max(
            pos2(column(band.from as f32) + 2.0, top + 2.0),
            pos2(column(band.to as f32 + 1.0) - 2.0, top + TRIP_ROW_PX - 2.0),
        );
        let color = keyed_color(&lead.id, &frame.palette);
        ui.painter().rect_filled(rect, 2.0, color);
        let title = if named.len() == 1 {
            lead.shown_title().to_string()
        } else {
            format!("{} trips: {}", named.len(), lead.shown_title())
        };
        let galley = view.labels.galley(
            ui,
            &title,
            &FontId::proportional(11.0),
            text_on(color),
            rect.width() - 6.0,
        );
        let at = pos2(rect.left() + 3.0, rect.center().y - galley.size().y / 2.0);
        ui.painter().galley(at, galley, text_on(color));
        let response = ui.interact(
            rect,
            ui.make_persistent_id(("week-trip", band.from, band.to)),
            Sense::hover(),
        );
        response.widget_info(|| {
            WidgetInfo::labeled(
                Role::Group,
                true,
                crate::tr!("a11y-trip", title = title.as_str()),
            )
        });
        response.on_hover_ui(|ui| {
            let lines = named.iter().map(|trip| {
                format!(
                    "{}: {}",
                    trip.shown_title(),
                    crate::view::describe::span_text(trip.start, Some(trip.end))
                )
            });
            ui.label(crate::view::map::places::at_most(
                lines,
                6,
                "\n",
                "more-trips",
            ));
        });
    }
}
