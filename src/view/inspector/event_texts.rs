//! The event form's texts: tags, objectives, notes and restricted notes, and sources.

use super::Inspector;
use super::fields::{row, set_event};
use crate::model::{Event, Source};
use crate::view::Field;
use crate::view::Request;
use crate::widgets::chips::ChipEdit;
use crate::widgets::{chips_ui, committed_text_ui};

pub(super) fn texts_ui(
    inspector: &Inspector,
    ui: &mut egui::Ui,
    id: egui::Id,
    event: &Event,
    requests: &mut Vec<Request>,
) {
    let err = |field: Field| inspector.event_error(&event.id, field).cloned();
    // Each row: its field, the salt of its widget, its label, its hint and the name of its edit for the undo menu.
    for (field, name, label, hint, what) in [
        (
            Field::Tags,
            "tags",
            crate::tr!("field-tags"),
            crate::tr!("field-tags-hint"),
            crate::tr!("what-tags"),
        ),
        (
            Field::Objectives,
            "objectives",
            crate::tr!("briefing-objectives"),
            crate::tr!("field-objectives-hint"),
            crate::tr!("what-objectives"),
        ),
    ] {
        row(ui, &label, err(field).as_ref(), |ui| {
            let list = if field == Field::Tags {
                &event.tags
            } else {
                &event.objectives
            };
            if let Some(edit) = chips_ui(ui, id.with(name), list, &hint) {
                set_event(requests, field, &what, event, |e| {
                    let list = if field == Field::Tags {
                        &mut e.tags
                    } else {
                        &mut e.objectives
                    };
                    match edit {
                        ChipEdit::Add(text) => list.push(text.into()),
                        ChipEdit::Remove(i) => {
                            list.remove(i);
                        }
                    }
                });
            }
        });
    }
    for (field, name, label, what) in [
        (
            Field::Notes,
            "notes",
            crate::tr!("field-notes"),
            crate::tr!("what-notes"),
        ),
        (
            Field::RestrictedNotes,
            "restricted notes",
            crate::tr!("field-restricted-notes"),
            crate::tr!("what-restricted-notes"),
        ),
    ] {
        row(ui, &label, err(field).as_ref(), |ui| {
            let current = if field == Field::Notes {
                &event.notes
            } else {
                &event.restricted_notes
            };
            let (_, text) = committed_text_ui(ui, id.with(name), current, true, "");
            if let Some(text) = text {
                set_event(requests, field, &what, event, |e| {
                    if field == Field::Notes {
                        e.notes = text.into();
                    } else {
                        e.restricted_notes = text.into();
                    }
                });
            }
        });
    }
}

pub(super) fn sources_ui(
    ui: &mut egui::Ui,
    id: egui::Id,
    event: &Event,
    requests: &mut Vec<Request>,
) {
    row(ui, &crate::tr!("field-sources"), None, |ui| {
        for (i, source) in event.sources.iter().enumerate() {
            ui.horizontal(|ui| {
                if ui
                    .small_button("✖")
                    .on_hover_text(crate::tr!("field-remove-source"))
                    .clicked()
                {
                    set_event(
                        requests,
                        Field::Sources,
                        &crate::tr!("what-sources"),
                        event,
                        |e| {
                            e.sources.remove(i);
                        },
                    );
                }
                ui.label(source.title.as_str());
            });
            let url = source.url.clone().unwrap_or_default();
            let (_, typed) = committed_text_ui(
                ui,
                id.with(("source-url", i)),
                &url,
                false,
                &crate::tr!("field-source-link"),
            );
            if let Some(typed) = typed {
                set_event(
                    requests,
                    Field::Sources,
                    &crate::tr!("what-sources"),
                    event,
                    |e| e.sources[i].url = (!typed.trim().is_empty()).then(|| typed.trim().into()),
                );
            }
        }
        let (_, added) = committed_text_ui(
            ui,
            id.with("source-new"),
            "",
            false,
            &crate::tr!("field-source-add"),
        );
        if let Some(title) = added.filter(|t| !t.trim().is_empty()) {
            set_event(
                requests,
                Field::Sources,
                &crate::tr!("what-sources"),
                event,
                |e| {
                    e.sources.push(Source {
                        title: title.trim().into(),
                        url: None,
                    });
                },
            );
        }
    });
}
