//! The import window's preview, worked out on the file worker: what a sheet comes to, how far reading it has got,
//! and which answer the window takes when the mapping changes faster than the answers come.

use std::path::{Path, PathBuf};

use itinera::io::incoming::{self, Opened};
use itinera::io::progress::{Progress, Stage};
use itinera::io::sheet::{self, Field};
use itinera::model::Timeline;
use itinera::view::import::ImportSession;

const SHEET: &str = "Id,Title,Start,Country\n\
    mumbai,Mumbai,2026-02-26,IN\n\
    delhi,New Delhi,2026-02-28,IN\n\
    mumbai,Mumbai again,2026-03-01,IN\n\
    nowhere,Nowhere,2026-03-02,Atlantis\n";

fn english() {
    itinera::i18n::set(itinera::i18n::Lang::En);
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path
}

fn opened(path: &Path, t: &Timeline) -> Opened {
    incoming::open(path, None, t, &Progress::default()).expect("opens")
}

#[test]
fn a_sheet_opened_for_import_lists_every_row_in_order_with_the_document_s_refusals_on_their_lines()
{
    english();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(dir.path(), "mission.csv", SHEET);
    let opened = opened(&path, &Timeline::default());
    let lines = &opened.worked.lines;
    let numbers: Vec<&str> = lines.iter().map(|l| l.number.as_str()).collect();
    assert_eq!(numbers, ["2", "3", "4", "5"]);
    assert_eq!(lines[0].problem, None);
    assert_eq!(
        lines[0]
            .event
            .map(|n| opened.worked.incoming[n].event.title.as_str()),
        Some("Mumbai")
    );
    // The repeated id is the document's refusal; the unknown country is the sheet's own problem.
    assert!(
        lines[2]
            .problem
            .as_deref()
            .is_some_and(|p| p.contains("used again (first at mission.csv:2)")),
        "{:?}",
        lines[2].problem
    );
    assert!(
        lines[3]
            .problem
            .as_deref()
            .is_some_and(|p| p.starts_with("mission.csv:5:D") && p.contains("Atlantis")),
        "{:?}",
        lines[3].problem
    );
    assert_eq!(opened.worked.summary.added, 2);
    assert_eq!(opened.worked.summary.unreadable, 1);
}

#[test]
fn reading_a_sheet_notes_every_byte_read_then_every_row_turned_into_an_event() {
    english();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(dir.path(), "mission.csv", SHEET);
    let progress = Progress::default();
    let book = sheet::read_noting(&path, None, &progress).expect("reads");
    let read = progress.step().expect("a stage is noted");
    assert_eq!(read.stage, Stage::Reading);
    assert_eq!(read.total, SHEET.len() as u64);
    assert_eq!(read.done, read.total, "every byte went through the reader");
    let mapping = sheet::Mapping::guess(&book.grid);
    sheet::convert_noting(&book.grid, &mapping, &Default::default(), &progress);
    let rows = progress.step().expect("a stage is noted");
    assert_eq!((rows.stage, rows.done, rows.total), (Stage::Rows, 4, 4));
}

#[test]
fn a_workbook_s_bytes_are_noted_as_they_are_read() {
    english();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("mission.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (r, row) in SHEET.lines().enumerate() {
        for (c, value) in row.split(',').enumerate() {
            sheet
                .write_string(r as u32, c as u16, value)
                .expect("write");
        }
    }
    book.save(&path).expect("save");
    let progress = Progress::default();
    sheet::read_noting(&path, None, &progress).expect("reads");
    let read = progress.step().expect("a stage is noted");
    assert_eq!(read.stage, Stage::Reading);
    assert_eq!(
        read.total,
        std::fs::metadata(&path).expect("metadata").len()
    );
    assert!(
        read.done > read.total / 2,
        "{} of {}",
        read.done,
        read.total
    );
}

