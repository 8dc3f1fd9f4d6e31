//! The kiosk in a real pseudo-terminal, against `less` opening the guide's
//! plain text in the same harness (the start-up baseline).
//!
//! `cargo bench --bench kiosk` builds nothing itself: it runs the release
//! binary (`cargo build --release` first) at 80x24 and measures
//! - start to first complete frame (the start screen is on the screen),
//! - key press to finished frame, median and p99 over many keys,
//! - peak resident memory (VmHWM) of the kiosk process.
//!
//! Budgets (issue 3): first frame <= 30 ms, key to frame p99 <= 2 ms,
//! peak RSS <= 20 MiB. PTY round trips are included, so the figures are
//! upper bounds on the program's own time.

use std::io::{Read, Write};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

struct Term {
    child: Box<dyn portable_pty::Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    rx: mpsc::Receiver<Vec<u8>>,
    parser: vt100::Parser,
}

impl Term {
    fn spawn(cmd: CommandBuilder) -> Term {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("pty");
        let child = pty.slave.spawn_command(cmd).expect("spawn");
        let mut reader = pty.master.try_clone_reader().expect("reader");
        let writer = pty.master.take_writer().expect("writer");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 65536];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        std::mem::forget(pty.master); // keep the terminal open while the child runs
        Term {
            child,
            writer,
            rx,
            parser: vt100::Parser::new(24.try_into().unwrap(), 80.try_into().unwrap(), 0),
        }
    }

    /// Reads output until `done(screen)` holds; returns the time it took.
    fn until(&mut self, start: Instant, done: impl Fn(&str) -> bool) -> Duration {
        let deadline = start + Duration::from_secs(20);
        loop {
            if done(&self.parser.screen().contents()) {
                return start.elapsed();
            }
            match self.rx.recv_timeout(Duration::from_millis(1)) {
                Ok(bytes) => {
                    self.parser.process(&bytes);
                    self.answer(&bytes);
                }
                Err(_) => assert!(
                    Instant::now() < deadline,
                    "timed out; screen:\n{}",
                    self.parser.screen().contents()
                ),
            }
        }
    }

    /// Answers the terminal queries a real xterm would (crossterm asks
    /// for the device attributes and the cursor position at start-up),
    /// as the kiosk's PTY tests do.
    fn answer(&mut self, bytes: &[u8]) {
        let has = |pat: &[u8]| bytes.windows(pat.len()).any(|w| w == pat);
        if has(b"\x1b[c") {
            let _ = self.writer.write_all(b"\x1b[?62;22c");
        }
        if has(b"\x1b[6n") {
            let (row, col) = self.parser.screen().cursor_position();
            let _ = write!(self.writer, "\x1b[{};{}R", row + 1, col + 1);
        }
        let _ = self.writer.flush();
    }

    fn peak_rss_kib(&self) -> u64 {
        let pid = self.child.process_id().unwrap_or(0);
        std::fs::read_to_string(format!("/proc/{pid}/status"))
            .unwrap_or_default()
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0)
    }
}

impl Drop for Term {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

fn percentile(v: &mut [Duration], p: f64) -> Duration {
    v.sort();
    v[((v.len() as f64 - 1.0) * p).round() as usize]
}

fn main() {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let exe = root.join("target/release/careguide");
    assert!(exe.exists(), "run `cargo build --release` first");
    let text = std::env::temp_dir().join("careguide-bench-guide.txt");
    let status = std::process::Command::new(&exe)
        .args(["build", "--out"])
        .arg(std::env::temp_dir().join("careguide-bench-dist"))
        .args(["--format", "text", "--lang", "en-GB", "--edition", "guide"])
        .current_dir("/")
        .status()
        .unwrap();
    assert!(status.success());
    std::fs::copy(
        std::env::temp_dir().join("careguide-bench-dist/text/en-GB/guide.txt"),
        &text,
    )
    .unwrap();

    let runs = 20;
    let mut less_times = Vec::new();
    let mut kiosk_times = Vec::new();
    for _ in 0..runs {
        let mut cmd = CommandBuilder::new("less");
        cmd.arg(&text);
        cmd.env("TERM", "xterm-256color");
        let t = Instant::now();
        let mut term = Term::spawn(cmd);
        less_times.push(term.until(t, |s| s.contains("An illustrated guide")));

        let mut cmd = CommandBuilder::new(&exe);
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "en_GB.UTF-8");
        cmd.cwd("/");
        let t = Instant::now();
        let mut term = Term::spawn(cmd);
        kiosk_times.push(term.until(t, |s| s.contains("English") && s.contains("h ")));
    }
    let less = percentile(&mut less_times, 0.5);
    let first = percentile(&mut kiosk_times, 0.5);

    // Key to frame on the home menu: down and up, each must change the screen.
    let mut cmd = CommandBuilder::new(&exe);
    cmd.env("TERM", "xterm-256color");
    cmd.env("LANG", "en_GB.UTF-8");
    cmd.cwd("/");
    let mut term = Term::spawn(cmd);
    term.until(Instant::now(), |s| s.contains("English"));
    term.writer.write_all(b"\r").unwrap();
    term.until(Instant::now(), |s| s.contains("Outcome"));
    // The finished frame after each key is known: learn the two screens
    // once (the menu with the second entry chosen, then the first), then
    // time each key until its whole frame is on the screen, not merely
    // until the first changed cell arrives.
    let down: &[u8] = b"\x1b[B";
    let up: &[u8] = b"\x1b[A";
    let settle = |term: &mut Term, key: &[u8]| {
        term.writer.write_all(key).unwrap();
        term.writer.flush().unwrap();
        let quiet = Instant::now() + Duration::from_millis(300);
        while Instant::now() < quiet {
            if let Ok(bytes) = term.rx.recv_timeout(Duration::from_millis(5)) {
                term.parser.process(&bytes);
            }
        }
        term.parser.screen().contents()
    };
    let after_down = settle(&mut term, down);
    let after_up = settle(&mut term, up);
    assert_ne!(after_down, after_up, "the arrow keys move the choice");
    let mut keys = Vec::new();
    for n in 0..400 {
        let (key, done) = if n % 2 == 0 {
            (down, &after_down)
        } else {
            (up, &after_up)
        };
        let t = Instant::now();
        term.writer.write_all(key).unwrap();
        term.writer.flush().unwrap();
        keys.push(term.until(t, |s| s == done.as_str()));
    }
    let rss = term.peak_rss_kib();
    let median = percentile(&mut keys, 0.5);
    let p99 = percentile(&mut keys, 0.99);

    println!("{:<40} {:>10}", "measure", "value");
    println!(
        "{:<40} {:>8.1}ms",
        "less: open the guide's text (baseline)",
        less.as_secs_f64() * 1e3
    );
    println!(
        "{:<40} {:>8.1}ms  ({:.2}x less)",
        "kiosk: start to first frame",
        first.as_secs_f64() * 1e3,
        first.as_secs_f64() / less.as_secs_f64()
    );
    println!(
        "{:<40} {:>8.3}ms",
        "kiosk: key to frame, median",
        median.as_secs_f64() * 1e3
    );
    println!(
        "{:<40} {:>8.3}ms",
        "kiosk: key to frame, p99",
        p99.as_secs_f64() * 1e3
    );
    println!("{:<40} {:>8.1}MiB", "kiosk: peak RSS", rss as f64 / 1024.0);
}
