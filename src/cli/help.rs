//! The command line's help in the interface's language. clap writes its headings, its help flags and its hints
//! ("possible values", "default") in English, so the command is rebuilt with every description, heading and
//! value name from the message files, and the hints folded into the descriptions.

use clap::{Arg, ArgAction, Command, CommandFactory as _};

use super::Cli;
use crate::i18n::Lang;
use crate::tr;

/// The language the command line asks for (`--lang fr`, `--lang=fr`, anywhere on the line), if it names one.
pub fn lang_in_args(args: impl IntoIterator<Item = std::ffi::OsString>) -> Option<Lang> {
    let args: Vec<String> = args
        .into_iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    args.iter().enumerate().find_map(|(i, arg)| {
        let value = match arg.strip_prefix("--lang") {
            Some("") => args.get(i + 1)?.as_str(),
            Some(rest) => rest.strip_prefix('=')?,
            None => return None,
        };
        Lang::from_tag(value)
    })
}

/// The whole command line, described in the current language.
pub fn command() -> Command {
    let root = Cli::command()
        .about(tr!("cli-about"))
        .subcommand_help_heading(tr!("cli-heading-commands"))
        .subcommand_value_name(tr!("cli-value-command"))
        .disable_help_subcommand(true)
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(tr!("cli-help-version")),
        )
        .mut_arg("files", |a| {
            a.help(tr!("cli-help-files"))
                .value_name(tr!("cli-value-file"))
        })
        .mut_arg("view", |a| {
            a.help(tr!("cli-help-view"))
                .value_name(tr!("cli-value-view"))
                .hide_possible_values(true)
        })
        .mut_arg("present", |a| a.help(tr!("cli-help-present")))
        .mut_arg("compare", |a| a.help(tr!("cli-help-compare")))
        .mut_arg("theme", |a| a.help(tr!("cli-help-theme")))
        .mut_arg("lang", |a| {
            a.help(tr!("cli-help-lang"))
                .value_name(tr!("cli-value-lang"))
                .hide_possible_values(true)
        })
        .mut_subcommand("check", |c| {
            c.about(tr!("cli-check-about")).mut_arg("files", |a| {
                a.help(tr!("cli-help-check-files"))
                    .value_name(tr!("cli-value-file"))
            })
        })
        .mut_subcommand("fmt", |c| {
            c.about(tr!("cli-fmt-about"))
                .mut_arg("check", |a| a.help(tr!("cli-help-fmt-check")))
                .mut_arg("drop_comments", |a| {
                    a.help(tr!("cli-help-fmt-drop-comments"))
                })
                .mut_arg("files", |a| {
                    a.help(tr!("cli-help-fmt-files"))
                        .value_name(tr!("cli-value-file"))
                })
        })
        .mut_subcommand("present", |c| {
            c.about(tr!("cli-present-about"))
                .mut_arg("file", |a| {
                    a.help(tr!("cli-help-timeline-file"))
                        .value_name(tr!("cli-value-file"))
                })
                .mut_arg("export", |a| {
                    a.help(tr!("cli-help-present-export"))
                        .value_name(tr!("cli-value-folder"))
                })
                .mut_arg("filter", |a| {
                    a.help(tr!("cli-help-present-filter"))
                        .value_name(tr!("cli-value-search"))
                })
                .mut_arg("show_restricted", |a| {
                    a.help(tr!("cli-help-present-show-restricted"))
                })
                .mut_arg("size", |a| {
                    a.help(tr!("cli-help-present-size"))
                        .value_name(tr!("cli-value-size"))
                        .hide_default_value(true)
                })
        })
        .mut_subcommand("ics", |c| {
            c.about(tr!("cli-ics-about"))
                .mut_arg("file", |a| {
                    a.help(tr!("cli-help-timeline-file"))
                        .value_name(tr!("cli-value-file"))
                })
                .mut_arg("output", |a| {
                    a.help(tr!("cli-help-ics-output"))
                        .value_name(tr!("cli-value-file"))
                })
                .mut_arg("include_restricted", |a| {
                    a.help(tr!("cli-help-ics-include-restricted"))
                })
        })
        .mut_subcommand("import", |c| {
            c.about(tr!("cli-import-about"))
                .mut_arg("source", |a| {
                    a.help(tr!("cli-help-import-source"))
                        .value_name(tr!("cli-value-file"))
                })
                .mut_arg("into", |a| {
                    a.help(tr!("cli-help-import-into"))
                        .value_name(tr!("cli-value-file"))
                })
                .mut_arg("sheet", |a| {
                    a.help(tr!("cli-help-import-sheet"))
                        .value_name(tr!("cli-value-sheet"))
                })
                .mut_arg("map", |a| {
                    a.help(tr!("cli-help-import-map"))
                        .value_name(tr!("cli-value-map"))
                })
                .mut_arg("dates", |a| {
                    a.help(tr!("cli-help-import-dates"))
                        .value_name(tr!("cli-value-order"))
                        .hide_possible_values(true)
                })
                .mut_arg("dry_run", |a| a.help(tr!("cli-help-import-dry-run")))
        })
        .mut_subcommand("export", |c| {
            c.about(tr!("cli-export-about"))
                .mut_arg("file", |a| {
                    a.help(tr!("cli-help-timeline-file"))
                        .value_name(tr!("cli-value-file"))
                })
                .mut_arg("output", |a| {
                    a.help(tr!("cli-help-export-output"))
                        .value_name(tr!("cli-value-file"))
                })
                .mut_arg("include_restricted", |a| {
                    a.help(tr!("cli-help-export-include-restricted"))
                })
        })
        .mut_subcommand("diff", |c| {
            c.about(tr!("cli-diff-about"))
                .mut_arg("old", |a| a.help(tr!("cli-help-diff-old")))
                .mut_arg("new", |a| a.help(tr!("cli-help-diff-new")))
                .mut_arg("format", |a| a.help(tr!("cli-help-diff-format")))
        })
        .mut_subcommand("merge", |c| {
            c.about(tr!("cli-merge-about"))
                .mut_arg("output", |a| a.help(tr!("cli-help-merge-output")))
                .mut_arg("path", |a| a.help(tr!("cli-help-merge-path")))
        })
        .mut_subcommand("git-setup", |c| {
            c.about(tr!("cli-git-setup-about"))
                .mut_arg("repo", |a| a.help(tr!("cli-help-git-setup-repo")))
                .mut_arg("check", |a| a.help(tr!("cli-help-git-setup-check")))
        })
        .mut_subcommand("git-diff", |c| c.about(tr!("cli-git-diff-about")))
        .mut_subcommand("git-textconv", |c| c.about(tr!("cli-git-textconv-about")))
        .mut_subcommand("book", |c| {
            c.about(tr!("cli-book-about"))
                .mut_arg("file", |a| {
                    a.help(tr!("cli-help-timeline-file"))
                        .value_name(tr!("cli-value-file"))
                })
                .mut_arg("output", |a| {
                    a.help(tr!("cli-help-book-output"))
                        .value_name(tr!("cli-value-file"))
                })
                .mut_arg("trip", |a| {
                    a.help(tr!("cli-help-book-trip"))
                        .value_name(tr!("cli-value-id"))
                })
                .mut_arg("filter", |a| {
                    a.help(tr!("cli-help-present-filter"))
                        .value_name(tr!("cli-value-search"))
                })
                .mut_arg("show_restricted", |a| {
                    a.help(tr!("cli-help-book-show-restricted"))
                })
                .mut_arg("paper", |a| {
                    a.help(tr!("cli-help-book-paper"))
                        .value_name(tr!("cli-value-paper"))
                        .hide_possible_values(true)
                        .hide_default_value(true)
                })
        })
        .mut_subcommand("image", |c| {
            c.about(tr!("cli-image-about"))
                .mut_arg("file", |a| {
                    a.help(tr!("cli-help-timeline-file"))
                        .value_name(tr!("cli-value-file"))
                })
                .mut_arg("output", |a| {
                    a.help(tr!("cli-help-image-output"))
                        .value_name(tr!("cli-value-file"))
                })
                .mut_arg("view", |a| {
                    a.help(tr!("cli-help-image-view"))
                        .value_name(tr!("cli-value-view"))
                        .hide_possible_values(true)
                        .hide_default_value(true)
                })
                .mut_arg("range", |a| {
                    a.help(tr!("cli-help-image-range"))
                        .value_name(tr!("cli-value-range"))
                        .hide_default_value(true)
                })
                .mut_arg("width", |a| {
                    a.help(tr!("cli-help-image-width"))
                        .value_name(tr!("cli-value-count"))
                        .hide_default_value(true)
                })
                .mut_arg("height", |a| {
                    a.help(tr!("cli-help-image-height"))
                        .value_name(tr!("cli-value-count"))
                        .hide_default_value(true)
                })
                .mut_arg("filter", |a| {
                    a.help(tr!("cli-help-present-filter"))
                        .value_name(tr!("cli-value-search"))
                })
        })
        .mut_subcommand("generate", |c| {
            c.about(tr!("cli-generate-about"))
                .mut_arg("events", |a| {
                    a.help(tr!("cli-help-generate-events"))
                        .value_name(tr!("cli-value-count"))
                        .hide_default_value(true)
                })
                .mut_arg("seed", |a| {
                    a.help(tr!("cli-help-generate-seed"))
                        .value_name(tr!("cli-value-number"))
                        .hide_default_value(true)
                })
                .mut_arg("output", |a| {
                    a.help(tr!("cli-help-generate-output"))
                        .value_name(tr!("cli-value-file"))
                })
        });
    with_headings(root)
}

