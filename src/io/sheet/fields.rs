//! The event fields a spreadsheet's columns can go to, their names in each language, and the guess of which
//! column goes where, from the headers (in English or French) and, failing that, from the values.

use super::Grid;
use super::names;
use super::values;
use crate::i18n::Lang;
use crate::model::gazetteer::fold;

/// Where a column's values go.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Ignore,
    Id,
    Title,
    Kind,
    Status,
    Start,
    StartTime,
    StartZone,
    End,
    EndTime,
    EndZone,
    Country,
    City,
    Zone,
    Lat,
    Lon,
    Trip,
    Principals,
    Tags,
    Objectives,
    Notes,
    RestrictedNotes,
    Classification,
    Locked,
    FromCountry,
    FromCity,
    ToCountry,
    ToCity,
    TitleFr,
    NotesFr,
    ObjectivesFr,
    Sources,
}

impl Field {
    pub const ALL: [Field; 32] = [
        Field::Ignore,
        Field::Id,
        Field::Title,
        Field::Kind,
        Field::Status,
        Field::Start,
        Field::StartTime,
        Field::StartZone,
        Field::End,
        Field::EndTime,
        Field::EndZone,
        Field::Country,
        Field::City,
        Field::Zone,
        Field::Lat,
        Field::Lon,
        Field::Trip,
        Field::Principals,
        Field::Tags,
        Field::Objectives,
        Field::Notes,
        Field::RestrictedNotes,
        Field::Classification,
        Field::Locked,
        Field::FromCountry,
        Field::FromCity,
        Field::ToCountry,
        Field::ToCity,
        Field::TitleFr,
        Field::NotesFr,
        Field::ObjectivesFr,
        Field::Sources,
    ];

