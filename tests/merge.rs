//! `itinera merge` as git's merge driver, in temporary repositories with the real git; and the merge's laws.

use std::path::Path;
use std::process::Command;
use std::sync::Arc;

use egui_kittest::kittest::Queryable as _;
use itinera::model::Timeline;
use itinera::model::merge::merge;

const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/timelines/canada-2026.ron");

/// Runs git in `dir`; returns whether it succeeded and what it said.
pub fn git(dir: &Path, args: &[&str]) -> (bool, String) {
    let out = Command::new("git")
        .current_dir(dir)
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .args([
            "-c",
            "user.name=Planner",
            "-c",
            "user.email=planner@example.org",
        ])
        .args(args)
        .output()
        .expect("git (installed by .ci/run)");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

/// Runs git in `dir` and insists that it succeeds.
pub fn ok(dir: &Path, args: &[&str]) {
    let (success, said) = git(dir, args);
    assert!(success, "git {args:?}: {said}");
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).expect("read");
    assert!(text.contains(from), "{from} in {}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).expect("write");
}

const MUMBAI_STATUS: &str = "status: Tentative,\n            start: \"2026-02-26\",";

/// A repository with the sample committed on `main`, and a branch `advance` made from it. With `driver`,
/// Itinera is set up as the merge driver first.
fn repository(driver: bool) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    std::fs::copy(SAMPLE, d.join("plan.ron")).expect("copy");
    ok(d, &["init", "-q", "-b", "main"]);
    if driver {
        let out = Command::new(env!("CARGO_BIN_EXE_itinera"))
            .current_dir(d)
            .arg("git-setup")
            .output()
            .expect("itinera");
        assert!(out.status.success());
        ok(d, &["add", ".gitattributes"]);
    }
    ok(d, &["add", "plan.ron"]);
    ok(d, &["commit", "-q", "-m", "Approved plan"]);
    ok(d, &["branch", "advance"]);
    dir
}

fn commit_all(d: &Path, message: &str) {
    ok(d, &["commit", "-q", "-a", "-m", message]);
}

fn load(d: &Path) -> Timeline {
    itinera::io::load(&d.join("plan.ron"))
        .map(|p| p.timeline)
        .unwrap_or_else(|e| panic!("the merged file loads: {e}"))
}

/// On main Mumbai is confirmed; on `advance` it moves a day later: neighbouring lines, different fields.
fn different_fields(d: &Path) {
    edit(
        &d.join("plan.ron"),
        MUMBAI_STATUS,
        "status: Confirmed,\n            start: \"2026-02-26\",",
    );
    commit_all(d, "Mumbai confirmed");
    ok(d, &["checkout", "-q", "advance"]);
    edit(
        &d.join("plan.ron"),
        "start: \"2026-02-26\",\n            end: \"2026-02-27\",",
        "start: \"2026-02-27\",\n            end: \"2026-02-28\",",
    );
    commit_all(d, "Mumbai a day later");
    ok(d, &["checkout", "-q", "main"]);
}

#[test]
fn changes_to_different_fields_of_one_event_merge_cleanly_through_the_driver_where_lines_conflict()
{
    // Without the driver, git's line merge stops on the neighbouring lines.
    let plain = repository(false);
    different_fields(plain.path());
    let (merged, said) = git(plain.path(), &["merge", "-q", "advance", "-m", "Merge"]);
    assert!(!merged, "a line merge conflicts: {said}");
    assert!(
        std::fs::read_to_string(plain.path().join("plan.ron"))
            .expect("read")
            .contains("<<<<<<<")
    );

    let dir = repository(true);
    let d = dir.path();
    different_fields(d);
    let (merged, said) = git(d, &["merge", "-q", "advance", "-m", "Merge"]);
    assert!(merged, "{said}");
    let t = load(d);
    assert!(t.conflicts.is_empty());
    let mumbai = t.event("mumbai").expect("Mumbai");
    assert_eq!(mumbai.status, itinera::model::Status::Confirmed);
    assert_eq!(mumbai.start.to_string(), "2026-02-27");
}

