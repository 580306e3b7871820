//! A second time ruler under the timeline's axis, in another zone (home, UTC, the selected event's venue, or any
//! IANA zone), with its own day boundaries and hour ticks, so an evening in Tokyo visibly lies in the morning in
//! Ottawa; and a hover line that reads the instant under the pointer in both zones (and at the venue of the bar
//! under it).

use chrono::NaiveDateTime;
use chrono_tz::Tz;
use egui::{FontId, Rect, Stroke, pos2};

use super::axis::TimeAxis;
use super::ticks::{TickUnit, ticks};
pub use crate::view::zones::SecondZone;

/// The second ruler's height in points.
pub(crate) const RULER_HEIGHT: f32 = 22.0;

/// A timed event's start at its venue, with the zone's abbreviation ("19:30 IST"), for its bar at hour scale;
/// `None` for an event known only to the day or coarser, or one whose venue keeps the axis's own zone.
pub fn venue_start(event: &crate::model::Event, start_secs: i64, axis_zone: Tz) -> Option<String> {
    if event.start.precision() != crate::model::Precision::Time {
        return None;
    }
    let zone = event
        .start_zone
        .unwrap_or_else(|| crate::model::time::place_zone(&event.place))
        .0;
    if zone == axis_zone {
        return None;
    }
    let at = chrono::DateTime::from_timestamp(start_secs, 0)?.with_timezone(&zone);
    Some(format!(
        "{} {}",
        crate::i18n::dates::time(at.time()),
        at.format("%Z")
    ))
}

/// The wall-clock time in `zone` at the instant `secs` (UTC seconds).
pub fn local_at(secs: f64, zone: Tz) -> Option<NaiveDateTime> {
    chrono::DateTime::from_timestamp(secs.floor() as i64, 0)
        .map(|t| t.with_timezone(&zone).naive_local())
}

/// Each whole day of `zone` the axis shows (the first may start before it), as its start and its length in
/// seconds: 23 or 25 hours where the zone changes its clocks.
pub fn day_lengths(axis: &TimeAxis, zone: Tz) -> Vec<(f64, f64)> {
    let days = ticks(axis, TickUnit::Day, zone);
    days.windows(2)
        .map(|w| (w[0].secs, w[1].secs - w[0].secs))
        .collect()
}

/// The ruler in `rect` and, in the lane titles' column beside it (`note_rect`), which zone it reads, labelled for
/// screen readers.
#[expect(
    clippy::too_many_arguments,
    reason = "the ruler sits in the timeline's own geometry"
)]
pub(super) fn ruler_ui(
    ui: &egui::Ui,
    painter: &egui::Painter,
    axis: &TimeAxis,
    unit: TickUnit,
    zone: Tz,
    rect: Rect,
    note_rect: Rect,
    area_id: egui::Id,
) {
    paint(painter, ui.visuals(), axis, unit, zone, rect);
    painter.rect_filled(note_rect, 0.0, ui.visuals().faint_bg_color);
    let note = crate::tr!("axis-also-in", zone = zone.name());
    painter.text(
        note_rect.left_center() + egui::vec2(6.0, 0.0),
        egui::Align2::LEFT_CENTER,
        &note,
        FontId::proportional(11.0),
        ui.visuals().text_color(),
    );
    ui.interact(
        note_rect,
        area_id.with("second-zone-note"),
        egui::Sense::hover(),
    )
    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &note));
}

