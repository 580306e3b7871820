//! The timeline file: bad files get located errors, good files round-trip byte for byte.

use itinera::io::locate::LineCol;
use itinera::io::{LoadError, parse, parse_bytes, serialize};

/// A small valid timeline. Line numbers in the tests below refer to this text.
const BASE: &str = r#"(
    format: 1,
    title: "Test",
    home: (country: "CA", city: "Ottawa", zone: "America/Toronto"),
    events: [
        (
            id: "a",
            title: "Mumbai",
            kind: Visit,
            start: "2026-02-26",
            end: "2026-02-27",
            place: (country: "IN", city: "Mumbai"),
        ),
    ],
)
"#;

/// BASE with one line (1-based) replaced.
fn with_line(line: usize, text: &str) -> String {
    let mut lines: Vec<&str> = BASE.lines().collect();
    lines[line - 1] = text;
    lines.join("\n") + "\n"
}

fn error_of(text: &str) -> LoadError {
    parse("test.ron", text).expect_err("the file is bad")
}

/// Asserts the first error is at `line:col` and mentions `words`.
fn assert_error_at(text: &str, line: usize, col: usize, words: &str) {
    let err = error_of(text);
    let first = err.first().expect("at least one diagnostic");
    assert_eq!(first.at, LineCol { line, col }, "wrong place for: {err}");
    assert!(
        first.message.contains(words),
        "message should mention {words:?}: {err}"
    );
    let rendered = err.to_string();
    assert!(
        rendered.starts_with(&format!("test.ron:{line}:{col}: ")),
        "{rendered}"
    );
    assert!(
        rendered.contains('^'),
        "a caret marks the column: {rendered}"
    );
}

#[test]
fn the_base_file_is_valid() {
    let parsed = parse("base.ron", BASE).expect("valid");
    assert_eq!(parsed.timeline.events.len(), 1);
    assert!(!parsed.has_comments);
}

#[test]
fn a_truncated_file_says_it_ends_too_early() {
    let cut = &BASE[..BASE.find("kind").expect("has kind")];
    let err = error_of(cut);
    let first = err.first().expect("diagnostic");
    assert!(
        first.message.contains("ends too early") || first.message.contains("expected"),
        "{err}"
    );
    assert_eq!(
        first.at,
        LineCol { line: 8, col: 29 },
        "the end of the cut-off text: {err}"
    );
}

#[test]
fn an_empty_file_is_refused_at_its_start() {
    assert_error_at("", 1, 1, "empty");
    assert_error_at("\n  \n", 1, 1, "empty");
}

#[test]
fn a_json_file_is_refused_with_a_location() {
    let err = error_of("{\"format\": 1, \"title\": \"x\"}");
    assert_eq!(err.first().expect("diagnostic").at.line, 1, "{err}");
}

#[test]
fn bytes_that_are_not_utf8_are_located() {
    let mut bytes = BASE.as_bytes().to_vec();
    let at = BASE.find("Mumbai").expect("has Mumbai");
    bytes[at] = 0xFF;
    let err = parse_bytes("test.ron", &bytes).expect_err("not UTF-8");
    let first = err.first().expect("diagnostic");
    assert_eq!(first.at, LineCol { line: 8, col: 21 }, "{err}");
    assert!(first.message.contains("not UTF-8"), "{err}");
}

#[test]
fn nul_bytes_are_located() {
    let text = with_line(3, "    title: \"Test\",\u{0}\u{0}");
    assert_error_at(&text, 3, 19, "NUL");
}

#[test]
fn a_wrong_type_points_at_the_value() {
    assert_error_at(&with_line(2, "    format: \"one\","), 2, 13, "");
}

#[test]
fn an_unknown_field_is_named_and_the_expected_ones_listed() {
    let text = with_line(9, "            colour: Visit,");
    let err = error_of(&text);
    let first = err.first().expect("diagnostic");
    assert_eq!(first.at, LineCol { line: 9, col: 13 }, "{err}");
    assert!(first.message.contains("unknown field \"colour\""), "{err}");
    assert!(
        first.message.contains("\"kind\"") && first.message.contains("\"restricted_notes\""),
        "{err}"
    );
}

#[test]
fn a_misspelt_variant_lists_the_right_ones() {
    let text = with_line(9, "            kind: Vist,");
    let err = error_of(&text);
    let first = err.first().expect("diagnostic");
    assert_eq!(first.at, LineCol { line: 9, col: 19 }, "{err}");
    assert!(
        first.message.contains("\"Vist\"") && first.message.contains("\"StateVisit\""),
        "{err}"
    );
}

#[test]
fn the_thirtieth_of_february_is_located() {
    assert_error_at(
        &with_line(10, "            start: \"2026-02-30\","),
        10,
        20,
        "no day 30",
    );
}

#[test]
fn hour_twenty_five_is_located() {
    assert_error_at(
        &with_line(10, "            start: \"2026-02-26T25:00\","),
        10,
        20,
        "no hour 25",
    );
}

