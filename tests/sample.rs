//! The shipped 2026 sample holds exactly what the source article says, with its uncertainty kept.

use itinera::document::{SAMPLE_NAME, SAMPLE_TEXT};
use itinera::io::{parse, serialize};
use itinera::model::{EventKind, Precision, Resolved, Status};

#[test]
fn the_sample_loads_with_no_problems_and_holds_exactly_the_events_of_the_source() {
    let parsed = parse(SAMPLE_NAME, SAMPLE_TEXT).expect("the sample is valid");
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    let t = &parsed.timeline;
    let summary: Vec<(&str, &str, Precision, Status)> = t
        .events
        .iter()
        .map(|e| {
            (
                e.id.as_str(),
                e.place.country.as_str(),
                e.start.precision(),
                e.status,
            )
        })
        .collect();
    use Precision::{Day, Month, Year};
    use Status::{Completed, Planned, Tentative};
    assert_eq!(
        summary,
        [
            ("france-visit", "FR", Month, Completed),
            ("china-visit", "CN", Month, Completed),
            ("qatar-visit", "QA", Month, Completed),
            ("switzerland-visit", "CH", Month, Completed),
            ("mumbai", "IN", Day, Tentative),
            ("new-delhi", "IN", Day, Tentative),
            ("australia", "AU", Day, Tentative),
            ("address-to-parliament-canberra", "AU", Day, Tentative),
            ("tokyo", "JP", Day, Tentative),
            ("brazil-visit", "BR", Year, Planned),
            ("philippines-visit", "PH", Year, Planned),
            ("cambodia-visit", "KH", Year, Planned),
            ("apec-summit-china", "CN", Year, Planned),
        ]
    );
    for e in &t.events[..4] {
        assert_eq!(e.start.to_string(), "2026-01");
    }
    for e in &t.events[9..] {
        assert_eq!(e.start.to_string(), "2026");
    }
    assert_eq!(
        t.event("apec-summit-china").map(|e| e.kind),
        Some(EventKind::Summit)
    );
    assert_eq!(
        t.event("address-to-parliament-canberra").map(|e| e.kind),
        Some(EventKind::AddressToParliament)
    );
}

#[test]
fn the_trade_mission_has_exact_bounds_and_its_legs_in_order_with_pencilled_dates_said_so() {
    let t = parse(SAMPLE_NAME, SAMPLE_TEXT).expect("valid").timeline;
    assert_eq!(t.trips.len(), 1);
    let trip = &t.trips[0];
    assert_eq!(trip.title, "Indo-Pacific trade mission");
    assert_eq!(
        (trip.start.to_string(), trip.end.to_string()),
        ("2026-02-26".into(), "2026-03-07".into())
    );
    assert!(trip.departs_from_home && trip.returns_home);
    let resolved = Resolved::of(&t);
    let legs: Vec<&str> = resolved
        .order
        .iter()
        .map(|&i| &t.events[i as usize])
        .filter(|e| {
            e.trip.as_deref() == Some(trip.id.as_str()) && e.kind == EventKind::TradeMissionLeg
        })
        .map(|e| e.place.city.as_str())
        .collect();
    assert_eq!(legs, ["Mumbai", "New Delhi", "Canberra", "Tokyo"]);
    for e in t.events.iter().filter(|e| e.trip.is_some()) {
        assert!(
            e.notes
                .contains("pencilled in; the source gives only the trip's bounds"),
            "{} should say its dates are pencilled in",
            e.id
        );
    }
    let tokyo = t.event("tokyo").expect("Tokyo leg");
    assert!(tokyo.notes.contains("Tokyo is a planner's assumption"));
}

#[test]
fn the_sample_carries_the_sources_and_the_trade_facts() {
    let t = parse(SAMPLE_NAME, SAMPLE_TEXT).expect("valid").timeline;
    let sources: Vec<&str> = t.sources.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        sources,
        [
            "Global News: Mark Carney 2026 trade trips",
            "Canada.ca: Creative Industries Trade Mission to East Asia"
        ]
    );
    let mumbai = t.event("mumbai").expect("Mumbai leg");
    assert!(
        mumbai.notes.contains("USD 30.8 billion")
            && mumbai.notes.contains("USD 70 billion by 2030")
    );
    assert!(
        t.event("new-delhi")
            .expect("leg")
            .objectives
            .iter()
            .any(|o| o.contains("AI cooperation"))
    );
}

#[test]
fn the_sample_file_is_in_canonical_form() {
    let t = parse(SAMPLE_NAME, SAMPLE_TEXT).expect("valid").timeline;
    assert_eq!(serialize(&t), SAMPLE_TEXT);
}

