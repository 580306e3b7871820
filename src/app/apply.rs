//! The one place requests are carried out, after the frame is drawn: whatever a view, a menu, a shortcut or a
//! prompt asked for. Edits go through the document's one history; a refusal is shown where the edit was asked.

use std::path::PathBuf;

use super::files::Purpose;
use super::{ItineraApp, PathFor, Prompt};
use crate::document::Document;
use crate::edit::{Command, Dependents};
use crate::model::Event;
use crate::view::{Field, FieldKey, Origin, Request};

impl ItineraApp {
    pub(super) fn perform(&mut self, request: Request, ctx: &egui::Context) {
        // Opening a spreadsheet or a calendar imports it into the document open now.
        let request = match request {
            Request::OpenPath(path) if crate::io::incoming::is_importable(&path) => {
                Request::ImportFrom(path)
            }
            other => other,
        };
        if request.replaces_document() && self.doc().is_dirty() {
            self.chrome.prompt = Some(Prompt::Unsaved(Box::new(request)));
            return;
        }
        match request {
            Request::Discarding(request) => {
                // The user chose to drop the unsaved work: its recovery snapshot goes too.
                self.drop_recovery();
                if *request == Request::Quit {
                    let id = self.doc().id();
                    self.files.quit_discarded.push(id);
                }
                self.perform_unguarded(*request, ctx);
            }
            other => self.perform_unguarded(other, ctx),
        }
    }

