//! The menu bar and the keyboard shortcuts that mirror it.

use crate::tr;
use egui::{Key, KeyboardShortcut, Modifiers};

use super::{ItineraApp, Request, View};

/// Every shortcut, as Help → Shortcuts lists it: the message ids of its keys and of what it does.
pub const SHORTCUTS: [(&str, &str); 20] = [
    ("keys-present", "shortcut-present"),
    ("keys-briefing-steps", "shortcut-briefing-steps"),
    ("keys-briefing-go", "shortcut-briefing-go"),
    ("keys-briefing-notes", "shortcut-briefing-notes"),
    ("keys-search", "shortcut-search"),
    ("keys-timeline-keys", "shortcut-timeline-keys"),
    ("keys-new", "shortcut-new"),
    ("keys-open", "shortcut-open"),
    ("keys-save", "shortcut-save"),
    ("keys-save-as", "shortcut-save-as"),
    ("keys-quit", "shortcut-quit"),
    ("keys-undo", "shortcut-undo"),
    ("keys-redo", "shortcut-redo"),
    ("keys-add", "shortcut-add"),
    ("keys-duplicate", "shortcut-duplicate"),
    ("keys-delete", "shortcut-delete"),
    ("keys-select", "shortcut-select"),
    ("keys-fields", "shortcut-fields"),
    ("keys-inspector-keys", "shortcut-inspector-keys"),
    ("keys-help", "shortcut-help"),
];

const NEW: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::N);
const OPEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
const SAVE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
const SAVE_AS: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S);
const QUIT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Q);
const HELP: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::F1);
const PRESENT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::F5);
const FIND: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::F);
const UNDO: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
const REDO: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z);
const REDO_Y: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);
const ADD: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::E);
const DUPLICATE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::D);
const DELETE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::Delete);

/// A shortcut as a menu shows it, with the key names of the interface's language ("Ctrl+Maj+S", "Suppr").
fn shortcut_text(ctx: &egui::Context, shortcut: &KeyboardShortcut) -> String {
    let text = ctx.format_shortcut(shortcut);
    match crate::i18n::current() {
        crate::i18n::Lang::En => text,
        _ => text
            .replace("Shift", crate::i18n::label("key-shift"))
            .replace("Delete", crate::i18n::label("key-delete")),
    }
}

/// Turns shortcut presses into actions. Save As is checked before Save, which it contains, and Redo before Undo.
/// While a text field has focus, Ctrl+Z and Ctrl+D belong to the field; Delete acts only while a view or nothing has focus.
pub fn shortcuts(app: &mut ItineraApp, ctx: &egui::Context) {
    let view_keys = crate::view::focus::view_keys_allowed(ctx);
    if app.chrome.prompt.is_some() {
        return;
    }
    if !ctx.text_edit_focused() {
        let document_keys = [
            (REDO, Request::Redo),
            (UNDO, Request::Undo),
            (REDO_Y, Request::Redo),
            (DUPLICATE, Request::DuplicateSelection),
        ];
        for (shortcut, action) in document_keys {
            if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
                app.request(action);
            }
        }
    }
    // Delete belongs to a view (or to nothing in particular), never to a focused field or button.
    if view_keys && ctx.input_mut(|i| i.consume_shortcut(&DELETE)) {
        app.request(Request::DeleteSelection);
    }
    if ctx.input_mut(|i| i.consume_shortcut(&FIND)) {
        ctx.memory_mut(|m| m.request_focus(crate::view::filter_bar::search_id()));
    }
    let pairs = [
        (PRESENT, Request::Present),
        (ADD, Request::AddEvent),
        (SAVE_AS, Request::SaveAs),
        (SAVE, Request::Save),
        (NEW, Request::New),
        (OPEN, Request::Open),
        (QUIT, Request::Quit),
        (HELP, Request::ShowShortcuts),
    ];
    for (shortcut, action) in pairs {
        if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
            app.request(action);
        }
    }
}

fn item(ui: &mut egui::Ui, label: &str, shortcut: Option<&KeyboardShortcut>) -> bool {
    let mut button = egui::Button::new(label);
    if let Some(shortcut) = shortcut {
        button = button.shortcut_text(shortcut_text(ui.ctx(), shortcut));
    }
    ui.add(button).clicked()
}

