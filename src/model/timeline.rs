//! The timeline document as data: what a RON timeline file holds, field for field.
//!
//! Field order here is the order fields are written, so output is stable. Optional fields are left out
//! of the file when empty, and may be left out by hand.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::codes::{CountryCode, Zone};
use super::date::DateValue;
use super::text::{Text, ThinVec};
use super::translations::Translations;

/// The file format version this build reads and writes.
pub const FORMAT_VERSION: u32 = 1;

fn is_false(b: &bool) -> bool {
    !*b
}

/// A whole document: one principal's (or office's) travel programme.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Timeline {
    pub format: u32,
    pub title: String,
    pub home: Home,
    /// The zone timed events are shown in; home's zone when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_zone: Option<Zone>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub principals: Vec<Principal>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub trips: Vec<Trip>,
    /// Each event is shared, so a copy of the document (for a save on the file worker, or an undo step) costs a
    /// pointer per event, not the events themselves.
    #[serde(default)]
    pub events: Vec<Arc<Event>>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// The same text in other languages, by BCP 47 tag (see `translations`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translations: Option<Box<Translations>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// Changes two versions made differently, recorded by `itinera merge` until someone chooses (see
    /// docs/FORMAT.md); the file holds "ours" meanwhile.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Conflict>,
}

/// One unresolved merge conflict: what it is on, which field, and each version's value as RON text (`None`
/// where that version has no such record: added on one side only, or deleted).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conflict {
    /// "event:ID", "trip:ID", "principal:ID" or "document".
    pub on: String,
    /// The field, or "record" for the whole record (deleted on one side, changed on the other).
    pub field: String,
    #[serde(default)]
    pub base: Option<String>,
    #[serde(default)]
    pub ours: Option<String>,
    #[serde(default)]
    pub theirs: Option<String>,
}

impl Conflict {
    /// What the conflict is on, in words: the event's or trip's title or the principal's name as `t` has it, "the
    /// document" for its own fields, else the record's id (one `t` does not have).
    pub fn subject(&self, t: &Timeline) -> String {
        if self.on == "document" {
            return crate::tr!("conflict-on-document");
        }
        let Some((kind, id)) = self.on.split_once(':') else {
            return self.on.clone();
        };
        let named = match kind {
            "event" => t.event(id).map(|e| e.shown_title().to_owned()),
            "trip" => t
                .trips
                .iter()
                .find(|r| r.id.as_str() == id)
                .map(|r| r.title.to_string()),
            "principal" => t
                .principals
                .iter()
                .find(|r| r.id.as_str() == id)
                .map(|r| r.name.to_string()),
            _ => None,
        };
        named.unwrap_or_else(|| id.to_owned())
    }
}

/// Where the principal is based and which zone home time means.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Home {
    /// ISO 3166-1 alpha-2 code.
    pub country: CountryCode,
    pub city: String,
    /// IANA zone, e.g. "America/Toronto".
    pub zone: Zone,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Principal {
    pub id: Text,
    pub name: Text,
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub role: Text,
}

/// A journey made of legs (events whose `trip` names it).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Trip {
    pub id: Text,
    pub title: Text,
    pub start: DateValue,
    pub end: DateValue,
    /// Draw a leg from home to the first stop.
    #[serde(default, skip_serializing_if = "is_false")]
    pub departs_from_home: bool,
    /// Draw a leg from the last stop back home.
    #[serde(default, skip_serializing_if = "is_false")]
    pub returns_home: bool,
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub notes: Text,
    /// The same text in other languages, by BCP 47 tag (see `translations`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translations: Option<Box<Translations>>,
}

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum EventKind {
    #[default]
    Visit,
    StateVisit,
    Summit,
    AddressToParliament,
    BilateralMeeting,
    TradeMissionLeg,
    Travel,
    Other,
}

impl EventKind {
    pub const ALL: [EventKind; 8] = [
        EventKind::Visit,
        EventKind::StateVisit,
        EventKind::Summit,
        EventKind::AddressToParliament,
        EventKind::BilateralMeeting,
        EventKind::TradeMissionLeg,
        EventKind::Travel,
        EventKind::Other,
    ];

