//! Laid-out text in the theme's colours: each [`Role`] of the layout
//! layer is a field of the theme, with the run's own emphasis added.

use ratatui::style::Style;
use ratatui::text::Line;

use super::Theme;
use crate::document::Picture;
use crate::tui::layout::ink::{Ink, Role};
use crate::tui::layout::page::{self, Backdrop, Marked, Row};
use crate::tui::layout::text::{Seg, to_line};

/// The style a run of laid-out text is drawn in.
pub(super) fn style(theme: &Theme, ink: Ink) -> Style {
    let role = match ink.role {
        Role::Unstyled => Style::default(),
        Role::Base => theme.base,
        Role::Title => theme.title,
        Role::Heading => theme.heading,
        Role::Muted => theme.muted,
        Role::Quote => theme.quote,
        Role::Phone => theme.phone,
        Role::Picture => theme.picture,
    };
    role.add_modifier(ink.modifier)
}

/// A laid-out line, ready to draw.
pub(super) fn line(theme: &Theme, row: &[Seg<Ink>]) -> Line<'static> {
    to_line(
        row.iter()
            .map(|(s, ink)| (s.clone(), style(theme, *ink)))
            .collect(),
    )
}

/// [`page::beside`] for the view's own screens (the start screen), in
/// the theme's styles.
pub(super) fn beside(
    picture: Option<&Picture>,
    text: &[Marked<Style>],
    text_max: usize,
    width: usize,
    rtl: bool,
    theme: &Theme,
    allow_above: bool,
) -> Vec<Line<'static>> {
    let backdrop = Backdrop {
        base: theme.base,
        picture: theme.picture,
    };
    page::beside(picture, text, text_max, width, rtl, backdrop, allow_above)
        .into_iter()
        .map(to_line)
        .collect::<Vec<_>>()
}

/// Laid-out lines, ready to draw.
pub(super) fn lines(theme: &Theme, rows: &[Row<Ink>]) -> Vec<Line<'static>> {
    rows.iter().map(|r| line(theme, r)).collect()
}
