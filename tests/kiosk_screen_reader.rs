//! The screen-reader (linear) mode driven through a pipe, as a screen
//! reader user or a script would: the transcript has no box drawing and
//! no control characters, reads in order, and reaches outcome 3.

mod support;

use std::io::Write;
use std::process::{Command, Stdio};

/// Runs careguide with `args`, types `input`, returns (stdout, success).
fn run(args: &[&str], input: &str) -> (String, bool) {
    let (out, _, ok) = run_full(args, input);
    (out, ok)
}

/// Runs careguide with `args`, types `input`, returns (stdout, stderr,
/// success).
fn run_full(args: &[&str], input: &str) -> (String, String, bool) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_careguide"))
        .args(args)
        .env("LC_ALL", "C")
        .env_remove("LANG")
        .env_remove("LC_MESSAGES")
        .env_remove("ACCESSIBLE")
        .env("TERM", "xterm-256color")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("careguide runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child
        .wait_with_output()
        .expect("careguide ends at end of input");
    (
        String::from_utf8(out.stdout).expect("UTF-8"),
        String::from_utf8(out.stderr).expect("UTF-8"),
        out.status.success(),
    )
}

fn assert_clean(transcript: &str) {
    for (n, line) in transcript.lines().enumerate() {
        for c in line.chars() {
            assert!(
                !c.is_control(),
                "control character {c:?} on line {}: {line}",
                n + 1
            );
            assert!(
                !('\u{2500}'..='\u{259F}').contains(&c),
                "box drawing {c:?} on line {}: {line}",
                n + 1
            );
            assert!(
                !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'),
                "bidi control on line {}",
                n + 1
            );
        }
    }
}

/// Asserts the pieces appear in this order.
fn assert_in_order(transcript: &str, pieces: &[&str]) {
    let mut from = 0;
    for p in pieces {
        match transcript[from..].find(p) {
            Some(i) => from += i + p.len(),
            None => panic!("`{p}` missing or out of order in:\n{transcript}"),
        }
    }
}

/// The number the menu gives a choice, read from the transcript.
fn number_of(transcript: &str, label: &str) -> String {
    transcript
        .lines()
        .rev()
        .find(|l| l.contains(label))
        .and_then(|l| l.split('.').next())
        .unwrap_or_else(|| panic!("no `{label}` in:\n{transcript}"))
        .trim()
        .to_string()
}

#[test]
fn reaches_outcome_3_in_reading_order_with_clean_lines() {
    // Languages first when there is more than one; English is 1.
    let (first, _) = run(&["--screen-reader"], "");
    let english = if first.contains("Choose your language") {
        format!("{}\n", number_of(&first, "English"))
    } else {
        String::new()
    };
    let input = format!("{english}5\n");
    let (t, ok) = run(&["--screen-reader"], &input);
    assert!(ok, "{t}");
    assert_clean(&t);
    assert_in_order(
        &t,
        &[
            "What would you like to read about?",
            "1. About this guide",
            "5. Outcome 3",
            "Type a number, then press Enter.",
            "Outcome 3: Children's social care helps to keep you safe",
            "The absolute most important thing is your safety",
            "What this means for you",
            "1. You will be asked about your safety and wellbeing",
            "2. Practitioners will act quickly",
            "10. Even when children and young people harm others",
            "Your choices:",
            "Type a number, then press Enter.",
        ],
    );
}

#[test]
fn piped_output_means_screen_reader_mode_and_help_has_both_numbers() {
    let (first, _) = run(&[], "");
    assert_clean(&first);
    let english = if first.contains("Choose your language") {
        format!("{}\n", number_of(&first, "English"))
    } else {
        String::new()
    };
    let (t, ok) = run(&["browse"], &format!("{english}h\n"));
    assert!(ok);
    assert_clean(&t);
    assert_in_order(&t, &["Get help now", "0800 1111", "0800 528 0731"]);
}

#[test]
fn easy_read_edition_and_where_it_comes_from() {
    let (first, _) = run(&["--screen-reader", "--edition", "easy-read"], "");
    let english = if first.contains("Choose your language") {
        format!("{}\n", number_of(&first, "English"))
    } else {
        String::new()
    };
    let (t, ok) = run(
        &["--screen-reader", "--edition", "easy-read"],
        &format!("{english}5\n1\n"),
    );
    assert!(ok);
    assert_clean(&t);
    assert_in_order(
        &t,
        &[
            "Outcome 3: Keeping you safe",
            "Wellbeing means feeling well",
            "1. Where is this from?",
            "Where does this come from?",
            "National Framework",
        ],
    );
}

