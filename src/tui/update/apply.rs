//! One action applied to the state: what each key does on each screen.

use super::edition::switch_edition;
use super::scroll::{anchor_line, clamp_scroll, scroll_by, top_anchor};
use super::{Effect, is_help_topic, quick_exit};
use crate::tui::layout;
use crate::tui::library::{Layout, Library, TopicKind};
use crate::tui::speak::Speech;
use crate::tui::state::{Action, App, Reading, Screen};

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
            let hits = crate::tui::search::find(lib, app.edition, &query);
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
            use crate::tui::prefs::{ROWS, change};
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
fn open_hit(app: &mut App, lib: &Library, hit: &crate::tui::search::Unit) {
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

fn set_selected(app: &mut App, i: usize) {
    match app.screen_mut() {
        Screen::Start { selected }
        | Screen::Home { selected }
        | Screen::Words { selected }
        | Screen::Prefs { selected } => *selected = i,
        _ => {}
    }
}
