//! The briefing's colours, one palette per theme.

use egui::Color32;

use super::Theme;

/// Every colour a briefing step paints.
pub(super) struct Palette {
    pub(super) background: Color32,
    pub(super) text: Color32,
    pub(super) weak: Color32,
    pub(super) accent: Color32,
    pub(super) land: Color32,
    pub(super) ocean: Color32,
}

pub(super) fn palette(theme: Theme) -> Palette {
    match theme {
        Theme::Dark => Palette {
            background: Color32::from_rgb(8, 10, 14),
            text: Color32::WHITE,
            weak: Color32::from_gray(190),
            accent: Color32::from_rgb(255, 210, 60),
            land: Color32::from_gray(75),
            ocean: Color32::from_rgb(16, 24, 36),
        },
        Theme::Light => Palette {
            background: Color32::WHITE,
            text: Color32::BLACK,
            weak: Color32::from_gray(60),
            accent: Color32::from_rgb(170, 40, 0),
            land: Color32::from_gray(200),
            ocean: Color32::from_rgb(225, 236, 245),
        },
    }
}
