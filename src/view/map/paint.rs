//! Drawing the map: country fills as one mesh, trip routes, and clustered markers. Only what is in view.

use egui::{
    Align2, Color32, FontId, Mesh, Pos2, Rect, Role, Sense, Shape, Stroke, WidgetInfo, pos2, vec2,
};

use super::places::{PlaceGroup, Stop};
use super::projection::{MapView, great_circle, project, split_at_antimeridian};
use super::shapes::World;

/// Converts a projected point to a screen position in `rect`.
pub fn to_screen(view: &MapView, rect: Rect, p: (f64, f64)) -> Pos2 {
    let (x, y) = view.screen_from_projected(p);
    rect.center() + vec2(x as f32, y as f32)
}

/// All countries as one mesh, each filled by `fill_of` (by ISO code).
pub fn countries(
    painter: &egui::Painter,
    world: &World,
    view: &MapView,
    rect: Rect,
    fill_of: &dyn Fn(Option<&str>) -> Color32,
) {
    let mut mesh = Mesh::default();
    let visible = |c: &super::shapes::CountryShape| {
        let a = to_screen(view, rect, (c.bbox.0, c.bbox.3));
        let b = to_screen(view, rect, (c.bbox.2, c.bbox.1));
        Rect::from_two_pos(a, b).intersects(rect)
    };
    for country in world.countries.iter().filter(|c| visible(c)) {
        let color = fill_of(country.code.as_deref());
        let base = mesh.vertices.len() as u32;
        let (cx, cy) = (rect.center().x, rect.center().y);
        let scale = view.scale as f32;
        let (ox, oy) = (view.center.0 as f32, view.center.1 as f32);
        for &(x, y) in &country.vertices {
            mesh.colored_vertex(pos2(cx + (x - ox) * scale, cy - (y - oy) * scale), color);
        }
        mesh.indices
            .extend(country.triangles.iter().map(|i| base + i));
    }
    painter.add(Shape::mesh(mesh));
}

/// Home: a house mark at the home city, named for screen readers.
pub fn home(
    ui: &egui::Ui,
    painter: &egui::Painter,
    t: &crate::model::Timeline,
    view: &MapView,
    rect: Rect,
) {
    let place = crate::model::Place {
        country: t.home.country,
        city: t.home.city.as_str().into(),
        ..crate::model::Place::default()
    };
    let Some((lat, lon)) = crate::model::time::place_coords(&place) else {
        return;
    };
    let at = to_screen(view, rect, project(lon, lat));
    let size = vec2(14.0, 14.0);
    let response = ui.interact(
        Rect::from_center_size(at, size),
        ui.make_persistent_id("map-home"),
        Sense::hover(),
    );
    response.widget_info(|| {
        WidgetInfo::labeled(
            Role::Image,
            true,
            crate::tr!("map-home", city = t.home.city.as_str()),
        )
    });
    // A small house: a square body under a roof.
    let body = Rect::from_center_size(at + vec2(0.0, 3.0), vec2(10.0, 8.0));
    painter.rect(
        body,
        0.0,
        Color32::WHITE,
        Stroke::new(1.0, Color32::BLACK),
        egui::StrokeKind::Outside,
    );
    let roof = vec![
        at + vec2(-7.0, -1.0),
        at + vec2(0.0, -8.0),
        at + vec2(7.0, -1.0),
    ];
    painter.add(Shape::convex_polygon(
        roof,
        Color32::WHITE,
        Stroke::new(1.0, Color32::BLACK),
    ));
    response.on_hover_text(crate::tr!("map-home", city = t.home.city.as_str()));
}

/// The outline of one country (for hover).
pub fn outline(
    painter: &egui::Painter,
    world: &World,
    code: &str,
    view: &MapView,
    rect: Rect,
    stroke: Stroke,
) {
    let Some(country) = world.by_code(code) else {
        return;
    };
    // Edge by edge: joined paths spike where a coastline turns back on itself.
    for polygon in &country.polygons {
        if let Some(outer) = polygon.first() {
            let points: Vec<Pos2> = outer.iter().map(|&p| to_screen(view, rect, p)).collect();
            for (k, &a) in points.iter().enumerate() {
                let b = points[(k + 1) % points.len()];
                painter.line_segment([a, b], stroke);
            }
        }
    }
}

