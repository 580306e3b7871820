//! The filter bar above the views: search as you type, field filters as removable chips, a count, and presets.

use crate::i18n::dates::{DateStyle, date};
use std::collections::BTreeMap;

use super::describe::{country_items, country_label};
use crate::document::Document;
use crate::model::filter::Filter;
use crate::model::{CountryCode, EventKind, Region, Status};
use crate::view::Request;
use crate::widgets::search_picker_ui;

/// The id of the search field, so Ctrl+F can focus it.
pub fn search_id() -> egui::Id {
    egui::Id::unique("itinera-filter-search")
}

/// Draws the bar over `current` and `presets`; what the user changes comes back as requests.
/// An open file as the filter offers it: its name, whether it is shown, and whether it is the one being edited
/// (which is always shown).
pub struct LayerChoice {
    pub name: String,
    pub visible: bool,
    pub active: bool,
}

/// `layers`: the open files, when there are several; the filter shows and hides them as the layers strip does.
pub fn filter_bar_ui(
    ui: &mut egui::Ui,
    current: &Filter,
    presets: &BTreeMap<String, Filter>,
    doc: &Document,
    shown: usize,
    layers: &[LayerChoice],
) -> Vec<Request> {
    let mut requests = Vec::new();
    // The widgets edit a copy; a copy that differs at the end of the frame becomes the new filter.
    let mut edited = current.clone();
    let filter = &mut edited;
    ui.horizontal_wrapped(|ui| {
        ui.label("🔍");
        let search = ui
            .add(
                egui::TextEdit::singleline(&mut filter.text)
                    .id(search_id())
                    .hint_text(crate::tr!("search-hint"))
                    .desired_width(220.0),
            )
            .accessible_name(crate::tr!("filter-search-name"));
        if search.has_focus() && ui.input(|i| i.key_pressed(egui::Key::Escape)) {
            filter.text.clear();
        }
        add_menu(ui, filter, doc, layers, &mut requests);
        presets_menu(ui, filter, presets, &mut requests);
        if !filter.is_empty() && ui.button(crate::tr!("filter-clear-all")).clicked() {
            *filter = Filter::default();
        }
        ui.separator();
        ui.label(crate::tr!(
            "showing-events",
            shown = shown,
            count = doc.timeline().events.len()
        ));
    });
    chips(ui, filter, doc, layers, &mut requests);
    if edited != *current {
        requests.push(Request::SetFilter(edited));
    }
    requests
}

/// "Europe (3)": a choice and how many events have it.
fn counted(label: &str, count: Option<&usize>) -> String {
    let count = crate::i18n::numbers::integer(count.copied().unwrap_or(0) as i64);
    format!("{label} ({count})")
}

