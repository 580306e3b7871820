//! The timeline, driven through egui_kittest at positions taken from AccessKit nodes and the axis mapping.

use egui::accesskit::Role;
use egui::{Key, Modifiers, Pos2, vec2};
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use itinera::app::View;
use itinera::app::{AppOptions, ItineraApp};

use crate::app_ui::test_options;

type Harness = egui_kittest::Harness<'static, ItineraApp>;

pub fn timeline_options() -> AppOptions {
    AppOptions {
        view: Some(View::Timeline),
        today: chrono::NaiveDate::from_ymd_opt(2026, 2, 20),
        ..test_options()
    }
}

fn harness() -> Harness {
    let mut h = crate::app_ui::harness(timeline_options());
    h.run();
    h
}

/// Selects an event from the table, comes back to the timeline, and fits the view to it; `zoom_out` steps after.
fn focus_on(h: &mut Harness, title: &str, zoom_out: usize) {
    h.get_by_label("Table").click();
    h.run();
    h.get_by_label(title).click();
    h.run();
    h.get_by_label("Timeline").click();
    h.run();
    h.get_by_label("Fit selection").click();
    h.run();
    for _ in 0..zoom_out {
        h.get_by_label("➖").click();
        h.run();
    }
}

fn bar_center(h: &Harness, title: &str) -> Pos2 {
    h.get_by_role_and_label(Role::Button, title).rect().center()
}

/// Points per day on the current axis.
fn day_px(h: &Harness) -> f32 {
    let axis = h
        .state()
        .views
        .timeline
        .axis
        .expect("the timeline has been drawn");
    (86400.0 / axis.secs_per_px) as f32
}

/// Presses at `from`, moves in steps to `to`, and releases, as a hand would.
fn drag(h: &mut Harness, from: Pos2, to: Pos2) {
    h.drag_at(from);
    h.step();
    for k in 1..=4 {
        h.hover_at(from + (to - from) * (k as f32 / 4.0));
        h.step();
    }
    h.drop_at(to);
    h.run();
}

fn dates(h: &Harness, id: &str) -> (String, Option<String>) {
    let e = h.state().doc().timeline().event(id).expect("event");
    (e.start.to_string(), e.end.map(|d| d.to_string()))
}

#[test]
fn dragging_the_mumbai_bar_three_days_right_moves_both_ends_and_one_undo_brings_it_back() {
    let mut h = harness();
    focus_on(&mut h, "Mumbai", 2);
    let from = bar_center(&h, "Mumbai");
    let day = day_px(&h);
    drag(&mut h, from, from + vec2(3.0 * day, 0.0));
    assert_eq!(
        dates(&h, "mumbai"),
        ("2026-03-01".into(), Some("2026-03-02".into()))
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(
        dates(&h, "mumbai"),
        ("2026-02-26".into(), Some("2026-02-27".into()))
    );
}

#[test]
fn resizing_from_the_right_edge_changes_only_the_end_and_cannot_pass_the_start() {
    let mut h = harness();
    focus_on(&mut h, "Mumbai", 2);
    let rect = h.get_by_role_and_label(Role::Button, "Mumbai").rect();
    let edge = Pos2::new(rect.right() - 2.0, rect.center().y);
    let day = day_px(&h);
    drag(&mut h, edge, edge + vec2(day, 0.0));
    assert_eq!(
        dates(&h, "mumbai"),
        ("2026-02-26".into(), Some("2026-02-28".into()))
    );
    let rect = h.get_by_role_and_label(Role::Button, "Mumbai").rect();
    let edge = Pos2::new(rect.right() - 2.0, rect.center().y);
    let day = day_px(&h);
    drag(&mut h, edge, edge - vec2(5.0 * day, 0.0));
    assert_eq!(
        dates(&h, "mumbai"),
        ("2026-02-26".into(), Some("2026-02-28".into()))
    );
    h.get_by_label_contains("cannot end before it starts");
}

#[test]
fn alt_right_moves_the_selected_event_one_day_and_a_locked_event_stays() {
    let mut h = harness();
    focus_on(&mut h, "Mumbai", 0);
    h.get_by_role_and_label(Role::Button, "Mumbai").click();
    h.run();
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowRight);
    h.run();
    assert_eq!(
        dates(&h, "mumbai"),
        ("2026-02-27".into(), Some("2026-02-28".into()))
    );
    h.get_by_label("🔒 Locked").scroll_to_me();
    h.run();
    h.get_by_label("🔒 Locked").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Mumbai").click();
    h.run();
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowRight);
    h.run();
    assert_eq!(
        dates(&h, "mumbai"),
        ("2026-02-27".into(), Some("2026-02-28".into()))
    );
    h.get_by_label_contains("'Mumbai' is locked");
}

