//! The calendar views, driven through egui_kittest by label.

use egui::accesskit::Role;
use egui::{Key, Modifiers, vec2};
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use itinera::app::{AppOptions, ItineraApp, UiState, View};

use crate::app_ui::test_options;

type Harness = egui_kittest::Harness<'static, ItineraApp>;

fn calendar(options: AppOptions) -> Harness {
    let mut h = crate::app_ui::harness(AppOptions {
        view: Some(View::Calendar),
        today: chrono::NaiveDate::from_ymd_opt(2026, 2, 20),
        ..options
    });
    h.run();
    h
}

fn click(h: &mut Harness, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

fn cell(h: &Harness, day: &str) -> egui::Rect {
    h.get_by_role_and_label(Role::Cell, day).rect()
}

#[test]
fn march_shows_the_trade_mission_band_from_february_and_mumbai_on_its_pencilled_day() {
    let mut h = calendar(test_options());
    h.get_by_label("January 2026");
    click(&mut h, "▶");
    click(&mut h, "▶");
    h.get_by_label("March 2026");
    let bands: Vec<egui::Rect> = h
        .get_all_by_label("Trip: Indo-Pacific trade mission")
        .map(|n| n.rect())
        .collect();
    let first_week = bands
        .iter()
        .min_by(|a, b| a.top().total_cmp(&b.top()))
        .expect("a band");
    assert!(
        cell(&h, "26 February 2026").contains(first_week.left_center()),
        "the band starts on 26 February"
    );
    assert!(
        bands
            .iter()
            .any(|b| cell(&h, "7 March 2026").contains(b.right_center())),
        "and ends on 7 March"
    );
    let mumbai = h.get_by_role_and_label(Role::Button, "Mumbai").rect();
    assert!(cell(&h, "26 February 2026").contains(mumbai.left_center()));
    assert!(cell(&h, "27 February 2026").contains(mumbai.right_center()));
}

#[test]
fn the_month_precision_france_visit_is_in_januarys_band_and_on_no_day() {
    let h = calendar(test_options());
    h.get_by_label("Sometime in January 2026:");
    let nodes: Vec<egui::Rect> = h
        .get_all_by_label("Visit to France")
        .map(|n| n.rect())
        .collect();
    assert_eq!(nodes.len(), 1);
    let first_cell = cell(&h, "29 December 2025");
    assert!(
        nodes[0].bottom() < first_cell.top(),
        "above the grid, not in a day cell"
    );
}

#[test]
fn typing_tokyo_leaves_only_the_japan_leg_in_the_month_and_agenda_views() {
    let mut h = calendar(test_options());
    h.get_by_role_and_label(Role::TextInput, "Search").click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Search")
        .type_text("Tokyo");
    h.run();
    click(&mut h, "Today");
    click(&mut h, "▶");
    h.get_by_label("March 2026");
    h.get_by_role_and_label(Role::Button, "Tokyo");
    assert!(h.query_by_label("Mumbai").is_none() && h.query_by_label("Australia").is_none());
    click(&mut h, "Agenda");
    assert_eq!(
        h.query_all_by_label("Tokyo").count(),
        3,
        "Tokyo, 5 to 7 March, is listed on each of its days"
    );
    assert!(h.query_by_label("Mumbai").is_none() && h.query_by_label("Visit to France").is_none());
}

#[test]
fn clicking_an_event_in_the_month_view_selects_it_on_the_timeline_too() {
    let mut h = calendar(test_options());
    click(&mut h, "▶");
    h.get_by_role_and_label(Role::Button, "Mumbai").click();
    h.run();
    assert_eq!(h.state().selection().single(), Some("mumbai"));
    click(&mut h, "Timeline");
    h.get_by_role_and_label(Role::Button, "Mumbai");
    assert_eq!(h.state().selection().single(), Some("mumbai"));
}

#[test]
fn dragging_an_event_two_days_right_in_the_month_view_moves_it_and_one_undo_reverts() {
    let mut h = calendar(test_options());
    click(&mut h, "▶");
    let from = h
        .get_by_role_and_label(Role::Button, "Mumbai")
        .rect()
        .left_center()
        + vec2(10.0, 0.0);
    let day = cell(&h, "26 February 2026").width();
    let to = from + vec2(2.0 * day, 0.0);
    h.drag_at(from);
    h.step();
    for k in 1..=4 {
        h.hover_at(from + (to - from) * (k as f32 / 4.0));
        h.step();
    }
    h.drop_at(to);
    h.run();
    let dates = |h: &Harness| {
        let e = h.state().doc().timeline().event("mumbai").expect("Mumbai");
        (e.start.to_string(), e.end.map(|d| d.to_string()))
    };
    assert_eq!(dates(&h), ("2026-02-28".into(), Some("2026-03-01".into())));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(dates(&h), ("2026-02-26".into(), Some("2026-02-27".into())));
}

#[test]
fn a_day_with_twenty_events_shows_more_and_its_list_holds_all_twenty() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("busy.ron");
    let mut t = itinera::io::parse("s", itinera::document::SAMPLE_TEXT)
        .expect("sample")
        .timeline;
    for n in 0..20 {
        let mut e = t.event("mumbai").cloned().expect("Mumbai");
        e.id = format!("meeting-{n}").into();
        e.title = format!("Meeting {n}").into();
        e.trip = None;
        e.start = "2026-03-18".parse().expect("date");
        e.end = None;
        t.events.push(e.into());
    }
    std::fs::write(&path, itinera::io::serialize(&t)).expect("write");
    let mut h = calendar(AppOptions {
        files: vec![path],
        ..test_options()
    });
    click(&mut h, "▶");
    click(&mut h, "▶");
    let more = h.get_by_label_contains("more");
    let label = more.accesskit_node().label().unwrap_or_default();
    more.click();
    h.run();
    let n: usize = label
        .trim_start_matches('+')
        .trim_end_matches(" more")
        .parse()
        .expect("a count");
    assert!(n > 10, "{label}");
    h.get_by_label("Wednesday 18 March 2026");
    for k in 0..20 {
        let title = format!("Meeting {k}");
        assert!(h.get_all_by_label(&title).count() >= 1, "{title} is listed");
    }
}

