//! Problems found in a file, located by line and column and printed as `path:line:col: message`.

use std::fmt;

use super::locate::{LineCol, line_text};
use crate::model::Severity;

/// One located problem in a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub at: LineCol,
    pub message: String,
    /// The offending line, for the caret display (shortened when very long).
    pub line_text: String,
}

/// Longest source line shown under a message.
const MAX_SHOWN_LINE: usize = 160;

impl Diagnostic {
    pub fn new(severity: Severity, text: &str, at: LineCol, message: impl Into<String>) -> Self {
        let full = line_text(text, at.line);
        let shown: String = full.chars().take(MAX_SHOWN_LINE).collect();
        Diagnostic {
            severity,
            at,
            message: message.into(),
            line_text: shown,
        }
    }

    pub fn error(text: &str, at: LineCol, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, text, at, message)
    }

    /// `path:line:col: message`, then the offending line and a caret under the column.
    pub fn render(&self, path: &str) -> String {
        let kind = match self.severity {
            Severity::Error => String::new(),
            Severity::Warning => crate::tr!("diagnostic-warning"),
        };
        let mut out = format!(
            "{path}:{}:{}: {kind}{}",
            self.at.line, self.at.col, self.message
        );
        if !self.line_text.is_empty() || self.at.col <= 1 {
            // Tabs keep their width so the caret lines up under the value.
            let pad: String = self
                .line_text
                .chars()
                .take(self.at.col.saturating_sub(1))
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            out.push_str(&format!("\n    {}\n    {pad}^", self.line_text));
        }
        out
    }
}

/// Why a file could not be read as a timeline: every located problem found, errors first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    /// The file's name as the user gave it.
    pub path: String,
    pub diagnostics: Vec<Diagnostic>,
}

impl LoadError {
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
    }

    /// The first error, for one-line summaries.
    pub fn first(&self) -> Option<&Diagnostic> {
        self.errors().next().or(self.diagnostics.first())
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.diagnostics.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{}", d.render(&self.path))?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_diagnostic_prints_the_location_the_line_and_a_caret() {
        let text = "(\n    title: 5,\n)";
        let d = Diagnostic::error(text, LineCol { line: 2, col: 12 }, "expected a string");
        assert_eq!(
            d.render("plan.ron"),
            "plan.ron:2:12: expected a string\n        title: 5,\n               ^"
        );
    }
}