#[test]
fn escape_during_a_drag_leaves_the_event_where_it_was() {
    let mut h = harness();
    focus_on(&mut h, "Mumbai", 2);
    let from = bar_center(&h, "Mumbai");
    h.drag_at(from);
    h.step();
    for k in 1..=3 {
        h.hover_at(from + vec2(k as f32 * day_px(&h), 0.0));
        h.step();
    }
    h.key_press(Key::Escape);
    h.step();
    h.drop_at(from + vec2(3.0 * day_px(&h), 0.0));
    h.run();
    assert_eq!(
        dates(&h, "mumbai"),
        ("2026-02-26".into(), Some("2026-02-27".into()))
    );
    assert!(!h.state().doc().is_dirty());
}

#[test]
fn dragging_the_france_visit_one_month_moves_it_to_february_still_a_month() {
    let mut h = harness();
    focus_on(&mut h, "Visit to France", 2);
    let from = bar_center(&h, "Visit to France");
    let day = day_px(&h);
    drag(&mut h, from, from + vec2(31.0 * day, 0.0));
    assert_eq!(dates(&h, "france-visit"), ("2026-02".into(), None));
}

#[test]
fn zooming_in_then_fit_all_shows_every_event() {
    let mut h = harness();
    for _ in 0..4 {
        h.get_by_label("➕").click();
        h.run();
    }
    h.get_by_label("Fit all").click();
    h.run();
    let area = h.get_by_role_and_label(Role::Group, "Timeline").rect();
    let titles: Vec<String> = h
        .state()
        .doc()
        .timeline()
        .events
        .iter()
        .map(|e| e.title.to_string())
        .collect();
    for title in titles {
        let bar = h.get_by_role_and_label(Role::Button, &title).rect();
        assert!(
            area.contains(bar.left_center()) && area.contains(bar.right_center()),
            "{title} at {bar:?} is outside {area:?}"
        );
    }
}

#[test]
fn delete_removes_the_selected_event_while_the_timeline_has_focus_but_not_while_a_button_has() {
    let mut h = harness();
    focus_on(&mut h, "Mumbai", 0);
    h.get_by_role_and_label(Role::Button, "Mumbai").click();
    h.run();
    h.get_by_label("Fit all").focus();
    h.run();
    h.key_press(Key::Delete);
    h.run();
    assert!(
        h.state().doc().timeline().event("mumbai").is_some(),
        "Delete with a button focused leaves the event"
    );
    assert_eq!(h.state().selection().single(), Some("mumbai"));
    h.get_by_role_and_label(Role::Button, "Mumbai").click();
    h.run();
    h.key_press(Key::Delete);
    h.run();
    assert!(
        h.state().doc().timeline().event("mumbai").is_none(),
        "Delete with the timeline focused deletes it"
    );
}

#[test]
fn moving_new_delhi_onto_mumbais_days_warns_of_two_places_at_once_until_undone() {
    let mut h = harness();
    focus_on(&mut h, "New Delhi", 0);
    h.get_by_role_and_label(Role::Button, "New Delhi").click();
    h.run();
    assert!(h.query_by_label_contains("plan warning").is_none());
    for _ in 0..2 {
        h.key_press_modifiers(Modifiers::ALT, Key::ArrowLeft);
        h.run();
    }
    assert_eq!(
        dates(&h, "new-delhi"),
        ("2026-02-26".into(), Some("2026-02-27".into()))
    );
    h.get_by_label("⚠ 1 plan warning").click();
    h.run();
    let message = "⚠ Mark Carney cannot be in Mumbai and New Delhi at once: “Mumbai” and “New Delhi” overlap by 2 days";
    // In the inspector beside the selected leg, and in the plan warnings window.
    assert_eq!(h.get_all_by_label(message).count(), 2);
    h.get_all_by_label(message)
        .find(|n| n.accesskit_node().role() == Role::Button)
        .expect("the window's entry")
        .click();
    h.run();
    let selection = &h.state().selection();
    assert!(
        selection.contains("mumbai") && selection.contains("new-delhi") && selection.len() == 2
    );
    // The inspector, now for both events, says why they were picked, beside the list's entry.
    assert_eq!(h.get_all_by_label(message).count(), 2);
    // "Show only these events" filters every view down to the clashing pair.
    h.get_by_label("Show only these events").click();
    h.run();
    assert_eq!(h.state().visible_events().count(), 2);
    h.get_by_label("With plan warnings ✖");
    h.get_by_label("With plan warnings ✖").click();
    h.run();
    assert_eq!(h.state().visible_events().count(), 13);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(h.state().doc().plan().is_empty());
    h.get_by_label("Nothing in the plan clashes.");
}

