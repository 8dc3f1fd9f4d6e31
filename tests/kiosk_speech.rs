//! Read aloud in the kiosk, heard through `--speech-command`: a recorder
//! script keeps what it was given (the text on standard input, the
//! language and voice from its environment, its process id) and then
//! "speaks" for half a minute, so the tests can see it stopped.

mod support;

use std::path::{Path, PathBuf};
use std::thread;
use std::time::{Duration, Instant};

use support::pty::*;

const F5: &str = "\x1b[15~";
/// How soon the speaking process must be gone after a key that stops it.
const STOP_WITHIN: Duration = Duration::from_millis(100);

struct Recorder {
    dir: tempfile::TempDir,
}

/// One thing the kiosk said.
#[derive(Debug)]
struct Said {
    text: String,
    lang: String,
    voice: String,
    pid: u32,
}

impl Recorder {
    fn new() -> Recorder {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let script = dir.path().join("recorder.sh");
        // The text is written to a .tmp file and renamed once whole, so a
        // .txt file is always complete and its .pid is already there.
        std::fs::write(
            &script,
            r#"#!/bin/sh
d=$(dirname "$0")
n=$(date +%s%N)
cat > "$d/$n.tmp"
printf '%s\n%s\n' "$CAREGUIDE_SPEECH_LANG" "$CAREGUIDE_SPEECH_VOICE" > "$d/$n.env"
echo $$ > "$d/$n.pid"
mv "$d/$n.tmp" "$d/$n.txt"
exec sleep 30
"#,
        )
        .unwrap();
        std::process::Command::new("chmod")
            .args(["+x"])
            .arg(&script)
            .status()
            .unwrap();
        Recorder { dir }
    }

    fn script(&self) -> String {
        self.dir.path().join("recorder.sh").display().to_string()
    }

    fn said(&self) -> Vec<Said> {
        let mut txt: Vec<PathBuf> = std::fs::read_dir(self.dir.path())
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        txt.sort();
        txt.iter().map(|p| read_said(p)).collect()
    }

    /// Waits until the kiosk has said `n` things; returns the last.
    fn wait_said(&self, n: usize) -> Said {
        let start = Instant::now();
        loop {
            let mut said = self.said();
            if said.len() >= n {
                return said.swap_remove(n - 1);
            }
            assert!(
                start.elapsed() < DEADLINE,
                "the kiosk said {} things, not {n}",
                said.len()
            );
            thread::sleep(Duration::from_millis(10));
        }
    }
}

fn read_said(txt: &Path) -> Said {
    let text = std::fs::read_to_string(txt).unwrap();
    let env = std::fs::read_to_string(txt.with_extension("env")).unwrap();
    let mut env = env.lines();
    let pid = std::fs::read_to_string(txt.with_extension("pid")).unwrap();
    Said {
        text,
        lang: env.next().unwrap_or("").to_string(),
        voice: env.next().unwrap_or("").to_string(),
        pid: pid.trim().parse().unwrap(),
    }
}

/// Whether a process has ended (gone, or a zombie nobody has reaped: in a
/// container without an init that reaps, the orphaned shell stays one).
fn ended(pid: u32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Err(_) => true,
        Ok(stat) => stat
            .rsplit(')')
            .next()
            .and_then(|rest| rest.split_whitespace().next())
            .is_some_and(|state| state == "Z" || state == "X"),
    }
}

/// Sends `key` and returns how long the speaking process took to end.
fn time_to_silence(k: &Kiosk, pid: u32, key: &str) -> Duration {
    assert!(!ended(pid), "it is speaking before {key:?}");
    let start = Instant::now();
    k.send(key);
    while !ended(pid) {
        assert!(start.elapsed() < DEADLINE, "still speaking after {key:?}");
        thread::sleep(Duration::from_millis(1));
    }
    let took = start.elapsed();
    eprintln!("{key:?} silenced the speech in {took:?}");
    took
}

