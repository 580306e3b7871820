//! The event table: every event as a row, sortable by any column, virtualised so only visible rows are built.

use egui_extras::{Column, TableBuilder};
use serde::{Deserialize, Serialize};

use crate::document::Document;
use crate::model::gazetteer::fold;
use crate::model::{Event, Text, region};
use crate::view::Request;
use crate::view::describe::{place_text, when_text};

/// A column the table can sort by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SortColumn {
    Start,
    Title,
    Kind,
    Status,
    Place,
    Region,
    Trip,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sort {
    pub column: SortColumn,
    pub ascending: bool,
}

impl Default for Sort {
    fn default() -> Self {
        Sort {
            column: SortColumn::Start,
            ascending: true,
        }
    }
}

/// The table's own state: its sort and the row order it computed for it.
#[derive(Default)]
pub struct TableView {
    pub sort: Sort,
    rows: Vec<u32>,
    /// Rows sort by text in the interface's language, so the language is part of the key.
    rows_for: Option<(u64, Sort, u64, crate::i18n::Lang)>,
    /// The selection's generation as of the last frame, to scroll to selections made in other views.
    seen_selection: u64,
}

/// The columns by the message id of their heading.
const COLUMNS: [(&str, Option<SortColumn>); 7] = [
    ("column-when", Some(SortColumn::Start)),
    ("column-title", Some(SortColumn::Title)),
    ("column-kind", Some(SortColumn::Kind)),
    ("column-status", Some(SortColumn::Status)),
    ("column-place", Some(SortColumn::Place)),
    ("column-region", Some(SortColumn::Region)),
    ("column-trip", Some(SortColumn::Trip)),
];

/// What a row sorts by in a column: text without regard to case or accents ("Égypte" with the E's), or a rank.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum SortKey {
    Text(String),
    Rank(u8),
    Trip(Option<Text>),
}

fn sort_key(column: SortColumn, e: &Event) -> SortKey {
    match column {
        // Document order, which the rows already have.
        SortColumn::Start => SortKey::Rank(0),
        SortColumn::Title => SortKey::Text(fold(e.shown_title())),
        SortColumn::Kind => SortKey::Rank(e.kind as u8),
        SortColumn::Status => SortKey::Rank(e.status as u8),
        SortColumn::Place => SortKey::Text(fold(&format!(
            "{} {}",
            region::country_name(e.place.country.as_str()),
            e.place.city
        ))),
        SortColumn::Region => {
            SortKey::Rank(region::region_of(e.place.country.as_str()).map_or(u8::MAX, |r| r as u8))
        }
        SortColumn::Trip => SortKey::Trip(e.trip.clone()),
    }
}

impl TableView {
    pub fn with_sort(sort: Sort) -> Self {
        TableView {
            sort,
            ..TableView::default()
        }
    }

    fn refresh_rows(&mut self, doc: &Document, visible: &[u32], visible_version: u64) {
        let key = (
            doc.revision(),
            self.sort,
            visible_version,
            crate::i18n::current(),
        );
        if self.rows_for == Some(key) {
            return;
        }
        let events = &doc.timeline().events;
        let mut rows = visible.to_vec();
        if self.sort.column != SortColumn::Start {
            // A stable sort over document order keeps ties chronological; each row's key is made once.
            let column = self.sort.column;
            rows.sort_by_cached_key(|&i| sort_key(column, &events[i as usize]));
        }
        if !self.sort.ascending {
            rows.reverse();
        }
        self.rows = rows;
        self.rows_for = Some(key);
    }

    /// Draws the table. A click on a row selects it only, or (with Ctrl) adds or removes it.
    pub fn ui(&mut self, ui: &mut egui::Ui, shown: &crate::view::Shown<'_>) -> Vec<Request> {
        let crate::view::Shown {
            doc,
            selection,
            visible,
            visible_version,
            ..
        } = *shown;
        self.refresh_rows(doc, visible, visible_version);
        // A selection made in another view scrolls its row into sight.
        let scroll_to = (selection.generation() != self.seen_selection)
            .then(|| {
                let id = selection.ids().next()?;
                self.rows
                    .iter()
                    .position(|&i| &doc.timeline().events[i as usize].id == id)
            })
            .flatten();
        self.seen_selection = selection.generation();
        let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
        if let (Some(baseline), Some(comparison)) = (shown.baseline, shown.comparison) {
            crate::view::changes::removed_line(ui, baseline, comparison);
        }
        // The table keeps its column widths and scrolls sideways when the window is narrow.
        let (clicked, sort) = egui::ScrollArea::horizontal()
            .show(ui, |ui| {
                self.table_ui(ui, shown, shown.comparison, row_height, scroll_to)
            })
            .inner;
        self.sort = sort;
        clicked.into_iter().collect()
    }

