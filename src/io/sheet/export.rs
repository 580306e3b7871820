//! The programme as a spreadsheet: one row per event with every field, dates at their own precision (a month
//! stays "2026-11"), the UTC instants of timed events beside their venue-local times, and (in a workbook) a sheet
//! each for trips and principals. Headings are in the interface's language; importing the file back gives the
//! same events.

use chrono::{DateTime, NaiveDateTime};
use rust_xlsxwriter::{Format, Workbook, XlsxError};

use super::Field;
use crate::i18n::Lang;
use crate::model::translations;
use crate::model::{Classification, DateValue, Event, EventTimes, Timeline};

/// Whether an exported sheet has a column for `field`: every field but the split time columns (a timed date
/// carries its time) and "ignore". The columns follow `Field::ALL`'s order.
fn is_column(field: Field) -> bool {
    !matches!(field, Field::Ignore | Field::StartTime | Field::EndTime)
}

/// The columns an exported sheet has, in order.
pub fn columns() -> impl Iterator<Item = Field> {
    Field::ALL.into_iter().filter(|f| is_column(*f))
}

/// Headings of the columns worked out from the rest (UTC instants): an import leaves them alone.
pub const DERIVED: [&str; 2] = ["sheet-column-start-utc", "sheet-column-end-utc"];

/// Whether a heading names a column an export works out from the others.
pub fn is_derived_heading(heading: &str) -> bool {
    let folded = crate::model::gazetteer::fold(heading);
    DERIVED.iter().any(|id| {
        Lang::ALL
            .into_iter()
            .any(|lang| crate::model::gazetteer::fold(crate::i18n::label_in(lang, id)) == folded)
    })
}

/// The headings of the trips sheet, as message ids.
pub const TRIP_HEADINGS: [&str; 7] = [
    "sheet-field-id",
    "sheet-field-title",
    "sheet-field-start",
    "sheet-field-end",
    "sheet-column-departs-from-home",
    "sheet-column-returns-home",
    "sheet-field-notes",
];

/// The headings of the principals sheet, as message ids.
pub const PRINCIPAL_HEADINGS: [&str; 3] =
    ["sheet-field-id", "sheet-column-name", "sheet-column-role"];

/// One exported cell.
#[derive(Clone, Debug, PartialEq)]
enum Out {
    Empty,
    Text(String),
    Number(f64),
    Day(chrono::NaiveDate),
    Time(NaiveDateTime),
}

fn text(s: &str) -> Out {
    if s.is_empty() {
        Out::Empty
    } else {
        Out::Text(s.to_owned())
    }
}

fn date(d: Option<DateValue>) -> Out {
    match d {
        None => Out::Empty,
        Some(DateValue::Day(d)) => Out::Day(d),
        // A date-and-time cell at midnight reads back as a whole day, so a timed midnight is written as text.
        Some(DateValue::Time(t)) if t.time() == chrono::NaiveTime::MIN => {
            Out::Text(DateValue::Time(t).to_string())
        }
        Some(DateValue::Time(t)) => Out::Time(t),
        Some(other) => Out::Text(other.to_string()),
    }
}

fn utc(secs: i64) -> Out {
    DateTime::from_timestamp(secs, 0).map_or(Out::Empty, |t| Out::Time(t.naive_utc()))
}

fn joined<T: AsRef<str>>(items: &[T]) -> Out {
    text(
        &items
            .iter()
            .map(AsRef::as_ref)
            .collect::<Vec<_>>()
            .join("; "),
    )
}

/// The headings of the events sheet.
fn headings() -> Vec<String> {
    let mut h: Vec<String> = columns().map(|f| f.label().to_owned()).collect();
    h.extend(DERIVED.iter().map(|id| crate::i18n::label(id).to_owned()));
    h
}

