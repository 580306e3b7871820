//! The trip book: the programme as a PDF to print, send or file, typeset by typst (text shaped, fonts embedded,
//! selectable and searchable). `markup` writes the book as typst source from the document; `world` is what
//! typst reads it in; this module picks the events, compiles, and says which characters no font could show.

pub mod markup;
pub mod world;

use std::path::Path;

use crate::model::{Classification, EventTimes, Timeline};
use markup::BookContent;

/// What to put in a book.
#[derive(Clone, Debug)]
pub struct BookOptions {
    /// Only this trip's legs (the whole programme when `None`).
    pub trip: Option<String>,
    /// Only these events (the window's filter, or `--filter`), in programme order; every event when `None`.
    pub events: Option<Vec<u32>>,
    pub show_restricted: bool,
    /// Letter (as in Canada) unless A4 is asked for.
    pub a4: bool,
    pub made_on: chrono::NaiveDate,
    /// The file the document was read from, for its revision.
    pub file: Option<std::path::PathBuf>,
    /// The route map of the book's events as a PNG, drawn by the map view (none when it could not be drawn).
    pub map_png: Option<Vec<u8>>,
}

/// A book made: the PDF, and what its log says.
pub struct Book {
    pub pdf: Vec<u8>,
    pub pages: usize,
    pub events: usize,
    /// Characters no font could show (names in scripts the machine has no font for).
    pub missing_glyphs: Vec<char>,
}

/// Why a book could not be made.
#[derive(Debug, thiserror::Error)]
pub enum BookError {
    #[error("{}", crate::tr!("book-no-trip", trip = .0.as_str()))]
    NoTrip(String),
    #[error("{}", crate::tr!("book-nothing"))]
    Nothing,
    #[error("{}", crate::tr!("book-failed", why = .0.as_str()))]
    Typesetting(String),
}

/// The file's revision: its last git commit when it is in a repository (with "+" when changed since), else a
/// fingerprint of its content.
pub fn revision(file: Option<&Path>, t: &Timeline) -> String {
    let text = super::serialize(t);
    let fingerprint = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    let fingerprint = format!("{:08x}", fingerprint as u32);
    let Some(file) = file else {
        return fingerprint;
    };
    let (dir, name) = match (file.parent(), file.file_name()) {
        (Some(d), Some(n)) => (
            if d.as_os_str().is_empty() {
                Path::new(".")
            } else {
                d
            },
            n,
        ),
        _ => return fingerprint,
    };
    let git = |args: &[&std::ffi::OsStr]| {
        std::process::Command::new("git")
            .arg("-C")
            .arg(dir)
            .args(args)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
    };
    let commit = git(&[
        "log".as_ref(),
        "-1".as_ref(),
        "--format=%h".as_ref(),
        "--".as_ref(),
        name,
    ]);
    match commit.filter(|c| !c.is_empty()) {
        Some(commit) => {
            let changed = git(&[
                "status".as_ref(),
                "--porcelain".as_ref(),
                "--".as_ref(),
                name,
            ])
            .is_some_and(|s| !s.is_empty());
            format!("{commit}{}", if changed { "+" } else { "" })
        }
        None => fingerprint,
    }
}

/// Makes the book of `t`'s events as options say.
pub fn make(
    t: &Timeline,
    times: &[EventTimes],
    order: &[u32],
    options: &BookOptions,
) -> Result<Book, BookError> {
    let trip = match &options.trip {
        Some(id) => Some(t.trip(id).ok_or_else(|| BookError::NoTrip(id.clone()))?),
        None => None,
    };
    let chosen: Vec<u32> = options.events.clone().unwrap_or_else(|| order.to_vec());
    let events: Vec<u32> = chosen
        .into_iter()
        .filter(|&i| {
            let Some(e) = t.events.get(i as usize) else {
                return false;
            };
            (options.show_restricted || e.classification == Classification::Public)
                && trip.is_none_or(|trip| e.trip.as_deref() == Some(trip.id.as_str()))
        })
        .collect();
    if events.is_empty() {
        return Err(BookError::Nothing);
    }
    let content = BookContent {
        timeline: t,
        times,
        events,
        title: trip.map_or_else(
            || t.shown_title().to_owned(),
            |trip| trip.shown_title().to_owned(),
        ),
        restricted: options.show_restricted,
        paper: if options.a4 { "a4" } else { "us-letter" },
        made_on: options.made_on,
        revision: revision(options.file.as_deref(), t),
        map: options.map_png.is_some(),
    };
    let source = markup::markup(&content);
    let mut missing: Vec<char> = source
        .chars()
        .filter(|c| !c.is_ascii() && !c.is_whitespace() && !world::covered(*c))
        .collect();
    missing.sort_unstable();
    missing.dedup();
    let files = options
        .map_png
        .iter()
        .map(|png| (markup::MAP_PATH.to_owned(), png.clone()))
        .collect();
    let world = world::BookWorld::new(source, files, options.made_on)
        .ok_or_else(|| BookError::Typesetting("the book's world".into()))?;
    let document = typst::compile::<typst_layout::PagedDocument>(&world)
        .output
        .map_err(typesetting)?;
    let pdf = typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default()).map_err(typesetting)?;
    Ok(Book {
        pdf,
        pages: document.pages().len(),
        events: content.events.len(),
        missing_glyphs: missing,
    })
}

/// typst's errors, in one message.
fn typesetting(errors: typst::ecow::EcoVec<typst::diag::SourceDiagnostic>) -> BookError {
    BookError::Typesetting(
        errors
            .iter()
            .map(|e| e.message.to_string())
            .collect::<Vec<_>>()
            .join("; "),
    )
}
