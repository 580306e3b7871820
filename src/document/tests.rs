//! The document's own tests: derived data follows every edit, the history cannot lie, and plan checks on a
//! worker agree with checks on the edit path.

use super::*;
use crate::edit::change::Change;
use crate::model::checks::plan_warnings;
use crate::model::filter::SearchIndex;

/// Replays what changed since `rev` into `index`, as the app does.
fn catch_up(doc: &Document, rev: u64, index: &mut SearchIndex) {
    for change in doc.changes_since(rev).expect("recent enough") {
        if let Change::Event {
            index: at,
            before,
            after,
        } = change
        {
            index.update(*at, before.as_deref(), after.as_deref());
        }
    }
}

#[test]
fn replaying_the_changes_since_a_revision_and_the_cached_lists_follow_edits_undo_and_redo() {
    let mut doc = Document::sample();
    let mut index = SearchIndex::build(doc.timeline());
    let mut rev = doc.revision();
    let mut renamed = doc.timeline().event("mumbai").expect("mumbai").clone();
    renamed.title = "Signing in Reykjavík".into();
    renamed.tags.push("fisheries".into());
    assert!(!doc.tags().iter().any(|t| t == "fisheries"));
    // Counted once before the edits, the counts then follow each edit instead of being counted again.
    assert!(!doc.counts().tags.contains_key("fisheries"));
    let steps: [&dyn Fn(&mut Document); 5] = [
        &|d| {
            d.apply(Command::SetEvent {
                id: "mumbai".into(),
                what: "title".into(),
                event: Box::new(renamed.clone()),
            })
            .expect("allowed");
        },
        &|d| {
            d.apply(Command::DeleteEvents {
                ids: vec!["france-visit".into(), "tokyo".into()],
            })
            .expect("allowed");
        },
        &|d| {
            d.apply(Command::MoveEvents {
                ids: vec!["new-delhi".into()],
                by: crate::edit::Shift::days(-2),
                lane: None,
            })
            .expect("allowed");
        },
        &|d| {
            d.undo();
            d.undo();
            d.undo();
        },
        &|d| {
            d.redo();
        },
    ];
    let mut warned = false;
    for step in steps {
        step(&mut doc);
        warned |= !doc.plan().is_empty();
        catch_up(&doc, rev, &mut index);
        rev = doc.revision();
        for (i, e) in doc.timeline().events.iter().enumerate() {
            assert_eq!(
                doc.index_of(&e.id),
                Some(i),
                "the id index follows the edit"
            );
        }
        let mut tags: Vec<&str> = doc
            .timeline()
            .events
            .iter()
            .flat_map(|e| e.tags.iter().map(|t| t.as_str()))
            .collect();
        tags.sort_unstable();
        tags.dedup();
        assert_eq!(
            doc.tags().iter().map(|t| t.as_str()).collect::<Vec<_>>(),
            tags,
            "the tag list follows the edit"
        );
        assert_eq!(
            doc.counts(),
            &Counts::of(doc.timeline()),
            "the counts follow the edit"
        );
        let full = Resolved::of(doc.timeline());
        assert_eq!(
            (&doc.resolved().order, &doc.resolved().times),
            (&full.order, &full.times)
        );
        assert_eq!(
            doc.plan(),
            plan_warnings(doc.timeline(), &full.times, &full.order)
        );
        let fresh = SearchIndex::build(doc.timeline());
        for query in ["reykjavik", "mumbai", "france", "tokyo", "trade"] {
            assert_eq!(
                index.matches(query, true),
                fresh.matches(query, true),
                "{query}"
            );
        }
    }
    assert!(
        warned,
        "moving New Delhi onto Mumbai's days raised a plan warning"
    );
    assert!(
        doc.changes_since(0).is_none(),
        "a revision of no document cannot be replayed"
    );
}

fn move_by(doc: &mut Document, id: &str, days: i64) {
    doc.apply(Command::MoveEvents {
        ids: vec![id.into()],
        by: crate::edit::Shift::days(days),
        lane: None,
    })
    .expect("allowed");
}

