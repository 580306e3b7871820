//! The command line, run as a real process.

use std::process::Command;

fn itinera(args: &[&str]) -> (i32, String) {
    itinera_in(std::path::Path::new("."), args)
}

/// Runs the binary in `dir`, in English whatever the locale of whoever runs the tests; its exit code and what it
/// wrote to stdout and stderr.
pub fn itinera_in(dir: &std::path::Path, args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_itinera"))
        .current_dir(dir)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .args(args)
        .output()
        .expect("run itinera");
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code().unwrap_or(-1), text)
}

#[test]
fn check_exits_zero_on_the_sample() {
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/timelines/canada-2026.ron");
    assert_eq!(itinera(&["check", sample]), (0, String::new()));
}

#[test]
fn check_exits_one_and_prints_located_problems() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bad.ron");
    std::fs::write(&path, "(\n    format: 1,\n    title: \"x\",\n    home: (country: \"ZZ\", city: \"\", zone: \"UTC\"),\n)\n").expect("write");
    let (code, text) = itinera(&["check", path.to_str().expect("utf-8 path")]);
    assert_eq!(code, 1, "{text}");
    assert!(
        text.starts_with(&format!(
            "{}:4:21: unknown country code \"ZZ\"",
            path.display()
        )),
        "{text}"
    );
}

#[test]
fn check_warns_of_a_principal_in_two_places_at_once_at_the_later_start_and_still_exits_zero() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("clash.ron");
    // New Delhi moved onto Mumbai's days.
    let text = itinera::document::SAMPLE_TEXT.replacen(
        "start: \"2026-02-28\",\n            end: \"2026-03-01\"",
        "start: \"2026-02-26\",\n            end: \"2026-02-27\"",
        1,
    );
    assert_ne!(text, itinera::document::SAMPLE_TEXT, "the edit applied");
    std::fs::write(&path, &text).expect("write");
    let (code, out) = itinera(&["check", path.to_str().expect("utf-8 path")]);
    assert_eq!(code, 0, "{out}");
    let mumbai_line = text
        .lines()
        .position(|l| l.contains("id: \"mumbai\""))
        .expect("mumbai");
    // The later event (New Delhi) comes after Mumbai in the file; its start line is the second such line.
    let delhi_start = text
        .lines()
        .enumerate()
        .skip(mumbai_line + 1)
        .filter(|(_, l)| l.contains("start: \"2026-02-26\""))
        .nth(1)
        .map(|(n, _)| n + 1)
        .expect("New Delhi's start");
    assert!(
        out.starts_with(&format!(
            "{}:{delhi_start}:20: warning: Mark Carney cannot be in Mumbai and New Delhi at once",
            path.display()
        )),
        "{out}"
    );
}

#[test]
fn check_exits_two_on_a_usage_error() {
    assert_eq!(itinera(&["check"]).0, 2);
    assert_eq!(itinera(&["--view", "nowhere"]).0, 2);
}

#[test]
fn fmt_refuses_a_file_with_comments_unless_told_to_drop_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("commented.ron");
    let path_text = path.to_str().expect("utf-8 path");
    let original = itinera::document::SAMPLE_TEXT.replacen(
        "    format: 1,",
        "    // Kept by hand.\n    format: 1,",
        1,
    );
    std::fs::write(&path, &original).expect("write");
    let (code, text) = itinera(&["fmt", path_text]);
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("--drop-comments"), "{text}");
    assert_eq!(std::fs::read_to_string(&path).expect("read"), original);
    assert_eq!(itinera(&["fmt", "--drop-comments", path_text]).0, 0);
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        itinera::document::SAMPLE_TEXT
    );
    assert_eq!(itinera(&["fmt", "--check", path_text]).0, 0);
}

#[test]
fn generate_is_deterministic_and_its_output_checks_clean() {
    let dir = tempfile::tempdir().expect("temp dir");
    let a = dir.path().join("a.ron");
    let b = dir.path().join("b.ron");
    for path in [&a, &b] {
        let (code, text) = itinera(&[
            "generate",
            "--events",
            "300",
            "--seed",
            "9",
            "-o",
            path.to_str().expect("path"),
        ]);
        assert_eq!(code, 0, "{text}");
    }
    let text = std::fs::read_to_string(&a).expect("read");
    assert_eq!(text, std::fs::read_to_string(&b).expect("read"));
    assert_eq!(
        itinera::io::parse("a.ron", &text)
            .expect("valid")
            .timeline
            .events
            .len(),
        300
    );
    assert_eq!(itinera(&["check", a.to_str().expect("path")]).0, 0);
}

