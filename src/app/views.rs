//! The central area: the view tabs, the main view and, in a split layout, a second view below it.

use super::{ItineraApp, Request, View};

/// The smallest height either half of a split layout keeps.
const MIN_PANE: f32 = 140.0;

impl ItineraApp {
    pub(super) fn central_ui(&mut self, ui: &mut egui::Ui) {
        if self.docs.len() > 1 {
            let requests = crate::view::layers::layers_ui(ui, &self.docs);
            self.requests.extend(requests);
            ui.separator();
        }
        ui.horizontal(|ui| {
            for view in View::ALL {
                if ui
                    .selectable_label(self.ui_state.view == view, view.label())
                    .clicked()
                {
                    self.request(Request::SetView(view));
                }
            }
            ui.separator();
            if let Some(split) = split_picker(ui, self.ui_state.view, self.ui_state.split) {
                self.request(Request::SetSplit(split));
            }
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
        let open = self.docs.active_open();
        let baseline = open.baseline.as_ref();
        let comparison = crate::view::changes::current(&open.doc, baseline);
        // With other layers visible, the views read every visible layer's programme as one.
        let shown = match &self.combined {
            Some(c) => crate::view::Shown {
                doc: &c.doc,
                selection: &open.selection,
                visible: self.combined_shown.events(),
                visible_version: self.combined_shown.version(),
                baseline,
                comparison,
                layers: Some(c),
            },
            None => crate::view::Shown {
                doc: &open.doc,
                selection: &open.selection,
                visible: self.shown.events(),
                visible_version: self.shown.version(),
                baseline,
                comparison,
                layers: None,
            },
        };
        let views = &mut self.views;
        let area = ui.available_rect_before_wrap();
        let mut requests = match view {
            View::Table => views.table.ui(ui, &shown),
            View::Timeline => views.timeline.ui(ui, &shown, self.today),
            View::Calendar => views.calendar.ui(ui, &shown, self.today),
            View::Map => views.map.ui(ui, &shown, &self.ui_state.filter),
        };
        // A view with nothing to show says why, over itself, with the way out.
        let empty =
            crate::view::empty::Empty::of(shown.doc.timeline().events.len(), shown.visible.len());
        if let Some(why) = empty
            && let Some(request) = crate::view::empty::empty_ui(ui, area, why, &view.label())
        {
            requests.push(request);
        }
        // Carried out after the frame: the other pane of a split layout draws the document as this one saw it.
        self.requests.extend(requests);
    }
}

/// What the split picker's button says.
fn split_label(split: Option<View>) -> String {
    match split {
        None => crate::tr!("split-off"),
        Some(view) => crate::tr!("split-current", view = view.label().to_lowercase()),
    }
}

/// Chooses the second view; the main view itself is not offered. Returns a new choice.
fn split_picker(ui: &mut egui::Ui, main: View, current: Option<View>) -> Option<Option<View>> {
    let mut split = current.filter(|v| *v != main);
    egui::ComboBox::from_id_salt("split_view")
        .selected_text(split_label(split))
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut split, None, crate::tr!("split-none"));
            for view in View::ALL.into_iter().filter(|v| *v != main) {
                ui.selectable_value(
                    &mut split,
                    Some(view),
                    crate::tr!("split-below", view = view.label()),
                );
            }
        })
        .response
        .on_hover_text(crate::tr!("split-hover"));
    (split != current).then_some(split)
}
