//! The form shown when nothing is selected: the document's title, home, zones, principals and trips.

use super::Inspector;
use super::fields::{note, row};
use crate::document::Document;
use crate::edit::{Command, DocumentFields};
use crate::model::translations;
use crate::model::{DateValue, Principal, Text, Trip, Zone};
use crate::view::describe::{country_items, country_label, zone_items};
use crate::view::{Field, FieldKey, Request};
use crate::widgets::{committed_text_ui, date_value_ui, search_picker_ui};

fn edit(requests: &mut Vec<Request>, field: Field, command: Command) {
    requests.push(Request::field_edit(FieldKey::document(field), command));
}

fn set_fields(
    requests: &mut Vec<Request>,
    field: Field,
    doc: &Document,
    change: impl FnOnce(&mut DocumentFields),
) {
    let mut fields = DocumentFields::of(doc.timeline());
    change(&mut fields);
    edit(requests, field, Command::SetDocument(Box::new(fields)));
}

/// The language the document's and trips' translations are edited in, beside their English originals.
const FRENCH: crate::i18n::Lang = crate::i18n::Lang::Fr;

/// A text field for the French of a field shown just above it; commits an edit when it changes.
fn french_field(
    ui: &mut egui::Ui,
    id: egui::Id,
    current: Option<&str>,
    multiline: bool,
    commit: impl FnOnce(String),
) {
    let hint = crate::tr!("translation-in-french");
    ui.label(egui::RichText::new(&hint).small().weak());
    let (field, text) = committed_text_ui(ui, id, current.unwrap_or(""), multiline, &hint);
    crate::widgets::name_input(&field, &hint);
    if let Some(text) = text {
        commit(text.trim().to_owned());
    }
}

pub fn ui(
    inspector: &mut Inspector,
    ui: &mut egui::Ui,
    doc: &Document,
    requests: &mut Vec<Request>,
) {
    let t = doc.timeline();
    ui.heading(crate::tr!("inspector-document"));
    ui.weak(crate::tr!("inspector-document-hint"));
    row(
        ui,
        &crate::tr!("field-title"),
        inspector.error(&FieldKey::document(Field::Title)),
        |ui| {
            if let (_, Some(title)) = committed_text_ui(
                ui,
                egui::Id::unique("doc-title"),
                &t.title,
                false,
                &crate::tr!("field-title"),
            ) {
                set_fields(requests, Field::Title, doc, |f| f.title = title);
            }
            french_field(
                ui,
                egui::Id::unique("doc-title-fr"),
                t.translation(FRENCH).map(|t| t.title.as_str()),
                false,
                |text| {
                    set_fields(requests, Field::Translation, doc, |f| {
                        translations::edit(&mut f.translations, FRENCH, |t| t.title = text.into());
                    });
                },
            );
        },
    );
    row(
        ui,
        &crate::tr!("field-home"),
        inspector.error(&FieldKey::document(Field::Home)),
        |ui| {
            if let Some(country) = search_picker_ui(
                ui,
                "doc-home-country",
                &country_label(t.home.country),
                country_items(),
            ) {
                set_fields(requests, Field::Home, doc, |f| f.home.country = country);
            }
            if let (_, Some(city)) = committed_text_ui(
                ui,
                egui::Id::unique("doc-home-city"),
                &t.home.city,
                false,
                &crate::tr!("field-city"),
            ) {
                set_fields(requests, Field::Home, doc, |f| f.home.city = city);
            }
            if let Some(zone) =
                search_picker_ui(ui, "doc-home-zone", t.home.zone.name(), zone_items())
            {
                set_fields(requests, Field::Home, doc, |f| f.home.zone = zone);
            }
        },
    );
    row(
        ui,
        &crate::tr!("field-display-zone"),
        inspector.error(&FieldKey::document(Field::DisplayZone)),
        |ui| {
            let label = t.display_zone.map_or_else(
                || crate::tr!("zone-home", zone = t.home.zone.to_string()),
                |z| z.name().to_owned(),
            );
            let mut items: Vec<(Option<Zone>, String)> = vec![(
                None,
                crate::tr!("zone-home", zone = t.home.zone.to_string()),
            )];
            items.extend(zone_items().iter().map(|(z, n)| (Some(*z), n.clone())));
            if let Some(zone) = search_picker_ui(ui, "doc-display-zone", &label, &items) {
                set_fields(requests, Field::DisplayZone, doc, |f| f.display_zone = zone);
            }
        },
    );
    row(
        ui,
        &crate::tr!("field-notes"),
        inspector.error(&FieldKey::document(Field::Notes)),
        |ui| {
            if let (_, Some(notes)) =
                committed_text_ui(ui, egui::Id::unique("doc-notes"), &t.notes, true, "")
            {
                set_fields(requests, Field::Notes, doc, |f| f.notes = notes);
            }
            french_field(
                ui,
                egui::Id::unique("doc-notes-fr"),
                t.translation(FRENCH).map(|t| t.notes.as_str()),
                true,
                |text| {
                    set_fields(requests, Field::Translation, doc, |f| {
                        translations::edit(&mut f.translations, FRENCH, |t| t.notes = text.into());
                    });
                },
            );
        },
    );
    ui.separator();
    principals_ui(inspector, ui, doc, requests);
    ui.separator();
    trips_ui(inspector, ui, doc, requests);
}

