//! Screen-reader (linear) mode: no alternate screen, no box drawing, no
//! redraws. Each screen is printed once as plain lines in reading order,
//! ending with numbered choices, and the choice is read as a line from
//! standard input ("Type a number, then press Enter"). It works through a
//! pipe: `printf '5\n' | careguide --screen-reader` prints outcome 3.
//! The end of input ends it quietly. "Words explained" is a numbered
//! choice of the home menu, and a page has a numbered choice for its
//! hard words (typing `d` on any screen does the same).

use std::io::{BufRead, Write};

use super::layout::ink::Ink;
use super::layout::text::segs;
use super::library::{self, Layout, Library, Para, TopicKind};
use crate::content::SourceRef;
use crate::diag::Diagnostic;
use crate::project::Project;
use crate::sanitize::for_terminal;

#[derive(Debug, Clone, PartialEq)]
enum Sr {
    Start,
    Home,
    Topic(usize),
    Source {
        page: String,
        source: Option<SourceRef>,
    },
    Help,
    /// Words explained: every hard word.
    Words,
    /// One hard word (an index into the glossary).
    Word(usize),
    /// The hard words of the screen before.
    HardWords(Vec<usize>),
}

/// What a numbered choice does.
#[derive(Debug, Clone, PartialEq)]
enum Choice {
    Language(usize),
    Open(usize),
    Source(String),
    Edition,
    Help,
    Word(usize),
    HardWords(Vec<usize>),
    Back,
}

fn io_error(e: std::io::Error) -> Diagnostic {
    let code = if crate::stdio::is_broken_pipe(&e) {
        crate::stdio::BROKEN_PIPE
    } else {
        "output"
    };
    Diagnostic::error(format!("cannot write to the screen: {e}")).with_code(code)
}

/// Removes anything that could drive the terminal, and the characters of
/// the full-screen view's frames (a screen reader would read them out).
fn clean(s: &str) -> String {
    for_terminal(s)
        .chars()
        .filter(|c| !matches!(c, '\u{2500}'..='\u{259F}'))
        .collect()
}

/// How the linear mode runs: kiosk rules, the idle reset, what the
/// terminal can do.
#[derive(Debug, Clone, Copy)]
pub struct Linear {
    pub kiosk: bool,
    /// Standard output is a terminal that understands escape sequences:
    /// the screen and its scrollback can be wiped.
    pub can_clear: bool,
    /// Standard input is a terminal: its end (Ctrl-D) never ends a kiosk.
    pub input_is_terminal: bool,
    /// Milliseconds without a line before "Are you still there?" (kiosk
    /// mode only).
    pub idle_ms: Option<u64>,
    pub countdown_ms: u64,
}

/// What came from standard input.
enum Input {
    Line(String),
    /// Nothing in time.
    Idle,
    /// The end of piped input (or of a terminal outside kiosk mode).
    End,
}

/// Reads lines on a thread of its own, so the idle timer can run while
/// nobody types. In kiosk mode on a terminal the end of input (Ctrl-D)
/// is read past: only a pipe's end ends the program.
fn spawn_lines<R: BufRead + Send + 'static>(
    mut input: R,
    keep_reading: bool,
) -> std::sync::mpsc::Receiver<Option<String>> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut failures = 0u32;
        loop {
            let mut line = String::new();
            match input.read_line(&mut line) {
                Ok(0) if keep_reading => {
                    std::thread::sleep(std::time::Duration::from_millis(50));
                }
                Ok(0) => {
                    let _ = tx.send(None);
                    return;
                }
                Ok(_) => {
                    failures = 0;
                    if tx.send(Some(line)).is_err() {
                        return;
                    }
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                // Not UTF-8, or a failing read: retried, and a pipe that
                // keeps failing is at its end.
                Err(_) => {
                    failures += 1;
                    if failures > 100 && !keep_reading {
                        let _ = tx.send(None);
                        return;
                    }
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
            }
        }
    });
    rx
}

