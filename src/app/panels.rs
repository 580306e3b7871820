//! The panels around the views: status bar, load problems, prompts, help windows, the drop overlay.

use crate::i18n::dates::{self, DateStyle};
use std::path::PathBuf;

use super::menu::SHORTCUTS;
use super::{ItineraApp, Prompt, Tone};
use crate::edit::{Command, Dependents};
use crate::view::{Field, FieldKey, Request};

/// Counts, warnings and the latest notice, along the bottom of the window.
pub fn status_bar(app: &mut ItineraApp, ui: &mut egui::Ui) {
    egui::Panel::bottom("status_bar").show(ui, |ui| {
        ui.horizontal(|ui| {
            let doc = app.doc();
            let t = doc.timeline();
            ui.label(crate::tr!(
                "status-counts",
                events = t.events.len(),
                trips = t.trips.len(),
                principals = t.principals.len()
            ));
            let warnings = doc.load_warnings().len();
            if warnings > 0 {
                ui.separator();
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    crate::tr!("load-warnings", count = warnings),
                )
                .on_hover_text(
                    doc.load_warnings()
                        .iter()
                        .map(|w| w.render(doc.name()))
                        .collect::<Vec<_>>()
                        .join("\n"),
                );
            }
            // With layers shown, the warnings across their files count too.
            let plan = app
                .combined
                .as_ref()
                .map_or(doc.plan().len(), |c| c.doc.plan().len());
            if plan > 0 {
                ui.separator();
                let text = format!("⚠ {}", crate::tr!("plan-warnings-count", count = plan));
                let button =
                    egui::Button::new(egui::RichText::new(text).color(ui.visuals().warn_fg_color))
                        .frame(false);
                if ui
                    .add(button)
                    .on_hover_text(crate::tr!("plan-warnings-hover"))
                    .clicked()
                {
                    app.chrome.show_plan = !app.chrome.show_plan;
                }
            }
            if app.chrome.load_error.is_some() {
                ui.separator();
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    crate::tr!("status-open-failed"),
                );
            }
            if let Some(path) = app.files.opening() {
                ui.separator();
                ui.spinner();
                ui.label(crate::tr!(
                    "status-opening",
                    path = path.display().to_string()
                ));
            }
            if let Some((name, step)) = app.files.importing() {
                ui.separator();
                ui.spinner();
                ui.label(import_status(name, step));
            } else if let Some(notice) = &app.chrome.notice {
                ui.separator();
                let text = egui::RichText::new(&notice.text);
                let text = match notice.tone {
                    Tone::Info => text,
                    Tone::Error => text.color(ui.visuals().error_fg_color),
                };
                // A long notice is cut at the window's edge; the whole of it shows on hover.
                ui.add(egui::Label::new(text).truncate());
            }
        });
    });
}

/// The located problems of the last file that failed to open, in the same text `itinera check` prints.
pub fn problems_panel(app: &mut ItineraApp, ui: &mut egui::Ui) {
    let Some(text) = app.chrome.load_error.clone() else {
        return;
    };
    egui::Panel::bottom("problems")
        .resizable(true)
        .default_size(180.0)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.strong(crate::tr!("problems-heading"));
                ui.label(&app.chrome.load_error_note);
                if ui.button(crate::tr!("prompt-close")).clicked() {
                    app.chrome.load_error = None;
                }
            });
            egui::ScrollArea::both().auto_shrink(false).show(ui, |ui| {
                ui.add(egui::Label::new(egui::RichText::new(text).monospace()).selectable(true));
            });
        });
}

