//! The year and agenda views.

use crate::i18n::dates::{DateStyle, date};
use chrono::{Datelike as _, Duration, NaiveDate};
use egui::{Align2, FontId, Rect, Role, Sense, Stroke, WidgetInfo, pos2, vec2};

use super::grid::last_of_month;
use super::{CalendarView, Frame, Mode, Request, fit_or_scroll, title_label};
use crate::model::{DateValue, Precision};
use crate::view::colors::{keyed_color, text_on};

/// Twelve small months, each day shaded by how many events it has, trip spans underlined.
pub fn year_ui(view: &mut CalendarView, ui: &mut egui::Ui, frame: &Frame<'_>) {
    let Some(cursor) = view.cursor else { return };
    let year = cursor.year();
    let (Some(jan1), Some(dec31)) = (
        NaiveDate::from_ymd_opt(year, 1, 1),
        NaiveDate::from_ymd_opt(year, 12, 31),
    ) else {
        return;
    };
    let key = (frame.key, year);
    let counted = match view.year_counts.take() {
        Some(c) if c.key == key => c,
        _ => YearCounts::new(key, frame, jan1, dec31),
    };
    let (counts, trip_of_day) = (&counted.counts, &counted.trip_of_day);
    let year = YearData {
        year,
        jan1,
        counts,
        busy: &counted.busy,
        trip_of_day,
    };
    let least = 3.0 * MIN_MONTH_PX;
    fit_or_scroll(ui, "calendar-year-scroll", least, |ui, area| {
        year_grid(view, ui, frame, &year, area);
    });
    view.year_counts = Some(counted);
}

/// How many events each day of a year has, and the first trip under each day, kept while the document, the
/// visible set and the year stay.
pub struct YearCounts {
    key: ((u64, u64), i32),
    counts: Vec<u32>,
    /// The counts of the days with events, sorted, to shade each day by how busy it is among them.
    busy: Vec<u32>,
    /// The first trip (index into the timeline's trips) under each day.
    trip_of_day: Vec<Option<usize>>,
}

/// How busy a day with `count` events is among the year's days with events (`busy`, sorted): 0 for none, then 1
/// to 4 by the day's rank, so a year with one very busy day still shows its ordinary days apart from its quiet
/// ones. A day's rank counts half the days tied with it, so a year of equal days is shaded in the middle.
pub fn heat_level(count: u32, busy: &[u32]) -> u8 {
    if count == 0 || busy.is_empty() {
        return 0;
    }
    let below = busy.partition_point(|&c| c < count);
    let tied = busy[below..].partition_point(|&c| c == count);
    let rank = (below as f64 + tied as f64 / 2.0) / busy.len() as f64;
    1 + ((rank * 4.0).floor() as u8).min(3)
}

impl YearCounts {
    fn new(key: ((u64, u64), i32), frame: &Frame<'_>, jan1: NaiveDate, dec31: NaiveDate) -> Self {
        let mut counts = vec![0u32; (dec31 - jan1).num_days() as usize + 1];
        for (_, a, b) in frame.index.between(jan1, dec31) {
            let (a, b) = (a.max(jan1), b.min(dec31));
            let mut d = a;
            while d <= b {
                counts[(d - jan1).num_days() as usize] += 1;
                d += Duration::days(1);
            }
        }
        // The first trip under each day, in one pass over the trips rather than a search per day.
        let mut trip_of_day: Vec<Option<usize>> = vec![None; counts.len()];
        for (n, trip) in frame.doc.timeline().trips.iter().enumerate() {
            let (a, b) = (
                trip.start.first_day().max(jan1),
                trip.end.last_day().min(dec31),
            );
            let mut d = a;
            while d <= b {
                trip_of_day[(d - jan1).num_days() as usize].get_or_insert(n);
                d += Duration::days(1);
            }
        }
        let mut busy: Vec<u32> = counts.iter().copied().filter(|&c| c > 0).collect();
        busy.sort_unstable();
        YearCounts {
            key,
            counts,
            busy,
            trip_of_day,
        }
    }
}

