//! Spreadsheets and calendars in, spreadsheets out: sheets written here with rust_xlsxwriter and as CSV text,
//! calendars as Outlook, Google and Apple write them, and round trips through Itinera's own exports.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, TimeZone as _};
use itinera::edit::Command;
use itinera::edit::import::{Incoming, prepare};
use itinera::io::sheet::{self, Field, Mapping};
use itinera::model::{DateValue, Event, Resolved, Status, Timeline};
use rust_xlsxwriter::{Format, Workbook};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid day")
}

fn english() {
    itinera::i18n::set(itinera::i18n::Lang::En);
}

/// A workbook with one sheet named `name`, each row written as text except where a cell is given as a number or
/// a date.
enum C<'a> {
    T(&'a str),
    N(f64),
    D(NaiveDate),
    E,
}

fn write_xlsx(dir: &Path, name: &str, rows: &[Vec<C>]) -> PathBuf {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name(name).expect("sheet name");
    let date = Format::new().set_num_format("dd/mm/yyyy");
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            match cell {
                C::T(t) => {
                    sheet.write_string(r, c, *t).expect("write");
                }
                C::N(n) => {
                    sheet.write_number(r, c, *n).expect("write");
                }
                C::D(d) => {
                    sheet
                        .write_datetime_with_format(r, c, d, &date)
                        .expect("write");
                }
                C::E => {}
            }
        }
    }
    let path = dir.join(format!("{name}.xlsx"));
    book.save(&path).expect("save workbook");
    path
}

fn read_and_convert(path: &Path) -> sheet::Imported {
    let book = sheet::read(path, None).expect("readable sheet");
    let mapping = Mapping::guess(&book.grid);
    sheet::convert(&book.grid, &mapping, &HashMap::new())
}

#[test]
fn a_french_workbook_is_read_with_every_way_of_writing_a_date() {
    english();
    let dir = tempfile::tempdir().expect("temp dir");
    use C::*;
    let path = write_xlsx(
        dir.path(),
        "Programme",
        &[
            vec![
                T("Identifiant"),
                T("Titre"),
                T("Date de début"),
                T("Heure de début"),
                T("Pays"),
                T("Ville"),
                T("Type"),
                T("Statut"),
            ],
            vec![
                T("mumbai"),
                T("Mumbai"),
                D(day(2026, 2, 26)),
                E,
                T("Inde"),
                T("Mumbai"),
                T("Visite"),
                T("Confirmé"),
            ],
            vec![
                T("delhi"),
                T("New Delhi"),
                N(46081.0),
                T("14:30"),
                T("IN"),
                T("New Delhi"),
                T("Rencontre bilatérale"),
                E,
            ],
            vec![
                T("apec"),
                T("APEC"),
                T("novembre 2026"),
                E,
                T("Chine"),
                E,
                T("Sommet"),
                T("Provisoire"),
            ],
            vec![
                T("year"),
                T("Return visit"),
                N(2027.0),
                E,
                T("Japon"),
                E,
                E,
                E,
            ],
            vec![
                T("canberra"),
                T("Canberra"),
                T("02/03/2026"),
                E,
                T("Australie"),
                T("Canberra"),
                E,
                E,
            ],
            vec![
                T("tokyo"),
                T("Tokyo"),
                T("26/03/2026"),
                E,
                T("JP"),
                T("Tokyo"),
                E,
                E,
            ],
        ],
    );
    let imported = read_and_convert(&path);
    assert!(imported.problems.is_empty(), "{:?}", imported.problems);
    let by_id: HashMap<&str, &Event> = imported
        .rows
        .iter()
        .map(|r| (r.event.id.as_str(), &r.event))
        .collect();
    assert_eq!(by_id["mumbai"].start, DateValue::Day(day(2026, 2, 26)));
    assert_eq!(by_id["mumbai"].status, Status::Confirmed);
    // 46081 is 28 February 2026 in Excel's count; the time column makes it timed.
    assert_eq!(by_id["delhi"].start.to_string(), "2026-02-28T14:30");
    assert_eq!(by_id["apec"].start, DateValue::Month(2026, 11));
    assert_eq!(by_id["apec"].place.country.as_str(), "CN");
    assert_eq!(by_id["year"].start, DateValue::Year(2027));
    // 26/03/2026 can only be day first, which settles 02/03/2026 in the same column as 2 March.
    assert_eq!(by_id["canberra"].start, DateValue::Day(day(2026, 3, 2)));
    assert_eq!(by_id["tokyo"].place.country.as_str(), "JP");
}

