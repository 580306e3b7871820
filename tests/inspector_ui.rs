//! Editing through the inspector and menus, driven by label through egui_kittest.

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use itinera::app::dialogs::ScriptedDialogs;
use itinera::app::{AppOptions, ItineraApp};
use itinera::model::{EventTimes, Precision};

use crate::app_ui::{harness, test_options};

type Harness = egui_kittest::Harness<'static, ItineraApp>;

fn event_start(harness: &Harness, id: &str) -> String {
    harness
        .state()
        .doc()
        .timeline()
        .event(id)
        .map(|e| e.start.to_string())
        .unwrap_or_default()
}

/// Selects an event by clicking its title in the table.
fn select(harness: &mut Harness, title: &str) {
    harness.get_by_label(title).click();
    harness.run();
}

/// Scrolls the inspector until the widget labelled `label` is on screen.
fn scroll_to(harness: &mut Harness, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
}

/// Clicks the text field labelled `label`, selects all it holds and types `text` over it (the field keeps focus).
fn retype(harness: &mut Harness, label: &str, text: &str) {
    let field = harness.get_by_role_and_label(Role::TextInput, label);
    field.scroll_to_me();
    field.click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .type_text(text);
    harness.run();
}

/// Clicks somewhere that is not a field, so a focused field loses focus.
fn click_away(harness: &mut Harness) {
    harness
        .get_by_label("13 events · 1 trip · 1 principal")
        .click();
    harness.run();
}

#[test]
fn a_title_edited_in_the_inspector_undoes_in_one_step_and_redoes() {
    let mut harness = harness(test_options());
    harness.run();
    select(&mut harness, "Mumbai");
    retype(&mut harness, "Title", "Mumbai business day");
    // While typing, the document is untouched: the field keeps its own buffer.
    assert_eq!(
        harness
            .state()
            .doc()
            .timeline()
            .event("mumbai")
            .map(|e| e.title.as_str()),
        Some("Mumbai")
    );
    click_away(&mut harness);
    let title = |h: &Harness| {
        h.state()
            .doc()
            .timeline()
            .event("mumbai")
            .map(|e| e.title.clone())
            .unwrap_or_default()
    };
    assert_eq!(title(&harness), "Mumbai business day");
    assert_eq!(
        harness.state().doc().history().undo_label(),
        Some("title change of 'Mumbai'")
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(title(&harness), "Mumbai");
    assert!(
        !harness.state().doc().is_dirty(),
        "one undo returns to the saved state"
    );
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_eq!(title(&harness), "Mumbai business day");
}

#[test]
fn moving_the_month_precision_france_visit_later_gives_february_still_a_month() {
    let mut harness = harness(test_options());
    harness.run();
    select(&mut harness, "Visit to France");
    harness.get_by_label("Later month ▶").click();
    harness.run();
    assert_eq!(event_start(&harness, "france-visit"), "2026-02");
    let e = harness
        .state()
        .doc()
        .timeline()
        .event("france-visit")
        .cloned()
        .expect("France");
    assert_eq!(e.start.precision(), Precision::Month);
    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label_contains("Undo move of 'Visit to France'");
}

#[test]
fn moving_a_day_event_across_the_end_of_daylight_saving_keeps_local_midnights() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("paris.ron");
    let text = itinera::document::SAMPLE_TEXT.replacen(
        "start: \"2026-01\",\n            place: (country: \"FR\"),",
        "start: \"2026-10-24\",\n            place: (country: \"FR\", city: \"Paris\"),",
        1,
    );
    std::fs::write(&path, text).expect("write");
    let mut harness = harness(AppOptions {
        files: vec![path],
        ..test_options()
    });
    harness.run();
    select(&mut harness, "Visit to France");
    harness.get_by_label("Later day ▶").click();
    harness.run();
    let times = |h: &Harness| {
        EventTimes::of(
            h.state()
                .doc()
                .timeline()
                .event("france-visit")
                .expect("France"),
        )
    };
    let utc = |secs| {
        chrono::DateTime::from_timestamp(secs, 0)
            .map(|t| t.to_rfc3339())
            .unwrap_or_default()
    };
    // 25 October 2026 is the day Paris leaves summer time: still local midnight to midnight, 25 hours long.
    assert_eq!(event_start(&harness, "france-visit"), "2026-10-25");
    assert_eq!(utc(times(&harness).start), "2026-10-24T22:00:00+00:00");
    assert_eq!(utc(times(&harness).end), "2026-10-25T23:00:00+00:00");
    harness.get_by_label("Later day ▶").click();
    harness.run();
    assert_eq!(utc(times(&harness).start), "2026-10-25T23:00:00+00:00");
}

