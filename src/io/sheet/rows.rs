//! A sheet's rows as events: each row read through the column mapping into an event, with the fields the sheet
//! gave (so a re-import changes only those), or left out with its place (`sheet:row:column`) and the reason.

use std::collections::{BTreeSet, HashMap};
use std::fmt;

use chrono::NaiveTime;

use super::names;
use super::values::{self, DateProblem, OrderEvidence};
use super::{Cell, Field, Grid, Mapping};
use crate::edit::import::{Incoming, Part};
use crate::io::progress::{Progress, Stage};
use crate::model::gazetteer::{self, fold};
use crate::model::{
    Classification, CountryCode, DateValue, Event, Place, Text, ThinVec, Translation, Zone,
};

pub use super::values::DateOrder;

/// One row that became an event.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportRow {
    /// The row's number in the sheet (1-based, as the spreadsheet shows it).
    pub row: u32,
    pub event: Event,
    /// The fields the sheet sets; an existing event keeps the rest when this row updates it.
    pub fields: BTreeSet<Field>,
    /// Whether the row names its event by an id (otherwise it is matched by title, start and country).
    pub keyed: bool,
}

/// A row left out, where, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowProblem {
    pub sheet: String,
    pub row: u32,
    /// The column's letters, when one column is at fault.
    pub column: Option<String>,
    pub message: String,
}

impl fmt::Display for RowProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.column {
            Some(column) => write!(
                f,
                "{}:{}:{}: {}",
                self.sheet, self.row, column, self.message
            ),
            None => write!(f, "{}:{}: {}", self.sheet, self.row, self.message),
        }
    }
}

/// A whole sheet read through a mapping.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Imported {
    pub rows: Vec<ImportRow>,
    pub problems: Vec<RowProblem>,
    /// Date columns whose day/month order nobody has given and the values do not settle: the user is asked.
    pub ask_order: Vec<usize>,
    /// Fields every row needs that no column goes to.
    pub missing: Vec<Field>,
    /// Rows with nothing in them, skipped without a word.
    pub blank: usize,
}

impl Imported {
    /// The rows as events to bring in, each with the parts of an event its columns set.
    pub fn incoming(&self, sheet: &str) -> Vec<Incoming> {
        self.rows
            .iter()
            .map(|r| Incoming {
                event: r.event.clone(),
                parts: r
                    .fields
                    .iter()
                    .flat_map(|f| parts_of(*f))
                    .copied()
                    .collect(),
                keyed: r.keyed,
                origin: format!("{sheet}:{}", r.row),
            })
            .collect()
    }
}

/// The parts of an event a column sets.
fn parts_of(field: Field) -> &'static [Part] {
    match field {
        Field::Ignore | Field::Id => &[],
        Field::Title => &[Part::Title],
        Field::Kind => &[Part::Kind],
        Field::Status => &[Part::Status],
        Field::Start | Field::StartTime => &[Part::Start],
        Field::StartZone => &[Part::StartZone],
        Field::End | Field::EndTime => &[Part::End],
        Field::EndZone => &[Part::EndZone],
        Field::Country => &[Part::Country],
        // A city alone brings its country from the gazetteer.
        Field::City => &[Part::City, Part::Country],
        Field::Zone => &[Part::Zone],
        Field::Lat | Field::Lon => &[Part::Coords],
        Field::Trip => &[Part::Trip],
        Field::Principals => &[Part::Principals],
        Field::Tags => &[Part::Tags],
        Field::Objectives => &[Part::Objectives],
        Field::Notes => &[Part::Notes],
        Field::RestrictedNotes => &[Part::RestrictedNotes],
        Field::Classification => &[Part::Classification],
        Field::Locked => &[Part::Locked],
        Field::FromCountry | Field::FromCity => &[Part::From],
        Field::ToCountry | Field::ToCity => &[Part::To],
        Field::TitleFr => &[Part::TitleFr],
        Field::NotesFr => &[Part::NotesFr],
        Field::ObjectivesFr => &[Part::ObjectivesFr],
        Field::Sources => &[Part::Sources],
    }
}