    fn table_ui(
        &self,
        ui: &mut egui::Ui,
        shown: &crate::view::Shown<'_>,
        comparison: Option<&crate::document::baseline::Comparison>,
        row_height: f32,
        scroll_to: Option<usize>,
    ) -> (Option<Request>, Sort) {
        let (doc, selection) = (shown.doc, shown.selection);
        let mut clicked = None;
        let mut sort = self.sort;
        let events = &doc.timeline().events;
        // A click anywhere on a row selects it; cell text is not separately selectable.
        ui.style_mut().interaction.selectable_labels = false;
        let palette = crate::view::palette::Palette::of(ui);
        let mut table = TableBuilder::new(ui).striped(true);
        if let Some(row) = scroll_to {
            table = table.scroll_to_row(row, Some(egui::Align::Center));
        }
        table
            .sense(egui::Sense::click())
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
            .column(
                Column::initial(190.0)
                    .at_least(120.0)
                    .resizable(true)
                    .clip(true),
            )
            .column(
                Column::initial(270.0)
                    .at_least(120.0)
                    .resizable(true)
                    .clip(true),
            )
            .column(Column::initial(150.0).resizable(true).clip(true))
            .column(Column::initial(90.0).resizable(true).clip(true))
            .column(Column::initial(170.0).resizable(true).clip(true))
            .column(Column::initial(185.0).resizable(true).clip(true))
            .column(Column::remainder().at_least(80.0).clip(true))
            .header(row_height + 4.0, |mut header| {
                for (id, column) in COLUMNS {
                    let label = crate::i18n::label(id);
                    header.col(|ui| {
                        let Some(column) = column else {
                            ui.strong(label);
                            return;
                        };
                        let arrow = match (self.sort.column == column, self.sort.ascending) {
                            (true, true) => " ⏶",
                            (true, false) => " ⏷",
                            _ => "",
                        };
                        let response = ui
                            .add(
                                egui::Button::new(
                                    egui::RichText::new(format!("{label}{arrow}")).strong(),
                                )
                                .frame(false),
                            )
                            .on_hover_text(crate::tr!(
                                "column-sort-by",
                                column = label.to_lowercase()
                            ));
                        if response.clicked() {
                            sort = if self.sort.column == column {
                                Sort {
                                    column,
                                    ascending: !self.sort.ascending,
                                }
                            } else {
                                Sort {
                                    column,
                                    ascending: true,
                                }
                            };
                        }
                    });
                }
            })
            .body(|body| {
                body.rows(row_height, self.rows.len(), |mut row| {
                    let index = self.rows[row.index()] as usize;
                    let event = &events[index];
                    row.set_selected(selection.contains(&event.id));
                    row.col(|ui| {
                        cell_ui(ui, when_text(event));
                    });
                    row.col(|ui| {
                        // The warning mark goes first, so a long title cut to the column never hides it.
                        if doc.has_warning(index as u32) {
                            ui.colored_label(ui.visuals().warn_fg_color, "⚠")
                                .on_hover_ui(|ui| {
                                    for w in doc.warnings_for(index as u32) {
                                        ui.label(w.message(doc.timeline()));
                                    }
                                });
                        }
                        if let Some((color, name)) = shown.layer_of(index as u32, &palette) {
                            ui.label(egui::RichText::new("▌").color(color))
                                .on_hover_text(crate::tr!("layers-from", name = name));
                        }
                        if let Some(mark) = comparison.and_then(|c| c.mark(index as u32)) {
                            let word = crate::view::changes::mark_word(mark);
                            ui.label(
                                egui::RichText::new(word)
                                    .small()
                                    .color(ui.visuals().strong_text_color())
                                    .background_color(ui.visuals().faint_bg_color),
                            );
                        }
                        let (title, untranslated) = event.title_in(crate::i18n::current());
                        if untranslated {
                            crate::widgets::untranslated_mark(ui);
                        }
                        cell_ui(ui, title);
                    });
                    row.col(|ui| {
                        cell_ui(ui, event.kind.label());
                    });
                    row.col(|ui| {
                        cell_ui(ui, event.status.label());
                    });
                    row.col(|ui| {
                        cell_ui(ui, place_text(event));
                    });
                    row.col(|ui| {
                        cell_ui(
                            ui,
                            region::region_of(event.place.country.as_str())
                                .map_or("", |r| r.label()),
                        );
                    });
                    row.col(|ui| {
                        let trip = event.trip.as_deref().and_then(|id| doc.timeline().trip(id));
                        cell_ui(ui, trip.map_or("", |t| t.shown_title()));
                    });
                    let response = row.response();
                    if response.clicked() {
                        clicked = Some(Request::Select {
                            ids: vec![event.id.to_string()],
                            additive: response.ctx.input(|i| i.modifiers.command),
                        });
                    }
                });
            });
        (clicked, sort)
    }
}

/// A cell's text on one line: cut with an ellipsis when the column is too narrow, whole on hover.
fn cell_ui(ui: &mut egui::Ui, text: impl Into<egui::WidgetText>) -> egui::Response {
    ui.add(egui::Label::new(text).truncate())
}

#[cfg(test)]
mod tests {
    use super::COLUMNS;
    use crate::i18n::{Lang, has};

    #[test]
    fn every_column_heading_is_a_message_in_both_languages() {
        for (id, _) in COLUMNS {
            for lang in Lang::ALL {
                assert!(has(lang, id), "{id} in {lang:?}");
            }
        }
    }
}
