//! Load benchmark: read, parse, validate and index generated timelines of 1k, 10k and 100k events.
//!
//! Run with `cargo bench --bench load`. Prints `load N events: median X ms` for each size, with the allocator
//! the app uses. The memory a loaded document holds is measured apart (`cargo bench --bench memory`), since
//! counting every allocation slows the threads that parse a file together.

use std::time::Instant;

use itinera::model::Resolved;

/// The allocator the app's binary uses, so loads cost here what they cost in the app.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    }
    let _ = std::fs::remove_dir_all(&dir);
}
