//! The editors' easy-read rules on fixture texts (tests/fixtures/check/):
//! each rule fires where it should, at the asserted line and column, and
//! stays quiet on clean text; the shipped content passes with no errors;
//! the readability figures equal hand-computed values.

mod support;

use careguide::check::config::{self, Level};
use careguide::check::easy_read::{CheckOptions, check_project, resolve_glossary};
use careguide::check::readability::{Counts, readability, readability_table};
use careguide::diag::{Diagnostic, Severity};
use careguide::project::Project;
use careguide::render::html::readability_html;
use careguide::render::{Format, SiteEntry};
use careguide::sanitize::Keep;
use careguide::source::Sources;

const FINDINGS: &str = include_str!("fixtures/check/easy-read-findings.ftl");
const CLEAN: &str = include_str!("fixtures/check/easy-read-clean.ftl");
const POLISH: &str = include_str!("fixtures/check/pl-findings.ftl");
const EN_FILE: &str = "locales/en-GB/easy-read.ftl";

fn project_with(files: &[(&str, &str)]) -> Project {
    let mut sources = Sources::embedded();
    for (rel, text) in files {
        sources.insert(rel, text.as_bytes().to_vec());
    }
    Project::load(sources)
}

/// The shipped easy-read edition with a contact card (a paragraph of
/// several sentences) at the end of its last page: the fixtures' way to
/// reach the paragraph rules, as the easy read itself has only statements.
fn edition_with_card() -> (&'static str, String) {
    let rel = "content/editions/easy-read.toml";
    let shipped = Sources::embedded()
        .get(rel)
        .unwrap()
        .text()
        .unwrap()
        .to_string();
    let card = "\n[[pages.blocks]]\nkind = \"contact\"\nid = \"childline\"\norg = \"childline\"\n";
    (rel, shipped + card)
}

fn findings_in(project: &Project, locale: &str, file: &str) -> Vec<Diagnostic> {
    let opts = CheckOptions::parse(project, &[locale], &[]).unwrap();
    check_project(project, &opts)
        .into_iter()
        .filter(|d| d.location.as_ref().is_some_and(|l| l.file == file))
        .collect()
}

fn show(diags: &[Diagnostic]) -> String {
    diags
        .iter()
        .map(|d| format!("{} [{}]", d.one_line(), d.code))
        .collect::<Vec<_>>()
        .join("\n")
}

/// (rule, line, column, severity) of every finding.
fn places(diags: &[Diagnostic]) -> Vec<(&'static str, usize, usize, Severity)> {
    diags
        .iter()
        .map(|d| {
            let l = d.location.as_ref().unwrap();
            (d.code, l.line, l.col, d.severity)
        })
        .collect()
}

#[test]
fn each_rule_fires_at_its_line_and_column() {
    use Severity::{Error as E, Warning as W};
    let (edition, card) = edition_with_card();
    let project = project_with(&[(EN_FILE, FINDINGS), (edition, &card)]);
    let found = findings_in(&project, "en-GB", EN_FILE);
    let expected = vec![
        ("sentence-length", 6, 30, W),
        ("sentence-length", 7, 33, E),
        ("one-sentence", 8, 57, E),
        ("hard-word", 9, 34, W),
        ("glossary-first-use", 10, 38, W),
        ("abbreviation", 11, 54, E),
        ("abbreviation", 12, 35, E),
        ("contraction", 13, 45, E),
        ("contraction", 13, 72, E),
        ("passive-voice", 14, 41, W),
        ("all-caps", 15, 40, E),
        ("italics", 16, 38, E),
        ("underline", 17, 37, E),
        ("number-words", 18, 44, E),
        ("percentage", 19, 39, E),
        ("large-number", 20, 46, W),
        ("preferred-terms", 21, 39, E),
        ("paragraph-sentences", 28, 5, W),
    ];
    assert_eq!(places(&found), expected, "\n{}", show(&found));
    // Every finding says what to do, and marks the words it is about.
    for d in &found {
        assert!(
            d.help.as_deref().is_some_and(|h| !h.is_empty()),
            "{}",
            d.one_line()
        );
        let loc = d.location.as_ref().unwrap();
        let (text, span) = (loc.line_text.as_ref().unwrap(), loc.span.clone().unwrap());
        assert!(!text[span].trim().is_empty(), "{}", d.one_line());
    }
    let marked = |code: &str| {
        let d = found.iter().find(|d| d.code == code).unwrap();
        let loc = d.location.as_ref().unwrap();
        loc.line_text.as_ref().unwrap()[loc.span.clone().unwrap()].to_string()
    };
    assert_eq!(marked("hard-word"), "bureaucracy");
    assert_eq!(marked("abbreviation"), "e.g.");
    assert_eq!(marked("passive-voice"), "be listened");
    assert_eq!(marked("italics"), "*kind*");
    assert_eq!(marked("underline"), "__important__");
    assert_eq!(marked("large-number"), "400,000");
    assert_eq!(marked("preferred-terms"), "local authority");
    let contraction = found.iter().find(|d| d.code == "contraction").unwrap();
    assert_eq!(contraction.help.as_deref(), Some("write `cannot`"));
    assert!(
        found
            .iter()
            .find(|d| d.code == "passive-voice")
            .unwrap()
            .message
            .contains("heuristic")
    );
}

