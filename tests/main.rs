//! Itinera's integration tests, in one binary to keep linking cheap.

mod app_ui;
mod book;
mod briefing_ui;
mod calendar_ui;
mod cli;
mod compare;
mod diff;
mod durability;
mod edit;
mod filter_ui;
mod format;
mod i18n;
mod import;
mod import_preview;
mod import_ui;
mod inspector_ui;
mod layers;
mod map_ui;
mod merge;
mod roundtrip;
mod ruler_ui;
mod sample;
mod snapshots;
mod timeline_ui;
mod week_ui;