    fn perform_unguarded(&mut self, request: Request, ctx: &egui::Context) {
        match request {
            Request::New => self.replace_document(Document::untitled(), crate::tr!("notice-new")),
            Request::Open => match self.files.dialogs.pick_open() {
                Some(path) => self.files.open(path, Purpose::Open),
                None => self.chrome.say(crate::tr!("notice-no-file-chosen")),
            },
            Request::OpenTypedPath => {
                self.chrome.prompt = Some(Prompt::Path(PathFor::Open, String::new()))
            }
            Request::OpenPath(path) => self.files.open(path, Purpose::Open),
            Request::Save => match self.doc().path().map(std::path::Path::to_path_buf) {
                Some(path) => self.save_to(path),
                None => self.perform_unguarded(Request::SaveAs, ctx),
            },
            Request::SaveAs => {
                let suggested = self.suggested_save_path();
                match self.files.dialogs.pick_save(&suggested) {
                    Some(path) => {
                        self.files.comments_confirmed = None;
                        self.save_to(path);
                    }
                    None => {
                        // Nothing chosen: whatever waited for this save waits no more.
                        self.files.after_save = None;
                        self.chrome.say(crate::tr!("notice-not-saved-no-dialog"));
                    }
                }
            }
            Request::SaveAsTypedPath => {
                self.chrome.prompt = Some(Prompt::Path(
                    PathFor::Save,
                    self.suggested_save_path().display().to_string(),
                ));
            }
            Request::SaveTo(path) => self.save_to(path),
            Request::Overwrite(path) => self.queue_save(path, true),
            Request::ConfirmDropComments(path) => {
                self.files.comments_confirmed = Some(path.clone());
                self.save_to(path);
            }
            Request::RestoreBackup(path) => self.restore_backup(path),
            Request::RestoreSnapshot(path) => self.restore_snapshot(path),
            Request::DiscardSnapshot(path) => crate::io::recovery::remove(&path),
            Request::ExportIcs => self.export_ics(),
            Request::ExportIcsTypedPath => self.ask_path(PathFor::ExportIcs, ".ics"),
            Request::ExportIcsTo(path) => self.export_ics_to(path),
            Request::ExportDeck => self.export_deck(),
            Request::ExportSheet => self.export_sheet(),
            Request::ExportSheetTypedPath => self.ask_path(PathFor::ExportSheet, ".xlsx"),
            Request::ExportSheetTo(path) => self.export_sheet_to(path),
            Request::ExportBook => self.export_book(),
            Request::ExportBookTypedPath => self.ask_path(PathFor::ExportBook, ".pdf"),
            Request::ExportBookTo(path) => self.export_book_to(path),
            Request::ExportImage => self.export_image(),
            Request::ExportImageTypedPath => self.ask_path(PathFor::ExportImage, ".png"),
            Request::ExportImageTo(path) => self.export_image_to(path),
            Request::ExportImageOnScreen => self.export_image_on_screen(),
            Request::ExportImageOnScreenTo(path) => self.write_image(path, true),
            Request::Import => self.import(),
            Request::ImportTypedPath => {
                self.chrome.prompt = Some(Prompt::Path(PathFor::Import, String::new()));
            }
            Request::ImportFrom(path) => self.read_import(path, None),
            Request::ImportStep(step) => self.import_step(step),
            Request::AddLayer => match self.files.dialogs.pick_open() {
                Some(path) => self.files.open(path, Purpose::AddLayer),
                None => self.chrome.say(crate::tr!("notice-no-file-chosen")),
            },
            Request::AddLayerTypedPath => {
                self.chrome.prompt = Some(Prompt::Path(PathFor::AddLayer, String::new()));
            }
            Request::AddLayerFrom(path) => self.files.open(path, Purpose::AddLayer),
            Request::SetActiveLayer(index) => self.set_active_layer(index),
            Request::SetLayerVisible(index, visible) => self.docs.set_visible(index, visible),
            Request::CloseLayer(index) => self.close_layer(index),
            Request::SetTheme(theme) => {
                self.ui_state.theme = theme;
                theme.apply(ctx);
            }
            Request::ShowCompare => self.show_compare(),
            Request::CompareWith(version) => self.compare_with(version),
            Request::CompareWithPicked => self.compare_with_picked(),
            Request::StopComparing => self.stop_comparing(),
            Request::Quit => {
                if self.ask_about_layers() {
                    // Another layer's unsaved changes are asked about first.
                } else if self.files.worker_saving() {
                    // Closing waits for the saves in flight.
                    self.files.quit_after_save = true;
                } else {
                    self.chrome.allow_close = true;
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
            Request::Discarding(request) => self.perform_unguarded(*request, ctx),
            Request::SetView(view) => self.ui_state.show_view(view),
            Request::SetSplit(split) => self.ui_state.split = split,
            Request::ShowShortcuts => self.chrome.show_shortcuts = true,
            Request::ShowAbout => self.chrome.show_about = true,
            Request::ShowPlanWarnings => self.chrome.show_plan = true,
            Request::Present => self.start_briefing(ctx),
            Request::FocusInspector => self.chrome.focus_inspector = true,
            Request::Notice(text) => self.chrome.say(text),
            Request::Refuse(text) => self.chrome.refuse(text),
            Request::Undo => {
                self.files.quit_discarded.clear();
                let label = self.docs.active_mut().undo();
                self.chrome.say(match label {
                    Some(label) => crate::tr!("notice-undid", step = label),
                    None => crate::tr!("notice-nothing-to-undo"),
                });
                self.forget_missing_selection();
            }
            Request::Redo => {
                self.files.quit_discarded.clear();
                let label = self.docs.active_mut().redo();
                self.chrome.say(match label {
                    Some(label) => crate::tr!("notice-redid", step = label),
                    None => crate::tr!("notice-nothing-to-redo"),
                });
                self.forget_missing_selection();
            }
            Request::AddEvent => self.add_event(),
            Request::DuplicateSelection | Request::DeleteSelection
                if self.selection().is_empty() =>
            {
                self.chrome.refuse(crate::tr!("notice-select-first"));
            }
            Request::DuplicateSelection => {
                let ids = self.selection().to_vec();
                self.edit(Origin::Command, Command::DuplicateEvents { ids });
            }
            Request::DeleteSelection => {
                let ids = self.selection().to_vec();
                self.edit(Origin::Command, Command::DeleteEvents { ids });
            }
            Request::Edit { origin, command } => self.edit(origin, command),
            Request::DeleteTrip(id) => self.delete_trip(id),
            Request::DeletePrincipal(id) => self.delete_principal(id),
            Request::Unreadable { field, message } => {
                self.views.inspector.set_error(field, message);
            }
            Request::ClearUnreadable(field) => self.views.inspector.clear_error(&field),
            Request::Select {
                ids,
                additive: true,
            } => {
                let selection = self.docs.selection_mut();
                for id in ids {
                    selection.toggle(&id);
                }
            }
            Request::Select {
                ids,
                additive: false,
            } => self.docs.selection_mut().set(ids),
            Request::ClearSelection => self.docs.selection_mut().clear(),
            Request::GoTo(id) => {
                self.docs.selection_mut().set(vec![id]);
                self.views.timeline.request_fit_selection();
            }
            Request::SetFilter(filter) => self.ui_state.filter = filter,
            Request::SavePreset(name) => {
                let filter = self.ui_state.filter.clone();
                self.ui_state.presets.insert(name, filter);
            }
            Request::ForgetPreset(name) => {
                self.ui_state.presets.remove(&name);
            }
            Request::ShowRestricted(on) => self.ui_state.show_restricted = on,
            Request::SetLanguage(lang) => {
                self.ui_state.lang = Some(lang);
                crate::i18n::set(lang);
                self.egui_ctx.request_repaint();
            }
        }
    }

    /// Carries out an edit command as one undo step. A refusal is shown beside the field that asked, or in the
    /// status bar; success clears the field's message. Events an edit adds become the selection.
    pub(super) fn edit(&mut self, origin: Origin, command: Command) {
        // Work done after a close was called off is asked about again at the next close.
        self.files.quit_discarded.clear();
        // Another layer's events are read-only until it is made the active layer.
        if let Some((layer, own)) = command
            .event_ids()
            .into_iter()
            .find_map(crate::document::layers::split_id)
        {
            let name = self
                .docs
                .iter()
                .nth(layer)
                .map_or_else(String::new, |o| o.doc.name().to_owned());
            let title = self
                .docs
                .iter()
                .nth(layer)
                .and_then(|o| o.doc.event(own))
                .map_or_else(|| own.to_owned(), |e| e.shown_title().to_owned());
            self.chrome.refuse(crate::tr!(
                "notice-layer-read-only",
                title = title,
                layer = name
            ));
            return;
        }
        let adds = matches!(
            command,
            Command::AddEvent { .. } | Command::DuplicateEvents { .. }
        );
        let new_event = matches!(command, Command::AddEvent { .. });
        let before = self.doc().timeline().events.len();
        match self.docs.active_mut().apply(command) {
            Ok(label) => {
                if let Origin::Field(field) = &origin {
                    self.views.inspector.clear_error(field);
                }
                if let Some(label) = label {
                    self.chrome.say(crate::tr!("notice-done", step = label));
                }
                let open = self.docs.active_open();
                if adds {
                    let added: Vec<String> = open.doc.timeline().events[before..]
                        .iter()
                        .map(|e| e.id.to_string())
                        .collect();
                    // One new event is named next: the keyboard goes to its title.
                    self.chrome.focus_inspector |= new_event && added.len() == 1;
                    if !added.is_empty() {
                        open.selection.set(added);
                    }
                }
                self.forget_missing_selection();
            }
            Err(refusal) => {
                self.chrome
                    .refuse(crate::tr!("notice-not-done", why = refusal.to_string()));
                if let Origin::Field(field) = origin {
                    self.views.inspector.set_error(field, refusal.0);
                }
            }
        }
    }

    /// Drops from the selection the events the document no longer has.
    fn forget_missing_selection(&mut self) {
        let open = self.docs.active_open();
        open.selection.retain_existing(&open.doc);
    }

    /// Adds an event next to the selected one, or at home today, and selects it.
    fn add_event(&mut self) {
        let doc = self.doc();
        let t = doc.timeline();
        let near = self.selection().single().and_then(|id| doc.event(id));
        let mut event = match near {
            Some(e) => {
                let mut new =
                    Event::new("", crate::tr!("new-event-title"), e.start, e.place.clone());
                new.trip = e.trip.clone();
                new.principals = e.principals.clone();
                new
            }
            None => t.new_event_on(self.today),
        };
        event.status = crate::model::Status::Planned;
        self.edit(
            Origin::Command,
            Command::AddEvent {
                event: Box::new(event),
            },
        );
    }

    /// Deletes a trip at once when no event is on it; otherwise asks what to do with its legs.
    fn delete_trip(&mut self, id: String) {
        let users = self
            .doc()
            .timeline()
            .events
            .iter()
            .filter(|e| e.trip.as_deref() == Some(&id))
            .count();
        if users == 0 {
            self.edit(
                Origin::Field(FieldKey::document(Field::Trips)),
                Command::DeleteTrip {
                    id,
                    legs: Dependents::Detach,
                },
            );
        } else {
            self.chrome.prompt = Some(Prompt::DeleteTrip { id, users });
        }
    }

    /// Deletes a principal at once when no event names them; otherwise asks what to do with those events.
    fn delete_principal(&mut self, id: String) {
        let users = self
            .doc()
            .timeline()
            .events
            .iter()
            .filter(|e| e.principals.iter().any(|p| *p == id))
            .count();
        if users == 0 {
            self.edit(
                Origin::Field(FieldKey::document(Field::Principals)),
                Command::DeletePrincipal {
                    id,
                    events: Dependents::Detach,
                },
            );
        } else {
            self.chrome.prompt = Some(Prompt::DeletePrincipal { id, users });
        }
    }

    fn suggested_save_path(&self) -> PathBuf {
        self.doc().path().map_or_else(
            || PathBuf::from(self.doc().name()),
            std::path::Path::to_path_buf,
        )
    }
}