fn next_input(
    rx: &std::sync::mpsc::Receiver<Option<String>>,
    wait: Option<std::time::Duration>,
) -> Input {
    let got = match wait {
        Some(w) => rx.recv_timeout(w).map_err(|e| match e {
            std::sync::mpsc::RecvTimeoutError::Timeout => None,
            std::sync::mpsc::RecvTimeoutError::Disconnected => Some(()),
        }),
        None => rx.recv().map_err(|_| Some(())),
    };
    match got {
        Ok(Some(l)) => Input::Line(l),
        Ok(None) | Err(Some(())) => Input::End,
        Err(None) => Input::Idle,
    }
}

/// What a typed line asks for: an action of the key table (a letter on
/// any shipped layout: `h`, `р`, `ا` are help) or a number (in Western,
/// Arabic-Indic or Persian digits).
fn typed(answer: &str, kiosk: bool) -> Typed {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let mut chars = answer.chars();
    if let (Some(c), None) = (chars.next(), chars.clone().next())
        && super::keys::digit(c).is_none()
    {
        let k = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        if let Some(a) = super::keys::action_for(&k, None, kiosk) {
            return Typed::Action(a);
        }
    }
    let digits: Option<Vec<usize>> = answer
        .chars()
        .map(|c| super::keys::digit(c).map(|d| (d + 1) % 10))
        .collect();
    match digits {
        Some(d) if !d.is_empty() && d.len() < 4 => {
            Typed::Number(d.iter().fold(0, |n, x| n * 10 + x))
        }
        _ => Typed::Other,
    }
}

enum Typed {
    Action(super::state::Action),
    Number(usize),
    Other,
}