/// A trip's route, prepared in projected coordinates: great-circle arcs between stops (split at the
/// antimeridian), an arrow at the middle of each arc, and the stops to number.
pub struct Route {
    color: Color32,
    /// The legs this route passes through, to tell whether a selected event is on it.
    pub legs: Vec<u32>,
    pieces: Vec<Vec<(f64, f64)>>,
    /// Middle of each arc and a point just before it, for the arrow's direction.
    arrows: Vec<((f64, f64), (f64, f64))>,
    stops: Vec<(f64, f64)>,
}

impl Route {
    pub fn new(stops: &[Stop], color: Color32) -> Route {
        let mut pieces = Vec::new();
        let mut arrows = Vec::new();
        for pair in stops.windows(2) {
            let arc = great_circle((pair[0].lon, pair[0].lat), (pair[1].lon, pair[1].lat), 24);
            for piece in split_at_antimeridian(&arc) {
                pieces.push(piece.iter().map(|&(lon, lat)| project(lon, lat)).collect());
            }
            let mid = arc.len() / 2;
            if mid > 0 && (arc[mid].0 - arc[mid - 1].0).abs() < 90.0 {
                arrows.push((
                    project(arc[mid].0, arc[mid].1),
                    project(arc[mid - 1].0, arc[mid - 1].1),
                ));
            }
        }
        Route {
            color,
            legs: stops.iter().filter_map(|s| s.event).collect(),
            pieces,
            arrows,
            stops: stops
                .iter()
                .filter(|s| !s.home)
                .map(|s| project(s.lon, s.lat))
                .collect(),
        }
    }

    /// Draws the route: in full (arcs and arrows; the numbered stops are drawn over the markers, by `badge`), or,
    /// among many routes, as a thin line only.
    pub fn paint(&self, painter: &egui::Painter, view: &MapView, rect: Rect, detailed: bool) {
        if !detailed {
            let stroke = Stroke::new(1.0, self.color.gamma_multiply(0.6));
            for piece in &self.pieces {
                // Every third point of the arc is smooth enough at this width, and a third of the work.
                let last = piece.len().saturating_sub(1);
                let points: Vec<Pos2> = piece
                    .iter()
                    .enumerate()
                    .filter(|(k, _)| k % 3 == 0 || *k == last)
                    .map(|(_, &p)| to_screen(view, rect, p))
                    .collect();
                painter.add(Shape::line(points, stroke));
            }
            return;
        }
        let stroke = Stroke::new(2.0, self.color);
        for piece in &self.pieces {
            let points: Vec<Pos2> = piece.iter().map(|&p| to_screen(view, rect, p)).collect();
            painter.add(Shape::line(points, stroke));
        }
        for &(mid, before) in &self.arrows {
            let (tip, back) = (to_screen(view, rect, mid), to_screen(view, rect, before));
            let dir = (tip - back).normalized();
            let side = vec2(-dir.y, dir.x) * 5.0;
            let tip = tip + dir * 5.0;
            painter.add(Shape::convex_polygon(
                vec![tip, tip - dir * 10.0 + side, tip - dir * 10.0 - side],
                self.color,
                Stroke::NONE,
            ));
        }
    }

    pub fn color(&self) -> Color32 {
        self.color
    }

    /// The route's stops away from home, in order, projected.
    pub fn stops(&self) -> &[(f64, f64)] {
        &self.stops
    }
}

/// Draws a route's numbered badge: which stop of its route a marker is.
pub fn badge(painter: &egui::Painter, at: Pos2, n: usize, color: Color32) {
    let radius = super::labels::BADGE_RADIUS as f32;
    painter.circle(
        at,
        radius,
        color,
        Stroke::new(1.0, Color32::from_black_alpha(160)),
    );
    painter.text(
        at,
        Align2::CENTER_CENTER,
        n.to_string(),
        FontId::proportional(11.0),
        crate::view::colors::text_on(color),
    );
}

