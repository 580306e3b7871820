//! Briefing mode: the filtered programme as a full-screen presentation, one step at a time, with a map that
//! follows along. Restricted events and restricted notes never reach the screen unless the briefer asks.

mod card;
mod figures;
mod palette;
pub use palette::{Palette, palette};
mod summary;

pub use export::export_deck;
pub mod export;
pub mod presenter;
pub mod steps;

use egui::{Key, Modifiers};

use crate::document::Document;
pub use steps::Step;

/// Presentation colours, both high in contrast for projectors.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Dark,
    Light,
}

/// What a key press asked of the briefing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Stay,
    Leave,
}

/// A map flight: from and to (projected centres) and the time it started.
pub(crate) type Flight = ((f64, f64), (f64, f64), f64);

/// What the document is compared with, for "changed since" on the cards: the baseline's name and the
/// comparison.
#[derive(Clone, Copy)]
pub struct Since<'a> {
    pub label: &'a str,
    pub comparison: &'a crate::document::baseline::Comparison,
}

pub struct Briefing {
    pub active: bool,
    pub step: usize,
    pub blank: bool,
    pub show_restricted: bool,
    pub theme: Theme,
    /// Type size multiplier.
    pub scale: f32,
    /// Whether the on-screen controls can be drawn (not on exported slides); they show while the mouse moves.
    pub chrome: bool,
    /// Until when (egui time, seconds) the controls show, since the mouse last moved.
    pub controls_until: f64,
    /// The briefer asked for the deck to be exported.
    pub export_requested: bool,
    /// The presenter's notes are open in a window of their own.
    pub presenter: bool,
    /// When the briefing started (egui time, seconds), for the presenter's clock.
    pub started_at: Option<f64>,
    /// Digits typed so far, for "number then Enter".
    typed: String,
    /// The map's flight: from, to (projected centres) and the time it started.
    pub(crate) fly: Option<Flight>,
    pub(crate) map_center: Option<(f64, f64)>,
    /// Changes whenever the steps shown do (set by whoever hands the briefing its steps).
    pub steps_version: u64,
    /// What the steps show, kept while the document and the steps stay.
    figures: Option<summary::Figures>,
    /// The route drawn on the map, for a document revision, steps version and step.
    route: Option<((u64, u64, u32), Vec<crate::view::map::places::Stop>)>,
}

impl Default for Briefing {
    fn default() -> Self {
        Briefing {
            active: false,
            step: 0,
            blank: false,
            show_restricted: false,
            theme: Theme::Dark,
            scale: 1.0,
            chrome: true,
            controls_until: 0.0,
            export_requested: false,
            presenter: false,
            started_at: None,
            typed: String::new(),
            fly: None,
            map_center: None,
            steps_version: 0,
            figures: None,
            route: None,
        }
    }
}

impl Briefing {
    /// Takes the briefing keys before any widget sees them, so Space never presses a focused button.
    pub fn keys(&mut self, ctx: &egui::Context, steps: usize) -> Outcome {
        let last = steps.saturating_sub(1);
        let mut outcome = Outcome::Stay;
        ctx.input_mut(|i| {
            let mut take = |key: Key| i.consume_key(Modifiers::NONE, key);
            if take(Key::Escape) {
                outcome = Outcome::Leave;
                return;
            }
            if take(Key::B) {
                self.blank = !self.blank;
            }
            if take(Key::P) {
                self.presenter = !self.presenter;
            }
            let next = take(Key::ArrowRight) | take(Key::PageDown) | take(Key::Space);
            let previous = take(Key::ArrowLeft) | take(Key::PageUp);
            if next {
                self.step = (self.step + 1).min(last);
            }
            if previous {
                self.step = self.step.saturating_sub(1);
            }
            if take(Key::Home) {
                self.step = 0;
            }
            if take(Key::End) {
                self.step = last;
            }
            for (key, digit) in [
                (Key::Num0, '0'),
                (Key::Num1, '1'),
                (Key::Num2, '2'),
                (Key::Num3, '3'),
                (Key::Num4, '4'),
                (Key::Num5, '5'),
                (Key::Num6, '6'),
                (Key::Num7, '7'),
                (Key::Num8, '8'),
                (Key::Num9, '9'),
            ] {
                if take(key) {
                    self.typed.push(digit);
                }
            }
            if take(Key::Enter) {
                if let Ok(n) = self.typed.parse::<usize>() {
                    self.step = n.saturating_sub(1).min(last);
                }
                self.typed.clear();
            }
            // Digits typed as text events are taken too, so nothing else receives them.
            i.events.retain(|e| !matches!(e, egui::Event::Text(_)));
        });
        outcome
    }

    /// Draws the current step over the whole window.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        doc: &Document,
        steps: &[Step],
        today: chrono::NaiveDate,
        since: Option<Since<'_>>,
    ) {
        self.step = self.step.min(steps.len().saturating_sub(1));
        card::ui(self, ui, doc, steps, today, since);
    }
}