#[test]
fn clean_text_has_no_findings() {
    let project = project_with(&[(EN_FILE, CLEAN)]);
    let found = findings_in(&project, "en-GB", EN_FILE);
    assert!(found.is_empty(), "{}", show(&found));
}

#[test]
fn other_languages_get_only_the_language_neutral_rules() {
    let project = project_with(&[("locales/pl/easy-read.ftl", POLISH)]);
    let found = findings_in(&project, "pl", "locales/pl/easy-read.ftl");
    use Severity::{Error as E, Warning as W};
    assert_eq!(
        places(&found),
        vec![
            ("italics", 5, 38, E),
            ("all-caps", 5, 47, E),
            ("percentage", 5, 65, E),
            ("one-sentence", 6, 51, E),
            ("large-number", 7, 35, W),
            ("glossary-first-use", 12, 39, W)
        ],
        "\n{}",
        show(&found)
    );
}

#[test]
fn the_guide_is_checked_gently_and_the_framework_not_at_all() {
    let project = Project::embedded();
    let opts = CheckOptions::parse(&project, &["en-GB"], &["guide", "framework"]).unwrap();
    let found = check_project(&project, &opts);
    assert!(
        found.iter().all(|d| d.severity == Severity::Warning),
        "{}",
        show(&found)
    );
    assert!(found.iter().any(|d| d.code == "sentence-length"));
    assert!(!found.iter().any(|d| {
        d.location
            .as_ref()
            .is_some_and(|l| l.file.ends_with("framework.ftl"))
    }));
}

#[test]
fn levels_come_from_check_toml_per_edition_and_locale() {
    let toml = "[editions.easy-read.rules]\nitalics = \"warning\"\n[editions.easy-read.locales.en-GB.rules]\nitalics = \"off\"\ncontraction = \"warning\"\n";
    let (edition, card) = edition_with_card();
    let project = project_with(&[
        (EN_FILE, FINDINGS),
        ("content/check.toml", toml),
        (edition, &card),
    ]);
    let found = findings_in(&project, "en-GB", EN_FILE);
    assert_eq!(
        places(&found)
            .iter()
            .map(|p| (p.0, p.3))
            .collect::<Vec<_>>(),
        vec![
            ("contraction", Severity::Warning),
            ("contraction", Severity::Warning)
        ],
        "{}",
        show(&found)
    );
    let (config, diags) = config::load_config(&project.sources);
    assert!(diags.is_empty());
    assert_eq!(
        config
            .settings("easy-read", "pl")
            .unwrap()
            .level(config::ITALICS),
        Level::Warning
    );
}

#[test]
fn a_mistyped_rule_in_check_toml_is_an_error_with_a_suggestion() {
    let project = project_with(&[(
        "content/check.toml",
        "[editions.easy-read.rules]\nsentense-length = \"error\"\n",
    )]);
    let found = check_project(&project, &CheckOptions::default());
    let d = found
        .iter()
        .find(|d| d.code == config::CONFIG)
        .expect("a config finding");
    assert!(d.is_error());
    assert_eq!(d.location.as_ref().map(|l| (l.line, l.col)), Some((2, 1)));
    assert!(
        d.help
            .as_deref()
            .unwrap()
            .contains("did you mean `sentence-length`")
    );
}

