//! The plan warnings window: every warning about the plan in words. Clicking one selects its two events, so
//! every view goes to them.

use crate::document::Document;
use crate::model::filter::Filter;
use crate::view::Request;

/// Shows the window while `open`; a click on a warning selects its two events, the checkbox filters by them.
/// With several layers shown, `doc` is their programmes as one and `layers` says which file each event is from,
/// so a warning across two files names both.
pub fn window(
    ctx: &egui::Context,
    doc: &Document,
    layers: Option<&crate::document::layers::Combined>,
    open: &mut bool,
    filter: &Filter,
) -> Vec<Request> {
    let mut requests = Vec::new();
    let mut only = filter.plan_warnings;
    let screen = ctx.content_rect();
    egui::Window::new(crate::tr!("plan-window"))
        .id(egui::Id::unique("plan-warnings-window"))
        .open(open)
        .resizable(true)
        .scroll(false)
        .default_size([820.0, 560.0])
        .min_size([360.0, 160.0])
        .default_pos(screen.center() - egui::vec2(410.0, 280.0))
        .show(ctx, |ui| {
            if doc.plan().is_empty() {
                ui.label(crate::tr!("plan-nothing"));
                return;
            }
            ui.horizontal_wrapped(|ui| {
                ui.label(crate::tr!("plan-window-intro", count = doc.plan().len()));
                ui.checkbox(&mut only, crate::tr!("plan-show-only"));
            });
            ui.separator();
            // Each warning takes two lines, cut with an ellipsis past that and whole on hover, so thousands of
            // them scroll at an even height and only those in sight are laid out.
            let line_h = ui.text_style_height(&egui::TextStyle::Body);
            let row_h = 2.0 * line_h + 6.0;
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show_rows(ui, row_h, doc.plan().len(), |ui, rows| {
                    for warning in &doc.plan()[rows] {
                        let text = format!(
                            "⚠ {}{}",
                            warning.message(doc.timeline()),
                            across_layers(layers, warning)
                        );
                        if warning_row_ui(ui, &text, row_h).clicked() {
                            let t = doc.timeline();
                            let ids = [warning.first, warning.second]
                                .iter()
                                .filter_map(|&i| t.events.get(i as usize))
                                .map(|e| e.id.to_string())
                                .collect();
                            requests.push(Request::Select {
                                ids,
                                additive: false,
                            });
                        }
                    }
                });
        });
    if only != filter.plan_warnings {
        requests.push(Request::SetFilter(Filter {
            plan_warnings: only,
            ..filter.clone()
        }));
    }
    requests
}

/// " (in plan.ron and fm.ron)" for a warning whose two events are in two layers; empty otherwise.
pub fn across_layers(
    layers: Option<&crate::document::layers::Combined>,
    warning: &crate::model::checks::PlanWarning,
) -> String {
    let Some(c) = layers else {
        return String::new();
    };
    match (c.layer_look(warning.first), c.layer_look(warning.second)) {
        (Some((_, a)), Some((_, b))) if c.layer_of(warning.first) != c.layer_of(warning.second) => {
            crate::tr!(
                "plan-across-layers",
                first = a.to_owned(),
                second = b.to_owned()
            )
        }
        _ => String::new(),
    }
}

/// One warning: its text wrapped to the row's two lines, the whole of it on hover and to screen readers.
fn warning_row_ui(ui: &mut egui::Ui, text: &str, row_h: f32) -> egui::Response {
    let width = ui.available_width();
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, row_h), egui::Sense::click());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, text));
    if ui.is_rect_visible(rect) {
        let visuals = ui.style().interact(&response);
        if response.hovered() {
            ui.painter().rect_filled(rect, 3.0, visuals.weak_bg_fill);
        }
        let color = ui.visuals().text_color();
        let mut job = egui::text::LayoutJob::simple(
            text.to_owned(),
            egui::TextStyle::Body.resolve(ui.style()),
            color,
            width - 8.0,
        );
        job.wrap.max_rows = 2;
        job.wrap.overflow_character = Some('…');
        let galley = ui.fonts_mut(|f| f.layout_job(job));
        let cut = galley.elided;
        ui.painter()
            .galley(rect.left_top() + egui::vec2(4.0, 3.0), galley, color);
        if cut {
            return response.on_hover_text(text);
        }
    }
    response
}
