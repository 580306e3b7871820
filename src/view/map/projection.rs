//! The Equal Earth projection (Šavrič, Patterson and Jenny, 2018), forward and inverse, as pure f64 maths,
//! and the map's pan and zoom on top of it.

const A1: f64 = 1.340264;
const A2: f64 = -0.081106;
const A3: f64 = 0.000893;
const A4: f64 = 0.003796;

fn m() -> f64 {
    3f64.sqrt() / 2.0
}

/// Projects longitude and latitude (degrees) to Equal Earth x and y (unit sphere; x within about ±2.71, y ±1.32).
pub fn project(lon: f64, lat: f64) -> (f64, f64) {
    let (lambda, phi) = (lon.to_radians(), lat.to_radians());
    let theta = (m() * phi.sin()).asin();
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    let x = 2.0 * 3f64.sqrt() * lambda * theta.cos()
        / (3.0 * (9.0 * A4 * t6 * t2 + 7.0 * A3 * t6 + 3.0 * A2 * t2 + A1));
    let y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    (x, y)
}

/// The inverse: Equal Earth x and y back to longitude and latitude in degrees (Newton's method on θ).
pub fn unproject(x: f64, y: f64) -> (f64, f64) {
    let mut theta = y;
    for _ in 0..20 {
        let t2 = theta * theta;
        let t6 = t2 * t2 * t2;
        let f = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2)) - y;
        let df = A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2);
        let step = f / df;
        theta -= step;
        if step.abs() < 1e-15 {
            break;
        }
    }
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    let lambda = 3.0 * x * (A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2))
        / (2.0 * 3f64.sqrt() * theta.cos());
    let phi = (theta.sin() / m()).clamp(-1.0, 1.0).asin();
    (lambda.to_degrees(), phi.to_degrees())
}

/// Half the width of the projected world (x at ±180° on the equator).
pub fn half_width() -> f64 {
    project(180.0, 0.0).0
}

/// The map view: which projected point sits at the centre of the screen, and how many points per unit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapView {
    pub center: (f64, f64),
    pub scale: f64,
}

/// Zoom limits: the whole world, down to a city region.
pub const MIN_SCALE: f64 = 60.0;
pub const MAX_SCALE: f64 = 40_000.0;

impl MapView {
    /// A view showing the whole world in a `width` × `height` area.
    pub fn world(width: f64, height: f64) -> MapView {
        let scale =
            (width / (2.0 * half_width())).min(height / (2.0 * project(0.0, 90.0).1)) * 0.98;
        MapView {
            center: (0.0, 0.0),
            scale: scale.clamp(MIN_SCALE, MAX_SCALE),
        }
    }

    /// Screen position (relative to the area's centre) of a projected point. Screen y grows downwards.
    pub fn screen_from_projected(&self, p: (f64, f64)) -> (f64, f64) {
        (
            (p.0 - self.center.0) * self.scale,
            -(p.1 - self.center.1) * self.scale,
        )
    }

    pub fn projected_from_screen(&self, s: (f64, f64)) -> (f64, f64) {
        (
            self.center.0 + s.0 / self.scale,
            self.center.1 - s.1 / self.scale,
        )
    }

    /// Zooms by `factor` keeping the point under `s` (relative to the centre) where it is.
    /// Zooms by `factor` on the projected point `p`: kept where it is when on a map of `size`, brought to the
    /// middle when not.
    pub fn zoomed_on(&self, p: (f64, f64), size: (f64, f64), factor: f64) -> MapView {
        let s = self.screen_from_projected(p);
        if s.0.abs() <= size.0 / 2.0 && s.1.abs() <= size.1 / 2.0 {
            return self.zoomed_around(s, factor);
        }
        MapView {
            center: p,
            scale: (self.scale * factor).clamp(MIN_SCALE, MAX_SCALE),
        }
    }

    pub fn zoomed_around(&self, s: (f64, f64), factor: f64) -> MapView {
        let anchor = self.projected_from_screen(s);
        let scale = (self.scale * factor).clamp(MIN_SCALE, MAX_SCALE);
        MapView {
            center: (anchor.0 - s.0 / scale, anchor.1 + s.1 / scale),
            scale,
        }
    }

    /// Moves the view by a screen drag.
    pub fn panned(&self, dx: f64, dy: f64) -> MapView {
        MapView {
            center: (
                self.center.0 - dx / self.scale,
                self.center.1 + dy / self.scale,
            ),
            ..*self
        }
    }