#[test]
fn pictures_need_alt_text_in_the_locale_itself() {
    let pl = Sources::embedded()
        .get("locales/pl/pictures.ftl")
        .unwrap()
        .text()
        .unwrap()
        .to_string();
    let without: String = pl
        .lines()
        .filter(|l| !l.starts_with("picture-court-alt"))
        .map(|l| format!("{l}\n"))
        .collect();
    let project = project_with(&[("locales/pl/pictures.ftl", &without)]);
    let found = findings_in(&project, "pl", "locales/pl/pictures.ftl");
    assert_eq!(
        places(&found),
        vec![("picture-alt", 1, 1, Severity::Error)],
        "{}",
        show(&found)
    );
    assert!(found[0].message.contains("`court`"));
}

#[test]
fn statements_need_pictures_where_configured() {
    let toml = "[editions.guide.rules]\npicture-missing = \"error\"\n";
    let guide = Sources::embedded()
        .get("content/editions/guide.toml")
        .unwrap()
        .text()
        .unwrap()
        .replacen(
            "{ id = \"1\", picture = \"speak-up\" }",
            "{ id = \"1\" }",
            1,
        );
    let project = project_with(&[
        ("content/check.toml", toml),
        ("content/editions/guide.toml", &guide),
    ]);
    let found = findings_in(&project, "en-GB", "locales/en-GB/guide.ftl");
    let ftl = Sources::embedded()
        .get("locales/en-GB/guide.ftl")
        .unwrap()
        .text()
        .unwrap()
        .to_string();
    let line = ftl
        .lines()
        .position(|l| l.starts_with("guide-outcome-1-for-you-1 "))
        .unwrap()
        + 1;
    // At the message id.
    assert_eq!(
        places(&found),
        vec![("picture-missing", line, 1, Severity::Error)],
        "{}",
        show(&found)
    );
}

#[test]
fn the_glossary_is_complete_and_resolves() {
    let project = Project::embedded();
    let en = "en-GB".parse().unwrap();
    let entries = resolve_glossary(&project, &project.localizer(&en, Keep::NOTHING));
    for id in [
        "council",
        "social-worker",
        "practitioner",
        "advocate",
        "advocacy",
        "care-leaver",
        "kinship-care",
        "family-network",
        "court",
        "judge",
        "wellbeing",
        "discrimination",
        "disability",
        "foster-carer",
        "adoption",
        "personal-adviser",
        "complaint",
    ] {
        let e = entries
            .iter()
            .find(|e| e.id == id)
            .unwrap_or_else(|| panic!("no glossary entry {id}"));
        assert!(!e.term.is_empty() && !e.explain.is_empty(), "{id}");
    }
    let council = entries.iter().find(|e| e.id == "council").unwrap();
    assert!(council.forms.iter().any(|f| f == "local authority"));
    // A missing explanation is an error pointing into glossary.toml.
    let ftl = Sources::embedded()
        .get("locales/en-GB/glossary.ftl")
        .unwrap()
        .text()
        .unwrap()
        .replace("glossary-court-explain", "# glossary-court-explain");
    let project = project_with(&[("locales/en-GB/glossary.ftl", &ftl)]);
    let found = check_project(&project, &CheckOptions::default());
    let d = found
        .iter()
        .find(|d| d.code == "glossary")
        .expect("a glossary finding");
    assert!(
        d.is_error() && d.message.contains("glossary-court-explain"),
        "{}",
        show(&found)
    );
    assert_eq!(d.location.as_ref().unwrap().file, "content/glossary.toml");
}

#[test]
fn shipped_content_passes_with_no_errors() {
    let project = Project::embedded();
    let found = check_project(&project, &CheckOptions::default());
    let errors: Vec<Diagnostic> = found.into_iter().filter(Diagnostic::is_error).collect();
    assert!(errors.is_empty(), "{}", show(&errors));
}

// Readability.

fn one(v: Option<f64>) -> String {
    format!("{:.1}", v.unwrap())
}

