//! What laid-out text is for, not what it looks like: a page is laid out
//! once at a width whatever the theme, and the view's theme gives each
//! role its colours when it draws.

use ratatui::style::Modifier;

/// A run's role and its inline emphasis (bold, italic, underlined).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Ink {
    pub role: Role,
    pub modifier: Modifier,
}

/// The parts of a page the theme styles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Role {
    /// No style of its own: padding and indents.
    #[default]
    Unstyled,
    Base,
    Title,
    Heading,
    Muted,
    Quote,
    Phone,
    Picture,
}

impl Ink {
    pub const fn of(role: Role) -> Ink {
        Ink {
            role,
            modifier: Modifier::empty(),
        }
    }
}
