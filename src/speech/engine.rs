//! The speech engine, espeak-ng, and the Opus encoder, opusenc: both run
//! as separate programs, never linked (espeak-ng is GPL-3.0; this project
//! is MIT/Apache). Where espeak-ng is missing, nothing else changes and
//! careguide says once how to get it.

use std::io::{self, Read, Write};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;

/// How to install what speech needs, said once.
pub const INSTALL_HELP: &str =
    "install it with `apt-get install espeak-ng` (and `opus-tools` for `build --audio`)";

/// The engine's program name; `CAREGUIDE_ESPEAK` may name another (tests
/// use it to see what happens when the engine is missing).
pub fn espeak_program() -> String {
    std::env::var("CAREGUIDE_ESPEAK").unwrap_or_else(|_| "espeak-ng".into())
}

/// The encoder's program name (`CAREGUIDE_OPUSENC` overrides it).
pub fn opusenc_program() -> String {
    std::env::var("CAREGUIDE_OPUSENC").unwrap_or_else(|_| "opusenc".into())
}

/// The installed engine, with its version (part of the audio cache key:
/// a new engine may say the same text differently).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Engine {
    pub program: String,
    pub version: String,
}

impl Engine {
    /// The installed engine, asked once per run; `None` when it is missing.
    pub fn installed() -> Option<&'static Engine> {
        static ENGINE: OnceLock<Option<Engine>> = OnceLock::new();
        ENGINE
            .get_or_init(|| Engine::probe(&espeak_program()))
            .as_ref()
    }

    fn probe(program: &str) -> Option<Engine> {
        let out = Command::new(program)
            .arg("--version")
            .stdin(Stdio::null())
            .stderr(Stdio::null())
            .output()
            .ok()?;
        if !out.status.success() {
            return None;
        }
        // "eSpeak NG text-to-speech: 1.51  Data at: ..."
        let text = String::from_utf8_lossy(&out.stdout);
        let version = text
            .split(':')
            .nth(1)
            .and_then(|v| v.split_whitespace().next())
            .unwrap_or("unknown")
            .to_string();
        Some(Engine {
            program: program.to_string(),
            version,
        })
    }

    /// Starts speaking `text` with `voice` to the default audio device.
    /// The caller owns the process and kills it to stop.
    pub fn speak(&self, voice: &str, text: &str) -> io::Result<Child> {
        let mut child = Command::new(&self.program)
            .args(["-v", voice, "--stdin"])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()?;
        write_stdin(&mut child, text)?;
        Ok(child)
    }

    /// `text` spoken with `voice`, as a WAV file in memory.
    pub fn wav(&self, voice: &str, text: &str) -> io::Result<Vec<u8>> {
        let mut child = Command::new(&self.program)
            .args(["-v", voice, "--stdin", "--stdout"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()?;
        let mut stdin = child.stdin.take().expect("piped");
        let text = text.to_string();
        // Written from a thread so a long text cannot deadlock against
        // the engine's full stdout pipe.
        let writer = std::thread::spawn(move || stdin.write_all(text.as_bytes()));
        let out = child.wait_with_output()?;
        writer
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("writer panicked")))?;
        if !out.status.success() || out.stdout.len() <= 44 {
            return Err(io::Error::other(format!(
                "{} -v {voice} failed: {}",
                self.program,
                String::from_utf8_lossy(&out.stderr).trim()
            )));
        }
        Ok(out.stdout)
    }
}

/// Writes the text to the child's standard input and closes it, so the
/// program knows the text has ended.
pub fn write_stdin(child: &mut Child, text: &str) -> io::Result<()> {
    if let Some(mut stdin) = child.stdin.take() {
        // A player that exits early (stopped) closes its end: not an error.
        match stdin.write_all(text.as_bytes()) {
            Err(e) if e.kind() != io::ErrorKind::BrokenPipe => return Err(e),
            _ => {}
        }
    }
    Ok(())
}

/// The encoder's version (part of the cache key), or `None` when missing.
pub fn opusenc_version() -> Option<&'static str> {
    static VERSION: OnceLock<Option<String>> = OnceLock::new();
    VERSION
        .get_or_init(|| {
            let out = Command::new(opusenc_program())
                .arg("--version")
                .stdin(Stdio::null())
                .stderr(Stdio::null())
                .output()
                .ok()?;
            let text = String::from_utf8_lossy(&out.stdout);
            out.status
                .success()
                .then(|| text.lines().next().unwrap_or("").trim().to_string())
        })
        .as_deref()
}

/// A WAV file encoded as Ogg Opus (speech at 24 kbit/s: small, clear).
pub fn encode_opus(wav: &[u8]) -> io::Result<Vec<u8>> {
    let mut child = Command::new(opusenc_program())
        .args([
            "--quiet",
            "--bitrate",
            "24",
            "--speech",
            // No date or encoder comment that would change between builds.
            "--discard-comments",
            // A fixed stream number: the same text makes the same file.
            "--serial",
            "1",
            "-",
            "-",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let mut stdin = child.stdin.take().expect("piped");
    let wav = wav.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&wav));
    let mut stdout = child.stdout.take().expect("piped");
    let mut opus = Vec::new();
    stdout.read_to_end(&mut opus)?;
    let out = child.wait_with_output()?;
    writer
        .join()
        .unwrap_or_else(|_| Err(io::Error::other("writer panicked")))?;
    if !out.status.success() || opus.is_empty() {
        return Err(io::Error::other(format!(
            "opusenc failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        )));
    }
    Ok(opus)
}

/// Says once per run, on standard error, that speech needs espeak-ng.
pub fn say_missing_once(what: &str) {
    static SAID: OnceLock<()> = OnceLock::new();
    SAID.get_or_init(|| {
        crate::tell!("careguide: {what}: espeak-ng is not installed; {INSTALL_HELP}");
    });
}
