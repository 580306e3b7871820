//! The window's themes: light, dark, and high contrast in light and dark, or the system's preference. Each theme
//! is a set of egui visuals made readable (`colors::make_readable`) and a palette for graphics
//! (`palette::Palette`); the views paint with those colours.

use egui::{Color32, Stroke, Visuals};
use serde::{Deserialize, Serialize};

use super::palette::Palette;

/// A theme for the whole window.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    /// Light or dark, as the system prefers.
    #[default]
    System,
    Light,
    Dark,
    HighContrastLight,
    HighContrastDark,
}

impl Theme {
    pub const ALL: [Theme; 5] = [
        Theme::System,
        Theme::Light,
        Theme::Dark,
        Theme::HighContrastLight,
        Theme::HighContrastDark,
    ];

    pub fn label(self) -> String {
        match self {
            Theme::System => crate::tr!("theme-system"),
            Theme::Light => crate::tr!("theme-light"),
            Theme::Dark => crate::tr!("theme-dark"),
            Theme::HighContrastLight => crate::tr!("theme-high-contrast-light"),
            Theme::HighContrastDark => crate::tr!("theme-high-contrast-dark"),
        }
    }

    /// The visuals of this theme for a window whose system prefers `dark` (used by `System` only).
    pub fn visuals(self, dark: bool) -> Visuals {
        let mut visuals = match self {
            Theme::System if dark => Visuals::dark(),
            Theme::System | Theme::Light => Visuals::light(),
            Theme::Dark => Visuals::dark(),
            Theme::HighContrastLight => high_contrast(false),
            Theme::HighContrastDark => high_contrast(true),
        };
        super::colors::make_readable(&mut visuals);
        visuals
    }

    /// Sets the window to this theme: egui's light and dark visuals become this theme's, and the preference
    /// follows the system only for `System`.
    pub fn apply(self, ctx: &egui::Context) {
        let (light, dark, preference) = match self {
            Theme::System => (Theme::Light, Theme::Dark, egui::ThemePreference::System),
            Theme::Light => (Theme::Light, Theme::Dark, egui::ThemePreference::Light),
            Theme::Dark => (Theme::Light, Theme::Dark, egui::ThemePreference::Dark),
            Theme::HighContrastLight => (
                Theme::HighContrastLight,
                Theme::HighContrastDark,
                egui::ThemePreference::Light,
            ),
            Theme::HighContrastDark => (
                Theme::HighContrastLight,
                Theme::HighContrastDark,
                egui::ThemePreference::Dark,
            ),
        };
        ctx.set_visuals_of(egui::Theme::Light, light.visuals(false));
        ctx.set_visuals_of(egui::Theme::Dark, dark.visuals(true));
        Palette::store(ctx, light.palette(false), dark.palette(true));
        ctx.set_theme(preference);
    }

    /// The colours this theme paints graphics in, for a window whose system prefers `dark`.
    pub fn palette(self, dark: bool) -> Palette {
        let high_contrast = matches!(self, Theme::HighContrastLight | Theme::HighContrastDark);
        Palette::of_visuals(&self.visuals(dark), high_contrast)
    }
}

