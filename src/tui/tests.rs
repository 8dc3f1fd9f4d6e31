//! Tests of the kiosk without a terminal: keys in, state out (update);
//! every screen drawn on ratatui's TestBackend at 80x24, 40x15 and 200x60
//! and compared with insta snapshots (of a small fixed guide, see
//! [`super::fixture`], so editing the real text does not change them);
//! each theme's styles; right-to-left layout; and thousands of random
//! keys, clicks and resizes on the real guide in several languages.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers, ModifierKeyCode, MouseButton,
    MouseEvent, MouseEventKind,
};
use ratatui::style::{Color, Modifier};

use super::keys::KeySpec;
use super::layout;
use super::library::{Layout, Library, Para, StepKind, TopicKind};
use super::state::{Action, App, Reading, Screen};
use super::theme::{Theme, ThemeName};
use super::update::{Msg, update};
use super::view;
use crate::document::Block;
use crate::i18n::Direction;
use crate::markup::Text;
use crate::project::Project;

fn library(tag: &str) -> Library {
    let project = Project::embedded();
    let tag = project.parse_lang(tag).expect("a shipped language");
    Library::load(&project, &tag).expect("the guide loads")
}

fn en() -> Library {
    library("en-GB")
}

fn key(code: KeyCode) -> Msg {
    Msg::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn ctrl(c: char) -> Msg {
    Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

fn shift_press() -> Msg {
    Msg::Key(KeyEvent {
        code: KeyCode::Modifier(ModifierKeyCode::LeftShift),
        modifiers: KeyModifiers::SHIFT,
        kind: KeyEventKind::Press,
        state: KeyEventState::NONE,
    })
}

fn click(x: u16, y: u16) -> Msg {
    Msg::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: x,
        row: y,
        modifiers: KeyModifiers::NONE,
    })
}

/// A test driver: the state, the documents and a clock.
struct Kiosk {
    app: App,
    lib: Library,
    now: u64,
}

impl Kiosk {
    fn new(lib: Library, edition: Layout, kiosk: bool) -> Kiosk {
        let mut app = App::new(edition, kiosk, false, (80, 24));
        app.set_default_language(super::language_index(&lib));
        Kiosk { app, lib, now: 0 }
    }

    fn send(&mut self, msg: Msg) -> super::update::Effect {
        self.now += 10;
        update(&mut self.app, &self.lib, msg, self.now)
    }

    fn keys(&mut self, codes: &[KeyCode]) {
        for c in codes {
            self.send(key(*c));
        }
    }

    fn chars(&mut self, s: &str) {
        for c in s.chars() {
            self.send(key(KeyCode::Char(c)));
        }
    }

    fn tick_at(&mut self, ms: u64) -> super::update::Effect {
        self.now = ms;
        update(&mut self.app, &self.lib, Msg::Tick, ms)
    }

    /// Draws at the app's size; remembers the clickable parts.
    fn draw(&mut self, theme: ThemeName) -> Buffer {
        let (w, h) = self.app.size;
        let mut term = Terminal::new(TestBackend::new(w, h)).expect("test backend");
        let theme = Theme::new(theme);
        let mut drawn = view::Drawn::default();
        term.draw(|f| drawn = view::draw(f, &self.app, &self.lib, &theme))
            .expect("draws");
        self.app.hotspots = drawn.hotspots;
        term.backend().buffer().clone()
    }

    fn screen_text(&mut self) -> String {
        text_of(&self.draw(ThemeName::Default))
    }

    fn reading(&self) -> &Reading {
        match self.app.screen() {
            Screen::Topic(r) => r,
            other => panic!("not reading a topic: {other:?}"),
        }
    }
}

