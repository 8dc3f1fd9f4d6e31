//! The only part of the kiosk that touches the terminal: raw mode, the
//! alternate screen, mouse capture and the kitty keyboard protocol on the
//! way in; all of it undone on the way out, whether the way out is a key,
//! a signal, an error or a panic. Then the event loop: wait for input with
//! a timeout (for the idle reset and signals), update, and draw only when
//! something changed. The bytes are read on a thread of their own and
//! turned into keys by [`super::input`] (not crossterm's reader), and
//! nothing on the way asks the terminal a question whose lost answer
//! could end the kiosk.
//!
//! Right to left: the kiosk lays out every line in visual order itself
//! (see `layout::text`), so for the whole session it asks the terminal not
//! to reorder them again: ESC [ 8 l puts VTE-based terminals
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
//! goes away, a read can hang and never return to the event loop.

use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{
    DisableMouseCapture, EnableMouseCapture, KeyboardEnhancementFlags, PopKeyboardEnhancementFlags,
    PushKeyboardEnhancementFlags,
};
use ratatui::crossterm::terminal::{
    BeginSynchronizedUpdate, EndSynchronizedUpdate, EnterAlternateScreen, LeaveAlternateScreen,
    disable_raw_mode, enable_raw_mode, supports_keyboard_enhancement,
};
use ratatui::crossterm::{cursor, execute};

use super::input::Parser;
use super::library::Library;
use super::speak::Speech;
use super::speaker::Speaker;
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
/// How long the rest of an escape sequence may take to arrive; after it,
/// what came is the keys typed (Esc, Alt and a key). Terminals send a
/// sequence in one write; a person types no faster than this.
const ESC_WAIT: Duration = Duration::from_millis(60);

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
    // Whatever the way out, nothing goes on speaking.
    super::speaker::silence();
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let mut out = io::stdout();
    // A frame cut off by a signal or a panic must not leave the terminal
    // holding back what comes after it.
    let _ = execute!(out, EndSynchronizedUpdate);
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
                    | KeyboardEnhancementFlags::REPORT_ALTERNATE_KEYS
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

