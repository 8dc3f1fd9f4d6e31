//! The kiosk's pages laid out without a theme: what goes where on the
//! screen, paragraphs wrapped into lines at the column's width, how far a
//! screen scrolls, and the words it shows. The update uses it to scroll
//! and to find the words on screen; the view to draw, giving each
//! [`ink::Role`] its theme's colours. Layouts are remembered in the
//! library, by screen and width, so scrolling only slices them.

pub mod bands;
pub mod ink;
pub mod page;
pub mod step;
pub mod text;

use std::rc::Rc;

use ratatui::layout::Rect;

use self::bands::{column, regions, text_max};
use self::page::{Laid, lay_out};
use crate::content::Layout as Reading;
use crate::tui::library::{AnchoredPara, Library, StepKind};
use crate::tui::state::{App, Screen};
use crate::tui::{prefs, search};

/// The lines of a scrolled screen (guide topic, help, source), laid out
/// for the current size. `None` for screens that do not scroll this way.
/// Layouts are remembered, so scrolling only slices them.
pub fn scrolled(app: &App, lib: &Library) -> Option<(Rc<Laid>, Rect)> {
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
    let key = format!("{key} {} {}", col.width, app.roomy);
    let laid = lib.layout_memo.get_or(&key, || {
        let paras = screen_paras(app, lib).unwrap_or_default();
        lay_out(&paras, col.width as usize, rtl, app.roomy)
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
                search::find(lib, app.edition, query)
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
                if let StepKind::Contact { name, .. } = &s.kind {
                    out.push(name.clone());
                }
                out.push(s.text.plain());
                out.extend(s.extra.iter().map(|e| e.plain()));
            }
        }
        _ => {
            if let (Some((laid, col)), Some(paras)) = (scrolled(app, lib), screen_paras(app, lib)) {
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
                        out.push(ap.para.plain());
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
    if let Some((laid, col)) = scrolled(app, lib) {
        return Some((laid.lines.len(), col.height as usize));
    }
    if let Screen::Topic(r) = app.screen() {
        let area = Rect::new(0, 0, app.size.0, app.size.1);
        let (reg, _) = regions(app, lib, area);
        let laid = step::lay_out_step(app, lib, r, reg.body);
        return Some((laid.content.len(), laid.visible as usize));
    }
    None
}
