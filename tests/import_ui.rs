//! The import window and the spreadsheet export, driven by label.

use egui_kittest::kittest::Queryable as _;
use itinera::app::AppOptions;
use itinera::app::dialogs::ScriptedDialogs;

use crate::app_ui::{harness, menu_item, test_options};

const SHEET: &str = "Id;Titre;Date de début;Pays\n\
    mumbai;Mumbai (forum);26/02/2026;Inde\n\
    expo;Expo visit;03/04/2026;Japon\n\
    bad;Nowhere;05/04/2026;Atlantis\n";

fn with_sheet(text: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("mission.csv");
    std::fs::write(&path, text).expect("write");
    (dir, path)
}

fn opening(path: &std::path::Path) -> AppOptions {
    AppOptions {
        dialogs: Box::new(ScriptedDialogs {
            open: vec![path.to_path_buf()],
            ..ScriptedDialogs::default()
        }),
        ..test_options()
    }
}

#[test]
fn importing_a_sheet_shows_its_columns_and_rows_then_adds_them_as_one_undoable_step() {
    let (_dir, path) = with_sheet(SHEET);
    let mut harness = harness(opening(&path));
    harness.run();
    let before = harness.state().doc().timeline().clone();
    menu_item(&mut harness, "File", "Import…");
    harness.get_by_label("Import mission.csv");
    // Each column's guessed field is shown under its header, and every row in the preview.
    // Under its column header as a sample, and in the preview as an event.
    assert_eq!(harness.get_all_by_label("Expo visit").count(), 2);
    harness.get_by_label_contains("“Atlantis” is not a country");
    // 03/04/2026 and 05/04/2026 could be either way round; 26/02/2026 settles the column as day first.
    assert!(harness.query_by_label_contains("read either way").is_none());
    harness.get_by_label("Import 2 events").click();
    harness.run();
    let t = harness.state().doc().timeline();
    assert_eq!(
        t.events.len(),
        before.events.len() + 1,
        "Mumbai is updated, Expo is added"
    );
    assert_eq!(
        t.event("expo").map(|e| e.start.to_string()),
        Some("2026-04-03".into())
    );
    assert_eq!(
        t.event("mumbai").map(|e| e.title.as_str()),
        Some("Mumbai (forum)")
    );
    assert!(harness.state().doc().is_dirty());
    harness.get_by_label_contains("Imported mission.csv: 1 added, 1 updated");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(*harness.state().doc().timeline(), before);
}

#[test]
fn cancelling_an_import_leaves_the_document_untouched() {
    let (_dir, path) = with_sheet(SHEET);
    let mut harness = harness(opening(&path));
    harness.run();
    let before = harness.state().doc().timeline().clone();
    menu_item(&mut harness, "File", "Import…");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.query_by_label("Import mission.csv").is_none());
    assert_eq!(*harness.state().doc().timeline(), before);
    assert!(!harness.state().doc().is_dirty());
    harness.get_by_label("Import cancelled: nothing changed.");
}

#[test]
fn an_ambiguous_date_column_is_asked_about_once_and_the_answer_reads_every_row() {
    let (_dir, path) = with_sheet("Title,Start,Country\nA,03/04/2026,IN\nB,05/06/2026,JP\n");
    let mut harness = harness(opening(&path));
    harness.run();
    menu_item(&mut harness, "File", "Import…");
    harness.get_by_label_contains("Column B (“Start”) has dates such as 03/04/2026");
    assert!(harness.query_by_label("Import 2 events").is_none());
    harness.get_by_label("Month first (12/31/2026)").click();
    harness.run();
    harness.get_by_label("Import 2 events").click();
    harness.run();
    let t = harness.state().doc().timeline();
    let a = t.events.iter().find(|e| e.title == "A").expect("imported");
    assert_eq!(a.start.to_string(), "2026-03-04");
}

#[test]
fn a_column_can_be_sent_to_another_field_and_the_preview_follows() {
    let (_dir, path) = with_sheet("Title,Start,Where\nTokyo visit,2026-03-06,Japon\n");
    let mut harness = harness(opening(&path));
    harness.run();
    menu_item(&mut harness, "File", "Import…");
    // "Where" names no field, and its values are countries: guessed as the country.
    harness.get_by_label("Import 1 event");
    harness.get_by_label("C · Where").click();
    harness.run();
    harness.get_by_label("(ignore)").click();
    harness.run();
    harness.get_by_label_contains("no country, and no city the gazetteer knows");
    assert!(harness.query_by_label("Import 1 event").is_none());
}

#[test]
fn a_file_that_is_not_a_spreadsheet_says_so_and_keeps_the_document() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.xlsx");
    std::fs::write(&path, "not a workbook").expect("write");
    let mut harness = harness(opening(&path));
    harness.run();
    let before = harness.state().doc().timeline().clone();
    menu_item(&mut harness, "File", "Import…");
    harness.get_by_label_contains("is not a spreadsheet Itinera can read");
    assert_eq!(*harness.state().doc().timeline(), before);
}

#[test]
fn exporting_a_spreadsheet_writes_the_events_shown() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("programme.xlsx");
    let mut harness = harness(AppOptions {
        dialogs: Box::new(ScriptedDialogs {
            save: vec![out.clone()],
            ..ScriptedDialogs::default()
        }),
        ..test_options()
    });
    harness.run();
    let shown = harness.state().doc().timeline().events.len();
    menu_item(&mut harness, "File", "Export spreadsheet (.xlsx, .csv)…");
    let book = itinera::io::sheet::read(&out, None).expect("a workbook");
    assert_eq!(book.grid.rows.len(), shown + 1);
    harness.get_by_label_contains(&format!("Exported {shown} events to"));
}

