//! The merge conflicts panel: each conflict a merge recorded in the file — what it is on, the field, and the
//! base, our and their values — with a button per version to keep it. Each choice is one undoable step.

use crate::document::Document;
use crate::edit::Command;
use crate::edit::resolve::Pick;
use crate::model::record_diff;
use crate::view::request::{Origin, Request};

/// The longest value a button shows in full.
const MAX_SHOWN: usize = 60;

/// Draws the panel's contents for `doc`; returns the resolutions asked for.
pub fn conflicts_ui(ui: &mut egui::Ui, doc: &Document) -> Vec<Request> {
    let mut requests = Vec::new();
    let conflicts = &doc.timeline().conflicts;
    ui.strong(crate::tr!("conflicts-heading", count = conflicts.len()));
    ui.label(crate::tr!("conflicts-explained"));
    egui::ScrollArea::vertical()
        .auto_shrink([false, true])
        .max_height(220.0)
        .show(ui, |ui| {
            egui::Grid::new("conflicts")
                .striped(true)
                .num_columns(4)
                .show(ui, |ui| {
                    for (index, c) in conflicts.iter().enumerate() {
                        let on = c.subject(doc.timeline());
                        ui.label(format!("{on} · {}", c.field));
                        for (pick, name, value) in [
                            (Pick::Base, crate::tr!("conflict-base"), &c.base),
                            (Pick::Ours, crate::tr!("conflict-ours"), &c.ours),
                            (Pick::Theirs, crate::tr!("conflict-theirs"), &c.theirs),
                        ] {
                            let shown = value
                                .clone()
                                .unwrap_or_else(|| crate::tr!("conflict-deleted"));
                            // A whole record's text is long: the button says what the version changes, the
                            // tooltip holds all of it.
                            let words = match pick {
                                Pick::Base => record_diff::base_words(c),
                                Pick::Ours => record_diff::ours_words(c),
                                Pick::Theirs => record_diff::theirs_words(c),
                            };
                            let said = words.unwrap_or_else(|| shown.clone());
                            let short: String = if said.chars().count() > MAX_SHOWN {
                                said.chars().take(MAX_SHOWN - 1).chain(['…']).collect()
                            } else {
                                said
                            };
                            let keep = crate::tr!("conflict-keep", version = name.clone());
                            let button = ui
                                .button(format!("{name}: {short}"))
                                .on_hover_text(format!("{keep}\n{shown}"));
                            if button.clicked() {
                                requests.push(Request::Edit {
                                    origin: Origin::Command,
                                    command: Command::ResolveConflict { index, pick },
                                });
                            }
                        }
                        ui.end_row();
                    }
                });
        });
    requests
}
