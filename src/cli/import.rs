//! `itinera import` and `itinera export`: a spreadsheet or a calendar into a timeline file, and a timeline out
//! to a spreadsheet, without a window.

use std::collections::HashMap;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context as _;

use crate::edit::{Command, History};
use crate::io::sheet::{self, DateOrder, Mapping};
use crate::io::{self};
use crate::model::Timeline;

/// The day/month order the command line gives for numeric dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum DatesArg {
    /// Day first: 03/04/2026 is 3 April.
    Dmy,
    /// Month first: 03/04/2026 is 4 March.
    Mdy,
}

/// What `itinera import` was asked to do.
pub struct ImportArgs<'a> {
    pub source: &'a Path,
    pub into: &'a Path,
    pub sheet: Option<&'a str>,
    pub map: Option<&'a str>,
    pub dates: Option<DatesArg>,
    pub dry_run: bool,
}

/// The document to import into: the file as it is, or a new one when it does not exist yet.
fn target(into: &Path) -> anyhow::Result<Timeline> {
    if !into.exists() {
        let mut t = Timeline::default();
        if let Some(stem) = into.file_stem() {
            t.title = stem.to_string_lossy().into_owned();
        }
        return Ok(t);
    }
    Ok(io::load(into).map_err(|e| anyhow::anyhow!("{e}"))?.timeline)
}

/// Imports a spreadsheet into a timeline file, prints every row left out and the summary, and writes the file
/// (unless `dry_run`). Exit 0 when every row came in, 1 when some were left out.
pub fn import(args: ImportArgs) -> anyhow::Result<ExitCode> {
    let mut timeline = target(args.into)?;
    let is_calendar = args
        .source
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ics"));
    if is_calendar {
        return import_calendar(&mut timeline, args);
    }
    let book = sheet::read(args.source, args.sheet).map_err(|e| anyhow::anyhow!("{e}"))?;
    let grid = &book.grid;
    let mut mapping = Mapping::guess(grid);
    if let Some(spec) = args.map {
        mapping
            .override_with(grid, spec)
            .map_err(|e| anyhow::anyhow!("--map: {e}"))?;
    }
    let headers = grid.headers();
    let columns: Vec<String> = mapping
        .0
        .iter()
        .enumerate()
        .filter(|(_, f)| **f != sheet::Field::Ignore)
        .map(|(i, f)| {
            let header = headers.get(i).map_or("", String::as_str);
            format!("{} “{header}” → {}", grid.column_letters(i), f.key())
        })
        .collect();
    println!(
        "{}",
        crate::tr!("cli-import-columns", columns = columns.join(", "))
    );
    let order = args.dates.map(|d| match d {
        DatesArg::Dmy => DateOrder::DayFirst,
        DatesArg::Mdy => DateOrder::MonthFirst,
    });
    let given: HashMap<usize, DateOrder> = order
        .map(|o| (0..grid.width()).map(|c| (c, o)).collect())
        .unwrap_or_default();
    let imported = sheet::convert(grid, &mapping, &given);
    if !imported.missing.is_empty() {
        let fields: Vec<&str> = imported.missing.iter().map(|f| f.key()).collect();
        anyhow::bail!(crate::tr!("cli-import-missing", fields = fields.join(", ")));
    }
    if let Some(&column) = imported.ask_order.first() {
        anyhow::bail!(crate::tr!(
            "cli-import-ask-order",
            column = grid.column_letters(column),
            header = headers.get(column).map_or("", String::as_str)
        ));
    }
    let source = args.source.display().to_string();
    for problem in &imported.problems {
        println!("{source}: {problem}");
    }
    let incoming = imported.incoming(&grid.sheet);
    bring_in(
        &mut timeline,
        args,
        &source,
        incoming,
        imported.problems.len(),
    )
}

/// Imports an iCalendar file's entries.
fn import_calendar(timeline: &mut Timeline, args: ImportArgs) -> anyhow::Result<ExitCode> {
    let source = args.source.display().to_string();
    let text = std::fs::read_to_string(args.source).with_context(|| format!("reading {source}"))?;
    let read =
        io::ics_in::read(&text, &source, &timeline.home).map_err(|e| anyhow::anyhow!("{e}"))?;
    for (origin, why) in &read.refused {
        println!("{source}: {origin}: {why}");
    }
    for origin in &read.placed_at_home {
        println!(
            "{source}: {origin}: {}",
            crate::tr!("ics-in-placed-at-home")
        );
    }
    let unread = read.refused.len();
    bring_in(timeline, args, &source, read.incoming, unread)
}

/// Brings `incoming` into `timeline` as one step, reports it, and writes the file unless this is a dry run.
pub fn bring_in(
    timeline: &mut Timeline,
    args: ImportArgs,
    source: &str,
    incoming: Vec<crate::edit::import::Incoming>,
    unread: usize,
) -> anyhow::Result<ExitCode> {
    let prepared = crate::edit::import::prepare(timeline, &incoming);
    for (origin, why) in &prepared.summary.refused {
        println!("{source}: {origin}: {why}");
    }
    let name = args
        .source
        .file_name()
        .map_or_else(|| source.to_owned(), |n| n.to_string_lossy().into_owned());
    History::default()
        .apply(
            timeline,
            Command::Import {
                source: name,
                incoming,
            },
        )
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let mut summary = prepared.summary;
    summary.unreadable = unread;
    println!("{}: {}", args.into.display(), summary.line());
    if args.dry_run {
        println!("{}", crate::tr!("cli-import-dry-run"));
    } else {
        io::save_atomic(args.into, io::serialize(timeline).as_bytes())
            .with_context(|| format!("writing {}", args.into.display()))?;
    }
    Ok(if summary.left_out() == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Writes a timeline's events (restricted ones only when asked) as a spreadsheet: xlsx or CSV by the output's
/// extension.
pub fn export(file: &Path, output: &Path, include_restricted: bool) -> anyhow::Result<ExitCode> {
    let parsed = io::load(file).map_err(|e| anyhow::anyhow!("{e}"))?;
    let t = &parsed.timeline;
    let resolved = crate::model::Resolved::of(t);
    let indices: Vec<u32> = resolved
        .order
        .iter()
        .copied()
        .filter(|&i| {
            include_restricted
                || t.events[i as usize].classification == crate::model::Classification::Public
        })
        .collect();
    let bytes = sheet::export::bytes_for(output, t, &resolved.times, &indices)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    io::save_atomic(output, &bytes).with_context(|| format!("writing {}", output.display()))?;
    println!(
        "{}: {}",
        output.display(),
        crate::tr!("cli-exported-rows", count = indices.len())
    );
    Ok(ExitCode::SUCCESS)
}
