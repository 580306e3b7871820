//! Every change to a document goes through here: commands, their changes, and the undo history.

pub mod change;
pub mod command;
pub mod history;
pub mod import;
pub mod moves;
pub mod plan;
pub mod resolve;
pub mod shift;

pub use command::{Command, Dependents, plan};
pub use history::History;
pub use moves::{Edge, Lane, LaneChange, Reshape};
pub use plan::{Plan, Refusal};
pub use shift::{Shift, Unit};

use crate::model::{Home, Source, Timeline, Zone};

/// The document's own fields, edited together.
#[derive(Clone, Debug, PartialEq)]
pub struct DocumentFields {
    pub title: String,
    pub home: Home,
    pub display_zone: Option<Zone>,
    pub notes: String,
    pub translations: Option<Box<crate::model::Translations>>,
    pub sources: Vec<Source>,
}

impl DocumentFields {
    pub fn of(t: &Timeline) -> Self {
        DocumentFields {
            title: t.title.clone(),
            home: t.home.clone(),
            display_zone: t.display_zone,
            notes: t.notes.clone(),
            translations: t.translations.clone(),
            sources: t.sources.clone(),
        }
    }

    fn write(self, t: &mut Timeline) {
        t.title = self.title;
        t.home = self.home;
        t.display_zone = self.display_zone;
        t.notes = self.notes;
        t.translations = self.translations;
        t.sources = self.sources;
    }
}
