//! Paragraphs laid out as lines: the guide's pages, "Get help now" and
//! "Where does this come from?", all scrolled.

use ratatui::style::Style;
use ratatui::text::Line;

use super::text::{Seg, finish, line_width, plain, segs, width, wrap, wrap_hanging};
use crate::document::Picture;
use crate::i18n::Direction;
use crate::tui::library::{Anchor, AnchoredPara, Para};
use crate::tui::theme::Theme;

/// Lines ready to draw, with the line each anchored paragraph starts on.
pub struct Laid {
    pub lines: Vec<Line<'static>>,
    pub anchors: Vec<(Anchor, usize)>,
}

/// The lines of a picture, sanitised, each padded to the picture's width.
pub fn picture_rows(p: &Picture) -> (Vec<String>, usize) {
    let clean = crate::i18n::sanitize::for_terminal(&p.terminal).into_owned();
    let rows: Vec<String> = clean
        .lines()
        .map(|l| l.trim_end().to_string())
        .take(12)
        .collect();
    // Drop blank rows at the top and bottom.
    let first = rows.iter().position(|r| !r.trim().is_empty());
    let last = rows.iter().rposition(|r| !r.trim().is_empty());
    let rows: Vec<String> = match (first, last) {
        (Some(a), Some(b)) => rows[a..=b].to_vec(),
        _ => Vec::new(),
    };
    let w = rows.iter().map(|r| width(r)).max().unwrap_or(0).min(32);
    let rows = rows
        .into_iter()
        .map(|r| {
            let mut r = truncate(&r, w);
            let pad = w.saturating_sub(width(&r));
            r.push_str(&" ".repeat(pad));
            r
        })
        .collect();
    (rows, w)
}

fn truncate(s: &str, w: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + cw > w {
            break;
        }
        used += cw;
        out.push(c);
    }
    out
}

/// A finished line as segments `width` wide (for putting side by side).
pub fn visual(line: Vec<Seg>, rtl: bool, width: usize, fill: Style) -> Vec<Seg> {
    let mut v = super::text::to_visual(line, rtl);
    let pad = width.saturating_sub(line_width(&v));
    if pad > 0 {
        if rtl {
            v.insert(0, (" ".repeat(pad), fill));
        } else {
            v.push((" ".repeat(pad), fill));
        }
    }
    v
}

pub fn to_line(segs: Vec<Seg>) -> Line<'static> {
    Line::from(
        segs.into_iter()
            .map(|(s, st)| ratatui::text::Span::styled(super::text::plain_spaces(s), st))
            .collect::<Vec<_>>(),
    )
}

/// Paragraphs wrapped to a width: plain ones, or with a hanging marker.
pub fn wrap_paras(paras: &[(Option<Vec<Seg>>, Vec<Seg>)], width: usize) -> Vec<Vec<Seg>> {
    paras
        .iter()
        .flat_map(|(marker, body)| match marker {
            Some(m) => wrap_hanging(m, body, width),
            None => wrap(body, width),
        })
        .collect()
}

