//! Switching between the guide and the easy-read edition, keeping the
//! place on the page being read.

use super::is_help_topic;
use super::scroll::{clamp_scroll, top_anchor};
use crate::tui::layout;
use crate::tui::library::{Anchor, Layout, Library, StepKind, other_layout};
use crate::tui::state::{App, Screen};

/// Switches edition, keeping the place on the page being read, also when
/// `e` is pressed on a screen above it (help, "Where is this from?"):
/// Esc then goes back to the same place in the other edition.
pub(super) fn switch_edition(app: &mut App, lib: &Library) {
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
