//! Files: the RON format (pure `parse`/`serialize`), located diagnostics, loading and atomic saving.

pub mod backups;
pub mod diagnostic;
pub mod file;
pub mod format;
pub mod ics;
pub mod locate;
pub mod ordered;
pub mod saver;

pub use diagnostic::{Diagnostic, LoadError};
pub use file::{OpenError, load, save_atomic};
pub use format::{Parsed, parse, parse_bytes, serialize};
