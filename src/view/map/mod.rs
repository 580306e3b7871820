//! The world map: countries filled by region or by event count, markers at event places, trip routes as
//! great-circle arcs, a regions panel that filters every view, and a date scrubber.

mod changes;
mod draw;
pub mod labels;
pub(crate) mod paint;
pub mod places;
pub mod projection;
pub mod shapes;
mod view;

pub use view::{Fill, Frame, MapState};
