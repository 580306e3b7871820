//! The interface's languages: both message files hold the same messages, every message the code asks for
//! exists, and the window speaks French when asked and switches language without a restart.

use std::collections::BTreeSet;
use std::path::Path;

use egui_kittest::kittest::Queryable as _;
use itinera::app::{AppOptions, Request, UiState};
use itinera::i18n::Lang;

use crate::app_ui::{harness, test_options};

/// The message ids a Fluent file defines (a line `id = …` at the start; terms, comments and attributes are not
/// messages).
fn message_ids(file: &str) -> BTreeSet<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|line| line.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|line| line.split_once(" =").map(|(id, _)| id.trim().to_string()))
        .collect()
}

/// Every id passed to `tr!("…"`, `i18n::label("…"` or `i18n::text("…"` in the crate's sources.
fn ids_used_in(dir: &Path, out: &mut BTreeSet<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            ids_used_in(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            for call in ["tr!(\"", "i18n::label(\"", "i18n::text(\""] {
                for (at, _) in text.match_indices(call) {
                    // `include_str!("…")` and the like are not `tr!`.
                    let before = text[..at].chars().next_back();
                    if call.starts_with("tr!")
                        && before.is_some_and(|c| c.is_alphanumeric() || c == '_')
                    {
                        continue;
                    }
                    let rest = &text[at + call.len()..];
                    if let Some(end) = rest.find('"') {
                        out.insert(rest[..end].to_string());
                    }
                }
            }
        }
    }
}

#[test]
fn both_message_files_hold_exactly_the_same_messages() {
    let en = message_ids("locales/en/itinera.ftl");
    let fr = message_ids("locales/fr/itinera.ftl");
    assert!(en.len() > 40, "{} English messages", en.len());
    let only_en: Vec<_> = en.difference(&fr).collect();
    let only_fr: Vec<_> = fr.difference(&en).collect();
    assert!(only_en.is_empty(), "missing in French: {only_en:?}");
    assert!(
        only_fr.is_empty(),
        "French has messages English lacks: {only_fr:?}"
    );
    for id in &en {
        assert!(
            itinera::i18n::has(Lang::Fr, id),
            "French does not load {id}"
        );
        assert!(
            itinera::i18n::has(Lang::En, id),
            "English does not load {id}"
        );
    }
}

#[test]
fn every_message_the_code_asks_for_exists() {
    let en = message_ids("locales/en/itinera.ftl");
    let mut used = BTreeSet::new();
    ids_used_in(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut used,
    );
    used.remove("id"); // the macro's own documentation
    assert!(used.len() > 30, "{} messages used", used.len());
    let unknown: Vec<_> = used.difference(&en).collect();
    assert!(unknown.is_empty(), "used but not defined: {unknown:?}");
}

fn french() -> AppOptions {
    AppOptions {
        ui_state: Some(UiState {
            lang: Some(Lang::Fr),
            ..UiState::default()
        }),
        ..test_options()
    }
}

#[test]
fn the_window_started_in_french_names_its_menus_and_views_in_french() {
    let mut h = harness(french());
    h.run();
    for label in [
        "Fichier",
        "Édition",
        "Affichage",
        "Aide",
        "Tableau",
        "Chronologie",
        "Calendrier",
        "Carte",
    ] {
        h.get_by_label(label);
    }
    assert!(
        h.query_by_label("File").is_none(),
        "no English menu is left"
    );
}

#[test]
fn switching_the_language_at_run_time_renames_the_menus_at_once_and_is_remembered() {
    let mut h = harness(french());
    h.run();
    h.get_by_label("Fichier");
    h.state_mut().request(Request::SetLanguage(Lang::En));
    h.run();
    for label in ["File", "Edit", "View", "Help", "Calendar", "Map"] {
        h.get_by_label(label);
    }
    assert!(h.query_by_label("Fichier").is_none());
    assert_eq!(
        h.state().ui_state.lang,
        Some(Lang::En),
        "the choice is kept for the next start"
    );
}

