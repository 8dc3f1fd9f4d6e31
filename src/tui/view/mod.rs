//! Drawing: a pure function of the state and the documents onto a ratatui
//! frame. It returns the clickable parts of what it drew, which the event
//! loop hands back to the state for the next mouse click.
//!
//! Every screen has the same frame: a header line (the guide's name and
//! the edition), the page in a centred column (text at most about 70
//! columns wide), and a footer that always says how to get help and how to
//! leave quickly, in plain words.
//!
//! Where things go and how pages wrap is [`super::layout`]'s, without a
//! theme; the view gives the laid-out roles their theme's styles
//! (`paint.rs`) and draws the menus, dialogs and buttons itself.

mod paint;
pub mod prefs;
pub mod search;
pub mod step;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, BorderType, Borders, Clear, Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState,
};

use super::keys::{self, Layout};
use super::layout::bands::{
    HELP_FULL_HEIGHT, MIN_HEIGHT, MIN_WIDTH, Regions, TEXT_MAX, column, footer_items, item_width,
    regions, too_small,
};
use super::layout::page::visual;
use super::layout::scrolled;
use super::layout::text::{
    self, Seg, finish, line_width, plain, segs, to_line, width, wrap, wrap_hanging,
};
use super::library::Library;
use super::state::{Action, App, Hotspot, Screen};
use super::theme::Theme;
use crate::content::Layout as Reading;

/// What the event loop needs back from a frame.
#[derive(Debug, Default, Clone)]
pub struct Drawn {
    pub hotspots: Vec<Hotspot>,
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
    let Some((laid, col)) = scrolled(app, lib) else {
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
        .map(|l| paint::line(theme, l))
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