/// A marker on screen: one place or a cluster of nearby places.
pub struct Marker {
    pub pos: Pos2,
    pub radius: f32,
    pub groups: Vec<usize>,
    pub events: usize,
    pub unfixed: bool,
}

/// A marker grows with its events, up to a size that still leaves the map readable.
fn marker_radius(events: usize) -> f32 {
    (5.0 + 2.5 * (events as f32).sqrt()).min(30.0)
}

/// Merges markers that would overlap on screen into clusters, biggest first.
pub fn cluster(groups: &[PlaceGroup], view: &MapView, rect: Rect) -> Vec<Marker> {
    let mut order: Vec<usize> = (0..groups.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(groups[i].events.len()));
    let mut markers: Vec<Marker> = Vec::new();
    for i in order {
        let g = &groups[i];
        let pos = to_screen(view, rect, project(g.lon, g.lat));
        if !rect.expand(20.0).contains(pos) {
            continue;
        }
        let radius = marker_radius(g.events.len());
        if let Some(m) = markers
            .iter_mut()
            .find(|m| m.pos.distance(pos) < m.radius + radius - 2.0)
        {
            m.groups.push(i);
            m.events += g.events.len();
            m.unfixed &= g.unfixed;
            m.radius = marker_radius(m.events);
        } else {
            markers.push(Marker {
                pos,
                radius,
                groups: vec![i],
                events: g.events.len(),
                unfixed: g.unfixed,
            });
        }
    }
    markers
}

/// Draws one marker and returns its response. Places known only to the month or year are hollow rings.
pub fn marker(
    ui: &egui::Ui,
    m: &Marker,
    groups: &[PlaceGroup],
    color: Color32,
    selected: bool,
) -> egui::Response {
    let painter = ui.painter();
    let name = if m.groups.len() == 1 {
        groups[m.groups[0]].name.clone()
    } else {
        let names = m.groups.iter().map(|&g| groups[g].name.clone());
        format!(
            "{} places: {}",
            m.groups.len(),
            super::places::at_most(names, 8, ", ", "more-items")
        )
    };
    let rect = Rect::from_center_size(m.pos, vec2(m.radius * 2.0, m.radius * 2.0));
    let response = ui.interact(
        rect,
        ui.make_persistent_id(("marker", &name)),
        Sense::click(),
    );
    response.widget_info(|| WidgetInfo::labeled(Role::Button, true, &name));
    let outline = if selected {
        ui.visuals().selection.stroke
    } else {
        Stroke::new(1.5, Color32::from_black_alpha(160))
    };
    if m.unfixed {
        painter.circle(
            m.pos,
            m.radius,
            color.gamma_multiply(0.25),
            Stroke::new(2.5, color),
        );
        painter.circle_stroke(m.pos, m.radius + 1.5, outline);
    } else {
        painter.circle(m.pos, m.radius, color, outline);
    }
    if m.events > 1 {
        // The count reads on the marker's own colour, or on the map through a hollow one.
        let ink = if m.unfixed {
            ui.visuals().strong_text_color()
        } else {
            crate::view::colors::text_on(color)
        };
        painter.text(
            m.pos,
            Align2::CENTER_CENTER,
            m.events.to_string(),
            FontId::proportional(11.0),
            ink,
        );
    }
    response
}

/// A marker's label: its place's city or country, or how many places a cluster holds.
pub fn label_text(m: &Marker, groups: &[PlaceGroup]) -> String {
    if m.groups.len() == 1 {
        let name = &groups[m.groups[0]].name;
        name.split(',').next().unwrap_or("").to_owned()
    } else {
        crate::tr!("map-places", count = m.groups.len())
    }
}

/// Draws a place label on its plate at the spot it was given.
pub fn label(
    ui: &egui::Ui,
    painter: &egui::Painter,
    at: Rect,
    galley: std::sync::Arc<egui::Galley>,
) {
    painter.rect_filled(
        at.expand(2.0),
        3.0,
        ui.visuals().extreme_bg_color.gamma_multiply(0.8),
    );
    painter.galley(at.min, galley, ui.visuals().strong_text_color());
}
