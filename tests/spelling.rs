//! The spelling rule of `careguide check` with the system's real
//! dictionaries: a typo seeded into the shipped text of each of the seven
//! languages is found, at its line and column, with the right word among
//! the first three suggestions; the shipped text has no spelling finding.
//!
//! A language whose dictionary is not installed is skipped with a message
//! saying so, except under CI (`CI` set), where `.ci/run` installs every
//! dictionary and a missing one fails the test.

use careguide::check::config;
use careguide::check::easy_read::CheckOptions;
use careguide::check::spelling::{self, Places, dictionary};
use careguide::diag::Diagnostic;
use careguide::project::Project;
use careguide::source::Sources;

/// (locale, file, the word as shipped, the typo written instead).
const SEEDED: &[(&str, &str, &str, &str)] = &[
    ("en-GB", "easy-read.ftl", "People", "Peple"),
    ("en-GB", "easy-read.ftl", "listen", "lisen"),
    ("en-GB", "easy-read.ftl", "think", "thnik"),
    ("en-GB", "guide.ftl", "Your", "Yuor"),
    ("cy", "easy-read.ftl", "teulu", "tuelu"),
    ("pl", "easy-read.ftl", "rodzina", "rodzna"),
    ("ro", "easy-read.ftl", "copii", "coppii"),
    ("uk", "easy-read.ftl", "діти", "дітии"),
    ("ar", "easy-read.ftl", "أطفال", "أطفاال"),
    ("fa", "easy-read.ftl", "خانواده", "خانوداه"),
];

/// The test's own places: the system's dictionaries, and a verdict cache
/// under target/ so repeated runs are quick and the user's is untouched.
fn places() -> Places {
    Places {
        dictionaries: dictionary::search_dirs(),
        cache: Some(std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("spelling-cache")),
    }
}

/// Whether `tag`'s dictionary is installed; outside CI a missing one
/// skips (with a message), under CI it fails.
fn installed(tag: &str, places: &Places) -> bool {
    if dictionary::find(tag, &places.dictionaries).is_some() {
        return true;
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "no {tag} spelling dictionary is installed, and CI must have every one (.ci/run installs them)"
    );
    eprintln!(
        "SKIPPED: no {tag} spelling dictionary is installed here (Debian hunspell-*/myspell-fa, npm dictionary-cy)"
    );
    false
}

/// The shipped content and locales (compiled in).
fn shipped() -> Sources {
    Sources::embedded()
}

fn spelling_findings(project: &Project, tag: &str, places: &Places) -> Vec<Diagnostic> {
    let opts = CheckOptions::parse(project, &[tag], &[]).unwrap();
    spelling::check_with(project, &opts, places)
}

/// Byte offset of the first whole-word `word` in `text` after the first
/// `=` of a message (so ids are never touched).
fn first_use(text: &str, word: &str) -> usize {
    let mut from = 0;
    while let Some(i) = text[from..].find(word).map(|i| i + from) {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        let line_start = text[..i].rfind('\n').map_or(0, |n| n + 1);
        let in_value = text[line_start..i].contains('=') || text[line_start..i].starts_with(' ');
        // As the check splits words: a zero-width non-joiner is inside one.
        let in_word = |c: char| c.is_alphanumeric() || c == '\u{200C}';
        if in_value && !before.is_some_and(in_word) && !after.is_some_and(in_word) {
            return i;
        }
        from = i + word.len();
    }
    panic!("`{word}` is not in the text");
}

