//! `itinera diff OLD NEW`: what changed between two versions of a timeline, in words or as JSON. Either side may
//! be a git revision and path (`HEAD~3:plan.ron`), read with `git show`.

use std::path::Path;
use std::process::ExitCode;

use crate::io;
use crate::model::Timeline;

/// Reads one side (of a diff, or of a merge): a file when one exists at `spec`, else `REV:PATH` through `git show` (the path taken from
/// the current folder first, as a user in a subfolder means it, then from the repository's root).
pub fn read_side(spec: &str) -> anyhow::Result<Timeline> {
    let path = Path::new(spec);
    // An empty file — git's /dev/null for an added or deleted file, or a merge base where there is no common
    // ancestor — is an empty programme.
    if std::fs::metadata(path).is_ok_and(|m| m.len() == 0) {
        return Ok(Timeline::default());
    }
    if path.exists() {
        return io::load(path)
            .map(|p| p.timeline)
            .map_err(|e| anyhow::anyhow!("{e}"));
    }
    let Some((rev, file)) = spec.split_once(':') else {
        anyhow::bail!(crate::tr!(
            "cli-git-show-failed",
            spec = spec,
            why = std::io::Error::from(std::io::ErrorKind::NotFound).to_string()
        ));
    };
    let relative = if file.starts_with("./") || file.starts_with('/') {
        file.to_owned()
    } else {
        format!("./{file}")
    };
    let mut why = String::new();
    for object in [format!("{rev}:{relative}"), spec.to_owned()] {
        match io::versions::run_git(Path::new("."), &["show", &object]) {
            Ok(bytes) => {
                return io::format::parse_owned(spec, bytes)
                    .map(|p| p.timeline)
                    .map_err(|e| anyhow::anyhow!("{e}"));
            }
            Err(said) => why = said,
        }
    }
    anyhow::bail!(crate::tr!("cli-git-show-failed", spec = spec, why = why))
}

/// Prints the changes from `old` to `new`; exit 0 for none, 1 for some, as `diff` does (errors are 2, from the
/// caller).
pub fn diff(old: &str, new: &str, json: bool) -> anyhow::Result<ExitCode> {
    let (a, b) = (read_side(old)?, read_side(new)?);
    let changes = crate::model::compare::diff(&a, &b);
    if json {
        println!("{}", serde_json::to_string_pretty(&changes)?);
    } else if changes.is_empty() {
        println!("{}", crate::tr!("diff-no-changes"));
    } else {
        for change in &changes {
            for line in &change.words {
                println!("{line}");
            }
        }
    }
    Ok(if changes.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
