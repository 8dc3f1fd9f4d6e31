//! Where things go on the screen, whatever the theme: the three bands
//! (header, body, footer), the footer's keys in rows, the centred text
//! column, and when the window is too small.

use ratatui::layout::Rect;

use super::text::width;
use crate::content::Layout as Reading;
use crate::tui::keys::{self, Layout};
use crate::tui::library::Library;
use crate::tui::state::{Action, App, Screen};

/// Below this the kiosk asks for a bigger window.
pub const MIN_WIDTH: u16 = 34;
pub const MIN_HEIGHT: u16 = 12;
/// Below this height "Get help now" shows only its three numbers (and
/// the keys), so none is scrolled out of view.
pub const HELP_FULL_HEIGHT: u16 = 20;
/// The longest line of running text, for comfortable reading.
pub const TEXT_MAX: usize = 70;
pub const TEXT_MAX_ROOMY: usize = 60;

pub fn too_small(app: &App) -> bool {
    app.size.0 < MIN_WIDTH || app.size.1 < MIN_HEIGHT
}

/// The three bands of the screen.
#[derive(Debug, Clone, Copy)]
pub struct Regions {
    pub header: Rect,
    pub body: Rect,
    pub footer: Rect,
}

pub struct FooterItem {
    pub key: String,
    pub label: String,
    pub action: Action,
    pub strong: bool,
}

/// The footer's keys for the current screen, most important first.
pub fn footer_items(app: &App, lib: &Library) -> Vec<FooterItem> {
    let w = &lib.words;
    let layout = Layout::for_tag(&lib.tag);
    // The key's name comes from the key table, so what is shown works.
    let items_for = |actions: &[Action], id: &str| FooterItem {
        key: keys::shown(actions, layout),
        label: w.plain(id),
        action: actions[actions.len() - 1],
        strong: false,
    };
    let item = |action: Action, id: &str| items_for(&[action], id);
    let mut items = vec![
        FooterItem {
            strong: true,
            ..item(Action::Help, "kiosk-key-help")
        },
        FooterItem {
            strong: true,
            ..item(Action::QuickExit, "kiosk-key-exit")
        },
    ];
    // Read aloud comes next: it is for the children who read least.
    if app.prefs.speech && (app.speech_available || !app.told_no_speech) {
        let id = if app.speaking {
            "kiosk-key-stop-reading"
        } else {
            "kiosk-key-read"
        };
        items.push(item(Action::ReadAloud, id));
    }
    let below = app.stack.len().checked_sub(2).map(|i| &app.stack[i]);
    let back_id = match (app.screen(), below) {
        (Screen::Help { .. }, _) => Some("kiosk-key-close-help"),
        (_, Some(Screen::Start { .. })) => Some("kiosk-key-back-start"),
        (_, Some(Screen::Home { .. })) => Some("kiosk-key-back-menu"),
        (_, Some(_)) => Some("kiosk-key-back"),
        (_, None) => None,
    };
    let edition_item = |app: &App| match app.edition {
        Reading::Chapters => item(Action::Edition, "kiosk-key-to-easy-read"),
        Reading::Statements => item(Action::Edition, "kiosk-key-to-guide"),
    };
    match app.screen() {
        Screen::Start { .. } | Screen::Home { .. } | Screen::Words { .. } => {
            items.push(items_for(&[Action::Up, Action::Down], "kiosk-key-move"));
            items.push(item(Action::Enter, "kiosk-key-choose"));
        }
        Screen::Prefs { .. } => {
            items.push(items_for(&[Action::Up, Action::Down], "kiosk-key-move"));
            items.push(item(Action::Enter, "kiosk-key-change"));
        }
        Screen::Search { typing, .. } => {
            if *typing {
                // Letters type into the words here: help and quick exit
                // are named by their F-keys, which always work.
                for it in items.iter_mut().take(2) {
                    it.key = it.key.rsplit(' ').next().unwrap_or("").to_string();
                }
            }
            items.push(items_for(&[Action::Up, Action::Down], "kiosk-key-move"));
            items.push(item(Action::Enter, "kiosk-key-open"));
        }
        Screen::Topic(_) if app.edition == Reading::Statements => {
            items.push(FooterItem {
                action: Action::Next,
                ..items_for(&[Action::Left, Action::Right], "kiosk-key-next-back")
            });
        }
        _ => items.push(items_for(&[Action::Up, Action::Down], "kiosk-key-scroll")),
    }
    if let Some(id) = back_id {
        items.push(item(Action::Back, id));
    }
    match app.screen() {
        Screen::Home { .. } | Screen::Source { .. } if lib.has_easy_read() => {
            items.push(edition_item(app))
        }
        Screen::Topic(r) => {
            if lib.has_easy_read() {
                items.push(edition_item(app));
            }
            if lib.topics.get(r.topic).is_some() {
                items.push(item(Action::Source, "kiosk-key-source"));
            }
        }
        _ => {}
    }
    // The hard words of a screen of reading, after the edition switch
    // (not on "Get help now", which keeps its numbers in view; the key
    // works there too).
    if !lib.glossary().is_empty()
        && matches!(app.screen(), Screen::Topic(_) | Screen::Source { .. })
    {
        let at = items
            .iter()
            .position(|i| i.action == Action::Source)
            .unwrap_or(items.len());
        items.insert(at, item(Action::HardWords, "kiosk-key-words"));
    }
    let typing = matches!(app.screen(), Screen::Search { typing: true, .. });
    // Search and "How I like it" are one key away on every screen.
    if !matches!(app.screen(), Screen::Search { .. }) {
        items.push(item(Action::Search, "kiosk-key-search"));
    }
    if !matches!(app.screen(), Screen::Prefs { .. }) && !typing {
        items.push(item(Action::Preferences, "kiosk-key-prefs"));
    }
    if !app.kiosk && !typing {
        items.push(item(Action::Quit, "kiosk-key-quit"));
    }
    // Typing: only the keys that do not type (read aloud has its F-key).
    if typing {
        items.retain(|i| !matches!(i.action, Action::ReadAloud) || i.key.contains('F'));
        for i in items.iter_mut().filter(|i| i.action == Action::ReadAloud) {
            i.key = i.key.rsplit(' ').next().unwrap_or("").to_string();
        }
    }
    items
}

