//! Files: the RON format (pure `parse`/`serialize`), located diagnostics, loading and atomic saving, backups,
//! crash recovery, exports, and the file worker that does all of it off the window's thread.

pub mod backups;
pub mod book;
pub mod diagnostic;
pub mod file;
pub mod format;
pub mod ics;
pub mod ics_in;
pub mod incoming;
pub mod locate;
pub mod prepare;
pub mod progress;
pub mod recovery;
pub mod saver;
pub mod sheet;
mod split;
pub mod versions;
pub mod worker;

pub use diagnostic::{Diagnostic, LoadError};
pub use file::{OpenError, load, save_atomic};
pub use format::{Parsed, parse, parse_bytes, serialize};
pub use prepare::Prepared;
