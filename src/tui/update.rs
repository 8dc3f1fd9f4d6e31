//! Keys, clicks, resizes and clock ticks in; a changed state out. Pure:
//! no terminal, no clock of its own (the time comes with each message), so
//! every behaviour is tested by feeding keys and reading the state.
//!
//! The keys are in one table, [`super::keys`], which the footer reads too.

use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, ModifierKeyCode, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::Position;

use super::keys;
use super::layout;
use super::library::{Anchor, Layout, Library, StepKind, TopicKind, other_layout};
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
                let mut e = Effect {
                    redraw: true,
                    clear: true,
                    language: reset_language(app),
                    speech: None,
                };
                silence(app, &mut e);
                return e;
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
                let mut e = Effect {
                    redraw: true,
                    clear: true,
                    language: reset_language(app),
                    speech: None,
                };
                silence(app, &mut e);
                return e;
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
    let mut e = Effect {
        redraw: true,
        clear: true,
        language: reset_language(app),
        speech: None,
    };
    silence(app, &mut e);
    e
}

/// Applies one action to the state.
pub fn apply(app: &mut App, lib: &Library, action: Action) -> Effect {
    match action {
        Action::QuickExit => return quick_exit(app),
        Action::Quit => {
            if !app.kiosk {
                app.quit = true;
            }
            return Effect::redraw();
        }
        Action::Help => {
            if !matches!(app.screen(), Screen::Help { .. }) {
                app.stack.push(Screen::Help { scroll: 0 });
            }
            return Effect::redraw();
        }
        Action::Back => {
            if app.stack.len() > 1 {
                app.stack.pop();
                return Effect::redraw();
            }
            return Effect::default();
        }
        Action::Edition => {
            if lib.has_easy_read() {
                switch_edition(app, lib);
                return Effect::redraw();
            }
            return Effect::default();
        }
        Action::ReadAloud => return read_aloud(app),
        Action::Search => {
            match app.screen_mut() {
                Screen::Search { typing, .. } => *typing = true,
                _ => app.stack.push(Screen::Search {
                    query: String::new(),
                    selected: 0,
                    typing: true,
                }),
            }
            return Effect::redraw();
        }
        Action::Preferences => {
            if !matches!(app.screen(), Screen::Prefs { .. }) {
                app.stack.push(Screen::Prefs { selected: 0 });
            }
            return Effect::redraw();
        }
        Action::HardWords => {
            // Not on the lists of words themselves.
            if matches!(
                app.screen(),
                Screen::Words { .. } | Screen::HardWords { .. }
            ) {
                return Effect::default();
            }
            let entries = layout::terms_on_screen(app, lib);
            app.stack.push(Screen::HardWords { entries, scroll: 0 });
            return Effect::redraw();
        }
        _ => {}
    }
    let before = app.stack.clone();
    let mut effect = Effect::default();
    let rtl = lib.dir() == crate::i18n::Direction::Rtl;
    match app.screen().clone() {
        Screen::Start { selected } => {
            let n = lib.languages().len().max(1);
            let choose = |app: &mut App, i: usize, effect: &mut Effect| {
                if i != app.language {
                    app.language = i;
                    effect.language = Some(i);
                }
                *app.screen_mut() = Screen::Start { selected: i };
                app.stack.push(Screen::Home { selected: 0 });
            };
            match action {
                Action::Up | Action::Previous => set_selected(app, selected.saturating_sub(1)),
                Action::Down | Action::Next => set_selected(app, (selected + 1).min(n - 1)),
                Action::Top => set_selected(app, 0),
                Action::Bottom => set_selected(app, n - 1),
                Action::Enter | Action::Right => choose(app, selected.min(n - 1), &mut effect),
                Action::Choose(i) if i < n => choose(app, i, &mut effect),
                _ => {}
            }
        }
        Screen::Home { selected } => {
            let n = lib.topics.len().max(1);
            let open = |app: &mut App, i: usize| {
                *app.screen_mut() = Screen::Home { selected: i };
                match lib.topics.get(i).map(|t| &t.kind) {
                    Some(TopicKind::Help) => app.stack.push(Screen::Help { scroll: 0 }),
                    Some(TopicKind::Words) => app.stack.push(Screen::Words { selected: 0 }),
                    _ => app.stack.push(Screen::Topic(Reading::new(i))),
                }
            };
            match action {
                Action::Up => set_selected(app, selected.saturating_sub(1)),
                Action::Down => set_selected(app, (selected + 1).min(n - 1)),
                Action::Next => set_selected(app, (selected + 1) % n),
                Action::Previous => set_selected(app, (selected + n - 1) % n),
                Action::Top | Action::PageUp => set_selected(app, 0),
                Action::Bottom | Action::PageDown => set_selected(app, n - 1),
                Action::Enter | Action::Right => open(app, selected.min(n - 1)),
                Action::Choose(i) if i < n => open(app, i),
                _ => {}
            }
        }
        Screen::Search {
            query,
            selected,
            typing,
        } => {
            let hits = super::search::find(lib, app.edition, &query);
            let n = hits.len();
            let set = |app: &mut App, sel: usize, typ: bool| {
                if let Screen::Search {
                    selected, typing, ..
                } = app.screen_mut()
                {
                    *selected = sel;
                    *typing = typ;
                }
            };
            let open = |app: &mut App, i: usize| {
                if let Some(hit) = hits.get(i) {
                    set(app, i, false);
                    open_hit(app, lib, hit);
                }
            };
            match action {
                Action::Down | Action::Next if typing && n > 0 => set(app, 0, false),
                Action::Down | Action::Next if n > 0 => set(app, (selected + 1).min(n - 1), false),
                Action::Up | Action::Previous if !typing && selected == 0 => set(app, 0, true),
                Action::Up | Action::Previous => set(app, selected.saturating_sub(1), typing),
                Action::Enter | Action::Right => open(app, selected),
                Action::Choose(i) if !typing => open(app, i),
                _ => {}
            }
            effect.redraw = true;
        }
        Screen::Prefs { selected } => {
            use super::prefs::{ROWS, change};
            let n = ROWS.len();
            let mut change_row = |app: &mut App, i: usize, by: isize| {
                set_selected(app, i);
                if let Some(l) = change(app, lib, ROWS[i], by) {
                    effect.language = Some(l);
                }
                effect.redraw = true;
            };
            match action {
                Action::Up => set_selected(app, selected.saturating_sub(1)),
                Action::Down => set_selected(app, (selected + 1).min(n - 1)),
                Action::Next => set_selected(app, (selected + 1) % n),
                Action::Previous => set_selected(app, (selected + n - 1) % n),
                Action::Top | Action::PageUp => set_selected(app, 0),
                Action::Bottom | Action::PageDown => set_selected(app, n - 1),
                Action::Enter | Action::Right => change_row(app, selected.min(n - 1), 1),
                Action::Left => change_row(app, selected.min(n - 1), -1),
                Action::Choose(i) if i < n => change_row(app, i, 1),
                _ => {}
            }
        }
        Screen::Words { selected } => {
            let n = lib.glossary().len().max(1);
            let open = |app: &mut App, i: usize| {
                *app.screen_mut() = Screen::Words { selected: i };
                app.stack.push(Screen::Word {
                    entry: i,
                    scroll: 0,
                });
            };
            match action {
                Action::Up => set_selected(app, selected.saturating_sub(1)),
                Action::Down => set_selected(app, (selected + 1).min(n - 1)),
                Action::Next => set_selected(app, (selected + 1) % n),
                Action::Previous => set_selected(app, (selected + n - 1) % n),
                Action::Top => set_selected(app, 0),
                Action::Bottom => set_selected(app, n - 1),
                Action::PageUp => set_selected(app, selected.saturating_sub(10)),
                Action::PageDown => set_selected(app, (selected + 10).min(n - 1)),
                Action::Enter | Action::Right if !lib.glossary().is_empty() => {
                    open(app, selected.min(n - 1))
                }
                Action::Choose(i) if i < lib.glossary().len() => open(app, i),
                _ => {}
            }
        }
        Screen::Topic(r) if app.edition == Layout::Statements && !is_help_topic(lib, r.topic) => {
            let steps = lib.steps(r.topic, app.edition);
            let last = steps.len().saturating_sub(1);
            let (fwd, bwd) = if rtl {
                (Action::Left, Action::Right)
            } else {
                (Action::Right, Action::Left)
            };
            let step = r.step.min(last);
            let go = |app: &mut App, to: usize| {
                if let Screen::Topic(r) = app.screen_mut() {
                    if r.step != to {
                        r.step_scroll = 0;
                    }
                    r.step = to;
                }
            };
            match action {
                // Onwards from the last card is back to the menu: the end
                // of a part is never a dead end.
                a if step == last && (a == fwd || matches!(a, Action::Enter | Action::Next)) => {
                    app.stack.pop();
                }
                a if a == fwd => go(app, (step + 1).min(last)),
                a if a == bwd => go(app, step.saturating_sub(1)),
                Action::Enter | Action::Next | Action::PageDown => go(app, (step + 1).min(last)),
                Action::Previous | Action::PageUp => go(app, step.saturating_sub(1)),
                Action::Top => go(app, 0),
                Action::Bottom => go(app, last),
                Action::Up => scroll_by(app, lib, -1),
                Action::Down => scroll_by(app, lib, 1),
                Action::Source => {
                    if let Some(s) = steps.get(step) {
                        app.stack.push(Screen::Source {
                            page: s.anchor.page.clone(),
                            source: s.source.clone(),
                            scroll: 0,
                        });
                    }
                }
                _ => {}
            }
        }
        Screen::Topic(_)
        | Screen::Help { .. }
        | Screen::Source { .. }
        | Screen::Word { .. }
        | Screen::HardWords { .. } => {
            let page = layout::scroll_extent(app, lib)
                .map(|(_, v)| v.saturating_sub(1).max(1) as isize)
                .unwrap_or(10);
            match action {
                Action::Up => scroll_by(app, lib, -1),
                Action::Down => scroll_by(app, lib, 1),
                Action::PageUp | Action::Previous | Action::Left => scroll_by(app, lib, -page),
                Action::PageDown | Action::Next | Action::Right | Action::Enter => {
                    scroll_by(app, lib, page)
                }
                Action::Top => scroll_by(app, lib, isize::MIN / 2),
                Action::Bottom => scroll_by(app, lib, isize::MAX / 2),
                Action::Source => {
                    if let Screen::Topic(r) = app.screen().clone()
                        && !is_help_topic(lib, r.topic)
                    {
                        let page = top_anchor(app, lib)
                            .map(|a| a.page)
                            .or_else(|| lib.topics[r.topic].pages.first().cloned())
                            .unwrap_or_default();
                        app.stack.push(Screen::Source {
                            page,
                            source: None,
                            scroll: 0,
                        });
                    }
                }
                _ => {}
            }
        }
    }
    if app.stack != before {
        effect.redraw = true;
    }
    effect
}