#[test]
fn a_date_only_leg_sits_on_its_venue_local_day() {
    let t = parse(SAMPLE_NAME, SAMPLE_TEXT).expect("valid").timeline;
    let resolved = Resolved::of(&t);
    let i = t
        .events
        .iter()
        .position(|e| e.id == "mumbai")
        .expect("Mumbai");
    let times = resolved.times[i];
    assert_eq!(times.first_day.to_string(), "2026-02-26");
    // The day begins at midnight in Mumbai, 18:30 UTC the evening before.
    assert_eq!(
        chrono::DateTime::from_timestamp(times.start, 0).map(|t| t.to_rfc3339()),
        Some("2026-02-25T18:30:00+00:00".into())
    );
}

#[test]
fn the_sample_reads_in_order_months_before_the_year_and_legs_by_day() {
    let t = parse(SAMPLE_NAME, SAMPLE_TEXT).expect("valid").timeline;
    let resolved = Resolved::of(&t);
    let ids: Vec<&str> = resolved
        .order
        .iter()
        .map(|&i| t.events[i as usize].id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "china-visit",
            "france-visit",
            "qatar-visit",
            "switzerland-visit",
            "apec-summit-china",
            "brazil-visit",
            "cambodia-visit",
            "philippines-visit",
            "mumbai",
            "new-delhi",
            "australia",
            "address-to-parliament-canberra",
            "tokyo",
        ]
    );
}

#[test]
fn the_shipped_demo_is_what_generate_makes_for_300_events_and_seed_1() {
    let shipped = include_str!("../timelines/demo-300.ron");
    assert_eq!(
        serialize(&itinera::model::generate::generate(300, 1)),
        shipped
    );
    let t = parse("demo-300.ron", shipped).expect("valid").timeline;
    assert_eq!(t.events.len(), 300);
    assert!(t.principals.len() >= 5);
    let precisions: std::collections::BTreeSet<Precision> =
        t.events.iter().map(|e| e.start.precision()).collect();
    assert_eq!(precisions.len(), 4, "every precision appears");
}

/// The illustrative trade-mission programme shipped beside the sample.
const EXAMPLE: &str = include_str!("../timelines/example-trade-mission.ron");

#[test]
fn the_example_programme_loads_canonical_and_without_plan_warnings() {
    let parsed = itinera::io::parse("example-trade-mission.ron", EXAMPLE).expect("it parses");
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    assert_eq!(
        itinera::io::serialize(&parsed.timeline),
        EXAMPLE,
        "it is canonical"
    );
    let t = &parsed.timeline;
    let r = itinera::model::Resolved::of(t);
    let warnings = itinera::model::checks::plan_warnings(t, &r.times, &r.order);
    let said: Vec<String> = warnings.iter().map(|w| w.message(t)).collect();
    assert!(said.is_empty(), "{said:?}");
    // It says what it is.
    assert!(t.title.contains("illustrative") && t.notes.contains("invented times"));
}

#[test]
fn the_example_flights_keep_their_two_zones_and_their_true_length() {
    let parsed = itinera::io::parse("example-trade-mission.ron", EXAMPLE).expect("it parses");
    let again = itinera::io::parse("again", &itinera::io::serialize(&parsed.timeline))
        .expect("it parses again");
    let t = &again.timeline;
    let r = itinera::model::Resolved::of(t);
    let hours = |id: &str| {
        let i = t.events.iter().position(|e| e.id.as_str() == id).expect(id);
        (r.times[i].end - r.times[i].start) as f64 / 3600.0
    };
    let zones = |id: &str| {
        let e = t.events.iter().find(|e| e.id.as_str() == id).expect(id);
        (
            e.start_zone.map(|z| z.to_string()),
            e.end_zone.map(|z| z.to_string()),
        )
    };
    assert_eq!(
        zones("flight-ottawa-mumbai"),
        (Some("America/Toronto".into()), Some("Asia/Kolkata".into()))
    );
    // 06:00 in Ottawa (UTC−5) to 08:30 the next day in Mumbai (UTC+5:30): 16 hours in the air.
    assert_eq!(hours("flight-ottawa-mumbai"), 16.0);
    // Across the date line: it lands at 15:30 in Ottawa on the day it left Tokyo at 16:00.
    assert_eq!(hours("flight-tokyo-ottawa"), 13.5);
    // 18:00 to 18:00 in Ottawa across the switch to summer time on 8 March 2026 is 23 hours.
    assert_eq!(hours("ottawa-follow-up-desk"), 23.0);
}
