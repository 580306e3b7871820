//! Frame benchmark: the app's own `App::ui`, run through a headless egui context at 1920×1080, with
//! tessellation, for generated timelines of 1k, 10k and 100k events.
//!
//! Run with `cargo bench --bench frames`. Prints `timeline N events, ZOOM: median X ms, p95 Y ms` for the
//! zooms `all`, `year`, `week` and `drag` (an event dragged a little further every frame), with lanes by
//! region so that every lane on screen is full.

use std::path::Path;
use std::time::Instant;

use eframe::App as _;
use egui::{Event, Modifiers, PointerButton, Pos2, RawInput, Rect, vec2};
use itinera::app::{AppOptions, ItineraApp, UiState, View};
use itinera::view::timeline::axis::TimeAxis;
use itinera::view::timeline::lanes::Grouping;

/// The allocator the app's binary uses, so frames cost here what they cost in the window.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const FRAMES: usize = 240;
const SIZE: egui::Vec2 = vec2(1920.0, 1080.0);

/// A headless window: an egui context, an eframe frame, and the app.
struct Window {
    ctx: egui::Context,
    frame: eframe::Frame,
    app: ItineraApp,
    time: f64,
}

impl Window {
    fn open(file: &Path) -> Window {
        let ctx = egui::Context::default();
        let cc = eframe::CreationContext::_new_kittest(ctx.clone());
        let app = ItineraApp::new(
            &cc,
            AppOptions {
                files: vec![file.to_path_buf()],
                synchronous_io: true,
                ui_state: Some(UiState {
                    view: View::Timeline,
                    ..UiState::default()
                }),
                today: chrono::NaiveDate::from_ymd_opt(2027, 6, 1),
                ..AppOptions::default()
            },
        );
        let mut window = Window {
            ctx,
            frame: eframe::Frame::_new_kittest(),
            app,
            time: 0.0,
        };
        // The first frames load the file and lay the lanes out.
        for _ in 0..3 {
            window.frame(Vec::new());
        }
        window
    }

    /// One frame: the app's `ui`, then tessellation. Returns its duration in milliseconds.
    fn frame(&mut self, events: Vec<Event>) -> f64 {
        self.time += 1.0 / 60.0;
        let input = RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, SIZE)),
            time: Some(self.time),
            events,
            ..RawInput::default()
        };
        let start = Instant::now();
        let output = self
            .ctx
            .run_ui(input, |ui| self.app.ui(ui, &mut self.frame));
        let primitives = self.ctx.tessellate(output.shapes, output.pixels_per_point);
        let elapsed = start.elapsed().as_secs_f64() * 1000.0;
        std::hint::black_box(primitives);
        elapsed
    }

    fn show(&mut self, from: f64, to: f64) {
        let axis = self
            .app
            .timeline
            .axis
            .unwrap_or(TimeAxis::showing(from, to, 200.0, 1300.0));
        self.app.timeline.axis = Some(TimeAxis::showing(from, to, axis.left_px, axis.width_px));
        self.frame(Vec::new());
    }
}

fn report(name: String, mut samples: Vec<f64>) {
    samples.sort_by(f64::total_cmp);
    let median = samples[samples.len() / 2];
    let p95 = samples[(samples.len() * 95 / 100).min(samples.len() - 1)];
    println!("{name}: median {median:.2} ms, p95 {p95:.2} ms");
}

fn secs(y: i32, m: u32, d: u32) -> f64 {
    chrono::NaiveDate::from_ymd_opt(y, m, d)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map_or(0.0, |t| t.and_utc().timestamp() as f64)
}

