//! `careguide` (or `careguide browse`) and `careguide kiosk`: the guide in
//! this terminal, and the same as a public kiosk.

use std::path::Path;
use std::process::ExitCode;

use clap::Args;

use careguide::tui::{self, KioskOptions};

use super::{Outcome, load};

#[derive(Args, Clone, Default)]
pub(crate) struct BrowseArgs {
    /// Language to read in, e.g. en-GB (default: from LANG, else en-GB).
    #[arg(long, value_name = "L")]
    lang: Option<String>,
    /// Which version to read: guide or easy-read (default: the guide, the
    /// first edition laid out in chapters).
    #[arg(long, value_name = "E")]
    edition: Option<String>,
    /// Colours: default, high-contrast, light or mono.
    #[arg(long, value_name = "T", value_parser = ["default", "high-contrast", "light", "mono"])]
    theme: Option<String>,
    /// Plain numbered lines for screen readers, no drawing or redraws.
    #[arg(long)]
    screen_reader: bool,
    /// More space between lines and paragraphs.
    #[arg(long)]
    roomy: bool,
    /// Also offer languages that translate less of the edition than the
    /// threshold in content/publish.toml (for translators).
    #[arg(long)]
    include_incomplete: bool,
    /// Read aloud with this command instead of espeak-ng: it gets the text
    /// on standard input, and CAREGUIDE_SPEECH_LANG (a BCP 47 tag) and
    /// CAREGUIDE_SPEECH_VOICE in its environment.
    #[arg(long, value_name = "CMD")]
    speech_command: Option<String>,
}

#[derive(Args)]
pub(crate) struct KioskArgs {
    #[command(flatten)]
    browse: BrowseArgs,
    /// Seconds without a key press before "Are you still there?".
    #[arg(long, value_name = "N", default_value_t = 120)]
    idle_seconds: u64,
}

/// Reads the guide here.
pub(crate) fn browse(content: Option<&Path>, args: BrowseArgs) -> Outcome {
    run(content, args, None)
}

/// Runs as a kiosk.
pub(crate) fn kiosk(content: Option<&Path>, args: KioskArgs) -> Outcome {
    run(content, args.browse, Some(args.idle_seconds))
}

fn run(content: Option<&Path>, args: BrowseArgs, idle: Option<u64>) -> Outcome {
    let project = load(content)?;
    // The edition first, then the language, as the kiosk has always said.
    let edition = args
        .edition
        .as_deref()
        .map(|e| project.parse_edition(e))
        .transpose()
        .map_err(|d| vec![d])?;
    let lang = args
        .lang
        .as_deref()
        .map(|l| project.parse_lang(l))
        .transpose()
        .map_err(|d| vec![d])?;
    let opts = KioskOptions {
        lang,
        edition,
        theme: args.theme,
        screen_reader: args.screen_reader,
        kiosk: idle.is_some(),
        idle_seconds: idle.unwrap_or(120),
        roomy: args.roomy,
        include_incomplete: args.include_incomplete,
        speech_command: args.speech_command,
    };
    tui::run(&project, opts).map_err(|d| vec![d])?;
    Ok(ExitCode::SUCCESS)
}
