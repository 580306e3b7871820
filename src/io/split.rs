//! Reading a large timeline on every core: the text of the `events` list is cut between two events, and each
//! part is parsed on a thread of its own. Only the structure is scanned here (brackets, strings, comments); the
//! parser does the rest. Anything unusual (no `events` list found, an attribute such as `#![enable(..)]` that
//! would not reach the parts) leaves the file to be read in one piece.

use super::locate::skip_string;

/// Where the `events` list sits: just inside its `[`, at its `]`, and after each event's `,` between them.
pub struct EventList {
    pub open: usize,
    pub close: usize,
    /// Offsets of the commas that separate events, at the list's own depth.
    pub commas: Vec<usize>,
}

/// Finds the top-level `events` list of a timeline's text.
pub fn event_list(bytes: &[u8]) -> Option<EventList> {
    if bytes.trim_ascii_start().starts_with(b"#!") {
        return None;
    }
    let mut depth = 0usize;
    let mut i = 0;
    let mut list: Option<(usize, usize)> = None;
    let mut commas = Vec::new();
    while i < bytes.len() {
        // Most bytes are names, spaces and digits: skip to the next one that matters.
        match bytes[i..].iter().position(|&b| STRUCTURAL[usize::from(b)]) {
            Some(n) => i += n,
            None => break,
        }
        match bytes[i] {
            b'"' => {
                i = skip_string(bytes, i);
                continue;
            }
            b'\'' => {
                // A character literal: to its closing quote, past an escaped one.
                i += 1;
                while i < bytes.len() && bytes[i] != b'\'' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = memchr::memchr(b'\n', &bytes[i..]).map_or(bytes.len(), |n| i + n);
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i = skip_block_comment(bytes, i);
                continue;
            }
            b'(' | b'{' => depth += 1,
            b'[' => {
                depth += 1;
                if depth == 2 && list.is_none() && names_events(bytes, i) {
                    list = Some((i + 1, depth));
                }
            }
            b')' | b'}' | b']' => {
                if let Some((open, list_depth)) = list
                    && depth == list_depth
                    && bytes[i] == b']'
                {
                    return Some(EventList {
                        open,
                        close: i,
                        commas,
                    });
                }
                depth = depth.checked_sub(1)?;
            }
            b',' if list.is_some_and(|(_, d)| d == depth) => commas.push(i),
            _ => {}
        }
        i += 1;
    }
    None
}

/// The bytes the scan stops at: quotes, comment starts, brackets and commas.
const STRUCTURAL: [bool; 256] = {
    let mut table = [false; 256];
    let bytes = *b"\"'/()[]{},";
    let mut k = 0;
    while k < bytes.len() {
        table[bytes[k] as usize] = true;
        k += 1;
    }
    table
};

/// Whether the `[` at `at` opens the value of a field named `events`.
fn names_events(bytes: &[u8], at: usize) -> bool {
    let before = &bytes[..at];
    let trimmed = before.trim_ascii_end();
    let Some(rest) = trimmed.strip_suffix(b":") else {
        return false;
    };
    let name = rest.trim_ascii_end();
    name.ends_with(b"events")
        && name
            .len()
            .checked_sub(7)
            .and_then(|k| name.get(k))
            .is_none_or(|b| !(b.is_ascii_alphanumeric() || *b == b'_'))
}

fn skip_block_comment(bytes: &[u8], mut i: usize) -> usize {
    let mut depth = 0usize;
    while i < bytes.len() {
        if bytes[i..].starts_with(b"/*") {
            depth += 1;
            i += 2;
        } else if bytes[i..].starts_with(b"*/") {
            depth = depth.saturating_sub(1);
            i += 2;
            if depth == 0 {
                return i;
            }
        } else {
            i += 1;
        }
    }
    bytes.len()
}

/// Where to cut the list into `parts` pieces of about as many events each: commas between events that have a
/// blank after them (the blank makes room for the `[` that opens the next piece).
pub fn cut_points(bytes: &[u8], list: &EventList, parts: usize) -> Vec<usize> {
    let mut cuts: Vec<usize> = Vec::new();
    for k in 1..parts {
        let from = list.commas.len() * k / parts;
        let found = list.commas[from.min(list.commas.len())..]
            .iter()
            .copied()
            .find(|&c| {
                bytes
                    .get(c + 1)
                    .is_some_and(|b| *b == b' ' || *b == b'\n' || *b == b'\t')
            });
        if let Some(comma) = found
            && cuts.last().is_none_or(|&last| comma > last + 1)
            && comma + 1 < list.close
        {
            cuts.push(comma);
        }
    }
    cuts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_events_list_is_found_past_strings_and_comments_that_look_like_it() {
        let text = r#"(
    title: "events: [ not this ]", // events: [ nor this
    /* events: [ nor this ] */
    events: [ (id: "a", n: [1, 2]), (id: "b, c"), (id: "d") ],
)"#;
        let list = event_list(text.as_bytes()).expect("found");
        assert_eq!(
            &text[list.open..list.close],
            r#" (id: "a", n: [1, 2]), (id: "b, c"), (id: "d") "#
        );
        assert_eq!(list.commas.len(), 2, "only the commas between events");
        let cuts = cut_points(text.as_bytes(), &list, 2);
        assert_eq!(cuts.len(), 1);
        assert_eq!(
            &text[list.open..cuts[0]],
            r#" (id: "a", n: [1, 2]), (id: "b, c")"#
        );
    }
}
