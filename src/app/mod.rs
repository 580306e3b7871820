//! The eframe application: owns the open document and UI state, draws the panels, and carries out
//! what menus, shortcuts, the inspector and views ask for, after drawing (see `actions`).

pub mod actions;
pub mod dialogs;
pub mod document;
pub mod durability;
mod exporting;
pub mod loader;
mod menu;
mod panels;
mod presenting;
pub mod selection;
pub mod state;
mod views;

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;

use crate::cli::ViewArg;
use crate::model::filter::{Filter, SearchIndex};
use crate::view::calendar::CalendarView;
use crate::view::inspector::Inspector;
use crate::view::table::TableView;
use crate::view::timeline::TimelineView;
pub use actions::Action;
use dialogs::{FileDialogs, NativeDialogs};
use document::Document;
pub use durability::RecoveryInfo;
use loader::Loader;
use selection::Selection;
pub use state::{UiState, View};

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
    /// The date shown as today; the system's local date when `None`.
    pub today: Option<NaiveDate>,
    /// Ask the window manager to maximise the window on the first frame.
    pub maximize: bool,
    /// Where backups and recovery snapshots go; the per-user data folder when `None`.
    pub data_dir: Option<PathBuf>,
    /// How long edits rest before a recovery snapshot is written (at most 30 s).
    pub recovery_delay: std::time::Duration,
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
            today: None,
            maximize: false,
            data_dir: None,
            recovery_delay: std::time::Duration::from_secs(5),
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
    /// Type a path to write the calendar file to.
    ExportIcsPath(String),
    /// The file changed on disk since it was loaded; the save did not overwrite it.
    ChangedOnDisk(PathBuf),
    /// Someone else changed the open file while there are local edits.
    ExternalChange(PathBuf),
    /// A save failed, with the reason.
    SaveFailed(String),
    /// Unsaved work from an earlier run can be restored.
    Recover(PathBuf, durability::RecoveryInfo),
    /// The file had comments; saving drops them.
    ConfirmDropComments(PathBuf),
    /// There are unsaved changes; save, discard or cancel before the action.
    Unsaved(Box<Action>),
    /// A trip still has legs: detach or delete them.
    DeleteTrip { id: String, users: usize },
    /// A principal is still named by events: detach or delete them.
    DeletePrincipal { id: String, users: usize },
}

pub struct ItineraApp {
    pub doc: Document,
    pub ui_state: UiState,
    pub selection: Selection,
    /// The last file that failed to open, with every located problem, shown in the problems panel.
    pub load_error: Option<String>,
    /// A one-line message for the status bar.
    pub notice: Option<String>,
    pub prompt: Option<Prompt>,
    pub show_shortcuts: bool,
    pub show_about: bool,
    /// The plan warnings window is open.
    pub show_plan: bool,
    pub today: NaiveDate,
    inspector: Inspector,
    table: TableView,
    pub timeline: TimelineView,
    pub calendar: CalendarView,
    pub map: crate::view::map::MapState,
    pub briefing: crate::view::briefing::Briefing,
    /// Indices of the events the views show, in document order, and a number that changes with them.
    visible: Vec<u32>,
    visible_for: Option<(u64, Filter, bool)>,
    visible_version: u64,
    /// The word index for search, built for one document revision when a search is first typed.
    search_index: Option<(u64, SearchIndex)>,
    /// Move keyboard focus to the inspector's first field on the next frame.
    focus_inspector: bool,
    maximize_pending: bool,
    saver: crate::io::saver::Saver,
    /// A handle on the egui context, for workers to wake the window.
    egui_ctx: egui::Context,
    watch: Option<durability::FolderWatch>,
    /// The next load is a reload of the same file after someone else changed it.
    keep_view_on_reload: bool,
    /// Close the window once the saves in flight are done.
    quit_after_save: bool,
    data_dir: Option<PathBuf>,
    recovery_delay: std::time::Duration,
    /// The history state of the last change and when it was seen, for the recovery timer.
    last_change: Option<(u64, f64)>,
    /// The history state the last recovery snapshot holds.
    recovered_state: Option<u64>,
    /// Recovery snapshots are written and deleted in the order they were asked for.
    recovery_writes: crate::io::ordered::Ordered,
    /// An export running on its worker thread; it ends with the message for the status bar.
    export_job: Option<std::thread::JoinHandle<String>>,
    /// File work runs on the calling thread (tests).
    synchronous_io: bool,
    loader: Loader,
    dialogs: Box<dyn FileDialogs>,
    /// Saving over a commented file was confirmed for this path.
    comments_confirmed: Option<PathBuf>,
    /// An action waiting for a save to finish (Save in the unsaved-changes prompt).
    after_save: Option<Box<Action>>,
    /// The user confirmed closing the window.
    allow_close: bool,
    title_sent: String,
    actions: Vec<Action>,
}

