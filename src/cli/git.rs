//! Itinera in git: `itinera git-setup` registers Itinera as the diff and merge driver of `*.ron` files, so
//! `git diff` shows a timeline's changes in words and `git merge` merges by event and field; `itinera git-diff`
//! and `itinera merge` are what git then runs.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The attribute line `git-setup` writes into `.gitattributes`.
const ATTRIBUTES: &str = "*.ron diff=itinera merge=itinera";

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

/// The settings git needs in `.git/config`: the diff and merge drivers, running this program (quoted for
/// git's shell).
fn settings() -> anyhow::Result<Vec<(&'static str, String)>> {
    let exe = std::env::current_exe()?;
    let exe = format!("'{}'", exe.display().to_string().replace('\'', r"'\''"));
    Ok(vec![
        ("diff.itinera.command", format!("{exe} git-diff")),
        // `git log -p` and `git blame` run no external diff; they read the text this gives.
        ("diff.itinera.textconv", format!("{exe} git-textconv")),
        (
            "merge.itinera.name",
            "Itinera: merge timelines by event and field".to_owned(),
        ),
        (
            "merge.itinera.driver",
            format!("{exe} merge %O %A %B -o %A --path %P"),
        ),
    ])
}

/// Registers the drivers in the repository holding `repo` (the current folder when `None`), or with `check`
/// only reports whether they are registered. Says what it did; exit 1 from `--check` when something is missing.
pub fn setup(repo: Option<&Path>, check: bool) -> anyhow::Result<ExitCode> {
    let start = repo.map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    let top = PathBuf::from(git(&start, &["rev-parse", "--show-toplevel"])?);
    let attributes = top.join(".gitattributes");
    let text = std::fs::read_to_string(&attributes).unwrap_or_default();
    let has_attributes = text.lines().any(|l| l.trim() == ATTRIBUTES);
    let settings: Vec<(&str, String, bool)> = settings()?
        .into_iter()
        .map(|(key, value)| {
            let current = git(&top, &["config", "--local", "--get", key]).ok();
            let set = current.as_deref() == Some(value.as_str());
            (key, value, set)
        })
        .collect();
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
        for (key, value, set) in &settings {
            say(*set, format!("{key} = {value}"));
        }
        return Ok(if has_attributes && settings.iter().all(|s| s.2) {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        });
    }
    if has_attributes {
        println!("{}", crate::tr!("git-already", what = ATTRIBUTES));
    } else {
        // A line of an earlier set-up for *.ron is replaced, any other line kept.
        let mut lines: Vec<&str> = text
            .lines()
            .filter(|l| !(l.trim_start().starts_with("*.ron ") && l.contains("=itinera")))
            .collect();
        lines.push(ATTRIBUTES);
        let new = lines.join("\n") + "\n";
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
    for (key, value, set) in &settings {
        if *set {
            println!("{}", crate::tr!("git-already", what = *key));
        } else {
            git(&top, &["config", "--local", key, value])?;
            println!(
                "{}",
                crate::tr!("git-set", key = *key, value = value.clone())
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// What git runs as the textconv of a timeline file: its events and fields as lines of words. A file that cannot
/// be read as a timeline is given as it is, so that git still shows its lines; exits 0 either way.
pub fn textconv(file: &Path) -> ExitCode {
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    // An empty file (a side that does not exist) shows as no lines.
    let empty = std::fs::metadata(file).is_ok_and(|m| m.len() == 0);
    let written = match crate::io::load(file) {
        _ if empty => Ok(()),
        Ok(parsed) => crate::model::compare::as_lines(&parsed.timeline)
            .iter()
            .try_for_each(|line| writeln!(out, "{line}")),
        Err(_) => std::fs::read(file).and_then(|bytes| out.write_all(&bytes)),
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("itinera git-textconv: {e}");
            ExitCode::from(1)
        }
    }
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
    match (super::diff::read_side(old), super::diff::read_side(new)) {
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