/// Modal prompts: typed paths and confirmations.
pub fn prompts(app: &mut ItineraApp, ctx: &egui::Context) {
    let Some(prompt) = app.chrome.prompt.clone() else {
        return;
    };
    let prompt_kind = Some(prompt.clone());
    let mut close = false;
    let modal = egui::Modal::new(egui::Id::unique("itinera-prompt")).show(ctx, |ui| {
        ui.set_width(460.0);
        match prompt {
            Prompt::Path(purpose, mut text) => {
                let (heading, button, act) = purpose.parts();
                ui.heading(heading);
                let label = ui.label(crate::tr!("prompt-path"));
                let edit = ui
                    .add(egui::TextEdit::singleline(&mut text).desired_width(f32::INFINITY))
                    .labelled_by(label.id);
                let entered = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                // The field takes the keyboard when the prompt opens (and whenever nothing else has it),
                // so a suggested path is confirmed with Enter alone.
                if !entered && ui.memory(|m| m.focused().is_none()) {
                    edit.request_focus();
                }
                ui.horizontal(|ui| {
                    let confirm = ui.button(button).clicked() || entered;
                    if confirm && !text.trim().is_empty() {
                        app.request(act(PathBuf::from(text.trim())));
                        close = true;
                    }
                    if ui.button(crate::tr!("prompt-cancel")).clicked() {
                        close = true;
                    }
                });
                if !close {
                    app.chrome.prompt = Some(Prompt::Path(purpose, text));
                }
            }
            Prompt::Unsaved(then) => {
                ui.heading(crate::tr!("prompt-unsaved-heading"));
                ui.label(crate::tr!("prompt-unsaved", name = app.doc().name()));
                ui.horizontal(|ui| {
                    if ui.button(crate::tr!("prompt-save")).clicked() {
                        app.files.after_save = Some(then.clone());
                        app.request(Request::Save);
                        close = true;
                    }
                    if ui.button(crate::tr!("prompt-discard")).clicked() {
                        app.request(Request::Discarding(then.clone()));
                        close = true;
                    }
                    if ui.button(crate::tr!("prompt-cancel")).clicked() {
                        close = true;
                    }
                });
            }
            Prompt::DeleteTrip { id, users } => {
                ui.heading(crate::tr!("prompt-delete-trip-heading"));
                ui.label(crate::tr!("prompt-delete-trip", count = users));
                dependents_buttons(ui, &mut close, |legs| {
                    app.request(Request::field_edit(
                        FieldKey::document(Field::Trips),
                        Command::DeleteTrip {
                            id: id.clone(),
                            legs,
                        },
                    ));
                });
            }
            Prompt::DeletePrincipal { id, users } => {
                ui.heading(crate::tr!("prompt-delete-principal-heading"));
                ui.label(crate::tr!("prompt-delete-principal", count = users));
                dependents_buttons(ui, &mut close, |events| {
                    app.request(Request::field_edit(
                        FieldKey::document(Field::Principals),
                        Command::DeletePrincipal {
                            id: id.clone(),
                            events,
                        },
                    ));
                });
            }
            Prompt::ChangedOnDisk(path) => {
                ui.heading(crate::tr!("prompt-changed-heading"));
                ui.label(crate::tr!(
                    "prompt-changed-on-save",
                    path = path.display().to_string()
                ));
                ui.horizontal(|ui| {
                    if ui.button(crate::tr!("prompt-overwrite")).clicked() {
                        app.request(Request::Overwrite(path.clone()));
                        close = true;
                    }
                    if ui.button(crate::tr!("prompt-reload")).clicked() {
                        app.request(Request::Discarding(Box::new(Request::OpenPath(
                            path.clone(),
                        ))));
                        close = true;
                    }
                    if ui.button(crate::tr!("prompt-save-as")).clicked() {
                        app.request(Request::SaveAs);
                        close = true;
                    }
                });
            }
            Prompt::ExternalChange(path) => {
                ui.heading(crate::tr!("prompt-changed-heading"));
                ui.label(crate::tr!(
                    "prompt-changed-while-editing",
                    path = path.display().to_string()
                ));
                ui.horizontal(|ui| {
                    if ui.button(crate::tr!("prompt-reload")).clicked() {
                        app.request(Request::Discarding(Box::new(Request::OpenPath(
                            path.clone(),
                        ))));
                        close = true;
                    }
                    if ui.button(crate::tr!("prompt-keep-mine")).clicked() {
                        close = true;
                    }
                    if ui.button(crate::tr!("prompt-save-as")).clicked() {
                        app.request(Request::SaveAs);
                        close = true;
                    }
                });
            }
            Prompt::SaveFailed(why) => {
                ui.heading(crate::tr!("prompt-not-saved-heading"));
                let kept = if app.doc().is_dirty() {
                    crate::tr!("prompt-not-saved-kept-changes")
                } else {
                    crate::tr!("prompt-not-saved-kept-document")
                };
                ui.label(crate::tr!(
                    "prompt-not-saved",
                    why = why.as_str(),
                    kept = kept
                ));
                ui.horizontal(|ui| {
                    if ui.button(crate::tr!("prompt-save-as")).clicked() {
                        app.request(Request::SaveAs);
                        close = true;
                    }
                    if ui.button(crate::tr!("prompt-save-as-path")).clicked() {
                        app.request(Request::SaveAsTypedPath);
                        close = true;
                    }
                    if ui.button(crate::tr!("prompt-close")).clicked() {
                        close = true;
                    }
                });
            }
            Prompt::Recover(snapshot, info) => {
                ui.heading(crate::tr!("prompt-restore-heading"));
                let file = info.path.as_ref().map_or_else(
                    || crate::tr!("prompt-untitled"),
                    |p| p.display().to_string(),
                );
                ui.label(crate::tr!(
                    "prompt-restore",
                    file = file,
                    count = info.changes
                ));
                ui.label(crate::tr!(
                    "prompt-restore-taken",
                    when = human_moment(&info.written, chrono::Local::now().fixed_offset())
                ));
                ui.horizontal(|ui| {
                    if ui.button(crate::tr!("prompt-restore-button")).clicked() {
                        app.request(Request::RestoreSnapshot(snapshot.clone()));
                        close = true;
                    }
                    if ui.button(crate::tr!("prompt-discard")).clicked() {
                        app.request(Request::DiscardSnapshot(snapshot.clone()));
                        close = true;
                    }
                });
            }
            Prompt::ConfirmDropComments(path) => {
                ui.heading(crate::tr!("prompt-comments-heading"));
                ui.label(crate::tr!(
                    "prompt-comments",
                    path = path.display().to_string()
                ));
                ui.horizontal(|ui| {
                    if ui.button(crate::tr!("prompt-save-anyway")).clicked() {
                        app.request(Request::ConfirmDropComments(path.clone()));
                        close = true;
                    }
                    if ui.button(crate::tr!("prompt-cancel")).clicked() {
                        close = true;
                    }
                });
            }
        }
    });
    // A form (a path to type) closes on a click outside it or Escape, like any dialog; a question stays until it
    // is answered, so a stray click can neither dismiss it nor be lost.
    let form = matches!(prompt_kind, Some(Prompt::Path(..)));
    if close || (form && modal.should_close()) {
        app.chrome.prompt = None;
    }
}

