//! Itinera: plan and brief diplomatic travel as plain RON timeline files.

pub mod app;
pub mod cli;
pub mod document;
pub mod edit;
pub mod i18n;
pub mod io;
pub mod model;
pub mod process;
pub mod view;
pub mod widgets;
