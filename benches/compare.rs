//! Diff and merge benchmark: two 10,000-event versions of a programme, as `itinera diff` and `itinera merge`
//! (git's drivers) compare them.
//!
//! Run with `cargo bench --bench compare`. Prints `diff 10000 events: median X ms` and `merge 10000 events:
//! median X ms`.

use std::sync::Arc;
use std::time::Instant;

fn median_ms(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn main() {
    itinera::i18n::set(itinera::i18n::Lang::En);
    let base = itinera::model::generate::generate(10_000, 5);
    // Each side changes every tenth event, on different fields, and each adds one.
    let side = |offset: usize, notes: bool| {
        let mut t = base.clone();
        for i in (offset..t.events.len()).step_by(10) {
            let e = Arc::make_mut(&mut t.events[i]);
            if notes {
                e.notes = "Changed by the advance team".into();
            } else {
                e.status = itinera::model::Status::Confirmed;
            }
        }
        t
    };
    let (ours, theirs) = (side(0, true), side(5, false));
    let time = |f: &dyn Fn() -> usize| {
        let mut n = 0;
        let samples: Vec<f64> = (0..7)
            .map(|_| {
                let start = Instant::now();
                n = f();
                start.elapsed().as_secs_f64() * 1000.0
            })
            .collect();
        (median_ms(samples), n)
    };
    let (ms, n) = time(&|| itinera::model::compare::diff(&base, &ours).len());
    println!("diff 10000 events: median {ms:.0} ms ({n} changes)");
    let (ms, n) = time(&|| {
        let merged = itinera::model::merge::merge(&base, &ours, &theirs);
        let _ = itinera::model::merge::new_warnings(&merged, &ours, &theirs);
        merged.events.len()
    });
    println!("merge 10000 events: median {ms:.0} ms ({n} events, plan checks included)");
}
