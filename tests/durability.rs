//! Saves survive being killed at any moment, failing paths keep the document unsaved, and no mangled file panics.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui_kittest::kittest::Queryable as _;
use itinera::io::{parse_bytes, save_atomic, serialize};

/// Two different valid timelines of at least 10 MB, as bytes.
fn big_contents() -> (Vec<u8>, Vec<u8>) {
    let mut t = itinera::model::generate::generate(9000, 1);
    let a = serialize(&t).into_bytes();
    t.title = "Second version".into();
    for e in t.events.iter_mut().map(std::sync::Arc::make_mut) {
        e.notes = format!("{} Revised.", e.notes).into();
    }
    let b = serialize(&t).into_bytes();
    assert!(
        a.len() >= 10_000_000 && b.len() >= 10_000_000,
        "{} and {} bytes",
        a.len(),
        b.len()
    );
    (a, b)
}

const CHILD_FILE: &str = "ITINERA_KILL_TEST_FILE";

/// Run as a child process by the kill test: saves the two versions in turn until killed.
#[test]
#[ignore = "a helper the kill test runs in a child process"]
fn kill_test_child_saves_in_a_loop() {
    let Ok(path) = std::env::var(CHILD_FILE) else {
        return;
    };
    // The two versions were written beside the file by the parent, so the child starts saving at once.
    let dir = Path::new(&path)
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let (Ok(a), Ok(b)) = (
        std::fs::read(dir.join("a.bin")),
        std::fs::read(dir.join("b.bin")),
    ) else {
        return;
    };
    loop {
        for content in [&b, &a] {
            if save_atomic(Path::new(&path), content).is_err() {
                return;
            }
        }
    }
}

fn spawn_child(path: &Path) -> std::process::Child {
    std::process::Command::new(std::env::current_exe().expect("test binary"))
        .args([
            "durability::kill_test_child_saves_in_a_loop",
            "--exact",
            "--ignored",
            "--nocapture",
        ])
        .env(CHILD_FILE, path)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spawn the saving child")
}

/// Kills a saving child `rounds` times at random moments and checks the file each time.
fn kill_rounds(rounds: usize) -> (usize, usize) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path: PathBuf = dir.path().join("big.ron");
    let (a, b) = big_contents();
    std::fs::write(dir.path().join("a.bin"), &a).expect("write version a");
    std::fs::write(dir.path().join("b.bin"), &b).expect("write version b");
    save_atomic(&path, &a).expect("first save");
    // How long one save takes here, to spread the kills over it.
    let start = Instant::now();
    save_atomic(&path, &a).expect("timed save");
    let save = start.elapsed().max(Duration::from_millis(5));
    let mut rng = fastrand::Rng::with_seed(11);
    let (mut old, mut new) = (0, 0);
    for round in 0..rounds {
        let mut child = spawn_child(&path);
        // Let the child start and build its content, then kill it somewhere within about two saves.
        let settle = Duration::from_millis(60);
        std::thread::sleep(settle + save.mul_f64(rng.f64() * 2.0));
        let _ = child.kill();
        let _ = child.wait();
        let now = std::fs::read(&path).expect("the file is there");
        if now == a {
            old += 1;
        } else if now == b {
            new += 1;
        } else {
            panic!(
                "round {round}: the file is neither version ({} bytes)",
                now.len()
            );
        }
        // It parses (it is one of two files that do).
        if round == 0 {
            assert!(parse_bytes("big.ron", &now).is_ok());
        }
        // The next save sweeps any temp file the kill left.
        save_atomic(&path, &a).expect("save after the kill");
        let leftovers: Vec<String> = std::fs::read_dir(dir.path())
            .expect("read dir")
            .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
            .filter(|n| n.ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty(), "round {round}: {leftovers:?}");
    }
    (old, new)
}

#[test]
fn a_save_killed_at_any_moment_leaves_the_old_file_or_the_new_one() {
    let (old, new) = kill_rounds(200);
    println!("200 kills: old {old}, new {new}");
    assert!(
        old >= 20 && new >= 20,
        "old {old}, new {new}: kills should land on both sides"
    );
}

