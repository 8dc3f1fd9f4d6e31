//! The kiosk's own reading of the terminal's bytes: keys, SGR mouse
//! reports and the kitty keyboard protocol, into [`Msg`]s. Pure (bytes
//! in, messages out; the caller says when no more bytes came in time), so
//! every rule below is tested byte by byte.
//!
//! Why not crossterm's reader: it joins two quick Esc presses into one,
//! swallows the key after an unfinished `ESC [` (Alt+[ then `h` is read
//! as the sequence `ESC [ h` and dropped, so help takes two presses), and
//! drops the kitty protocol's base-layout key. The rules here:
//!
//! - an `ESC` alone, or an unfinished sequence, with nothing after it in
//!   time ([`Parser::flush`]) is the keys typed: Esc, or Alt and the key;
//! - `ESC ESC` is two Esc presses (each one step back);
//! - a sequence that is not a key and has no parameters (so it cannot be
//!   a terminal's reply) is replayed as the keys it is made of: Alt+[ and
//!   then `h` is still help;
//! - a sequence with parameters that is not a key (a reply to a query, a
//!   report the kiosk did not ask for) is dropped whole, so its digits
//!   never choose a menu entry.

use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers, ModifierKeyCode, MouseButton,
    MouseEvent, MouseEventKind,
};

use super::update::Msg;

const ESC: u8 = 0x1b;

#[derive(Debug, Default)]
pub struct Parser {
    buf: Vec<u8>,
    /// Keys replayed from a sequence that was not one, to come next.
    queue: std::collections::VecDeque<Msg>,
}

/// What the front of the buffer is.
enum Parsed {
    /// Messages, and how many bytes they used.
    Done(Vec<Msg>, usize),
    /// Not finished: wait for more bytes (or a flush).
    Incomplete,
}

fn key(code: KeyCode, modifiers: KeyModifiers) -> Msg {
    Msg::Key(KeyEvent::new(code, modifiers))
}

fn plain(code: KeyCode) -> Msg {
    key(code, KeyModifiers::NONE)
}

/// The key of a control byte or a printable character.
fn byte_key(b: u8) -> Option<Msg> {
    Some(match b {
        b'\r' | b'\n' => plain(KeyCode::Enter),
        b'\t' => plain(KeyCode::Tab),
        0x7f | 0x08 => plain(KeyCode::Backspace),
        0x01..=0x1a => key(KeyCode::Char((b - 1 + b'a') as char), KeyModifiers::CONTROL),
        0x1c => key(KeyCode::Char('\\'), KeyModifiers::CONTROL),
        0x1d => key(KeyCode::Char(']'), KeyModifiers::CONTROL),
        0x1e => key(KeyCode::Char('^'), KeyModifiers::CONTROL),
        0x1f => key(KeyCode::Char('_'), KeyModifiers::CONTROL),
        0x20..=0x7e => plain(KeyCode::Char(b as char)),
        _ => return None,
    })
}

/// A UTF-8 character at the front of `b`: the character (or `None` for
/// an invalid byte) and its length; `Incomplete` when it is cut short.
fn utf8(b: &[u8]) -> Result<(Option<char>, usize), ()> {
    let len = match b[0] {
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return Ok((None, 1)),
    };
    if b.len() < len {
        // Only wait when what is there so far is a valid start.
        return if b[1..].iter().all(|&c| (0x80..=0xbf).contains(&c)) {
            Err(())
        } else {
            Ok((None, 1))
        };
    }
    match std::str::from_utf8(&b[..len]) {
        Ok(s) => Ok((s.chars().next(), len)),
        Err(_) => Ok((None, 1)),
    }
}

fn modifiers(param: Option<u32>) -> KeyModifiers {
    let bits = param.unwrap_or(1).saturating_sub(1);
    let mut m = KeyModifiers::NONE;
    if bits & 1 != 0 {
        m |= KeyModifiers::SHIFT;
    }
    if bits & 2 != 0 {
        m |= KeyModifiers::ALT;
    }
    if bits & 4 != 0 {
        m |= KeyModifiers::CONTROL;
    }
    m
}

