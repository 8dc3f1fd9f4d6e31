//! The safety matrix: every promise of the kiosk in every presentation,
//! driven as a reader would drive it.
//!
//! Promises: help is one key away (on the reader's own keyboard layout),
//! quick exit hides the guide and it stays hidden, the keys that leave a
//! program are ignored in a kiosk, the idle reset forgets the last
//! reader, and nothing is written to disk.
//! Presentations: full screen in a PTY, linear (`--screen-reader`) in a
//! PTY, and linear through pipes. Modes: browse and kiosk. Languages:
//! en-GB, ar and uk.
//!
//! Every wait polls for a condition with a generous deadline.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};

mod support;
use support::pty::Frames;

const DEADLINE: Duration = Duration::from_secs(30);

#[derive(Debug, Clone, Copy, PartialEq)]
enum Shown {
    Full,
    LinearPty,
    Piped,
}

struct Session {
    shown: Shown,
    raw: Arc<Mutex<Vec<u8>>>,
    /// The screen after the last whole frame (full screen only).
    screen: Arc<Mutex<String>>,
    writer: Arc<Mutex<Box<dyn Write + Send>>>,
    child: Box<dyn FnMut() -> Option<bool> + Send>,
    kill: Box<dyn FnMut() + Send>,
    mark: usize,
    _home: tempfile::TempDir,
}

fn nz(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).unwrap()
}

/// The start of a fresh, empty home and working folder for the child,
/// so anything it wrote would be found there.
fn home() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary folder")
}

fn pump(
    mut reader: Box<dyn Read + Send>,
    session: (&Arc<Mutex<Vec<u8>>>, &Arc<Mutex<String>>),
    answer: Option<Arc<Mutex<Box<dyn Write + Send>>>>,
) {
    let raw = Arc::clone(session.0);
    let screen = Arc::clone(session.1);
    thread::spawn(move || {
        let mut buf = [0u8; 8192];
        let mut parser = vt100::Parser::new(nz(24), nz(80), 0);
        let mut frames = Frames::default();
        loop {
            match reader.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    let bytes = &buf[..n];
                    raw.lock().unwrap().extend_from_slice(bytes);
                    if let Some(now) = frames.feed(&mut parser, bytes) {
                        *screen.lock().unwrap() = now;
                    }
                    // A plain xterm answers "what are you?".
                    if let Some(w) = &answer
                        && bytes.windows(3).any(|x| x == b"\x1b[c")
                    {
                        let mut w = w.lock().unwrap();
                        let _ = w.write_all(b"\x1b[?62;22c");
                        let _ = w.flush();
                    }
                }
            }
        }
    });
}

