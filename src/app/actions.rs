//! What the user asked for, carried out after the frame is drawn, in one place.

use std::path::PathBuf;

use super::document::Document;
use super::{ItineraApp, Prompt, View};
use crate::edit::{Command, Dependents};
use crate::model::Event;
use crate::view::inspector::Request;

/// Something the user asked for.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    New,
    Open,
    OpenTypedPath,
    OpenPath(PathBuf),
    Save,
    SaveAs,
    SaveAsTypedPath,
    SaveTo(PathBuf),
    /// Close the window (after asking about unsaved changes).
    Quit,
    SetView(View),
    ShowShortcuts,
    ShowAbout,
    Undo,
    Redo,
    AddEvent,
    DuplicateSelection,
    DeleteSelection,
    /// Carry out an edit command; a refusal is shown beside `field` in the inspector.
    Edit {
        field: String,
        command: Command,
    },
    /// Carry out an action the user confirmed dropping unsaved changes for.
    Discarding(Box<Action>),
    /// Start briefing mode, full screen.
    Present,
    /// Replace the document's content with a saved backup (unsaved until saved).
    RestoreBackup(PathBuf),
    /// Write the events shown as an iCalendar file: ask where, by dialog or typed path, or write to a path.
    ExportIcs,
    ExportIcsTypedPath,
    ExportIcsTo(PathBuf),
}

impl Action {
    /// Whether this action replaces or closes the document, and so must ask about unsaved changes.
    fn replaces_document(&self) -> bool {
        matches!(
            self,
            Action::New
                | Action::Open
                | Action::OpenTypedPath
                | Action::OpenPath(_)
                | Action::Quit
                | Action::RestoreBackup(_)
        )
    }
}

impl ItineraApp {
    pub(super) fn perform(&mut self, action: Action, ctx: &egui::Context) {
        if action.replaces_document() && self.doc.is_dirty() {
            self.prompt = Some(Prompt::Unsaved(Box::new(action)));
            return;
        }
        match action {
            Action::Discarding(action) => {
                // The user chose to drop the unsaved work: its recovery snapshot goes too.
                self.drop_recovery();
                self.perform_unguarded(*action, ctx);
            }
            other => self.perform_unguarded(other, ctx),
        }
    }

