//! `itinera merge BASE OURS THEIRS [-o OUT]`: a three-way merge by id and field, usable as git's merge driver
//! (`itinera merge %O %A %B -o %A --path %P`). Conflicts are recorded in the file, which stays readable; the
//! exit code is 1 while any is left, so git stops; 2 is an error, and then nothing is written.

use std::path::Path;
use std::process::ExitCode;

use crate::model::record_diff;

/// A version as the conflict report shows it: in words, or "—" where that version has none.
fn shown(value: &Option<String>) -> String {
    value.clone().unwrap_or_else(|| "—".to_owned())
}

pub fn merge(
    base: &Path,
    ours: &Path,
    theirs: &Path,
    output: Option<&Path>,
    name: Option<&str>,
) -> anyhow::Result<ExitCode> {
    let side = |path: &Path| super::diff::read_side(&path.to_string_lossy());
    let (b, o, t) = (side(base)?, side(ours)?, side(theirs)?);
    let merged = crate::model::merge::merge(&b, &o, &t);
    let out = output.unwrap_or(ours);
    crate::io::save_atomic(out, crate::io::serialize(&merged).as_bytes())
        .map_err(|e| anyhow::anyhow!(crate::io::saver::describe(&e, out)))?;
    let name = name.map_or_else(|| out.display().to_string(), str::to_owned);
    if merged.conflicts.is_empty() {
        let created = crate::model::merge::new_warnings(&merged, &o, &t);
        if created.is_empty() {
            println!("{name}: {}", crate::tr!("merge-clean"));
        }
        for warning in created {
            println!(
                "{name}: {}",
                crate::tr!("merge-clean-but", warning = warning)
            );
        }
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "{name}: {}",
        crate::tr!("merge-conflicts", count = merged.conflicts.len())
    );
    for c in &merged.conflicts {
        println!(
            "  {}",
            crate::tr!(
                "merge-conflict-line",
                on = c.on.clone(),
                field = c.field.clone(),
                base = if c.field == "record" && c.base.is_some() {
                    crate::tr!("conflict-as-it-was")
                } else {
                    shown(&c.base.as_deref().map(record_diff::value_words))
                },
                ours = shown(&record_diff::ours_words(c)),
                theirs = shown(&record_diff::theirs_words(c))
            )
        );
    }
    Ok(ExitCode::from(1))
}