#[test]
#[ignore = "long: run with --ignored to kill 1,000 saves"]
fn a_thousand_killed_saves_leave_the_old_file_or_the_new_one() {
    let (old, new) = kill_rounds(1000);
    println!("1000 kills: old {old}, new {new}");
    assert!(old >= 100 && new >= 100, "old {old}, new {new}");
}

#[test]
fn saving_into_a_path_that_cannot_exist_fails_with_a_reason_and_keeps_the_document_unsaved() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("plain-file");
    std::fs::write(&file, "not a folder").expect("write");
    // A path under a regular file fails even for root (ENOTDIR).
    let target = file.join("timeline.ron");
    let mut h = crate::app_ui::harness(itinera::app::AppOptions {
        dialogs: Box::new(itinera::app::dialogs::ScriptedDialogs {
            save: vec![target],
            ..Default::default()
        }),
        ..crate::app_ui::test_options()
    });
    h.run();
    h.state_mut().request(itinera::app::Request::Edit {
        origin: itinera::view::Origin::Command,
        command: itinera::edit::Command::MoveEvents {
            ids: vec!["mumbai".into()],
            by: itinera::edit::Shift::days(1),
            lane: None,
        },
    });
    h.run();
    assert!(h.state().doc().is_dirty());
    h.state_mut().request(itinera::app::Request::SaveAs);
    h.run();
    assert!(h.state().doc().is_dirty(), "still unsaved");
    let notice = h
        .state()
        .chrome
        .notice_text()
        .unwrap_or_default()
        .to_owned();
    assert!(
        notice.starts_with("Could not save") && notice.contains("not yet saved"),
        "{notice}"
    );
}

#[test]
fn saving_an_unedited_document_into_a_missing_folder_names_the_folder_and_keeps_it_clean() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("no-such-folder");
    let mut h = crate::app_ui::harness(itinera::app::AppOptions {
        dialogs: Box::new(itinera::app::dialogs::ScriptedDialogs {
            save: vec![missing.join("timeline.ron")],
            ..Default::default()
        }),
        ..crate::app_ui::test_options()
    });
    h.run();
    h.state_mut().request(itinera::app::Request::SaveAs);
    h.run();
    assert!(!h.state().doc().is_dirty(), "nothing was edited");
    let notice = h
        .state()
        .chrome
        .notice_text()
        .unwrap_or_default()
        .to_owned();
    assert!(
        notice.contains(&format!("the folder {} does not exist", missing.display()))
            && notice.contains("still open as it was")
            && !notice.contains("os error")
            && !notice.contains("unsaved"),
        "{notice}"
    );
}

#[test]
fn mutated_sample_files_give_a_document_or_a_located_error_never_a_panic() {
    let samples = [
        itinera::document::SAMPLE_TEXT.as_bytes().to_vec(),
        include_bytes!("../timelines/demo-300.ron")[..40_000].to_vec(),
    ];
    let mut rng = fastrand::Rng::with_seed(2026);
    let started = Instant::now();
    let mut runs = 0;
    for sample in &samples {
        for _ in 0..1500 {
            let mut bytes = sample.clone();
            for _ in 0..rng.usize(1..8) {
                let at = rng.usize(..bytes.len());
                match rng.u8(..4) {
                    0 => bytes[at] = rng.u8(..),
                    1 => {
                        bytes.remove(at);
                    }
                    2 => bytes.insert(
                        at,
                        *b"\"(),:[]{}0aZ\\\n".get(rng.usize(..14)).unwrap_or(&b'x'),
                    ),
                    _ => bytes.truncate(at),
                }
                if bytes.is_empty() {
                    break;
                }
            }
            match parse_bytes("mutant.ron", &bytes) {
                Ok(_) => {}
                Err(e) => {
                    let first = e.first().expect("an error names its problem");
                    assert!(first.at.line >= 1 && first.at.col >= 1);
                    assert!(e.to_string().starts_with("mutant.ron:"), "{e}");
                }
            }
            runs += 1;
        }
    }
    assert_eq!(runs, 3000);
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "took {:?}",
        started.elapsed()
    );
}

type Harness = egui_kittest::Harness<'static, itinera::app::ItineraApp>;

fn open(path: &Path, data: &Path) -> Harness {
    let mut h = crate::app_ui::harness(itinera::app::AppOptions {
        files: vec![path.to_path_buf()],
        data_dir: Some(data.to_path_buf()),
        ..crate::app_ui::test_options()
    });
    h.run();
    h
}