#[test]
fn present_export_writes_one_png_per_step() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/timelines/canada-2026.ron");
    let (code, text) = itinera(&[
        "present",
        sample,
        "--export",
        dir.path().to_str().expect("path"),
    ]);
    assert_eq!(code, 0, "{text}");
    let mut pngs: Vec<String> = std::fs::read_dir(dir.path())
        .expect("read")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    pngs.sort();
    // Overview, 13 events, summary.
    assert_eq!(pngs.len(), 15, "{pngs:?}");
    assert_eq!(pngs[0], "step-01.png");
    let first = std::fs::read(dir.path().join("step-01.png")).expect("png");
    assert_eq!(&first[1..4], b"PNG");
}

#[test]
fn ics_writes_the_dated_events_and_says_what_it_left_out() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("plan.ics");
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/timelines/canada-2026.ron");
    let (code, text) = itinera(&["ics", sample, "-o", out.to_str().expect("path")]);
    assert_eq!(code, 0, "{text}");
    assert!(
        text.contains("5 events (left out: 8 known only to the month or year)"),
        "{text}"
    );
    let ics = std::fs::read_to_string(&out).expect("written");
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 5);
    assert!(ics.contains("SUMMARY:Address to both houses of Parliament\r\n"));
    assert!(ics.trim_end().ends_with("END:VCALENDAR"));
}

#[test]
fn check_reports_a_bad_date_and_an_unknown_country_in_one_run() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("two.ron");
    let text = itinera::document::SAMPLE_TEXT
        .replacen("start: \"2026-02-26\"", "start: \"2026-02-30\"", 1)
        .replacen("country: \"JP\"", "country: \"XX\"", 1);
    std::fs::write(&path, text).expect("write");
    let (code, out) = itinera(&["check", path.to_str().expect("utf-8 path")]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("has no day 30"), "{out}");
    assert!(out.contains("unknown country code \"XX\""), "{out}");
}

#[test]
fn the_language_is_taken_before_or_after_a_subcommand_and_keeps_the_exit_codes() {
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/timelines/canada-2026.ron");
    assert_eq!(
        itinera(&["--lang", "fr", "check", sample]),
        (0, String::new())
    );
    assert_eq!(
        itinera(&["check", "--lang", "fr", sample]),
        (0, String::new())
    );
    let (code, text) = itinera(&["--lang", "de", "check", sample]);
    assert_eq!(code, 2, "{text}");
    assert!(text.contains("possible values: en, fr"), "{text}");
}

#[test]
fn present_export_in_french_says_so_in_french_and_writes_the_same_steps() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/timelines/canada-2026.ron");
    let (code, text) = itinera(&[
        "present",
        sample,
        "--export",
        dir.path().to_str().expect("path"),
        "--lang",
        "fr",
    ]);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("15 diapositives"), "{text}");
    assert_eq!(std::fs::read_dir(dir.path()).expect("read").count(), 15);
}

#[test]
fn help_follows_the_language_asked_for() {
    let (code, french) = itinera(&["--lang", "fr", "--help"]);
    assert_eq!(code, 0, "{french}");
    assert!(
        french.contains("Utilisation : itinera") && french.contains("Afficher l’aide"),
        "{french}"
    );
    let (_, check) = itinera(&["check", "--help", "--lang=fr"]);
    assert!(
        check.contains("Vérifier des fichiers de programme"),
        "{check}"
    );
    let (_, english) = itinera(&["--help"]);
    assert!(
        english.contains("Usage: itinera") && english.contains("Print help"),
        "{english}"
    );
}

#[test]
fn import_makes_a_timeline_from_a_sheet_and_a_second_import_updates_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sheet = dir.path().join("mission.csv");
    let plan = dir.path().join("mission.ron");
    std::fs::write(
        &sheet,
        "Id;Titre;Début;Fin;Pays\nmumbai;Mumbai;26/02/2026;27/02/2026;Inde\ntokyo;Tokyo;05/03/2026;07/03/2026;Japon\n",
    )
    .expect("write");
    let (sheet_arg, plan_arg) = (
        sheet.to_str().expect("utf-8"),
        plan.to_str().expect("utf-8"),
    );
    let (code, text) = itinera(&["import", sheet_arg, "--into", plan_arg, "--dates", "dmy"]);
    assert_eq!(code, 0, "{text}");
    assert!(
        text.contains("2 added, 0 updated, 0 unchanged, 0 left out"),
        "{text}"
    );
    assert_eq!(itinera(&["check", plan_arg]).0, 0);
    let saved = std::fs::read_to_string(&plan).expect("written");
    assert!(saved.contains("start: \"2026-03-05\""), "{saved}");

    std::fs::write(
        &sheet,
        "Id;Titre;Début;Fin;Pays\nmumbai;Mumbai;27/02/2026;28/02/2026;Inde\ntokyo;Tokyo;05/03/2026;07/03/2026;Japon\n",
    )
    .expect("write");
    let (code, text) = itinera(&["import", sheet_arg, "--into", plan_arg, "--dry-run"]);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("0 added, 1 updated, 1 unchanged"), "{text}");
    assert!(text.contains("nothing was written"), "{text}");
    assert_eq!(std::fs::read_to_string(&plan).expect("kept"), saved);
}

