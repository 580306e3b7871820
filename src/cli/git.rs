//! Itinera in git: `itinera git-setup` registers Itinera as the diff driver of `*.ron` files, so `git diff`
//! shows a timeline's changes in words; `itinera git-diff` is what git then runs.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The attribute line `git-setup` writes into `.gitattributes`.
const ATTRIBUTES: &str = "*.ron diff=itinera";

/// Runs git in `repo` and returns its trimmed output, or why it failed.
fn git(repo: &Path, args: &[&str]) -> anyhow::Result<String> {
    let out = std::process::Command::new("git")
        .arg("-C")
        .arg(repo)
        .args(args)
        .output()
        .map_err(|e| anyhow::anyhow!("git: {e}"))?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).trim().to_owned())
    } else {
        anyhow::bail!(
            "git {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        )
    }
}

/// The command git should run as the diff driver: this program, quoted for git's shell.
fn driver_command() -> anyhow::Result<String> {
    let exe = std::env::current_exe()?;
    let exe = exe.display().to_string().replace('\'', r"'\''");
    Ok(format!("'{exe}' git-diff"))
}

/// Registers the diff driver in the repository holding `repo` (the current folder when `None`), or with
/// `check` only reports whether it is registered. Says what it did; exit 1 from `--check` when something is
/// missing.
pub fn setup(repo: Option<&Path>, check: bool) -> anyhow::Result<ExitCode> {
    let start = repo.map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    let top = PathBuf::from(git(&start, &["rev-parse", "--show-toplevel"])?);
    let attributes = top.join(".gitattributes");
    let text = std::fs::read_to_string(&attributes).unwrap_or_default();
    let has_attributes = text.lines().any(|l| l.trim() == ATTRIBUTES);
    let wanted = driver_command()?;
    let current = git(
        &top,
        &["config", "--local", "--get", "diff.itinera.command"],
    )
    .ok();
    let has_driver = current.as_deref() == Some(wanted.as_str());
    if check {
        let say = |ok: bool, what: String| {
            let mark = if ok { "✓" } else { "✗" };
            println!("{mark} {what}");
        };
        say(
            has_attributes,
            crate::tr!(
                "git-attributes-line",
                line = ATTRIBUTES,
                file = attributes.display().to_string()
            ),
        );
        say(has_driver, crate::tr!("git-diff-driver", command = wanted));
        return Ok(if has_attributes && has_driver {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        });
    }
    if has_attributes {
        println!("{}", crate::tr!("git-already", what = ATTRIBUTES));
    } else {
        let mut new = text.clone();
        if !new.is_empty() && !new.ends_with('\n') {
            new.push('\n');
        }
        new.push_str(ATTRIBUTES);
        new.push('\n');
        crate::io::save_atomic(&attributes, new.as_bytes())?;
        println!(
            "{}",
            crate::tr!(
                "git-added-attributes",
                line = ATTRIBUTES,
                file = attributes.display().to_string()
            )
        );
    }
    if has_driver {
        println!(
            "{}",
            crate::tr!("git-already", what = "diff.itinera.command")
        );
    } else {
        git(
            &top,
            &["config", "--local", "diff.itinera.command", &wanted],
        )?;
        println!("{}", crate::tr!("git-set-driver", command = wanted));
    }
    Ok(ExitCode::SUCCESS)
}

/// One side as git hands it to a diff driver: `/dev/null` for a file added or deleted.
fn side(path: &str) -> anyhow::Result<crate::model::Timeline> {
    if path == "/dev/null" {
        return Ok(crate::model::Timeline::default());
    }
    crate::io::load(Path::new(path))
        .map(|p| p.timeline)
        .map_err(|e| anyhow::anyhow!("{e}"))
}

/// What git runs as the external diff: `PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE`. Prints the
/// changes in words under a header naming the file. Always exits 0, as git expects of a diff driver; a side that
/// cannot be read is said so.
pub fn external_diff(args: &[String]) -> ExitCode {
    let (Some(path), Some(old), Some(new)) = (args.first(), args.get(1), args.get(4)) else {
        // An unmerged path gets one argument: nothing to compare.
        if let Some(path) = args.first() {
            println!("itinera diff {path}: {}", crate::tr!("git-unmerged"));
        }
        return ExitCode::SUCCESS;
    };
    println!("itinera diff a/{path} b/{path}");
    match (side(old), side(new)) {
        (Ok(a), Ok(b)) => {
            let changes = crate::model::compare::diff(&a, &b);
            if changes.is_empty() {
                println!("{}", crate::tr!("diff-no-changes"));
            }
            for line in changes.iter().flat_map(|c| &c.words) {
                println!("{line}");
            }
        }
        (Err(e), _) | (_, Err(e)) => println!("{e}"),
    }
    ExitCode::SUCCESS
}