/// Kiosk mode in linear mode: SIGINT, SIGQUIT and SIGTSTP (Ctrl-C,
/// Ctrl-\\, Ctrl-Z on a terminal that is not raw) do nothing. A flag is
/// registered for each, so their default action (end, stop) never runs.
pub fn ignore_leaving_signals() {
    use signal_hook::consts::{SIGINT, SIGQUIT, SIGTSTP};
    let ignored = Arc::new(AtomicBool::new(false));
    for s in [SIGINT, SIGQUIT, SIGTSTP] {
        let _ = signal_hook::flag::register(s, Arc::clone(&ignored));
    }
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

/// Loads another language when the effect asks; returns whether it did
/// (everything is then drawn again, in the new direction).
fn apply_effect(
    project: &Project,
    lib: &mut Library,
    effect: super::update::Effect,
) -> Result<bool, Diagnostic> {
    let Some(i) = effect.language else {
        return Ok(false);
    };
    let Some(l) = super::library_for(project, lib, i) else {
        return Ok(false);
    };
    *lib = l;
    Ok(true)
}

/// Reads the terminal's bytes on a thread of its own, so the event loop
/// can wait with a timeout. A read error is retried (an interrupted or
/// momentarily failing read must not end a kiosk); the end of input (the
/// terminal hung up) closes the channel.
fn spawn_reader() -> io::Result<mpsc::Receiver<Vec<u8>>> {
    use std::io::{IsTerminal, Read};
    let mut input: Box<dyn Read + Send> = if io::stdin().is_terminal() {
        Box::new(io::stdin())
    } else {
        Box::new(std::fs::File::open("/dev/tty")?)
    };
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        let mut failures = 0u32;
        loop {
            match input.read(&mut buf) {
                Ok(0) => return,
                Ok(n) => {
                    failures = 0;
                    if tx.send(buf[..n].to_vec()).is_err() {
                        return;
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(_) => {
                    failures = failures.saturating_add(1);
                    std::thread::sleep(Duration::from_millis(u64::from(failures.min(10)) * 20));
                }
            }
        }
    });
    Ok(rx)
}

/// Starts or stops reading aloud as the state asks, once any change of
/// language is loaded (so the new language is read).
fn speak(app: &mut App, lib: &Library, speaker: Option<&mut Speaker>, what: Option<Speech>) {
    let Some(speaker) = speaker else {
        app.speaking = false;
        return;
    };
    match what {
        Some(Speech::Read) => match super::speak::utterance(app, lib) {
            Some(u) => speaker.say(u),
            None => {
                speaker.stop();
                app.speaking = false;
            }
        },
        Some(Speech::Stop) => speaker.stop(),
        None => {}
    }
}

pub fn run(
    project: &Project,
    mut lib: Library,
    app: &mut App,
    theme: Theme,
    mut speaker: Option<Speaker>,
) -> Result<(), Diagnostic> {
    let signals = register_signals().map_err(io_error)?;
    watch_for_stop(Arc::clone(&signals.stop));
    install_panic_hook();
    let _guard = set_up().map_err(io_error)?;
    // One bidi rule: the kiosk lays out every line in visual order itself
    // (right-to-left words on a left-to-right screen too), so the
    // terminal's own reordering is off for the whole session.
    set_terminal_bidi(&mut io::stdout(), true).map_err(io_error)?;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout())).map_err(io_error)?;
    wipe(&mut terminal).map_err(io_error)?;
    let size = terminal.size().map_err(io_error)?;
    app.size = (size.width, size.height);
    let start = Instant::now();
    let now = || start.elapsed().as_millis() as u64;
    app.idle.last_input_ms = now();
    let mut dirty = true;
    let mut clear = false;
    let bytes = spawn_reader().map_err(io_error)?;
    let resized = Arc::new(AtomicBool::new(false));
    signal_hook::flag::register(signal_hook::consts::SIGWINCH, Arc::clone(&resized))
        .map_err(io_error)?;
    let mut parser = Parser::default();
    let mut last_tick = 0u64;
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
            // One frame is one synchronized update (DEC mode 2026): a
            // terminal that knows it shows the frame whole, never the new
            // page under the old footer; others ignore the two sequences.
            execute!(terminal.backend_mut(), BeginSynchronizedUpdate).map_err(io_error)?;
            if clear {
                wipe(&mut terminal).map_err(io_error)?;
                clear = false;
            }
            let mut drawn = view::Drawn::default();
            // The reader's colours from "How I like it", else the kiosk's.
            let theme = match app.prefs.theme {
                Some(t) if t != theme.name => Theme::new(t),
                _ => theme,
            };
            terminal
                .draw(|f| drawn = view::draw(f, app, &lib, &theme))
                .map_err(io_error)?;
            execute!(terminal.backend_mut(), EndSynchronizedUpdate).map_err(io_error)?;
            app.hotspots = drawn.hotspots;
            dirty = false;
        }
        // Wait for bytes; an unfinished sequence waits only ESC_WAIT for
        // its rest, then is the keys typed.
        let wait = if parser.pending() { ESC_WAIT } else { POLL };
        let mut msgs: Vec<Msg> = Vec::new();
        match bytes.recv_timeout(wait) {
            Ok(b) => {
                parser.feed(&b);
                msgs.extend(std::iter::from_fn(|| parser.next_msg()));
            }
            Err(mpsc::RecvTimeoutError::Timeout) => msgs.extend(parser.flush()),
            // The terminal is gone (hung up): nobody to show anything to.
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        }
        if resized.swap(false, Ordering::SeqCst)
            && let Ok((w, h)) = ratatui::crossterm::terminal::size()
        {
            msgs.push(Msg::Resize(w, h));
        }
        if now().saturating_sub(last_tick) >= POLL.as_millis() as u64 {
            last_tick = now();
            msgs.push(Msg::Tick);
        }
        if app.speaking && !speaker.as_ref().is_some_and(Speaker::busy) {
            msgs.push(Msg::SpeechEnded);
        }
        for msg in msgs {
            let effect = update(app, &lib, msg, now());
            if apply_effect(project, &mut lib, effect)? {
                clear = true;
                dirty = true;
            }
            speak(app, &lib, speaker.as_mut(), effect.speech);
            dirty |= effect.redraw;
            clear |= effect.clear;
        }
    }
    drop(terminal);
    drop(speaker);
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
