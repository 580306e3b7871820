//! Exports for other tools (a calendar file, a briefing deck), run by the file worker on its export thread so
//! the window stays responsive; the status bar reports how each ended.

use std::path::{Path, PathBuf};

use super::{ItineraApp, PathFor, Prompt};
use crate::io::ics::{IcsOptions, to_ics};

impl ItineraApp {
    /// An export's place beside the document, named after it: `suffix` follows the document's stem
    /// ("plan" + ".ics", "plan" + "-deck").
    pub(super) fn beside_document(&self, suffix: &str) -> PathBuf {
        let doc = self.doc();
        let name = format!("{}{suffix}", doc.name().trim_end_matches(".ron"));
        doc.path()
            .and_then(Path::parent)
            .map_or_else(|| PathBuf::from(&name), |dir| dir.join(&name))
    }

    /// Asks where to write the calendar file, then writes it.
    pub(super) fn export_ics(&mut self) {
        let suggested = self.beside_document(".ics");
        match self
            .files
            .dialogs
            .pick_export(&suggested, "iCalendar", "ics")
        {
            Some(path) => self.export_ics_to(path),
            None => self.chrome.say(crate::tr!("notice-not-exported-no-dialog")),
        }
    }

    /// Writes the events shown (the filter applies) to `path` as an iCalendar file. Events known only to the
    /// month or year and restricted events are left out, and the status bar says how many.
    pub(super) fn export_ics_to(&mut self, path: PathBuf) {
        self.refresh_visible();
        let doc = self.doc();
        // Events are shared: these copies cost a pointer per event.
        let timeline = doc.timeline().clone();
        let times = doc.resolved().times.clone();
        let shown = self.shown.events().to_vec();
        self.chrome.say(crate::tr!("notice-exporting-calendar"));
        self.files.export(Box::new(move || {
            let export = to_ics(
                &timeline,
                &times,
                shown,
                IcsOptions {
                    include_restricted: false,
                    stamp: chrono::Utc::now(),
                },
            );
            match crate::io::save_atomic(&path, export.text.as_bytes()) {
                Ok(()) => crate::tr!(
                    "notice-exported",
                    what = export.summary(),
                    path = path.display().to_string()
                ),
                Err(e) => crate::tr!(
                    "notice-calendar-not-written",
                    path = path.display().to_string(),
                    why = crate::io::saver::describe(&e, &path)
                ),
            }
        }));
    }

    /// Opens the prompt for a typed export path, suggesting one beside the document (the platform dialog may be
    /// unavailable).
    pub(super) fn ask_path(&mut self, purpose: PathFor, suffix: &str) {
        let suggested = self.beside_document(suffix).display().to_string();
        self.chrome.prompt = Some(Prompt::Path(purpose, suggested));
    }

    /// Asks where to write the trip book, then writes it.
    pub(super) fn export_book(&mut self) {
        let suggested = self.beside_document(".pdf");
        match self.files.dialogs.pick_export(&suggested, "PDF", "pdf") {
            Some(path) => self.export_book_to(path),
            None => self
                .chrome
                .say(crate::tr!("notice-book-not-exported-no-dialog")),
        }
    }

    /// Writes the events shown (the filter applies) to `path` as a trip book. Restricted events and notes are left
    /// out unless the briefing is set to show them; then every page is marked.
    pub(super) fn export_book_to(&mut self, path: PathBuf) {
        self.refresh_visible();
        let doc = self.doc();
        // Events are shared: these copies cost a pointer per event.
        let snapshot = doc.snapshot();
        let file = doc.path().map(Path::to_path_buf);
        let shown = self.shown.events().to_vec();
        let today = self.today;
        // Restricted content goes in only when the briefer has chosen to show it.
        let show_restricted = self.views.briefing.show_restricted;
        self.chrome.say(crate::tr!("notice-exporting-book"));
        self.files.export(Box::new(move || {
            // The route map, drawn by the map view; a machine that cannot draw gets a book without it.
            let map_png = crate::view::image::route_map_png(&snapshot, &shown, today);
            let options = crate::io::book::BookOptions {
                trip: None,
                events: Some(shown),
                show_restricted,
                a4: false,
                made_on: today,
                file,
                map_png,
            };
            let made = crate::io::book::make(
                snapshot.timeline(),
                &snapshot.resolved().times,
                &snapshot.resolved().order,
                &options,
            )
            .map_err(|e| e.to_string())
            .and_then(|book| {
                crate::io::save_atomic(&path, &book.pdf)
                    .map(|()| book)
                    .map_err(|e| crate::io::saver::describe(&e, &path))
            });
            match made {
                Ok(book) => {
                    let mut said = crate::tr!(
                        "notice-exported",
                        what = crate::tr!(
                            "cli-book-written",
                            pages = book.pages,
                            events = book.events
                        ),
                        path = path.display().to_string()
                    );
                    if !book.missing_glyphs.is_empty() {
                        let chars: String = book.missing_glyphs.iter().collect();
                        said.push_str(" — ");
                        said.push_str(&crate::tr!("book-missing-glyphs", chars = chars));
                    }
                    said
                }
                Err(why) => crate::tr!(
                    "notice-book-not-written",
                    path = path.display().to_string(),
                    why = why
                ),
            }
        }));
    }