impl Session {
    fn start(shown: Shown, kiosk: bool, lang: &str) -> Session {
        let home = home();
        let mut args: Vec<String> = vec![if kiosk { "kiosk" } else { "browse" }.into()];
        args.extend(["--lang".into(), lang.into()]);
        if kiosk {
            args.extend(["--idle-seconds".into(), "2".into()]);
        }
        if shown == Shown::LinearPty {
            args.push("--screen-reader".into());
        }
        let env = [
            ("HOME", home.path().to_str().unwrap().to_string()),
            ("XDG_CONFIG_HOME", home.path().to_str().unwrap().to_string()),
            ("XDG_DATA_HOME", home.path().to_str().unwrap().to_string()),
            ("XDG_STATE_HOME", home.path().to_str().unwrap().to_string()),
            ("XDG_CACHE_HOME", home.path().to_str().unwrap().to_string()),
            ("TMPDIR", home.path().to_str().unwrap().to_string()),
            ("CAREGUIDE_IDLE_COUNTDOWN", "1".to_string()),
            ("TERM", "xterm-256color".to_string()),
            ("LC_ALL", "C".to_string()),
        ];
        let raw = Arc::new(Mutex::new(Vec::new()));
        let screen = Arc::new(Mutex::new(String::new()));
        if shown == Shown::Piped {
            let mut cmd = Command::new(env!("CARGO_BIN_EXE_careguide"));
            cmd.args(&args)
                .current_dir(home.path())
                .env_remove("LANG")
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::null());
            for (k, v) in &env {
                cmd.env(k, v);
            }
            let mut child = cmd.spawn().expect("careguide starts");
            let stdin: Box<dyn Write + Send> = Box::new(child.stdin.take().unwrap());
            let stdout: Box<dyn Read + Send> = Box::new(child.stdout.take().unwrap());
            pump(stdout, (&raw, &screen), None);
            let child = Arc::new(Mutex::new(child));
            let c2 = Arc::clone(&child);
            return Session {
                shown,
                raw,
                screen,
                writer: Arc::new(Mutex::new(stdin)),
                child: Box::new(move || child.lock().unwrap().try_wait().ok().map(|s| s.is_none())),
                kill: Box::new(move || {
                    let _ = c2.lock().unwrap().kill();
                }),
                mark: 0,
                _home: home,
            };
        }
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_careguide"));
        cmd.args(&args);
        cmd.cwd(home.path());
        cmd.env_remove("LANG");
        for (k, v) in &env {
            cmd.env(k, v);
        }
        let child = pty.slave.spawn_command(cmd).expect("careguide starts");
        drop(pty.slave);
        let writer = Arc::new(Mutex::new(pty.master.take_writer().unwrap()));
        pump(
            pty.master.try_clone_reader().unwrap(),
            (&raw, &screen),
            Some(Arc::clone(&writer)),
        );
        let child: Arc<Mutex<Box<dyn Child + Send + Sync>>> = Arc::new(Mutex::new(child));
        let c2 = Arc::clone(&child);
        let master = Arc::new(Mutex::new(pty.master));
        Session {
            shown,
            raw,
            screen,
            writer,
            child: Box::new(move || {
                let _keep = &master;
                child.lock().unwrap().try_wait().ok().map(|s| s.is_none())
            }),
            kill: Box::new(move || {
                let _ = c2.lock().unwrap().kill();
            }),
            mark: 0,
            _home: home,
        }
    }

    fn send(&self, s: &str) {
        let mut w = self.writer.lock().unwrap();
        w.write_all(s.as_bytes()).unwrap();
        w.flush().unwrap();
    }

    /// A typed answer: a key in full screen, a line in linear mode.
    fn answer(&self, s: &str) {
        match self.shown {
            Shown::Full => self.send(s),
            _ => self.send(&format!("{s}\n")),
        }
    }

    /// What a reader sees now: the screen in full screen, everything
    /// printed since the mark in linear mode.
    fn seen(&self) -> String {
        match self.shown {
            Shown::Full => self.screen.lock().unwrap().clone(),
            _ => String::from_utf8_lossy(&self.raw.lock().unwrap()[self.mark..]).to_string(),
        }
    }

    fn mark(&mut self) {
        self.mark = self.raw.lock().unwrap().len();
    }

    /// Waits until the program has written nothing for 300 ms, so that a
    /// screen found by its first lines is also whole before a mark (in the
    /// piped mode its last lines can come a moment later, and would be
    /// read as shown after the mark).
    fn settle(&self) {
        let start = Instant::now();
        let mut len = self.raw.lock().unwrap().len();
        while start.elapsed() < DEADLINE {
            thread::sleep(Duration::from_millis(300));
            let now = self.raw.lock().unwrap().len();
            if now == len {
                return;
            }
            len = now;
        }
    }

    fn raw_since_mark(&self) -> Vec<u8> {
        self.raw.lock().unwrap()[self.mark..].to_vec()
    }

    fn wait(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let s = self.seen();
            if ok(&s) {
                return s;
            }
            assert!(
                start.elapsed() < DEADLINE,
                "{:?}: timed out waiting for {what}; seen:\n{s}",
                self.shown
            );
            thread::sleep(Duration::from_millis(30));
        }
    }

    fn alive(&mut self) -> bool {
        (self.child)().unwrap_or(false)
    }

    fn wait_exit(&mut self) -> bool {
        let start = Instant::now();
        while start.elapsed() < DEADLINE {
            if !self.alive() {
                thread::sleep(Duration::from_millis(200));
                return true;
            }
            thread::sleep(Duration::from_millis(30));
        }
        false
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        (self.kill)();
    }
}

/// The H key on the reader's layout, and the X key.
fn keys_for(lang: &str) -> (&'static str, &'static str) {
    match lang {
        "uk" => ("р", "ч"),
        "ar" => ("ا", "ء"),
        _ => ("h", "x"),
    }
}