/// Steps the app until `done` holds or a few seconds pass (file-system events arrive on their own time).
pub(crate) fn wait_for(h: &mut Harness, done: impl Fn(&Harness) -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(5) {
        h.step();
        if done(h) {
            return true;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    false
}

fn edit(h: &mut Harness, id: &str) {
    h.state_mut().request(itinera::app::Request::Edit {
        origin: itinera::view::Origin::Command,
        command: itinera::edit::Command::MoveEvents {
            ids: vec![id.into()],
            by: itinera::edit::Shift::days(1),
            lane: None,
        },
    });
    h.run();
}

/// Another process rewrites the file: `itinera fmt --drop-comments` after a hand edit.
fn rewrite_elsewhere(path: &Path, title: &str) {
    let text = std::fs::read_to_string(path).expect("read");
    let changed = text.replacen(
        "title: \"Prime Minister of Canada: travel in 2026\"",
        &format!("title: \"{title}\""),
        1,
    );
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("cat > '{}'", path.display()))
        .stdin(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write as _;
            child
                .stdin
                .take()
                .expect("stdin")
                .write_all(changed.as_bytes())?;
            child.wait()
        })
        .expect("another process writes the file");
    assert!(status.success());
}

#[test]
fn another_process_rewriting_the_open_file_reloads_it_when_there_are_no_local_edits() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, itinera::document::SAMPLE_TEXT).expect("write");
    let mut h = open(&path, dir.path());
    rewrite_elsewhere(&path, "Changed elsewhere");
    assert!(
        wait_for(&mut h, |h| h.state().doc().timeline().title
            == "Changed elsewhere"),
        "the app reloaded"
    );
    assert!(!h.state().doc().is_dirty());
}

#[test]
fn with_local_edits_an_outside_change_is_asked_about_and_never_overwritten() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, itinera::document::SAMPLE_TEXT).expect("write");
    let mut h = open(&path, dir.path());
    edit(&mut h, "mumbai");
    rewrite_elsewhere(&path, "Changed elsewhere");
    assert!(
        wait_for(&mut h, |h| matches!(
            h.state().chrome.prompt,
            Some(itinera::app::Prompt::ExternalChange(_))
        )),
        "the app asks"
    );
    assert!(h.state().doc().is_dirty(), "local edits are kept");
    // Saving anyway does not overwrite the other person's change without asking again.
    h.state_mut().chrome.prompt = None;
    h.state_mut().request(itinera::app::Request::Save);
    h.run();
    assert!(
        std::fs::read_to_string(&path)
            .expect("read")
            .contains("Changed elsewhere")
    );
    assert!(matches!(
        h.state().chrome.prompt,
        Some(itinera::app::Prompt::ChangedOnDisk(_))
    ));
}

/// Waits for `count` outcomes of a file worker running on its own thread.
fn outcomes(
    worker: &mut itinera::io::worker::FileWorker,
    count: usize,
) -> Vec<itinera::io::worker::Outcome> {
    let mut done = Vec::new();
    let start = Instant::now();
    while done.len() < count && start.elapsed() < Duration::from_secs(20) {
        done.extend(worker.poll());
        std::thread::sleep(Duration::from_millis(5));
    }
    done
}

fn titled(title: &str) -> itinera::model::Timeline {
    itinera::model::Timeline {
        title: title.into(),
        ..Default::default()
    }
}

#[test]
fn the_file_worker_runs_every_queued_save_in_order() {
    use itinera::io::worker::{FileWorker, Job, Outcome};
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.ron");
    let mut worker = FileWorker::new(
        false,
        Some(dir.path().join("backups")),
        std::sync::Arc::new(|| {}),
    );
    for state in 1..=5u64 {
        worker.submit(Job::Save {
            path: path.clone(),
            timeline: titled(&format!("version {state}")),
            expected: None,
            force: true,
            state,
        });
    }
    let done: Vec<(u64, bool)> = outcomes(&mut worker, 5)
        .into_iter()
        .filter_map(|o| match o {
            Outcome::Saved { state, result, .. } => Some((state, result.is_ok())),
            _ => None,
        })
        .collect();
    assert_eq!(
        done,
        [(1, true), (2, true), (3, true), (4, true), (5, true)]
    );
    let saved = itinera::io::load(&path).expect("the last save loads");
    assert_eq!(saved.timeline.title, "version 5");
    assert_eq!(
        itinera::io::backups::list(&dir.path().join("backups"), &path).len(),
        4,
        "earlier versions kept"
    );
}

