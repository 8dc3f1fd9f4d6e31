//! `careguide build`: publish the editions as HTML, plain text, Markdown
//! and JSON.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;

use careguide::build::{BuildRequest, build};
use careguide::diag::{self, Diagnostic};
use careguide::render::{Format, RenderOptions};

use super::{Outcome, load_for_editing, parse_all};

#[derive(Args)]
pub(crate) struct BuildArgs {
    /// Folder to publish into.
    #[arg(long, value_name = "DIR", default_value = "dist")]
    out: PathBuf,
    /// Only this edition (repeat for more): guide, easy-read, framework.
    #[arg(long, value_name = "E")]
    edition: Vec<String>,
    /// Only this language (repeat for more), e.g. en-GB.
    #[arg(long, value_name = "L")]
    lang: Vec<String>,
    /// Only this format (repeat for more).
    #[arg(long, value_name = "F", value_enum)]
    format: Vec<Format>,
    /// Width to wrap plain text to.
    #[arg(long, value_name = "N", default_value_t = 72)]
    text_width: usize,
    /// Also publish languages that translate less than the threshold in
    /// content/publish.toml.
    #[arg(long)]
    include_incomplete: bool,
    /// Read aloud on the web: a play button and an Opus file beside every
    /// statement and the "Get help now" box (needs espeak-ng and opusenc).
    #[arg(long)]
    audio: bool,
    /// Where `--audio` keeps the audio it has made, so the next build makes
    /// only what changed [default: ~/.cache/careguide/audio, or
    /// $CAREGUIDE_AUDIO_CACHE].
    #[arg(long, value_name = "DIR", requires = "audio")]
    audio_cache: Option<PathBuf>,
    /// The address the web site (the html folder) is published at, such
    /// as https://example.org/careguide/: each page's links to its other
    /// languages (hreflang) become absolute, as search engines ask, and
    /// name the page itself and the front page (x-default).
    #[arg(long, value_name = "URL")]
    base_url: Option<String>,
}

pub(crate) fn execute(content: Option<&Path>, args: BuildArgs) -> Outcome {
    let project = load_for_editing(content)?;
    let editions = parse_all(&args.edition, |e| project.parse_edition(e))?;
    let langs = parse_all(&args.lang, |l| project.parse_lang(l))?;
    let base_url = args
        .base_url
        .as_deref()
        .map(careguide::render::html::base_url)
        .transpose()
        .map_err(|e| vec![Diagnostic::error(format!("--base-url: {e}"))])?;
    let req = BuildRequest {
        out: args.out.clone(),
        editions,
        langs,
        formats: args.format,
        render: RenderOptions {
            text_width: args.text_width.max(20),
            audio: args.audio.then(|| {
                args.audio_cache.clone().unwrap_or_else(|| {
                    careguide::speech::cache::default_dir(&args.out.join(".careguide-audio-cache"))
                })
            }),
            base_url,
        },
        include_incomplete: args.include_incomplete,
    };
    let report = build(&project, &req).map_err(|f| {
        diag::tell(&f.diagnostics);
        careguide::tell!("Nothing was published: {} is as it was.", req.out.display());
        Vec::new()
    })?;
    diag::tell(&report.warnings);
    diag::tell(&report.set_aside);
    careguide::tell!(
        "Built {} files ({} KB) into {}{}{}",
        report.files.len(),
        report.bytes.div_ceil(1024),
        args.out.display(),
        if report.warnings.is_empty() {
            String::new()
        } else {
            format!(", with {} warnings", report.warnings.len())
        },
        if report.set_aside.is_empty() {
            String::new()
        } else {
            ", setting aside the languages with errors".to_string()
        }
    );
    // A language set aside for its errors fails the build (its old files,
    // if any, are as they were).
    if !report.set_aside.is_empty() {
        return Err(Vec::new());
    }
    Ok(ExitCode::SUCCESS)
}
