//! The map view's state and frame: toolbar, regions panel, the map itself, and the date scrubber.

use crate::i18n::dates::{self, DateStyle};
use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate};
use egui::{Rect, Sense, Stroke};

use super::paint;
use super::places::{self, PlaceGroup};
use super::projection::{MapView, project};
use super::shapes;
use crate::model::Region;
use crate::model::filter::Filter;
pub use crate::view::Request;
use crate::view::colors::{keyed_color, region_color};
use crate::view::palette::Palette;

/// How countries are filled.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Fill {
    #[default]
    Region,
    Count,
}

/// Above this scale the detailed (1:50m) shapes are drawn.
const DETAIL_SCALE: f64 = 900.0;

#[derive(Default)]
pub struct MapState {
    pub view: Option<MapView>,
    pub fill: Fill,
    /// The scrubber's date, when the scrubber is in use.
    pub date: Option<NaiveDate>,
    pub playing: bool,
    /// An animated move: from, to, and the time it started.
    fly: Option<(MapView, MapView, f64)>,
    /// The selection's generation as of the last frame, to fly to selections made elsewhere.
    seen_selection: u64,
    fit: bool,
    /// The user (or a selection) moved the map; until then it shows the whole world at any pane size.
    navigated: bool,
    /// Markers and routes for one set of visible events: grouping places and bending arcs costs trigonometry.
    /// Keyed by revision, filter version and language (place names are in the interface's language).
    cache: Option<((u64, u64, crate::i18n::Lang, Palette), Prepared)>,
    /// Per event: whether it is selected, for a document revision and selection generation. Markers and
    /// routes ask for every visible event each frame.
    selected: Option<(u64, u64, Vec<bool>)>,
    /// The map's size on screen in the last frame, in points.
    size: (f64, f64),
}

/// Beyond this many routes, each is drawn as a thin line without arrows or numbered stops.
pub(super) const DETAILED_ROUTES: usize = 60;
/// Beyond this many, only the routes through selected events are drawn.
pub(super) const MAX_ROUTES: usize = 400;

/// What the map draws, prepared once per document revision and filter.
pub(super) struct Prepared {
    pub(super) groups: Vec<PlaceGroup>,
    pub(super) routes: Vec<paint::Route>,
    /// Visible events per region, for the regions panel.
    pub(super) per_region: BTreeMap<Region, usize>,
    /// Visible events per country code, for filling countries.
    pub(super) per_country: BTreeMap<String, usize>,
    /// The first and last day of the visible dated events, for the scrubber.
    pub(super) span: Option<(NaiveDate, NaiveDate)>,
}

/// Everything one frame reads.
pub type Frame<'a> = crate::view::Shown<'a>;