#[test]
fn the_split_layout_shows_the_calendar_under_the_timeline_and_a_click_there_selects_in_both() {
    let mut h = crate::app_ui::harness(AppOptions {
        today: chrono::NaiveDate::from_ymd_opt(2026, 2, 20),
        ui_state: Some(UiState {
            view: View::Timeline,
            split: Some(View::Calendar),
            lang: Some(itinera::i18n::Lang::En),
            ..UiState::default()
        }),
        ..test_options()
    });
    h.run();
    click(&mut h, "▶");
    h.get_by_label("February 2026");
    let timeline = h.get_by_role_and_label(Role::Group, "Timeline").rect();
    let month = h
        .get_by_role_and_label(Role::Group, "Month of February 2026")
        .rect();
    assert!(
        month.top() >= timeline.bottom(),
        "the month grid is below the timeline"
    );
    let mut bars: Vec<egui::Rect> = h
        .get_all_by_role_and_label(Role::Button, "Mumbai")
        .map(|n| n.rect())
        .collect();
    bars.sort_by(|a, b| a.top().total_cmp(&b.top()));
    assert_eq!(bars.len(), 2, "Mumbai is on the timeline and in the month");
    assert!(
        timeline.contains(bars[0].center()) && month.contains(bars[1].center()),
        "{timeline:?} {month:?} {bars:?}"
    );
    // The half-height month scrolls; bring its Mumbai (the lower one) into view as a user would, then click it.
    let in_month = |h: &Harness| {
        h.get_all_by_role_and_label(Role::Button, "Mumbai")
            .max_by(|a, b| a.rect().top().total_cmp(&b.rect().top()))
            .map(|n| n.rect())
            .expect("the month's Mumbai")
    };
    let before = in_month(&h);
    h.get_all_by_role_and_label(Role::Button, "Mumbai")
        .find(|n| n.rect() == before)
        .expect("Mumbai")
        .scroll_to_me();
    h.run();
    let after = in_month(&h);
    assert!(
        after.bottom() <= 768.0,
        "scrolled into the window: {after:?}"
    );
    let node = h
        .get_all_by_role_and_label(Role::Button, "Mumbai")
        .find(|n| n.rect() == after)
        .expect("Mumbai");
    node.click();
    h.run();
    assert_eq!(h.state().selection().single(), Some("mumbai"));
    click(&mut h, "Calendar");
    let state = &h.state().ui_state;
    assert_eq!(
        (state.view, state.split),
        (View::Calendar, Some(View::Timeline)),
        "choosing the lower view swaps the halves"
    );
}

