//! Backups of saved files, kept in the per-user data folder (not beside the file, which may be in git): the
//! last five versions of each file, newest first.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash as _, Hasher as _};
use std::io;
use std::path::{Path, PathBuf};

/// How many versions of one file are kept.
pub const KEEP: usize = 5;

/// The folder holding one file's backups, named after the file and its full path.
pub fn folder_for(root: &Path, file: &Path) -> PathBuf {
    let full = std::fs::canonicalize(file).unwrap_or_else(|_| file.to_path_buf());
    let mut h = DefaultHasher::new();
    full.hash(&mut h);
    let name = file
        .file_stem()
        .map_or_else(|| "timeline".into(), |n| n.to_string_lossy().into_owned());
    root.join(format!("{name}-{:016x}", h.finish()))
}

/// Copies the current content of `file` (if it exists) into its backup folder, dropping all but the newest five.
pub fn keep(root: &Path, file: &Path) -> io::Result<()> {
    if !file.exists() {
        return Ok(());
    }
    let dir = folder_for(root, file);
    std::fs::create_dir_all(&dir)?;
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S%.3fZ").to_string();
    // Saves within one millisecond get their own backups, numbered so they still sort by age.
    let target = (0..1000)
        .map(|n| dir.join(format!("{stamp}-{n:03}.ron")))
        .find(|p| !p.exists())
        .unwrap_or_else(|| dir.join(format!("{stamp}-999.ron")));
    // Copied by the file system, not through memory, so a large file costs no more than its size on disk.
    super::file::save_atomic_with(&target, |out| {
        std::io::copy(&mut std::fs::File::open(file)?, out).map(|_| ())
    })?;
    for old in list(root, file).into_iter().skip(KEEP) {
        let _ = std::fs::remove_file(old);
    }
    Ok(())
}

/// A file's backups, newest first.
pub fn list(root: &Path, file: &Path) -> Vec<PathBuf> {
    let dir = folder_for(root, file);
    let mut found: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "ron"))
                .collect()
        })
        .unwrap_or_default();
    // Names are UTC timestamps, so they sort by age.
    found.sort();
    found.reverse();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_last_five_versions_are_kept_newest_first() {
        let root = tempfile::tempdir().expect("temp dir");
        let work = tempfile::tempdir().expect("temp dir");
        let file = work.path().join("plan.ron");
        for n in 0..8 {
            std::fs::write(&file, format!("version {n}")).expect("write");
            keep(root.path(), &file).expect("backup");
            std::thread::sleep(std::time::Duration::from_millis(3));
        }
        let kept = list(root.path(), &file);
        assert_eq!(kept.len(), KEEP);
        assert_eq!(
            std::fs::read_to_string(&kept[0]).expect("read"),
            "version 7"
        );
        assert_eq!(
            std::fs::read_to_string(&kept[4]).expect("read"),
            "version 3"
        );
    }

    #[test]
    fn saves_in_quick_succession_each_keep_a_backup_in_order() {
        let root = tempfile::tempdir().expect("temp dir");
        let work = tempfile::tempdir().expect("temp dir");
        let file = work.path().join("plan.ron");
        for n in 0..4 {
            std::fs::write(&file, format!("version {n}")).expect("write");
            keep(root.path(), &file).expect("backup");
        }
        let kept: Vec<String> = list(root.path(), &file)
            .iter()
            .map(|p| std::fs::read_to_string(p).expect("read"))
            .collect();
        assert_eq!(kept, ["version 3", "version 2", "version 1", "version 0"]);
    }
}
