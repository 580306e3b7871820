//! The presenter's notes: a window of its own during a briefing, for the laptop while the projector shows the
//! cards. It shows the step, the time elapsed, the current event's notes and objectives, and what comes next.
//! It obeys the briefing's own rule: restricted notes appear only while the briefer shows restricted content.

use egui::{RichText, ViewportClass};

use super::{Briefing, Outcome, Step};
use crate::document::Document;
use crate::view::describe::{place_text, when_text};

/// What a step is called in the notes: the event's title, or the overview or summary.
pub fn step_title(doc: &Document, step: Step) -> String {
    match step {
        Step::Overview => crate::tr!("presenter-overview", title = doc.timeline().shown_title()),
        Step::Event(i) => doc
            .timeline()
            .events
            .get(i as usize)
            .map_or_else(String::new, |e| e.shown_title().to_string()),
        Step::Summary => crate::tr!("briefing-summary"),
    }
}

/// "12:34" or "1:02:03".
pub fn elapsed_text(seconds: f64) -> String {
    let s = seconds.max(0.0) as u64;
    let (h, m, s) = (s / 3600, s / 60 % 60, s % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m:02}:{s:02}")
    }
}

/// Shows the presenter's window while `b.presenter` is on; closing it (or Esc in it) turns it off.
pub fn show(b: &mut Briefing, ctx: &egui::Context, doc: &Document, steps: &[Step]) {
    if !b.presenter {
        return;
    }
    let now = ctx.input(|i| i.time);
    let started = *b.started_at.get_or_insert(now);
    let builder = egui::ViewportBuilder::default()
        .with_title(crate::tr!("presenter-window"))
        .with_inner_size([560.0, 620.0]);
    let mut close = false;
    ctx.show_viewport_immediate(
        egui::ViewportId::from_hash_of("itinera-presenter-notes"),
        builder,
        |ui, class| {
            let ctx = ui.ctx().clone();
            if class == ViewportClass::EmbeddedWindow {
                notes_ui(b, ui, doc, steps, now - started);
                return;
            }
            // The clicker works whichever window has focus; Esc here closes only these notes.
            if ctx.input(|i| i.viewport().close_requested())
                || b.keys(&ctx, steps.len()) == Outcome::Leave
            {
                close = true;
            }
            egui::CentralPanel::default().show(ui, |ui| {
                notes_ui(b, ui, doc, steps, now - started);
            });
            ctx.request_repaint_after(std::time::Duration::from_secs(1));
        },
    );
    if close {
        b.presenter = false;
    }
}

fn notes_ui(b: &mut Briefing, ui: &mut egui::Ui, doc: &Document, steps: &[Step], elapsed: f64) {
    let step = steps.get(b.step).copied().unwrap_or(Step::Overview);
    // Read at a glance, at arm's length.
    for (style, size) in [
        (egui::TextStyle::Body, 16.0),
        (egui::TextStyle::Button, 16.0),
        (egui::TextStyle::Small, 12.0),
    ] {
        if let Some(font) = ui.style_mut().text_styles.get_mut(&style) {
            font.size = size;
        }
    }
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(crate::tr!(
                "presenter-step-of",
                n = b.step + 1,
                count = steps.len()
            ))
            .strong(),
        );
        ui.separator();
        ui.label(crate::tr!(
            "presenter-elapsed",
            time = elapsed_text(elapsed)
        ));
        if b.blank {
            ui.separator();
            ui.label(RichText::new(crate::tr!("presenter-blanked")).strong());
        }
    });
    ui.separator();
    ui.label(RichText::new(crate::tr!("presenter-now")).small().weak());
    ui.label(RichText::new(step_title(doc, step)).size(26.0).strong());
    egui::ScrollArea::vertical()
        .max_height(ui.available_height() - 90.0)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            if let Step::Event(i) = step
                && let Some(e) = doc.timeline().events.get(i as usize)
            {
                ui.label(format!("{} · {}", when_text(e), place_text(e)));
                ui.add_space(6.0);
                ui.label(RichText::new(crate::tr!("presenter-notes")).small().weak());
                if e.shown_notes().is_empty() {
                    ui.label(RichText::new(crate::tr!("presenter-no-notes")).italics());
                } else {
                    ui.label(e.shown_notes());
                }
                if !e.shown_objectives().is_empty() {
                    ui.add_space(6.0);
                    ui.label(
                        RichText::new(crate::tr!("briefing-objectives"))
                            .small()
                            .weak(),
                    );
                    for objective in e.shown_objectives() {
                        ui.label(format!("• {objective}"));
                    }
                }
                if b.show_restricted && !e.restricted_notes.is_empty() {
                    ui.add_space(6.0);
                    ui.label(
                        RichText::new(crate::tr!("presenter-restricted-notes"))
                            .small()
                            .strong(),
                    );
                    ui.label(e.restricted_notes.as_str());
                }
            }
        });
    ui.separator();
    ui.label(RichText::new(crate::tr!("presenter-next")).small().weak());
    let next = steps
        .get(b.step + 1)
        .map_or_else(|| crate::tr!("presenter-end"), |s| step_title(doc, *s));
    ui.label(RichText::new(next).size(20.0));
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        if ui.button(crate::tr!("presenter-previous-button")).clicked() {
            b.step = b.step.saturating_sub(1);
        }
        if ui.button(crate::tr!("presenter-next-button")).clicked() {
            b.step = (b.step + 1).min(steps.len().saturating_sub(1));
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elapsed_time_reads_as_minutes_and_seconds_then_hours() {
        assert_eq!(elapsed_text(0.0), "00:00");
        assert_eq!(elapsed_text(754.9), "12:34");
        assert_eq!(elapsed_text(3723.0), "1:02:03");
    }
}
