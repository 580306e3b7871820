//! Pictures of the app, rendered through Mesa's software Vulkan (lavapipe), compared with the committed PNGs
//! in `tests/snapshots/`. Run with `UPDATE_SNAPSHOTS=1` to accept a deliberate change.

use egui_kittest::{Harness, SnapshotOptions};
use itinera::app::{AppOptions, ItineraApp};

/// One threshold for every snapshot: kittest's default, no looser.
pub fn snapshot_options() -> SnapshotOptions {
    SnapshotOptions::default()
}

/// The app at a given window size, rendered with wgpu.
pub fn rendered(options: AppOptions, width: f32, height: f32) -> Harness<'static, ItineraApp> {
    let mut harness = Harness::builder()
        .with_size([width, height])
        .with_pixels_per_point(1.0)
        .wgpu()
        .build_eframe(move |cc| ItineraApp::new(cc, options));
    harness.run();
    harness
}

#[test]
fn the_sample_timeline_at_a_laptop_size_looks_as_committed() {
    let mut harness = rendered(crate::timeline_ui::timeline_options(), 1366.0, 768.0);
    harness.snapshot_options("timeline-sample-1366x768", &snapshot_options());
}

#[test]
fn the_sample_world_map_at_a_laptop_size_looks_as_committed() {
    let options = AppOptions {
        view: Some(itinera::app::View::Map),
        ..crate::timeline_ui::timeline_options()
    };
    let mut harness = rendered(options, 1366.0, 768.0);
    harness.snapshot_options("map-sample-1366x768", &snapshot_options());
}

#[test]
fn the_timeline_above_the_map_at_a_laptop_size_looks_as_committed() {
    let options = AppOptions {
        ui_state: Some(itinera::app::UiState {
            view: itinera::app::View::Timeline,
            split: Some(itinera::app::View::Map),
            lang: Some(itinera::i18n::Lang::En),
            ..itinera::app::UiState::default()
        }),
        ..crate::timeline_ui::timeline_options()
    };
    let mut harness = rendered(options, 1366.0, 768.0);
    harness.snapshot_options("split-timeline-map-1366x768", &snapshot_options());
}

fn briefing_step(width: f32, height: f32, name: &str) {
    let options = AppOptions {
        present: true,
        ..crate::timeline_ui::timeline_options()
    };
    let mut harness = rendered(options, width, height);
    for _ in 0..5 {
        harness.key_press(egui::Key::ArrowRight);
        harness.run_steps(5);
    }
    // Let the map's flight finish.
    harness.run_steps(80);
    harness.snapshot_options(name, &snapshot_options());
}

#[test]
fn a_briefing_step_at_a_laptop_size_looks_as_committed() {
    briefing_step(1366.0, 768.0, "briefing-mumbai-1366x768");
}

#[test]
fn a_briefing_step_at_full_hd_looks_as_committed() {
    briefing_step(1920.0, 1080.0, "briefing-mumbai-1920x1080");
}

/// The sample in French at a laptop size, in one view.
fn french_view(view: itinera::app::View, name: &str) {
    let options = AppOptions {
        ui_state: Some(itinera::app::UiState {
            view,
            lang: Some(itinera::i18n::Lang::Fr),
            ..itinera::app::UiState::default()
        }),
        view: Some(view),
        ..crate::timeline_ui::timeline_options()
    };
    let mut harness = rendered(options, 1366.0, 768.0);
    harness.snapshot_options(name, &snapshot_options());
}

#[test]
fn the_sample_timeline_in_french_looks_as_committed() {
    french_view(itinera::app::View::Timeline, "fr-timeline-sample-1366x768");
}

#[test]
fn the_sample_month_in_french_looks_as_committed() {
    french_view(
        itinera::app::View::Calendar,
        "fr-calendar-month-sample-1366x768",
    );
}

#[test]
fn the_sample_world_map_in_french_looks_as_committed() {
    french_view(itinera::app::View::Map, "fr-map-sample-1366x768");
}

/// The sample in one view and one theme, at a laptop size.
fn themed(view: itinera::app::View, theme: itinera::view::theme::Theme, name: &str) {
    let options = AppOptions {
        view: Some(view),
        theme: Some(theme),
        ..crate::timeline_ui::timeline_options()
    };
    let mut harness = rendered(options, 1366.0, 768.0);
    harness.snapshot_options(name, &snapshot_options());
}

#[test]
fn the_timeline_in_the_light_theme_looks_as_committed() {
    use itinera::view::theme::Theme;
    themed(
        itinera::app::View::Timeline,
        Theme::Light,
        "theme-light-timeline-1366x768",
    );
}

#[test]
fn the_calendar_in_the_dark_high_contrast_theme_looks_as_committed() {
    use itinera::view::theme::Theme;
    themed(
        itinera::app::View::Calendar,
        Theme::HighContrastDark,
        "theme-high-contrast-dark-calendar-1366x768",
    );
}

#[test]
fn the_map_in_the_light_high_contrast_theme_looks_as_committed() {
    use itinera::view::theme::Theme;
    themed(
        itinera::app::View::Map,
        Theme::HighContrastLight,
        "theme-high-contrast-light-map-1366x768",
    );
}
