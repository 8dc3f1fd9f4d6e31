//! Switching between the guide and the easy-read edition, and resizing,
//! keep the reader's place.

use super::*;

#[test]
fn switching_edition_keeps_the_place() {
    let mut k = Kiosk::new(en(), Layout::Statements, false);
    k.keys(&[KeyCode::Enter]);
    k.chars("5");
    // The fifth statement of outcome 3 retells the guide's second.
    for _ in 0..5 {
        k.keys(&[KeyCode::Right]);
    }
    let topic = k.reading().topic;
    let step = k.lib.steps(topic, Layout::Statements)[5].clone();
    let src = step.source.clone().unwrap();
    assert_eq!(src.item.as_deref(), Some("2"));
    k.chars("e");
    assert_eq!(k.app.edition, Layout::Chapters);
    assert_eq!(k.reading().topic, topic);
    assert!(k.reading().scroll > 0);
    let screen = k.screen_text();
    assert!(
        screen.contains("2. Practitioners will act quickly"),
        "{screen}"
    );
    // And back: the statements from that part of the guide.
    k.chars("e");
    assert_eq!(k.app.edition, Layout::Statements);
    let now = &k.lib.steps(topic, Layout::Statements)[k.reading().step];
    assert_eq!(now.source.as_ref().unwrap().item.as_deref(), Some("2"));
}

#[test]
fn switching_edition_twice_comes_back_to_the_same_card() {
    let lib = en();
    let topic = topic_of(&lib, TopicKind::Outcome(3));
    let steps = lib.steps(topic, Layout::Statements);
    let mut back = 0;
    let mut tried = 0;
    for (i, s) in steps.iter().enumerate() {
        if s.kind != StepKind::Statement {
            continue;
        }
        let mut k = Kiosk::new(en(), Layout::Statements, false);
        k.keys(&[KeyCode::Enter]);
        k.chars("5");
        if let Screen::Topic(r) = k.app.screen_mut() {
            r.step = i;
        }
        k.chars("e");
        assert_eq!(k.app.edition, Layout::Chapters);
        k.chars("e");
        tried += 1;
        back += usize::from(k.reading().step == i);
    }
    assert!(tried > 10 && back == tried, "{back} of {tried}");
}

/// The paragraph at the top of the guide's view.
fn top_paragraph(k: &Kiosk) -> Option<crate::tui::library::Anchor> {
    let (laid, _) = layout::scrolled(&k.app, &k.lib)?;
    let Screen::Topic(r) = k.app.screen() else {
        return None;
    };
    laid.anchors
        .iter()
        .find(|(_, line)| *line >= r.scroll)
        .map(|(a, _)| a.clone())
}

#[test]
fn e_from_help_or_where_is_this_from_keeps_the_place() {
    let path = |k: &mut Kiosk| {
        k.keys(&[KeyCode::Enter]);
        k.chars("5");
        k.keys(&[KeyCode::PageDown, KeyCode::PageDown]);
    };
    // Straight from the page: the card that retells the top statement.
    let mut direct = Kiosk::new(en(), Layout::Chapters, false);
    path(&mut direct);
    direct.chars("e");
    let want = direct.app.screen().clone();
    assert!(matches!(&want, Screen::Topic(r) if r.step > 0), "{want:?}");
    for detour in ["w", "h"] {
        let mut k = Kiosk::new(en(), Layout::Chapters, false);
        path(&mut k);
        k.chars(detour);
        k.chars("e");
        k.keys(&[KeyCode::Esc]);
        assert_eq!(k.app.edition, Layout::Statements);
        assert_eq!(k.app.screen(), &want, "after {detour}, e, Esc");
        // And back to the guide from the detour: the same place again.
        k.chars(detour);
        k.chars("e");
        k.keys(&[KeyCode::Esc]);
        assert_eq!(k.app.edition, Layout::Chapters);
        let Screen::Topic(r) = k.app.screen() else {
            panic!("not the page")
        };
        assert!(r.scroll > 0, "after {detour}, e, Esc: at the top");
    }
}

#[test]
fn resizing_keeps_the_paragraph_at_the_top() {
    let mut k = Kiosk::new(en(), Layout::Chapters, false);
    k.keys(&[KeyCode::Enter]);
    k.chars("5");
    for _ in 0..3 {
        k.keys(&[KeyCode::PageDown]);
    }
    let before = top_paragraph(&k).expect("a paragraph");
    for (w, h) in [(40, 15), (60, 20), (34, 12), (80, 24)] {
        k.send(Msg::Resize(w, h));
        assert_eq!(top_paragraph(&k).as_ref(), Some(&before), "at {w}x{h}");
    }
}