/// The buffer as lines of text, trailing spaces trimmed.
fn text_of(buf: &Buffer) -> String {
    let area = buf.area;
    let mut out = String::new();
    for y in 0..area.height {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..area.width {
            let sym = buf[(x, y)].symbol();
            if skip > 0 {
                skip -= 1;
                continue;
            }
            skip = layout::text::width(sym).saturating_sub(1);
            line.push_str(sym);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The words on screen, one space between each (frames removed).
fn words(screen: &str) -> String {
    screen
        .replace(['│', '┌', '┐', '└', '┘', '─', '╭', '╮', '╰', '╯'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn topic_of(lib: &Library, kind: TopicKind) -> usize {
    lib.topics
        .iter()
        .position(|t| t.kind == kind)
        .expect("the topic exists")
}

// ---------------------------------------------------------------------
// Update: keys in, state out.

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
        k.now += super::update::SHIFT_WINDOW_MS;
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
fn every_kiosk_word_used_exists_in_the_source_language() {
    let lib = en();
    let src = include_str!("../../locales/en-GB/kiosk.ftl");
    let mut code = String::new();
    for f in [
        include_str!("library/mod.rs"),
        include_str!("library/help.rs"),
        include_str!("library/paras.rs"),
        include_str!("library/source.rs"),
        include_str!("library/steps.rs"),
        include_str!("library/topics.rs"),
        include_str!("view/mod.rs"),
        include_str!("view/step.rs"),
        include_str!("screen_reader.rs"),
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

// ---------------------------------------------------------------------
// Words explained and the hard words of a screen.

fn fixture_kiosk(edition: Layout) -> Kiosk {
    Kiosk::new(super::fixture::library(), edition, false)
}

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
    let published = super::library::Offer::default();
    let all = super::library::Offer {
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
    let err = super::choose_language(&project, Some("xx"), published).unwrap_err();
    assert!(
        err.help
            .as_deref()
            .unwrap_or("")
            .contains("--include-incomplete")
    );
    assert_eq!(
        super::choose_language(&project, Some("xx"), all).unwrap(),
        xx
    );
    assert_eq!(
        super::choose_language(&project, Some("cy"), published)
            .unwrap()
            .to_string(),
        "cy"
    );
}

#[test]
fn screen_reader_mode_offers_words_explained_and_hard_words() {
    let project = Project::embedded();
    let run = |input: &str| {
        let mut out = Vec::new();
        super::screen_reader::run(
            &project,
            en(),
            Layout::Chapters,
            super::screen_reader::Linear {
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

// ---------------------------------------------------------------------
// Snapshots of every screen at three sizes.

/// Drives a fresh kiosk to a screen.
fn at_screen(name: &str, size: (u16, u16)) -> Kiosk {
    let edition = if name.starts_with("easy") {
        Layout::Statements
    } else {
        Layout::Chapters
    };
    let mut k = Kiosk::new(super::fixture::library(), edition, true);
    k.app.size = size;
    match name {
        "start" => {}
        "home" => k.keys(&[KeyCode::Enter, KeyCode::Down, KeyCode::Down]),
        "easy-home" => k.keys(&[KeyCode::Enter]),
        "guide-outcome-3" => {
            k.keys(&[KeyCode::Enter]);
            k.chars("5");
        }
        "guide-outcome-3-statements" => {
            k.keys(&[KeyCode::Enter]);
            k.chars("5");
            k.keys(&[KeyCode::PageDown]);
        }
        "easy-outcome-3-title" => {
            k.keys(&[KeyCode::Enter]);
            k.chars("5");
        }
        "easy-outcome-3-statement-2" => {
            k.keys(&[KeyCode::Enter]);
            k.chars("5");
            k.keys(&[KeyCode::Right, KeyCode::Right]);
        }
        "easy-next-contact" => {
            k.keys(&[KeyCode::Enter]);
            k.chars("8");
            k.keys(&[KeyCode::End]);
        }
        "easy-source" => {
            k.keys(&[KeyCode::Enter]);
            k.chars("5");
            k.keys(&[KeyCode::Right, KeyCode::Right]);
            k.chars("w");
        }
        "guide-source" => {
            k.keys(&[KeyCode::Enter]);
            k.chars("5w");
        }
        "help" => {
            k.keys(&[KeyCode::Enter]);
            k.chars("5h");
        }
        "guide-principles" => {
            k.keys(&[KeyCode::Enter]);
            k.chars("2");
        }
        "idle" => {
            k.app.idle.limit_ms = Some(1_000);
            k.keys(&[KeyCode::Enter]);
            k.chars("3");
            let t = k.now + 1_000;
            k.tick_at(t);
        }
        "quick-exit" => {
            k.keys(&[KeyCode::Enter]);
            k.chars("5x");
        }
        "words" => {
            k.keys(&[KeyCode::Enter]);
            k.chars("9");
            k.keys(&[KeyCode::Down]);
        }
        "word" => {
            k.keys(&[KeyCode::Enter]);
            k.chars("9");
            k.keys(&[KeyCode::Down, KeyCode::Enter]);
        }
        "guide-hard-words" => {
            k.keys(&[KeyCode::Enter]);
            k.chars("5");
            k.keys(&[KeyCode::PageDown]);
            k.chars("d");
        }
        "easy-hard-words" => {
            k.keys(&[KeyCode::Enter]);
            k.chars("5");
            k.keys(&[KeyCode::Right, KeyCode::Right]);
            k.chars("d");
        }
        "start-draft" | "home-draft" => {
            // A draft translation: its notice, then the same in English.
            let ui = &mut k.lib.guide.ui.0;
            ui.insert(
                crate::resolve::DRAFT_NOTICE.into(),
                Text::plain_str(
                    "Drafft yw'r cyfieithiad hwn. Dydy cyfieithydd cymwys ddim wedi'i wirio eto.",
                ),
            );
            ui.insert(
                crate::resolve::DRAFT_NOTICE_EN.into(),
                Text::plain_str("This translation is a draft. It has not yet been checked by a qualified translator."),
            );
            k.lib.guide.locale.status = crate::i18n::Status::Draft;
            if name == "home-draft" {
                k.keys(&[KeyCode::Enter]);
            }
        }
        other => panic!("no screen {other}"),
    }
    k
}

const SCREENS: &[&str] = &[
    "start",
    "home",
    "easy-home",
    "guide-outcome-3",
    "guide-outcome-3-statements",
    "easy-outcome-3-title",
    "easy-outcome-3-statement-2",
    "easy-next-contact",
    "easy-source",
    "guide-source",
    "help",
    "guide-principles",
    "idle",
    "quick-exit",
    "words",
    "word",
    "guide-hard-words",
    "easy-hard-words",
    "start-draft",
    "home-draft",
];

/// Right to left, with the shipped Arabic and Persian: the start screen,
/// the home menu, an easy-read statement and "Get help now", at 80x24.
#[test]
fn snapshots_of_right_to_left_screens() {
    for tag in ["ar", "fa"] {
        let screens: [(&str, Layout, &[KeyCode], &str); 4] = [
            ("start", Layout::Chapters, &[], ""),
            ("home", Layout::Chapters, &[KeyCode::Enter], ""),
            (
                "easy-outcome-3-statement-2",
                Layout::Statements,
                &[KeyCode::Enter],
                "5",
            ),
            ("help", Layout::Chapters, &[KeyCode::Enter], "5h"),
        ];
        for (name, edition, keys, chars) in screens {
            let mut k = Kiosk::new(library(tag), edition, false);
            k.keys(keys);
            k.chars(chars);
            if name.starts_with("easy-outcome") {
                k.keys(&[KeyCode::Left, KeyCode::Left]);
            }
            insta::assert_snapshot!(format!("rtl-{tag}-{name}-80x24"), k.screen_text());
        }
    }
}

#[test]
fn snapshots_of_every_screen_at_three_sizes() {
    for &(w, h) in &[(80u16, 24u16), (40, 15), (200, 60)] {
        for name in SCREENS {
            let mut k = at_screen(name, (w, h));
            let text = k.screen_text();
            insta::assert_snapshot!(format!("{name}-{w}x{h}"), text);
        }
    }
    let mut k = at_screen("guide-outcome-3", (30, 10));
    insta::assert_snapshot!("too-small-30x10", k.screen_text());
}

/// A summary of the styles on screen: each distinct style with the first
/// text drawn in it.
fn style_summary(buf: &Buffer) -> String {
    let mut seen: Vec<(String, String)> = Vec::new();
    let area = buf.area;
    for y in 0..area.height {
        let mut x = 0;
        while x < area.width {
            let cell = &buf[(x, y)];
            let style = format!(
                "fg={} bg={} {}",
                colour(cell.fg),
                colour(cell.bg),
                modifiers(cell.modifier)
            );
            let mut run = String::new();
            let mut x2 = x;
            while x2 < area.width {
                let c = &buf[(x2, y)];
                if c.fg != cell.fg || c.bg != cell.bg || c.modifier != cell.modifier {
                    break;
                }
                run.push_str(c.symbol());
                x2 += 1;
            }
            let run = run.trim().to_string();
            if !run.is_empty() && !seen.iter().any(|(s, _)| *s == style) {
                let sample: String = run.chars().take(24).collect();
                seen.push((style, sample));
            }
            x = x2;
        }
    }
    seen.iter().map(|(s, t)| format!("{s:<44} {t}\n")).collect()
}

fn colour(c: Color) -> String {
    match c {
        Color::Reset => "reset".into(),
        Color::Indexed(i) => format!("{i}"),
        other => format!("{other:?}"),
    }
}

fn modifiers(m: Modifier) -> String {
    let mut out = Vec::new();
    for (flag, name) in [
        (Modifier::BOLD, "bold"),
        (Modifier::ITALIC, "italic"),
        (Modifier::UNDERLINED, "underlined"),
        (Modifier::REVERSED, "reversed"),
    ] {
        if m.contains(flag) {
            out.push(name);
        }
    }
    out.join("+")
}

#[test]
fn snapshots_of_each_theme() {
    for theme in ThemeName::ALL {
        let mut k = at_screen("easy-outcome-3-statement-2", (80, 24));
        let buf = k.draw(theme);
        let mut home = at_screen("home", (80, 24));
        let home_buf = home.draw(theme);
        let summary = format!(
            "statement:\n{}\nhome:\n{}",
            style_summary(&buf),
            style_summary(&home_buf)
        );
        insta::assert_snapshot!(format!("theme-{}", theme.as_str()), summary);
        // Nothing blinks, ever.
        for cell in buf.content.iter().chain(home_buf.content.iter()) {
            assert!(
                !cell
                    .modifier
                    .intersects(Modifier::SLOW_BLINK | Modifier::RAPID_BLINK)
            );
        }
    }
}

#[test]
fn selection_is_marked_not_only_coloured() {
    for theme in ThemeName::ALL {
        let mut k = at_screen("home", (80, 24));
        let buf = k.draw(theme);
        let text = text_of(&buf);
        let line = text.lines().find(|l| l.contains('▶')).expect("a marker");
        assert!(line.contains("Outcome 1"), "{line}");
        let y = text.lines().position(|l| l.contains('▶')).unwrap() as u16;
        let x = (0..80)
            .find(|&x| buf[(x, y)].symbol() == "▶")
            .expect("marker cell");
        let m = buf[(x + 2, y)].modifier;
        assert!(m.contains(Modifier::BOLD), "{theme:?}");
    }
}

// ---------------------------------------------------------------------
// Right to left.

#[test]
fn right_to_left_pages_are_reordered_and_right_aligned() {
    let mut lib = super::fixture::library();
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

// ---------------------------------------------------------------------
// Robustness.

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
fn top_paragraph(k: &Kiosk) -> Option<super::library::Anchor> {
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

#[test]
fn two_quick_escapes_are_two_steps_back() {
    let mut k = Kiosk::new(en(), Layout::Chapters, false);
    k.keys(&[KeyCode::Enter]);
    k.chars("5h");
    // As the terminal sends them, straight after each other.
    let mut p = super::input::Parser::default();
    p.feed(b"\x1b\x1b");
    let mut msgs: Vec<Msg> = std::iter::from_fn(|| p.next_msg()).collect();
    msgs.extend(p.flush());
    for m in msgs {
        k.send(m);
    }
    assert_eq!(k.app.screen(), &Screen::Home { selected: 4 });
}
