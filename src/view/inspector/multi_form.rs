//! The form for several selected events: the fields they share, edited for all of them in one step.

use super::Inspector;
use super::fields::row;
use crate::document::Document;
use crate::edit::{Command, Shift, Unit};
use crate::model::{Classification, Event, EventKind, Status, Text};
use crate::view::{Field, FieldKey, Request};
use crate::widgets::chips::ChipEdit;
use crate::widgets::chips_ui;

/// What a field reads when the selected events differ in it.
fn mixed() -> &'static str {
    crate::i18n::label("multi-mixed")
}

/// The value every event shares, or `None` when they differ.
fn shared<T: PartialEq + Clone>(events: &[&Event], get: impl Fn(&Event) -> T) -> Option<T> {
    let first = get(events.first()?);
    events.iter().all(|e| get(e) == first).then_some(first)
}

/// What the selected events share, worked out once per document revision, plan and selection rather than
/// each frame.
pub struct Summary {
    key: (u64, u64, u64),
    kind: Option<EventKind>,
    status: Option<Status>,
    trip: Option<Option<Text>>,
    locked: Option<bool>,
    restricted: Option<bool>,
    /// Tags every selected event has.
    tags: Vec<Text>,
    /// The first few plan warnings among the selection, as indices into the document's warnings.
    warnings: Vec<usize>,
}

impl Summary {
    fn of(key: (u64, u64, u64), doc: &Document, indices: &[usize]) -> Summary {
        let events: Vec<&Event> = indices
            .iter()
            .map(|&i| &*doc.timeline().events[i])
            .collect();
        let selected = |i: u32| indices.binary_search(&(i as usize)).is_ok();
        Summary {
            key,
            kind: shared(&events, |e| e.kind),
            status: shared(&events, |e| e.status),
            trip: shared(&events, |e| e.trip.clone()),
            locked: shared(&events, |e| e.locked),
            restricted: shared(&events, |e| e.classification == Classification::Restricted),
            tags: events.first().map_or_else(Vec::new, |first| {
                first
                    .tags
                    .iter()
                    .filter(|t| events.iter().all(|e| e.tags.contains(t)))
                    .cloned()
                    .collect()
            }),
            warnings: doc
                .plan()
                .iter()
                .enumerate()
                .filter(|(_, w)| selected(w.first) || selected(w.second))
                .map(|(n, _)| n)
                .take(5)
                .collect(),
        }
    }
}