#[test]
fn moving_one_event_two_ways_stops_the_merge_with_one_recorded_conflict_in_a_readable_file() {
    let dir = repository(true);
    let d = dir.path();
    let dates = "start: \"2026-02-26\",\n            end: \"2026-02-27\",";
    edit(
        &d.join("plan.ron"),
        dates,
        "start: \"2026-02-26\",\n            end: \"2026-02-28\",",
    );
    commit_all(d, "Mumbai a day longer");
    ok(d, &["checkout", "-q", "advance"]);
    edit(
        &d.join("plan.ron"),
        dates,
        "start: \"2026-02-26\",\n            end: \"2026-03-01\",",
    );
    commit_all(d, "Mumbai two days longer");
    ok(d, &["checkout", "-q", "main"]);
    let (merged, said) = git(d, &["merge", "-q", "advance", "-m", "Merge"]);
    assert!(!merged, "the merge stops: {said}");
    assert!(said.contains("event:mumbai, end"), "{said}");
    let text = std::fs::read_to_string(d.join("plan.ron")).expect("read");
    assert!(!text.contains("<<<<<<<"), "{text}");
    let t = load(d);
    assert_eq!(t.conflicts.len(), 1, "{:?}", t.conflicts);
    assert_eq!(
        (t.conflicts[0].on.as_str(), t.conflicts[0].field.as_str()),
        ("event:mumbai", "end")
    );
    // Ours stands meanwhile; `itinera check` fails until the conflict is resolved.
    let end = t.event("mumbai").and_then(|e| e.end).map(|d| d.to_string());
    assert_eq!(end.as_deref(), Some("2026-02-28"));
    let out = Command::new(env!("CARGO_BIN_EXE_itinera"))
        .env("LANG", "C.UTF-8")
        .arg("check")
        .arg(d.join("plan.ron"))
        .output()
        .expect("itinera");
    let said = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(
        said.contains("unresolved merge conflict on event:mumbai, end"),
        "{said}"
    );
}

#[test]
fn deleting_an_event_on_one_side_and_changing_it_on_the_other_is_a_conflict_not_a_loss() {
    let base = itinera::document::Document::sample().timeline().clone();
    let mut ours = base.clone();
    ours.events.retain(|e| e.id != "tokyo");
    let mut theirs = base.clone();
    let tokyo = theirs
        .events
        .iter()
        .position(|e| e.id == "tokyo")
        .expect("Tokyo");
    Arc::make_mut(&mut theirs.events[tokyo]).notes = "Meet the Keidanren".into();
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(merged.conflicts[0].on, "event:tokyo");
    assert_eq!(merged.conflicts[0].ours, None, "ours deleted it");
    assert_eq!(
        merged.event("tokyo").map(|e| e.notes.as_str()),
        Some("Meet the Keidanren"),
        "the changed event is kept"
    );
}

#[test]
fn two_legs_added_apart_that_double_book_the_principal_merge_cleanly_with_the_warning_printed() {
    let dir = repository(true);
    let d = dir.path();
    let leg = |id: &str, city: &str, country: &str| {
        format!(
            "        (\n            id: \"{id}\",\n            title: \"{city}\",\n            kind: TradeMissionLeg,\n            start: \"2026-03-02\",\n            end: \"2026-03-04\",\n            place: (country: \"{country}\", city: \"{city}\"),\n            principals: [\"pm\"],\n        ),\n"
        )
    };
    let anchor = "    events: [\n";
    edit(
        &d.join("plan.ron"),
        anchor,
        &format!("{anchor}{}", leg("pune", "Pune", "IN")),
    );
    commit_all(d, "Pune");
    ok(d, &["checkout", "-q", "advance"]);
    edit(
        &d.join("plan.ron"),
        anchor,
        &format!("{anchor}{}", leg("sydney", "Sydney", "AU")),
    );
    commit_all(d, "Sydney");
    ok(d, &["checkout", "-q", "main"]);
    let (merged, said) = git(d, &["merge", "advance", "-m", "Merge"]);
    assert!(merged, "{said}");
    assert!(said.contains("merged cleanly, but"), "{said}");
    assert!(said.contains("Pune") && said.contains("Sydney"), "{said}");
    let t = load(d);
    assert!(t.event("pune").is_some() && t.event("sydney").is_some());
}