fn principals_ui(
    inspector: &Inspector,
    ui: &mut egui::Ui,
    doc: &Document,
    requests: &mut Vec<Request>,
) {
    ui.strong(crate::tr!("inspector-principals"));
    if let Some(message) = inspector.error(&FieldKey::document(Field::Principals)) {
        note(ui, message);
    }
    for p in &doc.timeline().principals {
        ui.horizontal(|ui| {
            ui.weak(p.id.as_str());
            if ui.small_button(crate::tr!("menu-delete")).clicked() {
                requests.push(Request::DeletePrincipal(p.id.to_string()));
            }
        });
        let id = egui::Id::unique(("doc-principal", &p.id));
        if let (_, Some(name)) = committed_text_ui(
            ui,
            id.with("name"),
            &p.name,
            false,
            &crate::tr!("field-name"),
        ) {
            edit(
                requests,
                Field::Principals,
                Command::SetPrincipal(Principal {
                    name: name.into(),
                    ..p.clone()
                }),
            );
        }
        if let (_, Some(role)) = committed_text_ui(
            ui,
            id.with("role"),
            &p.role,
            false,
            &crate::tr!("field-role"),
        ) {
            edit(
                requests,
                Field::Principals,
                Command::SetPrincipal(Principal {
                    role: role.into(),
                    ..p.clone()
                }),
            );
        }
    }
    if ui
        .button(format!("➕ {}", crate::tr!("add-principal")))
        .clicked()
    {
        let principal = Principal {
            id: Text::new(),
            name: crate::tr!("new-principal-name").into(),
            role: Text::new(),
        };
        edit(
            requests,
            Field::Principals,
            Command::AddPrincipal(principal),
        );
    }
}

