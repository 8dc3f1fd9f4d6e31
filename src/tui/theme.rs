//! Themes: default (calm, dark), high contrast (at least 7:1 everywhere),
//! light, and monochrome (no colour at all: NO_COLOR). Colours are xterm
//! 256-colour indexes, whose values are fixed, so contrast can be checked.
//! Meaning is never carried by colour alone: the selection also has a
//! marker and reverse video, keys are bold. Nothing blinks.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThemeName {
    Default,
    HighContrast,
    Light,
    Mono,
}

impl ThemeName {
    pub const ALL: [ThemeName; 4] = [
        ThemeName::Default,
        ThemeName::HighContrast,
        ThemeName::Light,
        ThemeName::Mono,
    ];

    pub fn parse(s: &str) -> Option<ThemeName> {
        match s.to_ascii_lowercase().as_str() {
            "default" | "dark" => Some(ThemeName::Default),
            "high-contrast" | "highcontrast" | "contrast" => Some(ThemeName::HighContrast),
            "light" => Some(ThemeName::Light),
            "mono" | "monochrome" | "none" => Some(ThemeName::Mono),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ThemeName::Default => "default",
            ThemeName::HighContrast => "high-contrast",
            ThemeName::Light => "light",
            ThemeName::Mono => "mono",
        }
    }

    /// The theme asked for, or the one the environment implies: NO_COLOR
    /// (any value) or TERM=dumb means monochrome.
    pub fn choose(asked: Option<&str>, no_color: bool, dumb: bool) -> ThemeName {
        if let Some(t) = asked.and_then(ThemeName::parse) {
            return t;
        }
        if no_color || dumb {
            ThemeName::Mono
        } else {
            ThemeName::Default
        }
    }
}

/// The styles of every part of the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub name: ThemeName,
    /// Everything: the page's own colours.
    pub base: Style,
    pub header: Style,
    pub footer: Style,
    /// A key's name in the footer ("h", "Esc").
    pub key: Style,
    /// "Get help now" in the footer: the warmest thing on screen.
    pub help: Style,
    pub title: Style,
    pub heading: Style,
    pub muted: Style,
    pub quote: Style,
    pub picture: Style,
    /// The selected menu entry (also marked with "▶").
    pub selected: Style,
    pub button: Style,
    pub phone: Style,
    pub dialog: Style,
}

const fn c(i: u8) -> Color {
    Color::Indexed(i)
}

impl Theme {
    pub fn new(name: ThemeName) -> Theme {
        let bold = Modifier::BOLD;
        match name {
            ThemeName::Default => {
                // Soft light grey on a dark grey; calm blue-green accents.
                let base = Style::new().fg(c(252)).bg(c(235));
                Theme {
                    name,
                    base,
                    header: Style::new().fg(c(235)).bg(c(152)).add_modifier(bold),
                    footer: Style::new().fg(c(252)).bg(c(237)),
                    key: Style::new().fg(c(235)).bg(c(252)).add_modifier(bold),
                    help: Style::new().fg(c(235)).bg(c(223)).add_modifier(bold),
                    title: base.fg(c(152)).add_modifier(bold),
                    heading: base.fg(c(223)).add_modifier(bold),
                    muted: base.fg(c(250)),
                    quote: base.fg(c(254)).add_modifier(Modifier::ITALIC),
                    picture: base.fg(c(152)),
                    selected: Style::new().fg(c(235)).bg(c(152)).add_modifier(bold),
                    button: Style::new().fg(c(235)).bg(c(152)).add_modifier(bold),
                    phone: base.fg(c(223)).add_modifier(bold),
                    dialog: Style::new().fg(c(235)).bg(c(223)),
                }
            }
            ThemeName::HighContrast => {
                // White and yellow on black: 21:1 and 19.6:1.
                let base = Style::new().fg(c(231)).bg(c(16));
                let inverse = Style::new().fg(c(16)).bg(c(226)).add_modifier(bold);
                Theme {
                    name,
                    base,
                    header: Style::new().fg(c(16)).bg(c(231)).add_modifier(bold),
                    footer: base,
                    key: inverse,
                    help: inverse,
                    title: base.fg(c(226)).add_modifier(bold),
                    heading: base.fg(c(226)).add_modifier(bold),
                    muted: base,
                    quote: base.add_modifier(Modifier::ITALIC),
                    picture: base,
                    selected: inverse,
                    button: inverse,
                    phone: base.fg(c(226)).add_modifier(bold),
                    dialog: Style::new().fg(c(16)).bg(c(231)),
                }
            }
            ThemeName::Light => {
                // Near-black on white, dark blue accents (at least 7:1).
                let base = Style::new().fg(c(234)).bg(c(231));
                Theme {
                    name,
                    base,
                    header: Style::new().fg(c(231)).bg(c(24)).add_modifier(bold),
                    footer: Style::new().fg(c(234)).bg(c(254)),
                    key: Style::new().fg(c(231)).bg(c(234)).add_modifier(bold),
                    help: Style::new().fg(c(231)).bg(c(88)).add_modifier(bold),
                    title: base.fg(c(24)).add_modifier(bold),
                    heading: base.fg(c(88)).add_modifier(bold),
                    muted: base.fg(c(238)),
                    quote: base.fg(c(236)).add_modifier(Modifier::ITALIC),
                    picture: base.fg(c(24)),
                    selected: Style::new().fg(c(231)).bg(c(24)).add_modifier(bold),
                    button: Style::new().fg(c(231)).bg(c(24)).add_modifier(bold),
                    phone: base.fg(c(88)).add_modifier(bold),
                    dialog: Style::new().fg(c(234)).bg(c(254)),
                }
            }
            ThemeName::Mono => {
                // The terminal's own colours; only bold, underline and
                // reverse video.
                let base = Style::new();
                let rev = Style::new().add_modifier(Modifier::REVERSED | bold);
                Theme {
                    name,
                    base,
                    header: rev,
                    footer: base,
                    key: rev,
                    help: rev,
                    title: base.add_modifier(bold),
                    heading: base.add_modifier(bold | Modifier::UNDERLINED),
                    muted: base,
                    quote: base.add_modifier(Modifier::ITALIC),
                    picture: base,
                    selected: rev,
                    button: rev,
                    phone: base.add_modifier(bold),
                    dialog: base,
                }
            }
        }
    }