    /// A view showing the projected points, with a margin, in a `width` × `height` area.
    pub fn fitted(points: &[(f64, f64)], width: f64, height: f64) -> Option<MapView> {
        let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for &(x, y) in points {
            (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
        }
        if points.is_empty() {
            return None;
        }
        let span_x = (x1 - x0).max(0.05);
        let span_y = (y1 - y0).max(0.05);
        let scale = (width / span_x).min(height / span_y) * 0.8;
        Some(MapView {
            center: ((x0 + x1) / 2.0, (y0 + y1) / 2.0),
            scale: scale.clamp(MIN_SCALE, MAX_SCALE.min(1500.0)),
        })
    }
}

/// A point on the unit sphere for longitude and latitude in degrees.
fn unit(lon: f64, lat: f64) -> [f64; 3] {
    let (l, p) = (lon.to_radians(), lat.to_radians());
    [p.cos() * l.cos(), p.cos() * l.sin(), p.sin()]
}

/// Points along the great circle from `a` to `b` (longitude, latitude in degrees), `n` segments.
pub fn great_circle(a: (f64, f64), b: (f64, f64), n: usize) -> Vec<(f64, f64)> {
    let (u, v) = (unit(a.0, a.1), unit(b.0, b.1));
    let dot = (u[0] * v[0] + u[1] * v[1] + u[2] * v[2]).clamp(-1.0, 1.0);
    let omega = dot.acos();
    (0..=n)
        .map(|k| {
            let t = k as f64 / n as f64;
            let (s0, s1) = if omega.abs() < 1e-12 {
                (1.0 - t, t)
            } else {
                (
                    ((1.0 - t) * omega).sin() / omega.sin(),
                    (t * omega).sin() / omega.sin(),
                )
            };
            let p = [
                s0 * u[0] + s1 * v[0],
                s0 * u[1] + s1 * v[1],
                s0 * u[2] + s1 * v[2],
            ];
            (
                p[1].atan2(p[0]).to_degrees(),
                p[2].clamp(-1.0, 1.0).asin().to_degrees(),
            )
        })
        .collect()
}

/// Splits a path of longitude/latitude points where it crosses the antimeridian, so no piece jumps across the map.
pub fn split_at_antimeridian(points: &[(f64, f64)]) -> Vec<Vec<(f64, f64)>> {
    let mut pieces = vec![Vec::new()];
    for (i, &p) in points.iter().enumerate() {
        if i > 0 {
            let q = points[i - 1];
            if (p.0 - q.0).abs() > 180.0 {
                // Interpolate the crossing latitude and end one piece on the edge, start the next on the other.
                let (east, p_shift) = if q.0 > 0.0 {
                    (180.0, p.0 + 360.0)
                } else {
                    (-180.0, p.0 - 360.0)
                };
                let t = (east - q.0) / (p_shift - q.0);
                let lat = q.1 + t * (p.1 - q.1);
                if let Some(last) = pieces.last_mut() {
                    last.push((east, lat));
                }
                pieces.push(vec![(-east, lat)]);
            }
        }
        if let Some(last) = pieces.last_mut() {
            last.push(p);
        }
    }
    pieces.retain(|p| p.len() > 1);
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn projecting_then_unprojecting_round_trips_within_a_billionth_of_a_degree() {
        for lat in (-89..=89).step_by(7) {
            for lon in (-179..=179).step_by(11) {
                let (lon, lat) = (f64::from(lon) + 0.123, f64::from(lat) + 0.456);
                let (x, y) = project(lon, lat);
                let (lon2, lat2) = unproject(x, y);
                assert!(
                    (lon - lon2).abs() < 1e-9 && (lat - lat2).abs() < 1e-9,
                    "{lon},{lat} -> {lon2},{lat2}"
                );
            }
        }
    }

    #[test]
    fn the_view_maps_screen_and_projection_both_ways_and_zooms_around_the_pointer() {
        let view = MapView::world(1000.0, 500.0);
        let p = project(77.2, 28.6);
        let s = view.screen_from_projected(p);
        let back = view.projected_from_screen(s);
        assert!((back.0 - p.0).abs() < 1e-12 && (back.1 - p.1).abs() < 1e-12);
        let zoomed = view.zoomed_around(s, 3.0);
        let again = zoomed.screen_from_projected(p);
        assert!((again.0 - s.0).abs() < 1e-9 && (again.1 - s.1).abs() < 1e-9);
    }

    #[test]
    fn the_tokyo_to_ottawa_arc_does_not_cross_the_whole_map() {
        let (tokyo, ottawa) = ((139.69, 35.69), (-75.70, 45.41));
        let arc = great_circle(tokyo, ottawa, 64);
        let pieces = split_at_antimeridian(&arc);
        assert_eq!(pieces.len(), 2, "the arc crosses the Pacific once");
        let width = 2.0 * half_width();
        for piece in &pieces {
            for pair in piece.windows(2) {
                let (a, b) = (project(pair[0].0, pair[0].1), project(pair[1].0, pair[1].1));
                assert!(
                    (a.0 - b.0).abs() < width / 4.0,
                    "a segment jumps across the map"
                );
            }
        }
        // It goes north over the Pacific, as great circles from Japan to Canada do.
        assert!(arc.iter().map(|p| p.1).fold(f64::MIN, f64::max) > 55.0);
    }
}
