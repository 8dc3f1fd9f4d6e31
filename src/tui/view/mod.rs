//! Drawing: a pure function of the state and the documents onto a ratatui
//! frame. It returns the clickable parts of what it drew, which the event
//! loop hands back to the state for the next mouse click.
//!
//! Every screen has the same frame: a header line (the guide's name and
//! the edition), the page in a centred column (text at most about 70
//! columns wide), and a footer that always says how to get help and how to
//! leave quickly, in plain words.

pub mod page;
pub mod prefs;
pub mod search;
pub mod step;
pub mod text;

use std::rc::Rc;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, BorderType, Borders, Clear, Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState,
};

use self::page::{Laid, lay_out, to_line, visual};
use self::text::{Seg, finish, line_width, plain, segs, width, wrap, wrap_hanging};
use super::keys::{self, Layout};
use super::library::{AnchoredPara, Library, Para};
use super::state::{Action, App, Hotspot, Screen};
use super::theme::Theme;
use crate::content::Layout as Reading;

/// Below this the kiosk asks for a bigger window.
pub const MIN_WIDTH: u16 = 34;
pub const MIN_HEIGHT: u16 = 12;
/// Below this height "Get help now" shows only its three numbers (and
/// the keys), so none is scrolled out of view.
pub const HELP_FULL_HEIGHT: u16 = 20;
/// The longest line of running text, for comfortable reading.
pub const TEXT_MAX: usize = 70;
pub const TEXT_MAX_ROOMY: usize = 60;

/// What the event loop needs back from a frame.
#[derive(Debug, Default, Clone)]
pub struct Drawn {
    pub hotspots: Vec<Hotspot>,
}

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