impl MapState {
    /// Asks the map to show every visible event on the next frame.
    pub fn request_fit(&mut self) {
        self.fit = true;
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, frame: &Frame<'_>, current: &Filter) -> Vec<Request> {
        let mut requests = Vec::new();
        // Clicks on regions and countries edit a copy of the filter; a changed copy becomes the new filter.
        let mut edited = current.clone();
        let filter = &mut edited;
        let palette = Palette::of(ui);
        let key = (
            frame.doc.revision(),
            frame.visible_version,
            crate::i18n::current(),
            palette,
        );
        if self.cache.as_ref().is_none_or(|(cached, _)| *cached != key) {
            let t = &frame.doc.timeline();
            let routes = places::routes(t, frame.visible)
                .into_iter()
                .filter(|(_, stops)| stops.iter().any(|s| !s.home))
                .map(|(n, stops)| paint::Route::new(&stops, keyed_color(&t.trips[n].id, &palette)))
                .collect();
            let groups = places::groups(t, frame.visible);
            let mut per_country: BTreeMap<String, usize> = BTreeMap::new();
            for g in &groups {
                *per_country.entry(g.country.clone()).or_default() += g.events.len();
            }
            let prepared = Prepared {
                per_country,
                groups,
                routes,
                per_region: places::per_region(t, frame.visible),
                span: places::dated_span(t, frame.doc.resolved(), frame.visible),
            };
            self.cache = Some((key, prepared));
        }
        let Some((_, prepared)) = self.cache.take() else {
            return requests;
        };
        let groups = &prepared.groups;
        toolbar(self, ui, groups, frame);
        egui::Panel::left("map-regions")
            .resizable(false)
            .default_size(210.0)
            .show(ui, |ui| {
                regions_panel(ui, &prepared.per_region, filter);
            });
        egui::Panel::bottom("map-scrubber").show(ui, |ui| scrubber(self, ui, frame, prepared.span));
        let rect = ui.available_rect_before_wrap();
        self.size = (f64::from(rect.width()), f64::from(rect.height()));
        let response = ui.interact(
            rect,
            ui.make_persistent_id("map-area"),
            Sense::click_and_drag(),
        );
        response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::Group, true, crate::tr!("map-name"))
        });
        if response.clicked() || response.drag_started() {
            response.request_focus();
        }
        crate::view::focus::register(ui.ctx(), response.id);
        let view = self.navigate(ui, &response, rect, groups, frame);
        let world = if view.scale > DETAIL_SCALE {
            shapes::world_50m()
        } else {
            shapes::world_110m()
        };
        let painter = ui.painter_at(rect);
        painter.rect_filled(rect, 0.0, Palette::of(ui).ocean);
        let selected = self.selected_flags(frame);
        super::draw::draw(
            self,
            ui,
            &painter,
            world,
            &view,
            rect,
            frame,
            &prepared,
            &selected,
            filter,
            &response,
            &mut requests,
        );
        self.selected = Some((frame.doc.revision(), frame.selection.generation(), selected));
        self.view = Some(view);
        self.cache = Some((key, prepared));
        if edited != *current {
            requests.push(Request::SetFilter(edited));
        }
        requests
    }

    /// Whether each event is selected, reusing the last answer while the document and selection stay.
    fn selected_flags(&mut self, frame: &Frame<'_>) -> Vec<bool> {
        let key = (frame.doc.revision(), frame.selection.generation());
        match self.selected.take() {
            Some((revision, generation, flags)) if (revision, generation) == key => flags,
            _ => {
                let mut flags = vec![false; frame.doc.timeline().events.len()];
                for i in frame
                    .selection
                    .ids()
                    .filter_map(|id| frame.doc.index_of(id))
                {
                    flags[i] = true;
                }
                flags
            }
        }
    }

    fn navigate(
        &mut self,
        ui: &egui::Ui,
        response: &egui::Response,
        rect: Rect,
        groups: &[PlaceGroup],
        frame: &Frame<'_>,
    ) -> MapView {
        let (w, h) = (f64::from(rect.width()), f64::from(rect.height()));
        let mut view = match self.view {
            Some(view) if self.navigated => view,
            _ => MapView::world(w, h),
        };
        if std::mem::take(&mut self.fit) {
            self.navigated = true;
            let points: Vec<(f64, f64)> = groups.iter().map(|g| project(g.lon, g.lat)).collect();
            view = MapView::fitted(&points, w, h).unwrap_or(view);
        }
        // A selection made elsewhere flies the map to its place.
        if frame.selection.generation() != self.seen_selection {
            self.seen_selection = frame.selection.generation();
            if let Some((lat, lon)) = frame
                .selection
                .ids()
                .next()
                .and_then(|id| frame.doc.event(id))
                .and_then(|e| crate::model::time::place_coords(&e.place))
            {
                let target = MapView {
                    center: project(lon, lat),
                    scale: view.scale.max(350.0),
                };
                self.fly = Some((view, target, ui.input(|i| i.time)));
                self.navigated = true;
            }
        }
        if let Some((from, to, start)) = self.fly {
            let t = ((ui.input(|i| i.time) - start) / 0.6).clamp(0.0, 1.0);
            let ease = t * t * (3.0 - 2.0 * t);
            view = MapView {
                center: (
                    from.center.0 + (to.center.0 - from.center.0) * ease,
                    from.center.1 + (to.center.1 - from.center.1) * ease,
                ),
                scale: from.scale * (to.scale / from.scale).powf(ease),
            };
            if t >= 1.0 {
                self.fly = None;
            } else {
                ui.ctx().request_repaint();
            }
        }
        if response.hovered() {
            let (zoom, scroll, pointer) =
                ui.input(|i| (i.zoom_delta(), i.smooth_scroll_delta, i.pointer.hover_pos()));
            let at = pointer.map_or((0.0, 0.0), |p| {
                (
                    f64::from(p.x - rect.center().x),
                    f64::from(p.y - rect.center().y),
                )
            });
            if (zoom - 1.0).abs() > f32::EPSILON {
                view = view.zoomed_around(at, f64::from(zoom));
                self.navigated = true;
            } else if scroll.y.abs() > 0.0 {
                view = view.zoomed_around(at, (f64::from(scroll.y) / 200.0).exp());
                self.navigated = true;
            }
        }
        if response.dragged() {
            let d = response.drag_delta();
            view = view.panned(f64::from(d.x), f64::from(d.y));
            self.navigated = true;
        }
        view
    }
}

