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

/// Every theme (but the system's, which is one of them) in the timeline, the calendar and the map, at a laptop
/// size. Every picture is rendered and compared before any failure is reported, so one run shows them all.
#[test]
fn every_theme_looks_as_committed_in_the_timeline_the_calendar_and_the_map() {
    use itinera::app::View;
    use itinera::view::theme::Theme;
    let mut failures = Vec::new();
    for (theme, theme_name) in [
        (Theme::Light, "light"),
        (Theme::Dark, "dark"),
        (Theme::HighContrastLight, "high-contrast-light"),
        (Theme::HighContrastDark, "high-contrast-dark"),
    ] {
        for (view, view_name) in [
            (View::Timeline, "timeline"),
            (View::Calendar, "calendar"),
            (View::Map, "map"),
        ] {
            let options = AppOptions {
                view: Some(view),
                theme: Some(theme),
                ..crate::timeline_ui::timeline_options()
            };
            let mut harness = rendered(options, 1366.0, 768.0);
            let name = format!("theme-{theme_name}-{view_name}-1366x768");
            if let Err(e) = harness.try_snapshot_options(&name, &snapshot_options()) {
                failures.push(format!("{name}: {e}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