/// While the pointer is over the time area: the hover line with the instant in the axis's zone, the ruler's,
/// and the venue's of the bar under it.
pub(super) fn hover_ui(
    ui: &egui::Ui,
    axis: &TimeAxis,
    frame: &super::Frame<'_>,
    zone: Tz,
    drawn: &[super::DrawnBar],
    plot: Rect,
    ruler: Rect,
) {
    let Some(pointer) = ui.input(|i| i.pointer.hover_pos()) else {
        return;
    };
    if !plot.contains(pointer) || !ui.rect_contains_pointer(plot) {
        return;
    }
    let secs = axis.time_from_x(f64::from(pointer.x));
    let mut zones = vec![frame.zone, zone];
    if let Some(bar) = drawn.iter().find(|b| b.rect.contains(pointer)) {
        let event = &frame.doc.timeline().events[bar.index as usize];
        zones.push(crate::model::time::place_zone(&event.place).0);
    }
    let text = hover_text(secs, &zones);
    paint_hover(
        &ui.painter().with_clip_rect(plot),
        ui.visuals(),
        pointer.x,
        &text,
        ruler,
        plot.bottom(),
    );
}

/// Draws the ruler in `rect`: day boundaries as full-height lines, finer ticks as short ones, each labelled.
fn paint(
    painter: &egui::Painter,
    visuals: &egui::Visuals,
    axis: &TimeAxis,
    unit: TickUnit,
    zone: Tz,
    rect: Rect,
) {
    painter.rect_filled(rect, 0.0, visuals.faint_bg_color);
    painter.hline(
        rect.x_range(),
        rect.top(),
        Stroke::new(1.0, visuals.weak_text_color()),
    );
    let color = visuals.text_color();
    let mut last_right = f32::NEG_INFINITY;
    for tick in ticks(axis, unit, zone) {
        let x = axis.x_from_time(tick.secs) as f32;
        if !rect.x_range().contains(x) {
            continue;
        }
        let midnight =
            local_at(tick.secs, zone).is_some_and(|t| t.time() == chrono::NaiveTime::MIN);
        let top = if midnight {
            rect.top()
        } else {
            rect.center().y
        };
        painter.vline(
            x,
            top..=rect.bottom(),
            Stroke::new(1.0, color.gamma_multiply(0.6)),
        );
        let galley = painter.layout_no_wrap(tick.label, FontId::proportional(11.0), color);
        // Labels that would run into the one before are left out; the tick stays.
        if x + 3.0 > last_right {
            last_right = x + 3.0 + galley.size().x + 6.0;
            painter.galley(pos2(x + 3.0, rect.top() + 4.0), galley, color);
        }
    }
}

/// The instant under the pointer in both zones, and at the venue of the bar under it: "20:00 Wed 4 Mar
/// (America/Toronto) · 10:00 Thu 5 Mar (Asia/Tokyo)".
pub fn hover_text(secs: f64, zones: &[Tz]) -> String {
    let mut parts: Vec<String> = Vec::new();
    for &zone in zones {
        if let Some(t) = local_at(secs, zone) {
            let part = format!(
                "{} {} ({})",
                crate::i18n::dates::time(t.time()),
                crate::i18n::dates::date(t.date(), crate::i18n::dates::DateStyle::WeekdayDayMonth),
                zone.name()
            );
            if !parts.contains(&part) {
                parts.push(part);
            }
        }
    }
    parts.join(" · ")
}