fn kind(event: Option<u32>) -> KeyEventKind {
    match event {
        Some(2) => KeyEventKind::Repeat,
        Some(3) => KeyEventKind::Release,
        _ => KeyEventKind::Press,
    }
}

fn event(code: KeyCode, m: KeyModifiers, k: KeyEventKind) -> KeyEvent {
    KeyEvent {
        code,
        modifiers: m,
        kind: k,
        state: KeyEventState::NONE,
    }
}

/// `a;b:c;d` as numbers: fields split by `;`, sub-fields by `:`.
fn fields(params: &[u8]) -> Vec<Vec<Option<u32>>> {
    std::str::from_utf8(params)
        .unwrap_or("")
        .split(';')
        .map(|f| f.split(':').map(|n| n.parse().ok()).collect())
        .collect()
}

fn field(f: &[Vec<Option<u32>>], i: usize, j: usize) -> Option<u32> {
    f.get(i).and_then(|v| v.get(j)).copied().flatten()
}

/// A kitty functional key number (`CSI number u`) as a key code.
fn kitty_code(n: u32) -> Option<KeyCode> {
    Some(match n {
        27 => KeyCode::Esc,
        13 => KeyCode::Enter,
        9 => KeyCode::Tab,
        127 => KeyCode::Backspace,
        57441 => KeyCode::Modifier(ModifierKeyCode::LeftShift),
        57447 => KeyCode::Modifier(ModifierKeyCode::RightShift),
        57442..=57446 | 57448..=57452 => KeyCode::Modifier(ModifierKeyCode::LeftMeta),
        57344..=63743 => return None, // other private-use keys: no action
        n => KeyCode::Char(char::from_u32(n)?),
    })
}

/// The key of a complete CSI sequence (`params`, `final`), if it is one.
fn csi_key(params: &[u8], fin: u8) -> Option<Msg> {
    let f = fields(params);
    let m = modifiers(field(&f, 1, 0));
    let k = kind(field(&f, 1, 1));
    let code = match fin {
        b'A' => KeyCode::Up,
        b'B' => KeyCode::Down,
        b'C' => KeyCode::Right,
        b'D' => KeyCode::Left,
        b'H' => KeyCode::Home,
        b'F' => KeyCode::End,
        b'Z' => KeyCode::BackTab,
        b'P' => KeyCode::F(1),
        b'Q' => KeyCode::F(2),
        b'S' => KeyCode::F(4),
        // `CSI 1;m R` is F3 with a modifier to some and a cursor report
        // to others: not a key.
        b'~' => match field(&f, 0, 0)? {
            1 | 7 => KeyCode::Home,
            2 => KeyCode::Insert,
            3 => KeyCode::Delete,
            4 | 8 => KeyCode::End,
            5 => KeyCode::PageUp,
            6 => KeyCode::PageDown,
            n @ 11..=15 => KeyCode::F((n - 10) as u8),
            n @ 17..=21 => KeyCode::F((n - 11) as u8),
            n @ 23..=24 => KeyCode::F((n - 12) as u8),
            _ => return None,
        },
        b'u' => {
            if params.first() == Some(&b'?') {
                return None; // the terminal's answer about its flags
            }
            let code = kitty_code(field(&f, 0, 0)?)?;
            let shifted = field(&f, 0, 1).and_then(char::from_u32);
            let base = field(&f, 0, 2).and_then(char::from_u32);
            let (code, m) = match (code, shifted) {
                (KeyCode::Char(_), Some(s)) if m.contains(KeyModifiers::SHIFT) => {
                    (KeyCode::Char(s), m - KeyModifiers::SHIFT)
                }
                (KeyCode::Char(c), _) if m.contains(KeyModifiers::SHIFT) => {
                    (KeyCode::Char(c.to_uppercase().next().unwrap_or(c)), m)
                }
                (code, _) => (code, m),
            };
            let code = match code {
                KeyCode::Tab if m.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
                c => c,
            };
            let ev = event(code, m, k);
            return Some(match base {
                Some(b) if b != '\0' => Msg::KeyWithBase(ev, b),
                _ => Msg::Key(ev),
            });
        }
        _ => return None,
    };
    Some(Msg::Key(event(code, m, k)))
}