#[test]
fn clicking_the_title_beside_a_short_bar_selects_its_event() {
    let mut h = harness();
    let bar = h.get_by_role_and_label(Role::Button, "Tokyo").rect();
    assert!(bar.width() < 40.0, "Tokyo's bar is too short for its title");
    // The title is drawn just right of the bar.
    let on_title = Pos2::new(bar.right() + 16.0, bar.center().y);
    h.hover_at(on_title);
    h.step();
    h.drag_at(on_title);
    h.step();
    h.drop_at(on_title);
    h.run();
    assert_eq!(h.state().selection().single(), Some("tokyo"));
}

/// Every piece of text the last frame painted, tooltips and painted labels included.
fn painted(h: &Harness) -> Vec<String> {
    itinera::view::briefing::export::drawn_text(h.output())
}

#[test]
fn enter_on_a_selected_bar_puts_the_keyboard_in_its_title() {
    let mut h = harness();
    h.get_by_role_and_label(Role::Button, "Visit to China")
        .click();
    h.run();
    h.key_press(Key::Enter);
    h.run();
    h.run();
    assert_eq!(h.state().selection().single(), Some("china-visit"));
    let title = h.get_by_role_and_label(Role::TextInput, "Title");
    assert!(title.is_focused(), "the title field has the keyboard");
    // Its text is selected, as a rename is: typing replaces it.
    title.type_text("Visit to China (state visit)");
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(
        h.state()
            .doc()
            .timeline()
            .event("china-visit")
            .map(|e| e.title.to_string()),
        Some("Visit to China (state visit)".into())
    );
}

#[test]
fn a_visit_known_to_the_day_starts_at_its_own_date_whatever_the_zone() {
    let mut h = harness();
    focus_on(&mut h, "Tokyo", 1);
    let axis = h.state().views.timeline.axis.expect("drawn");
    let bar = h.get_by_role_and_label(Role::Button, "Tokyo").rect();
    // 5 March at midnight in Toronto, not the Toronto instant of midnight in Tokyo (4 March, 10:00).
    let midnight = chrono::DateTime::parse_from_rfc3339("2026-03-05T05:00:00Z")
        .expect("time")
        .timestamp() as f64;
    assert!(
        (f64::from(bar.left()) - axis.x_from_time(midnight)).abs() < 1.5,
        "Tokyo's bar starts at {} rather than at 5 March ({})",
        bar.left(),
        axis.x_from_time(midnight)
    );
    h.get_by_label("Times in America/Toronto");
}

#[test]
fn dragging_tokyo_past_its_trip_shows_the_refusal_while_dragging_and_names_the_date_that_breaks_it()
{
    let mut h = harness();
    focus_on(&mut h, "Tokyo", 2);
    let from = bar_center(&h, "Tokyo");
    let day = day_px(&h);
    h.drag_at(from);
    h.step();
    for k in 1..=4 {
        h.hover_at(from + vec2(day * k as f32 / 4.0, 0.0));
        h.step();
    }
    let why = "this leg ends on 8 Mar 2026, after its trip \"Indo-Pacific trade mission\" ends on 7 Mar 2026";
    assert!(
        painted(&h)
            .iter()
            .any(|t| t.contains("Cannot drop here") && t.contains(why)),
        "the drag says it will be refused: {:?}",
        painted(&h)
    );
    h.drop_at(from + vec2(day, 0.0));
    h.run();
    assert_eq!(
        dates(&h, "tokyo"),
        ("2026-03-05".into(), Some("2026-03-07".into()))
    );
    h.get_by_label_contains(why);
}

#[test]
fn zooming_in_from_fit_all_stays_on_the_selected_event() {
    let mut h = harness();
    h.get_by_role_and_label(Role::Button, "Tokyo").click();
    h.run();
    h.get_by_label("Fit all").click();
    h.run();
    for _ in 0..5 {
        h.get_by_label("➕").click();
        h.run();
    }
    let area = h.get_by_role_and_label(Role::Group, "Timeline").rect();
    let tokyo = h.get_by_role_and_label(Role::Button, "Tokyo").rect();
    assert!(
        area.contains(tokyo.center()),
        "Tokyo at {tokyo:?} stays in {area:?}"
    );
}