pub fn menu_bar(app: &mut ItineraApp, ui: &mut egui::Ui) {
    egui::Panel::top("menu_bar").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(tr!("menu-file"), |ui| file_menu(app, ui));
            ui.menu_button(tr!("menu-edit"), |ui| edit_menu(app, ui));
            ui.menu_button(tr!("menu-view"), |ui| {
                for view in View::ALL {
                    if ui.radio(app.ui_state.view == view, view.label()).clicked() {
                        app.request(Request::SetView(view));
                    }
                }
                ui.menu_button(tr!("menu-split"), |ui| {
                    let main = app.ui_state.view;
                    let current = app.ui_state.split;
                    if ui.radio(current.is_none(), tr!("split-none")).clicked() {
                        app.request(Request::SetSplit(None));
                    }
                    for view in View::ALL.into_iter().filter(|v| *v != main) {
                        let label = tr!("split-below", view = view.label());
                        if ui.radio(current == Some(view), label).clicked() {
                            app.request(Request::SetSplit(Some(view)));
                        }
                    }
                });
                ui.separator();
                let warnings = app.doc().plan().len();
                if ui
                    .add(egui::Button::new(tr!("plan-warnings", count = warnings)))
                    .on_hover_text(tr!("plan-warnings-hover"))
                    .clicked()
                {
                    app.request(Request::ShowPlanWarnings);
                }
                if item(ui, &tr!("menu-present"), Some(&PRESENT)) {
                    app.request(Request::Present);
                }
                ui.menu_button(tr!("menu-theme"), |ui| {
                    let current = app.ui_state.theme;
                    for theme in crate::view::theme::Theme::ALL {
                        if ui.radio(current == theme, theme.label()).clicked() {
                            app.request(Request::SetTheme(theme));
                        }
                    }
                });
                ui.menu_button(tr!("menu-language"), |ui| {
                    let current = app.ui_state.language();
                    for lang in crate::i18n::Lang::ALL {
                        if ui.radio(current == lang, lang.name()).clicked() {
                            app.request(Request::SetLanguage(lang));
                        }
                    }
                });
                ui.separator();
                let mut restricted = app.ui_state.show_restricted;
                if ui
                    .checkbox(&mut restricted, tr!("show-restricted"))
                    .on_hover_text(tr!("show-restricted-hover"))
                    .changed()
                {
                    app.request(Request::ShowRestricted(restricted));
                }
            });
            ui.menu_button(tr!("menu-help"), |ui| {
                if item(ui, &tr!("menu-shortcuts"), Some(&HELP)) {
                    app.request(Request::ShowShortcuts);
                }
                if item(ui, &tr!("menu-about"), None) {
                    app.request(Request::ShowAbout);
                }
            });
        });
    });
}

fn edit_menu(app: &mut ItineraApp, ui: &mut egui::Ui) {
    let history = app.doc().history();
    let undo = history
        .undo_label()
        .map(|l| tr!("menu-undo-step", step = l));
    let redo = history
        .redo_label()
        .map(|l| tr!("menu-redo-step", step = l));
    if ui
        .add_enabled(
            undo.is_some(),
            egui::Button::new(undo.unwrap_or_else(|| tr!("menu-undo")))
                .shortcut_text(shortcut_text(ui.ctx(), &UNDO)),
        )
        .clicked()
    {
        app.request(Request::Undo);
    }
    if ui
        .add_enabled(
            redo.is_some(),
            egui::Button::new(redo.unwrap_or_else(|| tr!("menu-redo")))
                .shortcut_text(shortcut_text(ui.ctx(), &REDO)),
        )
        .clicked()
    {
        app.request(Request::Redo);
    }
    ui.separator();
    if item(ui, &tr!("menu-add-event"), Some(&ADD)) {
        app.request(Request::AddEvent);
    }
    let any = !app.selection().is_empty();
    if ui
        .add_enabled(
            any,
            egui::Button::new(tr!("menu-duplicate"))
                .shortcut_text(shortcut_text(ui.ctx(), &DUPLICATE)),
        )
        .clicked()
    {
        app.request(Request::DuplicateSelection);
    }
    if ui
        .add_enabled(
            any,
            egui::Button::new(tr!("menu-delete")).shortcut_text(shortcut_text(ui.ctx(), &DELETE)),
        )
        .clicked()
    {
        app.request(Request::DeleteSelection);
    }
    if ui
        .add_enabled(any, egui::Button::new(tr!("menu-select-none")))
        .clicked()
    {
        app.request(Request::ClearSelection);
    }
}

