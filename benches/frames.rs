//! Frame benchmark: the app's own `App::ui`, run through a headless egui context at 1920×1080, with
//! tessellation, for generated timelines of 1k, 10k and 100k events.
//!
//! Run with `cargo bench --bench frames`. Prints `timeline N events, ZOOM: median X ms, p95 Y ms` for the
//! zooms `all`, `year`, `week` and `drag` (an event dragged a little further every frame), with lanes by
//! region so that every lane on screen is full; the other views' still frames; and frames after a change, as a
//! user meets them: a new timeline window every frame along a pan and zoom path, and a new month every frame
//! in the calendar.

use std::path::Path;
use std::time::Instant;

use eframe::App as _;
use egui::{Event, Modifiers, PointerButton, Pos2, RawInput, Rect, vec2};
use itinera::app::{AppOptions, ItineraApp, Request, UiState, View};
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
        Self::open_with(file, true)
    }

    /// A window on `file`; with `synchronous`, file work runs inside the frame (so the first frames load it).
    fn open_with(file: &Path, synchronous: bool) -> Window {
        Self::open_files(&[file], synchronous)
    }

    /// A window on `files`, the first edited and the others as layers beside it.
    fn open_files(files: &[&Path], synchronous: bool) -> Window {
        let ctx = egui::Context::default();
        let cc = eframe::CreationContext::_new_kittest(ctx.clone());
        let app = ItineraApp::new(
            &cc,
            AppOptions {
                files: files.iter().map(|f| f.to_path_buf()).collect(),
                synchronous_io: synchronous,
                data_dir: Some(
                    std::env::temp_dir().join(format!("itinera-bench-data-{}", std::process::id())),
                ),
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
            .views
            .timeline
            .axis
            .unwrap_or(TimeAxis::showing(from, to, 200.0, 1300.0));
        self.app.views.timeline.axis =
            Some(TimeAxis::showing(from, to, axis.left_px, axis.width_px));
        self.frame(Vec::new());
    }
}

fn report(name: String, mut samples: Vec<f64>) {
    samples.sort_by(f64::total_cmp);
    let median = samples[samples.len() / 2];
    let p95 = samples[(samples.len() * 95 / 100).min(samples.len() - 1)];
    println!("{name}: median {median:.2} ms, p95 {p95:.2} ms");
}

use chrono::Datelike as _;

fn secs(y: i32, m: u32, d: u32) -> f64 {
    chrono::NaiveDate::from_ymd_opt(y, m, d)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map_or(0.0, |t| t.and_utc().timestamp() as f64)
}

fn main() {
    // As the app does when it starts.
    itinera::process::prefer_small_pages();
    let dir = std::env::temp_dir().join(format!("itinera-bench-frames-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    // `ITINERA_BENCH_ONLY=baseline` runs the comparison and layer frames only, for profiling.
    if std::env::var("ITINERA_BENCH_ONLY").is_ok_and(|v| v == "baseline") {
        baseline_bench(&dir);
        let _ = std::fs::remove_dir_all(&dir);
        return;
    }
    // `ITINERA_BENCH_EVENTS=10000` runs one size only, for profiling.
    let sizes: Vec<usize> = std::env::var("ITINERA_BENCH_EVENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .map_or_else(|| vec![1_000, 10_000, 100_000], |n| vec![n]);
    for events in sizes {
        let path = dir.join(format!("generated-{events}.ron"));
        let text = itinera::io::serialize(&itinera::model::generate::generate(events, 42));
        std::fs::write(&path, text).expect("write");
        let mut window = Window::open(&path);
        assert_eq!(
            window.app.doc().timeline().events.len(),
            events,
            "the file loaded"
        );
        // Lanes by region: every lane on screen is full of events, the heaviest case to draw.
        window.app.views.timeline.grouping = Grouping::Region;
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
                    window.app.views.timeline.request_fit_all();
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
        // Lanes by trip: past a few dozen trips they are packed several to a row.
        window.app.views.timeline.grouping = Grouping::Trip;
        window.app.views.timeline.request_fit_all();
        window.frame(Vec::new());
        let samples = (0..FRAMES).map(|_| window.frame(Vec::new())).collect();
        report(format!("timeline {events} events, lanes by trip"), samples);
        window.app.views.timeline.grouping = Grouping::Region;
        // The split layout: the whole timeline above the world map with every place and route.
        window.app.ui_state.split = Some(View::Map);
        window.app.views.timeline.request_fit_all();
        for _ in 0..3 {
            window.frame(Vec::new());
        }
        let samples = (0..FRAMES).map(|_| window.frame(Vec::new())).collect();
        report(format!("split timeline and map {events} events"), samples);
        window.app.ui_state.split = None;
        // The other views over the whole document: a calendar month, and the table.
        window.app.ui_state.view = View::Calendar;
        window.app.views.calendar.cursor = chrono::NaiveDate::from_ymd_opt(2027, 3, 1);
        for (view, name) in [
            (View::Calendar, "calendar month"),
            (View::Calendar, "calendar year"),
            (View::Calendar, "calendar agenda"),
            (View::Table, "table"),
        ] {
            window.app.ui_state.view = view;
            match name {
                "calendar year" => {
                    window.app.views.calendar.mode = itinera::view::calendar::Mode::Year
                }
                "calendar agenda" => {
                    window.app.views.calendar.mode = itinera::view::calendar::Mode::Agenda
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
            .doc()
            .timeline()
            .events
            .iter()
            .map(|e| e.id.to_string())
            .collect();
        window.app.request(Request::Select {
            ids: all,
            additive: false,
        });
        for _ in 0..3 {
            window.frame(Vec::new());
        }
        let samples = (0..FRAMES / 4).map(|_| window.frame(Vec::new())).collect();
        report(
            format!("table, every event selected, {events} events"),
            samples,
        );
        window.app.request(Request::ClearSelection);
        window.app.ui_state.view = View::Timeline;
        after_a_change(&mut window, events);
        if events == 100_000 {
            save_bench(&path);
        }
    }
    month_bench(&dir);
    map_bench(&dir);
    baseline_bench(&dir);
    let _ = std::fs::remove_dir_all(&dir);
}

/// Frames right after the view changes: every frame shows a new window or a new month, so nothing drawn last
/// frame can be reused.
fn after_a_change(window: &mut Window, events: usize) {
    // Pan and zoom with lanes by country: from the whole range, twentyfold in, across the whole range, and out.
    window.app.views.timeline.grouping = Grouping::Country;
    window.app.views.timeline.request_fit_all();
    for _ in 0..3 {
        window.frame(Vec::new());
    }
    let Some(whole) = window.app.views.timeline.axis else {
        return;
    };
    let (start, span) = (whole.start_secs, whole.span_secs());
    let mut path = Vec::new();
    for k in 0..=40 {
        let span_now = span / 20f64.powf(f64::from(k) / 40.0);
        path.push((start, span_now));
    }
    let narrow = span / 20.0;
    for k in 0..=120 {
        path.push((start + (span - narrow) * f64::from(k) / 120.0, narrow));
    }
    for k in 0..=40 {
        let span_now = narrow * 20f64.powf(f64::from(k) / 40.0);
        path.push((start + span - span_now, span_now));
    }
    let samples = path
        .into_iter()
        .map(|(from, span_now)| {
            window.app.views.timeline.axis = Some(TimeAxis {
                start_secs: from,
                secs_per_px: span_now / whole.width_px,
                ..whole
            });
            window.frame(Vec::new())
        })
        .collect();
    report(format!("pan and zoom {events} events"), samples);

    // A month-by-month walk of the calendar over the whole document, there and back.
    window.app.ui_state.view = View::Calendar;
    window.app.views.calendar.mode = itinera::view::calendar::Mode::Month;
    let resolved = window.app.doc().resolved();
    let days = resolved
        .order
        .iter()
        .map(|&i| resolved.times[i as usize].first_day);
    let (Some(first), Some(last)) = (days.clone().min(), days.max()) else {
        return;
    };
    let mut months = Vec::new();
    let mut month = first.with_day(1).unwrap_or(first);
    while month <= last {
        months.push(month);
        month = month
            .checked_add_months(chrono::Months::new(1))
            .unwrap_or(last);
        if months.len() > 240 {
            break;
        }
    }
    let back: Vec<_> = months.iter().rev().copied().collect();
    months.extend(back);
    let samples = months
        .into_iter()
        .map(|month| {
            window.app.views.calendar.cursor = Some(month);
            window.frame(Vec::new())
        })
        .collect();
    report(format!("month switch {events} events"), samples);
    window.app.ui_state.view = View::Timeline;
    window.app.views.timeline.grouping = Grouping::Region;
}

/// Saving a 100,000-event file from the window, with file work on its worker as in the real app: the longest
/// UI-thread frame from the request until the save is reported.
fn save_bench(path: &Path) {
    let mut window = Window::open_with(path, false);
    let start = Instant::now();
    while window.app.doc().timeline().events.is_empty()
        || window.app.doc().name()
            != path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into())
    {
        window.frame(Vec::new());
        std::thread::sleep(std::time::Duration::from_millis(5));
        assert!(start.elapsed().as_secs() < 60, "the file opens");
    }
    // The window settles first (the first frames after opening lay the lanes out).
    for _ in 0..10 {
        window.frame(Vec::new());
    }
    let mut frames = Vec::new();
    let mut saved_after = 0.0;
    for _ in 0..3 {
        window.app.request(Request::Save);
        let start = Instant::now();
        frames.push(window.frame(Vec::new()));
        while window
            .app
            .chrome
            .notice_text()
            .is_none_or(|n| !n.starts_with("Saved"))
        {
            frames.push(window.frame(Vec::new()));
            std::thread::sleep(std::time::Duration::from_millis(2));
            assert!(start.elapsed().as_secs() < 60, "the save ends");
        }
        // The frame that takes the outcome.
        frames.push(window.frame(Vec::new()));
        saved_after = start.elapsed().as_secs_f64() * 1000.0;
        window.app.chrome.say("");
    }
    let count = frames.len();
    frames.sort_by(f64::total_cmp);
    println!(
        "save 100000 events from the window: longest UI-thread frame {:.2} ms, p99 {:.2} ms, median {:.2} ms over {count} frames while the worker saved (about {saved_after:.0} ms each)",
        frames[count - 1],
        frames[count * 99 / 100],
        frames[count / 2]
    );
}

/// A 10,000-event plan compared with a 10,000-event baseline (a tenth of its events of no trip moved, a
/// hundredth removed and as many added), against one file of 20,000 events: the ghosts and marks may cost no more than that.
fn baseline_bench(dir: &Path) {
    let base = itinera::model::generate::generate(10_000, 42);
    let mut now = base.clone();
    let mut rng = fastrand::Rng::with_seed(9);
    for e in now.events.iter_mut() {
        // A leg must stay within its trip's dates: only events of no trip move.
        if rng.u8(0..10) == 0 && e.trip.is_none() {
            let e = std::sync::Arc::make_mut(e);
            let day = itinera::edit::Shift::days(1);
            e.start = day.apply(e.start).unwrap_or(e.start);
            e.end = e.end.map(|end| day.apply(end).unwrap_or(end));
        }
    }
    now.events.retain(|_| rng.u8(0..100) != 0);
    // As many added: copies of the first hundred events, under new ids, three days later.
    let later = itinera::edit::Shift::days(3);
    let added: Vec<_> = base.events[..100]
        .iter()
        .map(|e| {
            let mut e = (**e).clone();
            e.id = format!("added-{}", e.id).into();
            e.trip = None;
            e.start = later.apply(e.start).unwrap_or(e.start);
            e.end = e.end.map(|end| later.apply(end).unwrap_or(end));
            std::sync::Arc::new(e)
        })
        .collect();
    now.events.extend(added);
    let (base_path, now_path) = (dir.join("baseline-10000.ron"), dir.join("plan-10000.ron"));
    std::fs::write(&base_path, itinera::io::serialize(&base)).expect("write");
    std::fs::write(&now_path, itinera::io::serialize(&now)).expect("write");
    let both = dir.join("generated-20000.ron");
    std::fs::write(
        &both,
        itinera::io::serialize(&itinera::model::generate::generate(20_000, 42)),
    )
    .expect("write");
    for (name, path, compare) in [
        ("timeline 20000 events (one file)", &both, None),
        ("timeline 10000 events (the plan alone)", &now_path, None),
        (
            "timeline 10000 events against a 10000-event baseline",
            &now_path,
            Some(&base_path),
        ),
    ] {
        let mut window = Window::open(path);
        assert!(
            window.app.doc().timeline().events.len() > 9_000,
            "{} loaded",
            path.display()
        );
        if let Some(base) = compare {
            window
                .app
                .request(Request::CompareWith(itinera::io::versions::Version::File(
                    base.clone(),
                )));
        }
        window.app.views.timeline.grouping = Grouping::Region;
        for (zoom, range) in [
            ("all", None),
            ("year", Some((secs(2027, 1, 1), secs(2028, 1, 1)))),
        ] {
            match range {
                Some((from, to)) => window.show(from, to),
                None => {
                    window.app.views.timeline.request_fit_all();
                    for _ in 0..3 {
                        window.frame(Vec::new());
                    }
                }
            }
            if compare.is_some() {
                assert!(
                    window.app.documents().active_baseline().is_some(),
                    "the baseline is read"
                );
            }
            let samples = (0..FRAMES).map(|_| window.frame(Vec::new())).collect();
            report(format!("{name}, {zoom}"), samples);
        }
    }
    layers_bench(&now_path, &base_path);
}

/// Two 10,000-event files as layers: a still timeline frame, and the frame after an edit of the active layer
/// (which the combined programme follows, with the checks across layers on their worker), with file work and
/// plan checks off the UI thread as in the window.
fn layers_bench(a: &Path, b: &Path) {
    let mut window = Window::open_files(&[a, b], false);
    let start = Instant::now();
    while window.app.documents().len() < 2
        || window
            .app
            .documents()
            .iter()
            .any(|o| o.doc.timeline().events.len() < 9_000)
    {
        window.frame(Vec::new());
        std::thread::sleep(std::time::Duration::from_millis(5));
        assert!(start.elapsed().as_secs() < 60, "both files open as layers");
    }
    window.app.views.timeline.grouping = Grouping::Region;
    window.app.views.timeline.request_fit_all();
    for _ in 0..3 {
        window.frame(Vec::new());
    }
    let samples = (0..FRAMES).map(|_| window.frame(Vec::new())).collect();
    report("timeline 2 layers of 10000 events, all".into(), samples);
    report(
        "edit with 2 layers of 10000 events (frame after)".into(),
        edit_samples(&mut window),
    );
    // The same edits in one file of as many events, for reference.
    let mut window = Window::open_with(&a.with_file_name("generated-20000.ron"), false);
    while window.app.doc().timeline().events.len() < 20_000 {
        window.frame(Vec::new());
        std::thread::sleep(std::time::Duration::from_millis(5));
        assert!(start.elapsed().as_secs() < 120, "the file opens");
    }
    window.app.views.timeline.grouping = Grouping::Region;
    window.app.views.timeline.request_fit_all();
    for _ in 0..3 {
        window.frame(Vec::new());
    }
    report(
        "edit one file of 20000 events (frame after)".into(),
        edit_samples(&mut window),
    );
}

/// The frame after each of 30 moves of the first event of no trip of the file edited.
fn edit_samples(window: &mut Window) -> Vec<f64> {
    let Some(id) = window
        .app
        .doc()
        .timeline()
        .events
        .iter()
        .find(|e| e.trip.is_none() && !e.locked && !e.is_date_unfixed())
        .map(|e| e.id.to_string())
    else {
        panic!("the generated file has an event to move");
    };
    (0..30)
        .map(|k| {
            let before = window.app.doc().revision();
            window.app.request(Request::Edit {
                origin: itinera::view::Origin::Command,
                command: itinera::edit::Command::MoveEvents {
                    ids: vec![id.clone()],
                    by: itinera::edit::Shift::days(if k % 2 == 0 { 1 } else { -1 }),
                    lane: None,
                },
            });
            let took = window.frame(Vec::new());
            assert_ne!(window.app.doc().revision(), before, "the event moved");
            took
        })
        .collect()
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
    let source = itinera::model::generate::generate(3000, 8);
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
    let mut t = itinera::model::generate::generate(1000, 5);
    let mut rng = fastrand::Rng::with_seed(5);
    t.trips.clear();
    for e in t.events.iter_mut().map(std::sync::Arc::make_mut) {
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
    window.app.views.calendar.cursor = chrono::NaiveDate::from_ymd_opt(2027, 3, 1);
    window.frame(Vec::new());
    let samples = (0..FRAMES).map(|_| window.frame(Vec::new())).collect();
    report("month 1000 events".into(), samples);
}

/// Presses on a bar in the week view and drags it a little further every frame.
fn drag_samples(window: &mut Window) -> Vec<f64> {
    window.show(secs(2027, 3, 1), secs(2027, 3, 8));
    let Some(rect) = window
        .app
        .views
        .timeline
        .drawn_events()
        .next()
        .and_then(|i| window.app.views.timeline.bar_rect(i))
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
