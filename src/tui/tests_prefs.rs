//! "How I like it" and read aloud, driven through the update as keys.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::library::Layout;
use super::speak::{Speech, utterance};
use super::state::{App, Screen};
use super::theme::ThemeName;
use super::update::{Effect, Msg, update};

struct K {
    app: App,
    lib: super::library::Library,
    now: u64,
}

impl K {
    fn new(edition: Layout, kiosk: bool) -> K {
        let lib = super::fixture::library();
        let mut app = App::new(edition, kiosk, false, (80, 24));
        app.set_default_language(super::language_index(&lib));
        app.speech_available = true;
        if kiosk {
            app.idle.limit_ms = Some(1_000);
            app.idle.countdown_ms = 1_000;
        }
        K { app, lib, now: 0 }
    }

    fn press(&mut self, code: KeyCode) -> Effect {
        self.now += 10;
        let msg = Msg::Key(KeyEvent::new(code, KeyModifiers::NONE));
        update(&mut self.app, &self.lib, msg, self.now)
    }

    fn chars(&mut self, s: &str) -> Effect {
        let mut e = Effect::default();
        for c in s.chars() {
            e = self.press(KeyCode::Char(c));
        }
        e
    }
}

#[test]
fn how_i_like_it_is_one_key_away_from_every_screen() {
    let mut k = K::new(Layout::Statements, true);
    // Start, home, a topic, a card, help, its own screen: s or F6 opens it.
    let mut visited = 0;
    for keys in ["", "\r", "\r1", "\r1\u{2192}", "h"] {
        let mut k2 = K::new(Layout::Statements, true);
        for c in keys.chars() {
            match c {
                '\u{2192}' => k2.press(KeyCode::Right),
                '\r' => k2.press(KeyCode::Enter),
                c => k2.press(KeyCode::Char(c)),
            };
        }
        let depth = k2.app.stack.len();
        k2.chars("s");
        assert!(matches!(k2.app.screen(), Screen::Prefs { .. }), "{keys:?}");
        assert_eq!(k2.app.stack.len(), depth + 1);
        // Help and quick exit, on every layout's letter, work from it.
        for h in ["h", "р", "ا"] {
            let mut k3 = K::new(Layout::Statements, true);
            k3.press(KeyCode::F(6));
            k3.chars(h);
            assert!(matches!(k3.app.screen(), Screen::Help { .. }), "{h}");
        }
        for x in ["x", "ч", "ء", "ط"] {
            let mut k3 = K::new(Layout::Statements, true);
            k3.chars("s");
            k3.chars(x);
            assert!(k3.app.neutral, "{x}");
        }
        visited += 1;
    }
    assert_eq!(visited, 5);
    // Its footer names help, quick exit and the way back.
    k.chars("s");
    let items = super::layout::bands::footer_items(&k.app, &k.lib);
    let actions: Vec<_> = items.iter().map(|i| i.action).collect();
    assert_eq!(actions[0], super::state::Action::Help);
    assert_eq!(actions[1], super::state::Action::QuickExit);
    assert!(actions.contains(&super::state::Action::Back));
}

#[test]
fn choices_change_and_are_forgotten_at_quick_exit_and_the_idle_reset() {
    let mut k = K::new(Layout::Statements, true);
    k.chars("s");
    // 2: read on arrival; 3: colours; 4: more space.
    k.chars("234");
    assert!(k.app.prefs.read_on_arrival);
    assert_eq!(k.app.prefs.theme, Some(ThemeName::HighContrast));
    assert!(k.app.prefs.roomy && k.app.roomy);
    k.chars("x");
    assert!(k.app.neutral);
    assert_eq!(k.app.prefs, k.app.default_prefs);
    assert!(!k.app.roomy);

    let mut k = K::new(Layout::Statements, true);
    k.chars("s1");
    assert!(!k.app.prefs.speech);
    // Read aloud is off: r does nothing and is not in the footer.
    k.press(KeyCode::Esc);
    assert_eq!(k.chars("r").speech, None);
    let items = super::layout::bands::footer_items(&k.app, &k.lib);
    assert!(
        !items
            .iter()
            .any(|i| i.action == super::state::Action::ReadAloud)
    );
    // Nobody there: "Are you still there?", then the reset forgets.
    update(&mut k.app, &k.lib, Msg::Tick, 5_000);
    update(&mut k.app, &k.lib, Msg::Tick, 7_000);
    assert!(matches!(k.app.stack.as_slice(), [Screen::Start { .. }]));
    assert!(k.app.prefs.speech);
}

#[test]
fn reading_aloud_toggles_stops_on_moving_on_and_reads_on_arrival() {
    let mut k = K::new(Layout::Statements, false);
    k.press(KeyCode::Enter);
    k.chars("1");
    k.press(KeyCode::Right);
    assert_eq!(k.chars("r").speech, Some(Speech::Read));
    let u = utterance(&k.app, &k.lib).expect("something to say");
    assert_eq!(u.lang, "en-GB");
    assert!(!u.text.is_empty());
    // Again: stop.
    assert_eq!(k.chars("r").speech, Some(Speech::Stop));
    assert!(!k.app.speaking);
    // Moving on stops it.
    k.chars("r");
    assert_eq!(k.press(KeyCode::Right).speech, Some(Speech::Stop));
    // The player finished: the next r reads again.
    k.chars("r");
    update(&mut k.app, &k.lib, Msg::SpeechEnded, k.now + 1);
    assert!(!k.app.speaking);
    assert_eq!(k.chars("r").speech, Some(Speech::Read));
    k.chars("r");
    // Read on arrival: each new card is read as it opens, and scrolling
    // within one is not arriving.
    k.chars("s2");
    assert!(k.app.prefs.read_on_arrival);
    assert_eq!(k.press(KeyCode::Esc).speech, Some(Speech::Read));
    assert_eq!(k.press(KeyCode::Right).speech, Some(Speech::Read));
    assert_eq!(k.press(KeyCode::Down).speech, None);
    // Quick exit: stopped, and nothing is said on the calm screen.
    let e = k.chars("x");
    assert_eq!(e.speech, Some(Speech::Stop));
    assert!(utterance(&k.app, &k.lib).is_none());
}

