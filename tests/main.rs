//! Itinera's integration tests, in one binary to keep linking cheap.

mod format;