/// Black on white or white on black, with strong outlines on every widget and a vivid selection.
fn high_contrast(dark: bool) -> Visuals {
    let mut v = if dark {
        Visuals::dark()
    } else {
        Visuals::light()
    };
    let (bg, fg, faint) = if dark {
        (Color32::BLACK, Color32::WHITE, Color32::from_gray(24))
    } else {
        (Color32::WHITE, Color32::BLACK, Color32::from_gray(236))
    };
    v.panel_fill = bg;
    v.window_fill = bg;
    v.extreme_bg_color = bg;
    v.faint_bg_color = faint;
    v.code_bg_color = faint;
    v.weak_text_color = Some(fg);
    v.window_stroke = Stroke::new(2.0, fg);
    let accent = if dark {
        Color32::from_rgb(0xff, 0xd7, 0x00)
    } else {
        Color32::from_rgb(0x00, 0x3d, 0xa5)
    };
    v.selection.bg_fill = accent;
    v.selection.stroke = Stroke::new(2.0, if dark { Color32::BLACK } else { Color32::WHITE });
    v.hyperlink_color = accent;
    v.warn_fg_color = if dark {
        Color32::from_rgb(0xff, 0xb0, 0x00)
    } else {
        Color32::from_rgb(0x8a, 0x4b, 0x00)
    };
    v.error_fg_color = if dark {
        Color32::from_rgb(0xff, 0x6e, 0x6e)
    } else {
        Color32::from_rgb(0xb0, 0x00, 0x20)
    };
    for w in [
        &mut v.widgets.noninteractive,
        &mut v.widgets.inactive,
        &mut v.widgets.hovered,
        &mut v.widgets.active,
        &mut v.widgets.open,
    ] {
        w.bg_stroke = Stroke::new(1.5, fg);
        w.fg_stroke = Stroke::new(1.5, fg);
    }
    // Hovered and pressed widgets are lighter (or darker) greys under the theme's own text colour: that colour
    // is also the window's strong text, which must read on the page.
    let (hovered, pressed) = if dark {
        (Color32::from_gray(64), Color32::from_gray(96))
    } else {
        (Color32::from_gray(204), Color32::from_gray(176))
    };
    v.widgets.noninteractive.bg_fill = bg;
    v.widgets.noninteractive.weak_bg_fill = bg;
    v.widgets.inactive.bg_fill = faint;
    v.widgets.inactive.weak_bg_fill = faint;
    v.widgets.hovered.bg_fill = hovered;
    v.widgets.hovered.weak_bg_fill = hovered;
    v.widgets.hovered.bg_stroke = Stroke::new(2.0, accent);
    v.widgets.active.bg_fill = pressed;
    v.widgets.active.weak_bg_fill = pressed;
    v.widgets.active.bg_stroke = Stroke::new(2.0, accent);
    v.widgets.open.bg_fill = hovered;
    v.widgets.open.weak_bg_fill = hovered;
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::colors::{backgrounds, contrast, text_on};
    use crate::view::palette::{GRAPHIC, difference};

    /// Every theme as shown, the system's in both of its looks.
    fn every_theme() -> Vec<(String, Visuals)> {
        let mut out = vec![
            ("system (light)".to_owned(), Theme::System.visuals(false)),
            ("system (dark)".to_owned(), Theme::System.visuals(true)),
        ];
        for theme in &Theme::ALL[1..] {
            out.push((format!("{theme:?}"), theme.visuals(false)));
        }
        out
    }

    #[test]
    fn text_meets_wcag_aa_on_every_background_of_every_theme() {
        for (name, v) in every_theme() {
            for bg in backgrounds(&v) {
                for (what, fg) in [
                    ("text", v.text_color()),
                    ("weak text", v.weak_text_color()),
                    ("strong text", v.strong_text_color()),
                    ("warning", v.warn_fg_color),
                    ("error", v.error_fg_color),
                ] {
                    let c = contrast(fg, bg);
                    assert!(c >= 4.5, "{name}: {what} {fg:?} on {bg:?} is {c:.2}:1");
                }
            }
        }
    }

    #[test]
    fn the_selection_and_outlines_of_the_high_contrast_themes_stand_out_as_graphics_do() {
        for theme in [Theme::HighContrastLight, Theme::HighContrastDark] {
            let v = theme.visuals(false);
            let panel = v.panel_fill;
            for (what, c) in [
                ("selection", v.selection.bg_fill),
                ("outline", v.widgets.inactive.bg_stroke.color),
                ("window outline", v.window_stroke.color),
            ] {
                let ratio = contrast(c, panel);
                assert!(ratio >= 3.0, "{theme:?}: {what} is {ratio:.2}:1");
            }
            // Text on the selection, and on hovered and pressed widgets, reads too.
            for (what, fg, bg) in [
                ("selected", v.selection.stroke.color, v.selection.bg_fill),
                (
                    "hovered",
                    v.widgets.hovered.fg_stroke.color,
                    v.widgets.hovered.bg_fill,
                ),
                (
                    "pressed",
                    v.widgets.active.fg_stroke.color,
                    v.widgets.active.bg_fill,
                ),
            ] {
                let on = contrast(fg, bg);
                assert!(on >= 4.5, "{theme:?}: {what} text is {on:.2}:1");
            }
        }
    }

    /// Every theme as shown, with its palette.
    fn every_palette() -> Vec<(String, Visuals, Palette)> {
        let mut out = vec![
            (
                "system (light)".to_owned(),
                Theme::System.visuals(false),
                Theme::System.palette(false),
            ),
            (
                "system (dark)".to_owned(),
                Theme::System.visuals(true),
                Theme::System.palette(true),
            ),
        ];
        for theme in &Theme::ALL[1..] {
            out.push((
                format!("{theme:?}"),
                theme.visuals(false),
                theme.palette(false),
            ));
        }
        out
    }

    #[test]
    fn a_title_on_a_bar_of_any_palette_colour_meets_wcag_aa_in_every_theme() {
        for (name, _, palette) in every_palette() {
            for fill in palette.series.iter().chain(&palette.layers) {
                let c = contrast(text_on(*fill), *fill);
                assert!(
                    c >= 4.5,
                    "{name}: {:?} on {fill:?} is {c:.2}:1",
                    text_on(*fill)
                );
            }
        }
    }

    #[test]
    fn bars_markers_layer_marks_and_today_stand_out_on_every_background_of_every_theme() {
        for (name, v, palette) in every_palette() {
            for bg in backgrounds(&v) {
                let graphics = palette.series.iter().chain(&palette.layers);
                for c in graphics.chain([&palette.cancelled]) {
                    let ratio = contrast(*c, bg);
                    assert!(ratio >= GRAPHIC, "{name}: {c:?} on {bg:?} is {ratio:.2}:1");
                }
                let today = contrast(palette.today, bg);
                assert!(
                    today >= 4.5,
                    "{name}: today's line and label are {today:.2}:1"
                );
            }
        }
    }

    #[test]
    fn region_and_layer_colours_stay_distinct_from_one_another_in_every_theme() {
        for (name, _, palette) in every_palette() {
            for set in [&palette.series[..], &palette.layers[..]] {
                for (i, a) in set.iter().enumerate() {
                    for b in &set[i + 1..] {
                        let d = difference(*a, *b);
                        assert!(d >= 15.0, "{name}: {a:?} and {b:?} are only {d:.1} apart");
                    }
                }
            }
        }
    }

    #[test]
    fn the_map_keeps_land_sea_and_its_fills_apart_in_every_theme() {
        for (name, _, p) in every_palette() {
            assert!(
                difference(p.land, p.ocean) >= 10.0,
                "{name}: land and sea look alike"
            );
            assert!(
                difference(p.home, p.land) >= 10.0,
                "{name}: home looks like any other country"
            );
            // Countries with events are filled in their region's colour.
            for r in crate::model::Region::ALL {
                let c = crate::view::colors::region_color(r, &p);
                let d = difference(c, p.land);
                assert!(d >= 10.0, "{name}: {c:?} is only {d:.1} from land");
            }
            for (what, c) in [("heat", p.heat), ("date ring", p.highlight)] {
                for on in [p.ocean, p.land] {
                    let ratio = contrast(c, on);
                    assert!(ratio >= GRAPHIC, "{name}: {what} on {on:?} is {ratio:.2}:1");
                }
            }
        }
    }

    #[test]
    fn high_contrast_sets_the_map_on_the_page_itself() {
        let light = Theme::HighContrastLight.palette(false);
        let dark = Theme::HighContrastDark.palette(true);
        assert_eq!(light.ocean, Color32::WHITE);
        assert_eq!(dark.ocean, Color32::BLACK);
        assert!(contrast(light.land, light.ocean) >= GRAPHIC);
        assert!(contrast(dark.land, dark.ocean) >= GRAPHIC);
    }
}
