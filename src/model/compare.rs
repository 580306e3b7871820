//! What changed between two versions of a programme, by id and field, in words: the events added, removed,
//! moved, re-placed and re-timed, their other fields, the trips, the principals and the document's own fields.
//! `itinera diff` prints it; git's diff driver shows it.

use std::collections::HashMap;

use serde::Serialize;

use super::merge::ron_text;
use super::{Event, Principal, Resolved, Timeline, Trip, words};

/// What a change is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Subject {
    Document,
    Event,
    Trip,
    Principal,
}

/// One field's old and new value, in words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    pub field: &'static str,
    pub old: String,
    pub new: String,
}

/// Added, removed, or changed in these fields.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase", tag = "change", content = "fields")]
pub enum What {
    Added,
    Removed,
    Changed(Vec<FieldChange>),
}

/// One record's change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Change {
    pub subject: Subject,
    /// The record's id (empty for the document).
    pub id: String,
    /// Its title or name, in the newer version where it has one.
    pub title: String,
    #[serde(flatten)]
    pub what: What,
    /// Each line of the change in words: "Mumbai: 26–27 Feb → 27–28 Feb 2026".
    pub words: Vec<String>,
}

/// A field of an event as the diff compares and shows it.
struct EventField {
    name: &'static str,
    same: fn(&Event, &Event) -> bool,
    show: fn(&Event) -> String,
}

