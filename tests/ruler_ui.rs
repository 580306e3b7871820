//! The timeline's second ruler: another zone's days and hours under the axis, chosen in the toolbar.

use egui_kittest::kittest::Queryable as _;
use itinera::app::{AppOptions, View};
use itinera::view::zones::SecondZone;

use crate::app_ui::test_options;

/// The second ruler's choice, a combo box whose text says what it is ("Second ruler: Off").
fn second_ruler<'h>(
    h: &'h egui_kittest::Harness<'static, itinera::app::ItineraApp>,
) -> egui_kittest::Node<'h> {
    h.get_all_by_role(egui::accesskit::Role::ComboBox)
        .find(|n| n.value().is_some_and(|v| v.starts_with("Second ruler")))
        .expect("the second ruler's choice")
}

const EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/timelines/example-trade-mission.ron"
);

/// The window on the example programme, in `view`.
fn example(view: View) -> egui_kittest::Harness<'static, itinera::app::ItineraApp> {
    let mut h = crate::app_ui::harness(AppOptions {
        files: vec![EXAMPLE.into()],
        view: Some(view),
        ..test_options()
    });
    h.run();
    h
}

#[test]
fn choosing_a_second_zone_draws_a_ruler_labelled_with_it_and_off_takes_it_away() {
    let mut h = example(View::Timeline);
    assert!(
        h.query_by_label_contains("Also in").is_none(),
        "off at first"
    );
    for (choice, label) in [("UTC", "Also in UTC"), ("Asia/Tokyo", "Also in Asia/Tokyo")] {
        second_ruler(&h).click();
        h.run();
        h.get_by_label(choice).click();
        h.run();
        h.get_by_label(label);
    }
    assert_eq!(
        h.state().views.timeline.second,
        SecondZone::Named("Asia/Tokyo".into())
    );
    // The example's venues are offered by zone, Kolkata's among them.
    second_ruler(&h).click();
    h.run();
    h.get_by_label("Asia/Kolkata");
    h.get_by_label("Off").click();
    h.run();
    assert!(h.query_by_label_contains("Also in").is_none());
}

#[test]
fn the_venue_ruler_follows_the_selected_event() {
    let mut h = example(View::Timeline);
    h.state_mut().views.timeline.second = SecondZone::Venue;
    h.state_mut().request(itinera::app::Request::Select {
        ids: vec!["tokyo-bilateral".into()],
        additive: false,
    });
    h.run();
    h.get_by_label("Also in Asia/Tokyo");
    h.state_mut().request(itinera::app::Request::Select {
        ids: vec!["canberra-address".into()],
        additive: false,
    });
    h.run();
    h.get_by_label("Also in Australia/Sydney");
}

#[test]
fn at_hour_scale_a_timed_bar_says_its_time_at_the_venue() {
    let mut h = example(View::Timeline);
    // Zoomed out, the bar is its title.
    h.get_by_label("Dinner with the business delegations");
    h.state_mut().request(itinera::app::Request::GoTo(
        "mumbai-delegation-dinner".into(),
    ));
    h.run();
    let time =
        itinera::i18n::dates::time(chrono::NaiveTime::from_hms_opt(19, 30, 0).expect("time"));
    h.get_by_label(&format!(
        "{time} IST · Dinner with the business delegations"
    ));
}

#[test]
fn lanes_by_zone_run_from_west_to_east() {
    let mut h = example(View::Timeline);
    h.state_mut().views.timeline.grouping = itinera::view::timeline::lanes::Grouping::Zone;
    // Any request brings a next frame, which lays the lanes out by zone.
    h.state_mut()
        .request(itinera::app::Request::Notice(String::new()));
    h.run();
    let top = |zone: &str| {
        h.get_by_role_and_label(egui::accesskit::Role::Button, zone)
            .rect()
            .top()
    };
    let order = [
        "America/Toronto",
        "Asia/Kolkata",
        "Asia/Tokyo",
        "Australia/Sydney",
    ];
    for pair in order.windows(2) {
        assert!(top(pair[0]) < top(pair[1]), "{} above {}", pair[0], pair[1]);
    }
}

#[test]
fn the_week_view_shows_a_second_hour_column_in_the_zone_chosen() {
    let mut h = example(View::Calendar);
    h.state_mut().views.calendar.mode = itinera::view::calendar::Mode::Week;
    h.state_mut().views.calendar.cursor = chrono::NaiveDate::from_ymd_opt(2026, 3, 2);
    h.state_mut()
        .request(itinera::app::Request::Notice(String::new()));
    h.run();
    assert!(h.query_by_label_contains("Hours also in").is_none());
    h.get_all_by_role(egui::accesskit::Role::ComboBox)
        .find(|n| n.value().is_some_and(|v| v.starts_with("Second zone")))
        .expect("the second zone's choice")
        .click();
    h.run();
    h.get_by_label("Asia/Tokyo").click();
    h.run();
    // Ottawa moves to summer time on Sunday 8 March: Tokyo's hours are 14 ahead until then, 13 after, so the
    // week has a column for each.
    h.get_by_label("Hours also in Asia/Tokyo, from Mon 2 Mar (a clock changes during the week)");
    h.get_by_label("Hours also in Asia/Tokyo, from Sun 8 Mar (a clock changes during the week)");
    // The Tokyo meeting at 10:00 there is in the week, in Ottawa's evening hours.
    h.get_by_label_contains("Meeting with the Prime Minister of Japan");
    // The next week keeps one difference: one column.
    h.state_mut().views.calendar.cursor = chrono::NaiveDate::from_ymd_opt(2026, 3, 9);
    h.state_mut()
        .request(itinera::app::Request::Notice(String::new()));
    h.run();
    h.get_by_label("Hours also in Asia/Tokyo");
}
