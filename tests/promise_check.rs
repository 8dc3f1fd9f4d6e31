//! The promise check: each easy-read statement read against the guide
//! block it names as its source. The English easy read as it was before
//! issue 12's fixes is kept as a fixture: every changed promise the issue
//! lists must be flagged on it, at its line, and none on today's text.

use careguide::check::easy_read::{CheckOptions, check_project};
use careguide::diag::{Diagnostic, Severity};
use careguide::project::Project;
use careguide::source::Sources;

const BEFORE: &str = include_str!("fixtures/promise/en-GB-easy-read-before.ftl");
const EN_FILE: &str = "locales/en-GB/easy-read.ftl";

fn english_findings(easy_read: Option<&str>) -> Vec<Diagnostic> {
    let mut sources = Sources::embedded();
    if let Some(text) = easy_read {
        sources.insert(EN_FILE, text.as_bytes().to_vec());
    }
    let project = Project::load(sources);
    let opts = CheckOptions::parse(&project, &["en-GB"], &["easy-read"]).unwrap();
    check_project(&project, &opts)
        .into_iter()
        .filter(|d| d.location.as_ref().is_some_and(|l| l.file == EN_FILE))
        .collect()
}

/// The line (1-based) of a message's `id = ` in `text`.
fn line_of(text: &str, id: &str) -> usize {
    let start = format!("{id} =");
    text.lines()
        .position(|l| l.starts_with(&start))
        .unwrap_or_else(|| panic!("{id} not in the text"))
        + 1
}

fn show(diags: &[Diagnostic]) -> String {
    diags
        .iter()
        .map(|d| format!("{} [{}]", d.one_line(), d.code))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every statement the issue lists, with the rule that must flag it.
const CHANGED: &[(&str, &str)] = &[
    ("easy-read-outcome-2-for-you-questions", "promise-meaning"), // ask / answer
    ("easy-read-outcome-2-for-you-trust", "unclear-pronoun"),     // "them"
    ("easy-read-outcome-1-for-you-decide", "promise-condition"),  // if you have a disability
    (
        "easy-read-outcome-2-for-you-disability-help",
        "promise-condition",
    ),
    ("easy-read-outcome-4-for-you-new-home", "promise-condition"), // "if you move"
    ("easy-read-outcome-3-for-you-court-heard", "unclear-pronoun"), // "about this"
    ("easy-read-outcome-4-intro-home", "promise-strength"),        // should -> will
    ("easy-read-outcome-3-intro-protect", "promise-strength"),     // wants to -> will
    ("easy-read-outcome-1-for-you-money", "promise-strength"),     // will -> can
    ("easy-read-outcome-2-for-you-mend", "idiom"),                 // a falling-out
    ("easy-read-outcome-4-for-you-bond", "unclear-pronoun"),       // "them"
    ("easy-read-outcome-3-for-you-unfair", "promise-strength"),    // should -> will
    ("easy-read-outcome-4-for-you-wellbeing", "promise-strength"), // should -> will
];

#[test]
fn every_changed_promise_is_flagged_on_the_old_text() {
    let found = english_findings(Some(BEFORE));
    for (id, code) in CHANGED {
        let line = line_of(BEFORE, id);
        assert!(
            found
                .iter()
                .any(|d| d.code == *code && d.location.as_ref().unwrap().line == line),
            "{id} (line {line}) not flagged by {code}; found:\n{}",
            show(&found)
        );
    }
    // Saying more than the guide, or dropping its condition, is an error.
    let errors = found.iter().filter(|d| d.is_error()).count();
    assert!(errors >= 8, "{}", show(&found));
}

#[test]
fn today_s_text_keeps_the_guide_s_promises() {
    let found = english_findings(None);
    let errors: Vec<Diagnostic> = found.into_iter().filter(Diagnostic::is_error).collect();
    assert!(errors.is_empty(), "{}", show(&errors));
}

#[test]
fn should_changed_to_will_is_an_error_at_the_word() {
    let shipped = Sources::embedded()
        .get(EN_FILE)
        .unwrap()
        .text()
        .unwrap()
        .to_string();
    let from = "People should take your **wellbeing** seriously.";
    assert!(shipped.contains(from));
    let changed = shipped.replace(from, "People will take your **wellbeing** seriously.");
    let found = english_findings(Some(&changed));
    let line = line_of(&changed, "easy-read-outcome-4-for-you-wellbeing");
    let col = "easy-read-outcome-4-for-you-wellbeing = People ".len() + 1;
    let hit = found
        .iter()
        .find(|d| d.code == "promise-strength" && d.location.as_ref().unwrap().line == line)
        .unwrap_or_else(|| panic!("not flagged:\n{}", show(&found)));
    let at = hit.location.as_ref().unwrap();
    assert_eq!(
        (at.line, at.col, hit.severity),
        (line, col, Severity::Error)
    );
    assert!(hit.message.contains("should"), "{}", hit.message);
}

#[test]
fn a_dropped_condition_and_a_negation_are_found() {
    let shipped = Sources::embedded()
        .get(EN_FILE)
        .unwrap()
        .text()
        .unwrap()
        .to_string();
    let from = "If you have a disability, your family network can get help to care for you.";
    assert!(shipped.contains(from));
    let dropped = shipped.replace(from, "Your family network can get help to care for you.");
    let found = english_findings(Some(&dropped));
    assert!(
        found.iter().any(
            |d| d.code == "promise-condition" && d.message.contains("If you have a disability")
        ),
        "{}",
        show(&found)
    );
    let from = "If you cannot live with your family, you will get a safe and loving home.";
    assert!(shipped.contains(from));
    let negated = shipped.replace(
        from,
        "If you cannot live with your family, you will not get a safe and loving home.",
    );
    let found = english_findings(Some(&negated));
    assert!(
        found
            .iter()
            .any(|d| d.code == "promise-strength" && d.message.contains("turns round")),
        "{}",
        show(&found)
    );
}
