//! The RON timeline format: pure `parse` and `serialize`, no file access.

use ron::extensions::Extensions;
use ron::ser::PrettyConfig;
use serde::Deserialize;

use super::diagnostic::{Diagnostic, LoadError};
use super::locate::{LineCol, has_comments, line_col, locate_all};
use crate::model::path::Seg;
use crate::model::{FORMAT_VERSION, Path, Problem, Severity, Timeline, deferred, validate};

/// A timeline read from text, with what the reader should know about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Parsed {
    pub timeline: Timeline,
    /// Warnings found by validation, located (errors refuse the file).
    pub warnings: Vec<Diagnostic>,
    /// The text had comments, which saving drops.
    pub has_comments: bool,
}

fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME)
}

fn pretty() -> PrettyConfig {
    PrettyConfig::new()
        .new_line("\n")
        .indentor("    ")
        .struct_names(false)
        .separate_tuple_members(false)
        .enumerate_arrays(false)
        // Places, id lists and sources inside an event fit on one line each, which keeps diffs readable.
        .depth_limit(3)
}

/// Writes a timeline as canonical, pretty-printed RON: stable field order, `\n` line ends, final newline.
pub fn serialize(timeline: &Timeline) -> String {
    match ron_options().to_string_pretty(timeline, pretty()) {
        Ok(mut text) => {
            text.push('\n');
            text
        }
        // Serializing plain data to a String only fails on a broken invariant; keep the reason visible.
        Err(e) => format!("// Itinera could not write this timeline: {e}\n"),
    }
}

/// Writes the same text as `serialize` to `out` as it is made, so a large timeline is never held as text whole.
pub fn serialize_to(out: &mut dyn std::io::Write, timeline: &Timeline) -> std::io::Result<()> {
    ron_options()
        .to_io_writer_pretty(&mut *out, timeline, pretty())
        .map_err(std::io::Error::other)?;
    out.write_all(b"\n")
}

/// Reads bytes as a timeline, or explains every problem with its line and column.
/// `name` is the file name used in messages.
pub fn parse_bytes(name: &str, bytes: &[u8]) -> Result<Parsed, LoadError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => parse(name, text),
        Err(e) => Err(not_utf8(name, bytes, &e)),
    }
}

/// Reads a file's bytes, taken over, as a timeline: a large one is read on every core without a copy.
pub fn parse_owned(name: &str, bytes: Vec<u8>) -> Result<Parsed, LoadError> {
    match String::from_utf8(bytes) {
        Ok(text) => parse_string(name, text),
        Err(e) => Err(not_utf8(name, e.as_bytes(), &e.utf8_error())),
    }
}

fn not_utf8(name: &str, bytes: &[u8], e: &std::str::Utf8Error) -> LoadError {
    let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or("");
    let at = line_col(valid, valid.len());
    LoadError {
        path: name.to_string(),
        diagnostics: vec![Diagnostic::error(
            valid,
            at,
            crate::tr!(
                "parse-not-utf8",
                byte = format!("0x{:02X}", bytes[e.valid_up_to()]),
                offset = e.valid_up_to()
            ),
        )],
    }
}

/// Reads text as a timeline, or explains every problem with its line and column.
pub fn parse(name: &str, text: &str) -> Result<Parsed, LoadError> {
    if text.len() >= PARALLEL_BYTES {
        return parse_string(name, text.to_owned());
    }
    let text = normalized(text);
    check_text(name, &text)?;
    let (read, noted) = deferred::collecting(|| ron_options().from_str(&text));
    finish(name, &text, read, &noted)
}

fn parse_string(name: &str, text: String) -> Result<Parsed, LoadError> {
    let text = match normalized(&text) {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(changed) => changed,
    };
    check_text(name, &text)?;
    let mut bytes = text.into_bytes();
    let (in_parts, noted) = deferred::collecting(|| read_in_parts(&mut bytes));
    let text = String::from_utf8(bytes).unwrap_or_default();
    match in_parts {
        Some(timeline) if noted.is_empty() => finish(name, &text, Ok(timeline), &[]),
        // A part that did not read, or a value noted along the way: read it whole, so every problem is found
        // once and located in order.
        _ => {
            let (read, noted) = deferred::collecting(|| ron_options().from_str(&text));
            finish(name, &text, read, &noted)
        }
    }
}