/// A picture beside some paragraphs (the picture on the start side:
/// left, or right for right-to-left text), or above them when the column
/// is too narrow and `allow_above`, else left out. Returns finished lines
/// `width` wide.
pub fn beside(
    picture: Option<&Picture>,
    text: &[(Option<Vec<Seg>>, Vec<Seg>)],
    text_max: usize,
    width: usize,
    rtl: bool,
    theme: &Theme,
    allow_above: bool,
) -> Vec<Line<'static>> {
    let (rows, pw) = picture.map(picture_rows).unwrap_or_default();
    let gap = 3;
    let mut out = Vec::new();
    if !rows.is_empty() && width >= pw + gap + 16 {
        let tw = (width - pw - gap).min(text_max);
        let text = wrap_paras(text, tw);
        let h = rows.len().max(text.len());
        // Centre the text beside the picture.
        let top = (rows.len().saturating_sub(text.len())) / 2;
        for i in 0..h {
            let pic: Vec<Seg> = vec![(
                rows.get(i).cloned().unwrap_or_else(|| " ".repeat(pw)),
                theme.picture,
            )];
            let t = if i >= top {
                text.get(i - top).cloned().unwrap_or_default()
            } else {
                Vec::new()
            };
            let t = visual(t, rtl, tw, theme.base);
            let gap_seg = (" ".repeat(gap), theme.base);
            let row = if rtl {
                let mut r = t;
                r.push(gap_seg);
                r.extend(pic);
                let pad = width.saturating_sub(line_width(&r));
                r.insert(0, (" ".repeat(pad), theme.base));
                r
            } else {
                let mut r = pic;
                r.push(gap_seg);
                r.extend(t);
                r
            };
            out.push(to_line(row));
        }
        return out;
    }
    if allow_above && !rows.is_empty() && width >= pw {
        let indent = if rtl { width - pw } else { 0 };
        for r in rows {
            out.push(to_line(vec![
                (" ".repeat(indent), theme.base),
                (r, theme.picture),
            ]));
        }
        out.push(Line::default());
    }
    let tw = width.min(text_max);
    for l in wrap_paras(text, tw) {
        out.push(finish(l, rtl, width));
    }
    out
}

/// Lays paragraphs out in a column `width` wide.
pub fn lay_out(
    paras: &[AnchoredPara],
    width: usize,
    rtl: bool,
    roomy: bool,
    theme: &Theme,
) -> Laid {
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut anchors = Vec::new();
    let blank = |lines: &mut Vec<Line<'static>>| {
        if lines.last().is_some_and(|l| l.width() > 0) {
            lines.push(Line::default());
        }
    };
    let push_wrapped = |lines: &mut Vec<Line<'static>>, s: Vec<Seg>, indent: usize, rtl: bool| {
        let inner = width.saturating_sub(indent).max(1);
        for l in wrap(&s, inner) {
            let mut l = l;
            if indent > 0 {
                l.insert(0, (" ".repeat(indent), Style::default()));
            }
            lines.push(finish(l, rtl, width));
        }
    };
    let mut prev_item = false;
    for ap in paras {
        let is_item = matches!(ap.para, Para::Item { .. });
        if !(is_item && prev_item) || roomy {
            blank(&mut lines);
        }
        if roomy && !is_item {
            blank(&mut lines);
        }
        prev_item = is_item;
        anchors.push((ap.anchor.clone(), lines.len()));
        // A paragraph in another language keeps its own direction.
        let (para, rtl) = match &ap.para {
            Para::Other { dir, para } => (para.inner(), *dir == Direction::Rtl),
            p => (p, rtl),
        };
        match para {
            Para::Title { text, picture } => {
                let t = segs(text, theme.title);
                lines.extend(beside(
                    picture.as_ref(),
                    &[(None, t)],
                    width,
                    width,
                    rtl,
                    theme,
                    false,
                ));
            }
            Para::Heading(t) => push_wrapped(&mut lines, segs(t, theme.heading), 0, rtl),
            Para::Body(t) => push_wrapped(&mut lines, segs(t, theme.base), 0, rtl),
            Para::Note(t) => push_wrapped(&mut lines, segs(t, theme.muted), 0, rtl),
            Para::Quote(t) => push_wrapped(&mut lines, segs(t, theme.quote), 2, rtl),
            Para::Item { marker, text } => {
                let m = vec![(format!("{marker} "), theme.heading)];
                for l in wrap_hanging(&m, &segs(text, theme.base), width) {
                    lines.push(finish(l, rtl, width));
                }
            }
            Para::Contact { name, phone, text } => {
                push_wrapped(&mut lines, plain(name, theme.heading), 0, rtl);
                push_wrapped(&mut lines, plain(phone, theme.phone), 0, rtl);
                push_wrapped(&mut lines, segs(text, theme.base), 0, rtl);
            }
            Para::Picture(p) => {
                lines.extend(beside(Some(p), &[], width, width, rtl, theme, true));
            }
            // `inner` has unwrapped it.
            Para::Other { .. } => {}
        }
    }
    while lines.last().is_some_and(|l| l.width() == 0) {
        lines.pop();
    }
    Laid { lines, anchors }
}
