//! The kiosk's state: which screens are open (a stack, so "back" works),
//! where the reader is on each, the edition, the idle timer and the
//! quick-exit screen. No terminal here; [`super::update`] changes it and
//! [`super::view`] draws it.

use ratatui::layout::Rect;

use super::library::Layout;

/// One screen the reader can be on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    /// Welcome, and the languages in their own names.
    Start { selected: usize },
    /// The home menu.
    Home { selected: usize },
    /// A topic of the home menu: scrolled (guide) or stepped (easy-read).
    Topic(Reading),
    /// "Where does this come from?" for a page or a statement.
    Source {
        page: String,
        source: Option<crate::content::SourceRef>,
        scroll: usize,
    },
    /// Get help now.
    Help { scroll: usize },
    /// Words explained: the hard words, to choose one.
    Words { selected: usize },
    /// One hard word explained, with its picture (an index into the
    /// glossary).
    Word { entry: usize, scroll: usize },
    /// The hard words of the screen below, explained.
    HardWords { entries: Vec<usize>, scroll: usize },
    /// "How I like it" (see [`super::prefs`]).
    Prefs { selected: usize },
    /// Search (see [`super::search`]): the words typed, the hit chosen,
    /// and whether keys type into the words (else they choose a hit).
    Search {
        query: String,
        selected: usize,
        typing: bool,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    pub topic: usize,
    /// First line shown, in the guide edition.
    pub scroll: usize,
    /// Step shown, in the easy-read edition.
    pub step: usize,
    /// Lines scrolled within a step too tall for the window.
    pub step_scroll: usize,
    /// The guide's scroll just after switching to it from easy read: while
    /// it is unchanged, switching back returns to the same card.
    pub switched_at: Option<usize>,
}

impl Reading {
    pub fn new(topic: usize) -> Reading {
        Reading {
            topic,
            scroll: 0,
            step: 0,
            step_scroll: 0,
            switched_at: None,
        }
    }
}

// The actions are the key table's (keys.rs), so keys.rs needs nothing
// from here and the state does not depend on the update.
pub use super::keys::Action;

/// A clickable part of the last frame drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hotspot {
    pub area: Rect,
    pub action: Action,
}

/// The reader's own choices ("How I like it"). Forgotten at the idle
/// reset and at quick exit, so the next reader starts afresh and nothing
/// of them shows after leaving.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prefs {
    /// The read-aloud key works (and shows in the footer).
    pub speech: bool,
    /// Each statement or screen is read as it arrives.
    pub read_on_arrival: bool,
    /// A theme other than the one the kiosk started with.
    pub theme: Option<super::theme::ThemeName>,
    /// More space between lines.
    pub roomy: bool,
}

/// The idle timer of kiosk mode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Idle {
    /// Milliseconds without input before "Are you still there?"; `None`
    /// outside kiosk mode.
    pub limit_ms: Option<u64>,
    /// How long the countdown lasts.
    pub countdown_ms: u64,
    pub last_input_ms: u64,
    /// When the countdown started, while it shows.
    pub warning_since: Option<u64>,
    /// The seconds shown last, to redraw only when they change.
    pub shown_seconds: u64,
}

impl Idle {
    pub fn remaining_seconds(&self, now_ms: u64) -> u64 {
        match self.warning_since {
            Some(since) => {
                let left = self
                    .countdown_ms
                    .saturating_sub(now_ms.saturating_sub(since));
                left.div_ceil(1000)
            }
            None => self.countdown_ms.div_ceil(1000),
        }
    }
}

/// A key of the operator's exit sequence (kiosk mode).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperatorKeys {
    pub keys: Vec<super::keys::KeySpec>,
    pub progress: usize,
}

