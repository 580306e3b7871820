//! The RON timeline format: pure `parse` and `serialize`, no file access.

use ron::extensions::Extensions;
use ron::ser::PrettyConfig;
use serde::Deserialize;

use super::diagnostic::{Diagnostic, LoadError};
use super::locate::{LineCol, has_comments, line_col, locate_all};
use crate::model::{FORMAT_VERSION, Path, Problem, Severity, Timeline, validate};

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

/// Writes a timeline as canonical, pretty-printed RON: stable field order, `\n` line ends, final newline.
pub fn serialize(timeline: &Timeline) -> String {
    let config = PrettyConfig::new()
        .new_line("\n")
        .indentor("    ")
        .struct_names(false)
        .separate_tuple_members(false)
        .enumerate_arrays(false)
        // Places, id lists and sources inside an event fit on one line each, which keeps diffs readable.
        .depth_limit(3);
    match ron_options().to_string_pretty(timeline, config) {
        Ok(mut text) => {
            text.push('\n');
            text
        }
        // Serializing plain data to a String only fails on a broken invariant; keep the reason visible.
        Err(e) => format!("// Itinera could not write this timeline: {e}\n"),
    }
}

/// Reads bytes as a timeline, or explains every problem with its line and column.
/// `name` is the file name used in messages.
pub fn parse_bytes(name: &str, bytes: &[u8]) -> Result<Parsed, LoadError> {
    let fail = |diagnostics| LoadError {
        path: name.to_string(),
        diagnostics,
    };
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or("");
            let at = line_col(valid, valid.len());
            return Err(fail(vec![Diagnostic::error(
                valid,
                at,
                format!(
                    "this is not UTF-8 text: byte 0x{:02X} at offset {} cannot start a character",
                    bytes[e.valid_up_to()],
                    e.valid_up_to()
                ),
            )]));
        }
    };
    parse(name, text)
}

/// Reads text as a timeline, or explains every problem with its line and column.
pub fn parse(name: &str, text: &str) -> Result<Parsed, LoadError> {
    let fail = |diagnostics| LoadError {
        path: name.to_string(),
        diagnostics,
    };
    // Editors on Windows add a byte-order mark and CRLF line ends; neither changes the content.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let normalized;
    let text = if text.contains('\r') {
        normalized = text.replace("\r\n", "\n");
        normalized.as_str()
    } else {
        text
    };
    if let Some(nul) = memchr::memchr(0, text.as_bytes()) {
        return Err(fail(vec![Diagnostic::error(
            text,
            line_col(text, nul),
            "the file contains a NUL byte; a timeline is plain text",
        )]));
    }
    if let Some(marker) = conflict_marker(text) {
        return Err(fail(vec![Diagnostic::error(
            text,
            line_col(text, marker),
            "the file has git conflict markers (<<<<<<<, =======, >>>>>>>): resolve the merge, then open it again",
        )]));
    }
    if text.trim().is_empty() {
        return Err(fail(vec![Diagnostic::error(
            text,
            LineCol { line: 1, col: 1 },
            "the file is empty; expected a timeline such as `(format: 1, title: \"...\", home: (...), events: [...])`",
        )]));
    }
    let mut timeline: Timeline = match ron_options().from_str(text) {
        Ok(t) => t,
        Err(e) => {
            if let Some(newer) = newer_format(name, text) {
                return Err(newer);
            }
            let at = error_position(text, &e);
            return Err(fail(vec![Diagnostic::error(text, at, describe(&e.code))]));
        }
    };
    if timeline.format != FORMAT_VERSION {
        return Err(newer_format(name, text).unwrap_or_else(|| {
            fail(located(
                text,
                vec![Problem {
                    severity: Severity::Error,
                    path: Path::root().field("format"),
                    message: format!(
                        "format {} is not a timeline format; this version of Itinera reads format {FORMAT_VERSION}",
                        timeline.format
                    ),
                }],
            ))
        }));
    }
    timeline.share_text();
    let problems = validate(&timeline);
    let mut diagnostics = located(text, problems);
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
                message: format!(
                    "this file uses timeline format {}, made by a newer version of Itinera; this version reads format {FORMAT_VERSION}. Update Itinera to open it.",
                    probe.format
                ),
            }],
        ),
    })
}

fn list(items: &[&str]) -> String {
    items
        .iter()
        .map(|s| format!("`{s}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn within(outer: &Option<String>) -> String {
    outer
        .as_ref()
        .map(|o| format!(" in {o}"))
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
        } => format!(
            "unknown field `{found}`{}; expected one of {}",
            within(outer),
            list(expected)
        ),
        E::MissingStructField { field, outer } => {
            format!("missing field `{field}`{}", within(outer))
        }
        E::DuplicateStructField { field, outer } => {
            format!("field `{field}` is given twice{}", within(outer))
        }
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => format!(
            "unknown value `{found}`{}; expected one of {}",
            within(outer),
            list(expected)
        ),
        E::ExceededRecursionLimit => "the file nests values too deeply to be a timeline".into(),
        E::Eof => "the file ends too early: a value or a closing bracket is missing".into(),
        E::ExpectedString => "expected a string in double quotes".into(),
        E::ExpectedInteger => "expected a whole number".into(),
        E::ExpectedBoolean => "expected `true` or `false`".into(),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => {
            "expected a `(` starting a record such as `(title: \"...\")`".into()
        }
        E::InvalidValueForType { expected, found } => format!("expected {expected}, found {found}"),
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