    /// Asks where to write an image of the main view, then writes it.
    pub(super) fn export_image(&mut self) {
        let suggested = self.beside_document(".png");
        match self.files.dialogs.pick_export(&suggested, "PNG", "png") {
            Some(path) => self.export_image_to(path),
            None => self
                .chrome
                .say(crate::tr!("notice-image-not-exported-no-dialog")),
        }
    }

    /// Asks where to write an image of the timeline over the span on screen (a typed path when there is no
    /// dialog), then writes it.
    pub(super) fn export_image_on_screen(&mut self) {
        let suggested = self.beside_document(".png");
        match self.files.dialogs.pick_export(&suggested, "PNG", "png") {
            Some(path) => self.write_image(path, true),
            None => self.ask_path(PathFor::ExportImageOnScreen, ".png"),
        }
    }

    /// Writes an image of the whole main view with the events shown: the timeline over the whole programme, the
    /// calendar's month or year as shown, or the map. The table is drawn as the timeline.
    pub(super) fn export_image_to(&mut self, path: PathBuf) {
        self.write_image(path, false);
    }

    /// Writes an image of the main view with the events shown; with `on_screen`, the timeline's over the span
    /// the window shows now instead of the whole programme.
    pub(super) fn write_image(&mut self, path: PathBuf, on_screen: bool) {
        use crate::view::image::{ImageRequest, ImageView, render};
        self.refresh_visible();
        let calendar = &self.views.calendar;
        let (view, size) = match self.ui_state.view {
            crate::view::View::Calendar if calendar.mode == crate::view::calendar::Mode::Year => {
                (ImageView::CalendarYear, (1920, 1080))
            }
            crate::view::View::Calendar => (ImageView::CalendarMonth, (1920, 1080)),
            crate::view::View::Map => (ImageView::Map, (1920, 1080)),
            _ => (ImageView::Timeline, (4000, 1200)),
        };
        let screen_span = self
            .views
            .timeline
            .axis
            .filter(|_| on_screen && view == ImageView::Timeline)
            .map(|axis| {
                (
                    axis.start_secs.floor() as i64,
                    axis.end_secs().ceil() as i64,
                )
            });
        let range = calendar
            .cursor
            .filter(|_| matches!(view, ImageView::CalendarMonth | ImageView::CalendarYear))
            .map(|day| {
                let secs = day.and_time(chrono::NaiveTime::MIN).and_utc().timestamp();
                (secs, secs + 86_400)
            })
            .or(screen_span);
        let doc = self.doc().snapshot();
        let shown = self.shown.events().to_vec();
        let today = self.today;
        self.chrome.say(crate::tr!("notice-exporting-image"));
        self.files.export(Box::new(move || {
            let written = render(&ImageRequest {
                doc: &doc,
                visible: &shown,
                view,
                width_px: size.0,
                height_px: size.1,
                range,
                today,
            })
            .map_err(|e| e.to_string())
            .and_then(|picture| {
                let bytes =
                    crate::view::image::png_bytes(&picture).ok_or_else(|| "PNG".to_owned())?;
                crate::io::save_atomic(&path, &bytes)
                    .map(|()| (picture.width(), picture.height()))
                    .map_err(|e| crate::io::saver::describe(&e, &path))
            });
            match written {
                Ok((w, h)) => crate::tr!(
                    "notice-exported",
                    what = format!("{w} × {h} px"),
                    path = path.display().to_string()
                ),
                Err(why) => crate::tr!(
                    "notice-image-not-written",
                    path = path.display().to_string(),
                    why = why
                ),
            }
        }));
    }
}