/// A version of `base` with some events changed, one removed and one added.
fn edited(base: &Timeline, seed: u64) -> Timeline {
    let mut t = base.clone();
    let n = t.events.len();
    for (k, i) in (0..n)
        .filter(|i| (*i as u64 + seed).is_multiple_of(7))
        .enumerate()
    {
        let e = Arc::make_mut(&mut t.events[i]);
        if k % 2 == 0 {
            e.notes = format!("note {seed}").into();
        } else {
            e.status = itinera::model::Status::Confirmed;
        }
    }
    if n > 3 {
        t.events.remove((seed as usize) % n);
    }
    let mut extra = (*t.events[0]).clone();
    extra.id = format!("added-{seed}").into();
    t.events.push(Arc::new(extra));
    t
}

proptest::proptest! {
    #[test]
    fn a_change_on_one_side_or_the_same_on_both_merges_to_that_change(seed in 0u64..200) {
        let base = itinera::model::generate::generate(30, seed);
        let x = edited(&base, seed);
        proptest::prop_assert_eq!(&merge(&base, &x, &base), &x);
        proptest::prop_assert_eq!(&merge(&base, &base, &x), &x);
        proptest::prop_assert_eq!(&merge(&base, &x, &x), &x);
        let y = edited(&base, seed + 1);
        proptest::prop_assert_eq!(merge(&base, &x, &y), merge(&base, &x, &y));
    }
}

/// The sample merged with Mumbai's end changed two ways: one conflict on its end.
fn conflicted() -> Timeline {
    let base = itinera::document::Document::sample().timeline().clone();
    let end = |t: &Timeline, day: &str| {
        let mut t = t.clone();
        let i = t
            .events
            .iter()
            .position(|e| e.id == "mumbai")
            .expect("Mumbai");
        Arc::make_mut(&mut t.events[i]).end = Some(day.parse().expect("a date"));
        t
    };
    merge(&base, &end(&base, "2026-02-28"), &end(&base, "2026-03-01"))
}

#[test]
fn resolving_a_conflict_takes_the_version_picked_in_one_undoable_step() {
    use itinera::edit::{Command, resolve::Pick};
    itinera::i18n::set(itinera::i18n::Lang::En);
    let merged = conflicted();
    assert_eq!(merged.conflicts.len(), 1);
    // The file as written and read back keeps the conflict.
    let text = itinera::io::serialize(&merged);
    let read = itinera::io::parse("plan.ron", &text).expect("readable");
    assert_eq!(read.timeline.conflicts, merged.conflicts);
    let mut doc = itinera::document::Document::from_timeline(read.timeline, "plan.ron".into());
    let end = |doc: &itinera::document::Document| {
        doc.event("mumbai")
            .and_then(|e| e.end)
            .map(|d| d.to_string())
    };
    assert_eq!(end(&doc).as_deref(), Some("2026-02-28"), "ours meanwhile");
    doc.apply(Command::ResolveConflict {
        index: 0,
        pick: Pick::Theirs,
    })
    .expect("resolved");
    assert_eq!(end(&doc).as_deref(), Some("2026-03-01"));
    assert!(doc.timeline().conflicts.is_empty());
    assert!(!itinera::io::serialize(doc.timeline()).contains("conflicts"));
    doc.undo();
    assert_eq!(end(&doc).as_deref(), Some("2026-02-28"));
    assert_eq!(doc.timeline().conflicts.len(), 1);
}

#[test]
fn resolving_a_delete_and_change_conflict_can_delete_or_keep_the_event() {
    use itinera::edit::{Command, resolve::Pick};
    itinera::i18n::set(itinera::i18n::Lang::En);
    let base = itinera::document::Document::sample().timeline().clone();
    let mut ours = base.clone();
    ours.events.retain(|e| e.id != "tokyo");
    let mut theirs = base.clone();
    let i = theirs
        .events
        .iter()
        .position(|e| e.id == "tokyo")
        .expect("Tokyo");
    Arc::make_mut(&mut theirs.events[i]).notes = "Meet the Keidanren".into();
    let merged = merge(&base, &ours, &theirs);
    let mut doc = itinera::document::Document::from_timeline(merged, "plan.ron".into());
    doc.apply(Command::ResolveConflict {
        index: 0,
        pick: Pick::Ours,
    })
    .expect("resolved");
    assert!(doc.event("tokyo").is_none(), "ours deleted it");
    assert!(doc.timeline().conflicts.is_empty());
    doc.undo();
    doc.apply(Command::ResolveConflict {
        index: 0,
        pick: Pick::Theirs,
    })
    .expect("resolved");
    assert_eq!(
        doc.event("tokyo").map(|e| e.notes.as_str()),
        Some("Meet the Keidanren")
    );
    assert_eq!(doc.timeline().events.len(), base.events.len());
}