/// An SGR mouse report `CSI < b ; x ; y M|m`.
fn sgr_mouse(params: &[u8], fin: u8) -> Option<Msg> {
    let f = fields(&params[1..]);
    let b = field(&f, 0, 0)?;
    let column = field(&f, 1, 0)?.saturating_sub(1) as u16;
    let row = field(&f, 2, 0)?.saturating_sub(1) as u16;
    let button = match b & 3 {
        0 => MouseButton::Left,
        1 => MouseButton::Middle,
        _ => MouseButton::Right,
    };
    let kind = if b & 64 != 0 {
        match b & 3 {
            0 => MouseEventKind::ScrollUp,
            1 => MouseEventKind::ScrollDown,
            2 => MouseEventKind::ScrollLeft,
            _ => MouseEventKind::ScrollRight,
        }
    } else if b & 32 != 0 {
        MouseEventKind::Moved
    } else if fin == b'm' {
        MouseEventKind::Up(button)
    } else {
        MouseEventKind::Down(button)
    };
    Some(Msg::Mouse(MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    }))
}

/// The keys a sequence without parameters that is not a key is made
/// of: Alt and its second byte, then the rest as typed.
fn replay(bytes: &[u8]) -> Vec<Msg> {
    let mut out = vec![key(KeyCode::Char(bytes[1] as char), KeyModifiers::ALT)];
    out.extend(bytes[2..].iter().filter_map(|&b| byte_key(b)));
    out
}

impl Parser {
    pub fn feed(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
    }

    /// Whether bytes wait for the rest of a sequence.
    pub fn pending(&self) -> bool {
        !self.buf.is_empty() && self.queue.is_empty()
    }

    /// The next message, if the buffer holds a whole one.
    pub fn next_msg(&mut self) -> Option<Msg> {
        self.step(false)
    }

    /// No more bytes came in time: what is left is the keys typed.
    pub fn flush(&mut self) -> Vec<Msg> {
        let mut out = Vec::new();
        while let Some(m) = self.step(true) {
            out.push(m);
        }
        self.buf.clear();
        out
    }

    fn step(&mut self, flushing: bool) -> Option<Msg> {
        loop {
            if let Some(m) = self.queue.pop_front() {
                return Some(m);
            }
            if self.buf.is_empty() {
                return None;
            }
            match self.parse(flushing) {
                Parsed::Incomplete => return None,
                Parsed::Done(msgs, used) => {
                    self.buf.drain(..used.max(1));
                    self.queue.extend(msgs);
                }
            }
        }
    }