#[test]
fn the_language_menu_switches_to_french() {
    let mut h = harness(test_options());
    h.run();
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Language").click();
    h.run();
    h.get_by_label("Français").click();
    h.run();
    h.get_by_label("Affichage");
    h.get_by_label("Carte");
}

#[test]
fn every_kind_status_precision_and_region_has_a_name_in_both_languages() {
    use itinera::model::{EventKind, Precision, Status, region::Region};
    let mut names: Vec<(&str, &str)> = Vec::new();
    for lang in Lang::ALL {
        itinera::i18n::set(lang);
        names.extend(EventKind::ALL.map(|k| (k.label(), "kind-")));
        names.extend(Status::ALL.map(|s| (s.label(), "status-")));
        names.extend(Precision::ALL.map(|p| (p.label(), "precision-")));
        names.extend(Region::ALL.map(|r| (r.label(), "region-")));
    }
    itinera::i18n::set(Lang::En);
    for (name, prefix) in &names {
        // A missing message reads as its id, or as fluent-templates' "Unknown localization key: …".
        assert!(
            !name.is_empty()
                && !name.starts_with(prefix)
                && !name.contains("Unknown localization key"),
            "a missing message: {name:?}"
        );
    }
    itinera::i18n::set(Lang::Fr);
    assert_eq!(EventKind::StateVisit.label(), "Visite d’État");
    assert_eq!(Status::Confirmed.label(), "Confirmé");
    assert_eq!(Region::MiddleEast.label(), "Moyen-Orient");
    itinera::i18n::set(Lang::En);
    assert_eq!(EventKind::StateVisit.label(), "State visit");
}

/// The sample with two more events: one known only to February 2026, one at 14:30 on 3 March in Ottawa.
fn sample_with_a_month_and_a_time() -> std::path::PathBuf {
    use itinera::model::{DateValue, Event, Place};
    let mut t = itinera::io::parse(
        itinera::document::SAMPLE_NAME,
        itinera::document::SAMPLE_TEXT,
    )
    .expect("the sample is valid")
    .timeline;
    let place = |country: &str, city: &str| Place {
        country: country.parse().unwrap_or_default(),
        city: city.into(),
        ..Place::default()
    };
    let month = Event::new(
        "february",
        "Call with the G7 sherpas",
        "2026-02".parse::<DateValue>().expect("a month"),
        place("CA", "Ottawa"),
    );
    let timed = Event::new(
        "press",
        "Press conference",
        "2026-03-10T14:30".parse::<DateValue>().expect("a time"),
        place("CA", "Ottawa"),
    );
    t.events.push(month.into());
    t.events.push(timed.into());
    let dir = tempfile::tempdir()
        .map(tempfile::TempDir::keep)
        .expect("a folder");
    let path = dir.join("bilingual.ron");
    std::fs::write(&path, itinera::io::serialize(&t)).expect("written");
    path
}

#[test]
fn in_french_a_month_reads_fevrier_2026_and_a_time_14_h_30() {
    let mut h = harness(AppOptions {
        files: vec![sample_with_a_month_and_a_time()],
        ..french()
    });
    h.run();
    h.get_by_label("Tableau").click();
    h.run();
    h.get_by_label("février 2026");
    h.get_by_label("10 mars 2026 14 h 30");
    assert_eq!(
        h.query_all_by_label("janvier 2026").count(),
        4,
        "the four visits of January"
    );
    // Event text comes from the file's French, country names from CLDR.
    h.get_by_label("Visite en France");
    h.get_by_label("Suisse");
    assert!(h.query_by_label("Visit to France").is_none());
}

#[test]
fn check_in_french_gives_the_located_message_in_french_with_the_same_exit_code() {
    let text = itinera::document::SAMPLE_TEXT.replacen("country: \"FR\"", "country: \"XX\"", 1);
    let dir = tempfile::tempdir().expect("a folder");
    let path = dir.path().join("bad.ron");
    std::fs::write(&path, &text).expect("written");
    let line = text
        .lines()
        .position(|l| l.contains("\"XX\""))
        .expect("the bad code")
        + 1;
    let run = |lang: &str| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_itinera"))
            .args(["--lang", lang, "check"])
            .arg(&path)
            .env_remove("LC_ALL")
            .output()
            .expect("itinera runs");
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    let (code, french) = run("fr");
    assert_eq!(code, Some(1), "{french}");
    assert!(
        french.contains(&format!(":{line}:")) && french.contains("code de pays inconnu « XX »"),
        "{french}"
    );
    let (code, english) = run("en");
    assert_eq!(code, Some(1));
    assert!(english.contains("unknown country code \"XX\""), "{english}");
}

