//! The start screen, the home menu, and the easy-read edition's one
//! statement at a time (picture beside the words, "3 of 25", Back and
//! Next buttons that can be clicked or tapped).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::paint::{self, beside};
use super::{Drawn, menu_rows, scrollbar};
use crate::document::Picture;
use crate::i18n::Direction;
use crate::markup::Text;
use crate::tui::layout::bands::{TEXT_MAX, column};
use crate::tui::layout::page::picture_rows;
use crate::tui::layout::step::lay_out_step;
use crate::tui::layout::text::{Seg, finish, label, line_width, plain, segs, to_line, width, wrap};
use crate::tui::library::Library;
use crate::tui::state::{Action, App, Hotspot, Reading};
use crate::tui::theme::Theme;

fn rtl(lib: &Library) -> bool {
    lib.dir() == Direction::Rtl
}

/// A centred column of at most `max` columns inside `body`.
fn col(body: Rect, max: usize) -> Rect {
    column(body, max)
}

/// Renders `lines` into `area`, skipping the first `scroll`.
fn put(frame: &mut Frame, theme: &Theme, area: Rect, lines: Vec<Line<'static>>, scroll: usize) {
    let lines: Vec<Line> = lines
        .into_iter()
        .skip(scroll)
        .take(area.height as usize)
        .collect();
    frame.render_widget(Paragraph::new(lines).style(theme.base), area);
}

/// A menu with its entries' rows; returns the lines and, for each entry,
/// its first row and row count.
fn menu(
    entries: &[(Option<String>, Vec<Seg>)],
    selected: usize,
    width: usize,
    rtl: bool,
    theme: &Theme,
    spaced: bool,
) -> (Vec<Line<'static>>, Vec<(usize, usize)>) {
    let mut lines = Vec::new();
    let mut spans = Vec::new();
    for (i, (n, label)) in entries.iter().enumerate() {
        if spaced && i > 0 {
            lines.push(Line::default());
        }
        let rows = menu_rows(n.clone(), label.clone(), i == selected, width, rtl, theme);
        spans.push((lines.len(), rows.len()));
        lines.extend(rows);
    }
    (lines, spans)
}

/// Scroll so the selected entry is fully visible.
fn menu_scroll(spans: &[(usize, usize)], selected: usize, visible: usize) -> usize {
    let Some(&(start, len)) = spans.get(selected) else {
        return 0;
    };
    (start + len).saturating_sub(visible).min(start)
}

pub fn draw_start(
    frame: &mut Frame,
    app: &App,
    lib: &Library,
    theme: &Theme,
    body: Rect,
    selected: usize,
    drawn: &mut Drawn,
) {
    let _ = app;
    let rtl = rtl(lib);
    let w = &lib.words;
    let c = col(body, TEXT_MAX);
    let cw = c.width as usize;
    let intro = [
        (None, segs(&w.text("kiosk-start-title"), theme.title)),
        (None, Vec::new()),
        (None, segs(&w.text("kiosk-start-text"), theme.base)),
    ];
    let n_lang = lib.languages().len();
    let mut lines = beside(lib.about_picture(), &intro, cw, cw, rtl, theme, false);
    // A draft translation says so, in its words and in English.
    let notice = notice_lines(lib, theme, cw);
    let nl = if notice.is_empty() {
        0
    } else {
        notice.len() + 1
    };
    // Without the picture when it would push the languages off screen,
    // and on a very small window without the welcome words too, then
    // without the notice: the languages, in their own names, matter most.
    if lines.len() + nl + n_lang + 6 > c.height as usize {
        lines = beside(None, &intro, cw, cw, rtl, theme, false);
    }
    if lines.len() + nl + n_lang + 4 > c.height as usize {
        lines = beside(None, &intro[..1], cw, cw, rtl, theme, false);
    }
    if lines.len() + nl + n_lang + 4 <= c.height as usize && !notice.is_empty() {
        lines.push(Line::default());
        lines.extend(notice);
    }
    lines.push(Line::default());
    for l in wrap(&segs(&w.text("kiosk-start-choose"), theme.heading), cw) {
        lines.push(finish(l, rtl, cw));
    }
    lines.push(Line::default());
    let entries: Vec<(Option<String>, Vec<Seg>)> = lib
        .languages()
        .iter()
        .enumerate()
        .map(|(i, l)| (number_key(i), plain(&l.name, theme.base)))
        .collect();
    let menu_top = lines.len();
    let (mlines, spans) = menu(&entries, selected, cw, rtl, theme, false);
    lines.extend(mlines);
    lines.push(Line::default());
    for l in wrap(&segs(&w.text("kiosk-start-press-enter"), theme.muted), cw) {
        lines.push(finish(l, rtl, cw));
    }
    // Keep the chosen language in view on a short window.
    let visible = c.height as usize;
    let scroll = spans
        .get(selected)
        .map(|&(s, len)| (menu_top + s + len).saturating_sub(visible))
        .unwrap_or(0);
    for (i, &(s, len)) in spans.iter().enumerate() {
        add_rows(drawn, c, menu_top + s, len, scroll, Action::Choose(i));
    }
    let total = lines.len();
    put(frame, theme, c, lines, scroll);
    if total > visible {
        super::scrollbar(frame, theme, body, (total, visible, scroll), rtl);
    }
}

