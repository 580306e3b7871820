//! The menu bar and the keyboard shortcuts that mirror it.

use egui::{Key, KeyboardShortcut, Modifiers};

use super::{Action, ItineraApp, View};

/// Every shortcut, as Help → Shortcuts lists it.
pub const SHORTCUTS: [(&str, &str); 20] = [
    ("F5", "Present: briefing mode, full screen (Esc leaves)"),
    (
        "→ / PageDown / Space, ← / PageUp",
        "In a briefing: next and previous step; Home and End: first and last",
    ),
    (
        "Number, then Enter; B",
        "In a briefing: go to that step; blank the screen",
    ),
    (
        "P",
        "In a briefing: presenter notes (step, clock, notes, what comes next) in a window of their own",
    ),
    ("Ctrl+F", "Search (Esc in the search field clears it)"),
    (
        "Arrows, Alt+arrows, Enter",
        "On the timeline: select, move, go to the inspector",
    ),
    ("Ctrl+N", "New timeline"),
    ("Ctrl+O", "Open a file"),
    ("Ctrl+S", "Save"),
    ("Ctrl+Shift+S", "Save as"),
    ("Ctrl+Q", "Quit"),
    (
        "Ctrl+Z",
        "Undo (in a text field: undo typing in that field)",
    ),
    ("Ctrl+Shift+Z or Ctrl+Y", "Redo"),
    ("Ctrl+E", "Add an event"),
    ("Ctrl+D", "Duplicate the selected events"),
    (
        "Delete",
        "Delete the selected events (while a view, not a field or button, has focus)",
    ),
    ("Ctrl+click", "Add an event to the selection, or remove it"),
    ("Tab / Shift+Tab", "Move between fields"),
    (
        "Enter, Esc",
        "In an inspector field: keep what you typed; put back what it had",
    ),
    ("F1", "Show shortcuts"),
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

/// Turns shortcut presses into actions. Save As is checked before Save, which it contains, and Redo before Undo.
/// While a text field has focus, Ctrl+Z and Ctrl+D belong to the field; Delete acts only while a view or nothing has focus.
pub fn shortcuts(app: &mut ItineraApp, ctx: &egui::Context) {
    let view_keys = crate::view::focus::view_keys_allowed(ctx);
    if app.prompt.is_some() {
        return;
    }
    if !ctx.text_edit_focused() {
        let document_keys = [
            (REDO, Action::Redo),
            (UNDO, Action::Undo),
            (REDO_Y, Action::Redo),
            (DUPLICATE, Action::DuplicateSelection),
        ];
        for (shortcut, action) in document_keys {
            if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
                app.request(action);
            }
        }
    }
    // Delete belongs to a view (or to nothing in particular), never to a focused field or button.
    if view_keys && ctx.input_mut(|i| i.consume_shortcut(&DELETE)) {
        app.request(Action::DeleteSelection);
    }
    if ctx.input_mut(|i| i.consume_shortcut(&FIND)) {
        ctx.memory_mut(|m| m.request_focus(crate::view::filter_bar::search_id()));
    }
    let pairs = [
        (PRESENT, Action::Present),
        (ADD, Action::AddEvent),
        (SAVE_AS, Action::SaveAs),
        (SAVE, Action::Save),
        (NEW, Action::New),
        (OPEN, Action::Open),
        (QUIT, Action::Quit),
        (HELP, Action::ShowShortcuts),
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
        button = button.shortcut_text(ui.ctx().format_shortcut(shortcut));
    }
    ui.add(button).clicked()
}

pub fn menu_bar(app: &mut ItineraApp, ui: &mut egui::Ui) {
    egui::Panel::top("menu_bar").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| file_menu(app, ui));
            ui.menu_button("Edit", |ui| edit_menu(app, ui));
            ui.menu_button("View", |ui| {
                for view in View::ALL {
                    if ui.radio(app.ui_state.view == view, view.label()).clicked() {
                        app.request(Action::SetView(view));
                    }
                }
                ui.menu_button("Split", |ui| {
                    let main = app.ui_state.view;
                    let split = &mut app.ui_state.split;
                    ui.radio_value(split, None, "No split");
                    for view in View::ALL.into_iter().filter(|v| *v != main) {
                        ui.radio_value(split, Some(view), format!("{} below", view.label()));
                    }
                });
                ui.separator();
                let warnings = app.doc.plan.len();
                if ui
                    .add(egui::Button::new(format!("Plan warnings ({warnings})")))
                    .on_hover_text("A principal in two places at once, or without time to travel")
                    .clicked()
                {
                    app.show_plan = true;
                }
                if item(ui, "Present", Some(&PRESENT)) {
                    app.request(Action::Present);
                }
                ui.separator();
                ui.checkbox(&mut app.ui_state.show_restricted, "Show restricted content")
                    .on_hover_text(
                        "Restricted events and notes are shown and searched only while this is on",
                    );
            });
            ui.menu_button("Help", |ui| {
                if item(ui, "Shortcuts", Some(&HELP)) {
                    app.request(Action::ShowShortcuts);
                }
                if item(ui, "About Itinera", None) {
                    app.request(Action::ShowAbout);
                }
            });
        });
    });
}