fn main() {
    let dir = std::env::temp_dir().join(format!("itinera-bench-frames-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    // `ITINERA_BENCH_EVENTS=10000` runs one size only, for profiling.
    let sizes: Vec<usize> = std::env::var("ITINERA_BENCH_EVENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .map_or_else(|| vec![1_000, 10_000, 100_000], |n| vec![n]);
    for events in sizes {
        let path = dir.join(format!("generated-{events}.ron"));
        let text = itinera::io::serialize(&itinera::generate::generate(events, 42));
        std::fs::write(&path, text).expect("write");
        let mut window = Window::open(&path);
        assert_eq!(
            window.app.doc.timeline.events.len(),
            events,
            "the file loaded"
        );
        // Lanes by region: every lane on screen is full of events, the heaviest case to draw.
        window.app.timeline.grouping = Grouping::Region;
        window.frame(Vec::new());

        let zooms = [
            ("all", None),
            ("year", Some((secs(2027, 1, 1), secs(2028, 1, 1)))),
            ("week", Some((secs(2027, 3, 1), secs(2027, 3, 8)))),
        ];
        for (zoom, range) in zooms {
            match range {
                Some((from, to)) => window.show(from, to),
                None => {
                    window.app.timeline.request_fit_all();
                    window.frame(Vec::new());
                }
            }
            let samples = (0..FRAMES).map(|_| window.frame(Vec::new())).collect();
            report(format!("timeline {events} events, {zoom}"), samples);
        }
        report(
            format!("timeline {events} events, drag"),
            drag_samples(&mut window),
        );
        // The split layout: the whole timeline above the world map with every place and route.
        window.app.ui_state.split = Some(View::Map);
        window.app.timeline.request_fit_all();
        for _ in 0..3 {
            window.frame(Vec::new());
        }
        let samples = (0..FRAMES).map(|_| window.frame(Vec::new())).collect();
        report(format!("split timeline and map {events} events"), samples);
        window.app.ui_state.split = None;
        // The other views over the whole document: a calendar month, and the table.
        window.app.ui_state.view = View::Calendar;
        window.app.calendar.cursor = chrono::NaiveDate::from_ymd_opt(2027, 3, 1);
        for (view, name) in [
            (View::Calendar, "calendar month"),
            (View::Calendar, "calendar year"),
            (View::Calendar, "calendar agenda"),
            (View::Table, "table"),
        ] {
            window.app.ui_state.view = view;
            match name {
                "calendar year" => window.app.calendar.mode = itinera::view::calendar::Mode::Year,
                "calendar agenda" => {
                    window.app.calendar.mode = itinera::view::calendar::Mode::Agenda
                }
                _ => {}
            }
            for _ in 0..3 {
                window.frame(Vec::new());
            }
            let samples = (0..FRAMES).map(|_| window.frame(Vec::new())).collect();
            report(format!("{name} {events} events"), samples);
        }
        // Every event selected: the inspector's form for several events, over the table.
        let all: Vec<String> = window
            .app
            .doc
            .timeline
            .events
            .iter()
            .map(|e| e.id.to_string())
            .collect();
        window.app.selection.set(all);
        for _ in 0..3 {
            window.frame(Vec::new());
        }
        let samples = (0..FRAMES / 4).map(|_| window.frame(Vec::new())).collect();
        report(
            format!("table, every event selected, {events} events"),
            samples,
        );
        window.app.selection.clear();
        window.app.ui_state.view = View::Timeline;
        if events == 100_000 {
            search_bench(&window.app.doc);
            edit_bench(&mut window.app.doc);
        }
    }
    month_bench(&dir);
    map_bench(&dir);
    let _ = std::fs::remove_dir_all(&dir);
}

/// Map preparation (decode and triangulate the 1:110m shapes), and map frames with 200 places and 50 trips.
fn map_bench(dir: &Path) {
    let json = include_str!("../assets/world-atlas/countries-110m.json");
    let mut startup: Vec<f64> = (0..15)
        .map(|_| {
            let start = Instant::now();
            let world =
                itinera::view::map::shapes::decode(json).expect("the shipped shapes decode");
            std::hint::black_box(world);
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    startup.sort_by(f64::total_cmp);
    println!("startup map: median {:.2} ms", startup[startup.len() / 2]);

    // The legs of 50 trips, then single events at new places until there are 200 places.
    let source = itinera::generate::generate(3000, 8);
    let mut t = source.clone();
    t.trips.truncate(50);
    let trips: std::collections::HashSet<itinera::model::Text> =
        t.trips.iter().map(|trip| trip.id.clone()).collect();
    let mut places = std::collections::HashSet::new();
    t.events = source
        .events
        .iter()
        .filter(|e| e.trip.as_ref().is_some_and(|id| trips.contains(id)))
        .cloned()
        .collect();
    for e in &t.events {
        places.insert((e.place.country, e.place.city.clone()));
    }
    for e in source.events.iter().filter(|e| e.trip.is_none()) {
        if places.len() >= 200 {
            break;
        }
        if places.insert((e.place.country, e.place.city.clone())) {
            t.events.push(e.clone());
        }
    }
    let path = dir.join("map-200.ron");
    std::fs::write(&path, itinera::io::serialize(&t)).expect("write");
    let mut window = Window::open(&path);
    window.app.ui_state.view = View::Map;
    for _ in 0..3 {
        window.frame(Vec::new());
    }
    let samples = (0..FRAMES).map(|_| window.frame(Vec::new())).collect();
    report(format!("map {} markers", places.len()), samples);
}

/// A month with 1,000 events in it, in the calendar's month view.
fn month_bench(dir: &Path) {
    let mut t = itinera::generate::generate(1000, 5);
    let mut rng = fastrand::Rng::with_seed(5);
    t.trips.clear();
    for e in &mut t.events {
        let day = chrono::NaiveDate::from_ymd_opt(2027, 3, 1 + rng.u32(0..28)).unwrap_or_default();
        e.start = itinera::model::DateValue::Day(day);
        e.end = Some(itinera::model::DateValue::Day(
            day + chrono::Duration::days(i64::from(rng.u32(0..3))),
        ));
        e.trip = None;
    }
    let path = dir.join("month-1000.ron");
    std::fs::write(&path, itinera::io::serialize(&t)).expect("write");
    let mut window = Window::open(&path);
    window.app.ui_state.view = View::Calendar;
    window.app.calendar.cursor = chrono::NaiveDate::from_ymd_opt(2027, 3, 1);
    window.frame(Vec::new());
    let samples = (0..FRAMES).map(|_| window.frame(Vec::new())).collect();
    report("month 1000 events".into(), samples);
}

/// Recomputing the visible set as a search is typed, one keystroke at a time, without drawing.
fn search_bench(doc: &itinera::app::document::Document) {
    use itinera::model::filter::{Filter, SearchIndex, visible};
    let start = Instant::now();
    let index = SearchIndex::build(&doc.timeline);
    let build_ms = start.elapsed().as_secs_f64() * 1000.0;
    let typed = [
        "t",
        "tr",
        "tra",
        "trad",
        "trade",
        "trade m",
        "trade mi",
        "trade mis",
        "d",
        "de",
        "del",
        "delh",
    ];
    let mut samples = Vec::new();
    for _ in 0..20 {
        for text in typed {
            let filter = Filter {
                text: text.to_owned(),
                ..Filter::default()
            };
            let start = Instant::now();
            let shown = visible(
                &doc.timeline,
                &doc.resolved.times,
                &doc.resolved.order,
                &index,
                &filter,
                true,
            );
            samples.push(start.elapsed().as_secs_f64() * 1000.0);
            std::hint::black_box(shown);
        }
    }
    samples.sort_by(f64::total_cmp);
    println!(
        "search {} events: median {:.2} ms (p95 {:.2} ms; the word index is built once per document, in {build_ms:.0} ms)",
        doc.timeline.events.len(),
        samples[samples.len() / 2],
        samples[samples.len() * 95 / 100]
    );
    reindex_bench(doc, index);
}

/// One edit applied to the document, with everything derived from it brought up to date: resolved times and
/// order, and (when times or places change) the plan checks. Each edit is undone before the next.
fn edit_bench(doc: &mut itinera::app::document::Document) {
    use itinera::edit::{Command, Shift};
    let start = Instant::now();
    let plan = itinera::model::checks::plan_warnings(
        &doc.timeline,
        &doc.resolved.times,
        &doc.resolved.order,
    );
    let plan_ms = start.elapsed().as_secs_f64() * 1000.0;
    let events = doc.timeline.events.len();
    let mut retitle = Vec::new();
    let mut moves = Vec::new();
    for k in 0..11 {
        let at = k * events / 11;
        let mut event = doc.timeline.events[at].clone();
        event.title = format!("{} (renamed)", event.title).into();
        let id = event.id.to_string();
        let start = Instant::now();
        let applied = doc.apply(Command::SetEvent {
            id: id.clone(),
            what: "title".into(),
            event: Box::new(event),
        });
        retitle.push(start.elapsed().as_secs_f64() * 1000.0);
        assert!(matches!(applied, Ok(Some(_))), "the edit applied");
        doc.undo();
        let start = Instant::now();
        let applied = doc.apply(Command::MoveEvents {
            ids: vec![id],
            by: Shift::days(1),
        });
        moves.push(start.elapsed().as_secs_f64() * 1000.0);
        if matches!(applied, Ok(Some(_))) {
            doc.undo();
        }
    }
    retitle.sort_by(f64::total_cmp);
    moves.sort_by(f64::total_cmp);
    println!(
        "edit {events} events: rename median {:.1} ms, move median {:.1} ms (plan checks alone {plan_ms:.1} ms; {} warnings in this dense synthetic plan)",
        retitle[retitle.len() / 2],
        moves[moves.len() / 2],
        plan.len()
    );
}

/// Keeping the word index up to date after an edit: one event rewritten, or one inserted at the front.
fn reindex_bench(
    doc: &itinera::app::document::Document,
    mut index: itinera::model::filter::SearchIndex,
) {
    let events = &doc.timeline.events;
    let mut rewrite = Vec::new();
    for k in 0..40 {
        let at = k * events.len() / 40;
        let mut edited = events[at].clone();
        edited.title = format!("Signing {k} in Reykjavík").into();
        edited.notes = format!("{} Follow-up talks on fisheries.", edited.notes).into();
        let start = Instant::now();
        index.update(at, Some(&events[at]), Some(&edited));
        index.update(at, Some(&edited), Some(&events[at]));
        rewrite.push(start.elapsed().as_secs_f64() * 1000.0 / 2.0);
    }
    let mut insert = Vec::new();
    for _ in 0..10 {
        let start = Instant::now();
        index.update(0, None, Some(&events[0]));
        index.update(0, Some(&events[0]), None);
        insert.push(start.elapsed().as_secs_f64() * 1000.0 / 2.0);
    }
    rewrite.sort_by(f64::total_cmp);
    insert.sort_by(f64::total_cmp);
    println!(
        "reindex after an edit {} events: median {:.3} ms (an insertion at the front: median {:.2} ms)",
        events.len(),
        rewrite[rewrite.len() / 2],
        insert[insert.len() / 2]
    );
}

/// Presses on a bar in the week view and drags it a little further every frame.
fn drag_samples(window: &mut Window) -> Vec<f64> {
    window.show(secs(2027, 3, 1), secs(2027, 3, 8));
    let Some(rect) = window
        .app
        .timeline
        .drawn_events()
        .next()
        .and_then(|i| window.app.timeline.bar_rect(i))
    else {
        return vec![f64::NAN];
    };
    let mut pos = rect.center();
    let button = |pos, pressed| Event::PointerButton {
        pos,
        button: PointerButton::Primary,
        pressed,
        modifiers: Modifiers::NONE,
    };
    window.frame(vec![Event::PointerMoved(pos), button(pos, true)]);
    let mut samples = Vec::new();
    for k in 0..FRAMES {
        // Back and forth, so the drag stays within the view.
        pos.x += if (k / 40) % 2 == 0 { 2.0 } else { -2.0 };
        samples.push(window.frame(vec![Event::PointerMoved(pos)]));
    }
    window.frame(vec![Event::Key {
        key: egui::Key::Escape,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: Modifiers::NONE,
    }]);
    window.frame(vec![button(pos, false)]);
    samples
}
