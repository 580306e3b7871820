//! Several programmes open at once as layers: every visible layer's events in the views, one layer edited at a
//! time and saved alone, hiding a layer, and plan checks across the files for a principal they share.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui_kittest::kittest::{NodeT as _, Queryable as _};
use itinera::app::{AppOptions, ItineraApp, Prompt, Request, View};
use itinera::edit::{Command, Shift};
use itinera::model::{DateValue, Principal, Timeline};
use itinera::view::Origin;

use crate::app_ui::test_options;

type Harness = egui_kittest::Harness<'static, ItineraApp>;

fn day(y: i32, m: u32, d: u32) -> DateValue {
    DateValue::Day(chrono::NaiveDate::from_ymd_opt(y, m, d).expect("a date"))
}

/// The Foreign Minister's programme: a visit of her own, and two days of talks in Tokyo the Prime Minister
/// (principal "pm", as in the sample) is booked for while the sample has him in Mumbai.
pub(crate) fn foreign_minister() -> Timeline {
    let mut t = Timeline {
        title: "Foreign Minister".into(),
        ..Timeline::default()
    };
    t.principals.push(Principal {
        id: "pm".into(),
        name: "Mark Carney".into(),
        role: "Prime Minister of Canada".into(),
    });
    t.principals.push(Principal {
        id: "fm".into(),
        name: "Anita Anand".into(),
        role: "Minister of Foreign Affairs".into(),
    });
    let mut visit = t.new_event_on(chrono::NaiveDate::from_ymd_opt(2026, 4, 14).expect("date"));
    visit.id = "fm-berlin".into();
    visit.title = "Foreign Minister in Berlin".into();
    visit.place.country = "DE".parse().expect("a country");
    visit.place.city = "Berlin".into();
    visit.principals = ["fm".into()].into_iter().collect();
    let mut dinner = t.new_event_on(chrono::NaiveDate::from_ymd_opt(2026, 2, 26).expect("date"));
    dinner.id = "tokyo-dinner".into();
    dinner.title = "Talks with the Japanese Foreign Minister".into();
    dinner.end = Some(day(2026, 2, 27));
    dinner.place.country = "JP".parse().expect("a country");
    dinner.place.city = "Tokyo".into();
    dinner.principals = ["pm".into(), "fm".into()].into_iter().collect();
    t.events = vec![Arc::new(visit), Arc::new(dinner)];
    t
}

/// The sample as the Prime Minister's file and the Foreign Minister's beside it, in a folder of their own.
fn files() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let pm = dir.path().join("pm.ron");
    let fm = dir.path().join("fm.ron");
    std::fs::write(&pm, itinera::document::SAMPLE_TEXT).expect("write");
    std::fs::write(&fm, itinera::io::serialize(&foreign_minister())).expect("write");
    (dir, pm, fm)
}

fn open(files: &[&Path], view: View) -> Harness {
    let mut h = crate::app_ui::harness(AppOptions {
        files: files.iter().map(|p| p.to_path_buf()).collect(),
        view: Some(view),
        today: chrono::NaiveDate::from_ymd_opt(2026, 2, 20),
        ..test_options()
    });
    h.run();
    h
}

/// Moves the event with this id (of the combined programme) by whole days, as a view's edit would.
fn move_by_days(h: &mut Harness, id: &str, days: i64) {
    h.state_mut().request(Request::Edit {
        origin: Origin::Command,
        command: Command::MoveEvents {
            ids: vec![id.into()],
            by: Shift::days(days),
            lane: None,
        },
    });
    h.run();
}

