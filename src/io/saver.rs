//! Saving off the UI thread: a named worker takes save jobs in order (none is dropped), refuses to overwrite a
//! file that changed on disk since it was loaded unless told to, keeps the last versions as backups, and reports
//! each outcome. Tests run it synchronously.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash as _, Hasher as _};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::SystemTime;

use super::file::save_atomic;

/// What a file on disk looked like: enough to notice that someone else changed it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DiskState {
    pub size: u64,
    pub modified: Option<SystemTime>,
    pub hash: u64,
}

fn hash(bytes: &[u8]) -> u64 {
    let mut h = DefaultHasher::new();
    bytes.hash(&mut h);
    h.finish()
}

impl DiskState {
    /// The state of `path` now, reading it to hash its content.
    pub fn of_file(path: &Path) -> io::Result<DiskState> {
        let bytes = std::fs::read(path)?;
        let meta = std::fs::metadata(path)?;
        Ok(DiskState {
            size: meta.len(),
            modified: meta.modified().ok(),
            hash: hash(&bytes),
        })
    }

    /// The state a file has right after `bytes` were written to it.
    pub fn after_writing(path: &Path, bytes: &[u8]) -> DiskState {
        DiskState {
            size: bytes.len() as u64,
            modified: std::fs::metadata(path).and_then(|m| m.modified()).ok(),
            hash: hash(bytes),
        }
    }

    /// Whether two states are the same file content (the modification time alone does not decide).
    pub fn same_content(&self, other: &DiskState) -> bool {
        self.size == other.size && self.hash == other.hash
    }
}

/// One save to make.
pub struct SaveJob {
    pub path: PathBuf,
    pub bytes: Vec<u8>,
    /// What the file looked like when it was loaded or last saved; `None` for a new file.
    pub expected: Option<DiskState>,
    /// Overwrite even if the file changed on disk (the user said so).
    pub force: bool,
    /// The document's history state this save writes, to mark exactly that state saved.
    pub state: u64,
}

/// Why a save did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// Someone else changed the file since it was loaded; nothing was written.
    ChangedOnDisk,
    /// The file system refused, with the reason in words.
    Failed(String),
}

/// How a save ended.
pub struct SaveOutcome {
    pub path: PathBuf,
    pub state: u64,
    pub result: Result<DiskState, SaveError>,
}

/// Words for a failed save: read-only file, missing folder, full disk, denied permission.
pub fn describe(error: &io::Error) -> String {
    let why = match error.kind() {
        io::ErrorKind::PermissionDenied => {
            "permission denied (the file or its folder is read-only, or belongs to someone else)"
        }
        io::ErrorKind::NotFound => "the folder does not exist",
        io::ErrorKind::StorageFull => "the disk is full",
        io::ErrorKind::ReadOnlyFilesystem => "the disk is read-only",
        io::ErrorKind::NotADirectory => "part of the path is a file, not a folder",
        _ => "",
    };
    if why.is_empty() {
        error.to_string()
    } else {
        format!("{why} ({error})")
    }
}

/// Carries out one job: check the file on disk, keep a backup, write atomically.
pub fn run_job(job: &SaveJob, backups: Option<&Path>) -> Result<DiskState, SaveError> {
    if !job.force
        && let Some(expected) = job.expected
    {
        match DiskState::of_file(&job.path) {
            Ok(now) if !now.same_content(&expected) => return Err(SaveError::ChangedOnDisk),
            // Gone since it was loaded: writing it again loses nothing.
            Ok(_) | Err(_) => {}
        }
    }
    if let Some(dir) = backups {
        // A backup is a courtesy: failing to make one never stops the save.
        let _ = super::backups::keep(dir, &job.path);
    }
    save_atomic(&job.path, &job.bytes).map_err(|e| SaveError::Failed(describe(&e)))?;
    Ok(DiskState::after_writing(&job.path, &job.bytes))
}

/// The save worker and its queue.
pub struct Saver {
    synchronous: bool,
    backups: Option<PathBuf>,
    jobs: Option<Sender<SaveJob>>,
    outcomes: Receiver<SaveOutcome>,
    outcome_sender: Sender<SaveOutcome>,
    in_flight: usize,
}

impl Saver {
    /// `backups` is the folder for backups (`None`: none kept). `synchronous` saves on the calling thread.
    pub fn new(synchronous: bool, backups: Option<PathBuf>) -> Saver {
        let (outcome_sender, outcomes) = channel();
        Saver {
            synchronous,
            backups,
            jobs: None,
            outcomes,
            outcome_sender,
            in_flight: 0,
        }
    }

    /// Saves waiting or running.
    pub fn in_flight(&self) -> usize {
        self.in_flight
    }

    fn worker(&mut self, ctx: &egui::Context) -> Option<&Sender<SaveJob>> {
        if self.jobs.is_none() {
            let (sender, receiver) = channel::<SaveJob>();
            let outcomes = self.outcome_sender.clone();
            let backups = self.backups.clone();
            let ctx = ctx.clone();
            let spawned = std::thread::Builder::new()
                .name("itinera-save".into())
                .spawn(move || {
                    for job in receiver {
                        let result = run_job(&job, backups.as_deref());
                        let _ = outcomes.send(SaveOutcome {
                            path: job.path,
                            state: job.state,
                            result,
                        });
                        ctx.request_repaint();
                    }
                });
            if spawned.is_ok() {
                self.jobs = Some(sender);
            }
        }
        self.jobs.as_ref()
    }

    /// Queues a save. Jobs run in order; none is dropped.
    pub fn save(&mut self, job: SaveJob, ctx: &egui::Context) {
        self.in_flight += 1;
        if self.synchronous {
            let result = run_job(&job, self.backups.as_deref());
            let _ = self.outcome_sender.send(SaveOutcome {
                path: job.path,
                state: job.state,
                result,
            });
            ctx.request_repaint();
            return;
        }
        let outcome_sender = self.outcome_sender.clone();
        match self.worker(ctx) {
            Some(worker) => {
                if let Err(job) = worker.send(job) {
                    let job = job.0;
                    let _ = outcome_sender.send(SaveOutcome {
                        path: job.path,
                        state: job.state,
                        result: Err(SaveError::Failed("the save worker stopped".into())),
                    });
                }
            }
            None => {
                let _ = outcome_sender.send(SaveOutcome {
                    path: job.path,
                    state: job.state,
                    result: Err(SaveError::Failed("could not start the save worker".into())),
                });
            }
        }
    }

    /// Finished saves, in order.
    pub fn finished(&mut self) -> Vec<SaveOutcome> {
        let done: Vec<SaveOutcome> = self.outcomes.try_iter().collect();
        self.in_flight = self.in_flight.saturating_sub(done.len());
        done
    }
}
