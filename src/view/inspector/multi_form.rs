//! The form for several selected events: the fields they share, edited for all of them in one step.

use super::Inspector;
use super::fields::row;
use crate::document::Document;
use crate::edit::{Command, Shift, Unit};
use crate::model::{Classification, Event, EventKind, Status, Text};
use crate::view::{Field, FieldKey, Request};
use crate::widgets::chips::ChipEdit;
use crate::widgets::chips_ui;

const MIXED: &str = "(mixed)";

/// The value every event shares, or `None` when they differ.
fn shared<T: PartialEq + Clone>(events: &[&Event], get: impl Fn(&Event) -> T) -> Option<T> {
    let first = get(events.first()?);
    events.iter().all(|e| get(e) == first).then_some(first)
}

fn set_all(
    requests: &mut Vec<Request>,
    events: &[&Event],
    field: Field,
    what: &str,
    change: impl Fn(&mut Event),
) {
    let edited = events
        .iter()
        .map(|e| {
            let mut e = (*e).clone();
            change(&mut e);
            e
        })
        .collect();
    requests.push(Request::field_edit(
        FieldKey::selection(field),
        Command::SetEvents {
            what: what.to_owned(),
            events: edited,
        },
    ));
}

/// The form for the events at `indices` (ascending).
pub fn ui(
    inspector: &mut Inspector,
    ui: &mut egui::Ui,
    doc: &Document,
    indices: &[usize],
    requests: &mut Vec<Request>,
) {
    let events: Vec<&Event> = indices
        .iter()
        .map(|&i| &*doc.timeline().events[i])
        .collect();
    ui.heading(format!("{} events selected", events.len()));
    ui.weak("Changes here apply to every selected event, as one step.");
    // Plan warnings among the selection (a clash picked from the warnings list selects both its events).
    let selected = |i: u32| indices.binary_search(&(i as usize)).is_ok();
    for warning in doc
        .plan()
        .iter()
        .filter(|w| selected(w.first) || selected(w.second))
        .take(5)
    {
        super::fields::note(ui, &warning.message(doc.timeline()));
    }

    row(
        ui,
        "Move",
        inspector.error(&FieldKey::selection(Field::Move)),
        |ui| {
            ui.horizontal(|ui| {
                for (label, unit, steps) in [
                    ("◀ Month", Unit::Months, -1),
                    ("◀ Day", Unit::Days, -1),
                    ("Day ▶", Unit::Days, 1),
                    ("Month ▶", Unit::Months, 1),
                ] {
                    if ui.button(label).clicked() {
                        requests.push(Request::field_edit(
                            FieldKey::selection(Field::Move),
                            Command::MoveEvents {
                                ids: events.iter().map(|e| e.id.to_string()).collect(),
                                by: Shift {
                                    amount: steps,
                                    unit,
                                },
                                lane: None,
                            },
                        ));
                    }
                }
            });
        },
    );

    row(
        ui,
        "Kind",
        inspector.error(&FieldKey::selection(Field::Kind)),
        |ui| {
            let current = shared(&events, |e| e.kind);
            egui::ComboBox::from_id_salt("multi-kind")
                .selected_text(current.map_or(MIXED, EventKind::label))
                .show_ui(ui, |ui| {
                    for kind in EventKind::ALL {
                        if ui
                            .selectable_label(current == Some(kind), kind.label())
                            .clicked()
                        {
                            set_all(requests, &events, Field::Kind, "kind", |e| e.kind = kind);
                        }
                    }
                });
        },
    );
    row(
        ui,
        "Status",
        inspector.error(&FieldKey::selection(Field::Status)),
        |ui| {
            let current = shared(&events, |e| e.status);
            egui::ComboBox::from_id_salt("multi-status")
                .selected_text(current.map_or(MIXED, Status::label))
                .show_ui(ui, |ui| {
                    for status in Status::ALL {
                        if ui
                            .selectable_label(current == Some(status), status.label())
                            .clicked()
                        {
                            set_all(requests, &events, Field::Status, "status", |e| {
                                e.status = status
                            });
                        }
                    }
                });
        },
    );
    row(
        ui,
        "Trip",
        inspector.error(&FieldKey::selection(Field::Trip)),
        |ui| {
            let current = shared(&events, |e| e.trip.clone());
            let label = match &current {
                None => MIXED.to_owned(),
                Some(None) => "None".to_owned(),
                Some(Some(id)) => doc
                    .timeline()
                    .trip(id)
                    .map_or(id.to_string(), |t| t.title.to_string()),
            };
            egui::ComboBox::from_id_salt("multi-trip")
                .selected_text(label)
                .show_ui(ui, |ui| {
                    if ui.selectable_label(current == Some(None), "None").clicked() {
                        set_all(requests, &events, Field::Trip, "trip", |e| e.trip = None);
                    }
                    for trip in &doc.timeline().trips {
                        if ui
                            .selectable_label(
                                current == Some(Some(trip.id.clone())),
                                trip.title.as_str(),
                            )
                            .clicked()
                        {
                            set_all(requests, &events, Field::Trip, "trip", |e| {
                                e.trip = Some(trip.id.clone())
                            });
                        }
                    }
                });
        },
    );
    row(
        ui,
        "Tags they all have",
        inspector.error(&FieldKey::selection(Field::Tags)),
        |ui| {
            let common: Vec<Text> = events[0]
                .tags
                .iter()
                .filter(|t| events.iter().all(|e| e.tags.contains(t)))
                .cloned()
                .collect();
            match chips_ui(
                ui,
                egui::Id::unique("multi-tags"),
                &common,
                "Add a tag to all and press Enter",
            ) {
                Some(ChipEdit::Add(tag)) => set_all(requests, &events, Field::Tags, "tags", |e| {
                    if !e.tags.iter().any(|t| *t == tag) {
                        e.tags.push(tag.as_str().into());
                    }
                }),
                Some(ChipEdit::Remove(i)) => {
                    let tag = common[i].clone();
                    set_all(requests, &events, Field::Tags, "tags", |e| {
                        e.tags.retain(|t| t != &tag)
                    });
                }
                None => {}
            }
        },
    );
    ui.horizontal(|ui| {
        let locked = shared(&events, |e| e.locked);
        let mut on = locked.unwrap_or(false);
        let text = if locked.is_none() {
            "🔒 Locked (mixed)"
        } else {
            "🔒 Locked"
        };
        if ui.checkbox(&mut on, text).changed() {
            set_all(requests, &events, Field::Locked, "lock", |e| e.locked = on);
        }
        let restricted = shared(&events, |e| e.classification == Classification::Restricted);
        let mut on = restricted.unwrap_or(false);
        let text = if restricted.is_none() {
            "Restricted (mixed)"
        } else {
            "Restricted"
        };
        if ui.checkbox(&mut on, text).changed() {
            set_all(
                requests,
                &events,
                Field::Classification,
                "classification",
                |e| {
                    e.classification = if on {
                        Classification::Restricted
                    } else {
                        Classification::Public
                    };
                },
            );
        }
    });
}
