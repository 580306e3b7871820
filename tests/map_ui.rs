//! The world map, driven through egui_kittest by label.

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use itinera::app::View;
use itinera::app::{AppOptions, ItineraApp};

use crate::app_ui::test_options;

type Harness = egui_kittest::Harness<'static, ItineraApp>;

fn shown(h: &Harness) -> Vec<String> {
    let app = h.state();
    app.visible_events()
        .map(|i| app.doc().timeline().events[i as usize].title.to_string())
        .collect()
}

#[test]
fn clicking_south_asia_leaves_only_indias_events_in_every_view() {
    let mut h = crate::app_ui::harness(AppOptions {
        view: Some(View::Map),
        ..test_options()
    });
    h.run();
    h.get_by_label("South Asia  2").click();
    h.run();
    assert_eq!(shown(&h), ["Mumbai", "New Delhi"]);
    h.get_by_label("Region: South Asia ✖");
    // The map's markers, the table, the timeline and the calendar agree.
    h.get_by_role_and_label(Role::Button, "Mumbai, India");
    assert!(
        h.query_by_role_and_label(Role::Button, "Tokyo, Japan")
            .is_none()
    );
    h.get_by_label("Table").click();
    h.run();
    h.get_by_label("Mumbai");
    assert!(h.query_by_label("Tokyo").is_none() && h.query_by_label("Visit to France").is_none());
    h.get_by_label("Timeline").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "New Delhi");
    assert!(h.query_by_role_and_label(Role::Button, "Tokyo").is_none());
    // Clicking the region again takes it out of the filter.
    h.get_by_label("Map").click();
    h.run();
    h.get_by_label("South Asia  2").click();
    h.run();
    assert_eq!(shown(&h).len(), 13);
}

#[test]
fn clicking_a_marker_selects_its_events() {
    let mut h = crate::app_ui::harness(AppOptions {
        view: Some(View::Map),
        ..test_options()
    });
    h.run();
    h.get_by_role_and_label(Role::Button, "Canberra, Australia")
        .click();
    // The map flies to the selection, an animation of some frames.
    h.run_steps(60);
    let selected: Vec<String> = h.state().selection().ids().cloned().collect();
    assert_eq!(selected, ["address-to-parliament-canberra", "australia"]);
}

#[test]
fn zooming_in_on_the_map_stays_on_the_selected_place() {
    let mut h = crate::app_ui::harness(AppOptions {
        view: Some(View::Map),
        ..test_options()
    });
    h.run();
    h.get_by_role_and_label(Role::Button, "Tokyo, Japan")
        .click();
    h.run_steps(60);
    h.get_by_label("Whole world").click();
    h.run_steps(5);
    for _ in 0..5 {
        h.get_by_label("➕").click();
        h.run_steps(3);
    }
    let map = h.get_by_role_and_label(Role::Group, "World map").rect();
    let tokyo = h.get_by_role_and_label(Role::Button, "Tokyo, Japan").rect();
    assert!(
        map.contains(tokyo.center()),
        "Tokyo at {tokyo:?} stays on {map:?}"
    );
}

#[test]
fn place_labels_and_route_badges_cover_no_marker_and_no_other_label_and_stay_on_the_map() {
    let mut h = crate::app_ui::harness(AppOptions {
        view: Some(View::Map),
        ..test_options()
    });
    h.run();
    let map = h.get_by_role_and_label(Role::Group, "World map").rect();
    let markers: Vec<(String, egui::Rect)> = h
        .query_all_by_role(Role::Button)
        .filter_map(|n| {
            let label = n.accesskit_node().label()?;
            map.contains_rect(n.rect()).then(|| (label, n.rect()))
        })
        .collect();
    assert!(markers.len() > 8, "{markers:?}");
    let texts = itinera::view::briefing::export::drawn_text_at(h.output());
    let label = |name: &str| {
        texts
            .iter()
            .find(|(t, _)| t == name)
            .map(|(_, r)| *r)
            .unwrap_or_else(|| panic!("{name} has a label"))
    };
    // Cambodia and the Philippines sit close at world scale; each keeps its own label.
    let labels = [
        "Cambodia",
        "Philippines",
        "Tokyo",
        "Canberra",
        "Qatar",
        "Brazil",
    ]
    .map(label);
    for (k, a) in labels.iter().enumerate() {
        assert!(map.contains_rect(*a), "{a:?} is inside the map {map:?}");
        for (name, m) in &markers {
            // A marker's circle is inside its rect; a label may touch the rect's corners only.
            assert!(
                a.intersect(m.shrink(m.width() * 0.15)).area() <= 0.0,
                "label {a:?} covers the marker of {name}"
            );
        }
        for b in &labels[k + 1..] {
            assert!(!a.intersects(*b), "labels {a:?} and {b:?} overlap");
        }
    }
    // The trade mission's badges, 1 to 4 (Canberra's and Australia's stops share a marker), are drawn and
    // clear of the place labels.
    for n in ["1", "2", "3", "4"] {
        let badge = label(n);
        assert!(
            labels.iter().all(|l| !l.intersects(badge)),
            "badge {n} at {badge:?} is under a label"
        );
    }
}
