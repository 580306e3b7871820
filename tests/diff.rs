//! `itinera diff`: changes by id in words, exit codes as `diff`'s, JSON, and git revisions read with `git show`.

use std::path::Path;

use crate::merge::ok as git;
use itinera::model::compare::{What, diff};

const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/timelines/canada-2026.ron");

use crate::cli::itinera_in as itinera;

/// A temporary repository holding the sample as `plan.ron`, committed once ("Approved plan").
pub fn committed_sample() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = dir.path().join("plan.ron");
    std::fs::copy(SAMPLE, &plan).expect("copy");
    git(dir.path(), &["init", "-q"]);
    git(dir.path(), &["add", "plan.ron"]);
    git(dir.path(), &["commit", "-q", "-m", "Approved plan"]);
    (dir, plan)
}

/// The sample with Mumbai a day later, confirmed, and a note about it.
fn moved_sample() -> String {
    std::fs::read_to_string(SAMPLE).expect("sample").replacen(
        "status: Tentative,\n            start: \"2026-02-26\",\n            end: \"2026-02-27\",",
        "status: Confirmed,\n            start: \"2026-02-27\",\n            end: \"2026-02-28\",",
        1,
    )
}

#[test]
fn a_moved_and_confirmed_event_is_described_in_words_and_exits_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let moved = dir.path().join("moved.ron");
    let text = moved_sample();
    assert_ne!(text, std::fs::read_to_string(SAMPLE).expect("sample"));
    std::fs::write(&moved, text).expect("write");
    let (code, said) = itinera(dir.path(), &["diff", SAMPLE, "moved.ron"]);
    assert_eq!(code, 1, "{said}");
    assert!(
        said.contains("Mumbai: 26 Feb – 27 Feb → 27 Feb – 28 Feb 2026"),
        "{said}"
    );
    assert!(
        said.contains("Mumbai: status Tentative → Confirmed"),
        "{said}"
    );
    assert_eq!(said.lines().count(), 2, "only Mumbai changed: {said}");
}

#[test]
fn the_same_file_has_no_changes_and_exits_zero() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (code, said) = itinera(dir.path(), &["diff", SAMPLE, SAMPLE]);
    assert_eq!((code, said.trim()), (0, "No changes."));
}

#[test]
fn a_file_that_cannot_be_read_exits_two_with_its_place() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("bad.ron"), "(format: 1, title: \n").expect("write");
    let (code, said) = itinera(dir.path(), &["diff", SAMPLE, "bad.ron"]);
    assert_eq!(code, 2, "{said}");
    assert!(said.contains("bad.ron:"), "{said}");
}

#[test]
fn json_gives_the_same_changes_as_data() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("moved.ron"), moved_sample()).expect("write");
    let (code, said) = itinera(
        dir.path(),
        &["diff", SAMPLE, "moved.ron", "--format", "json"],
    );
    assert_eq!(code, 1, "{said}");
    let value: serde_json::Value = serde_json::from_str(&said).expect("JSON");
    let changes = value.as_array().expect("a list");
    assert_eq!(changes.len(), 1);
    assert_eq!(changes[0]["id"], "mumbai");
    assert_eq!(changes[0]["change"], "changed");
    let fields: Vec<&str> = changes[0]["fields"]
        .as_array()
        .expect("fields")
        .iter()
        .filter_map(|f| f["field"].as_str())
        .collect();
    assert_eq!(fields, ["dates", "status"]);
}

#[test]
fn either_side_may_be_a_git_revision() {
    let (dir, plan) = committed_sample();
    std::fs::write(&plan, moved_sample()).expect("write");
    let (code, said) = itinera(dir.path(), &["diff", "HEAD:plan.ron", "plan.ron"]);
    assert_eq!(code, 1, "{said}");
    assert!(
        said.contains("Mumbai: 26 Feb – 27 Feb → 27 Feb – 28 Feb 2026"),
        "{said}"
    );
    let (code, said) = itinera(dir.path(), &["diff", "HEAD~5:plan.ron", "plan.ron"]);
    assert_eq!(
        code, 2,
        "a revision that does not exist is an error: {said}"
    );
}

