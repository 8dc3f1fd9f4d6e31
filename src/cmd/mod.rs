//! The commands, one module each (as mdBook has them): each owns its clap
//! arguments and an `execute` that parses what it was given once (a
//! `--lang` into a `LocaleTag`, an `--edition` into an `EditionId`, with
//! "did you mean"), hands the typed request to the library, and returns
//! the exit status, or the diagnostics of what stopped it (which `main`
//! prints). What several commands share is here: finding the project and
//! printing findings.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use careguide::diag::{self, Diagnostic};
use careguide::project::Project;
use careguide::source::Sources;

pub(crate) mod browse;
pub(crate) mod build;
pub(crate) mod check;
pub(crate) mod locale;
pub(crate) mod serve;

/// What a command did: the exit status (a check that found errors fails),
/// or what stopped it.
pub(crate) type Outcome = Result<ExitCode, Vec<Diagnostic>>;

/// `--format` of the commands that print findings.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum OutputFormat {
    /// Readable reports with the marked line.
    Human,
    /// One JSON array of findings.
    Json,
    /// path:line:col: level[rule]: message, one a line.
    Line,
}

impl From<OutputFormat> for diag::Format {
    fn from(f: OutputFormat) -> diag::Format {
        match f {
            OutputFormat::Human => diag::Format::Human,
            OutputFormat::Json => diag::Format::Json,
            OutputFormat::Line => diag::Format::Line,
        }
    }
}

/// The kiosk reads the content built into it unless told otherwise.
fn load(dir: Option<&Path>) -> Result<Project, Vec<Diagnostic>> {
    let sources = match dir {
        Some(d) => Sources::from_dir(d).map_err(|d| vec![d])?,
        None => Sources::embedded(),
    };
    Ok(Project::load(sources))
}

/// Editors' and translators' commands work on the working copy: the one
/// named by --content, else the current folder when it holds content/ and
/// locales/, else the built-in content.
fn load_for_editing(dir: Option<&Path>) -> Result<Project, Vec<Diagnostic>> {
    load(dir.or_else(|| working_copy_here().then_some(Path::new("."))))
}

fn working_copy_here() -> bool {
    Path::new("content").is_dir() && Path::new("locales").is_dir()
}

/// Where to write: commands that change files need a working copy.
fn writable_root(dir: Option<&Path>) -> Result<PathBuf, Vec<Diagnostic>> {
    match dir {
        Some(d) => Ok(d.to_path_buf()),
        None if working_copy_here() => Ok(PathBuf::from(".")),
        None => Err(vec![Diagnostic::error("there is no working copy here to change").with_help("run this in the project folder (the one with content/ and locales/), or pass --content DIR")]),
    }
}

/// Prints findings in the chosen format; errors (or, with --strict, any
/// finding) make the command fail.
fn report_findings(
    project: &Project,
    findings: &[Diagnostic],
    format: OutputFormat,
    strict: bool,
) -> Outcome {
    let (errors, warnings) = diag::count(findings);
    if format == OutputFormat::Json {
        // Each finding with its edition, language and message id.
        let mut findings = findings.to_vec();
        let editions: Vec<&str> = project
            .content
            .editions
            .iter()
            .map(|e| e.id.as_str())
            .collect();
        let text = |label: &str| {
            project
                .locales
                .list
                .iter()
                .flat_map(|l| l.files.iter())
                .find(|f| f.label == label)
                .map(|f| f.text())
        };
        diag::fill_context(&mut findings, text, &editions);
        diag::print(&findings, format.into()).map_err(|d| vec![d])?;
    } else {
        diag::print(findings, format.into()).map_err(|d| vec![d])?;
    }
    // The exit status is returned, not forced (std::process::exit), so
    // everything printed is flushed and dropped as on any other way out.
    if errors > 0 || (strict && warnings > 0) {
        Ok(ExitCode::FAILURE)
    } else {
        Ok(ExitCode::SUCCESS)
    }
}

/// `value` as JSON ([`diag::to_json`]), for the commands' other tables.
fn to_json(value: &impl serde::Serialize) -> Result<String, Vec<Diagnostic>> {
    diag::to_json(value).map_err(|d| vec![d])
}

/// Each of `values` parsed by `parse` (a `Project::parse_*`), or the first
/// that is not what it should be.
fn parse_all<T>(
    values: &[String],
    parse: impl Fn(&str) -> Result<T, Diagnostic>,
) -> Result<Vec<T>, Vec<Diagnostic>> {
    values
        .iter()
        .map(|v| parse(v))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|d| vec![d])
}