/// The screen's words with the pictures' box drawing taken out and the
/// spaces closed up, so a statement wrapped beside its picture reads as
/// one line again.
fn words_on(screen: &str) -> String {
    screen
        .chars()
        .map(|c| {
            if ('\u{2500}'..='\u{259F}').contains(&c) {
                ' '
            } else {
                c
            }
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn spawn(rec: &Recorder, lang: &str, extra: &[&str]) -> Kiosk {
    let script = rec.script();
    let mut args = vec![
        "browse",
        "--edition",
        "easy-read",
        "--lang",
        lang,
        "--speech-command",
        &script,
    ];
    args.extend_from_slice(extra);
    Kiosk::spawn(&args, &[])
}

#[test]
fn the_read_key_says_the_statement_on_screen_in_english() {
    let rec = Recorder::new();
    let k = spawn(&rec, "en-GB", &[]);
    k.to_home();
    k.send("5");
    k.wait_for("Outcome 3");
    k.send(RIGHT);
    let screen = k.wait_for("1 of ");
    k.send("r");
    let said = rec.wait_said(1);
    assert_eq!(said.lang, "en-GB");
    assert_eq!(said.voice, "en-gb");
    let text = said.text.trim();
    assert!(!text.is_empty());
    assert!(
        words_on(&screen).contains(text),
        "{text:?} is not what the screen shows:\n{screen}"
    );
    // The statement, not the heading over it.
    assert!(!text.contains("What this means for you"), "{text}");
    k.wait_for("Stop reading");
    // Moving on stops it, at once.
    let took = time_to_silence(&k, said.pid, RIGHT);
    assert!(took < STOP_WITHIN, "moving on took {took:?} to stop speech");
    let screen = k.wait_for("2 of ");
    assert!(screen.contains("Read aloud"), "{screen}");
    // F5 reads the next one; pressed again it stops.
    k.send(F5);
    let second = rec.wait_said(2);
    assert!(words_on(&screen).contains(second.text.trim()), "{second:?}");
    k.wait_for("Stop reading");
    let took = time_to_silence(&k, second.pid, F5);
    assert!(took < STOP_WITHIN, "F5 took {took:?} to stop speech");
    k.wait_for("Read aloud");
    // Quick exit stops it at once, and nothing more is said.
    k.send("r");
    let third = rec.wait_said(3);
    let took = time_to_silence(&k, third.pid, "x");
    assert!(
        took < STOP_WITHIN,
        "quick exit took {took:?} to stop speech"
    );
    thread::sleep(Duration::from_millis(300));
    assert_eq!(rec.said().len(), 3);
}

#[test]
fn phone_numbers_are_said_digit_by_digit() {
    let rec = Recorder::new();
    let k = spawn(&rec, "en-GB", &[]);
    k.to_home();
    k.send("h");
    let screen = k.wait_for("0800 1111");
    k.send("r");
    let said = rec.wait_said(1);
    assert!(said.text.contains("0 8 0 0, 1 1 1 1"), "{}", said.text);
    assert!(!said.text.contains("0800"), "{}", said.text);
    assert!(said.text.starts_with("Get help now."), "{}", said.text);
    assert!(screen.contains("Get help now"));
    let took = time_to_silence(&k, said.pid, "\x1b[24~");
    assert!(took < STOP_WITHIN, "F12 took {took:?} to stop speech");
}

/// The characters of a right-to-left word as the kiosk lays them out
/// (visual order: the kiosk reorders every line itself).
fn visual(word: &str) -> String {
    word.chars().rev().collect()
}

#[test]
fn the_read_key_says_the_statement_in_arabic() {
    let rec = Recorder::new();
    let k = spawn(&rec, "ar", &[]);
    k.wait_for("F12");
    k.send(ENTER);
    // The edition key shows from the home menu on.
    k.wait_for("e/ث");
    k.send("٥");
    // The source key shows on a topic.
    let title = k.wait_for("w/ص");
    // Tab is "next" in either direction.
    k.send("\t");
    let screen = k.wait_until("the first statement", |s| *s != title && s.contains("25"));
    // The Arabic key in the same place as r: ق.
    k.send("ق");
    let said = rec.wait_said(1);
    assert_eq!(said.lang, "ar");
    assert_eq!(said.voice, "ar");
    let words: Vec<&str> = said.text.split_whitespace().collect();
    assert!(words.len() >= 3, "{}", said.text);
    for w in &words {
        let bare: String = w.chars().filter(|c| c.is_alphabetic()).collect();
        assert!(
            screen.contains(&visual(&bare)),
            "{bare} ({}) is not on the screen:\n{screen}",
            said.text
        );
    }
    let took = time_to_silence(&k, said.pid, "ء");
    assert!(
        took < STOP_WITHIN,
        "quick exit took {took:?} to stop speech"
    );
}

#[test]
fn help_in_arabic_says_the_numbers_digit_by_digit() {
    let rec = Recorder::new();
    let k = spawn(&rec, "ar", &[]);
    k.wait_for("F12");
    k.send("ا");
    k.wait_for("1111");
    k.send("ق");
    let said = rec.wait_said(1);
    assert_eq!(said.lang, "ar");
    assert!(said.text.contains("0 8 0 0, 1 1 1 1"), "{}", said.text);
    // Closing help is moving on.
    let took = time_to_silence(&k, said.pid, BACKSPACE);
    assert!(
        took < STOP_WITHIN,
        "closing help took {took:?} to stop speech"
    );
}

#[test]
fn the_idle_reset_stops_speech() {
    let rec = Recorder::new();
    let script = rec.script();
    let k = Kiosk::spawn(
        &[
            "kiosk",
            "--edition",
            "easy-read",
            "--idle-seconds",
            "2",
            "--speech-command",
            &script,
        ],
        &[("CAREGUIDE_IDLE_COUNTDOWN", "1")],
    );
    k.to_home();
    k.send("r");
    let said = rec.wait_said(1);
    assert_eq!(said.text.lines().count(), 1);
    assert!(said.text.starts_with("What would you like to read about?"));
    k.wait_for("Are you still there?");
    k.wait_for("Choose your language");
    let start = Instant::now();
    while !ended(said.pid) {
        assert!(
            start.elapsed() < STOP_WITHIN,
            "still speaking after the reset"
        );
        thread::sleep(Duration::from_millis(1));
    }
}

#[test]
fn read_each_screen_when_it_opens_speaks_on_arrival_until_read_aloud_is_off() {
    let rec = Recorder::new();
    let k = spawn(&rec, "en-GB", &[]);
    k.to_home();
    k.send("s");
    k.wait_for("Read each screen when it opens: Off");
    k.send("2");
    k.wait_for("Read each screen when it opens: On");
    // Changing a row is not arriving anywhere: nothing is said yet.
    thread::sleep(Duration::from_millis(300));
    assert_eq!(rec.said().len(), 0);
    // Back on the menu: it is read as it opens.
    k.send(ESC);
    let home = rec.wait_said(1);
    assert!(
        home.text.starts_with("What would you like to read about?"),
        "{}",
        home.text
    );
    // A topic: what it opens on is read, and the menu's speech ended.
    k.send("5");
    let screen = k.wait_for("Press Next to start reading.");
    let topic = rec.wait_said(2);
    assert!(ended(home.pid), "the menu is still being read");
    // Its words, in the screen's order (the screen breaks them into
    // lines and bullets beside the picture's strokes).
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .map(str::to_string)
            .collect()
    };
    let shown = words(&screen);
    let mut at = shown.iter();
    for w in words(&topic.text) {
        assert!(
            at.any(|s| *s == w),
            "{w:?} of {:?} is not on the screen in order:\n{screen}",
            topic.text
        );
    }
    // Read aloud off: arriving says nothing more.
    k.send("s");
    rec.wait_said(3);
    k.wait_for("Read aloud: On");
    k.send("1");
    k.wait_for("Read aloud: Off");
    k.send(ESC);
    k.wait_for("Press Next to start reading.");
    k.send(RIGHT);
    let screen = k.wait_for("1 of ");
    // ... and the read-aloud key is neither shown nor working.
    assert!(!screen.contains("Read aloud"), "{screen}");
    k.send("r");
    k.send(F5);
    thread::sleep(Duration::from_millis(500));
    assert_eq!(rec.said().len(), 3, "{:?}", rec.said());
}

/// The linear mode (`--screen-reader`) is read by the reader's own screen
/// reader, so careguide does not speak over it: no read-aloud key is
/// shown there, and the keys that read aloud on the full screen (r, к, ق)
/// are answered like any other line that is not a choice, with nothing
/// said (ARCHITECTURE.md, "Read aloud in the kiosk").
#[test]
fn the_linear_mode_leaves_speaking_to_the_screen_reader() {
    let rec = Recorder::new();
    let script = rec.script();
    let k = Kiosk::spawn(
        &["kiosk", "--screen-reader", "--speech-command", &script],
        &[],
    );
    k.wait_for("Type a number");
    k.send("1\r");
    k.wait_for("What would you like to read about?");
    k.send("5\r");
    k.wait_for("Back to the menu");
    let mut answered = 0;
    for key in ["r", "к", "ق", "s", "і", "س"] {
        k.send(&format!("{key}\r"));
        answered += 1;
        let start = Instant::now();
        while String::from_utf8_lossy(&k.raw.lock().unwrap())
            .matches("not one of the numbers")
            .count()
            < answered
        {
            assert!(start.elapsed() < DEADLINE, "no answer to {key:?}");
            thread::sleep(Duration::from_millis(20));
        }
    }
    thread::sleep(Duration::from_millis(300));
    assert_eq!(rec.said().len(), 0, "{:?}", rec.said());
    let all = String::from_utf8_lossy(&k.raw.lock().unwrap()).to_lowercase();
    assert!(all.contains("type h for help"), "{all}");
    for shown in ["read aloud", "how i like it", "f5", "f6"] {
        assert!(!all.contains(shown), "{shown:?} is shown: {all}");
    }
    // Quick exit still works, and nothing speaks.
    k.send("x\r");
    k.wait_for("Weather");
    thread::sleep(Duration::from_millis(200));
    assert_eq!(rec.said().len(), 0);
}

/// A statement not yet translated is shown in English, and read in the
/// English voice, with the English tag: Polish espeak-ng would say
/// "Cildline". The translated statement before it is read in Polish.
#[test]
fn a_statement_not_yet_translated_is_read_in_english() {
    let rec = Recorder::new();
    let k = spawn(&rec, "pl", &[]);
    k.wait_for("Polski");
    k.send(ENTER);
    k.wait_for("O czym chcesz");
    k.send("8");
    k.wait_for("Co dalej?");
    k.send(RIGHT);
    let mut screen = k.wait_for("1 z ");
    let mut said = 0;
    let mut polish = None;
    for _ in 0..40 {
        if screen.contains("Childline is a help line") {
            break;
        }
        if polish.is_none() && said == 0 {
            // A statement in Polish first, for contrast.
            k.send("r");
            said += 1;
            let s = rec.wait_said(said);
            k.wait_for("Przestań");
            let took = time_to_silence(&k, s.pid, "r");
            assert!(took < STOP_WITHIN, "{took:?}");
            polish = Some(s);
        }
        let before = screen.clone();
        k.send(RIGHT);
        screen = k.wait_until("the next statement", |s| s != before);
    }
    assert!(screen.contains("Childline is a help line"), "{screen}");
    let polish = polish.expect("a Polish statement was read");
    assert_eq!((polish.lang.as_str(), polish.voice.as_str()), ("pl", "pl"));
    k.send("r");
    let english = rec.wait_said(said + 1);
    assert_eq!(
        english.text.trim(),
        "Childline is a help line for children and young people."
    );
    assert_eq!(english.lang, "en-GB");
    assert_eq!(english.voice, "en-gb");
    let took = time_to_silence(&k, english.pid, "x");
    assert!(took < STOP_WITHIN, "quick exit took {took:?}");
}