fn list(items: &[super::Text]) -> String {
    items
        .iter()
        .map(|t| t.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn place_words(place: Option<&super::Place>) -> String {
    place.map(words::place_words).unwrap_or_default()
}

const EVENT_FIELDS: &[EventField] = &[
    EventField {
        name: "title",
        same: |a, b| a.title == b.title,
        show: |e| e.title.to_string(),
    },
    EventField {
        name: "dates",
        same: |a, b| a.start == b.start && a.end == b.end,
        show: words::when_text,
    },
    EventField {
        name: "zones",
        same: |a, b| a.start_zone == b.start_zone && a.end_zone == b.end_zone,
        show: |e| {
            let zone =
                |z: &Option<super::Zone>| z.as_ref().map_or("—".to_owned(), |z| z.to_string());
            format!("{} / {}", zone(&e.start_zone), zone(&e.end_zone))
        },
    },
    EventField {
        name: "place",
        same: |a, b| a.place == b.place,
        show: |e| place_words(Some(&e.place)),
    },
    EventField {
        name: "from",
        same: |a, b| a.from == b.from,
        show: |e| place_words(e.from.as_deref()),
    },
    EventField {
        name: "to",
        same: |a, b| a.to == b.to,
        show: |e| place_words(e.to.as_deref()),
    },
    EventField {
        name: "kind",
        same: |a, b| a.kind == b.kind,
        show: |e| e.kind.label().to_owned(),
    },
    EventField {
        name: "status",
        same: |a, b| a.status == b.status,
        show: |e| e.status.label().to_owned(),
    },
    EventField {
        name: "trip",
        same: |a, b| a.trip == b.trip,
        show: |e| e.trip.as_ref().map(|t| t.to_string()).unwrap_or_default(),
    },
    EventField {
        name: "principals",
        same: |a, b| a.principals == b.principals,
        show: |e| list(&e.principals),
    },
    EventField {
        name: "tags",
        same: |a, b| a.tags == b.tags,
        show: |e| list(&e.tags),
    },
    EventField {
        name: "objectives",
        same: |a, b| a.objectives == b.objectives,
        show: |e| {
            e.objectives
                .iter()
                .map(|t| t.as_str())
                .collect::<Vec<_>>()
                .join("; ")
        },
    },
    EventField {
        name: "notes",
        same: |a, b| a.notes == b.notes,
        show: |e| e.notes.to_string(),
    },
    EventField {
        name: "restricted_notes",
        same: |a, b| a.restricted_notes == b.restricted_notes,
        show: |e| e.restricted_notes.to_string(),
    },
    EventField {
        name: "translations",
        same: |a, b| a.translations == b.translations,
        show: |e| ron_text(&e.translations),
    },
    EventField {
        name: "sources",
        same: |a, b| a.sources == b.sources,
        show: |e| ron_text(&e.sources),
    },
    EventField {
        name: "locked",
        same: |a, b| a.locked == b.locked,
        show: |e| e.locked.to_string(),
    },
    EventField {
        name: "classification",
        same: |a, b| a.classification == b.classification,
        show: |e| ron_text(&e.classification),
    },
];

/// Long texts are shown as the words taken out `[-…-]` and put in `{+…+}`, with the words around them.
fn text_diff(old: &str, new: &str) -> String {
    let diff = similar::TextDiff::from_words(old, new);
    let mut out = String::new();
    for change in diff.iter_all_changes() {
        match change.tag() {
            similar::ChangeTag::Equal => out.push_str(change.value()),
            similar::ChangeTag::Delete => {
                out.push_str("[-");
                out.push_str(change.value());
                out.push_str("-]");
            }
            similar::ChangeTag::Insert => {
                out.push_str("{+");
                out.push_str(change.value());
                out.push_str("+}");
            }
        }
    }
    out
}

/// "26–27 Feb 2026" and "27–28 Feb 2026" read "26–27 Feb → 27–28 Feb 2026": a year both share is said once.
fn span_change(old: &str, new: &str) -> String {
    let year = |s: &str| {
        s.rsplit_once(' ')
            .filter(|(_, y)| y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()))
            .map(|(head, y)| (head.to_owned(), y.to_owned()))
    };
    match (year(old), year(new)) {
        (Some((head, a)), Some((_, b))) if a == b => format!("{head} → {new}"),
        _ => format!("{old} → {new}"),
    }
}

fn event_line(title: &str, field: &FieldChange) -> String {
    match field.field {
        "dates" => format!("{title}: {}", span_change(&field.old, &field.new)),
        "notes" | "restricted_notes" => format!(
            "{title}: {}: {}",
            crate::tr!("diff-field", field = field.field),
            text_diff(&field.old, &field.new)
        ),
        name => format!(
            "{title}: {} {} → {}",
            crate::tr!("diff-field", field = name),
            if field.old.is_empty() {
                "—"
            } else {
                &field.old
            },
            if field.new.is_empty() {
                "—"
            } else {
                &field.new
            }
        ),
    }
}

fn event_change(old: &Event, new: &Event) -> Option<Change> {
    let fields: Vec<FieldChange> = EVENT_FIELDS
        .iter()
        .filter(|f| !(f.same)(old, new))
        .map(|f| FieldChange {
            field: f.name,
            old: (f.show)(old),
            new: (f.show)(new),
        })
        .collect();
    if fields.is_empty() {
        return None;
    }
    let title = new.title.to_string();
    let words = fields.iter().map(|f| event_line(&title, f)).collect();
    Some(Change {
        subject: Subject::Event,
        id: new.id.to_string(),
        title,
        what: What::Changed(fields),
        words,
    })
}

fn summary(e: &Event) -> String {
    format!("{}, {}", words::when_text(e), words::place_text(e))
}

/// Changes to records kept by id (trips, principals), each compared whole, field by field through its RON form.
fn records<T: Serialize + PartialEq>(
    subject: Subject,
    old: &[T],
    new: &[T],
    id: fn(&T) -> &str,
    title: fn(&T) -> String,
) -> Vec<Change> {
    let olds: HashMap<&str, &T> = old.iter().map(|r| (id(r), r)).collect();
    let news: HashMap<&str, &T> = new.iter().map(|r| (id(r), r)).collect();
    let mut out = Vec::new();
    for r in new {
        let name = title(r);
        match olds.get(id(r)) {
            None => out.push(Change {
                subject,
                id: id(r).to_owned(),
                words: vec![crate::tr!(
                    "diff-added",
                    title = name.clone(),
                    what = "none"
                )],
                title: name,
                what: What::Added,
            }),
            Some(was) if *was != r => {
                let (a, b) = (ron_text(was), ron_text(r));
                out.push(Change {
                    subject,
                    id: id(r).to_owned(),
                    words: vec![format!("{name}: {}", text_diff(&a, &b))],
                    title: name,
                    what: What::Changed(vec![FieldChange {
                        field: "record",
                        old: a,
                        new: b,
                    }]),
                });
            }
            Some(_) => {}
        }
    }
    for r in old.iter().filter(|r| !news.contains_key(id(r))) {
        let name = title(r);
        out.push(Change {
            subject,
            id: id(r).to_owned(),
            words: vec![crate::tr!(
                "diff-removed",
                title = name.clone(),
                what = "none"
            )],
            title: name,
            what: What::Removed,
        });
    }
    out
}

/// The document's own fields: title, home, display zone, notes, translations, sources.
fn document(old: &Timeline, new: &Timeline) -> Option<Change> {
    let mut fields = Vec::new();
    let mut field = |name: &'static str, a: String, b: String| {
        if a != b {
            fields.push(FieldChange {
                field: name,
                old: a,
                new: b,
            });
        }
    };
    field("title", old.title.clone(), new.title.clone());
    field("home", ron_text(&old.home), ron_text(&new.home));
    field(
        "display_zone",
        ron_text(&old.display_zone),
        ron_text(&new.display_zone),
    );
    field("notes", old.notes.clone(), new.notes.clone());
    field(
        "translations",
        ron_text(&old.translations),
        ron_text(&new.translations),
    );
    field("sources", ron_text(&old.sources), ron_text(&new.sources));
    if fields.is_empty() {
        return None;
    }
    let title = crate::tr!("diff-document");
    let words = fields.iter().map(|f| event_line(&title, f)).collect();
    Some(Change {
        subject: Subject::Document,
        id: String::new(),
        title,
        what: What::Changed(fields),
        words,
    })
}

