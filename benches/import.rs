//! Import benchmark: a 10,000-row spreadsheet (xlsx and CSV, written by Itinera's own export of a generated
//! timeline) read, mapped, converted and brought into an empty document as one step, as File → Import does.
//!
//! Run with `cargo bench --bench import`. Prints `import 10000 rows (xlsx): median X ms` and the same for CSV,
//! `export 10000 events (xlsx): median X ms`, and how long the import window takes to work its preview out again
//! after a column changes.

use std::collections::HashMap;
use std::time::Instant;

use itinera::edit::{Command, History};
use itinera::io::sheet::{self, Mapping};
use itinera::model::{Resolved, Timeline};

fn median_ms(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn main() {
    itinera::i18n::set(itinera::i18n::Lang::En);
    let dir = std::env::temp_dir().join(format!("itinera-bench-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let rows = 10_000;
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
        // What the import window works out again on the UI thread when a column's field changes.
        let book = sheet::read(&path, None).expect("read");
        let mapping = Mapping::guess(&book.grid);
        let empty = Timeline::new(original.title.clone(), original.home.clone());
        let samples = (0..runs)
            .map(|_| {
                let start = Instant::now();
                let imported = sheet::convert(&book.grid, &mapping, &HashMap::new());
                let prepared =
                    itinera::edit::import::prepare(&empty, &imported.incoming(&book.grid.sheet));
                let ms = start.elapsed().as_secs_f64() * 1000.0;
                assert_eq!(prepared.summary.added, rows);
                ms
            })
            .collect();
        println!(
            "  (of which the mapping and preview, worked out again after a change: median {:.1} ms)",
            median_ms(samples)
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
