//! Where the map's place labels and route badges go: beside their marker, clear of every marker, badge and other
//! label, and inside the map. Pure geometry in screen points, tested without a window.

/// A marker on screen: its centre and radius.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Circle {
    pub x: f64,
    pub y: f64,
    pub r: f64,
}

/// An axis-aligned box on screen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Area {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Area {
    pub fn around(x: f64, y: f64, half: f64) -> Area {
        Area {
            x0: x - half,
            y0: y - half,
            x1: x + half,
            y1: y + half,
        }
    }

    fn intersects(&self, o: &Area) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }

    fn inside(&self, o: &Area) -> bool {
        self.x0 >= o.x0 && self.x1 <= o.x1 && self.y0 >= o.y0 && self.y1 <= o.y1
    }

    fn touches(&self, c: &Circle) -> bool {
        let nx = c.x.clamp(self.x0, self.x1);
        let ny = c.y.clamp(self.y0, self.y1);
        (nx - c.x).powi(2) + (ny - c.y).powi(2) < c.r * c.r
    }
}

/// Space between a marker and its label.
const GAP: f64 = 4.0;

/// The spots a label of `w`×`h` may take beside marker `m`, best first: right, left, above, below, then the four
/// corners.
fn candidates(m: &Circle, w: f64, h: f64) -> [Area; 8] {
    let d = m.r + GAP;
    let diag = m.r * std::f64::consts::FRAC_1_SQRT_2 + GAP;
    let at = |x0: f64, y0: f64| Area {
        x0,
        y0,
        x1: x0 + w,
        y1: y0 + h,
    };
    [
        at(m.x + d, m.y - h / 2.0),
        at(m.x - d - w, m.y - h / 2.0),
        at(m.x - w / 2.0, m.y - d - h),
        at(m.x - w / 2.0, m.y + d),
        at(m.x + diag, m.y - diag - h),
        at(m.x + diag, m.y + diag),
        at(m.x - diag - w, m.y - diag - h),
        at(m.x - diag - w, m.y + diag),
    ]
}

/// Places one label per entry of `wanted` (the marker it names, and the label's width and height), in the order
/// given, which is the order of importance: each takes the first spot beside its marker that lies inside `bounds`
/// and clear of every marker, every badge and every label placed before it. A label with no such spot is left out
/// (`None`); its marker still names its place on hover.
pub fn place(
    markers: &[Circle],
    badges: &[Area],
    wanted: &[(usize, f64, f64)],
    bounds: Area,
) -> Vec<Option<Area>> {
    let mut placed: Vec<Area> = Vec::with_capacity(wanted.len());
    wanted
        .iter()
        .map(|&(m, w, h)| {
            let marker = markers.get(m)?;
            let spot = candidates(marker, w, h).into_iter().find(|spot| {
                spot.inside(&bounds)
                    && !markers.iter().any(|c| spot.touches(c))
                    && !badges.iter().any(|b| spot.intersects(b))
                    && !placed.iter().any(|l| spot.intersects(l))
            })?;
            placed.push(spot);
            Some(spot)
        })
        .collect()
}

/// Radius of a route's numbered badge.
pub const BADGE_RADIUS: f64 = 8.0;

/// Where the `k`-th numbered badge of the routes that stop at a marker goes: up and to the left of it, over its
/// edge, the second and later ones further left, so a badge never hides under its marker or under another badge.
pub fn badge_centre(marker: &Circle, k: usize) -> (f64, f64) {
    let d = marker.r + BADGE_RADIUS * 0.5;
    (
        marker.x - d * std::f64::consts::FRAC_1_SQRT_2 - k as f64 * (2.0 * BADGE_RADIUS + 2.0),
        marker.y - d * std::f64::consts::FRAC_1_SQRT_2,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn screen() -> Area {
        Area {
            x0: 0.0,
            y0: 0.0,
            x1: 800.0,
            y1: 600.0,
        }
    }

    #[test]
    fn a_lone_marker_gets_its_label_on_the_right() {
        let m = [Circle {
            x: 100.0,
            y: 100.0,
            r: 10.0,
        }];
        let spots = place(&m, &[], &[(0, 60.0, 16.0)], screen());
        let spot = spots[0].expect("room on the right");
        assert_eq!((spot.x0, spot.y0), (114.0, 92.0));
    }

    #[test]
    fn a_label_that_would_cover_a_neighbouring_marker_moves_to_another_side() {
        // Cambodia's label would run over the Philippines' marker 40 points to its right.
        let m = [
            Circle {
                x: 100.0,
                y: 100.0,
                r: 8.0,
            },
            Circle {
                x: 140.0,
                y: 100.0,
                r: 10.0,
            },
        ];
        let spots = place(&m, &[], &[(0, 70.0, 16.0), (1, 80.0, 16.0)], screen());
        let (a, b) = (spots[0].expect("placed"), spots[1].expect("placed"));
        for s in [a, b] {
            assert!(!m.iter().any(|c| s.touches(c)), "{s:?} covers a marker");
        }
        assert!(!a.intersects(&b), "the two labels overlap");
        assert!(a.x1 <= 100.0, "Cambodia's label goes to its left: {a:?}");
    }

    #[test]
    fn labels_never_leave_the_map() {
        // A marker at the right edge puts its label on its left.
        let m = [Circle {
            x: 790.0,
            y: 300.0,
            r: 6.0,
        }];
        let spot = place(&m, &[], &[(0, 60.0, 16.0)], screen())[0].expect("placed");
        assert!(spot.inside(&screen()) && spot.x1 < 790.0, "{spot:?}");
    }

    #[test]
    fn a_label_with_no_free_spot_is_left_out_rather_than_drawn_over_another() {
        // A marker ringed by others on every side, closely, leaves no spot.
        let mut m = vec![Circle {
            x: 300.0,
            y: 300.0,
            r: 6.0,
        }];
        for k in 0..16 {
            let a = f64::from(k) * std::f64::consts::TAU / 16.0;
            m.push(Circle {
                x: 300.0 + 20.0 * a.cos(),
                y: 300.0 + 20.0 * a.sin(),
                r: 8.0,
            });
        }
        assert_eq!(place(&m, &[], &[(0, 50.0, 16.0)], screen()), [None]);
    }

    #[test]
    fn labels_keep_clear_of_badges() {
        let m = [Circle {
            x: 100.0,
            y: 100.0,
            r: 10.0,
        }];
        let badge = Area::around(130.0, 100.0, 8.0);
        let spot = place(&m, &[badge], &[(0, 60.0, 16.0)], screen())[0].expect("placed");
        assert!(!spot.intersects(&badge), "{spot:?}");
    }

    #[test]
    fn badges_sit_outside_their_marker_and_apart_from_each_other() {
        let m = Circle {
            x: 200.0,
            y: 200.0,
            r: 12.0,
        };
        let centres: Vec<(f64, f64)> = (0..3).map(|k| badge_centre(&m, k)).collect();
        for &(x, y) in &centres {
            let d = ((x - m.x).powi(2) + (y - m.y).powi(2)).sqrt();
            assert!(d > m.r, "a badge's centre is outside its marker");
        }
        for pair in centres.windows(2) {
            let d = (pair[0].0 - pair[1].0).abs();
            assert!(d >= 2.0 * BADGE_RADIUS, "badges do not overlap");
        }
    }
}