/// The smallest readable mini-month: its name and six rows of days.
const MIN_MONTH_PX: f32 = 26.0 + 6.0 * 16.0;

/// What the year view counts once per frame.
struct YearData<'a> {
    year: i32,
    jan1: NaiveDate,
    /// Events per day of the year.
    counts: &'a [u32],
    /// The counts of the days with events, sorted.
    busy: &'a [u32],
    /// The first trip (index into the timeline's trips) under each day.
    trip_of_day: &'a [Option<usize>],
}

/// Twelve mini-months in `area`, each day shaded by how many events it has.
fn year_grid(
    view: &mut CalendarView,
    ui: &mut egui::Ui,
    frame: &Frame<'_>,
    data: &YearData<'_>,
    area: Rect,
) {
    let YearData {
        year,
        jan1,
        counts,
        busy,
        trip_of_day,
    } = *data;
    let (cols, rows) = (4usize, 3usize);
    let month_w = area.width() / cols as f32;
    let month_h = area.height() / rows as f32;
    let painter = ui.painter().clone();
    let visuals = ui.visuals().clone();
    let heat = visuals.selection.bg_fill;
    for m in 0..12u32 {
        let Some(first) = NaiveDate::from_ymd_opt(year, m + 1, 1) else {
            continue;
        };
        let origin = pos2(
            area.left() + month_w * (m as usize % cols) as f32 + 8.0,
            area.top() + month_h * (m as usize / cols) as f32 + 4.0,
        );
        painter.text(
            origin,
            Align2::LEFT_TOP,
            date(first, DateStyle::Month),
            FontId::proportional(14.0),
            visuals.strong_text_color(),
        );
        let cell = ((month_w - 16.0) / 7.0).min((month_h - 26.0) / 6.0);
        let back = (7 + first.weekday().num_days_from_monday()
            - view.week_start.num_days_from_monday())
            % 7;
        let mut d = first;
        while d <= last_of_month(first) {
            let k = (d - first).num_days() as u32 + back;
            let rect = Rect::from_min_size(
                origin + vec2(cell * (k % 7) as f32, 20.0 + cell * (k / 7) as f32),
                vec2(cell - 2.0, cell - 2.0),
            );
            let count = counts[(d - jan1).num_days() as usize];
            let level = heat_level(count, busy);
            let fill = (level > 0).then(|| heat_color(heat, visuals.panel_fill, level));
            if let Some(fill) = fill {
                painter.rect_filled(rect, 2.0, fill);
            }
            if let Some(trip) = trip_of_day[(d - jan1).num_days() as usize]
                .and_then(|n| frame.doc.timeline().trips.get(n))
            {
                painter.hline(
                    rect.x_range(),
                    rect.bottom(),
                    Stroke::new(2.0, keyed_color(&trip.id, &frame.palette)),
                );
            }
            let response =
                ui.interact(rect, ui.make_persistent_id(("year-day", d)), Sense::click());
            response.widget_info(|| {
                WidgetInfo::labeled(Role::Button, true, date(d, DateStyle::DayLong))
            });
            painter.text(
                rect.center(),
                Align2::CENTER_CENTER,
                d.day().to_string(),
                FontId::proportional(10.0),
                fill.map_or(visuals.text_color(), text_on),
            );
            if response.clicked() {
                view.cursor = Some(d);
                view.mode = Mode::Month;
            }
            // Built only while hovered: a year has 365 of these.
            response.on_hover_ui(|ui| {
                ui.label(crate::tr!(
                    "day-events",
                    date = date(d, DateStyle::DayLong),
                    count = count
                ));
            });
            d += Duration::days(1);
        }
    }
}

