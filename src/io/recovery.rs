//! Crash recovery on disk: where snapshots of unsaved work live, what each says about itself, and finding the
//! ones an earlier run left behind.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// What a recovery snapshot says about itself.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RecoveryInfo {
    /// The file the unsaved work belongs to, if it had one.
    pub path: Option<PathBuf>,
    /// When the snapshot was written (RFC 3339).
    pub written: String,
    /// Undoable changes since the last save.
    pub changes: usize,
}

/// The per-user data folder: backups and recovery snapshots live here, never beside the file.
pub fn default_data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "Itinera").map(|d| d.data_dir().to_path_buf())
}

/// The folder recovery snapshots go to, inside the data folder.
pub fn recovery_dir(data: &Path) -> PathBuf {
    data.join("recovery")
}

/// Recovery snapshots waiting in `data`, as (snapshot file, info), sorted by file.
pub fn pending(data: &Path) -> Vec<(PathBuf, RecoveryInfo)> {
    let Ok(entries) = std::fs::read_dir(recovery_dir(data)) else {
        return Vec::new();
    };
    let mut found: Vec<(PathBuf, RecoveryInfo)> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "info"))
        .filter_map(|info| {
            let meta: RecoveryInfo = ron::from_str(&std::fs::read_to_string(&info).ok()?).ok()?;
            Some((info.with_extension("ron"), meta))
        })
        .filter(|(snapshot, _)| snapshot.exists())
        .collect();
    found.sort_by(|a, b| a.0.cmp(&b.0));
    found
}

/// A snapshot's file name: the document's name and a hash of its full path.
pub fn stem(path: Option<&Path>) -> String {
    use std::hash::{Hash as _, Hasher as _};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    path.hash(&mut h);
    let name = path
        .and_then(|p| p.file_stem())
        .map_or_else(|| "untitled".into(), |n| n.to_string_lossy().into_owned());
    format!("{name}-{:016x}", h.finish())
}

/// Writes a snapshot (the timeline and its info) atomically into the recovery folder of `data`.
pub fn write(
    data: &Path,
    stem: &str,
    timeline: &crate::model::Timeline,
    info: &RecoveryInfo,
) -> std::io::Result<()> {
    let dir = recovery_dir(data);
    std::fs::create_dir_all(&dir)?;
    super::file::save_atomic_with(&dir.join(format!("{stem}.ron")), |out| {
        super::format::serialize_to(out, timeline)
    })?;
    let meta = ron::to_string(info).map_err(std::io::Error::other)?;
    super::save_atomic(&dir.join(format!("{stem}.info")), meta.as_bytes())
}

/// Removes a snapshot and its info. One already gone is not an error.
pub fn remove(snapshot: &Path) {
    for path in [
        snapshot.with_extension("ron"),
        snapshot.with_extension("info"),
    ] {
        let _ = std::fs::remove_file(path);
    }
}