/// Every command with its own help flag and template, its arguments under the language's headings.
fn with_headings(command: Command) -> Command {
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        tr!("cli-heading-usage")
    );
    let (arguments, options) = (tr!("cli-heading-arguments"), tr!("cli-heading-options"));
    command
        .help_template(template)
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(tr!("cli-help-help")),
        )
        .mut_args(move |a| {
            let heading = if a.is_positional() {
                &arguments
            } else {
                &options
            };
            a.help_heading(heading.clone())
        })
        .mut_subcommands(with_headings)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &str) -> Vec<std::ffi::OsString> {
        line.split(' ').map(Into::into).collect()
    }

    #[test]
    fn the_language_is_found_anywhere_on_the_line_in_either_spelling() {
        assert_eq!(
            lang_in_args(args("itinera --lang fr check a.ron")),
            Some(Lang::Fr)
        );
        assert_eq!(
            lang_in_args(args("itinera check a.ron --lang=en")),
            Some(Lang::En)
        );
        assert_eq!(lang_in_args(args("itinera check a.ron")), None);
        assert_eq!(lang_in_args(args("itinera --lang")), None);
        assert_eq!(lang_in_args(args("itinera --lang de")), None);
    }

    #[test]
    fn the_help_is_written_in_french_under_french_headings() {
        crate::i18n::set(Lang::Fr);
        let help = command().render_help().to_string();
        let check = command()
            .find_subcommand_mut("check")
            .map(|c| c.render_help().to_string())
            .unwrap_or_default();
        crate::i18n::set(Lang::En);
        for words in [
            "Utilisation :",
            "Commandes :",
            "Arguments :",
            "Options :",
            "Afficher l’aide",
        ] {
            assert!(help.contains(words), "{words} in {help}");
        }
        assert!(
            !help.contains("Print help") && !help.contains("Usage:"),
            "{help}"
        );
        assert!(check.contains("Vérifier des fichiers"), "{check}");
        command().debug_assert();
    }
}