#[test]
fn the_mapping_is_guessed_from_english_and_french_headers_and_from_values() {
    english();
    let grid = sheet::read_delimited(
        "Event;Date de fin;Where;Quand\nMumbai;27/02/2026;Inde;26/02/2026\n".as_bytes(),
        "plan.csv",
        None,
    )
    .expect("csv");
    let mapping = Mapping::guess(&grid);
    assert_eq!(
        mapping.0,
        [Field::Title, Field::End, Field::Country, Field::Start]
    );
}

#[test]
fn an_ambiguous_date_column_is_asked_about_once_and_never_guessed() {
    english();
    let grid = sheet::read_delimited(
        b"Title,Start,Country\nA,03/04/2026,IN\nB,05/06/2026,IN\n",
        "plan.csv",
        None,
    )
    .expect("csv");
    let mapping = Mapping::guess(&grid);
    let unsettled = sheet::convert(&grid, &mapping, &HashMap::new());
    assert_eq!(unsettled.ask_order, [1]);
    assert!(unsettled.rows.is_empty());
    assert!(
        unsettled.problems[0]
            .to_string()
            .starts_with("plan.csv:2:B: “03/04/2026” could be read day first or month first"),
        "{}",
        unsettled.problems[0]
    );
    let settled = sheet::convert(
        &grid,
        &mapping,
        &HashMap::from([(1, sheet::DateOrder::DayFirst)]),
    );
    assert_eq!(settled.rows[0].event.start, DateValue::Day(day(2026, 4, 3)));
    assert_eq!(settled.rows[1].event.start, DateValue::Day(day(2026, 6, 5)));
}

#[test]
fn a_bad_row_names_its_sheet_row_and_column_and_the_rest_come_in() {
    english();
    let dir = tempfile::tempdir().expect("temp dir");
    use C::*;
    let path = write_xlsx(
        dir.path(),
        "Mission",
        &[
            vec![T("Title"), T("Start"), T("Country"), T("Status")],
            vec![T("Mumbai"), T("2026-02-26"), T("IN"), T("Confirmed")],
            vec![T("Canberra"), T("2026-03-02"), T("AU"), T("Maybe")],
            vec![T("Tokyo"), T("2026-03-06"), T("JP"), E],
        ],
    );
    let imported = read_and_convert(&path);
    assert_eq!(imported.rows.len(), 2);
    assert_eq!(imported.problems.len(), 1);
    let shown = imported.problems[0].to_string();
    assert!(
        shown.starts_with("Mission:3:D: “Maybe” is not a status"),
        "{shown}"
    );
}

#[test]
fn files_that_are_not_spreadsheets_get_a_clear_message() {
    english();
    let dir = tempfile::tempdir().expect("temp dir");
    let fake = dir.path().join("plan.xlsx");
    std::fs::write(&fake, "this is not a workbook").expect("write");
    let error = sheet::read(&fake, None)
        .expect_err("not a workbook")
        .to_string();
    assert!(
        error.contains("is not a spreadsheet Itinera can read"),
        "{error}"
    );
    // An encrypted workbook is a compound file, not a zip archive.
    let locked = dir.path().join("locked.xlsx");
    let mut bytes = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    bytes.extend([0; 504]);
    std::fs::write(&locked, bytes).expect("write");
    let error = sheet::read(&locked, None)
        .expect_err("protected")
        .to_string();
    assert!(error.contains("is protected by a password"), "{error}");
    let empty = dir.path().join("empty.csv");
    std::fs::write(&empty, "\n\n").expect("write");
    let error = sheet::read(&empty, None).expect_err("empty").to_string();
    assert!(error.contains("is empty"), "{error}");
    let sheets = write_xlsx(dir.path(), "Only", &[vec![C::T("Title")]]);
    let error = sheet::read(&sheets, Some("Other"))
        .expect_err("no sheet")
        .to_string();
    assert!(
        error.contains("has no sheet “Other”; its sheets are: Only"),
        "{error}"
    );
}

fn csv_incoming(text: &str) -> Vec<Incoming> {
    let grid = sheet::read_delimited(text.as_bytes(), "plan.csv", None).expect("csv");
    let mapping = Mapping::guess(&grid);
    sheet::convert(&grid, &mapping, &HashMap::new()).incoming("plan.csv")
}