    /// The name the command line's `--map` uses, and the message id's tail: "start-time".
    pub fn key(self) -> &'static str {
        match self {
            Field::Ignore => "ignore",
            Field::Id => "id",
            Field::Title => "title",
            Field::Kind => "kind",
            Field::Status => "status",
            Field::Start => "start",
            Field::StartTime => "start-time",
            Field::StartZone => "start-zone",
            Field::End => "end",
            Field::EndTime => "end-time",
            Field::EndZone => "end-zone",
            Field::Country => "country",
            Field::City => "city",
            Field::Zone => "zone",
            Field::Lat => "lat",
            Field::Lon => "lon",
            Field::Trip => "trip",
            Field::Principals => "principals",
            Field::Tags => "tags",
            Field::Objectives => "objectives",
            Field::Notes => "notes",
            Field::RestrictedNotes => "restricted-notes",
            Field::Classification => "classification",
            Field::Locked => "locked",
            Field::FromCountry => "from-country",
            Field::FromCity => "from-city",
            Field::ToCountry => "to-country",
            Field::ToCity => "to-city",
            Field::TitleFr => "title-fr",
            Field::NotesFr => "notes-fr",
            Field::ObjectivesFr => "objectives-fr",
            Field::Sources => "sources",
        }
    }

    /// The field by its `key`.
    pub fn from_key(key: &str) -> Option<Field> {
        let key = key.trim().to_ascii_lowercase().replace('_', "-");
        Field::ALL.into_iter().find(|f| f.key() == key)
    }

    /// The id of the field's name in the message files.
    pub fn message_id(self) -> &'static str {
        match self {
            Field::Ignore => "sheet-field-ignore",
            Field::Id => "sheet-field-id",
            Field::Title => "sheet-field-title",
            Field::Kind => "sheet-field-kind",
            Field::Status => "sheet-field-status",
            Field::Start => "sheet-field-start",
            Field::StartTime => "sheet-field-start-time",
            Field::StartZone => "sheet-field-start-zone",
            Field::End => "sheet-field-end",
            Field::EndTime => "sheet-field-end-time",
            Field::EndZone => "sheet-field-end-zone",
            Field::Country => "sheet-field-country",
            Field::City => "sheet-field-city",
            Field::Zone => "sheet-field-zone",
            Field::Lat => "sheet-field-lat",
            Field::Lon => "sheet-field-lon",
            Field::Trip => "sheet-field-trip",
            Field::Principals => "sheet-field-principals",
            Field::Tags => "sheet-field-tags",
            Field::Objectives => "sheet-field-objectives",
            Field::Notes => "sheet-field-notes",
            Field::RestrictedNotes => "sheet-field-restricted-notes",
            Field::Classification => "sheet-field-classification",
            Field::Locked => "sheet-field-locked",
            Field::FromCountry => "sheet-field-from-country",
            Field::FromCity => "sheet-field-from-city",
            Field::ToCountry => "sheet-field-to-country",
            Field::ToCity => "sheet-field-to-city",
            Field::TitleFr => "sheet-field-title-fr",
            Field::NotesFr => "sheet-field-notes-fr",
            Field::ObjectivesFr => "sheet-field-objectives-fr",
            Field::Sources => "sheet-field-sources",
        }
    }

    /// The field's name in the interface's language: a column heading of an exported sheet.
    pub fn label(self) -> &'static str {
        crate::i18n::label(self.message_id())
    }

    /// The field's name in a language.
    pub fn label_in(self, lang: Lang) -> &'static str {
        crate::i18n::label_in(lang, self.message_id())
    }

    /// Other headers people write for the field, folded (see `gazetteer::fold`), in English and French.
    fn synonyms(self) -> &'static [&'static str] {
        match self {
            Field::Ignore => &[],
            Field::Id => &[
                "id",
                "identifier",
                "identifiant",
                "uid",
                "ref",
                "reference",
                "key",
            ],
            Field::Title => &[
                "title",
                "titre",
                "event",
                "evenement",
                "name",
                "nom",
                "subject",
                "objet",
                "summary",
                "activity",
                "activite",
                "intitule",
                "what",
                "quoi",
            ],
            Field::Kind => &["kind", "type", "genre", "nature", "category", "categorie"],
            Field::Status => &["status", "statut", "etat", "state"],
            Field::Start => &[
                "start",
                "start date",
                "debut",
                "date de debut",
                "date debut",
                "begin",
                "begins",
                "from",
                "du",
                "date",
                "starts",
                "arrival",
                "arrivee",
                "date d arrivee",
            ],
            Field::StartTime => &[
                "start time",
                "heure de debut",
                "heure debut",
                "time",
                "heure",
                "from time",
            ],
            Field::StartZone => &["start zone", "fuseau de debut", "zone de debut"],
            Field::End => &[
                "end",
                "end date",
                "fin",
                "date de fin",
                "date fin",
                "until",
                "to",
                "au",
                "ends",
                "departure",
                "depart",
                "date de depart",
            ],
            Field::EndTime => &["end time", "heure de fin", "heure fin", "to time"],
            Field::EndZone => &["end zone", "fuseau de fin", "zone de fin"],
            Field::Country => &["country", "pays", "country code", "code pays", "nation"],
            Field::City => &[
                "city",
                "ville",
                "location",
                "lieu",
                "place",
                "venue",
                "destination",
                "town",
            ],
            Field::Zone => &[
                "zone",
                "time zone",
                "timezone",
                "fuseau",
                "fuseau horaire",
                "tz",
            ],
            Field::Lat => &["lat", "latitude"],
            Field::Lon => &["lon", "lng", "long", "longitude"],
            Field::Trip => &["trip", "voyage", "mission", "tour", "tournee", "journey"],
            Field::Principals => &[
                "principals",
                "principal",
                "who",
                "qui",
                "participants",
                "personnalites",
                "delegation",
                "attendees",
                "with",
                "avec",
            ],
            Field::Tags => &[
                "tags",
                "tag",
                "etiquettes",
                "labels",
                "mots cles",
                "keywords",
            ],
            Field::Objectives => &["objectives", "objectifs", "goals", "buts", "aims"],
            Field::Notes => &[
                "notes",
                "note",
                "remarks",
                "remarques",
                "comments",
                "commentaires",
                "description",
                "details",
            ],
            Field::RestrictedNotes => &[
                "restricted notes",
                "notes restreintes",
                "notes confidentielles",
                "confidential notes",
            ],
            Field::Classification => &["classification", "diffusion", "sensitivity"],
            Field::Locked => &["locked", "verrouille", "lock"],
            Field::FromCountry => &["from country", "pays de depart"],
            Field::FromCity => &["from city", "ville de depart"],
            Field::ToCountry => &["to country", "pays d arrivee"],
            Field::ToCity => &["to city", "ville d arrivee"],
            Field::TitleFr => &["title fr", "titre fr", "french title", "titre francais"],
            Field::NotesFr => &["notes fr", "french notes", "notes en francais"],
            Field::ObjectivesFr => &["objectives fr", "objectifs fr", "french objectives"],
            Field::Sources => &["sources", "source", "references", "liens", "links"],
        }
    }

    /// The field a header names, if any: the field's own name in either language, or a common synonym.
    pub fn from_header(header: &str) -> Option<Field> {
        let folded = fold(header)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if folded.is_empty() {
            return None;
        }
        let named = |f: &Field| {
            Lang::ALL.into_iter().any(|lang| {
                fold(f.label_in(lang))
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    == folded
            })
        };
        Field::ALL.into_iter().skip(1).find(named).or_else(|| {
            Field::ALL
                .into_iter()
                .find(|f| f.synonyms().contains(&folded.as_str()))
        })
    }

    /// Fields a column can hold once only; the rest (none yet) could repeat.
    fn is_single(self) -> bool {
        self != Field::Ignore
    }
}

