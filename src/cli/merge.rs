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
        // The merge holds back what breaks a rule; should anything still break one, git must not take the file.
        let broken = broken_rules(&merged);
        if !broken.is_empty() {
            for problem in &broken {
                println!(
                    "{name}: {}",
                    crate::tr!("merge-breaks-rule", problem = problem.as_str())
                );
            }
            return Ok(ExitCode::from(1));
        }
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
                base = shown(&record_diff::base_words(c)),
                ours = shown(&record_diff::ours_words(c)),
                theirs = shown(&record_diff::theirs_words(c))
            )
        );
    }
    Ok(ExitCode::from(1))
}

/// The rules a merged programme breaks, each as "path: message".
fn broken_rules(merged: &crate::model::Timeline) -> Vec<String> {
    crate::model::validate(merged)
        .into_iter()
        .filter(|p| p.severity == crate::model::Severity::Error)
        .map(|p| format!("{}: {}", p.path, p.message))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_merged_programme_that_breaks_a_rule_names_where_and_which() {
        crate::i18n::set(crate::i18n::Lang::En);
        let mut t = crate::document::Document::sample().timeline().clone();
        assert!(broken_rules(&t).is_empty());
        let i = t
            .events
            .iter()
            .position(|e| e.id.as_str() == "mumbai")
            .expect("Mumbai");
        std::sync::Arc::make_mut(&mut t.events[i]).end = "2026-02-20".parse().ok();
        let broken = broken_rules(&t);
        assert_eq!(broken.len(), 1, "{broken:?}");
        assert!(
            broken[0].starts_with(&format!("events[{i}].end: ")),
            "{broken:?}"
        );
    }
}
