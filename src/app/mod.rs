//! The eframe application shell. Its state is grouped by concern: the open documents and what they show, the
//! views' own state, file work, and the chrome around the views (notices, prompts, windows). A frame takes what
//! workers finished, draws, then carries out every request made while drawing, in one place (`apply`).

mod apply;
mod chrome;
mod comparing;
pub mod dialogs;
mod exporting;
mod files;
mod importing;
mod layering;
pub mod menu;
mod panels;
mod presenting;
pub mod state;
mod views;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use chrono::NaiveDate;

use crate::document::shown::Shown;
use crate::document::{Document, Documents, Selection};
use crate::io::worker::FileWorker;
use crate::view::briefing::Briefing;
use crate::view::calendar::CalendarView;
use crate::view::inspector::Inspector;
use crate::view::map::MapState;
use crate::view::table::TableView;
use crate::view::timeline::TimelineView;
pub use crate::view::{Request, View};
pub use chrome::{Chrome, Notice, PathFor, Prompt, Tone};
use dialogs::{FileDialogs, NativeDialogs};
pub use state::UiState;

/// How the app starts; tests build it directly, `main` from the command line.
pub struct AppOptions {
    pub files: Vec<PathBuf>,
    pub view: Option<View>,
    pub present: bool,
    /// Run file work and plan checks on the UI thread so tests see results at once.
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
    /// The interface's language for this run (`--lang`), over the remembered one and the system's.
    pub lang: Option<crate::i18n::Lang>,
    /// `--compare FILE|REV`: the version to compare the document with once it is open.
    pub compare: Option<String>,
    /// `--theme`: the window's theme for this run and after, over the remembered one.
    pub theme: Option<crate::view::theme::Theme>,
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
            lang: None,
            compare: None,
            theme: None,
            recovery_delay: std::time::Duration::from_secs(5),
        }
    }
}

/// Each view's own state: where it is scrolled, zoomed and sorted.
pub struct Views {
    pub inspector: Inspector,
    pub table: TableView,
    pub timeline: TimelineView,
    pub calendar: CalendarView,
    pub map: MapState,
    pub briefing: Briefing,
}

pub struct ItineraApp {
    /// The open documents, one active for editing, each with its selection.
    docs: Documents,
    /// The events the views show from the active document.
    shown: Shown,
    /// Every visible layer's programme as one, while more than one layer is visible; and the events the views
    /// show from it.
    combined: Option<crate::document::layers::Combined>,
    combined_shown: Shown,
    /// What the briefing shows of it.
    briefing_steps: presenting::BriefingSteps,
    /// What persists between runs.
    pub ui_state: UiState,
    pub views: Views,
    files: files::Files,
    /// What the document is compared with, and the window that chooses it.
    comparing: comparing::Comparing,
    pub chrome: Chrome,
    /// What was asked for while drawing, carried out after.
    requests: Vec<Request>,
    today: NaiveDate,
    /// A handle on the egui context, for workers to wake the window.
    egui_ctx: egui::Context,
}

const STORAGE_KEY: &str = "itinera-ui";

impl ItineraApp {
    pub fn new(cc: &eframe::CreationContext<'_>, options: AppOptions) -> Self {
        let mut ui_state = options
            .ui_state
            .or_else(|| cc.storage.and_then(Self::stored_ui_state))
            .unwrap_or_default();
        if options.lang.is_some() {
            ui_state.lang = options.lang;
        }
        if let Some(theme) = options.theme {
            ui_state.theme = theme;
        }
        crate::i18n::set(ui_state.language());
        // Secondary and small text are drawn readable in both themes.
        cc.egui_ctx
            .all_styles_mut(crate::view::colors::make_style_readable);
        // Arrows and other signs the changes and the diff words use, which egui's own font lacks.
        if let Some(data) = crate::io::book::world::fallback_font() {
            cc.egui_ctx.add_font(egui::epaint::text::FontInsert::new(
                "dejavu-sans-mono",
                egui::FontData::from_static(data),
                [egui::FontFamily::Proportional, egui::FontFamily::Monospace]
                    .into_iter()
                    .map(|family| egui::epaint::text::InsertFontFamily {
                        family,
                        priority: egui::epaint::text::FontPriority::Lowest,
                    })
                    .collect(),
            ));
        }
        let ctx = cc.egui_ctx.clone();
        let wake: Arc<dyn Fn() + Send + Sync> = Arc::new(move || ctx.request_repaint());
        let data_dir = options
            .data_dir
            .or_else(crate::io::recovery::default_data_dir);
        let worker = FileWorker::new(
            options.synchronous_io,
            data_dir.as_ref().map(|d| d.join("backups")),
            Arc::clone(&wake),
        );
        let mut app = ItineraApp {
            docs: Documents::new(Document::sample()),
            shown: Shown::default(),
            combined: None,
            combined_shown: Shown::default(),
            briefing_steps: presenting::BriefingSteps::default(),
            views: Views {
                table: crate::view::table::TableView::with_sort(ui_state.table_sort),
                inspector: Inspector::default(),
                timeline: TimelineView::default(),
                calendar: CalendarView::default(),
                map: MapState::default(),
                briefing: Briefing::default(),
            },
            ui_state,
            files: files::Files::new(
                worker,
                options.dialogs,
                data_dir,
                options.recovery_delay,
                options.synchronous_io,
                wake,
            ),
            comparing: comparing::Comparing {
                at_start: options.compare,
                ..comparing::Comparing::default()
            },
            chrome: Chrome::new(options.maximize),
            requests: Vec::new(),
            today: options
                .today
                .unwrap_or_else(|| chrono::Local::now().date_naive()),
            egui_ctx: cc.egui_ctx.clone(),
        };
        app.files.checks_off_thread(app.docs.active_mut());
        app.views.timeline.second = app.ui_state.second_zone.clone();
        app.views.calendar.second = app.ui_state.week_second_zone.clone();
        if let Some((snapshot, info)) = app.files.pending_recovery() {
            app.chrome.prompt = Some(Prompt::Recover(snapshot, info));
        }
        if let Some(view) = options.view {
            app.ui_state.show_view(view);
        }
        if options.present {
            app.request(Request::Present);
        }
        let mut files = options.files.into_iter();
        if let Some(first) = files.next() {
            // The named file, not the sample, is what the user asked for: an empty document stands in meanwhile
            // (a spreadsheet or a calendar comes into it, through the import window).
            app.docs.replace_active(Document::untitled());
            app.files.checks_off_thread(app.docs.active_mut());
            if crate::io::incoming::is_importable(&first) {
                app.read_import(first, None);
            } else {
                app.chrome.opening_at_start = true;
                app.files.open(first, files::Purpose::Open);
            }
        }
        // One document is open for editing; further files named on the command line open as layers beside it.
        app.files
            .pending_layers
            .extend(files.map(|path| (path, files::Purpose::AddLayer)));
        app
    }

