//! `load(save(t)) == t` for arbitrary valid timelines.

use chrono::{NaiveDate, NaiveTime};
use itinera::io::{parse, serialize};
use itinera::model::{
    Classification, DateValue, Event, EventKind, Home, Place, Principal, Source, Status, Text,
    Timeline, Translation, Translations, Trip, Zone, thin_vec,
};
use proptest::prelude::*;

fn date_value() -> impl Strategy<Value = DateValue> {
    (
        2000i32..2040,
        1u32..=12,
        1u32..=28,
        0u32..24,
        0u32..60,
        0u8..4,
    )
        .prop_map(|(y, m, d, h, min, p)| {
            let day = NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
            match p {
                0 => DateValue::Year(y),
                1 => DateValue::Month(y, m),
                2 => DateValue::Day(day),
                // Noon-ish times avoid the night-time DST gaps, which validation rightly refuses.
                _ => {
                    DateValue::Time(day.and_time(
                        NaiveTime::from_hms_opt(h.clamp(9, 20), min, 0).unwrap_or_default(),
                    ))
                }
            }
        })
}

fn text() -> impl Strategy<Value = String> {
    // Any characters, including quotes, backslashes, line breaks, accents and emoji.
    proptest::string::string_regex("(?s).{0,40}").expect("regex")
}

fn place() -> impl Strategy<Value = Place> {
    (
        prop::sample::select(vec!["IN", "AU", "JP", "FR", "BR", "QA", "CH", "KH"]),
        text(),
        prop::option::of((-90.0f64..90.0, -180.0f64..180.0)),
        prop::option::of(prop::sample::select(vec![
            "Asia/Kolkata",
            "Europe/Paris",
            "UTC",
        ])),
    )
        .prop_map(|(country, city, coords, zone)| {
            let mut place = Place {
                country: country.parse().unwrap_or_default(),
                city: city.into(),
                zone: zone.and_then(|z| z.parse::<Zone>().ok()),
                ..Place::default()
            };
            place.set_coords(coords.map(|c| c.0), coords.map(|c| c.1));
            place
        })
}

/// Translations into one to three of a few tags, each with any of its fields.
fn translations() -> impl Strategy<Value = Translations> {
    prop::collection::btree_map(
        prop::sample::select(vec!["fr", "fr-CA", "iu", "en-GB"]).prop_map(Text::from),
        (text(), text(), prop::collection::vec(text(), 0..3)).prop_map(
            |(title, notes, objectives)| Translation {
                title: title.into(),
                notes: notes.into(),
                objectives: objectives.into_iter().map(Text::from).collect(),
            },
        ),
        0..3,
    )
}

fn event() -> impl Strategy<Value = Event> {
    (
        (
            text(),
            date_value(),
            prop::option::of(0i64..40),
            place(),
            0usize..8,
            0usize..5,
        ),
        (
            prop::collection::vec(text(), 0..3),
            prop::collection::vec(text(), 0..3),
            text(),
            text(),
            any::<bool>(),
            any::<bool>(),
            prop::option::of(place()),
        ),
        prop::option::of(translations()),
    )
        .prop_map(
            |(
                (title, start, days, place, kind, status),
                (tags, objectives, notes, restricted, locked, restricted_class, from),
                translations,
            )| {
                let mut e = Event::new("x", title, start, place);
                // An end of the same precision, later than the start, keeps the event valid.
                e.end = days.map(|d| match start {
                    DateValue::Year(y) => DateValue::Year(y + (d % 3) as i32),
                    DateValue::Month(y, m) => DateValue::Month(y + 1, m),
                    DateValue::Day(day) => DateValue::Day(day + chrono::TimeDelta::days(d)),
                    DateValue::Time(t) => DateValue::Time(t + chrono::TimeDelta::days(d + 1)),
                });
                e.kind = EventKind::ALL[kind];
                e.status = Status::ALL[status];
                e.tags = tags.into_iter().map(Text::from).collect();
                e.objectives = objectives.into_iter().map(Text::from).collect();
                e.notes = notes.into();
                e.restricted_notes = restricted.into();
                e.locked = locked;
                e.classification = if restricted_class {
                    Classification::Restricted
                } else {
                    Classification::Public
                };
                e.from = from.map(Box::new);
                e.translations = translations.map(Box::new);
                e.principals = thin_vec!["pm".into()];
                e.sources = thin_vec![Source {
                    title: "Source".into(),
                    url: Some("https://example.org/a?b=c".into()),
                }];
                e
            },
        )
}

fn timeline() -> impl Strategy<Value = Timeline> {
    (
        text(),
        prop::collection::vec(event(), 0..8),
        text(),
        any::<bool>(),
    )
        .prop_map(|(title, mut events, notes, trip)| {
            let mut t = Timeline::new(
                title,
                Home {
                    country: "CA".parse().unwrap_or_default(),
                    city: "Ottawa".into(),
                    zone: "America/Toronto".parse().unwrap_or(Zone::UTC),
                },
            );
            for (i, e) in events.iter_mut().enumerate() {
                e.id = format!("event-{i}").into();
            }
            t.events = events.into_iter().map(Into::into).collect();
            t.notes = notes;
            t.principals = vec![Principal {
                id: "pm".into(),
                name: "Prime Minister".into(),
                role: Text::new(),
            }];
            if trip {
                t.trips.push(Trip {
                    id: "trip".into(),
                    title: "Trip".into(),
                    start: DateValue::Year(1999),
                    end: DateValue::Year(2099),
                    departs_from_home: true,
                    returns_home: false,
                    notes: Text::new(),
                    translations: None,
                });
                for e in t.events.iter_mut().map(std::sync::Arc::make_mut) {
                    e.trip = Some("trip".into());
                }
            }
            t
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn saving_then_loading_gives_back_the_same_timeline(t in timeline()) {
        let text = serialize(&t);
        let loaded = parse("roundtrip.ron", &text);
        prop_assert!(loaded.is_ok(), "{}\n{}", loaded.err().map(|e| e.to_string()).unwrap_or_default(), text);
        let loaded = loaded.map(|p| p.timeline).ok();
        prop_assert_eq!(loaded.as_ref(), Some(&t));
        // And writing it again gives the same bytes.
        prop_assert_eq!(loaded.map(|t| serialize(&t)), Some(text));
    }
}
