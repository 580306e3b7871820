//! The briefing's colours, one palette per theme. Everything a briefing step paints, widgets included, takes its
//! colour from here, so each theme reads on its own background.

use egui::{Color32, Stroke, Visuals};

use super::Theme;

/// Every colour a briefing step paints.
pub struct Palette {
    pub background: Color32,
    /// Titles and body text.
    pub text: Color32,
    /// Secondary lines (home time, trip, tags).
    pub weak: Color32,
    pub accent: Color32,
    pub land: Color32,
    pub ocean: Color32,
    /// A button's face, and its face under the pointer.
    pub button: Color32,
    pub button_hovered: Color32,
    /// The restricted banner, the text on it, and restricted notes.
    pub restricted: Color32,
    pub on_restricted: Color32,
    pub restricted_text: Color32,
    /// The outline of a place marker.
    pub marker_outline: Color32,
    /// The blanked screen (B).
    pub blank: Color32,
}

pub fn palette(theme: Theme) -> Palette {
    match theme {
        Theme::Dark => Palette {
            background: Color32::from_rgb(8, 10, 14),
            text: Color32::WHITE,
            weak: Color32::from_gray(190),
            accent: Color32::from_rgb(255, 210, 60),
            land: Color32::from_gray(75),
            ocean: Color32::from_rgb(16, 24, 36),
            button: Color32::from_gray(45),
            button_hovered: Color32::from_gray(70),
            restricted: Color32::from_rgb(190, 20, 20),
            on_restricted: Color32::WHITE,
            restricted_text: Color32::from_rgb(255, 140, 140),
            marker_outline: Color32::BLACK,
            blank: Color32::BLACK,
        },
        Theme::Light => Palette {
            background: Color32::WHITE,
            text: Color32::BLACK,
            weak: Color32::from_gray(60),
            accent: Color32::from_rgb(170, 40, 0),
            land: Color32::from_gray(200),
            ocean: Color32::from_rgb(225, 236, 245),
            button: Color32::from_gray(225),
            button_hovered: Color32::from_gray(200),
            restricted: Color32::from_rgb(170, 0, 0),
            on_restricted: Color32::WHITE,
            restricted_text: Color32::from_rgb(160, 0, 0),
            marker_outline: Color32::WHITE,
            blank: Color32::BLACK,
        },
    }
}

impl Palette {
    /// The window's palette for graphics (regions, trips) on this briefing's background and map.
    pub fn graphics(&self) -> crate::view::palette::Palette {
        crate::view::palette::Palette::new(
            &[self.background, self.ocean],
            self.background.r() < 128,
            false,
        )
    }

    /// Widgets drawn on a briefing step (its buttons, its checkbox) in this palette's colours.
    pub fn apply(&self, visuals: &mut Visuals) {
        visuals.dark_mode = self.background.r() < 128;
        visuals.override_text_color = Some(self.text);
        visuals.panel_fill = self.background;
        visuals.window_fill = self.background;
        visuals.extreme_bg_color = self.background;
        visuals.faint_bg_color = self.button;
        visuals.weak_text_color = Some(self.weak);
        let widgets = &mut visuals.widgets;
        for (state, face) in [
            (&mut widgets.noninteractive, self.background),
            (&mut widgets.inactive, self.button),
            (&mut widgets.hovered, self.button_hovered),
            (&mut widgets.active, self.button_hovered),
            (&mut widgets.open, self.button_hovered),
        ] {
            state.fg_stroke = Stroke::new(state.fg_stroke.width, self.text);
            state.bg_fill = face;
            state.weak_bg_fill = face;
            state.bg_stroke = Stroke::new(state.bg_stroke.width, self.weak);
        }
        visuals.selection.bg_fill = self.accent;
        visuals.selection.stroke = Stroke::new(1.0, self.text);
    }
}
