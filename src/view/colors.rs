//! Colours shared by every view: by region, kind, status or trip, readable on light and dark themes.

use egui::Color32;
use serde::{Deserialize, Serialize};

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

    pub fn label(self) -> &'static str {
        match self {
            ColorBy::Region => "Region",
            ColorBy::Kind => "Kind",
            ColorBy::Status => "Status",
            ColorBy::Trip => "Trip",
        }
    }
}

/// A qualitative palette (Tableau 10), distinct at a glance and for most colour-blind readers.
pub const PALETTE: [Color32; 10] = [
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

pub fn region_color(region: Region) -> Color32 {
    let i = Region::ALL.iter().position(|r| *r == region).unwrap_or(0);
    PALETTE[i % PALETTE.len()]
}

pub fn kind_color(kind: EventKind) -> Color32 {
    let i = EventKind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
    PALETTE[i % PALETTE.len()]
}

pub fn status_color(status: Status) -> Color32 {
    match status {
        Status::Planned => PALETTE[0],
        Status::Tentative => PALETTE[5],
        Status::Confirmed => PALETTE[4],
        Status::Completed => PALETTE[9],
        Status::Cancelled => PALETTE[2],
    }
}

/// A stable colour for any text key (trip ids), so a trip keeps its colour across views and runs.
pub fn keyed_color(key: &str) -> Color32 {
    let hash = key.bytes().fold(2166136261u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(16777619)
    });
    PALETTE[hash as usize % PALETTE.len()]
}

/// The colour of an event under a colouring.
pub fn event_color(event: &Event, by: ColorBy) -> Color32 {
    match by {
        ColorBy::Region => {
            region::region_of(event.place.country.as_str()).map_or(PALETTE[9], region_color)
        }
        ColorBy::Kind => kind_color(event.kind),
        ColorBy::Status => status_color(event.status),
        ColorBy::Trip => event.trip.as_deref().map_or(PALETTE[9], keyed_color),
    }
}

/// The legend entries of a colouring: label and colour.
pub fn legend(by: ColorBy) -> Vec<(String, Color32)> {
    match by {
        ColorBy::Region => Region::ALL
            .iter()
            .map(|r| (r.label().to_owned(), region_color(*r)))
            .collect(),
        ColorBy::Kind => EventKind::ALL
            .iter()
            .map(|k| (k.label().to_owned(), kind_color(*k)))
            .collect(),
        ColorBy::Status => Status::ALL
            .iter()
            .map(|s| (s.label().to_owned(), status_color(*s)))
            .collect(),
        ColorBy::Trip => vec![("Each trip has its own colour".to_owned(), PALETTE[0])],
    }
}

/// Black or white, whichever reads better on `fill`.
pub fn text_on(fill: Color32) -> Color32 {
    let luma =
        0.299 * f32::from(fill.r()) + 0.587 * f32::from(fill.g()) + 0.114 * f32::from(fill.b());
    if luma > 150.0 {
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

/// The relative luminance of a colour, as WCAG defines it (0 for black, 1 for white).
pub fn luminance(c: Color32) -> f64 {
    let channel = |v: u8| {
        let v = f64::from(v) / 255.0;
        if v <= 0.04045 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
}

/// The contrast ratio of two colours, as WCAG defines it: 1 for the same colour, 21 for black on white. Text
/// needs 4.5 (AA), large text and graphics 3.
pub fn contrast(a: Color32, b: Color32) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
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
}