#[test]
fn readability_equals_hand_computed_values() {
    // Children(2) can(1) get(1) help(1). A(1) social(2) worker(2) listens(2).
    // 2 sentences, 8 words, 12 syllables; long words (over 6 letters):
    // Children, listens.
    let c = Counts::of_text("Children can get help. A social worker listens.", "en");
    assert_eq!(
        (c.sentences, c.words, c.syllables, c.long_words),
        (2, 8, Some(12), 2)
    );
    assert_eq!(format!("{:.1}", c.words_per_sentence()), "4.0");
    assert_eq!(one(c.syllables_per_word()), "1.5");
    // FRE = 206.835 - 1.015 x 4 - 84.6 x 1.5 = 75.875
    assert_eq!(one(c.flesch_reading_ease()), "75.9");
    // FK = 0.39 x 4 + 11.8 x 1.5 - 15.59 = 3.67
    assert_eq!(one(c.flesch_kincaid_grade()), "3.7");
    // LIX = 4 + 100 x 2 / 8 = 29
    assert_eq!(format!("{:.1}", c.lix()), "29.0");

    // One sentence of 5 words: Your(1) family(3) can(1) stay(1) together(3) = 9.
    let c = Counts::of_text("Your family can stay together.", "en");
    assert_eq!(
        (c.sentences, c.words, c.syllables, c.long_words),
        (1, 5, Some(9), 1)
    );
    // FRE = 206.835 - 5.075 - 84.6 x 1.8 = 49.48; FK = 1.95 + 21.24 - 15.59 = 7.6
    assert_eq!(one(c.flesch_reading_ease()), "49.5");
    assert_eq!(one(c.flesch_kincaid_grade()), "7.6");
    // LIX = 5 + 100 x 1 / 5 = 25 (together)
    assert_eq!(format!("{:.1}", c.lix()), "25.0");

    // Persian: no syllables, so no Flesch figures; LIX still.
    // 1 sentence, 5 words (the zero-width non-joiner keeps می‌کنند one
    // word), 1 long word (خانواده‌ها: 9 letters).
    let c = Counts::of_text("خانواده‌ها به شما کمک می‌کنند.", "fa");
    assert_eq!(
        (c.sentences, c.words, c.syllables, c.long_words),
        (1, 5, None, 1)
    );
    assert_eq!(c.flesch_kincaid_grade(), None);
    // LIX = 5 + 100 x 1 / 5 = 25
    assert_eq!(format!("{:.1}", c.lix()), "25.0");

    // Polish with hyphenation patterns: dzie-ci (2) ma-ją (2) dom (1).
    let c = Counts::of_text("Dzieci mają dom.", "pl");
    assert_eq!((c.words, c.syllables), (3, Some(5)));
    assert_eq!(format!("{:.1}", c.lix()), "3.0");
}

#[test]
fn english_easy_read_meets_its_targets() {
    let project = Project::embedded();
    let rows = readability(&project);
    let easy: Vec<_> = rows
        .iter()
        .filter(|r| r.locale == "en-GB" && r.edition == "easy-read")
        .collect();
    assert!(easy.len() > 5);
    for r in &easy {
        let fk = r.flesch_kincaid_grade.unwrap();
        assert!(fk <= 5.0, "{:?}: Flesch-Kincaid grade {fk:.2}", r.page);
        assert!(
            r.counts.longest_sentence <= 15,
            "{:?}: a sentence of {} words",
            r.page,
            r.counts.longest_sentence
        );
    }
    let total = easy.iter().find(|r| r.page.is_none()).unwrap();
    assert!(total.flesch_kincaid_grade.unwrap() <= 5.0);
    // Languages without patterns have LIX only.
    let fa = rows
        .iter()
        .find(|r| r.locale == "fa" && r.edition == "easy-read")
        .unwrap();
    assert!(fa.syllables_per_word.is_none() && fa.flesch_reading_ease.is_none() && fa.lix > 0.0);
    let pl = rows
        .iter()
        .find(|r| r.locale == "pl" && r.edition == "easy-read")
        .unwrap();
    assert!(pl.syllables_per_word.is_some() && pl.flesch_kincaid_grade.is_none());
}

