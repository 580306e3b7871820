//! Edit benchmark at 100,000 events: a search typed keystroke by keystroke, keeping the word index up to date,
//! and edits applied to a document as the window applies them, with plan checks on their worker.
//!
//! Run with `cargo bench --bench edits`. Prints `search …`, `reindex after an edit …` and
//! `edit 100000 events: rename median X ms, move median Y ms on the UI thread; plan warnings up to date within
//! median Z ms`.

use std::time::Instant;

use itinera::document::Document;
use itinera::edit::{Command, Shift};
use itinera::model::filter::{Filter, SearchIndex, visible};

/// The allocator the app's binary uses.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const EVENTS: usize = 100_000;

fn median(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn p95(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[(samples.len() * 95 / 100).min(samples.len() - 1)]
}

fn ms(start: Instant) -> f64 {
    start.elapsed().as_secs_f64() * 1000.0
}

fn main() {
    // As the app does when it starts.
    itinera::process::prefer_small_pages();
    let text = itinera::io::serialize(&itinera::model::generate::generate(EVENTS, 42));
    let parsed = itinera::io::parse("generated", &text).expect("generated files parse");
    let prepared = itinera::io::prepare::from_parsed(parsed, None);
    let mut doc = Document::from_prepared(None, "generated".into(), prepared);
    search_bench(&doc);
    edit_bench(&mut doc);
}

/// Recomputing the visible set as a search is typed, one keystroke at a time, without drawing.
fn search_bench(doc: &Document) {
    let start = Instant::now();
    let index = SearchIndex::build(doc.timeline());
    let build_ms = ms(start);
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
    let resolved = doc.resolved();
    for _ in 0..20 {
        for text in typed {
            let filter = Filter {
                text: text.to_owned(),
                ..Filter::default()
            };
            let start = Instant::now();
            let shown = visible(
                doc.timeline(),
                &resolved.times,
                &resolved.order,
                &index,
                &filter,
                true,
            );
            samples.push(ms(start));
            std::hint::black_box(shown);
        }
    }
    println!(
        "search {} events: median {:.2} ms (p95 {:.2} ms; the word index is built once per document, in {build_ms:.0} ms)",
        doc.timeline().events.len(),
        median(samples.clone()),
        p95(samples)
    );
    reindex_bench(doc, index);
}

/// Keeping the word index up to date after an edit: one event rewritten, or one inserted at the front.
fn reindex_bench(doc: &Document, mut index: SearchIndex) {
    let events = &doc.timeline().events;
    let mut rewrite = Vec::new();
    for k in 0..40 {
        let at = k * events.len() / 40;
        let mut edited = (*events[at]).clone();
        edited.title = format!("Signing {k} in Reykjavík").into();
        edited.notes = format!("{} Follow-up talks on fisheries.", edited.notes).into();
        let start = Instant::now();
        index.update(at, Some(&events[at]), Some(&edited));
        index.update(at, Some(&edited), Some(&events[at]));
        rewrite.push(ms(start) / 2.0);
    }
    let mut insert = Vec::new();
    for _ in 0..10 {
        let start = Instant::now();
        index.update(0, None, Some(&events[0]));
        index.update(0, Some(&events[0]), None);
        insert.push(ms(start) / 2.0);
    }
    println!(
        "reindex after an edit {} events: median {:.3} ms (an insertion at the front: median {:.2} ms)",
        events.len(),
        median(rewrite),
        median(insert)
    );
}

/// Edits applied to the document as the window applies them (each undone before the next): the time on the UI
/// thread, and the time until the plan checks' worker has the warnings of the edited document.
fn edit_bench(doc: &mut Document) {
    let start = Instant::now();
    let plan = itinera::model::checks::plan_warnings(
        doc.timeline(),
        &doc.resolved().times,
        &doc.resolved().order,
    );
    let plan_ms = ms(start);
    doc.check_off_thread(std::sync::Arc::new(|| {}));
    let events = doc.timeline().events.len();
    let (mut retitle, mut moves, mut checked) = (Vec::new(), Vec::new(), Vec::new());
    for k in 0..41 {
        let at = k * events / 41;
        let mut event = (*doc.timeline().events[at]).clone();
        event.title = format!("{} (renamed)", event.title).into();
        let id = event.id.to_string();
        let start = Instant::now();
        let applied = doc.apply(Command::SetEvent {
            id: id.clone(),
            what: "title".into(),
            event: Box::new(event),
        });
        retitle.push(ms(start));
        assert!(matches!(applied, Ok(Some(_))), "the edit applied");
        doc.undo();
        doc.wait_for_plan();
        let start = Instant::now();
        let applied = doc.apply(Command::MoveEvents {
            ids: vec![id],
            by: Shift::days(1),
            lane: None,
        });
        moves.push(ms(start));
        doc.wait_for_plan();
        checked.push(ms(start));
        if matches!(applied, Ok(Some(_))) {
            doc.undo();
            doc.wait_for_plan();
        }
    }
    println!(
        "edit {events} events: rename median {:.2} ms, move median {:.2} ms on the UI thread; plan warnings up to date within median {:.1} ms, p95 {:.1} ms (the checks alone take {plan_ms:.1} ms; {} warnings in this dense synthetic plan)",
        median(retitle),
        median(moves),
        median(checked.clone()),
        p95(checked),
        plan.len()
    );
}
