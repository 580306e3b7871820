//! The command line: open the window, or check, format and generate files without one.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::{FromArgMatches as _, Parser, Subcommand, ValueEnum};

use crate::io;

mod book;
mod diff;
mod git;
mod help;
mod import;
mod merge;

/// Reads the command line, with its help in the language it asks for (`--lang`) or the system's.
pub fn parse() -> Cli {
    let lang = help::lang_in_args(std::env::args_os()).unwrap_or_else(crate::i18n::Lang::system);
    crate::i18n::set_process(lang);
    let matches = help::command().get_matches();
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

/// Plan and brief diplomatic travel: timeline, calendar and world map over plain RON files.
#[derive(Parser, Debug)]
#[command(name = "itinera", version)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Timeline files to open; the shipped 2026 sample when none is given.
    pub files: Vec<PathBuf>,
    /// The view to show first.
    #[arg(long, value_enum)]
    pub view: Option<ViewArg>,
    /// Start in briefing mode.
    #[arg(long)]
    pub present: bool,
    /// Compare the document with another file, or a git revision of it (REV or REV:PATH).
    #[arg(long, value_name = "FILE|REV")]
    pub compare: Option<String>,
    /// The window's theme: system, light, dark, high-contrast (dark) or high-contrast-light.
    #[arg(long, value_enum)]
    pub theme: Option<ThemeArg>,
    /// The language of the window and of every message: en or fr (the system's by default).
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangArg>,
}

/// Themes of the window.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ThemeArg {
    System,
    Light,
    Dark,
    HighContrast,
    HighContrastLight,
}

impl From<ThemeArg> for crate::view::theme::Theme {
    fn from(arg: ThemeArg) -> Self {
        use crate::view::theme::Theme;
        match arg {
            ThemeArg::System => Theme::System,
            ThemeArg::Light => Theme::Light,
            ThemeArg::Dark => Theme::Dark,
            ThemeArg::HighContrast => Theme::HighContrastDark,
            ThemeArg::HighContrastLight => Theme::HighContrastLight,
        }
    }
}

/// Languages of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    En,
    Fr,
}

impl From<LangArg> for crate::i18n::Lang {
    fn from(arg: LangArg) -> Self {
        match arg {
            LangArg::En => crate::i18n::Lang::En,
            LangArg::Fr => crate::i18n::Lang::Fr,
        }
    }
}

/// Views an image can show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ImageViewArg {
    Timeline,
    Calendar,
    CalendarYear,
    Map,
}

/// Paper sizes a trip book is set on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PaperArg {
    Letter,
    A4,
}

/// Views the window can open on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ViewArg {
    Table,
    Timeline,
    Calendar,
    Map,
}

