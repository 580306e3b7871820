//! A plan compared with its baseline: the comparison's marks and words, putting a change back, and the window
//! (ghost bars, the changes panel, marks in the table, "changed since" in the briefing) with a file, a backup and
//! a git revision as the baseline.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui_kittest::kittest::Queryable as _;
use itinera::app::{AppOptions, ItineraApp, Request, View};
use itinera::document::Document;
use itinera::document::baseline::{Baseline, Comparison, Mark};
use itinera::io::versions::Version;
use itinera::model::{DateValue, Timeline};

use crate::app_ui::test_options;

type Harness = egui_kittest::Harness<'static, ItineraApp>;

fn sample() -> Timeline {
    itinera::io::parse(
        itinera::document::SAMPLE_NAME,
        itinera::document::SAMPLE_TEXT,
    )
    .expect("the sample parses")
    .timeline
}

fn day(text: &str) -> DateValue {
    DateValue::Day(chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a date"))
}

/// The sample with Mumbai a day later and a May visit to Mexico added.
fn changed(base: &Timeline) -> Timeline {
    let mut t = base.clone();
    let mumbai = t
        .events
        .iter_mut()
        .find(|e| e.id.as_str() == "mumbai")
        .expect("the sample has Mumbai");
    let mumbai = Arc::make_mut(mumbai);
    mumbai.start = day("2026-02-27");
    mumbai.end = Some(day("2026-02-28"));
    let mut added = t.new_event_on(chrono::NaiveDate::from_ymd_opt(2026, 5, 12).expect("date"));
    added.id = "visit-mexico".into();
    added.title = "Visit to Mexico".into();
    added.place.country = "MX".parse().expect("a country code");
    added.place.city = "Mexico City".into();
    t.events.push(Arc::new(added));
    t
}

/// The baseline and the changed plan, written as two files in a folder of their own.
fn files() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let base = sample();
    let approved = dir.path().join("approved.ron");
    let plan = dir.path().join("plan.ron");
    std::fs::write(&approved, itinera::io::serialize(&base)).expect("write");
    std::fs::write(&plan, itinera::io::serialize(&changed(&base))).expect("write");
    (dir, approved, plan)
}

fn index_of(t: &Timeline, id: &str) -> u32 {
    t.events
        .iter()
        .position(|e| e.id.as_str() == id)
        .expect("the event") as u32
}

#[test]
fn a_moved_and_an_added_event_are_marked_and_said_in_words() {
    let base = sample();
    let now = changed(&base);
    let c = Comparison::of(&base, &now, 1);
    assert_eq!(c.counts(), [1, 1, 0, 0], "one added, one moved");
    assert_eq!(c.mark(index_of(&now, "mumbai")), Some(Mark::Moved));
    assert_eq!(c.mark(index_of(&now, "visit-mexico")), Some(Mark::Added));
    assert_eq!(c.mark(index_of(&now, "new-delhi")), None);
    assert_eq!(
        c.was(index_of(&now, "mumbai")),
        Some(index_of(&base, "mumbai"))
    );
    let words: Vec<&str> = c
        .changes
        .iter()
        .flat_map(|c| &c.words)
        .map(String::as_str)
        .collect();
    assert!(
        words
            .iter()
            .any(|w| w.contains("Mumbai") && w.contains("26") && w.contains("28")),
        "the move in words: {words:?}"
    );
}

#[test]
fn a_removed_event_is_listed_and_putting_it_back_adds_it_again() {
    let base = sample();
    let mut now = base.clone();
    now.events.retain(|e| e.id.as_str() != "new-delhi");
    let mut doc = Document::from_timeline(now, "plan.ron".into());
    let mut baseline = Baseline::new("approved.ron".into(), base.clone());
    baseline.follow(&doc, None);
    let comparison = Arc::clone(baseline.comparison().expect("compared"));
    assert_eq!(comparison.removed, vec![index_of(&base, "new-delhi")]);
    let change = comparison
        .changes
        .iter()
        .find(|c| c.id == "new-delhi")
        .expect("the removal is a change");
    let command = baseline
        .put_back(change)
        .expect("a removal can be put back");
    doc.apply(command).expect("put back");
    assert_eq!(
        doc.event("new-delhi").map(|e| e.start),
        Some(base.events[index_of(&base, "new-delhi") as usize].start)
    );
    baseline.follow(&doc, None);
    assert!(
        baseline.comparison().is_some_and(|c| c.changes.is_empty()),
        "nothing differs once it is back"
    );
}

