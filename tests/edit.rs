//! The edit layer without any UI: commands, precision rules and undo.

use itinera::document::{SAMPLE_NAME, SAMPLE_TEXT};
use itinera::edit::{Command, Dependents, Edge, History, Shift};
use itinera::io::{parse, serialize};
use itinera::model::{EventTimes, Precision, Text, Timeline};

fn sample() -> Timeline {
    parse(SAMPLE_NAME, SAMPLE_TEXT).expect("sample").timeline
}

fn start_of(t: &Timeline, id: &str) -> String {
    t.event(id).map(|e| e.start.to_string()).unwrap_or_default()
}

#[test]
fn moving_the_month_precision_france_visit_one_unit_gives_february_still_a_month() {
    let mut t = sample();
    let mut h = History::default();
    h.apply(
        &mut t,
        Command::MoveEvents {
            ids: vec!["france-visit".into()],
            by: Shift::one_unit_of(Precision::Month, 1),
            lane: None,
        },
    )
    .expect("moves");
    assert_eq!(start_of(&t, "france-visit"), "2026-02");
    assert_eq!(h.undo_label(), Some("move of 'Visit to France'"));
}

#[test]
fn moving_a_day_event_across_the_end_of_daylight_saving_keeps_its_local_times() {
    let mut t = sample();
    let mut h = History::default();
    // Paris leaves summer time on 25 October 2026. A day-precision event before it, moved a week later...
    let mut e = t.event("france-visit").cloned().expect("France");
    e.id = "paris-day".into();
    e.start = "2026-10-22".parse().expect("date");
    e.place.city = "Paris".into();
    h.apply(&mut t, Command::AddEvent { event: Box::new(e) })
        .expect("adds");
    h.apply(
        &mut t,
        Command::MoveEvents {
            ids: vec!["paris-day".into()],
            by: Shift::days(7),
            lane: None,
        },
    )
    .expect("moves");
    let moved = t.event("paris-day").expect("moved");
    assert_eq!(moved.start.to_string(), "2026-10-29");
    // ...still runs from local midnight to local midnight, now in winter time (UTC+1).
    let times = EventTimes::of(moved);
    let start = chrono::DateTime::from_timestamp(times.start, 0).expect("instant");
    assert_eq!(start.to_rfc3339(), "2026-10-28T23:00:00+00:00");
    // A timed event keeps its wall-clock time too.
    let mut timed = t.event("paris-day").cloned().expect("event");
    timed.id = "paris-meeting".into();
    timed.start = "2026-10-23T09:30".parse().expect("date");
    h.apply(
        &mut t,
        Command::AddEvent {
            event: Box::new(timed),
        },
    )
    .expect("adds");
    h.apply(
        &mut t,
        Command::MoveEvents {
            ids: vec!["paris-meeting".into()],
            by: Shift::days(7),
            lane: None,
        },
    )
    .expect("moves");
    assert_eq!(start_of(&t, "paris-meeting"), "2026-10-30T09:30");
    let instant = EventTimes::of(t.event("paris-meeting").expect("event")).start;
    assert_eq!(
        chrono::DateTime::from_timestamp(instant, 0)
            .expect("instant")
            .to_rfc3339(),
        "2026-10-30T08:30:00+00:00"
    );
}

#[test]
fn a_locked_event_refuses_a_move_and_says_why() {
    let mut t = sample();
    let mut h = History::default();
    let mut mumbai = t.event("mumbai").cloned().expect("Mumbai");
    mumbai.locked = true;
    h.apply(
        &mut t,
        Command::SetEvent {
            id: "mumbai".into(),
            what: "lock".into(),
            event: Box::new(mumbai),
        },
    )
    .expect("locks");
    let refusal = h
        .apply(
            &mut t,
            Command::MoveEvents {
                ids: vec!["mumbai".into(), "tokyo".into()],
                by: Shift::days(1),
                lane: None,
            },
        )
        .expect_err("locked");
    assert!(refusal.0.contains("'Mumbai' is locked"), "{refusal}");
    assert_eq!(
        start_of(&t, "tokyo"),
        "2026-03-05",
        "nothing in the selection moved"
    );
}

#[test]
fn resizing_changes_one_end_and_refuses_to_pass_the_start() {
    let mut t = sample();
    let mut h = History::default();
    h.apply(
        &mut t,
        Command::ResizeEvent {
            id: "mumbai".into(),
            edge: Edge::End,
            by: Shift::days(-1),
        },
    )
    .expect("resizes");
    let e = t.event("mumbai").expect("Mumbai");
    assert_eq!(
        (e.start.to_string(), e.end.map(|d| d.to_string())),
        ("2026-02-26".into(), Some("2026-02-26".into()))
    );
    let refusal = h
        .apply(
            &mut t,
            Command::ResizeEvent {
                id: "mumbai".into(),
                edge: Edge::End,
                by: Shift::days(-1),
            },
        )
        .expect_err("past the start");
    assert!(
        refusal.0.contains("cannot end before it starts"),
        "{refusal}"
    );
}

