//! Layers: making another open programme the one being edited, closing one, and asking about every layer's
//! unsaved changes before the window closes.

use std::path::{Path, PathBuf};

use super::files::Purpose;
use super::{ItineraApp, Prompt, Request};
use crate::document::{Document, file_name};
use crate::io::Prepared;

impl ItineraApp {
    /// Someone else changed the file of a layer not being edited: it is read again when it has no edits, and
    /// otherwise asked about when it is made the one edited.
    pub(super) fn layer_changed_on_disk(&mut self, path: PathBuf) {
        let Some(open) = self
            .docs
            .iter()
            .find(|o| o.doc.path() == Some(path.as_path()))
        else {
            return;
        };
        if open.doc.is_dirty() {
            self.chrome.refuse(crate::tr!(
                "notice-layer-changed-elsewhere",
                name = open.doc.name().to_owned()
            ));
            self.files.changed_elsewhere.insert(path);
        } else if self.files.opening().is_some() {
            self.files
                .pending_layers
                .push_back((path, Purpose::ReloadLayer));
        } else {
            self.files.open(path, Purpose::ReloadLayer);
        }
    }

    /// A layer's file, changed by someone else, read again: it takes the layer's place unless the layer has
    /// been made the one edited, or edited, since.
    pub(super) fn layer_reloaded(&mut self, path: &Path, prepared: Prepared) {
        let active = self.docs.active_index();
        let found = self
            .docs
            .iter()
            .position(|o| o.doc.path() == Some(path) && !o.doc.is_dirty());
        match found {
            Some(index) if index != active => {
                let mut doc =
                    Document::from_prepared(Some(path.to_path_buf()), file_name(path), prepared);
                self.files.checks_off_thread(&mut doc);
                self.docs.replace_layer(index, doc);
                self.chrome
                    .say(crate::tr!("notice-layer-reloaded", name = file_name(path)));
            }
            // Made the one edited since: read again or asked about, as the open file is.
            _ if self.doc().path() == Some(path) => self.changed_on_disk(path.to_path_buf()),
            // Edited since: asked about when it is made the one edited.
            _ => {
                self.files.changed_elsewhere.insert(path.to_path_buf());
            }
        }
        self.files.watch(&self.docs);
    }

    /// The open files as the filter offers them, when there are several.
    pub(super) fn layer_choices(&self) -> Vec<crate::view::filter_bar::LayerChoice> {
        if self.docs.len() < 2 {
            return Vec::new();
        }
        self.docs
            .iter()
            .enumerate()
            .map(|(i, open)| crate::view::filter_bar::LayerChoice {
                name: open.doc.name().to_owned(),
                visible: open.layer.visible,
                active: i == self.docs.active_index(),
            })
            .collect()
    }

    /// Makes layer `index` the one being edited: its file is the one saved, undone and watched from now on.
    pub(super) fn set_active_layer(&mut self, index: usize) {
        if index == self.docs.active_index() || index >= self.docs.len() {
            return;
        }
        self.docs.set_active(index);
        // Which events are shown is worked out again for the new active document.
        self.shown = Default::default();
        self.files.switched_to(&self.docs);
        let active = self.docs.active();
        self.chrome.say(crate::tr!(
            "notice-layer-active",
            name = active.name().to_owned()
        ));
        // Its file changed while it had edits: asked now, as the open file is.
        if let Some(path) = active.path().map(Path::to_path_buf)
            && self.files.changed_elsewhere.remove(&path)
            && self.chrome.prompt.is_none()
        {
            self.chrome.prompt = Some(Prompt::ExternalChange(path));
        }
    }

    /// Closes layer `index`; one with unsaved changes is kept, with word of how to keep or drop them.
    pub(super) fn close_layer(&mut self, index: usize) {
        let Some(open) = self.docs.iter().nth(index) else {
            return;
        };
        if open.doc.is_dirty() {
            self.chrome.refuse(crate::tr!(
                "notice-layer-unsaved",
                name = open.doc.name().to_owned()
            ));
            return;
        }
        if let Some(closed) = self.docs.close_layer(index) {
            // Ids of the other layers are numbered by position: those after the closed one move up.
            for open in self.docs.iter_mut() {
                let ids: Vec<String> = open
                    .selection
                    .ids()
                    .filter_map(|id| crate::document::layers::id_after_closing(id, index))
                    .collect();
                // Set only when it changed, so a selection that stays keeps its generation.
                if ids != open.selection.to_vec() {
                    open.selection.set(ids);
                }
            }
            self.chrome.say(crate::tr!(
                "notice-layer-closed",
                name = closed.doc.name().to_owned()
            ));
            self.files.watch(&self.docs);
        }
    }

    /// A layer other than the active one with unsaved changes the user has not chosen to drop, if any.
    pub(super) fn unsaved_layer(&self) -> Option<usize> {
        self.docs.iter().enumerate().position(|(i, o)| {
            i != self.docs.active_index()
                && o.doc.is_dirty()
                && !self.files.quit_discarded.contains(&o.doc.id())
        })
    }

    /// Before the window closes: a layer with unsaved changes becomes active and is asked about. Returns
    /// whether it asked.
    pub(super) fn ask_about_layers(&mut self) -> bool {
        let Some(index) = self.unsaved_layer() else {
            return false;
        };
        self.set_active_layer(index);
        self.chrome.prompt = Some(Prompt::Unsaved(Box::new(Request::Quit)));
        true
    }
}
