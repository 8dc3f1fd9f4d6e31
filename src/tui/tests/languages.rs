//! Languages: which are offered, a draft's notice, right to left, and
//! no bidi control marks reaching the terminal.

use super::*;

#[test]
fn the_frameworks_english_reads_left_to_right_in_an_arabic_kiosk() {
    let mut k = Kiosk::new(library("ar"), Layout::Chapters, false);
    k.keys(&[KeyCode::Enter]);
    k.chars("5");
    k.chars("w");
    assert!(matches!(k.app.screen(), Screen::Source { .. }));
    let screen = k.screen_text();
    let english: Vec<&str> = screen
        .lines()
        .filter(|l| l.contains("social care") || l.contains("Outcome 3"))
        .collect();
    assert!(!english.is_empty(), "{screen}");
    // Left-aligned in the text column (a quote indented by 2), full
    // stops at the end.
    let left = english[0].len() - english[0].trim_start().len();
    for l in &english {
        let indent = l.len() - l.trim_start().len();
        assert!(indent == left || indent == left + 2, "{screen}");
        assert!(!l.trim_start().starts_with('.'), "{screen}");
    }
    assert!(screen.contains("increase safety."), "{screen}");
}

/// Whether the words of `phrase` appear in `screen` in order, other words
/// allowed between them.
fn words_in_order(screen: &str, phrase: &str) -> bool {
    let bare = |w: &str| {
        w.trim_matches(|c: char| c.is_ascii_punctuation())
            .to_string()
    };
    let mut rest = screen.split_whitespace().map(bare);
    phrase
        .split_whitespace()
        .all(|w| rest.by_ref().any(|s| s == bare(w)))
}

#[test]
fn a_draft_language_says_so_in_its_words_and_in_english() {
    for tag in ["cy", "ar"] {
        let lib = library(tag);
        assert_eq!(lib.guide.locale.status, crate::i18n::Status::Draft);
        let (own, english) = lib.draft_notice().expect("a draft notice");
        assert!(
            !own.plain().contains("qualified translator"),
            "{tag}: {own:?}"
        );
        let english = english.expect("the English too").plain();
        assert!(
            english.contains("not yet been checked by a qualified translator"),
            "{tag}: {english}"
        );
        let mut k = Kiosk::new(lib, Layout::Chapters, false);
        let start = words(&k.screen_text());
        k.keys(&[KeyCode::Enter]);
        let home = words(&k.screen_text());
        // Beside a picture the notice wraps, and the picture's lines sit
        // between its words: they must still all be there, in order.
        for (name, s) in [("start", &start), ("home", &home)] {
            assert!(
                words_in_order(s, "not yet been checked by a qualified translator"),
                "{tag} {name}: {s}"
            );
        }
    }
    // English is the source: no notice.
    assert!(en().draft_notice().is_none());
    let mut k = Kiosk::new(en(), Layout::Chapters, false);
    assert!(!k.screen_text().contains("qualified translator"));
}

#[test]
fn no_isolation_or_override_marks_reach_the_terminal_in_arabic() {
    let bad = |c: char| matches!(c, '\u{2066}'..='\u{2069}' | '\u{202A}'..='\u{202E}');
    for edition in [Layout::Chapters, Layout::Statements] {
        let mut k = Kiosk::new(library("ar"), edition, false);
        let words_topic = topic_of(&k.lib, TopicKind::Words);
        let mut screens = Vec::new();
        let mut look = |k: &mut Kiosk| {
            let buf = k.draw(ThemeName::Default);
            for cell in buf.content.iter() {
                assert!(
                    !cell.symbol().chars().any(bad),
                    "{:?}: {:?}",
                    k.app.screen(),
                    cell.symbol()
                );
            }
            screens.push(text_of(&buf));
        };
        look(&mut k);
        k.keys(&[KeyCode::Enter]);
        look(&mut k);
        for topic in 0..k.lib.topics.len() {
            k.app.stack.truncate(2);
            k.send(key(KeyCode::Char(char::from(b'1' + topic as u8))));
            look(&mut k);
            k.keys(&[KeyCode::PageDown, KeyCode::Right]);
            look(&mut k);
            k.chars("d");
            look(&mut k);
        }
        k.app.stack.truncate(2);
        *k.app.screen_mut() = Screen::Home {
            selected: words_topic,
        };
        k.keys(&[KeyCode::Enter, KeyCode::Enter]);
        look(&mut k);
        k.chars("h");
        look(&mut k);
        assert!(screens.iter().any(|s| s.contains("999")));
    }
}