/// A day's shade: the theme's highlight mixed into the page, more for busier days, opaque so the day's number
/// can be given a colour that reads on it.
fn heat_color(heat: egui::Color32, page: egui::Color32, level: u8) -> egui::Color32 {
    let share = [0.0, 0.35, 0.55, 0.78, 1.0][usize::from(level.min(4))];
    let (heat, page) = (heat.to_opaque(), page.to_opaque());
    let mix = |h: u8, p: u8| (f32::from(p) + (f32::from(h) - f32::from(p)) * share).round() as u8;
    egui::Color32::from_rgb(
        mix(heat.r(), page.r()),
        mix(heat.g(), page.g()),
        mix(heat.b(), page.b()),
    )
}

/// One line of the agenda.
pub(crate) enum Line {
    /// A day's heading (with the day), or a "date not yet fixed" group's (without).
    Heading(String, Option<NaiveDate>),
    /// An event, on one of its days (none for one whose date is not fixed).
    Entry(u32, Option<NaiveDate>),
}

/// An event longer than this many days is listed on its first day only, with its end; shorter ones on every
/// day they cover, as calendar apps list them.
const DAYS_LISTED: i64 = 14;

/// The line the agenda starts at for a month: the first day heading in or after it, or else the undated groups.
pub(crate) fn agenda_line_for(lines: &[Line], month: NaiveDate) -> Option<usize> {
    let first = month.with_day(1)?;
    lines.iter().position(|l| match l {
        Line::Heading(_, Some(day)) => *day >= first,
        Line::Heading(_, None) => true,
        Line::Entry(..) => false,
    })
}

/// A chronological list grouped by day, then "date not yet fixed" groups by month and year; virtualised.
pub(crate) fn agenda_lines(frame: &Frame<'_>) -> Vec<Line> {
    let t = &frame.doc.timeline();
    let mut lines = Vec::new();
    let mut last_heading = String::new();
    let mut last_day = None;
    // By calendar day, then document order: a timed event's day is in the display zone, a dated one's at the
    // venue, so start instants alone can put a day after the next.
    let mut spans: Vec<(u32, NaiveDate)> = Vec::new();
    for &(i, first, last) in &frame.index.spans {
        let length = (last - first).num_days();
        let listed = if length < DAYS_LISTED { length } else { 0 };
        spans.extend((0..=listed).map(|k| (i, first + Duration::days(k))));
    }
    // Stable: on one day, events keep document order.
    spans.sort_by_key(|&(_, day)| day);
    for (i, day) in spans {
        if last_day != Some(day) {
            last_day = Some(day);
            let heading = date(day, DateStyle::WeekdayDayLong);
            if heading != last_heading {
                lines.push(Line::Heading(heading.clone(), Some(day)));
                last_heading = heading;
            }
        }
        lines.push(Line::Entry(i, Some(day)));
    }
    let mut unfixed: Vec<u32> = frame
        .visible
        .iter()
        .copied()
        .filter(|&i| frame.days(i).is_none())
        .collect();
    unfixed.sort_by_key(|&i| {
        (
            t.events[i as usize].start.precision(),
            t.events[i as usize].start.first_day(),
        )
    });
    for &i in &unfixed {
        let e = &t.events[i as usize];
        let heading = match e.start.precision() {
            Precision::Month => crate::tr!("agenda-unfixed", when = e.start.human()),
            _ => crate::tr!("agenda-unfixed", when = e.start.year().to_string()),
        };
        if heading != last_heading {
            lines.push(Line::Heading(heading.clone(), None));
            last_heading = heading;
        }
        lines.push(Line::Entry(i, None));
    }
    lines
}