/// Columns holding dates, whose numeric day/month order matters.
const DATE_FIELDS: [Field; 2] = [Field::Start, Field::End];

/// The order of day and month a date column uses: the one given for it, else the one its values settle.
pub fn column_orders(
    grid: &Grid,
    mapping: &Mapping,
    given: &HashMap<usize, DateOrder>,
) -> (HashMap<usize, DateOrder>, Vec<usize>) {
    let mut orders = HashMap::new();
    let mut ask = Vec::new();
    for field in DATE_FIELDS {
        let Some(column) = mapping.column(field) else {
            continue;
        };
        if let Some(order) = given.get(&column) {
            orders.insert(column, *order);
            continue;
        }
        let evidence: OrderEvidence =
            values::order_evidence(grid.body().filter_map(|(_, r)| r.get(column)));
        match evidence.settled() {
            Some(order) => {
                orders.insert(column, order);
            }
            None if evidence.needs_asking() => ask.push(column),
            None => {}
        }
    }
    (orders, ask)
}

/// Reads every row under the header through `mapping`. `orders` gives the day/month order of date columns the
/// user has settled; the rest settle themselves from their values or are listed in `ask_order`.
pub fn convert(grid: &Grid, mapping: &Mapping, given: &HashMap<usize, DateOrder>) -> Imported {
    convert_noting(grid, mapping, given, &Progress::default())
}

/// Converts as `convert` does, noting in `progress` how many rows are read.
pub fn convert_noting(
    grid: &Grid,
    mapping: &Mapping,
    given: &HashMap<usize, DateOrder>,
    progress: &Progress,
) -> Imported {
    let (orders, ask_order) = column_orders(grid, mapping, given);
    let missing: Vec<Field> = [Field::Title, Field::Start]
        .into_iter()
        .filter(|f| !mapping.has(*f))
        .collect();
    let mut imported = Imported {
        ask_order,
        missing,
        ..Imported::default()
    };
    if !imported.missing.is_empty() {
        return imported;
    }
    progress.start(Stage::Rows, grid.rows.len().saturating_sub(1) as u64);
    for (n, (row, cells)) in grid.body().enumerate() {
        if n % 256 == 0 {
            progress.set(n as u64);
        }
        if cells.iter().all(Cell::is_empty) {
            imported.blank += 1;
            continue;
        }
        let reader = RowReader {
            grid,
            mapping,
            orders: &orders,
            row,
            cells,
        };
        match reader.read() {
            Ok(r) => imported.rows.push(r),
            Err(p) => imported.problems.push(p),
        }
    }
    progress.set(grid.rows.len().saturating_sub(1) as u64);
    imported
}

struct RowReader<'a> {
    grid: &'a Grid,
    mapping: &'a Mapping,
    orders: &'a HashMap<usize, DateOrder>,
    row: u32,
    cells: &'a [Cell],
}