fn toolbar(state: &mut MapState, ui: &mut egui::Ui, groups: &[PlaceGroup], frame: &Frame<'_>) {
    // The zoom buttons zoom on the selection's place when there is one, else on the places in view, so a few
    // presses land on events and not on an ocean.
    let anchor = zoom_anchor(state, groups, frame);
    ui.horizontal_wrapped(|ui| {
        ui.label(crate::tr!("map-fill"));
        ui.selectable_value(&mut state.fill, Fill::Region, crate::tr!("map-fill-region"));
        ui.selectable_value(&mut state.fill, Fill::Count, crate::tr!("map-fill-count"));
        ui.separator();
        let zoom = |state: &mut MapState, factor: f64| {
            if let Some(v) = state.view {
                state.view = Some(match anchor {
                    Some(p) => v.zoomed_on(p, state.size, factor),
                    None => v.zoomed_around((0.0, 0.0), factor),
                });
                state.navigated = true;
            }
        };
        if ui
            .button("➕")
            .on_hover_text(crate::tr!("map-zoom-in"))
            .clicked()
        {
            zoom(state, 1.6);
        }
        if ui
            .button("➖")
            .on_hover_text(crate::tr!("map-zoom-out"))
            .clicked()
        {
            zoom(state, 1.0 / 1.6);
        }
        if ui
            .add_enabled(!groups.is_empty(), egui::Button::new(crate::tr!("map-fit")))
            .clicked()
        {
            state.fit = true;
        }
        if ui.button(crate::tr!("map-whole-world")).clicked() {
            state.view = None;
            state.navigated = false;
        }
    });
}

/// Where the zoom buttons zoom: the selected event's place, or the middle of the places on screen.
fn zoom_anchor(state: &MapState, groups: &[PlaceGroup], frame: &Frame<'_>) -> Option<(f64, f64)> {
    let selected = frame
        .selection
        .ids()
        .next()
        .and_then(|id| frame.doc.event(id))
        .and_then(|e| crate::model::time::place_coords(&e.place))
        .map(|(lat, lon)| project(lon, lat));
    if selected.is_some() {
        return selected;
    }
    let view = state.view?;
    let (w, h) = state.size;
    let on_screen: Vec<(f64, f64)> = groups
        .iter()
        .map(|g| project(g.lon, g.lat))
        .filter(|&p| {
            let (x, y) = view.screen_from_projected(p);
            x.abs() <= w / 2.0 && y.abs() <= h / 2.0
        })
        .collect();
    if on_screen.is_empty() {
        return None;
    }
    let n = on_screen.len() as f64;
    let (sx, sy) = on_screen
        .iter()
        .fold((0.0, 0.0), |(a, b), p| (a + p.0, b + p.1));
    Some((sx / n, sy / n))
}

/// Events per region, with a small bar; a click adds the region to the shared filter, or takes it out.
fn regions_panel(ui: &mut egui::Ui, counts: &BTreeMap<Region, usize>, filter: &mut Filter) {
    ui.heading(crate::tr!("map-regions"));
    let palette = Palette::of(ui);
    let most = counts.values().copied().max().unwrap_or(1).max(1);
    for r in Region::ALL {
        let count = counts.get(&r).copied().unwrap_or(0);
        let on = filter.regions.contains(&r);
        let shown = crate::i18n::numbers::integer(count as i64);
        let response = ui.selectable_label(on, format!("{}  {shown}", r.label()));
        let bar = response.rect.shrink2(egui::vec2(2.0, 0.0));
        let width = bar.width() * count as f32 / most as f32;
        ui.painter().hline(
            bar.left()..=bar.left() + width,
            bar.bottom() - 1.0,
            Stroke::new(3.0, region_color(r, &palette)),
        );
        if response.clicked() {
            if on {
                filter.regions.remove(&r);
            } else {
                filter.regions.insert(r);
            }
        }
    }
    ui.add_space(8.0);
    ui.small(crate::tr!("map-regions-hint"));
}

/// "Where is the principal on this date?": a date slider and a play button.
fn scrubber(
    state: &mut MapState,
    ui: &mut egui::Ui,
    frame: &Frame<'_>,
    span: Option<(NaiveDate, NaiveDate)>,
) {
    let Some((first, last)) = span else {
        ui.weak(crate::tr!("map-nothing-to-play"));
        return;
    };
    ui.horizontal(|ui| {
        let label = if state.playing {
            crate::tr!("map-pause")
        } else {
            crate::tr!("map-play")
        };
        if ui
            .button(label)
            .on_hover_text(crate::tr!("map-play-hover"))
            .clicked()
        {
            state.playing = !state.playing;
        }
        let mut offset = state
            .date
            .map_or(0, |d| (d - first).num_days())
            .clamp(0, (last - first).num_days());
        let slider = ui.add(
            egui::Slider::new(&mut offset, 0..=(last - first).num_days())
                .show_value(false)
                .text(crate::tr!("map-date")),
        );
        if slider.changed() {
            state.date = Some(first + Duration::days(offset));
        }
        if state.playing {
            let next = state.date.unwrap_or(first) + Duration::days(1);
            state.date = Some(if next > last { first } else { next });
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(250));
        }
        if let Some(date) = state.date {
            let here = places::places_on(
                frame.doc.timeline(),
                frame.doc.resolved(),
                frame.visible,
                date,
            );
            let text = if here.is_empty() {
                crate::tr!("map-no-event")
            } else {
                here.join(", ")
            };
            ui.label(format!(
                "{}: {text}",
                dates::date(date, DateStyle::WeekdayDay)
            ));
        }
    });
    ui.small(crate::tr!("map-attribution"));
}
