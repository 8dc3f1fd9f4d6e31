//! "How I like it": the reader's own choices (read aloud, read each
//! screen as it opens, colours, more space, language), one menu row each.
//! Enter, Space or an arrow changes the row chosen. Kept in
//! [`super::state::Prefs`], so the idle reset and quick exit forget them.

use super::library::Library;
use super::state::App;
use super::theme::ThemeName;

/// The rows of the screen, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Speech,
    ReadOnArrival,
    Theme,
    Roomy,
    Language,
}

pub const ROWS: [Row; 5] = [
    Row::Speech,
    Row::ReadOnArrival,
    Row::Theme,
    Row::Roomy,
    Row::Language,
];

/// The theme shown now: the reader's choice, else the kiosk's own.
pub fn theme_now(app: &App, started: ThemeName) -> ThemeName {
    app.prefs.theme.unwrap_or(started)
}

fn theme_word(t: ThemeName) -> &'static str {
    match t {
        ThemeName::Default => "kiosk-theme-default",
        ThemeName::HighContrast => "kiosk-theme-high-contrast",
        ThemeName::Light => "kiosk-theme-light",
        ThemeName::Mono => "kiosk-theme-mono",
    }
}

/// A row's words: what it is, then how it is now ("Read aloud: On").
pub fn label(app: &App, lib: &Library, row: Row) -> String {
    let w = &lib.words;
    let on_off = |on: bool| {
        w.plain(if on {
            "kiosk-prefs-on"
        } else {
            "kiosk-prefs-off"
        })
    };
    let (what, now) = match row {
        Row::Speech => ("kiosk-prefs-speech", on_off(app.prefs.speech)),
        Row::ReadOnArrival => ("kiosk-prefs-arrival", on_off(app.prefs.read_on_arrival)),
        Row::Theme => (
            "kiosk-prefs-theme",
            w.plain(theme_word(theme_now(app, app.started_theme))),
        ),
        Row::Roomy => ("kiosk-prefs-roomy", on_off(app.prefs.roomy)),
        Row::Language => (
            "kiosk-prefs-language",
            lib.languages()
                .get(app.language)
                .map(|l| l.name.clone())
                .unwrap_or_default(),
        ),
    };
    format!("{}: {now}", w.plain(what))
}

/// Changes a row: a switch flips, a list moves on by `by` (1 or -1).
/// Returns the language to load, if the language changed.
pub fn change(app: &mut App, lib: &Library, row: Row, by: isize) -> Option<usize> {
    match row {
        Row::Speech => app.prefs.speech = !app.prefs.speech,
        Row::ReadOnArrival => app.prefs.read_on_arrival = !app.prefs.read_on_arrival,
        Row::Roomy => {
            app.prefs.roomy = !app.prefs.roomy;
            app.roomy = app.prefs.roomy;
        }
        Row::Theme => {
            let all = ThemeName::ALL;
            let now = theme_now(app, app.started_theme);
            let i = all.iter().position(|t| *t == now).unwrap_or(0) as isize;
            let next = (i + by).rem_euclid(all.len() as isize) as usize;
            app.prefs.theme = Some(all[next]);
        }
        Row::Language => {
            let n = lib.languages().len();
            if n > 1 {
                let next = (app.language as isize + by).rem_euclid(n as isize) as usize;
                app.language = next;
                return Some(next);
            }
        }
    }
    None
}

/// The screen's words, for reading aloud.
pub fn prefs_text(app: &App, lib: &Library) -> Vec<String> {
    let mut out = vec![lib.words.plain("kiosk-prefs-title")];
    out.extend(ROWS.iter().map(|r| label(app, lib, *r)));
    out
}
