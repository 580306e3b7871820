//! The pictures beside a briefing card: the map that follows the programme, and the strip of the year below.

use crate::i18n::dates::{DateStyle, date};
use chrono::{Datelike as _, NaiveDate};
use egui::{Align2, FontId, Rect, Stroke, pos2};

use super::palette::Palette;
use super::summary::Figures;
use super::{Briefing, Step};
use crate::document::Document;
use crate::model::time::place_coords;
use crate::model::{Event, region};
use crate::view::colors::{keyed_color, region_color};
use crate::view::map::labels;
use crate::view::map::paint;
use crate::view::map::places;
use crate::view::map::projection::{MapView, project};
use crate::view::map::shapes;

/// The map beside the card: the programme's countries, and the route so far; it flies to each step's place.
pub(super) fn map(
    b: &mut Briefing,
    ui: &egui::Ui,
    doc: &Document,
    figures: &Figures,
    step: Step,
    rect: Rect,
    p: &Palette,
) {
    let t = doc.timeline();
    let graphics = p.graphics();
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 6.0, p.ocean);
    let (shown, visited) = (&figures.shown, &figures.visited);
    let (target, scale) = match step {
        Step::Event(i) => match place_coords(&t.events[i as usize].place) {
            Some((lat, lon)) => (project(lon, lat), f64::from(rect.width()) / 1.6),
            None => (
                (0.0, 0.0),
                MapView::world(f64::from(rect.width()), f64::from(rect.height())).scale,
            ),
        },
        _ => (
            (0.0, 0.0),
            MapView::world(f64::from(rect.width()), f64::from(rect.height())).scale,
        ),
    };
    // Fly: ease from where the map was to the new place over a short moment.
    let now = ui.input(|i| i.time);
    let current = b.map_center.unwrap_or(target);
    if b.fly.is_none_or(|(_, to, _)| to != target) {
        b.fly = Some((current, target, now));
    }
    let mut center = target;
    if let Some((from, to, start)) = b.fly {
        let k = ((now - start) / 0.8).clamp(0.0, 1.0);
        let ease = k * k * (3.0 - 2.0 * k);
        center = (
            from.0 + (to.0 - from.0) * ease,
            from.1 + (to.1 - from.1) * ease,
        );
        if k < 1.0 {
            ui.ctx().request_repaint();
        }
    }
    b.map_center = Some(center);
    let view = MapView { center, scale };
    let fill = |code: Option<&str>| match code {
        Some(c) if visited.contains(c) => {
            region::region_of(c).map_or(p.land, |r| region_color(r, &graphics))
        }
        _ => p.land,
    };
    paint::countries(&painter, shapes::world_110m(), &view, rect, &fill);
    // The route so far: the current event's trip, up to this leg.
    let route = if let Step::Event(i) = step
        && let Some(trip_id) = t.events[i as usize].trip.clone()
    {
        let key = (doc.revision(), b.steps_version, i);
        let stops = match b.route.take() {
            Some((k, stops)) if k == key => stops,
            _ => route_so_far(doc, shown, i, &trip_id),
        };
        let route = paint::Route::new(&stops, keyed_color(&trip_id, &graphics));
        route.paint(&painter, &view, rect, true);
        b.route = Some((key, stops));
        Some(route)
    } else {
        None
    };
    let focus: Vec<(f64, f64)> = match step {
        Step::Event(i) => place_coords(&t.events[i as usize].place)
            .into_iter()
            .collect(),
        _ => figures.places.clone(),
    };
    let focus: Vec<egui::Pos2> = focus
        .into_iter()
        .map(|(lat, lon)| paint::to_screen(&view, rect, project(lon, lat)))
        .collect();
    for &at in &focus {
        painter.circle(
            at,
            FOCUS_RADIUS,
            p.accent,
            Stroke::new(2.0, p.marker_outline),
        );
    }
    // Each stop's number, over the edge of its marker where there is one, so none hides under it.
    for (n, &stop) in route.iter().flat_map(|r| r.stops().iter().enumerate()) {
        let at = paint::to_screen(&view, rect, stop);
        let r = if focus.iter().any(|f| f.distance(at) < 1.0) {
            FOCUS_RADIUS + 2.0
        } else {
            2.0
        };
        let marker = labels::Circle {
            x: f64::from(at.x),
            y: f64::from(at.y),
            r: f64::from(r),
        };
        let (x, y) = labels::badge_centre(&marker, 0);
        let color = route.as_ref().map_or(p.accent, |r| r.color());
        paint::badge(&painter, egui::pos2(x as f32, y as f32), n + 1, color);
    }
}