#[test]
fn readability_reports_are_self_contained() {
    let project = Project::embedded();
    let rows = readability(&project);
    let table = readability_table(&rows);
    assert!(
        table.contains("FK grade") && table.contains("(all pages)") && table.contains("outcome-1")
    );
    let tag = "en-GB".parse().unwrap();
    let doc = project
        .document("easy-read", &tag, Format::Html.keep(), &mut Vec::new())
        .unwrap();
    let html = readability_html(&rows, "en-GB", &[SiteEntry::of(&doc)]);
    assert!(html.starts_with("<!doctype html>"));
    assert!(html.contains("<html lang=\"en-GB\""));
    for banned in ["<script", "src=", "@import", "url(", "<link"] {
        assert!(!html.contains(banned), "the report has {banned}");
    }
    // Nothing is fetched: the only addresses are the licence's link.
    let links = html.matches("<a href=\"https://").count();
    assert_eq!(html.matches("http").count(), links);
    // The licence line of every other page, in English.
    let footer = &html[html.find("<footer>").expect("a footer")..];
    assert!(footer.contains("<p class=\"licence\">Contains public sector information"));
    assert!(footer.contains("Open Government Licence"));
    // A chart per page, its title in its own language and direction.
    let pages = rows.iter().filter(|r| r.page.is_some()).count();
    assert_eq!(html.matches("<figure").count(), pages);
    assert!(html.contains("lang=\"fa\" dir=\"rtl\""));
    assert!(html.contains("<caption"));
}

#[test]
fn readability_on_the_command_line_follows_lang_and_edition() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_careguide"))
        .args([
            "check",
            "--readability",
            "--lang",
            "cy",
            "--edition",
            "easy-read",
        ])
        .current_dir(std::env::temp_dir())
        .output()
        .expect("careguide runs");
    let text = String::from_utf8(out.stdout).unwrap();
    let tables: Vec<&str> = text.lines().filter(|l| l.contains(" edition; ")).collect();
    assert_eq!(tables.len(), 1, "{text}");
    assert!(
        tables[0].starts_with("Welsh (cy), easy-read edition"),
        "{text}"
    );
}

/// Runs careguide in `dir`; returns (stdout + stderr, success).
fn careguide_in(dir: &std::path::Path, args: &[&str]) -> (String, bool) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_careguide"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("careguide runs");
    let mut text = String::from_utf8_lossy(&out.stdout).to_string();
    text.push_str(&String::from_utf8_lossy(&out.stderr));
    (text, out.status.success())
}

#[test]
fn build_refuses_what_check_calls_an_error_and_check_sees_what_build_refuses() {
    let copy = support::working_copy();
    let dir = copy.path();
    let (text, ok) = careguide_in(dir, &["build", "--out", "out", "--format", "text"]);
    assert!(ok, "{text}");
    let before = std::fs::read(dir.join("out/text/en-GB/easy-read.txt")).unwrap();
    let ftl = dir.join(EN_FILE);
    let good = std::fs::read_to_string(&ftl).unwrap();
    let line = "easy-read-about-intro-better = Good help can make your life better.";
    assert!(good.contains(line));
    // An easy-read rule at the error level: check and build both refuse.
    std::fs::write(&ftl, good.replace(line, &line.replace("can", "CAN"))).unwrap();
    let (text, ok) = careguide_in(dir, &["check", "--format", "line"]);
    assert!(!ok && text.contains(": error[all-caps]: "), "{text}");
    let (text, ok) = careguide_in(dir, &["build", "--out", "out", "--format", "text"]);
    assert!(!ok && text.contains("CAN"), "{text}");
    assert!(text.contains("Nothing was published"), "{text}");
    // Raw HTML: build refused it before; now check says so too.
    std::fs::write(
        &ftl,
        good.replace(line, &line.replace("better.", "<b>better</b>.")),
    )
    .unwrap();
    let (text, ok) = careguide_in(dir, &["check", "--format", "line"]);
    assert!(!ok && text.contains("raw HTML"), "{text}");
    // Nothing was published: the last good build is as it was.
    let after = std::fs::read(dir.join("out/text/en-GB/easy-read.txt")).unwrap();
    assert_eq!(before, after);
}

