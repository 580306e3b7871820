//! Reading timeline files from disk and writing them atomically.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use super::diagnostic::LoadError;
use super::format::{Parsed, parse_owned};

/// Files larger than this are refused before parsing: no real timeline comes close.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// Why a file could not be opened as a timeline.
#[derive(Debug)]
pub enum OpenError {
    Io { path: String, error: io::Error },
    TooLarge { path: String, size: u64 },
    Invalid(LoadError),
}

impl std::error::Error for OpenError {}

/// In the interface's language: the common reasons a file cannot be read get words of Itinera's own, since the
/// system's come in English.
impl std::fmt::Display for OpenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OpenError::Io { path, error } => {
                let why = match error.kind() {
                    io::ErrorKind::NotFound => crate::tr!("read-not-found"),
                    io::ErrorKind::PermissionDenied => crate::tr!("read-permission-denied"),
                    io::ErrorKind::IsADirectory => crate::tr!("read-is-a-folder"),
                    _ => error.to_string(),
                };
                write!(f, "{path}: {why}")
            }
            OpenError::TooLarge { path, size } => write!(
                f,
                "{path}: {}",
                crate::tr!("read-too-large", size = *size, most = MAX_FILE_BYTES)
            ),
            OpenError::Invalid(e) => write!(f, "{e}"),
        }
    }
}

/// Reads a timeline file's bytes (refusing one too large to be a timeline), with its modification time.
pub fn load_bytes(path: &Path) -> Result<(Vec<u8>, Option<std::time::SystemTime>), OpenError> {
    let name = path.display().to_string();
    let io_error = |error| OpenError::Io {
        path: name.clone(),
        error,
    };
    let file = File::open(path).map_err(io_error)?;
    let meta = file.metadata().map_err(io_error)?;
    let size = meta.len();
    if size > MAX_FILE_BYTES {
        return Err(OpenError::TooLarge { path: name, size });
    }
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    Ok((bytes, meta.modified().ok()))
}

/// Reads and parses a timeline file.
pub fn load(path: &Path) -> Result<Parsed, OpenError> {
    let (bytes, _) = load_bytes(path)?;
    parse_owned(&path.display().to_string(), bytes).map_err(OpenError::Invalid)
}

static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// A hidden temporary name beside `path`, unique within this process.
fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map_or_else(|| "timeline".into(), |n| n.to_string_lossy());
    let n = TEMP_COUNTER.fetch_add(1, Ordering::Relaxed);
    path.with_file_name(format!(".{name}.itinera-{}-{n}.tmp", std::process::id()))
}

/// Removes temp files an interrupted save of `path` left behind (hidden, same folder, this file's name).
pub fn sweep_stale_temps(path: &Path) {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return;
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let prefix = format!(".{}.itinera-", name.to_string_lossy());
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        if file.starts_with(&prefix) && file.ends_with(".tmp") {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Replaces `path` with `bytes` so that a crash at any moment leaves either the old file or the new one.
/// Temp files left by an earlier, interrupted save are swept first.
pub fn save_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    save_atomic_with(path, |w| w.write_all(bytes))
}

/// Like `save_atomic`, with the content written by `write` as it is made, so a large file is never held whole.
pub fn save_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut dyn io::Write) -> io::Result<()>,
) -> io::Result<()> {
    sweep_stale_temps(path);
    let temp = temp_path(path);
    let result = write_then_rename(path, &temp, write);
    if result.is_err() {
        // The temp file is ours and unfinished; the original is untouched.
        let _ = fs::remove_file(&temp);
    }
    result
}

fn write_then_rename(
    path: &Path,
    temp: &Path,
    write: impl FnOnce(&mut dyn io::Write) -> io::Result<()>,
) -> io::Result<()> {
    // Write the whole content to a new file in the same folder, so the rename below stays on one file system.
    let file = OpenOptions::new().write(true).create_new(true).open(temp)?;
    let mut buffered = io::BufWriter::with_capacity(1 << 20, file);
    write(&mut buffered)?;
    let file = buffered
        .into_inner()
        .map_err(io::IntoInnerError::into_error)?;
    // Keep the permissions of the file being replaced.
    if let Ok(meta) = fs::metadata(path) {
        file.set_permissions(meta.permissions())?;
    }
    // Flush the content to disk before the rename makes it visible under the real name.
    file.sync_all()?;
    drop(file);
    // Rename is atomic: readers see the old file or the new one, never a mix.
    fs::rename(temp, path)?;
    // Flush the folder so the rename itself survives a power cut.
    sync_parent(path)
}

fn sync_parent(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        let parent = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        File::open(parent)?.sync_all()?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}