/// Which field each column goes to, by column index.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mapping(pub Vec<Field>);

impl Mapping {
    /// The column that goes to `field`, if one does.
    pub fn column(&self, field: Field) -> Option<usize> {
        self.0.iter().position(|f| *f == field)
    }

    pub fn has(&self, field: Field) -> bool {
        self.column(field).is_some()
    }

    /// Sends `column` to `field`; a column that went there before is ignored now (each field has one column).
    pub fn set(&mut self, column: usize, field: Field) {
        if column >= self.0.len() {
            self.0.resize(column + 1, Field::Ignore);
        }
        if field.is_single() {
            for f in self.0.iter_mut().filter(|f| **f == field) {
                *f = Field::Ignore;
            }
        }
        self.0[column] = field;
    }

    /// The guess for a sheet: each column by its header, then columns with unknown headers by their values
    /// (dates for the start and end, countries for the country). Each field is given to one column at most.
    pub fn guess(grid: &Grid) -> Mapping {
        let headers = grid.headers();
        let width = grid.width();
        let mut mapping = Mapping(vec![Field::Ignore; width]);
        let mut unknown = Vec::new();
        for column in 0..width {
            let header = headers.get(column).map_or("", String::as_str);
            if super::export::is_derived_heading(header) {
                continue;
            }
            match Field::from_header(header) {
                Some(field) if !mapping.has(field) => mapping.0[column] = field,
                Some(_) => {}
                None => unknown.push(column),
            }
        }
        for column in unknown {
            let sample: Vec<&super::Cell> = grid
                .body()
                .filter_map(|(_, r)| r.get(column))
                .filter(|c| !c.is_empty())
                .take(20)
                .collect();
            if sample.is_empty() {
                continue;
            }
            let share = |ok: &dyn Fn(&super::Cell) -> bool| {
                sample.iter().filter(|c| ok(c)).count() * 10 >= sample.len() * 8
            };
            let guess = if share(&|c| values::looks_like_date(c)) {
                [Field::Start, Field::End]
                    .into_iter()
                    .find(|f| !mapping.has(*f))
            } else if share(&|c| names::country(&c.text()).is_some()) {
                Some(Field::Country).filter(|f| !mapping.has(*f))
            } else {
                None
            };
            if let Some(field) = guess {
                mapping.0[column] = field;
            }
        }
        mapping
    }