/// What the status bar says now.
pub fn said(h: &Harness) -> String {
    h.state()
        .chrome
        .notice_text()
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn files_named_together_open_as_layers_and_both_show_in_the_timeline_and_the_table() {
    let (_dir, pm, fm) = files();
    let mut h = open(&[&pm, &fm], View::Timeline);
    assert_eq!(h.state().documents().len(), 2);
    assert_eq!(
        h.state().doc().name(),
        "pm.ron",
        "the first file is the one edited"
    );
    h.get_by_label("Show fm.ron");
    h.get_by_label("Mumbai");
    h.get_by_label("Foreign Minister in Berlin");
    h.get_by_label("Table").click();
    h.run();
    h.get_by_label("Visit to France");
    h.get_by_label("Foreign Minister in Berlin");
}

#[test]
fn the_timeline_groups_lanes_by_layer_first_and_can_mix_them_again() {
    let (_dir, pm, fm) = files();
    let mut h = open(&[&pm, &fm], View::Timeline);
    let top = |h: &Harness, label: &str| {
        h.get_by_role_and_label(egui::accesskit::Role::Button, label)
            .rect()
            .top()
    };
    // Each file's lanes under its name, the first file's above the second's.
    let pm_lane = "pm.ron · Not on a trip";
    let fm_lane = "fm.ron · Not on a trip";
    assert!(top(&h, "pm.ron · Indo-Pacific trade mission") < top(&h, pm_lane));
    assert!(top(&h, pm_lane) < top(&h, fm_lane));
    // Mixed again: one lane of events on no trip, from both files.
    h.get_by_label("Layers first").click();
    h.run();
    assert!(h.query_by_label(fm_lane).is_none());
    h.get_by_role_and_label(egui::accesskit::Role::Button, "Not on a trip");
    h.get_by_label("Foreign Minister in Berlin");
    h.get_by_label("Visit to France");
}

#[test]
fn the_filter_picks_which_files_are_shown_and_a_chip_shows_a_hidden_one_again() {
    let (_dir, pm, fm) = files();
    let mut h = open(&[&pm, &fm], View::Timeline);
    h.get_by_label("Filter by…").click();
    h.run();
    h.get_by_label("File…").click();
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::CheckBox, "fm.ron")
        .click();
    h.run();
    // The file being edited cannot be hidden.
    assert!(
        h.get_by_role_and_label(egui::accesskit::Role::CheckBox, "pm.ron")
            .accesskit_node()
            .is_disabled()
    );
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(h.query_by_label("Foreign Minister in Berlin").is_none());
    h.get_by_label("Visit to France");
    h.get_by_label("Hidden: fm.ron ✖").click();
    h.run();
    h.get_by_label("Foreign Minister in Berlin");
    assert!(h.query_by_label("Hidden: fm.ron ✖").is_none());
}

#[test]
fn hiding_a_layer_hides_its_events_in_every_view() {
    let (_dir, pm, fm) = files();
    let mut h = open(&[&pm, &fm], View::Timeline);
    h.get_by_label("Show fm.ron").click();
    h.run();
    for view in [View::Timeline, View::Table, View::Calendar] {
        h.state_mut().request(Request::SetView(view));
        h.run();
        assert!(
            h.query_by_label("Foreign Minister in Berlin").is_none(),
            "hidden in the {view:?}"
        );
    }
    h.get_by_label("Table").click();
    h.run();
    h.get_by_label("Visit to France");
    h.get_by_label("Show fm.ron").click();
    h.run();
    h.get_by_label("Foreign Minister in Berlin");
}

#[test]
fn editing_the_active_layer_marks_only_it_dirty_and_saving_writes_only_it() {
    let (_dir, pm, fm) = files();
    let fm_before = std::fs::read(&fm).expect("read");
    let mut h = open(&[&pm, &fm], View::Timeline);
    move_by_days(&mut h, "mumbai", 1);
    let dirty: Vec<bool> = h
        .state()
        .documents()
        .iter()
        .map(|o| o.doc.is_dirty())
        .collect();
    assert_eq!(dirty, [true, false]);
    h.state_mut().request(Request::Save);
    h.run();
    assert!(!h.state().doc().is_dirty());
    assert!(
        std::fs::read_to_string(&pm)
            .expect("read")
            .contains("2026-02-27"),
        "the move is saved in pm.ron"
    );
    assert_eq!(
        std::fs::read(&fm).expect("read"),
        fm_before,
        "fm.ron is untouched"
    );
}

