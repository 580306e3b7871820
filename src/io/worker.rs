//! The file worker: every piece of file work the window asks for, off its thread and in the order asked.
//! Opening and preparing files, saving (with the on-disk check and backups), recovery snapshots, watching the open
//! file for changes made by someone else, and exports. The window hands it cheap copies (events are shared) and
//! never serializes, hashes or reads a whole file itself; it takes outcomes with `poll`, woken by a callback, so
//! nothing here knows about egui. Exports run on a thread of their own, so a long one never holds up a save.
//! Tests run everything on the calling thread.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

use notify::Watcher as _;

use super::file::OpenError;
use super::prepare::{Prepared, prepare};
use super::recovery::{self, RecoveryInfo};
use super::saver::{DiskState, SaveError, SaveJob, run_job};
use crate::model::Timeline;

/// How many git revisions of a file are offered to compare with.
const MAX_REVISIONS: usize = 40;

/// Wakes the window when an outcome is ready.
pub type Waker = Arc<dyn Fn() + Send + Sync>;

/// Work that ends in a message for the status bar (writing a calendar file, a deck of slides).
pub type ExportWork = Box<dyn FnOnce() -> String + Send>;

/// One piece of file work.
pub enum Job {
    /// Read and prepare a file; `ticket` comes back with the outcome, so a superseded load can be told apart.
    /// `compare` names another file whose state on disk comes back too (the file a recovery snapshot belongs to).
    Load {
        ticket: u64,
        path: PathBuf,
        compare: Option<PathBuf>,
    },
    /// Write a document: serialized here, checked against what the file looked like, backed up, written
    /// atomically. `state` is the history state it writes.
    Save {
        path: PathBuf,
        timeline: Timeline,
        expected: Option<DiskState>,
        force: bool,
        state: u64,
    },
    /// Write unsaved work to the recovery folder of `data`.
    Snapshot {
        data: PathBuf,
        stem: String,
        timeline: Timeline,
        info: RecoveryInfo,
    },
    /// Delete a recovery snapshot (after a save or a discard); snapshots asked for earlier are written first.
    DropSnapshot {
        data: PathBuf,
        stem: String,
    },
    /// Watch these files (every open one) for changes made by someone else, each with what it looks like now;
    /// files no longer named stop being watched.
    Watch(Vec<(PathBuf, Option<DiskState>)>),
    /// A watched file's folder reported a change to it (sent by the watcher itself).
    Touched(PathBuf),
    Export(ExportWork),
    /// Read a spreadsheet (its sheet `sheet`, or the first) or a calendar to import, and work out what it comes
    /// to against `timeline`, noting how far it has got in `progress`.
    ReadImport {
        path: PathBuf,
        sheet: Option<String>,
        timeline: Timeline,
        progress: super::progress::Progress,
    },
    /// Work a file to import out again under a changed mapping.
    ReworkImport(Box<super::incoming::Rework>),
    /// List the earlier versions of `file`: its backups (kept under `backups`) and its git revisions.
    ListVersions {
        file: PathBuf,
        backups: Option<PathBuf>,
    },
    /// Read an earlier version, to compare the document with.
    ReadVersion(super::versions::Version),
}

/// How a piece of file work ended.
pub enum Outcome {
    Loaded {
        ticket: u64,
        path: PathBuf,
        result: Result<Box<Prepared>, OpenError>,
        /// The state on disk of the file the job asked to compare, if it could be read.
        compared: Option<DiskState>,
    },
    Saved {
        path: PathBuf,
        state: u64,
        result: Result<DiskState, SaveError>,
    },
    /// A recovery snapshot was written.
    SnapshotWritten,
    /// A recovery snapshot could not be written, with the reason in words.
    SnapshotFailed(String),
    /// Someone else changed the watched file; it now looks like `now`.
    ChangedOnDisk {
        path: PathBuf,
        now: DiskState,
    },
    Exported(String),
    /// A file to import was read, or could not be, with the reason in words.
    ImportRead {
        path: PathBuf,
        result: Result<Box<super::incoming::Opened>, String>,
    },
    /// A file to import was worked out again for request `ticket`; `None` when a newer request overtook it.
    ImportReworked {
        ticket: u64,
        worked: Option<Box<super::incoming::Worked>>,
    },
    /// The earlier versions of `file`, newest first.
    Versions {
        file: PathBuf,
        backups: Vec<PathBuf>,
        revisions: Vec<super::versions::Revision>,
    },
    /// An earlier version was read, or could not be, with the reason in words.
    VersionRead {
        version: super::versions::Version,
        result: Result<Box<Timeline>, String>,
    },
}

