//! The kiosk's one key table: the key handling ([`action_for`]) and the
//! footer ([`shown`]) both read [`TABLE`], so a key cannot work without
//! being shown, or be shown without working.
//!
//! A letter key is bound by its physical place, not by the Latin letter:
//! a child on a Ukrainian, Arabic or Persian keyboard presses the key
//! marked H and types `р` or `ا`. Each letter binding lists the character
//! that key types in every layout the shipped languages use ([`Layout`]).
//! Where the terminal speaks the kitty keyboard protocol it reports the
//! key's base-layout (US) letter too, and that is looked up as well. Each
//! action also has an F-key, the same on every keyboard, and menu numbers
//! can be typed with Western, Arabic-Indic (U+0660-0669) or Persian
//! (U+06F0-06F9) digits.
//!
//! Adding an action is one row of [`TABLE`] (and its handling in
//! `update::apply`): the keys, the F-key and the footer's key label come
//! from that row.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// What a click or tap on part of the screen does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    Left,
    Right,
    Enter,
    Back,
    Help,
    QuickExit,
    Edition,
    Source,
    /// Explain the hard words on this screen.
    HardWords,
    /// Read the screen aloud, or stop reading.
    ReadAloud,
    /// The "How I like it" screen.
    Preferences,
    /// Find words across the edition.
    Search,
    /// Choose the n-th entry (0-based) of the menu on screen.
    Choose(usize),
    PageUp,
    PageDown,
    Top,
    Bottom,
    Next,
    Previous,
    Quit,
}

/// The keyboard layouts of the shipped languages. UK and Welsh, Polish
/// (programmer's, QWERTY) and Romanian (standard, QWERTY) put the Latin
/// letters used here on the same keys, so they share [`Layout::Latin`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    Latin,
    /// ЙЦУКЕН.
    Ukrainian,
    /// Arabic (101).
    Arabic,
    /// Persian (standard).
    Persian,
}

impl Layout {
    pub const ALL: [Layout; 4] = [
        Layout::Latin,
        Layout::Ukrainian,
        Layout::Arabic,
        Layout::Persian,
    ];

    /// The layout a reader of this language most likely has.
    pub fn for_tag(tag: &str) -> Layout {
        match tag.split(['-', '_']).next().unwrap_or("") {
            "uk" => Layout::Ukrainian,
            "ar" => Layout::Arabic,
            "fa" => Layout::Persian,
            _ => Layout::Latin,
        }
    }
}

/// The characters one physical letter key types, per [`Layout`] (in the
/// order of [`Layout::ALL`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Letter(pub [char; 4]);

impl Letter {
    pub fn on(&self, layout: Layout) -> char {
        self.0[layout as usize]
    }
}

/// One key of a binding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// A letter key, by its physical place.
    Letter(Letter),
    /// A character that is the same on every layout (`?`).
    Char(char),
    /// A function key.
    F(u8),
    /// Esc, the arrows, Enter and the rest, with the footer's name.
    Named(KeyCode, &'static str),
    /// Control and a letter.
    Ctrl(char),
}

/// Which presentations a binding holds in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Always,
    /// Not in kiosk mode (closing the guide).
    NotKiosk,
}

pub struct Binding {
    pub action: Action,
    pub keys: &'static [Key],
    pub scope: Scope,
}

const fn letter(latin: char, ukrainian: char, arabic: char, persian: char) -> Key {
    Key::Letter(Letter([latin, ukrainian, arabic, persian]))
}

/// The physical H, X, E, W, D and Q keys on each layout.
pub const H: Key = letter('h', 'р', 'ا', 'ا');
pub const X: Key = letter('x', 'ч', 'ء', 'ط');
pub const E: Key = letter('e', 'у', 'ث', 'ث');
pub const W: Key = letter('w', 'ц', 'ص', 'ص');
pub const D: Key = letter('d', 'в', 'ي', 'ی');
pub const Q: Key = letter('q', 'й', 'ض', 'ض');

