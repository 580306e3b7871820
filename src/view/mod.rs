//! Views of a document. A view reads the document and pushes `Request`s for what the user asked; it never
//! changes the document, the selection or the filter itself.

pub mod briefing;
pub mod calendar;
pub mod changes;
pub mod colors;
pub mod conflicts;
pub mod describe;
pub mod empty;
pub mod event_tooltip;
pub mod filter_bar;
pub mod focus;
pub mod image;
pub mod import;
pub mod inspector;
pub mod labels;
pub mod layers;
pub mod map;
pub mod palette;
pub mod plan;
pub mod request;
pub mod table;
pub mod theme;
pub mod timeline;
pub mod zones;

use crate::document::{Document, Selection};
pub use request::{Field, FieldKey, Origin, Owner, Request, View};

/// What every view is shown: the document, the shared selection, and the events the filter lets through.
#[derive(Clone, Copy)]
pub struct Shown<'a> {
    pub doc: &'a Document,
    pub selection: &'a Selection,
    /// Event indices, in document order.
    pub visible: &'a [u32],
    /// Changes whenever `visible` does, so a view can keep what it derives from it until then.
    pub visible_version: u64,
    /// What the document is compared with, if anything, and the comparison for the document as it is now (by
    /// event index: with several layers shown, the edited layer's events come first in `doc`, in their own
    /// order, so its comparison reads the combined programme as well).
    pub baseline: Option<&'a crate::document::Baseline>,
    pub comparison: Option<&'a crate::document::baseline::Comparison>,
    /// With several layers visible: `doc` is their programmes as one, and this says which layer each event is from.
    pub layers: Option<&'a crate::document::layers::Combined>,
}

impl<'a> Shown<'a> {
    /// The colour (in `palette`) and the name of the layer event `index` is from, when several layers are shown.
    pub fn layer_of(
        &self,
        index: u32,
        palette: &palette::Palette,
    ) -> Option<(egui::Color32, &'a str)> {
        let (color, name) = self.layers?.layer_look(index)?;
        Some((palette.layer(color), name))
    }
}
