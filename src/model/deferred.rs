//! Values a file gets wrong that need not stop the reading: a date such as "2026-02-30", an unknown zone, a
//! malformed country code. While a file is read (`collecting`), such a value is noted here and a stand-in takes
//! its place, so the rest of the file is read and every problem in it can be reported together, each at its
//! place. Outside `collecting`, a bad value is an error as usual.

use std::cell::RefCell;

/// A value that could not be read: the text as written, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deferred {
    pub text: String,
    pub message: String,
}

thread_local! {
    static NOTED: RefCell<Option<Vec<Deferred>>> = const { RefCell::new(None) };
}

/// Runs `read` with bad values noted instead of failing; returns its result and what was noted, in reading order.
pub fn collecting<R>(read: impl FnOnce() -> R) -> (R, Vec<Deferred>) {
    let outer = NOTED.with(|n| n.borrow_mut().replace(Vec::new()));
    let result = read();
    let noted = NOTED.with(|n| std::mem::replace(&mut *n.borrow_mut(), outer));
    (result, noted.unwrap_or_default())
}

/// Notes a bad value when a reading collects them; returns whether it did (the caller then puts a stand-in in
/// its place), or `false` when the value must be an error.
pub fn note(text: &str, message: &str) -> bool {
    NOTED.with(|n| match n.borrow_mut().as_mut() {
        Some(noted) => {
            noted.push(Deferred {
                text: text.to_owned(),
                message: message.to_owned(),
            });
            true
        }
        None => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_values_are_noted_only_while_collecting() {
        assert!(!note("x", "bad"));
        let ((), noted) = collecting(|| {
            assert!(note("2026-02-30", "no such day"));
            assert!(note("Mars/Base", "no such zone"));
        });
        assert_eq!(noted.len(), 2);
        assert_eq!(noted[0].text, "2026-02-30");
        assert!(!note("x", "bad"), "collecting ended");
    }
}