fn edit_menu(app: &mut ItineraApp, ui: &mut egui::Ui) {
    let undo = app.doc.history.undo_label().map(|l| format!("Undo {l}"));
    if ui
        .add_enabled(
            undo.is_some(),
            egui::Button::new(undo.as_deref().unwrap_or("Undo"))
                .shortcut_text(ui.ctx().format_shortcut(&UNDO)),
        )
        .clicked()
    {
        app.request(Action::Undo);
    }
    let redo = app.doc.history.redo_label().map(|l| format!("Redo {l}"));
    if ui
        .add_enabled(
            redo.is_some(),
            egui::Button::new(redo.as_deref().unwrap_or("Redo"))
                .shortcut_text(ui.ctx().format_shortcut(&REDO)),
        )
        .clicked()
    {
        app.request(Action::Redo);
    }
    ui.separator();
    if item(ui, "Add event", Some(&ADD)) {
        app.request(Action::AddEvent);
    }
    let any = !app.selection.is_empty();
    if ui
        .add_enabled(
            any,
            egui::Button::new("Duplicate").shortcut_text(ui.ctx().format_shortcut(&DUPLICATE)),
        )
        .clicked()
    {
        app.request(Action::DuplicateSelection);
    }
    if ui
        .add_enabled(
            any,
            egui::Button::new("Delete").shortcut_text(ui.ctx().format_shortcut(&DELETE)),
        )
        .clicked()
    {
        app.request(Action::DeleteSelection);
    }
    if ui
        .add_enabled(any, egui::Button::new("Select none"))
        .clicked()
    {
        app.selection.clear();
    }
}

fn file_menu(app: &mut ItineraApp, ui: &mut egui::Ui) {
    if item(ui, "New", Some(&NEW)) {
        app.request(Action::New);
    }
    if item(ui, "Open…", Some(&OPEN)) {
        app.request(Action::Open);
    }
    if item(ui, "Open path…", None) {
        app.request(Action::OpenTypedPath);
    }
    ui.menu_button("Open Recent", |ui| {
        if app.ui_state.recent.is_empty() {
            ui.label("No recent files");
        }
        for path in app.ui_state.recent.clone() {
            if ui.button(path.display().to_string()).clicked() {
                app.request(Action::OpenPath(path));
            }
        }
    });
    ui.menu_button("Restore backup", |ui| {
        let backups = match (&app.doc.path, app.backups_dir()) {
            (Some(path), Some(dir)) => crate::io::backups::list(&dir, path),
            _ => Vec::new(),
        };
        if backups.is_empty() {
            ui.label("No backups of this file yet");
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
                app.request(Action::RestoreBackup(backup));
            }
        }
    });
    ui.separator();
    if item(ui, "Save", Some(&SAVE)) {
        app.request(Action::Save);
    }
    if item(ui, "Save As…", Some(&SAVE_AS)) {
        app.request(Action::SaveAs);
    }
    if item(ui, "Save as path…", None) {
        app.request(Action::SaveAsTypedPath);
    }
    ui.separator();
    if ui
        .button("Export calendar (.ics)…")
        .on_hover_text(
            "The events shown, for calendar apps. Events known only to the month or year, \
             and restricted ones, are left out.",
        )
        .clicked()
    {
        app.request(Action::ExportIcs);
    }
    if item(ui, "Export calendar to path…", None) {
        app.request(Action::ExportIcsTypedPath);
    }
    ui.separator();
    if item(ui, "Quit", Some(&QUIT)) {
        app.request(Action::Quit);
    }
}
