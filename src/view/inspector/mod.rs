//! The inspector: a side panel that edits the selected event, the fields a selection shares, or the document.
//! It reads the document and returns requests; every change goes through the edit commands.

mod document_form;
mod event_form;
mod event_texts;
pub mod fields;
mod multi_form;
mod translation_form;

use std::collections::HashMap;

use crate::document::{Document, Selection};
use crate::view::{Field, FieldKey, Request};

/// The inspector's own state: messages shown beside fields.
#[derive(Default)]
pub struct Inspector {
    /// Refusals and unreadable input, by the field they are about.
    errors: HashMap<FieldKey, String>,
    /// The trip opened for editing in a long trip list.
    open_trip: Option<String>,
    /// The selected events' indices in ascending order, for a document revision and selection generation.
    selected: (u64, u64, Vec<usize>),
    /// What several selected events share.
    summary: Option<multi_form::Summary>,
}

impl Inspector {
    /// Shows a message beside a field until it is edited successfully.
    pub fn set_error(&mut self, field: FieldKey, message: String) {
        self.errors.insert(field, message);
    }

    pub fn clear_error(&mut self, field: &FieldKey) {
        self.errors.remove(field);
    }

    /// The message shown beside a field, if any.
    pub fn error(&self, field: &FieldKey) -> Option<&String> {
        self.errors.get(field)
    }

    /// The message beside a field of one event.
    fn event_error(&self, id: &str, field: Field) -> Option<&String> {
        self.errors.get(&FieldKey::event(id, field))
    }

    /// Draws the inspector for the current selection.
    /// `focus` moves keyboard focus to the first field (Enter on the timeline asks for it).
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        doc: &Document,
        selection: &Selection,
        focus: bool,
    ) -> Vec<Request> {
        if focus && let Some(id) = selection.single() {
            // The title's text is selected, so typing replaces it ("New event" on an event just added).
            let field = egui::Id::unique(("inspector-event", id)).with("title");
            ui.memory_mut(|m| m.request_focus(field));
            if let Some(event) = doc.event(id) {
                let mut state = egui::TextEdit::load_state(ui.ctx(), field).unwrap_or_default();
                state
                    .cursor
                    .set_char_range(Some(egui::text::CCursorRange::select_all_str(
                        event.title.as_str(),
                    )));
                state.store(ui.ctx(), field);
            }
        }
        let mut requests = Vec::new();
        ui.horizontal(|ui| {
            if ui
                .button(format!("➕ {}", crate::tr!("menu-add-event")))
                .on_hover_text(crate::tr!("add-event-hover"))
                .clicked()
            {
                requests.push(Request::AddEvent);
            }
            let any = !selection.is_empty();
            if ui
                .add_enabled(any, egui::Button::new(crate::tr!("menu-duplicate")))
                .on_hover_text(crate::tr!("duplicate-hover"))
                .clicked()
            {
                requests.push(Request::DuplicateSelection);
            }
            if ui
                .add_enabled(any, egui::Button::new(crate::tr!("menu-delete")))
                .on_hover_text(crate::tr!("delete-hover"))
                .clicked()
            {
                requests.push(Request::DeleteSelection);
            }
        });
        ui.separator();
        let key = (doc.revision(), selection.generation());
        if (self.selected.0, self.selected.1) != key {
            let mut indices: Vec<usize> =
                selection.ids().filter_map(|id| doc.index_of(id)).collect();
            indices.sort_unstable();
            self.selected = (key.0, key.1, indices);
        }
        let selected = std::mem::take(&mut self.selected.2);
        egui::ScrollArea::vertical()
            .auto_shrink(false)
            .show(ui, |ui| match selected.as_slice() {
                [] => document_form::ui(self, ui, doc, &mut requests),
                [one] => event_form::ui(self, ui, doc, *one, &mut requests),
                many => {
                    multi_form::ui(self, ui, doc, (many, selection.generation()), &mut requests)
                }
            });
        self.selected.2 = selected;
        requests
    }
}