#[test]
fn only_published_languages_are_offered_unless_asked() {
    // A language with one message translated: far below the threshold.
    let mut sources = crate::source::Sources::embedded();
    sources.insert(
        "locales/xx/locale.toml",
        "name = \"Xxish\"\nenglish-name = \"Xx\"\ndirection = \"ltr\"\nstatus = \"draft\"\ntranslators = []\n",
    );
    sources.insert("locales/xx/kiosk.ftl", "kiosk-app-name = Xx\n");
    let project = Project::load(sources);
    let en: unic_langid::LanguageIdentifier = "en-GB".parse().unwrap();
    let xx: unic_langid::LanguageIdentifier = "xx".parse().unwrap();
    assert!(matches!(
        project.availability(&xx, "guide"),
        crate::project::Availability::Incomplete(_)
    ));
    let published = crate::tui::library::Offer::default();
    let all = crate::tui::library::Offer {
        include_incomplete: true,
        ..published
    };
    let names = |offer| {
        Library::load_offering(&project, &en, offer)
            .unwrap()
            .languages()
            .iter()
            .map(|l| l.tag.clone())
            .collect::<Vec<_>>()
    };
    assert!(!names(published).contains(&"xx".to_string()));
    assert!(names(published).contains(&"cy".to_string()));
    assert!(names(all).contains(&"xx".to_string()));
    // Asked for by name, it is refused with what to do; or read when
    // incomplete ones are included.
    let err = crate::tui::choose_language(
        &project,
        Some(&project.parse_lang("xx").unwrap()),
        published,
    )
    .unwrap_err();
    assert!(
        err.help
            .as_deref()
            .unwrap_or("")
            .contains("--include-incomplete")
    );
    assert_eq!(
        crate::tui::choose_language(&project, Some(&project.parse_lang("xx").unwrap()), all)
            .unwrap(),
        xx
    );
    assert_eq!(
        crate::tui::choose_language(
            &project,
            Some(&project.parse_lang("cy").unwrap()),
            published
        )
        .unwrap()
        .to_string(),
        "cy"
    );
}

#[test]
fn right_to_left_pages_are_reordered_and_right_aligned() {
    let mut lib = crate::tui::fixture::library();
    lib.guide.locale.dir = Direction::Rtl;
    lib.forget_shapes();
    let page = lib
        .guide
        .pages
        .iter_mut()
        .find(|p| p.id == "outcome-3")
        .unwrap();
    page.title = Text::plain_str("الأمان أولاً");
    page.label = None;
    if let Some(Block::Paragraph { text, .. }) = page.blocks.get_mut(0) {
        *text = Text::plain_str("سلامتك هي أهم شيء (دائما) في 2025 مع Childline.");
    }
    let mut k = Kiosk::new(lib, Layout::Chapters, false);
    k.keys(&[KeyCode::Enter]);
    k.chars("5");
    let buf = k.draw(ThemeName::Mono);
    let text = text_of(&buf);
    let col = layout::bands::column(
        layout::bands::regions(&k.app, &k.lib, buf.area).0.body,
        layout::bands::TEXT_MAX,
    );
    // The Arabic words read right to left: stored in display order.
    let para = text
        .lines()
        .find(|l| l.contains("Childline"))
        .unwrap_or_else(|| panic!("{text}"));
    let in_column: String = para
        .chars()
        .skip(col.x as usize)
        .take(col.width as usize)
        .collect();
    assert!(in_column.trim_start().starts_with(".Childline"), "{para}");
    assert!(para.contains("(امئاد)"), "{para}");
    // Right-aligned: the line ends at the column's right edge.
    assert!(in_column.ends_with("كتمالس"), "{in_column:?}");
    // The picture is on the right, the title to its left.
    let title = text
        .lines()
        .find(|l| l.contains("اًلوأ نامألا"))
        .unwrap_or_else(|| panic!("{text}"));
    let pic = text.lines().find(|l| l.contains("safe")).unwrap();
    let col_of = |line: &str, pat: &str| layout::text::width(&line[..line.find(pat).unwrap()]);
    assert!(col_of(title, "اًلوأ") < col_of(pic, "safe"), "{text}");
    // The footer starts at the right.
    let footer = text.lines().rev().find(|l| !l.trim().is_empty()).unwrap();
    assert!(!footer.starts_with("  h"), "{footer}");
}

#[test]
fn shipped_right_to_left_languages_draw_without_panic() {
    for tag in ["ar", "fa"] {
        let project = Project::embedded();
        if project.parse_lang(tag).is_err() {
            continue;
        }
        let lib = library(tag);
        if lib.dir() != Direction::Rtl {
            continue;
        }
        let mut k = Kiosk::new(lib, Layout::Statements, false);
        k.keys(&[KeyCode::Enter]);
        k.chars("5");
        k.keys(&[KeyCode::Left, KeyCode::Left]);
        assert_eq!(k.reading().step, 2, "{tag}: left is next in RTL");
        let s = k.screen_text();
        assert!(!s.trim().is_empty());
    }
}