fn event_row(e: &Event, times: &EventTimes) -> Vec<Out> {
    let timed = e.start.precision() == crate::model::Precision::Time;
    let mut row: Vec<Out> = columns().map(|f| value(e, f)).collect();
    row.push(if timed { utc(times.start) } else { Out::Empty });
    row.push(if timed && e.end.is_some() {
        utc(times.end)
    } else {
        Out::Empty
    });
    row
}

/// An event's value in a field's column.
fn value(e: &Event, field: Field) -> Out {
    let french = || translations::for_lang(e.translations.as_deref(), Lang::Fr);
    let zone = |z: Option<crate::model::Zone>| z.map_or(Out::Empty, |z| text(z.name()));
    let code = |p: &Option<Box<crate::model::Place>>| {
        p.as_ref().map_or(Out::Empty, |p| text(p.country.as_str()))
    };
    let city =
        |p: &Option<Box<crate::model::Place>>| p.as_ref().map_or(Out::Empty, |p| text(&p.city));
    let yes = |b: bool| {
        if b {
            Out::Text(crate::tr!("sheet-yes"))
        } else {
            Out::Empty
        }
    };
    match field {
        Field::Ignore | Field::StartTime | Field::EndTime => Out::Empty,
        Field::Id => text(&e.id),
        Field::Title => text(&e.title),
        Field::Kind => text(e.kind.label()),
        Field::Status => text(e.status.label()),
        Field::Start => date(Some(e.start)),
        Field::StartZone => zone(e.start_zone),
        Field::End => date(e.end),
        Field::EndZone => zone(e.end_zone),
        Field::Country => text(e.place.country.as_str()),
        Field::City => text(&e.place.city),
        Field::Zone => zone(e.place.zone),
        Field::Lat => e.place.lat().map_or(Out::Empty, Out::Number),
        Field::Lon => e.place.lon().map_or(Out::Empty, Out::Number),
        Field::Trip => e.trip.as_deref().map_or(Out::Empty, text),
        Field::Principals => joined(&e.principals),
        Field::Tags => joined(&e.tags),
        Field::Objectives => joined(&e.objectives),
        Field::Notes => text(&e.notes),
        Field::RestrictedNotes => text(&e.restricted_notes),
        Field::Classification => match e.classification {
            Classification::Public => Out::Empty,
            Classification::Restricted => Out::Text(crate::tr!("sheet-restricted")),
        },
        Field::Locked => yes(e.locked),
        Field::FromCountry => code(&e.from),
        Field::FromCity => city(&e.from),
        Field::ToCountry => code(&e.to),
        Field::ToCity => city(&e.to),
        Field::TitleFr => french().map_or(Out::Empty, |f| text(&f.title)),
        Field::NotesFr => french().map_or(Out::Empty, |f| text(&f.notes)),
        Field::ObjectivesFr => french().map_or(Out::Empty, |f| joined(&f.objectives)),
        Field::Sources => text(&super::names::sources_text(&e.sources)),
    }
}

/// The events at `indices`, as rows under the headings.
fn event_rows(t: &Timeline, times: &[EventTimes], indices: &[u32]) -> Vec<Vec<Out>> {
    indices
        .iter()
        .filter_map(|&i| Some(event_row(t.events.get(i as usize)?, times.get(i as usize)?)))
        .collect()
}

/// The events at `indices` (in that order) as CSV text, headings first.
pub fn to_csv(t: &Timeline, times: &[EventTimes], indices: &[u32]) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let _ = writer.write_record(headings());
    for row in event_rows(t, times, indices) {
        let fields: Vec<String> = row
            .into_iter()
            .map(|cell| match cell {
                Out::Empty => String::new(),
                Out::Text(s) => s,
                Out::Number(n) => n.to_string(),
                Out::Day(d) => DateValue::Day(d).to_string(),
                Out::Time(t) => DateValue::Time(t).to_string(),
            })
            .collect();
        let _ = writer.write_record(fields);
    }
    writer
        .into_inner()
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .unwrap_or_default()
}