/// What the watcher looks at.
struct Watching {
    path: PathBuf,
    expected: Option<DiskState>,
    /// Kept alive while the watch lasts.
    _watcher: Option<notify::RecommendedWatcher>,
}

/// The state the file thread keeps between jobs.
struct Files {
    backups: Option<PathBuf>,
    watching: Vec<Watching>,
    /// Where the watcher sends its reports: the worker's own queue.
    touched: Sender<Job>,
    wake: Waker,
    /// The language of whoever handed over the latest job; messages are written in it.
    lang: crate::i18n::Shared,
}

impl Files {
    fn run(&mut self, job: Job) -> Option<Outcome> {
        self.lang.apply();
        match job {
            Job::Load {
                ticket,
                path,
                compare,
            } => Some(Outcome::Loaded {
                ticket,
                result: prepare(&path).map(Box::new),
                path,
                compared: compare.and_then(|p| DiskState::of_file(&p).ok()),
            }),
            Job::Save {
                path,
                timeline,
                expected,
                force,
                state,
            } => {
                let job = SaveJob {
                    path,
                    expected,
                    force,
                    state,
                };
                let result = run_job(&job, self.backups.as_deref(), |out| {
                    super::format::serialize_to(out, &timeline)
                });
                if let Ok(disk) = &result
                    && let Some(w) = self.watching.iter_mut().find(|w| w.path == job.path)
                {
                    // Our own save: the watcher will report it, and it must not look like someone else's.
                    w.expected = Some(*disk);
                }
                Some(Outcome::Saved {
                    path: job.path,
                    state: job.state,
                    result,
                })
            }
            Job::Snapshot {
                data,
                stem,
                timeline,
                info,
            } => {
                let dir = recovery::recovery_dir(&data);
                Some(match recovery::write(&data, &stem, &timeline, &info) {
                    Ok(()) => Outcome::SnapshotWritten,
                    Err(e) => Outcome::SnapshotFailed(super::saver::describe(&e, &dir)),
                })
            }
            Job::DropSnapshot { data, stem } => {
                recovery::remove(&recovery::recovery_dir(&data).join(format!("{stem}.ron")));
                None
            }
            Job::Watch(files) => {
                self.watch(files);
                None
            }
            Job::Touched(path) => self.touched(&path),
            Job::Export(work) => Some(Outcome::Exported(work())),
            Job::ReadImport {
                path,
                sheet,
                timeline,
                progress,
            } => Some(Outcome::ImportRead {
                result: super::incoming::open(&path, sheet.as_deref(), &timeline, &progress)
                    .map(Box::new),
                path,
            }),
            Job::ReworkImport(rework) => Some(Outcome::ImportReworked {
                ticket: rework.ticket,
                worked: rework.run().map(Box::new),
            }),
            Job::ListVersions { file, backups } => Some(Outcome::Versions {
                backups: backups
                    .map(|root| super::backups::list(&root, &file))
                    .unwrap_or_default(),
                revisions: super::versions::git_log(&file, MAX_REVISIONS),
                file,
            }),
            Job::ReadVersion(version) => Some(Outcome::VersionRead {
                result: super::versions::read(&version).map(Box::new),
                version,
            }),
        }
    }

    /// Watches these files, each through its folder; a file already watched keeps its watcher.
    fn watch(&mut self, files: Vec<(PathBuf, Option<DiskState>)>) {
        let mut kept = std::mem::take(&mut self.watching);
        for (path, expected) in files {
            match kept.iter().position(|w| w.path == path) {
                Some(i) => {
                    let mut w = kept.swap_remove(i);
                    w.expected = expected;
                    self.watching.push(w);
                }
                None => {
                    let w = self.watcher(path, expected);
                    self.watching.push(w);
                }
            }
        }
    }

