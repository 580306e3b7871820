//! Small reusable widgets: text that commits when focus leaves, searchable pickers, chips, date fields and a
//! month to pick a day from.

pub mod chips;
pub mod date;
pub mod day_picker;
pub mod picker;
pub mod text;

pub use chips::chips_ui;
pub use date::date_value_ui;
pub use picker::search_picker_ui;
pub use text::{committed_text_ui, keep_refused, name_input, untranslated_mark};
