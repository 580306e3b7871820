//! The eframe application: owns the open document and UI state, draws the panels, and carries out
//! what menus, shortcuts and views ask for, after drawing, in one place.

pub mod dialogs;
pub mod document;
pub mod loader;
mod menu;
mod panels;
pub mod state;

use std::path::PathBuf;
use std::process::ExitCode;

use crate::cli::ViewArg;
use crate::io::{self, OpenError};
use crate::view::table::TableView;
use dialogs::{FileDialogs, NativeDialogs};
use document::Document;
use loader::Loader;
pub use state::{UiState, View};

/// Something the user asked for, carried out after the frame is drawn.
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
    Quit,
    SetView(View),
    ShowShortcuts,
    ShowAbout,
}

/// How the app starts; tests build it directly, `main` from the command line.
pub struct AppOptions {
    pub files: Vec<PathBuf>,
    pub view: Option<ViewArg>,
    pub present: bool,
    /// Load files on the UI thread so tests see results at once.
    pub synchronous_io: bool,
    pub dialogs: Box<dyn FileDialogs>,
    /// UI state to start from; read from eframe's storage when `None`.
    pub ui_state: Option<UiState>,
}

impl Default for AppOptions {
    fn default() -> Self {
        AppOptions {
            files: Vec::new(),
            view: None,
            present: false,
            synchronous_io: false,
            dialogs: Box::new(NativeDialogs),
            ui_state: None,
        }
    }
}

/// A modal question or form on screen.
#[derive(Clone, Debug, PartialEq)]
pub enum Prompt {
    /// Type a path to open (the platform dialog may be unavailable).
    OpenPath(String),
    /// Type a path to save to.
    SavePath(String),
    /// The file had comments; saving drops them.
    ConfirmDropComments(PathBuf),
}

pub struct ItineraApp {
    pub doc: Document,
    pub ui_state: UiState,
    pub selected: Option<String>,
    /// The last file that failed to open, with every located problem, shown in the problems panel.
    pub load_error: Option<String>,
    /// A one-line message for the status bar.
    pub notice: Option<String>,
    pub prompt: Option<Prompt>,
    pub show_shortcuts: bool,
    pub show_about: bool,
    table: TableView,
    loader: Loader,
    dialogs: Box<dyn FileDialogs>,
    /// Saving over a commented file was confirmed for this path.
    comments_confirmed: Option<PathBuf>,
    title_sent: String,
    actions: Vec<Action>,
    queued_files: Vec<PathBuf>,
}

const STORAGE_KEY: &str = "itinera-ui";

impl ItineraApp {
    pub fn new(cc: &eframe::CreationContext<'_>, options: AppOptions) -> Self {
        let ui_state = options
            .ui_state
            .or_else(|| cc.storage.and_then(|s| eframe::get_value(s, STORAGE_KEY)))
            .unwrap_or_default();
        let mut app = ItineraApp {
            doc: Document::sample(),
            table: TableView::with_sort(ui_state.table_sort),
            ui_state,
            selected: None,
            load_error: None,
            notice: None,
            prompt: None,
            show_shortcuts: false,
            show_about: false,
            loader: Loader::new(options.synchronous_io),
            dialogs: options.dialogs,
            comments_confirmed: None,
            title_sent: String::new(),
            actions: Vec::new(),
            queued_files: Vec::new(),
        };
        if let Some(view) = options.view {
            app.ui_state.view = View::from(view);
        }
        if options.present {
            app.notice = Some("Briefing mode is not built yet; showing the editor.".into());
        }
        let mut files = options.files.into_iter();
        if let Some(first) = files.next() {
            app.loader.start(first, &cc.egui_ctx);
        }
        // One document is open at a time; further files named on the command line wait in Open Recent.
        app.queued_files = files.collect();
        for file in app.queued_files.clone().into_iter().rev() {
            app.ui_state.remember(file);
        }
        app
    }

    /// Queues an action, as a menu or shortcut does.
    pub fn request(&mut self, action: Action) {
        self.actions.push(action);
    }

    fn receive_loads(&mut self, ctx: &egui::Context) {
        let Some(loaded) = self.loader.poll() else {
            return;
        };
        match loaded.result {
            Ok(parsed) => {
                self.doc = Document::from_file(&loaded.path, parsed);
                self.ui_state.remember(loaded.path.clone());
                self.selected = None;
                self.load_error = None;
                self.notice = Some(format!("Opened {}", loaded.path.display()));
            }
            Err(error) => {
                self.notice = Some(format!(
                    "Could not open {}; the current document is unchanged",
                    loaded.path.display()
                ));
                self.load_error = Some(describe_open_error(&error));
            }
        }
        ctx.request_repaint();
    }

    fn open(&mut self, path: PathBuf, ctx: &egui::Context) {
        self.loader.start(path, ctx);
    }