/// Editors on Windows add a byte-order mark and CRLF line ends; neither changes the content.
fn normalized(text: &str) -> std::borrow::Cow<'_, str> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.contains('\r') {
        std::borrow::Cow::Owned(text.replace("\r\n", "\n"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// What is wrong with a text before it is parsed: NUL bytes, git conflict markers, nothing at all.
fn check_text(name: &str, text: &str) -> Result<(), LoadError> {
    let fail = |diagnostics| LoadError {
        path: name.to_string(),
        diagnostics,
    };
    if let Some(nul) = memchr::memchr(0, text.as_bytes()) {
        return Err(fail(vec![Diagnostic::error(
            text,
            line_col(text, nul),
            crate::tr!("parse-nul"),
        )]));
    }
    if let Some(marker) = conflict_marker(text) {
        return Err(fail(vec![Diagnostic::error(
            text,
            line_col(text, marker),
            crate::tr!("parse-conflict-markers"),
        )]));
    }
    if text.trim().is_empty() {
        return Err(fail(vec![Diagnostic::error(
            text,
            LineCol { line: 1, col: 1 },
            crate::tr!("parse-empty"),
        )]));
    }
    Ok(())
}

/// Checks the version, shares text, validates and locates: everything after the text was read.
fn finish(
    name: &str,
    text: &str,
    read: Result<Timeline, ron::error::SpannedError>,
    noted: &[deferred::Deferred],
) -> Result<Parsed, LoadError> {
    let fail = |diagnostics| LoadError {
        path: name.to_string(),
        diagnostics,
    };
    let mut timeline = match read {
        Ok(t) => t,
        Err(e) => {
            if let Some(newer) = newer_format(name, text) {
                return Err(newer);
            }
            let at = error_position(text, &e);
            // Values noted before the reading stopped are problems too.
            let mut diagnostics = located_values(text, noted);
            diagnostics.push(Diagnostic::error(text, at, describe(&e.code)));
            diagnostics.sort_by_key(|d| (d.severity, d.at));
            return Err(fail(diagnostics));
        }
    };
    if timeline.format != FORMAT_VERSION {
        return Err(newer_format(name, text).unwrap_or_else(|| {
            fail(located(
                text,
                vec![Problem {
                    severity: Severity::Error,
                    path: Path::root().field("format"),
                    message: crate::tr!(
                        "parse-not-a-format",
                        format = timeline.format,
                        reads = FORMAT_VERSION
                    ),
                }],
            ))
        }));
    }
    timeline.share_text();
    let mut problems = validate(&timeline);
    if !timeline.conflicts.is_empty() {
        // A merge with conflicts holds ours where the sides disagree and theirs elsewhere, a mix that can break a
        // rule (a leg past its trip's end). The file opens with those as warnings, so that its conflicts can be
        // resolved in the window, which will not resolve the last while a rule is broken. Ids stay errors: a
        // merge keeps them unique, and everything that finds a record relies on it.
        for p in &mut problems {
            if !matches!(p.path.0.last(), Some(Seg::Field("id"))) {
                p.severity = Severity::Warning;
            }
        }
    }
    let mut diagnostics = located(text, problems);
    diagnostics.extend(located_values(text, noted));
    diagnostics.sort_by_key(|d| (d.severity, d.at));
    if diagnostics.iter().any(|d| d.severity == Severity::Error) {
        return Err(fail(diagnostics));
    }
    Ok(Parsed {
        timeline,
        warnings: diagnostics,
        has_comments: has_comments(text),
    })
}

/// Texts at least this long are read on every core.
const PARALLEL_BYTES: usize = 4 << 20;

/// Reads a large timeline's events on several threads, straight from the file's bytes: the list is cut in
/// place between two events (a comma becomes `]` and the blank after it `[`, and both are put back), so nothing
/// is copied. Any trouble (a part that does not parse, no thread to be had) gives `None`, and the text is read
/// whole, so errors are found and located as ever.
fn read_in_parts(bytes: &mut [u8]) -> Option<Timeline> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
    if threads < 2 || bytes.len() < PARALLEL_BYTES {
        return None;
    }
    let list = super::split::event_list(bytes)?;
    let cuts = super::split::cut_points(bytes, &list, threads);
    if cuts.is_empty() {
        return None;
    }
    let head = [&bytes[..list.open], &bytes[list.close..]].concat();
    let blanks: Vec<u8> = cuts.iter().map(|&comma| bytes[comma + 1]).collect();
    for &comma in &cuts {
        bytes[comma] = b']';
        bytes[comma + 1] = b'[';
    }
    let read = read_parts(bytes, &list, &cuts, &head);
    for (&comma, &blank) in cuts.iter().zip(&blanks) {
        bytes[comma] = b',';
        bytes[comma + 1] = blank;
    }
    read
}

/// Parses the head (the document with an empty events list) and each part of the list, the parts on threads.
fn read_parts(
    bytes: &[u8],
    list: &super::split::EventList,
    cuts: &[usize],
    head: &[u8],
) -> Option<Timeline> {
    type Events = Vec<std::sync::Arc<crate::model::Event>>;
    let read = |part: &[u8]| ron_options().from_bytes::<Events>(part).ok();
    // Each part runs from its `[` to its `]`: the list's own at the ends, the ones made at the cuts between.
    let mut bounds = vec![list.open - 1];
    for &comma in cuts {
        bounds.push(comma);
        bounds.push(comma + 1);
    }
    bounds.push(list.close);
    let parts: Vec<&[u8]> = bounds.chunks(2).map(|b| &bytes[b[0]..=b[1]]).collect();
    std::thread::scope(|scope| {
        let others: Vec<_> = parts[1..]
            .iter()
            .map(|&part| {
                std::thread::Builder::new()
                    .name("itinera-parse".into())
                    .spawn_scoped(scope, move || read(part))
            })
            .collect();
        let mut timeline: Timeline = ron_options().from_bytes(head).ok()?;
        let mut events = read(parts[0])?;
        for other in others {
            events.extend(other.ok()?.join().ok()??);
        }
        if !timeline.events.is_empty() {
            return None;
        }
        timeline.events = events;
        Some(timeline)
    })
}

/// Where a ron error should point: at the start of the offending value, or at the end of a cut-off file.
fn error_position(text: &str, error: &ron::error::SpannedError) -> LineCol {
    if error.code == ron::Error::Eof {
        return line_col(text, text.trim_end().len());
    }
    let start = error.span.start;
    let line_start: usize = text
        .split('\n')
        .take(start.line.saturating_sub(1))
        .map(|l| l.len() + 1)
        .sum();
    let line = text.get(line_start..).unwrap_or("");
    let line = &line[..line.find('\n').unwrap_or(line.len())];
    let mut offset = line_start
        + line
            .char_indices()
            .nth(start.col.saturating_sub(1))
            .map_or(line.len(), |(i, _)| i);
    let bytes = text.as_bytes();
    // ron points just inside a string it rejected, or at the blank before a value; show the value itself.
    if offset > 0 && bytes.get(offset - 1) == Some(&b'"') && bytes.get(offset) != Some(&b',') {
        offset -= 1;
    }
    while bytes.get(offset).is_some_and(|b| *b == b' ' || *b == b'\t') {
        offset += 1;
    }
    line_col(text, offset)
}

/// The offset of the first line that starts a git conflict block, if any.
fn conflict_marker(text: &str) -> Option<usize> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if line.starts_with("<<<<<<< ")
            || line.starts_with(">>>>>>> ")
            || line.trim_end() == "======="
        {
            return Some(offset);
        }
        offset += line.len();
    }
    None
}

