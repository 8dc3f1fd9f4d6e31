//! Keys, clicks, resizes and clock ticks in; a changed state out. Pure:
//! no terminal, no clock of its own (the time comes with each message), so
//! every behaviour is tested by feeding keys and reading the state.
//!
//! The keys are in one table, [`super::keys`], which the footer reads too.

use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, ModifierKeyCode, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::Position;

mod apply;
mod edition;
mod scroll;

pub use self::apply::apply;
use self::scroll::{anchor_line, clamp_scroll, top_anchor};
use super::keys;
use super::library::{Layout, Library, TopicKind};
use super::speak::Speech;
use super::state::{Action, App, Reading, Screen};

/// What happens to the world outside the state after a message.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Effect {
    /// Something on screen changed.
    pub redraw: bool,
    /// Wipe the terminal before drawing (quick exit).
    pub clear: bool,
    /// Load another language (an index into the languages).
    pub language: Option<usize>,
    /// Start or stop reading aloud.
    pub speech: Option<Speech>,
}

impl Effect {
    fn redraw() -> Effect {
        Effect {
            redraw: true,
            ..Effect::default()
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Key(KeyEvent),
    /// A key and its base-layout letter (kitty keyboard protocol).
    KeyWithBase(KeyEvent, char),
    Mouse(MouseEvent),
    Resize(u16, u16),
    /// Time passes (for the idle reset).
    Tick,
    /// What was being read aloud has been said to the end.
    SpeechEnded,
}

/// Three bare Shift presses within this many milliseconds: quick exit.
pub const SHIFT_WINDOW_MS: u64 = 2_000;

/// The action a key asks for, if any (see [`super::keys`]).
pub fn action_for_key(app: &App, k: &KeyEvent, base: Option<char>) -> Option<Action> {
    keys::action_for(k, base, app.kiosk)
}

pub fn update(app: &mut App, lib: &Library, msg: Msg, now_ms: u64) -> Effect {
    let before = Place::of(app);
    if matches!(msg, Msg::Key(_) | Msg::KeyWithBase(..) | Msg::Mouse(_))
        && app.notice.take().is_some()
    {
        // The note stays until the next key; it is gone from the next frame.
        let mut e = handle(app, lib, msg, now_ms);
        e.redraw = true;
        speech_after(app, &before, &mut e);
        return e;
    }
    let mut e = handle(app, lib, msg, now_ms);
    speech_after(app, &before, &mut e);
    e
}

/// Where the reader is, to tell whether they moved on.
#[derive(PartialEq)]
struct Place {
    stack: Vec<Screen>,
    edition: Layout,
    language: usize,
    neutral: bool,
}

impl Place {
    fn of(app: &App) -> Place {
        Place {
            stack: app.stack.clone(),
            edition: app.edition,
            language: app.language,
            neutral: app.neutral,
        }
    }

    /// The same screen, ignoring how far it is scrolled: a step of an
    /// easy-read topic is a screen of its own.
    fn same_screen(&self, app: &App) -> bool {
        fn id(s: &Screen) -> Screen {
            match s.clone() {
                Screen::Topic(r) => Screen::Topic(Reading {
                    scroll: 0,
                    step_scroll: 0,
                    switched_at: None,
                    ..r
                }),
                Screen::Help { .. } => Screen::Help { scroll: 0 },
                Screen::Source { page, source, .. } => Screen::Source {
                    page,
                    source,
                    scroll: 0,
                },
                Screen::Word { entry, .. } => Screen::Word { entry, scroll: 0 },
                Screen::HardWords { entries, .. } => Screen::HardWords { entries, scroll: 0 },
                Screen::Start { .. } => Screen::Start { selected: 0 },
                Screen::Home { .. } => Screen::Home { selected: 0 },
                Screen::Words { .. } => Screen::Words { selected: 0 },
                Screen::Prefs { .. } => Screen::Prefs { selected: 0 },
                Screen::Search { .. } => Screen::Search {
                    query: String::new(),
                    selected: 0,
                    typing: false,
                },
            }
        }
        self.stack.len() == app.stack.len()
            && self
                .stack
                .iter()
                .zip(&app.stack)
                .all(|(a, b)| id(a) == id(b))
            && self.edition == app.edition
            && self.language == app.language
            && self.neutral == app.neutral
    }
}

/// Moving on stops what was being read; arriving on a new screen reads
/// it, when the reader asked for that in "How I like it".
fn speech_after(app: &mut App, before: &Place, e: &mut Effect) {
    if e.speech.is_some() || Place::of(app) == *before {
        return;
    }
    if app.speaking {
        app.speaking = false;
        e.speech = Some(Speech::Stop);
        e.redraw = true;
    }
    if app.prefs.read_on_arrival
        && app.prefs.speech
        && app.speech_available
        && !app.neutral
        && !before.same_screen(app)
    {
        app.speaking = true;
        e.speech = Some(Speech::Read);
    }
}

/// Stops reading aloud, if it is (quick exit, idle reset).
fn silence(app: &mut App, e: &mut Effect) {
    if app.speaking {
        app.speaking = false;
        e.speech = Some(Speech::Stop);
    }
}

fn handle(app: &mut App, lib: &Library, msg: Msg, now_ms: u64) -> Effect {
    app.now_ms = now_ms;
    match msg {
        Msg::SpeechEnded => {
            if app.speaking {
                app.speaking = false;
                return Effect::redraw();
            }
            Effect::default()
        }
        Msg::Tick => tick(app, now_ms),
        Msg::Resize(w, h) => {
            // The lines wrap anew: the paragraph at the top stays there.
            let anchor = match app.screen() {
                Screen::Topic(r) if app.edition == Layout::Chapters && r.scroll > 0 => {
                    top_anchor(app, lib)
                }
                _ => None,
            };
            app.size = (w, h);
            if let Some(a) = anchor
                && let Some(line) = anchor_line(app, lib, &a)
                && let Screen::Topic(r) = app.screen_mut()
            {
                r.scroll = line;
            }
            clamp_scroll(app, lib);
            Effect::redraw()
        }
        Msg::Key(k) => key(app, lib, k, None, now_ms),
        Msg::KeyWithBase(k, base) => key(app, lib, k, Some(base), now_ms),
        Msg::Mouse(m) => {
            let action = match m.kind {
                MouseEventKind::Down(MouseButton::Left) => {
                    let p = Position::new(m.column, m.row);
                    app.hotspots
                        .iter()
                        .find(|h| h.area.contains(p))
                        .map(|h| h.action)
                }
                MouseEventKind::ScrollDown => Some(Action::Down),
                MouseEventKind::ScrollUp => Some(Action::Up),
                // Moving the mouse is not reading.
                _ => return Effect::default(),
            };
            if let Some(e) = input_started(app, now_ms, action) {
                return e;
            }
            match action {
                Some(Action::Down | Action::Up) if is_menu(app) => {
                    apply(app, lib, action.expect("some"))
                }
                Some(a @ (Action::Down | Action::Up)) => {
                    // The wheel scrolls three lines at a time.
                    let mut e = Effect::default();
                    for _ in 0..3 {
                        let r = apply(app, lib, a);
                        e.redraw |= r.redraw;
                    }
                    e
                }
                Some(Action::Choose(i)) => {
                    let mut e = apply(app, lib, Action::Choose(i));
                    e.redraw = true;
                    e
                }
                Some(a) => apply(app, lib, a),
                None => Effect::default(),
            }
        }
    }
}

fn key(app: &mut App, lib: &Library, k: KeyEvent, base: Option<char>, now_ms: u64) -> Effect {
    if k.kind == KeyEventKind::Release {
        return Effect::default();
    }
    if let KeyCode::Modifier(m) = k.code {
        if matches!(m, ModifierKeyCode::LeftShift | ModifierKeyCode::RightShift)
            && k.kind == KeyEventKind::Press
        {
            app.shift_presses.push(now_ms);
            app.shift_presses
                .retain(|&t| now_ms.saturating_sub(t) <= SHIFT_WINDOW_MS);
            if app.shift_presses.len() >= 3 {
                return quick_exit(app);
            }
        }
        return Effect::default();
    }
    app.shift_presses.clear();
    let action = action_for_key(app, &k, base);
    // The operator's sequence works on every screen, the neutral one too.
    if operator_sequence(app, &k) {
        app.quit = true;
        return Effect::redraw();
    }
    if let Some(e) = input_started(app, now_ms, action) {
        return e;
    }
    if let Some(e) = search_typing(app, &k) {
        return e;
    }
    match action {
        Some(a) => apply(app, lib, a),
        None => Effect::default(),
    }
}

/// Typing into the search words: a character is a character (h and x
/// too; F1 and F12 stay help and quick exit, as do Shift three times),
/// Backspace takes one away. Other keys go to the key table.
fn search_typing(app: &mut App, k: &KeyEvent) -> Option<Effect> {
    let Screen::Search {
        query,
        selected,
        typing: true,
    } = app.screen_mut()
    else {
        return None;
    };
    let ctrl = k.modifiers.intersects(
        ratatui::crossterm::event::KeyModifiers::CONTROL
            | ratatui::crossterm::event::KeyModifiers::ALT,
    );
    match k.code {
        KeyCode::Char(c) if !ctrl && !c.is_control() => {
            // Long enough for any word; a paste is cut, not stored whole.
            if query.chars().count() < 40 {
                query.push(c);
            }
        }
        KeyCode::Backspace if !query.is_empty() => {
            query.pop();
        }
        _ => return None,
    }
    *selected = 0;
    Some(Effect::redraw())
}

fn is_menu(app: &App) -> bool {
    matches!(
        app.screen(),
        Screen::Start { .. } | Screen::Home { .. } | Screen::Words { .. } | Screen::Prefs { .. }
    )
}

/// A key or click: the idle timer restarts, the countdown is cancelled.
/// Returns an effect when the input was used up doing so. On the
/// quick-exit screen every input is used up: nothing of the guide comes
/// back by a key (only the idle reset brings the start screen, for the
/// next reader). Quick exit and "Get help now" are never used up by the
/// "Are you still there?" box: it must not stand between a child and
/// either.
fn input_started(app: &mut App, now_ms: u64, action: Option<Action>) -> Option<Effect> {
    app.idle.last_input_ms = now_ms;
    if app.neutral {
        return Some(Effect::default());
    }
    if app.idle.warning_since.take().is_some()
        && !matches!(action, Some(Action::QuickExit | Action::Help))
    {
        return Some(Effect::redraw());
    }
    None
}

fn operator_sequence(app: &mut App, k: &KeyEvent) -> bool {
    let op = &mut app.operator;
    if !app.kiosk || op.keys.is_empty() {
        return false;
    }
    if op.keys[op.progress].matches(k) {
        op.progress += 1;
    } else {
        op.progress = usize::from(op.keys[0].matches(k));
    }
    if op.progress == op.keys.len() {
        op.progress = 0;
        return true;
    }
    false
}

fn tick(app: &mut App, now_ms: u64) -> Effect {
    let Some(limit) = app.idle.limit_ms else {
        return Effect::default();
    };
    match app.idle.warning_since {
        None => {
            if now_ms.saturating_sub(app.idle.last_input_ms) < limit {
                return Effect::default();
            }
            if app.neutral {
                // The calm screen stays calm: straight back to the start.
                app.neutral = false;
                app.reset();
                app.idle.last_input_ms = now_ms;
                return cleared(app);
            }
            if app.is_pristine() {
                return Effect::default();
            }
            app.idle.warning_since = Some(now_ms);
            app.idle.shown_seconds = app.idle.remaining_seconds(now_ms);
            Effect::redraw()
        }
        Some(since) => {
            if now_ms.saturating_sub(since) >= app.idle.countdown_ms {
                app.reset();
                app.idle.last_input_ms = now_ms;
                return cleared(app);
            }
            let secs = app.idle.remaining_seconds(now_ms);
            if secs != app.idle.shown_seconds {
                app.idle.shown_seconds = secs;
                return Effect::redraw();
            }
            Effect::default()
        }
    }
}

fn reset_language(app: &mut App) -> Option<usize> {
    if app.language != app.default_language {
        app.language = app.default_language;
        Some(app.language)
    } else {
        None
    }
}

/// Quick exit: the neutral screen at once, and nothing to go back to.
/// In kiosk mode the neutral screen stays until the idle reset; outside
/// it (a child's own computer) the program ends, and the event loop
/// leaves the terminal blank with its scrollback cleared.
pub fn quick_exit(app: &mut App) -> Effect {
    app.reset();
    app.neutral = true;
    if !app.kiosk {
        app.quit = true;
    }
    cleared(app)
}

/// After a reset (the idle reset, or quick exit): the whole screen drawn
/// anew, the default language back and nothing still speaking.
fn cleared(app: &mut App) -> Effect {
    let mut e = Effect {
        redraw: true,
        clear: true,
        language: reset_language(app),
        speech: None,
    };
    silence(app, &mut e);
    e
}

/// Whether a topic is "Get help now" (or has no pages): it reads the
/// same in both editions.
fn is_help_topic(lib: &Library, topic: usize) -> bool {
    lib.topics
        .get(topic)
        .is_none_or(|t| t.kind == TopicKind::Help || t.pages.is_empty())
}
