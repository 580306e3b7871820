//! One save: refuse to overwrite a file that changed on disk since it was loaded unless told to, keep the last
//! versions as backups, write atomically, and say how it went. The file worker runs saves in order.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash as _, Hasher as _};
use std::io;
use std::path::{Path, PathBuf};
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

    /// The state of a file just read as `bytes`.
    pub fn of_bytes(bytes: &[u8], modified: Option<SystemTime>) -> DiskState {
        DiskState {
            size: bytes.len() as u64,
            modified,
            hash: hash(bytes),
        }
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