    fn parse(&self, flushing: bool) -> Parsed {
        let b = &self.buf;
        if b[0] != ESC {
            if b[0] < 0x80 {
                return Parsed::Done(byte_key(b[0]).into_iter().collect(), 1);
            }
            return match utf8(b) {
                Ok((c, n)) => {
                    Parsed::Done(c.map(|c| plain(KeyCode::Char(c))).into_iter().collect(), n)
                }
                Err(()) if flushing => Parsed::Done(Vec::new(), 1),
                Err(()) => Parsed::Incomplete,
            };
        }
        let Some(&second) = b.get(1) else {
            return if flushing {
                Parsed::Done(vec![plain(KeyCode::Esc)], 1)
            } else {
                Parsed::Incomplete
            };
        };
        match second {
            // Two Esc presses are two.
            ESC => Parsed::Done(vec![plain(KeyCode::Esc)], 1),
            b'[' => self.csi(flushing),
            b'O' => match b.get(2) {
                None if flushing => {
                    Parsed::Done(vec![key(KeyCode::Char('O'), KeyModifiers::ALT)], 2)
                }
                None => Parsed::Incomplete,
                Some(&c) => {
                    let code = match c {
                        b'A' => Some(KeyCode::Up),
                        b'B' => Some(KeyCode::Down),
                        b'C' => Some(KeyCode::Right),
                        b'D' => Some(KeyCode::Left),
                        b'H' => Some(KeyCode::Home),
                        b'F' => Some(KeyCode::End),
                        b'P' => Some(KeyCode::F(1)),
                        b'Q' => Some(KeyCode::F(2)),
                        b'R' => Some(KeyCode::F(3)),
                        b'S' => Some(KeyCode::F(4)),
                        b'M' => Some(KeyCode::Enter),
                        _ => None,
                    };
                    match code {
                        Some(code) => Parsed::Done(vec![plain(code)], 3),
                        // Alt+O, then the key.
                        None => Parsed::Done(vec![key(KeyCode::Char('O'), KeyModifiers::ALT)], 2),
                    }
                }
            },
            _ => {
                // Alt and a key.
                let rest = &b[1..];
                if rest[0] < 0x80 {
                    let msg = byte_key(rest[0]).map(|m| match m {
                        Msg::Key(mut k) => {
                            k.modifiers |= KeyModifiers::ALT;
                            Msg::Key(k)
                        }
                        m => m,
                    });
                    return Parsed::Done(msg.into_iter().collect(), 2);
                }
                match utf8(rest) {
                    Ok((c, n)) => Parsed::Done(
                        c.map(|c| key(KeyCode::Char(c), KeyModifiers::ALT))
                            .into_iter()
                            .collect(),
                        1 + n,
                    ),
                    Err(()) if flushing => Parsed::Done(vec![plain(KeyCode::Esc)], 1),
                    Err(()) => Parsed::Incomplete,
                }
            }
        }
    }