/// When a snapshot was taken, as a person says it: "today at 19:32", "yesterday at 08:05", "on 28 Nov 2026 at
/// 19:32", in the zone of `now`. A time that cannot be read is given as written.
pub fn human_moment(written: &str, now: chrono::DateTime<chrono::FixedOffset>) -> String {
    let Ok(at) = chrono::DateTime::parse_from_rfc3339(written) else {
        return written.to_owned();
    };
    let at = at.with_timezone(now.offset());
    let (day, today) = (at.date_naive(), now.date_naive());
    let time = dates::time(at.time());
    if day == today {
        crate::tr!("moment-today", time = time)
    } else if today.pred_opt() == Some(day) {
        crate::tr!("moment-yesterday", time = time)
    } else {
        crate::tr!(
            "moment-on",
            date = dates::date(day, DateStyle::Day),
            time = time
        )
    }
}

/// "Keep the events", "Delete them too", "Cancel".
fn dependents_buttons(ui: &mut egui::Ui, close: &mut bool, mut choose: impl FnMut(Dependents)) {
    ui.horizontal(|ui| {
        if ui.button(crate::tr!("prompt-keep-events")).clicked() {
            choose(Dependents::Detach);
            *close = true;
        }
        if ui.button(crate::tr!("prompt-delete-too")).clicked() {
            choose(Dependents::Delete);
            *close = true;
        }
        if ui.button(crate::tr!("prompt-cancel")).clicked() {
            *close = true;
        }
    });
}