    /// The UI state saved in eframe's storage, if any (and if it can be read: a damaged one is ignored).
    pub fn stored_ui_state(storage: &dyn eframe::Storage) -> Option<UiState> {
        eframe::get_value(storage, STORAGE_KEY)
    }

    /// The document being edited.
    pub fn doc(&self) -> &Document {
        self.docs.active()
    }

    /// The open documents.
    pub fn documents(&self) -> &Documents {
        &self.docs
    }

    /// The selection in the document being edited.
    pub fn selection(&self) -> &Selection {
        self.docs.selection()
    }

    /// The events the views show now, in document order.
    pub fn visible_events(&self) -> impl Iterator<Item = u32> + '_ {
        self.shown.events().iter().copied()
    }

    /// Queues a request, as a menu or shortcut does; it is carried out after the frame is drawn.
    pub fn request(&mut self, request: Request) {
        self.requests.push(request);
    }

    /// Carries out queued requests; exposed so tests can drive the app without a frame.
    pub fn perform_queued(&mut self, ctx: &egui::Context) {
        // What was asked changed the state after this frame was drawn: the next frame shows it.
        if !self.requests.is_empty() {
            ctx.request_repaint();
        }
        // A request can queue others (a save that then quits); they run in the same pass.
        while !self.requests.is_empty() {
            for request in std::mem::take(&mut self.requests) {
                self.perform(request, ctx);
            }
        }
    }

    /// Recomputes which events the views show when the document, its plan warnings or the filter changed, and
    /// deselects what the filter hides. Returns whether anything changed.
    pub fn refresh_visible(&mut self) -> bool {
        let open = self.docs.active_open();
        let mut changed = self.shown.refresh(
            &open.doc,
            &self.ui_state.filter,
            self.ui_state.show_restricted,
        );
        if changed && !open.selection.is_empty() {
            let mut shown = vec![false; open.doc.timeline().events.len()];
            for &i in self.shown.events() {
                if let Some(s) = shown.get_mut(i as usize) {
                    *s = true;
                }
            }
            let doc = &open.doc;
            open.selection.retain(|id| {
                doc.index_of(id)
                    .is_some_and(|i| shown.get(i) == Some(&true))
                    || crate::document::layers::split_id(id).is_some()
            });
        }
        self.combined = crate::document::layers::combined(&self.docs, self.combined.take());
        match &mut self.combined {
            Some(c) => {
                // The checks across layers follow each edit on their own worker, as a single file's do.
                self.files.checks_off_thread(&mut c.doc);
                c.doc.receive_plan();
                changed |= self.combined_shown.refresh(
                    &c.doc,
                    &self.ui_state.filter,
                    self.ui_state.show_restricted,
                );
            }
            None => self
                .docs
                .selection_mut()
                .retain(|id| crate::document::layers::split_id(id).is_none()),
        }
        changed
    }

    fn receive_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped = ctx.input(|i| i.raw.dropped_files.clone());
        if let Some(path) = dropped
            .into_iter()
            .find_map(|f| Some(f.path().to_path_buf()).filter(|p| !p.as_os_str().is_empty()))
        {
            // A spreadsheet or a calendar dropped is imported: opening one does that.
            self.request(Request::OpenPath(path));
        }
    }

    /// Closing the window asks about unsaved changes first.
    fn guard_close(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.chrome.allow_close {
            if self.doc().is_dirty() {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.chrome.prompt = Some(Prompt::Unsaved(Box::new(Request::Quit)));
            } else if self.unsaved_layer().is_some() {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.ask_about_layers();
            }
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.doc().window_title();
        if title != self.chrome.title_sent {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.chrome.title_sent = title;
        }
    }
}