    /// The kind's name in the interface's language.
    pub fn label(self) -> &'static str {
        self.label_in(crate::i18n::current())
    }

    /// The kind's name in a language.
    pub fn label_in(self, lang: crate::i18n::Lang) -> &'static str {
        crate::i18n::label_in(
            lang,
            match self {
                EventKind::Visit => "kind-visit",
                EventKind::StateVisit => "kind-state-visit",
                EventKind::Summit => "kind-summit",
                EventKind::AddressToParliament => "kind-address-to-parliament",
                EventKind::BilateralMeeting => "kind-bilateral-meeting",
                EventKind::TradeMissionLeg => "kind-trade-mission-leg",
                EventKind::Travel => "kind-travel",
                EventKind::Other => "kind-other",
            },
        )
    }
}

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Status {
    #[default]
    Planned,
    Tentative,
    Confirmed,
    Completed,
    Cancelled,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Planned,
        Status::Tentative,
        Status::Confirmed,
        Status::Completed,
        Status::Cancelled,
    ];

    /// The status's name in the interface's language.
    pub fn label(self) -> &'static str {
        self.label_in(crate::i18n::current())
    }

    /// The status's name in a language.
    pub fn label_in(self, lang: crate::i18n::Lang) -> &'static str {
        crate::i18n::label_in(
            lang,
            match self {
                Status::Planned => "status-planned",
                Status::Tentative => "status-tentative",
                Status::Confirmed => "status-confirmed",
                Status::Completed => "status-completed",
                Status::Cancelled => "status-cancelled",
            },
        )
    }
}

/// Who may see an event. Restricted events never appear in briefings unless the briefer asks.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Classification {
    #[default]
    Public,
    Restricted,
}

fn is_public(c: &Classification) -> bool {
    *c == Classification::Public
}

fn is_planned(s: &Status) -> bool {
    *s == Status::Planned
}

/// A place on Earth. Missing coordinates and zone come from the gazetteer.
///
/// Most places name only a country and a city, so coordinates written in the file are kept apart, and a
/// place without them stays small.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(from = "PlaceFields", into = "PlaceFields")]
pub struct Place {
    /// ISO 3166-1 alpha-2 code, e.g. "IN".
    pub country: CountryCode,
    pub city: Text,
    /// IANA zone of the place, when the gazetteer does not know the city.
    pub zone: Option<Zone>,
    /// Latitude and longitude as written, when either is; `lat()`, `lon()` and `set_coords` read and write them.
    pub coords: Option<Box<Coords>>,
}

/// Coordinates written for a place; validation reports one without the other.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Coords {
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

impl Place {
    /// The latitude written for this place.
    pub fn lat(&self) -> Option<f64> {
        self.coords.as_ref().and_then(|c| c.lat)
    }

    /// The longitude written for this place.
    pub fn lon(&self) -> Option<f64> {
        self.coords.as_ref().and_then(|c| c.lon)
    }

    /// Writes (or, with `None`, clears) the place's own latitude and longitude.
    pub fn set_coords(&mut self, lat: Option<f64>, lon: Option<f64>) {
        self.coords = (lat.is_some() || lon.is_some()).then(|| Box::new(Coords { lat, lon }));
    }
}

/// A place as the file writes it, field for field.
#[derive(Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "Place")]
struct PlaceFields {
    country: CountryCode,
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    city: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    lat: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    lon: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    zone: Option<Zone>,
}

impl From<PlaceFields> for Place {
    fn from(f: PlaceFields) -> Place {
        let mut place = Place {
            country: f.country,
            city: f.city,
            zone: f.zone,
            coords: None,
        };
        place.set_coords(f.lat, f.lon);
        place
    }
}

impl From<Place> for PlaceFields {
    fn from(p: Place) -> PlaceFields {
        PlaceFields {
            lat: p.lat(),
            lon: p.lon(),
            country: p.country,
            city: p.city,
            zone: p.zone,
        }
    }
}

/// A reference the facts come from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Text>,
}

