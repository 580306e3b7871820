//! The plan warnings window: every warning about the plan in words. Clicking one selects its two events, so
//! every view goes to them.

use crate::document::Document;
use crate::model::filter::Filter;
use crate::view::Request;

/// Shows the window while `open`; a click on a warning selects its two events, the checkbox filters by them.
pub fn window(
    ctx: &egui::Context,
    doc: &Document,
    open: &mut bool,
    filter: &Filter,
) -> Vec<Request> {
    let mut requests = Vec::new();
    let mut only = filter.plan_warnings;
    let screen = ctx.content_rect();
    egui::Window::new("Plan warnings")
        .open(open)
        .default_size([760.0, 240.0])
        .default_pos(screen.center() - egui::vec2(380.0, 60.0))
        .show(ctx, |ui| {
            if doc.plan().is_empty() {
                ui.label("Nothing in the plan clashes.");
                return;
            }
            ui.horizontal(|ui| {
                ui.label("A principal in two places at once, or without time to travel. Click one to select its events.");
                ui.checkbox(&mut only, "Show only these events");
            });
            ui.separator();
            let row_h = ui.text_style_height(&egui::TextStyle::Body) + ui.spacing().item_spacing.y + 4.0;
            egui::ScrollArea::vertical()
                .auto_shrink([false, true])
                .show_rows(ui, row_h, doc.plan().len(), |ui, rows| {
                    for warning in &doc.plan()[rows] {
                        let text = format!("⚠ {}", warning.message(doc.timeline()));
                        let response = ui.add(egui::Button::new(&text).frame(false).truncate());
                        if response.on_hover_text(&text).clicked() {
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