/// The read-aloud key: reads the screen, or stops if it is reading.
/// Where nothing can speak, it says so once, and then does nothing.
fn read_aloud(app: &mut App) -> Effect {
    if !app.prefs.speech {
        return Effect::default();
    }
    if !app.speech_available {
        if app.told_no_speech {
            return Effect::default();
        }
        app.told_no_speech = true;
        app.notice = Some("kiosk-speech-missing");
        return Effect::redraw();
    }
    app.speaking = !app.speaking;
    Effect {
        redraw: true,
        speech: Some(if app.speaking {
            Speech::Read
        } else {
            Speech::Stop
        }),
        ..Effect::default()
    }
}

/// Opens a search hit: its easy-read card, or the guide at its paragraph.
fn open_hit(app: &mut App, lib: &Library, hit: &super::search::Unit) {
    let mut r = Reading::new(hit.topic);
    if let Some(step) = hit.step {
        r.step = step;
    }
    app.stack.push(Screen::Topic(r));
    if let Some(a) = &hit.anchor
        && let Some(line) = anchor_line(app, lib, a)
    {
        if let Screen::Topic(r) = app.screen_mut() {
            r.scroll = line;
        }
        clamp_scroll(app, lib);
    }
}

fn is_help_topic(lib: &Library, topic: usize) -> bool {
    lib.topics
        .get(topic)
        .is_none_or(|t| t.kind == TopicKind::Help || t.pages.is_empty())
}