const FIRST: &str = "Id,Title,Start,End,Country,City,Notes\n\
    mumbai,Mumbai,2026-02-26,2026-02-27,IN,Mumbai,Business forum\n\
    delhi,New Delhi,2026-02-28,2026-03-01,IN,New Delhi,\n\
    canberra,Canberra,2026-03-02,2026-03-04,AU,Canberra,Parliament\n\
    tokyo,Tokyo,2026-03-05,2026-03-07,JP,Tokyo,\n";

#[test]
fn a_reimport_with_two_changed_rows_updates_two_events_and_adds_none() {
    english();
    let mut t = Timeline::default();
    let mut history = itinera::edit::History::default();
    history
        .apply(
            &mut t,
            Command::Import {
                source: "plan.csv".into(),
                incoming: csv_incoming(FIRST),
            },
        )
        .expect("first import");
    assert_eq!(t.events.len(), 4);
    let second = FIRST
        .replace("2026-02-26,2026-02-27", "2026-02-27,2026-02-28")
        .replace("Parliament", "Address to Parliament");
    let prepared = prepare(&t, &csv_incoming(&second));
    assert_eq!(
        (
            prepared.summary.added,
            prepared.summary.updated,
            prepared.summary.unchanged
        ),
        (0, 2, 2)
    );
    history
        .apply(
            &mut t,
            Command::Import {
                source: "plan.csv".into(),
                incoming: csv_incoming(&second),
            },
        )
        .expect("second import");
    assert_eq!(t.events.len(), 4);
    assert_eq!(
        t.event("mumbai").map(|e| e.start),
        Some(DateValue::Day(day(2026, 2, 27)))
    );
    assert_eq!(
        t.event("canberra").map(|e| e.notes.as_str()),
        Some("Address to Parliament")
    );
}

#[test]
fn without_an_id_column_a_reimport_finds_events_by_title_start_and_country() {
    english();
    let mut t = Timeline::default();
    let no_ids = "Title,Start,Country,Notes\nMumbai,2026-02-26,IN,old\nTokyo,2026-03-05,JP,\n";
    itinera::edit::History::default()
        .apply(
            &mut t,
            Command::Import {
                source: "plan.csv".into(),
                incoming: csv_incoming(no_ids),
            },
        )
        .expect("import");
    let again = prepare(&t, &csv_incoming(&no_ids.replace("old", "new")));
    assert_eq!((again.summary.added, again.summary.updated), (0, 1));
}

#[test]
fn columns_a_sheet_does_not_have_are_kept_when_it_updates_an_event() {
    english();
    let mut t = Timeline::default();
    let mut history = itinera::edit::History::default();
    history
        .apply(
            &mut t,
            Command::Import {
                source: "plan.csv".into(),
                incoming: csv_incoming(FIRST),
            },
        )
        .expect("import");
    let only_titles = "Id,Title,Start,Country\nmumbai,Mumbai (business),2026-02-26,IN\n";
    history
        .apply(
            &mut t,
            Command::Import {
                source: "titles.csv".into(),
                incoming: csv_incoming(only_titles),
            },
        )
        .expect("import");
    let mumbai = t.event("mumbai").expect("kept");
    assert_eq!(mumbai.title, "Mumbai (business)");
    assert_eq!(mumbai.notes, "Business forum");
    assert_eq!(
        mumbai.end,
        Some(DateValue::Day(day(2026, 2, 27))),
        "the end column was not in the second sheet"
    );
}

#[test]
fn undo_removes_a_whole_import_in_one_step() {
    english();
    let mut doc = itinera::document::Document::untitled();
    let before = doc.timeline().clone();
    doc.apply(Command::Import {
        source: "plan.csv".into(),
        incoming: csv_incoming(FIRST),
    })
    .expect("import");
    assert_eq!(doc.timeline().events.len(), before.events.len() + 4);
    assert!(doc.is_dirty());
    doc.undo();
    assert_eq!(*doc.timeline(), before);
    assert!(!doc.is_dirty());
}

#[test]
fn trips_and_principals_named_in_a_sheet_are_found_or_made() {
    english();
    let mut t = Timeline::default();
    let sheet = "Title,Start,Country,Trip,Principals\n\
        Mumbai,2026-02-26,IN,Indo-Pacific mission,Mark Carney\n\
        Tokyo,2026-03-06,JP,Indo-Pacific mission,Mark Carney; Mélanie Joly\n";
    itinera::edit::History::default()
        .apply(
            &mut t,
            Command::Import {
                source: "plan.csv".into(),
                incoming: csv_incoming(sheet),
            },
        )
        .expect("import");
    assert_eq!(t.trips.len(), 1);
    let trip = &t.trips[0];
    assert_eq!(trip.title, "Indo-Pacific mission");
    assert_eq!(
        (trip.start, trip.end),
        (
            DateValue::Day(day(2026, 2, 26)),
            DateValue::Day(day(2026, 3, 6))
        )
    );
    assert_eq!(t.principals.len(), 2);
    assert!(t.events.iter().all(|e| e.trip.as_ref() == Some(&trip.id)));
    assert_eq!(t.events[1].principals.len(), 2);
}