/// The radius of the current place's marker.
const FOCUS_RADIUS: f32 = 9.0;

/// The route of `trip_id` up to event `i`, in briefing order; home comes back only after the trip's last leg.
fn route_so_far(doc: &Document, shown: &[u32], i: u32, trip_id: &str) -> Vec<places::Stop> {
    let t = doc.timeline();
    let position = shown.iter().position(|&k| k == i).unwrap_or(0);
    let on_trip = |k: &&u32| t.events[**k as usize].trip.as_deref() == Some(trip_id);
    let so_far: Vec<u32> = shown[..=position].iter().filter(on_trip).copied().collect();
    let mut stops = places::route(t, doc.resolved(), trip_id, &so_far);
    let legs_left = shown[position + 1..].iter().any(|k| on_trip(&k));
    if legs_left && stops.last().is_some_and(|s| s.home) {
        stops.pop();
    }
    stops
}

/// A strip of the year with the programme's events and the current one marked; events known only to the month
/// are outlined across their month.
#[expect(
    clippy::too_many_arguments,
    reason = "one drawing pass needs the whole frame's context"
)]
pub(super) fn strip(
    ui: &egui::Ui,
    doc: &Document,
    figures: &Figures,
    step: Step,
    rect: Rect,
    today: NaiveDate,
    p: &Palette,
    text: f32,
) {
    let t = doc.timeline();
    let shown: Vec<(u32, &Event)> = figures
        .shown
        .iter()
        .map(|&i| (i, &*t.events[i as usize]))
        .collect();
    let year = match step {
        Step::Event(i) => t.events[i as usize].start.year(),
        _ => shown.first().map_or(today.year(), |(_, e)| e.start.year()),
    };
    let (Some(first), Some(next)) = (
        NaiveDate::from_ymd_opt(year, 1, 1),
        NaiveDate::from_ymd_opt(year + 1, 1, 1),
    ) else {
        return;
    };
    let days = (next - first).num_days() as f32;
    let painter = ui.painter_at(rect);
    let bar = Rect::from_min_max(
        pos2(rect.left(), rect.center().y - 6.0),
        pos2(rect.right(), rect.center().y + 6.0),
    );
    painter.rect_filled(bar, 3.0, p.land);
    let x = |d: NaiveDate| bar.left() + bar.width() * ((d - first).num_days() as f32 / days);
    for m in 1..=12 {
        if let Some(d) = NaiveDate::from_ymd_opt(year, m, 1) {
            painter.vline(x(d), bar.y_range(), Stroke::new(1.0, p.background));
            painter.text(
                pos2(x(d) + 2.0, bar.bottom() + 4.0),
                Align2::LEFT_TOP,
                date(d, DateStyle::MonthShort),
                FontId::proportional(text),
                p.weak,
            );
        }
    }
    painter.text(
        pos2(bar.left(), bar.top() - 4.0),
        Align2::LEFT_BOTTOM,
        year.to_string(),
        FontId::proportional(text),
        p.text,
    );
    for (i, e) in &shown {
        if e.start.year() != year || e.start.precision() == crate::model::Precision::Year {
            continue;
        }
        let times = &doc.resolved().times[*i as usize];
        let current = step == Step::Event(*i);
        let (x0, x1) = (x(times.first_day), x(times.last_day) + 2.0);
        let color = if current { p.accent } else { p.text };
        if !e.start.precision().is_fixed_day() {
            // Known only to the month: the month is outlined, not filled, so no day is implied.
            let (width, color) = if current {
                (2.0, p.accent)
            } else {
                (1.0, p.weak)
            };
            painter.rect_stroke(
                Rect::from_x_y_ranges(x0 + 1.0..=x1 - 3.0, bar.top() - 1.0..=bar.bottom() + 1.0),
                2.0,
                Stroke::new(width, color),
                egui::StrokeKind::Middle,
            );
            continue;
        }
        painter.rect_filled(
            Rect::from_x_y_ranges(
                x0..=x1.max(x0 + 3.0),
                bar.top() - if current { 8.0 } else { 2.0 }..=bar.bottom() + 2.0,
            ),
            1.0,
            color,
        );
    }
}
