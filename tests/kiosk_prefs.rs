//! "How I like it" in a real terminal: reached with s, its equivalents on
//! the Ukrainian and Arabic layouts (і, س) and F6; each row changes what
//! the screen shows (colours, spacing, language); quick exit (x, ء, F12)
//! and the idle reset forget every choice, so the next child starts from
//! the kiosk's own settings.

mod support;

use std::time::{Duration, Instant};

use support::pty::*;

const F6: &str = "\x1b[17~";
const F12: &str = "\x1b[24~";

/// A message of a shipped locale's kiosk.ftl (one line, no placeables).
fn msg(lang: &str, id: &str) -> String {
    let path = format!("{}/locales/{lang}/kiosk.ftl", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    text.lines()
        .find_map(|l| l.strip_prefix(&format!("{id} = ")))
        .unwrap_or_else(|| panic!("{id} in {path}"))
        .trim()
        .to_string()
}

/// A right-to-left phrase as the kiosk lays it out (visual order).
fn visual(text: &str) -> String {
    text.chars().rev().collect()
}

/// The background colour of a cell of the body, once the screen shows
/// `marker` and the cell differs from `not` (or at once if `not` is None).
fn body_colour(k: &Kiosk, marker: &str, not: Option<vt100::Color>) -> vt100::Color {
    k.wait_for(marker);
    let start = Instant::now();
    loop {
        let bg = {
            let parser = k.parser.lock().unwrap();
            parser.screen().cell(2, 1).map(|c| c.bgcolor())
        };
        if let Some(bg) = bg
            && Some(bg) != not
        {
            return bg;
        }
        assert!(
            start.elapsed() < DEADLINE,
            "the colours did not change from {not:?}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Shown on "How I like it" only (its name is in every footer too).
const PREFS: &str = "Read each screen when it opens";
/// The first words of the guide's outcome 3 page.
const OUTCOME_3: &str = "The absolute most important thing";

/// The rows of "How I like it" as the kiosk starts them.
const DEFAULTS: [&str; 5] = [
    "Read aloud: On",
    "Read each screen when it opens: Off",
    "Colours: Dark",
    "More space between lines: Off",
    "Language: English",
];

#[test]
fn s_its_layout_keys_and_f6_open_how_i_like_it() {
    // English: s, then F6 from another screen.
    let k = Kiosk::spawn(&["browse", "--edition", "easy-read"], &[]);
    k.to_home();
    k.send("s");
    let screen = k.wait_for(PREFS);
    for row in DEFAULTS {
        assert!(screen.contains(row), "{row:?} missing:\n{screen}");
    }
    k.send(ESC);
    k.wait_for("What would you like to read about?");
    k.send("5");
    k.wait_for("s F6  How I like it");
    k.send(F6);
    k.wait_for("Read each screen when it opens");
    drop(k);

    // Ukrainian: і, where s is on a Ukrainian keyboard.
    let k = Kiosk::spawn(&["browse", "--edition", "easy-read", "--lang", "uk"], &[]);
    k.wait_for("F12");
    k.send(ENTER);
    k.wait_for("F6");
    k.send("і");
    k.wait_for(&msg("uk", "kiosk-prefs-title"));
    drop(k);

    // Arabic: س.
    let k = Kiosk::spawn(&["browse", "--edition", "easy-read", "--lang", "ar"], &[]);
    k.wait_for("F12");
    k.send(ENTER);
    k.wait_for("F6");
    k.send("س");
    k.wait_for(&visual(&msg("ar", "kiosk-prefs-title")));
}

#[test]
fn each_row_changes_the_screen() {
    let k = Kiosk::spawn(&["browse", "--edition", "guide"], &[]);
    k.to_home();
    k.send("5");
    let before = k.wait_for(OUTCOME_3);
    let dark = body_colour(&k, OUTCOME_3, None);

    // Colours: the next theme, drawn at once.
    k.send("s");
    k.wait_for("Colours: Dark");
    k.send("3");
    let strong = body_colour(&k, "Colours: Strong contrast", Some(dark));
    // Left goes back.
    k.send("\x1b[D");
    assert_eq!(body_colour(&k, "Colours: Dark", Some(strong)), dark);

    // More space: the guide's page is laid out anew, roomier.
    k.send("4");
    k.wait_for("More space between lines: On");
    k.send(ESC);
    let roomy = k.wait_until("the page again", |s| {
        s.contains("Outcome 3") && !s.contains(PREFS)
    });
    assert_ne!(roomy, before, "more space changed nothing");
    // The column is narrower: the page's first line holds fewer words.
    let first_line = |s: &str| -> usize {
        s.lines()
            .find(|l| l.contains(OUTCOME_3))
            .map_or(0, |l| l.split_whitespace().count())
    };
    eprintln!(
        "the first line of the page: {} words, {} with more space",
        first_line(&before),
        first_line(&roomy)
    );
    assert!(
        first_line(&roomy) < first_line(&before),
        "more space did not narrow the page:\n{before}\n---\n{roomy}"
    );

    // Read each screen when it opens: the switch flips (what it says is
    // heard in tests/kiosk_speech.rs).
    k.send("s");
    k.wait_for("Read each screen when it opens: Off");
    k.send("2");
    k.wait_for("Read each screen when it opens: On");
    // Read aloud off.
    k.send("1");
    k.wait_for("Read aloud: Off");

    // Language: the next one, and every word on the screen with it.
    k.send("5");
    let other = k.wait_until("another language", |s| {
        !s.contains("How I like it") && !s.contains("Language:")
    });
    assert!(!other.contains("Get help now"), "{other}");
}

/// Changes every row of "How I like it" from the home menu, ending on
/// the language (so the screen is then in another language).
fn change_everything(k: &Kiosk) {
    k.send("s");
    k.wait_for("Colours: Dark");
    for (key, now) in [
        ("1", "Read aloud: Off"),
        ("2", "Read each screen when it opens: On"),
        ("3", "Colours: Strong contrast"),
        ("4", "More space between lines: On"),
    ] {
        k.send(key);
        k.wait_for(now);
    }
    k.send("5");
    k.wait_until("another language", |s| !s.contains("Language:"));
}

/// After an idle reset: the next child's "How I like it" is the kiosk's.
fn next_child_has_the_defaults(k: &Kiosk, dark: vt100::Color) {
    k.wait_for("Choose your language");
    k.send(ENTER);
    k.wait_for("What would you like to read about?");
    k.send("s");
    let screen = k.wait_for(PREFS);
    for row in DEFAULTS {
        assert!(screen.contains(row), "{row:?} not back:\n{screen}");
    }
    assert_eq!(body_colour(k, PREFS, None), dark);
    k.send(ESC);
    k.wait_for("What would you like to read about?");
}

#[test]
fn quick_exit_and_the_idle_reset_forget_every_choice() {
    let k = Kiosk::spawn(
        &["kiosk", "--edition", "easy-read", "--idle-seconds", "3"],
        &[("CAREGUIDE_IDLE_COUNTDOWN", "1")],
    );
    k.to_home();
    let dark = body_colour(&k, "What would you like to read about?", None);
    // Quick exit by x, by ء (the Arabic key in its place) and by F12, each
    // after every choice was changed; then the neutral screen until the
    // idle reset.
    for key in ["x", "ء", F12] {
        change_everything(&k);
        k.send(key);
        k.wait_until("the neutral screen", |s| {
            s.contains(&msg("en-GB", "kiosk-neutral-title"))
                || s.contains(&visual(&msg("ar", "kiosk-neutral-title")))
        });
        next_child_has_the_defaults(&k, dark);
    }
    // The idle reset alone.
    change_everything(&k);
    next_child_has_the_defaults(&k, dark);
}
