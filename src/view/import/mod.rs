//! The import window: a spreadsheet's columns with the field each goes to (guessed, and changeable), the question
//! of day/month order where a date column leaves it open, a live preview of the events with each row's problem
//! beside it, and what the import would do. Nothing changes until Import is pressed; Cancel leaves the document
//! as it was.

pub mod session;

use egui::{RichText, Ui};

pub use session::ImportSession;

use crate::io::progress::{Stage, Step};
use crate::io::sheet::{DateOrder, Field};
use crate::tr;
use crate::view::describe;

/// What the user asked for in the import window.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportStep {
    SetColumn(usize, Field),
    SetOrder(usize, DateOrder),
    ChooseSheet(String),
    /// Where a calendar entry takes place, typed by the user: the entry's origin and the words.
    SetPlace(String, String),
    Confirm,
    Cancel,
}

/// Rows of the preview drawn at once; the list scrolls over the rest.
const ROW_HEIGHT: f32 = 22.0;

/// Draws the import window; returns what the user asked for, if anything.
pub fn import_window(ctx: &egui::Context, session: &ImportSession) -> Option<ImportStep> {
    let mut step = None;
    let size = ctx.content_rect().size();
    let modal = egui::Modal::new(egui::Id::unique("itinera-import")).show(ctx, |ui| {
        ui.set_width((size.x - 120.0).clamp(420.0, 1100.0));
        ui.set_max_height(size.y - 100.0);
        ui.heading(tr!("import-heading", name = session.name()));
        if let Some((sheets, current)) = session.sheets() {
            sheet_choice(ui, sheets, current, &mut step);
        }
        if !session.columns.is_empty() {
            ui.label(RichText::new(tr!("import-columns-hint")).weak());
            columns_ui(ui, session, &mut step);
        }
        for &column in &session.worked.ask_order {
            order_question(ui, session, column, &mut step);
        }
        if !session.worked.missing.is_empty() {
            let names: Vec<&str> = session.worked.missing.iter().map(|f| f.label()).collect();
            ui.colored_label(
                ui.visuals().warn_fg_color,
                tr!("import-missing", fields = names.join(", ")),
            );
        }
        ui.separator();
        preview_ui(ui, session, &mut step);
        ui.separator();
        let summary = &session.worked.summary;
        if session.pending.is_some() {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(working_text(session));
            });
        } else {
            ui.label(summary.line());
        }
        ui.horizontal(|ui| {
            let import = ui.add_enabled(
                session.can_import(),
                egui::Button::new(tr!(
                    "import-confirm",
                    count = summary.added + summary.updated
                )),
            );
            if import.clicked() {
                step = Some(ImportStep::Confirm);
            }
            if ui.button(tr!("prompt-cancel")).clicked() {
                step = Some(ImportStep::Cancel);
            }
        });
    });
    if step.is_none() && modal.should_close() {
        step = Some(ImportStep::Cancel);
    }
    step
}

fn sheet_choice(ui: &mut Ui, sheets: &[String], current: &str, step: &mut Option<ImportStep>) {
    ui.horizontal(|ui| {
        let label = ui.label(tr!("import-sheet"));
        egui::ComboBox::from_id_salt("import-sheet")
            .selected_text(current)
            .show_ui(ui, |ui| {
                for sheet in sheets {
                    if ui.selectable_label(sheet == current, sheet).clicked() && sheet != current {
                        *step = Some(ImportStep::ChooseSheet(sheet.clone()));
                    }
                }
            })
            .response
            .labelled_by(label.id);
    });
}

/// One card per column: its letters and header, its first values, and the field it goes to.
fn columns_ui(ui: &mut Ui, session: &ImportSession, step: &mut Option<ImportStep>) {
    egui::ScrollArea::horizontal()
        .id_salt("import-columns")
        .show(ui, |ui| {
            ui.horizontal_top(|ui| {
                for (c, column) in session.columns.iter().enumerate() {
                    let field = session.mapping.0.get(c).copied().unwrap_or(Field::Ignore);
                    ui.group(|ui| {
                        ui.set_width(150.0);
                        ui.vertical(|ui| {
                            let title = format!("{} · {}", column.letters, column.header);
                            let label = ui.strong(&title);
                            for sample in &column.samples {
                                ui.add(
                                    egui::Label::new(RichText::new(sample).weak().small())
                                        .truncate(),
                                );
                            }
                            egui::ComboBox::from_id_salt(("import-field", c))
                                .width(140.0)
                                .selected_text(field.label())
                                .show_ui(ui, |ui| {
                                    for choice in Field::ALL {
                                        if ui
                                            .selectable_label(choice == field, choice.label())
                                            .clicked()
                                            && choice != field
                                        {
                                            *step = Some(ImportStep::SetColumn(c, choice));
                                        }
                                    }
                                })
                                .response
                                .labelled_by(label.id)
                                .on_hover_text(tr!("import-field-hover", column = title.as_str()));
                        });
                    });
                }
            });
        });
}

