//! The window, driven through egui_kittest by label.

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use itinera::app::dialogs::ScriptedDialogs;
use itinera::app::{AppOptions, ItineraApp, UiState};

/// The app at a briefer's laptop size, loading synchronously, with scripted dialogs.
pub fn harness(options: AppOptions) -> Harness<'static, ItineraApp> {
    Harness::builder()
        .with_size([1366.0, 768.0])
        // File-system events from saves wake the window a few more times than a plain frame.
        .with_max_steps(40)
        .build_eframe(move |cc| ItineraApp::new(cc, options))
}

/// Opens a menu of the menu bar and clicks one of its items, by label.
pub fn menu_item(harness: &mut Harness<'static, ItineraApp>, menu: &str, item: &str) {
    harness.get_by_label(menu).click();
    harness.run();
    harness.get_by_label(item).click();
    harness.run();
}

pub fn test_options() -> AppOptions {
    // Backups and recovery snapshots go to a folder of the test's own, never the user's.
    let data = tempfile::tempdir().map(tempfile::TempDir::keep).ok();
    AppOptions {
        data_dir: data,
        synchronous_io: true,
        dialogs: Box::new(ScriptedDialogs::default()),
        ui_state: Some(UiState {
            lang: Some(itinera::i18n::Lang::En),
            ..UiState::default()
        }),
        ..AppOptions::default()
    }
}

#[test]
fn the_app_opens_on_the_sample_and_shows_an_event_title_in_the_table() {
    let mut harness = harness(test_options());
    harness.run();
    harness.get_by_label("Mumbai");
    harness.get_by_label("Visit to France");
    assert_eq!(harness.state().doc().name(), "canada-2026.ron");
}

#[test]
fn a_file_named_on_the_command_line_opens_instead_of_the_sample() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("small.ron");
    let mut t = itinera::model::generate::generate(5, 3);
    std::sync::Arc::make_mut(&mut t.events[0]).title = "A generated event".into();
    std::fs::write(&path, itinera::io::serialize(&t)).expect("write");
    let mut harness = harness(AppOptions {
        files: vec![path.clone()],
        ..test_options()
    });
    harness.run();
    harness.get_by_label("A generated event");
    assert_eq!(harness.state().doc().path(), Some(path.as_path()));
}

#[test]
fn a_bad_file_shows_its_located_problems_and_keeps_the_document() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bad.ron");
    std::fs::write(&path, "(\n    format: 1,\n    title: 5,\n)\n").expect("write");
    let mut harness = harness(test_options());
    harness.run();
    harness
        .state_mut()
        .request(itinera::app::Request::OpenPath(path.clone()));
    harness.run();
    let expected = format!("{}:3:12:", path.display());
    let error = harness
        .state()
        .chrome
        .load_error
        .clone()
        .unwrap_or_default();
    assert!(error.starts_with(&expected), "{error}");
    harness.get_by_label_contains(&expected);
    // The sample is still open.
    harness.get_by_label("Mumbai");
    assert_eq!(harness.state().doc().name(), "canada-2026.ron");
}

#[test]
fn save_as_writes_a_file_that_loads_and_passes_check() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("saved.ron");
    let mut harness = harness(AppOptions {
        dialogs: Box::new(ScriptedDialogs {
            save: vec![path.clone()],
            ..ScriptedDialogs::default()
        }),
        ..test_options()
    });
    harness.run();
    // A menu item's label carries its shortcut.
    menu_item(&mut harness, "File", "Save As… Ctrl+Shift+S");
    let written = std::fs::read_to_string(&path).expect("saved");
    assert_eq!(written, itinera::document::SAMPLE_TEXT);
    assert_eq!(harness.state().doc().path(), Some(path.as_path()));
    assert!(!harness.state().doc().is_dirty());
}

#[test]
fn view_plan_warnings_opens_the_list_which_says_when_nothing_clashes() {
    let mut harness = harness(test_options());
    harness.run();
    menu_item(&mut harness, "View", "Plan warnings (0)");
    harness.get_by_label("Nothing in the plan clashes.");
}

