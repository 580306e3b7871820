//! Memory benchmark: the live heap a loaded 100,000-event document holds, and an open one with its search index
//! and plan checks.
//!
//! Run with `cargo bench --bench memory`. Prints `memory 100000 events: X B/event`, counted by the allocator the
//! app uses (bytes asked for, whatever the allocator rounds them to). Kept apart from the load benchmark, since
//! counting every allocation slows the threads that parse a file together.

use itinera::model::Resolved;
use stats_alloc::{Region, StatsAlloc};

#[global_allocator]
static GLOBAL: StatsAlloc<mimalloc::MiMalloc> = StatsAlloc::new(mimalloc::MiMalloc);

const EVENTS: usize = 100_000;

fn main() {
    // As the app does when it starts.
    itinera::process::prefer_small_pages();
    let dir = std::env::temp_dir().join(format!("itinera-bench-memory-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(format!("generated-{EVENTS}.ron"));
    let text = itinera::io::serialize(&itinera::model::generate::generate(EVENTS, 42));
    std::fs::write(&path, &text).expect("write generated file");
    drop(text);

    let region = Region::new(&GLOBAL);
    let parsed = itinera::io::load(&path).expect("valid");
    let resolved = Resolved::of(&parsed.timeline);
    let change = region.change();
    // stats_alloc books reallocations into allocated and deallocated bytes already.
    let held = change.bytes_allocated as isize - change.bytes_deallocated as isize;
    println!("memory {EVENTS} events: {} B/event", held / EVENTS as isize);
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
        held / EVENTS as isize
    );
    drop(document);
    let _ = std::fs::remove_dir_all(&dir);
}