    /// Watches one file's folder (a file replaced by rename stops reporting; its folder does not).
    fn watcher(&self, path: PathBuf, expected: Option<DiskState>) -> Watching {
        let folder = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = path.file_name().map(|n| n.to_os_string());
        let (sender, wake) = (self.touched.clone(), Arc::clone(&self.wake));
        let touched = path.clone();
        let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
            // Only the open file matters; temp files and neighbours do not wake anyone, and reading the file (as
            // the worker does to compare it) is not a change.
            let ours = event.as_ref().is_ok_and(|e| {
                !matches!(e.kind, notify::EventKind::Access(_))
                    && e.paths
                        .iter()
                        .any(|p| p.file_name().map(|n| n.to_os_string()) == name)
            });
            if ours && sender.send(Job::Touched(touched.clone())).is_ok() {
                wake();
            }
        })
        .ok()
        .and_then(|mut w| {
            w.watch(&folder, notify::RecursiveMode::NonRecursive).ok()?;
            Some(w)
        });
        Watching {
            path,
            expected,
            _watcher: watcher,
        }
    }

    /// Compares a watched file with what it should look like, and reports a change made by someone else.
    fn touched(&mut self, path: &std::path::Path) -> Option<Outcome> {
        let w = self.watching.iter_mut().find(|w| w.path == path)?;
        let now = DiskState::of_file(&w.path).ok()?;
        if w.expected.is_some_and(|e| e.same_content(&now)) {
            return None;
        }
        // Reported once: the same change does not ask again.
        w.expected = Some(now);
        Some(Outcome::ChangedOnDisk {
            path: w.path.clone(),
            now,
        })
    }
}

/// The worker's handle, owned by the window.
pub struct FileWorker {
    /// Jobs for the file thread; `None` when jobs run on the calling thread.
    jobs: Option<Sender<Job>>,
    /// Exports, on their own thread.
    exports: Option<Sender<ExportWork>>,
    outcomes: Receiver<Outcome>,
    outcome_sender: Sender<Outcome>,
    /// When file work runs on the calling thread (tests): its state, and the watcher's reports.
    inline: Option<(Files, Receiver<Job>)>,
    /// Jobs handed over and not yet reported, by kind.
    in_flight: InFlight,
    wake: Waker,
    /// Shared with the file thread: the language jobs are handed over in.
    lang: crate::i18n::Shared,
}

/// What the worker is busy with.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct InFlight {
    pub loads: usize,
    pub saves: usize,
    pub exports: usize,
    /// Files to import being read or worked out again.
    pub imports: usize,
}

impl FileWorker {
    /// Starts the worker; `backups` is the folder for backups of saved files (`None`: none kept). With
    /// `synchronous`, every job runs on the calling thread when it is handed over (for tests).
    pub fn new(synchronous: bool, backups: Option<PathBuf>, wake: Waker) -> FileWorker {
        let (outcome_sender, outcomes) = channel();
        let (touched, touches) = channel();
        let lang = crate::i18n::Shared::default();
        let files = Files {
            backups,
            watching: Vec::new(),
            touched: touched.clone(),
            wake: Arc::clone(&wake),
            lang: lang.clone(),
        };
        let mut worker = FileWorker {
            jobs: None,
            exports: None,
            outcomes,
            outcome_sender,
            inline: None,
            in_flight: InFlight::default(),
            wake,
            lang,
        };
        if synchronous {
            worker.inline = Some((files, touches));
            return worker;
        }
        worker.jobs = spawn_files(
            files,
            touched,
            touches,
            &worker.outcome_sender,
            &worker.wake,
        );
        worker.exports = spawn_exports(&worker.outcome_sender, &worker.wake);
        worker
    }

    /// Hands over a job. A job the worker cannot take (it stopped) ends at once with an outcome saying so.
    pub fn submit(&mut self, job: Job) {
        match &job {
            Job::Load { .. } => self.in_flight.loads += 1,
            Job::ReadImport { .. } | Job::ReworkImport(_) => self.in_flight.imports += 1,
            Job::Save { .. } => self.in_flight.saves += 1,
            Job::Export(_) => self.in_flight.exports += 1,
            _ => {}
        }
        self.lang.follow_current();
        if let Some((files, _)) = &mut self.inline {
            if let Some(outcome) = files.run(job) {
                let _ = self.outcome_sender.send(outcome);
            }
            (self.wake)();
            return;
        }
        if let Job::Export(work) = job {
            let lang = crate::i18n::current();
            let work: ExportWork = Box::new(move || {
                crate::i18n::set(lang);
                work()
            });
            match &self.exports {
                Some(exports) => {
                    if let Err(refused) = exports.send(work) {
                        let _ = self.outcome_sender.send(Outcome::Exported((refused.0)()));
                    }
                }
                None => {
                    let _ = self.outcome_sender.send(Outcome::Exported(work()));
                }
            }
            return;
        }
        let refused = match &self.jobs {
            Some(jobs) => jobs.send(job).err().map(|e| e.0),
            None => Some(job),
        };
        if let Some(outcome) = refused.and_then(stopped) {
            let _ = self.outcome_sender.send(outcome);
        }
    }