pub fn help_windows(app: &mut ItineraApp, ctx: &egui::Context) {
    egui::Window::new(crate::tr!("shortcuts-window"))
        .id(egui::Id::unique("itinera-shortcuts"))
        .open(&mut app.chrome.show_shortcuts)
        .resizable(false)
        .collapsible(false)
        .show(ctx, |ui| {
            egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
                for (keys, what) in SHORTCUTS {
                    ui.monospace(crate::i18n::label(keys));
                    ui.label(crate::i18n::label(what));
                    ui.end_row();
                }
            });
        });
    egui::Window::new(crate::tr!("about-window"))
        .id(egui::Id::unique("itinera-about"))
        .open(&mut app.chrome.show_about)
        .resizable(false)
        .collapsible(false)
        .show(ctx, |ui| {
            ui.heading("Itinera");
            ui.label(crate::tr!(
                "about-version",
                version = env!("CARGO_PKG_VERSION")
            ));
            ui.label(crate::tr!("about-summary"));
            ui.separator();
            ui.strong(crate::tr!("about-credits"));
            ui.label(crate::tr!("about-credit-shapes"));
            ui.label(crate::tr!("about-credit-countries"));
            ui.label(crate::tr!("about-credit-cities"));
            ui.label(crate::tr!("about-credit-zones"));
            ui.label(crate::tr!("about-credit-cldr"));
        });
}

/// A hint while a file is dragged over the window.
pub fn drop_overlay(ctx: &egui::Context) {
    if ctx.input(|i| i.raw.hovered_files.is_empty()) {
        return;
    }
    let screen = ctx.content_rect();
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("itinera-drop"),
    ));
    painter.rect_filled(screen, 0.0, egui::Color32::from_black_alpha(160));
    painter.text(
        screen.center(),
        egui::Align2::CENTER_CENTER,
        crate::tr!("drop-hint"),
        egui::FontId::proportional(28.0),
        egui::Color32::WHITE,
    );
}

/// How far reading a file to import has got, in words.
fn import_status(name: &str, step: Option<crate::io::progress::Step>) -> String {
    use crate::i18n::numbers::integer;
    use crate::io::progress::Stage;
    match step {
        Some(s) if s.stage == Stage::Reading && s.total > 0 => crate::tr!(
            "status-import-reading",
            name = name,
            percent = s.percent().to_string()
        ),
        Some(s) if s.stage == Stage::Rows => crate::tr!(
            "status-import-rows",
            name = name,
            done = integer(s.done as i64),
            total = integer(s.total as i64)
        ),
        Some(s) if s.stage == Stage::Checking => {
            crate::tr!("status-import-checking", name = name)
        }
        _ => crate::tr!("notice-import-reading", name = name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_snapshot_time_reads_as_a_person_says_it() {
        let now = chrono::DateTime::parse_from_rfc3339("2026-12-01T21:00:00-05:00").expect("time");
        assert_eq!(
            human_moment("2026-12-02T00:32:16.86Z", now),
            "today at 19:32"
        );
        assert_eq!(
            human_moment("2026-11-30T13:05:00Z", now),
            "yesterday at 08:05"
        );
        assert_eq!(
            human_moment("2026-11-28T12:00:00Z", now),
            "on 28 Nov 2026 at 07:00"
        );
        assert_eq!(human_moment("not a time", now), "not a time");
    }

    #[test]
    fn the_status_bar_says_how_far_reading_a_file_to_import_has_got_in_either_language() {
        use crate::io::progress::{Stage, Step};
        let step = |stage, done, total| Some(Step { stage, done, total });
        crate::i18n::set(crate::i18n::Lang::En);
        assert_eq!(import_status("p.xlsx", None), "Reading p.xlsx…");
        assert_eq!(
            import_status("p.xlsx", step(Stage::Reading, 450, 1000)),
            "Reading p.xlsx: 45%"
        );
        assert_eq!(
            import_status("p.xlsx", step(Stage::Rows, 2560, 10000)),
            "Reading p.xlsx: row 2,560 of 10,000"
        );
        crate::i18n::set(crate::i18n::Lang::Fr);
        let rows = import_status("p.xlsx", step(Stage::Rows, 2560, 10000));
        crate::i18n::set(crate::i18n::Lang::En);
        assert!(rows.starts_with("Lecture de p.xlsx : ligne 2"), "{rows}");
        assert!(
            rows.ends_with("sur 10\u{202f}000") || rows.ends_with("sur 10\u{a0}000"),
            "{rows:?}"
        );
    }
}