/// The number key of the i-th entry of a menu: 1 to 9, then 0.
pub fn number_key(i: usize) -> Option<String> {
    match i {
        0..=8 => Some((i + 1).to_string()),
        9 => Some("0".to_string()),
        _ => None,
    }
}

/// Hotspots for rows `start..start+len` of a list scrolled by `scroll`.
fn add_rows(
    drawn: &mut Drawn,
    area: Rect,
    start: usize,
    len: usize,
    scroll: usize,
    action: Action,
) {
    for row in start..start + len {
        if row < scroll {
            continue;
        }
        let y = row - scroll;
        if y >= area.height as usize {
            break;
        }
        drawn.hotspots.push(Hotspot {
            area: Rect::new(area.x, area.y + y as u16, area.width, 1),
            action,
        });
    }
}

/// A menu with a picture beside it (the picture of the chosen entry):
/// the home menu and "Words explained".
pub(super) struct PictureMenu<'a> {
    pub(super) title: Text,
    /// Whether a draft translation says so under the title.
    pub(super) notice: bool,
    pub(super) entries: Vec<(Option<String>, Vec<Seg>)>,
    pub(super) picture: Option<&'a Picture>,
    pub(super) tip: Option<Text>,
}

pub fn draw_home(
    frame: &mut Frame,
    app: &App,
    lib: &Library,
    theme: &Theme,
    body: Rect,
    selected: usize,
    drawn: &mut Drawn,
) {
    let w = &lib.words;
    let entries = (0..lib.topics.len())
        .map(|i| {
            (
                number_key(i),
                segs(&lib.topic_label(i, app.edition), theme.base),
            )
        })
        .collect();
    let menu = PictureMenu {
        title: w.text("kiosk-home-title"),
        notice: true,
        entries,
        picture: lib.topic_picture(selected, app.edition),
        tip: Some(w.text("kiosk-home-tip")),
    };
    draw_picture_menu(frame, lib, theme, body, menu, selected, drawn);
}

/// Words explained: every hard word, to choose one.
pub fn draw_words(
    frame: &mut Frame,
    _app: &App,
    lib: &Library,
    theme: &Theme,
    body: Rect,
    selected: usize,
    drawn: &mut Drawn,
) {
    let w = &lib.words;
    let glossary = lib.glossary();
    let entries = glossary
        .iter()
        .enumerate()
        // Words after the tenth have no number key; they line up anyway.
        .map(|(i, e)| {
            let n = number_key(i).unwrap_or_else(|| " ".to_string());
            (Some(n), plain(&e.term, theme.base))
        })
        .collect();
    let picture = glossary
        .get(selected)
        .and_then(|e| e.picture.as_deref())
        .and_then(|p| lib.find_picture(p));
    let menu = PictureMenu {
        title: w.text(crate::resolve::GLOSSARY_HEADING),
        notice: false,
        entries,
        picture,
        tip: Some(w.text("kiosk-words-tip")),
    };
    draw_picture_menu(frame, lib, theme, body, menu, selected, drawn);
}