#[test]
fn a_snapshot_dropped_after_writes_were_asked_for_never_comes_back() {
    use itinera::io::worker::{FileWorker, Job, Outcome};
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().to_path_buf();
    let mut worker = FileWorker::new(false, None, std::sync::Arc::new(|| {}));
    let stem = itinera::io::recovery::stem(None);
    for n in 0..5 {
        worker.submit(Job::Snapshot {
            data: data.clone(),
            stem: stem.clone(),
            timeline: titled(&format!("snapshot {n}")),
            info: itinera::io::recovery::RecoveryInfo {
                path: None,
                written: String::new(),
                changes: n,
            },
        });
    }
    worker.submit(Job::DropSnapshot {
        data: data.clone(),
        stem,
    });
    let written = outcomes(&mut worker, 5)
        .into_iter()
        .filter(|o| matches!(o, Outcome::SnapshotWritten))
        .count();
    assert_eq!(written, 5);
    std::thread::sleep(Duration::from_millis(100));
    assert!(
        itinera::io::recovery::pending(&data).is_empty(),
        "no snapshot asked for before the deletion lands after it"
    );
}

#[test]
fn a_snapshot_that_cannot_be_written_says_so_in_the_status_bar() {
    let dir = tempfile::tempdir().expect("temp dir");
    // The data folder is a file, so no recovery folder can be made in it.
    let data = dir.path().join("not-a-folder");
    std::fs::write(&data, "x").expect("write");
    let mut h = crate::app_ui::harness(itinera::app::AppOptions {
        data_dir: Some(data),
        recovery_delay: Duration::from_millis(0),
        ..crate::app_ui::test_options()
    });
    h.run();
    h.state_mut().request(itinera::app::Request::Edit {
        origin: itinera::view::Origin::Command,
        command: itinera::edit::Command::MoveEvents {
            ids: vec!["mumbai".into()],
            by: itinera::edit::Shift::days(1),
            lane: None,
        },
    });
    h.run_steps(4);
    let notice = h
        .state()
        .chrome
        .notice_text()
        .unwrap_or_default()
        .to_owned();
    assert!(
        notice.contains("could not be snapshotted") && notice.contains("keeps trying"),
        "{notice}"
    );
}

const RECOVERY_DATA: &str = "ITINERA_RECOVERY_TEST_DATA";