    fn perform_unguarded(&mut self, action: Action, ctx: &egui::Context) {
        match action {
            Action::New => self.replace_document(Document::untitled(), "New timeline".into()),
            Action::Open => match self.dialogs.pick_open() {
                Some(path) => self.loader.start(path, ctx),
                None => {
                    self.notice = Some(
                            "No file chosen. Without a desktop file dialog, use File → Open path… or drop a file here"
                                .into(),
                        );
                }
            },
            Action::OpenTypedPath => self.prompt = Some(Prompt::OpenPath(String::new())),
            Action::OpenPath(path) => self.loader.start(path, ctx),
            Action::Save => match self.doc.path.clone() {
                Some(path) => self.save_to(path),
                None => self.perform_unguarded(Action::SaveAs, ctx),
            },
            Action::SaveAs => {
                let suggested = self.suggested_save_path();
                match self.dialogs.pick_save(&suggested) {
                    Some(path) => {
                        self.comments_confirmed = None;
                        self.save_to(path);
                    }
                    None => {
                        // Nothing chosen: whatever waited for this save waits no more.
                        self.after_save = None;
                        self.notice = Some(
                            "Not saved. Without a desktop file dialog, use File → Save as path…"
                                .into(),
                        );
                    }
                }
            }
            Action::SaveAsTypedPath => {
                self.prompt = Some(Prompt::SavePath(
                    self.suggested_save_path().display().to_string(),
                ));
            }
            Action::SaveTo(path) => self.save_to(path),
            Action::ExportIcs => self.export_ics(ctx),
            Action::ExportIcsTypedPath => self.prompt_ics_path(),
            Action::ExportIcsTo(path) => self.export_ics_to(path, ctx),
            Action::Quit => {
                self.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Action::SetView(view) => self.ui_state.show_view(view),
            Action::ShowShortcuts => self.show_shortcuts = true,
            Action::ShowAbout => self.show_about = true,
            Action::Undo => {
                self.notice = Some(match self.doc.undo() {
                    Some(label) => format!("Undid {label}"),
                    None => "Nothing to undo".into(),
                });
                self.selection.retain_existing(&self.doc.timeline);
            }
            Action::Redo => {
                self.notice = Some(match self.doc.redo() {
                    Some(label) => format!("Redid {label}"),
                    None => "Nothing to redo".into(),
                });
                self.selection.retain_existing(&self.doc.timeline);
            }
            Action::AddEvent => self.add_event(),
            Action::DuplicateSelection if !self.selection.is_empty() => {
                let before = self.doc.timeline.events.len();
                let ids = self.selection.to_vec();
                self.edit("*/duplicate".into(), Command::DuplicateEvents { ids });
                let added: Vec<String> = self.doc.timeline.events[before..]
                    .iter()
                    .map(|e| e.id.to_string())
                    .collect();
                if !added.is_empty() {
                    self.selection.set(added);
                }
            }
            Action::DeleteSelection if !self.selection.is_empty() => {
                let ids = self.selection.to_vec();
                self.edit("*/delete".into(), Command::DeleteEvents { ids });
            }
            Action::DuplicateSelection | Action::DeleteSelection => {
                self.notice = Some("Select an event first".into());
            }
            Action::Edit { field, command } => self.edit(field, command),
            Action::RestoreBackup(path) => self.restore_backup(&path),
            Action::Present => {
                self.briefing.active = true;
                self.briefing.step = 0;
                self.briefing.blank = false;
                self.briefing.started_at = Some(ctx.input(|i| i.time));
                ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
            }
            Action::Discarding(action) => self.perform_unguarded(*action, ctx),
        }
    }

    /// Carries out an edit command; shows the refusal beside the field, or the step in the status bar.
    pub(super) fn edit(&mut self, field: String, command: Command) {
        match self.doc.apply(command) {
            Ok(label) => {
                self.inspector.clear_error(&field);
                if let Some(label) = label {
                    self.notice = Some(format!("Done: {label}"));
                }
                self.selection.retain_existing(&self.doc.timeline);
            }
            Err(refusal) => {
                self.notice = Some(format!("Not done: {refusal}"));
                self.inspector.set_error(&field, refusal.0);
            }
        }
    }

    /// Adds an event next to the selected one, or at home today, and selects it.
    fn add_event(&mut self) {
        let t = &self.doc.timeline;
        let near = self.selection.single().and_then(|id| self.doc.event(id));
        let mut event = match near {
            Some(e) => {
                let mut new = Event::new("", "New event", e.start, e.place.clone());
                new.trip = e.trip.clone();
                new.principals = e.principals.clone();
                new
            }
            None => t.new_event_on(self.today),
        };
        event.status = crate::model::Status::Planned;
        let before = self.doc.timeline.events.len();
        self.edit(
            "*/add".into(),
            Command::AddEvent {
                event: Box::new(event),
            },
        );
        if let Some(added) = self.doc.timeline.events.get(before) {
            self.selection.select_only(added.id.to_string());
        }
    }

    fn replace_document(&mut self, doc: Document, notice: String) {
        self.doc = doc;
        self.timeline.request_fit_all();
        self.selection.clear();
        self.notice = Some(notice);
        self.comments_confirmed = None;
    }

    /// Opens a freshly loaded document. A reload after someone else changed the file keeps the views and selection.
    pub(super) fn opened(&mut self, doc: Document, path: &std::path::Path) {
        if std::mem::take(&mut self.keep_view_on_reload) {
            self.doc = doc;
            self.selection.retain_existing(&self.doc.timeline);
            self.notice = Some(format!(
                "{} changed on disk and was reloaded",
                path.display()
            ));
        } else {
            self.replace_document(doc, format!("Opened {}", path.display()));
        }
        self.ui_state.remember(path.to_path_buf());
        self.load_error = None;
        self.watch_folder();
    }

    fn suggested_save_path(&self) -> PathBuf {
        self.doc
            .path
            .clone()
            .unwrap_or_else(|| PathBuf::from(&self.doc.name))
    }

    /// Turns the timeline's requests into selection changes and actions.
    pub(super) fn take_timeline_requests(&mut self, requests: Vec<crate::view::timeline::Request>) {
        use crate::view::timeline::Request as R;
        for request in requests {
            match request {
                R::Select {
                    ids,
                    additive: true,
                } => {
                    for id in ids {
                        self.selection.toggle(&id);
                    }
                }
                R::Select {
                    ids,
                    additive: false,
                } => self.selection.set(ids),
                R::ClearSelection => self.selection.clear(),
                R::Edit(command) => {
                    let adds = matches!(command, Command::AddEvent { .. });
                    let before = self.doc.timeline.events.len();
                    self.edit("*/timeline".into(), command);
                    if adds && let Some(added) = self.doc.timeline.events.get(before) {
                        self.selection.select_only(added.id.to_string());
                    }
                }
                R::Notice(text) => self.notice = Some(text),
                R::FocusInspector => self.focus_inspector = true,
            }
        }
    }

    /// Turns the inspector's requests into actions, asking first where data would go.
    pub(super) fn take_requests(&mut self, requests: Vec<Request>) {
        for request in requests {
            match request {
                Request::Edit { field, command } => self.request(Action::Edit { field, command }),
                Request::AddEvent => self.request(Action::AddEvent),
                Request::DuplicateSelection => self.request(Action::DuplicateSelection),
                Request::DeleteSelection => self.request(Action::DeleteSelection),
                Request::Unreadable { field, message } => self.inspector.set_error(&field, message),
                Request::DeleteTrip(id) => {
                    let users = self
                        .doc
                        .timeline
                        .events
                        .iter()
                        .filter(|e| e.trip.as_deref() == Some(&id))
                        .count();
                    if users == 0 {
                        let command = Command::DeleteTrip {
                            id,
                            legs: Dependents::Detach,
                        };
                        self.request(Action::Edit {
                            field: "doc/trips".into(),
                            command,
                        });
                    } else {
                        self.prompt = Some(Prompt::DeleteTrip { id, users });
                    }
                }
                Request::DeletePrincipal(id) => {
                    let users = self
                        .doc
                        .timeline
                        .events
                        .iter()
                        .filter(|e| e.principals.iter().any(|p| *p == id))
                        .count();
                    if users == 0 {
                        let command = Command::DeletePrincipal {
                            id,
                            events: Dependents::Detach,
                        };
                        self.request(Action::Edit {
                            field: "doc/principals".into(),
                            command,
                        });
                    } else {
                        self.prompt = Some(Prompt::DeletePrincipal { id, users });
                    }
                }
            }
        }
    }
}