/// A draft translation's notice as lines `width` wide: its own words,
/// then the English (left to right, on the reading side).
pub fn notice_lines(lib: &Library, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let Some((own, english)) = lib.draft_notice() else {
        return Vec::new();
    };
    let rtl = rtl(lib);
    let mut out = Vec::new();
    for l in wrap(&segs(&own, theme.base), width) {
        out.push(finish(l, rtl, width));
    }
    if let Some(en) = english {
        for l in wrap(&segs(&en, theme.muted), width) {
            let pad = width.saturating_sub(line_width(&l));
            let mut l = l;
            if rtl && pad > 0 {
                l.insert(0, (" ".repeat(pad), theme.base));
            }
            out.push(to_line(l));
        }
    }
    out
}

pub(super) fn draw_picture_menu(
    frame: &mut Frame,
    lib: &Library,
    theme: &Theme,
    body: Rect,
    screen: PictureMenu,
    selected: usize,
    drawn: &mut Drawn,
) {
    let rtl = rtl(lib);
    let (rows, pw) = screen.picture.map(picture_rows).unwrap_or_default();
    let wide = col(body, 110);
    let show_pic = !rows.is_empty() && (wide.width as usize) >= pw + 3 + 36;
    let c = if show_pic { wide } else { col(body, TEXT_MAX) };
    let list_w = if show_pic {
        c.width as usize - pw - 3
    } else {
        c.width as usize
    };
    let mut out: Vec<Line<'static>> = Vec::new();
    for l in wrap(&segs(&screen.title, theme.title), list_w) {
        out.push(finish(l, rtl, list_w));
    }
    out.push(Line::default());
    if screen.notice {
        // On a short window the menu comes first: the notice is on the
        // start screen too.
        let notice = notice_lines(lib, theme, list_w);
        if !notice.is_empty() && out.len() + notice.len() + 1 + 6 <= c.height as usize {
            out.extend(notice);
            out.push(Line::default());
        }
    }
    let header_rows = out.len();
    let spaced = c.height as usize >= header_rows + screen.entries.len() * 3;
    let (mlines, spans) = menu(&screen.entries, selected, list_w, rtl, theme, spaced);
    out.extend(mlines);
    if let Some(tip) = &screen.tip
        && out.len() + 2 <= c.height as usize
    {
        out.push(Line::default());
        for l in wrap(&segs(tip, theme.muted), list_w) {
            out.push(finish(l, rtl, list_w));
        }
    }
    let visible = c.height as usize;
    let scroll = menu_scroll(
        &spans
            .iter()
            .map(|&(s, l)| (s + header_rows, l))
            .collect::<Vec<_>>(),
        selected,
        visible,
    );
    let (list_area, pic_area) = if show_pic {
        let lw = list_w as u16;
        let pa = Rect::new(0, c.y, pw as u16, c.height);
        if rtl {
            (
                Rect::new(c.x + c.width - lw, c.y, lw, c.height),
                Rect { x: c.x, ..pa },
            )
        } else {
            (
                Rect::new(c.x, c.y, lw, c.height),
                Rect {
                    x: c.x + c.width - pw as u16,
                    ..pa
                },
            )
        }
    } else {
        (c, Rect::default())
    };
    for (i, &(s, len)) in spans.iter().enumerate() {
        add_rows(
            drawn,
            list_area,
            header_rows + s,
            len,
            scroll,
            Action::Choose(i),
        );
    }
    let total = out.len();
    put(frame, theme, list_area, out, scroll);
    // A long menu (a translated one, a small window) scrolls: the bar
    // shows there is more below.
    if total > visible {
        super::scrollbar(frame, theme, body, (total, visible, scroll), rtl);
    }
    if show_pic {
        let top = 2.min(pic_area.height);
        let plines: Vec<Line> = rows
            .into_iter()
            .map(|r| Line::from(Span::styled(r, theme.picture)))
            .collect();
        let pa = Rect::new(
            pic_area.x,
            pic_area.y + top,
            pic_area.width,
            pic_area.height - top,
        );
        frame.render_widget(Paragraph::new(plines).style(theme.base), pa);
    }
}

