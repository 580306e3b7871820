//! Briefing mode, driven through egui_kittest, and its exported deck.

use egui::Key;
use egui_kittest::kittest::Queryable as _;
use itinera::app::{AppOptions, ItineraApp};
use itinera::view::briefing::Step;
use itinera::view::briefing::export::drawn_text;

use crate::app_ui::test_options;

type Harness = egui_kittest::Harness<'static, ItineraApp>;

fn presenting(options: AppOptions) -> Harness {
    let mut h = crate::app_ui::harness(AppOptions {
        present: true,
        today: chrono::NaiveDate::from_ymd_opt(2026, 2, 20),
        ..options
    });
    h.run_steps(60);
    h
}

/// Moves the mouse, as a briefer reaching for the controls does; they show for a few seconds.
fn wake_controls(h: &mut Harness) {
    h.hover_at(egui::pos2(400.0, 300.0));
    h.step();
    h.hover_at(egui::pos2(420.0, 310.0));
    h.run_steps(3);
}

fn press(h: &mut Harness, key: Key) {
    h.key_press(key);
    h.run_steps(60);
}

fn step(h: &mut Harness) -> Step {
    let steps = h.state_mut().briefing_steps();
    steps[h.state().views.briefing.step]
}

#[test]
fn arrows_step_through_the_cards_and_end_shows_the_summary() {
    let mut h = presenting(test_options());
    assert!(h.state().views.briefing.active);
    assert_eq!(step(&mut h), Step::Overview);
    h.get_by_label("1 / 15");
    for _ in 0..3 {
        press(&mut h, Key::ArrowRight);
    }
    // The third event in briefing order: January's visits come first, then Qatar.
    h.get_by_label("Visit to Qatar");
    h.get_by_label("4 / 15");
    press(&mut h, Key::ArrowLeft);
    h.get_by_label("Visit to France");
    press(&mut h, Key::End);
    assert_eq!(step(&mut h), Step::Summary);
    h.get_by_label("Summary");
    press(&mut h, Key::Escape);
    assert!(!h.state().views.briefing.active);
}

#[test]
fn space_with_a_button_focused_still_goes_to_the_next_step() {
    let mut h = presenting(test_options());
    wake_controls(&mut h);
    h.get_by_label("Light theme").focus();
    h.run_steps(5);
    press(&mut h, Key::Space);
    assert_eq!(h.state().views.briefing.step, 1);
    assert_eq!(
        h.state().views.briefing.theme,
        itinera::view::briefing::Theme::Dark,
        "the focused button was not pressed"
    );
}

/// The sample with one restricted event and restricted notes on Mumbai.
fn with_secrets() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("secrets.ron");
    let mut t = itinera::io::parse("s", itinera::document::SAMPLE_TEXT)
        .expect("sample")
        .timeline;
    let mut secret = t.event("qatar-visit").cloned().expect("Qatar");
    secret.id = "secret".into();
    secret.title = "Secret meeting in Doha".into();
    secret.classification = itinera::model::Classification::Restricted;
    t.events.push(secret.into());
    if let Some(m) = t
        .events
        .iter_mut()
        .map(std::sync::Arc::make_mut)
        .find(|e| e.id == "mumbai")
    {
        m.restricted_notes = "codeword bluebird".into();
    }
    std::fs::write(&path, itinera::io::serialize(&t)).expect("write");
    (dir, path)
}

fn seen_everywhere(h: &mut Harness, words: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    let count = h.state_mut().briefing_steps().len();
    for _ in 0..count {
        for text in drawn_text(h.output()) {
            if words.iter().any(|w| text.contains(w)) {
                found.push(format!("text: {text}"));
            }
        }
        for w in words {
            if h.query_all_by_label_contains(w).next().is_some() {
                found.push(format!("node: {w}"));
            }
        }
        press(h, Key::ArrowRight);
    }
    found
}