#[test]
fn the_axis_labels_and_the_trip_span_are_drawn_whole_as_the_view_pans() {
    let mut h = harness();
    for step in 0..6 {
        let axis = h.get_by_role_and_label(Role::Group, "Time axis").rect();
        let texts = itinera::view::briefing::export::drawn_text_at(h.output());
        let on_axis: Vec<_> = texts
            .iter()
            .filter(|(t, r)| {
                r.center().y < axis.bottom() && r.center().y > axis.top() && t != "Today"
            })
            .filter(|(_, r)| r.right() > axis.left() && r.left() < axis.right())
            .collect();
        assert!(!on_axis.is_empty(), "step {step}: the axis has labels");
        for (text, r) in &on_axis {
            assert!(
                r.left() >= axis.left() - 0.5 && r.right() <= axis.right() + 0.5,
                "step {step}: {text:?} at {r:?} is cut by the axis {axis:?}"
            );
        }
        // The trip's dates, in its lane header: whole, inside its band or just after it, not cut by it.
        let band = h
            .get_by_role_and_label(Role::Group, "Trip span: Indo-Pacific trade mission")
            .rect();
        let dates = texts
            .iter()
            .find(|(t, _)| t == "26 Feb – 7 Mar 2026")
            .map(|(_, r)| *r)
            .expect("the trip's dates are drawn whole");
        assert!(
            band.contains_rect(dates) || dates.left() >= band.right(),
            "step {step}: the dates {dates:?} are cut by the band {band:?}"
        );
        // Pan by a little over a month's width each step, so ticks fall at the edges.
        let timeline = &mut h.state_mut().views.timeline;
        let axis = timeline.axis.expect("drawn");
        timeline.axis = Some(axis.panned(37.0));
        h.run();
    }
}

#[test]
fn the_plan_warnings_window_lists_many_warnings_each_on_two_lines_and_scrolls_to_the_last() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("busy.ron");
    let t = itinera::model::generate::generate(2000, 1);
    std::fs::write(&path, itinera::io::serialize(&t)).expect("write");
    let mut h = crate::app_ui::harness(AppOptions {
        files: vec![path],
        ..timeline_options()
    });
    h.run();
    let count = h.state().doc().plan().len();
    assert!(count > 20, "{count} warnings");
    h.get_by_label(&format!("⚠ {count} plan warnings")).click();
    h.run();
    let rows: Vec<egui::Rect> = h
        .query_all_by_role(Role::Button)
        .filter(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with("⚠ ") && l.contains(" cannot "))
        })
        .map(|n| n.rect())
        .collect();
    assert!(rows.len() >= 10, "{} rows in sight", rows.len());
    let line = 14.0;
    assert!(
        rows.iter().all(|r| r.height() >= 2.0 * line),
        "two lines a row: {rows:?}"
    );
    // The list scrolls to its last warning.
    let last = {
        let doc = h.state().doc();
        let w = doc.plan().last().expect("a warning");
        format!("⚠ {}", w.message(doc.timeline()))
    };
    for _ in 0..200 {
        if h.query_by_label(&last).is_some() {
            break;
        }
        let at = rows[0].center();
        h.hover_at(at);
        h.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Page,
            delta: vec2(0.0, -1.0),
            modifiers: Modifiers::NONE,
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
        });
        h.run();
    }
    h.get_by_label(&last);
}

#[test]
fn a_file_with_hundreds_of_trips_packs_them_several_to_a_row_and_unpacking_gives_a_lane_each() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("many-trips.ron");
    let t = itinera::model::generate::generate(2000, 1);
    let trips = t.trips.len();
    assert!(trips > 100, "{trips} trips");
    std::fs::write(&path, itinera::io::serialize(&t)).expect("write");
    let mut h = crate::app_ui::harness(AppOptions {
        files: vec![path],
        ..timeline_options()
    });
    h.run();
    let first_trip = t.trips[0].title.to_string();
    assert!(
        h.query_by_role_and_label(Role::Button, &first_trip)
            .is_none(),
        "no lane of its own for {first_trip}"
    );
    let packed = h.get_by_role_and_label(Role::Button, "Trips");
    let not_on_trip = h
        .get_by_role_and_label(Role::Button, "Not on a trip")
        .rect();
    assert!(packed.rect().top() < not_on_trip.top());
    // Zoomed in, several trips' bands share the screen's first rows.
    for _ in 0..3 {
        h.get_by_label("➕").click();
        h.run();
    }
    let bands = h
        .query_all_by_role(Role::Group)
        .filter(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with("Trip: "))
        })
        .count();
    assert!(bands > 20, "{bands} trips in sight");
    h.get_by_label("Pack trips").click();
    h.run();
    assert!(
        h.query_by_role_and_label(Role::Button, "Trips").is_none(),
        "unpacked, each trip has its lane"
    );
    let lanes = h
        .query_all_by_role(Role::Button)
        .filter(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| t.trips.iter().any(|trip| trip.title.as_str() == l))
        })
        .count();
    assert!((3..30).contains(&lanes), "{lanes} trip lanes in sight");
}