/// The physical R key: read aloud.
pub const R: Key = letter('r', 'к', 'ق', 'ق');
/// The physical S key: "How I like it" (the settings).
pub const S: Key = letter('s', 'і', 'س', 'س');
/// The `/` key: search (Ukrainian has `.` there, Arabic `ظ`).
pub const SLASH: Key = letter('/', '.', 'ظ', '/');

use Action as A;
use KeyCode as C;

/// Every key of the kiosk. The first key of a row is the one the footer
/// names (with the F-key, if any).
pub static TABLE: &[Binding] = &[
    Binding {
        action: A::Help,
        keys: &[H, Key::F(1), Key::Char('?')],
        scope: Scope::Always,
    },
    Binding {
        action: A::QuickExit,
        keys: &[X, Key::F(12)],
        scope: Scope::Always,
    },
    Binding {
        action: A::Edition,
        keys: &[E, Key::F(2)],
        scope: Scope::Always,
    },
    Binding {
        action: A::Source,
        keys: &[W, Key::F(3)],
        scope: Scope::Always,
    },
    Binding {
        action: A::HardWords,
        keys: &[D, Key::F(4)],
        scope: Scope::Always,
    },
    Binding {
        action: A::ReadAloud,
        keys: &[R, Key::F(5)],
        scope: Scope::Always,
    },
    Binding {
        action: A::Preferences,
        keys: &[S, Key::F(6)],
        scope: Scope::Always,
    },
    Binding {
        action: A::Search,
        keys: &[SLASH, Key::F(7)],
        scope: Scope::Always,
    },
    Binding {
        action: A::Quit,
        keys: &[
            Q,
            Key::F(10),
            Key::Ctrl('c'),
            Key::Ctrl('d'),
            Key::Ctrl('\\'),
        ],
        scope: Scope::NotKiosk,
    },
    Binding {
        action: A::Back,
        keys: &[
            Key::Named(C::Esc, "Esc"),
            Key::Named(C::Backspace, "Backspace"),
        ],
        scope: Scope::Always,
    },
    Binding {
        action: A::Enter,
        keys: &[Key::Named(C::Enter, "Enter"), Key::Char(' ')],
        scope: Scope::Always,
    },
    Binding {
        action: A::Up,
        keys: &[Key::Named(C::Up, "↑")],
        scope: Scope::Always,
    },
    Binding {
        action: A::Down,
        keys: &[Key::Named(C::Down, "↓")],
        scope: Scope::Always,
    },
    Binding {
        action: A::Left,
        keys: &[Key::Named(C::Left, "←")],
        scope: Scope::Always,
    },
    Binding {
        action: A::Right,
        keys: &[Key::Named(C::Right, "→")],
        scope: Scope::Always,
    },
    Binding {
        action: A::Next,
        keys: &[Key::Named(C::Tab, "Tab")],
        scope: Scope::Always,
    },
    Binding {
        action: A::Previous,
        keys: &[Key::Named(C::BackTab, "Shift-Tab")],
        scope: Scope::Always,
    },
    Binding {
        action: A::PageUp,
        keys: &[Key::Named(C::PageUp, "PageUp")],
        scope: Scope::Always,
    },
    Binding {
        action: A::PageDown,
        keys: &[Key::Named(C::PageDown, "PageDown")],
        scope: Scope::Always,
    },
    Binding {
        action: A::Top,
        keys: &[Key::Named(C::Home, "Home")],
        scope: Scope::Always,
    },
    Binding {
        action: A::Bottom,
        keys: &[Key::Named(C::End, "End")],
        scope: Scope::Always,
    },
];

/// The menu entry (0-based: `1` is 0, `0` is 9) a digit chooses, in
/// Western, Arabic-Indic or Persian digits.
pub fn digit(c: char) -> Option<usize> {
    let value = crate::i18n::digits::value(c)?;
    Some(if value == 0 { 9 } else { value as usize - 1 })
}

