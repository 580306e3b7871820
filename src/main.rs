//! Itinera's entry point: parse the command line, then run a subcommand or open the window.

use std::process::ExitCode;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    itinera::process::prefer_small_pages();
    match itinera::cli::run(itinera::cli::parse()) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("itinera: {e:#}");
            ExitCode::from(1)
        }
    }
}
