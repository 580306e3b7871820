//! The form for one selected event: every field, each with a fitting widget.

use super::Inspector;
use super::fields::{choice, note, row, set_event};
use crate::document::Document;
use crate::edit::{Command, Shift};
use crate::model::time::{place_coords, place_zone};
use crate::model::validate::event_problems;
use crate::model::{Classification, Event, EventKind, Place, Status, Zone};
use crate::view::describe::{country_items, country_label, zone_items};
use crate::view::{Field, FieldKey, Request};
use crate::widgets::{
    committed_text_ui, date_value_ui, keep_refused, name_input, search_picker_ui,
};

pub fn ui(
    inspector: &mut Inspector,
    ui: &mut egui::Ui,
    doc: &Document,
    index: usize,
    requests: &mut Vec<Request>,
) {
    let event = &*doc.timeline().events[index];
    let id = egui::Id::unique(("inspector-event", &event.id));
    let err = |field: Field| inspector.event_error(&event.id, field).cloned();
    ui.heading(event.title.as_str());
    ui.weak(crate::tr!("inspector-id", id = event.id.as_str()));
    for problem in event_problems(doc.timeline(), index, event) {
        note(ui, &problem.message);
    }
    for warning in doc.warnings_for(index as u32) {
        note(ui, &warning.message(doc.timeline()));
    }

    row(
        ui,
        &crate::tr!("field-title"),
        err(Field::Title).as_ref(),
        |ui| {
            let (_, text) = committed_text_ui(ui, id.with("title"), &event.title, false, "");
            if let Some(title) = text {
                set_event(
                    requests,
                    Field::Title,
                    &crate::tr!("what-title"),
                    event,
                    |e| e.title = title.into(),
                );
            }
        },
    );

    row(
        ui,
        &crate::tr!("field-move"),
        err(Field::Move).as_ref(),
        |ui| {
            ui.horizontal(|ui| {
                let unit = event.start.precision();
                let unit_id = match unit {
                    crate::model::Precision::Year => "year",
                    crate::model::Precision::Month => "month",
                    crate::model::Precision::Day => "day",
                    crate::model::Precision::Time => "hour",
                };
                for (label, steps) in [
                    (crate::tr!("move-earlier", unit = unit_id), -1),
                    (crate::tr!("move-later", unit = unit_id), 1),
                ] {
                    if ui.button(label).clicked() {
                        requests.push(Request::field_edit(
                            FieldKey::event(&event.id, Field::Move),
                            Command::MoveEvents {
                                ids: vec![event.id.to_string()],
                                by: Shift::one_unit_of(unit, steps),
                                lane: None,
                            },
                        ));
                    }
                }
            });
        },
    );

    ui.columns(2, |cols| {
        row(&mut cols[0], &crate::tr!("column-kind"), None, |ui| {
            if let Some(kind) = choice(
                ui,
                id.with("kind"),
                event.kind,
                &EventKind::ALL,
                EventKind::label,
            ) {
                set_event(
                    requests,
                    Field::Kind,
                    &crate::tr!("what-kind"),
                    event,
                    |e| e.kind = kind,
                );
            }
        });
        row(&mut cols[1], &crate::tr!("column-status"), None, |ui| {
            if let Some(status) = choice(
                ui,
                id.with("status"),
                event.status,
                &Status::ALL,
                Status::label,
            ) {
                set_event(
                    requests,
                    Field::Status,
                    &crate::tr!("what-status"),
                    event,
                    |e| e.status = status,
                );
            }
        });
    });

    dates_ui(inspector, ui, id, event, requests);
    place_ui(inspector, ui, id, event, requests);
    people_ui(ui, id, doc, event, requests);
    super::event_texts::texts_ui(inspector, ui, id, event, requests);
    super::translation_form::ui(ui, id, event, requests);
    super::event_texts::sources_ui(ui, id, event, requests);

    ui.columns(2, |cols| {
        let mut locked = event.locked;
        if cols[0]
            .checkbox(&mut locked, crate::tr!("field-locked"))
            .on_hover_text(crate::tr!("field-locked-hover"))
            .changed()
        {
            set_event(
                requests,
                Field::Locked,
                &crate::tr!("what-lock"),
                event,
                |e| e.locked = locked,
            );
        }
        let mut restricted = event.classification == Classification::Restricted;
        if cols[1]
            .checkbox(&mut restricted, crate::tr!("field-restricted"))
            .on_hover_text(crate::tr!("field-restricted-hover"))
            .changed()
        {
            set_event(
                requests,
                Field::Classification,
                &crate::tr!("what-classification"),
                event,
                |e| {
                    e.classification = if restricted {
                        Classification::Restricted
                    } else {
                        Classification::Public
                    };
                },
            );
        }
    });
}