/// An agenda entry's time on `day`: a timed event's start in the display zone, as its day heading is, and the
/// venue's own time ("3 Feb 11:00 local") when the venue keeps another zone; an event of several days says which
/// day this is and when it ends; an event whose date is not fixed says so.
fn agenda_times(frame: &Frame<'_>, i: u32, day: Option<NaiveDate>) -> (String, Option<String>) {
    let e = &frame.doc.timeline().events[i as usize];
    let Some(day) = day else {
        return (crate::tr!("agenda-day-not-fixed"), None);
    };
    let (first, last) = frame.days(i).unwrap_or((day, day));
    let several = last > first;
    let until = || {
        crate::tr!(
            "agenda-until",
            date = date(last, DateStyle::WeekdayDayMonth)
        )
    };
    let DateValue::Time(venue) = e.start else {
        let text = if !several {
            crate::tr!("agenda-all-day")
        } else if (last - first).num_days() >= DAYS_LISTED {
            crate::tr!("agenda-all-day-until", until = until())
        } else {
            let n = (day - first).num_days() + 1;
            let of = (last - first).num_days() + 1;
            crate::tr!("agenda-day-of", n = n, of = of, until = until())
        };
        return (text, None);
    };
    let zone = frame.doc.timeline().display_zone().0;
    let times = &frame.doc.resolved().times[i as usize];
    let clock = |secs: i64| {
        chrono::DateTime::from_timestamp(secs, 0)
            .map(|t| crate::i18n::dates::time(t.with_timezone(&zone).time()))
            .unwrap_or_default()
    };
    let shown = if day == first {
        clock(times.start)
    } else if day == last {
        crate::tr!("agenda-until-time", time = clock(times.end))
    } else {
        crate::tr!("agenda-all-day")
    };
    let local = (times.start_zone != zone && day == first).then(|| {
        crate::tr!(
            "agenda-local",
            time = crate::i18n::dates::date_time(venue, DateStyle::DayMonth)
        )
    });
    (shown, local)
}

pub(crate) fn agenda_ui(
    ui: &mut egui::Ui,
    frame: &Frame<'_>,
    lines: &[Line],
    scroll_to: Option<usize>,
    requests: &mut Vec<Request>,
) {
    let t = &frame.doc.timeline();
    let row_h = ui.text_style_height(&egui::TextStyle::Body) + 8.0;
    let mut area = egui::ScrollArea::vertical().auto_shrink(false);
    if let Some(line) = scroll_to {
        // Rows are laid out at their height plus the item spacing.
        area = area.vertical_scroll_offset(line as f32 * (row_h + ui.spacing().item_spacing.y));
    }
    area.show_rows(ui, row_h, lines.len(), |ui, range| {
        for line in &lines[range] {
            match line {
                Line::Heading(text, _) => {
                    ui.add_sized(
                        [ui.available_width(), row_h],
                        egui::Label::new(egui::RichText::new(text).strong()),
                    );
                }
                Line::Entry(i, day) => {
                    let e = &t.events[*i as usize];
                    ui.horizontal(|ui| {
                        ui.set_height(row_h);
                        let (time, local) = agenda_times(frame, *i, *day);
                        ui.add_sized(
                            [150.0, row_h],
                            egui::Label::new(egui::RichText::new(time).weak()),
                        );
                        title_label(ui, frame, e, requests);
                        let local = local.map(|l| format!(" · {l}")).unwrap_or_default();
                        ui.weak(format!(
                            "· {}{local} · {}",
                            crate::view::describe::place_text(e),
                            e.status.label()
                        ));
                    });
                }
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_year_with_one_very_busy_day_still_shades_its_ordinary_days_apart_from_its_quiet_ones() {
        // 200 days with one event, 100 with five, one with a hundred.
        let mut busy: Vec<u32> = [vec![1; 200], vec![5; 100], vec![100]].concat();
        busy.sort_unstable();
        assert_eq!(heat_level(0, &busy), 0);
        let (quiet, ordinary, busiest) = (
            heat_level(1, &busy),
            heat_level(5, &busy),
            heat_level(100, &busy),
        );
        assert!(
            quiet < ordinary && ordinary <= busiest,
            "{quiet} {ordinary} {busiest}"
        );
        assert_eq!(busiest, 4);
        // Against the busiest day alone, five events would have had a twentieth of the shade.
        assert!(ordinary >= 3, "{ordinary}");
    }

    #[test]
    fn a_year_of_equally_busy_days_is_shaded_in_the_middle() {
        assert_eq!(heat_level(2, &[2, 2, 2, 2]), 3);
    }
}