fn set_selected(app: &mut App, i: usize) {
    match app.screen_mut() {
        Screen::Start { selected }
        | Screen::Home { selected }
        | Screen::Words { selected }
        | Screen::Prefs { selected } => *selected = i,
        _ => {}
    }
}

/// Scrolls the current screen by `by` lines, within its length.
fn scroll_by(app: &mut App, lib: &Library, by: isize) {
    let max = layout::scroll_extent(app, lib)
        .map(|(total, visible)| total.saturating_sub(visible))
        .unwrap_or(0);
    let easy = app.edition == Layout::Statements;
    let target = match app.screen_mut() {
        Screen::Topic(r) if easy => &mut r.step_scroll,
        Screen::Topic(r) => &mut r.scroll,
        Screen::Help { scroll }
        | Screen::Source { scroll, .. }
        | Screen::Word { scroll, .. }
        | Screen::HardWords { scroll, .. } => scroll,
        _ => return,
    };
    let cur = (*target).min(max) as isize;
    *target = (cur + by).clamp(0, max as isize) as usize;
}

fn clamp_scroll(app: &mut App, lib: &Library) {
    scroll_by(app, lib, 0);
}

/// The paragraph at the top of the guide's view.
fn top_anchor(app: &App, lib: &Library) -> Option<Anchor> {
    let (laid, _) = layout::scrolled(app, lib)?;
    let scroll = match app.screen() {
        Screen::Topic(r) => r.scroll,
        _ => 0,
    };
    // The first paragraph that starts in view.
    laid.anchors
        .iter()
        .find(|(_, line)| *line >= scroll)
        .or(laid.anchors.last())
        .map(|(a, _)| a.clone())
}