#[test]
fn a_locked_event_refuses_a_move_and_the_refusal_is_shown() {
    let mut harness = harness(test_options());
    harness.run();
    select(&mut harness, "Mumbai");
    scroll_to(&mut harness, "🔒 Locked");
    harness.get_by_label("🔒 Locked").click();
    harness.run();
    assert!(
        harness
            .state()
            .doc()
            .timeline()
            .event("mumbai")
            .is_some_and(|e| e.locked)
    );
    scroll_to(&mut harness, "Later day ▶");
    harness.get_by_label("Later day ▶").click();
    harness.run();
    assert_eq!(event_start(&harness, "mumbai"), "2026-02-26");
    // Beside the Move buttons, and in the status bar.
    harness.get_by_label_contains("⚠ 'Mumbai' is locked");
    harness.get_by_label_contains("Not done: 'Mumbai' is locked");
}

#[test]
fn pressing_delete_while_typing_in_the_notes_deletes_characters_not_the_event() {
    let mut harness = harness(test_options());
    harness.run();
    select(&mut harness, "Mumbai");
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "Notes")
        .scroll_to_me();
    harness.run();
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "Notes")
        .click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "Notes")
        .type_text("abc");
    harness.run();
    harness.key_press(Key::ArrowLeft);
    harness.key_press(Key::Delete);
    harness.run();
    assert_eq!(
        harness.state().doc().timeline().events.len(),
        13,
        "the event is still there"
    );
    click_away(&mut harness);
    assert_eq!(
        harness
            .state()
            .doc()
            .timeline()
            .event("mumbai")
            .map(|e| e.notes.as_str()),
        Some("ab")
    );
    // With no text field focused, Delete deletes the selected event.
    harness.key_press(Key::Delete);
    harness.run();
    assert_eq!(harness.state().doc().timeline().events.len(), 12);
}

#[test]
fn with_unsaved_changes_file_open_asks_first_and_cancel_keeps_the_document() {
    let dir = tempfile::tempdir().expect("temp dir");
    let other = dir.path().join("other.ron");
    std::fs::write(
        &other,
        itinera::io::serialize(&itinera::model::generate::generate(3, 1)),
    )
    .expect("write");
    let mut harness = harness(AppOptions {
        dialogs: Box::new(ScriptedDialogs {
            open: vec![other],
            ..ScriptedDialogs::default()
        }),
        ..test_options()
    });
    harness.run();
    select(&mut harness, "Mumbai");
    harness.get_by_label("Later day ▶").click();
    harness.run();
    assert!(harness.state().doc().is_dirty());
    crate::app_ui::menu_item(&mut harness, "File", "Open… Ctrl+O");
    harness.get_by_label("Save changes?");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(harness.state().doc().name(), "canada-2026.ron");
    assert_eq!(event_start(&harness, "mumbai"), "2026-02-27");
    assert!(harness.state().doc().is_dirty());
    // Discard goes on to open the other file.
    crate::app_ui::menu_item(&mut harness, "File", "Open… Ctrl+O");
    harness.get_by_label("Discard").click();
    harness.run();
    assert_eq!(harness.state().doc().name(), "other.ron");
}