#[test]
fn without_a_player_the_read_key_says_so_once() {
    let mut k = K::new(Layout::Statements, false);
    k.app.speech_available = false;
    k.press(KeyCode::Enter);
    let e = k.chars("r");
    assert_eq!(e.speech, None);
    assert_eq!(k.app.notice, Some("kiosk-speech-missing"));
    assert!(k.lib.words.has("kiosk-speech-missing"));
    k.press(KeyCode::Down);
    assert_eq!(k.app.notice, None);
    k.chars("r");
    assert_eq!(k.app.notice, None, "said once");
}

/// The kiosk in one of the shipped languages (the embedded content).
fn shipped(tag: &str, edition: Layout) -> K {
    let project = crate::project::Project::embedded();
    let tag: unic_langid::LanguageIdentifier = tag.parse().unwrap();
    let lib = super::library::Library::load(&project, &tag).expect("the guide loads");
    let mut app = App::new(edition, false, false, (80, 24));
    app.set_default_language(super::language_index(&lib));
    K { app, lib, now: 0 }
}

#[test]
fn search_finds_a_polish_word_typed_without_accents_and_opens_it() {
    let mut k = shipped("pl", Layout::Statements);
    k.press(KeyCode::Enter);
    k.chars("/");
    // "bezpieczeństwo" typed as a child without Polish keys would.
    k.chars("BEZPIECZENSTWO");
    let Screen::Search { query, .. } = k.app.screen().clone() else {
        panic!("not searching: {:?}", k.app.screen());
    };
    // h, x and the digits went into the words, not to the key table.
    assert_eq!(query, "BEZPIECZENSTWO");
    let hits = super::search::find(&k.lib, Layout::Statements, &query);
    assert!(hits.len() >= 3, "{}", hits.len());
    assert!(
        hits.iter()
            .all(|h| h.text.to_lowercase().contains("bezpieczeństw"))
    );
    // Enter opens the first hit: its statement is on screen.
    let first = hits[0].clone();
    k.press(KeyCode::Enter);
    let Screen::Topic(r) = k.app.screen().clone() else {
        panic!("not opened: {:?}", k.app.screen());
    };
    assert_eq!((r.topic, Some(r.step)), (first.topic, first.step));
    assert!(super::layout::shown_text(&k.app, &k.lib).contains(&first.text));
    // Esc goes back to the hits, as they were.
    k.press(KeyCode::Esc);
    assert!(matches!(k.app.screen(), Screen::Search { .. }));
}

#[test]
fn search_finds_an_arabic_word_without_its_marks_and_help_stays_on_its_f_key() {
    let mut k = shipped("ar", Layout::Statements);
    k.press(KeyCode::Enter);
    // The Arabic key in the place of / is ظ.
    k.chars("ظ");
    assert!(matches!(
        k.app.screen(),
        Screen::Search { typing: true, .. }
    ));
    // "الأطفال" (the children) typed with a bare alef.
    k.chars("الاطفال");
    let Screen::Search { query, .. } = k.app.screen().clone() else {
        panic!()
    };
    let hits = super::search::find(&k.lib, Layout::Statements, &query);
    assert!(!hits.is_empty());
    assert!(
        hits.iter()
            .all(|h| h.text.contains("الأطفال") || h.text.contains("الاطفال"))
    );
    // While typing, F1 is help and F12 quick exit.
    k.press(KeyCode::F(1));
    assert!(matches!(k.app.screen(), Screen::Help { .. }));
    k.press(KeyCode::Esc);
    k.press(KeyCode::Down);
    // On the hits, the letters are keys again: ا is help.
    k.chars("ا");
    assert!(matches!(k.app.screen(), Screen::Help { .. }));
    k.press(KeyCode::Esc);
    k.press(KeyCode::F(12));
    assert!(k.app.neutral);
}

#[test]
fn search_finds_guide_paragraphs_and_opens_them_at_the_paragraph() {
    let mut k = shipped("en-GB", Layout::Chapters);
    k.press(KeyCode::Enter);
    k.press(KeyCode::F(7));
    k.chars("Social Worker");
    let Screen::Search { query, .. } = k.app.screen().clone() else {
        panic!()
    };
    let hits = super::search::find(&k.lib, Layout::Chapters, &query);
    assert!(!hits.is_empty());
    let last = hits.len() - 1;
    k.press(KeyCode::Down);
    for _ in 0..last {
        k.press(KeyCode::Down);
    }
    k.press(KeyCode::Enter);
    assert!(matches!(k.app.screen(), Screen::Topic(_)));
    assert!(
        super::layout::shown_text(&k.app, &k.lib)
            .to_lowercase()
            .contains("social worker")
    );
}