impl eframe::App for ItineraApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        // Every text of this frame is looked up in the window's language.
        crate::i18n::set(self.ui_state.language());
        if !std::mem::replace(&mut self.chrome.theme_applied, true) {
            // On the first frame, once the window (or a test harness) has set its own defaults.
            self.ui_state.theme.apply(&ctx);
        }
        if std::mem::take(&mut self.chrome.maximize_pending) {
            // Some window managers ignore the maximised flag at creation; asking once mapped works everywhere.
            ctx.send_viewport_cmd(egui::ViewportCommand::Maximized(true));
        }
        self.receive_files(&ctx);
        for open in self.docs.iter_mut() {
            open.doc.receive_plan();
        }
        self.follow_baselines(&ctx);
        self.snapshot_for_recovery(ctx.input(|i| i.time));
        self.receive_dropped_files(&ctx);
        self.guard_close(&ctx);
        if self.views.briefing.active {
            self.briefing_ui(ui, &ctx);
            self.perform_queued(&ctx);
            return;
        }
        menu::shortcuts(self, &ctx);
        menu::menu_bar(self, ui);
        if self.refresh_visible() {
            ctx.request_repaint();
        }
        egui::Panel::top("filter_bar").show(ui, |ui| {
            let requests = crate::view::filter_bar::filter_bar_ui(
                ui,
                &self.ui_state.filter,
                &self.ui_state.presets,
                // With layers shown, the filter picks from every visible layer's events.
                self.combined
                    .as_ref()
                    .map_or(self.docs.active(), |c| &c.doc),
                match &self.combined {
                    Some(_) => self.combined_shown.events().len(),
                    None => self.shown.events().len(),
                },
                &self.layer_choices(),
            );
            self.requests.extend(requests);
        });
        panels::status_bar(self, ui);
        panels::problems_panel(self, ui);
        if !self.doc().timeline().conflicts.is_empty() {
            let requests = egui::Panel::bottom("conflicts")
                .resizable(true)
                .show(ui, |ui| {
                    crate::view::conflicts::conflicts_ui(ui, self.docs.active())
                })
                .inner;
            self.requests.extend(requests);
        }
        if let Some(baseline) = self.docs.active_baseline() {
            let requests = egui::Panel::bottom("changes")
                .resizable(true)
                .show(ui, |ui| {
                    crate::view::changes::changes_ui(ui, self.docs.active(), baseline)
                })
                .inner;
            self.requests.extend(requests);
        }
        let focus_inspector = std::mem::take(&mut self.chrome.focus_inspector);
        let requests = egui::Panel::right("inspector")
            .resizable(true)
            .default_size(380.0)
            .min_size(300.0)
            .max_size(560.0)
            .show(ui, |ui| {
                // With layers shown, another layer's event can be selected and read here (its edits are refused).
                self.views.inspector.ui(
                    ui,
                    self.combined
                        .as_ref()
                        .map_or(self.docs.active(), |c| &c.doc),
                    self.docs.selection(),
                    focus_inspector,
                )
            })
            .inner;
        self.requests.extend(requests);
        egui::CentralPanel::default().show(ui, |ui| {
            self.central_ui(ui);
        });
        panels::prompts(self, &ctx);
        if let Some(session) = &self.chrome.import
            && let Some(step) = crate::view::import::import_window(&ctx, session)
        {
            self.request(Request::ImportStep(step));
        }
        panels::help_windows(self, &ctx);
        self.compare_window(&ctx);
        let requests = crate::view::plan::window(
            &ctx,
            self.combined
                .as_ref()
                .map_or(self.docs.active(), |c| &c.doc),
            self.combined.as_ref(),
            &mut self.chrome.show_plan,
            &self.ui_state.filter,
        );
        self.requests.extend(requests);
        panels::drop_overlay(&ctx);
        self.perform_queued(&ctx);
        self.update_title(&ctx);
        if self.files.busy() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.ui_state.table_sort = self.views.table.sort;
        self.ui_state.second_zone = self.views.timeline.second.clone();
        self.ui_state.week_second_zone = self.views.calendar.second.clone();
        eframe::set_value(storage, STORAGE_KEY, &self.ui_state);
    }
}

/// Opens the window: the named file, or the shipped sample when none is given.
pub fn run_window(
    files: Vec<PathBuf>,
    view: Option<View>,
    present: bool,
    lang: Option<crate::i18n::Lang>,
    compare: Option<String>,
    theme: Option<crate::view::theme::Theme>,
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
                    lang,
                    compare,
                    theme,
                    maximize: true,
                    ..AppOptions::default()
                },
            )))
        }),
    )
    .map_err(|e| anyhow::anyhow!(crate::tr!("cli-no-window", why = e.to_string())))?;
    Ok(ExitCode::SUCCESS)
}
