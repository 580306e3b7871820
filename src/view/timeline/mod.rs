//! The timeline: lanes of event bars on a zoomable time axis, edited by dragging and from the keyboard.
//! It reads the document and returns requests; edits go through the edit commands.

pub mod axis;
mod bars;
mod drag;
mod fit;
mod ghosts;
mod keys;
pub mod lanes;
mod paint;
pub mod place;
mod relayout;
pub mod ruler;
pub mod ticks;
mod toolbar;

use std::collections::HashSet;

use chrono::NaiveDate;
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::document::{Document, Selection};
use crate::view::Request;
use crate::view::colors::ColorBy;
use axis::TimeAxis;
use lanes::{Grouping, Lane, LaneKey};

/// The zone the axis and tooltips are read in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ZoneChoice {
    /// The document's display zone (home unless the file says otherwise).
    #[default]
    Document,
    Home,
    Utc,
    /// The zone of the computer the app runs on.
    Viewer,
    /// Each timed event at its venue's own wall-clock time (the axis reads the display zone's calendar).
    Venue,
}

impl ZoneChoice {
    pub const ALL: [ZoneChoice; 5] = [
        ZoneChoice::Document,
        ZoneChoice::Home,
        ZoneChoice::Utc,
        ZoneChoice::Viewer,
        ZoneChoice::Venue,
    ];

    /// The zone the axis's days and hours are read in.
    pub fn zone(self, doc: &Document) -> Tz {
        match self {
            ZoneChoice::Document | ZoneChoice::Venue => doc.timeline().display_zone().0,
            ZoneChoice::Home => doc.timeline().home.zone.0,
            ZoneChoice::Utc => chrono_tz::UTC,
            ZoneChoice::Viewer => viewer_zone(),
        }
    }

    /// How timed events are placed.
    pub fn timed(self) -> place::Timed {
        match self {
            ZoneChoice::Venue => place::Timed::VenueClock,
            _ => place::Timed::Instant,
        }
    }

    pub fn label(self, doc: &Document) -> String {
        match self {
            ZoneChoice::Document => crate::tr!(
                "zone-choice-document",
                zone = doc.timeline().display_zone().name()
            ),
            ZoneChoice::Home => {
                crate::tr!("zone-choice-home", zone = doc.timeline().home.zone.name())
            }
            ZoneChoice::Utc => "UTC".into(),
            ZoneChoice::Viewer => crate::tr!("zone-choice-viewer", zone = viewer_zone().name()),
            ZoneChoice::Venue => crate::tr!("zone-choice-venue"),
        }
    }

    /// What the axis says it shows.
    pub fn axis_note(self, zone: Tz) -> String {
        match self {
            ZoneChoice::Venue => crate::tr!("axis-times-at-venues"),
            _ => crate::tr!("axis-times-in", zone = zone.name()),
        }
    }
}

/// The zone of this computer, from `TZ` or `/etc/localtime`; UTC when unknown. Found once per run.
fn viewer_zone() -> Tz {
    static ZONE: std::sync::OnceLock<Tz> = std::sync::OnceLock::new();
    *ZONE.get_or_init(find_viewer_zone)
}

fn find_viewer_zone() -> Tz {
    std::env::var("TZ")
        .ok()
        .and_then(|z| z.trim_start_matches(':').parse().ok())
        .or_else(|| {
            let link = std::fs::read_link("/etc/localtime").ok()?;
            let text = link.to_string_lossy().into_owned();
            let name = text.split("zoneinfo/").nth(1)?;
            name.parse().ok()
        })
        .unwrap_or(chrono_tz::UTC)
}

/// Where a lane sits on screen this frame, for drops and keyboard moves.
pub struct LaneGeometry {
    pub key: LaneKey,
    pub top: f32,
    pub bottom: f32,
}

/// A bar drawn this frame: for rubber-band selection and keyboard navigation.
pub struct DrawnBar {
    pub rect: egui::Rect,
    pub index: u32,
}

/// Heights in points.
pub(crate) const AXIS_HEIGHT: f32 = 42.0;
pub(crate) const HEADER_HEIGHT: f32 = 24.0;
pub(crate) const ROW_HEIGHT: f32 = 24.0;
pub(crate) const LABEL_WIDTH: f32 = 200.0;

/// What a layout was built for: the document's revision, the grouping and whether lanes go by layer first, the
/// visible set's version, the zone, how timed events are placed, whether trips are packed, and the language
/// (lane titles are in the interface's language).
type LayoutKey = (
    u64,
    (Grouping, bool),
    u64,
    Tz,
    place::Timed,
    bool,
    crate::i18n::Lang,
);

