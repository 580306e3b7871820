//! Colours shared by every view: by region, kind, status or trip, readable on light and dark themes.

use egui::Color32;
use serde::{Deserialize, Serialize};

use super::palette::Palette;
use crate::model::{Event, EventKind, Region, Status, region};

/// The attribute bars and markers are coloured by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ColorBy {
    #[default]
    Region,
    Kind,
    Status,
    Trip,
}

impl ColorBy {
    pub const ALL: [ColorBy; 4] = [
        ColorBy::Region,
        ColorBy::Kind,
        ColorBy::Status,
        ColorBy::Trip,
    ];

    /// The choice's name in the current language.
    pub fn label(self) -> String {
        match self {
            ColorBy::Region => crate::tr!("by-region"),
            ColorBy::Kind => crate::tr!("by-kind"),
            ColorBy::Status => crate::tr!("by-status"),
            ColorBy::Trip => crate::tr!("by-trip"),
        }
    }
}

pub fn region_color(region: Region, palette: &Palette) -> Color32 {
    let i = Region::ALL.iter().position(|r| *r == region).unwrap_or(0);
    palette.series[i % palette.series.len()]
}

pub fn kind_color(kind: EventKind, palette: &Palette) -> Color32 {
    let i = EventKind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
    palette.series[i % palette.series.len()]
}

pub fn status_color(status: Status, palette: &Palette) -> Color32 {
    let p = &palette.series;
    match status {
        Status::Planned => p[0],
        Status::Tentative => p[5],
        Status::Confirmed => p[4],
        Status::Completed => p[9],
        Status::Cancelled => p[2],
    }
}

/// A stable colour for any text key (trip ids), so a trip keeps its colour across views and runs.
pub fn keyed_color(key: &str, palette: &Palette) -> Color32 {
    let hash = key.bytes().fold(2166136261u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(16777619)
    });
    palette.series[hash as usize % palette.series.len()]
}

/// The colour of an event under a colouring.
pub fn event_color(event: &Event, by: ColorBy, palette: &Palette) -> Color32 {
    match by {
        ColorBy::Region => region::region_of(event.place.country.as_str())
            .map_or(palette.neutral(), |r| region_color(r, palette)),
        ColorBy::Kind => kind_color(event.kind, palette),
        ColorBy::Status => status_color(event.status, palette),
        ColorBy::Trip => event
            .trip
            .as_deref()
            .map_or(palette.neutral(), |t| keyed_color(t, palette)),
    }
}

/// The legend entries of a colouring: label and colour.
pub fn legend(by: ColorBy, palette: &Palette) -> Vec<(String, Color32)> {
    match by {
        ColorBy::Region => Region::ALL
            .iter()
            .map(|r| (r.label().to_owned(), region_color(*r, palette)))
            .collect(),
        ColorBy::Kind => EventKind::ALL
            .iter()
            .map(|k| (k.label().to_owned(), kind_color(*k, palette)))
            .collect(),
        ColorBy::Status => Status::ALL
            .iter()
            .map(|s| (s.label().to_owned(), status_color(*s, palette)))
            .collect(),
        ColorBy::Trip => vec![(crate::tr!("legend-trip-colours"), palette.series[0])],
    }
}

/// Black or white, whichever reads better on `fill`.
pub fn text_on(fill: Color32) -> Color32 {
    // Whichever of black and white contrasts more, by WCAG's measure.
    if contrast(Color32::BLACK, fill) >= contrast(Color32::WHITE, fill) {
        Color32::BLACK
    } else {
        Color32::WHITE
    }
}

/// Marks an event's bar or chip as having a plan warning: a small amber corner at its top left.
pub fn warning_corner(ui: &egui::Ui, rect: egui::Rect) {
    let corner = rect.left_top();
    ui.painter().add(egui::Shape::convex_polygon(
        vec![
            corner,
            corner + egui::vec2(8.0, 0.0),
            corner + egui::vec2(0.0, 8.0),
        ],
        ui.visuals().warn_fg_color,
        egui::Stroke::NONE,
    ));
}

/// An sRGB channel as linear light, from 0 to 1.
pub fn linear(v: u8) -> f64 {
    let v = f64::from(v) / 255.0;
    if v <= 0.04045 {
        v / 12.92
    } else {
        ((v + 0.055) / 1.055).powf(2.4)
    }
}

/// The relative luminance of a colour, as WCAG defines it (0 for black, 1 for white).
pub fn luminance(c: Color32) -> f64 {
    0.2126 * linear(c.r()) + 0.7152 * linear(c.g()) + 0.0722 * linear(c.b())
}

/// The contrast ratio of two colours, as WCAG defines it: 1 for the same colour, 21 for black on white. Text
/// needs 4.5 (AA), large text and graphics 3.
pub fn contrast(a: Color32, b: Color32) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// WCAG AA for body text: the least any text of Itinera's has.
pub const READABLE: f64 = 4.5;
/// Body text goes further, to WCAG AAA, so secondary text can stay visibly dimmer and still reach AA.
const BODY: f64 = 7.0;