#[test]
fn exporting_a_calendar_writes_the_events_shown_and_says_what_was_left_out() {
    let dir = tempfile::tempdir().expect("temp dir");
    let by_dialog = dir.path().join("by-dialog.ics");
    // The messages checked are English, whatever the locale of whoever runs the tests.
    let mut ui_state = UiState {
        lang: Some(itinera::i18n::Lang::En),
        ..UiState::default()
    };
    ui_state.filter.text = "canberra".into();
    let mut harness = harness(AppOptions {
        dialogs: Box::new(ScriptedDialogs {
            save: vec![by_dialog.clone()],
            ..ScriptedDialogs::default()
        }),
        ui_state: Some(ui_state),
        ..test_options()
    });
    harness.run();
    menu_item(&mut harness, "File", "Export calendar (.ics)…");
    let ics = std::fs::read_to_string(&by_dialog).expect("exported");
    assert_eq!(
        ics.matches("BEGIN:VEVENT").count(),
        2,
        "the two Canberra events shown"
    );
    assert!(ics.contains("SUMMARY:Address to both houses of Parliament\r\n"));
    assert!(
        harness
            .query_by_label_contains("Exported 2 events to")
            .is_some()
    );
    assert!(!harness.state().doc().is_dirty(), "an export is not a save");

    // Without a dialog, a typed path does the same; the whole programme has eight undated events.
    harness.state_mut().ui_state.filter.text.clear();
    let typed = dir.path().join("typed.ics");
    menu_item(&mut harness, "File", "Export calendar to path…");
    harness
        .get_by_role_and_label(Role::TextInput, "Path of the file:")
        .click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "Path of the file:")
        .type_text(typed.to_str().expect("path"));
    harness.run();
    harness.get_by_label("Export").click();
    harness.run();
    let ics = std::fs::read_to_string(&typed).expect("exported");
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 5);
    assert!(
        harness
            .query_by_label_contains("left out: 8 known only to the month or year")
            .is_some()
    );
}

#[test]
fn a_suggested_export_path_is_confirmed_with_enter_alone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("plan.ron");
    std::fs::write(&file, itinera::document::SAMPLE_TEXT).expect("write");
    let mut harness = harness(AppOptions {
        files: vec![file],
        ..test_options()
    });
    harness.run();
    menu_item(&mut harness, "File", "Export calendar to path…");
    harness.key_press(Key::Enter);
    harness.run();
    let ics = std::fs::read_to_string(dir.path().join("plan.ics")).expect("exported");
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 5);
}

#[test]
fn a_broken_file_named_at_start_opens_on_an_empty_timeline_and_says_it_could_not_be_opened() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("broken.ron");
    std::fs::write(&path, "(\n    format: 1,\n    title: 5,\n)\n").expect("write");
    let mut harness = harness(AppOptions {
        files: vec![path.clone()],
        ..test_options()
    });
    harness.run();
    let doc = harness.state().doc();
    assert_eq!(doc.name(), "Untitled", "not the sample");
    assert!(doc.timeline().events.is_empty());
    harness.get_by_label_contains(
        "could not be opened. Itinera started on an empty, untitled timeline.",
    );
    assert!(harness.query_by_label("Mumbai").is_none());
    assert!(
        harness
            .query_by_label_contains("the document you had is unchanged")
            .is_none()
    );
}

#[test]
fn view_theme_dresses_the_whole_window_and_is_remembered() {
    let mut harness = harness(test_options());
    harness.run();
    menu_item(&mut harness, "View", "Theme");
    harness.get_by_label("High contrast, dark").click();
    harness.run();
    assert_eq!(
        harness.state().ui_state.theme,
        itinera::view::theme::Theme::HighContrastDark
    );
    let ctx = harness.ctx.clone();
    assert_eq!(ctx.theme(), egui::Theme::Dark);
    assert_eq!(
        ctx.style_of(egui::Theme::Dark).visuals.panel_fill,
        egui::Color32::BLACK
    );
    menu_item(&mut harness, "View", "Theme");
    harness.get_by_label("Light").click();
    harness.run();
    assert_eq!(harness.ctx.theme(), egui::Theme::Light);
}