/// The first line of a paragraph in the guide's view.
fn anchor_line(app: &App, lib: &Library, a: &Anchor) -> Option<usize> {
    let (laid, _) = layout::scrolled(app, lib)?;
    laid.anchors.iter().find(|(x, _)| x == a).map(|(_, l)| *l)
}

/// Switches edition, keeping the place on the page being read, also when
/// `e` is pressed on a screen above it (help, "Where is this from?"):
/// Esc then goes back to the same place in the other edition.
fn switch_edition(app: &mut App, lib: &Library) {
    let Some(i) = app
        .stack
        .iter()
        .rposition(|s| matches!(s, Screen::Topic(_)))
    else {
        app.edition = other_layout(app.edition);
        return;
    };
    let above = app.stack.split_off(i + 1);
    switch_topic_edition(app, lib);
    app.stack.extend(above);
}

/// Switches edition, keeping the page and, as nearly as can be, the place
/// on it: an easy-read statement names the guide text it retells.
fn switch_topic_edition(app: &mut App, lib: &Library) {
    let from = app.edition;
    let to = other_layout(from);
    let Screen::Topic(r) = app.screen().clone() else {
        app.edition = to;
        return;
    };
    if is_help_topic(lib, r.topic) {
        app.edition = to;
        return;
    }
    match from {
        Layout::Chapters if r.switched_at == Some(r.scroll) => {
            // Not moved since switching from easy read: back to that card.
            app.edition = to;
            if let Screen::Topic(r) = app.screen_mut() {
                r.switched_at = None;
            }
        }
        Layout::Chapters => {
            let anchor = top_anchor(app, lib);
            app.edition = to;
            let steps = lib.steps(r.topic, to);
            let step = anchor
                .and_then(|a| {
                    let retells = |s: &crate::tui::library::Step| {
                        s.source.as_ref().is_some_and(|src| {
                            src.edition == lib.guide.edition
                                && src.page == a.page
                                && Some(&src.block) == a.block.as_ref()
                                && (a.item.is_none() || src.item == a.item)
                        })
                    };
                    // Several cards may retell one guide item: the one the
                    // reader came from, if it is one of them, else the
                    // first.
                    let came_from = steps.get(r.step).filter(|s| retells(s)).map(|_| r.step);
                    let same_source = came_from.or_else(|| steps.iter().position(retells));
                    same_source.or_else(|| {
                        steps
                            .iter()
                            .position(|s| s.kind == StepKind::Title && s.anchor.page == a.page)
                    })
                })
                .unwrap_or(0);
            if let Screen::Topic(r) = app.screen_mut() {
                r.step = step;
                r.step_scroll = 0;
            }
        }
        Layout::Statements => {
            let steps = lib.steps(r.topic, from);
            let target: Option<Anchor> = steps.get(r.step).map(|s| match &s.source {
                Some(src) if src.edition == lib.guide.edition => Anchor {
                    page: src.page.clone(),
                    block: Some(src.block.clone()),
                    item: src.item.clone(),
                },
                _ => s.anchor.clone(),
            });
            app.edition = to;
            let line = target.and_then(|t| {
                let (laid, _) = layout::scrolled(app, lib)?;
                let find = |f: &dyn Fn(&Anchor) -> bool| {
                    laid.anchors.iter().find(|(a, _)| f(a)).map(|(_, l)| *l)
                };
                find(&|a| *a == t)
                    .or_else(|| find(&|a| a.page == t.page && a.block == t.block))
                    .or_else(|| find(&|a| a.page == t.page))
            });
            if let Screen::Topic(r) = app.screen_mut() {
                r.scroll = line.unwrap_or(0);
            }
            clamp_scroll(app, lib);
            if let Screen::Topic(r) = app.screen_mut() {
                r.switched_at = Some(r.scroll);
            }
        }
    }
}
