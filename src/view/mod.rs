//! Views of a document. A view reads the document and reports what the user asked for; it never changes it.

pub mod briefing;
pub mod calendar;
pub mod colors;
pub mod filter_bar;
pub mod focus;
pub mod inspector;
pub mod map;
pub mod plan;
pub mod table;
pub mod timeline;