/// How `itinera diff` prints its changes.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum DiffFormat {
    Text,
    Json,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Validate timeline files; print every problem as `path:line:col: message`.
    Check {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Rewrite timeline files in canonical form.
    Fmt {
        /// Only report files that are not canonical; change nothing.
        #[arg(long)]
        check: bool,
        /// Rewrite files even though their comments will be lost.
        #[arg(long)]
        drop_comments: bool,
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Present a timeline as a briefing, or export it as a deck of PNGs.
    Present {
        file: PathBuf,
        /// Write one PNG per step into this folder instead of opening a window.
        #[arg(long)]
        export: Option<PathBuf>,
        /// Only events matching this search (the UI's saved filter is not used).
        #[arg(long)]
        filter: Option<String>,
        /// Include restricted events and notes.
        #[arg(long)]
        show_restricted: bool,
        /// Slide size in pixels.
        #[arg(long, default_value = "1366x768")]
        size: String,
    },
    /// Write the events known to the day as an iCalendar file for calendar apps (events known only to the
    /// month or year, and restricted ones, are left out and counted).
    Ics {
        file: PathBuf,
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
        /// Include events classified restricted (restricted notes are never written).
        #[arg(long)]
        include_restricted: bool,
    },
    /// Bring events in from a spreadsheet (xlsx, xls, ods, csv, tsv) or a calendar (ics) into a timeline file;
    /// events already there are updated, not repeated.
    Import {
        source: PathBuf,
        /// The timeline file to bring them into (made when it does not exist).
        #[arg(long)]
        into: PathBuf,
        /// The sheet to read (the first with anything in it by default).
        #[arg(long)]
        sheet: Option<String>,
        /// Column mapping over the guessed one: COLUMN=FIELD pairs, comma-separated.
        #[arg(long)]
        map: Option<String>,
        /// The order of day and month in numeric dates such as 03/04/2026.
        #[arg(long, value_enum)]
        dates: Option<import::DatesArg>,
        /// Report what would change; write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Write a timeline's events as a spreadsheet: xlsx, or CSV when the output ends in .csv.
    Export {
        file: PathBuf,
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
        /// Include events classified restricted.
        #[arg(long)]
        include_restricted: bool,
    },
    /// Write a trip book: the programme as a PDF to print (cover, stops, the programme day by day in venue and
    /// home time, a section per event).
    Book {
        file: PathBuf,
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
        /// Only this trip's legs.
        #[arg(long)]
        trip: Option<String>,
        /// Only events matching this search.
        #[arg(long)]
        filter: Option<String>,
        /// Include restricted events and notes (every page is then marked RESTRICTED).
        #[arg(long)]
        show_restricted: bool,
        /// Paper size: letter (the default, as in Canada) or a4.
        #[arg(long, value_enum, default_value = "letter")]
        paper: PaperArg,
    },
    /// Write an image of a whole view: the timeline over the whole programme (or a span), a calendar month or
    /// year, or the map.
    Image {
        file: PathBuf,
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
        #[arg(long, value_enum, default_value = "timeline")]
        view: ImageViewArg,
        /// all, or FROM..TO (dates such as 2026-02-26..2026-03-07 or 2026-02..2026-03).
        #[arg(long, default_value = "all")]
        range: String,
        /// Width in pixels (up to 16,000 where the graphics adapter allows it).
        #[arg(long, default_value_t = 1920)]
        width: u32,
        /// Height in pixels.
        #[arg(long, default_value_t = 1080)]
        height: u32,
        /// Only events matching this search.
        #[arg(long)]
        filter: Option<String>,
    },
    /// Show what changed between two versions of a timeline, by event and field, in words.
    Diff {
        old: String,
        new: String,
        /// text (the default) or json.
        #[arg(long, default_value = "text")]
        format: DiffFormat,
    },
    /// Merge two versions of a timeline with their common base, by event and field.
    Merge {
        base: PathBuf,
        ours: PathBuf,
        theirs: PathBuf,
        #[arg(short = 'o', long = "output")]
        output: Option<PathBuf>,
        #[arg(long)]
        path: Option<String>,
    },
    /// Make git show a timeline's changes in words (registers Itinera as the diff driver of `*.ron` files).
    GitSetup {
        repo: Option<PathBuf>,
        /// Only report whether it is set up.
        #[arg(long)]
        check: bool,
    },
    /// What git runs as the diff driver: PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE.
    #[command(hide = true)]
    GitDiff { args: Vec<String> },
    /// What git runs as the diff driver's textconv: a timeline as lines of words.
    #[command(hide = true)]
    GitTextconv { file: PathBuf },
    /// Write a deterministic synthetic timeline.
    Generate {
        #[arg(long, default_value_t = 300)]
        events: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
    },
}

impl From<ViewArg> for crate::app::View {
    fn from(arg: ViewArg) -> Self {
        match arg {
            ViewArg::Table => crate::app::View::Table,
            ViewArg::Timeline => crate::app::View::Timeline,
            ViewArg::Calendar => crate::app::View::Calendar,
            ViewArg::Map => crate::app::View::Map,
        }
    }
}

/// Carries out the command line: a subcommand, or the window. Returns the exit code.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let lang: Option<crate::i18n::Lang> = cli.lang.map(Into::into);
    // Messages of this run, and of the threads it starts, are in the chosen language, else the system's.
    crate::i18n::set_process(lang.unwrap_or_else(crate::i18n::Lang::system));
    match cli.command {
        Some(command) => run_command(command, lang),
        None => crate::app::run_window(
            cli.files,
            cli.view.map(Into::into),
            cli.present,
            lang,
            cli.compare,
            cli.theme.map(Into::into),
        ),
    }
}

/// Runs a subcommand that needs no window. Returns the exit code.
fn run_command(command: Command, lang: Option<crate::i18n::Lang>) -> anyhow::Result<ExitCode> {
    match command {
        Command::Check { files } => Ok(check(&files)),
        Command::Fmt {
            check,
            drop_comments,
            files,
        } => Ok(fmt(&files, check, drop_comments)),
        Command::Present {
            file,
            export,
            filter,
            show_restricted,
            size,
        } => match export {
            None => crate::app::run_window(vec![file], None, true, lang, None, None),
            Some(dir) => export_deck(&file, &dir, filter.as_deref(), show_restricted, &size),
        },
        Command::Ics {
            file,
            output,
            include_restricted,
        } => {
            let parsed = io::load(&file).map_err(|e| anyhow::anyhow!("{e}"))?;
            let resolved = crate::model::Resolved::of(&parsed.timeline);
            let export = io::ics::to_ics(
                &parsed.timeline,
                &resolved.times,
                resolved.order.iter().copied(),
                io::ics::IcsOptions {
                    include_restricted,
                    stamp: chrono::Utc::now(),
                },
            );
            io::save_atomic(&output, export.text.as_bytes())
                .with_context(|| format!("writing {}", output.display()))?;
            println!("{}: {}", output.display(), export.summary());
            Ok(ExitCode::SUCCESS)
        }
        Command::Import {
            source,
            into,
            sheet,
            map,
            dates,
            dry_run,
        } => import::import(import::ImportArgs {
            source: &source,
            into: &into,
            sheet: sheet.as_deref(),
            map: map.as_deref(),
            dates,
            dry_run,
        }),
        Command::Export {
            file,
            output,
            include_restricted,
        } => import::export(&file, &output, include_restricted),
        Command::Book {
            file,
            output,
            trip,
            filter,
            show_restricted,
            paper,
        } => book::book(
            &file,
            &output,
            trip,
            filter.as_deref(),
            show_restricted,
            paper,
        ),
        Command::Image {
            file,
            output,
            view,
            range,
            width,
            height,
            filter,
        } => book::image(
            &file,
            &output,
            view,
            &range,
            (width, height),
            filter.as_deref(),
        ),
        // As `diff`: 0 no change, 1 changes, 2 trouble.
        Command::Diff { old, new, format } => {
            match diff::diff(&old, &new, matches!(format, DiffFormat::Json)) {
                Ok(code) => Ok(code),
                Err(e) => {
                    eprintln!("itinera: {e:#}");
                    Ok(ExitCode::from(2))
                }
            }
        }
        Command::Merge {
            base,
            ours,
            theirs,
            output,
            path,
        } => match merge::merge(&base, &ours, &theirs, output.as_deref(), path.as_deref()) {
            Ok(code) => Ok(code),
            Err(e) => {
                eprintln!("itinera: {e:#}");
                Ok(ExitCode::from(2))
            }
        },
        Command::GitSetup { repo, check } => git::setup(repo.as_deref(), check),
        Command::GitDiff { args } => Ok(git::external_diff(&args)),
        Command::GitTextconv { file } => Ok(git::textconv(&file)),
        Command::Generate {
            events,
            seed,
            output,
        } => {
            let timeline = crate::model::generate::generate(events, seed);
            io::save_atomic(&output, io::serialize(&timeline).as_bytes())
                .with_context(|| format!("writing {}", output.display()))?;
            println!(
                "{}: {}",
                output.display(),
                crate::tr!(
                    "cli-generated",
                    events = events,
                    trips = timeline.trips.len()
                )
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Renders a briefing deck without a window, in the document's own order.
fn export_deck(
    file: &std::path::Path,
    dir: &std::path::Path,
    filter: Option<&str>,
    show_restricted: bool,
    size: &str,
) -> anyhow::Result<ExitCode> {
    let (w, h) = size
        .split_once('x')
        .and_then(|(w, h)| Some((w.parse::<f32>().ok()?, h.parse::<f32>().ok()?)))
        .ok_or_else(|| anyhow::anyhow!(crate::tr!("cli-bad-size")))?;
    let parsed = io::load(file).map_err(|e| anyhow::anyhow!("{e}"))?;
    let doc = crate::document::Document::from_file(file, parsed);
    let filter = crate::model::filter::Filter {
        text: filter.unwrap_or_default().to_owned(),
        ..Default::default()
    };
    let index = crate::model::filter::SearchIndex::build(doc.timeline());
    // The same rule as the window's views and briefing.
    let visible = crate::document::shown::shown(&doc, &index, &filter, show_restricted);
    let steps = crate::view::briefing::steps::steps(doc.timeline(), &visible, show_restricted);
    let deck = crate::view::briefing::export_deck(
        &doc,
        &steps,
        dir,
        (w, h),
        crate::view::briefing::Theme::Dark,
        show_restricted,
    )?;
    println!(
        "{}: {}",
        dir.display(),
        crate::tr!("cli-slides", count = deck.files.len())
    );
    Ok(ExitCode::SUCCESS)
}

fn check(files: &[PathBuf]) -> ExitCode {
    let mut clean = true;
    for file in files {
        match io::load(file) {
            Ok(parsed) => {
                // A merge conflict left in the file is an error until someone resolves it.
                let conflict_messages: Vec<String> = parsed
                    .timeline
                    .conflicts
                    .iter()
                    .map(crate::model::validate::conflict_message)
                    .collect();
                for warning in &parsed.warnings {
                    let mut warning = warning.clone();
                    if conflict_messages.contains(&warning.message) {
                        warning.severity = crate::model::Severity::Error;
                        clean = false;
                    }
                    println!("{}", warning.render(&file.display().to_string()));
                }
                print_plan_warnings(file, &parsed.timeline);
            }
            Err(e) => {
                clean = false;
                println!("{e}");
            }
        }
    }
    if clean {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// Plan warnings (a principal in two places at once, no time to travel), located at the later event's start.
/// They are warnings: the file is valid, so they do not change the exit code.
fn print_plan_warnings(file: &std::path::Path, t: &crate::model::Timeline) {
    let resolved = crate::model::Resolved::of(t);
    let plan = crate::model::checks::plan_warnings(t, &resolved.times, &resolved.order);
    if plan.is_empty() {
        return;
    }
    let text = std::fs::read_to_string(file).unwrap_or_default();
    let text = text.replace("\r\n", "\n");
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    for warning in &plan {
        let path = crate::model::Path::event(warning.second as usize).field("start");
        let at = io::locate::locate(text, &path).unwrap_or(io::locate::LineCol { line: 1, col: 1 });
        let diagnostic = io::Diagnostic::new(
            crate::model::Severity::Warning,
            text,
            at,
            warning.message(t),
        );
        println!("{}", diagnostic.render(&file.display().to_string()));
    }
}

fn fmt(files: &[PathBuf], check_only: bool, drop_comments: bool) -> ExitCode {
    let mut ok = true;
    for file in files {
        let name = file.display();
        let parsed = match io::load(file) {
            Ok(p) => p,
            Err(e) => {
                println!("{e}");
                ok = false;
                continue;
            }
        };
        let canonical = io::serialize(&parsed.timeline);
        let current = std::fs::read(file).unwrap_or_default();
        if current == canonical.as_bytes() {
            continue;
        }
        if check_only {
            println!(
                "{name}: {}",
                crate::tr!("cli-not-canonical", name = name.to_string())
            );
            ok = false;
        } else if parsed.has_comments && !drop_comments {
            println!("{name}: {}", crate::tr!("cli-has-comments"));
            ok = false;
        } else if let Err(e) = io::save_atomic(file, canonical.as_bytes()) {
            println!(
                "{name}: {}",
                crate::tr!("cli-could-not-write", error = e.to_string())
            );
            ok = false;
        } else {
            println!("{name}: {}", crate::tr!("cli-formatted"));
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
