//! Tests of the kiosk without a terminal: keys in, state out (update);
//! every screen drawn on ratatui's TestBackend at 80x24, 40x15 and 200x60
//! and compared with insta snapshots (of a small fixed guide, see
//! [`super::fixture`], so editing the real text does not change them);
//! each theme's styles; right-to-left layout; and thousands of random
//! keys, clicks and resizes on the real guide in several languages.
//!
//! This module holds the test driver ([`Kiosk`]) and the snapshots; the
//! tests of one behaviour each are in `tests/`: navigation, help, quick
//! exit (and the idle reset), edition switching, words explained,
//! languages (and right to left), and random input.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers, ModifierKeyCode, MouseButton,
    MouseEvent, MouseEventKind,
};
use ratatui::style::{Color, Modifier};

use super::keys::KeySpec;
use super::layout;
use super::library::{Layout, Library, Para, StepKind, TopicKind};
use super::state::{Action, App, Reading, Screen};
use super::theme::{Theme, ThemeName};
use super::update::{Msg, update};
use super::view;
use crate::document::Block;
use crate::i18n::Direction;
use crate::markup::Text;
use crate::project::Project;

mod edition;
mod help;
mod languages;
mod navigation;
mod quick_exit;
mod random;
mod words;

fn library(tag: &str) -> Library {
    let project = Project::embedded();
    let tag = project.parse_lang(tag).expect("a shipped language");
    Library::load(&project, &tag).expect("the guide loads")
}

fn en() -> Library {
    library("en-GB")
}

fn key(code: KeyCode) -> Msg {
    Msg::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn ctrl(c: char) -> Msg {
    Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

fn shift_press() -> Msg {
    Msg::Key(KeyEvent {
        code: KeyCode::Modifier(ModifierKeyCode::LeftShift),
        modifiers: KeyModifiers::SHIFT,
        kind: KeyEventKind::Press,
        state: KeyEventState::NONE,
    })
}

fn click(x: u16, y: u16) -> Msg {
    Msg::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: x,
        row: y,
        modifiers: KeyModifiers::NONE,
    })
}

/// A test driver: the state, the documents and a clock.
struct Kiosk {
    app: App,
    lib: Library,
    now: u64,
}

impl Kiosk {
    fn new(lib: Library, edition: Layout, kiosk: bool) -> Kiosk {
        let mut app = App::new(edition, kiosk, false, (80, 24));
        app.set_default_language(super::language_index(&lib));
        Kiosk { app, lib, now: 0 }
    }

    fn send(&mut self, msg: Msg) -> super::update::Effect {
        self.now += 10;
        update(&mut self.app, &self.lib, msg, self.now)
    }

    fn keys(&mut self, codes: &[KeyCode]) {
        for c in codes {
            self.send(key(*c));
        }
    }

    fn chars(&mut self, s: &str) {
        for c in s.chars() {
            self.send(key(KeyCode::Char(c)));
        }
    }

    fn tick_at(&mut self, ms: u64) -> super::update::Effect {
        self.now = ms;
        update(&mut self.app, &self.lib, Msg::Tick, ms)
    }

    /// Draws at the app's size; remembers the clickable parts.
    fn draw(&mut self, theme: ThemeName) -> Buffer {
        let (w, h) = self.app.size;
        let mut term = Terminal::new(TestBackend::new(w, h)).expect("test backend");
        let theme = Theme::new(theme);
        let mut drawn = view::Drawn::default();
        term.draw(|f| drawn = view::draw(f, &self.app, &self.lib, &theme))
            .expect("draws");
        self.app.hotspots = drawn.hotspots;
        term.backend().buffer().clone()
    }

    fn screen_text(&mut self) -> String {
        text_of(&self.draw(ThemeName::Default))
    }

    fn reading(&self) -> &Reading {
        match self.app.screen() {
            Screen::Topic(r) => r,
            other => panic!("not reading a topic: {other:?}"),
        }
    }
}