#[test]
fn restricted_text_never_appears_unless_shown() {
    let (_dir, path) = with_secrets();
    let words = ["Secret meeting", "bluebird"];
    let mut h = presenting(AppOptions {
        files: vec![path.clone()],
        ..test_options()
    });
    // The presenter's notes window obeys the same rule as the cards.
    press(&mut h, Key::P);
    h.get_by_label("Step 1 of 15");
    assert!(
        seen_everywhere(&mut h, &words).is_empty(),
        "nothing restricted on screen or in AccessKit"
    );
    // Nor in an exported deck.
    let parsed = itinera::io::load(&path).expect("valid");
    let doc = itinera::document::Document::from_file(&path, parsed);
    let steps = itinera::view::briefing::steps::steps(doc.timeline(), &doc.resolved().order, false);
    let out = tempfile::tempdir().expect("temp dir");
    let deck = itinera::view::briefing::export_deck(
        &doc,
        &steps,
        out.path(),
        (1366.0, 768.0),
        itinera::view::briefing::Theme::Dark,
        false,
    )
    .expect("exports");
    assert!(
        deck.texts
            .iter()
            .flatten()
            .all(|t| !words.iter().any(|w| t.contains(w)))
    );
    // With "show restricted" on, they appear, and an indicator says so.
    press(&mut h, Key::Home);
    wake_controls(&mut h);
    h.get_by_label("Show restricted").click();
    h.run_steps(60);
    h.get_by_label_contains("RESTRICTED CONTENT SHOWN");
    let found = seen_everywhere(&mut h, &words);
    assert!(
        found.iter().any(|f| f.contains("Secret meeting"))
            && found.iter().any(|f| f.contains("bluebird")),
        "{found:?}"
    );
}

#[test]
fn filtering_to_india_leaves_only_indias_events_as_steps() {
    let mut ui_state = itinera::app::UiState {
        lang: Some(itinera::i18n::Lang::En),
        ..Default::default()
    };
    ui_state.filter.text = "india".into();
    let mut h = presenting(AppOptions {
        ui_state: Some(ui_state),
        ..test_options()
    });
    let steps = h.state_mut().briefing_steps();
    let titles: Vec<String> = steps
        .iter()
        .filter_map(|s| match s {
            Step::Event(i) => Some(
                h.state().doc().timeline().events[*i as usize]
                    .title
                    .to_string(),
            ),
            _ => None,
        })
        .collect();
    assert_eq!(titles, ["Mumbai", "New Delhi"]);
    assert_eq!(steps.len(), 4, "overview, two events, summary");
}

/// The smallest type a frame drew, in points.
fn smallest_text(output: &egui::FullOutput) -> f32 {
    fn walk(shape: &egui::Shape, smallest: &mut f32) {
        match shape {
            egui::Shape::Text(text) => {
                for section in &text.galley.job.sections {
                    if !text.galley.text().trim().is_empty() {
                        *smallest = smallest.min(section.format.font_id.size);
                    }
                }
            }
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, smallest)),
            _ => {}
        }
    }
    let mut smallest = f32::MAX;
    for clipped in &output.shapes {
        walk(&clipped.shape, &mut smallest);
    }
    smallest
}

#[test]
fn every_step_holds_at_laptop_full_hd_and_4k_sizes_with_readable_type() {
    for (size, ppp) in [
        ((1366.0, 768.0), 1.0),
        ((1920.0, 1080.0), 1.0),
        ((1920.0, 1080.0), 2.0),
    ] {
        let mut h = egui_kittest::Harness::builder()
            .with_size(size)
            .with_pixels_per_point(ppp)
            .with_max_steps(40)
            .build_eframe(|cc| {
                ItineraApp::new(
                    cc,
                    AppOptions {
                        present: true,
                        ..test_options()
                    },
                )
            });
        h.run_steps(60);
        let count = h.state_mut().briefing_steps().len();
        for _ in 0..count {
            let title = h.get_by_label_contains(" / 15").rect();
            assert!(
                title.right() <= size.0 && title.bottom() <= size.1,
                "the progress is on screen at {size:?}"
            );
            let smallest = smallest_text(h.output());
            assert!(smallest >= 11.0, "type of {smallest} pt at {size:?} x{ppp}");
            press(&mut h, Key::ArrowRight);
        }
    }
}