/// One thing on the programme: a visit, a summit, a leg, a flight.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Stable, unique, readable id, e.g. "mumbai".
    pub id: Text,
    pub title: Text,
    pub kind: EventKind,
    #[serde(default, skip_serializing_if = "is_planned")]
    pub status: Status,
    pub start: DateValue,
    /// Zone of a timed start; the place's zone when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_zone: Option<Zone>,
    /// Inclusive end; the start's own span when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<DateValue>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_zone: Option<Zone>,
    pub place: Place,
    /// Where a travel event departs from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Box<Place>>,
    /// Where a travel event arrives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Box<Place>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trip: Option<Text>,
    #[serde(default, skip_serializing_if = "ThinVec::is_empty")]
    pub principals: ThinVec<Text>,
    #[serde(default, skip_serializing_if = "ThinVec::is_empty")]
    pub tags: ThinVec<Text>,
    #[serde(default, skip_serializing_if = "ThinVec::is_empty")]
    pub objectives: ThinVec<Text>,
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub notes: Text,
    /// The same text in other languages, by BCP 47 tag (see `translations`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translations: Option<Box<Translations>>,
    /// Never shown in briefing mode unless the briefer turns on "show restricted".
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub restricted_notes: Text,
    #[serde(default, skip_serializing_if = "ThinVec::is_empty")]
    pub sources: ThinVec<Source>,
    /// A locked event refuses moves.
    #[serde(default, skip_serializing_if = "is_false")]
    pub locked: bool,
    #[serde(default, skip_serializing_if = "is_public")]
    pub classification: Classification,
}

impl Event {
    /// A new event with the given id, title, start and place; everything else empty.
    pub fn new(
        id: impl Into<Text>,
        title: impl Into<Text>,
        start: DateValue,
        place: Place,
    ) -> Self {
        Event {
            id: id.into(),
            title: title.into(),
            kind: EventKind::Visit,
            status: Status::Planned,
            start,
            start_zone: None,
            end: None,
            end_zone: None,
            place,
            from: None,
            to: None,
            trip: None,
            principals: ThinVec::new(),
            tags: ThinVec::new(),
            objectives: ThinVec::new(),
            notes: Text::new(),
            translations: None,
            restricted_notes: Text::new(),
            sources: ThinVec::new(),
            locked: false,
            classification: Classification::Public,
        }
    }

    /// The inclusive end as written, or the start when no end is given.
    pub fn end_or_start(&self) -> DateValue {
        self.end.unwrap_or(self.start)
    }

    /// Whether the event's dates are known only to the month or the year.
    pub fn is_date_unfixed(&self) -> bool {
        !self.start.precision().is_fixed_day()
    }
}

impl Timeline {
    /// An empty document for a home.
    pub fn new(title: impl Into<String>, home: Home) -> Self {
        Timeline {
            format: FORMAT_VERSION,
            title: title.into(),
            home,
            display_zone: None,
            principals: Vec::new(),
            trips: Vec::new(),
            events: Vec::new(),
            notes: String::new(),
            translations: None,
            sources: Vec::new(),
            conflicts: Vec::new(),
        }
    }

    /// A new, untitled event at home on `day`, with the programme's principal when it has only one: what "add an
    /// event" starts from. Its id is left empty, so adding it gives it a unique one.
    pub fn new_event_on(&self, day: chrono::NaiveDate) -> Event {
        let mut event = Event::new(
            "",
            crate::tr!("new-event-title"),
            DateValue::Day(day),
            Place {
                country: self.home.country,
                city: self.home.city.as_str().into(),
                ..Place::default()
            },
        );
        // A programme of one principal is that principal's: their new events are too.
        if let [only] = self.principals.as_slice() {
            event.principals.push(only.id.clone());
        }
        event
    }

    /// The zone timed events are shown in.
    pub fn display_zone(&self) -> Zone {
        self.display_zone.unwrap_or(self.home.zone)
    }

    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id).map(|e| &**e)
    }

    /// The event at `index`, to change in place (copied first if a snapshot of the document shares it).
    pub fn event_mut(&mut self, index: usize) -> Option<&mut Event> {
        self.events.get_mut(index).map(Arc::make_mut)
    }

    pub fn trip(&self, id: &str) -> Option<&Trip> {
        self.trips.iter().find(|t| t.id == id)
    }

    pub fn principal(&self, id: &str) -> Option<&Principal> {
        self.principals.iter().find(|p| p.id == id)
    }

    /// The names of an event's principals ("Mark Carney"), or their ids where the document does not name them.
    pub fn principal_names<'a>(&'a self, event: &'a Event) -> Vec<&'a str> {
        event
            .principals
            .iter()
            .map(|id| self.principal(id).map_or(id.as_str(), |p| p.name.as_str()))
            .collect()
    }
}

impl Default for Timeline {
    fn default() -> Self {
        Timeline::new(
            crate::tr!("untitled-timeline"),
            Home {
                country: CountryCode::CA,
                city: "Ottawa".into(),
                zone: Zone(chrono_tz::America::Toronto),
            },
        )
    }
}
