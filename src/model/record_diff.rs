//! What one version of a whole record (an event, a trip, a principal, as a merge conflict records it in RON)
//! changes from another, field by field: so that a conflict on a whole record can say "end: 2026-03-05" rather
//! than show the start of a long line of RON. Works on any record, since it compares RON's own values.

use ron::Value;

use super::Conflict;

/// What one side of a conflict holds, in short words: for a field, its value; for a whole record, the fields it
/// changes from `reference` (the base, or the other side where there was none), "unchanged" when none.
pub fn side_words(field: &str, version: &str, reference: Option<&str>) -> String {
    if field != "record" {
        return value_words(version);
    }
    match reference.and_then(|r| changed_fields(r, version)) {
        Some(changes) if changes.is_empty() => crate::tr!("conflict-unchanged"),
        Some(changes) => changes_line(&changes),
        None => version.to_owned(),
    }
}

/// The base of a conflict in words: for a whole record "as it was before both", for a field its value (`None`:
/// the record is new on both sides).
pub fn base_words(c: &Conflict) -> Option<String> {
    let base = c.base.as_deref()?;
    Some(if c.field == "record" {
        crate::tr!("conflict-as-it-was")
    } else {
        value_words(base)
    })
}

/// Our side of a conflict in words (`None`: ours deleted the record).
pub fn ours_words(c: &Conflict) -> Option<String> {
    let reference = c.base.as_deref().or(c.theirs.as_deref());
    Some(side_words(&c.field, c.ours.as_deref()?, reference))
}

/// Their side of a conflict in words (`None`: theirs deleted the record).
pub fn theirs_words(c: &Conflict) -> Option<String> {
    let reference = c.base.as_deref().or(c.ours.as_deref());
    Some(side_words(&c.field, c.theirs.as_deref()?, reference))
}

/// The fields whose values differ between `from` and `to`, each with its value in `to` in short text, in the
/// order `to` has them (fields only `from` has come last, as "—"). `None` when either is not a record's RON.
pub fn changed_fields(from: &str, to: &str) -> Option<Vec<(String, String)>> {
    let (Value::Map(from), Value::Map(to)) = (parse(from)?, parse(to)?) else {
        return None;
    };
    let mut changed: Vec<(String, String)> = to
        .iter()
        .filter(|(key, value)| from.get(key) != Some(value))
        .map(|(key, value)| (key_text(key), value_text(value)))
        .collect();
    changed.extend(
        from.keys()
            .filter(|key| to.get(key).is_none())
            .map(|key| (key_text(key), "—".to_owned())),
    );
    Some(changed)
}

/// The fields in one line: "end: 2026-03-05 · notes: Arrive early".
pub fn changes_line(changes: &[(String, String)]) -> String {
    changes
        .iter()
        .map(|(field, value)| format!("{field}: {value}"))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// A value's RON text (as a conflict records a field's value) as a person reads it: "2026-03-01" for
/// `Some("2026-03-01")`; text that is not RON stays as it is.
pub fn value_words(text: &str) -> String {
    parse(text).map_or_else(|| text.to_owned(), |v| value_text(&v))
}

fn parse(text: &str) -> Option<Value> {
    ron::Options::default().from_str(text).ok()
}

fn key_text(key: &Value) -> String {
    match key {
        Value::String(s) => s.clone(),
        other => value_text(other),
    }
}

/// A value as a person reads it: text without its quotes, `Some(x)` as `x`, nothing as "—", the rest as RON.
fn value_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Option(Some(inner)) => value_text(inner),
        Value::Option(None) | Value::Unit => "—".to_owned(),
        Value::Seq(items) if items.is_empty() => "—".to_owned(),
        Value::Seq(items) => items.iter().map(value_text).collect::<Vec<_>>().join(", "),
        other => ron::to_string(other).unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Event, Place, merge::ron_text};

    fn event() -> Event {
        Event::new(
            "mumbai",
            "Mumbai",
            "2026-02-26".parse().expect("date"),
            Place {
                country: "IN".parse().expect("code"),
                city: "Mumbai".into(),
                ..Place::default()
            },
        )
    }

    #[test]
    fn a_changed_event_names_only_the_fields_it_changes_with_their_new_values() {
        let base = event();
        let mut ours = base.clone();
        ours.end = Some("2026-02-28".parse().expect("date"));
        ours.notes = "Arrive early".into();
        ours.tags.push("trade".into());
        let changes = changed_fields(&ron_text(&base), &ron_text(&ours)).expect("records");
        let fields: Vec<&str> = changes.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(fields.len(), 3, "{changes:?}");
        for field in ["end", "notes", "tags"] {
            assert!(fields.contains(&field), "{field} in {changes:?}");
        }
        let line = changes_line(&changes);
        assert!(line.contains("end: 2026-02-28"), "{line}");
        assert!(line.contains("notes: Arrive early"), "{line}");
        assert!(line.contains("tags: trade"), "{line}");
    }

    #[test]
    fn a_field_s_value_reads_without_its_ron_wrapping() {
        assert_eq!(value_words("Some(\"2026-03-01\")"), "2026-03-01");
        assert_eq!(value_words("None"), "—");
        assert_eq!(value_words("[\"trade\",\"g20\"]"), "trade, g20");
        assert_eq!(value_words("true"), "true");
        assert_eq!(value_words("not ron ("), "not ron (");
    }

    #[test]
    fn the_same_record_changes_nothing_and_text_that_is_not_a_record_is_not_compared() {
        let text = ron_text(&event());
        assert_eq!(changed_fields(&text, &text), Some(Vec::new()));
        assert_eq!(changed_fields(&text, "not ron ("), None);
        assert_eq!(changed_fields("\"a string\"", &text), None);
    }
}
