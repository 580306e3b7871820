//! Itinera's entry point: parse the command line, then run a subcommand or open the window.

use std::process::ExitCode;

use clap::Parser as _;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = itinera::cli::Cli::parse();
    let result = match cli.command {
        Some(command) => itinera::cli::run(command),
        None => itinera::app::run_window(cli.files, cli.view, cli.present),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("itinera: {e:#}");
            ExitCode::from(1)
        }
    }
}