fn open(plan: &Path, compare: &str) -> Harness {
    let mut h = crate::app_ui::harness(AppOptions {
        files: vec![plan.to_path_buf()],
        compare: Some(compare.to_owned()),
        view: Some(View::Timeline),
        today: chrono::NaiveDate::from_ymd_opt(2026, 2, 20),
        ..test_options()
    });
    h.run();
    h
}

#[test]
fn comparing_shows_a_ghost_where_mumbai_was_and_putting_it_back_restores_its_dates_undoably() {
    let (_dir, approved, plan) = files();
    let mut h = open(&plan, &approved.display().to_string());
    assert_eq!(
        h.state().documents().active_baseline().map(Baseline::label),
        Some("approved.ron")
    );
    h.get_by_label("2 changes since approved.ron");
    h.get_by_label("Mumbai, where it was");
    h.get_by_label_contains("1 added, 1 moved, 0 changed, 0 removed");
    // Changes come in the order of the programme: Mumbai (February) before Mexico (May).
    let put_back = h
        .get_all_by_label("Put back")
        .next()
        .expect("a Put back button");
    put_back.click();
    h.run();
    let start = |h: &Harness| h.state().doc().event("mumbai").map(|e| e.start);
    assert_eq!(start(&h), Some(day("2026-02-26")));
    assert!(h.query_by_label("Mumbai, where it was").is_none());
    h.get_by_label("One change since approved.ron");
    h.state_mut().request(Request::Undo);
    h.run();
    assert_eq!(start(&h), Some(day("2026-02-27")), "putting back is undone");
    h.get_by_label("Mumbai, where it was");
}

#[test]
fn the_table_marks_what_changed_and_the_briefing_says_it_on_the_card() {
    let (_dir, approved, plan) = files();
    let mut h = open(&plan, &approved.display().to_string());
    h.get_by_label("Table").click();
    h.run();
    h.get_by_label("moved");
    h.get_by_label("added");
    h.state_mut().request(Request::Select {
        ids: vec!["mumbai".into()],
        additive: false,
    });
    h.state_mut().request(Request::Present);
    h.run_steps(20);
    let steps = h.state_mut().briefing_steps();
    let at = steps
        .iter()
        .position(|s| {
            matches!(s, itinera::view::briefing::Step::Event(i)
                if h.state().doc().timeline().events[*i as usize].id.as_str() == "mumbai")
        })
        .expect("Mumbai is a step");
    h.state_mut().views.briefing.step = at;
    h.run_steps(20);
    h.get_by_label_contains("Changed since approved.ron");
}

#[test]
fn go_to_selects_the_changed_event() {
    let (_dir, approved, plan) = files();
    let mut h = open(&plan, &approved.display().to_string());
    h.get_all_by_label("Go to")
        .next()
        .expect("a Go to button")
        .click();
    h.run();
    assert!(h.state().selection().contains("mumbai"));
    // The timeline zooms to the event and to where it was: 26 February (then) to the end of 28 February (now),
    // days in the sample's display zone, Ottawa's (UTC−5 in February).
    let axis = h
        .state()
        .views
        .timeline
        .axis
        .expect("the timeline is drawn");
    let at = |d: u32| {
        chrono::NaiveDate::from_ymd_opt(2026, 2, d)
            .and_then(|d| d.and_hms_opt(5, 0, 0))
            .map_or(0.0, |t| t.and_utc().timestamp() as f64)
    };
    assert!(
        axis.start_secs <= at(26) && axis.end_secs() >= at(28) + 86_400.0,
        "{axis:?}"
    );
    assert!(axis.span_secs() < 30.0 * 86_400.0, "zoomed in: {axis:?}");
}

#[test]
fn stopping_takes_the_ghosts_and_the_panel_away() {
    let (_dir, approved, plan) = files();
    let mut h = open(&plan, &approved.display().to_string());
    h.get_by_label("Stop comparing").click();
    h.run();
    assert!(h.state().documents().active_baseline().is_none());
    assert!(h.query_by_label("Mumbai, where it was").is_none());
}