#[test]
fn a_file_with_a_recorded_conflict_opens_with_a_conflicts_panel_where_picking_a_version_resolves_it()
 {
    use crate::app_ui::{harness, menu_item, test_options};
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, itinera::io::serialize(&conflicted())).expect("write");
    let mut h = harness(itinera::app::AppOptions {
        files: vec![path.clone()],
        ..test_options()
    });
    h.run();
    h.get_by_label("One merge conflict");
    h.get_by_label("Theirs: 2026-03-01").click();
    h.run();
    let end = |h: &egui_kittest::Harness<'static, itinera::app::ItineraApp>| {
        h.state()
            .doc()
            .event("mumbai")
            .and_then(|e| e.end)
            .map(|d| d.to_string())
    };
    assert_eq!(end(&h).as_deref(), Some("2026-03-01"));
    assert!(h.state().doc().timeline().conflicts.is_empty());
    assert!(
        h.query_by_label("One merge conflict").is_none(),
        "the panel goes"
    );
    menu_item(&mut h, "File", "Save Ctrl+S");
    let saved = itinera::io::load(&path).expect("the saved file loads");
    assert!(saved.timeline.conflicts.is_empty(), "a clean file");
    let mumbai_end = saved
        .timeline
        .event("mumbai")
        .and_then(|e| e.end)
        .map(|d| d.to_string());
    assert_eq!(mumbai_end.as_deref(), Some("2026-03-01"));
}

#[test]
fn conflicts_on_a_trip_and_on_the_document_title_are_resolved_as_events_are() {
    use itinera::edit::{Command, resolve::Pick};
    itinera::i18n::set(itinera::i18n::Lang::En);
    let base = itinera::document::Document::sample().timeline().clone();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    let trip = "indo-pacific-trade-mission";
    let rename = |t: &mut itinera::model::Timeline, name: &str| {
        t.title = format!("{name}'s programme");
        if let Some(trip) = t.trips.iter_mut().find(|r| r.id.as_str() == trip) {
            trip.title = format!("{name}'s mission").into();
        }
    };
    rename(&mut ours, "Ours");
    rename(&mut theirs, "Theirs");
    let merged = merge(&base, &ours, &theirs);
    let on: Vec<&str> = merged.conflicts.iter().map(|c| c.on.as_str()).collect();
    assert_eq!(on.len(), 2, "{on:?}");
    let mut doc = itinera::document::Document::from_timeline(merged, "plan.ron".into());
    let at = |doc: &itinera::document::Document, on: &str| {
        doc.timeline()
            .conflicts
            .iter()
            .position(|c| c.on == on)
            .expect("the conflict")
    };
    let trip_title = |doc: &itinera::document::Document| {
        doc.timeline()
            .trips
            .iter()
            .find(|r| r.id.as_str() == trip)
            .map(|r| r.title.to_string())
    };
    assert_eq!(
        trip_title(&doc).as_deref(),
        Some("Ours's mission"),
        "ours meanwhile"
    );
    let index = at(&doc, &format!("trip:{trip}"));
    doc.apply(Command::ResolveConflict {
        index,
        pick: Pick::Theirs,
    })
    .expect("the trip's conflict resolves");
    assert_eq!(trip_title(&doc).as_deref(), Some("Theirs's mission"));
    let index = at(&doc, "document");
    doc.apply(Command::ResolveConflict {
        index,
        pick: Pick::Base,
    })
    .expect("the title's conflict resolves");
    assert_eq!(doc.timeline().title, base.title);
    assert!(doc.timeline().conflicts.is_empty());
    // Each was one step.
    doc.undo();
    assert_eq!(doc.timeline().title, "Ours's programme");
    assert_eq!(doc.timeline().conflicts.len(), 1);
    doc.undo();
    assert_eq!(trip_title(&doc).as_deref(), Some("Ours's mission"));
    assert_eq!(doc.timeline().conflicts.len(), 2);
}

