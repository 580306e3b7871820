//! Comparing with a baseline: the Compare window, which chooses the version (another file, a backup, a git
//! revision of the open file), and the changes panel, which lists every change in the words of `itinera diff`,
//! each with "go to" and "put back as it was" (one undoable step).

use std::path::PathBuf;

use crate::document::Document;
use crate::document::baseline::{Baseline, Comparison, Mark};
use crate::io::versions::{Revision, Version};
use crate::model::compare::{Subject, What};
use crate::view::request::{Origin, Request};

/// The earlier versions of the open file.
pub struct Versions {
    pub file: PathBuf,
    pub backups: Vec<PathBuf>,
    pub revisions: Vec<Revision>,
}

/// What the Compare window is shown.
pub struct CompareChoices<'a> {
    /// The open file, if it has one.
    pub file: Option<&'a std::path::Path>,
    pub versions: Option<&'a Versions>,
    /// What the document is compared with now, if anything.
    pub current: Option<&'a str>,
    /// A version is being read.
    pub reading: bool,
}

/// The Compare window; `typed` is the path typed in it. Returns what was chosen.
pub fn compare_window(
    ctx: &egui::Context,
    open: &mut bool,
    typed: &mut String,
    choices: &CompareChoices<'_>,
) -> Vec<Request> {
    let mut requests = Vec::new();
    egui::Window::new(crate::tr!("compare-title"))
        .id(egui::Id::unique("compare-window"))
        .open(open)
        .collapsible(false)
        .default_width(520.0)
        .pivot(egui::Align2::CENTER_CENTER)
        .default_pos(ctx.content_rect().center())
        .show(ctx, |ui| {
            if let Some(current) = choices.current {
                ui.horizontal(|ui| {
                    ui.label(crate::tr!("compare-now", version = current));
                    if ui.button(crate::tr!("compare-stop")).clicked() {
                        requests.push(Request::StopComparing);
                    }
                });
                ui.separator();
            }
            ui.strong(crate::tr!("compare-another-file"));
            ui.horizontal(|ui| {
                let field = ui.add(
                    egui::TextEdit::singleline(typed)
                        .hint_text(crate::tr!("compare-path-hint"))
                        .desired_width(340.0),
                );
                field.widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::TextInput,
                        true,
                        crate::tr!("compare-path"),
                    )
                });
                let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if (ui.button(crate::tr!("compare-go")).clicked() || entered)
                    && !typed.trim().is_empty()
                {
                    requests.push(Request::CompareWith(Version::File(PathBuf::from(
                        typed.trim(),
                    ))));
                }
                if ui.button(crate::tr!("compare-browse")).clicked() {
                    requests.push(Request::CompareWithPicked);
                }
            });
            if choices.reading {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(crate::tr!("compare-reading"));
                });
            }
            let Some(file) = choices.file else {
                ui.label(crate::tr!("compare-no-file"));
                return;
            };
            let Some(versions) = choices.versions.filter(|v| v.file == file) else {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(crate::tr!("compare-listing"));
                });
                return;
            };
            ui.separator();
            ui.strong(crate::tr!("compare-backups"));
            if versions.backups.is_empty() {
                ui.label(crate::tr!("no-backups"));
            }
            for backup in &versions.backups {
                let version = Version::Backup(backup.clone());
                if ui
                    .button(version.label())
                    .on_hover_text(backup.display().to_string())
                    .clicked()
                {
                    requests.push(Request::CompareWith(version));
                }
            }
            ui.separator();
            ui.strong(crate::tr!("compare-revisions"));
            if versions.revisions.is_empty() {
                ui.label(crate::tr!("compare-no-revisions"));
            }
            egui::ScrollArea::vertical()
                .max_height(260.0)
                .show(ui, |ui| {
                    for r in &versions.revisions {
                        let text = format!("{} · {} · {} · {}", r.rev, r.date, r.author, r.subject);
                        if ui.button(text).clicked() {
                            requests.push(Request::CompareWith(Version::Git {
                                file: file.to_path_buf(),
                                rev: r.rev.clone(),
                            }));
                        }
                    }
                });
        });
    requests
}

/// What a mark says, in a word: "added", "moved", "changed".
pub fn mark_word(mark: Mark) -> String {
    match mark {
        Mark::Added => crate::tr!("mark-added"),
        Mark::Moved => crate::tr!("mark-moved"),
        Mark::Changed => crate::tr!("mark-changed"),
    }
}

