//! One save: refuse to overwrite a file that changed on disk since it was loaded unless told to, keep the last
//! versions as backups, write atomically, and say how it went. The file worker runs saves in order.

use std::collections::hash_map::DefaultHasher;
use std::hash::Hasher as _;
use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// What a file on disk looked like: enough to notice that someone else changed it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DiskState {
    pub size: u64,
    pub modified: Option<SystemTime>,
    pub hash: u64,
}

fn hash(bytes: &[u8]) -> u64 {
    let mut h = Hashing::default();
    h.take(bytes);
    h.finish()
}

/// Hashes content as it goes by, in pieces of any size: the same content gives the same hash however it is cut,
/// so a file can be hashed while it is written or read without being held whole.
#[derive(Default)]
pub struct Hashing {
    hasher: DefaultHasher,
    len: u64,
}

impl Hashing {
    pub fn take(&mut self, piece: &[u8]) {
        self.hasher.write(piece);
        self.len += piece.len() as u64;
    }

    pub fn finish(mut self) -> u64 {
        self.hasher.write_u64(self.len);
        self.hasher.finish()
    }
}

/// A writer that hashes what passes through it on the way to `inner`.
pub struct HashingWriter<W> {
    pub inner: W,
    pub hashing: Hashing,
}

impl<W: io::Write> io::Write for HashingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hashing.take(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

impl DiskState {
    /// The state of `path` now, reading it in pieces to hash its content.
    pub fn of_file(path: &Path) -> io::Result<DiskState> {
        use std::io::Read as _;
        let mut file = std::fs::File::open(path)?;
        let meta = file.metadata()?;
        let mut hashing = Hashing::default();
        let mut buf = vec![0u8; 1 << 20];
        loop {
            let n = file.read(&mut buf)?;
            if n == 0 {
                break;
            }
            hashing.take(&buf[..n]);
        }
        Ok(DiskState {
            size: hashing.len,
            modified: meta.modified().ok(),
            hash: hashing.finish(),
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

    /// Whether two states are the same file content (the modification time alone does not decide).
    pub fn same_content(&self, other: &DiskState) -> bool {
        self.size == other.size && self.hash == other.hash
    }
}

/// One save to make.
pub struct SaveJob {
    pub path: PathBuf,
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

/// Words for a failed save of `path`: read-only file, missing folder, full disk, denied permission.
pub fn describe(error: &io::Error, path: &Path) -> String {
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| ".".into(), |p| p.display().to_string());
    match error.kind() {
        io::ErrorKind::PermissionDenied => {
            crate::tr!("save-permission-denied", path = path.display().to_string())
        }
        io::ErrorKind::NotFound => crate::tr!("save-no-folder", folder = folder),
        io::ErrorKind::StorageFull => crate::tr!("save-disk-full"),
        io::ErrorKind::ReadOnlyFilesystem => crate::tr!("save-read-only"),
        io::ErrorKind::NotADirectory => crate::tr!("save-not-a-folder", folder = folder),
        io::ErrorKind::IsADirectory => {
            crate::tr!("save-is-a-folder", path = path.display().to_string())
        }
        _ => error.to_string(),
    }
}

/// Carries out one job: check the file on disk, keep a backup, then write atomically what `write` writes, hashing
/// it on the way so the file is never held whole.
pub fn run_job(
    job: &SaveJob,
    backups: Option<&Path>,
    write: impl FnOnce(&mut dyn io::Write) -> io::Result<()>,
) -> Result<DiskState, SaveError> {
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
    let mut written = None;
    super::file::save_atomic_with(&job.path, |out| {
        let mut hashing = HashingWriter {
            inner: out,
            hashing: Hashing::default(),
        };
        write(&mut hashing)?;
        written = Some(hashing.hashing);
        Ok(())
    })
    .map_err(|e| SaveError::Failed(describe(&e, &job.path)))?;
    let hashing = written.unwrap_or_default();
    Ok(DiskState {
        size: hashing.len,
        modified: std::fs::metadata(&job.path).and_then(|m| m.modified()).ok(),
        hash: hashing.finish(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_hashed_in_pieces_as_it_is_written_matches_the_file_read_back() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("plan.ron");
        let content: Vec<u8> = (0..3_000_000u32).map(|n| (n % 251) as u8).collect();
        let job = SaveJob {
            path: path.clone(),
            expected: None,
            force: false,
            state: 1,
        };
        let written = run_job(&job, None, |out| {
            for piece in content.chunks(7919) {
                out.write_all(piece)?;
            }
            Ok(())
        })
        .expect("saved");
        let read = DiskState::of_file(&path).expect("read");
        assert!(written.same_content(&read));
        assert!(written.same_content(&DiskState::of_bytes(&content, None)));
    }

    #[test]
    fn a_save_into_a_missing_folder_says_which_folder_in_words() {
        let path = Path::new("/no/such/place/plan.ron");
        let error = io::Error::from(io::ErrorKind::NotFound);
        assert_eq!(
            describe(&error, path),
            "the folder /no/such/place does not exist"
        );
    }
}
