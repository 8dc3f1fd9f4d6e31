//! Robustness: thousands of random keys, clicks and resizes on the real
//! guide in several languages never panic.

use super::*;

/// xorshift64*: small, deterministic, no crate needed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

#[test]
fn thousands_of_random_keys_clicks_and_resizes_never_panic() {
    let codes = [
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Backspace,
        KeyCode::Tab,
        KeyCode::BackTab,
        KeyCode::PageUp,
        KeyCode::PageDown,
        KeyCode::Home,
        KeyCode::End,
        KeyCode::F(1),
        KeyCode::F(12),
        KeyCode::Char('h'),
        KeyCode::Char('e'),
        KeyCode::Char('w'),
        KeyCode::Char('x'),
        KeyCode::Char('1'),
        KeyCode::Char('5'),
        KeyCode::Char('9'),
        KeyCode::Char('0'),
        KeyCode::Char('q'),
        KeyCode::Char('é'),
        KeyCode::Modifier(ModifierKeyCode::LeftShift),
    ];
    let langs = ["en-GB", "ar", "cy"];
    for (round, seed) in [0x9E37_79B9_7F4A_7C15u64, 42, 7].into_iter().enumerate() {
        let mut rng = Rng(seed);
        let tag = langs[round % langs.len()];
        let lib = if Project::embedded().parse_lang(tag).is_ok() {
            library(tag)
        } else {
            en()
        };
        let edition = if round % 2 == 0 {
            Layout::Statements
        } else {
            Layout::Chapters
        };
        let mut k = Kiosk::new(lib, edition, true);
        k.app.roomy = round == 2;
        k.app.idle.limit_ms = Some(5_000);
        k.app.idle.countdown_ms = 2_000;
        let theme = ThemeName::ALL[round % 4];
        for _ in 0..1000 {
            let msg = match rng.below(10) {
                0..=5 => {
                    let code = codes[rng.below(codes.len() as u64) as usize];
                    let mods = if rng.below(8) == 0 {
                        KeyModifiers::CONTROL
                    } else {
                        KeyModifiers::NONE
                    };
                    Msg::Key(KeyEvent::new(code, mods))
                }
                6 | 7 => {
                    let kind = match rng.below(4) {
                        0 => MouseEventKind::ScrollDown,
                        1 => MouseEventKind::ScrollUp,
                        2 => MouseEventKind::Moved,
                        _ => MouseEventKind::Down(MouseButton::Left),
                    };
                    Msg::Mouse(MouseEvent {
                        kind,
                        column: rng.below(k.app.size.0 as u64 + 5) as u16,
                        row: rng.below(k.app.size.1 as u64 + 5) as u16,
                        modifiers: KeyModifiers::NONE,
                    })
                }
                8 => Msg::Resize(rng.below(220) as u16, rng.below(70) as u16),
                _ => {
                    k.now += rng.below(4_000);
                    Msg::Tick
                }
            };
            k.now += rng.below(300);
            update(&mut k.app, &k.lib, msg, k.now);
            k.app.quit = false;
            k.draw(theme);
            assert!(!k.app.stack.is_empty());
        }
    }
}
