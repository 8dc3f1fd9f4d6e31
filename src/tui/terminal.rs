//! The only part of the kiosk that touches the terminal: raw mode, the
//! alternate screen, mouse capture and the kitty keyboard protocol on the
//! way in; all of it undone on the way out, whether the way out is a key,
//! a signal, an error or a panic. Then the event loop: wait for input with
//! a timeout (for the idle reset and signals), update, and draw only when
//! something changed.
//!
//! Right to left: the kiosk reorders right-to-left lines itself (see
//! `view::text`), so while it shows a right-to-left language it asks the
//! terminal not to reorder them again: ESC [ 8 l puts VTE-based terminals
//! (GNOME Terminal, Tilix, ...) in BiDi "explicit" mode, and ESC [ 8 h
//! puts them back in their default "implicit" mode on the way out (see
//! the Terminal-WG BiDi recommendation). Terminals that do no BiDi ignore
//! both.
//!
//! Signals: SIGTERM and SIGHUP restore the terminal and exit cleanly, and
//! so does SIGUSR1 (the operator's way to stop a kiosk). SIGINT and
//! SIGQUIT close the guide outside kiosk mode and are ignored in it;
//! SIGTSTP is always ignored (a stopped full-screen program would leave
//! the terminal unusable). A watchdog thread ends the program if a stop
//! signal is not noticed within half a second: when the terminal itself
//! goes away, crossterm's reader can spin on its end of input and never
//! return to the event loop.

use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyboardEnhancementFlags,
    PopKeyboardEnhancementFlags, PushKeyboardEnhancementFlags,
};
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
    supports_keyboard_enhancement,
};
use ratatui::crossterm::{cursor, execute};

use super::library::Library;
use super::state::App;
use super::theme::Theme;
use super::update::{Msg, update};
use super::view;
use crate::diag::Diagnostic;
use crate::project::Project;

/// Whether the kitty keyboard flags were pushed (so restore pops them).
static KEYBOARD_PUSHED: AtomicBool = AtomicBool::new(false);
/// Whether the terminal is set up (so restore runs once).
static ACTIVE: AtomicBool = AtomicBool::new(false);
/// Whether the terminal's own BiDi reordering is switched off.
static BIDI_OFF: AtomicBool = AtomicBool::new(false);

/// BDSM reset: the terminal shows characters in the order they are sent
/// (explicit mode), for text the kiosk has already reordered.
pub const TERMINAL_BIDI_OFF: &str = "\x1b[8l";
/// BDSM set: the terminal's own reordering again (implicit mode, VTE's
/// default).
pub const TERMINAL_BIDI_ON: &str = "\x1b[8h";

/// Switches the terminal's own BiDi reordering off for right-to-left
/// text, and back on for left-to-right text, when it is not already so.
pub fn set_terminal_bidi(out: &mut impl Write, rtl: bool) -> io::Result<()> {
    if BIDI_OFF.swap(rtl, Ordering::SeqCst) != rtl {
        out.write_all(
            if rtl {
                TERMINAL_BIDI_OFF
            } else {
                TERMINAL_BIDI_ON
            }
            .as_bytes(),
        )?;
        out.flush()?;
    }
    Ok(())
}

/// How long to wait for input before checking signals and the clock.
const POLL: Duration = Duration::from_millis(100);

/// Erases the screen and the scrollback and homes the cursor: no trace
/// of the previous reader above or on the screen.
pub const WIPE: &str = "\x1b[H\x1b[2J\x1b[3J";

/// Wipes the terminal and makes ratatui draw everything again, without
/// asking the terminal anything. (`Terminal::clear` in ratatui-core 0.1.2
/// asks for the cursor position, and a reply lost in the reader's input,
/// say after an unfinished `ESC [` typed as Alt+[, is an error that would
/// end the kiosk: ratatui issue #2691. `resize` to the same size resets
/// the back buffer and queries nothing.)
fn wipe(terminal: &mut Terminal<CrosstermBackend<io::Stdout>>) -> io::Result<()> {
    let size = terminal.size()?;
    terminal.resize(ratatui::layout::Rect::new(0, 0, size.width, size.height))?;
    let out = terminal.backend_mut();
    out.write_all(WIPE.as_bytes())?;
    out.flush()
}

fn io_error(e: io::Error) -> Diagnostic {
    Diagnostic::error(format!("the terminal stopped working: {e}"))
        .with_code("terminal")
        .with_help("try `careguide --screen-reader`, which needs no full-screen terminal")
}

/// Puts the terminal back as it was: raw mode off, keyboard flags popped,
/// mouse released, main screen back, cursor shown. Safe to call twice
/// and from a panic hook.
pub fn restore() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let mut out = io::stdout();
    if KEYBOARD_PUSHED.swap(false, Ordering::SeqCst) {
        let _ = execute!(out, PopKeyboardEnhancementFlags);
    }
    let _ = set_terminal_bidi(&mut out, false);
    let _ = execute!(out, DisableMouseCapture, LeaveAlternateScreen, cursor::Show);
    let _ = disable_raw_mode();
    let _ = out.flush();
}

/// Restores the terminal when dropped, so every `?` and return path does.
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

