//! One frame of the map itself: countries, home, routes, markers with their labels and badges, and what a click
//! or hover on them does.

use egui::{Color32, Rect, Stroke};

use super::changes;
use super::labels;
use super::paint;
use super::places::{self, PlaceGroup};
use super::projection::MapView;
use super::shapes::World;
use super::view::{DETAILED_ROUTES, Fill, Frame, MAX_ROUTES, MapState, Prepared};
use crate::model::filter::Filter;
use crate::model::region;
use crate::view::Request;
use crate::view::colors::region_color;
use crate::view::palette::Palette;

#[expect(
    clippy::too_many_arguments,
    reason = "one drawing pass needs the whole frame's context"
)]
pub(super) fn draw(
    state: &mut MapState,
    ui: &mut egui::Ui,
    painter: &egui::Painter,
    world: &World,
    view: &MapView,
    rect: Rect,
    frame: &Frame<'_>,
    prepared: &Prepared,
    selected: &[bool],
    filter: &mut Filter,
    response: &egui::Response,
    requests: &mut Vec<Request>,
) {
    let t = &frame.doc.timeline();
    let groups = &prepared.groups;
    let per_country = &prepared.per_country;
    let most = per_country.values().copied().max().unwrap_or(1).max(1);
    let palette = Palette::of(ui);
    let land = palette.land;
    let fill = state.fill;
    let fill_of = |code: Option<&str>| match code.and_then(|c| per_country.get(c).map(|n| (c, *n)))
    {
        None => land,
        Some((c, n)) => match fill {
            Fill::Region => region::region_of(c).map_or(land, |r| region_color(r, &palette)),
            Fill::Count => palette
                .heat
                .gamma_multiply(0.3 + 0.7 * n as f32 / most as f32),
        },
    };
    // Home is filled in its own light shade and marked at its city.
    let home = t.home.country.to_string();
    let home_fill = palette.home;
    let fill_with_home = |code: Option<&str>| {
        if code == Some(home.as_str()) && !per_country.contains_key(&home) {
            home_fill
        } else {
            fill_of(code)
        }
    };
    paint::countries(painter, world, view, rect, &fill_with_home);
    paint::home(ui, painter, t, view, rect);
    let hovered = response.hover_pos().and_then(|p| {
        let s = (
            f64::from(p.x - rect.center().x),
            f64::from(p.y - rect.center().y),
        );
        world.country_at(view.projected_from_screen(s))
    });
    if let Some(country) = hovered
        && let Some(code) = &country.code
    {
        paint::outline(
            painter,
            world,
            code,
            view,
            rect,
            Stroke::new(1.5, ui.visuals().strong_text_color()),
        );
    }
    // Trip routes, in each trip's own colour: in full while they are few, as thin lines when many, and past
    // that only the routes of selected events' trips, since hundreds of routes hide the map and cost frames.
    let count = prepared.routes.len();
    let is_selected = |i: &u32| selected.get(*i as usize).copied().unwrap_or(false);
    let mut numbered = Vec::new();
    for route in &prepared.routes {
        let shown = count <= MAX_ROUTES || route.legs.iter().any(is_selected);
        let detailed = count <= DETAILED_ROUTES || count > MAX_ROUTES;
        if shown {
            route.paint(painter, view, rect, detailed);
            if detailed {
                numbered.push(route);
            }
        }
    }

    let comparison = frame.comparison;
    if let (Some(baseline), Some(comparison)) = (frame.baseline, comparison) {
        changes::paint_removed(ui, painter, view, rect, baseline, comparison);
    }
    let markers = paint::cluster(groups, view, rect);
    // Markers near the edge are cut at the map, not drawn over its toolbar.
    let mut clipped = ui.new_child(egui::UiBuilder::new().max_rect(rect));
    clipped.shrink_clip_rect(rect);
    let ui = &clipped;
    let at_date = state.date;
    let mut responses = Vec::with_capacity(markers.len());
    for m in &markers {
        let first = &groups[m.groups[0]];
        let color = region::region_of(&first.country).map_or(land, |r| region_color(r, &palette));
        let selected = m
            .groups
            .iter()
            .any(|&g| groups[g].events.iter().any(is_selected));
        responses.push(paint::marker(ui, m, groups, color, selected));
        let events = m
            .groups
            .iter()
            .flat_map(|&g| groups[g].events.iter().copied());
        if changes::holds_added(comparison, events) {
            changes::paint_added(ui, painter, m.pos, m.radius);
        }
        if let Some(date) = at_date
            && m.groups.iter().any(|&g| {
                groups[g].events.iter().any(|&i| {
                    let times = &frame.doc.resolved().times[i as usize];
                    t.events[i as usize].start.precision().is_fixed_day()
                        && times.first_day <= date
                        && date <= times.last_day
                })
            })
        {
            painter.circle_stroke(m.pos, m.radius + 6.0, Stroke::new(3.0, palette.highlight));
        }
    }
    let circles: Vec<labels::Circle> = markers
        .iter()
        .map(|m| labels::Circle {
            x: f64::from(m.pos.x),
            y: f64::from(m.pos.y),
            r: f64::from(m.radius),
        })
        .collect();
    let badges = badges_ui(painter, view, rect, &numbered, &circles);
    place_labels_ui(ui, painter, rect, &markers, groups, &circles, &badges);
    for (m, response) in markers.iter().zip(responses) {
        if response.clicked() {
            let ids = m
                .groups
                .iter()
                .flat_map(|&g| {
                    groups[g]
                        .events
                        .iter()
                        .map(|&i| t.events[i as usize].id.to_string())
                })
                .collect();
            requests.push(Request::Select {
                ids,
                additive: false,
            });
        }
        if response.hovered() {
            let lines = m.groups.iter().map(|&g| &groups[g]).map(|g| {
                let titles = g
                    .events
                    .iter()
                    .map(|&i| t.events[i as usize].shown_title().to_string());
                format!(
                    "{}: {}",
                    g.name,
                    places::at_most(titles, 3, ", ", "more-items")
                )
            });
            response.on_hover_text(places::at_most(lines, 8, "\n", "more-places"));
        }
    }
    if count > MAX_ROUTES {
        // Above the markers, on a plate of its own, so it stays readable over a crowded map.
        let text = crate::tr!("map-routes-hidden", count = count);
        let galley = painter.layout_no_wrap(
            text,
            egui::FontId::proportional(12.0),
            ui.visuals().strong_text_color(),
        );
        let at = rect.left_bottom() + egui::vec2(8.0, -8.0 - galley.size().y);
        let plate = Rect::from_min_size(at, galley.size()).expand(4.0);
        painter.rect_filled(
            plate,
            3.0,
            ui.visuals().extreme_bg_color.gamma_multiply(0.9),
        );
        painter.galley(at, galley, Color32::PLACEHOLDER);
    }
    // A click on a country (not on a marker) adds it to the filter, or takes it out.
    if response.clicked()
        && let Some(code) = hovered.and_then(|c| c.code.clone())
        && !filter.countries.remove(&code)
    {
        filter.countries.insert(code);
    }
    if let Some(country) = hovered
        && response.hovered()
    {
        let code = country.code.clone().unwrap_or_default();
        let mut events = groups
            .iter()
            .filter(|g| g.country == code)
            .flat_map(|g| {
                g.events
                    .iter()
                    .map(|&i| t.events[i as usize].shown_title().to_string())
            })
            .peekable();
        let name =
            region::country(&code).map_or(country.name.clone(), |c| c.display_name().to_owned());
        let text = if events.peek().is_none() {
            name
        } else {
            format!("{name}: {}", places::at_most(events, 6, ", ", "more-items"))
        };
        response.clone().on_hover_text_at_pointer(text);
    }
    if response.has_focus()
        && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Space))
    {
        state.playing = !state.playing;
    }
}

