//! Paragraphs laid out as lines: the guide's pages, "Get help now" and
//! "Where does this come from?", all scrolled; and a picture beside
//! words, which the easy-read cards and the start screen use too.

use super::ink::{Ink, Role};
use super::text::{Pen, Seg, finished, line_width, plain, segs, width, wrap, wrap_hanging};
use crate::document::Picture;
use crate::i18n::Direction;
use crate::tui::library::{Anchor, AnchoredPara, Para};

/// A line in display order, `width` wide at most: segments to draw.
pub type Row<S> = Vec<Seg<S>>;

/// Lines in display order, with the line each anchored paragraph starts
/// on. The view colours them; their number is how far a page scrolls.
pub struct Laid {
    pub lines: Vec<Row<Ink>>,
    pub anchors: Vec<(Anchor, usize)>,
}

/// Words to wrap, with a hanging marker ("• ") or none.
pub type Marked<S> = (Option<Vec<Seg<S>>>, Vec<Seg<S>>);

/// The two styles a picture beside words needs: the words' background
/// (for the gap and the padding) and the picture's own.
#[derive(Debug, Clone, Copy)]
pub struct Backdrop<S> {
    pub base: S,
    pub picture: S,
}

impl Backdrop<Ink> {
    /// The backdrop of laid-out pages.
    pub const INK: Backdrop<Ink> = Backdrop {
        base: Ink::of(Role::Base),
        picture: Ink::of(Role::Picture),
    };
}

/// The lines of a picture, sanitised, each padded to the picture's width.
pub fn picture_rows(p: &Picture) -> (Vec<String>, usize) {
    let clean = crate::sanitize::for_terminal(&p.terminal).into_owned();
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
pub fn visual<S: Pen>(line: Vec<Seg<S>>, rtl: bool, width: usize, fill: S) -> Vec<Seg<S>> {
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

/// Paragraphs wrapped to a width: plain ones, or with a hanging marker.
pub fn wrap_paras<S: Pen>(paras: &[Marked<S>], width: usize) -> Vec<Vec<Seg<S>>> {
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
pub fn beside<S: Pen>(
    picture: Option<&Picture>,
    text: &[Marked<S>],
    text_max: usize,
    width: usize,
    rtl: bool,
    backdrop: Backdrop<S>,
    allow_above: bool,
) -> Vec<Row<S>> {
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
            let pic: Vec<Seg<S>> = vec![(
                rows.get(i).cloned().unwrap_or_else(|| " ".repeat(pw)),
                backdrop.picture,
            )];
            let t = if i >= top {
                text.get(i - top).cloned().unwrap_or_default()
            } else {
                Vec::new()
            };
            let t = visual(t, rtl, tw, backdrop.base);
            let gap_seg = (" ".repeat(gap), backdrop.base);
            let row = if rtl {
                let mut r = t;
                r.push(gap_seg);
                r.extend(pic);
                let pad = width.saturating_sub(line_width(&r));
                r.insert(0, (" ".repeat(pad), backdrop.base));
                r
            } else {
                let mut r = pic;
                r.push(gap_seg);
                r.extend(t);
                r
            };
            out.push(row);
        }
        return out;
    }
    if allow_above && !rows.is_empty() && width >= pw {
        let indent = if rtl { width - pw } else { 0 };
        for r in rows {
            out.push(vec![
                (" ".repeat(indent), backdrop.base),
                (r, backdrop.picture),
            ]);
        }
        out.push(Vec::new());
    }
    let tw = width.min(text_max);
    for l in wrap_paras(text, tw) {
        out.push(finished(l, rtl, width));
    }
    out
}

/// Lays paragraphs out in a column `width` wide.
pub fn lay_out(paras: &[AnchoredPara], width: usize, rtl: bool, roomy: bool) -> Laid {
    let mut lines: Vec<Row<Ink>> = Vec::new();
    let mut anchors = Vec::new();
    let blank = |lines: &mut Vec<Row<Ink>>| {
        if lines.last().is_some_and(|l| line_width(l) > 0) {
            lines.push(Vec::new());
        }
    };
    let push_wrapped = |lines: &mut Vec<Row<Ink>>, s: Vec<Seg<Ink>>, indent: usize, rtl: bool| {
        let inner = width.saturating_sub(indent).max(1);
        for l in wrap(&s, inner) {
            let mut l = l;
            if indent > 0 {
                l.insert(0, (" ".repeat(indent), Ink::default()));
            }
            lines.push(finished(l, rtl, width));
        }
    };
    let ink = Ink::of;
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
                let t = segs(text, ink(Role::Title));
                lines.extend(beside(
                    picture.as_ref(),
                    &[(None, t)],
                    width,
                    width,
                    rtl,
                    Backdrop::INK,
                    false,
                ));
            }
            Para::Heading(t) => push_wrapped(&mut lines, segs(t, ink(Role::Heading)), 0, rtl),
            Para::Body(t) => push_wrapped(&mut lines, segs(t, ink(Role::Base)), 0, rtl),
            Para::Note(t) => push_wrapped(&mut lines, segs(t, ink(Role::Muted)), 0, rtl),
            Para::Quote(t) => push_wrapped(&mut lines, segs(t, ink(Role::Quote)), 2, rtl),
            Para::Item { marker, text } => {
                let m = vec![(format!("{marker} "), ink(Role::Heading))];
                for l in wrap_hanging(&m, &segs(text, ink(Role::Base)), width) {
                    lines.push(finished(l, rtl, width));
                }
            }
            Para::Contact { name, phone, text } => {
                push_wrapped(&mut lines, plain(name, ink(Role::Heading)), 0, rtl);
                push_wrapped(&mut lines, plain(phone, ink(Role::Phone)), 0, rtl);
                push_wrapped(&mut lines, segs(text, ink(Role::Base)), 0, rtl);
            }
            Para::Picture(p) => {
                lines.extend(beside(Some(p), &[], width, width, rtl, Backdrop::INK, true));
            }
            // `inner` has unwrapped it.
            Para::Other { .. } => {}
        }
    }
    while lines.last().is_some_and(|l| line_width(l) == 0) {
        lines.pop();
    }
    Laid { lines, anchors }
}
