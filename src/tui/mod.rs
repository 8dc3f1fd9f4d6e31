//! The kiosk: young people read "what this means for you" in a terminal.
//!
//! The Elm Architecture:
//! - [`state`]: what is on screen and where the reader is (no terminal);
//! - [`update`]: keys, clicks, resizes and ticks in, new state out (pure);
//! - [`layout`]: the screens laid out without a theme: where things go,
//!   paragraphs wrapped at a width, how far a screen scrolls, the words
//!   it shows (what the update scrolls by and the view draws);
//! - [`view`]: colours the layout with the theme and draws it with
//!   ratatui (pure; returns what can be clicked);
//! - [`terminal`]: the only part that touches the terminal: set-up and
//!   restore, signals, the event loop;
//! - [`screen_reader`]: the linear mode, plain numbered lines in and out;
//! - [`library`]: the documents of one language shaped into topics,
//!   paragraphs and easy-read steps, shared by the view and the
//!   screen-reader mode; [`words`]: the kiosk's own words (kiosk.ftl);
//!   [`theme`]: colours and styles.
//!
//! Privacy: nothing here writes to disk or logs what was read.

// The interface returns the crate's one diagnostic type, as every stage
// does; it is not on a hot path.
#![allow(clippy::result_large_err)]

pub mod input;
pub mod keys;
pub mod layout;
pub mod library;
pub mod prefs;
pub mod screen_reader;
pub mod search;
pub mod speak;
pub mod speaker;
pub mod state;
pub mod terminal;
pub mod theme;
pub mod update;
pub mod view;
pub mod words;

#[cfg(test)]
mod fixture;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_prefs;

use std::io::IsTerminal;

use unic_langid::LanguageIdentifier;

use self::library::{Layout, Library, Offer};
use self::state::App;
use self::theme::{Theme, ThemeName};
use crate::diag::Diagnostic;
use crate::project::{EditionId, LocaleTag, Project};

pub struct KioskOptions {
    /// `--lang`; else the environment's language (see [`choose_language`]).
    pub lang: Option<LocaleTag>,
    /// The edition to read: the first of its layout (as shipped, the
    /// guide or the easy-read edition). None: the first `chapters` one.
    pub edition: Option<EditionId>,
    /// default, high-contrast, light or mono.
    pub theme: Option<String>,
    pub screen_reader: bool,
    pub kiosk: bool,
    pub idle_seconds: u64,
    pub roomy: bool,
    /// Offer languages translated below the publishing threshold too
    /// (`--include-incomplete`), for translators trying their work.
    pub include_incomplete: bool,
    /// The program that reads aloud instead of espeak-ng
    /// (`--speech-command`): it gets the text on standard input.
    pub speech_command: Option<String>,
}

/// The environment variable that sets the length of the "Are you still
/// there?" countdown in seconds (15 unless set; tests make it short).
pub const COUNTDOWN_ENV: &str = "CAREGUIDE_IDLE_COUNTDOWN";
/// The environment variable with the operator's exit key sequence for
/// kiosk mode, e.g. `F10 F10 F10 F9`.
pub const OPERATOR_KEYS_ENV: &str = "CAREGUIDE_OPERATOR_KEYS";

/// Runs the kiosk, offering only the languages whose edition is
/// published (translated at or above the threshold) unless
/// `include_incomplete` says otherwise.
pub fn run(project: &Project, opts: KioskOptions) -> Result<(), Diagnostic> {
    let edition = reading_mode(project, opts.edition.as_ref())?;
    let offer = Offer {
        edition,
        include_incomplete: opts.include_incomplete,
    };
    let tag = choose_language(project, opts.lang.as_ref(), offer)?;
    if let Some(t) = &opts.theme
        && ThemeName::parse(t).is_none()
    {
        return Err(Diagnostic::error(format!("there is no theme `{t}`"))
            .with_code("unknown-theme")
            .with_help("the themes are: default, high-contrast, light, mono"));
    }
    let lib = Library::load_offering(project, &tag, offer)?;
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    let dumb = env("TERM").is_some_and(|t| t == "dumb");
    let accessible = env("ACCESSIBLE").is_some_and(|v| v != "0");
    let linear = opts.screen_reader || accessible || dumb || !std::io::stdout().is_terminal();
    if linear {
        let stdout = std::io::stdout();
        let mode = screen_reader::Linear {
            kiosk: opts.kiosk,
            can_clear: stdout.is_terminal() && !dumb,
            input_is_terminal: std::io::stdin().is_terminal(),
            idle_ms: (opts.idle_seconds > 0).then(|| opts.idle_seconds.saturating_mul(1000)),
            countdown_ms: countdown_ms(),
        };
        if opts.kiosk {
            // Ctrl-C, Ctrl-\ and Ctrl-Z reach a program in linear mode as
            // signals (the terminal is not raw): a kiosk ignores them.
            terminal::ignore_leaving_signals();
        }
        return screen_reader::run(
            project,
            lib,
            edition,
            mode,
            std::io::BufReader::new(std::io::stdin()),
            stdout.lock(),
        );
    }
    let theme = Theme::new(ThemeName::choose(
        opts.theme.as_deref(),
        env("NO_COLOR").is_some(),
        dumb,
    ));
    let mut app = App::new(edition, opts.kiosk, opts.roomy, (80, 24));
    app.started_theme = theme.name;
    app.set_default_language(language_index(&lib));
    if opts.kiosk && opts.idle_seconds > 0 {
        app.idle.limit_ms = Some(opts.idle_seconds.saturating_mul(1000));
    }
    app.idle.countdown_ms = countdown_ms();
    if opts.kiosk
        && let Some(keys) = env(OPERATOR_KEYS_ENV)
    {
        app.operator.keys = keys::KeySpec::parse_sequence(&keys);
    }
    let player = speaker::Player::choose(opts.speech_command.as_deref());
    app.speech_available = player.is_some();
    let speaker = player.map(speaker::Speaker::new);
    let result = terminal::run(project, lib, &mut app, theme, speaker);
    // Said once, after the screen is back, to whoever runs the kiosk; never
    // after a quick exit, which leaves the terminal blank.
    if app.told_no_speech && !app.neutral {
        crate::speech::engine::say_missing_once("read aloud");
    }
    result
}