#[derive(Debug, Clone)]
pub struct App {
    pub stack: Vec<Screen>,
    pub edition: Layout,
    /// The edition chosen at start-up, restored by quick exit and idle reset.
    pub default_edition: Layout,
    pub kiosk: bool,
    pub roomy: bool,
    /// The terminal's size (columns, rows).
    pub size: (u16, u16),
    /// The quick-exit screen shows: nothing of the guide.
    pub neutral: bool,
    pub idle: Idle,
    /// Clickable parts of the last frame.
    pub hotspots: Vec<Hotspot>,
    /// Times of recent bare Shift presses (kitty keyboard protocol).
    pub shift_presses: Vec<u64>,
    pub operator: OperatorKeys,
    /// The language chosen (an index into the document's languages).
    pub language: usize,
    pub default_language: usize,
    pub quit: bool,
    /// The time of the last message, in milliseconds since start.
    pub now_ms: u64,
    pub prefs: Prefs,
    /// The choices the kiosk started with, restored by a reset.
    pub default_prefs: Prefs,
    /// Something can speak (espeak-ng or `--speech-command`).
    pub speech_available: bool,
    /// Reading aloud now.
    pub speaking: bool,
    /// A one-line note shown until the next key (a kiosk.ftl id).
    pub notice: Option<&'static str>,
    /// The note that speech is not set up has been shown (it is said once).
    pub told_no_speech: bool,
    /// The theme the kiosk started with (`--theme`, NO_COLOR, TERM).
    pub started_theme: super::theme::ThemeName,
}

impl App {
    pub fn new(edition: Layout, kiosk: bool, roomy: bool, size: (u16, u16)) -> App {
        App {
            stack: vec![Screen::Start { selected: 0 }],
            edition,
            default_edition: edition,
            kiosk,
            roomy,
            size,
            neutral: false,
            idle: Idle {
                limit_ms: None,
                countdown_ms: 15_000,
                last_input_ms: 0,
                warning_since: None,
                shown_seconds: 0,
            },
            hotspots: Vec::new(),
            shift_presses: Vec::new(),
            operator: OperatorKeys {
                keys: Vec::new(),
                progress: 0,
            },
            language: 0,
            default_language: 0,
            quit: false,
            now_ms: 0,
            prefs: Prefs {
                speech: true,
                read_on_arrival: false,
                theme: None,
                roomy,
            },
            default_prefs: Prefs {
                speech: true,
                read_on_arrival: false,
                theme: None,
                roomy,
            },
            speech_available: false,
            speaking: false,
            notice: None,
            told_no_speech: false,
            started_theme: super::theme::ThemeName::Default,
        }
    }

    pub fn screen(&self) -> &Screen {
        self.stack.last().expect("the stack always has a screen")
    }

    pub fn screen_mut(&mut self) -> &mut Screen {
        self.stack
            .last_mut()
            .expect("the stack always has a screen")
    }

    /// Whether the countdown of "Are you still there?" shows.
    pub fn idle_warning(&self) -> bool {
        self.idle.warning_since.is_some()
    }

    /// Sets the language the kiosk starts in (and returns to).
    pub fn set_default_language(&mut self, i: usize) {
        self.language = i;
        self.default_language = i;
        if let [Screen::Start { selected }] = self.stack.as_mut_slice() {
            *selected = i;
        }
    }

    /// Forgets everything: back to the start screen, nothing behind it.
    pub fn reset(&mut self) {
        self.stack = vec![Screen::Start {
            selected: self.default_language,
        }];
        self.edition = self.default_edition;
        self.prefs = self.default_prefs.clone();
        self.roomy = self.prefs.roomy;
        self.notice = None;
        self.idle.warning_since = None;
        self.shift_presses.clear();
        self.hotspots.clear();
    }

    /// Whether there is nothing to forget (the idle reset would do nothing).
    pub fn is_pristine(&self) -> bool {
        self.stack
            == [Screen::Start {
                selected: self.default_language,
            }]
            && self.edition == self.default_edition
            && self.language == self.default_language
            && self.prefs == self.default_prefs
            && !self.neutral
    }
}
