//! Deterministic synthetic timelines of realistic shape, for demos and benchmarks.
//!
//! The same event count and seed always give the same document: several principals travelling over
//! five years to many countries, trips of two to six legs, mixed date precision and zones, and notes
//! of realistic length.

use crate::i18n::Lang;
use chrono::{Datelike as _, NaiveDate, TimeDelta};

use crate::model::gazetteer::{self, City};
use crate::model::{
    Classification, DateValue, Event, EventKind, Home, Place, Principal, Source, Status, Text,
    Timeline, Trip, Zone, thin_vec,
};

/// First year of generated programmes; they run five years.
pub const FIRST_YEAR: i32 = 2025;
pub const YEARS: i32 = 5;

const PRINCIPALS: [(&str, &str, &str); 8] = [
    ("pm", "Alex Morgan", "Prime Minister"),
    ("dpm", "Sam Okafor", "Deputy Prime Minister"),
    ("fm", "Jordan Leclerc", "Minister of Foreign Affairs"),
    ("trade", "Priya Raman", "Minister of International Trade"),
    ("defence", "Chris Novak", "Minister of National Defence"),
    ("finance", "Maria Duarte", "Minister of Finance"),
    ("energy", "Lee Tanaka", "Minister of Energy"),
    ("gg", "Robin Ashby", "Governor General"),
];

const TOPICS: [&str; 14] = [
    "trade",
    "investment",
    "defence",
    "energy",
    "critical-minerals",
    "ai",
    "climate",
    "agriculture",
    "education",
    "health",
    "security",
    "culture",
    "technology",
    "consular",
];

const OBJECTIVES: [&str; 10] = [
    "Advance the free trade negotiations to the next round",
    "Sign the memorandum of understanding on critical minerals",
    "Announce the joint research fund for artificial intelligence",
    "Secure market access for agricultural exports",
    "Deepen defence and security cooperation",
    "Launch the clean energy partnership",
    "Raise consular cases with the host government",
    "Support the business delegation's investment meetings",
    "Agree on a youth mobility arrangement",
    "Prepare the ground for the next leaders' summit",
];

const SENTENCES: [&str; 16] = [
    "The host government has confirmed ministerial-level participation, and the embassy is arranging the programme with the protocol office.",
    "Advance teams will travel ten days ahead to review venues, motorcade routes and the media plan with local authorities.",
    "The business delegation includes firms from the energy, technology, agri-food and creative sectors, with several deals expected to close during the visit.",
    "Briefing material covers the bilateral trade figures, the state of negotiations and the open consular files.",
    "Security assessment is moderate; the mission recommends the standard posture and a review two weeks before departure.",
    "A joint statement is being negotiated at officials' level; the latest draft is with the legal bureau for review.",
    "Media availability is planned after the main meeting, with a short statement and two questions per side.",
    "The programme leaves time for a roundtable with civil society and a visit to a research institute.",
    "Gifts follow the standard protocol list; the embassy will confirm local sensitivities before purchase.",
    "Interpretation is simultaneous for the plenary and consecutive for the bilateral meeting.",
    "The diaspora reception is hosted by the head of mission at the official residence on the evening of arrival.",
    "Flight planning assumes the government aircraft with a refuelling stop; overflight clearances are being requested.",
    "Officials recommend raising the human rights dialogue privately, in line with the agreed engagement strategy.",
    "Provincial and territorial partners have been invited to join the trade segment of the programme.",
    "The announcement package includes funding for scholarships and a cultural exchange programme.",
    "Follow-up actions will be tracked by the geographic branch and reported to the deputy minister within a month.",
];

