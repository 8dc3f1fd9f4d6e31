//! Moving about: menus, topics, easy-read cards, the footer's keys,
//! clicks and the wheel, Esc back; and every kiosk word exists.

use super::*;

#[test]
fn start_home_topic_and_back() {
    let mut k = Kiosk::new(en(), Layout::Chapters, false);
    assert!(matches!(k.app.screen(), Screen::Start { .. }));
    k.keys(&[KeyCode::Enter]);
    assert_eq!(k.app.screen(), &Screen::Home { selected: 0 });
    // 5 is outcome 3: about, promises, outcomes 1 to 4.
    k.chars("5");
    let o3 = topic_of(&k.lib, TopicKind::Outcome(3));
    assert_eq!(k.reading().topic, o3);
    k.keys(&[KeyCode::Esc]);
    assert_eq!(k.app.screen(), &Screen::Home { selected: o3 });
    k.keys(&[KeyCode::Backspace]);
    assert!(matches!(k.app.screen(), Screen::Start { .. }));
    // Nothing to go back to from the start.
    k.keys(&[KeyCode::Esc]);
    assert_eq!(k.app.stack.len(), 1);
}

#[test]
fn menu_moves_with_arrows_tab_and_wraps_with_tab() {
    let mut k = Kiosk::new(en(), Layout::Chapters, false);
    k.keys(&[KeyCode::Enter, KeyCode::Down, KeyCode::Down]);
    assert_eq!(k.app.screen(), &Screen::Home { selected: 2 });
    k.keys(&[KeyCode::Up, KeyCode::Up, KeyCode::Up]);
    assert_eq!(k.app.screen(), &Screen::Home { selected: 0 });
    k.keys(&[KeyCode::BackTab]);
    let last = k.lib.topics.len() - 1;
    assert_eq!(k.app.screen(), &Screen::Home { selected: last });
    k.keys(&[KeyCode::Tab]);
    assert_eq!(k.app.screen(), &Screen::Home { selected: 0 });
    // The last entry is always "Get help now".
    k.keys(&[KeyCode::End, KeyCode::Enter]);
    assert_eq!(k.app.screen(), &Screen::Help { scroll: 0 });
}

#[test]
fn easy_read_one_statement_at_a_time() {
    let mut k = Kiosk::new(en(), Layout::Statements, false);
    k.keys(&[KeyCode::Enter]);
    k.chars("5");
    assert_eq!(k.reading().step, 0);
    k.keys(&[KeyCode::Right, KeyCode::Right]);
    assert_eq!(k.reading().step, 2);
    let steps = k.lib.steps(k.reading().topic, Layout::Statements);
    assert_eq!(steps[2].kind, StepKind::Statement);
    let (n, total) = steps[2].number.unwrap();
    assert_eq!(n, 2);
    let screen = k.screen_text();
    assert!(screen.contains(&format!("2 of {total}")), "{screen}");
    assert!(screen.contains("Wellbeing means"), "{screen}");
    k.keys(&[KeyCode::Left]);
    assert_eq!(k.reading().step, 1);
    k.keys(&[KeyCode::Left, KeyCode::Left, KeyCode::Left]);
    assert_eq!(k.reading().step, 0);
    k.keys(&[KeyCode::End]);
    assert_eq!(k.reading().step, steps.len() - 1);
    // The last card says what comes next, and onwards is the menu.
    let screen = k.screen_text();
    assert!(screen.contains("Back to the menu ▶"), "{screen}");
    k.keys(&[KeyCode::Right]);
    assert!(matches!(k.app.screen(), Screen::Home { .. }));
}