#[test]
fn a_translation_with_a_bad_tag_or_a_field_its_owner_lacks_is_a_located_error() {
    let text = itinera::document::SAMPLE_TEXT.replacen(
        "translations: {\"fr\": (title: \"Visite en France\"",
        "translations: {\"français\": (title: \"Visite en France\"",
        1,
    );
    let err = itinera::io::parse("bad.ron", &text).expect_err("refused");
    let message = err.to_string();
    let line = text
        .lines()
        .position(|l| l.contains("\"français\""))
        .expect("the tag")
        + 1;
    assert!(message.contains(&format!("bad.ron:{line}:")), "{message}");
    assert!(message.contains("is not a language tag"), "{message}");

    let text = itinera::document::SAMPLE_TEXT.replacen(
        "translations: {\"fr\": (title: \"Mission commerciale en Indo-Pacifique\"",
        "translations: {\"fr\": (objectives: [\"Trois étapes\"], title: \"Mission commerciale en Indo-Pacifique\"",
        1,
    );
    let message = itinera::io::parse("trip.ron", &text)
        .expect_err("refused")
        .to_string();
    assert!(
        message.contains("no objectives here to translate"),
        "{message}"
    );

    let text = itinera::document::SAMPLE_TEXT.replacen(
        "(title: \"Visite en France\"",
        "(titre: \"Visite en France\"",
        1,
    );
    let message = itinera::io::parse("field.ron", &text)
        .expect_err("refused")
        .to_string();
    assert!(message.contains("unknown field \"titre\""), "{message}");
}

#[test]
fn the_sample_with_its_translations_saves_back_byte_for_byte() {
    let parsed = itinera::io::parse(
        itinera::document::SAMPLE_NAME,
        itinera::document::SAMPLE_TEXT,
    )
    .expect("valid");
    let translated = parsed
        .timeline
        .events
        .iter()
        .filter(|e| e.translation(Lang::Fr).is_some_and(|t| !t.title.is_empty()))
        .count();
    assert_eq!(
        translated,
        parsed.timeline.events.len(),
        "every event has its French"
    );
    assert!(
        parsed
            .timeline
            .trips
            .iter()
            .all(|t| t.translation(Lang::Fr).is_some())
    );
    assert!(parsed.timeline.translation(Lang::Fr).is_some());
    assert_eq!(
        itinera::io::serialize(&parsed.timeline),
        itinera::document::SAMPLE_TEXT
    );
}

#[test]
fn the_french_deck_shows_the_french_titles() {
    let parsed = itinera::io::parse(
        itinera::document::SAMPLE_NAME,
        itinera::document::SAMPLE_TEXT,
    )
    .expect("valid");
    let doc = itinera::document::Document::from_file(Path::new("canada-2026.ron"), parsed);
    let visible: Vec<u32> = (0..doc.timeline().events.len() as u32).collect();
    let steps = itinera::view::briefing::steps::steps(doc.timeline(), &visible, false);
    let dir = tempfile::tempdir().expect("a folder");
    itinera::i18n::set(Lang::Fr);
    let deck = itinera::view::briefing::export_deck(
        &doc,
        &steps,
        dir.path(),
        (1366.0, 768.0),
        itinera::view::briefing::Theme::Dark,
        false,
    );
    itinera::i18n::set(Lang::En);
    let deck = deck.expect("rendered");
    let all: Vec<&str> = deck.texts.iter().flatten().map(String::as_str).collect();
    for title in [
        "Visite en France",
        "Mission commerciale en Indo-Pacifique",
        "Premier ministre du Canada : déplacements en 2026",
    ] {
        assert!(all.iter().any(|t| t.contains(title)), "{title} in {all:?}");
    }
    assert!(!all.iter().any(|t| t.contains("Visit to France")));
}