impl RowReader<'_> {
    fn cell(&self, field: Field) -> Option<&Cell> {
        let column = self.mapping.column(field)?;
        Some(self.cells.get(column).unwrap_or(&Cell::Empty))
    }

    /// The field's text, trimmed, when a column goes to it (empty when its cell is).
    fn text(&self, field: Field) -> Option<String> {
        self.cell(field).map(Cell::text)
    }

    fn problem(&self, field: Option<Field>, message: String) -> RowProblem {
        RowProblem {
            sheet: self.grid.sheet.clone(),
            row: self.row,
            column: field
                .and_then(|f| self.mapping.column(f))
                .map(|c| self.grid.column_letters(c)),
            message,
        }
    }

    fn read(&self) -> Result<ImportRow, RowProblem> {
        let fields: BTreeSet<Field> = self
            .mapping
            .0
            .iter()
            .copied()
            .filter(|f| *f != Field::Ignore)
            .collect();
        let title = self.text(Field::Title).unwrap_or_default();
        if title.is_empty() {
            return Err(self.problem(Some(Field::Title), crate::tr!("sheet-row-no-title")));
        }
        let start = self
            .date(Field::Start, Field::StartTime)?
            .ok_or_else(|| self.problem(Some(Field::Start), crate::tr!("sheet-row-no-start")))?;
        let end = self.date(Field::End, Field::EndTime)?;
        let place = self.place(Field::Country, Field::City)?.ok_or_else(|| {
            self.problem(Some(Field::Country), crate::tr!("sheet-row-no-country"))
        })?;
        let id = self.text(Field::Id).unwrap_or_default();
        let mut event = Event::new(id.as_str(), title.as_str(), start, place);
        event.end = end.filter(|e| *e != start);
        event.place.zone = self.zone(Field::Zone)?;
        event.start_zone = self.zone(Field::StartZone)?;
        event.end_zone = self.zone(Field::EndZone)?;
        let lat = self.number(Field::Lat)?;
        let lon = self.number(Field::Lon)?;
        event.place.set_coords(lat, lon);
        if let Some(text) = self.text(Field::Kind).filter(|t| !t.is_empty()) {
            event.kind = names::kind(&text).ok_or_else(|| {
                self.problem(
                    Some(Field::Kind),
                    crate::tr!("sheet-row-bad-kind", text = text.as_str()),
                )
            })?;
        }
        if let Some(text) = self.text(Field::Status).filter(|t| !t.is_empty()) {
            event.status = names::status(&text).ok_or_else(|| {
                self.problem(
                    Some(Field::Status),
                    crate::tr!("sheet-row-bad-status", text = text.as_str()),
                )
            })?;
        }
        if let Some(cell) = self.cell(Field::Classification) {
            event.classification = classification(cell).ok_or_else(|| {
                self.problem(
                    Some(Field::Classification),
                    crate::tr!("sheet-row-bad-classification", text = cell.text()),
                )
            })?;
        }
        if let Some(cell) = self.cell(Field::Locked) {
            event.locked = names::boolean(cell).ok_or_else(|| {
                self.problem(
                    Some(Field::Locked),
                    crate::tr!("sheet-row-bad-yes-no", text = cell.text()),
                )
            })?;
        }
        event.trip = self
            .text(Field::Trip)
            .filter(|t| !t.is_empty())
            .map(Into::into);
        event.principals = self.list(Field::Principals);
        event.tags = self.list(Field::Tags);
        event.objectives = self.list(Field::Objectives);
        event.notes = self.text(Field::Notes).unwrap_or_default().into();
        event.restricted_notes = self.text(Field::RestrictedNotes).unwrap_or_default().into();
        event.from = self
            .place(Field::FromCountry, Field::FromCity)?
            .map(Box::new);
        event.to = self.place(Field::ToCountry, Field::ToCity)?.map(Box::new);
        let french = Translation {
            title: self.text(Field::TitleFr).unwrap_or_default().into(),
            notes: self.text(Field::NotesFr).unwrap_or_default().into(),
            objectives: self.list(Field::ObjectivesFr),
        };
        if !french.is_empty() {
            crate::model::translations::edit(&mut event.translations, crate::i18n::Lang::Fr, |t| {
                *t = french;
            });
        }
        Ok(ImportRow {
            row: self.row,
            keyed: !event.id.is_empty(),
            event,
            fields,
        })
    }

    /// A date from its column, with the time column's time of day when there is one.
    fn date(&self, field: Field, time_field: Field) -> Result<Option<DateValue>, RowProblem> {
        let Some(cell) = self.cell(field).filter(|c| !c.is_empty()) else {
            return Ok(None);
        };
        let order = self
            .mapping
            .column(field)
            .and_then(|c| self.orders.get(&c))
            .copied();
        let value = values::date(cell, order).map_err(|p| {
            let message = match p {
                DateProblem::Ambiguous => {
                    crate::tr!("sheet-row-ambiguous-date", text = cell.text())
                }
                DateProblem::Unreadable => crate::tr!("sheet-row-bad-date", text = cell.text()),
            };
            self.problem(Some(field), message)
        })?;
        let Some(time_cell) = self.cell(time_field).filter(|c| !c.is_empty()) else {
            return Ok(Some(value));
        };
        let time: NaiveTime = values::time(time_cell).ok_or_else(|| {
            self.problem(
                Some(time_field),
                crate::tr!("sheet-row-bad-time", text = time_cell.text()),
            )
        })?;
        match value {
            DateValue::Day(d) => Ok(Some(DateValue::Time(d.and_time(time)))),
            DateValue::Time(t) if t.time() == time => Ok(Some(value)),
            _ => Err(self.problem(Some(time_field), crate::tr!("sheet-row-time-needs-day"))),
        }
    }

    /// A place from a country column and a city column: the country by code or name, or, when no country is
    /// given, the country of the one city the gazetteer knows by that name.
    fn place(&self, country_field: Field, city_field: Field) -> Result<Option<Place>, RowProblem> {
        let country_text = self.text(country_field).unwrap_or_default();
        let city = self.text(city_field).unwrap_or_default();
        if country_text.is_empty() && city.is_empty() {
            return Ok(None);
        }
        let country: CountryCode = if country_text.is_empty() {
            names::city_country(&city).ok_or_else(|| {
                self.problem(
                    Some(city_field),
                    crate::tr!("sheet-row-city-without-country", city = city.as_str()),
                )
            })?
        } else {
            names::country(&country_text).ok_or_else(|| {
                self.problem(
                    Some(country_field),
                    crate::tr!("sheet-row-bad-country", text = country_text.as_str()),
                )
            })?
        };
        // The gazetteer's spelling, so the city is found again and drawn where it is.
        let city = gazetteer::city(country.as_str(), &city).map_or(city, |c| c.name.clone());
        Ok(Some(Place {
            country,
            city: city.into(),
            ..Place::default()
        }))
    }

    fn zone(&self, field: Field) -> Result<Option<Zone>, RowProblem> {
        match self.text(field).filter(|t| !t.is_empty()) {
            None => Ok(None),
            Some(text) => text
                .parse::<Zone>()
                .map(Some)
                .map_err(|why| self.problem(Some(field), why)),
        }
    }

    fn number(&self, field: Field) -> Result<Option<f64>, RowProblem> {
        match self.cell(field) {
            None | Some(Cell::Empty) => Ok(None),
            Some(Cell::Number(n)) => Ok(Some(*n)),
            Some(cell) => {
                let text = cell.text().replace(',', ".");
                if text.is_empty() {
                    return Ok(None);
                }
                text.parse().map(Some).map_err(|_| {
                    self.problem(
                        Some(field),
                        crate::tr!("sheet-row-bad-number", text = cell.text()),
                    )
                })
            }
        }
    }

    fn list(&self, field: Field) -> ThinVec<Text> {
        self.text(field)
            .map(|t| names::list(&t).into_iter().map(Text::from).collect())
            .unwrap_or_default()
    }
}