fn item_width(it: &FooterItem) -> u16 {
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

/// The lines of a scrolled screen (guide topic, help, source), laid out
/// for the current size. `None` for screens that do not scroll this way.
/// Layouts are remembered, so scrolling only slices them.
pub fn scrolled(app: &App, lib: &Library, theme: &Theme) -> Option<(Rc<Laid>, Rect)> {
    let area = Rect::new(0, 0, app.size.0, app.size.1);
    let (reg, _) = regions(app, lib, area);
    let col = column(reg.body, text_max(app));
    let rtl = lib.dir() == crate::i18n::Direction::Rtl;
    let key = match app.screen() {
        Screen::Topic(r) if app.edition == Reading::Chapters => format!("topic {} guide", r.topic),
        Screen::Topic(r) if lib.topics.get(r.topic).is_some_and(|t| t.pages.is_empty()) => {
            format!("topic {} {:?}", r.topic, app.edition)
        }
        Screen::Help { .. } => "help".to_string(),
        Screen::Source { page, source, .. } => format!("source {page} {source:?}"),
        Screen::Word { entry, .. } => format!("word {entry}"),
        Screen::HardWords { entries, .. } => format!("hard words {entries:?}"),
        _ => return None,
    };
    let key = format!("{key} {} {} {}", col.width, app.roomy, theme.name.as_str());
    let laid = lib.layout(&key, || {
        let paras = screen_paras(app, lib).unwrap_or_default();
        lay_out(&paras, col.width as usize, rtl, app.roomy, theme)
    });
    Some((laid, col))
}

/// The paragraphs of a scrolled screen.
fn screen_paras(app: &App, lib: &Library) -> Option<Rc<Vec<AnchoredPara>>> {
    Some(match app.screen() {
        Screen::Topic(r) => lib.paras(r.topic, app.edition),
        Screen::Help { .. } => Rc::new(lib.help_paras()),
        Screen::Source { page, source, .. } => Rc::new(lib.source_paras(page, source.as_ref())),
        Screen::Word { entry, .. } => Rc::new(lib.word_paras(*entry)),
        Screen::HardWords { entries, .. } => Rc::new(lib.hard_words_paras(entries)),
        _ => return None,
    })
}

/// The words of a paragraph, without markup.
pub(crate) fn para_plain(p: &Para) -> String {
    match p.inner() {
        Para::Title { text, .. }
        | Para::Heading(text)
        | Para::Body(text)
        | Para::Quote(text)
        | Para::Note(text)
        | Para::Item { text, .. } => text.plain(),
        Para::Contact { name, text, .. } => format!("{name}\n{}", text.plain()),
        Para::Picture(_) | Para::Other { .. } => String::new(),
    }
}

/// The words on the screen now, in reading order (not display order), as
/// plain text: what "the hard words on this screen" looks in.
pub fn shown_text(app: &App, lib: &Library) -> String {
    let w = &lib.words;
    let mut out: Vec<String> = Vec::new();
    match app.screen() {
        Screen::Start { .. } => {
            out.push(w.plain("kiosk-start-title"));
            out.push(w.plain("kiosk-start-text"));
        }
        Screen::Home { .. } => {
            out.push(w.plain("kiosk-home-title"));
            for i in 0..lib.topics.len() {
                out.push(lib.topic_label(i, app.edition).plain());
            }
        }
        Screen::Words { .. } | Screen::HardWords { .. } => {}
        Screen::Prefs { .. } => out.extend(prefs::prefs_text(app, lib)),
        Screen::Search { query, .. } => {
            out.push(search::field(lib, query, false));
            out.extend(
                super::search::find(lib, app.edition, query)
                    .into_iter()
                    .map(|h| h.text),
            );
        }
        Screen::Topic(r)
            if app.edition == Reading::Statements
                && lib.topics.get(r.topic).is_some_and(|t| !t.pages.is_empty()) =>
        {
            let steps = lib.steps(r.topic, app.edition);
            if let Some(s) = steps.get(r.step.min(steps.len().saturating_sub(1))) {
                if let Some(h) = &s.heading {
                    out.push(h.plain());
                }
                if let super::library::StepKind::Contact { name, .. } = &s.kind {
                    out.push(name.clone());
                }
                out.push(s.text.plain());
                out.extend(s.extra.iter().map(|e| e.plain()));
            }
        }
        _ => {
            let theme = Theme::new(super::theme::ThemeName::Mono);
            if let (Some((laid, col)), Some(paras)) =
                (scrolled(app, lib, &theme), screen_paras(app, lib))
            {
                let visible = col.height as usize;
                let scroll = match app.screen() {
                    Screen::Topic(r) => r.scroll,
                    Screen::Help { scroll }
                    | Screen::Source { scroll, .. }
                    | Screen::Word { scroll, .. }
                    | Screen::HardWords { scroll, .. } => *scroll,
                    _ => 0,
                }
                .min(laid.lines.len().saturating_sub(visible));
                for (i, (ap, (_, start))) in paras.iter().zip(&laid.anchors).enumerate() {
                    let end = laid
                        .anchors
                        .get(i + 1)
                        .map_or(laid.lines.len(), |(_, l)| *l);
                    if *start < scroll + visible && end > scroll {
                        out.push(para_plain(&ap.para));
                    }
                }
            }
        }
    }
    out.join("\n")
}

/// The glossary entries whose words are on the screen now.
pub fn terms_on_screen(app: &App, lib: &Library) -> Vec<usize> {
    lib.terms_in(&shown_text(app, lib))
}

/// How far the current screen can scroll: (lines, visible rows).
pub fn scroll_extent(app: &App, lib: &Library) -> Option<(usize, usize)> {
    let theme = Theme::new(super::theme::ThemeName::Mono);
    if let Some((laid, col)) = scrolled(app, lib, &theme) {
        return Some((laid.lines.len(), col.height as usize));
    }
    if let Screen::Topic(r) = app.screen() {
        let area = Rect::new(0, 0, app.size.0, app.size.1);
        let (reg, _) = regions(app, lib, area);
        let laid = step::lay_out_step(app, lib, r, reg.body, &theme);
        return Some((laid.content.len(), laid.visible as usize));
    }
    None
}

pub fn draw(frame: &mut Frame, app: &App, lib: &Library, theme: &Theme) -> Drawn {
    let area = frame.area();
    let mut drawn = Drawn::default();
    let buf_style = if app.neutral {
        theme.neutral()
    } else {
        theme.base
    };
    frame.render_widget(Block::default().style(buf_style), area);
    if app.neutral {
        draw_neutral(frame, lib, theme, area);
        return drawn;
    }
    let small = too_small(app) || area.width < MIN_WIDTH || area.height < MIN_HEIGHT;
    // "Get help now" keeps its three numbers whole and in view at every
    // size: below HELP_FULL_HEIGHT it is the numbers alone.
    let small_help = matches!(app.screen(), Screen::Help { .. }) && area.height < HELP_FULL_HEIGHT;
    if small || small_help {
        draw_too_small(frame, app, lib, theme, area, !small);
        if app.idle_warning() {
            draw_idle(frame, app, lib, theme, area);
        }
        return drawn;
    }
    let (reg, rows) = regions(app, lib, area);
    draw_header(frame, app, lib, theme, reg.header, &mut drawn);
    match app.screen() {
        Screen::Start { selected } => {
            step::draw_start(frame, app, lib, theme, reg.body, *selected, &mut drawn)
        }
        Screen::Home { selected } => {
            step::draw_home(frame, app, lib, theme, reg.body, *selected, &mut drawn)
        }
        Screen::Topic(r)
            if app.edition == Reading::Statements
                && lib.topics.get(r.topic).is_some_and(|t| !t.pages.is_empty()) =>
        {
            step::draw_step(frame, app, lib, theme, reg.body, r, &mut drawn)
        }
        Screen::Topic(r) => draw_scrolled(frame, app, lib, theme, reg.body, r.scroll),
        Screen::Source { scroll, .. }
        | Screen::Help { scroll }
        | Screen::Word { scroll, .. }
        | Screen::HardWords { scroll, .. } => {
            draw_scrolled(frame, app, lib, theme, reg.body, *scroll)
        }
        Screen::Words { selected } => {
            step::draw_words(frame, app, lib, theme, reg.body, *selected, &mut drawn)
        }
        Screen::Prefs { selected } => {
            prefs::draw_prefs(frame, app, lib, theme, reg.body, *selected, &mut drawn)
        }
        Screen::Search {
            query,
            selected,
            typing,
        } => search::draw_search(
            frame,
            app,
            lib,
            theme,
            reg.body,
            (query, *selected, *typing),
            &mut drawn,
        ),
    }
    draw_footer(frame, app, lib, theme, reg.footer, &rows, &mut drawn);
    if let Some(id) = app.notice {
        draw_notice(frame, lib, theme, reg, id);
    }
    if app.idle_warning() {
        draw_idle(frame, app, lib, theme, area);
        // While it shows, any click only says "still here".
        drawn.hotspots.clear();
    }
    drawn
}

fn draw_header(
    frame: &mut Frame,
    app: &App,
    lib: &Library,
    theme: &Theme,
    area: Rect,
    drawn: &mut Drawn,
) {
    frame.render_widget(Block::default().style(theme.header), area);
    let rtl = lib.dir() == crate::i18n::Direction::Rtl;
    let name = text::label(&lib.words.plain("kiosk-app-name"), rtl);
    let edition = text::label(
        &match app.edition {
            Reading::Chapters => lib.words.plain("kiosk-edition-guide"),
            Reading::Statements => lib.words.plain("kiosk-edition-easy-read"),
        },
        rtl,
    );
    let show_edition = !matches!(app.screen(), Screen::Start { .. }) && lib.has_easy_read();
    let inner = Rect::new(area.x + 1, area.y, area.width.saturating_sub(2), 1);
    let ew = width(&edition) as u16;
    let (name_x, ed_x) = if rtl {
        (
            inner.x + inner.width.saturating_sub(width(&name) as u16),
            inner.x,
        )
    } else {
        (inner.x, inner.x + inner.width.saturating_sub(ew))
    };
    // `name` is in visual order already.
    let name_line = Line::from(Span::styled(name.clone(), theme.header));
    frame.render_widget(
        Paragraph::new(name_line),
        Rect::new(name_x, inner.y, (width(&name) as u16).min(inner.width), 1),
    );
    if show_edition && inner.width as usize > width(&name) + width(&edition) + 2 {
        let r = Rect::new(ed_x, inner.y, ew, 1);
        frame.render_widget(
            Paragraph::new(Line::from(Span::styled(edition, theme.header))),
            r,
        );
        drawn.hotspots.push(Hotspot {
            area: r,
            action: Action::Edition,
        });
    }
}

fn draw_footer(
    frame: &mut Frame,
    app: &App,
    lib: &Library,
    theme: &Theme,
    area: Rect,
    rows: &[Vec<(u16, usize)>],
    drawn: &mut Drawn,
) {
    frame.render_widget(Block::default().style(theme.footer), area);
    let items = footer_items(app, lib);
    let rtl = lib.dir() == crate::i18n::Direction::Rtl;
    for (r, row) in rows.iter().enumerate().take(area.height as usize) {
        let y = area.y + r as u16;
        for &(x, i) in row {
            let it = &items[i];
            // Right to left: the row starts at the right edge.
            let x = if rtl {
                area.width.saturating_sub(x + item_width(it))
            } else {
                x
            };
            let key_style = if it.strong { theme.help } else { theme.key };
            let label_style = if it.strong {
                theme.footer.add_modifier(ratatui::style::Modifier::BOLD)
            } else {
                theme.footer
            };
            let key = Span::styled(format!(" {} ", it.key), key_style);
            let line = if rtl {
                Line::from(vec![
                    Span::styled(format!("{} ", text::label(&it.label, true)), label_style),
                    key,
                ])
            } else {
                Line::from(vec![
                    key,
                    Span::styled(format!(" {}", text::label(&it.label, false)), label_style),
                ])
            };
            let w = item_width(it).min(area.width.saturating_sub(x));
            let rect = Rect::new(area.x + x, y, w, 1);
            frame.render_widget(Paragraph::new(line), rect);
            drawn.hotspots.push(Hotspot {
                area: rect,
                action: it.action,
            });
        }
    }
}

fn draw_scrolled(
    frame: &mut Frame,
    app: &App,
    lib: &Library,
    theme: &Theme,
    body: Rect,
    scroll: usize,
) {
    let Some((laid, col)) = scrolled(app, lib, theme) else {
        return;
    };
    let total = laid.lines.len();
    let visible = col.height as usize;
    let max = total.saturating_sub(visible);
    let scroll = scroll.min(max);
    let lines: Vec<Line> = laid
        .lines
        .iter()
        .skip(scroll)
        .take(visible)
        .cloned()
        .collect();
    frame.render_widget(Paragraph::new(lines).style(theme.base), col);
    if total > visible {
        let rtl = lib.dir() == crate::i18n::Direction::Rtl;
        scrollbar(frame, theme, body, (total, visible, scroll), rtl);
    }
}

/// A quiet scroll bar, so it is clear there is more: at the right edge,
/// or at the left for right-to-left text (whose lines end at the right).
pub fn scrollbar(
    frame: &mut Frame,
    theme: &Theme,
    body: Rect,
    (total, visible, scroll): (usize, usize, usize),
    rtl: bool,
) {
    let mut state = ScrollbarState::new(total.saturating_sub(visible))
        .position(scroll)
        .viewport_content_length(visible);
    let side = if rtl {
        ScrollbarOrientation::VerticalLeft
    } else {
        ScrollbarOrientation::VerticalRight
    };
    let bar = Scrollbar::new(side)
        .begin_symbol(Some("▲"))
        .end_symbol(Some("▼"))
        .track_symbol(Some("│"))
        .thumb_symbol("█")
        .style(theme.muted);
    let r = if rtl {
        Rect::new(
            body.x + 1.min(body.width),
            body.y,
            body.width.saturating_sub(1),
            body.height,
        )
    } else {
        Rect::new(body.x, body.y, body.width.saturating_sub(1), body.height)
    };
    frame.render_stateful_widget(bar, r, &mut state);
}

fn draw_neutral(frame: &mut Frame, lib: &Library, theme: &Theme, area: Rect) {
    let col = column(area, 60);
    let col = Rect::new(
        col.x,
        area.y + 2.min(area.height),
        col.width,
        area.height.saturating_sub(2),
    );
    let style = theme.neutral();
    let mut lines = Vec::new();
    let rtl = lib.dir() == crate::i18n::Direction::Rtl;
    for l in wrap(
        &plain(
            &lib.words.plain("kiosk-neutral-title"),
            style.add_modifier(ratatui::style::Modifier::BOLD),
        ),
        col.width as usize,
    ) {
        lines.push(finish(l, rtl, col.width as usize));
    }
    lines.push(Line::default());
    for l in wrap(
        &plain(&lib.words.plain("kiosk-neutral-text"), style),
        col.width as usize,
    ) {
        lines.push(finish(l, rtl, col.width as usize));
    }
    frame.render_widget(Paragraph::new(lines).style(style), col);
}

/// Below the minimum size: a friendly request for a bigger window. Help
/// stays one key away even here: the line says which key, and on "Get
/// help now" the numbers themselves come first, each number unbroken.
/// `accepted`: the window is big enough, only too small for the whole of
/// "Get help now" (so no request for a bigger window, and Esc closes).
fn draw_too_small(
    frame: &mut Frame,
    app: &App,
    lib: &Library,
    theme: &Theme,
    area: Rect,
    accepted: bool,
) {
    let w = area.width.max(1) as usize;
    let rtl = lib.dir() == crate::i18n::Direction::Rtl;
    let words = &lib.words;
    let mut texts: Vec<Vec<Seg>> = Vec::new();
    if matches!(app.screen(), Screen::Help { .. }) {
        texts.push(segs(&words.text("kiosk-help-danger"), theme.base));
        for line in lib.help_lines() {
            texts.push(segs(
                &words.text(&crate::content::help_lines::kiosk_call(&line.org)),
                theme.base,
            ));
        }
    }
    let help = matches!(app.screen(), Screen::Help { .. });
    let request = (!accepted).then(|| plain(&words.plain("kiosk-too-small"), theme.title));
    if !help && let Some(r) = &request {
        texts.push(r.clone());
    }
    // Help and quick exit, named from the key table as in the footer.
    let layout = Layout::for_tag(&lib.tag);
    let mut keys_line = Vec::new();
    for (action, id) in [
        (Action::Help, "kiosk-key-help"),
        (Action::QuickExit, "kiosk-key-exit"),
        (Action::Back, "kiosk-key-close-help"),
    ] {
        if action == Action::Help && help || action == Action::Back && !(accepted && help) {
            continue;
        }
        let key = vec![
            (keys::shown(&[action], layout), theme.key),
            ("  ".to_string(), theme.base),
            (words.plain(id), theme.base),
        ];
        keys_line.push(key);
    }
    texts.extend(keys_line);
    if help && let Some(r) = request {
        texts.push(r);
    }
    // Blank lines between the parts while they fit; on "Get help now" the
    // numbers and the quick exit matter more than the request for a
    // bigger window or the Esc key, which go first (they are last).
    let rows = area.height as usize;
    let keep = if help { 4 } else { texts.len() };
    let mut lines = small_lines(&texts, rtl, w, true);
    let mut n = texts.len();
    while lines.len() > rows {
        lines = small_lines(&texts[..n], rtl, w, false);
        if n <= keep.min(texts.len()) {
            break;
        }
        n -= 1;
    }
    let top = area.height.saturating_sub(lines.len() as u16) / 2;
    let r = Rect::new(
        area.x,
        area.y + top,
        area.width,
        area.height.saturating_sub(top),
    );
    frame.render_widget(Paragraph::new(lines).style(theme.base), r);
}

/// The parts of the too-small screen as centred lines, with a blank line
/// between parts when `spaced`.
fn small_lines(texts: &[Vec<Seg>], rtl: bool, w: usize, spaced: bool) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for (n, t) in texts.iter().enumerate() {
        if n > 0 && spaced {
            lines.push(Line::default());
        }
        // A short line keeps its spacing ("h  Get help now", as in the
        // footer); wrapping would close it up.
        if line_width(t) <= w {
            lines.push(centred(t.clone(), rtl, w));
        } else {
            lines.extend(wrap(t, w).into_iter().map(|l| centred(l, rtl, w)));
        }
    }
    lines
}