/// Draws each shown route's numbered stops over the markers, beside the marker each stop is in, and returns the
/// badges' boxes for the labels to keep clear of.
fn badges_ui(
    painter: &egui::Painter,
    view: &MapView,
    rect: Rect,
    routes: &[&paint::Route],
    markers: &[labels::Circle],
) -> Vec<labels::Area> {
    let mut per_marker = vec![0usize; markers.len()];
    let mut boxes = Vec::new();
    for route in routes {
        for (n, &stop) in route.stops().iter().enumerate() {
            let at = paint::to_screen(view, rect, stop);
            let (x, y) = (f64::from(at.x), f64::from(at.y));
            // The marker the stop is drawn in; a stop is always in one unless it is off the map.
            let Some(k) = markers
                .iter()
                .position(|c| (c.x - x).powi(2) + (c.y - y).powi(2) <= (c.r + 1.0).powi(2))
            else {
                continue;
            };
            let (bx, by) = labels::badge_centre(&markers[k], per_marker[k]);
            per_marker[k] += 1;
            paint::badge(
                painter,
                egui::pos2(bx as f32, by as f32),
                n + 1,
                route.color(),
            );
            boxes.push(labels::Area::around(bx, by, labels::BADGE_RADIUS));
        }
    }
    boxes
}

/// Labels the markers, biggest first, where each label covers no marker, badge or other label and stays inside
/// the map.
fn place_labels_ui(
    ui: &egui::Ui,
    painter: &egui::Painter,
    rect: Rect,
    markers: &[paint::Marker],
    groups: &[PlaceGroup],
    circles: &[labels::Circle],
    badges: &[labels::Area],
) {
    let galleys: Vec<_> = markers
        .iter()
        .map(|m| {
            painter.layout_no_wrap(
                paint::label_text(m, groups),
                egui::FontId::proportional(12.0),
                ui.visuals().strong_text_color(),
            )
        })
        .collect();
    let wanted: Vec<(usize, f64, f64)> = galleys
        .iter()
        .enumerate()
        .map(|(k, g)| (k, f64::from(g.size().x) + 4.0, f64::from(g.size().y) + 4.0))
        .collect();
    let bounds = labels::Area {
        x0: f64::from(rect.left()),
        y0: f64::from(rect.top()),
        x1: f64::from(rect.right()),
        y1: f64::from(rect.bottom()),
    };
    let spots = labels::place(circles, badges, &wanted, bounds);
    for (spot, galley) in spots.into_iter().zip(galleys) {
        if let Some(a) = spot {
            // The spot includes the plate's margin of 2 points on each side.
            let at = Rect::from_min_max(
                egui::pos2(a.x0 as f32 + 2.0, a.y0 as f32 + 2.0),
                egui::pos2(a.x1 as f32 - 2.0, a.y1 as f32 - 2.0),
            );
            paint::label(ui, painter, at, galley);
        }
    }
}
