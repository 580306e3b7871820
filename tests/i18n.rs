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

/// Every id passed to `tr!("…"` in the crate's sources.
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
            for (at, _) in text.match_indices("tr!(\"") {
                // `include_str!("…")` and the like are not `tr!`.
                let before = text[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = &text[at + 5..];
                if let Some(end) = rest.find('"') {
                    out.insert(rest[..end].to_string());
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
        assert!(
            !name.is_empty() && !name.starts_with(prefix),
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