#[test]
fn every_statement_of_every_outcome_is_reachable() {
    for edition in [Layout::Statements, Layout::Chapters] {
        let lib = en();
        for (t, topic) in lib.topics.iter().enumerate() {
            let TopicKind::Outcome(_) = topic.kind else {
                continue;
            };
            let doc = lib.doc(edition);
            let page = doc.page(&topic.pages[0]).unwrap();
            let wanted: Vec<String> = page
                .blocks
                .iter()
                .flat_map(|b| b.items().iter().map(|i| i.text.plain()))
                .collect();
            let mut k = Kiosk::new(en(), edition, false);
            k.app.size = (80, 25);
            k.keys(&[KeyCode::Enter]);
            k.send(key(KeyCode::Char(char::from(b'1' + t as u8))));
            assert_eq!(k.reading().topic, t);
            let mut seen = String::new();
            // Everything of a step (scrolled to its end), then the next
            // one, until nothing changes.
            loop {
                loop {
                    seen.push_str(&k.screen_text());
                    let before = k.reading().clone();
                    k.keys(&[KeyCode::PageDown]);
                    if edition == Layout::Statements {
                        // In easy read, PageDown is "next": scroll instead.
                        k.app.stack.pop();
                        k.app.stack.push(Screen::Topic(before.clone()));
                        k.keys(&[KeyCode::Down, KeyCode::Down, KeyCode::Down]);
                    }
                    if *k.reading() == before {
                        break;
                    }
                }
                if edition == Layout::Chapters {
                    break;
                }
                k.keys(&[KeyCode::Right]);
                // Onwards from the last card is the menu.
                if !matches!(k.app.screen(), Screen::Topic(_)) {
                    assert!(matches!(k.app.screen(), Screen::Home { .. }));
                    break;
                }
            }
            let seen: String = seen.split_whitespace().collect::<Vec<_>>().join(" ");
            for s in wanted {
                let first_words: String =
                    s.split_whitespace().take(4).collect::<Vec<_>>().join(" ");
                assert!(seen.contains(&first_words), "{edition:?}: {first_words}");
            }
        }
    }
}

#[test]
fn where_does_this_come_from() {
    let mut k = Kiosk::new(en(), Layout::Statements, false);
    k.keys(&[KeyCode::Enter]);
    k.chars("5");
    k.keys(&[KeyCode::Right, KeyCode::Right]);
    k.chars("w");
    assert!(matches!(k.app.screen(), Screen::Source { .. }));
    k.app.size = (100, 60);
    let screen = k.screen_text();
    assert!(screen.contains("Where does this come from?"), "{screen}");
    // The guide's words it retells, and the framework's behind them.
    assert!(screen.contains("asked about your safety and"), "{screen}");
    assert!(
        screen.contains("Outcome 3: children and young people are safe"),
        "{screen}"
    );
    k.keys(&[KeyCode::Esc]);
    assert_eq!(k.reading().step, 2);
    // In the guide: the framework text of the same outcome.
    k.chars("ew");
    let screen = k.screen_text();
    assert!(screen.contains("acts swiftly to protect"), "{screen}");
}

#[test]
fn guide_scrolls_within_its_length() {
    let mut k = Kiosk::new(en(), Layout::Chapters, false);
    k.keys(&[KeyCode::Enter]);
    k.chars("5");
    k.keys(&[KeyCode::Down, KeyCode::Down]);
    assert_eq!(k.reading().scroll, 2);
    k.keys(&[KeyCode::Up, KeyCode::Up, KeyCode::Up]);
    assert_eq!(k.reading().scroll, 0);
    k.keys(&[KeyCode::End]);
    let (total, visible) = layout::scroll_extent(&k.app, &k.lib).unwrap();
    assert_eq!(k.reading().scroll, total - visible);
    k.keys(&[KeyCode::PageDown, KeyCode::Down]);
    assert_eq!(k.reading().scroll, total - visible);
    k.keys(&[KeyCode::Home]);
    assert_eq!(k.reading().scroll, 0);
    k.keys(&[KeyCode::PageDown]);
    assert_eq!(k.reading().scroll, visible - 1);
}

