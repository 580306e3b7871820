//! Images of whole views, drawn headless with the same code as the window (as the briefing deck is): the timeline
//! over the whole programme or a chosen span at any width, a calendar month or year, the map.

use crate::document::{Document, Selection};
use crate::view::Shown;

/// Which view an image shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImageView {
    Timeline,
    CalendarMonth,
    CalendarYear,
    Map,
}

/// What to draw.
#[derive(Clone)]
pub struct ImageRequest<'a> {
    pub doc: &'a Document,
    /// The events shown, in document order.
    pub visible: &'a [u32],
    pub view: ImageView,
    pub width_px: u32,
    pub height_px: u32,
    /// For the timeline, the UTC seconds to span (the whole programme when `None`); for the calendar, a day in
    /// the month or year shown (the first event's when `None`).
    pub range: Option<(i64, i64)>,
    pub today: chrono::NaiveDate,
}

/// What the timeline draws above its lanes — the panel's margin, its toolbar and the axis — in points.
const OVERHEAD: f32 = 8.0 + 36.0 + crate::view::timeline::AXIS_HEIGHT + 8.0;

/// The widest (and tallest) image drawn, in pixels, where the graphics adapter allows textures that large (a
/// smaller adapter's own limit applies, 8,192 at the least).
pub const MAX_WIDTH_PX: u32 = 16_000;

/// A renderer for one image that asks the adapter for the largest textures it has (up to 16,384 pixels a side;
/// the usual default is 8,192), and that side.
fn renderer() -> (egui_kittest::wgpu::WgpuTestRenderer, u32) {
    let mut setup = egui_kittest::wgpu::default_wgpu_setup();
    if let eframe::egui_wgpu::WgpuSetup::CreateNew(new) = &mut setup {
        let usual = std::sync::Arc::clone(&new.device_descriptor);
        new.device_descriptor = std::sync::Arc::new(move |adapter| {
            let mut descriptor = usual(adapter);
            let limits = &mut descriptor.required_limits;
            limits.max_texture_dimension_2d = limits
                .max_texture_dimension_2d
                .max(adapter.limits().max_texture_dimension_2d.min(16_384));
            descriptor
        });
    }
    let state = egui_kittest::wgpu::create_render_state(
        setup,
        eframe::egui_wgpu::RendererOptions::PREDICTABLE,
    );
    let side = state.device.limits().max_texture_dimension_2d;
    (
        egui_kittest::wgpu::WgpuTestRenderer::from_render_state(state),
        side,
    )
}

/// Draws the view and returns its pixels.
pub fn render(request: &ImageRequest) -> anyhow::Result<image::RgbaImage> {
    let (renderer, side) = renderer();
    let largest = MAX_WIDTH_PX.min(side);
    let width = request.width_px.clamp(200, largest) as f32;
    let height = request.height_px.clamp(200, largest) as f32;
    let selection = Selection::default();
    let shown = Shown {
        doc: request.doc,
        selection: &selection,
        visible: request.visible,
        visible_version: 1,
        baseline: None,
        comparison: None,
        layers: None,
    };
    let today = request.today;
    let first_day = request
        .visible
        .first()
        .and_then(|&i| request.doc.resolved().times.get(i as usize))
        .map(|t| t.first_day);
    match request.view {
        ImageView::Timeline => {
            let mut view = crate::view::timeline::TimelineView::default();
            view.fit_range = request.range.map(|(a, b)| (a as f64, b as f64));
            // The image grows taller than asked when the lanes need it, so that it holds every lane.
            draw_growing(
                renderer,
                (width, height),
                move |ui: &mut egui::Ui, v: &mut crate::view::timeline::TimelineView| {
                    let _ = v.ui(ui, &shown, today);
                },
                view,
                |v, drawn| {
                    // The lanes start below the toolbar and the axis; what the first frames drew tells where.
                    let needed = drawn + v.lanes_height();
                    (needed > height).then_some(needed.min(largest as f32))
                },
            )
        }
        ImageView::CalendarMonth | ImageView::CalendarYear => {
            let mut view = crate::view::calendar::CalendarView::default();
            view.mode = if request.view == ImageView::CalendarYear {
                crate::view::calendar::Mode::Year
            } else {
                crate::view::calendar::Mode::Month
            };
            view.cursor = request
                .range
                .and_then(|(a, _)| chrono::DateTime::from_timestamp(a, 0))
                .map(|t| t.date_naive())
                .or(first_day);
            draw(
                renderer,
                (width, height),
                move |ui: &mut egui::Ui, v: &mut crate::view::calendar::CalendarView| {
                    let _ = v.ui(ui, &shown, today);
                },
                view,
            )
        }
        ImageView::Map => {
            let filter = crate::model::filter::Filter::default();
            draw(
                renderer,
                (width, height),
                move |ui: &mut egui::Ui, v: &mut crate::view::map::MapState| {
                    let _ = v.ui(ui, &shown, &filter);
                },
                crate::view::map::MapState::default(),
            )
        }
    }
}

/// Draws a view's state into a headless window of `size` and renders it.
fn draw<'a, S>(
    renderer: egui_kittest::wgpu::WgpuTestRenderer,
    size: (f32, f32),
    view_ui: impl FnMut(&mut egui::Ui, &mut S) + 'a,
    state: S,
) -> anyhow::Result<image::RgbaImage> {
    draw_growing(renderer, size, view_ui, state, |_, _| None)
}

/// As [`draw`], but after the first frames `taller(state, overhead)` may ask for a taller window (the overhead is
/// what the panel holds above the view's content); the view is then drawn again at that height.
fn draw_growing<'a, S>(
    renderer: egui_kittest::wgpu::WgpuTestRenderer,
    size: (f32, f32),
    mut view_ui: impl FnMut(&mut egui::Ui, &mut S) + 'a,
    state: S,
    taller: impl Fn(&S, f32) -> Option<f32>,
) -> anyhow::Result<image::RgbaImage> {
    let mut harness = egui_kittest::Harness::builder()
        .with_size(size)
        .with_pixels_per_point(1.0)
        // A name in a script no bundled font covers is drawn as a box, as in the window, instead of stopping.
        .allow_missing_glyphs()
        .renderer(renderer)
        .build_ui_state(
            move |ui: &mut egui::Ui, s: &mut S| {
                egui::CentralPanel::default().show(ui, |ui| view_ui(ui, s));
            },
            state,
        );
    // The first frame measures, the next ones draw what it measured (the timeline fits its range to its width).
    harness.run_steps(3);
    if let Some(height) = taller(harness.state(), OVERHEAD) {
        harness.set_size(egui::vec2(size.0, height));
        harness.run_steps(3);
    }
    harness.render().map_err(|e| anyhow::anyhow!("{e}"))
}

/// A picture as PNG bytes.
pub fn png_bytes(picture: &image::RgbaImage) -> Option<Vec<u8>> {
    let mut bytes = std::io::Cursor::new(Vec::new());
    picture
        .write_to(&mut bytes, image::ImageFormat::Png)
        .ok()
        .map(|()| bytes.into_inner())
}

/// The route map of `visible` for a trip book, as PNG bytes; `None` on a machine that cannot draw.
pub fn route_map_png(doc: &Document, visible: &[u32], today: chrono::NaiveDate) -> Option<Vec<u8>> {
    let picture = render(&ImageRequest {
        doc,
        visible,
        view: ImageView::Map,
        width_px: 1600,
        height_px: 900,
        range: None,
        today,
    })
    .ok()?;
    png_bytes(&picture)
}