pub fn run<R: BufRead + Send + 'static, W: Write>(
    project: &Project,
    mut lib: Library,
    mut edition: Layout,
    mode: Linear,
    input: R,
    mut out: W,
) -> Result<(), Diagnostic> {
    use super::state::Action;
    let default_edition = edition;
    let default_language = super::language_index(&lib);
    let many_languages = lib.languages().len() > 1;
    let first = if many_languages { Sr::Start } else { Sr::Home };
    let mut stack = vec![first.clone()];
    let mut show = true;
    let mut first_screen = true;
    let rx = spawn_lines(input, mode.kiosk && mode.input_is_terminal);
    let idle = if mode.kiosk { mode.idle_ms } else { None };
    let ms = std::time::Duration::from_millis;
    // The quick-exit screen shows (kiosk mode): every line is ignored
    // until the idle reset.
    let mut neutral = false;
    loop {
        let screen = stack.last().cloned().unwrap_or(Sr::Home);
        let choices = choices(&lib, &screen, edition, stack.len() > 1);
        if show && !neutral {
            // A blank line between one screen and the next.
            if !first_screen {
                writeln!(out).map_err(io_error)?;
            }
            first_screen = false;
            print_screen(&mut out, &lib, &screen, edition, &choices).map_err(io_error)?;
        }
        show = true;
        let pristine = stack == [first.clone()] && edition == default_edition && !neutral;
        let wait = idle.filter(|_| !pristine || neutral).map(ms);
        let line = match next_input(&rx, wait) {
            Input::Line(l) => l,
            Input::End => {
                writeln!(out).map_err(io_error)?;
                return Ok(());
            }
            Input::Idle => {
                let w = &lib.words;
                if !neutral {
                    // "Are you still there?", then the countdown.
                    let secs = mode.countdown_ms.div_ceil(1000);
                    writeln!(out).map_err(io_error)?;
                    for id in ["kiosk-idle-title", "kiosk-idle-text"] {
                        writeln!(out, "{}", clean(&w.plain(id))).map_err(io_error)?;
                    }
                    let count = w.text_with(
                        "kiosk-idle-countdown",
                        &[("seconds", fluent_bundle::FluentValue::from(secs as f64))],
                    );
                    writeln!(out, "{}", clean(&count.plain())).map_err(io_error)?;
                    out.flush().map_err(io_error)?;
                    match next_input(&rx, Some(ms(mode.countdown_ms))) {
                        Input::Line(_) => continue, // still there: the screen again
                        Input::End => return Ok(()),
                        Input::Idle => {}
                    }
                }
                // Nobody there: forget everything, for the next reader.
                wipe(&mut out, mode).map_err(io_error)?;
                neutral = false;
                first_screen = true;
                stack = vec![first.clone()];
                edition = default_edition;
                back_to_default_language(project, &mut lib, default_language);
                continue;
            }
        };
        if neutral {
            continue;
        }
        let answer = line.trim().to_lowercase();
        let w = &lib.words;
        let number = match typed(&answer, mode.kiosk) {
            Typed::Action(Action::Help) => {
                if screen != Sr::Help {
                    stack.push(Sr::Help);
                }
                continue;
            }
            Typed::Action(Action::QuickExit) => {
                // Quick exit: a calm screen, and all history forgotten.
                wipe(&mut out, mode).map_err(io_error)?;
                stack = vec![first.clone()];
                edition = default_edition;
                back_to_default_language(project, &mut lib, default_language);
                if !mode.kiosk {
                    // A child's own computer: the program ends, and
                    // leaves nothing on the screen.
                    out.flush().map_err(io_error)?;
                    return Ok(());
                }
                let w = &lib.words;
                writeln!(out, "{}", clean(&w.plain("kiosk-neutral-title"))).map_err(io_error)?;
                writeln!(out).map_err(io_error)?;
                writeln!(out, "{}", clean(&w.plain("kiosk-neutral-text"))).map_err(io_error)?;
                out.flush().map_err(io_error)?;
                neutral = true;
                continue;
            }
            Typed::Action(Action::Quit) => {
                writeln!(out, "{}", clean(&w.plain("kiosk-sr-bye"))).map_err(io_error)?;
                return Ok(());
            }
            Typed::Action(Action::HardWords) if !matches!(screen, Sr::Words | Sr::HardWords(_)) => {
                let entries = lib.terms_in(&screen_text(&lib, &screen, edition));
                stack.push(Sr::HardWords(entries));
                continue;
            }
            Typed::Number(n) => Some(n),
            _ => None,
        };
        let chosen = number
            .and_then(|n| n.checked_sub(1))
            .and_then(|i| choices.get(i));
        let Some((_, choice)) = chosen else {
            writeln!(out, "{}", clean(&w.plain("kiosk-sr-not-understood"))).map_err(io_error)?;
            writeln!(out, "{}", clean(&w.plain("kiosk-sr-keys"))).map_err(io_error)?;
            writeln!(out, "{}", clean(&w.plain("kiosk-sr-prompt"))).map_err(io_error)?;
            show = false;
            continue;
        };
        match choice.clone() {
            Choice::Language(i) => {
                if let Some(l) = super::library_for(project, &lib, i) {
                    lib = l;
                }
                stack.push(Sr::Home);
            }
            Choice::Open(t) => match lib.topics[t].kind {
                TopicKind::Help => stack.push(Sr::Help),
                TopicKind::Words => stack.push(Sr::Words),
                _ => stack.push(Sr::Topic(t)),
            },
            Choice::Source(page) => stack.push(Sr::Source { page, source: None }),
            Choice::Word(i) => stack.push(Sr::Word(i)),
            Choice::HardWords(entries) => stack.push(Sr::HardWords(entries)),
            Choice::Edition => edition = library::other_layout(edition),
            Choice::Help => stack.push(Sr::Help),
            Choice::Back => {
                if stack.len() > 1 {
                    stack.pop();
                }
            }
        }
    }
}

