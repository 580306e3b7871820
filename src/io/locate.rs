//! A small RON scanner that finds where values sit in a file, so that cross-field problems
//! (end before start, duplicate id, leg outside trip) point at the offending value's line and column.
//! It also tells whether a file has comments, which a save would drop.

use std::collections::{HashMap, HashSet};

use memchr::{memchr2, memchr3};

use crate::model::path::Path;

/// A 1-based line and column (columns count characters, as editors do).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineCol {
    pub line: usize,
    pub col: usize,
}

/// The line and column of a byte offset.
pub fn line_col(text: &str, offset: usize) -> LineCol {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    LineCol {
        line,
        col: before[line_start..].chars().count() + 1,
    }
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The text of a 1-based line, without its line break.
pub fn line_text(text: &str, line: usize) -> &str {
    text.split('\n').nth(line.saturating_sub(1)).unwrap_or("")
}

/// Whether the RON text has a `//` or `/* */` comment outside string literals.
pub fn has_comments(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(found) = memchr2(b'"', b'/', &bytes[i..]) {
        let at = i + found;
        if bytes[at] == b'/' {
            if matches!(bytes.get(at + 1), Some(b'/' | b'*')) {
                return true;
            }
            i = at + 1;
        } else {
            i = skip_string(bytes, at);
        }
    }
    false
}

/// Given the offset of a string's opening quote, the offset just after its closing quote.
/// Raw strings (`r#"..."#`) end at a quote followed by as many hashes as opened them.
pub(super) fn skip_string(bytes: &[u8], quote: usize) -> usize {
    let hashes = bytes[..quote]
        .iter()
        .rev()
        .take_while(|&&b| b == b'#')
        .count();
    let raw = quote > hashes && bytes[quote - hashes - 1] == b'r';
    let mut i = quote + 1;
    if raw {
        while i < bytes.len() {
            match memchr::memchr(b'"', &bytes[i..]) {
                Some(found) => {
                    let end = i + found + 1;
                    if bytes[end..]
                        .iter()
                        .take(hashes)
                        .filter(|&&b| b == b'#')
                        .count()
                        == hashes
                    {
                        return end + hashes;
                    }
                    i = end;
                }
                None => return bytes.len(),
            }
        }
        return bytes.len();
    }
    while i < bytes.len() {
        match memchr3(b'"', b'\\', b'\n', &bytes[i..]) {
            Some(found) => {
                let at = i + found;
                match bytes[at] {
                    b'\\' => i = at + 2,
                    b'"' => return at + 1,
                    _ => i = at + 1,
                }
            }
            None => return bytes.len(),
        }
    }
    bytes.len()
}

/// Finds the byte offsets of the values at `paths` in one pass over the text.
/// Paths that the scanner cannot find are left out.
pub fn locate_all(text: &str, paths: &[Path]) -> HashMap<Path, usize> {
    let wanted: HashSet<String> = paths.iter().map(ToString::to_string).collect();
    let mut scanner = Scanner {
        bytes: text.as_bytes(),
        pos: 0,
        path: String::new(),
        wanted: &wanted,
        found: HashMap::new(),
    };
    scanner.value(0);
    paths
        .iter()
        .filter_map(|p| scanner.found.get(&p.to_string()).map(|&o| (p.clone(), o)))
        .collect()
}

/// The line and column of the value at `path`, or the best enclosing value when it is absent.
pub fn locate(text: &str, path: &Path) -> Option<LineCol> {
    let mut candidates = vec![path.clone()];
    let mut shorter = path.clone();
    while shorter.0.pop().is_some() {
        candidates.push(shorter.clone());
    }
    let found = locate_all(text, &candidates);
    candidates
        .iter()
        .find_map(|p| found.get(p))
        .map(|&offset| line_col(text, offset))
}

/// Deep enough for any timeline; deeper nesting is refused by the parser anyway.
const MAX_DEPTH: usize = 64;

struct Scanner<'a> {
    bytes: &'a [u8],
    pos: usize,
    path: String,
    wanted: &'a HashSet<String>,
    found: HashMap<String, usize>,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_trivia(&mut self) {
        while let Some(b) = self.peek() {
            if b.is_ascii_whitespace() {
                self.pos += 1;
            } else if b == b'/' && self.bytes.get(self.pos + 1) == Some(&b'/') {
                self.pos = memchr::memchr(b'\n', &self.bytes[self.pos..])
                    .map_or(self.bytes.len(), |i| self.pos + i);
            } else if b == b'/' && self.bytes.get(self.pos + 1) == Some(&b'*') {
                self.skip_block_comment();
            } else if b == b'#' && self.bytes.get(self.pos + 1) == Some(&b'!') {
                // An attribute such as `#![enable(implicit_some)]`: skip to the end of its line.
                self.pos = memchr::memchr(b'\n', &self.bytes[self.pos..])
                    .map_or(self.bytes.len(), |i| self.pos + i);
            } else {
                break;
            }
        }
    }

    fn skip_block_comment(&mut self) {
        let mut depth = 0usize;
        while self.pos < self.bytes.len() {
            if self.bytes[self.pos..].starts_with(b"/*") {
                depth += 1;
                self.pos += 2;
            } else if self.bytes[self.pos..].starts_with(b"*/") {
                depth -= 1;
                self.pos += 2;
                if depth == 0 {
                    return;
                }
            } else {
                self.pos += 1;
            }
        }
    }

    fn ident(&mut self) -> &str {
        let start = self.pos;
        while self.peek().is_some_and(|b| {
            b.is_ascii_alphanumeric()
                || b == b'_'
                || b == b'#'
                || b == b'-'
                || b == b'.'
                || b == b'+'
        }) {
            self.pos += 1;
        }
        std::str::from_utf8(&self.bytes[start..self.pos]).unwrap_or("")
    }

    fn record(&mut self, start: usize) {
        if self.wanted.contains(&self.path) {
            // `Some(x)` records twice under one path; the inner value, recorded last, is the one to show.
            self.found.insert(self.path.clone(), start);
        }
    }

    /// Scans one value at the current position, recording it and everything inside it.
    fn value(&mut self, depth: usize) {
        self.skip_trivia();
        let start = self.pos;
        self.record(start);
        if depth > MAX_DEPTH {
            self.pos = self.bytes.len();
            return;
        }
        match self.peek() {
            Some(b'"') => self.pos = skip_string(self.bytes, self.pos),
            Some(b'r') if matches!(self.bytes.get(self.pos + 1), Some(b'"' | b'#')) => {
                let quote = self.bytes[self.pos..]
                    .iter()
                    .position(|&b| b == b'"')
                    .map_or(self.bytes.len(), |i| self.pos + i);
                self.pos = skip_string(self.bytes, quote);
            }
            Some(b'(') => self.fields(depth),
            Some(b'[') => self.items(depth),
            Some(b'{') => self.entries(depth),
            Some(b'\'') => {
                self.pos += 1;
                while let Some(b) = self.peek() {
                    self.pos += 1;
                    if b == b'\\' {
                        self.pos += 1;
                    } else if b == b'\'' {
                        break;
                    }
                }
            }
            Some(_) => {
                let name = self.ident().to_string();
                if name.is_empty() {
                    self.pos += 1;
                    return;
                }
                self.skip_trivia();
                if self.peek() == Some(b'(') {
                    if name == "Some" {
                        // `Some(x)` stands for x: its content has the same path.
                        self.pos += 1;
                        self.value(depth + 1);
                        self.skip_trivia();
                        if self.peek() == Some(b')') {
                            self.pos += 1;
                        }
                    } else {
                        self.fields(depth);
                    }
                }
            }
            None => {}
        }
    }

    /// A struct body `( name: value, ... )` or a tuple `( value, ... )`.
    fn fields(&mut self, depth: usize) {
        self.pos += 1;
        loop {
            self.skip_trivia();
            match self.peek() {
                None => return,
                Some(b')') => {
                    self.pos += 1;
                    return;
                }
                Some(b',') => {
                    self.pos += 1;
                    continue;
                }
                _ => {}
            }
            let before = self.pos;
            let name = self.ident().to_string();
            self.skip_trivia();
            if !name.is_empty() && self.peek() == Some(b':') {
                self.pos += 1;
                let len = self.path.len();
                if !self.path.is_empty() {
                    self.path.push('.');
                }
                self.path.push_str(&name);
                self.value(depth + 1);
                self.path.truncate(len);
            } else {
                self.pos = before;
                self.value(depth + 1);
                if self.pos == before {
                    self.pos += 1;
                }
            }
        }
    }

    /// A list `[ value, ... ]`.
    fn items(&mut self, depth: usize) {
        self.pos += 1;
        let mut index = 0usize;
        loop {
            self.skip_trivia();
            match self.peek() {
                None => return,
                Some(b']') => {
                    self.pos += 1;
                    return;
                }
                Some(b',') => {
                    self.pos += 1;
                    continue;
                }
                _ => {}
            }
            let len = self.path.len();
            self.path.push_str(&format!("[{index}]"));
            let before = self.pos;
            self.value(depth + 1);
            if self.pos == before {
                self.pos += 1;
            }
            self.path.truncate(len);
            index += 1;
        }
    }

    /// A map `{ "key": value, ... }`. An entry's path is its key's, `map["key"]`, recorded where the key is
    /// written; the value's own fields are found under it.
    fn entries(&mut self, depth: usize) {
        self.pos += 1;
        loop {
            self.skip_trivia();
            match self.peek() {
                None => return,
                Some(b'}') => {
                    self.pos += 1;
                    return;
                }
                Some(b',') => {
                    self.pos += 1;
                    continue;
                }
                _ => {}
            }
            let key_start = self.pos;
            let key = if self.peek() == Some(b'"') {
                let end = skip_string(self.bytes, self.pos);
                let raw = std::str::from_utf8(&self.bytes[key_start..end]).unwrap_or("\"\"");
                let key = ron::from_str::<String>(raw).unwrap_or_default();
                self.pos = end;
                key
            } else {
                self.value(depth + 1);
                if self.pos == key_start {
                    self.pos += 1;
                }
                continue;
            };
            let len = self.path.len();
            self.path.push_str(&format!("[{key:?}]"));
            self.skip_trivia();
            if self.peek() == Some(b':') {
                self.pos += 1;
                let before = self.pos;
                self.value(depth + 1);
                if self.pos == before {
                    self.pos += 1;
                }
            }
            self.record(key_start);
            self.path.truncate(len);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "(\n    format: 1,\n    // a note\n    events: [\n        (id: \"a\", end: Some(\"2026-01\")),\n        (\n            id: \"b\",\n            title: \"say \\\"//\\\" here\",\n        ),\n    ],\n)\n";

    #[test]
    fn values_are_found_by_path_with_their_line_and_column() {
        assert_eq!(
            locate(TEXT, &Path::event(1).field("id")),
            Some(LineCol { line: 7, col: 17 })
        );
        assert_eq!(
            locate(TEXT, &Path::event(0).field("end")),
            Some(LineCol { line: 5, col: 29 })
        );
        assert_eq!(
            locate(TEXT, &Path::root().field("format")),
            Some(LineCol { line: 2, col: 13 })
        );
    }

    #[test]
    fn comments_are_seen_outside_strings_only() {
        assert!(has_comments(TEXT));
        assert!(!has_comments("(title: \"https://example.org /* x */\")"));
        assert!(has_comments("(title: r#\"a \" b\"#) /* c */"));
    }
}