fn classification(cell: &Cell) -> Option<Classification> {
    match fold(&cell.text()).as_str() {
        "" | "public" | "publique" | "non classifie" | "unclassified" => {
            Some(Classification::Public)
        }
        "restricted" | "restreint" | "restreinte" | "confidential" | "confidentiel" => {
            Some(Classification::Restricted)
        }
        _ => names::boolean(cell).map(|restricted| {
            if restricted {
                Classification::Restricted
            } else {
                Classification::Public
            }
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(rows: &[&[&str]]) -> Grid {
        Grid {
            sheet: "Programme".into(),
            first_row: 1,
            first_col: 0,
            rows: rows
                .iter()
                .map(|r| {
                    r.iter()
                        .map(|c| {
                            if c.is_empty() {
                                Cell::Empty
                            } else {
                                Cell::Text((*c).into())
                            }
                        })
                        .collect()
                })
                .collect(),
        }
    }

    fn import(g: &Grid) -> Imported {
        convert(g, &Mapping::guess(g), &HashMap::new())
    }

    #[test]
    fn a_row_becomes_an_event_with_the_fields_its_sheet_gives() {
        let g = grid(&[
            &[
                "Titre",
                "Début",
                "Fin",
                "Pays",
                "Ville",
                "Type",
                "Statut",
                "Étiquettes",
            ],
            &[
                "Mumbai",
                "26/02/2026",
                "27/02/2026",
                "Inde",
                "Mumbai",
                "Visite",
                "Confirmé",
                "trade; investment",
            ],
        ]);
        let imported = import(&g);
        assert!(imported.problems.is_empty(), "{:?}", imported.problems);
        let row = &imported.rows[0];
        assert_eq!(row.row, 2);
        assert!(!row.keyed);
        let e = &row.event;
        assert_eq!(e.title, "Mumbai");
        assert_eq!(e.start.to_string(), "2026-02-26");
        assert_eq!(e.end.map(|d| d.to_string()), Some("2026-02-27".into()));
        assert_eq!(e.place.country.as_str(), "IN");
        assert_eq!(e.status, crate::model::Status::Confirmed);
        assert_eq!(e.tags.as_slice(), ["trade", "investment"]);
        assert!(row.fields.contains(&Field::Tags) && !row.fields.contains(&Field::Notes));
    }

    #[test]
    fn a_date_and_a_time_in_two_columns_make_a_timed_start() {
        let g = grid(&[
            &["Title", "Start", "Start time", "Country"],
            &["Dinner", "2026-03-02", "19:30", "AU"],
        ]);
        let imported = import(&g);
        assert_eq!(imported.rows[0].event.start.to_string(), "2026-03-02T19:30");
    }

    #[test]
    fn a_month_only_date_stays_a_month() {
        let g = grid(&[
            &["Title", "Date", "Country"],
            &["APEC", "novembre 2026", "Chine"],
        ]);
        let e = &import(&g).rows[0].event;
        assert_eq!(e.start, DateValue::Month(2026, 11));
        assert_eq!(e.place.country.as_str(), "CN");
    }

    #[test]
    fn a_bad_row_is_left_out_with_its_sheet_row_and_column() {
        let g = grid(&[
            &["Title", "Start", "Country"],
            &["Mumbai", "2026-02-26", "IN"],
            &["Nowhere", "2026-02-27", "Atlantis"],
            &["Someday", "soon", "JP"],
        ]);
        let imported = import(&g);
        assert_eq!(imported.rows.len(), 1);
        let shown: Vec<String> = imported.problems.iter().map(ToString::to_string).collect();
        assert!(shown[0].starts_with("Programme:3:C: "), "{}", shown[0]);
        assert!(shown[0].contains("Atlantis"), "{}", shown[0]);
        assert!(shown[1].starts_with("Programme:4:B: "), "{}", shown[1]);
    }

    #[test]
    fn an_unsettled_numeric_date_column_is_asked_about_and_its_rows_wait() {
        let g = grid(&[
            &["Title", "Start", "Country"],
            &["A", "03/04/2026", "IN"],
            &["B", "05/06/2026", "IN"],
        ]);
        let imported = import(&g);
        assert_eq!(imported.ask_order, [1]);
        assert!(imported.rows.is_empty());
        let settled = convert(
            &g,
            &Mapping::guess(&g),
            &HashMap::from([(1, DateOrder::MonthFirst)]),
        );
        assert_eq!(settled.rows[0].event.start.to_string(), "2026-03-04");
        assert!(settled.ask_order.is_empty());
    }

    #[test]
    fn a_city_alone_finds_its_country_in_the_gazetteer() {
        let g = grid(&[
            &["Title", "Start", "City"],
            &["Visit", "2026-03-06", "Tokyo"],
        ]);
        assert_eq!(import(&g).rows[0].event.place.country.as_str(), "JP");
    }

    #[test]
    fn a_sheet_without_a_title_or_start_column_says_so_and_reads_no_row() {
        let g = grid(&[&["Country", "City"], &["IN", "Mumbai"]]);
        let imported = import(&g);
        assert_eq!(imported.missing, [Field::Title, Field::Start]);
        assert!(imported.rows.is_empty());
    }
}
