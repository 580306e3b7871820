//! How far a long piece of file work has got, shared between the thread doing it and the window showing it.
//! The worker writes with relaxed atomics (a glance at a number, not a hand-over of data); the window reads it
//! while it repaints for the work in flight.

use std::sync::Arc;
use std::sync::atomic::{AtomicU8, AtomicU64, Ordering};

/// What the work is doing now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Reading the file's bytes into cells or entries: `done` and `total` count bytes.
    Reading,
    /// Turning rows into events: `done` and `total` count rows.
    Rows,
    /// Comparing the events with the document's.
    Checking,
}

/// A stage with how much of it is done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    pub stage: Stage,
    pub done: u64,
    pub total: u64,
}

impl Step {
    /// How much of the stage is done, in whole percent (never 100 before the stage is over).
    pub fn percent(self) -> u64 {
        if self.total == 0 {
            return 0;
        }
        (self.done.min(self.total) * 100 / self.total).min(99)
    }
}

/// A shared note of progress; clones share it. Nothing is noted until a stage starts.
#[derive(Clone, Debug, Default)]
pub struct Progress(Arc<Inner>);

#[derive(Debug, Default)]
struct Inner {
    /// 0 when nothing is noted, else the stage's number plus one.
    stage: AtomicU8,
    done: AtomicU64,
    total: AtomicU64,
}

impl Progress {
    /// Starts a stage of `total` units.
    pub fn start(&self, stage: Stage, total: u64) {
        self.0.done.store(0, Ordering::Relaxed);
        self.0.total.store(total, Ordering::Relaxed);
        let code = match stage {
            Stage::Reading => 1,
            Stage::Rows => 2,
            Stage::Checking => 3,
        };
        self.0.stage.store(code, Ordering::Relaxed);
    }

    /// Notes that `done` units of the stage are done.
    pub fn set(&self, done: u64) {
        self.0.done.store(done, Ordering::Relaxed);
    }

    /// Adds `more` units done.
    pub fn add(&self, more: u64) {
        self.0.done.fetch_add(more, Ordering::Relaxed);
    }

    /// The stage under way and how far it is, if one has started.
    pub fn step(&self) -> Option<Step> {
        let stage = match self.0.stage.load(Ordering::Relaxed) {
            1 => Stage::Reading,
            2 => Stage::Rows,
            3 => Stage::Checking,
            _ => return None,
        };
        Some(Step {
            stage,
            done: self.0.done.load(Ordering::Relaxed),
            total: self.0.total.load(Ordering::Relaxed),
        })
    }
}

/// A reader that notes the bytes read through it (a zip archive is read in jumps, so this counts bytes taken,
/// not the position). Clones note to the same progress.
#[derive(Clone, Debug)]
pub struct Counted<R> {
    inner: R,
    progress: Progress,
}

impl<R> Counted<R> {
    pub fn new(inner: R, progress: Progress) -> Counted<R> {
        Counted { inner, progress }
    }
}

impl<R: std::io::Read> std::io::Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.progress.add(n as u64);
        Ok(n)
    }
}

impl<R: std::io::Seek> std::io::Seek for Counted<R> {
    fn seek(&mut self, pos: std::io::SeekFrom) -> std::io::Result<u64> {
        self.inner.seek(pos)
    }
}

#[cfg(test)]
mod tests {
    use std::io::Read as _;

    use super::*;

    #[test]
    fn nothing_is_noted_until_a_stage_starts() {
        assert_eq!(Progress::default().step(), None);
    }

    #[test]
    fn a_stage_counts_from_nothing_and_never_shows_it_finished_before_it_is() {
        let progress = Progress::default();
        progress.start(Stage::Rows, 200);
        progress.set(50);
        let clone = progress.clone();
        assert_eq!(
            clone.step(),
            Some(Step {
                stage: Stage::Rows,
                done: 50,
                total: 200
            })
        );
        assert_eq!(clone.step().map(Step::percent), Some(25));
        progress.set(200);
        assert_eq!(clone.step().map(Step::percent), Some(99));
        progress.start(Stage::Checking, 0);
        assert_eq!(clone.step().map(Step::percent), Some(0));
    }

    #[test]
    fn a_counted_reader_notes_every_byte_taken_through_it_and_its_clones() {
        let progress = Progress::default();
        progress.start(Stage::Reading, 10);
        let mut reader = Counted::new(
            std::io::Cursor::new(b"0123456789".to_vec()),
            progress.clone(),
        );
        let mut other = reader.clone();
        let mut buf = [0; 4];
        assert_eq!(reader.read(&mut buf).ok(), Some(4));
        assert_eq!(other.read(&mut buf).ok(), Some(4));
        assert_eq!(progress.step().map(|s| s.done), Some(8));
    }
}