/// Lanes laid out for the current document, filter, grouping and zone; rebuilt only when one of those changes
/// (an edit in place is followed instead, `relayout.rs`).
struct Layout {
    key: LayoutKey,
    lanes: Vec<Lane>,
    /// Each event's bar as `[start, end)` seconds, indexed by event (only visible ones are filled); shared with
    /// the frame that draws them.
    spans: std::sync::Arc<[(i64, i64)]>,
    /// Each lane's rows' spans, beside `lanes[l].rows[r]`, so a row is read in one sweep of memory.
    row_spans: Vec<Vec<Vec<(i64, i64)>>>,
    /// First and last instant of all events, for "fit all".
    extent: Option<(i64, i64)>,
    /// Each lane's top within the content, its total height, and the collapse state they were computed for.
    offsets: Vec<f32>,
    height: f32,
    offsets_for: Option<u64>,
}

pub struct TimelineView {
    pub axis: Option<TimeAxis>,
    pub grouping: Grouping,
    pub color_by: ColorBy,
    pub zone: ZoneChoice,
    /// The zone of the second ruler under the axis, or off.
    pub second: ruler::SecondZone,
    /// An IANA zone name being typed for the second ruler.
    typed_zone: String,
    /// Whether lanes by trip put several trips to a row; unset, they do when the file has many trips.
    pub pack_trips: Option<bool>,
    /// With several layers shown, whether lanes go by layer first (then by the grouping).
    pub by_layer: bool,
    collapsed: HashSet<LaneKey>,
    /// Bumped when a lane is collapsed or expanded.
    collapsed_version: u64,
    layout: Option<Layout>,
    drag: Option<drag::Drag>,
    /// A fit requested by a button, applied when the width is known.
    fit_all: bool,
    /// A span of UTC seconds to show, applied when the width is known (an image of a chosen range).
    pub fit_range: Option<(f64, f64)>,
    fit_selection: bool,
    /// The selection's generation as of the last frame, to notice selections made in other views.
    seen_selection: u64,
    /// The corner where a Shift+drag selection rectangle started.
    rubber_band: Option<egui::Pos2>,
    /// The id of the focusable timeline area, so clicking a bar can focus it.
    area_id: Option<egui::Id>,
    /// The selected events' indices, sorted, and the (selection generation, revision) they were found for.
    selected: (u64, u64, std::sync::Arc<[u32]>),
    /// Bars drawn in the last frame: screen rectangle and event index.
    last_bars: Vec<(egui::Rect, u32)>,
    /// The baseline's removed events by lane, while the document is compared with one.
    removed: Option<ghosts::Removed>,
}

impl Default for TimelineView {
    fn default() -> Self {
        TimelineView {
            axis: None,
            grouping: Grouping::Trip,
            color_by: ColorBy::Region,
            zone: ZoneChoice::Document,
            second: ruler::SecondZone::Off,
            typed_zone: String::new(),
            pack_trips: None,
            by_layer: true,
            collapsed: HashSet::new(),
            collapsed_version: 0,
            layout: None,
            drag: None,
            fit_all: true,
            fit_range: None,
            fit_selection: false,
            seen_selection: 0,
            rubber_band: None,
            area_id: None,
            last_bars: Vec::new(),
            selected: (0, 0, std::sync::Arc::from(Vec::new())),
            removed: None,
        }
    }
}

impl TimelineView {
    /// The height of all lanes as last laid out, in points (zero before the first frame): what an image of the
    /// whole timeline must hold below the axis.
    pub fn lanes_height(&self) -> f32 {
        self.layout.as_ref().map_or(0.0, |l| l.height)
    }
}

/// Everything one frame of drawing needs to read.
pub(crate) struct Frame<'a> {
    pub doc: &'a Document,
    pub selection: &'a Selection,
    pub zone: Tz,
    pub today: NaiveDate,
    /// Each event's bar as `[start, end)` seconds, indexed by event.
    pub spans: std::sync::Arc<[(i64, i64)]>,
    /// How timed events are placed.
    pub timed: place::Timed,
    /// The selected events' indices, sorted: a bar asks this, not the ids, so a crowded row stays cheap.
    pub selected: std::sync::Arc<[u32]>,
    /// With several layers shown: which layer each event is from.
    pub layers: Option<&'a crate::document::layers::Combined>,
    /// The theme's colours for graphics.
    pub palette: crate::view::palette::Palette,
    /// The baseline and the comparison with it, when the document is compared with one.
    pub compared: Option<(
        &'a crate::document::Baseline,
        &'a crate::document::baseline::Comparison,
    )>,
}