/// Places footer items in rows `width` wide; items that do not fit in
/// `max_rows` are left out (the least important are last).
fn place_footer(items: &[FooterItem], width: u16, max_rows: u16) -> Vec<Vec<(u16, usize)>> {
    let mut rows: Vec<Vec<(u16, usize)>> = vec![Vec::new()];
    let mut x = 1u16;
    for (i, it) in items.iter().enumerate() {
        let w = item_width(it);
        if x > 1 && x + w > width.saturating_sub(1) {
            if rows.len() as u16 >= max_rows {
                break;
            }
            rows.push(Vec::new());
            x = 1;
        }
        if x + w > width && x == 1 && w > width {
            // Even alone it is too wide: it is cut at the edge.
        }
        rows.last_mut().expect("a row").push((x, i));
        x += w + 2;
    }
    rows
}

pub fn item_width(it: &FooterItem) -> u16 {
    (width(&it.key) + 2 + 1 + width(&it.label)) as u16
}

pub fn regions(app: &App, lib: &Library, area: Rect) -> (Regions, Vec<Vec<(u16, usize)>>) {
    let items = footer_items(app, lib);
    // Three rows hold every key in every language at 80 columns (Welsh
    // needs the third), four at 40; below that the least important keys
    // are left out, never "Get help now" or "Quick exit", which come
    // first.
    let max_rows = 4;
    let rows = place_footer(&items, area.width, max_rows);
    let fh = (rows.len() as u16).min(area.height.saturating_sub(2));
    let header = Rect::new(area.x, area.y, area.width, 1.min(area.height));
    let footer = Rect::new(
        area.x,
        area.y + area.height.saturating_sub(fh),
        area.width,
        fh,
    );
    let body_y = header.y + header.height + 1;
    let body_bottom = footer.y.saturating_sub(1);
    let body = Rect::new(
        area.x,
        body_y.min(body_bottom),
        area.width,
        body_bottom.saturating_sub(body_y),
    );
    (
        Regions {
            header,
            body,
            footer,
        },
        rows,
    )
}

/// The text column inside the body: at most `max` wide, centred, with a
/// margin of at least 3 (the scroll bar sits in the right one).
pub fn column(body: Rect, max: usize) -> Rect {
    let avail = body.width.saturating_sub(6) as usize;
    let w = avail.min(max) as u16;
    let x = body.x + (body.width - w) / 2;
    Rect::new(x, body.y, w, body.height)
}

pub fn text_max(app: &App) -> usize {
    if app.roomy { TEXT_MAX_ROOMY } else { TEXT_MAX }
}
