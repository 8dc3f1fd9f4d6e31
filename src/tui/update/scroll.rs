//! Scrolling a page within its length, and the paragraph at the top of
//! the guide's view (the place kept across a resize or an edition switch).

use crate::tui::layout;
use crate::tui::library::{Anchor, Layout, Library};
use crate::tui::state::{App, Screen};

/// Scrolls the current screen by `by` lines, within its length.
pub(super) fn scroll_by(app: &mut App, lib: &Library, by: isize) {
    let max = layout::scroll_extent(app, lib)
        .map(|(total, visible)| total.saturating_sub(visible))
        .unwrap_or(0);
    let easy = app.edition == Layout::Statements;
    let target = match app.screen_mut() {
        Screen::Topic(r) if easy => &mut r.step_scroll,
        Screen::Topic(r) => &mut r.scroll,
        Screen::Help { scroll }
        | Screen::Source { scroll, .. }
        | Screen::Word { scroll, .. }
        | Screen::HardWords { scroll, .. } => scroll,
        _ => return,
    };
    let cur = (*target).min(max) as isize;
    *target = (cur + by).clamp(0, max as isize) as usize;
}

pub(super) fn clamp_scroll(app: &mut App, lib: &Library) {
    scroll_by(app, lib, 0);
}

/// The paragraph at the top of the guide's view.
pub(super) fn top_anchor(app: &App, lib: &Library) -> Option<Anchor> {
    let (laid, _) = layout::scrolled(app, lib)?;
    let scroll = match app.screen() {
        Screen::Topic(r) => r.scroll,
        _ => 0,
    };
    // The first paragraph that starts in view.
    laid.anchors
        .iter()
        .find(|(_, line)| *line >= scroll)
        .or(laid.anchors.last())
        .map(|(a, _)| a.clone())
}

/// The first line of a paragraph in the guide's view.
pub(super) fn anchor_line(app: &App, lib: &Library, a: &Anchor) -> Option<usize> {
    let (laid, _) = layout::scrolled(app, lib)?;
    laid.anchors.iter().find(|(x, _)| x == a).map(|(_, l)| *l)
}
