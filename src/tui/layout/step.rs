//! An easy-read card laid out: its heading and "3 of 25" above, then
//! the picture beside the words, scrolled when they do not fit.

use ratatui::layout::Rect;

use super::bands::column;
use super::ink::{Ink, Role};
use super::page::{Backdrop, Marked, Row, beside, picture_rows, visual, wrap_paras};
use super::text::{Seg, label, line_width, plain, segs, width, wrap};
use crate::i18n::Direction;
use crate::tui::library::{Library, StepKind, step_count};
use crate::tui::state::{App, Reading};

/// The widest the easy-read words get beside their picture.
const STEP_TEXT_MAX: usize = 50;

/// The roles a card uses, named as the theme's fields are.
struct Palette {
    base: Ink,
    title: Ink,
    heading: Ink,
    muted: Ink,
    phone: Ink,
}

impl Palette {
    const INK: Palette = Palette {
        base: Ink::of(Role::Base),
        title: Ink::of(Role::Title),
        heading: Ink::of(Role::Heading),
        muted: Ink::of(Role::Muted),
        phone: Ink::of(Role::Phone),
    };
}

fn steps_len(lib: &Library, app: &App, r: &Reading) -> usize {
    lib.steps(r.topic, app.edition).len()
}

/// An easy-read step laid out: the line above it, its scrolled content,
/// and how many content rows show.
pub struct StepLaid {
    /// The heading and count line; `None` on a title card.
    pub top: Option<Row<Ink>>,
    pub content: Vec<Row<Ink>>,
    pub visible: u16,
    pub column: Rect,
}

pub fn lay_out_step(app: &App, lib: &Library, r: &Reading, body: Rect) -> StepLaid {
    let ink = Palette::INK;
    let rtl = lib.dir() == Direction::Rtl;
    let steps = lib.steps(r.topic, app.edition);
    let c = column(body, 32 + 3 + STEP_TEXT_MAX);
    let cw = c.width as usize;
    let visible = body.height.saturating_sub(4);
    let Some(step) = steps.get(r.step.min(steps.len().saturating_sub(1))) else {
        return StepLaid {
            top: None,
            content: Vec::new(),
            visible,
            column: c,
        };
    };
    // Above: the part's heading and "3 of 25".
    let count = step
        .number
        .map(|(n, t)| step_count(&lib.words, n, t))
        .unwrap_or_default();
    let heading = step.heading.clone().map(|h| h.plain()).unwrap_or_default();
    let cwid = width(&count);
    let hw = cw.saturating_sub(cwid + 2);
    // One line: a heading too long for it ends in "…", so it is plain
    // that there is more (the card's own words follow below).
    let mut head_lines = wrap(&plain(&heading, ink.heading), hw.max(1));
    if head_lines.len() > 1 {
        head_lines = wrap(&plain(&heading, ink.heading), hw.saturating_sub(1).max(1));
        head_lines[0].push(("…".to_string(), ink.heading));
    }
    let head: Vec<Seg<Ink>> = head_lines.into_iter().next().unwrap_or_default();
    let head = visual(head, rtl, hw, ink.base);
    let countv = vec![(label(&count, rtl), ink.muted)];
    let top = if rtl {
        let mut t = countv;
        t.push((
            " ".repeat(cw.saturating_sub(line_width(&head) + cwid)),
            ink.base,
        ));
        t.extend(head);
        t
    } else {
        let mut t = head;
        let pad = cw.saturating_sub(line_width(&t) + cwid);
        t.push((" ".repeat(pad), ink.base));
        t.extend(countv);
        t
    };
    let has_top = step.number.is_some() || step.heading.is_some();
    let visible = if has_top { visible } else { visible + 2 };
    let text_style = ink.base;
    let mut paras: Vec<Marked<Ink>> = Vec::new();
    match &step.kind {
        StepKind::Title => paras.push((None, segs(&step.text, ink.title))),
        StepKind::Statement => paras.push((None, segs(&step.text, text_style))),
        StepKind::Contact { name, phone } => {
            paras.push((None, plain(name, ink.heading)));
            paras.push((None, plain(phone, ink.phone)));
            paras.push((None, Vec::new()));
            // Contact texts are several short sentences, one per line.
            for line in step.text.plain().lines() {
                paras.push((None, plain(line, text_style)));
            }
        }
    }
    // An outcome's introduction goes with its title.
    if !step.extra.is_empty() {
        paras.push((None, Vec::new()));
    }
    for e in &step.extra {
        paras.push((
            Some(vec![("• ".to_string(), ink.heading)]),
            segs(e, ink.base),
        ));
    }
    // A title card says how to go on.
    if step.kind == StepKind::Title && r.step + 1 < steps_len(lib, app, r) {
        paras.push((None, Vec::new()));
        paras.push((
            None,
            segs(&lib.words.text("kiosk-start-reading"), ink.muted),
        ));
    }
    let pic_h = step
        .picture
        .as_ref()
        .map(|p| picture_rows(p).0.len())
        .unwrap_or(0);
    let text_lines = wrap_paras(&paras, cw.min(STEP_TEXT_MAX)).len();
    let allow_above = (visible as usize) >= pic_h + 1 + text_lines;
    let content = beside(
        step.picture.as_ref(),
        &paras,
        STEP_TEXT_MAX,
        cw,
        rtl,
        Backdrop::INK,
        allow_above,
    );
    StepLaid {
        top: has_top.then_some(top),
        content,
        visible,
        column: c,
    }
}