/// A line centred in `w` columns, in display order.
fn centred(line: Vec<Seg>, rtl: bool, w: usize) -> Line<'static> {
    let mut l = text::to_visual(line, rtl);
    let pad = w.saturating_sub(line_width(&l)) / 2;
    l.insert(0, (" ".repeat(pad), ratatui::style::Style::default()));
    to_line(l)
}

/// A short note just above the footer, until the next key.
fn draw_notice(frame: &mut Frame, lib: &Library, theme: &Theme, reg: Regions, id: &str) {
    let rtl = lib.dir() == crate::i18n::Direction::Rtl;
    let col = column(reg.body, TEXT_MAX);
    let w = col.width as usize;
    let lines: Vec<Line> = wrap(
        &segs(&lib.words.text(id), theme.dialog),
        w.saturating_sub(2),
    )
    .into_iter()
    .map(|l| finish(l, rtl, w.saturating_sub(2)))
    .collect();
    let h = (lines.len() as u16).min(reg.body.height);
    let bottom = reg.footer.y;
    let r = Rect::new(col.x, bottom.saturating_sub(h), col.width, h);
    frame.render_widget(Clear, r);
    let inner = Rect::new(r.x + 1, r.y, r.width.saturating_sub(2), r.height);
    frame.render_widget(Block::default().style(theme.dialog), r);
    frame.render_widget(Paragraph::new(lines).style(theme.dialog), inner);
}

