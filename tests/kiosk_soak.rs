//! A soak: 50,000 random keys against the kiosk in a real PTY, with the
//! pieces terminals and hands send (escape fragments `ESC [`, `ESC O`,
//! Alt and any key, pastes, mouse reports, resizes, layout letters and
//! native digits). At the end the kiosk must still run and help be one
//! key away. A fixed seed makes a failure repeatable; CAREGUIDE_SOAK_SEED
//! chooses another.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const KEYS: usize = 50_000;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// One random "key": what a terminal sends for it.
fn random_key(r: &mut Rng, allow_exit: bool) -> Vec<u8> {
    const PLAIN: &[&str] = &[
        "\r", "\t", "\x7f", " ", "\x1b[A", "\x1b[B", "\x1b[C", "\x1b[D", "\x1b[5~", "\x1b[6~",
        "\x1b[H", "\x1b[F", "\x1b[Z", "\x1bOP", "\x1b[15~", "e", "w", "d", "h", "q", "1", "3", "5",
        "9", "0", "٣", "۵", "р", "ا", "у", "ث", "\x03", "\x1a", "\x1c", "\x04", "\x1b", "\x1b\x1b",
        "?", "Q", "E", "é", "😀", "\u{200c}",
    ];
    const FRAGMENTS: &[&str] = &[
        "\x1b[",
        "\x1bO",
        "\x1b[1;",
        "\x1b[<",
        "\x1b[?",
        "\x1b[12;",
        "\x1b[200~",
        "\x1b[201~",
        "\x1bP",
        "\x1b]0;title\x07",
        "\x1b[6n",
        "\x1b[M",
        "\u{9b}",
    ];
    const EXIT: &[&str] = &["x", "X", "ч", "ء", "ط", "\x1b[24~"];
    match r.below(100) {
        0..=59 => PLAIN[r.below(PLAIN.len())].as_bytes().to_vec(),
        60..=69 => FRAGMENTS[r.below(FRAGMENTS.len())].as_bytes().to_vec(),
        // Alt and any byte.
        70..=77 => vec![0x1b, r.below(256) as u8],
        // Any byte at all.
        78..=83 => vec![r.below(256) as u8],
        // A mouse report: click, wheel, movement.
        84..=91 => {
            let b = [0, 64, 65, 32, 2][r.below(5)];
            let m = if r.below(2) == 0 { 'M' } else { 'm' };
            format!("\x1b[<{b};{};{}{m}", 1 + r.below(90), 1 + r.below(30)).into_bytes()
        }
        // A paste of random printable text.
        92..=96 => {
            let n = 1 + r.below(40);
            let mut v = b"\x1b[200~".to_vec();
            v.extend((0..n).map(|_| b' ' + r.below(95) as u8));
            v.extend_from_slice(b"\x1b[201~");
            v
        }
        _ if allow_exit => EXIT[r.below(EXIT.len())].as_bytes().to_vec(),
        _ => b"\x1b[B".to_vec(),
    }
}

#[test]
fn fifty_thousand_random_keys_leave_the_kiosk_running_with_help_one_key_away() {
    let seed = std::env::var("CAREGUIDE_SOAK_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_cafe_u64);
    let mut rng = Rng(seed | 1);
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pty");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_careguide"));
    cmd.args(["kiosk", "--idle-seconds", "2"]);
    cmd.env("TERM", "xterm-256color");
    cmd.env("LC_ALL", "C");
    cmd.env("CAREGUIDE_IDLE_COUNTDOWN", "1");
    cmd.env_remove("LANG");
    let mut child = pty.slave.spawn_command(cmd).expect("careguide starts");
    drop(pty.slave);
    let parser = Arc::new(Mutex::new(vt100::Parser::new(
        NonZeroU16::new(24).unwrap(),
        NonZeroU16::new(80).unwrap(),
        0,
    )));
    let mut reader = pty.master.try_clone_reader().unwrap();
    let mut writer = pty.master.take_writer().unwrap();
    {
        let parser = Arc::clone(&parser);
        thread::spawn(move || {
            let mut buf = [0u8; 16384];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                parser.lock().unwrap().process(&buf[..n]);
            }
        });
    }
    let screen = || parser.lock().unwrap().screen().contents();
    let wait = |what: &str, ok: &dyn Fn(&str) -> bool| {
        let start = Instant::now();
        loop {
            let s = screen();
            if ok(&s) {
                return s;
            }
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "timed out waiting for {what}:\n{s}"
            );
            thread::sleep(Duration::from_millis(50));
        }
    };
    wait("the start screen", &|s| s.contains("Choose your language"));
    let sizes = [(80, 24), (40, 15), (34, 12), (24, 9), (120, 40), (20, 5)];
    let mut sent = 0;
    let mut batch = Vec::new();
    while sent < KEYS {
        // Quick exit keys only in the last tenth: in a kiosk the neutral
        // screen would take every key after it until the idle reset.
        let allow_exit = sent > KEYS * 9 / 10;
        batch.extend(random_key(&mut rng, allow_exit));
        sent += 1;
        if sent % 250 == 0 {
            writer.write_all(&batch).expect("keys go in");
            writer.flush().unwrap();
            batch.clear();
            if sent % 2_500 == 0 {
                let (c, r) = sizes[rng.below(sizes.len())];
                parser
                    .lock()
                    .unwrap()
                    .set_size(NonZeroU16::new(r).unwrap(), NonZeroU16::new(c).unwrap());
                pty.master
                    .resize(PtySize {
                        rows: r,
                        cols: c,
                        pixel_width: 0,
                        pixel_height: 0,
                    })
                    .unwrap();
            }
            assert!(
                matches!(child.try_wait(), Ok(None)),
                "the kiosk ended after {sent} keys"
            );
        }
    }
    writer.write_all(&batch).unwrap();
    writer.flush().unwrap();
    parser
        .lock()
        .unwrap()
        .set_size(NonZeroU16::new(24).unwrap(), NonZeroU16::new(80).unwrap());
    pty.master
        .resize(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    // Nobody there: the idle reset brings the start screen, and help is
    // one key away.
    wait("the start screen after the idle reset", &|s| {
        s.contains("Choose your language") && !s.contains("Are you still there?")
    });
    writer.write_all(b"h").unwrap();
    writer.flush().unwrap();
    wait("help, one key away", &|s| {
        s.contains("0800 1111") && s.contains("0800 528 0731")
    });
    assert!(matches!(child.try_wait(), Ok(None)), "the kiosk ended");
    let _ = child.kill();
}