    /// The neutral screen of quick exit: plain, the terminal's colours in
    /// monochrome, otherwise the page colours and nothing else.
    pub fn neutral(&self) -> Style {
        self.base
    }
}

/// The sRGB value of an xterm 256-colour index.
pub fn xterm_rgb(i: u8) -> (u8, u8, u8) {
    const BASE: [(u8, u8, u8); 16] = [
        (0, 0, 0),
        (128, 0, 0),
        (0, 128, 0),
        (128, 128, 0),
        (0, 0, 128),
        (128, 0, 128),
        (0, 128, 128),
        (192, 192, 192),
        (128, 128, 128),
        (255, 0, 0),
        (0, 255, 0),
        (255, 255, 0),
        (0, 0, 255),
        (255, 0, 255),
        (0, 255, 255),
        (255, 255, 255),
    ];
    match i {
        0..=15 => BASE[i as usize],
        16..=231 => {
            let n = i - 16;
            let step = |v: u8| if v == 0 { 0 } else { 55 + 40 * v };
            (step(n / 36), step((n / 6) % 6), step(n % 6))
        }
        _ => {
            let v = 8 + 10 * (i - 232);
            (v, v, v)
        }
    }
}

/// WCAG 2 contrast ratio between two xterm colours.
pub fn contrast(a: u8, b: u8) -> f64 {
    fn lum(i: u8) -> f64 {
        let (r, g, b) = xterm_rgb(i);
        let ch = |v: u8| {
            let v = v as f64 / 255.0;
            if v <= 0.03928 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b)
    }
    let (la, lb) = (lum(a), lum(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn idx(c: Option<Color>) -> Option<u8> {
        match c {
            Some(Color::Indexed(i)) => Some(i),
            _ => None,
        }
    }

    fn pairs(t: &Theme) -> Vec<(&'static str, Style)> {
        vec![
            ("base", t.base),
            ("header", t.header),
            ("footer", t.footer),
            ("key", t.key),
            ("help", t.help),
            ("title", t.title),
            ("heading", t.heading),
            ("muted", t.muted),
            ("quote", t.quote),
            ("picture", t.picture),
            ("selected", t.selected),
            ("button", t.button),
            ("phone", t.phone),
            ("dialog", t.dialog),
        ]
    }

    #[test]
    fn high_contrast_is_at_least_7_to_1_everywhere() {
        let t = Theme::new(ThemeName::HighContrast);
        for (what, s) in pairs(&t) {
            let (fg, bg) = (idx(s.fg).unwrap(), idx(s.bg).unwrap());
            let r = contrast(fg, bg);
            assert!(r >= 7.0, "{what}: {r:.2}:1");
        }
    }

    #[test]
    fn other_colour_themes_meet_aa_and_light_meets_aaa_for_text() {
        for name in [ThemeName::Default, ThemeName::Light] {
            let t = Theme::new(name);
            for (what, s) in pairs(&t) {
                let (fg, bg) = (idx(s.fg).unwrap(), idx(s.bg).unwrap());
                let r = contrast(fg, bg);
                assert!(r >= 4.5, "{name:?} {what}: {r:.2}:1");
                if name == ThemeName::Light && what == "base" {
                    assert!(r >= 7.0);
                }
            }
        }
    }

    #[test]
    fn mono_has_no_colour_and_selection_is_not_colour_alone() {
        let t = Theme::new(ThemeName::Mono);
        for (what, s) in pairs(&t) {
            assert!(s.fg.is_none() && s.bg.is_none(), "{what}");
            assert!(!s.add_modifier.contains(Modifier::SLOW_BLINK));
        }
        for name in ThemeName::ALL {
            let t = Theme::new(name);
            assert!(t.selected.add_modifier.contains(Modifier::BOLD), "{name:?}");
            for (_, s) in pairs(&t) {
                assert!(
                    !s.add_modifier
                        .intersects(Modifier::SLOW_BLINK | Modifier::RAPID_BLINK)
                );
            }
        }
    }

    #[test]
    fn environment_picks_mono() {
        assert_eq!(ThemeName::choose(None, true, false), ThemeName::Mono);
        assert_eq!(ThemeName::choose(None, false, true), ThemeName::Mono);
        assert_eq!(ThemeName::choose(None, false, false), ThemeName::Default);
        assert_eq!(
            ThemeName::choose(Some("light"), true, false),
            ThemeName::Light
        );
    }
}