fn add_menu(
    ui: &mut egui::Ui,
    filter: &mut Filter,
    doc: &Document,
    layers: &[LayerChoice],
    requests: &mut Vec<Request>,
) {
    // Ticking several choices in a row keeps the menu open; a click outside closes it.
    let config = egui::containers::menu::MenuConfig::new()
        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside);
    egui::containers::menu::MenuButton::new(crate::tr!("filter-by"))
        .config(config)
        .ui(ui, |ui| {
            let counts = doc.counts();
            ui.menu_button(crate::tr!("filter-menu-region"), |ui| {
                for r in Region::ALL {
                    let mut on = filter.regions.contains(&r);
                    if ui
                        .checkbox(&mut on, counted(r.label(), counts.regions.get(&r)))
                        .changed()
                    {
                        toggle(&mut filter.regions, r, on);
                    }
                }
            });
            ui.menu_button(crate::tr!("filter-menu-country"), |ui| {
                if let Some(code) = search_picker_ui(
                    ui,
                    "filter-country",
                    &crate::tr!("filter-choose-country"),
                    country_items(),
                ) {
                    filter.countries.insert(code.to_string());
                }
            });
            ui.menu_button(crate::tr!("filter-menu-kind"), |ui| {
                for k in EventKind::ALL {
                    let mut on = filter.kinds.contains(&k);
                    if ui
                        .checkbox(&mut on, counted(k.label(), counts.kinds.get(&k)))
                        .changed()
                    {
                        toggle(&mut filter.kinds, k, on);
                    }
                }
            });
            ui.menu_button(crate::tr!("filter-menu-status"), |ui| {
                for s in Status::ALL {
                    let mut on = filter.statuses.contains(&s);
                    if ui
                        .checkbox(&mut on, counted(s.label(), counts.statuses.get(&s)))
                        .changed()
                    {
                        toggle(&mut filter.statuses, s, on);
                    }
                }
            });
            ui.menu_button(crate::tr!("filter-menu-trip"), |ui| {
                // Only the rows in sight are laid out, so thousands of trips open as fast as ten.
                let trips = &doc.timeline().trips;
                let row_h = ui.spacing().interact_size.y + ui.spacing().item_spacing.y;
                egui::ScrollArea::vertical().max_height(300.0).show_rows(
                    ui,
                    row_h,
                    trips.len(),
                    |ui, rows| {
                        for trip in &trips[rows] {
                            let mut on = filter.trips.contains(trip.id.as_str());
                            let label = counted(trip.shown_title(), counts.trips.get(&trip.id));
                            if ui.checkbox(&mut on, label).changed() {
                                toggle(&mut filter.trips, trip.id.to_string(), on);
                            }
                        }
                    },
                );
            });
            if layers.len() > 1 {
                ui.menu_button(crate::tr!("filter-menu-layer"), |ui| {
                    for (i, layer) in layers.iter().enumerate() {
                        let mut on = layer.visible;
                        let response = ui.add_enabled(
                            !layer.active,
                            egui::Checkbox::new(&mut on, layer.name.as_str()),
                        );
                        if layer.active {
                            response.on_disabled_hover_text(crate::tr!("layers-editing"));
                        } else if response.changed() {
                            requests.push(Request::SetLayerVisible(i, on));
                        }
                    }
                });
            }
            ui.menu_button(crate::tr!("filter-menu-principal"), |ui| {
                for p in &doc.timeline().principals {
                    let mut on = filter.principals.contains(p.id.as_str());
                    if ui
                        .checkbox(&mut on, counted(&p.name, counts.principals.get(&p.id)))
                        .changed()
                    {
                        toggle(&mut filter.principals, p.id.to_string(), on);
                    }
                }
            });
            ui.menu_button(crate::tr!("filter-menu-tag"), |ui| {
                egui::ScrollArea::vertical()
                    .max_height(300.0)
                    .show(ui, |ui| {
                        for tag in doc.tags() {
                            let mut on = filter.tags.contains(tag.as_str());
                            if ui
                                .checkbox(&mut on, counted(tag, counts.tags.get(tag)))
                                .changed()
                            {
                                toggle(&mut filter.tags, tag.to_string(), on);
                            }
                        }
                    });
            });
            let flagged = (0..doc.timeline().events.len() as u32)
                .filter(|&i| doc.has_warning(i))
                .count();
            ui.checkbox(
                &mut filter.plan_warnings,
                counted(&crate::tr!("filter-plan-warnings"), Some(&flagged)),
            )
            .on_hover_text(crate::tr!("filter-plan-warnings-hover"));
            ui.menu_button(crate::tr!("filter-menu-dates"), |ui| {
                for (salt, label, slot) in [
                    ("From", crate::tr!("filter-dates-from"), &mut filter.from),
                    ("To", crate::tr!("filter-dates-to"), &mut filter.to),
                ] {
                    ui.horizontal(|ui| {
                        let mut on = slot.is_some();
                        if ui.checkbox(&mut on, label).changed() {
                            *slot = on.then(|| {
                                doc.resolved()
                                    .times
                                    .first()
                                    .map_or(chrono::NaiveDate::MIN, |t| t.first_day)
                            });
                        }
                        if let Some(day) = slot.as_mut()
                            && let Some(new) = crate::widgets::day_picker::day_picker_ui(
                                ui,
                                ui.scope_id().with(salt),
                                *day,
                                chrono::Local::now().date_naive(),
                            )
                        {
                            *day = new;
                        }
                    });
                }
            });
        });
}

fn toggle<T: Ord>(set: &mut std::collections::BTreeSet<T>, value: T, on: bool) {
    if on {
        set.insert(value);
    } else {
        set.remove(&value);
    }
}

fn presets_menu(
    ui: &mut egui::Ui,
    filter: &mut Filter,
    presets: &BTreeMap<String, Filter>,
    requests: &mut Vec<Request>,
) {
    // The menu holds a text field, so clicks inside it must not close it.
    let config = egui::containers::menu::MenuConfig::new()
        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside);
    egui::containers::menu::MenuButton::new(crate::tr!("filter-presets"))
        .config(config)
        .ui(ui, |ui| {
            if presets.is_empty() {
                ui.weak(crate::tr!("filter-no-presets"));
            }
            for (name, saved) in presets.iter() {
                ui.horizontal(|ui| {
                    if ui.button(name).clicked() {
                        *filter = saved.clone();
                    }
                    if ui
                        .small_button("✖")
                        .on_hover_text(crate::tr!("filter-forget-preset", name = name.as_str()))
                        .clicked()
                    {
                        requests.push(Request::ForgetPreset(name.clone()));
                    }
                });
            }
            ui.separator();
            let id = egui::Id::unique("itinera-preset-name");
            let mut name: String = ui.data_mut(|d| d.get_temp(id)).unwrap_or_default();
            let label = ui.label(crate::tr!("filter-save-as"));
            ui.label_inputs_by(label.id, |ui| ui.text_edit_singleline(&mut name));
            if ui
                .add_enabled(
                    !name.trim().is_empty(),
                    egui::Button::new(crate::tr!("filter-save-preset")),
                )
                .clicked()
            {
                requests.push(Request::SavePreset(name.trim().to_owned()));
                name.clear();
            }
            ui.data_mut(|d| d.insert_temp(id, name));
        });
}