/// Run as a child process by the recovery test: edits a file three times, then waits to be killed.
#[test]
#[ignore = "a helper the recovery test runs in a child process"]
fn recovery_child_edits_then_waits() {
    let Ok(data) = std::env::var(RECOVERY_DATA) else {
        return;
    };
    let data = PathBuf::from(data);
    let path = data.join("plan.ron");
    let mut h = crate::app_ui::harness(itinera::app::AppOptions {
        files: vec![path],
        data_dir: Some(data),
        recovery_delay: Duration::from_millis(50),
        ..crate::app_ui::test_options()
    });
    // Steps rather than `run`: file-system events from the recovery writes can keep the window busy for longer
    // than `run` allows, and a panic here would look like a missing snapshot.
    h.run_steps(5);
    for id in ["mumbai", "new-delhi", "australia"] {
        h.state_mut().request(itinera::app::Request::Edit {
            origin: itinera::view::Origin::Command,
            command: itinera::edit::Command::MoveEvents {
                ids: vec![id.into()],
                by: itinera::edit::Shift::days(1),
                lane: None,
            },
        });
        h.run_steps(5);
    }
    loop {
        h.step();
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn after_a_crash_a_fresh_app_offers_the_unsaved_work_with_its_change_count() {
    let data = tempfile::tempdir().expect("temp dir");
    let path = data.path().join("plan.ron");
    std::fs::write(&path, itinera::document::SAMPLE_TEXT).expect("write");
    let mut child = std::process::Command::new(std::env::current_exe().expect("test binary"))
        .args([
            "durability::recovery_child_edits_then_waits",
            "--exact",
            "--ignored",
            "--nocapture",
        ])
        .env(RECOVERY_DATA, data.path())
        .stdout(std::process::Stdio::null())
        .stderr(std::fs::File::create(data.path().join("child.log")).expect("log file"))
        .spawn()
        .expect("spawn");
    let recovery = data.path().join("recovery");
    let start = Instant::now();
    // Wait until the snapshot holds all three edits.
    let changes = |info: &Path| -> Option<usize> {
        let text = std::fs::read_to_string(info).ok()?;
        let info: itinera::io::recovery::RecoveryInfo = ron::from_str(&text).ok()?;
        Some(info.changes)
    };
    let written = loop {
        let three = std::fs::read_dir(&recovery)
            .map(|d| {
                d.flatten()
                    .filter(|e| e.path().extension().is_some_and(|x| x == "info"))
                    .any(|e| changes(&e.path()) == Some(3))
            })
            .unwrap_or(false);
        // Generous: the whole suite runs beside this child.
        if three || start.elapsed() > Duration::from_secs(60) {
            break three;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    // Kill the process as a crash would.
    let _ = child.kill();
    let _ = child.wait();
    if !written {
        // Say what the child did, so a failure explains itself.
        let infos: Vec<String> = std::fs::read_dir(&recovery)
            .map(|d| {
                d.flatten()
                    .map(|e| {
                        let path = e.path();
                        format!("{}: {:?}", path.display(), changes(&path))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let log = std::fs::read_to_string(data.path().join("child.log")).unwrap_or_default();
        panic!("no snapshot with three changes; recovery folder: {infos:?}; child said:\n{log}");
    }
    std::thread::sleep(Duration::from_millis(200));
    let mut h = crate::app_ui::harness(itinera::app::AppOptions {
        data_dir: Some(data.path().to_path_buf()),
        ..crate::app_ui::test_options()
    });
    h.run();
    h.get_by_label("Restore unsaved work?");
    h.get_by_label_contains("had 3 unsaved changes");
    h.get_by_label("Restore").click();
    h.run();
    let app = h.state();
    assert_eq!(app.doc().path(), Some(path.as_path()));
    assert!(app.doc().is_dirty());
    assert_eq!(
        app.doc()
            .timeline()
            .event("mumbai")
            .map(|e| e.start.to_string()),
        Some("2026-02-27".into())
    );
}

#[test]
fn a_damaged_stored_ui_state_is_ignored_so_the_app_starts_from_the_default_layout() {
    struct Broken;
    impl eframe::Storage for Broken {
        fn get_string(&self, _key: &str) -> Option<String> {
            Some("(recent: [\"unterminated".into())
        }
        fn set_string(&mut self, _key: &str, _value: String) {}
        fn remove_string(&mut self, _key: &str) {}
        fn flush(&mut self) {}
    }
    // `ItineraApp::new` falls back to the default UI state when this returns nothing.
    assert_eq!(itinera::app::ItineraApp::stored_ui_state(&Broken), None);
}

#[test]
fn the_offer_to_restore_unsaved_work_stays_until_answered_and_counts_in_words() {
    let data = tempfile::tempdir().expect("temp dir");
    let info = itinera::io::recovery::RecoveryInfo {
        path: None,
        written: chrono::Utc::now().to_rfc3339(),
        changes: 1,
    };
    let stem = itinera::io::recovery::stem(None);
    let sample = itinera::io::parse("sample", itinera::document::SAMPLE_TEXT).expect("sample");
    itinera::io::recovery::write(data.path(), &stem, &sample.timeline, &info).expect("written");
    let mut h = crate::app_ui::harness(itinera::app::AppOptions {
        data_dir: Some(data.path().to_path_buf()),
        ..crate::app_ui::test_options()
    });
    h.run();
    h.get_by_label("Restore unsaved work?");
    h.get_by_label_contains("had 1 unsaved change when");
    h.get_by_label_contains("The snapshot was taken today at");
    // A click outside the question neither dismisses it nor reaches the window behind.
    let outside = egui::pos2(300.0, 300.0);
    h.hover_at(outside);
    h.drag_at(outside);
    h.drop_at(outside);
    h.run();
    h.get_by_label("Restore unsaved work?");
    h.get_by_label("Discard").click();
    h.run();
    assert!(h.query_by_label("Restore unsaved work?").is_none());
}
