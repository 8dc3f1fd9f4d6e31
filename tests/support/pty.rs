//! The kiosk in a real pseudo-terminal, for the end-to-end tests: the
//! binary runs at 80x24, keys go in as a terminal sends them, and a vt100
//! parser reads the screen back. Every wait polls the screen for a marker
//! with a deadline; nothing sleeps and hopes.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

pub(crate) const DEADLINE: Duration = Duration::from_secs(20);

pub(crate) const ENTER: &str = "\r";
pub(crate) const RIGHT: &str = "\x1b[C";
pub(crate) const DOWN: &str = "\x1b[B";
pub(crate) const PAGE_DOWN: &str = "\x1b[6~";
pub(crate) const ESC: &str = "\x1b";
pub(crate) const UP: &str = "\x1b[A";
pub(crate) const END: &str = "\x1b[F";
pub(crate) const BACKSPACE: &str = "\x7f";
pub(crate) const F10: &str = "\x1b[21~";

pub(crate) struct Kiosk {
    pub parser: Arc<Mutex<vt100::Parser>>,
    /// The screen as it stood after the last whole frame (see [`Frames`]).
    pub settled: Arc<Mutex<String>>,
    /// Every byte the program wrote, for escape sequences the parser
    /// does not keep.
    pub raw: Arc<Mutex<Vec<u8>>>,
    pub writer: Arc<Mutex<Box<dyn Write + Send>>>,
    pub child: Box<dyn Child + Send + Sync>,
    pub master: Box<dyn MasterPty + Send>,
}

pub(crate) fn nz(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).expect("not zero")
}