#[test]
fn a_seeded_typo_in_each_language_is_found_with_the_right_word_suggested() {
    let places = places();
    let mut checked = Vec::new();
    for &(tag, file, right, typo) in SEEDED {
        if !installed(tag, &places) {
            continue;
        }
        let rel = format!("locales/{tag}/{file}");
        let mut sources = shipped();
        let text = sources.get(&rel).unwrap().text().unwrap().to_string();
        let at = first_use(&text, right);
        let seeded = format!("{}{typo}{}", &text[..at], &text[at + right.len()..]);
        sources.insert(&rel, seeded.clone().into_bytes());
        let project = Project::load(sources);
        let findings = spelling_findings(&project, tag, &places);
        let line = seeded[..at].matches('\n').count() + 1;
        let line_start = seeded[..at].rfind('\n').map_or(0, |n| n + 1);
        let col = seeded[line_start..at].chars().count() + 1;
        let found = findings
            .iter()
            .find(|d| {
                d.code == config::SPELLING
                    && d.location
                        .as_ref()
                        .is_some_and(|l| l.file == rel && l.line == line && l.col == col)
            })
            .unwrap_or_else(|| {
                panic!(
                    "`{typo}` at {rel}:{line}:{col} was not reported; the spelling findings: {:#?}",
                    findings
                        .iter()
                        .map(Diagnostic::one_line)
                        .collect::<Vec<_>>()
                )
            });
        assert!(
            found.message.contains(typo),
            "the finding names the word: {}",
            found.message
        );
        assert!(
            found.suggestions.iter().take(3).any(|s| s == right),
            "`{right}` is not among the first three suggestions for `{typo}`: {:?}",
            found.suggestions
        );
        assert!(
            found.help.as_deref().is_some_and(|h| h.contains(right)),
            "the help names the suggestion: {:?}",
            found.help
        );
        checked.push(tag);
    }
    eprintln!("seeded typos found in: {checked:?}");
}

#[test]
fn the_shipped_text_has_no_spelling_findings() {
    let places = places();
    let project = Project::load(shipped());
    for tag in ["en-GB", "cy", "pl", "ro", "uk", "ar", "fa"] {
        if !installed(tag, &places) {
            continue;
        }
        let findings = spelling_findings(&project, tag, &places);
        assert!(
            findings.is_empty(),
            "{tag}: {:#?}",
            findings
                .iter()
                .map(Diagnostic::one_line)
                .collect::<Vec<_>>()
        );
    }
}

#[test]
fn a_misspelt_word_is_spelling_not_a_hard_word() {
    let places = places();
    if !installed("en-GB", &places) {
        return;
    }
    let rel = "locales/en-GB/easy-read.ftl";
    let mut sources = shipped();
    let text = sources.get(rel).unwrap().text().unwrap().to_string();
    let at = first_use(&text, "People");
    let seeded = format!("{}Peple{}", &text[..at], &text[at + "People".len()..]);
    sources.insert(rel, seeded.into_bytes());
    let project = Project::load(sources);
    let opts = CheckOptions::parse(&project, &["en-GB"], &["easy-read"]).unwrap();
    let mut findings = careguide::check::easy_read::check_project(&project, &opts);
    assert!(
        findings
            .iter()
            .any(|d| d.code == config::HARD_WORD && d.message.contains("Peple")),
        "the hard-word rule alone calls it a hard word"
    );
    findings.extend(spelling::check_with(&project, &opts, &places));
    spelling::supersede_hard_words(&mut findings);
    let about: Vec<&Diagnostic> = findings
        .iter()
        .filter(|d| d.message.contains("`Peple`"))
        .collect();
    assert_eq!(about.len(), 1, "{about:#?}");
    assert_eq!(about[0].code, config::SPELLING);
}

#[test]
fn a_missing_dictionary_is_named_once_and_the_rest_are_checked() {
    let empty = tempfile::tempdir().unwrap();
    let places = Places {
        dictionaries: vec![empty.path().to_path_buf()],
        cache: None,
    };
    let project = Project::load(shipped());
    let findings = spelling::check_with(&project, &CheckOptions::default(), &places);
    let missing: Vec<&Diagnostic> = findings
        .iter()
        .filter(|d| d.code == spelling::NO_DICTIONARY)
        .collect();
    // One for each shipped language, and nothing else.
    assert_eq!(missing.len(), 7, "{missing:#?}");
    assert_eq!(findings.len(), 7);
    assert!(missing.iter().any(|d| d.message.contains("Welsh")));
}