#[test]
fn an_end_before_the_start_points_at_the_end() {
    assert_error_at(
        &with_line(11, "            end: \"2026-02-20\","),
        11,
        18,
        "before the start",
    );
}

#[test]
fn an_unknown_country_points_at_the_code() {
    assert_error_at(
        &with_line(
            12,
            "            place: (country: \"XX\", city: \"Mumbai\"),",
        ),
        12,
        30,
        "unknown country code \"XX\"",
    );
}

#[test]
fn an_unknown_zone_points_at_the_zone() {
    assert_error_at(
        &with_line(
            4,
            "    home: (country: \"CA\", city: \"Ottawa\", zone: \"America/Ottawa\"),",
        ),
        4,
        49,
        "not an IANA time zone",
    );
}

#[test]
fn a_duplicate_id_points_at_the_second_one() {
    let event = &BASE
        [BASE.find("        (\n            id").expect("event")..BASE.find("    ],").expect("end")];
    let text = BASE.replace(event, &format!("{event}{event}"));
    assert_error_at(&text, 15, 17, "duplicate id \"a\"");
}

#[test]
fn a_file_from_a_newer_version_is_refused_with_a_message_that_says_so() {
    let text = with_line(2, "    format: 2, colour_scheme: \"new\",");
    assert_error_at(&text, 2, 13, "newer version of Itinera");
    assert_error_at(&with_line(2, "    format: 2,"), 2, 13, "newer version");
}