fn trip_editor(ui: &mut egui::Ui, trip: &Trip, requests: &mut Vec<Request>) {
    let id = egui::Id::unique(("doc-trip", &trip.id));
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.weak(trip.id.as_str());
        if ui.small_button(crate::tr!("menu-delete")).clicked() {
            requests.push(Request::DeleteTrip(trip.id.to_string()));
        }
    });
    let set = |requests: &mut Vec<Request>, trip: Trip| {
        edit(requests, Field::Trips, Command::SetTrip(trip))
    };
    if let (_, Some(title)) = committed_text_ui(
        ui,
        id.with("title"),
        &trip.title,
        false,
        &crate::tr!("field-title"),
    ) {
        set(
            requests,
            Trip {
                title: title.into(),
                ..trip.clone()
            },
        );
    }
    let french = trip.translation(FRENCH).map(|t| t.title.as_str());
    french_field(ui, id.with("title-fr"), french, false, |text| {
        let mut edited = trip.clone();
        translations::edit(&mut edited.translations, FRENCH, |t| t.title = text.into());
        set(requests, edited);
    });
    for (label, which) in [(crate::tr!("trip-starts"), 0), (crate::tr!("trip-ends"), 1)] {
        let label = ui.label(egui::RichText::new(label).small());
        let value = if which == 0 { trip.start } else { trip.end };
        let name = if which == 0 {
            crate::tr!("trip-start-name")
        } else {
            crate::tr!("trip-end-name")
        };
        let changed = ui.label_inputs_by(label.id, |ui| {
            date_value_ui(ui, id.with(which), &name, value)
        });
        if let Some(message) = changed.error {
            requests.push(Request::Unreadable {
                field: FieldKey::document(Field::Trips),
                message,
            });
        }
        if let Some(value) = changed.value {
            let mut edited = trip.clone();
            if which == 0 {
                edited.start = value;
            } else {
                edited.end = value;
            }
            set(requests, edited);
        }
    }
    ui.horizontal(|ui| {
        let mut departs = trip.departs_from_home;
        if ui
            .checkbox(&mut departs, crate::tr!("trip-departs-home"))
            .changed()
        {
            set(
                requests,
                Trip {
                    departs_from_home: departs,
                    ..trip.clone()
                },
            );
        }
        let mut returns = trip.returns_home;
        if ui
            .checkbox(&mut returns, crate::tr!("trip-returns-home"))
            .changed()
        {
            set(
                requests,
                Trip {
                    returns_home: returns,
                    ..trip.clone()
                },
            );
        }
    });
}

/// More trips than this are listed compactly, with one opened for editing at a time.
const INLINE_TRIPS: usize = 6;

fn trips_ui(
    inspector: &mut Inspector,
    ui: &mut egui::Ui,
    doc: &Document,
    requests: &mut Vec<Request>,
) {
    let trips = &doc.timeline().trips;
    ui.strong(crate::tr!("inspector-trips", count = trips.len()));
    if let Some(message) = inspector.error(&FieldKey::document(Field::Trips)) {
        note(ui, message);
    }
    if trips.len() <= INLINE_TRIPS {
        for trip in trips {
            trip_editor(ui, trip, requests);
        }
    } else {
        // A long list is virtualised: only the rows in view are built.
        let row_height = ui.text_style_height(&egui::TextStyle::Body) + 4.0;
        egui::ScrollArea::vertical()
            .id_salt("doc-trip-list")
            .max_height(220.0)
            .show_rows(ui, row_height, trips.len(), |ui, range| {
                for trip in &trips[range] {
                    let open = inspector.open_trip.as_deref() == Some(trip.id.as_str());
                    let label = format!("{} · {}", trip.title, trip.start.human());
                    if ui.selectable_label(open, label).clicked() {
                        inspector.open_trip = (!open).then(|| trip.id.to_string());
                    }
                }
            });
        if let Some(trip) = inspector
            .open_trip
            .as_deref()
            .and_then(|id| doc.timeline().trip(id))
        {
            ui.separator();
            trip_editor(ui, trip, requests);
        }
    }
    if ui
        .button(format!("➕ {}", crate::tr!("add-trip")))
        .clicked()
    {
        let today = chrono::Local::now().date_naive();
        let trip = Trip {
            id: Text::new(),
            title: crate::tr!("new-trip-title").into(),
            start: DateValue::Day(today),
            end: DateValue::Day(today),
            departs_from_home: true,
            returns_home: true,
            notes: Text::new(),
            translations: None,
        };
        edit(requests, Field::Trips, Command::AddTrip(trip));
    }
}