/// Attaches line and column to validation problems, all in one pass over the text.
fn located(text: &str, problems: Vec<Problem>) -> Vec<Diagnostic> {
    if problems.is_empty() {
        return Vec::new();
    }
    let mut paths: Vec<Path> = Vec::new();
    for p in &problems {
        let mut path = p.path.clone();
        paths.push(path.clone());
        // When a value is absent from the file (an optional field left out), point at its owner.
        while path.0.pop().is_some() {
            paths.push(path.clone());
        }
    }
    let offsets = locate_all(text, &paths);
    problems
        .into_iter()
        .map(|p| {
            let mut path = p.path.clone();
            let offset = loop {
                if let Some(&o) = offsets.get(&path) {
                    break o;
                }
                if path.0.pop().is_none() {
                    break 0;
                }
            };
            Diagnostic::new(p.severity, text, line_col(text, offset), p.message)
        })
        .collect()
}

/// Values that could not be read (noted while reading), each at the place it is written: the n-th noted value is
/// the next time its text appears as a string after the one before it, since values are read in file order.
fn located_values(text: &str, noted: &[deferred::Deferred]) -> Vec<Diagnostic> {
    let mut from = 0;
    noted
        .iter()
        .map(|value| {
            let quoted = format!("\"{}\"", value.text);
            let at = text[from..].find(&quoted).map_or(from, |k| from + k);
            from = (at + 1).min(text.len());
            Diagnostic::error(text, line_col(text, at), value.message.clone())
        })
        .collect()
}