#[test]
fn messages_named_by_tables_exist_in_both_languages() {
    let mut ids: Vec<&str> = vec!["more-items", "more-places", "more-trips"];
    for (keys, what) in itinera::app::menu::SHORTCUTS {
        ids.push(keys);
        ids.push(what);
    }
    use itinera::io::sheet::{Field, export};
    ids.extend(Field::ALL.map(Field::message_id));
    ids.extend(export::DERIVED);
    ids.extend(export::TRIP_HEADINGS);
    ids.extend(export::PRINCIPAL_HEADINGS);
    ids.extend(itinera::io::book::markup::COLUMNS);
    for id in ids {
        for lang in Lang::ALL {
            assert!(itinera::i18n::has(lang, id), "{id} in {lang:?}");
        }
    }
}

#[test]
fn the_calendar_export_in_french_writes_the_french_titles_and_its_own_words_in_french() {
    let t = itinera::io::parse(
        itinera::document::SAMPLE_NAME,
        itinera::document::SAMPLE_TEXT,
    )
    .expect("valid")
    .timeline;
    let resolved = itinera::model::Resolved::of(&t);
    let export = |lang: Lang| {
        itinera::i18n::set(lang);
        let out = itinera::io::ics::to_ics(
            &t,
            &resolved.times,
            resolved.order.iter().copied(),
            itinera::io::ics::IcsOptions {
                include_restricted: false,
                stamp: chrono::DateTime::from_timestamp(0, 0).unwrap_or_default(),
            },
        );
        let summary = out.summary();
        itinera::i18n::set(Lang::En);
        // Folded lines are joined again, as a calendar reads them.
        (out.text.replace("\r\n ", ""), summary)
    };
    let (french, summary) = export(Lang::Fr);
    assert!(french.contains("SUMMARY:Australie"), "{french}");
    assert!(
        french.contains("Voyage : Mission commerciale en Indo-Pacifique"),
        "{french}"
    );
    assert!(
        french.contains("Étape de mission commerciale · Provisoire"),
        "{french}"
    );
    assert!(french.contains("Minéraux critiques"), "{french}");
    assert!(
        summary.contains("connus seulement au mois ou à l’année"),
        "{summary}"
    );
    let (english, _) = export(Lang::En);
    assert!(english.contains("SUMMARY:Australia"));
    assert!(english.contains("Trip: Indo-Pacific trade mission"));
    // The same events keep the same identifiers in either language, so a calendar updates them in place.
    let uids = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| l.starts_with("UID:"))
            .map(str::to_owned)
            .collect()
    };
    assert_eq!(uids(&french), uids(&english));
}

#[test]
fn the_search_finds_events_by_their_french_text_and_french_country_names_in_either_language() {
    let parsed = itinera::io::parse(
        itinera::document::SAMPLE_NAME,
        itinera::document::SAMPLE_TEXT,
    )
    .expect("valid");
    let doc = itinera::document::Document::from_file(Path::new("canada-2026.ron"), parsed);
    let index = itinera::model::filter::SearchIndex::build(doc.timeline());
    let titles = |text: &str| -> Vec<String> {
        let filter = itinera::model::filter::Filter {
            text: text.to_owned(),
            ..Default::default()
        };
        itinera::document::shown::shown(&doc, &index, &filter, false)
            .iter()
            .map(|&i| doc.timeline().events[i as usize].title.to_string())
            .collect()
    };
    // "Suisse" is Switzerland's French name; "minéraux" is in Australia's French objectives.
    assert_eq!(titles("suisse"), ["Visit to Switzerland"]);
    assert_eq!(titles("mineraux critiques"), ["Australia"]);
    assert_eq!(titles("Visite en Chine"), ["Visit to China"]);
    // And the original words still find them.
    assert_eq!(titles("switzerland"), ["Visit to Switzerland"]);
}