#[test]
fn mouse_clicks_menu_entries_footer_and_buttons_and_the_wheel_scrolls() {
    let mut k = Kiosk::new(en(), Layout::Statements, false);
    k.draw(ThemeName::Default);
    let spot = |k: &Kiosk, a: Action| {
        k.app
            .hotspots
            .iter()
            .find(|h| h.action == a)
            .map(|h| (h.area.x, h.area.y))
            .unwrap_or_else(|| panic!("no {a:?} on screen"))
    };
    let (x, y) = spot(&k, Action::Choose(0));
    k.send(click(x, y));
    assert!(matches!(k.app.screen(), Screen::Home { .. }));
    k.draw(ThemeName::Default);
    let (x, y) = spot(&k, Action::Choose(4));
    k.send(click(x + 3, y));
    assert_eq!(k.reading().topic, 4);
    k.draw(ThemeName::Default);
    let (x, y) = spot(&k, Action::Next);
    k.send(click(x, y));
    k.draw(ThemeName::Default);
    let (x, y) = spot(&k, Action::Next);
    k.send(click(x, y));
    assert_eq!(k.reading().step, 2);
    k.draw(ThemeName::Default);
    let (x, y) = spot(&k, Action::Previous);
    k.send(click(x, y));
    assert_eq!(k.reading().step, 1);
    k.draw(ThemeName::Default);
    let (x, y) = spot(&k, Action::Help);
    k.send(click(x, y));
    assert_eq!(k.app.screen(), &Screen::Help { scroll: 0 });
    k.draw(ThemeName::Default);
    let (x, y) = spot(&k, Action::Back);
    k.send(click(x, y));
    // The wheel scrolls the guide three lines at a time.
    k.chars("e");
    k.keys(&[KeyCode::Home]);
    k.send(Msg::Mouse(MouseEvent {
        kind: MouseEventKind::ScrollDown,
        column: 10,
        row: 10,
        modifiers: KeyModifiers::NONE,
    }));
    assert_eq!(k.reading().scroll, 3);
    // Clicking where nothing is does nothing.
    let stack = k.app.stack.clone();
    k.send(click(0, 5));
    assert_eq!(k.app.stack, stack);
    // Quick exit by click.
    k.draw(ThemeName::Default);
    let (x, y) = spot(&k, Action::QuickExit);
    k.send(click(x, y));
    assert!(k.app.neutral);
}

#[test]
fn every_key_is_in_the_footer_at_80_by_24_in_every_language() {
    let project = Project::embedded();
    for tag in project.locales.tags() {
        let mut k = Kiosk::new(library(&tag), Layout::Statements, false);
        k.keys(&[KeyCode::Enter]);
        k.chars("3");
        k.keys(&[KeyCode::Right]);
        let area = ratatui::layout::Rect::new(0, 0, 80, 24);
        let items = layout::bands::footer_items(&k.app, &k.lib);
        let (_, rows) = layout::bands::regions(&k.app, &k.lib, area);
        let shown: usize = rows.iter().map(Vec::len).sum();
        assert_eq!(shown, items.len(), "{tag}: {rows:?}");
    }
}

#[test]
fn every_kiosk_word_used_exists_in_the_source_language() {
    let lib = en();
    let src = include_str!("../../../locales/en-GB/kiosk.ftl");
    let mut code = String::new();
    for f in [
        include_str!("../library/mod.rs"),
        include_str!("../library/help.rs"),
        include_str!("../library/paras.rs"),
        include_str!("../library/source.rs"),
        include_str!("../library/steps.rs"),
        include_str!("../library/topics.rs"),
        include_str!("../layout/bands.rs"),
        include_str!("../layout/mod.rs"),
        include_str!("../layout/step.rs"),
        include_str!("../view/mod.rs"),
        include_str!("../view/step.rs"),
        include_str!("../screen_reader.rs"),
    ] {
        code.push_str(f);
    }
    let mut ids = Vec::new();
    let mut rest = code.as_str();
    while let Some(i) = rest.find("\"kiosk-") {
        let tail = &rest[i + 1..];
        let end = tail.find('"').unwrap();
        ids.push(tail[..end].to_string());
        rest = &tail[end..];
    }
    assert!(ids.len() > 30);
    for id in ids {
        if id.contains('{') {
            continue; // built with format!, checked below
        }
        assert!(lib.words.has(&id), "{id} is used but not in kiosk.ftl");
    }
    for org in ["childline", "help-at-hand"] {
        assert!(lib.words.has(&format!("kiosk-help-{org}")));
        assert!(lib.words.has(&format!("kiosk-help-{org}-call")));
    }
    // No phone number is typed into the words: they come from the facts.
    assert!(!src.contains("0800"));
}

#[test]
fn two_quick_escapes_are_two_steps_back() {
    let mut k = Kiosk::new(en(), Layout::Chapters, false);
    k.keys(&[KeyCode::Enter]);
    k.chars("5h");
    // As the terminal sends them, straight after each other.
    let mut p = crate::tui::input::Parser::default();
    p.feed(b"\x1b\x1b");
    let mut msgs: Vec<Msg> = std::iter::from_fn(|| p.next_msg()).collect();
    msgs.extend(p.flush());
    for m in msgs {
        k.send(m);
    }
    assert_eq!(k.app.screen(), &Screen::Home { selected: 4 });
}