/// The comparison the views can use for `doc` as it is now: one worked out for an older revision numbers events
/// differently, so it waits until the new one is ready.
pub fn current<'a>(doc: &Document, baseline: Option<&'a Baseline>) -> Option<&'a Comparison> {
    baseline
        .and_then(Baseline::comparison)
        .map(|c| &**c)
        .filter(|c| c.revision == doc.revision())
}

/// The changes panel: the baseline, the counts, and each change with "go to" and "put back".
pub fn changes_ui(ui: &mut egui::Ui, doc: &Document, baseline: &Baseline) -> Vec<Request> {
    let mut requests = Vec::new();
    let Some(comparison) = baseline.comparison() else {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(crate::tr!("changes-working", version = baseline.label()));
        });
        return requests;
    };
    let [added, moved, changed, removed] = comparison.counts();
    ui.horizontal(|ui| {
        ui.strong(crate::tr!(
            "changes-heading",
            version = baseline.label(),
            count = comparison.changes.len()
        ));
        ui.label(crate::tr!(
            "changes-counts",
            added = added,
            moved = moved,
            changed = changed,
            removed = removed
        ));
        if comparison.revision != doc.revision() {
            ui.spinner();
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button(crate::tr!("compare-stop")).clicked() {
                requests.push(Request::StopComparing);
            }
        });
    });
    if comparison.changes.is_empty() {
        ui.label(crate::tr!("changes-none"));
        return requests;
    }
    let row_h = ui.spacing().interact_size.y + ui.spacing().item_spacing.y;
    egui::ScrollArea::vertical()
        .auto_shrink([false, true])
        .max_height(200.0)
        .show_rows(ui, row_h, comparison.changes.len(), |ui, range| {
            for change in &comparison.changes[range] {
                ui.horizontal(|ui| {
                    let goes_to = change.subject == Subject::Event
                        && !matches!(change.what, What::Removed)
                        && doc.event(&change.id).is_some();
                    if ui
                        .add_enabled(goes_to, egui::Button::new(crate::tr!("changes-go-to")))
                        .on_hover_text(crate::tr!(
                            "changes-go-to-hover",
                            title = change.title.clone()
                        ))
                        .clicked()
                    {
                        requests.push(Request::GoTo(change.id.clone()));
                    }
                    let put_back = baseline.put_back(change);
                    let button = ui
                        .add_enabled(
                            put_back.is_some(),
                            egui::Button::new(crate::tr!("changes-put-back")),
                        )
                        .on_hover_text(crate::tr!(
                            "changes-put-back-hover",
                            title = change.title.clone()
                        ));
                    if button.clicked()
                        && let Some(command) = put_back
                    {
                        requests.push(Request::Edit {
                            origin: Origin::Command,
                            command,
                        });
                    }
                    let words = change.words.join(" · ");
                    let label = ui.add(egui::Label::new(words.clone()).truncate());
                    label
                        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &words));
                });
            }
        });
    requests
}

/// A mark on an event's bar or chip that changed since the baseline: an outline for an added event, a dot at the
/// top right for a moved or otherwise changed one.
pub fn paint_mark(ui: &egui::Ui, mark: Mark, bar: egui::Rect) {
    match mark {
        Mark::Added => {
            ui.painter().rect_stroke(
                bar.expand(1.5),
                4.0,
                egui::Stroke::new(2.0, ui.visuals().selection.bg_fill),
                egui::StrokeKind::Outside,
            );
        }
        Mark::Moved | Mark::Changed => {
            let at = egui::pos2(bar.right() - 4.0, bar.top() + 1.0);
            ui.painter()
                .circle_filled(at, 3.0, ui.visuals().strong_text_color());
        }
    }
}

/// Above the table: the baseline's events no longer in the document, struck through, each labelled "…, removed".
pub fn removed_line(ui: &mut egui::Ui, baseline: &Baseline, comparison: &Comparison) {
    if comparison.removed.is_empty() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.weak(crate::tr!("removed-since", baseline = baseline.label()));
        for &j in &comparison.removed {
            let Some(event) = baseline.timeline().events.get(j as usize) else {
                continue;
            };
            let title = event.shown_title();
            ui.label(egui::RichText::new(title).strikethrough().weak())
                .widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::Label,
                        true,
                        crate::tr!("ghost-removed", title = title),
                    )
                });
        }
    });
}
