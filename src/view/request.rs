//! What the user asks for, as one type: every view, menu, shortcut and prompt pushes `Request`s, and the app
//! carries them out once the frame is drawn, in one place. Views never change the document, the selection or
//! the filter themselves.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::edit::Command;
use crate::model::filter::Filter;

/// A view of the document on screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum View {
    #[default]
    Table,
    Timeline,
    Calendar,
    Map,
}

impl View {
    pub const ALL: [View; 4] = [View::Table, View::Timeline, View::Calendar, View::Map];

    /// The view's name in the current language: its tab, its menu item.
    pub fn label(self) -> String {
        match self {
            View::Table => crate::tr!("view-table"),
            View::Timeline => crate::tr!("view-timeline"),
            View::Calendar => crate::tr!("view-calendar"),
            View::Map => crate::tr!("view-map"),
        }
    }
}

/// A field the inspector edits, so a refusal or unreadable text is shown beside the field it is about.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FieldKey {
    pub owner: Owner,
    pub field: Field,
}

/// Whose field it is.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Owner {
    /// One event, by id.
    Event(String),
    /// Every selected event at once.
    Selection,
    /// The document itself.
    Document,
}

/// The fields of events and of the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Title,
    Move,
    Kind,
    Status,
    Start,
    End,
    Place,
    From,
    To,
    Trip,
    Principals,
    Tags,
    Objectives,
    Notes,
    RestrictedNotes,
    Sources,
    Locked,
    Classification,
    Home,
    DisplayZone,
    Trips,
    /// The French text beside the original (title, notes, objectives).
    Translation,
}

impl FieldKey {
    pub fn event(id: &str, field: Field) -> FieldKey {
        FieldKey {
            owner: Owner::Event(id.to_owned()),
            field,
        }
    }

    pub fn selection(field: Field) -> FieldKey {
        FieldKey {
            owner: Owner::Selection,
            field,
        }
    }

    pub fn document(field: Field) -> FieldKey {
        FieldKey {
            owner: Owner::Document,
            field,
        }
    }
}

/// Where an edit was asked for, which decides where a refusal is shown.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Origin {
    /// An inspector field: the refusal stays beside it until the field is edited successfully.
    Field(FieldKey),
    /// A gesture on a view (a drop, a key): the refusal is said in the status bar.
    View,
    /// A menu, a shortcut or a prompt.
    Command,
}

/// Something the user asked for.
#[derive(Clone, Debug, PartialEq)]
pub enum Request {
    // Files.
    New,
    Open,
    OpenTypedPath,
    OpenPath(PathBuf),
    Save,
    SaveAs,
    SaveAsTypedPath,
    SaveTo(PathBuf),
    /// Save over a file someone else changed: the user said so.
    Overwrite(PathBuf),
    /// Replace the document's content with a saved backup (unsaved until saved).
    RestoreBackup(PathBuf),
    /// Open a recovery snapshot from an earlier run, unsaved, for the file it belongs to.
    RestoreSnapshot(PathBuf),
    /// Delete a recovery snapshot the user does not want.
    DiscardSnapshot(PathBuf),
    /// Write the events shown as an iCalendar file: ask where, by dialog or typed path, or write to a path.
    ExportIcs,
    ExportIcsTypedPath,
    ExportIcsTo(PathBuf),
    /// Write the events shown as a spreadsheet (xlsx or CSV): ask where, by dialog or typed path, or write.
    ExportSheet,
    ExportSheetTypedPath,
    ExportSheetTo(PathBuf),
    /// Write the events shown as a trip book (PDF): ask where, by dialog or typed path, or write.
    ExportBook,
    ExportBookTypedPath,
    ExportBookTo(PathBuf),
    /// Write an image of the whole main view (PNG): ask where, by dialog or typed path, or write.
    ExportImage,
    ExportImageTypedPath,
    ExportImageTo(PathBuf),
    /// Write an image of the timeline over the span on screen (PNG): ask where (by dialog, or by typed path
    /// when there is no dialog), or write.
    ExportImageOnScreen,
    ExportImageOnScreenTo(PathBuf),
    /// Bring events in from a spreadsheet or a calendar: ask which file, by dialog or typed path, or read one.
    Import,
    ImportTypedPath,
    ImportFrom(PathBuf),
    /// A step in the import window: a column's field, a date order, a sheet, confirm or cancel.
    ImportStep(super::import::ImportStep),
    /// Export the briefing as one PNG per step, beside the document.
    ExportDeck,
    /// Open another programme as a layer beside the documents open: ask which file, by dialog or typed path, or
    /// open one.
    AddLayer,
    AddLayerTypedPath,
    AddLayerFrom(PathBuf),
    /// Make this layer (by position) the one being edited.
    SetActiveLayer(usize),
    /// Show or hide this layer's events in every view.
    SetLayerVisible(usize, bool),
    /// Close this layer (never the active one), asking first when it has unsaved changes.
    CloseLayer(usize),
    /// Open the window that chooses a version to compare the document with.
    ShowCompare,
    /// Compare the document with this version of it.
    CompareWith(crate::io::versions::Version),
    /// Compare with a file chosen in a dialog.
    CompareWithPicked,
    StopComparing,
    /// Close the window (after asking about unsaved changes).
    Quit,
    /// Carry out a request the user confirmed dropping unsaved changes for.
    Discarding(Box<Request>),
    /// Saving over a commented file drops its comments: the user agreed.
    ConfirmDropComments(PathBuf),