    /// Applies `--map` overrides: `COLUMN=FIELD` pairs, comma-separated, where COLUMN is a header (as written,
    /// any case) or a column letter, and FIELD a field's key.
    pub fn override_with(&mut self, grid: &Grid, spec: &str) -> Result<(), String> {
        let headers = grid.headers();
        for pair in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (column, field) = pair
                .rsplit_once('=')
                .ok_or_else(|| crate::tr!("sheet-map-bad-pair", pair = pair))?;
            let field = Field::from_key(field).ok_or_else(|| {
                crate::tr!(
                    "sheet-map-unknown-field",
                    field = field.trim(),
                    fields = Field::ALL.map(Field::key).join(", ")
                )
            })?;
            let column = column.trim();
            let index = headers
                .iter()
                .position(|h| h.eq_ignore_ascii_case(column) || fold(h) == fold(column))
                .or_else(|| {
                    (0..grid.width().max(headers.len()))
                        .find(|&i| grid.column_letters(i).eq_ignore_ascii_case(column))
                })
                .ok_or_else(|| {
                    crate::tr!(
                        "sheet-map-unknown-column",
                        column = column,
                        headers = headers.join(", ")
                    )
                })?;
            self.set(index, field);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::sheet::Cell;

    fn grid(rows: &[&[&str]]) -> Grid {
        Grid {
            sheet: "Sheet1".into(),
            first_row: 1,
            first_col: 0,
            rows: rows
                .iter()
                .map(|r| r.iter().map(|c| Cell::Text((*c).into())).collect())
                .collect(),
        }
    }

    #[test]
    fn french_headers_are_understood() {
        let g = grid(&[&[
            "Titre",
            "Date de début",
            "Date de fin",
            "Pays",
            "Ville",
            "Statut",
        ]]);
        assert_eq!(
            Mapping::guess(&g).0,
            [
                Field::Title,
                Field::Start,
                Field::End,
                Field::Country,
                Field::City,
                Field::Status
            ]
        );
    }

    #[test]
    fn every_field_is_found_by_its_own_name_in_either_language() {
        for lang in Lang::ALL {
            for field in Field::ALL.into_iter().skip(1) {
                assert_eq!(
                    Field::from_header(field.label_in(lang)),
                    Some(field),
                    "{:?} {}",
                    lang,
                    field.label_in(lang)
                );
            }
        }
    }

    #[test]
    fn unnamed_columns_are_guessed_from_their_values() {
        let g = grid(&[
            &["Colonne 1", "Quand?", "Où?"],
            &["Mumbai", "26/02/2026", "Inde"],
            &["Tokyo", "2026-03-06", "Japon"],
        ]);
        assert_eq!(
            Mapping::guess(&g).0,
            [Field::Ignore, Field::Start, Field::Country]
        );
    }

    #[test]
    fn a_field_guessed_twice_goes_to_the_first_column_only() {
        let g = grid(&[&["Title", "Name"]]);
        assert_eq!(Mapping::guess(&g).0, [Field::Title, Field::Ignore]);
    }

    #[test]
    fn map_overrides_name_columns_by_header_or_letter() {
        let g = grid(&[&["Quoi", "Quand", "Où"]]);
        let mut m = Mapping::guess(&g);
        m.override_with(&g, "Quoi=title, C=country,quand=start")
            .expect("valid");
        assert_eq!(m.0, [Field::Title, Field::Start, Field::Country]);
        assert!(m.override_with(&g, "Nowhere=title").is_err());
        assert!(m.override_with(&g, "Quoi=colour").is_err());
        assert!(m.override_with(&g, "Quoi").is_err());
    }
}