fn back_to_default_language(project: &Project, lib: &mut Library, default: usize) {
    if super::language_index(lib) != default
        && let Some(l) = super::library_for(project, lib, default)
    {
        *lib = l;
    }
}

/// Leaves no trace of the last reader: on a terminal the screen and its
/// scrollback are wiped; a pipe gets no control characters.
fn wipe<W: Write>(out: &mut W, mode: Linear) -> std::io::Result<()> {
    if mode.can_clear {
        out.write_all(super::terminal::WIPE.as_bytes())?;
    }
    out.flush()
}

fn choices(
    lib: &Library,
    screen: &Sr,
    edition: Layout,
    can_go_back: bool,
) -> Vec<(String, Choice)> {
    let w = &lib.words;
    let mut c = Vec::new();
    match screen {
        Sr::Start => {
            for (i, l) in lib.languages().iter().enumerate() {
                c.push((l.name.clone(), Choice::Language(i)));
            }
        }
        Sr::Home => {
            for i in 0..lib.topics.len() {
                c.push((lib.topic_label(i, edition).plain(), Choice::Open(i)));
            }
            if lib.has_easy_read() {
                c.push((edition_label(lib, edition), Choice::Edition));
            }
            if can_go_back {
                c.push((w.plain("kiosk-key-back-start"), Choice::Back));
            }
        }
        Sr::Topic(t) => {
            if let Some(page) = lib.topics[*t].pages.first() {
                c.push((w.plain("kiosk-button-source"), Choice::Source(page.clone())));
            }
            let hard = lib.terms_in(&screen_text(lib, screen, edition));
            if !hard.is_empty() {
                c.push((w.plain("kiosk-sr-hard-words"), Choice::HardWords(hard)));
            }
            if lib.has_easy_read() {
                c.push((edition_label(lib, edition), Choice::Edition));
            }
            c.push((w.plain("kiosk-key-help"), Choice::Help));
            c.push((w.plain("kiosk-key-back-menu"), Choice::Back));
        }
        Sr::Source { .. } => {
            c.push((w.plain("kiosk-key-help"), Choice::Help));
            c.push((w.plain("kiosk-key-back"), Choice::Back));
        }
        Sr::Help => {
            if can_go_back {
                c.push((w.plain("kiosk-key-close-help"), Choice::Back));
            }
        }
        Sr::Words => {
            for (i, e) in lib.glossary().iter().enumerate() {
                c.push((e.term.clone(), Choice::Word(i)));
            }
            c.push((w.plain("kiosk-key-back-menu"), Choice::Back));
        }
        Sr::Word(_) | Sr::HardWords(_) => {
            c.push((w.plain("kiosk-key-help"), Choice::Help));
            c.push((w.plain("kiosk-key-back"), Choice::Back));
        }
    }
    c
}

/// The words of a screen, where its hard words are looked for.
fn screen_text(lib: &Library, screen: &Sr, edition: Layout) -> String {
    let w = &lib.words;
    let mut lines = Vec::new();
    match screen {
        Sr::Start => {
            lines.push(w.plain("kiosk-start-title"));
            lines.push(w.plain("kiosk-start-text"));
        }
        Sr::Home => {
            lines.push(w.plain("kiosk-home-title"));
            for i in 0..lib.topics.len() {
                lines.push(lib.topic_label(i, edition).plain());
            }
        }
        Sr::Topic(t) => para_lines(&lib.paras(*t, edition), &mut lines),
        Sr::Source { page, source } => {
            para_lines(&lib.source_paras(page, source.as_ref()), &mut lines)
        }
        Sr::Help => para_lines(&lib.help_paras(), &mut lines),
        Sr::Word(i) => para_lines(&lib.word_paras(*i), &mut lines),
        Sr::Words | Sr::HardWords(_) => {}
    }
    lines.join("\n")
}