    fn csi(&self, flushing: bool) -> Parsed {
        let b = &self.buf;
        // X10 mouse: ESC [ M and three bytes.
        if b.get(2) == Some(&b'M') && b.len() >= 2 {
            if b.len() >= 6 {
                return Parsed::Done(Vec::new(), 6);
            }
            return if flushing {
                Parsed::Done(replay(&b[..b.len().min(3)]), b.len().min(3))
            } else {
                Parsed::Incomplete
            };
        }
        let mut i = 2;
        while let Some(&c) = b.get(i) {
            match c {
                0x20..=0x3f => i += 1,
                0x40..=0x7e => {
                    let params = &b[2..i];
                    let whole = i + 1;
                    if params.first() == Some(&b'<') && matches!(c, b'M' | b'm') {
                        return Parsed::Done(sgr_mouse(params, c).into_iter().collect(), whole);
                    }
                    if let Some(m) = csi_key(params, c) {
                        return Parsed::Done(vec![m], whole);
                    }
                    if params.is_empty() && matches!(c, b'I' | b'O') {
                        return Parsed::Done(Vec::new(), whole); // focus
                    }
                    return if params.is_empty() {
                        // Not a key and not a reply: the keys typed.
                        Parsed::Done(replay(&b[..whole]), whole)
                    } else {
                        Parsed::Done(Vec::new(), whole)
                    };
                }
                // A byte that cannot be in a sequence: what came before
                // was typed (or was a reply cut short, dropped), this
                // starts the next key.
                _ if i == 2 => return Parsed::Done(replay(&b[..2]), 2),
                _ => return Parsed::Done(Vec::new(), i),
            }
        }
        if flushing {
            let n = b.len();
            if b[2..].iter().any(|c| c.is_ascii_digit() || *c == b';') {
                // A cut-off reply: dropped, its digits are no keys.
                return Parsed::Done(Vec::new(), n);
            }
            Parsed::Done(replay(&b[..n]), n)
        } else {
            Parsed::Incomplete
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(bytes: &[u8]) -> Vec<Msg> {
        let mut p = Parser::default();
        p.feed(bytes);
        let mut out: Vec<Msg> = std::iter::from_fn(|| p.next_msg()).collect();
        out.extend(p.flush());
        out
    }

    fn k(c: char) -> Msg {
        plain(KeyCode::Char(c))
    }

    #[test]
    fn two_escapes_are_two_steps_back() {
        assert_eq!(
            all(b"\x1b\x1b"),
            vec![plain(KeyCode::Esc), plain(KeyCode::Esc)]
        );
    }

    #[test]
    fn alt_bracket_then_h_is_still_help() {
        // Typed together, `ESC [ h` is not a key and has no parameters.
        let out = all(b"\x1b[h");
        assert_eq!(out.last(), Some(&k('h')), "{out:?}");
        // Typed apart: Alt+[ is flushed on its own, then h.
        let mut p = Parser::default();
        p.feed(b"\x1b[");
        assert_eq!(p.next_msg(), None);
        assert_eq!(p.flush(), vec![key(KeyCode::Char('['), KeyModifiers::ALT)]);
        p.feed(b"h");
        assert_eq!(p.next_msg(), Some(k('h')));
        // ESC O then x: Alt+O, then quick exit.
        assert_eq!(all(b"\x1bOx").last(), Some(&k('x')));
    }

    #[test]
    fn replies_are_dropped_whole() {
        assert_eq!(all(b"\x1b[12;40R"), vec![]);
        assert_eq!(all(b"\x1b[?62;22c"), vec![]);
        assert_eq!(all(b"\x1b[?1u"), vec![]);
        // Cut off: its digits are not menu choices.
        assert_eq!(all(b"\x1b[12;4"), vec![]);
    }

    #[test]
    fn keys_and_mouse() {
        assert_eq!(all(b"\x1b[A"), vec![plain(KeyCode::Up)]);
        assert_eq!(all(b"\x1b[24~"), vec![plain(KeyCode::F(12))]);
        assert_eq!(all(b"\x1bOP"), vec![plain(KeyCode::F(1))]);
        assert_eq!(all(b"\x1b[11~"), vec![plain(KeyCode::F(1))]);
        assert_eq!(all("ا٣".as_bytes()), vec![k('ا'), k('٣')]);
        assert_eq!(
            all(b"\x03"),
            vec![key(KeyCode::Char('c'), KeyModifiers::CONTROL)]
        );
        assert_eq!(
            all(b"\x1bx"),
            vec![key(KeyCode::Char('x'), KeyModifiers::ALT)]
        );
        match &all(b"\x1b[<0;10;5M")[..] {
            [Msg::Mouse(m)] => {
                assert_eq!(m.kind, MouseEventKind::Down(MouseButton::Left));
                assert_eq!((m.column, m.row), (9, 4));
            }
            other => panic!("{other:?}"),
        }
        match &all(b"\x1b[<65;1;1M")[..] {
            [Msg::Mouse(m)] => assert_eq!(m.kind, MouseEventKind::ScrollDown),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn kitty_keys_bring_their_base_layout_letter() {
        // The H key on a Cyrillic layout: `р` (1088), base-layout `h`.
        match &all(b"\x1b[1088::104u")[..] {
            [Msg::KeyWithBase(e, 'h')] => assert_eq!(e.code, KeyCode::Char('р')),
            other => panic!("{other:?}"),
        }
        // A bare Shift press and release.
        match &all(b"\x1b[57441;2:1u\x1b[57441;1:3u")[..] {
            [Msg::Key(a), Msg::Key(b)] => {
                assert_eq!(a.code, KeyCode::Modifier(ModifierKeyCode::LeftShift));
                assert_eq!(b.kind, KeyEventKind::Release);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn nothing_is_lost_or_invented_in_a_random_stream() {
        // Every printable ASCII byte sent alone after any fragment comes
        // out as itself.
        for frag in [&b"\x1b["[..], b"\x1bO", b"\x1b", b"\x1b[<", b"\xe2\x82"] {
            for c in b'a'..=b'z' {
                let mut p = Parser::default();
                p.feed(frag);
                let _: Vec<_> = std::iter::from_fn(|| p.next_msg()).collect();
                p.flush();
                p.feed(&[c]);
                assert_eq!(p.next_msg(), Some(k(c as char)), "{frag:?} {c}");
            }
        }
    }
}
