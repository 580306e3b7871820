//! Every change to a document goes through here: commands, their changes, and the undo history.

pub mod change;
pub mod command;
pub mod history;
pub mod shift;

pub use command::{Command, Dependents, DocumentFields, Edge, Refusal};
pub use history::History;
pub use shift::{Shift, Unit};
