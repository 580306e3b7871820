//! How the model holds text: `Text` is an immutable, shared string one pointer wide, and lists are
//! `ThinVec`s, one pointer wide when empty. Clones are cheap, so the undo history and edits share text with the
//! document instead of copying it.

pub use arcstr::ArcStr as Text;
pub use thin_vec::{ThinVec, thin_vec};