#[test]
fn json_findings_carry_the_marked_words_and_where_they_end() {
    let (text, _) = careguide_in(
        &std::env::temp_dir(),
        &[
            "check",
            "--format",
            "json",
            "--lang",
            "en-GB",
            "--edition",
            "guide",
        ],
    );
    let findings: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    let list = findings.as_array().expect("a list");
    assert!(!list.is_empty());
    for f in list {
        let loc = &f["location"];
        let (col, end) = (
            loc["col"].as_u64().unwrap(),
            loc["end_col"].as_u64().unwrap(),
        );
        let marked = loc["marked"].as_str().unwrap();
        assert!(end > col && !marked.trim().is_empty(), "{f}");
    }
}

const STYLE: &str = include_str!("fixtures/check/style-findings.ftl");

#[test]
fn plain_writing_rules_fire_at_their_line_and_column() {
    use Severity::{Error as E, Warning as W};
    let project = project_with(&[(EN_FILE, STYLE)]);
    let found: Vec<Diagnostic> = findings_in(&project, "en-GB", EN_FILE)
        .into_iter()
        .filter(|d| !["glossary-first-use", "picture-missing"].contains(&d.code))
        .collect();
    let expected = vec![
        ("heading-length", 5, 25, E),
        ("intensifier", 5, 35, W),
        ("repeated-word", 6, 35, E),
        ("opening-pronoun", 7, 33, W),
        ("opening-pronoun", 8, 39, W),
        ("double-negative", 9, 37, E),
        ("double-negative", 10, 50, E),
        ("intensifier", 11, 45, W),
        ("punctuation", 12, 47, W),
        ("punctuation", 13, 54, W),
        ("simpler-word", 14, 44, W),
        ("idiom", 15, 43, W),
    ];
    assert_eq!(places(&found), expected, "\n{}", show(&found));
    let simpler = found.iter().find(|d| d.code == "simpler-word").unwrap();
    assert!(simpler.help.as_deref().unwrap().contains("\"help\""));
    // Quiet on clean text: the shipped English easy read has none of the
    // errors, and the clean fixture none at all.
    let clean = project_with(&[(EN_FILE, CLEAN)]);
    let style_rules = [
        "heading-length",
        "repeated-word",
        "opening-pronoun",
        "double-negative",
        "intensifier",
        "punctuation",
        "simpler-word",
        "idiom",
    ];
    let noisy: Vec<Diagnostic> = findings_in(&clean, "en-GB", EN_FILE)
        .into_iter()
        .filter(|d| style_rules.contains(&d.code))
        .collect();
    assert!(noisy.is_empty(), "{}", show(&noisy));
}

#[test]
fn the_simpler_words_list_has_at_least_200_pairs() {
    let text = Sources::embedded()
        .get("content/simpler-words.toml")
        .unwrap()
        .text()
        .unwrap()
        .to_string();
    let table: toml::Table = toml::from_str(&text).unwrap();
    assert!(table["en"].as_table().unwrap().len() >= 200);
}

/// check.toml and the glossary are read once per run: a bad line in each
/// is reported once by `careguide check --spelling` (the project's own
/// problems, then the easy-read rules and spelling), not once per reader.
#[test]
fn a_bad_config_line_and_a_bad_glossary_id_are_each_reported_once() {
    let embedded = Sources::embedded();
    let text = |rel: &str| embedded.get(rel).unwrap().text().unwrap().to_string();
    let check = text("content/check.toml").replacen(
        "one-sentence = \"error\"",
        "one-sentence = \"eror\"",
        1,
    );
    assert!(check.contains("\"eror\""));
    let glossary = text("content/glossary.toml") + "\n[[term]]\nid = \"Bad Id\"\n";
    let project = project_with(&[
        ("content/check.toml", &check),
        ("content/glossary.toml", &glossary),
    ]);
    let opts = CheckOptions::default();
    let mut found = project.diagnostics.clone();
    found.extend(careguide::check::editor_rules(&project, &opts));
    // Every later reader (the build's readability report) shares the first read.
    assert!(std::rc::Rc::ptr_eq(
        &config::for_project(&project),
        &config::for_project(&project)
    ));
    let count = |needle: &str| found.iter().filter(|d| d.message.contains(needle)).count();
    assert_eq!(count("unknown variant `eror`"), 1, "{}", show(&found));
    assert_eq!(
        count("`Bad Id` is not a valid glossary id"),
        1,
        "{}",
        show(&found)
    );
}