/// A programme as lines of words: the document's own fields, then each event in the order of the programme
/// with each of its fields on a line under it, then the trips and principals. What git's textconv shows, so that
/// `git log -p` (which runs no external diff) reads a timeline's changes field by field under their event.
pub fn as_lines(t: &Timeline) -> Vec<String> {
    let field =
        |name: &str, value: String| format!("    {name}: {}", value.replace('\n', "\n        "));
    let mut out = vec![
        format!("title: {}", t.title),
        format!("home: {}", ron_text(&t.home)),
        format!("display_zone: {}", ron_text(&t.display_zone)),
        format!("notes: {}", t.notes.replace('\n', "\n    ")),
        format!("translations: {}", ron_text(&t.translations)),
        format!("sources: {}", ron_text(&t.sources)),
    ];
    for &i in &Resolved::of(t).order {
        let e = &t.events[i as usize];
        out.push(String::new());
        out.push(format!("{} [{}]", e.title, e.id));
        for f in EVENT_FIELDS.iter().filter(|f| f.name != "title") {
            let value = (f.show)(e);
            if !value.is_empty() {
                out.push(field(f.name, value));
            }
        }
    }
    out.push(String::new());
    out.extend(
        t.trips
            .iter()
            .map(|r| format!("trip {}: {}", r.id, ron_text(r))),
    );
    out.extend(
        t.principals
            .iter()
            .map(|r| format!("principal {}: {}", r.id, ron_text(r))),
    );
    if !t.conflicts.is_empty() {
        out.push(format!("conflicts: {}", ron_text(&t.conflicts)));
    }
    out
}

/// Every change from `old` to `new`: the document's fields first, then events in the order of the programme
/// (a removed event where it was), then trips and principals.
pub fn diff(old: &Timeline, new: &Timeline) -> Vec<Change> {
    diff_resolved(old, &Resolved::of(old), new, &Resolved::of(new))
}

/// `diff`, for versions whose times are resolved already (an open document and its baseline).
pub fn diff_resolved(
    old: &Timeline,
    old_times: &Resolved,
    new: &Timeline,
    new_times: &Resolved,
) -> Vec<Change> {
    let mut out: Vec<Change> = document(old, new).into_iter().collect();
    let olds: HashMap<&str, usize> = old
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.as_str(), i))
        .collect();
    let news: HashMap<&str, usize> = new
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.as_str(), i))
        .collect();
    // Each event change with where it falls in the programme: its first day, then its id.
    let mut events: Vec<((chrono::NaiveDate, String), Change)> = Vec::new();
    for (i, e) in new.events.iter().enumerate() {
        let day = new_times
            .times
            .get(i)
            .map(|t| t.first_day)
            .unwrap_or_default();
        let change = match olds.get(e.id.as_str()) {
            None => Some(Change {
                subject: Subject::Event,
                id: e.id.to_string(),
                title: e.title.to_string(),
                what: What::Added,
                words: vec![crate::tr!(
                    "diff-added",
                    title = e.title.to_string(),
                    what = summary(e)
                )],
            }),
            Some(&j) => event_change(&old.events[j], e),
        };
        if let Some(change) = change {
            events.push(((day, e.id.to_string()), change));
        }
    }
    for (j, e) in old.events.iter().enumerate() {
        if news.contains_key(e.id.as_str()) {
            continue;
        }
        let day = old_times
            .times
            .get(j)
            .map(|t| t.first_day)
            .unwrap_or_default();
        events.push((
            (day, e.id.to_string()),
            Change {
                subject: Subject::Event,
                id: e.id.to_string(),
                title: e.title.to_string(),
                what: What::Removed,
                words: vec![crate::tr!(
                    "diff-removed",
                    title = e.title.to_string(),
                    what = summary(e)
                )],
            },
        ));
    }
    events.sort_by(|a, b| a.0.cmp(&b.0));
    out.extend(events.into_iter().map(|(_, c)| c));
    out.extend(records::<Trip>(
        Subject::Trip,
        &old.trips,
        &new.trips,
        |t| t.id.as_str(),
        |t| t.title.to_string(),
    ));
    out.extend(records::<Principal>(
        Subject::Principal,
        &old.principals,
        &new.principals,
        |p| p.id.as_str(),
        |p| p.name.to_string(),
    ));
    out
}
