//! One filter bar and one selection for every view, driven by label through egui_kittest.

use std::collections::HashMap;

use eframe::App as _;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use itinera::app::{AppOptions, ItineraApp, View};

use crate::app_ui::{harness, test_options};

type Harness = egui_kittest::Harness<'static, ItineraApp>;

fn search(h: &mut Harness, text: &str) {
    h.get_by_role_and_label(Role::TextInput, "Search").click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Search")
        .type_text(text);
    h.run();
}

fn shown_titles(h: &Harness) -> Vec<String> {
    let app = h.state();
    app.visible_events()
        .map(|i| app.doc().timeline().events[i as usize].title.to_string())
        .collect()
}

fn show(h: &mut Harness, view: &str) {
    h.get_by_label(view).click();
    h.run();
}

#[test]
fn typing_delhi_leaves_only_the_new_delhi_event_in_the_table_and_on_the_timeline() {
    let mut h = harness(test_options());
    h.run();
    let titles: Vec<String> = h
        .state()
        .doc()
        .timeline()
        .events
        .iter()
        .map(|e| e.title.to_string())
        .collect();
    assert_eq!(
        titles.iter().filter(|t| t.contains("Delhi")).count(),
        1,
        "only one title says Delhi"
    );
    search(&mut h, "Delhi");
    assert_eq!(shown_titles(&h), ["New Delhi"]);
    h.get_by_label("New Delhi");
    assert!(
        h.query_by_label("Mumbai").is_none(),
        "the table hides the rest"
    );
    h.get_by_label("showing 1 of 13 events");
    show(&mut h, "Timeline");
    h.get_by_role_and_label(Role::Button, "New Delhi");
    assert!(
        h.query_by_role_and_label(Role::Button, "Mumbai").is_none(),
        "the timeline hides the rest"
    );
}

#[test]
fn typing_india_finds_events_by_their_country_name() {
    let mut h = harness(test_options());
    h.run();
    search(&mut h, "india");
    let shown = shown_titles(&h);
    assert_eq!(shown, ["Mumbai", "New Delhi"]);
    assert!(
        shown.iter().all(|t| !t.to_lowercase().contains("india")),
        "found by country, not by title"
    );
}

#[test]
fn east_asia_and_planned_together_show_exactly_the_events_with_both_and_count_them() {
    let mut h = harness(test_options());
    h.run();
    // Each choice says how many events have it, counted here from the document.
    let (east_asia, planned) = {
        let t = h.state().doc().timeline();
        let east = t
            .events
            .iter()
            .filter(|e| {
                itinera::model::region::region_of(e.place.country.as_str())
                    == Some(itinera::model::Region::EastAsia)
            })
            .count();
        let planned = t
            .events
            .iter()
            .filter(|e| e.status == itinera::model::Status::Planned)
            .count();
        (east, planned)
    };
    assert!(east_asia > 1 && planned > 1, "{east_asia} {planned}");
    h.get_by_label("Filter by…").click();
    h.run();
    h.get_by_label("Region…").click();
    h.run();
    h.get_by_role_and_label(Role::CheckBox, &format!("East Asia ({east_asia})"))
        .click();
    h.run();
    h.key_press(egui::Key::Escape);
    h.run();
    h.get_by_label("Filter by…").click();
    h.run();
    h.get_by_label("Status…").click();
    h.run();
    h.get_by_role_and_label(Role::CheckBox, &format!("Planned ({planned})"))
        .click();
    h.run();
    h.key_press(egui::Key::Escape);
    h.run();
    let expected: Vec<String> = {
        let t = &h.state().doc().timeline();
        let resolved = &h.state().doc().resolved();
        resolved
            .order
            .iter()
            .map(|&i| &t.events[i as usize])
            .filter(|e| {
                itinera::model::region::region_of(e.place.country.as_str())
                    == Some(itinera::model::Region::EastAsia)
                    && e.status == itinera::model::Status::Planned
            })
            .map(|e| e.title.to_string())
            .collect()
    };
    assert_eq!(expected, ["APEC leaders' summit"]);
    assert_eq!(shown_titles(&h), expected);
    h.get_by_label("showing 1 of 13 events");
    h.get_by_label("Region: East Asia ✖");
    h.get_by_label("Status: Planned ✖");
}