/// Every event of `t` exported to a spreadsheet at `path` and imported into an empty document.
fn round_trip(t: &Timeline, path: &Path) -> Timeline {
    let resolved = Resolved::of(t);
    let bytes =
        sheet::export::bytes_for(path, t, &resolved.times, &resolved.order).expect("export");
    std::fs::write(path, bytes).expect("write");
    let book = sheet::read(path, None).expect("read back");
    let mapping = Mapping::guess(&book.grid);
    let imported = sheet::convert(&book.grid, &mapping, &HashMap::new());
    assert!(
        imported.problems.is_empty(),
        "{:?}",
        &imported.problems[..imported.problems.len().min(3)]
    );
    let mut back = Timeline::new(t.title.clone(), t.home.clone());
    // The trips and principals sheets are for people; the events name them by id.
    back.trips = t.trips.clone();
    back.principals = t.principals.clone();
    itinera::edit::History::default()
        .apply(
            &mut back,
            Command::Import {
                source: "export".into(),
                incoming: imported.incoming(&book.grid.sheet),
            },
        )
        .expect("import");
    back
}

fn assert_same_events(original: &Timeline, back: &Timeline) {
    assert_eq!(back.events.len(), original.events.len());
    for e in &original.events {
        let found = back
            .event(&e.id)
            .unwrap_or_else(|| panic!("{} is back", e.id));
        assert_eq!(found, &**e, "{}", e.id);
    }
}

#[test]
fn the_sample_exported_to_xlsx_and_imported_again_gives_the_same_events() {
    english();
    let dir = tempfile::tempdir().expect("temp dir");
    let sample = itinera::document::Document::sample();
    let original = sample.timeline();
    let back = round_trip(original, &dir.path().join("sample.xlsx"));
    assert_same_events(original, &back);
}

#[test]
fn a_generated_thousand_events_survive_a_csv_round_trip_field_by_field() {
    english();
    let dir = tempfile::tempdir().expect("temp dir");
    let original = itinera::model::generate::generate(1000, 7);
    let back = round_trip(&original, &dir.path().join("generated.csv"));
    assert_same_events(&original, &back);
}

#[test]
fn an_exported_workbook_has_french_headings_and_sheets_for_trips_and_principals() {
    itinera::i18n::set(itinera::i18n::Lang::Fr);
    let dir = tempfile::tempdir().expect("temp dir");
    let sample = itinera::document::Document::sample();
    let t = sample.timeline();
    let resolved = Resolved::of(t);
    let path = dir.path().join("programme.xlsx");
    let bytes = sheet::export::to_xlsx(t, &resolved.times, &resolved.order);
    english();
    std::fs::write(&path, bytes.expect("export")).expect("write");
    let book = sheet::read(&path, None).expect("read");
    assert_eq!(book.sheets, ["Événements", "Voyages", "Personnalités"]);
    let headers = book.grid.headers();
    assert_eq!(&headers[..3], ["Identifiant", "Titre", "Genre"]);
    let trips = sheet::read(&path, Some("Voyages")).expect("trips sheet");
    assert_eq!(trips.grid.rows.len(), t.trips.len() + 1);
}

const OUTLOOK: &str = "BEGIN:VCALENDAR\r
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
VERSION:2.0\r
METHOD:PUBLISH\r
BEGIN:VTIMEZONE\r
TZID:W. Europe Standard Time\r
BEGIN:STANDARD\r
DTSTART:16011028T030000\r
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r
TZOFFSETFROM:+0200\r
TZOFFSETTO:+0100\r
END:STANDARD\r
BEGIN:DAYLIGHT\r
DTSTART:16010325T020000\r
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r
TZOFFSETFROM:+0100\r
TZOFFSETTO:+0200\r
END:DAYLIGHT\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
UID:040000008200E00074C5B7101A82E0080000000010A2D1B5C0A8DC01000000000000000010000000\r
SUMMARY:Bilateral with the Chancellor\r
DTSTART;TZID=W. Europe Standard Time:20260115T143000\r
DTEND;TZID=W. Europe Standard Time:20260115T153000\r
LOCATION:Bundeskanzleramt, Berlin, Germany\r
DTSTAMP:20260101T120000Z\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:weekly-staff@outlook\r
SUMMARY:Staff meeting\r
DTSTART;TZID=W. Europe Standard Time:20260105T090000\r
DTEND;TZID=W. Europe Standard Time:20260105T100000\r
RRULE:FREQ=WEEKLY;COUNT=10\r
DTSTAMP:20260101T120000Z\r
END:VEVENT\r
END:VCALENDAR\r
";