fn lower(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

impl Key {
    /// Whether this key is pressed, by its character `c` or by the
    /// base-layout letter `base` the kitty protocol reports.
    fn matches(&self, k: &KeyEvent, base: Option<char>) -> bool {
        let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
        let ch = match k.code {
            C::Char(c) => Some(lower(c)),
            _ => None,
        };
        let is = |want: char| ch == Some(want) || base.map(lower) == Some(want);
        match *self {
            Key::Ctrl(c) => ctrl && is(c),
            _ if ctrl => false,
            Key::Letter(l) => Layout::ALL.iter().any(|&lay| is(l.on(lay))),
            Key::Char(c) => ch == Some(c),
            Key::F(n) => k.code == C::F(n),
            Key::Named(code, _) => k.code == code,
        }
    }

    /// The key's name in the footer, for a reader on `layout`.
    pub fn name(&self, layout: Layout) -> String {
        match *self {
            Key::Letter(l) if layout == Layout::Latin => l.on(layout).to_string(),
            // The Latin letter too: many keyboards are marked with both.
            Key::Letter(l) => format!("{}/{}", l.on(Layout::Latin), l.on(layout)),
            Key::Char(' ') => "Space".to_string(),
            Key::Char(c) => c.to_string(),
            Key::F(n) => format!("F{n}"),
            Key::Named(_, name) => name.to_string(),
            Key::Ctrl(c) => format!("Ctrl-{}", c.to_ascii_uppercase()),
        }
    }
}

/// The action a key asks for, if any. `base` is the base-layout letter
/// of the key where the terminal reports it (kitty keyboard protocol).
pub fn action_for(k: &KeyEvent, base: Option<char>, kiosk: bool) -> Option<Action> {
    if !k.modifiers.contains(KeyModifiers::CONTROL)
        && let C::Char(c) = k.code
        && let Some(i) = digit(c).or_else(|| base.and_then(digit))
    {
        return Some(Action::Choose(i));
    }
    TABLE
        .iter()
        .filter(|b| b.scope == Scope::Always || !kiosk)
        .find(|b| b.keys.iter().any(|key| key.matches(k, base)))
        .map(|b| b.action)
}

/// The binding of an action.
pub fn binding(action: Action) -> Option<&'static Binding> {
    TABLE.iter().find(|b| b.action == action)
}

/// The footer's name for the keys of `actions` (one or two, such as
/// "↑↓"): each action's first key, then the F-key of a letter action.
pub fn shown(actions: &[Action], layout: Layout) -> String {
    let mut out = String::new();
    for a in actions {
        let Some(b) = binding(*a) else { continue };
        let Some(first) = b.keys.first() else {
            continue;
        };
        out.push_str(&first.name(layout));
        if matches!(first, Key::Letter(_))
            && let Some(f) = b.keys.iter().find(|k| matches!(k, Key::F(_)))
        {
            out.push(' ');
            out.push_str(&f.name(layout));
        }
    }
    out
}

/// A key of the operator's exit sequence (`CAREGUIDE_OPERATOR_KEYS`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeySpec {
    pub code: KeyCode,
    pub ctrl: bool,
}

impl KeySpec {
    /// Parses a space-separated sequence such as `F10 F10 ctrl-o`.
    pub fn parse_sequence(s: &str) -> Vec<KeySpec> {
        s.split_whitespace().filter_map(KeySpec::parse).collect()
    }

    pub fn parse(token: &str) -> Option<KeySpec> {
        let lower = token.to_ascii_lowercase();
        let (ctrl, name) = match lower.strip_prefix("ctrl-").or(lower.strip_prefix("c-")) {
            Some(rest) => (true, rest.to_string()),
            None => (false, lower.clone()),
        };
        let code = match name.as_str() {
            "esc" | "escape" => KeyCode::Esc,
            "enter" | "return" => KeyCode::Enter,
            "tab" => KeyCode::Tab,
            "space" => KeyCode::Char(' '),
            "backspace" => KeyCode::Backspace,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "insert" => KeyCode::Insert,
            "delete" => KeyCode::Delete,
            f if f.starts_with('f') && f.len() > 1 => KeyCode::F(f[1..].parse().ok()?),
            c if c.chars().count() == 1 => KeyCode::Char(c.chars().next()?),
            _ => return None,
        };
        Some(KeySpec { code, ctrl })
    }

