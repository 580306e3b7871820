//! Every change to a document goes through here: commands, their changes, and the undo history.

pub mod change;
pub mod command;
pub mod history;
pub mod moves;
pub mod shift;

pub use command::{Command, Dependents, DocumentFields, Plan, Refusal, plan};
pub use history::History;
pub use moves::{Edge, Lane, LaneChange, Reshape};
pub use shift::{Shift, Unit};