const GOOGLE: &str = "BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
DTSTART:20260302T003000Z
DTEND:20260302T020000Z
UID:3k2j4h5g6f7d8s9a@google.com
SUMMARY:Dinner with the Prime Minister
LOCATION:Canberra ACT, Australia
STATUS:CONFIRMED
END:VEVENT
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260226
DTEND;VALUE=DATE:20260228
UID:allday1@google.com
SUMMARY:Mumbai
LOCATION:Mumbai, India
END:VEVENT
END:VCALENDAR
";

const APPLE: &str = "BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.0//EN
BEGIN:VEVENT
UID:6F1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D
DTSTART;TZID=Asia/Tokyo:20260306T193000
DTEND;TZID=Asia/Tokyo:20260306T213000
SUMMARY:State banquet
LOCATION:Tokyo\\, Japan
GEO:35.6764;139.6500
CLASS:CONFIDENTIAL
END:VEVENT
END:VCALENDAR
";

fn home() -> itinera::model::Home {
    Timeline::default().home
}

fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> i64 {
    chrono::Utc
        .with_ymd_and_hms(y, m, d, h, min, 0)
        .single()
        .expect("valid")
        .timestamp()
}

#[test]
fn an_outlook_calendar_keeps_its_instants_through_windows_zone_names_and_leaves_out_repeats() {
    english();
    let read = itinera::io::ics_in::read(OUTLOOK, "outlook.ics", &home()).expect("reads");
    assert_eq!(read.incoming.len(), 1);
    let event = &read.incoming[0].event;
    assert_eq!(event.place.country.as_str(), "DE");
    assert_eq!(event.place.city, "Berlin");
    let times = itinera::model::EventTimes::of(event);
    // 14:30 in Berlin in January is 13:30 UTC.
    assert_eq!(times.start, utc(2026, 1, 15, 13, 30));
    assert_eq!(times.end, utc(2026, 1, 15, 14, 30));
    assert_eq!(read.refused.len(), 1);
    assert!(read.refused[0].1.contains("repeats"), "{:?}", read.refused);
}

#[test]
fn a_google_calendar_keeps_utc_instants_and_all_day_spans_keep_their_inclusive_end() {
    english();
    let read = itinera::io::ics_in::read(GOOGLE, "google.ics", &home()).expect("reads");
    assert_eq!(read.incoming.len(), 2);
    let dinner = &read.incoming[0].event;
    assert_eq!(dinner.place.country.as_str(), "AU");
    let times = itinera::model::EventTimes::of(dinner);
    assert_eq!(times.start, utc(2026, 3, 2, 0, 30));
    assert_eq!(times.end, utc(2026, 3, 2, 2, 0));
    // Shown in Canberra's wall time: 11:30 on 2 March.
    assert_eq!(dinner.start.to_string(), "2026-03-02T11:30");
    assert_eq!(dinner.status, Status::Confirmed);
    let mumbai = &read.incoming[1].event;
    assert_eq!(mumbai.start, DateValue::Day(day(2026, 2, 26)));
    assert_eq!(mumbai.end, Some(DateValue::Day(day(2026, 2, 27))));
}

#[test]
fn an_apple_calendar_keeps_its_zone_coordinates_and_classification() {
    english();
    let read = itinera::io::ics_in::read(APPLE, "apple.ics", &home()).expect("reads");
    let banquet = &read.incoming[0].event;
    assert_eq!(banquet.start.to_string(), "2026-03-06T19:30");
    assert_eq!(
        itinera::model::EventTimes::of(banquet).start,
        utc(2026, 3, 6, 10, 30)
    );
    assert_eq!(banquet.place.lat(), Some(35.6764));
    assert_eq!(
        banquet.classification,
        itinera::model::Classification::Restricted
    );
}

