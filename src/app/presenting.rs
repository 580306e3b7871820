//! Briefing mode inside the app: its steps, its frame (which replaces the editor), and deck exports.

use super::ItineraApp;

impl ItineraApp {
    /// The steps a briefing would show now: the filtered events, less restricted ones unless asked for.
    pub fn briefing_steps(&mut self) -> Vec<crate::view::briefing::Step> {
        self.refresh_visible();
        crate::view::briefing::steps::steps(
            &self.doc.timeline,
            &self.visible,
            self.briefing.show_restricted,
        )
    }

    /// Briefing mode: full screen, no editing chrome; its keys are taken before any widget can see them.
    pub(super) fn briefing_ui(&mut self, ui: &mut egui::Ui, ctx: &egui::Context) {
        let steps = self.briefing_steps();
        if self.briefing.keys(ctx, steps.len()) == crate::view::briefing::Outcome::Leave {
            self.briefing.active = false;
        }
        if self.briefing.active {
            egui::CentralPanel::default()
                .frame(egui::Frame::NONE)
                .show(ui, |ui| {
                    self.briefing.ui(ui, &self.doc, &steps, self.today);
                });
        }
        if self.briefing.active {
            crate::view::briefing::presenter::show(&mut self.briefing, ctx, &self.doc, &steps);
        }
        if std::mem::take(&mut self.briefing.export_requested) {
            self.export_deck(steps, ctx);
        }
        self.poll_export();
        if !self.briefing.active {
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
            self.notice = Some("Left briefing mode".into());
        }
    }

    /// Exports the briefing as PNGs into a folder beside the document, on a worker thread.
    fn export_deck(&mut self, steps: Vec<crate::view::briefing::Step>, ctx: &egui::Context) {
        let doc = self.doc.snapshot();
        let folder = self.beside_document("-deck");
        let (theme, show_restricted) = (self.briefing.theme, self.briefing.show_restricted);
        self.start_export(
            "the deck",
            ctx,
            move || match crate::view::briefing::export_deck(
                &doc,
                &steps,
                &folder,
                (1920.0, 1080.0),
                theme,
                show_restricted,
            ) {
                Ok(deck) => format!(
                    "Exported {} slides to {}",
                    deck.files.len(),
                    folder.display()
                ),
                Err(e) => format!("The deck could not be exported: {e}"),
            },
        );
    }
}