/// The neutral screen's title as it reaches the screen: in visual order
/// in full screen (right to left reversed), as written in linear mode.
fn neutral_title(lang: &str, shown: Shown) -> String {
    let ftl = std::fs::read_to_string(format!(
        "{}/locales/{lang}/kiosk.ftl",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let title = ftl
        .lines()
        .find_map(|l| l.strip_prefix("kiosk-neutral-title = "))
        .unwrap()
        .trim()
        .to_string();
    if lang == "ar" && shown == Shown::Full {
        title.chars().rev().collect()
    } else {
        title
    }
}

const HELP: &str = "0800 1111";

/// Nothing of the guide: no help numbers, no keys, no menu numbers.
fn hidden(s: &str) -> bool {
    !["0800", "999", "F1", "F12", "English", "1."]
        .iter()
        .any(|w| s.contains(w))
}

fn start_screen(s: &str) -> bool {
    s.contains("English")
}

fn check(shown: Shown, kiosk: bool, lang: &str) {
    let what = format!(
        "{shown:?} {} {lang}",
        if kiosk { "kiosk" } else { "browse" }
    );
    let (h, x) = keys_for(lang);
    let mut s = Session::start(shown, kiosk, lang);
    s.wait(&format!("{what}: the start screen"), start_screen);
    // Into the home menu: the first choice (the language read).
    let choose_own = match shown {
        Shown::Full => "\r".to_string(),
        _ => {
            let seen = s.seen();
            // The number of this language's line on the start screen.
            seen.lines()
                .find(|l| {
                    l.ends_with(". English") && lang == "en-GB"
                        || l.contains("العربية") && lang == "ar"
                        || l.contains("Українська") && lang == "uk"
                })
                .and_then(|l| l.split('.').next())
                .map(|n| n.trim().to_string())
                .unwrap_or_else(|| "1".to_string())
        }
    };
    s.mark();
    s.answer(&choose_own);
    s.wait(&format!("{what}: the home menu"), |t| {
        t.len() > 200 && !start_screen(t) || shown == Shown::Full && t.contains("2")
    });
    // Promise: help is one key away, on the reader's own layout.
    s.mark();
    s.answer(h);
    s.wait(&format!("{what}: help with its numbers"), |t| {
        t.contains(HELP) && t.contains("0800 528 0731") && t.contains("999")
    });
    if kiosk {
        // Promise: the keys that end a program are ignored.
        for k in ["\x03", "\x1a", "\x1c", "\x04"] {
            s.send(k);
        }
        s.answer("q");
        thread::sleep(Duration::from_millis(500));
        assert!(s.alive(), "{what}: the kiosk was left");
    }
    // Promise: quick exit hides everything (and stays hidden in a kiosk).
    s.settle();
    s.mark();
    s.answer(x);
    let title = neutral_title(lang, shown);
    if kiosk {
        let t = s.wait(&format!("{what}: the neutral screen"), |t| {
            t.contains(&title)
        });
        assert!(hidden(&t), "{what}: the guide shows after quick exit:\n{t}");
        if shown != Shown::Piped {
            assert!(
                s.raw_since_mark().windows(4).any(|w| w == b"\x1b[3J"),
                "{what}: the scrollback is not cleared"
            );
        }
        s.mark();
        for k in ["\r", h, "1", "\x1b", " "] {
            s.answer(k);
        }
        thread::sleep(Duration::from_millis(300));
        let t = s.seen();
        assert!(hidden(&t), "{what}: a key brought the guide back:\n{t}");
        // Promise: the idle reset brings the start screen for the next
        // reader, and nothing of the last one.
        let t = s.wait(&format!("{what}: the idle reset"), start_screen);
        assert!(!t.contains(HELP), "{what}: {t}");
        // Then, from a page: "Are you still there?", then the start.
        s.answer(&choose_own);
        s.wait(&format!("{what}: home again"), |t| {
            !start_screen(t.rsplit("English").next().unwrap_or("")) || t.len() > 200
        });
        s.mark();
        s.answer(h);
        s.wait(&format!("{what}: help again"), |t| t.contains(HELP));
        s.mark();
        let t = s.wait(&format!("{what}: the idle reset from help"), |t| {
            start_screen(t) && !t.contains(HELP)
        });
        if shown != Shown::Piped {
            assert!(
                s.raw_since_mark().windows(4).any(|w| w == b"\x1b[3J"),
                "{what}: the idle reset leaves the scrollback: {t}"
            );
        }
        assert!(s.alive(), "{what}: the kiosk ended");
    } else {
        // A child's own computer: the program ends, the terminal blank.
        assert!(s.wait_exit(), "{what}: quick exit did not end the program");
        let after = String::from_utf8_lossy(&s.raw_since_mark()).to_string();
        assert!(hidden(&after) && !after.contains(&title), "{what}: {after}");
        if shown == Shown::Full {
            assert!(s.seen().trim().is_empty(), "{what}: {}", s.seen());
        }
    }
    // Promise: nothing written to disk.
    let written: Vec<_> = std::fs::read_dir(s._home.path()).unwrap().collect();
    assert!(written.is_empty(), "{what}: wrote {written:?}");
}

#[test]
fn every_promise_in_every_presentation_mode_and_language() {
    // The combinations run a few at a time, so the matrix stays quick on
    // two cores and each one still has time to spare.
    let mut cases = Vec::new();
    for shown in [Shown::Full, Shown::LinearPty, Shown::Piped] {
        for kiosk in [false, true] {
            for lang in ["en-GB", "ar", "uk"] {
                cases.push((shown, kiosk, lang));
            }
        }
    }
    for chunk in cases.chunks(6) {
        let handles: Vec<_> = chunk
            .iter()
            .map(|&(shown, kiosk, lang)| thread::spawn(move || check(shown, kiosk, lang)))
            .collect();
        let mut failed = Vec::new();
        for (h, case) in handles.into_iter().zip(chunk) {
            if let Err(e) = h.join() {
                let msg = e
                    .downcast_ref::<String>()
                    .cloned()
                    .unwrap_or_else(|| format!("{case:?}"));
                failed.push(msg);
            }
        }
        assert!(failed.is_empty(), "{}", failed.join("\n\n"));
    }
}