/// A draft translation's notice: its own words, then the English.
fn notice(lib: &Library, lines: &mut Vec<String>) {
    if let Some((own, english)) = lib.draft_notice() {
        lines.push(String::new());
        lines.push(own.plain());
        if let Some(en) = english {
            lines.push(en.plain());
        }
    }
}

fn edition_label(lib: &Library, edition: Layout) -> String {
    match edition {
        Layout::Chapters => lib.words.plain("kiosk-sr-to-easy-read"),
        Layout::Statements => lib.words.plain("kiosk-sr-to-guide"),
    }
}

fn print_screen<W: Write>(
    out: &mut W,
    lib: &Library,
    screen: &Sr,
    edition: Layout,
    choices: &[(String, Choice)],
) -> std::io::Result<()> {
    let w = &lib.words;
    let mut lines: Vec<String> = Vec::new();
    match screen {
        Sr::Start => {
            lines.push(w.plain("kiosk-start-title"));
            lines.push(w.plain("kiosk-start-text"));
            notice(lib, &mut lines);
            lines.push(String::new());
            lines.push(w.plain("kiosk-start-choose"));
        }
        Sr::Home => {
            lines.push(w.plain("kiosk-app-name"));
            notice(lib, &mut lines);
            lines.push(String::new());
            lines.push(w.plain("kiosk-home-title"));
        }
        Sr::Words => {
            lines.push(w.plain(crate::resolve::GLOSSARY_HEADING));
            lines.push(w.plain("kiosk-words-tip"));
        }
        Sr::Word(i) => para_lines(&lib.word_paras(*i), &mut lines),
        Sr::HardWords(entries) => para_lines(&lib.hard_words_paras(entries), &mut lines),
        Sr::Topic(t) => para_lines(&lib.paras(*t, edition), &mut lines),
        Sr::Source { page, source } => {
            para_lines(&lib.source_paras(page, source.as_ref()), &mut lines)
        }
        Sr::Help => para_lines(&lib.help_paras(), &mut lines),
    }
    lines.push(String::new());
    if !choices.is_empty() {
        lines.push(w.plain("kiosk-sr-choices"));
        for (n, (label, _)) in choices.iter().enumerate() {
            lines.push(format!("{}. {}", n + 1, label));
        }
        lines.push(String::new());
    }
    // Every prompt says how to get help and how to leave quickly.
    lines.push(w.plain("kiosk-sr-keys"));
    lines.push(w.plain("kiosk-sr-prompt"));
    for l in lines {
        writeln!(out, "{}", clean(&l))?;
    }
    out.flush()
}

/// Paragraphs as plain lines, one paragraph a line, a blank line between
/// them (list items together). Pictures are left out: they are
/// decoration, and their description would only be noise when read aloud.
fn para_lines(paras: &[super::library::AnchoredPara], lines: &mut Vec<String>) {
    let mut prev_item = false;
    for ap in paras {
        let para = ap.para.inner();
        let is_item = matches!(para, Para::Item { .. });
        let text = match para {
            Para::Title { text, .. }
            | Para::Heading(text)
            | Para::Body(text)
            | Para::Quote(text)
            | Para::Note(text) => segs(text, Ink::default())
                .into_iter()
                .map(|(s, _)| s)
                .collect::<String>(),
            Para::Item { marker, text } => format!(
                "{marker} {}",
                segs(text, Ink::default())
                    .into_iter()
                    .map(|(s, _)| s)
                    .collect::<String>()
            ),
            Para::Contact { name, phone, text } => format!(
                "{name}: {phone}\n{}",
                segs(text, Ink::default())
                    .into_iter()
                    .map(|(s, _)| s)
                    .collect::<String>()
            ),
            Para::Picture(_) | Para::Other { .. } => continue,
        };
        if !(lines.is_empty() || is_item && prev_item) {
            lines.push(String::new());
        }
        prev_item = is_item;
        for l in text.lines() {
            lines.push(l.trim_end().to_string());
        }
    }
}
