//! `careguide build`: resolve every requested edition in every requested
//! locale, render each format, and publish all or nothing. Each file is
//! written to the new output folder beside the old one as it is rendered;
//! only when all of it is written is the old output's remainder carried
//! over and the two folders exchanged in one step (`crate::publish`). A
//! failed, killed or concurrent build leaves the previous output as it was.

//!
//! The parts: `pipeline.rs` resolves and renders (HTML a page at a time,
//! the audio, the front page and the readability figures), `aside.rs`
//! decides what is not published (a language with errors is set aside,
//! text that breaks the easy-read rules is refused), and `swap.rs` says
//! which output units a file belongs to and takes the output folder.

use std::collections::{BTreeMap, BTreeSet};
use std::io;
use std::path::PathBuf;

use crate::check::readability::ReadabilityRow;
use crate::diag::Diagnostic;
use crate::project::{EditionId, LocaleTag, Project};
use crate::render::{Format, RenderOptions, SiteEntry};
pub use crate::staging::BuildReport;
use crate::staging::Staging;

mod aside;
mod pipeline;
mod swap;

use pipeline::{Extras, Report, run_pipeline};
pub use swap::publish;
use swap::{begin_publication, unit_of};

#[derive(Debug, Clone)]
pub struct BuildRequest {
    pub out: PathBuf,
    /// Editions; empty means all.
    pub editions: Vec<EditionId>,
    /// Locales; empty means all.
    pub langs: Vec<LocaleTag>,
    /// Formats; empty means all.
    pub formats: Vec<Format>,
    pub render: RenderOptions,
    /// Publish editions below the translation threshold too.
    pub include_incomplete: bool,
}

/// Why nothing was published.
#[derive(Debug)]
pub struct BuildFailure {
    pub diagnostics: Vec<Diagnostic>,
}

impl From<Diagnostic> for BuildFailure {
    fn from(d: Diagnostic) -> Self {
        BuildFailure {
            diagnostics: vec![d],
        }
    }
}

/// Renders everything asked for into memory: relative path -> bytes.
/// (Tests and the live preview use this; `build` streams to disk.)
/// Rendered files by relative path.
pub type Files = BTreeMap<String, Vec<u8>>;

pub fn render_all(
    project: &Project,
    req: &BuildRequest,
) -> Result<(Files, Vec<Diagnostic>), BuildFailure> {
    let site = render_site(project, req)?;
    Ok((site.files, site.warnings))
}

/// What [`render_site`] made.
pub struct Rendered {
    pub files: Files,
    pub warnings: Vec<Diagnostic>,
    /// The front page's entry for each HTML document rendered, in the
    /// order the front page lists them: the live preview keeps them to
    /// write the front page again when it rebuilds only one language.
    pub front_page: Vec<SiteEntry>,
    /// The readability figures of the languages rendered, for the same
    /// reason: with [`render_languages`], `readability.html` is left to
    /// the caller, who has every language's rows.
    pub readability: Vec<ReadabilityRow>,
}

/// [`render_all`], with the front page's entries.
pub fn render_site(project: &Project, req: &BuildRequest) -> Result<Rendered, BuildFailure> {
    render_with(project, req, Report::Whole)
}

/// [`render_site`] for the live preview's one-language rebuild: the
/// readability figures of `req.langs` only (counting every language again
/// took half the time of a save), and no `readability.html`.
pub fn render_languages(project: &Project, req: &BuildRequest) -> Result<Rendered, BuildFailure> {
    render_with(project, req, Report::Asked)
}

fn render_with(
    project: &Project,
    req: &BuildRequest,
    report: Report,
) -> Result<Rendered, BuildFailure> {
    let mut files = BTreeMap::new();
    let mut extras = Extras::default();
    let warnings = run_pipeline(project, req, &mut files, &mut extras, report)?;
    Ok(Rendered {
        files,
        warnings,
        front_page: extras.front_page,
        readability: extras.readability,
    })
}

/// Builds and publishes. Nothing under `req.out` changes unless every
/// output was rendered and staged.
pub fn build(project: &Project, req: &BuildRequest) -> Result<BuildReport, BuildFailure> {
    let (req, set_aside) = aside::set_aside_broken_languages(project, req)?;
    let req = &req;
    aside::refuse_rule_errors(project, req)?;
    let out = &req.out;
    let io_failure = |e: io::Error| {
        BuildFailure::from(
            Diagnostic::error(format!("cannot write to {}: {e}", out.display()))
                .with_help("check the folder can be created and that you may write to it"),
        )
    };
    let publication = begin_publication(out)?;
    let mut report = BuildReport::default();
    let mut output = Staging::new(&publication.next, &mut report);
    let rendered = run_pipeline(
        project,
        req,
        &mut output,
        &mut Extras::default(),
        Report::Whole,
    );
    // Every file is on disk (or the first error writing one is known)
    // before anything is published or removed.
    let written = output.finish();
    let result = rendered.and_then(|warnings| {
        written.map_err(io_failure)?;
        let units: BTreeSet<String> = report.files.iter().map(|k| unit_of(k)).collect();
        publication.commit(&units, unit_of).map_err(io_failure)?;
        Ok(warnings)
    });
    report.warnings = result?;
    report.set_aside = set_aside;
    // Shared assets are written once per edition; count each file once.
    report.files.sort();
    report.files.dedup();
    Ok(report)
}

/// Fails with `diags` (each once) if one of them is an error.
fn fail_on_errors(diags: &[Diagnostic]) -> Result<(), BuildFailure> {
    if diags.iter().any(Diagnostic::is_error) {
        let mut diagnostics = diags.to_vec();
        dedup_diags(&mut diagnostics);
        return Err(BuildFailure { diagnostics });
    }
    Ok(())
}

/// Keeps the first of each finding found more than once.
fn dedup_diags(diags: &mut Vec<Diagnostic>) {
    let mut seen = BTreeSet::new();
    diags.retain(|d| seen.insert(d.one_line()));
}