    fn save_to(&mut self, path: PathBuf) {
        if self.doc.has_comments
            && self.doc.path.as_ref() == Some(&path)
            && self.comments_confirmed.as_ref() != Some(&path)
        {
            self.prompt = Some(Prompt::ConfirmDropComments(path));
            return;
        }
        let text = io::serialize(&self.doc.timeline);
        match io::save_atomic(&path, text.as_bytes()) {
            Ok(()) => {
                self.doc.saved_revision = self.doc.revision;
                self.doc.has_comments = false;
                self.doc.name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                self.doc.path = Some(path.clone());
                self.ui_state.remember(path.clone());
                self.notice = Some(format!("Saved {}", path.display()));
            }
            Err(e) => {
                self.notice = Some(format!(
                    "Could not save {}: {e}. The document is still open and unsaved.",
                    path.display()
                ));
            }
        }
    }

    fn suggested_save_path(&self) -> PathBuf {
        self.doc
            .path
            .clone()
            .unwrap_or_else(|| PathBuf::from(&self.doc.name))
    }

    fn perform(&mut self, action: Action, ctx: &egui::Context) {
        match action {
            Action::New => {
                self.doc = Document::untitled();
                self.selected = None;
                self.notice = Some("New timeline".into());
            }
            Action::Open => {
                if let Some(path) = self.dialogs.pick_open() {
                    self.open(path, ctx);
                }
            }
            Action::OpenTypedPath => self.prompt = Some(Prompt::OpenPath(String::new())),
            Action::OpenPath(path) => self.open(path, ctx),
            Action::Save => match self.doc.path.clone() {
                Some(path) => self.save_to(path),
                None => self.perform(Action::SaveAs, ctx),
            },
            Action::SaveAs => {
                let suggested = self.suggested_save_path();
                if let Some(path) = self.dialogs.pick_save(&suggested) {
                    self.comments_confirmed = None;
                    self.save_to(path);
                }
            }
            Action::SaveAsTypedPath => {
                self.prompt = Some(Prompt::SavePath(
                    self.suggested_save_path().display().to_string(),
                ));
            }
            Action::SaveTo(path) => self.save_to(path),
            Action::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Action::SetView(view) => self.ui_state.view = view,
            Action::ShowShortcuts => self.show_shortcuts = true,
            Action::ShowAbout => self.show_about = true,
        }
    }

    fn receive_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped = ctx.input(|i| i.raw.dropped_files.clone());
        if let Some(path) = dropped
            .into_iter()
            .find_map(|f| Some(f.path().to_path_buf()).filter(|p| !p.as_os_str().is_empty()))
        {
            self.request(Action::OpenPath(path));
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.doc.window_title();
        if title != self.title_sent {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title_sent = title;
        }
    }

    /// Carries out queued actions; exposed so tests can drive the app without a frame.
    pub fn perform_queued(&mut self, ctx: &egui::Context) {
        for action in std::mem::take(&mut self.actions) {
            self.perform(action, ctx);
        }
    }
}

/// The full, located explanation of why a file did not open.
pub fn describe_open_error(error: &OpenError) -> String {
    error.to_string()
}

impl eframe::App for ItineraApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.receive_loads(&ctx);
        self.receive_dropped_files(&ctx);
        menu::shortcuts(self, &ctx);
        menu::menu_bar(self, ui);
        panels::status_bar(self, ui);
        panels::problems_panel(self, ui);
        egui::CentralPanel::default().show(ui, |ui| {
            self.central_ui(ui);
        });
        panels::prompts(self, &ctx);
        panels::help_windows(self, &ctx);
        panels::drop_overlay(&ctx);
        self.perform_queued(&ctx);
        self.update_title(&ctx);
        if self.loader.busy().is_some() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.ui_state.table_sort = self.table.sort;
        eframe::set_value(storage, STORAGE_KEY, &self.ui_state);
    }
}

impl ItineraApp {
    fn central_ui(&mut self, ui: &mut egui::Ui) {
        match self.ui_state.view {
            View::Table => {
                if let Some(id) = self.table.ui(ui, &self.doc, self.selected.as_deref()) {
                    self.selected = Some(id);
                }
            }
            other => {
                ui.centered_and_justified(|ui| {
                    ui.label(format!(
                        "The {} view is not built yet.",
                        other.label().to_lowercase()
                    ));
                });
            }
        }
    }
}

/// Opens the window: the named file, or the shipped sample when none is given.
pub fn run_window(
    files: Vec<PathBuf>,
    view: Option<ViewArg>,
    present: bool,
) -> anyhow::Result<ExitCode> {
    let native = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Itinera")
            .with_app_id("itinera")
            .with_inner_size([1280.0, 720.0])
            .with_min_inner_size([640.0, 400.0])
            .with_maximized(true)
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "Itinera",
        native,
        Box::new(move |cc| {
            Ok(Box::new(ItineraApp::new(
                cc,
                AppOptions {
                    files,
                    view,
                    present,
                    ..AppOptions::default()
                },
            )))
        }),
    )
    .map_err(|e| anyhow::anyhow!("could not open a window: {e}"))?;
    Ok(ExitCode::SUCCESS)
}