/// The events at `indices` as an xlsx workbook, with sheets for the trips and the principals.
pub fn to_xlsx(t: &Timeline, times: &[EventTimes], indices: &[u32]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let day = Format::new().set_num_format("yyyy-mm-dd");
    let time = Format::new().set_num_format("yyyy-mm-dd hh:mm");
    let write = |sheet: &mut rust_xlsxwriter::Worksheet,
                 headings: &[String],
                 rows: Vec<Vec<Out>>|
     -> Result<(), XlsxError> {
        for (c, h) in headings.iter().enumerate() {
            sheet.write_string_with_format(0, c as u16, h, &bold)?;
            let widest = rows
                .iter()
                .filter_map(|r| match r.get(c) {
                    Some(Out::Text(s)) => Some(s.chars().count().min(60)),
                    Some(Out::Time(_)) => Some(16),
                    Some(Out::Day(_)) => Some(10),
                    _ => None,
                })
                .max()
                .unwrap_or(0)
                .max(h.chars().count());
            sheet.set_column_width(c as u16, (widest + 2) as f64)?;
        }
        for (r, row) in rows.iter().enumerate() {
            let r = r as u32 + 1;
            for (c, cell) in row.iter().enumerate() {
                let c = c as u16;
                match cell {
                    Out::Empty => {}
                    Out::Text(s) => {
                        sheet.write_string(r, c, s)?;
                    }
                    Out::Number(n) => {
                        sheet.write_number(r, c, *n)?;
                    }
                    Out::Day(d) => {
                        sheet.write_datetime_with_format(r, c, d, &day)?;
                    }
                    Out::Time(t) => {
                        sheet.write_datetime_with_format(r, c, t, &time)?;
                    }
                }
            }
        }
        sheet.set_freeze_panes(1, 0)?;
        if !headings.is_empty() {
            sheet.autofilter(0, 0, rows.len() as u32, headings.len() as u16 - 1)?;
        }
        Ok(())
    };
    let events = book.add_worksheet();
    events.set_name(crate::tr!("sheet-name-events"))?;
    write(events, &headings(), event_rows(t, times, indices))?;

    let trips = book.add_worksheet();
    trips.set_name(crate::tr!("sheet-name-trips"))?;
    let trip_headings: Vec<String> = TRIP_HEADINGS
        .iter()
        .map(|id| crate::i18n::label(id).to_owned())
        .collect();
    let yes = |b: bool| {
        if b {
            Out::Text(crate::tr!("sheet-yes"))
        } else {
            Out::Empty
        }
    };
    let trip_rows = t
        .trips
        .iter()
        .map(|trip| {
            vec![
                text(&trip.id),
                text(&trip.title),
                date(Some(trip.start)),
                date(Some(trip.end)),
                yes(trip.departs_from_home),
                yes(trip.returns_home),
                text(&trip.notes),
            ]
        })
        .collect();
    write(trips, &trip_headings, trip_rows)?;

    let principals = book.add_worksheet();
    principals.set_name(crate::tr!("sheet-name-principals"))?;
    let principal_headings: Vec<String> =
        ["sheet-field-id", "sheet-column-name", "sheet-column-role"]
            .iter()
            .map(|id| crate::i18n::label(id).to_owned())
            .collect();
    let principal_rows = t
        .principals
        .iter()
        .map(|p| vec![text(&p.id), text(&p.name), text(&p.role)])
        .collect();
    write(principals, &principal_headings, principal_rows)?;
    book.save_to_buffer()
}

/// The spreadsheet for `path`: CSV when its extension says so, an xlsx workbook otherwise.
pub fn bytes_for(
    path: &std::path::Path,
    t: &Timeline,
    times: &[EventTimes],
    indices: &[u32],
) -> Result<Vec<u8>, XlsxError> {
    let csv = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    if csv {
        Ok(to_csv(t, times, indices).into_bytes())
    } else {
        to_xlsx(t, times, indices)
    }
}
