//! Exporting a briefing as a deck: one PNG per step, rendered headless (wgpu through egui_kittest), with the same
//! drawing and the same redaction as the screen.

use std::path::{Path, PathBuf};

use super::{Briefing, Step, Theme};
use crate::document::Document;

/// What an export wrote, and the text each step drew (so the redaction rule can be checked).
pub struct Deck {
    pub files: Vec<PathBuf>,
    pub texts: Vec<Vec<String>>,
}

/// Renders every step into `dir` as `step-01.png`, `step-02.png`, ...
pub fn export_deck(
    doc: &Document,
    steps: &[Step],
    dir: &Path,
    size: (f32, f32),
    theme: Theme,
    show_restricted: bool,
) -> anyhow::Result<Deck> {
    std::fs::create_dir_all(dir)?;
    let today = chrono::Local::now().date_naive();
    let briefing = Briefing {
        active: true,
        theme,
        show_restricted,
        chrome: false,
        ..Briefing::default()
    };
    let mut harness = egui_kittest::Harness::builder()
        .with_size(size)
        .with_pixels_per_point(1.0)
        // A name in a script no bundled font covers is drawn as a box, as in the window, instead of stopping.
        .allow_missing_glyphs()
        .wgpu()
        .build_ui_state(
            |ui: &mut egui::Ui, b: &mut Briefing| {
                // The deck has no window to leave; the map does not animate between pages.
                b.fly = None;
                b.map_center = None;
                b.ui(ui, doc, steps, today, None);
            },
            briefing,
        );
    let mut deck = Deck {
        files: Vec::new(),
        texts: Vec::new(),
    };
    for n in 0..steps.len() {
        harness.state_mut().step = n;
        harness.run_steps(2);
        let image = harness
            .render()
            .map_err(|e| anyhow::anyhow!("rendering step {}: {e}", n + 1))?;
        let path = dir.join(format!("step-{:02}.png", n + 1));
        image.save(&path)?;
        deck.files.push(path);
        deck.texts.push(drawn_text(harness.output()));
    }
    Ok(deck)
}

/// Every piece of text a frame drew.
pub fn drawn_text(output: &egui::FullOutput) -> Vec<String> {
    drawn_text_at(output).into_iter().map(|(t, _)| t).collect()
}

/// Every piece of text a frame drew, with where it was drawn.
pub fn drawn_text_at(output: &egui::FullOutput) -> Vec<(String, egui::Rect)> {
    let mut texts = Vec::new();
    for clipped in &output.shapes {
        collect(&clipped.shape, &mut texts);
    }
    texts
}

fn collect(shape: &egui::Shape, texts: &mut Vec<(String, egui::Rect)>) {
    match shape {
        egui::Shape::Text(text) => {
            texts.push((text.galley.text().to_owned(), text.visual_bounding_rect()))
        }
        egui::Shape::Vec(shapes) => {
            for s in shapes {
                collect(s, texts);
            }
        }
        _ => {}
    }
}