#[test]
fn the_window_exports_a_trip_book_and_an_image_of_the_whole_view() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (pdf, png) = (dir.path().join("book.pdf"), dir.path().join("view.png"));
    let mut harness = harness(AppOptions {
        dialogs: Box::new(ScriptedDialogs {
            save: vec![pdf.clone(), png.clone()],
            ..ScriptedDialogs::default()
        }),
        ..test_options()
    });
    harness.run();
    menu_item(&mut harness, "File", "Export trip book (PDF)…");
    assert!(std::fs::read(&pdf).expect("written").starts_with(b"%PDF"));
    harness.get_by_label_contains("pages, 13 events to");
    menu_item(&mut harness, "File", "Export image of this view (PNG)…");
    let picture = image::open(&png).expect("a PNG");
    // The table is drawn as the timeline, over the whole programme.
    assert_eq!((picture.width(), picture.height()), (4000, 1200));
    harness.get_by_label_contains("4000 × 1200 px");
}

#[test]
fn a_calendar_entry_whose_place_is_unknown_is_asked_about_and_keeps_its_instant() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("outlook.ics");
    std::fs::write(
        &path,
        "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:x1@example\nDTSTART:20260115T130000Z\nDTEND:20260115T140000Z\nSUMMARY:Working lunch\nLOCATION:Room 301\nEND:VEVENT\nEND:VCALENDAR\n",
    )
    .expect("write");
    let mut harness = harness(opening(&path));
    harness.run();
    menu_item(&mut harness, "File", "Import…");
    harness.get_by_label("Where?").click();
    harness.run();
    harness.get_by_label("Where?").type_text("Paris, France");
    harness.run();
    harness.get_by_label("Set").click();
    harness.run();
    harness.get_by_label("Import 1 event").click();
    harness.run();
    let t = harness.state().doc().timeline();
    let lunch = t
        .events
        .iter()
        .find(|e| e.title == "Working lunch")
        .expect("imported");
    assert_eq!(lunch.place.country.as_str(), "FR");
    assert_eq!(lunch.place.city, "Paris");
    // 13:00 UTC is 14:00 in Paris in January: the same instant, in the venue's time.
    assert_eq!(lunch.start.to_string(), "2026-01-15T14:00");
    assert_eq!(
        itinera::model::EventTimes::of(lunch).start,
        chrono::DateTime::parse_from_rfc3339("2026-01-15T13:00:00Z")
            .expect("valid")
            .timestamp()
    );
}

#[test]
fn a_row_the_document_refuses_shows_why_on_its_own_line() {
    let (_dir, path) = with_sheet(
        "Title,Start,End,Country\nBackwards,2026-03-05,2026-03-01,JP\nTokyo visit,2026-03-06,2026-03-07,JP\n",
    );
    let mut harness = harness(opening(&path));
    harness.run();
    menu_item(&mut harness, "File", "Import…");
    harness.get_by_label_contains("the end 2026-03-01 is before the start");
    harness.get_by_label("Import 1 event");
}

#[test]
fn the_window_exports_an_image_of_the_timeline_over_the_span_on_screen() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (screen, whole) = (dir.path().join("screen.png"), dir.path().join("whole.png"));
    let today = chrono::NaiveDate::from_ymd_opt(2026, 2, 20).expect("date");
    let mut harness = harness(AppOptions {
        dialogs: Box::new(ScriptedDialogs {
            save: vec![screen.clone(), whole.clone()],
            ..ScriptedDialogs::default()
        }),
        view: Some(itinera::app::View::Timeline),
        today: Some(today),
        ..test_options()
    });
    harness.run();
    // The trade mission on screen, 26 February to 7 March.
    let day = |m, d| {
        chrono::NaiveDate::from_ymd_opt(2026, m, d)
            .expect("date")
            .and_time(chrono::NaiveTime::MIN)
            .and_utc()
            .timestamp() as f64
    };
    let axis = harness.state().views.timeline.axis.expect("laid out");
    harness.state_mut().views.timeline.axis =
        Some(itinera::view::timeline::axis::TimeAxis::showing(
            day(2, 26),
            day(3, 8),
            axis.left_px,
            axis.width_px,
        ));
    harness.run();
    let axis = harness.state().views.timeline.axis.expect("laid out");
    menu_item(
        &mut harness,
        "File",
        "Export image of the span on screen (PNG)…",
    );
    menu_item(&mut harness, "File", "Export image of this view (PNG)…");
    let read = |path: &std::path::Path| image::open(path).expect("a PNG").to_rgba8();
    let (on_screen, all) = (read(&screen), read(&whole));
    // Drawn as `itinera image --range` draws that span, and not as the whole programme.
    let doc = harness.state().doc();
    let index = itinera::model::filter::SearchIndex::build(doc.timeline());
    let shown = itinera::document::shown::shown(doc, &index, &Default::default(), false);
    let expected = itinera::view::image::render(&itinera::view::image::ImageRequest {
        doc,
        visible: &shown,
        view: itinera::view::image::ImageView::Timeline,
        width_px: on_screen.width(),
        height_px: 1200,
        range: Some((
            axis.start_secs.floor() as i64,
            axis.end_secs().ceil() as i64,
        )),
        today,
    })
    .expect("drawn");
    assert_eq!((on_screen.width(), on_screen.height()), (4000, 1200));
    assert!(
        on_screen == expected,
        "the span on screen, as the command line draws it"
    );
    assert!(on_screen != all, "not the whole programme");
}
