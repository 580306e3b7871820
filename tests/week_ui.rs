//! The calendar's week view, driven through egui_kittest by label.

use egui::accesskit::Role;
use egui::vec2;
use egui_kittest::kittest::Queryable as _;
use itinera::app::{AppOptions, ItineraApp, View};
use itinera::model::Timeline;

use crate::app_ui::test_options;

type Harness = egui_kittest::Harness<'static, ItineraApp>;

/// The week view at the week of `day`, of the sample or of `files`.
fn week(options: AppOptions, day: (i32, u32, u32)) -> Harness {
    let mut h = crate::app_ui::harness(AppOptions {
        view: Some(View::Calendar),
        today: chrono::NaiveDate::from_ymd_opt(2026, 2, 20),
        ..options
    });
    h.run();
    h.get_by_label("Week").click();
    h.run();
    h.state_mut().views.calendar.cursor = chrono::NaiveDate::from_ymd_opt(day.0, day.1, day.2);
    h.run();
    h
}

fn sample() -> Timeline {
    itinera::io::parse("s", itinera::document::SAMPLE_TEXT)
        .expect("sample")
        .timeline
}

/// Writes `t` to a file in `dir` and returns the options that open it.
fn opening(dir: &tempfile::TempDir, t: &Timeline) -> AppOptions {
    let path = dir.path().join("week.ron");
    std::fs::write(&path, itinera::io::serialize(t)).expect("write");
    AppOptions {
        files: vec![path],
        ..test_options()
    }
}

#[test]
fn the_week_of_canberra_shows_its_trip_band_its_legs_and_the_visits_known_only_to_the_year() {
    let h = week(test_options(), (2026, 3, 3));
    h.get_by_label("Week of 2 March 2026");
    let band = h
        .get_by_role_and_label(Role::Group, "Trip: Indo-Pacific trade mission")
        .rect();
    let australia = h.get_by_role_and_label(Role::Button, "Australia").rect();
    assert!(
        band.bottom() <= australia.top(),
        "the trip band is above its legs"
    );
    h.get_by_role_and_label(Role::Button, "Tokyo");
    h.get_by_role_and_label(Role::Button, "Address to both houses of Parliament");
    h.get_by_label("Sometime in 2026:");
    h.get_by_label("Visit to Brazil");
    assert!(
        h.query_by_role_and_label(Role::Button, "Mumbai").is_none(),
        "Mumbai, in the week before, is not shown"
    );
}

#[test]
fn a_week_across_two_months_shows_both_months_events_known_only_to_the_month() {
    let mut t = sample();
    let mut e = t.event("mumbai").cloned().expect("Mumbai");
    e.id = "april-visit".into();
    e.title = "A visit in April".into();
    e.trip = None;
    e.start = "2026-04".parse().expect("month");
    e.end = None;
    t.events.push(e.into());
    let dir = tempfile::tempdir().expect("temp dir");
    // 30 March to 5 April 2026.
    let h = week(opening(&dir, &t), (2026, 4, 1));
    h.get_by_label("Sometime in April 2026:");
    h.get_by_label("A visit in April");
}

#[test]
fn a_day_with_more_whole_day_events_than_rows_says_how_many_more_and_lists_them() {
    let mut t = sample();
    for n in 0..6 {
        let mut e = t.event("mumbai").cloned().expect("Mumbai");
        e.id = format!("meeting-{n}").into();
        e.title = format!("Meeting {n}").into();
        e.trip = None;
        e.start = "2026-03-18".parse().expect("date");
        e.end = None;
        t.events.push(e.into());
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = week(opening(&dir, &t), (2026, 3, 18));
    // Three rows: two events and "+4 more".
    h.get_by_label("+4 more").click();
    h.run();
    h.get_by_label("Wednesday 18 March 2026");
    for n in 0..6 {
        assert!(
            h.query_all_by_label(&format!("Meeting {n}")).count() >= 1,
            "Meeting {n} is listed"
        );
    }
}

#[test]
fn timed_events_at_the_same_hour_sit_side_by_side() {
    let mut t = sample();
    for (n, title) in ["Breakfast with the premier", "Press briefing"]
        .iter()
        .enumerate()
    {
        let mut e = t.event("mumbai").cloned().expect("Mumbai");
        e.id = format!("timed-{n}").into();
        e.title = (*title).into();
        e.trip = None;
        e.place.country = "CA".parse().expect("country");
        e.place.city = "Ottawa".into();
        e.start = "2026-03-18T09:00".parse().expect("time");
        e.end = Some("2026-03-18T10:00".parse().expect("time"));
        t.events.push(e.into());
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let h = week(opening(&dir, &t), (2026, 3, 18));
    let a = h
        .get_by_role_and_label(Role::Button, "Breakfast with the premier")
        .rect();
    let b = h
        .get_by_role_and_label(Role::Button, "Press briefing")
        .rect();
    assert!(!a.intersects(b), "{a:?} and {b:?} overlap");
    assert!((a.top() - b.top()).abs() < 1.0, "both start at 09:00");
    assert!(
        a.height() >= 15.0,
        "an hour is taller than the shortest bar: {a:?}"
    );
}

#[test]
fn dragging_a_whole_day_event_one_day_right_in_the_week_moves_it_a_day() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = week(opening(&dir, &sample()), (2026, 3, 3));
    let bar = h
        .get_by_role_and_label(Role::Button, "Address to both houses of Parliament")
        .rect();
    let day = h.get_by_label("Week of 2 March 2026").rect();
    let col = (day.width() - 44.0) / 7.0;
    let from = bar.center();
    let to = from + vec2(col, 0.0);
    h.drag_at(from);
    h.step();
    for k in 1..=4 {
        h.hover_at(from + (to - from) * (k as f32 / 4.0));
        h.step();
    }
    h.drop_at(to);
    h.run();
    let e = h
        .state()
        .doc()
        .timeline()
        .event("address-to-parliament-canberra")
        .expect("the address")
        .start
        .to_string();
    assert_eq!(e, "2026-03-04");
}

#[test]
fn dragging_a_timed_event_down_an_hour_in_the_week_moves_it_an_hour_later() {
    let mut t = sample();
    let mut e = t.event("mumbai").cloned().expect("Mumbai");
    e.id = "briefing".into();
    e.title = "Morning briefing".into();
    e.trip = None;
    e.place.country = "CA".parse().expect("country");
    e.place.city = "Ottawa".into();
    e.start = "2026-03-18T09:00".parse().expect("time");
    e.end = Some("2026-03-18T10:00".parse().expect("time"));
    t.events.push(e.into());
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = week(opening(&dir, &t), (2026, 3, 18));
    let bar = h
        .get_by_role_and_label(Role::Button, "Morning briefing")
        .rect();
    // The bar is an hour tall.
    let from = bar.center();
    let to = from + vec2(0.0, bar.height());
    h.drag_at(from);
    h.step();
    for k in 1..=4 {
        h.hover_at(from + (to - from) * (k as f32 / 4.0));
        h.step();
    }
    h.drop_at(to);
    h.run();
    let e = h
        .state()
        .doc()
        .timeline()
        .event("briefing")
        .expect("the briefing");
    assert_eq!(
        (e.start.to_string(), e.end.map(|d| d.to_string())),
        ("2026-03-18T10:00".into(), Some("2026-03-18T11:00".into()))
    );
}
