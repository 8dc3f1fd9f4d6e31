//! "Get help now": one key from everywhere, calm, whole at every size
//! the kiosk accepts, and named on the too-small screen.

use super::*;

#[test]
fn help_is_one_key_from_everywhere_and_back_returns_to_the_place() {
    for help in [KeyCode::Char('h'), KeyCode::F(1)] {
        let mut k = Kiosk::new(en(), Layout::Statements, false);
        k.keys(&[KeyCode::Enter]);
        k.chars("5");
        k.keys(&[KeyCode::Right, KeyCode::Right, KeyCode::Right]);
        let before = k.app.stack.clone();
        k.keys(&[help]);
        assert_eq!(k.app.screen(), &Screen::Help { scroll: 0 });
        let screen = k.screen_text();
        assert!(screen.contains("0800 1111"), "{screen}");
        assert!(screen.contains("0800 528 0731"), "{screen}");
        // Pressing it again does not stack another help screen.
        k.keys(&[help]);
        k.keys(&[KeyCode::Esc]);
        assert_eq!(k.app.stack, before);
    }
}

#[test]
fn too_small_asks_for_a_bigger_window_and_keys_still_work() {
    let mut k = Kiosk::new(en(), Layout::Chapters, false);
    k.keys(&[KeyCode::Enter]);
    k.chars("5");
    for (w, h) in [(20, 8), (33, 30), (100, 11), (1, 1), (0, 0)] {
        k.send(Msg::Resize(w, h));
        let s = k.screen_text();
        if w >= 20 && h >= 3 {
            assert!(s.contains("bigger"), "{w}x{h}: {s}");
        }
    }
    // Help and quick exit are one key away even here, and then help's
    // numbers show.
    k.send(Msg::Resize(30, 10));
    assert!(k.screen_text().contains("h F1  Get help now"));
    assert!(k.screen_text().contains("x F12  Quick exit"));
    k.chars("h");
    assert_eq!(k.app.screen(), &Screen::Help { scroll: 0 });
    let s = k.screen_text();
    for number in ["999", "0800 1111", "0800 528 0731"] {
        assert!(s.contains(number), "{number} whole on one line: {s}");
    }
    // Smaller still, the numbers come before the request for a bigger
    // window.
    k.send(Msg::Resize(24, 9));
    let s = k.screen_text();
    for number in ["999", "0800 1111", "0800 528 0731"] {
        assert!(s.contains(number), "{number} at 24x9: {s}");
    }
    k.send(Msg::Resize(80, 24));
    assert!(k.screen_text().contains("0800 1111"));
}

#[test]
fn help_shows_its_three_numbers_whole_at_every_size_the_kiosk_accepts() {
    for lib in [en(), library("ar"), library("uk")] {
        let mut k = Kiosk::new(lib, Layout::Chapters, true);
        k.keys(&[KeyCode::Enter]);
        k.chars("h");
        let english = k.lib.tag == "en-GB";
        for (w, h) in [(80, 24), (40, 15), (34, 12), (24, 9), (60, 19), (120, 40)] {
            // Below the minimum size only English's three sentences fit
            // in 24x9 (Ukrainian's and Arabic's are longer).
            if (w, h) == (24, 9) && !english {
                continue;
            }
            k.send(Msg::Resize(w, h));
            let s = k.screen_text();
            for number in ["999", "0800 1111", "0800 528 0731"] {
                assert!(s.contains(number), "{number} at {w}x{h}: {s}");
            }
            // Below the minimum (24x9) Arabic's numbers fill every row;
            // there the numbers come first and x still works.
            if w >= layout::bands::MIN_WIDTH && h >= layout::bands::MIN_HEIGHT {
                assert!(s.contains("F12"), "quick exit at {w}x{h}: {s}");
            }
        }
    }
}

#[test]
fn help_begins_calmly_with_the_emergency_number() {
    let mut k = fixture_kiosk(Layout::Chapters);
    k.chars("h");
    let s = words(&k.screen_text());
    let danger = s
        .find("If you are in danger right now, call 999.")
        .unwrap_or_else(|| panic!("{s}"));
    assert!(danger < s.find("0800 1111").unwrap(), "{s}");
    assert!(danger < s.find("0800 528 0731").unwrap(), "{s}");
    assert!(s.find("Get help now").unwrap() < danger);
}

#[test]
fn help_gives_the_web_addresses_it_mentions() {
    let lib = en();
    let text: Vec<String> = lib
        .help_paras()
        .iter()
        .map(|p| match &p.para {
            Para::Body(t) => t.plain(),
            _ => String::new(),
        })
        .collect();
    assert!(text.iter().any(|t| t == "childline.org.uk"), "{text:?}");
    assert!(
        text.iter()
            .any(|t| t == "childrenscommissioner.gov.uk/help-at-hand"),
        "{text:?}"
    );
}