/// Takes one value out of a filter.
type Remover = Box<dyn FnOnce(&mut Filter)>;

/// Active filters as chips; clicking a chip's ✖ removes that value.
fn chips(
    ui: &mut egui::Ui,
    filter: &mut Filter,
    doc: &Document,
    layers: &[LayerChoice],
    requests: &mut Vec<Request>,
) {
    let mut chips: Vec<(String, Remover)> = Vec::new();
    for r in filter.regions.clone() {
        chips.push((
            crate::tr!("chip-region", value = r.label()),
            Box::new(move |f| {
                f.regions.remove(&r);
            }),
        ));
    }
    for c in filter.countries.clone() {
        let label = c
            .parse::<CountryCode>()
            .map_or_else(|_| c.clone(), country_label);
        chips.push((
            crate::tr!("chip-country", value = label),
            Box::new(move |f| {
                f.countries.remove(&c);
            }),
        ));
    }
    for k in filter.kinds.clone() {
        chips.push((
            crate::tr!("chip-kind", value = k.label()),
            Box::new(move |f| {
                f.kinds.remove(&k);
            }),
        ));
    }
    for s in filter.statuses.clone() {
        chips.push((
            crate::tr!("chip-status", value = s.label()),
            Box::new(move |f| {
                f.statuses.remove(&s);
            }),
        ));
    }
    for id in filter.trips.clone() {
        let title = doc
            .timeline()
            .trip(&id)
            .map_or(id.clone(), |t| t.shown_title().to_string());
        chips.push((
            crate::tr!("chip-trip", value = title),
            Box::new(move |f| {
                f.trips.remove(&id);
            }),
        ));
    }
    for id in filter.principals.clone() {
        let name = doc
            .timeline()
            .principal(&id)
            .map_or(id.clone(), |p| p.name.to_string());
        chips.push((
            crate::tr!("chip-principal", value = name),
            Box::new(move |f| {
                f.principals.remove(&id);
            }),
        ));
    }
    for tag in filter.tags.clone() {
        chips.push((
            crate::tr!("chip-tag", value = tag.as_str()),
            Box::new(move |f| {
                f.tags.remove(&tag);
            }),
        ));
    }
    if let Some(from) = filter.from {
        chips.push((
            crate::tr!("filter-from", date = date(from, DateStyle::Day)),
            Box::new(|f| f.from = None),
        ));
    }
    if let Some(to) = filter.to {
        chips.push((
            crate::tr!("filter-to", date = date(to, DateStyle::Day)),
            Box::new(|f| f.to = None),
        ));
    }
    if filter.plan_warnings {
        chips.push((
            crate::tr!("filter-plan-warnings"),
            Box::new(|f| f.plan_warnings = false),
        ));
    }
    let mut removed = None;
    // The row keeps its height with no chips, so adding the first filter moves nothing under the pointer.
    ui.horizontal_wrapped(|ui| {
        ui.set_min_height(ui.spacing().interact_size.y);
        let hidden: Vec<(usize, &LayerChoice)> = layers
            .iter()
            .enumerate()
            .filter(|(_, l)| !l.visible)
            .collect();
        if chips.is_empty() && hidden.is_empty() {
            ui.weak(crate::tr!("no-filters"));
        }
        // A hidden file is a filter too: its chip shows it again.
        for (i, layer) in hidden {
            let label = crate::tr!("chip-layer-hidden", name = layer.name.as_str());
            if ui
                .button(format!("{label} ✖"))
                .on_hover_text(crate::tr!("chip-layer-show"))
                .clicked()
            {
                requests.push(Request::SetLayerVisible(i, true));
            }
        }
        for (i, (label, _)) in chips.iter().enumerate() {
            if ui
                .button(format!("{label} ✖"))
                .on_hover_text(crate::tr!("chip-remove"))
                .clicked()
            {
                removed = Some(i);
            }
        }
    });
    if let Some(i) = removed {
        let (_, remove) = chips.swap_remove(i);
        remove(filter);
    }
}
