//! What a view says when it has no events to show: that none match the filters, with a way to clear them, or
//! that the document has none yet, with a way to add one. Drawn over the view, in its middle.

use egui::{Align2, Rect};

use crate::model::filter::Filter;
use crate::view::Request;

/// Why a view is empty.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Empty {
    /// The document has events, and the filters hide them all.
    NoMatch,
    /// The document has no events.
    NoEvents,
}

impl Empty {
    /// Why nothing is shown, or `None` when something is.
    pub fn of(events: usize, shown: usize) -> Option<Empty> {
        match (events, shown) {
            (0, _) => Some(Empty::NoEvents),
            (_, 0) => Some(Empty::NoMatch),
            _ => None,
        }
    }
}

/// Draws the empty state over `rect`, the view's area, and returns the request its button makes.
pub fn empty_ui(ui: &egui::Ui, rect: Rect, why: Empty, salt: &str) -> Option<Request> {
    let mut request = None;
    egui::Area::new(egui::Id::unique(("empty-state", salt)))
        .order(egui::Order::Middle)
        .fixed_pos(rect.center())
        .pivot(Align2::CENTER_CENTER)
        .constrain_to(rect)
        .show(ui.ctx(), |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.vertical_centered(|ui| {
                    let (text, button, hint) = match why {
                        Empty::NoMatch => (
                            crate::tr!("empty-no-match"),
                            crate::tr!("empty-clear-filters"),
                            crate::tr!("empty-clear-filters-hover"),
                        ),
                        Empty::NoEvents => (
                            crate::tr!("empty-no-events"),
                            crate::tr!("empty-add-event"),
                            crate::tr!("empty-add-event-hover"),
                        ),
                    };
                    ui.label(egui::RichText::new(text).heading());
                    if ui.button(button).on_hover_text(hint).clicked() {
                        request = Some(match why {
                            Empty::NoMatch => Request::SetFilter(Filter::default()),
                            Empty::NoEvents => Request::AddEvent,
                        });
                    }
                });
            });
        });
    request
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_view_is_empty_for_no_events_or_no_match_and_otherwise_not() {
        assert_eq!(Empty::of(0, 0), Some(Empty::NoEvents));
        assert_eq!(Empty::of(13, 0), Some(Empty::NoMatch));
        assert_eq!(Empty::of(13, 2), None);
    }
}