#[test]
fn p_opens_presenter_notes_with_the_step_the_clock_the_notes_and_what_comes_next() {
    let mut h = presenting(test_options());
    assert!(h.query_by_label("Step 1 of 15").is_none());
    press(&mut h, Key::P);
    h.get_by_label("Step 1 of 15");
    h.get_by_label_contains("Elapsed 00:");
    let steps = h.state_mut().briefing_steps();
    let doc = &h.state().doc();
    let at = steps
        .iter()
        .position(
            |s| matches!(s, Step::Event(i) if doc.timeline().events[*i as usize].id == "mumbai"),
        )
        .expect("Mumbai is a step");
    let notes = doc
        .timeline()
        .event("mumbai")
        .expect("mumbai")
        .notes
        .clone();
    let next = itinera::view::briefing::presenter::step_title(doc, steps[at + 1]);
    for digit in (at + 1).to_string().chars() {
        let key = Key::from_name(&digit.to_string()).expect("a digit key");
        h.key_press(key);
    }
    press(&mut h, Key::Enter);
    h.get_by_label(&format!("Step {} of 15", at + 1));
    assert_eq!(
        h.get_all_by_label(&notes).count(),
        2,
        "Mumbai's notes are on the card and in the presenter's window"
    );
    h.get_by_label(&next);
    h.get_by_label("Next ▶").click();
    h.run_steps(60);
    assert_eq!(h.state().views.briefing.step, at + 1);
    press(&mut h, Key::P);
    assert!(
        h.query_by_label_contains("Elapsed").is_none(),
        "P closes it again"
    );
}

#[test]
fn export_deck_writes_a_slide_per_step_beside_the_document_and_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("plan.ron");
    std::fs::write(&file, itinera::document::SAMPLE_TEXT).expect("write");
    let mut h = presenting(AppOptions {
        files: vec![file],
        ..test_options()
    });
    let steps = h.state_mut().briefing_steps().len();
    wake_controls(&mut h);
    h.get_by_label("Export deck").click();
    h.run_steps(5);
    let deck = dir.path().join("plan-deck");
    let slides = std::fs::read_dir(&deck).map_or(0, |d| d.count());
    assert_eq!(slides, steps);
    let notice = format!("Exported {steps} slides to {}", deck.display());
    assert_eq!(h.state().chrome.notice_text(), Some(notice.as_str()));
}

/// Every piece of text a frame painted on the page (the card and the controls above it, not the map and the
/// year strip, which have grounds of their own), with the colour it was painted in.
fn painted_colors(output: &egui::FullOutput) -> Vec<(String, egui::Pos2, egui::Color32)> {
    fn walk(shape: &egui::Shape, out: &mut Vec<(String, egui::Pos2, egui::Color32)>) {
        match shape {
            egui::Shape::Text(text)
                if text.pos.y >= 0.0 && (text.pos.x < 1366.0 * 0.5 || text.pos.y < 60.0) =>
            {
                let color = text.override_text_color.unwrap_or_else(|| {
                    let section = text.galley.job.sections.first().map(|s| s.format.color);
                    match section {
                        Some(c) if c != egui::Color32::PLACEHOLDER => c,
                        _ => text.fallback_color,
                    }
                });
                if !text.galley.text().trim().is_empty() {
                    out.push((text.galley.text().to_owned(), text.pos, color));
                }
            }
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &output.shapes {
        walk(&clipped.shape, &mut out);
    }
    out
}

#[test]
fn every_title_heading_and_button_of_both_themes_reads_against_its_page() {
    use itinera::view::briefing::{Theme, palette};
    use itinera::view::colors::contrast;
    for theme in [Theme::Dark, Theme::Light] {
        let mut h = presenting(test_options());
        h.state_mut().views.briefing.theme = theme;
        h.run_steps(5);
        let p = palette(theme);
        let count = h.state_mut().briefing_steps().len();
        let mut seen = Vec::new();
        for _ in 0..count {
            for (text, at, color) in painted_colors(h.output()) {
                for (against, what) in [(p.background, "the page"), (p.button, "a button")] {
                    let ratio = contrast(color, against);
                    assert!(
                        ratio >= 4.5,
                        "{theme:?}: \"{text}\" in {color:?} on {what} {against:?} has contrast {ratio:.2}, at {at:?}"
                    );
                }
                seen.push(text);
            }
            press(&mut h, Key::ArrowRight);
        }
        for words in [
            "Prime Minister of Canada: travel in 2026",
            "Mumbai",
            "Objectives",
            "Summary",
            "By region",
            "By status",
        ] {
            assert!(
                seen.iter().any(|t| t == words),
                "{theme:?}: {words} was drawn"
            );
        }
    }
}

#[test]
fn the_briefing_hides_its_buttons_from_the_audience_until_the_mouse_moves() {
    let mut h = presenting(test_options());
    assert!(
        h.query_by_label("Exit (Esc)").is_none(),
        "no buttons on a still screen"
    );
    h.get_by_label_contains(" / 15");
    wake_controls(&mut h);
    h.get_by_label("Exit (Esc)");
    h.get_by_label("Light theme");
}
