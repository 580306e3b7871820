//! The French text of an event beside its original: the title, the notes and each objective, the original on the
//! left and its French on the right, so a planner translates line by line. Empty French falls back to the original.

use super::fields::{row, set_event};
use crate::i18n::Lang;
use crate::model::translations::{self, Translation};
use crate::model::{Event, Text};
use crate::view::{Field, Request};
use crate::widgets::committed_text_ui;

/// The language the file's translations are edited in: the original is English.
const LANG: Lang = Lang::Fr;

pub fn ui(ui: &mut egui::Ui, id: egui::Id, event: &Event, requests: &mut Vec<Request>) {
    let id = id.with("translation");
    let french = event.translation(LANG).cloned().unwrap_or_default();
    egui::CollapsingHeader::new(crate::tr!("translation-heading"))
        .id_salt(id)
        .default_open(true)
        .show(ui, |ui| {
            ui.weak(crate::tr!("translation-hint"));
            side_by_side(
                ui,
                id.with("title"),
                crate::tr!("translation-title"),
                &event.title,
                &french.title,
                false,
                |text| {
                    change(requests, event, &crate::tr!("what-french-title"), |t| {
                        t.title = text.into()
                    });
                },
            );
            side_by_side(
                ui,
                id.with("notes"),
                crate::tr!("translation-notes"),
                &event.notes,
                &french.notes,
                true,
                |text| {
                    change(requests, event, &crate::tr!("what-french-notes"), |t| {
                        t.notes = text.into()
                    });
                },
            );
            for (i, original) in event.objectives.iter().enumerate() {
                let current = french.objectives.get(i).map_or("", Text::as_str);
                side_by_side(
                    ui,
                    id.with(("objective", i)),
                    crate::tr!("translation-objective", n = i + 1),
                    original,
                    current,
                    true,
                    |text| {
                        let count = event.objectives.len();
                        change(requests, event, &crate::tr!("what-french-objective"), |t| {
                            t.objectives
                                .resize(count.max(t.objectives.len()), Text::new());
                            // The field wraps to show a long objective whole; an objective stays one line.
                            t.objectives[i] =
                                text.split_whitespace().collect::<Vec<_>>().join(" ").into();
                            // Untranslated objectives at the end are left out; inside, they stay empty.
                            while t.objectives.last().is_some_and(|o| o.is_empty()) {
                                t.objectives.pop();
                            }
                        });
                    },
                );
            }
        });
}

/// One field: its original, read-only, beside its French, editable.
fn side_by_side(
    ui: &mut egui::Ui,
    id: egui::Id,
    label: String,
    original: &str,
    french: &str,
    multiline: bool,
    commit: impl FnOnce(String),
) {
    if original.is_empty() && french.is_empty() {
        return;
    }
    row(ui, &label, None, |ui| {
        ui.columns(2, |cols| {
            // Ragged right, as the field beside it: a justified column reads badly next to it.
            cols[0].with_layout(egui::Layout::top_down(egui::Align::LEFT), |ui| {
                ui.add(egui::Label::new(egui::RichText::new(original).weak()).wrap());
            });
            let (_, text) = committed_text_ui(
                &mut cols[1],
                id,
                french,
                multiline,
                &crate::tr!("translation-missing"),
            );
            if let Some(text) = text {
                commit(text.trim().to_owned());
            }
        });
    });
}

fn change(
    requests: &mut Vec<Request>,
    event: &Event,
    what: &str,
    change: impl FnOnce(&mut Translation),
) {
    set_event(requests, Field::Translation, what, event, |e| {
        translations::edit(&mut e.translations, LANG, change);
    });
}