/// `fg`, moved towards white (on dark backgrounds) or black (on light ones) just far enough to reach `target`
/// contrast against every colour of `backgrounds`.
pub fn readable_on(fg: Color32, backgrounds: &[Color32], target: f64) -> Color32 {
    let worst = |c: Color32| {
        backgrounds
            .iter()
            .map(|&b| contrast(c, b))
            .fold(f64::INFINITY, f64::min)
    };
    if worst(fg) >= target {
        return fg;
    }
    let dark_page =
        backgrounds.iter().map(|&b| luminance(b)).sum::<f64>() < 0.18 * backgrounds.len() as f64;
    let towards = if dark_page {
        Color32::WHITE
    } else {
        Color32::BLACK
    };
    let fg = fg.to_opaque();
    (1..=20)
        .map(|k| lerp_color(fg, towards, f32::from(k as u8) / 20.0))
        .find(|&c| worst(c) >= target)
        .unwrap_or(towards)
}

/// Makes a style readable: its colours (`make_readable`), and small text no smaller than 11 points.
pub fn make_style_readable(style: &mut egui::Style) {
    make_readable(&mut style.visuals);
    if let Some(small) = style.text_styles.get_mut(&egui::TextStyle::Small) {
        small.size = small.size.max(11.0);
    }
}

/// The backgrounds text is drawn on, as they show: panels, windows, text fields and stripes (some of which egui
/// draws translucent over the panel).
pub fn backgrounds(visuals: &egui::Visuals) -> [Color32; 4] {
    let panel = visuals.panel_fill.to_opaque();
    [
        visuals.panel_fill,
        visuals.window_fill,
        visuals.extreme_bg_color,
        visuals.faint_bg_color,
    ]
    .map(|c| over(c, panel))
}

/// A premultiplied colour drawn over an opaque one.
fn over(fg: Color32, bg: Color32) -> Color32 {
    let keep = 1.0 - f32::from(fg.a()) / 255.0;
    let mix = |f: u8, b: u8| (f32::from(f) + f32::from(b) * keep).round().min(255.0) as u8;
    Color32::from_rgb(
        mix(fg.r(), bg.r()),
        mix(fg.g(), bg.g()),
        mix(fg.b(), bg.b()),
    )
}

fn lerp_color(a: Color32, b: Color32, t: f32) -> Color32 {
    let mix = |x: u8, y: u8| (f32::from(x) + (f32::from(y) - f32::from(x)) * t).round() as u8;
    Color32::from_rgb(mix(a.r(), b.r()), mix(a.g(), b.g()), mix(a.b(), b.b()))
}

/// Makes the text of a theme readable on each of its backgrounds: body text reaches WCAG AAA and weak (secondary)
/// text AA, which egui's own weak text does not.
pub fn make_readable(visuals: &mut egui::Visuals) {
    let backgrounds = backgrounds(visuals);
    // Text drawn with transparency is judged as it shows on the panel.
    let on_panel = |c: Color32| over(c, visuals.panel_fill);
    let text = readable_on(on_panel(visuals.text_color()), &backgrounds, BODY);
    let weak = readable_on(on_panel(visuals.weak_text_color()), &backgrounds, READABLE);
    visuals.widgets.noninteractive.fg_stroke.color = text;
    visuals.weak_text_color = Some(weak);
    // Warnings, errors and links are text too.
    visuals.warn_fg_color = readable_on(visuals.warn_fg_color, &backgrounds, READABLE);
    visuals.error_fg_color = readable_on(visuals.error_fg_color, &backgrounds, READABLE);
    visuals.hyperlink_color = readable_on(visuals.hyperlink_color, &backgrounds, READABLE);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_is_one_for_a_colour_on_itself_and_twenty_one_for_black_on_white() {
        assert!((contrast(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 1e-9);
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 1e-6);
        // Mid grey on white is about 4 to 1: not enough for body text.
        let grey = contrast(Color32::from_gray(128), Color32::WHITE);
        assert!((3.9..4.0).contains(&grey), "{grey}");
    }

    #[test]
    fn both_themes_text_and_weak_text_read_on_every_background_once_made_readable() {
        for mut visuals in [egui::Visuals::dark(), egui::Visuals::light()] {
            make_readable(&mut visuals);
            for bg in backgrounds(&visuals) {
                for fg in [visuals.text_color(), visuals.weak_text_color()] {
                    let c = contrast(fg, bg);
                    assert!(c >= READABLE, "{fg:?} on {bg:?}: {c:.2}");
                }
            }
            // Weak text still reads as secondary: dimmer than body text on a dark page, lighter on a light one.
            let (body, weak) = (
                contrast(visuals.text_color(), visuals.panel_fill),
                contrast(visuals.weak_text_color(), visuals.panel_fill),
            );
            assert!(weak <= body, "weak {weak:.2} body {body:.2}");
        }
    }
}
