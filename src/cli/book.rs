//! `itinera book` and `itinera image`: a trip book as a PDF, and images of whole views, without a window.

use std::process::ExitCode;

use anyhow::Context as _;

use super::{ImageViewArg, PaperArg};
use crate::io;

/// A span of dates on the command line as UTC seconds: "all" is none; "FROM..TO" covers both ends whole.
fn parse_range(text: &str) -> anyhow::Result<Option<(i64, i64)>> {
    if text.trim().eq_ignore_ascii_case("all") {
        return Ok(None);
    }
    // The span on screen is the window's to know: its File menu exports it.
    if text.trim().eq_ignore_ascii_case("visible") {
        anyhow::bail!(crate::tr!("cli-range-visible"));
    }
    let (from, to) = text
        .split_once("..")
        .ok_or_else(|| anyhow::anyhow!(crate::tr!("cli-bad-range", text = text)))?;
    let parse = |s: &str| {
        s.trim()
            .parse::<crate::model::DateValue>()
            .map_err(|e| anyhow::anyhow!("--range: {e}"))
    };
    let (from, to) = (parse(from)?, parse(to)?);
    let (a, b) = (
        from.first_local().and_utc().timestamp(),
        to.end_local_exclusive().and_utc().timestamp(),
    );
    if b <= a {
        anyhow::bail!(crate::tr!("cli-bad-range", text = text));
    }
    Ok(Some((a, b)))
}

/// The events a search shows, or every event, in document order.
fn events_matching(
    doc: &crate::document::Document,
    filter: Option<&str>,
    show_restricted: bool,
) -> Vec<u32> {
    let filter = crate::model::filter::Filter {
        text: filter.unwrap_or_default().to_owned(),
        ..Default::default()
    };
    let index = crate::model::filter::SearchIndex::build(doc.timeline());
    crate::document::shown::shown(doc, &index, &filter, show_restricted)
}

/// Writes an image of a whole view, drawn headless with the window's own code.
pub fn image(
    file: &std::path::Path,
    output: &std::path::Path,
    view: ImageViewArg,
    range: &str,
    (width, height): (u32, u32),
    filter: Option<&str>,
) -> anyhow::Result<ExitCode> {
    let range = parse_range(range)?;
    let parsed = io::load(file).map_err(|e| anyhow::anyhow!("{e}"))?;
    let doc = crate::document::Document::from_file(file, parsed);
    let visible = events_matching(&doc, filter, false);
    let picture = crate::view::image::render(&crate::view::image::ImageRequest {
        doc: &doc,
        visible: &visible,
        view: match view {
            ImageViewArg::Timeline => crate::view::image::ImageView::Timeline,
            ImageViewArg::Calendar => crate::view::image::ImageView::CalendarMonth,
            ImageViewArg::CalendarYear => crate::view::image::ImageView::CalendarYear,
            ImageViewArg::Map => crate::view::image::ImageView::Map,
        },
        width_px: width,
        height_px: height,
        range,
        today: chrono::Local::now().date_naive(),
    })?;
    picture
        .save(output)
        .with_context(|| format!("writing {}", output.display()))?;
    println!(
        "{}: {} × {} px",
        output.display(),
        picture.width(),
        picture.height()
    );
    Ok(ExitCode::SUCCESS)
}

/// Writes a trip book of the events shown (the search applies), and its log: pages, events, missing glyphs.
pub fn book(
    file: &std::path::Path,
    output: &std::path::Path,
    trip: Option<String>,
    filter: Option<&str>,
    show_restricted: bool,
    paper: PaperArg,
) -> anyhow::Result<ExitCode> {
    let parsed = io::load(file).map_err(|e| anyhow::anyhow!("{e}"))?;
    let doc = crate::document::Document::from_file(file, parsed);
    let events = events_matching(&doc, filter, show_restricted);
    // The route map of the book's events, drawn by the map view; a machine that cannot draw gets a book without.
    let map_png =
        crate::view::image::route_map_png(&doc, &events, chrono::Local::now().date_naive());
    let events = Some(events);
    let book = io::book::make(
        doc.timeline(),
        &doc.resolved().times,
        &doc.resolved().order,
        &io::book::BookOptions {
            trip,
            events,
            show_restricted,
            a4: paper == PaperArg::A4,
            made_on: chrono::Local::now().date_naive(),
            file: Some(file.to_path_buf()),
            map_png,
        },
    )?;
    io::save_atomic(output, &book.pdf).with_context(|| format!("writing {}", output.display()))?;
    println!(
        "{}: {}",
        output.display(),
        crate::tr!("cli-book-written", pages = book.pages, events = book.events)
    );
    if !book.missing_glyphs.is_empty() {
        let chars: String = book.missing_glyphs.iter().collect();
        println!("{}", crate::tr!("book-missing-glyphs", chars = chars));
    }
    Ok(ExitCode::SUCCESS)
}
