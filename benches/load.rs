//! Load benchmark: read, parse, validate and index generated timelines of 1k, 10k and 100k events.
//!
//! Run with `cargo bench --bench load`. Prints `load N events: median X ms` for each size and
//! `memory 100000 events: X B/event` (live heap held by the loaded document, counted by the allocator), with
//! the allocator the app uses.

use std::time::Instant;

use itinera::model::Resolved;
use stats_alloc::{Region, StatsAlloc};

/// The allocator the app's binary uses, counted, so the memory a loaded document holds can be measured
/// (bytes asked for, whatever the allocator rounds them to) and loads cost here what they cost in the app.
#[global_allocator]
static GLOBAL: StatsAlloc<mimalloc::MiMalloc> = StatsAlloc::new(mimalloc::MiMalloc);

fn median_ms(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn main() {
    // As the app does when it starts.
    itinera::process::prefer_small_pages();
    let dir = std::env::temp_dir().join(format!("itinera-bench-load-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    for (events, runs) in [(1_000usize, 21usize), (10_000, 11), (100_000, 5)] {
        let path = dir.join(format!("generated-{events}.ron"));
        let text = itinera::io::serialize(&itinera::model::generate::generate(events, 42));
        std::fs::write(&path, &text).expect("write generated file");
        let mut samples = Vec::new();
        for _ in 0..runs {
            let start = Instant::now();
            let parsed = itinera::io::load(&path).expect("generated files are valid");
            let resolved = Resolved::of(&parsed.timeline);
            samples.push(start.elapsed().as_secs_f64() * 1000.0);
            assert_eq!(resolved.order.len(), events);
        }
        println!(
            "load {events} events: median {:.1} ms ({} runs, file {:.1} MB, {:.0} B/event on disk)",
            median_ms(samples),
            runs,
            text.len() as f64 / 1e6,
            text.len() as f64 / events as f64
        );
        // What the window's file worker does before a document is shown: the load, plus plan checks and the
        // search index.
        let samples = (0..runs)
            .map(|_| {
                let start = Instant::now();
                let prepared = itinera::io::prepare::prepare(&path).expect("valid");
                let ms = start.elapsed().as_secs_f64() * 1000.0;
                drop(prepared);
                ms
            })
            .collect();
        println!(
            "  (opened as the window opens it, with plan checks and the search index: median {:.1} ms)",
            median_ms(samples)
        );
        if events == 100_000 {
            let region = Region::new(&GLOBAL);
            let parsed = itinera::io::load(&path).expect("valid");
            let resolved = Resolved::of(&parsed.timeline);
            let change = region.change();
            // stats_alloc books reallocations into allocated and deallocated bytes already.
            let held = change.bytes_allocated as isize - change.bytes_deallocated as isize;
            println!("memory {events} events: {} B/event", held / events as isize);
            println!(
                "  (of which {} B inline per event, {} B per resolved time)",
                std::mem::size_of::<itinera::model::Event>(),
                std::mem::size_of::<itinera::model::EventTimes>()
            );
            drop((parsed, resolved));
            // What an open window holds on top: the search index, plan checks and edit bookkeeping.
            let region = Region::new(&GLOBAL);
            let parsed = itinera::io::load(&path).expect("valid");
            let document = itinera::document::Document::from_file(&path, parsed);
            let change = region.change();
            let held = change.bytes_allocated as isize - change.bytes_deallocated as isize;
            println!(
                "  (an open document, with its search index and plan checks: {} B/event)",
                held / events as isize
            );
            drop(document);
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}
