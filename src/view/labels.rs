//! Text painted on bars and chips: cut to the space it has, ending in "…" when cut, and laid out once and kept
//! between frames (egui keeps a laid-out text only while it is drawn every frame), so a view that shows new
//! events, a new month say, lays out only the labels it has not shown before.

use std::collections::HashMap;
use std::sync::Arc;

use egui::{Color32, FontId, Galley};

/// Labels laid out for a view, by text, colour, size and the width they are cut to.
#[derive(Default)]
pub struct LabelCache {
    galleys: HashMap<(String, Color32, u32, u32), Arc<Galley>>,
}

/// Beyond this many labels the cache starts afresh, so it never grows without bound.
const MAX_LABELS: usize = 8192;

impl LabelCache {
    /// `text` on one line in `font`, cut with an ellipsis to at most `width` points.
    pub fn galley(
        &mut self,
        ui: &egui::Ui,
        text: &str,
        font: &FontId,
        color: Color32,
        width: f32,
    ) -> Arc<Galley> {
        let key = (
            text.to_owned(),
            color,
            font.size.to_bits(),
            width.max(0.0).round() as u32,
        );
        if let Some(galley) = self.galleys.get(&key) {
            return Arc::clone(galley);
        }
        if self.galleys.len() >= MAX_LABELS {
            self.galleys.clear();
        }
        let mut job =
            egui::text::LayoutJob::simple_singleline(text.to_owned(), font.clone(), color);
        job.wrap = egui::text::TextWrapping::truncate_at_width(width.max(1.0));
        let galley = ui.fonts_mut(|f| f.layout_job(job));
        self.galleys.insert(key, Arc::clone(&galley));
        galley
    }
}