    /// Outcomes ready now, in the order the work was done.
    pub fn poll(&mut self) -> Vec<Outcome> {
        if let Some((files, touches)) = &mut self.inline {
            // The watcher's reports, checked here when work runs on this thread.
            let reports: Vec<Job> = touches.try_iter().collect();
            for job in reports {
                if let Some(outcome) = files.run(job) {
                    let _ = self.outcome_sender.send(outcome);
                }
            }
        }
        let done: Vec<Outcome> = self.outcomes.try_iter().collect();
        for outcome in &done {
            let count = match outcome {
                Outcome::Loaded { .. } => &mut self.in_flight.loads,
                Outcome::ImportRead { .. } | Outcome::ImportReworked { .. } => {
                    &mut self.in_flight.imports
                }
                Outcome::Saved { .. } => &mut self.in_flight.saves,
                Outcome::Exported(_) => &mut self.in_flight.exports,
                _ => continue,
            };
            *count = count.saturating_sub(1);
        }
        done
    }

    /// What is handed over and not yet reported.
    pub fn in_flight(&self) -> InFlight {
        self.in_flight
    }
}

/// The outcome of a job the worker could not take.
fn stopped(job: Job) -> Option<Outcome> {
    let why = crate::tr!("worker-stopped");
    Some(match job {
        Job::Load { ticket, path, .. } => Outcome::Loaded {
            ticket,
            result: Err(OpenError::Io {
                path: path.display().to_string(),
                error: std::io::Error::other(why),
            }),
            path,
            compared: None,
        },
        Job::Save { path, state, .. } => Outcome::Saved {
            path,
            state,
            result: Err(SaveError::Failed(why)),
        },
        Job::Snapshot { .. } => Outcome::SnapshotFailed(why),
        Job::Export(work) => Outcome::Exported(work()),
        Job::ReadImport { path, .. } => Outcome::ImportRead {
            path,
            result: Err(why),
        },
        // Worked out here rather than never: the window would wait for it.
        Job::ReworkImport(rework) => Outcome::ImportReworked {
            ticket: rework.ticket,
            worked: rework.run().map(Box::new),
        },
        Job::DropSnapshot { data, stem } => {
            recovery::remove(&recovery::recovery_dir(&data).join(format!("{stem}.ron")));
            return None;
        }
        Job::ReadVersion(version) => Outcome::VersionRead {
            version,
            result: Err(why),
        },
        Job::Watch(_) | Job::Touched(_) | Job::ListVersions { .. } => return None,
    })
}

fn spawn_files(
    mut files: Files,
    jobs: Sender<Job>,
    inbox: Receiver<Job>,
    outcomes: &Sender<Outcome>,
    wake: &Waker,
) -> Option<Sender<Job>> {
    let (outcomes, wake) = (outcomes.clone(), Arc::clone(wake));
    std::thread::Builder::new()
        .name("itinera-files".into())
        .spawn(move || {
            for job in inbox {
                if let Some(outcome) = files.run(job) {
                    if outcomes.send(outcome).is_err() {
                        return;
                    }
                    wake();
                }
            }
        })
        .ok()
        .map(|_| jobs)
}

fn spawn_exports(outcomes: &Sender<Outcome>, wake: &Waker) -> Option<Sender<ExportWork>> {
    let (sender, inbox) = channel::<ExportWork>();
    let (outcomes, wake) = (outcomes.clone(), Arc::clone(wake));
    std::thread::Builder::new()
        .name("itinera-export".into())
        .spawn(move || {
            for work in inbox {
                if outcomes.send(Outcome::Exported(work())).is_err() {
                    return;
                }
                wake();
            }
        })
        .ok()
        .map(|_| sender)
}
