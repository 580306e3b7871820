//! Trip book benchmark: the shipped sample's book and a generated 1,000-event year's, each with its route map
//! drawn by the map view, as File → Export → Trip book makes them.
//!
//! Run with `cargo bench --bench book`. Prints `book (sample): median X ms, N pages` and the same for
//! 1,000 events, and `image (timeline, 16000 px, 1000 events): median X ms`.

use std::time::Instant;

use itinera::document::Document;
use itinera::io::book::{BookOptions, make};

fn median_ms(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

/// Makes the document's whole book once, map included; returns the pages.
fn book_of(doc: &Document) -> usize {
    let shown = doc.resolved().order.clone();
    let made_on = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("valid");
    let map_png = itinera::view::image::route_map_png(doc, &shown, made_on);
    let options = BookOptions {
        trip: None,
        events: Some(shown),
        show_restricted: false,
        a4: false,
        made_on,
        file: None,
        map_png,
    };
    let resolved = doc.resolved();
    make(doc.timeline(), &resolved.times, &resolved.order, &options)
        .expect("a book")
        .pages
}

fn main() {
    itinera::i18n::set(itinera::i18n::Lang::En);
    let generated =
        Document::from_timeline(itinera::model::generate::generate(1_000, 7), "year".into());
    for (name, doc, runs) in [
        ("sample", Document::sample(), 7),
        ("1000 events", generated, 3),
    ] {
        let mut pages = 0;
        let samples: Vec<f64> = (0..runs)
            .map(|_| {
                let start = Instant::now();
                pages = book_of(&doc);
                start.elapsed().as_secs_f64() * 1000.0
            })
            .collect();
        println!(
            "book ({name}): median {:.0} ms, {pages} pages",
            median_ms(samples)
        );
    }
    let doc = Document::from_timeline(itinera::model::generate::generate(1_000, 7), "year".into());
    let visible = doc.resolved().order.clone();
    let samples: Vec<f64> = (0..3)
        .map(|_| {
            let start = Instant::now();
            let picture = itinera::view::image::render(&itinera::view::image::ImageRequest {
                doc: &doc,
                visible: &visible,
                view: itinera::view::image::ImageView::Timeline,
                width_px: 16_000,
                height_px: 2_000,
                range: None,
                today: chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("valid"),
            })
            .expect("drawn");
            assert_eq!(picture.width(), 16_000);
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    println!(
        "image (timeline, 16000 px, 1000 events): median {:.0} ms",
        median_ms(samples)
    );
}
