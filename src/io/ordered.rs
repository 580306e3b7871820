//! File changes made on worker threads but applied in the order they were asked for. A change overtaken by a
//! newer one is dropped, so an older recovery snapshot never replaces a newer one, nor comes back after the
//! snapshot was deleted.

use std::sync::{Arc, Mutex, PoisonError};

/// Numbers the changes asked for, and orders their effects on disk.
#[derive(Default)]
pub struct Ordered {
    asked: u64,
    /// The number of the last change applied; held while a change is applied.
    applied: Arc<Mutex<u64>>,
}

impl Ordered {
    /// Applies `work` on a named worker thread, unless a change asked for later has been applied first.
    pub fn spawn(&mut self, name: &str, work: impl FnOnce() + Send + 'static) {
        self.asked += 1;
        let (number, applied) = (self.asked, Arc::clone(&self.applied));
        // If no thread can be had, the change is dropped, as an overtaken one would be.
        let _ = std::thread::Builder::new()
            .name(name.to_owned())
            .spawn(move || apply_in_order(&applied, number, work));
    }

    /// Applies `work` now, on this thread, after any change in progress; changes asked for earlier and not yet
    /// applied are dropped.
    pub fn now(&mut self, work: impl FnOnce()) {
        self.asked += 1;
        apply_in_order(&self.applied, self.asked, work);
    }
}

/// Runs `work` unless a change numbered after `number` has been applied, and records `number` as applied.
/// Returns whether it ran.
pub fn apply_in_order(applied: &Mutex<u64>, number: u64, work: impl FnOnce()) -> bool {
    let mut last = applied.lock().unwrap_or_else(PoisonError::into_inner);
    if *last > number {
        return false;
    }
    work();
    *last = number;
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn a_change_overtaken_by_a_newer_one_is_dropped() {
        let applied = Mutex::new(0);
        let mut ran = Vec::new();
        for number in [2, 1, 3, 3] {
            apply_in_order(&applied, number, || ran.push(number));
        }
        assert_eq!(ran, [2, 3, 3], "1 came after 2 had been applied");
    }

    #[test]
    fn writes_that_reach_the_disk_late_never_land_over_a_newer_one() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("snapshot");
        let applied = Arc::new(Mutex::new(0));
        let writers: Vec<_> = (1..=20u64)
            .map(|n| {
                let (file, applied) = (file.clone(), Arc::clone(&applied));
                std::thread::Builder::new()
                    .name(format!("test-writer-{n}"))
                    .spawn(move || {
                        // Earlier writes are scheduled later: unordered, the first would land last.
                        std::thread::sleep(Duration::from_millis(2 * (20 - n)));
                        apply_in_order(&applied, n, || {
                            let _ = std::fs::write(&file, n.to_string());
                        });
                    })
            })
            .collect();
        for writer in writers.into_iter().flatten() {
            let _ = writer.join();
        }
        assert_eq!(std::fs::read_to_string(&file).ok().as_deref(), Some("20"));
    }

    #[test]
    fn a_deletion_asked_for_now_drops_the_writes_still_waiting() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("snapshot");
        let mut ordered = Ordered::default();
        for n in 0..5 {
            let file = file.clone();
            ordered.spawn("test-ordered", move || {
                std::thread::sleep(Duration::from_millis(10));
                let _ = std::fs::write(&file, n.to_string());
            });
        }
        ordered.now(|| {
            let _ = std::fs::remove_file(&file);
        });
        std::thread::sleep(Duration::from_millis(200));
        assert!(
            !file.exists(),
            "no write asked for before the deletion lands after it"
        );
    }
}
