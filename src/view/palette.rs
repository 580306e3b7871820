//! The colours a theme paints graphics in: bars, chips, markers, routes, map fills, layer marks and today's line.
//! Each theme has one for its light and one for its dark look; the views read the current one from the window
//! (`Palette::of`). Every colour is made to stand out as graphics must (WCAG's 3:1) on the backgrounds it is drawn
//! on, and the qualitative colours stay distinct from one another.

use egui::Color32;

use super::colors::{READABLE, backgrounds, linear, readable_on};

/// Graphics need this contrast with what is around them (WCAG 2.1, non-text contrast).
pub const GRAPHIC: f64 = 3.0;

/// The qualitative colours (Tableau 10), as they are on a dark page: distinct at a glance and for most
/// colour-blind readers. A light page darkens the ones that would fade into it.
const SERIES: [Color32; 10] = [
    Color32::from_rgb(78, 121, 167),
    Color32::from_rgb(242, 142, 43),
    Color32::from_rgb(225, 87, 89),
    Color32::from_rgb(118, 183, 178),
    Color32::from_rgb(89, 161, 79),
    Color32::from_rgb(237, 201, 72),
    Color32::from_rgb(176, 122, 161),
    Color32::from_rgb(255, 157, 167),
    Color32::from_rgb(156, 117, 95),
    Color32::from_rgb(186, 176, 172),
];

/// The colours layers are told apart by, in order of opening (as they are on a dark page).
const LAYERS: [Color32; 6] = [
    Color32::from_rgb(0x4e, 0x9a, 0xe6),
    Color32::from_rgb(0xe6, 0x8a, 0x2e),
    Color32::from_rgb(0x3f, 0xb5, 0x6a),
    Color32::from_rgb(0xd9, 0x4f, 0x8c),
    Color32::from_rgb(0x9b, 0x7b, 0xe0),
    Color32::from_rgb(0xc9, 0xb2, 0x2e),
];

/// A theme's colours for graphics.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    /// Regions, kinds, statuses and trips; the last is the neutral one (no region, no trip).
    pub series: [Color32; 10],
    /// Layers, by colour number.
    pub layers: [Color32; 6],
    /// A cancelled event's bar.
    pub cancelled: Color32,
    /// Today's line on the timeline.
    pub today: Color32,
    /// The map's sea, a country with no event, and home when it has none.
    pub ocean: Color32,
    pub land: Color32,
    pub home: Color32,
    /// The map's fill by number of events, at its most.
    pub heat: Color32,
    /// The ring around the map's markers of the chosen date.
    pub highlight: Color32,
}

impl Palette {
    /// The palette for graphics drawn on `page` (the theme's backgrounds), in a dark or light window, with high
    /// contrast or not.
    pub fn new(page: &[Color32], dark: bool, high_contrast: bool) -> Palette {
        let stand_out = |c: Color32| readable_on(c, page, GRAPHIC);
        let (ocean, land, home) = match (dark, high_contrast) {
            (true, false) => (
                Color32::from_rgb(22, 32, 46),
                Color32::from_gray(70),
                Color32::from_gray(150),
            ),
            (false, false) => (
                Color32::from_rgb(214, 228, 240),
                Color32::from_gray(200),
                Color32::from_gray(120),
            ),
            // High contrast: the sea is the page itself, and land stands out from it.
            (true, true) => (
                Color32::BLACK,
                Color32::from_gray(92),
                Color32::from_gray(170),
            ),
            (false, true) => (
                Color32::WHITE,
                Color32::from_gray(95),
                Color32::from_gray(45),
            ),
        };
        let highlight = if dark {
            Color32::from_rgb(255, 220, 60)
        } else {
            Color32::from_rgb(150, 40, 160)
        };
        Palette {
            series: SERIES.map(stand_out),
            layers: LAYERS.map(stand_out),
            cancelled: stand_out(Color32::from_gray(120)),
            today: readable_on(Color32::from_rgb(220, 60, 60), page, READABLE),
            ocean,
            land,
            home,
            heat: readable_on(Color32::from_rgb(240, 120, 40), &[ocean, land], GRAPHIC),
            highlight: readable_on(highlight, &[ocean, land], GRAPHIC),
        }
    }

    /// The palette of a window's visuals (as a theme sets them).
    pub fn of_visuals(visuals: &egui::Visuals, high_contrast: bool) -> Palette {
        Palette::new(&backgrounds(visuals), visuals.dark_mode, high_contrast)
    }

    /// The palette the window paints with now: the one its theme stored for the current look, else one made
    /// from the visuals.
    pub fn of(ui: &egui::Ui) -> Palette {
        let dark = ui.visuals().dark_mode;
        ui.ctx()
            .data(|d| d.get_temp::<[Palette; 2]>(egui::Id::unique(STORED)))
            .map(|[light, dark_one]| if dark { dark_one } else { light })
            .unwrap_or_else(|| Palette::of_visuals(ui.visuals(), false))
    }

    /// Keeps a theme's palettes for its light and dark looks in the window, for `Palette::of`.
    pub fn store(ctx: &egui::Context, light: Palette, dark: Palette) {
        ctx.data_mut(|d| d.insert_temp(egui::Id::unique(STORED), [light, dark]));
    }

    /// The neutral colour: events with no region or no trip.
    pub fn neutral(&self) -> Color32 {
        self.series[9]
    }

    /// The colour of the layer given colour number `n`.
    pub fn layer(&self, n: usize) -> Color32 {
        self.layers[n % self.layers.len()]
    }
}

const STORED: &str = "itinera-palette";

/// How far apart two colours look: the distance in CIELAB (ΔE 1976). About 2 is just noticeable; colours that
/// name different things should be well over 10.
pub fn difference(a: Color32, b: Color32) -> f64 {
    let (la, lb) = (lab(a), lab(b));
    ((la[0] - lb[0]).powi(2) + (la[1] - lb[1]).powi(2) + (la[2] - lb[2]).powi(2)).sqrt()
}

fn lab(c: Color32) -> [f64; 3] {
    let (r, g, b) = (linear(c.r()), linear(c.g()), linear(c.b()));
    // sRGB to XYZ (D65), relative to the white point.
    let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    let f = |t: f64| {
        if t > 0.008856 {
            t.cbrt()
        } else {
            7.787 * t + 16.0 / 116.0
        }
    };
    let (fx, fy, fz) = (f(x), f(y), f(z));
    [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::colors::contrast;

    #[test]
    fn black_and_white_are_a_hundred_apart_and_a_colour_is_nothing_from_itself() {
        assert!((difference(Color32::BLACK, Color32::WHITE) - 100.0).abs() < 0.5);
        assert!(difference(SERIES[0], SERIES[0]) < 1e-9);
    }

    #[test]
    fn a_light_page_darkens_the_colours_that_would_fade_into_it() {
        let light = Palette::of_visuals(&egui::Visuals::light(), false);
        let dark = Palette::of_visuals(&egui::Visuals::dark(), false);
        // Tableau's yellow is 1.6:1 on white: the light palette's is darker, the dark palette keeps it.
        assert!(contrast(SERIES[5], Color32::WHITE) < GRAPHIC);
        assert_ne!(light.series[5], SERIES[5]);
        assert_eq!(dark.series[5], SERIES[5]);
        // Blue already stands out on both.
        assert_eq!(light.series[0], SERIES[0]);
    }
}