    pub fn matches(&self, k: &KeyEvent) -> bool {
        let code = match k.code {
            KeyCode::Char(c) => KeyCode::Char(c.to_ascii_lowercase()),
            other => other,
        };
        code == self.code && k.modifiers.contains(KeyModifiers::CONTROL) == self.ctrl
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
    }

    #[test]
    fn every_layout_letter_reaches_its_action() {
        for (key, action) in [
            (H, A::Help),
            (X, A::QuickExit),
            (E, A::Edition),
            (W, A::Source),
            (D, A::HardWords),
            (R, A::ReadAloud),
            (S, A::Preferences),
            (SLASH, A::Search),
        ] {
            let Key::Letter(l) = key else { unreachable!() };
            for lay in Layout::ALL {
                let c = l.on(lay);
                assert_eq!(
                    action_for(&press(c), None, true),
                    Some(action),
                    "{c} {lay:?}"
                );
                let upper = c.to_uppercase().next().unwrap();
                assert_eq!(action_for(&press(upper), None, true), Some(action));
            }
        }
    }

    #[test]
    fn no_key_has_two_actions() {
        let mut seen: Vec<(char, Action)> = Vec::new();
        for b in TABLE {
            for k in b.keys {
                if let Key::Letter(l) = k {
                    for c in l.0 {
                        if let Some((_, other)) =
                            seen.iter().find(|(s, a)| *s == c && *a != b.action)
                        {
                            panic!("{c} is both {other:?} and {:?}", b.action);
                        }
                        seen.push((c, b.action));
                    }
                }
            }
        }
        // No letter is a digit, and no F-key has two actions.
        for (c, _) in &seen {
            assert_eq!(digit(*c), None, "{c}");
        }
        let mut fs: Vec<u8> = TABLE
            .iter()
            .flat_map(|b| b.keys.iter())
            .filter_map(|k| match k {
                Key::F(n) => Some(*n),
                _ => None,
            })
            .collect();
        let n = fs.len();
        fs.sort();
        fs.dedup();
        assert_eq!(fs.len(), n, "an F-key has two actions");
    }

    #[test]
    fn native_digits_choose() {
        assert_eq!(action_for(&press('٣'), None, true), Some(A::Choose(2)));
        assert_eq!(action_for(&press('۵'), None, true), Some(A::Choose(4)));
        assert_eq!(action_for(&press('٠'), None, true), Some(A::Choose(9)));
        assert_eq!(action_for(&press('1'), None, true), Some(A::Choose(0)));
    }

    #[test]
    fn the_kitty_base_layout_key_is_looked_up() {
        // A layout not in the table: its H key reports base-layout `h`.
        assert_eq!(action_for(&press('ħ'), Some('h'), true), Some(A::Help));
        assert_eq!(action_for(&press('ħ'), None, true), None);
    }

    #[test]
    fn quitting_keys_do_nothing_in_a_kiosk() {
        let ctrl = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
        for k in [
            press('q'),
            press('й'),
            ctrl('c'),
            ctrl('d'),
            ctrl('\\'),
            ctrl('z'),
        ] {
            assert_eq!(action_for(&k, None, true), None, "{k:?}");
        }
        assert_eq!(action_for(&ctrl('c'), None, false), Some(A::Quit));
        assert_eq!(action_for(&ctrl('z'), None, false), None);
        // Control and a letter is never the letter's own action.
        assert_eq!(action_for(&ctrl('h'), None, false), None);
    }

    #[test]
    fn the_footer_names_the_f_key() {
        assert_eq!(shown(&[A::Help], Layout::Latin), "h F1");
        assert_eq!(shown(&[A::QuickExit], Layout::Arabic), "x/ء F12");
        assert_eq!(shown(&[A::Up, A::Down], Layout::Latin), "↑↓");
    }
}