/// Asks once, for a whole column, which way round its numeric dates are.
fn order_question(
    ui: &mut Ui,
    session: &ImportSession,
    column: usize,
    step: &mut Option<ImportStep>,
) {
    let info = session.columns.get(column);
    let example = info
        .and_then(|c| c.samples.first())
        .cloned()
        .unwrap_or_default();
    ui.horizontal_wrapped(|ui| {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            tr!(
                "import-ask-order",
                column = info.map_or("", |c| c.letters.as_str()),
                header = info.map_or("", |c| c.header.as_str()),
                example = example.as_str()
            ),
        );
        if ui.button(tr!("import-day-first")).clicked() {
            *step = Some(ImportStep::SetOrder(column, DateOrder::DayFirst));
        }
        if ui.button(tr!("import-month-first")).clicked() {
            *step = Some(ImportStep::SetOrder(column, DateOrder::MonthFirst));
        }
    });
}

/// What the window says while the preview is worked out again: how many rows are read, when it knows.
fn working_text(session: &ImportSession) -> String {
    match session.progress.step() {
        Some(Step {
            stage: Stage::Rows,
            done,
            total,
        }) if total > 0 => tr!(
            "import-working-rows",
            done = crate::i18n::numbers::integer(done as i64),
            total = crate::i18n::numbers::integer(total as i64)
        ),
        _ => tr!("import-working"),
    }
}

/// Every row as it would come in, or its problem, in a list that draws (and describes) only the rows in view.
fn preview_ui(ui: &mut Ui, session: &ImportSession, step: &mut Option<ImportStep>) {
    let lines = &session.worked.lines;
    ui.strong(tr!("import-preview", count = lines.len()));
    let error = ui.visuals().error_fg_color;
    let cell = |ui: &mut Ui, width: f32, text: RichText| {
        ui.allocate_ui(egui::vec2(width, ROW_HEIGHT), |ui| {
            ui.set_min_width(width);
            ui.add(egui::Label::new(text).truncate());
        });
    };
    egui::ScrollArea::vertical()
        .id_salt("import-preview")
        .max_height(260.0)
        .auto_shrink([false, true])
        .show_rows(ui, ROW_HEIGHT, lines.len(), |ui, rows| {
            for line in &lines[rows] {
                let event = line
                    .event
                    .and_then(|n| session.worked.incoming.get(n))
                    .map(|i| &i.event);
                ui.horizontal(|ui| {
                    cell(ui, 48.0, RichText::new(&line.number).weak());
                    match (&line.problem, event) {
                        (Some(problem), _) => {
                            ui.add(
                                egui::Label::new(RichText::new(problem).color(error)).truncate(),
                            );
                        }
                        (None, Some(e)) => {
                            cell(ui, 260.0, RichText::new(e.title.as_str()));
                            cell(ui, 230.0, RichText::new(describe::when_text(e)));
                            cell(ui, 220.0, RichText::new(describe::place_text(e)));
                            if line.placed_at_home {
                                place_question(ui, session, &line.origin, step);
                            }
                        }
                        (None, None) => {}
                    }
                });
            }
        });
}

/// Asks where a calendar entry whose location the gazetteer does not know takes place.
fn place_question(
    ui: &mut Ui,
    session: &ImportSession,
    origin: &str,
    step: &mut Option<ImportStep>,
) {
    let id = egui::Id::unique(("itinera-import-place", origin));
    let mut text: String = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    let label = ui
        .colored_label(ui.visuals().warn_fg_color, tr!("import-where"))
        .on_hover_text(tr!("ics-in-placed-at-home"));
    let edit = ui.add(
        egui::TextEdit::singleline(&mut text)
            .desired_width(160.0)
            .hint_text(tr!("import-where-hint")),
    );
    let edit = edit.labelled_by(label.id);
    let entered = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    if (ui.button(tr!("import-set-place")).clicked() || entered) && !text.trim().is_empty() {
        *step = Some(ImportStep::SetPlace(
            origin.to_owned(),
            text.trim().to_owned(),
        ));
    }
    if let Some((o, why)) = &session.place_problem
        && o == origin
    {
        ui.colored_label(ui.visuals().error_fg_color, why);
    }
    ui.data_mut(|d| d.insert_temp(id, text));
}
