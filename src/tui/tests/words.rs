//! Words explained and the hard words of a screen, in the full screen
//! and the screen-reader mode.

use super::*;

fn entry_of(lib: &Library, id: &str) -> usize {
    lib.glossary()
        .iter()
        .position(|e| e.id == id)
        .unwrap_or_else(|| panic!("no glossary entry {id}"))
}

#[test]
fn words_explained_is_on_the_home_menu_before_help() {
    let k = fixture_kiosk(Layout::Chapters);
    let kinds: Vec<&TopicKind> = k.lib.topics.iter().map(|t| &t.kind).collect();
    assert_eq!(kinds[kinds.len() - 2], &TopicKind::Words);
    assert_eq!(kinds[kinds.len() - 1], &TopicKind::Help);
    let words = topic_of(&k.lib, TopicKind::Words);
    assert_eq!(
        k.lib.topic_label(words, Layout::Chapters).plain(),
        "Words explained"
    );
    // The real guide too, in English.
    let real = en();
    assert!(real.topics.iter().any(|t| t.kind == TopicKind::Words));
    assert!(real.glossary().len() >= 16);
}

#[test]
fn choosing_a_word_explains_it_with_its_picture() {
    let mut k = fixture_kiosk(Layout::Chapters);
    k.keys(&[KeyCode::Enter]);
    let words = topic_of(&k.lib, TopicKind::Words);
    k.send(key(KeyCode::Char(char::from(b'1' + words as u8))));
    assert_eq!(k.app.screen(), &Screen::Words { selected: 0 });
    k.keys(&[KeyCode::Down, KeyCode::Enter]);
    let sw = entry_of(&k.lib, "social-worker");
    assert_eq!(
        k.app.screen(),
        &Screen::Word {
            entry: sw,
            scroll: 0
        }
    );
    let s = k.screen_text();
    assert!(s.contains("social worker"), "{s}");
    assert!(s.contains("helps children and families"), "{s}");
    assert!(s.contains("question"), "the picture: {s}");
    // Back to the list, where it was, then to the menu.
    k.keys(&[KeyCode::Esc]);
    assert_eq!(k.app.screen(), &Screen::Words { selected: sw });
    k.keys(&[KeyCode::Esc]);
    assert_eq!(k.app.screen(), &Screen::Home { selected: words });
    // A number chooses a word at once.
    k.keys(&[KeyCode::Enter]);
    k.chars("3");
    let pr = entry_of(&k.lib, "practitioner");
    assert_eq!(
        k.app.screen(),
        &Screen::Word {
            entry: pr,
            scroll: 0
        }
    );
}

#[test]
fn d_explains_the_hard_words_on_the_screen() {
    let mut k = fixture_kiosk(Layout::Chapters);
    // One more row than 80x25: outside a kiosk the footer takes four.
    k.app.size = (80, 26);
    k.keys(&[KeyCode::Enter]);
    k.chars("5");
    let top = k.screen_text();
    assert!(
        top.contains("wellbeing") && !top.contains("Practitioners"),
        "{top}"
    );
    assert!(
        top.contains("d F4  Hard words"),
        "the footer says how: {top}"
    );
    k.chars("d");
    let wb = entry_of(&k.lib, "wellbeing");
    assert_eq!(
        k.app.screen(),
        &Screen::HardWords {
            entries: vec![wb],
            scroll: 0
        }
    );
    let s = k.screen_text();
    assert!(s.contains("Hard words on this screen"), "{s}");
    assert!(s.contains("Wellbeing means feeling well"), "{s}");
    // Further down the page, other words are on screen.
    k.keys(&[KeyCode::Esc, KeyCode::PageDown]);
    k.chars("d");
    let Screen::HardWords { entries, .. } = k.app.screen().clone() else {
        panic!("{:?}", k.app.screen());
    };
    assert!(
        entries.contains(&entry_of(&k.lib, "practitioner")),
        "{entries:?}"
    );
    // Not on a list of words; and back goes where it was.
    k.chars("d");
    assert!(matches!(k.app.screen(), Screen::HardWords { .. }));
    assert_eq!(k.app.stack.len(), 4);
    k.keys(&[KeyCode::Esc]);
    assert!(matches!(k.app.screen(), Screen::Topic(_)));
}

#[test]
fn d_in_easy_read_explains_the_statement_shown_and_says_when_there_are_none() {
    let mut k = fixture_kiosk(Layout::Statements);
    k.keys(&[KeyCode::Enter]);
    k.chars("5");
    k.keys(&[KeyCode::Right, KeyCode::Right]);
    k.chars("d");
    let wb = entry_of(&k.lib, "wellbeing");
    assert_eq!(
        k.app.screen(),
        &Screen::HardWords {
            entries: vec![wb],
            scroll: 0
        }
    );
    // The start screen has none.
    let mut k = fixture_kiosk(Layout::Statements);
    k.chars("d");
    assert_eq!(
        k.app.screen(),
        &Screen::HardWords {
            entries: vec![],
            scroll: 0
        }
    );
    assert!(
        k.screen_text()
            .contains("There are no hard words on this screen.")
    );
}

#[test]
fn screen_reader_mode_offers_words_explained_and_hard_words() {
    let project = Project::embedded();
    let run = |input: &str| {
        let mut out = Vec::new();
        crate::tui::screen_reader::run(
            &project,
            en(),
            Layout::Chapters,
            crate::tui::screen_reader::Linear {
                kiosk: false,
                can_clear: false,
                input_is_terminal: false,
                idle_ms: None,
                countdown_ms: 15_000,
            },
            std::io::Cursor::new(input.to_string()),
            &mut out,
        )
        .unwrap();
        String::from_utf8(out).unwrap()
    };
    let first = run("");
    let english = first
        .lines()
        .find(|l| l.ends_with(". English"))
        .map(|l| format!("{}\n", l.split('.').next().unwrap()))
        .unwrap_or_default();
    let home = run(&english);
    let number = |t: &str, label: &str| -> String {
        t.lines()
            .rev()
            .find(|l| l.ends_with(&format!(". {label}")))
            .unwrap_or_else(|| panic!("no {label} in {t}"))
            .split('.')
            .next()
            .unwrap()
            .to_string()
    };
    let words_n = number(&home, "Words explained");
    let list = run(&format!("{english}{words_n}\n"));
    let council = number(&list, "council");
    let t = run(&format!("{english}{words_n}\n{council}\n"));
    let after = &t[t.rfind("Words explained").unwrap()..];
    assert!(after.contains("A council looks after"), "{after}");
    // A page's hard words, as a numbered choice.
    let o1 = number(
        &home,
        "Outcome 1: Children's social care will help your family stay together",
    );
    let page = run(&format!("{english}{o1}\n"));
    let hard = number(&page, "Hard words on this page");
    let t = run(&format!("{english}{o1}\n{hard}\n"));
    let after = &t[t.rfind("Hard words on this screen").unwrap()..];
    assert!(after.contains("council"), "{after}");
}