fn draw_idle(frame: &mut Frame, app: &App, lib: &Library, theme: &Theme, area: Rect) {
    let w = area.width.saturating_sub(4).min(50);
    let inner_w = w.saturating_sub(4) as usize;
    let rtl = lib.dir() == crate::i18n::Direction::Rtl;
    let secs = app.idle.remaining_seconds(app.now_ms);
    let words = &lib.words;
    let mut lines: Vec<Line> = Vec::new();
    let mut add = |s: Vec<Seg>| {
        for l in wrap(&s, inner_w) {
            lines.push(finish(l, rtl, inner_w));
        }
    };
    add(segs(
        &words.text("kiosk-idle-title"),
        theme.dialog.add_modifier(ratatui::style::Modifier::BOLD),
    ));
    add(vec![(String::new(), theme.dialog)]);
    add(segs(&words.text("kiosk-idle-text"), theme.dialog));
    add(vec![(String::new(), theme.dialog)]);
    add(segs(
        &words.text_with(
            "kiosk-idle-countdown",
            &[("seconds", fluent_bundle::FluentValue::from(secs as f64))],
        ),
        theme.dialog,
    ));
    let h = (lines.len() as u16 + 4).min(area.height);
    let r = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + area.height.saturating_sub(h) / 2,
        w,
        h,
    );
    frame.render_widget(Clear, r);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .style(theme.dialog)
        .border_style(theme.dialog);
    let inner = block.inner(r);
    frame.render_widget(block, r);
    let inner = Rect::new(
        inner.x + 1,
        inner.y + 1,
        inner.width.saturating_sub(2),
        inner.height.saturating_sub(1),
    );
    frame.render_widget(Paragraph::new(lines).style(theme.dialog), inner);
}

/// A row of a menu: marker, number, words; the selected one in reverse
/// video with "▶", so it never depends on colour.
#[allow(clippy::too_many_arguments)]
pub fn menu_rows(
    number: Option<String>,
    label: Vec<Seg>,
    selected: bool,
    width: usize,
    rtl: bool,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let style = if selected { theme.selected } else { theme.base };
    let marker = match (selected, rtl) {
        (false, _) => "  ",
        (true, false) => "▶ ",
        (true, true) => "◀ ",
    };
    let mut m = vec![(marker.to_string(), style)];
    if let Some(n) = number {
        m.push((
            format!("{n}  "),
            style.add_modifier(ratatui::style::Modifier::BOLD),
        ));
    }
    let label: Vec<Seg> = label
        .into_iter()
        .map(|(s, st)| (s, st.patch(style)))
        .collect();
    wrap_hanging(&m, &label, width)
        .into_iter()
        .map(|l| {
            let fill = if selected { theme.selected } else { theme.base };
            to_line(visual(l, rtl, width, fill))
        })
        .collect()
}

pub(crate) use self::page::picture_rows;
