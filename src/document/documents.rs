//! The documents open at once. One is active for editing; the others (a second programme beside it, a baseline to
//! compare with) are there to be read. Each keeps its own selection.

use super::layers::Layer;
use super::{Baseline, Document, Selection};

/// One open document and what is selected in it.
pub struct Open {
    pub doc: Document,
    pub selection: Selection,
    /// The version it is compared with, if any.
    pub baseline: Option<Baseline>,
    /// How it shows as a layer beside the others.
    pub layer: Layer,
}

/// Every open document, with the one being edited.
pub struct Documents {
    open: Vec<Open>,
    active: usize,
}

impl Documents {
    /// One document, active.
    pub fn new(doc: Document) -> Self {
        Documents {
            open: vec![Open {
                doc,
                selection: Selection::default(),
                baseline: None,
                layer: Layer {
                    color: 0,
                    visible: true,
                },
            }],
            active: 0,
        }
    }

    /// The document being edited.
    pub fn active(&self) -> &Document {
        &self.open[self.active].doc
    }

    pub fn active_mut(&mut self) -> &mut Document {
        &mut self.open[self.active].doc
    }

    /// The selection in the document being edited.
    pub fn selection(&self) -> &Selection {
        &self.open[self.active].selection
    }

    pub fn selection_mut(&mut self) -> &mut Selection {
        &mut self.open[self.active].selection
    }

    /// What the document being edited is compared with, if anything.
    pub fn active_baseline(&self) -> Option<&Baseline> {
        self.open[self.active].baseline.as_ref()
    }

    /// The document being edited and its selection, to change both at once.
    pub fn active_open(&mut self) -> &mut Open {
        &mut self.open[self.active]
    }

    /// Puts `doc` in place of the document being edited (a file opened, a new document), with nothing selected.
    pub fn replace_active(&mut self, doc: Document) {
        let layer = self.open[self.active].layer.clone();
        self.open[self.active] = Open {
            doc,
            selection: Selection::default(),
            baseline: None,
            layer,
        };
    }

    /// Puts `doc` in place of layer `index`'s document (its file read again), keeping how the layer looks and what
    /// of it is selected and still there.
    pub fn replace_layer(&mut self, index: usize, doc: Document) {
        if let Some(open) = self.open.get_mut(index) {
            open.doc = doc;
            open.selection.retain_existing(&open.doc);
        }
    }

    /// Opens `doc` as a layer beside the others, visible and read-only until made active; returns its position.
    pub fn add_layer(&mut self, doc: Document) -> usize {
        let used: Vec<usize> = self.open.iter().map(|o| o.layer.color).collect();
        let color = (0..).find(|c| !used.contains(c)).unwrap_or(0);
        self.open.push(Open {
            doc,
            selection: Selection::default(),
            baseline: None,
            layer: Layer {
                color,
                visible: true,
            },
        });
        self.open.len() - 1
    }

    /// Makes layer `index` the one being edited (it is shown too).
    pub fn set_active(&mut self, index: usize) {
        if let Some(open) = self.open.get_mut(index) {
            open.layer.visible = true;
            self.active = index;
        }
    }

    /// Shows or hides layer `index`; the active layer is always shown.
    pub fn set_visible(&mut self, index: usize, visible: bool) {
        if index != self.active
            && let Some(open) = self.open.get_mut(index)
        {
            open.layer.visible = visible;
        }
    }

    /// Closes layer `index` (never the active one); returns it.
    pub fn close_layer(&mut self, index: usize) -> Option<Open> {
        if index == self.active || index >= self.open.len() {
            return None;
        }
        let closed = self.open.remove(index);
        if index < self.active {
            self.active -= 1;
        }
        Some(closed)
    }

    /// Every open document, the active one among them.
    pub fn iter(&self) -> impl Iterator<Item = &Open> {
        self.open.iter()
    }

    pub fn iter_mut(&mut self) -> impl Iterator<Item = &mut Open> {
        self.open.iter_mut()
    }

    pub fn len(&self) -> usize {
        self.open.len()
    }

    pub fn is_empty(&self) -> bool {
        self.open.is_empty()
    }

    /// The index of the active document in `iter`.
    pub fn active_index(&self) -> usize {
        self.active
    }
}