#[test]
fn a_conflict_on_a_whole_trip_says_on_its_buttons_what_each_side_changed() {
    use crate::app_ui::{harness, test_options};
    itinera::i18n::set(itinera::i18n::Lang::En);
    let base = itinera::document::Document::sample().timeline().clone();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    let trip = "indo-pacific-trade-mission";
    // Each side changes a different field of the trip: trips merge as whole records, so this is one conflict.
    trip_of(&mut ours, trip).title = "Indo-Pacific mission (A)".into();
    trip_of(&mut theirs, trip).notes = "Budget approved".into();
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(merged.conflicts.len(), 1, "{:?}", merged.conflicts);
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, itinera::io::serialize(&merged)).expect("write");
    let mut h = harness(itinera::app::AppOptions {
        files: vec![path],
        ..test_options()
    });
    h.run();
    h.get_by_label("Base: as it was before both");
    h.get_by_label("Ours: title: Indo-Pacific mission (A)");
    h.get_by_label("Theirs: notes: Budget approved").click();
    h.run();
    let notes = h
        .state()
        .doc()
        .timeline()
        .trips
        .iter()
        .find(|r| r.id.as_str() == trip)
        .map(|r| r.notes.to_string());
    assert_eq!(notes.as_deref(), Some("Budget approved"));
    assert!(h.state().doc().timeline().conflicts.is_empty());
}

#[test]
fn a_merge_whose_mix_of_versions_breaks_a_rule_opens_and_its_last_conflict_waits_for_the_rule() {
    use itinera::edit::{Command, resolve::Pick};
    itinera::i18n::set(itinera::i18n::Lang::En);
    let base = itinera::document::Document::sample().timeline().clone();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    let trip = "indo-pacific-trade-mission";
    let day = |s: &str| s.parse::<itinera::model::DateValue>().expect("date");
    trip_of(&mut ours, trip).title = "Indo-Pacific mission (A)".into();
    // Theirs ends the trip, and its Tokyo leg, a day later; ours keeps the trip as it renamed it.
    trip_of(&mut theirs, trip).end = day("2026-03-08");
    let tokyo = theirs
        .events
        .iter()
        .position(|e| e.trip.as_deref() == Some(trip) && e.end == Some(day("2026-03-07")))
        .expect("the trip's last leg");
    Arc::make_mut(&mut theirs.events[tokyo]).end = Some(day("2026-03-08"));
    let mut merged = merge(&base, &ours, &theirs);
    // The merge itself holds the leg back at ours, with a conflict of its own, so the file breaks no rule.
    let on: Vec<String> = merged.conflicts.iter().map(|c| c.on.clone()).collect();
    let leg = format!("event:{}", theirs.events[tokyo].id);
    assert_eq!(on, [format!("trip:{trip}"), leg.clone()]);
    assert!(itinera::io::parse("plan.ron", &itinera::io::serialize(&merged)).is_ok());
    // A file whose conflicts leave the mix that breaks the rule (their leg, our trip), as one edited by hand.
    merged.conflicts.retain(|c| c.on != leg);
    let at = merged
        .events
        .iter()
        .position(|e| e.id == theirs.events[tokyo].id)
        .expect("the leg");
    merged.events[at] = Arc::clone(&theirs.events[tokyo]);
    let text = itinera::io::serialize(&merged);
    let parsed = itinera::io::parse("plan.ron", &text).expect("a file with conflicts opens");
    assert!(
        parsed
            .warnings
            .iter()
            .any(|w| w.message.contains("after its trip")),
        "the broken rule is shown as a warning"
    );
    let mut doc = itinera::document::Document::from_timeline(parsed.timeline, "plan.ron".into());
    let refused = doc
        .apply(Command::ResolveConflict {
            index: 0,
            pick: Pick::Ours,
        })
        .expect_err("ours would leave the leg past the trip's end in a file without conflicts");
    assert!(refused.to_string().contains("last conflict"), "{refused}");
    assert!(refused.to_string().contains("after its trip"), "{refused}");
    doc.apply(Command::ResolveConflict {
        index: 0,
        pick: Pick::Theirs,
    })
    .expect("theirs puts the trip's end after the leg");
    assert!(doc.timeline().conflicts.is_empty());
    let reopened = itinera::io::parse("plan.ron", &itinera::io::serialize(doc.timeline()));
    assert!(reopened.is_ok(), "the resolved file opens as any file does");
}

