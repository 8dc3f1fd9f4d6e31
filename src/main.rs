//! The command line: parses the arguments with clap and hands each
//! command to its module in `cmd/`, then prints what stopped it. Nothing
//! else lives here.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod cmd;

use cmd::{browse, build, check, locale, serve};

/// Read the Children's Social Care National Framework in words made for
/// children and young people.
///
/// With no command, careguide opens the guide in this terminal.
#[derive(Parser)]
#[command(name = "careguide", version, subcommand_negates_reqs = true)]
#[command(
    after_help = "Examples:\n  careguide                      read the guide here\n  careguide --edition easy-read  read the easy-read version\n  careguide kiosk                run as a public kiosk\n  careguide build --out dist     publish HTML, text, Markdown and JSON\n\nContains public sector information licensed under the Open Government Licence v3.0."
)]
struct Cli {
    /// Read content/ and locales/ from this folder (a working copy)
    /// instead of the ones built into careguide.
    #[arg(long, global = true, value_name = "DIR")]
    content: Option<PathBuf>,

    #[command(flatten)]
    browse: browse::BrowseArgs,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Read the guide in this terminal (what careguide does with no command).
    Browse(browse::BrowseArgs),
    /// Run as a public kiosk: resets when nobody is using it, and Ctrl-C,
    /// Ctrl-Z and q do not leave it. The operator stops it with SIGTERM or
    /// SIGUSR1, or with the keys in CAREGUIDE_OPERATOR_KEYS.
    Kiosk(browse::KioskArgs),
    /// Publish the editions as HTML, plain text, Markdown and JSON.
    Build(build::BuildArgs),
    /// Check the easy-read rules (and, more gently, the guide) in every
    /// language: each finding with its file, line and column.
    Check(check::CheckArgs),
    /// Preview the HTML while you edit: rebuilds and reloads on every save,
    /// with the findings for each page shown on it.
    Serve(serve::ServeArgs),
    /// Tools for translators: status, check, new, mark-current.
    #[command(subcommand)]
    Locale(locale::LocaleCommand),
}

fn main() -> ExitCode {
    careguide::stdio::install();
    let cli = Cli::parse();
    let content = cli.content.as_deref();
    let result = match cli.command {
        None => browse::browse(content, cli.browse),
        Some(Command::Browse(args)) => browse::browse(content, args),
        Some(Command::Kiosk(args)) => browse::kiosk(content, args),
        Some(Command::Build(args)) => build::execute(content, args),
        Some(Command::Check(args)) => check::execute(content, args),
        Some(Command::Serve(args)) => serve::execute(content, args),
        Some(Command::Locale(cmd)) => locale::execute(content, cmd),
    };
    match result {
        Ok(status) => status,
        // The reader stopped reading: that is not a failure.
        Err(diags)
            if diags
                .iter()
                .any(|d| d.code == careguide::stdio::BROKEN_PIPE) =>
        {
            ExitCode::SUCCESS
        }
        Err(diags) => {
            careguide::diag::tell(&diags);
            ExitCode::FAILURE
        }
    }
}