pub fn draw_step(
    frame: &mut Frame,
    app: &App,
    lib: &Library,
    theme: &Theme,
    body: Rect,
    r: &Reading,
    drawn: &mut Drawn,
) {
    let rtl = rtl(lib);
    let steps_len = lib.steps(r.topic, app.edition).len();
    let laid = lay_out_step(app, lib, r, body);
    let c = laid.column;
    let step = r.step.min(steps_len.saturating_sub(1));
    let content_y = match laid.top {
        Some(top) => {
            let top = paint::line(theme, &top);
            frame.render_widget(Paragraph::new(top), Rect::new(c.x, c.y, c.width, 1));
            c.y + 2
        }
        None => c.y,
    };
    let content_area = Rect::new(c.x, content_y, c.width, laid.visible);
    let total = laid.content.len();
    let max = total.saturating_sub(laid.visible as usize);
    let scroll = r.step_scroll.min(max);
    put(
        frame,
        theme,
        content_area,
        paint::lines(theme, &laid.content),
        scroll,
    );
    if total > laid.visible as usize {
        scrollbar(
            frame,
            theme,
            Rect::new(body.x, content_area.y, body.width, content_area.height),
            (total, laid.visible as usize, scroll),
            rtl,
        );
    }
    // The buttons.
    let w = &lib.words;
    let y = body.y + body.height.saturating_sub(1);
    let lb = |id: &str| label(&w.plain(id), rtl);
    let back = if rtl {
        format!(" {} ▶ ", lb("kiosk-button-back"))
    } else {
        format!(" ◀ {} ", lb("kiosk-button-back"))
    };
    let has_back = step > 0;
    let has_next = step + 1 < steps_len;
    // On the last card "Next" goes back to the menu, and says so.
    let next_id = if has_next {
        "kiosk-button-next"
    } else {
        "kiosk-key-back-menu"
    };
    let next = if rtl {
        format!(" ◀ {} ", lb(next_id))
    } else {
        format!(" {} ▶ ", lb(next_id))
    };
    let source = format!(" {} ", lb("kiosk-button-source"));
    let (bw, nw, sw) = (
        width(&back) as u16,
        width(&next) as u16,
        width(&source) as u16,
    );
    let mut place = |label: String, x: u16, action: Action| {
        let r = Rect::new(x, y, (width(&label) as u16).min(c.width), 1);
        frame.render_widget(
            Paragraph::new(Line::from(Span::styled(label, theme.button))),
            r,
        );
        drawn.hotspots.push(Hotspot { area: r, action });
    };
    let (left, right) = if rtl {
        (
            (true, next, nw, Action::Next),
            (has_back, back, bw, Action::Previous),
        )
    } else {
        (
            (has_back, back, bw, Action::Previous),
            (true, next, nw, Action::Next),
        )
    };
    if left.0 {
        place(left.1, c.x, left.3);
    }
    if right.0 {
        place(right.1, c.x + c.width.saturating_sub(right.2), right.3);
    }
    let room = c.width.saturating_sub(bw + nw + 4);
    if sw <= room {
        place(source, c.x + (c.width - sw) / 2, Action::Source);
    }
    if !has_next && steps_len > 1 {
        let end = lb("kiosk-end-of-page");
        let ew = width(&end) as u16;
        let x = if rtl {
            c.x
        } else {
            c.x + c.width.saturating_sub(ew)
        };
        if c.height > 2 && ew <= c.width {
            frame.render_widget(
                Paragraph::new(Line::from(Span::styled(end, theme.muted))),
                Rect::new(x, y.saturating_sub(1), ew, 1),
            );
        }
    }
}