#[test]
fn saving_after_edits_writes_a_file_that_loads_with_the_edits_and_passes_check() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("edited.ron");
    let mut harness = harness(AppOptions {
        dialogs: Box::new(ScriptedDialogs {
            save: vec![path.clone()],
            ..ScriptedDialogs::default()
        }),
        ..test_options()
    });
    harness.run();
    select(&mut harness, "Mumbai");
    harness.get_by_label("Later day ▶").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let saved = itinera::io::load(&path).expect("the saved file loads");
    assert_eq!(
        saved.timeline.event("mumbai").map(|e| e.start.to_string()),
        Some("2026-02-27".into())
    );
    let check = std::process::Command::new(env!("CARGO_BIN_EXE_itinera"))
        .args(["check", path.to_str().expect("utf-8 path")])
        .output()
        .expect("run check");
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
    assert!(!harness.state().doc().is_dirty());
}

#[test]
fn adding_an_event_then_undoing_leaves_the_saved_file_byte_identical() {
    let dir = tempfile::tempdir().expect("temp dir");
    let before = dir.path().join("before.ron");
    let after = dir.path().join("after.ron");
    let mut harness = harness(AppOptions {
        dialogs: Box::new(ScriptedDialogs {
            save: vec![before.clone(), after.clone()],
            ..ScriptedDialogs::default()
        }),
        ..test_options()
    });
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.run();
    harness.get_by_label("➕ Add event").click();
    harness.run();
    assert_eq!(harness.state().doc().timeline().events.len(), 14);
    assert_eq!(harness.state().selection().single(), Some("new-event"));
    click_away_from_fields(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().doc().timeline().events.len(), 13);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.run();
    assert_eq!(
        std::fs::read(&before).expect("before"),
        std::fs::read(&after).expect("after")
    );
}

/// After adding, 14 events are listed, so the status bar reads differently.
fn click_away_from_fields(harness: &mut Harness) {
    harness
        .get_by_label("14 events · 1 trip · 1 principal")
        .click();
    harness.run();
}

