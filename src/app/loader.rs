//! Opening files off the UI thread, with a synchronous mode for tests.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};

use super::document::Document;
use crate::io::{self, OpenError};
use crate::model::filter::SearchIndex;

/// What a finished load produced.
pub struct Loaded {
    pub path: PathBuf,
    /// The document, made on the worker: parsed, validated, resolved and checked.
    pub result: Result<Box<Document>, OpenError>,
    /// The word index of the loaded timeline, built on the worker so the first search does not stall.
    pub index: Option<SearchIndex>,
}

fn load(path: PathBuf) -> Loaded {
    let result = io::load(&path);
    let disk = result
        .is_ok()
        .then(|| crate::io::saver::DiskState::of_file(&path).ok())
        .flatten();
    let index = result
        .as_ref()
        .ok()
        .map(|parsed| SearchIndex::build(&parsed.timeline));
    let result = result.map(|parsed| {
        let mut doc = Document::from_file(&path, parsed);
        doc.disk = disk;
        Box::new(doc)
    });
    Loaded {
        path,
        result,
        index,
    }
}

/// Reads and parses one file at a time on a named worker thread.
pub struct Loader {
    synchronous: bool,
    pending: Option<PathBuf>,
    receiver: Option<Receiver<Loaded>>,
    ready: Option<Loaded>,
}

impl Loader {
    /// `synchronous` loads on the calling thread, so tests see the result on the next frame.
    pub fn new(synchronous: bool) -> Self {
        Loader {
            synchronous,
            pending: None,
            receiver: None,
            ready: None,
        }
    }

    /// The file being read, if any.
    pub fn busy(&self) -> Option<&PathBuf> {
        self.pending.as_ref()
    }

    /// Starts reading `path`; a load already running is superseded.
    pub fn start(&mut self, path: PathBuf, ctx: &egui::Context) {
        self.pending = Some(path.clone());
        if self.synchronous {
            self.ready = Some(load(path));
            self.receiver = None;
            ctx.request_repaint();
            return;
        }
        let (sender, receiver) = channel();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("itinera-load".into())
            .spawn(move || {
                // The receiver is gone only when a newer load replaced this one.
                let _ = sender.send(load(path));
                ctx.request_repaint();
            });
        match spawned {
            Ok(_) => self.receiver = Some(receiver),
            Err(error) => {
                let path = self.pending.clone().unwrap_or_default();
                self.ready = Some(Loaded {
                    index: None,
                    result: Err(OpenError::Io {
                        path: path.display().to_string(),
                        error,
                    }),
                    path,
                });
            }
        }
    }

    /// A finished load, once.
    pub fn poll(&mut self) -> Option<Loaded> {
        if let Some(ready) = self.ready.take() {
            self.pending = None;
            return Some(ready);
        }
        let received = self.receiver.as_ref()?.try_recv().ok()?;
        self.receiver = None;
        self.pending = None;
        Some(received)
    }
}