struct Rng(fastrand::Rng);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0.usize(..n.max(1))
    }
    fn chance(&mut self, p: f64) -> bool {
        self.0.f64() < p
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn notes(rng: &mut Rng) -> String {
    let target = 400 + rng.below(400);
    let mut out = String::new();
    while out.len() < target {
        if !out.is_empty() {
            out.push(' ');
        }
        let sentence = SENTENCES[rng.below(SENTENCES.len())];
        out.push_str(sentence);
    }
    out
}

fn place_of(city: &City) -> Place {
    Place {
        country: city.country.parse().unwrap_or_default(),
        city: city.name.as_str().into(),
        ..Place::default()
    }
}

/// Builds one event at a city with the generator's mix of kinds, statuses and extras.
fn event(rng: &mut Rng, n: usize, city: &City, start: DateValue, end: Option<DateValue>) -> Event {
    let kind = *rng.pick(&[
        EventKind::Visit,
        EventKind::Visit,
        EventKind::StateVisit,
        EventKind::BilateralMeeting,
        EventKind::BilateralMeeting,
        EventKind::Summit,
        EventKind::TradeMissionLeg,
        EventKind::AddressToParliament,
        EventKind::Other,
    ]);
    let title = format!("{} in {}", kind.label_in(Lang::En), city.name);
    let mut e = Event::new(format!("e{n}"), title, start, place_of(city));
    e.kind = kind;
    e.end = end;
    e.status = *rng.pick(&Status::ALL);
    let first = rng.below(TOPICS.len());
    e.tags = (0..1 + rng.below(3))
        .map(|k| Text::from(TOPICS[(first + k * 5) % TOPICS.len()]))
        .collect();
    e.objectives = (0..rng.below(3))
        .map(|_| Text::from(*rng.pick(&OBJECTIVES)))
        .collect();
    e.notes = notes(rng).into();
    if rng.chance(0.1) {
        e.restricted_notes =
            "Sensitive: the host's position on the file has hardened; brief orally only.".into();
    }
    if rng.chance(0.04) {
        e.classification = Classification::Restricted;
    }
    e.locked = rng.chance(0.03);
    e
}

/// A random start: mostly whole days, some with a local time, some known only to the month or year.
fn start_value(rng: &mut Rng, day: NaiveDate) -> DateValue {
    let roll = rng.0.f64();
    if roll < 0.06 {
        DateValue::Year(day.year())
    } else if roll < 0.16 {
        DateValue::Month(day.year(), day.month())
    } else if roll < 0.45 {
        let hour = 8 + rng.below(11) as u32;
        let minute = [0, 15, 30, 45][rng.below(4)];
        DateValue::Time(day.and_hms_opt(hour, minute, 0).unwrap_or_default())
    } else {
        DateValue::Day(day)
    }
}

/// A timeline with exactly `events` events, the same for the same seed.
pub fn generate(events: usize, seed: u64) -> Timeline {
    let mut rng = Rng(fastrand::Rng::with_seed(seed));
    let cities: Vec<&City> = gazetteer::all_cities()
        .iter()
        .filter(|c| c.country != "CA" && crate::model::region::country(&c.country).is_some())
        .collect();
    let home = gazetteer::city("CA", "Ottawa");
    let mut timeline = Timeline::new(
        format!("Generated programme: {events} events (seed {seed})"),
        Home {
            country: "CA".parse().unwrap_or_default(),
            city: "Ottawa".into(),
            zone: home
                .and_then(|c| c.zone.parse::<Zone>().ok())
                .unwrap_or(Zone::UTC),
        },
    );
    timeline.principals = PRINCIPALS
        .iter()
        .map(|(id, name, role)| Principal {
            id: (*id).into(),
            name: (*name).into(),
            role: (*role).into(),
        })
        .collect();
    timeline.sources = vec![Source {
        title: format!("itinera generate --events {events} --seed {seed}").into(),
        url: None,
    }];
    let first_day = NaiveDate::from_ymd_opt(FIRST_YEAR, 1, 1).unwrap_or_default();
    let span_days = (365.25 * f64::from(YEARS)) as usize - 20;
    while timeline.events.len() < events {
        let principal = PRINCIPALS[rng.below(PRINCIPALS.len())].0.to_string();
        let day = first_day + TimeDelta::days(rng.below(span_days) as i64);
        let n = timeline.events.len();
        if rng.chance(0.45) && events - n >= 2 {
            let legs = (2 + rng.below(5)).min(events - n);
            add_trip(&mut rng, &mut timeline, &cities, &principal, day, legs);
        } else {
            let city = *rng.pick(&cities);
            let start = start_value(&mut rng, day);
            let end = match start {
                DateValue::Day(d) if rng.chance(0.5) => {
                    Some(DateValue::Day(d + TimeDelta::days(1 + rng.below(3) as i64)))
                }
                DateValue::Time(t) => Some(DateValue::Time(
                    t + TimeDelta::minutes(30 + 15 * rng.below(12) as i64),
                )),
                _ => None,
            };
            let mut e = event(&mut rng, n, city, start, end);
            e.principals = thin_vec![principal.as_str().into()];
            timeline.events.push(std::sync::Arc::new(e));
        }
    }
    // Files are kept roughly in date order, as editors keep them.
    timeline.events.sort_by_key(|e| e.start.first_local());
    timeline
}

fn add_trip(
    rng: &mut Rng,
    timeline: &mut Timeline,
    cities: &[&City],
    principal: &str,
    day: NaiveDate,
    legs: usize,
) {
    let trip_id = format!("t{}", timeline.trips.len() + 1);
    let anchor = *rng.pick(cities);
    // Legs stay in one part of the world: pick cities near the first one.
    let mut nearby: Vec<&City> = cities
        .iter()
        .copied()
        .filter(|c| (c.lat - anchor.lat).abs() < 25.0 && (c.lon - anchor.lon).abs() < 40.0)
        .collect();
    if nearby.len() < legs {
        nearby = cities.to_vec();
    }
    let mut cursor = day;
    let trip_start = day;
    for leg in 0..legs {
        let city = *rng.pick(&nearby);
        let days = rng.below(3) as i64;
        let start = if rng.chance(0.3) {
            DateValue::Time(
                cursor
                    .and_hms_opt(9 + rng.below(8) as u32, 0, 0)
                    .unwrap_or_default(),
            )
        } else {
            DateValue::Day(cursor)
        };
        let end = (days > 0).then(|| DateValue::Day(cursor + TimeDelta::days(days)));
        let n = timeline.events.len();
        let mut e = event(rng, n, city, start, end);
        if leg == 0 || rng.chance(0.5) {
            e.kind = EventKind::TradeMissionLeg;
            e.title = format!("{} in {}", e.kind.label_in(Lang::En), city.name).into();
        }
        e.trip = Some(trip_id.as_str().into());
        e.principals = thin_vec![principal.into()];
        timeline.events.push(std::sync::Arc::new(e));
        cursor += TimeDelta::days(days + 1);
    }
    timeline.trips.push(Trip {
        id: trip_id.into(),
        title: format!("{} mission {}", anchor.name, timeline.trips.len() + 1).into(),
        start: DateValue::Day(trip_start),
        end: DateValue::Day(cursor - TimeDelta::days(1)),
        departs_from_home: rng.chance(0.8),
        returns_home: rng.chance(0.8),
        notes: Text::new(),
        translations: None,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_valid_timeline() {
        let a = generate(300, 7);
        assert_eq!(a, generate(300, 7));
        assert_eq!(a.events.len(), 300);
        let errors: Vec<_> = crate::model::validate(&a)
            .into_iter()
            .filter(|p| p.severity == crate::model::Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{errors:?}");
        assert!(a.trips.len() > 20);
    }
}
