//! Comparing the document with a baseline: choosing the version (the Compare window), reading it on the file
//! worker, keeping the comparison up to date with each revision, and stopping.

use std::path::PathBuf;

use super::ItineraApp;
use crate::document::Baseline;
use crate::io::versions::{Revision, Version};
use crate::model::Timeline;
use crate::view::changes::{CompareChoices, Versions};

/// What the window keeps about comparing.
#[derive(Default)]
pub struct Comparing {
    /// The Compare window is open.
    pub window: bool,
    /// The path typed in the window.
    pub typed: String,
    /// The earlier versions of the open file, once listed.
    pub versions: Option<Versions>,
    /// A version being read.
    pub reading: Option<Version>,
    /// `--compare SPEC`, asked for once the file named at start has opened.
    pub at_start: Option<String>,
}

impl Comparing {
    /// The worker listed the versions of `file`.
    pub fn listed(&mut self, file: PathBuf, backups: Vec<PathBuf>, revisions: Vec<Revision>) {
        self.versions = Some(Versions {
            file,
            backups,
            revisions,
        });
    }
}

impl ItineraApp {
    /// Opens the Compare window and lists the open file's earlier versions.
    pub(super) fn show_compare(&mut self) {
        self.comparing.window = true;
        self.comparing.versions = None;
        if let Some(path) = self.doc().path().map(std::path::Path::to_path_buf) {
            self.files.list_versions(path);
        }
    }

    /// Starts reading `version` to compare with.
    pub(super) fn compare_with(&mut self, version: Version) {
        self.chrome.say(crate::tr!(
            "notice-reading-version",
            version = version.label()
        ));
        self.comparing.reading = Some(version.clone());
        self.files.read_version(version);
    }

    /// Compares with a file chosen in a dialog.
    pub(super) fn compare_with_picked(&mut self) {
        match self.files.dialogs.pick_open() {
            Some(path) => self.compare_with(Version::File(path)),
            None => self.chrome.say(crate::tr!("notice-no-file-chosen")),
        }
    }

    /// A version was read: it becomes the active document's baseline.
    pub(super) fn version_read(&mut self, version: Version, result: Result<Box<Timeline>, String>) {
        if self.comparing.reading.as_ref() != Some(&version) {
            // Another version was asked for since.
            return;
        }
        self.comparing.reading = None;
        match result {
            Ok(timeline) => {
                let label = version.label();
                let open = self.docs.active_open();
                let mut baseline = Baseline::new(label.clone(), *timeline);
                baseline.follow(&open.doc, self.files.waker());
                open.baseline = Some(baseline);
                self.comparing.window = false;
                self.chrome
                    .say(crate::tr!("notice-comparing", version = label));
            }
            Err(why) => self.chrome.refuse(crate::tr!(
                "notice-version-unreadable",
                version = version.label(),
                why = why
            )),
        }
    }

    pub(super) fn stop_comparing(&mut self) {
        if self.docs.active_open().baseline.take().is_some() {
            self.chrome.say(crate::tr!("notice-stopped-comparing"));
        }
    }

    /// Brings each document's comparison up to its latest revision (on a thread, unless file work runs on this
    /// thread), and asks `--compare` once the file named at start is open.
    pub(super) fn follow_baselines(&mut self, ctx: &egui::Context) {
        if self.files.opening().is_none()
            && let Some(spec) = self.comparing.at_start.take()
        {
            match Version::from_spec(&spec, self.doc().path()) {
                Some(version) => self.compare_with(version),
                None => self
                    .chrome
                    .refuse(crate::tr!("notice-compare-what", spec = spec)),
            }
        }
        let wake = self.files.waker().cloned();
        for open in self.docs.iter_mut() {
            if let Some(baseline) = &mut open.baseline
                && baseline.follow(&open.doc, wake.as_ref())
            {
                ctx.request_repaint();
            }
        }
    }

    /// The Compare window, while it is open.
    pub(super) fn compare_window(&mut self, ctx: &egui::Context) {
        if !self.comparing.window {
            return;
        }
        let choices = CompareChoices {
            file: self.docs.active().path(),
            versions: self.comparing.versions.as_ref(),
            current: self.docs.active_baseline().map(Baseline::label),
            reading: self.comparing.reading.is_some(),
        };
        let mut open = true;
        let requests = crate::view::changes::compare_window(
            ctx,
            &mut open,
            &mut self.comparing.typed,
            &choices,
        );
        self.comparing.window = open;
        self.requests.extend(requests);
    }
}