#[test]
fn coordinates_typed_for_a_place_are_kept_and_undo_returns_to_the_gazetteer() {
    let mut harness = harness(test_options());
    harness.run();
    select(&mut harness, "Mumbai");
    let coords = |h: &Harness| {
        h.state()
            .doc()
            .timeline()
            .event("mumbai")
            .map(|e| (e.place.lat(), e.place.lon()))
    };
    assert_eq!(coords(&harness), Some((None, None)));
    let field = harness.get_by_role_and_label(Role::TextInput, "Coordinates");
    field.scroll_to_me();
    field.click();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Coordinates")
        .type_text("19.07, 72.88");
    harness.run();
    click_away(&mut harness);
    assert_eq!(coords(&harness), Some((Some(19.07), Some(72.88))));
    assert_eq!(
        harness.state().doc().history().undo_label(),
        Some("coordinates change of 'Mumbai'")
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(coords(&harness), Some((None, None)));
}

#[test]
fn a_start_typed_as_text_moves_the_event_and_a_bad_date_is_explained_in_place() {
    let mut harness = harness(test_options());
    harness.run();
    select(&mut harness, "Mumbai");
    let type_start = |h: &mut Harness, text: &str| {
        retype(h, "Start date", text);
        click_away(h);
    };
    let shown = |h: &Harness| {
        h.get_by_role_and_label(Role::TextInput, "Start date")
            .accesskit_node()
            .value()
            .unwrap_or_default()
    };
    type_start(&mut harness, "2026-02-30");
    assert_eq!(event_start(&harness, "mumbai"), "2026-02-26");
    assert!(
        harness.query_by_label_contains("is not a date").is_some(),
        "the field says what is wrong with the date"
    );
    assert_eq!(
        shown(&harness),
        "2026-02-30",
        "the typing stays to be corrected"
    );
    // Escape gives up the typing: the field shows the date again, and the message goes.
    harness
        .get_by_role_and_label(Role::TextInput, "Start date")
        .click();
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(shown(&harness), "2026-02-26");
    assert!(harness.query_by_label_contains("is not a date").is_none());
    assert!(
        !harness.state().doc().is_dirty(),
        "giving up changes nothing"
    );
    type_start(&mut harness, "2026-02-30");
    type_start(&mut harness, "2026-02-27");
    assert_eq!(event_start(&harness, "mumbai"), "2026-02-27");
    assert!(
        harness.query_by_label_contains("is not a date").is_none(),
        "a date that reads clears the message"
    );
}

#[test]
fn escape_in_a_field_puts_back_what_it_had_and_changes_nothing() {
    let mut harness = harness(test_options());
    harness.run();
    select(&mut harness, "Mumbai");
    retype(&mut harness, "Title", "Typo");
    harness.key_press(Key::Escape);
    harness.run();
    let title = |h: &Harness| {
        h.state()
            .doc()
            .timeline()
            .event("mumbai")
            .map(|e| e.title.to_string())
    };
    assert_eq!(title(&harness).as_deref(), Some("Mumbai"));
    assert!(!harness.state().doc().is_dirty());
    assert_eq!(
        harness
            .get_by_role_and_label(Role::TextInput, "Title")
            .accesskit_node()
            .value()
            .as_deref(),
        Some("Mumbai")
    );
}

fn event_dates(harness: &Harness, id: &str) -> (String, Option<String>) {
    let e = harness.state().doc().timeline().event(id).expect("event");
    (e.start.to_string(), e.end.map(|d| d.to_string()))
}

#[test]
fn a_start_typed_past_the_end_takes_the_end_along_in_one_undoable_step() {
    let mut harness = harness(test_options());
    harness.run();
    select(&mut harness, "Mumbai");
    retype(&mut harness, "Start date", "2026-02-28");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(
        event_dates(&harness, "mumbai"),
        ("2026-02-28".into(), Some("2026-03-01".into())),
        "two days long, as before"
    );
    click_away(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        event_dates(&harness, "mumbai"),
        ("2026-02-26".into(), Some("2026-02-27".into()))
    );
}

#[test]
fn a_refused_start_stays_in_its_field_with_the_reason_beside_it() {
    let mut harness = harness(test_options());
    harness.run();
    select(&mut harness, "Tokyo");
    retype(&mut harness, "Start date", "2026-03-10");
    harness.key_press(Key::Enter);
    harness.run();
    harness.run();
    assert_eq!(event_dates(&harness, "tokyo").0, "2026-03-05", "refused");
    let labels: Vec<String> = harness
        .get_all_by_label_contains("ends on 12 Mar 2026, after its trip")
        .map(|n| {
            let node = n.accesskit_node();
            node.label().or(node.value()).unwrap_or_default()
        })
        .collect();
    assert!(
        labels.iter().any(|l| l.starts_with('⚠')),
        "the reason is beside the field: {labels:?}"
    );
    let field = harness.get_by_role_and_label(Role::TextInput, "Start date");
    assert_eq!(
        field.accesskit_node().value().as_deref(),
        Some("2026-03-10"),
        "the refused text is still there to correct"
    );
}

#[test]
fn the_day_picker_opens_on_the_events_month_and_a_click_moves_its_start_there() {
    let mut harness = harness(test_options());
    harness.run();
    select(&mut harness, "New Delhi");
    harness
        .get_by_label("28 Feb 2026: choose another day")
        .click();
    harness.run();
    harness.get_by_label("February 2026");
    harness.get_by_label("Friday 27 February 2026").click();
    harness.run();
    assert_eq!(event_start(&harness, "new-delhi"), "2026-02-27");
    assert!(
        harness.query_by_label("February 2026").is_none(),
        "the month closes once a day is picked"
    );
    assert_eq!(
        harness.state().doc().history().undo_label(),
        Some("start change of 'New Delhi'")
    );
}

#[test]
fn the_day_picker_speaks_french_with_the_interface() {
    let mut options = test_options();
    if let Some(state) = options.ui_state.as_mut() {
        state.lang = Some(itinera::i18n::Lang::Fr);
    }
    let mut harness = harness(options);
    harness.run();
    select(&mut harness, "New Delhi");
    harness
        .get_by_label("28 févr. 2026 : choisir un autre jour")
        .click();
    harness.run();
    harness.get_by_label("février 2026");
    harness.get_by_label("lun.");
    harness.get_by_label("vendredi 27 février 2026").click();
    harness.run();
    assert_eq!(event_start(&harness, "new-delhi"), "2026-02-27");
}
