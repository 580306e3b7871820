//! Briefing mode inside the app: its steps, its frame (which replaces the editor), and deck exports.

use super::ItineraApp;
use crate::document::shown::Shown;
use crate::view::Request;
use crate::view::briefing::Step;

/// What the briefing shows, kept until the document, the filter or the briefer's restricted switch change.
#[derive(Default)]
pub(super) struct BriefingSteps {
    /// The events shown by the same rule as every view, with the briefer's own restricted switch.
    shown: Shown,
    steps: Vec<Step>,
    /// The shown version and restricted switch the steps were made for.
    key: Option<(u64, u64, bool)>,
    /// Bumped whenever the steps change, for what the briefing keeps between frames.
    version: u64,
}

impl ItineraApp {
    /// The steps a briefing would show now: the events the filter shows, with restricted ones only when the
    /// briefer shows restricted content.
    pub fn briefing_steps(&mut self) -> Vec<Step> {
        self.refresh_briefing_steps();
        self.briefing_steps.steps.clone()
    }

    /// Brings the briefing's steps up to date with the document, the filter and the restricted switch.
    fn refresh_briefing_steps(&mut self) {
        let show_restricted = self.views.briefing.show_restricted;
        let doc = self.docs.active();
        let cache = &mut self.briefing_steps;
        cache
            .shown
            .refresh(doc, &self.ui_state.filter, show_restricted);
        let key = (doc.revision(), cache.shown.version(), show_restricted);
        if cache.key != Some(key) {
            cache.steps = crate::view::briefing::steps::steps(
                doc.timeline(),
                cache.shown.events(),
                show_restricted,
            );
            cache.key = Some(key);
            cache.version += 1;
        }
        self.views.briefing.steps_version = cache.version;
    }

    /// Starts briefing mode, full screen, at the first step.
    pub(super) fn start_briefing(&mut self, ctx: &egui::Context) {
        let b = &mut self.views.briefing;
        b.active = true;
        b.step = 0;
        b.blank = false;
        b.started_at = Some(ctx.input(|i| i.time));
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
    }

    /// Briefing mode: full screen, no editing chrome; its keys are taken before any widget can see them.
    pub(super) fn briefing_ui(&mut self, ui: &mut egui::Ui, ctx: &egui::Context) {
        self.refresh_briefing_steps();
        let steps = std::mem::take(&mut self.briefing_steps.steps);
        let b = &mut self.views.briefing;
        if b.keys(ctx, steps.len()) == crate::view::briefing::Outcome::Leave {
            b.active = false;
        }
        if b.active {
            let doc = self.docs.active();
            let baseline = self.docs.active_baseline();
            let since = crate::view::changes::current(doc, baseline)
                .zip(baseline)
                .map(|(comparison, b)| crate::view::briefing::Since {
                    label: b.label(),
                    comparison,
                });
            egui::CentralPanel::default()
                .frame(egui::Frame::NONE)
                .show(ui, |ui| {
                    b.ui(ui, doc, &steps, self.today, since);
                });
        }
        if b.active {
            crate::view::briefing::presenter::show(b, ctx, self.docs.active(), &steps);
        }
        if std::mem::take(&mut b.export_requested) {
            self.request(Request::ExportDeck);
        }
        self.briefing_steps.steps = steps;
        if !self.views.briefing.active {
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
            self.chrome.say(crate::tr!("notice-left-briefing"));
        }
    }

    /// Exports the briefing as PNGs into a folder beside the document, on the export thread.
    pub(super) fn export_deck(&mut self) {
        let steps = self.briefing_steps();
        let doc = self.doc().snapshot();
        let folder = self.beside_document("-deck");
        let b = &self.views.briefing;
        let (theme, show_restricted) = (b.theme, b.show_restricted);
        self.chrome.say(crate::tr!("notice-exporting-deck"));
        self.files.export(Box::new(move || {
            match crate::view::briefing::export_deck(
                &doc,
                &steps,
                &folder,
                (1920.0, 1080.0),
                theme,
                show_restricted,
            ) {
                Ok(deck) => crate::tr!(
                    "notice-exported",
                    what = crate::tr!("cli-slides", count = deck.files.len()),
                    path = folder.display().to_string()
                ),
                Err(e) => crate::tr!("notice-deck-failed", why = e.to_string()),
            }
        }));
    }
}