#[test]
fn added_and_removed_events_are_listed_where_they_fall_in_the_programme() {
    itinera::i18n::set(itinera::i18n::Lang::En);
    let old = itinera::document::Document::sample().timeline().clone();
    let mut new = old.clone();
    let canberra = new
        .events
        .iter()
        .position(|e| e.id == "address-to-parliament-canberra")
        .expect("Canberra");
    new.events.remove(canberra);
    let mut extra = (*new.events[0]).clone();
    extra.id = "ottawa-briefing".into();
    extra.title = "Ottawa briefing".into();
    new.events.push(std::sync::Arc::new(extra));
    let changes = diff(&old, &new);
    let whats: Vec<(&str, &What)> = changes.iter().map(|c| (c.id.as_str(), &c.what)).collect();
    assert_eq!(whats.len(), 2, "{whats:?}");
    assert!(whats.contains(&("address-to-parliament-canberra", &What::Removed)));
    assert!(whats.contains(&("ottawa-briefing", &What::Added)));
    // The added copy of the first event falls at its start, before Canberra in March.
    assert_eq!(whats[0].0, "ottawa-briefing");
    assert!(
        changes[1].words[0].contains(": removed (was "),
        "{:?}",
        changes[1].words
    );
}

proptest::proptest! {
    #[test]
    fn a_programme_compared_with_itself_has_no_changes(seed in 0u64..500) {
        let t = itinera::model::generate::generate(40, seed);
        proptest::prop_assert!(diff(&t, &t).is_empty());
    }
}

/// What git prints, insisting that it succeeds.
fn git_output(dir: &Path, args: &[&str]) -> String {
    let (success, said) = crate::merge::git(dir, args);
    assert!(success, "git {args:?}: {said}");
    said
}

#[test]
fn git_diff_in_a_set_up_repository_describes_a_moved_event_in_words() {
    let (dir, plan) = committed_sample();
    let (code, said) = itinera(dir.path(), &["git-setup", "--check"]);
    assert_eq!(code, 1, "not set up yet: {said}");
    let (code, said) = itinera(dir.path(), &["git-setup"]);
    assert_eq!(code, 0, "{said}");
    // A second run changes nothing and says so.
    let (code, again) = itinera(dir.path(), &["git-setup"]);
    assert_eq!(code, 0, "{again}");
    assert_eq!(again.matches("Already set").count(), 5, "{again}");
    let attributes =
        std::fs::read_to_string(dir.path().join(".gitattributes")).expect("attributes");
    assert_eq!(
        attributes
            .matches("*.ron diff=itinera merge=itinera")
            .count(),
        1
    );
    let (code, said) = itinera(dir.path(), &["git-setup", "--check"]);
    assert_eq!(code, 0, "{said}");
    std::fs::write(&plan, moved_sample()).expect("write");
    let shown = git_output(dir.path(), &["diff", "plan.ron"]);
    assert!(
        shown.contains("Mumbai: 26 Feb – 27 Feb → 27 Feb – 28 Feb 2026"),
        "{shown}"
    );
    assert!(!shown.contains("@@"), "no line diff: {shown}");
    // `git log -p` runs no external diff: it reads the textconv's lines, so the change shows as the moved
    // event's dates under its title, not as lines of RON.
    git_output(dir.path(), &["commit", "-qam", "Mumbai a day later"]);
    let logged = git_output(dir.path(), &["log", "-p", "-1", "plan.ron"]);
    assert!(logged.contains(" Mumbai [mumbai]"), "{logged}");
    assert!(
        logged.contains("-    dates: 26 Feb – 27 Feb 2026")
            && logged.contains("+    dates: 27 Feb – 28 Feb 2026"),
        "{logged}"
    );
    assert!(!logged.contains("start: \""), "no RON lines: {logged}");
}