fn trip_of<'a>(t: &'a mut itinera::model::Timeline, id: &str) -> &'a mut itinera::model::Trip {
    t.trips
        .iter_mut()
        .find(|r| r.id.as_str() == id)
        .expect("the sample's trip")
}

#[test]
fn a_file_with_conflicts_and_two_events_of_one_id_still_does_not_open() {
    itinera::i18n::set(itinera::i18n::Lang::En);
    let mut t = conflicted();
    let twin = Arc::clone(&t.events[0]);
    t.events.push(twin);
    let text = itinera::io::serialize(&t);
    let error = itinera::io::parse("plan.ron", &text)
        .err()
        .map(|e| e.to_string())
        .expect("ids stay an error");
    assert!(error.contains("plan.ron:"), "{error}");
}

#[test]
fn a_start_moved_on_one_side_and_an_end_on_the_other_past_each_other_are_held_back_as_one_conflict()
{
    itinera::i18n::set(itinera::i18n::Lang::En);
    let base = itinera::document::Document::sample().timeline().clone();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    let day = |s: &str| s.parse::<itinera::model::DateValue>().expect("date");
    fn mumbai(t: &mut Timeline) -> &mut itinera::model::Event {
        let i = t
            .events
            .iter()
            .position(|e| e.id.as_str() == "mumbai")
            .expect("Mumbai");
        Arc::make_mut(&mut t.events[i])
    }
    // 26–27 Feb: ours starts it a day later, theirs ends it a day earlier; each alone is a one-day visit.
    mumbai(&mut ours).start = day("2026-02-27");
    mumbai(&mut theirs).end = Some(day("2026-02-26"));
    let merged = merge(&base, &ours, &theirs);
    let on: Vec<(&str, &str)> = merged
        .conflicts
        .iter()
        .map(|c| (c.on.as_str(), c.field.as_str()))
        .collect();
    assert_eq!(on, [("event:mumbai", "record")]);
    assert_eq!(
        merged.event("mumbai"),
        ours.event("mumbai"),
        "ours, whole, meanwhile"
    );
    let text = itinera::io::serialize(&merged);
    assert!(
        itinera::io::parse("plan.ron", &text).is_ok(),
        "the merged file opens"
    );
}

#[test]
fn a_trip_deleted_on_one_side_that_the_other_added_a_leg_to_is_kept_with_a_conflict() {
    itinera::i18n::set(itinera::i18n::Lang::En);
    let base = itinera::document::Document::sample().timeline().clone();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    let trip = "indo-pacific-trade-mission";
    // Theirs drops the trip (its legs stay, outside any trip); ours adds a leg to it.
    theirs.trips.retain(|t| t.id.as_str() != trip);
    for e in &mut theirs.events {
        if e.trip.as_deref() == Some(trip) {
            Arc::make_mut(e).trip = None;
        }
    }
    let mut leg = (*ours.event("mumbai").expect("Mumbai")).clone();
    leg.id = "pune".into();
    leg.title = "Pune".into();
    ours.events.push(Arc::new(leg));
    let merged = merge(&base, &ours, &theirs);
    assert!(
        merged.trip(trip).is_some(),
        "the trip the new leg needs is kept"
    );
    let conflict = merged
        .conflicts
        .iter()
        .find(|c| c.on == format!("trip:{trip}"))
        .expect("a conflict on the trip");
    assert_eq!(conflict.field, "record");
    assert!(conflict.theirs.is_none(), "theirs deleted it");
    let text = itinera::io::serialize(&merged);
    assert!(
        itinera::io::parse("plan.ron", &text).is_ok(),
        "the merged file opens"
    );
}