/// A vertical line at the pointer through the axis and the lanes, with the instant in words at the ruler.
fn paint_hover(
    painter: &egui::Painter,
    visuals: &egui::Visuals,
    x: f32,
    text: &str,
    ruler: Rect,
    bottom: f32,
) {
    let stroke = Stroke::new(1.0, visuals.strong_text_color().gamma_multiply(0.7));
    painter.vline(x, ruler.top()..=bottom, stroke);
    let galley = painter.layout_no_wrap(
        text.to_owned(),
        FontId::proportional(11.0),
        visuals.strong_text_color(),
    );
    let size = galley.size();
    // The label sits right of the line, or left of it near the right edge.
    let left = if x + 6.0 + size.x < ruler.right() {
        x + 6.0
    } else {
        x - 6.0 - size.x
    };
    let at = pos2(left, ruler.bottom() + 2.0);
    let back = Rect::from_min_size(at, size).expand(3.0);
    painter.rect_filled(back, 3.0, visuals.extreme_bg_color);
    painter.rect_stroke(back, 3.0, stroke, egui::StrokeKind::Inside);
    painter.galley(at, galley, visuals.strong_text_color());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> f64 {
        chrono::NaiveDate::from_ymd_opt(y, m, d)
            .and_then(|d| d.and_hms_opt(h, min, 0))
            .map_or(0.0, |t| t.and_utc().timestamp() as f64)
    }

    #[test]
    fn ten_in_the_morning_in_tokyo_is_eight_the_evening_before_on_the_toronto_ruler() {
        let toronto: Tz = "America/Toronto".parse().expect("zone");
        // 10:00 JST on 5 March 2026 is 01:00 UTC.
        let event = utc(2026, 3, 5, 1, 0);
        let at = local_at(event, toronto).expect("a time");
        assert_eq!(at.to_string(), "2026-03-04 20:00:00");
        // An hour-scale axis around it: the Toronto ruler has its 20:00 tick exactly there.
        let axis = TimeAxis::showing(event - 6.0 * 3600.0, event + 6.0 * 3600.0, 0.0, 1200.0);
        let ticks = ticks(&axis, TickUnit::Hours(1), toronto);
        let there = ticks
            .iter()
            .find(|t| t.secs == event)
            .expect("a tick at the event");
        assert_eq!(there.label, crate::i18n::dates::time(at.time()));
    }

    #[test]
    fn the_toronto_ruler_has_a_twenty_three_hour_day_on_8_march_2026() {
        let toronto: Tz = "America/Toronto".parse().expect("zone");
        let axis = TimeAxis::showing(utc(2026, 3, 6, 12, 0), utc(2026, 3, 11, 12, 0), 0.0, 1000.0);
        let hours: Vec<f64> = day_lengths(&axis, toronto)
            .into_iter()
            .map(|(_, secs)| secs / 3600.0)
            .collect();
        // 6 to 10 March (the 11th starts within the axis but ends after it): the 8th is the short one.
        assert_eq!(hours, [24.0, 24.0, 23.0, 24.0, 24.0]);
    }

    #[test]
    fn a_dinner_at_half_past_seven_in_mumbai_is_labelled_in_indian_time_on_an_ottawa_axis() {
        let t = crate::io::parse(
            "example",
            include_str!("../../../timelines/example-trade-mission.ron"),
        )
        .expect("the example parses")
        .timeline;
        let resolved = crate::model::Resolved::of(&t);
        let toronto: Tz = "America/Toronto".parse().expect("zone");
        let label = |id: &str, zone: Tz| {
            let i = t.events.iter().position(|e| e.id.as_str() == id).expect(id);
            venue_start(&t.events[i], resolved.times[i].start, zone)
        };
        assert_eq!(
            label("mumbai-delegation-dinner", toronto),
            Some(format!(
                "{} IST",
                crate::i18n::dates::time(chrono::NaiveTime::from_hms_opt(19, 30, 0).expect("time"))
            ))
        );
        assert_eq!(
            label(
                "mumbai-delegation-dinner",
                "Asia/Kolkata".parse().expect("zone")
            ),
            None,
            "the axis says it"
        );
        assert_eq!(label("ottawa-debrief", toronto), None);
        // A flight starts in the zone it leaves from.
        assert!(label("flight-ottawa-mumbai", chrono_tz::UTC).is_some_and(|l| l.ends_with("EST")));
    }

    #[test]
    fn the_hover_text_reads_the_instant_in_each_zone_once() {
        let toronto: Tz = "America/Toronto".parse().expect("zone");
        let tokyo: Tz = "Asia/Tokyo".parse().expect("zone");
        let text = hover_text(utc(2026, 3, 5, 1, 0), &[toronto, tokyo, toronto]);
        assert!(
            text.contains("(America/Toronto)") && text.contains("(Asia/Tokyo)"),
            "{text}"
        );
        assert_eq!(text.matches("America/Toronto").count(), 1, "{text}");
    }
}