const STORAGE_KEY: &str = "itinera-ui";

impl ItineraApp {
    pub fn new(cc: &eframe::CreationContext<'_>, options: AppOptions) -> Self {
        let ui_state = options
            .ui_state
            .or_else(|| cc.storage.and_then(Self::stored_ui_state))
            .unwrap_or_default();
        let mut app = ItineraApp {
            doc: Document::sample(),
            table: TableView::with_sort(ui_state.table_sort),
            ui_state,
            selection: Selection::default(),
            load_error: None,
            notice: None,
            prompt: None,
            show_shortcuts: false,
            show_plan: false,
            show_about: false,
            today: options
                .today
                .unwrap_or_else(|| chrono::Local::now().date_naive()),
            inspector: Inspector::default(),
            timeline: TimelineView::default(),
            calendar: CalendarView::default(),
            map: crate::view::map::MapState::default(),
            briefing: crate::view::briefing::Briefing::default(),
            visible: Vec::new(),
            visible_for: None,
            visible_version: 0,
            search_index: None,
            focus_inspector: false,
            maximize_pending: options.maximize,
            export_job: None,
            synchronous_io: options.synchronous_io,
            saver: crate::io::saver::Saver::new(options.synchronous_io, None),
            egui_ctx: cc.egui_ctx.clone(),
            watch: None,
            keep_view_on_reload: false,
            quit_after_save: false,
            data_dir: None,
            recovery_delay: options
                .recovery_delay
                .min(std::time::Duration::from_secs(30)),
            last_change: None,
            recovered_state: None,
            recovery_writes: crate::io::ordered::Ordered::default(),
            loader: Loader::new(options.synchronous_io),
            dialogs: options.dialogs,
            comments_confirmed: None,
            after_save: None,
            allow_close: false,
            title_sent: String::new(),
            actions: Vec::new(),
        };
        app.data_dir = options.data_dir.or_else(durability::default_data_dir);
        app.saver = crate::io::saver::Saver::new(
            options.synchronous_io,
            app.data_dir.as_ref().map(|d| d.join("backups")),
        );
        if let Some((snapshot, info)) = app
            .data_dir
            .as_deref()
            .and_then(|d| durability::pending_recoveries(d).into_iter().next())
        {
            app.prompt = Some(Prompt::Recover(snapshot, info));
        }
        if let Some(view) = options.view {
            app.ui_state.show_view(View::from(view));
        }
        if options.present {
            app.request(Action::Present);
        }
        let mut files = options.files.into_iter();
        if let Some(first) = files.next() {
            app.loader.start(first, &cc.egui_ctx);
        }
        // One document is open at a time; further files named on the command line wait in Open Recent.
        for file in files.rev() {
            app.ui_state.remember(file);
        }
        app
    }

    /// The UI state saved in eframe's storage, if any (and if it can be read: a damaged one is ignored).
    pub fn stored_ui_state(storage: &dyn eframe::Storage) -> Option<UiState> {
        eframe::get_value(storage, STORAGE_KEY)
    }

    /// Where saved versions are kept (the per-user data folder).
    pub fn backups_dir(&self) -> Option<PathBuf> {
        self.data_dir.as_ref().map(|d| d.join("backups"))
    }