impl Kiosk {
    pub(crate) fn spawn(args: &[&str], env: &[(&str, &str)]) -> Kiosk {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_careguide"));
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env("LC_ALL", "C");
        cmd.env_remove("LANG");
        cmd.env_remove("NO_COLOR");
        cmd.env_remove("ACCESSIBLE");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pty.slave.spawn_command(cmd).expect("careguide starts");
        drop(pty.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(nz(24), nz(80), 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let settled = Arc::new(Mutex::new(String::new()));
        let writer = Arc::new(Mutex::new(pty.master.take_writer().expect("writer")));
        let mut reader = pty.master.try_clone_reader().expect("reader");
        {
            let parser = Arc::clone(&parser);
            let writer = Arc::clone(&writer);
            let raw = Arc::clone(&raw);
            let settled = Arc::clone(&settled);
            thread::spawn(move || {
                let mut buf = [0u8; 8192];
                let mut frames = Frames::default();
                loop {
                    match reader.read(&mut buf) {
                        Ok(0) | Err(_) => break,
                        Ok(n) => {
                            let bytes = &buf[..n];
                            raw.lock().unwrap().extend_from_slice(bytes);
                            // Answer "what terminal are you?" as a plain
                            // xterm would (it does not speak the kitty
                            // keyboard protocol).
                            if let Some(screen) = frames.feed(&mut parser.lock().unwrap(), bytes) {
                                *settled.lock().unwrap() = screen;
                            }
                            if contains(bytes, b"\x1b[c") {
                                let mut w = writer.lock().unwrap();
                                let _ = w.write_all(b"\x1b[?62;22c");
                                let _ = w.flush();
                            }
                            // ... and "where is the cursor?".
                            if contains(bytes, b"\x1b[6n") {
                                let (row, col) = parser.lock().unwrap().screen().cursor_position();
                                let mut w = writer.lock().unwrap();
                                let _ = write!(w, "\x1b[{};{}R", row + 1, col + 1);
                                let _ = w.flush();
                            }
                        }
                    }
                }
            });
        }
        Kiosk {
            parser,
            settled,
            raw,
            writer,
            child,
            master: pty.master,
        }
    }

    pub(crate) fn send(&self, keys: &str) {
        let mut w = self.writer.lock().unwrap();
        w.write_all(keys.as_bytes()).expect("keys go in");
        w.flush().unwrap();
    }

    /// The screen after the last whole frame: never a new page under the
    /// old footer.
    pub(crate) fn screen(&self) -> String {
        self.settled.lock().unwrap().clone()
    }

    /// Waits until the screen satisfies `ok`.
    pub(crate) fn wait_until(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if ok(&s) {
                return s;
            }
            if start.elapsed() > DEADLINE {
                panic!("timed out waiting for {what}; the screen shows:\n{s}");
            }
            thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits until the program has written `bytes`.
    pub(crate) fn wait_for_bytes(&self, what: &str, bytes: &[u8]) {
        let start = Instant::now();
        while !contains(&self.raw.lock().unwrap(), bytes) {
            if start.elapsed() > DEADLINE {
                panic!("timed out waiting for {what}");
            }
            thread::sleep(Duration::from_millis(20));
        }
    }

    pub(crate) fn wait_for(&self, marker: &str) -> String {
        self.wait_until(&format!("`{marker}`"), |s| s.contains(marker))
    }

    /// Waits for the program to end; returns whether it did in time.
    pub(crate) fn wait_exit(&mut self) -> bool {
        let start = Instant::now();
        while start.elapsed() < DEADLINE {
            if let Ok(Some(_)) = self.child.try_wait() {
                // Let the reader take the last bytes.
                thread::sleep(Duration::from_millis(200));
                return true;
            }
            thread::sleep(Duration::from_millis(20));
        }
        false
    }

    pub(crate) fn signal(&self, sig: &str) {
        let pid = self.child.process_id().expect("a pid");
        let ok = std::process::Command::new("kill")
            .arg(format!("-{sig}"))
            .arg(pid.to_string())
            .status()
            .expect("kill runs")
            .success();
        assert!(ok);
    }

    pub(crate) fn resize(&self, cols: u16, rows: u16) {
        self.parser.lock().unwrap().set_size(nz(rows), nz(cols));
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("resize");
    }

    pub(crate) fn alive(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// Goes from the start screen to the home menu in English.
    pub(crate) fn to_home(&self) {
        self.wait_for("Choose your language");
        self.send(ENTER);
        self.wait_for("What would you like to read about?");
    }

    /// The terminal's line discipline, as `stty -a` reports it.
    pub(crate) fn stty(&self) -> String {
        let tty = self.master.tty_name().expect("a tty name");
        let out = std::process::Command::new("stty")
            .arg("-F")
            .arg(&tty)
            .arg("-a")
            .output()
            .expect("stty runs");
        String::from_utf8_lossy(&out.stdout).to_string()
    }
}

impl Drop for Kiosk {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

pub(crate) fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// Reads the kiosk's output frame by frame. Each frame is drawn between
/// the synchronized-update sequences (DEC mode 2026), and a read from the
/// terminal can end anywhere inside one: a screen taken then shows the new
/// page under the old footer, which no reader ever sees on a terminal that
/// knows the mode. Output outside a frame (the linear mode, the neutral
/// screen's wipe) counts as settled as soon as it is read.
#[derive(Default)]
pub(crate) struct Frames {
    in_frame: bool,
    /// The last bytes of the previous read, for a sequence split by it.
    tail: Vec<u8>,
}

impl Frames {
    const BEGIN: &'static [u8] = b"\x1b[?2026h";
    const END: &'static [u8] = b"\x1b[?2026l";

    /// Feeds `bytes` to `parser`; returns the screen as it stood at the
    /// last point in them where no frame was half drawn, if there was one.
    pub(crate) fn feed(&mut self, parser: &mut vt100::Parser, bytes: &[u8]) -> Option<String> {
        let mut joined = std::mem::take(&mut self.tail);
        let carried = joined.len();
        joined.extend_from_slice(bytes);
        let n = Self::BEGIN.len();
        let mut settled = None;
        let mut done = 0;
        for i in 0..joined.len().saturating_sub(n - 1) {
            let window = &joined[i..i + n];
            let begin = window == Self::BEGIN;
            if !begin && window != Self::END {
                continue;
            }
            // The tail is shorter than a sequence, so it ends in `bytes`.
            let end = i + n - carried;
            parser.process(&bytes[done..end]);
            done = end;
            self.in_frame = begin;
            if !begin {
                settled = Some(parser.screen().contents());
            }
        }
        parser.process(&bytes[done..]);
        if !self.in_frame {
            settled = Some(parser.screen().contents());
        }
        self.tail = joined[joined.len().saturating_sub(n - 1)..].to_vec();
        settled
    }
}