#[test]
fn the_agenda_gives_a_timed_event_in_the_display_zone_under_its_day_there_with_the_venue_time_beside()
 {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("timed.ron");
    let text = itinera::document::SAMPLE_TEXT.replacen(
        "start: \"2026-02-26\",\n            end: \"2026-02-27\",",
        "start: \"2026-02-26T09:30\",\n            end: \"2026-02-26T12:00\",",
        1,
    );
    assert_ne!(text, itinera::document::SAMPLE_TEXT, "Mumbai is now timed");
    std::fs::write(&file, text).expect("write");
    let mut h = calendar(AppOptions {
        files: vec![file],
        ..test_options()
    });
    click(&mut h, "Agenda");
    // 09:30 in Mumbai (UTC+5:30) is 23:00 the evening before in Ottawa, the display zone.
    let heading = h.get_by_label("Wednesday 25 February 2026").rect();
    let time = h.get_by_label("23:00").rect();
    assert!(
        time.top() > heading.top(),
        "the entry sits under its Ottawa day"
    );
    assert!(
        h.query_by_label_contains("26 Feb 09:30 local").is_some(),
        "the venue's own time is given too"
    );
}

#[test]
fn the_agenda_starts_at_the_month_chosen_and_follows_the_arrows() {
    let demo = concat!(env!("CARGO_MANIFEST_DIR"), "/timelines/demo-300.ron");
    let mut h = calendar(AppOptions {
        files: vec![demo.into()],
        ..test_options()
    });
    click(&mut h, "Agenda");
    h.state_mut().views.calendar.cursor = chrono::NaiveDate::from_ymd_opt(2027, 2, 14);
    h.run();
    h.run();
    let first_of = |h: &Harness, month: &str| {
        h.query_all_by_label_contains(month)
            .map(|n| n.rect().top())
            .fold(f32::INFINITY, f32::min)
    };
    assert!(
        first_of(&h, "February 2027") < 300.0,
        "February 2027 is at the top"
    );
    assert!(
        h.query_by_label_contains("February 2025").is_none(),
        "the start of the programme has scrolled away"
    );
    click(&mut h, "▶");
    h.run();
    h.get_by_label("March 2027");
    assert!(
        first_of(&h, "March 2027") < 300.0,
        "the arrow brings March to the top"
    );
}

#[test]
fn agenda_days_run_in_date_order_though_timed_events_fall_on_display_zone_days() {
    let demo = concat!(env!("CARGO_MANIFEST_DIR"), "/timelines/demo-300.ron");
    let mut h = calendar(AppOptions {
        files: vec![demo.into()],
        ..test_options()
    });
    click(&mut h, "Agenda");
    // New Year 2026 in the demo: a dated leg in Astana on 1 January, and a meeting in Harbin at 09:00 on
    // 1 January local time, which is 20:00 on 31 December in Ottawa.
    h.state_mut().views.calendar.cursor = chrono::NaiveDate::from_ymd_opt(2025, 12, 1);
    h.run();
    h.run();
    let mut days: Vec<(f32, chrono::NaiveDate)> = h
        .query_all_by_label_contains("day ")
        .filter_map(|n| {
            let node = n.accesskit_node();
            let label = node.label().or_else(|| node.value())?;
            let day = chrono::NaiveDate::parse_from_str(&label, "%A %-d %B %Y").ok()?;
            Some((n.rect().top(), day))
        })
        .collect();
    days.sort_by(|a, b| a.0.total_cmp(&b.0));
    assert!(days.len() > 5, "{days:?}");
    assert!(
        days.windows(2).all(|w| w[0].1 < w[1].1),
        "each day once, in order: {days:?}"
    );
}