fn set_up() -> io::Result<Guard> {
    enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    let guard = Guard;
    let mut out = io::stdout();
    execute!(out, EnterAlternateScreen, EnableMouseCapture, cursor::Hide)?;
    // With the kitty keyboard protocol a bare Shift press is reported, so
    // Shift three times can be a quick exit.
    if supports_keyboard_enhancement().unwrap_or(false) {
        execute!(
            out,
            PushKeyboardEnhancementFlags(
                KeyboardEnhancementFlags::DISAMBIGUATE_ESCAPE_CODES
                    | KeyboardEnhancementFlags::REPORT_ALL_KEYS_AS_ESCAPE_CODES
                    | KeyboardEnhancementFlags::REPORT_EVENT_TYPES
            )
        )?;
        KEYBOARD_PUSHED.store(true, Ordering::SeqCst);
    }
    Ok(guard)
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

struct Signals {
    /// SIGTERM, SIGHUP, SIGUSR1: leave now.
    stop: Arc<AtomicBool>,
    /// SIGINT, SIGQUIT: leave, unless in kiosk mode.
    interrupt: Arc<AtomicBool>,
    /// SIGTSTP: registered only so the default action (stop) never runs.
    _suspend: Arc<AtomicBool>,
}

fn register_signals() -> io::Result<Signals> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP, SIGUSR1};
    use signal_hook::flag::register;
    let stop = Arc::new(AtomicBool::new(false));
    let interrupt = Arc::new(AtomicBool::new(false));
    let suspend = Arc::new(AtomicBool::new(false));
    for s in [SIGTERM, SIGHUP, SIGUSR1] {
        register(s, Arc::clone(&stop))?;
    }
    for s in [SIGINT, SIGQUIT] {
        register(s, Arc::clone(&interrupt))?;
    }
    register(SIGTSTP, Arc::clone(&suspend))?;
    Ok(Signals {
        stop,
        interrupt,
        _suspend: suspend,
    })
}

/// How long the event loop has to notice a stop signal before the
/// watchdog ends the program itself.
const STOP_GRACE: Duration = Duration::from_millis(500);

/// Ends the program when a stop signal is not noticed in time. When the
/// terminal goes away (its window closed, the SSH connection dropped) the
/// kernel sends SIGHUP, but crossterm's reader may be spinning on the
/// closed terminal's end of input and never return to the event loop, so
/// the program would run on unseen, using a core. This thread restores
/// what can be restored and exits.
fn watch_for_stop(stop: Arc<AtomicBool>) {
    std::thread::spawn(move || {
        while !stop.load(Ordering::SeqCst) {
            std::thread::sleep(POLL);
        }
        std::thread::sleep(STOP_GRACE);
        restore();
        std::process::exit(0);
    });
}

pub fn run(
    project: &Project,
    mut lib: Library,
    mut app: App,
    theme: Theme,
) -> Result<(), Diagnostic> {
    let signals = register_signals().map_err(io_error)?;
    watch_for_stop(Arc::clone(&signals.stop));
    install_panic_hook();
    let _guard = set_up().map_err(io_error)?;
    set_terminal_bidi(&mut io::stdout(), lib.dir() == crate::i18n::Direction::Rtl)
        .map_err(io_error)?;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout())).map_err(io_error)?;
    wipe(&mut terminal).map_err(io_error)?;
    let size = terminal.size().map_err(io_error)?;
    app.size = (size.width, size.height);
    let start = Instant::now();
    let now = || start.elapsed().as_millis() as u64;
    app.idle.last_input_ms = now();
    let mut dirty = true;
    let mut clear = false;
    loop {
        if signals.stop.load(Ordering::SeqCst) {
            break;
        }
        if signals.interrupt.swap(false, Ordering::SeqCst) && !app.kiosk {
            break;
        }
        if app.quit {
            break;
        }
        if dirty {
            if clear {
                wipe(&mut terminal).map_err(io_error)?;
                clear = false;
            }
            let mut drawn = view::Drawn::default();
            terminal
                .draw(|f| drawn = view::draw(f, &app, &lib, &theme))
                .map_err(io_error)?;
            app.hotspots = drawn.hotspots;
            dirty = false;
        }
        let msg = if event::poll(POLL).map_err(io_error)? {
            match event::read().map_err(io_error)? {
                Event::Key(k) => Some(Msg::Key(k)),
                Event::Mouse(m) => Some(Msg::Mouse(m)),
                Event::Resize(w, h) => Some(Msg::Resize(w, h)),
                _ => None,
            }
        } else {
            Some(Msg::Tick)
        };
        let Some(msg) = msg else { continue };
        let effect = update(&mut app, &lib, msg, now());
        if let Some(i) = effect.language
            && let Some(l) = super::library_for(project, &lib, i)
        {
            lib = l;
            set_terminal_bidi(
                terminal.backend_mut(),
                lib.dir() == crate::i18n::Direction::Rtl,
            )
            .map_err(io_error)?;
            // Everything is drawn again in the new direction.
            clear = true;
            dirty = true;
        }
        dirty |= effect.redraw;
        clear |= effect.clear;
    }
    drop(terminal);
    restore();
    if app.neutral {
        // Quick exit outside kiosk mode: the program ends and leaves the
        // terminal blank, its scrollback cleared, nothing of the guide.
        let mut out = io::stdout();
        let _ = out.write_all(WIPE.as_bytes());
        let _ = out.flush();
    }
    Ok(())
}