#[test]
fn a_git_revision_of_the_open_file_is_compared_with_through_git_show() {
    let (_dir, plan) = crate::diff::committed_sample();
    let base = sample();
    std::fs::write(&plan, itinera::io::serialize(&changed(&base))).expect("write");
    // The Compare window lists the revision; choosing it compares with it.
    let mut h = crate::app_ui::harness(AppOptions {
        files: vec![plan.clone()],
        view: Some(View::Timeline),
        ..test_options()
    });
    h.run();
    crate::app_ui::menu_item(&mut h, "File", "Compare with…");
    h.get_by_label_contains("Approved plan").click();
    h.run();
    h.get_by_label_contains("changes since plan.ron at");
    h.get_by_label("Mumbai, where it was");
    // And from the command line, by revision.
    let h = open(&plan, "HEAD");
    h.get_by_label("2 changes since plan.ron at HEAD");
}

#[test]
fn a_version_that_cannot_be_read_is_refused_and_the_document_stays() {
    let (dir, _approved, plan) = files();
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "(title: \"unfinished\", events: [").expect("write");
    let mut h = open(&plan, &broken.display().to_string());
    assert!(h.state().documents().active_baseline().is_none());
    let told = crate::layers::said(&h);
    assert!(told.contains("broken.ron"), "{told}");
    assert_eq!(
        h.state().doc().timeline().events.len(),
        changed(&sample()).events.len()
    );
    h.state_mut().request(Request::CompareWith(Version::File(
        dir.path().join("absent.ron"),
    )));
    h.run();
    assert!(h.state().documents().active_baseline().is_none());
}

#[test]
fn a_removed_event_is_shown_in_its_lane_on_the_map_in_the_month_and_above_the_table() {
    let (dir, approved, _plan) = files();
    let mut without = sample();
    without.events.retain(|e| e.id.as_str() != "new-delhi");
    let plan = dir.path().join("without-delhi.ron");
    std::fs::write(&plan, itinera::io::serialize(&without)).expect("write");
    let mut h = open(&plan, &approved.display().to_string());
    h.get_by_label("New Delhi, removed");
    h.get_by_label_contains("0 added, 0 moved, 0 changed, 1 removed");
    h.state_mut().request(Request::SetView(View::Map));
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::Image, "New Delhi, removed");
    // The month it was in shows it outlined, on its days.
    calendar_month(&mut h, 2026, 2);
    h.get_by_role_and_label(egui::accesskit::Role::Image, "New Delhi, removed");
    // The table names it, struck through, above the rows.
    h.state_mut().request(Request::SetView(View::Table));
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::Label, "New Delhi, removed");
}

/// Shows the calendar's month of `year`-`month`.
fn calendar_month(h: &mut Harness, year: i32, month: u32) {
    h.state_mut().request(Request::SetView(View::Calendar));
    h.state_mut().views.calendar.mode = itinera::view::calendar::Mode::Month;
    h.state_mut().views.calendar.cursor = chrono::NaiveDate::from_ymd_opt(year, month, 1);
    h.run();
}

/// Where Mumbai's ghost is drawn, and where its bar is.
fn mumbai_and_where_it_was(h: &Harness) -> (egui::Rect, egui::Rect) {
    let ghost = h
        .get_by_role_and_label(egui::accesskit::Role::Image, "Mumbai, where it was")
        .rect();
    let now = h
        .get_by_role_and_label(egui::accesskit::Role::Button, "Mumbai")
        .rect();
    (ghost, now)
}

/// Shows the calendar's week of 26 February 2026, Mumbai's.
fn calendar_week_of_mumbai(h: &mut Harness) {
    h.state_mut().request(Request::SetView(View::Calendar));
    h.state_mut().views.calendar.mode = itinera::view::calendar::Mode::Week;
    h.state_mut().views.calendar.cursor = chrono::NaiveDate::from_ymd_opt(2026, 2, 26);
    h.run();
}

#[test]
fn the_month_shows_where_a_moved_event_was_beside_where_it_is() {
    let (_dir, approved, plan) = files();
    let mut h = open(&plan, &approved.display().to_string());
    calendar_month(&mut h, 2026, 2);
    let (ghost, now) = mumbai_and_where_it_was(&h);
    // Mumbai moved a day later: its ghost starts a day's width to the left of its bar, in the same week row.
    assert!(ghost.left() < now.left(), "{ghost:?} {now:?}");
    assert!(
        (ghost.width() - now.width()).abs() < 1.0,
        "both two days long"
    );
    // Put back, the ghost goes.
    h.get_all_by_label("Put back")
        .next()
        .expect("a Put back button")
        .click();
    h.run();
    assert!(h.query_by_label("Mumbai, where it was").is_none());
}