#[test]
fn hostile_deep_nesting_is_refused_without_a_crash() {
    // Unknown fields are skipped over while looking for the format version, so nesting there is parsed.
    let deep = format!("(format: 1, title: \"x\", colour: {}", "[".repeat(100_000));
    let err = error_of(&deep);
    assert_eq!(
        err.first().expect("diagnostic").at,
        LineCol { line: 1, col: 25 },
        "{err}"
    );
    let deeper = format!(
        "(format: 2, colour: {}1{})",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let err = error_of(&deeper);
    assert!(
        err.first()
            .expect("diagnostic")
            .message
            .contains("unknown field \"colour\""),
        "{err}"
    );
}

#[test]
fn a_twenty_megabyte_string_is_refused_at_its_field() {
    let huge = "x".repeat(20 * 1024 * 1024);
    let text = with_line(8, &format!("            title: \"{huge}\","));
    let err = error_of(&text);
    let first = err.first().expect("diagnostic");
    assert_eq!(first.at, LineCol { line: 8, col: 20 });
    assert!(first.message.contains("too long"), "{}", first.message);
    assert!(
        err.to_string().len() < 2000,
        "the message does not echo the whole string"
    );
}

#[test]
fn a_byte_order_mark_and_crlf_line_ends_load() {
    let windows = format!("\u{feff}{}", BASE.replace('\n', "\r\n"));
    let parsed = parse("windows.ron", &windows).expect("BOM and CRLF are fine");
    assert_eq!(
        parsed.timeline,
        parse("base.ron", BASE).expect("valid").timeline
    );
}

#[test]
fn comments_are_noticed_so_saving_can_warn() {
    let text = BASE.replace("    format: 1,", "    // A comment.\n    format: 1,");
    assert!(parse("c.ron", &text).expect("valid").has_comments);
}

#[test]
fn resaving_an_unchanged_file_gives_identical_bytes() {
    let once = serialize(&parse("base.ron", BASE).expect("valid").timeline);
    let twice = serialize(&parse("once.ron", &once).expect("valid").timeline);
    assert_eq!(once, twice);
}

#[test]
fn a_month_only_date_keeps_its_precision_after_saving() {
    let text = with_line(10, "            start: \"2026-01\",")
        .replace("            end: \"2026-02-27\",\n", "");
    let parsed = parse("m.ron", &text).expect("valid");
    let saved = serialize(&parsed.timeline);
    assert!(saved.contains("start: \"2026-01\","), "{saved}");
    let again = parse("m.ron", &saved).expect("valid");
    assert_eq!(
        again.timeline.events[0].start.precision(),
        itinera::model::Precision::Month
    );
}

#[test]
fn every_problem_in_a_file_is_reported_with_its_own_location() {
    let text = with_line(11, "            end: \"2026-02-20\",").replace("\"IN\"", "\"XX\"");
    let err = error_of(&text);
    let places: Vec<LineCol> = err.errors().map(|d| d.at).collect();
    assert_eq!(
        places,
        [LineCol { line: 11, col: 18 }, LineCol { line: 12, col: 30 }],
        "{err}"
    );
}

#[test]
fn the_example_in_the_format_document_is_valid_and_canonical() {
    let doc = include_str!("../docs/FORMAT.md");
    let complete = doc
        .find("## A complete small example")
        .expect("the example's heading");
    let start = complete + doc[complete..].find("```ron\n").expect("an example") + "```ron\n".len();
    let example = &doc[start..start + doc[start..].find("```").expect("closed")];
    let parsed = parse("FORMAT.md", example).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(parsed.timeline.events.len(), 3);
    assert_eq!(serialize(&parsed.timeline), example);
}

#[test]
fn git_conflict_markers_get_a_message_that_says_so() {
    let text = BASE.replace(
        "    title: \"Test\",\n",
        "<<<<<<< HEAD\n    title: \"Test\",\n=======\n    title: \"Other\",\n>>>>>>> branch\n",
    );
    assert_error_at(&text, 3, 1, "git conflict markers");
}

#[test]
fn a_place_keeps_its_own_fields_in_errors_and_coordinates_through_a_save() {
    let line = "            place: (country: \"IN\", city: \"Mumbai\", town: \"Bombay\"),";
    let err = error_of(&with_line(12, line));
    let first = err.first().expect("diagnostic");
    let col = line.find("town").expect("in line") + 1;
    assert_eq!(first.at, LineCol { line: 12, col }, "{err}");
    assert!(
        first.message.contains("unknown field \"town\"")
            && first.message.contains("\"city\"")
            && first.message.contains("\"lat\""),
        "{err}"
    );

    let line = "            place: (country: \"IN\", city: \"Mumbai\", lat: 95.0, lon: 72.8),";
    assert_error_at(
        &with_line(12, line),
        12,
        line.find("95.0").expect("in line") + 1,
        "latitude 95 is outside",
    );
    let line = "            place: (country: \"IN\", city: \"Mumbai\", lat: 19.1),";
    assert_error_at(
        &with_line(12, line),
        12,
        line.find("19.1").expect("in line") + 1,
        "a latitude needs a longitude",
    );

    let line = "            place: (country: \"IN\", city: \"Mumbai\", lat: 19.07, lon: 72.88),";
    let parsed = parse("t.ron", &with_line(12, line)).expect("valid");
    let place = &parsed.timeline.events[0].place;
    assert_eq!((place.lat(), place.lon()), (Some(19.07), Some(72.88)));
    assert!(serialize(&parsed.timeline).contains("lat: 19.07, lon: 72.88"));
    let plain = parse("t.ron", BASE).expect("valid");
    assert!(plain.timeline.events[0].place.coords.is_none());
}

/// A generated timeline large enough to be read on several threads.
fn large_text() -> String {
    let text = itinera::io::serialize(&itinera::model::generate::generate(4500, 6));
    assert!(text.len() > 4 << 20, "large enough to be read in parts");
    text
}

#[test]
fn a_large_file_read_in_parts_gives_exactly_what_reading_it_whole_gives() {
    let text = large_text();
    let whole: itinera::model::Timeline = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(&text)
        .expect("valid");
    let parsed = itinera::io::parse("large.ron", &text).expect("valid");
    assert_eq!(parsed.timeline, whole);
    let owned =
        itinera::io::format::parse_owned("large.ron", text.clone().into_bytes()).expect("valid");
    assert_eq!(owned.timeline, whole);
}

#[test]
fn a_mistake_in_a_large_file_is_located_as_in_a_small_one() {
    let text = large_text();
    // The last event's start, made an impossible date: it falls in the last part read.
    let at = text.rfind("start: \"").expect("an event") + "start: \"".len();
    let line = text[..at].matches('\n').count() + 1;
    let mut broken = text.clone();
    broken.replace_range(at..at + 10, "2026-02-30");
    let error = itinera::io::parse("large.ron", &broken).expect_err("no 30 February");
    let first = error.first().expect("a diagnostic");
    assert_eq!(first.at.line, line, "{error}");
    assert!(first.message.contains("has no day 30"), "{}", first.message);
}

#[test]
fn a_bad_date_and_an_unknown_country_and_zone_are_all_reported_each_at_its_place() {
    let text = with_line(10, "            start: \"2026-02-30\",")
        .replace("\"IN\"", "\"XX\"")
        .replace("\"America/Toronto\"", "\"America/Toronta\"");
    let err = error_of(&text);
    let found: Vec<(usize, usize, &str)> = err
        .errors()
        .map(|d| (d.at.line, d.at.col, d.message.as_str()))
        .collect();
    assert_eq!(found.len(), 3, "{err}");
    assert_eq!((found[0].0, found[0].1), (4, 49), "{err}");
    assert!(
        found[0].2.contains("did you mean \"America/Toronto\""),
        "{err}"
    );
    assert_eq!((found[1].0, found[1].1), (10, 20), "{err}");
    assert!(found[1].2.contains("has no day 30"), "{err}");
    assert_eq!((found[2].0, found[2].1), (12, 30), "{err}");
    assert!(found[2].2.contains("unknown country code \"XX\""), "{err}");
}

#[test]
fn a_date_that_cannot_be_read_raises_no_further_complaint_about_where_it_falls() {
    // An unreadable end cannot be said to come before the start, nor to leave a trip.
    let text = with_line(11, "            end: \"2026-13\",");
    let err = error_of(&text);
    assert_eq!(err.errors().count(), 1, "{err}");
    assert!(err.to_string().contains("there is no month 13"), "{err}");
}