/// The buffer as lines of text, trailing spaces trimmed.
fn text_of(buf: &Buffer) -> String {
    let area = buf.area;
    let mut out = String::new();
    for y in 0..area.height {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..area.width {
            let sym = buf[(x, y)].symbol();
            if skip > 0 {
                skip -= 1;
                continue;
            }
            skip = layout::text::width(sym).saturating_sub(1);
            line.push_str(sym);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The words on screen, one space between each (frames removed).
fn words(screen: &str) -> String {
    screen
        .replace(['│', '┌', '┐', '└', '┘', '─', '╭', '╮', '╰', '╯'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn topic_of(lib: &Library, kind: TopicKind) -> usize {
    lib.topics
        .iter()
        .position(|t| t.kind == kind)
        .expect("the topic exists")
}

fn fixture_kiosk(edition: Layout) -> Kiosk {
    Kiosk::new(super::fixture::library(), edition, false)
}

// ---------------------------------------------------------------------
// Snapshots of every screen at three sizes. They stay in this module: a
// snapshot's file is named by the module path (careguide__tui__tests__)
// and kept beside this file, in src/tui/snapshots.

/// Drives a fresh kiosk to a screen.
fn at_screen(name: &str, size: (u16, u16)) -> Kiosk {
    let edition = if name.starts_with("easy") {
        Layout::Statements
    } else {
        Layout::Chapters
    };
    let mut k = Kiosk::new(super::fixture::library(), edition, true);
    k.app.size = size;
    match name {
        "start" => {}
        "home" => k.keys(&[KeyCode::Enter, KeyCode::Down, KeyCode::Down]),
        "easy-home" => k.keys(&[KeyCode::Enter]),
        "guide-outcome-3" => {
            k.keys(&[KeyCode::Enter]);
            k.chars("5");
        }
        "guide-outcome-3-statements" => {
            k.keys(&[KeyCode::Enter]);
            k.chars("5");
            k.keys(&[KeyCode::PageDown]);
        }
        "easy-outcome-3-title" => {
            k.keys(&[KeyCode::Enter]);
            k.chars("5");
        }
        "easy-outcome-3-statement-2" => {
            k.keys(&[KeyCode::Enter]);
            k.chars("5");
            k.keys(&[KeyCode::Right, KeyCode::Right]);
        }
        "easy-next-contact" => {
            k.keys(&[KeyCode::Enter]);
            k.chars("8");
            k.keys(&[KeyCode::End]);
        }
        "easy-source" => {
            k.keys(&[KeyCode::Enter]);
            k.chars("5");
            k.keys(&[KeyCode::Right, KeyCode::Right]);
            k.chars("w");
        }
        "guide-source" => {
            k.keys(&[KeyCode::Enter]);
            k.chars("5w");
        }
        "help" => {
            k.keys(&[KeyCode::Enter]);
            k.chars("5h");
        }
        "guide-principles" => {
            k.keys(&[KeyCode::Enter]);
            k.chars("2");
        }
        "idle" => {
            k.app.idle.limit_ms = Some(1_000);
            k.keys(&[KeyCode::Enter]);
            k.chars("3");
            let t = k.now + 1_000;
            k.tick_at(t);
        }
        "quick-exit" => {
            k.keys(&[KeyCode::Enter]);
            k.chars("5x");
        }
        "words" => {
            k.keys(&[KeyCode::Enter]);
            k.chars("9");
            k.keys(&[KeyCode::Down]);
        }
        "word" => {
            k.keys(&[KeyCode::Enter]);
            k.chars("9");
            k.keys(&[KeyCode::Down, KeyCode::Enter]);
        }
        "guide-hard-words" => {
            k.keys(&[KeyCode::Enter]);
            k.chars("5");
            k.keys(&[KeyCode::PageDown]);
            k.chars("d");
        }
        "easy-hard-words" => {
            k.keys(&[KeyCode::Enter]);
            k.chars("5");
            k.keys(&[KeyCode::Right, KeyCode::Right]);
            k.chars("d");
        }
        "start-draft" | "home-draft" => {
            // A draft translation: its notice, then the same in English.
            let ui = &mut k.lib.guide.ui.0;
            ui.insert(
                crate::resolve::DRAFT_NOTICE.into(),
                Text::plain_str(
                    "Drafft yw'r cyfieithiad hwn. Dydy cyfieithydd cymwys ddim wedi'i wirio eto.",
                ),
            );
            ui.insert(
                crate::resolve::DRAFT_NOTICE_EN.into(),
                Text::plain_str("This translation is a draft. It has not yet been checked by a qualified translator."),
            );
            k.lib.guide.locale.status = crate::i18n::Status::Draft;
            if name == "home-draft" {
                k.keys(&[KeyCode::Enter]);
            }
        }
        other => panic!("no screen {other}"),
    }
    k
}

const SCREENS: &[&str] = &[
    "start",
    "home",
    "easy-home",
    "guide-outcome-3",
    "guide-outcome-3-statements",
    "easy-outcome-3-title",
    "easy-outcome-3-statement-2",
    "easy-next-contact",
    "easy-source",
    "guide-source",
    "help",
    "guide-principles",
    "idle",
    "quick-exit",
    "words",
    "word",
    "guide-hard-words",
    "easy-hard-words",
    "start-draft",
    "home-draft",
];

/// Right to left, with the shipped Arabic and Persian: the start screen,
/// the home menu, an easy-read statement and "Get help now", at 80x24.
#[test]
fn snapshots_of_right_to_left_screens() {
    for tag in ["ar", "fa"] {
        let screens: [(&str, Layout, &[KeyCode], &str); 4] = [
            ("start", Layout::Chapters, &[], ""),
            ("home", Layout::Chapters, &[KeyCode::Enter], ""),
            (
                "easy-outcome-3-statement-2",
                Layout::Statements,
                &[KeyCode::Enter],
                "5",
            ),
            ("help", Layout::Chapters, &[KeyCode::Enter], "5h"),
        ];
        for (name, edition, keys, chars) in screens {
            let mut k = Kiosk::new(library(tag), edition, false);
            k.keys(keys);
            k.chars(chars);
            if name.starts_with("easy-outcome") {
                k.keys(&[KeyCode::Left, KeyCode::Left]);
            }
            insta::assert_snapshot!(format!("rtl-{tag}-{name}-80x24"), k.screen_text());
        }
    }
}

#[test]
fn snapshots_of_every_screen_at_three_sizes() {
    for &(w, h) in &[(80u16, 24u16), (40, 15), (200, 60)] {
        for name in SCREENS {
            let mut k = at_screen(name, (w, h));
            let text = k.screen_text();
            insta::assert_snapshot!(format!("{name}-{w}x{h}"), text);
        }
    }
    let mut k = at_screen("guide-outcome-3", (30, 10));
    insta::assert_snapshot!("too-small-30x10", k.screen_text());
}

/// A summary of the styles on screen: each distinct style with the first
/// text drawn in it.
fn style_summary(buf: &Buffer) -> String {
    let mut seen: Vec<(String, String)> = Vec::new();
    let area = buf.area;
    for y in 0..area.height {
        let mut x = 0;
        while x < area.width {
            let cell = &buf[(x, y)];
            let style = format!(
                "fg={} bg={} {}",
                colour(cell.fg),
                colour(cell.bg),
                modifiers(cell.modifier)
            );
            let mut run = String::new();
            let mut x2 = x;
            while x2 < area.width {
                let c = &buf[(x2, y)];
                if c.fg != cell.fg || c.bg != cell.bg || c.modifier != cell.modifier {
                    break;
                }
                run.push_str(c.symbol());
                x2 += 1;
            }
            let run = run.trim().to_string();
            if !run.is_empty() && !seen.iter().any(|(s, _)| *s == style) {
                let sample: String = run.chars().take(24).collect();
                seen.push((style, sample));
            }
            x = x2;
        }
    }
    seen.iter().map(|(s, t)| format!("{s:<44} {t}\n")).collect()
}

fn colour(c: Color) -> String {
    match c {
        Color::Reset => "reset".into(),
        Color::Indexed(i) => format!("{i}"),
        other => format!("{other:?}"),
    }
}

fn modifiers(m: Modifier) -> String {
    let mut out = Vec::new();
    for (flag, name) in [
        (Modifier::BOLD, "bold"),
        (Modifier::ITALIC, "italic"),
        (Modifier::UNDERLINED, "underlined"),
        (Modifier::REVERSED, "reversed"),
    ] {
        if m.contains(flag) {
            out.push(name);
        }
    }
    out.join("+")
}

#[test]
fn snapshots_of_each_theme() {
    for theme in ThemeName::ALL {
        let mut k = at_screen("easy-outcome-3-statement-2", (80, 24));
        let buf = k.draw(theme);
        let mut home = at_screen("home", (80, 24));
        let home_buf = home.draw(theme);
        let summary = format!(
            "statement:\n{}\nhome:\n{}",
            style_summary(&buf),
            style_summary(&home_buf)
        );
        insta::assert_snapshot!(format!("theme-{}", theme.as_str()), summary);
        // Nothing blinks, ever.
        for cell in buf.content.iter().chain(home_buf.content.iter()) {
            assert!(
                !cell
                    .modifier
                    .intersects(Modifier::SLOW_BLINK | Modifier::RAPID_BLINK)
            );
        }
    }
}

#[test]
fn selection_is_marked_not_only_coloured() {
    for theme in ThemeName::ALL {
        let mut k = at_screen("home", (80, 24));
        let buf = k.draw(theme);
        let text = text_of(&buf);
        let line = text.lines().find(|l| l.contains('▶')).expect("a marker");
        assert!(line.contains("Outcome 1"), "{line}");
        let y = text.lines().position(|l| l.contains('▶')).unwrap() as u16;
        let x = (0..80)
            .find(|&x| buf[(x, y)].symbol() == "▶")
            .expect("marker cell");
        let m = buf[(x + 2, y)].modifier;
        assert!(m.contains(Modifier::BOLD), "{theme:?}");
    }
}