#[test]
fn the_week_shows_where_a_moved_event_was_and_a_removed_one_among_its_days() {
    let (dir, approved, plan) = files();
    let mut h = open(&plan, &approved.display().to_string());
    calendar_week_of_mumbai(&mut h);
    let (ghost, now) = mumbai_and_where_it_was(&h);
    // A day earlier than its bar, as long, in the whole-day rows (not on top of the bar).
    assert!(ghost.left() < now.left(), "{ghost:?} {now:?}");
    assert!(
        (ghost.width() - now.width()).abs() < 1.0,
        "both two days long"
    );
    assert!(ghost.top() != now.top(), "laid out in another row");
    // A removed event shows, outlined, on its days of the week.
    let mut without = changed(&sample());
    without.events.retain(|e| e.id.as_str() != "new-delhi");
    let plan = dir.path().join("without-delhi.ron");
    std::fs::write(&plan, itinera::io::serialize(&without)).expect("write");
    let mut h = open(&plan, &approved.display().to_string());
    calendar_week_of_mumbai(&mut h);
    h.get_by_role_and_label(egui::accesskit::Role::Image, "New Delhi, removed");
    h.get_by_role_and_label(egui::accesskit::Role::Image, "Mumbai, where it was");
}

#[test]
fn comparing_still_shows_its_ghosts_with_another_file_beside_as_a_layer() {
    let (dir, approved, plan) = files();
    let fm = dir.path().join("fm.ron");
    std::fs::write(
        &fm,
        itinera::io::serialize(&crate::layers::foreign_minister()),
    )
    .expect("write");
    let mut h = crate::app_ui::harness(AppOptions {
        files: vec![plan, fm],
        compare: Some(approved.display().to_string()),
        view: Some(View::Timeline),
        today: chrono::NaiveDate::from_ymd_opt(2026, 2, 20),
        ..test_options()
    });
    h.run();
    h.get_by_label("Foreign Minister in Berlin");
    h.get_by_label("Mumbai, where it was");
    h.get_by_label("2 changes since approved.ron");
    // The other file's events are not compared: one event is marked added (Mexico), not the Foreign
    // Minister's two.
    h.state_mut().request(Request::SetView(View::Table));
    h.run();
    h.get_by_label("Foreign Minister in Berlin");
    h.get_by_label("added");
    h.get_by_label("moved");
}

#[test]
fn the_week_shows_where_a_meeting_moved_within_its_day_was_and_the_month_does_not() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Mumbai as a two-hour meeting in the baseline, two hours later on the same day in the plan (the same day in
    // Ottawa too).
    let timed = |start: &str, end: &str| {
        let mut t = sample();
        let mumbai = t
            .events
            .iter_mut()
            .find(|e| e.id.as_str() == "mumbai")
            .expect("the sample has Mumbai");
        let mumbai = Arc::make_mut(mumbai);
        mumbai.start = start.parse().expect("a time");
        mumbai.end = Some(end.parse().expect("a time"));
        t
    };
    let approved = dir.path().join("approved.ron");
    let plan = dir.path().join("plan.ron");
    let write = |path: &Path, t: &Timeline| {
        std::fs::write(path, itinera::io::serialize(t)).expect("write");
    };
    write(&approved, &timed("2026-02-26T19:00", "2026-02-26T21:00"));
    write(&plan, &timed("2026-02-26T21:00", "2026-02-26T23:00"));
    let mut h = open(&plan, &approved.display().to_string());
    calendar_week_of_mumbai(&mut h);
    let (ghost, now) = mumbai_and_where_it_was(&h);
    // The same day's column, higher up, as tall.
    assert!(ghost.top() < now.top(), "{ghost:?} {now:?}");
    assert!(
        (ghost.height() - now.height()).abs() < 1.0,
        "both two hours long: {ghost:?} {now:?}"
    );
    assert!(
        ghost.left() < now.right() && now.left() < ghost.right(),
        "the same day"
    );
    // The month draws days, and Mumbai is on its day still.
    calendar_month(&mut h, 2026, 2);
    h.get_by_role_and_label(egui::accesskit::Role::Button, "Mumbai");
    assert!(h.query_by_label("Mumbai, where it was").is_none());
}