    // Views and windows.
    SetView(View),
    /// Show a second view below the main one, or none.
    SetSplit(Option<View>),
    ShowShortcuts,
    ShowAbout,
    ShowPlanWarnings,
    /// Start briefing mode, full screen.
    Present,
    /// Put the keyboard in the selected event's first field.
    FocusInspector,
    /// Say something in the status bar.
    Notice(String),
    /// Say in the status bar that something asked for did not happen, and why.
    Refuse(String),

    // Editing.
    Undo,
    Redo,
    AddEvent,
    DuplicateSelection,
    DeleteSelection,
    /// Carry out an edit command; a refusal is shown where `origin` says.
    Edit {
        origin: Origin,
        command: Command,
    },
    /// Ask what to do with the events that use a trip, then delete it.
    DeleteTrip(String),
    /// Ask what to do with the events that name a principal, then delete it.
    DeletePrincipal(String),
    /// Typed text could not be read: show why beside the field until it is edited successfully.
    Unreadable {
        field: FieldKey,
        message: String,
    },
    /// The field's text was given up (Escape): what was said about it goes.
    ClearUnreadable(FieldKey),

    // The selection.
    /// Select these events; `additive` adds to or toggles in the selection instead of replacing it.
    Select {
        ids: Vec<String>,
        additive: bool,
    },
    ClearSelection,
    /// Select this event and bring it into sight in every view.
    GoTo(String),

    // The filter every view obeys.
    SetFilter(Filter),
    SavePreset(String),
    ForgetPreset(String),
    /// Show or hide restricted events and notes in the editor.
    ShowRestricted(bool),
    /// Dress the whole window in this theme, and remember it.
    SetTheme(crate::view::theme::Theme),
    /// Speak this language from the next frame on, and remember it.
    SetLanguage(crate::i18n::Lang),
}

impl Request {
    /// An edit asked for by a gesture on a view.
    pub fn view_edit(command: Command) -> Request {
        Request::Edit {
            origin: Origin::View,
            command,
        }
    }

    /// An edit asked for from an inspector field.
    pub fn field_edit(field: FieldKey, command: Command) -> Request {
        Request::Edit {
            origin: Origin::Field(field),
            command,
        }
    }

    /// Whether this replaces or closes the document, and so must ask about unsaved changes first.
    pub fn replaces_document(&self) -> bool {
        matches!(
            self,
            Request::New
                | Request::Open
                | Request::OpenTypedPath
                | Request::OpenPath(_)
                | Request::Quit
                | Request::RestoreBackup(_)
                | Request::RestoreSnapshot(_)
        )
    }
}