/// Asks for every selected event with `change` made to it, as one step.
fn set_all(
    requests: &mut Vec<Request>,
    (doc, indices): (&Document, &[usize]),
    field: Field,
    what: &str,
    change: impl Fn(&mut Event),
) {
    let edited = indices
        .iter()
        .map(|&i| {
            let mut e = (*doc.timeline().events[i]).clone();
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
    (indices, generation): (&[usize], u64),
    requests: &mut Vec<Request>,
) {
    let key = (doc.revision(), doc.plan_version(), generation);
    let summary = match inspector.summary.take() {
        Some(s) if s.key == key => s,
        _ => Summary::of(key, doc, indices),
    };
    let events = (doc, indices);
    ui.heading(crate::tr!("multi-selected", count = indices.len()));
    ui.weak(crate::tr!("multi-hint"));
    // Plan warnings among the selection (a clash picked from the warnings list selects both its events).
    for &n in &summary.warnings {
        if let Some(warning) = doc.plan().get(n) {
            super::fields::note(ui, &warning.message(doc.timeline()));
        }
    }

    row(
        ui,
        &crate::tr!("field-move"),
        inspector.error(&FieldKey::selection(Field::Move)),
        |ui| {
            ui.horizontal(|ui| {
                for (label, unit, steps) in [
                    (crate::tr!("multi-month-back"), Unit::Months, -1),
                    (crate::tr!("multi-day-back"), Unit::Days, -1),
                    (crate::tr!("multi-day-on"), Unit::Days, 1),
                    (crate::tr!("multi-month-on"), Unit::Months, 1),
                ] {
                    if ui.button(label).clicked() {
                        requests.push(Request::field_edit(
                            FieldKey::selection(Field::Move),
                            Command::MoveEvents {
                                ids: indices
                                    .iter()
                                    .map(|&i| doc.timeline().events[i].id.to_string())
                                    .collect(),
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
        &crate::tr!("column-kind"),
        inspector.error(&FieldKey::selection(Field::Kind)),
        |ui| {
            let current = summary.kind;
            egui::ComboBox::from_id_salt("multi-kind")
                .selected_text(current.map_or(mixed(), EventKind::label))
                .show_ui(ui, |ui| {
                    for kind in EventKind::ALL {
                        if ui
                            .selectable_label(current == Some(kind), kind.label())
                            .clicked()
                        {
                            set_all(
                                requests,
                                events,
                                Field::Kind,
                                &crate::tr!("what-kind"),
                                |e| e.kind = kind,
                            );
                        }
                    }
                });
        },
    );
    row(
        ui,
        &crate::tr!("column-status"),
        inspector.error(&FieldKey::selection(Field::Status)),
        |ui| {
            let current = summary.status;
            egui::ComboBox::from_id_salt("multi-status")
                .selected_text(current.map_or(mixed(), Status::label))
                .show_ui(ui, |ui| {
                    for status in Status::ALL {
                        if ui
                            .selectable_label(current == Some(status), status.label())
                            .clicked()
                        {
                            set_all(
                                requests,
                                events,
                                Field::Status,
                                &crate::tr!("what-status"),
                                |e| e.status = status,
                            );
                        }
                    }
                });
        },
    );
    row(
        ui,
        &crate::tr!("column-trip"),
        inspector.error(&FieldKey::selection(Field::Trip)),
        |ui| {
            let current = summary.trip.clone();
            let label = match &current {
                None => mixed().to_owned(),
                Some(None) => crate::tr!("field-none"),
                Some(Some(id)) => doc
                    .timeline()
                    .trip(id)
                    .map_or(id.to_string(), |t| t.shown_title().to_string()),
            };
            egui::ComboBox::from_id_salt("multi-trip")
                .selected_text(label)
                .show_ui(ui, |ui| {
                    if ui
                        .selectable_label(current == Some(None), crate::i18n::label("field-none"))
                        .clicked()
                    {
                        set_all(
                            requests,
                            events,
                            Field::Trip,
                            &crate::tr!("what-trip"),
                            |e| e.trip = None,
                        );
                    }
                    for trip in &doc.timeline().trips {
                        if ui
                            .selectable_label(
                                current == Some(Some(trip.id.clone())),
                                trip.shown_title(),
                            )
                            .clicked()
                        {
                            set_all(
                                requests,
                                events,
                                Field::Trip,
                                &crate::tr!("what-trip"),
                                |e| e.trip = Some(trip.id.clone()),
                            );
                        }
                    }
                });
        },
    );
    row(
        ui,
        &crate::tr!("multi-common-tags"),
        inspector.error(&FieldKey::selection(Field::Tags)),
        |ui| {
            let common = &summary.tags;
            match chips_ui(
                ui,
                egui::Id::unique("multi-tags"),
                common,
                &crate::tr!("multi-add-tag"),
            ) {
                Some(ChipEdit::Add(tag)) => set_all(
                    requests,
                    events,
                    Field::Tags,
                    &crate::tr!("what-tags"),
                    |e| {
                        if !e.tags.iter().any(|t| *t == tag) {
                            e.tags.push(tag.as_str().into());
                        }
                    },
                ),
                Some(ChipEdit::Remove(i)) => {
                    let tag = common[i].clone();
                    set_all(
                        requests,
                        events,
                        Field::Tags,
                        &crate::tr!("what-tags"),
                        |e| e.tags.retain(|t| t != &tag),
                    );
                }
                None => {}
            }
        },
    );
    ui.horizontal(|ui| {
        let locked = summary.locked;
        let mut on = locked.unwrap_or(false);
        let text = if locked.is_none() {
            crate::tr!("multi-locked-mixed")
        } else {
            crate::tr!("field-locked")
        };
        if ui.checkbox(&mut on, text).changed() {
            set_all(
                requests,
                events,
                Field::Locked,
                &crate::tr!("what-lock"),
                |e| e.locked = on,
            );
        }
        let restricted = summary.restricted;
        let mut on = restricted.unwrap_or(false);
        let text = if restricted.is_none() {
            crate::tr!("multi-restricted-mixed")
        } else {
            crate::tr!("field-restricted")
        };
        if ui.checkbox(&mut on, text).changed() {
            set_all(
                requests,
                events,
                Field::Classification,
                &crate::tr!("what-classification"),
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
    inspector.summary = Some(summary);
}