fn zone_picker(
    ui: &mut egui::Ui,
    salt: egui::Id,
    current: Option<Zone>,
    default: Zone,
) -> Option<Option<Zone>> {
    let label = current.map_or_else(
        || crate::tr!("zone-of-place", zone = default.name()),
        |z| z.name().to_owned(),
    );
    let mut items: Vec<(Option<Zone>, String)> =
        vec![(None, crate::tr!("zone-of-place", zone = default.name()))];
    items.extend(
        zone_items()
            .iter()
            .map(|(z, name)| (Some(*z), name.clone())),
    );
    search_picker_ui(ui, salt, &label, &items).filter(|z| *z != current)
}

fn dates_ui(
    inspector: &Inspector,
    ui: &mut egui::Ui,
    id: egui::Id,
    event: &Event,
    requests: &mut Vec<Request>,
) {
    let err = |field: Field| inspector.event_error(&event.id, field).cloned();
    let venue = place_zone(&event.place);
    row(
        ui,
        &crate::tr!("field-start"),
        err(Field::Start).as_ref(),
        |ui| {
            let edit = date_value_ui(
                ui,
                id.with("start"),
                &crate::tr!("field-start-date"),
                event.start,
            );
            if let Some(start) = edit.value {
                // Past the end, the end follows and the event keeps its length, in the same step.
                set_event(
                    requests,
                    Field::Start,
                    &crate::tr!("what-start"),
                    event,
                    |e| {
                        *e = crate::edit::moves::with_start(e, start);
                    },
                );
            }
            if let Some(message) = edit.error {
                unreadable(requests, event, Field::Start, message);
            }
            if event.start.precision() == crate::model::Precision::Time
                && let Some(zone) = zone_picker(ui, id.with("start-zone"), event.start_zone, venue)
            {
                set_event(
                    requests,
                    Field::Start,
                    &crate::tr!("what-start-zone"),
                    event,
                    |e| e.start_zone = zone,
                );
            }
        },
    );
    row(
        ui,
        &crate::tr!("field-end"),
        err(Field::End).as_ref(),
        |ui| {
            let mut has_end = event.end.is_some();
            if ui
                .checkbox(&mut has_end, crate::tr!("field-has-end"))
                .on_hover_text(crate::tr!("field-has-end-hover"))
                .changed()
            {
                set_event(requests, Field::End, &crate::tr!("what-end"), event, |e| {
                    e.end = has_end.then_some(event.start);
                    e.end_zone = None;
                });
            }
            if let Some(end) = event.end {
                let edit = date_value_ui(ui, id.with("end"), &crate::tr!("field-end-date"), end);
                if let Some(end) = edit.value {
                    set_event(requests, Field::End, &crate::tr!("what-end"), event, |e| {
                        e.end = Some(end)
                    });
                }
                if let Some(message) = edit.error {
                    unreadable(requests, event, Field::End, message);
                }
                if end.precision() == crate::model::Precision::Time
                    && let Some(zone) = zone_picker(
                        ui,
                        id.with("end-zone"),
                        event.end_zone,
                        event.start_zone.unwrap_or(venue),
                    )
                {
                    set_event(
                        requests,
                        Field::End,
                        &crate::tr!("what-end-zone"),
                        event,
                        |e| e.end_zone = zone,
                    );
                }
            }
        },
    );
}

/// Keeps a message about text typed into an event's field beside that field until it is fixed.
fn unreadable(requests: &mut Vec<Request>, event: &Event, field: Field, message: String) {
    requests.push(Request::Unreadable {
        field: FieldKey::event(&event.id, field),
        message,
    });
}

fn place_fields(ui: &mut egui::Ui, id: egui::Id, place: &Place) -> Option<Place> {
    let mut changed = None;
    if let Some(country) = search_picker_ui(
        ui,
        id.with("country"),
        &country_label(place.country),
        country_items(),
    ) && country != place.country
    {
        changed = Some(Place {
            country,
            ..place.clone()
        });
    }
    let (field, city) = committed_text_ui(
        ui,
        id.with("city"),
        &place.city,
        false,
        &crate::tr!("field-city"),
    );
    name_input(&field, &crate::tr!("field-city"));
    if let Some(city) = city {
        changed = Some(Place {
            city: city.into(),
            ..place.clone()
        });
    }
    changed
}

