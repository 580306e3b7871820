//! The chrome around the views: the status bar's notice, the modal question on screen, the problems of a file
//! that could not be opened, and which windows are open.

use std::path::PathBuf;

use crate::io::recovery::RecoveryInfo;
use crate::view::Request;

/// How a notice reads: news, or something that did not happen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Info,
    /// Something asked for was refused or failed; it stays until the next notice.
    Error,
}

/// A one-line message in the status bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub tone: Tone,
}

/// What a typed path is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathFor {
    Open,
    Save,
    ExportIcs,
    ExportSheet,
    ExportBook,
    ExportImage,
    ExportImageOnScreen,
    Import,
    AddLayer,
}

impl PathFor {
    /// The prompt's heading, its button, and the request a confirmed path makes.
    pub fn parts(self) -> (String, String, fn(PathBuf) -> Request) {
        let export = || crate::tr!("prompt-export");
        match self {
            PathFor::Open => (
                crate::tr!("prompt-open-heading"),
                crate::tr!("prompt-open"),
                Request::OpenPath,
            ),
            PathFor::Save => (
                crate::tr!("prompt-save-as-heading"),
                crate::tr!("prompt-save"),
                Request::SaveTo,
            ),
            PathFor::ExportIcs => (
                crate::tr!("prompt-export-heading"),
                export(),
                Request::ExportIcsTo,
            ),
            PathFor::ExportSheet => (
                crate::tr!("prompt-export-sheet-heading"),
                export(),
                Request::ExportSheetTo,
            ),
            PathFor::ExportBook => (
                crate::tr!("prompt-export-book-heading"),
                export(),
                Request::ExportBookTo,
            ),
            PathFor::ExportImage => (
                crate::tr!("prompt-export-image-heading"),
                export(),
                Request::ExportImageTo,
            ),
            PathFor::ExportImageOnScreen => (
                crate::tr!("prompt-export-image-on-screen-heading"),
                export(),
                Request::ExportImageOnScreenTo,
            ),
            PathFor::AddLayer => (
                crate::tr!("prompt-add-layer-heading"),
                crate::tr!("prompt-add-layer"),
                Request::AddLayerFrom,
            ),
            PathFor::Import => (
                crate::tr!("prompt-import-heading"),
                crate::tr!("prompt-import"),
                Request::ImportFrom,
            ),
        }
    }
}

/// A modal question or form on screen.
#[derive(Clone, Debug, PartialEq)]
pub enum Prompt {
    /// Type a path (the platform dialog may be unavailable): what for, and the text so far.
    Path(PathFor, String),
    /// The file changed on disk since it was loaded; the save did not overwrite it.
    ChangedOnDisk(PathBuf),
    /// Someone else changed the open file while there are local edits.
    ExternalChange(PathBuf),
    /// A save failed, with the reason.
    SaveFailed(String),
    /// Unsaved work from an earlier run can be restored.
    Recover(PathBuf, RecoveryInfo),
    /// The file had comments; saving drops them.
    ConfirmDropComments(PathBuf),
    /// There are unsaved changes; save, discard or cancel before the request.
    Unsaved(Box<Request>),
    /// A trip still has legs: detach or delete them.
    DeleteTrip { id: String, users: usize },
    /// A principal is still named by events: detach or delete them.
    DeletePrincipal { id: String, users: usize },
}

/// Everything on screen around the views.
#[derive(Default)]
pub struct Chrome {
    pub notice: Option<Notice>,
    pub prompt: Option<Prompt>,
    /// The last file that failed to open, with every located problem, shown in the problems panel.
    pub load_error: Option<String>,
    /// What the problems panel says happened (the file not opened, and what is open instead).
    pub load_error_note: String,
    /// The file named at start is still being opened: the window shows an empty document meanwhile.
    pub(super) opening_at_start: bool,
    pub show_shortcuts: bool,
    pub show_about: bool,
    /// The plan warnings window is open.
    pub show_plan: bool,
    /// Move keyboard focus to the inspector's first field on the next frame.
    pub(super) focus_inspector: bool,
    pub(super) maximize_pending: bool,
    /// The window's theme has been set (on the first frame).
    pub(super) theme_applied: bool,
    /// The user confirmed closing the window.
    pub(super) allow_close: bool,
    pub(super) title_sent: String,
    /// An import being set up in its window.
    pub import: Option<Box<crate::view::import::ImportSession>>,
}

impl Chrome {
    pub fn new(maximize: bool) -> Chrome {
        Chrome {
            maximize_pending: maximize,
            theme_applied: false,
            ..Chrome::default()
        }
    }

    /// Says something in the status bar.
    pub fn say(&mut self, text: impl Into<String>) {
        self.notice = Some(Notice {
            text: text.into(),
            tone: Tone::Info,
        });
    }

    /// Says in the status bar that something asked for did not happen, and why.
    pub fn refuse(&mut self, text: impl Into<String>) {
        self.notice = Some(Notice {
            text: text.into(),
            tone: Tone::Error,
        });
    }

    /// The status bar's text, if any.
    pub fn notice_text(&self) -> Option<&str> {
        self.notice.as_ref().map(|n| n.text.as_str())
    }
}