fn file_menu(app: &mut ItineraApp, ui: &mut egui::Ui) {
    if item(ui, &tr!("menu-new"), Some(&NEW)) {
        app.request(Request::New);
    }
    if item(ui, &tr!("menu-open"), Some(&OPEN)) {
        app.request(Request::Open);
    }
    if item(ui, &tr!("menu-open-path"), None) {
        app.request(Request::OpenTypedPath);
    }
    if ui
        .button(tr!("menu-import"))
        .on_hover_text(tr!("menu-import-hover"))
        .clicked()
    {
        app.request(Request::Import);
    }
    if item(ui, &tr!("menu-import-path"), None) {
        app.request(Request::ImportTypedPath);
    }
    ui.menu_button(tr!("menu-open-recent"), |ui| {
        if app.ui_state.recent.is_empty() {
            ui.label(tr!("no-recent-files"));
        }
        for path in app.ui_state.recent.clone() {
            if ui.button(path.display().to_string()).clicked() {
                app.request(Request::OpenPath(path));
            }
        }
    });
    ui.menu_button(tr!("menu-restore-backup"), |ui| {
        let backups = match (app.doc().path(), app.files.backups_dir()) {
            (Some(path), Some(dir)) => crate::io::backups::list(&dir, path),
            _ => Vec::new(),
        };
        if backups.is_empty() {
            ui.label(tr!("no-backups"));
        }
        for backup in backups {
            let label = backup
                .file_stem()
                .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
            if ui
                .button(label)
                .on_hover_text(backup.display().to_string())
                .clicked()
            {
                app.request(Request::RestoreBackup(backup));
            }
        }
    });
    if item(ui, &tr!("menu-add-layer"), None) {
        app.request(Request::AddLayer);
    }
    if item(ui, &tr!("menu-add-layer-path"), None) {
        app.request(Request::AddLayerTypedPath);
    }
    if item(ui, &tr!("menu-compare"), None) {
        app.request(Request::ShowCompare);
    }
    if app.docs.active_baseline().is_some() && item(ui, &tr!("menu-stop-comparing"), None) {
        app.request(Request::StopComparing);
    }
    ui.separator();
    if item(ui, &tr!("menu-save"), Some(&SAVE)) {
        app.request(Request::Save);
    }
    if item(ui, &tr!("menu-save-as"), Some(&SAVE_AS)) {
        app.request(Request::SaveAs);
    }
    if item(ui, &tr!("menu-save-as-path"), None) {
        app.request(Request::SaveAsTypedPath);
    }
    ui.separator();
    if ui
        .button(tr!("menu-export-ics"))
        .on_hover_text(tr!("menu-export-ics-hover"))
        .clicked()
    {
        app.request(Request::ExportIcs);
    }
    if item(ui, &tr!("menu-export-ics-path"), None) {
        app.request(Request::ExportIcsTypedPath);
    }
    if ui
        .button(tr!("menu-export-sheet"))
        .on_hover_text(tr!("menu-export-sheet-hover"))
        .clicked()
    {
        app.request(Request::ExportSheet);
    }
    if item(ui, &tr!("menu-export-sheet-path"), None) {
        app.request(Request::ExportSheetTypedPath);
    }
    if ui
        .button(tr!("menu-export-book"))
        .on_hover_text(tr!("menu-export-book-hover"))
        .clicked()
    {
        app.request(Request::ExportBook);
    }
    if item(ui, &tr!("menu-export-book-path"), None) {
        app.request(Request::ExportBookTypedPath);
    }
    if ui
        .button(tr!("menu-export-image"))
        .on_hover_text(tr!("menu-export-image-hover"))
        .clicked()
    {
        app.request(Request::ExportImage);
    }
    if item(ui, &tr!("menu-export-image-path"), None) {
        app.request(Request::ExportImageTypedPath);
    }
    if app.ui_state.view == crate::view::View::Timeline
        && ui
            .button(tr!("menu-export-image-on-screen"))
            .on_hover_text(tr!("menu-export-image-on-screen-hover"))
            .clicked()
    {
        app.request(Request::ExportImageOnScreen);
    }
    ui.separator();
    if item(ui, &tr!("menu-quit"), Some(&QUIT)) {
        app.request(Request::Quit);
    }
}