#[test]
fn another_layers_event_is_read_only_until_its_layer_is_made_active() {
    let (_dir, pm, fm) = files();
    let mut h = open(&[&pm, &fm], View::Timeline);
    // The combined programme names the other layer's events by layer.
    move_by_days(&mut h, "layer-2/fm-berlin", 2);
    let told = said(&h);
    assert!(
        told.contains("fm.ron") && told.contains("read-only"),
        "{told}"
    );
    assert!(h.state().documents().iter().all(|o| !o.doc.is_dirty()));
    // Made active, its events are edited under their own ids, and the Prime Minister's become read-only.
    h.get_by_label("fm.ron").click();
    h.run();
    assert_eq!(h.state().doc().name(), "fm.ron");
    move_by_days(&mut h, "fm-berlin", 2);
    assert_eq!(
        h.state().doc().event("fm-berlin").map(|e| e.start),
        Some(day(2026, 4, 16))
    );
    move_by_days(&mut h, "layer-1/mumbai", 2);
    let told = said(&h);
    assert!(told.contains("pm.ron"), "{told}");
}

#[test]
fn a_principal_double_booked_across_two_layers_gets_one_warning_naming_both_files() {
    let (_dir, pm, fm) = files();
    let mut h = open(&[&pm, &fm], View::Timeline);
    // The status bar counts it (the Prime Minister's file alone has no clash), and opens the window.
    h.get_by_label("⚠ 1 plan warning").click();
    h.run();
    // A window is laid out over a few frames.
    h.run_steps(3);
    let across: Vec<String> = h
        .query_all_by_role(egui::accesskit::Role::Button)
        .filter_map(|n| n.accesskit_node().label())
        .filter(|l| l.starts_with('⚠') && l.contains("at once"))
        .collect();
    assert_eq!(across.len(), 1, "{across:?}");
    assert!(across[0].ends_with("(in fm.ron and pm.ron)"), "{across:?}");
    assert!(
        across[0].contains("Mark Carney") && across[0].contains("Tokyo"),
        "{across:?}"
    );
}

#[test]
fn closing_the_window_asks_about_a_layer_with_unsaved_changes_that_is_not_the_one_edited() {
    let (_dir, pm, fm) = files();
    let mut h = open(&[&pm, &fm], View::Timeline);
    move_by_days(&mut h, "mumbai", 1);
    h.get_by_label("fm.ron").click();
    h.run();
    assert_eq!(h.state().doc().name(), "fm.ron");
    h.state_mut().request(Request::Quit);
    h.run();
    assert_eq!(
        h.state().doc().name(),
        "pm.ron",
        "the unsaved layer is brought up"
    );
    assert!(matches!(h.state().chrome.prompt, Some(Prompt::Unsaved(_))));
}

#[test]
fn another_layers_event_selected_shows_in_the_inspector_and_its_edits_are_refused() {
    let (_dir, pm, fm) = files();
    let mut h = open(&[&pm, &fm], View::Timeline);
    h.get_by_label("Foreign Minister in Berlin").click();
    h.run();
    assert!(h.state().selection().contains("layer-2/fm-berlin"));
    // The inspector shows its title.
    assert!(
        h.query_all_by_value("Foreign Minister in Berlin")
            .next()
            .is_some(),
        "the title field holds it"
    );
    h.state_mut().request(Request::DeleteSelection);
    h.run();
    assert!(said(&h).contains("read-only"), "{}", said(&h));
    assert!(h.state().documents().iter().all(|o| !o.doc.is_dirty()));
}