/// When a file declares a format newer than this build reads, the one error worth showing.
fn newer_format(name: &str, text: &str) -> Option<LoadError> {
    #[derive(Deserialize)]
    #[serde(rename = "Timeline")]
    struct Probe {
        format: u32,
    }
    let probe: Probe = ron_options().from_str(text).ok()?;
    (probe.format > FORMAT_VERSION).then(|| LoadError {
        path: name.to_string(),
        diagnostics: located(
            text,
            vec![Problem {
                severity: Severity::Error,
                path: Path::root().field("format"),
                message: crate::tr!(
                    "parse-newer-format",
                    format = probe.format,
                    reads = FORMAT_VERSION
                ),
            }],
        ),
    })
}

fn list(items: &[&str]) -> String {
    items
        .iter()
        .map(|s| format!("\"{s}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

fn within(outer: &Option<String>) -> String {
    outer
        .as_ref()
        .map(|o| crate::tr!("parse-within", outer = o.as_str()))
        .unwrap_or_default()
}

/// Says what was wrong and what was expected, in an editor's words.
fn describe(code: &ron::Error) -> String {
    use ron::Error as E;
    match code {
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => crate::tr!(
            "parse-unknown-field",
            found = found.as_str(),
            within = within(outer),
            expected = list(expected)
        ),
        E::MissingStructField { field, outer } => crate::tr!(
            "parse-missing-field",
            field = *field,
            within = within(outer)
        ),
        E::DuplicateStructField { field, outer } => crate::tr!(
            "parse-duplicate-field",
            field = *field,
            within = within(outer)
        ),
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => crate::tr!(
            "parse-unknown-value",
            found = found.as_str(),
            within = within(outer),
            expected = list(expected)
        ),
        E::ExceededRecursionLimit => crate::tr!("parse-too-deep"),
        E::Eof => crate::tr!("parse-eof"),
        E::ExpectedString => crate::tr!("parse-expected-string"),
        E::ExpectedInteger => crate::tr!("parse-expected-integer"),
        E::ExpectedBoolean => crate::tr!("parse-expected-boolean"),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => {
            crate::tr!("parse-expected-record")
        }
        E::InvalidValueForType { expected, found } => crate::tr!(
            "parse-expected-found",
            expected = expected.as_str(),
            found = found.as_str()
        ),
        E::Message(m) => m.clone(),
        other => {
            let text = other.to_string();
            let mut chars = text.chars();
            match chars.next() {
                Some(first) => first.to_lowercase().chain(chars).collect(),
                None => text,
            }
        }
    }
}