#[test]
fn wrong_answers_are_met_kindly_and_quick_exit_prints_no_control_characters() {
    // Kiosk mode: the calm screen, and the lines after it are ignored.
    let (t, ok) = run(&["kiosk", "--screen-reader"], "banana\n99\nx\n1\nh\n");
    assert!(ok);
    assert_clean(&t);
    assert!(t.contains("Sorry, that is not one of the numbers"), "{t}");
    let after_exit = &t[t.rfind("Weather").expect("the calm screen")..];
    for word in ["guide", "Outcome", "care", "help", "0800"] {
        assert!(!after_exit.contains(word), "{word} after quick exit: {t}");
    }
    // Outside kiosk mode quick exit ends the program, printing nothing.
    let (t, ok) = run(&["--screen-reader"], "x\n1\nh\n");
    assert!(ok);
    assert_clean(&t);
    let prompt = "Type a number, then press Enter.";
    let end = t.rfind(prompt).expect("a prompt") + prompt.len();
    assert!(t[end..].trim().is_empty(), "nothing after quick exit: {t}");
    assert_eq!(t.matches(prompt).count(), 1, "{t}");
}

#[test]
fn end_of_input_ends_cleanly() {
    let (t, ok) = run(&["--screen-reader"], "");
    assert!(ok);
    assert!(t.ends_with('\n'));
}

#[test]
fn words_explained_and_a_pages_hard_words_are_numbered_choices() {
    let (first, _) = run(&["--screen-reader"], "");
    let english = if first.contains("Choose your language") {
        format!("{}\n", number_of(&first, "English"))
    } else {
        String::new()
    };
    let (home, _) = run(&["--screen-reader"], &english);
    let words = number_of(&home, ". Words explained");
    let (list, _) = run(&["--screen-reader"], &format!("{english}{words}\n"));
    let council = number_of(&list, ". council");
    let (t, ok) = run(
        &["--screen-reader"],
        &format!("{english}{words}\n{council}\n"),
    );
    assert!(ok);
    assert_clean(&t);
    assert_in_order(
        &t,
        &[
            "Words explained",
            "Choose a word to see what it means.",
            ". council",
            ". social worker",
            "Type a number, then press Enter.",
            "council",
            "A council looks after people and places",
            "Your choices:",
        ],
    );
    // A page offers its own hard words; `d` does the same anywhere.
    let outcome_1 = number_of(&home, ". Outcome 1");
    let (page, _) = run(&["--screen-reader"], &format!("{english}{outcome_1}\n"));
    let hard = number_of(&page, ". Hard words on this page");
    let (t, _) = run(
        &["--screen-reader"],
        &format!("{english}{outcome_1}\n{hard}\n"),
    );
    assert_clean(&t);
    let after = &t[t
        .rfind("Hard words on this screen")
        .expect("the hard words")..];
    assert!(after.contains("A council looks after"), "{after}");
    let (t, _) = run(&["--screen-reader"], &format!("{english}h\nd\n"));
    let after = &t[t
        .rfind("Hard words on this screen")
        .expect("the hard words")..];
    assert!(after.contains("social worker"), "{after}");
}

#[test]
fn help_begins_with_the_emergency_number() {
    let (t, ok) = run(&["--screen-reader"], "h\n");
    assert!(ok);
    assert_in_order(
        &t,
        &[
            "Get help now",
            "If you are in danger right now, call 999.",
            "0800 1111",
            "0800 528 0731",
        ],
    );
}

#[test]
fn a_language_just_begun_is_offered_only_with_include_incomplete() {
    let copy = support::working_copy();
    let dir = copy.path().to_str().unwrap();
    let (_, err, ok) = run_full(&["--content", dir, "locale", "new", "pt-BR"], "");
    assert!(ok, "{err}");
    // Nothing is translated yet: the kiosk says why it will not show it.
    let (_, err, ok) = run_full(
        &[
            "--content",
            dir,
            "browse",
            "--screen-reader",
            "--lang",
            "pt-BR",
        ],
        "",
    );
    assert!(!ok);
    assert!(err.contains("--include-incomplete"), "{err}");
    // A translator trying it sees it, in English until translated.
    let (out, err, ok) = run_full(
        &[
            "--content",
            dir,
            "browse",
            "--screen-reader",
            "--include-incomplete",
            "--lang",
            "pt-BR",
        ],
        "1\n",
    );
    assert!(ok, "{err}");
    assert_clean(&out);
    assert!(out.contains("About this guide"), "{out}");
}