#[test]
fn the_window_takes_only_the_answer_to_the_newest_change_of_mapping_and_waits_for_it_to_import() {
    english();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(dir.path(), "mission.csv", SHEET);
    let t = Timeline::default();
    let mut session = ImportSession::new(path.clone(), opened(&path, &t));
    assert!(session.can_import());
    let country = 3;
    session.set_column(country, Field::Ignore);
    let first = session.rework(&t);
    session.set_column(country, Field::Country);
    let second = session.rework(&t);
    assert!(
        !session.can_import(),
        "Import waits while the preview is worked out"
    );
    // The first request was overtaken before the worker reached it: it is skipped, and an answer to it is not
    // taken.
    assert_eq!(first.run(), None);
    let stale = incoming::work_out(
        &session.source,
        &first.mapping,
        &first.orders,
        &t,
        &Progress::default(),
    );
    session.reworked(first.ticket, Some(stale));
    assert!(session.pending.is_some());
    let answer = second.run().expect("the newest request is worked out");
    session.reworked(second.ticket, Some(answer));
    assert_eq!(session.pending, None);
    assert!(session.can_import());
    // With the country column back, Atlantis is a problem again.
    assert_eq!(session.worked.summary.unreadable, 1);
}

#[test]
fn without_a_title_column_the_preview_names_the_missing_field_and_nothing_can_be_imported() {
    english();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(dir.path(), "mission.csv", SHEET);
    let t = Timeline::default();
    let mut session = ImportSession::new(path.clone(), opened(&path, &t));
    session.set_column(1, Field::Ignore);
    let rework = session.rework(&t);
    let worked = rework.run();
    session.reworked(rework.ticket, worked);
    assert_eq!(session.worked.missing, [Field::Title]);
    assert!(!session.can_import());
}

#[test]
fn confirming_takes_the_changes_worked_out_ahead_only_while_the_document_is_the_one_they_were_worked_out_for()
 {
    use itinera::document::Document;
    use itinera::edit::Command;
    english();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(dir.path(), "mission.csv", SHEET);
    let sample = Document::sample().timeline().clone();
    let opened = opened(&path, &sample);
    let ready = opened.worked.ready.clone().expect("worked out ahead");
    assert!(ready.fits(&sample));
    let import = |doc: &mut Document, ready: Option<&itinera::edit::import::Ready>| {
        let (source, incoming) = ("mission.csv".to_owned(), opened.worked.incoming.clone());
        let command = match ready {
            Some(ready) => Command::ImportReady {
                source,
                incoming,
                ready: Box::new(ready.clone()),
            },
            None => Command::Import { source, incoming },
        };
        doc.apply(command).expect("imports");
        doc.timeline().clone()
    };
    // Unchanged: the same result as working it out afresh.
    let mut doc = Document::from_timeline(sample.clone(), "plan.ron".into());
    let ahead = import(&mut doc, Some(&ready));
    let mut doc = Document::from_timeline(sample.clone(), "plan.ron".into());
    assert_eq!(ahead, import(&mut doc, None));
    // Mumbai's notes edited meanwhile (the sheet does not set notes): the import keeps the edit.
    let mut doc = Document::from_timeline(sample.clone(), "plan.ron".into());
    let mut mumbai = doc.timeline().event("mumbai").expect("Mumbai").clone();
    mumbai.notes = "Edited while the import window was open".into();
    doc.apply(Command::SetEvent {
        id: "mumbai".into(),
        what: "notes".into(),
        event: Box::new(mumbai),
    })
    .expect("edits");
    assert!(!ready.fits(doc.timeline()));
    let after = import(&mut doc, Some(&ready));
    assert_eq!(
        after.event("mumbai").map(|e| e.notes.as_str()),
        Some("Edited while the import window was open")
    );
    assert_eq!(
        after.event("mumbai").map(|e| e.title.as_str()),
        Some("Mumbai"),
        "and the sheet's title"
    );
}