impl Frame<'_> {
    /// Whether event `index` is selected.
    pub fn is_selected(&self, index: u32) -> bool {
        self.selected.binary_search(&index).is_ok()
    }
}

impl TimelineView {
    /// Where the bar of event `index` was drawn in the last frame, if it was.
    pub fn bar_rect(&self, index: u32) -> Option<egui::Rect> {
        self.last_bars
            .iter()
            .find(|(_, i)| *i == index)
            .map(|(r, _)| *r)
    }

    /// Indices of the events drawn as bars in the last frame.
    pub fn drawn_events(&self) -> impl Iterator<Item = u32> + '_ {
        self.last_bars.iter().map(|(_, i)| *i)
    }

    /// Asks the view to fit the selected events on the next frame (and where the baseline has them).
    pub fn request_fit_selection(&mut self) {
        self.fit_selection = true;
    }

    /// Asks the view to show every event on the next frame.
    pub fn request_fit_all(&mut self) {
        self.fit_all = true;
    }

    /// Whether lanes by trip are packed now: as chosen, or by how many trips the file has.
    pub fn packs_trips(&self, doc: &Document) -> bool {
        self.pack_trips
            .unwrap_or(doc.timeline().trips.len() > lanes::PACK_ABOVE)
    }

    fn refresh_layout(
        &mut self,
        doc: &Document,
        visible: &[u32],
        visible_version: u64,
        layers: Option<&crate::document::layers::Combined>,
    ) {
        let (zone, timed) = (self.zone.zone(doc), self.zone.timed());
        let packed = self.packs_trips(doc);
        let by_layer = layers.filter(|_| self.by_layer);
        let key = (
            doc.revision(),
            (self.grouping, by_layer.is_some()),
            visible_version,
            zone,
            timed,
            packed,
            crate::i18n::current(),
        );
        if let Some(layout) = &mut self.layout {
            if layout.key == key {
                return;
            }
            // Only the document moved on: follow its edits where they allow.
            let built = relayout::Built {
                visible,
                zone,
                timed,
                grouping: self.grouping,
                by_layer,
            };
            let rest = |k: &LayoutKey| (k.1, k.2, k.3, k.4, k.5, k.6);
            if rest(&layout.key) == rest(&key) && relayout::follow(layout, doc, &built) {
                return;
            }
        }
        let t = doc.timeline();
        let spans = place::spans(&t.events, &doc.resolved().times, visible, zone, timed);
        let lanes = lanes::build(t, &spans, visible, self.grouping, zone, packed, by_layer);
        let extent = visible.iter().fold(None, |acc: Option<(i64, i64)>, &i| {
            let (s, e) = spans[i as usize];
            Some(acc.map_or((s, e), |(a, b)| (a.min(s), b.max(e))))
        });
        let row_spans = lanes
            .iter()
            .map(|lane| {
                lane.rows
                    .iter()
                    .map(|row| row.iter().map(|&i| spans[i as usize]).collect())
                    .collect()
            })
            .collect();
        self.layout = Some(Layout {
            key,
            row_spans,
            lanes,
            spans: spans.into(),
            extent,
            offsets: Vec::new(),
            height: 0.0,
            offsets_for: None,
        });
    }

    /// Draws the timeline for the events in `visible` (document indices, in document order).
    /// `visible_version` changes whenever the visible set does.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        shown: &crate::view::Shown<'_>,
        today: NaiveDate,
    ) -> Vec<Request> {
        let crate::view::Shown {
            doc,
            selection,
            visible,
            visible_version,
            ..
        } = *shown;
        let mut requests = Vec::new();
        self.refresh_layout(doc, visible, visible_version, shown.layers);
        toolbar::ui(self, ui, doc, selection, shown.layers.is_some());
        let key = (selection.generation(), doc.revision());
        if (self.selected.0, self.selected.1) != key {
            let mut indices: Vec<u32> = selection
                .ids()
                .filter_map(|id| doc.index_of(id))
                .map(|i| i as u32)
                .collect();
            indices.sort_unstable();
            self.selected = (key.0, key.1, indices.into());
        }
        let frame = Frame {
            doc,
            selection,
            zone: self.zone.zone(doc),
            today,
            spans: self
                .layout
                .as_ref()
                .map_or_else(|| std::sync::Arc::from(Vec::new()), |l| l.spans.clone()),
            timed: self.zone.timed(),
            selected: self.selected.2.clone(),
            compared: shown.baseline.zip(shown.comparison),
            layers: shown.layers,
            palette: crate::view::palette::Palette::of(ui),
        };
        paint::timeline_ui(self, ui, &frame, &mut requests);
        self.seen_selection = selection.generation();
        requests
    }
}
