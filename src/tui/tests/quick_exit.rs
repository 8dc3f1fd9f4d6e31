//! Quick exit, kiosk mode's locked keys and operator sequence, and the
//! idle countdown and reset.

use super::*;

#[test]
fn quick_exit_forgets_everything() {
    for exit in [KeyCode::Char('x'), KeyCode::Char('X'), KeyCode::F(12)] {
        let mut k = Kiosk::new(en(), Layout::Chapters, true);
        k.keys(&[KeyCode::Enter]);
        k.chars("5e");
        k.keys(&[exit]);
        assert!(k.app.neutral);
        assert_eq!(k.app.stack, vec![Screen::Start { selected: 0 }]);
        assert_eq!(k.app.edition, Layout::Chapters);
        let screen = k.screen_text();
        for word in ["Outcome", "guide", "care", "help", "Get", "exit"] {
            assert!(!screen.contains(word), "{word} in {screen}");
        }
        // No key brings anything of the guide back: not Enter, not help,
        // not a click, not quitting keys, not Shift three times.
        k.app.idle.limit_ms = Some(60_000);
        k.keys(&[KeyCode::Enter, KeyCode::Esc, KeyCode::F(1)]);
        k.chars("hq\u{0627}1x");
        k.send(ctrl('c'));
        k.send(click(10, 10));
        assert!(k.app.neutral);
        let again = k.screen_text();
        assert_eq!(again, screen);
        // The idle reset brings the start screen, for the next reader.
        let later = k.now + 60_000;
        k.tick_at(later);
        assert!(!k.app.neutral);
        assert_eq!(k.app.stack, vec![Screen::Start { selected: 0 }]);
        assert!(k.screen_text().contains("Hello!"));
        // The first key after the reset does what it says.
        k.chars("h");
        assert_eq!(k.app.screen(), &Screen::Help { scroll: 0 });
    }
}

#[test]
fn quick_exit_outside_a_kiosk_ends_the_program_on_the_neutral_screen() {
    let mut k = Kiosk::new(en(), Layout::Chapters, false);
    k.keys(&[KeyCode::Enter]);
    k.chars("5x");
    assert!(k.app.quit && k.app.neutral);
    assert_eq!(k.app.stack, vec![Screen::Start { selected: 0 }]);
}

#[test]
fn shift_three_times_is_a_quick_exit() {
    let mut k = Kiosk::new(en(), Layout::Chapters, false);
    k.keys(&[KeyCode::Enter]);
    k.send(shift_press());
    k.send(shift_press());
    assert!(!k.app.neutral);
    // Another key in between starts the count again.
    k.keys(&[KeyCode::Down]);
    k.send(shift_press());
    k.send(shift_press());
    assert!(!k.app.neutral);
    k.send(shift_press());
    assert!(k.app.neutral);
    // Slow presses do not count.
    let mut k = Kiosk::new(en(), Layout::Chapters, false);
    for _ in 0..3 {
        k.now += crate::tui::update::SHIFT_WINDOW_MS;
        k.send(shift_press());
    }
    assert!(!k.app.neutral);
}

#[test]
fn kiosk_mode_ignores_ctrl_c_ctrl_z_ctrl_backslash_and_q() {
    let mut k = Kiosk::new(en(), Layout::Chapters, true);
    k.keys(&[KeyCode::Enter]);
    for m in [
        ctrl('c'),
        ctrl('z'),
        ctrl('\\'),
        ctrl('d'),
        key(KeyCode::Char('q')),
    ] {
        k.send(m);
        assert!(!k.app.quit);
    }
    let mut b = Kiosk::new(en(), Layout::Chapters, false);
    b.send(key(KeyCode::Char('q')));
    assert!(b.app.quit);
    let mut b = Kiosk::new(en(), Layout::Chapters, false);
    b.send(ctrl('c'));
    assert!(b.app.quit);
    let mut b = Kiosk::new(en(), Layout::Chapters, false);
    b.send(ctrl('z'));
    assert!(!b.app.quit);
}

#[test]
fn operator_key_sequence_leaves_kiosk_mode() {
    let mut k = Kiosk::new(en(), Layout::Chapters, true);
    k.app.operator.keys = KeySpec::parse_sequence("F10 F10 ctrl-o");
    k.keys(&[KeyCode::F(10), KeyCode::F(10)]);
    assert!(!k.app.quit);
    k.send(ctrl('o'));
    assert!(k.app.quit);
    // A wrong key in the middle starts again.
    let mut k = Kiosk::new(en(), Layout::Chapters, true);
    k.app.operator.keys = KeySpec::parse_sequence("F10 F9");
    k.keys(&[KeyCode::F(10), KeyCode::Down, KeyCode::F(9)]);
    assert!(!k.app.quit);
    k.keys(&[KeyCode::F(10), KeyCode::F(10), KeyCode::F(9)]);
    assert!(k.app.quit);
}

#[test]
fn idle_countdown_then_reset_and_any_key_cancels() {
    let mut k = Kiosk::new(en(), Layout::Chapters, true);
    k.app.idle.limit_ms = Some(1_000);
    k.app.idle.countdown_ms = 3_000;
    // At the start with nothing to forget, no countdown.
    assert!(!k.tick_at(5_000).redraw);
    assert!(!k.app.idle_warning());
    k.now = 10_000;
    k.keys(&[KeyCode::Enter]);
    k.chars("5");
    let last = k.now;
    assert!(!k.tick_at(last + 999).redraw);
    assert!(k.tick_at(last + 1_000).redraw);
    assert!(k.app.idle_warning());
    let screen = k.screen_text();
    assert!(screen.contains("Are you still there?"), "{screen}");
    assert!(words(&screen).contains("3 seconds"), "{screen}");
    // Redraw only when the seconds change.
    assert!(!k.tick_at(last + 1_100).redraw);
    assert!(k.tick_at(last + 2_001).redraw);
    assert!(words(&k.screen_text()).contains("2 seconds"));
    // Any key cancels, and is used up doing so.
    let stack = k.app.stack.clone();
    k.keys(&[KeyCode::Esc]);
    assert!(!k.app.idle_warning());
    assert_eq!(k.app.stack, stack);
    // Again, and this time nobody is there.
    let last = k.now;
    k.tick_at(last + 1_000);
    assert!(k.app.idle_warning());
    let e = k.tick_at(last + 4_000);
    assert!(e.clear);
    assert!(k.app.is_pristine());
    assert!(!k.app.idle_warning());
}

#[test]
fn quick_exit_and_help_work_through_are_you_still_there() {
    for key in ['x', 'h'] {
        let mut k = Kiosk::new(en(), Layout::Chapters, true);
        k.app.idle.limit_ms = Some(1_000);
        k.keys(&[KeyCode::Enter]);
        k.chars("5");
        let last = k.now;
        k.tick_at(last + 1_000);
        assert!(k.app.idle_warning());
        k.chars(&key.to_string());
        assert!(!k.app.idle_warning(), "{key}");
        let screen = k.screen_text();
        if key == 'x' {
            assert!(k.app.neutral, "quick exit at once");
            assert!(!screen.contains("Outcome"), "{screen}");
        } else {
            assert_eq!(k.app.screen(), &Screen::Help { scroll: 0 });
            assert!(screen.contains("0800 1111"), "{screen}");
        }
    }
}

#[test]
fn no_idle_reset_outside_kiosk_mode() {
    let mut k = Kiosk::new(en(), Layout::Chapters, false);
    k.keys(&[KeyCode::Enter]);
    k.tick_at(10_000_000);
    assert!(!k.app.idle_warning());
    assert!(matches!(k.app.screen(), Screen::Home { .. }));
}
