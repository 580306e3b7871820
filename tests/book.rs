//! The trip book: made from the sample and from small programmes, read back with pdftotext.

use std::process::Command;
use std::sync::Arc;

use itinera::io::book::{BookOptions, make};
use itinera::model::{Classification, DateValue, Resolved, Timeline};

fn pdf_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("book.pdf");
    std::fs::write(&path, pdf).expect("write");
    let out = Command::new("pdftotext")
        .args(["-layout"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed by .ci/run");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn options() -> BookOptions {
    BookOptions {
        trip: None,
        events: None,
        show_restricted: false,
        a4: false,
        made_on: chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("valid"),
        file: None,
        map_png: None,
    }
}

fn sample_with_a_restricted_event() -> Timeline {
    let mut t = itinera::document::Document::sample().timeline().clone();
    let e = Arc::make_mut(&mut t.events[0]);
    e.title = "Quiet talks".into();
    e.classification = Classification::Restricted;
    e.restricted_notes = "Meet the envoy alone".into();
    t
}

#[test]
fn the_sample_makes_a_book_with_its_stops_its_days_and_page_numbers() {
    itinera::i18n::set(itinera::i18n::Lang::En);
    let t = itinera::document::Document::sample().timeline().clone();
    let resolved = Resolved::of(&t);
    let book = make(&t, &resolved.times, &resolved.order, &options()).expect("a book");
    assert!(book.pdf.starts_with(b"%PDF"));
    let text = pdf_text(&book.pdf);
    for words in [
        "Prime Minister of Canada",
        "Stops",
        "Programme day by day",
        "Week by week",
        "Thursday 26 February 2026",
        "Mumbai",
        "Date not yet fixed",
        &format!("Page 1 of {}", book.pages),
        &format!("Page {} of {}", book.pages, book.pages),
    ] {
        assert!(text.contains(words), "{words} in the book:\n{text}");
    }
}

#[test]
fn restricted_events_stay_out_unless_asked_for_and_then_every_page_is_marked() {
    itinera::i18n::set(itinera::i18n::Lang::En);
    let t = sample_with_a_restricted_event();
    let resolved = Resolved::of(&t);
    let public = make(&t, &resolved.times, &resolved.order, &options()).expect("a book");
    let text = pdf_text(&public.pdf);
    assert!(!text.contains("Quiet talks"));
    assert!(!text.contains("RESTRICTED"));
    let all = make(
        &t,
        &resolved.times,
        &resolved.order,
        &BookOptions {
            show_restricted: true,
            ..options()
        },
    )
    .expect("a book");
    let text = pdf_text(&all.pdf);
    assert!(text.contains("Quiet talks"));
    assert!(text.contains("Meet the envoy alone"));
    let pages: Vec<&str> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    assert_eq!(pages.len(), all.pages);
    assert!(pages.iter().all(|p| p.contains("RESTRICTED")), "{text}");
}

#[test]
fn a_timed_meeting_shows_venue_time_and_home_time() {
    itinera::i18n::set(itinera::i18n::Lang::En);
    let mut t = Timeline::default();
    let at = chrono::NaiveDate::from_ymd_opt(2026, 3, 6)
        .and_then(|d| d.and_hms_opt(19, 30, 0))
        .expect("valid");
    let mut e = itinera::model::Event::new(
        "banquet",
        "State banquet",
        DateValue::Time(at),
        itinera::model::Place {
            country: "JP".parse().expect("code"),
            city: "Tokyo".into(),
            ..Default::default()
        },
    );
    e.end = Some(DateValue::Time(at + chrono::TimeDelta::hours(2)));
    t.events.push(Arc::new(e));
    let resolved = Resolved::of(&t);
    let book = make(&t, &resolved.times, &resolved.order, &options()).expect("a book");
    let text = pdf_text(&book.pdf);
    // 19:30 in Tokyo on 6 March is 05:30 in Ottawa, still on winter time (14 hours behind).
    assert!(text.contains("19:30 local · 05:30 home"), "{text}");
    assert!(text.contains("+14 h"), "{text}");
}

#[test]
fn names_in_other_scripts_are_shown_or_reported_missing() {
    itinera::i18n::set(itinera::i18n::Lang::En);
    let mut t = itinera::document::Document::sample().timeline().clone();
    let tokyo = t
        .events
        .iter()
        .position(|e| e.id == "tokyo")
        .expect("Tokyo");
    Arc::make_mut(&mut t.events[tokyo]).title = "東京".into();
    let resolved = Resolved::of(&t);
    let book = make(&t, &resolved.times, &resolved.order, &options()).expect("a book");
    let shown = pdf_text(&book.pdf).contains("東京");
    let reported = book.missing_glyphs.contains(&'東');
    assert!(
        shown != reported,
        "shown: {shown}, reported missing: {reported}"
    );
}

#[test]
fn the_book_speaks_french_when_asked() {
    itinera::i18n::set(itinera::i18n::Lang::Fr);
    let t = itinera::document::Document::sample().timeline().clone();
    let resolved = Resolved::of(&t);
    let book = make(&t, &resolved.times, &resolved.order, &options());
    itinera::i18n::set(itinera::i18n::Lang::En);
    let text = pdf_text(&book.expect("a book").pdf);
    assert!(text.contains("Programme jour par jour"), "{text}");
    assert!(text.contains("Page 1 sur"), "{text}");
    assert!(text.contains("jeudi 26 février 2026"), "{text}");
}

#[test]
fn a_trip_that_does_not_exist_is_refused_with_its_id() {
    itinera::i18n::set(itinera::i18n::Lang::En);
    let t = itinera::document::Document::sample().timeline().clone();
    let resolved = Resolved::of(&t);
    let error = make(
        &t,
        &resolved.times,
        &resolved.order,
        &BookOptions {
            trip: Some("atlantis".into()),
            ..options()
        },
    )
    .err()
    .map(|e| e.to_string())
    .unwrap_or_default();
    assert!(error.contains("“atlantis”"), "{error}");
}

/// A view of `doc` drawn headless at `size`.
fn draw(
    doc: &itinera::document::Document,
    visible: &[u32],
    view: itinera::view::image::ImageView,
    (width_px, height_px): (u32, u32),
) -> image::RgbaImage {
    itinera::view::image::render(&itinera::view::image::ImageRequest {
        doc,
        visible,
        view,
        width_px,
        height_px,
        range: None,
        today: chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("valid"),
    })
    .expect("drawn")
}

fn distinct_colours(picture: &image::RgbaImage) -> usize {
    let mut colours: Vec<[u8; 4]> = picture.pixels().step_by(97).map(|p| p.0).collect();
    colours.sort_unstable();
    colours.dedup();
    colours.len()
}

#[test]
fn a_timeline_image_can_be_wider_than_any_window() {
    itinera::i18n::set(itinera::i18n::Lang::En);
    let doc = itinera::document::Document::sample();
    let visible = doc.resolved().order.clone();
    let picture = draw(
        &doc,
        &visible,
        itinera::view::image::ImageView::Timeline,
        (6000, 700),
    );
    assert_eq!((picture.width(), picture.height()), (6000, 700));
    assert!(
        distinct_colours(&picture) > 8,
        "bars, lanes and text are drawn"
    );
}

#[test]
fn the_book_carries_the_route_map_drawn_by_the_map_view() {
    itinera::i18n::set(itinera::i18n::Lang::En);
    let doc = itinera::document::Document::sample();
    let visible = doc.resolved().order.clone();
    let picture = draw(
        &doc,
        &visible,
        itinera::view::image::ImageView::Map,
        (1200, 700),
    );
    assert!(distinct_colours(&picture) > 8);
    let mut png = std::io::Cursor::new(Vec::new());
    picture
        .write_to(&mut png, image::ImageFormat::Png)
        .expect("encoded");
    let t = doc.timeline();
    let resolved = Resolved::of(t);
    let book = make(
        t,
        &resolved.times,
        &resolved.order,
        &BookOptions {
            map_png: Some(png.into_inner()),
            ..options()
        },
    )
    .expect("a book");
    assert!(pdf_text(&book.pdf).contains("The route"));
}

/// Runs a PDF tool from Debian (poppler-utils, qpdf) on `pdf` and returns its exit success and output.
fn pdf_tool(tool: &str, args: &[&str], pdf: &[u8]) -> (bool, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("book.pdf");
    std::fs::write(&path, pdf).expect("write");
    let out = Command::new(tool)
        .args(args)
        .arg(&path)
        .output()
        .unwrap_or_else(|e| panic!("{tool} is installed by .ci/run: {e}"));
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

#[test]
fn every_font_in_the_book_is_embedded_and_the_file_passes_qpdf_check() {
    itinera::i18n::set(itinera::i18n::Lang::En);
    let t = itinera::document::Document::sample().timeline().clone();
    let resolved = Resolved::of(&t);
    let book = make(&t, &resolved.times, &resolved.order, &options()).expect("a book");
    let (ok, fonts) = pdf_tool("pdffonts", &[], &book.pdf);
    assert!(ok, "{fonts}");
    // pdffonts prints two header lines, then one line per font whose "emb" column is "yes" or "no".
    let rows: Vec<&str> = fonts
        .lines()
        .skip(2)
        .filter(|l| !l.trim().is_empty())
        .collect();
    assert!(!rows.is_empty(), "{fonts}");
    for row in &rows {
        let columns: Vec<&str> = row.split_whitespace().collect();
        let n = columns.len();
        assert!(n >= 6, "{row}");
        // The columns from the right: object id, generation, uni, sub, emb.
        assert_eq!(columns[n - 5], "yes", "not embedded: {row}");
    }
    let (ok, said) = pdf_tool("qpdf", &["--check"], &book.pdf);
    assert!(ok, "qpdf --check: {said}");
}

#[test]
fn the_page_count_grows_with_the_programme() {
    itinera::i18n::set(itinera::i18n::Lang::En);
    let small = itinera::model::generate::generate(10, 3);
    let large = itinera::model::generate::generate(200, 3);
    let pages = |t: &Timeline| {
        let resolved = Resolved::of(t);
        make(t, &resolved.times, &resolved.order, &options())
            .expect("a book")
            .pages
    };
    let (few, many) = (pages(&small), pages(&large));
    assert!(
        many > few,
        "10 events: {few} pages, 200 events: {many} pages"
    );
}

#[test]
fn a_whole_range_timeline_image_of_a_thousand_events_is_as_wide_as_asked_and_holds_every_lane() {
    itinera::i18n::set(itinera::i18n::Lang::En);
    let doc = itinera::document::Document::from_timeline(
        itinera::model::generate::generate(1_000, 11),
        "year".into(),
    );
    let visible = doc.resolved().order.clone();
    let asked = (16_000, 250);
    let picture = draw(
        &doc,
        &visible,
        itinera::view::image::ImageView::Timeline,
        asked,
    );
    assert_eq!(picture.width(), asked.0);
    assert!(
        picture.height() > asked.1,
        "a thousand events need more lanes than 250 px hold: {} px",
        picture.height()
    );
    // Every lane is in: the lanes end above the image's bottom edge, which is left blank below the last lane,
    // while the rows just above it carry that lane's bars and labels.
    let row_colours = |y: u32| {
        let mut c: Vec<[u8; 4]> = (0..picture.width())
            .step_by(7)
            .map(|x| picture.get_pixel(x, y).0)
            .collect();
        c.sort_unstable();
        c.dedup();
        c.len()
    };
    let bottom = picture.height() - 4;
    assert!(
        row_colours(bottom) <= 2,
        "the bottom edge is blank, not a cut lane"
    );
    let last_lane =
        (bottom.saturating_sub(90)..bottom.saturating_sub(30)).any(|y| row_colours(y) > 2);
    assert!(last_lane, "the last lane is drawn just above the bottom");
}