#[test]
fn selecting_a_row_in_the_table_selects_it_on_the_timeline_and_brings_it_into_view() {
    let mut h = harness(test_options());
    h.run();
    show(&mut h, "Timeline");
    // Look somewhere else first: far into 2027.
    for _ in 0..6 {
        h.get_by_label("➕").click();
        h.run();
    }
    let axis = h.state().views.timeline.axis.expect("drawn");
    let tokyo_start = h.state().doc().resolved().times[8].start as f64;
    assert!(
        tokyo_start < axis.start_secs || tokyo_start > axis.end_secs(),
        "Tokyo starts out of view"
    );
    show(&mut h, "Table");
    h.get_by_label("Tokyo").click();
    h.run();
    show(&mut h, "Timeline");
    assert_eq!(h.state().selection().single(), Some("tokyo"));
    let area = h.get_by_role_and_label(Role::Group, "Timeline").rect();
    let bar = h.get_by_role_and_label(Role::Button, "Tokyo").rect();
    assert!(
        area.intersects(bar),
        "the Tokyo bar is in view: {bar:?} in {area:?}"
    );
}

#[test]
fn filtering_out_a_selected_event_deselects_it() {
    let mut h = harness(test_options());
    h.run();
    h.get_by_label("Mumbai").click();
    h.run();
    assert_eq!(h.state().selection().single(), Some("mumbai"));
    search(&mut h, "Tokyo");
    assert!(h.state().selection().is_empty());
}

/// eframe storage in memory, standing in for the file eframe keeps between runs.
#[derive(Default)]
struct MemoryStorage(HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[test]
fn a_saved_preset_restores_the_same_filter_after_a_restart() {
    let mut h = harness(test_options());
    h.run();
    search(&mut h, "india");
    h.get_by_label("Presets").click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Save the current filter as:")
        .click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Save the current filter as:")
        .type_text("India leg");
    h.run();
    h.get_by_label("Save preset").click();
    h.run();
    assert!(h.state().ui_state.presets.contains_key("India leg"));
    let filter = h.state().ui_state.filter.clone();
    let mut storage = MemoryStorage::default();
    h.state_mut().save(&mut storage);
    drop(h);

    let restored = ItineraApp::stored_ui_state(&storage).expect("UI state was stored");
    let mut h = harness(AppOptions {
        ui_state: Some(restored),
        ..test_options()
    });
    h.run();
    h.get_by_label("Clear all").click();
    h.run();
    assert_eq!(shown_titles(&h).len(), 13);
    h.get_by_label("Presets").click();
    h.run();
    h.get_by_label("India leg").click();
    h.run();
    assert_eq!(h.state().ui_state.filter, filter);
    assert_eq!(shown_titles(&h), ["Mumbai", "New Delhi"]);
    assert_eq!(h.state().ui_state.view, View::Table);
}

#[test]
fn ticking_regions_keeps_the_menu_open_shows_counts_and_moves_nothing_under_the_pointer() {
    let mut h = harness(test_options());
    h.run();
    let tabs_before = h.get_by_label("Table").rect();
    h.get_by_label("Filter by…").click();
    h.run();
    h.get_by_label("Region…").hover();
    h.run();
    h.get_by_label("Europe (2)").click();
    h.run();
    // Still open for the next tick.
    h.get_by_label("South Asia (2)").click();
    h.run();
    let filter = &h.state().ui_state.filter;
    assert_eq!(filter.regions.len(), 2, "{filter:?}");
    assert_eq!(
        h.get_by_label("Table").rect(),
        tabs_before,
        "the chips' row was there before the first chip"
    );
    h.get_by_label("Region: Europe ✖");
}

#[test]
fn a_search_that_matches_nothing_says_so_in_every_view_and_clear_filters_shows_every_event_again() {
    for view in [View::Table, View::Timeline, View::Calendar, View::Map] {
        let mut h = harness(AppOptions {
            view: Some(view),
            ..test_options()
        });
        h.run();
        search(&mut h, "zanzibar");
        assert!(shown_titles(&h).is_empty());
        h.get_by_label("No events match");
        h.get_by_role_and_label(Role::Button, "Clear filters")
            .click();
        h.run();
        assert_eq!(shown_titles(&h).len(), 13, "{view:?}");
        let typed = h
            .get_by_role_and_label(Role::TextInput, "Search")
            .accesskit_node()
            .value()
            .unwrap_or_default();
        assert_eq!(typed, "", "{view:?}: the search box is cleared too");
        assert!(
            h.query_by_label("No events match").is_none(),
            "{view:?}: the notice goes once events are shown"
        );
    }
}