#[test]
fn a_move_that_takes_a_leg_outside_its_trip_is_refused() {
    let mut t = sample();
    let mut h = History::default();
    let refusal = h
        .apply(
            &mut t,
            Command::MoveEvents {
                ids: vec!["tokyo".into()],
                by: Shift::days(5),
                lane: None,
            },
        )
        .expect_err("outside the trip");
    assert!(
        refusal.0.contains("ends on 12 Mar 2026, after its trip"),
        "the date that breaks the rule is named: {refusal}"
    );
}

#[test]
fn moving_several_events_keeps_their_gaps_and_is_one_step() {
    let mut t = sample();
    let mut h = History::default();
    let ids = vec!["mumbai".to_string(), "new-delhi".to_string()];
    h.apply(
        &mut t,
        Command::MoveEvents {
            ids,
            by: Shift::days(-1),
            lane: None,
        },
    )
    .expect_err("Mumbai would leave the trip");
    let ids = vec!["china-visit".to_string(), "brazil-visit".to_string()];
    h.apply(
        &mut t,
        Command::MoveEvents {
            ids,
            by: Shift::months(13),
            lane: None,
        },
    )
    .expect("moves");
    assert_eq!(
        (start_of(&t, "china-visit"), start_of(&t, "brazil-visit")),
        ("2027-02".into(), "2027".into())
    );
    assert_eq!(h.undo_label(), Some("move of 2 events"));
    h.undo(&mut t);
    assert_eq!(serialize(&t), SAMPLE_TEXT);
}

#[test]
fn added_and_duplicated_events_get_unique_readable_ids() {
    let mut t = sample();
    let mut h = History::default();
    h.apply(
        &mut t,
        Command::DuplicateEvents {
            ids: vec!["mumbai".into()],
        },
    )
    .expect("duplicates");
    assert!(t.event("mumbai-2").is_some());
    let mut e = t.event("tokyo").cloned().expect("Tokyo");
    e.id = Text::new();
    e.title = "Osaka".into();
    h.apply(&mut t, Command::AddEvent { event: Box::new(e) })
        .expect("adds");
    assert!(t.event("osaka").is_some());
}

#[test]
fn deleting_a_trip_can_detach_or_delete_its_legs() {
    let mut t = sample();
    let mut h = History::default();
    let trip = "indo-pacific-trade-mission".to_string();
    h.apply(
        &mut t,
        Command::DeleteTrip {
            id: trip.clone(),
            legs: Dependents::Detach,
        },
    )
    .expect("deletes");
    assert!(t.trips.is_empty());
    assert_eq!(t.events.len(), 13);
    assert!(t.events.iter().all(|e| e.trip.is_none()));
    h.undo(&mut t);
    assert_eq!(serialize(&t), SAMPLE_TEXT);
    h.apply(
        &mut t,
        Command::DeleteTrip {
            id: trip,
            legs: Dependents::Delete,
        },
    )
    .expect("deletes");
    assert_eq!(t.events.len(), 8);
    h.undo(&mut t);
    assert_eq!(serialize(&t), SAMPLE_TEXT);
}

#[test]
fn deleting_a_principal_detaches_the_events_that_named_it() {
    let mut t = sample();
    let mut h = History::default();
    h.apply(
        &mut t,
        Command::DeletePrincipal {
            id: "pm".into(),
            events: Dependents::Detach,
        },
    )
    .expect("deletes");
    assert!(t.events.iter().all(|e| e.principals.is_empty()));
    h.undo(&mut t);
    assert_eq!(serialize(&t), SAMPLE_TEXT);
}

#[test]
fn an_edit_that_would_make_the_file_invalid_is_refused() {
    let mut t = sample();
    let mut h = History::default();
    let mut e = t.event("mumbai").cloned().expect("Mumbai");
    e.trip = Some("no-such-trip".into());
    let refusal = h
        .apply(
            &mut t,
            Command::SetEvent {
                id: "mumbai".into(),
                what: "trip".into(),
                event: Box::new(e),
            },
        )
        .expect_err("unknown trip");
    assert!(refusal.0.contains("unknown trip"), "{refusal}");
    let mut renamed = t.event("mumbai").cloned().expect("Mumbai");
    renamed.id = "tokyo".into();
    h.apply(
        &mut t,
        Command::SetEvent {
            id: "mumbai".into(),
            what: "id".into(),
            event: Box::new(renamed),
        },
    )
    .expect_err("duplicate id");
}

#[test]
fn moving_a_trip_moves_its_legs_with_it_in_one_step() {
    let mut t = sample();
    let mut h = History::default();
    h.apply(
        &mut t,
        Command::MoveTrip {
            id: "indo-pacific-trade-mission".into(),
            by: Shift::days(7),
        },
    )
    .expect("moves");
    assert_eq!(t.trips[0].start.to_string(), "2026-03-05");
    assert_eq!(start_of(&t, "mumbai"), "2026-03-05");
    assert_eq!(start_of(&t, "tokyo"), "2026-03-12");
    assert_eq!(
        start_of(&t, "france-visit"),
        "2026-01",
        "events of no trip stay"
    );
    h.undo(&mut t);
    assert_eq!(serialize(&t), SAMPLE_TEXT);
}