#[test]
fn import_refuses_to_guess_the_order_of_an_ambiguous_date_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sheet = dir.path().join("plan.csv");
    std::fs::write(&sheet, "Title,Start,Country\nA,03/04/2026,IN\n").expect("write");
    let plan = dir.path().join("plan.ron");
    let (code, text) = itinera(&[
        "import",
        sheet.to_str().expect("utf-8"),
        "--into",
        plan.to_str().expect("utf-8"),
    ]);
    assert_ne!(code, 0, "{text}");
    assert!(text.contains("--dates dmy"), "{text}");
    assert!(!plan.exists());
}

#[test]
fn import_lists_bad_rows_by_place_and_map_renames_columns() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sheet = dir.path().join("plan.csv");
    std::fs::write(
        &sheet,
        "What,When,Where\nMumbai,2026-02-26,IN\nNowhere,2026-02-27,Atlantis\n",
    )
    .expect("write");
    let plan = dir.path().join("plan.ron");
    let (code, text) = itinera(&[
        "import",
        sheet.to_str().expect("utf-8"),
        "--into",
        plan.to_str().expect("utf-8"),
        "--map",
        "What=title,When=start,C=country",
    ]);
    assert_eq!(code, 1, "{text}");
    assert!(
        text.contains("plan.csv: plan.csv:3:C: “Atlantis” is not a country"),
        "{text}"
    );
    assert!(
        text.contains("1 added, 0 updated, 0 unchanged, 1 left out"),
        "{text}"
    );
}

#[test]
fn export_writes_a_workbook_that_imports_back_without_changes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/timelines/canada-2026.ron");
    let book = dir.path().join("programme.xlsx");
    let (code, text) = itinera(&["export", sample, "-o", book.to_str().expect("utf-8")]);
    assert_eq!(code, 0, "{text}");
    let copy = dir.path().join("copy.ron");
    std::fs::copy(sample, &copy).expect("copy");
    let (code, text) = itinera(&[
        "import",
        book.to_str().expect("utf-8"),
        "--into",
        copy.to_str().expect("utf-8"),
        "--dry-run",
    ]);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("0 added, 0 updated"), "{text}");
}

#[test]
fn import_reads_a_calendar_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cal = dir.path().join("cal.ics");
    std::fs::write(
        &cal,
        "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:a@x\nDTSTART;VALUE=DATE:20260226\nDTEND;VALUE=DATE:20260228\nSUMMARY:Mumbai\nLOCATION:Mumbai, India\nEND:VEVENT\nEND:VCALENDAR\n",
    )
    .expect("write");
    let plan = dir.path().join("cal.ron");
    let (code, text) = itinera(&[
        "import",
        cal.to_str().expect("utf-8"),
        "--into",
        plan.to_str().expect("utf-8"),
    ]);
    assert_eq!(code, 0, "{text}");
    let saved = std::fs::read_to_string(&plan).expect("written");
    assert!(saved.contains("end: \"2026-02-27\""), "{saved}");
}

#[test]
fn image_draws_a_chosen_span_of_the_timeline_and_book_writes_a_pdf() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/timelines/canada-2026.ron");
    let png = dir.path().join("mission.png");
    let (code, text) = itinera(&[
        "image",
        sample,
        "--range",
        "2026-02-26..2026-03-07",
        "--width",
        "2400",
        "-o",
        png.to_str().expect("utf-8"),
    ]);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("2400 × 1080 px"), "{text}");
    let (code, text) = itinera(&[
        "image",
        sample,
        "--range",
        "2026-03..2026-02",
        "-o",
        "x.png",
    ]);
    assert_ne!(code, 0);
    assert!(text.contains("is not a range"), "{text}");
    // The span on screen is the window's: the command line says where to find it.
    let (code, text) = itinera(&["image", sample, "--range", "visible", "-o", "x.png"]);
    assert_ne!(code, 0);
    assert!(text.contains("span on screen"), "{text}");
    let pdf = dir.path().join("book.pdf");
    let (code, text) = itinera(&[
        "book",
        sample,
        "--trip",
        "indo-pacific-trade-mission",
        "--paper",
        "a4",
        "-o",
        pdf.to_str().expect("utf-8"),
    ]);
    assert_eq!(code, 0, "{text}");
    assert!(std::fs::read(&pdf).expect("written").starts_with(b"%PDF"));
}