#[test]
fn a_second_import_of_the_same_calendar_updates_instead_of_repeating() {
    english();
    let mut t = Timeline::default();
    let mut history = itinera::edit::History::default();
    let read = itinera::io::ics_in::read(GOOGLE, "google.ics", &t.home).expect("reads");
    history
        .apply(
            &mut t,
            Command::Import {
                source: "google.ics".into(),
                incoming: read.incoming,
            },
        )
        .expect("import");
    let moved = GOOGLE.replace("20260302T003000Z", "20260302T013000Z");
    let again = itinera::io::ics_in::read(&moved, "google.ics", &t.home).expect("reads");
    let prepared = prepare(&t, &again.incoming);
    assert_eq!((prepared.summary.added, prepared.summary.updated), (0, 1));
}

#[test]
fn itineras_own_calendar_export_imports_back_to_the_same_days_and_instants() {
    english();
    let sample = itinera::document::Document::sample();
    let t = sample.timeline();
    let resolved = Resolved::of(t);
    let export = itinera::io::ics::to_ics(
        t,
        &resolved.times,
        resolved.order.iter().copied(),
        itinera::io::ics::IcsOptions {
            include_restricted: true,
            stamp: chrono::Utc::now(),
        },
    );
    let read = itinera::io::ics_in::read(&export.text, "sample.ics", &t.home).expect("reads");
    assert_eq!(read.incoming.len(), export.written);
    for item in &read.incoming {
        let original = t.event(&item.event.id).expect("the same id comes back");
        assert_eq!(item.event.title, original.title);
        let (a, b) = (
            itinera::model::EventTimes::of(&item.event),
            itinera::model::EventTimes::of(original),
        );
        assert_eq!(
            (a.first_day, a.last_day),
            (b.first_day, b.last_day),
            "{}",
            original.id
        );
        if original.start.precision() == itinera::model::Precision::Time {
            assert_eq!((a.start, a.end), (b.start, b.end), "{}", original.id);
        }
    }
}

#[test]
fn a_file_that_is_not_a_calendar_says_where_it_stops_making_sense() {
    english();
    let error = itinera::io::ics_in::read("BEGIN:VCALENDAR\nthis is not\n", "x.ics", &home())
        .expect_err("not a calendar")
        .to_string();
    assert!(error.starts_with("x.ics:"), "{error}");
}

#[test]
fn damaged_spreadsheets_and_calendars_give_errors_never_panics() {
    english();
    let dir = tempfile::tempdir().expect("temp dir");
    // Real files, cut short and with bytes flipped, in every format.
    let sample = itinera::document::Document::sample();
    let t = sample.timeline();
    let resolved = Resolved::of(t);
    let xlsx = sheet::export::to_xlsx(t, &resolved.times, &resolved.order).expect("export");
    let csv = sheet::export::to_csv(t, &resolved.times, &resolved.order).into_bytes();
    let ics = itinera::io::ics::to_ics(
        t,
        &resolved.times,
        resolved.order.iter().copied(),
        itinera::io::ics::IcsOptions {
            include_restricted: true,
            stamp: chrono::Utc::now(),
        },
    )
    .text
    .into_bytes();
    let mut rng = fastrand::Rng::with_seed(17);
    let mut errors = 0;
    for (name, original) in [
        ("a.xlsx", &xlsx),
        ("a.ods", &xlsx),
        ("a.xls", &xlsx),
        ("a.csv", &csv),
        ("a.ics", &ics),
    ] {
        for _ in 0..60 {
            let mut bytes = original.clone();
            bytes.truncate(rng.usize(0..=bytes.len()));
            for _ in 0..rng.usize(0..8) {
                if !bytes.is_empty() {
                    let at = rng.usize(0..bytes.len());
                    bytes[at] = rng.u8(..);
                }
            }
            let path = dir.path().join(name);
            std::fs::write(&path, &bytes).expect("write");
            match itinera::io::incoming::read(&path, None, &t.home) {
                Ok(itinera::io::incoming::Source::Sheet(book)) => {
                    let mapping = Mapping::guess(&book.grid);
                    let _ = sheet::convert(&book.grid, &mapping, &HashMap::new());
                }
                Ok(itinera::io::incoming::Source::Calendar(_)) => {}
                Err(message) => {
                    errors += 1;
                    assert!(message.contains(&path.display().to_string()), "{message}");
                }
            }
        }
    }
    assert!(
        errors > 100,
        "damaged files are refused with a message ({errors})"
    );
}
