//! Views of a document. A view reads the document and reports what the user asked for; it never changes it.

pub mod inspector;
pub mod table;