/// The reading mode of `edition`: the kiosk reads the first edition of
/// each layout, the one named in its layout's mode; with none named, the
/// first `chapters` edition. Another edition (one that exists, as
/// `--edition` was parsed against the content) is refused with the ones
/// it can read.
fn reading_mode(project: &Project, edition: Option<&EditionId>) -> Result<Layout, Diagnostic> {
    let readable =
        [Layout::Chapters, Layout::Statements].map(|l| (l, library::edition_of(project, l)));
    let found = match edition {
        Some(e) => readable.iter().find(|(_, id)| *id == e.as_str()),
        None => readable.first().filter(|(_, id)| !id.is_empty()),
    };
    found.map(|(l, _)| *l).ok_or_else(|| {
        let ids: Vec<String> = readable
            .iter()
            .filter(|(_, id)| !id.is_empty())
            .map(|(_, id)| format!("--edition {id}"))
            .collect();
        Diagnostic::error(match edition {
            Some(e) => format!("the kiosk cannot read the edition `{e}`"),
            None => "there is no `chapters` edition for the kiosk to start in".to_string(),
        })
        .with_code("unreadable-edition")
        .with_help(format!(
            "it reads the first edition of each layout: use {}",
            ids.join(" or ")
        ))
    })
}

/// The length of the "Are you still there?" countdown (15 s unless
/// `CAREGUIDE_IDLE_COUNTDOWN` says otherwise).
fn countdown_ms() -> u64 {
    std::env::var(COUNTDOWN_ENV)
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .map_or(15_000, |secs| secs.saturating_mul(1000))
}

/// Where the current language sits in the list of languages.
pub fn language_index(lib: &Library) -> usize {
    lib.languages()
        .iter()
        .position(|l| l.tag == lib.tag)
        .unwrap_or(0)
}

/// `--lang`, else the environment's language (LC_ALL, LC_MESSAGES,
/// LANG) matched with fluent-langneg, else the source language; see
/// [`Project::negotiate`]. A language whose edition is not published is
/// not read unless `offer` includes incomplete ones: asked for with
/// `--lang`, that is an error that says what to do; found in the
/// environment, the source language is read instead.
pub fn choose_language(
    project: &Project,
    lang: Option<&LocaleTag>,
    offer: Offer,
) -> Result<LanguageIdentifier, Diagnostic> {
    let tag = project.negotiate(lang);
    if offer.allows(project, &tag, offer.edition) {
        return Ok(tag);
    }
    if lang.is_some() {
        let percent = match project.availability(&tag, library::edition_of(project, offer.edition))
        {
            crate::project::Availability::Incomplete(p) => p,
            _ => 0.0,
        };
        return Err(Diagnostic::error(format!(
            "the {} edition is only {percent:.0}% translated into `{tag}`, so the kiosk does not offer it",
            library::edition_of(project, offer.edition)
        ))
        .with_code("incomplete-locale")
        .with_help(format!(
            "add --include-incomplete to read it anyway, or see `careguide locale check {tag}`"
        )));
    }
    crate::i18n::SOURCE_LOCALE
        .parse()
        .map_err(|_| Diagnostic::error("the source language tag is not valid"))
}

/// Looks up the library for a language index (after the start screen or a
/// reset changes language).
pub(crate) fn library_for(project: &Project, lib: &Library, index: usize) -> Option<Library> {
    let alt = lib.languages().get(index)?;
    let tag: LanguageIdentifier = alt.tag.parse().ok()?;
    let mut next = Library::load_offering(project, &tag, lib.offer).ok()?;
    // The same list, so the indices of the start screen keep their meaning.
    next.languages = lib.languages.clone();
    Some(next)
}