fn place_ui(
    inspector: &Inspector,
    ui: &mut egui::Ui,
    id: egui::Id,
    event: &Event,
    requests: &mut Vec<Request>,
) {
    let err = |field: Field| inspector.event_error(&event.id, field).cloned();
    row(
        ui,
        &crate::tr!("column-place"),
        err(Field::Place).as_ref(),
        |ui| {
            if let Some(place) = place_fields(ui, id.with("place"), &event.place) {
                set_event(
                    requests,
                    Field::Place,
                    &crate::tr!("what-place"),
                    event,
                    |e| e.place = place,
                );
            }
            let exact = event.place.lat().zip(event.place.lon());
            let shown = place_coords(&event.place)
                .map(|(lat, lon)| format!("{lat:.4}, {lon:.4}"))
                .unwrap_or_default();
            ui.horizontal(|ui| {
                ui.weak(if exact.is_some() {
                    crate::tr!("field-coordinates")
                } else {
                    crate::tr!("field-coordinates-gazetteer")
                });
            });
            let current = exact
                .map(|(lat, lon)| format!("{lat}, {lon}"))
                .unwrap_or_default();
            let (field, typed) = committed_text_ui(ui, id.with("coords"), &current, false, &shown);
            name_input(&field, &crate::tr!("field-coordinates-name"));
            if let Some(typed) = typed {
                let parsed = parse_coords(&typed);
                match parsed {
                    Ok(coords) => {
                        set_event(
                            requests,
                            Field::Place,
                            &crate::tr!("what-coordinates"),
                            event,
                            |e| {
                                e.place.set_coords(coords.map(|c| c.0), coords.map(|c| c.1));
                            },
                        );
                    }
                    Err(message) => {
                        keep_refused(ui, id.with("coords"), typed);
                        unreadable(requests, event, Field::Place, message);
                    }
                }
            }
        },
    );
    if event.kind == EventKind::Travel {
        for (field, name, label, what, place) in [
            (
                Field::From,
                "from",
                crate::tr!("field-from"),
                crate::tr!("what-from"),
                &event.from,
            ),
            (
                Field::To,
                "to",
                crate::tr!("field-to"),
                crate::tr!("what-to"),
                &event.to,
            ),
        ] {
            row(ui, &label, err(field).as_ref(), |ui| {
                let current = place.as_deref().cloned().unwrap_or_default();
                if let Some(new) = place_fields(ui, id.with(name), &current) {
                    set_event(requests, field, &what, event, |e| {
                        let slot = if field == Field::From {
                            &mut e.from
                        } else {
                            &mut e.to
                        };
                        *slot = Some(Box::new(new));
                    });
                }
            });
        }
    }
}

/// "19.07, 72.88" → coordinates; empty → none (use the gazetteer).
fn parse_coords(text: &str) -> Result<Option<(f64, f64)>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let bad = || crate::tr!("field-coordinates-bad", text = text);
    let (lat, lon) = text.split_once(',').ok_or_else(bad)?;
    let lat: f64 = lat.trim().parse().map_err(|_| bad())?;
    let lon: f64 = lon.trim().parse().map_err(|_| bad())?;
    Ok(Some((lat, lon)))
}

fn people_ui(
    ui: &mut egui::Ui,
    id: egui::Id,
    doc: &Document,
    event: &Event,
    requests: &mut Vec<Request>,
) {
    let t = doc.timeline();
    row(ui, &crate::tr!("column-trip"), None, |ui| {
        let current = event
            .trip
            .as_deref()
            .and_then(|id| t.trip(id))
            .map_or(crate::i18n::label("field-none"), |t| t.shown_title());
        egui::ComboBox::from_id_salt(id.with("trip"))
            .selected_text(current)
            .show_ui(ui, |ui| {
                let mut choice = None;
                if ui
                    .selectable_label(event.trip.is_none(), crate::i18n::label("field-none"))
                    .clicked()
                {
                    choice = Some(None);
                }
                for trip in &t.trips {
                    if ui
                        .selectable_label(
                            event.trip.as_deref() == Some(trip.id.as_str()),
                            trip.shown_title(),
                        )
                        .clicked()
                    {
                        choice = Some(Some(trip.id.clone()));
                    }
                }
                if let Some(trip) = choice.filter(|c| *c != event.trip) {
                    set_event(
                        requests,
                        Field::Trip,
                        &crate::tr!("what-trip"),
                        event,
                        |e| e.trip = trip,
                    );
                }
            });
    });
    if !t.principals.is_empty() {
        row(ui, &crate::tr!("inspector-principals"), None, |ui| {
            for p in &t.principals {
                let mut on = event.principals.contains(&p.id);
                if ui
                    .checkbox(&mut on, format!("{} — {}", p.name, p.role))
                    .changed()
                {
                    set_event(
                        requests,
                        Field::Principals,
                        &crate::tr!("what-principals"),
                        event,
                        |e| {
                            if on {
                                e.principals.push(p.id.clone());
                            } else {
                                e.principals.retain(|x| x != &p.id);
                            }
                        },
                    );
                }
            }
        });
    }
}
