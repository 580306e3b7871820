//! The central area: the view tabs, the main view and, in a split layout, a second view below it.

use super::{ItineraApp, View};

/// The smallest height either half of a split layout keeps.
const MIN_PANE: f32 = 140.0;

impl ItineraApp {
    pub(super) fn central_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            for view in View::ALL {
                if ui
                    .selectable_label(self.ui_state.view == view, view.label())
                    .clicked()
                {
                    self.ui_state.show_view(view);
                }
            }
            ui.separator();
            split_picker(ui, self.ui_state.view, &mut self.ui_state.split);
        });
        ui.separator();
        let second = self.ui_state.split.filter(|v| *v != self.ui_state.view);
        if let Some(second) = second {
            let height = ui.available_height();
            if height >= 2.0 * MIN_PANE {
                egui::Panel::bottom("second_view")
                    .resizable(true)
                    .default_size(height * 0.45)
                    .size_range(MIN_PANE..=height - MIN_PANE)
                    .show(ui, |ui| {
                        // Views paint into the space they are given without allocating it; claim it so the
                        // pane keeps its size instead of shrinking to what was allocated.
                        ui.set_min_height(ui.available_height());
                        ui.add_space(4.0);
                        ui.push_id("second_view", |ui| self.view_ui(ui, second));
                    });
            }
        }
        // A view taller than its pane (a month grid at its smallest rows) is cut at the pane, not drawn over the other.
        let pane = ui.available_rect_before_wrap();
        let main = self.ui_state.view;
        ui.scope_builder(egui::UiBuilder::new().max_rect(pane), |ui| {
            ui.set_clip_rect(pane.intersect(ui.clip_rect()));
            self.view_ui(ui, main);
        });
    }

    fn view_ui(&mut self, ui: &mut egui::Ui, view: View) {
        let shown = crate::view::Shown {
            doc: &self.doc,
            selection: &self.selection,
            visible: &self.visible,
            visible_version: self.visible_version,
        };
        let requests = match view {
            View::Table => {
                if let Some(click) = self.table.ui(ui, &shown) {
                    if click.toggle {
                        self.selection.toggle(&click.id);
                    } else {
                        self.selection.select_only(click.id);
                    }
                }
                return;
            }
            View::Timeline => self.timeline.ui(ui, &shown, self.today),
            View::Calendar => self.calendar.ui(ui, &shown, self.today),
            View::Map => self.map.ui(ui, &shown, &mut self.ui_state.filter),
        };
        self.take_timeline_requests(requests);
    }
}

/// What the split picker's button says.
fn split_label(split: Option<View>) -> String {
    match split {
        None => "Split: off".to_string(),
        Some(view) => format!("Split: {} below", view.label().to_lowercase()),
    }
}

/// Chooses the second view; the main view itself is not offered.
fn split_picker(ui: &mut egui::Ui, main: View, split: &mut Option<View>) {
    if *split == Some(main) {
        *split = None;
    }
    egui::ComboBox::from_id_salt("split_view")
        .selected_text(split_label(*split))
        .show_ui(ui, |ui| {
            ui.selectable_value(split, None, "No split");
            for view in View::ALL.into_iter().filter(|v| *v != main) {
                ui.selectable_value(split, Some(view), format!("{} below", view.label()));
            }
        })
        .response
        .on_hover_text("Show a second view under this one, in sync with it");
}