#[test]
fn a_thousand_and_one_edits_all_undone_leave_the_document_dirty() {
    let mut doc = Document::sample();
    for k in 0..=crate::edit::history::MAX_STEPS {
        move_by(&mut doc, "mumbai", if k % 2 == 0 { 1 } else { -1 });
    }
    while doc.undo().is_some() {}
    assert!(
        doc.is_dirty(),
        "the first edit was forgotten, not undone: the document is not as saved"
    );
    assert!(doc.unsaved_changes() >= 1);
}

#[test]
fn plan_checks_on_a_worker_find_what_checks_on_the_edit_path_find() {
    let mut inline = Document::from_parsed(
        None,
        "generated".into(),
        crate::io::parse(
            "generated",
            &crate::io::serialize(&crate::model::generate::generate(600, 5)),
        )
        .expect("generated files parse"),
    );
    let mut worker = inline.snapshot();
    worker.check_off_thread(std::sync::Arc::new(|| {}));
    let ids: Vec<String> = inline
        .timeline()
        .events
        .iter()
        .step_by(37)
        .map(|e| e.id.to_string())
        .collect();
    let mut rng = fastrand::Rng::with_seed(3);
    for (k, id) in ids.iter().enumerate() {
        let days = rng.i64(-20..20);
        let command = match k % 4 {
            0 => Command::DeleteEvents {
                ids: vec![id.clone()],
            },
            1 => Command::DuplicateEvents {
                ids: vec![id.clone()],
            },
            _ => Command::MoveEvents {
                ids: vec![id.clone()],
                by: crate::edit::Shift::days(days),
                lane: None,
            },
        };
        let a = inline.apply(command.clone());
        let b = worker.apply(command);
        assert_eq!(a.is_ok(), b.is_ok());
        if k % 5 == 4 {
            inline.undo();
            worker.undo();
        }
        // While the worker checks, the warnings kept still point at existing events.
        assert!(
            worker
                .plan()
                .iter()
                .all(|w| (w.second as usize) < worker.timeline().events.len())
        );
        worker.wait_for_plan();
        assert!(worker.plan_is_current());
        assert_eq!(worker.plan(), inline.plan(), "after step {k}");
        let full = Resolved::of(inline.timeline());
        assert_eq!(inline.resolved().order, full.order, "after step {k}");
        assert_eq!(worker.resolved().order, full.order, "after step {k}");
    }
    assert!(!inline.plan().is_empty(), "the generated plan has clashes");
}

#[test]
fn the_shown_events_follow_a_new_order_but_keep_their_version_until_another_event_is_shown_or_hidden()
 {
    use crate::model::filter::Filter;
    let mut doc = Document::sample();
    let filter = Filter::default();
    let mut shown = shown::Shown::default();
    assert!(shown.refresh(&doc, &filter, true));
    let version = shown.version();
    let position = |shown: &shown::Shown, doc: &Document| {
        let at = doc.index_of("mumbai").expect("mumbai") as u32;
        shown.events().iter().position(|&i| i == at)
    };
    let before = position(&shown, &doc).expect("mumbai is shown");
    // Six days later, still within its trip, Mumbai comes after New Delhi: the order changes, not the events.
    doc.apply(Command::MoveEvents {
        ids: vec!["mumbai".into()],
        by: crate::edit::Shift::days(6),
        lane: None,
    })
    .expect("mumbai moves");
    assert!(!shown.refresh(&doc, &filter, true));
    assert_eq!(shown.version(), version);
    let after = position(&shown, &doc).expect("mumbai is still shown");
    assert!(after > before, "mumbai comes later");
    // A filter that hides it is a new set of events.
    let only_australia = Filter {
        countries: ["AU".to_string()].into_iter().collect(),
        ..Filter::default()
    };
    assert!(shown.refresh(&doc, &only_australia, true));
    assert_ne!(shown.version(), version);
    assert_eq!(position(&shown, &doc), None);
}
