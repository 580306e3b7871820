//! Earlier versions of a timeline file, to compare it with: another file, one of its backups, or one of its git
//! revisions (listed with `git log`, read with `git show`, using the real `git`).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::model::Timeline;

/// Where a version of a programme comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Version {
    /// A timeline file.
    File(PathBuf),
    /// One of the file's backups, kept by Itinera when it saves.
    Backup(PathBuf),
    /// `file` as it was at git revision `rev`.
    Git { file: PathBuf, rev: String },
}

impl Version {
    /// The version in words: the file's name, "backup of 2026-12-03 10:14:00", "plan.ron at a1b2c3d".
    pub fn label(&self) -> String {
        let name = |p: &Path| {
            p.file_name().map_or_else(
                || p.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            )
        };
        match self {
            Version::File(path) => name(path),
            Version::Backup(path) => crate::tr!(
                "version-backup",
                when = path
                    .file_stem()
                    .map_or_else(String::new, |s| s.to_string_lossy().into_owned())
            ),
            Version::Git { file, rev } => {
                crate::tr!("version-git", file = name(file), rev = rev.clone())
            }
        }
    }

    /// What `--compare SPEC` means for the document at `file`: a file when one exists there, `REV:PATH` a path
    /// at a revision, and anything else a revision of `file` itself.
    pub fn from_spec(spec: &str, file: Option<&Path>) -> Option<Version> {
        let path = Path::new(spec);
        if path.is_file() {
            return Some(Version::File(path.to_path_buf()));
        }
        if let Some((rev, other)) = spec.split_once(':')
            && !rev.is_empty()
            && !other.is_empty()
        {
            return Some(Version::Git {
                file: PathBuf::from(other),
                rev: rev.to_owned(),
            });
        }
        file.map(|f| Version::Git {
            file: f.to_path_buf(),
            rev: spec.to_owned(),
        })
    }
}

/// Reads a version, or says why it cannot be read.
pub fn read(version: &Version) -> Result<Timeline, String> {
    match version {
        Version::File(path) | Version::Backup(path) => super::load(path)
            .map(|p| p.timeline)
            .map_err(|e| e.to_string()),
        Version::Git { file, rev } => {
            let bytes = git_show(file, rev)?;
            super::format::parse_owned(&version.label(), bytes)
                .map(|p| p.timeline)
                .map_err(|e| e.to_string())
        }
    }
}

/// One commit that changed a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Revision {
    /// The abbreviated commit hash.
    pub rev: String,
    /// Its date, as `YYYY-MM-DD`.
    pub date: String,
    pub author: String,
    pub subject: String,
}

/// The folder and the file name `git` is run with for `file`.
fn git_place(file: &Path) -> (PathBuf, String) {
    let folder = file
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    let name = file
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    (folder, name)
}

/// Runs the real `git` in `folder`: what it wrote, or what it said when it failed.
pub fn run_git(folder: &Path, args: &[&str]) -> Result<Vec<u8>, String> {
    match Command::new("git")
        .arg("-C")
        .arg(folder)
        .args(args)
        .output()
    {
        Ok(out) if out.status.success() => Ok(out.stdout),
        Ok(out) => Err(String::from_utf8_lossy(&out.stderr).trim().to_owned()),
        Err(e) => Err(crate::tr!("version-no-git", why = e.to_string())),
    }
}

/// The commits that changed `file`, newest first, at most `max`; empty when the file is not in a repository.
pub fn git_log(file: &Path, max: usize) -> Vec<Revision> {
    let (folder, name) = git_place(file);
    let count = format!("-n{max}");
    let Ok(out) = run_git(
        &folder,
        &[
            "log",
            &count,
            "--date=short",
            "--format=%h%x1f%ad%x1f%an%x1f%s",
            "--",
            &name,
        ],
    ) else {
        return Vec::new();
    };
    String::from_utf8_lossy(&out)
        .lines()
        .filter_map(|line| {
            let mut parts = line.split('\u{1f}');
            Some(Revision {
                rev: parts.next()?.to_owned(),
                date: parts.next()?.to_owned(),
                author: parts.next()?.to_owned(),
                subject: parts.next().unwrap_or_default().to_owned(),
            })
        })
        .collect()
}

/// `file`'s content at revision `rev`.
pub fn git_show(file: &Path, rev: &str) -> Result<Vec<u8>, String> {
    // A revision is never an option of git's.
    if rev.starts_with('-') {
        return Err(crate::tr!(
            "cli-git-show-failed",
            spec = rev.to_owned(),
            why = crate::tr!("version-not-a-revision")
        ));
    }
    let (folder, name) = git_place(file);
    run_git(&folder, &["show", &format!("{rev}:./{name}")]).map_err(|why| {
        crate::tr!(
            "cli-git-show-failed",
            spec = format!("{rev}:{name}"),
            why = why
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_spec_is_a_file_a_path_at_a_revision_or_a_revision_of_the_open_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let there = dir.path().join("old.ron");
        std::fs::write(&there, "").expect("write");
        let spec = there.display().to_string();
        assert_eq!(
            Version::from_spec(&spec, None),
            Some(Version::File(there.clone()))
        );
        assert_eq!(
            Version::from_spec("HEAD~2:plan.ron", None),
            Some(Version::Git {
                file: PathBuf::from("plan.ron"),
                rev: "HEAD~2".into()
            })
        );
        assert_eq!(
            Version::from_spec("a1b2c3d", Some(Path::new("/w/plan.ron"))),
            Some(Version::Git {
                file: PathBuf::from("/w/plan.ron"),
                rev: "a1b2c3d".into()
            })
        );
        assert_eq!(Version::from_spec("a1b2c3d", None), None);
    }

    #[test]
    fn a_revision_that_looks_like_an_option_is_refused_before_git_runs() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("plan.ron");
        let out = dir.path().join("written");
        let rev = format!("--output={}", out.display());
        assert!(git_show(&file, &rev).is_err());
        assert!(!out.exists());
    }

    #[test]
    fn a_file_outside_any_repository_has_no_revisions() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("plan.ron");
        std::fs::write(&file, "").expect("write");
        assert!(git_log(&file, 10).is_empty());
    }
}
