//! Import benchmark: a 10,000-row spreadsheet (xlsx and CSV, written by Itinera's own export of a generated
//! timeline) read, mapped, converted and brought into an empty document as one step, as File → Import does.
//!
//! Run with `cargo bench --bench import`. Prints `import 10000 rows (xlsx): median X ms` and the same for CSV,
//! `export 10000 events (xlsx): median X ms`, how long the file worker takes to work the preview out again after
//! a column changes, what that change costs the window's thread, and the import window's frames over 10,000 rows
//! (still, and scrolling).

use std::collections::HashMap;
use std::time::Instant;

use itinera::edit::{Command, History};
use itinera::io::incoming;
use itinera::io::progress::Progress;
use itinera::io::sheet::{self, Field, Mapping};
use itinera::model::{Resolved, Timeline};
use itinera::view::import::ImportSession;

/// The allocator the app's binary uses.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn median_ms(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn p95_ms(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() * 95 / 100]
}

fn main() {
    itinera::process::prefer_small_pages();
    itinera::i18n::set(itinera::i18n::Lang::En);
    let dir = std::env::temp_dir().join(format!("itinera-bench-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    // `ITINERA_BENCH_ROWS=100000` runs another size.
    let rows = std::env::var("ITINERA_BENCH_ROWS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let original = itinera::model::generate::generate(rows, 42);
    let resolved = Resolved::of(&original);
    let runs = 7;
    for extension in ["xlsx", "csv"] {
        let path = dir.join(format!("programme.{extension}"));
        let samples: Vec<f64> = (0..runs)
            .map(|_| {
                let start = Instant::now();
                let bytes =
                    sheet::export::bytes_for(&path, &original, &resolved.times, &resolved.order)
                        .expect("export");
                let ms = start.elapsed().as_secs_f64() * 1000.0;
                std::fs::write(&path, bytes).expect("write");
                ms
            })
            .collect();
        println!(
            "export {rows} events ({extension}): median {:.1} ms",
            median_ms(samples)
        );
        let samples = (0..runs)
            .map(|_| {
                let start = Instant::now();
                let book = sheet::read(&path, None).expect("read");
                let mapping = Mapping::guess(&book.grid);
                let imported = sheet::convert(&book.grid, &mapping, &HashMap::new());
                let mut t = Timeline::new(original.title.clone(), original.home.clone());
                t.trips = original.trips.clone();
                t.principals = original.principals.clone();
                History::default()
                    .apply(
                        &mut t,
                        Command::Import {
                            source: "bench".into(),
                            incoming: imported.incoming(&book.grid.sheet),
                        },
                    )
                    .expect("import");
                let ms = start.elapsed().as_secs_f64() * 1000.0;
                assert_eq!(t.events.len(), rows);
                ms
            })
            .collect();
        println!(
            "import {rows} rows ({extension}): median {:.1} ms ({runs} runs)",
            median_ms(samples)
        );
        // What the file worker works out again when a column's field changes, and what the change costs the
        // window's own thread (handing the request over).
        let empty = Timeline::new(original.title.clone(), original.home.clone());
        let opened = incoming::open(&path, None, &empty, &Progress::default()).expect("opens");
        let mut session = ImportSession::new(path.clone(), opened);
        let mut handed = Vec::new();
        let samples = (0..runs)
            .map(|n| {
                let field = if n % 2 == 0 {
                    Field::Ignore
                } else {
                    Field::Notes
                };
                let start = Instant::now();
                session.set_column(notes_column(&session), field);
                let rework = session.rework(&empty);
                handed.push(start.elapsed().as_secs_f64() * 1000.0);
                let start = Instant::now();
                let worked = rework.run().expect("the newest request");
                let ms = start.elapsed().as_secs_f64() * 1000.0;
                assert_eq!(worked.summary.added, rows);
                session.reworked(rework.ticket, Some(worked));
                ms
            })
            .collect();
        println!(
            "  preview worked out again after a change, on the file worker: median {:.1} ms; \
             the change on the window's thread: median {:.3} ms",
            median_ms(samples),
            median_ms(handed)
        );
        // Import pressed: the one step applied to the open document, on the window's thread, with the changes
        // the worker worked out for the preview, and worked out again (the document changed meanwhile).
        for (ahead, what) in [
            (true, "as worked out for the preview"),
            (false, "worked out again"),
        ] {
            let samples = (0..runs)
                .map(|_| {
                    let mut doc = itinera::document::Document::from_timeline(
                        empty.clone(),
                        "bench.ron".into(),
                    );
                    let (source, incoming) = ("bench".to_owned(), session.worked.incoming.clone());
                    let command = match (&session.worked.ready, ahead) {
                        (Some(ready), true) => Command::ImportReady {
                            source,
                            incoming,
                            ready: Box::new(ready.clone()),
                        },
                        _ => Command::Import { source, incoming },
                    };
                    let start = Instant::now();
                    doc.apply(command).expect("imports");
                    let ms = start.elapsed().as_secs_f64() * 1000.0;
                    assert_eq!(doc.timeline().events.len(), rows);
                    ms
                })
                .collect();
            println!(
                "  Import pressed, the step applied to the open document ({what}): median {:.1} ms",
                median_ms(samples)
            );
        }
        if extension == "xlsx" {
            window_frames(&session);
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// The column the export writes the notes to.
fn notes_column(session: &ImportSession) -> usize {
    session
        .columns
        .iter()
        .position(|c| c.header == Field::Notes.label())
        .expect("a notes column")
}

/// The import window over every row: still frames, then a frame per scroll step down the preview.
fn window_frames(session: &ImportSession) {
    let ctx = egui::Context::default();
    let mut time = 0.0;
    let mut frame = |events: Vec<egui::Event>| {
        time += 1.0 / 60.0;
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1920.0, 1080.0),
            )),
            time: Some(time),
            events,
            ..egui::RawInput::default()
        };
        let start = Instant::now();
        let output = ctx.run_ui(input, |ui| {
            std::hint::black_box(itinera::view::import::import_window(ui.ctx(), session));
        });
        let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
        std::hint::black_box(primitives);
        start.elapsed().as_secs_f64() * 1000.0
    };
    for _ in 0..5 {
        frame(Vec::new());
    }
    let still: Vec<f64> = (0..120).map(|_| frame(Vec::new())).collect();
    let over_preview = egui::Event::PointerMoved(egui::pos2(960.0, 620.0));
    frame(vec![over_preview.clone()]);
    let scrolling: Vec<f64> = (0..120)
        .map(|_| {
            frame(vec![
                over_preview.clone(),
                egui::Event::MouseWheel {
                    unit: egui::MouseWheelUnit::Point,
                    delta: egui::vec2(0.0, -180.0),
                    phase: egui::TouchPhase::Move,
                    modifiers: egui::Modifiers::NONE,
                    source: egui::MouseWheelSource::Wheel,
                },
            ])
        })
        .collect();
    println!(
        "  import window over {} rows: still median {:.2} ms, p95 {:.2}; scrolling median {:.2} ms, p95 {:.2}",
        session.worked.lines.len(),
        median_ms(still.clone()),
        p95_ms(still),
        median_ms(scrolling.clone()),
        p95_ms(scrolling)
    );
}