/// The Foreign Minister's file as someone else saves it: her Berlin visit moved to Hamburg.
fn saved_elsewhere(fm: &Path) {
    let mut t = foreign_minister();
    let mut visit = (*t.events[0]).clone();
    visit.title = "Foreign Minister in Hamburg".into();
    visit.place.city = "Hamburg".into();
    t.events[0] = Arc::new(visit);
    std::fs::write(fm, itinera::io::serialize(&t)).expect("write");
}

fn layer<'a>(h: &'a Harness, name: &str) -> &'a itinera::document::documents::Open {
    h.state()
        .documents()
        .iter()
        .find(|o| o.doc.name() == name)
        .expect("the layer")
}

#[test]
fn a_layer_not_being_edited_is_read_again_when_someone_else_saves_its_file() {
    let (_dir, pm, fm) = files();
    let mut h = open(&[&pm, &fm], View::Timeline);
    h.get_by_label("Foreign Minister in Berlin");
    saved_elsewhere(&fm);
    assert!(
        crate::durability::wait_for(&mut h, |h| {
            layer(h, "fm.ron").doc.timeline().events[0].title == "Foreign Minister in Hamburg"
        }),
        "fm.ron was read again"
    );
    h.run();
    h.get_by_label("Foreign Minister in Hamburg");
    assert!(h.query_by_label("Foreign Minister in Berlin").is_none());
    assert_eq!(
        h.state().doc().name(),
        "pm.ron",
        "pm.ron is still the one edited"
    );
    assert!(!h.state().doc().is_dirty());
}

#[test]
fn a_layer_with_edits_changed_elsewhere_keeps_them_and_is_asked_about_when_made_active() {
    let (_dir, pm, fm) = files();
    let mut h = open(&[&pm, &fm], View::Timeline);
    h.state_mut().request(Request::SetActiveLayer(1));
    h.run();
    move_by_days(&mut h, "fm-berlin", 1);
    h.state_mut().request(Request::SetActiveLayer(0));
    h.run();
    saved_elsewhere(&fm);
    assert!(
        crate::durability::wait_for(&mut h, |h| h
            .state()
            .chrome
            .notice_text()
            .is_some_and(|n| n.contains("fm.ron was changed by someone else"))),
        "told of the change"
    );
    let kept = layer(&h, "fm.ron");
    assert!(kept.doc.is_dirty(), "the edits are kept");
    assert_eq!(
        kept.doc.timeline().events[0].title,
        "Foreign Minister in Berlin"
    );
    assert!(
        h.state().chrome.prompt.is_none(),
        "nothing is asked of pm.ron"
    );
    h.state_mut().request(Request::SetActiveLayer(1));
    h.run();
    assert!(matches!(
        h.state().chrome.prompt,
        Some(Prompt::ExternalChange(_))
    ));
}

#[test]
fn closing_a_layer_keeps_the_selection_of_the_layers_after_it() {
    let (dir, pm, fm) = files();
    let mut third = foreign_minister();
    third.title = "Trade minister".into();
    for e in &mut third.events {
        let e = std::sync::Arc::make_mut(e);
        e.id = format!("tm-{}", e.id).into();
    }
    let tm = dir.path().join("tm.ron");
    std::fs::write(&tm, itinera::io::serialize(&third)).expect("write");
    let mut h = open(&[&pm, &fm, &tm], View::Table);
    let own = format!("tm-{}", foreign_minister().events[0].id);
    let id = format!("layer-3/{own}");
    h.state_mut().request(Request::Select {
        ids: vec![id.clone()],
        additive: false,
    });
    h.run();
    assert!(h.state().selection().contains(&id));
    h.state_mut().request(Request::CloseLayer(1));
    h.run();
    assert_eq!(h.state().documents().len(), 2);
    let renumbered = id.replace("layer-3/", "layer-2/");
    assert!(
        h.state().selection().contains(&renumbered),
        "{:?}",
        h.state().selection().to_vec()
    );
    // The second layer is now the trade minister's file, which holds the event.
    let second = h.state().documents().iter().nth(1).expect("two layers");
    assert!(second.doc.timeline().event(&own).is_some());
}