    /// The events the views show now, in document order.
    pub fn visible_events(&self) -> impl Iterator<Item = u32> + '_ {
        self.visible.iter().copied()
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
            Ok(doc) => {
                self.opened(*doc, &loaded.path);
                self.search_index = loaded.index.map(|index| (self.doc.revision, index));
            }
            Err(error) => {
                self.notice = Some(format!(
                    "Could not open {}; the current document is unchanged",
                    loaded.path.display()
                ));
                self.load_error = Some(error.to_string());
            }
        }
        ctx.request_repaint();
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

    /// Closing the window asks about unsaved changes first.
    fn guard_close(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.allow_close && self.doc.is_dirty()
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.prompt = Some(Prompt::Unsaved(Box::new(Action::Quit)));
        }
    }

    /// Brings the search index to the document's revision: by replaying the edits since it was built,
    /// or by building it afresh for another document or after many edits.
    fn catch_up_search_index(&mut self) {
        if let Some((rev, index)) = &mut self.search_index
            && let Some(changes) = self.doc.changes_since(*rev)
            && changes.clone().count() <= MAX_REPLAYED_CHANGES
        {
            for change in changes {
                if let crate::edit::change::Change::Event {
                    index: at,
                    before,
                    after,
                } = change
                {
                    index.update(*at, before.as_deref(), after.as_deref());
                }
            }
            *rev = self.doc.revision;
            return;
        }
        self.search_index = Some((self.doc.revision, SearchIndex::build(&self.doc.timeline)));
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

impl eframe::App for ItineraApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        if std::mem::take(&mut self.maximize_pending) {
            // Some window managers ignore the maximised flag at creation; asking once mapped works everywhere.
            ctx.send_viewport_cmd(egui::ViewportCommand::Maximized(true));
        }
        self.receive_loads(&ctx);
        self.receive_saves(&ctx);
        self.receive_file_events();
        self.snapshot_for_recovery(ctx.input(|i| i.time));
        self.receive_dropped_files(&ctx);
        self.guard_close(&ctx);
        if self.briefing.active {
            self.briefing_ui(ui, &ctx);
            self.perform_queued(&ctx);
            return;
        }
        menu::shortcuts(self, &ctx);
        menu::menu_bar(self, ui);
        egui::Panel::top("filter_bar").show(ui, |ui| {
            crate::view::filter_bar::filter_bar_ui(
                ui,
                &mut self.ui_state.filter,
                &mut self.ui_state.presets,
                &self.doc,
                self.visible.len(),
            );
        });
        panels::status_bar(self, ui);
        panels::problems_panel(self, ui);
        if self.refresh_visible() {
            ctx.request_repaint();
        }
        let focus_inspector = std::mem::take(&mut self.focus_inspector);
        let requests = egui::Panel::right("inspector")
            .resizable(true)
            .default_size(380.0)
            .min_size(300.0)
            .max_size(560.0)
            .show(ui, |ui| {
                self.inspector
                    .ui(ui, &self.doc, &self.selection, focus_inspector)
            })
            .inner;
        self.take_requests(requests);
        egui::CentralPanel::default().show(ui, |ui| {
            self.central_ui(ui);
        });
        panels::prompts(self, &ctx);
        panels::help_windows(self, &ctx);
        if let Some(pair) = crate::view::plan::window(
            &ctx,
            &self.doc,
            &mut self.show_plan,
            &mut self.ui_state.filter,
        ) {
            let t = &self.doc.timeline;
            self.selection.set(
                pair.iter()
                    .filter_map(|&i| t.events.get(i as usize))
                    .map(|e| e.id.to_string()),
            );
        }
        panels::drop_overlay(&ctx);
        self.perform_queued(&ctx);
        self.poll_export();
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
    /// Recomputes which events the views show when the document or the filter changed, and deselects
    /// what the filter hides. Returns whether anything changed.
    pub fn refresh_visible(&mut self) -> bool {
        let unchanged = self
            .visible_for
            .as_ref()
            .is_some_and(|(revision, filter, restricted)| {
                *revision == self.doc.revision
                    && *filter == self.ui_state.filter
                    && *restricted == self.ui_state.show_restricted
            });
        if unchanged {
            return false;
        }
        let key = (
            self.doc.revision,
            self.ui_state.filter.clone(),
            self.ui_state.show_restricted,
        );
        // The index follows every edit (a fraction of a millisecond each), so a search never waits for a rebuild.
        if self.search_index.is_some() || !self.ui_state.filter.text.trim().is_empty() {
            self.catch_up_search_index();
        }
        let empty = SearchIndex::default();
        let index = self
            .search_index
            .as_ref()
            .map_or(&empty, |(_, index)| index);
        let t = &self.doc.timeline;
        let hide_restricted = !self.ui_state.show_restricted;
        self.visible = crate::model::filter::visible(
            t,
            &self.doc.resolved.times,
            &self.doc.resolved.order,
            index,
            &self.ui_state.filter,
            self.ui_state.show_restricted,
        );
        if hide_restricted {
            self.visible.retain(|&i| {
                t.events[i as usize].classification != crate::model::Classification::Restricted
            });
        }
        if self.ui_state.filter.plan_warnings {
            let doc = &self.doc;
            self.visible.retain(|&i| doc.has_warning(i));
        }
        let shown: std::collections::HashSet<&str> = self
            .visible
            .iter()
            .map(|&i| t.events[i as usize].id.as_str())
            .collect();
        self.selection.retain(|id| shown.contains(id));
        self.visible_for = Some(key);
        self.visible_version += 1;
        true
    }
}

/// Beyond this many primitive changes (a bulk delete, say), building the search index afresh is quicker than
/// replaying them, since each insertion or removal renumbers every later event.
const MAX_REPLAYED_CHANGES: usize = 200;

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
                    maximize: true,
                    ..AppOptions::default()
                },
            )))
        }),
    )
    .map_err(|e| anyhow::anyhow!("could not open a window: {e}"))?;
    Ok(ExitCode::SUCCESS)
}