#[test]
fn hovering_an_event_in_the_month_view_shows_its_details_as_the_timeline_does() {
    let mut h = calendar(test_options());
    click(&mut h, "▶");
    assert!(h.query_by_label_contains("(venue time").is_none());
    h.get_by_role_and_label(Role::Button, "Mumbai").hover();
    h.run();
    h.get_by_label("26 Feb – 27 Feb 2026 (venue time, Asia/Kolkata)");
    h.get_by_label("Mumbai, India");
}

#[test]
fn a_drop_the_trip_refuses_is_shown_as_refused_while_dragging_and_says_which_date_breaks_it() {
    let mut h = calendar(test_options());
    click(&mut h, "▶");
    click(&mut h, "▶");
    let tokyo = h
        .get_all_by_role_and_label(Role::Button, "Tokyo")
        .map(|n| n.rect())
        .min_by(|a, b| a.left().total_cmp(&b.left()))
        .expect("Tokyo's bar");
    let from = tokyo.left_center() + vec2(10.0, 0.0);
    let day = cell(&h, "5 March 2026").width();
    let to = from + vec2(day, 0.0);
    h.drag_at(from);
    h.step();
    for k in 1..=4 {
        h.hover_at(from + (to - from) * (k as f32 / 4.0));
        h.step();
    }
    let painted = itinera::view::briefing::export::drawn_text(h.output());
    let why = "ends on 8 Mar 2026, after its trip";
    assert!(
        painted
            .iter()
            .any(|t| t.starts_with("Cannot drop here") && t.contains(why)),
        "{painted:?}"
    );
    h.drop_at(to);
    h.run();
    let e = h.state().doc().timeline().event("tokyo").expect("Tokyo");
    assert_eq!(e.start.to_string(), "2026-03-05", "not moved");
    assert!(
        h.state()
            .chrome
            .notice_text()
            .is_some_and(|n| n.starts_with("Not moved") && n.contains(why))
    );
}

#[test]
fn the_agenda_lists_an_event_of_several_days_on_each_day_with_which_day_it_is() {
    let mut h = calendar(test_options());
    click(&mut h, "Agenda");
    h.state_mut().views.calendar.cursor = chrono::NaiveDate::from_ymd_opt(2026, 3, 1);
    h.run();
    h.run();
    // Tokyo runs 5 to 7 March: three days, each under its own heading.
    let heading = h.get_by_label("Friday 6 March 2026").rect();
    let second = h.get_by_label("Day 2 of 3, until Sat 7 Mar").rect();
    assert!(
        second.top() >= heading.top(),
        "the second day sits under 6 March"
    );
    h.get_by_label("Day 1 of 3, until Sat 7 Mar");
    h.get_by_label("Day 3 of 3, until Sat 7 Mar");
    assert!(
        h.query_all_by_label("Day not fixed").count() > 1,
        "the visits known only to the year say their day is not fixed"
    );
}

#[test]
fn a_new_event_has_the_only_principal_and_takes_the_typing_in_its_title_by_key_or_from_a_day() {
    for from_a_day in [false, true] {
        let mut h = calendar(test_options());
        if from_a_day {
            // What a double click on 18 February asks for.
            let day = chrono::NaiveDate::from_ymd_opt(2026, 2, 18).expect("date");
            let event = h.state().doc().timeline().new_event_on(day);
            h.state_mut().request(itinera::view::Request::view_edit(
                itinera::edit::Command::AddEvent {
                    event: Box::new(event),
                },
            ));
        } else {
            h.key_press_modifiers(Modifiers::COMMAND, Key::E);
        }
        h.run();
        let added = h.state().selection().single().map(str::to_owned);
        let added = added.expect("the new event is selected");
        let e = h
            .state()
            .doc()
            .timeline()
            .event(&added)
            .cloned()
            .expect("added");
        assert_eq!(e.principals, ["pm"], "from a day: {from_a_day}");
        // The title is selected and has the keyboard: typing replaces "New event".
        h.event(egui::Event::Text("State dinner".into()));
        h.key_press(Key::Enter);
        h.run();
        let e = h
            .state()
            .doc()
            .timeline()
            .event(&added)
            .cloned()
            .expect("added");
        assert_eq!(e.title.as_str(), "State dinner", "from a day: {from_a_day}");
    }
}
