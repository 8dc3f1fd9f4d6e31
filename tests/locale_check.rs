//! The translators' check: a fixture locale with one seeded mistake of
//! each kind, each caught at its line and column; a clean locale with no
//! findings; outdated translations shown with the old and new English.

mod support;

use careguide::check::locale_qa::check_locale;
use careguide::diag::{Diagnostic, Severity};
use careguide::i18n::ftl::messages;
use careguide::project::Project;
use careguide::source::Sources;
use careguide::translate;

const META: &str =
    "name = \"Deutsch\"\nenglish-name = \"German\"\ndirection = \"ltr\"\nstatus = \"draft\"\n";

fn project_with(files: &[(&str, String)]) -> Project {
    let mut s = Sources::embedded();
    for (rel, text) in files {
        s.insert(rel, text.as_bytes().to_vec());
    }
    Project::load(s)
}

fn findings(project: &Project, tag: &str) -> Vec<Diagnostic> {
    let locale = project
        .locales
        .get(&tag.parse().unwrap())
        .expect("fixture locale loads");
    check_locale(project, locale)
}

fn at(findings: &[Diagnostic], code: &str) -> (Severity, usize, usize) {
    let d = findings
        .iter()
        .find(|d| d.code == code)
        .unwrap_or_else(|| panic!("no `{code}` finding in:\n{}", support::render(findings)));
    let l = d.location.as_ref().unwrap();
    assert!(
        l.file.ends_with("locales/de/guide.ftl") || code == "missing",
        "{code} points at {}",
        l.file
    );
    (d.severity, l.line, l.col)
}

/// Column (1-based, in characters) of `needle` on line `line` of `text`.
fn col(text: &str, line: usize, needle: &str) -> usize {
    let l = text.lines().nth(line - 1).unwrap();
    l[..l
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not on line {line}: {l}"))]
        .chars()
        .count()
        + 1
}

#[test]
fn each_seeded_mistake_is_found_at_its_place() {
    let long = "Sehr langer Text ".repeat(120);
    let ftl = [
        "### fixture",                                         // 1
        "guide-title = Ein Leitfaden",                         // 2
        "guide-about-title = About this guide",                // 3 identical
        "guide-about-p2 = Jedes Jahr gibt es 300.000 Kinder.", // 4 digits
        "guide-next-childline = **{ $childline-name }** ruf { $childline-phone } an [Netz]({ $childline-wbe })", // 5 variables, link
        "guide-outcome-1-for-you-1 = Deine Meinung **wird gehört", // 6 emphasis
        "guide-outcome-1-for-you-2 = Besuche www.example.org bitte", // 7 address
        "guide-outcome-1-for-you-3 = Text mit\u{202E}Umkehr",      // 8 bidi
        "guide-outcome-1-for-you-4 = Zwei  Leerzeichen",           // 9 double space
        "guide-outcome-1-for-you-5 = Endet mit Leerzeichen   ",    // 10 trailing
        "guide-old-message = Alt",                                 // 11 obsolete
        "guide-outcome-1-for-you-6 = { unclosed",                  // 12 syntax
        &format!("guide-outcome-1-for-you-7 = {long}"),            // 13 too long
        "guide-outcome-1-for-you-8 = Null\u{200B}breite und \u{1b}[31m", // 14 zero width, control
        "guide-outcome-1-for-you-9 = Ruf an , bitte",              // 15 space before comma
        "guide-outcome-2-title = Zeile\u{2028}Trenner",            // 16 line separator
        "guide-outcome-2-label = Weich\u{00AD}trennung",           // 17 soft hyphen
        "guide-outcome-2-p1 = Zwei\u{00A0} Leer",                  // 18 no-break + space
        "guide-outcome-2-p2 = Besuche childline.de bitte",         // 19 look-alike domain
        "",
    ]
    .join("\n");
    let project = project_with(&[
        ("locales/de/locale.toml", META.into()),
        ("locales/de/guide.ftl", ftl.clone()),
    ]);
    let f = findings(&project, "de");

    assert_eq!(at(&f, "identical"), (Severity::Warning, 3, 1));
    assert_eq!(
        at(&f, "digits-mismatch"),
        (Severity::Warning, 4, col(&ftl, 4, "300"))
    );
    assert_eq!(
        at(&f, "variable-added"),
        (Severity::Error, 5, col(&ftl, 5, "$childline-wbe"))
    );
    assert_eq!(at(&f, "variable-missing"), (Severity::Error, 5, 1));
    assert_eq!(
        at(&f, "link-mismatch"),
        (Severity::Error, 5, col(&ftl, 5, "]("))
    );
    assert_eq!(
        at(&f, "emphasis-mismatch"),
        (Severity::Warning, 6, col(&ftl, 6, "**"))
    );
    assert_eq!(
        at(&f, "typed-address"),
        (Severity::Error, 7, col(&ftl, 7, "www."))
    );
    let bidi = f
        .iter()
        .find(|d| d.code == "forbidden-character" && d.location.as_ref().unwrap().line == 8)
        .expect("bidi override found");
    assert_eq!(
        bidi.location.as_ref().unwrap().col,
        col(&ftl, 8, "\u{202E}")
    );
    assert_eq!(
        at(&f, "double-space"),
        (Severity::Warning, 9, col(&ftl, 9, "  "))
    );
    assert_eq!(
        at(&f, "trailing-space"),
        (Severity::Warning, 10, col(&ftl, 10, "   "))
    );
    assert_eq!(at(&f, "obsolete"), (Severity::Warning, 11, 1));
    assert_eq!(
        at(&f, "space-before-punctuation"),
        (Severity::Warning, 15, col(&ftl, 15, " ,"))
    );
    // Where the reference parser (fluent.syntax) puts it: the `}` is
    // expected where the next line starts.
    assert_eq!(at(&f, "E0003"), (Severity::Error, 13, 1));
    assert_eq!(at(&f, "too-long"), (Severity::Warning, 13, 1));
    let line14: Vec<_> = f
        .iter()
        .filter(|d| d.code == "forbidden-character" && d.location.as_ref().unwrap().line == 14)
        .collect();
    assert_eq!(
        line14.len(),
        2,
        "zero-width and ESC: {}",
        support::render(&f)
    );
    assert!(
        f.iter()
            .any(|d| d.code == "missing" && d.message.contains("guide-about-p1"))
    );
    for (line, needle) in [(16, "\u{2028}"), (17, "\u{00AD}"), (18, "\u{00A0}")] {
        assert!(
            f.iter().any(|d| d.code == "forbidden-character"
                && d.location
                    .as_ref()
                    .is_some_and(|l| l.line == line && l.col == col(&ftl, line, needle))),
            "line {line}: {}",
            support::render(&f)
        );
    }
    assert!(
        f.iter().any(|d| d.code == "typed-address"
            && d.location
                .as_ref()
                .is_some_and(|l| l.line == 19 && l.col == col(&ftl, 19, "childline.de"))),
        "{}",
        support::render(&f)
    );
    // Every finding says what to do.
    assert!(f.iter().all(|d| d.help.is_some()));
}

/// A locale whose every message mirrors the English, letters changed.
fn clean_locale(project: &Project) -> Vec<(String, String)> {
    let source = project.locales.source().unwrap();
    let mut files = vec![("locales/de/locale.toml".to_string(), META.to_string())];
    for file in &source.files {
        let name = file.rel.rsplit('/').next().unwrap();
        if name == "framework.ftl" {
            continue;
        }
        let mut out = String::new();
        for m in messages(file) {
            let raw = &file.text()[m.start..m.end];
            let (id, value) = raw.split_once('=').unwrap();
            out.push_str(id);
            out.push('=');
            out.push_str(&accent_outside_braces(value));
            if !out.ends_with('\n') {
                out.push('\n');
            }
        }
        files.push((format!("locales/de/{name}"), out));
    }
    files
}

/// Changes vowels in the words a reader sees, leaving placeables, variant
/// keys and link addresses alone.
fn accent_outside_braces(s: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    let mut in_href = false;
    let mut in_ident = false;
    let mut in_key = false;
    let mut prev = ' ';
    // The last character that was not a space.
    let mut last_seen = ' ';
    for c in s.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            '(' if prev == ']' => in_href = true,
            ')' if in_href => in_href = false,
            '[' if depth > 0 => in_key = true,
            ']' if in_key => in_key = false,
            '$' | '-' if depth > 0 && (prev == ' ' || prev == '{') => in_ident = true,
            // A message reference: `{ site-exit-page }`.
            c if depth > 0 && c.is_ascii_alphabetic() && last_seen == '{' => in_ident = true,
            _ => {}
        }
        if !c.is_whitespace() {
            last_seen = c;
        }
        if in_ident && !(c.is_ascii_alphanumeric() || c == '-' || c == '$' || c == '_') {
            in_ident = false;
        }
        let protected = in_href || in_ident || in_key || (depth > 0 && c.is_ascii_uppercase());
        out.push(if protected {
            c
        } else {
            match c {
                'a' => 'à',
                'e' => 'é',
                'o' => 'ö',
                'u' => 'ü',
                'i' => 'ï',
                'O' => 'Ö',
                'A' => 'À',
                'E' => 'É',
                other => other,
            }
        });
        prev = c;
    }
    out
}

#[test]
fn a_clean_locale_has_no_findings() {
    let base = Project::embedded();
    let files = clean_locale(&base);
    let refs: Vec<(&str, String)> = files.iter().map(|(a, b)| (a.as_str(), b.clone())).collect();
    let project = project_with(&refs);
    let f = findings(&project, "de");
    assert!(f.is_empty(), "{}", support::render(&f));
}

#[test]
fn outdated_translation_shows_old_and_new_english() {
    let base = Project::embedded();
    let mut files = clean_locale(&base);
    let refs: Vec<(&str, String)> = files.iter().map(|(a, b)| (a.as_str(), b.clone())).collect();
    let project = project_with(&refs);
    let locale = project.locales.get(&"de".parse().unwrap()).unwrap();
    let (rel, prints) = translate::mark_current(&project, locale).unwrap();
    assert_eq!(rel, "locales/de/translated-from.toml");
    files.push((rel, prints));
    // Now the English changes.
    let en = support::embedded_text("locales/en-GB/guide.ftl").replacen(
        "guide-about-title = About this guide",
        "guide-about-title = About this little guide",
        1,
    );
    files.push(("locales/en-GB/guide.ftl".into(), en));
    let refs: Vec<(&str, String)> = files.iter().map(|(a, b)| (a.as_str(), b.clone())).collect();
    let project = project_with(&refs);
    let f = findings(&project, "de");
    let outdated: Vec<_> = f.iter().filter(|d| d.code == "outdated").collect();
    assert_eq!(outdated.len(), 1, "{}", support::render(&f));
    assert!(outdated[0].message.contains("was: About this guide"));
    assert!(outdated[0].message.contains("now: About this little guide"));
}

#[test]
fn mark_current_with_messages_records_only_those() {
    let base = Project::embedded();
    let mut files = clean_locale(&base);
    let refs: Vec<(&str, String)> = files.iter().map(|(a, b)| (a.as_str(), b.clone())).collect();
    let project = project_with(&refs);
    let locale = project.locales.get(&"de".parse().unwrap()).unwrap();
    files.push(translate::mark_current(&project, locale).unwrap());
    // Two English messages change; the translator brings one up to date.
    let en = support::embedded_text("locales/en-GB/guide.ftl")
        .replacen(
            "guide-about-title = About this guide",
            "guide-about-title = About this little guide",
            1,
        )
        .replacen(
            "guide-description = For children and young people",
            "guide-description = For young people and children",
            1,
        );
    files.push(("locales/en-GB/guide.ftl".into(), en));
    let refs: Vec<(&str, String)> = files.iter().map(|(a, b)| (a.as_str(), b.clone())).collect();
    let project = project_with(&refs);
    let locale = project.locales.get(&"de".parse().unwrap()).unwrap();
    let only = ["guide-about-title".to_string()];
    let (rel, prints) = translate::mark_messages_current(&project, locale, Some(&only)).unwrap();
    let unknown = ["guide-no-such-message".to_string()];
    assert!(translate::mark_messages_current(&project, locale, Some(&unknown)).is_err());
    files.retain(|(path, _)| *path != rel);
    files.push((rel, prints));
    let refs: Vec<(&str, String)> = files.iter().map(|(a, b)| (a.as_str(), b.clone())).collect();
    let project = project_with(&refs);
    let f = findings(&project, "de");
    let outdated: Vec<_> = f.iter().filter(|d| d.code == "outdated").collect();
    assert_eq!(outdated.len(), 1, "{}", support::render(&f));
    assert!(
        outdated[0].message.contains("guide-description"),
        "{}",
        outdated[0].message
    );
}

#[test]
fn new_locale_has_every_message_commented_with_its_english() {
    let project = Project::embedded();
    let files = translate::new_locale(&project, "ti").unwrap();
    let guide = &files
        .iter()
        .find(|(p, _)| p == "locales/ti/guide.ftl")
        .unwrap()
        .1;
    assert!(guide.contains("# English: About this guide\n# guide-about-title =\n"));
    assert!(files.iter().all(|(p, _)| !p.ends_with("framework.ftl")));
    // The scaffold loads as a locale with nothing translated yet, and the
    // check tells the translator what is missing.
    let mut refs: Vec<(&str, String)> =
        files.iter().map(|(a, b)| (a.as_str(), b.clone())).collect();
    refs.push(("locales/ti/locale.toml", files[0].1.clone()));
    let p = project_with(&refs);
    let f = findings(&p, "ti");
    assert!(
        f.iter().all(|d| d.code == "missing"),
        "{}",
        support::render(&f)
    );
    assert!(
        translate::new_locale(&project, "cy").is_err(),
        "an existing locale is not overwritten"
    );
    // The English whole: every variant of a select, and each note.
    let file =
        |files: &[(String, String)], p: &str| files.iter().find(|(q, _)| q == p).unwrap().1.clone();
    let site = file(&files, "locales/ti/site.ftl");
    assert!(
        site.contains("# the facts. Keep the link as it is"),
        "{site}"
    );
    assert!(site.contains("## Help lines"), "{site}");
    let kiosk = file(&files, "locales/ti/kiosk.ftl");
    let en_kiosk = support::embedded_text("locales/en-GB/kiosk.ftl");
    let select = en_kiosk
        .lines()
        .find(|l| l.trim_start().starts_with("*["))
        .expect("the English kiosk has a select");
    assert!(kiosk.contains(&format!("#          {select}")), "{kiosk}");
    // The tag spelled as usual, the direction from the language.
    for asked in ["pt_BR", "pt-br"] {
        let files = translate::new_locale(&project, asked).unwrap();
        assert!(
            files.iter().all(|(p, _)| p.starts_with("locales/pt-BR/")),
            "{asked}"
        );
    }
    let ps = translate::new_locale(&project, "ps").unwrap();
    assert!(file(&ps, "locales/ps/locale.toml").contains("direction = \"rtl\""));
    assert!(file(&files, "locales/ti/locale.toml").contains("direction = \"ltr\""));
}

#[test]
fn every_shipped_locale_passes_without_errors() {
    let project = Project::embedded();
    for locale in &project.locales.list {
        let f = check_locale(&project, locale);
        let errors: Vec<_> = f.into_iter().filter(Diagnostic::is_error).collect();
        assert!(
            errors.is_empty(),
            "{}:\n{}",
            locale.tag,
            support::render(&errors)
        );
    }
}

#[test]
fn every_shipped_translation_records_the_english_it_was_made_from() {
    // Without this record an English change could not be flagged as
    // making a translation outdated.
    let project = Project::embedded();
    for locale in project.locales.list.iter().filter(|l| l.pseudo.is_none()) {
        let tag = locale.tag_str();
        if tag == "en-GB" {
            continue;
        }
        let prints = careguide::i18n::fingerprint::load(&project.sources, &tag)
            .unwrap_or_else(|d| panic!("{}", support::render(&[d])));
        let (_, current) = translate::mark_current(&project, locale).unwrap();
        assert!(
            prints.len() * 10 >= current.matches("fingerprint =").count() * 9,
            "{tag}: only {} messages have a record; run `careguide locale mark-current {tag}` once they are checked",
            prints.len()
        );
    }
}

#[test]
fn a_language_just_begun_publishes_nothing_not_even_the_english_framework() {
    let base = Project::embedded();
    let files = translate::new_locale(&base, "pt-BR").unwrap();
    let project = project_with(
        &files
            .iter()
            .map(|(a, b)| (a.as_str(), b.clone()))
            .collect::<Vec<_>>(),
    );
    let tag = "pt-BR".parse().unwrap();
    for edition in ["guide", "easy-read", "framework"] {
        assert!(
            matches!(
                project.availability(&tag, edition),
                careguide::project::Availability::Incomplete(_)
            ),
            "{edition}"
        );
    }
    // Welsh translates the guide, so its framework is shown in English.
    assert!(matches!(
        project.availability(&"cy".parse().unwrap(), "framework"),
        careguide::project::Availability::EnglishOnly
    ));
}

#[test]
fn mark_current_refuses_a_translation_with_errors() {
    let copy = support::working_copy();
    let dir = copy.path();
    let ftl = dir.join("locales/cy/ui.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    // A syntax error: an error.
    let broken = format!("{text}\nui-draft-notice = {{ oops\n");
    std::fs::write(&ftl, broken).unwrap();
    let record = dir.join("locales/cy/translated-from.toml");
    let before = std::fs::read(&record).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_careguide"))
        .args(["locale", "mark-current", "cy"])
        .current_dir(dir)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{err}");
    assert!(err.contains("nothing was recorded"), "{err}");
    assert_eq!(std::fs::read(&record).unwrap(), before);
}

#[test]
fn structure_mistakes_are_found_at_their_place() {
    let ftl = [
        "guide-title = Ein Leitfaden",                   // 1
        "guide-title = Noch einmal",                     // 2 duplicate id
        "guide-about-title = Über { missing-msg }",      // 3 unknown reference
        "guide-about-p2 = { $n ->",                      // 4
        "    [one] Eins",                                // 5
        "    [fewer] Wenige",                            // 6 not a plural form
        "    [one] Noch",                                // 7 duplicate variant
        "   *[other] Viele",                             // 8
        "}",                                             // 9
        "guide-outcome-1-for-you-1 = Text",              // 10
        "    .title = T",                                // 11 attribute not in English
        "    .title = U",                                // 12 duplicate attribute
        "guide-outcome-1-for-you-2 = { -no-such-term }", // 13 unknown term
        "",
    ]
    .join("\n");
    let project = project_with(&[
        ("locales/de/locale.toml", META.to_string()),
        ("locales/de/guide.ftl", ftl),
    ]);
    let f = findings(&project, "de");
    assert_eq!(at(&f, "duplicate-id"), (Severity::Error, 2, 1));
    assert_eq!(at(&f, "unknown-reference"), (Severity::Error, 3, 28));
    assert_eq!(at(&f, "plural-key"), (Severity::Error, 6, 6));
    assert_eq!(at(&f, "duplicate-variant"), (Severity::Error, 7, 6));
    assert_eq!(at(&f, "attribute-obsolete"), (Severity::Error, 11, 6));
    assert_eq!(at(&f, "duplicate-attribute"), (Severity::Error, 12, 6));
    assert!(f.iter().any(|d| d.code == "unknown-reference"
        && d.location.as_ref().unwrap().line == 13
        && d.message.contains("-no-such-term")));
    // German has [one] and [other]: nothing falls to the default.
    assert!(
        !f.iter().any(|d| d.code == "plural-missing"),
        "{}",
        support::render(&f)
    );
}

#[test]
fn a_plural_select_covers_the_languages_cldr_forms() {
    let kiosk = support::embedded_text("locales/pl/kiosk.ftl");
    let without_few: String = kiosk
        .lines()
        .filter(|l| !l.trim_start().starts_with("[few]"))
        .map(|l| format!("{l}\n"))
        .collect();
    let project = project_with(&[("locales/pl/kiosk.ftl", without_few.clone())]);
    let f = findings(&project, "pl");
    let d = f
        .iter()
        .find(|d| d.code == "plural-missing")
        .unwrap_or_else(|| panic!("{}", support::render(&f)));
    let l = d.location.as_ref().unwrap();
    assert!(l.file.ends_with("locales/pl/kiosk.ftl"));
    assert_eq!(l.line, col_line(&without_few, "*[other] Przewodnik"));
    assert!(d.message.contains("[few]"), "{}", d.message);
    // Every shipped language covers its forms.
    let shipped = Project::load(Sources::embedded());
    for locale in &shipped.locales.list {
        let f = check_locale(&shipped, locale);
        assert!(
            !f.iter().any(|d| d.code.starts_with("plural")),
            "{}",
            support::render(&f)
        );
    }
}

/// The 1-based line on which `needle` is found.
fn col_line(text: &str, needle: &str) -> usize {
    text[..text.find(needle).unwrap()].matches('\n').count() + 1
}

#[test]
fn build_refuses_what_locale_check_calls_an_error() {
    use careguide::build::{BuildRequest, build};
    // The 999 link in Polish without its `tel:`: a link that differs.
    let site = support::embedded_text("locales/pl/site.ftl");
    let broken = site.replacen("](tel:{ $emergency-phone })", "]({ $emergency-phone })", 1);
    assert_ne!(site, broken);
    let line = col_line(&broken, "]({ $emergency-phone })");
    let project = project_with(&[("locales/pl/site.ftl", broken)]);
    let pl = project.locales.get(&"pl".parse().unwrap()).unwrap();
    let errors: Vec<_> = check_locale(&project, pl)
        .into_iter()
        .filter(|d| d.is_error())
        .collect();
    assert!(errors.iter().any(|d| d.code == "link-mismatch"));
    let out = tempfile::tempdir().unwrap();
    let req = BuildRequest {
        out: out.path().join("dist"),
        editions: vec![],
        langs: vec![],
        formats: vec![],
        render: Default::default(),
        include_incomplete: false,
    };
    // Polish is set aside with its error; the other languages are built.
    let report = build(&project, &req).expect("the other languages are built");
    assert!(
        report.set_aside.iter().any(|d| d.code == "link-mismatch"
            && d.location
                .as_ref()
                .is_some_and(|l| l.file.ends_with("locales/pl/site.ftl") && l.line == line)),
        "{}",
        support::render(&report.set_aside)
    );
    let html = out.path().join("dist/html");
    assert!(!html.join("pl").exists(), "nothing of Polish is published");
    assert!(html.join("en-GB").is_dir() && html.join("cy").is_dir());
    assert!(!report.files.iter().any(|f| f.contains("/pl/")));
}

/// Every translation marked current, then `edit` applied to the English
/// `file`: the outdated findings of each translation.
fn outdated_after(
    base: Project,
    file: &str,
    edit: impl Fn(&str) -> String,
) -> Vec<(String, Vec<Diagnostic>)> {
    let mut files: Vec<(String, String)> = Vec::new();
    for l in &base.locales.list {
        if l.tag_str() == "en-GB" {
            continue;
        }
        files.push(translate::mark_current(&base, l).unwrap());
    }
    let rel = format!("locales/en-GB/{file}");
    files.push((rel.clone(), edit(&support::embedded_text(&rel))));
    let refs: Vec<(&str, String)> = files.iter().map(|(a, b)| (a.as_str(), b.clone())).collect();
    let project = project_with(&refs);
    project
        .locales
        .list
        .iter()
        .filter(|l| l.tag_str() != "en-GB")
        .map(|l| {
            let f = check_locale(&project, l);
            (
                l.tag_str(),
                f.into_iter().filter(|d| d.code == "outdated").collect(),
            )
        })
        .collect()
}

#[test]
fn editing_the_one_variant_marks_the_message_outdated_everywhere() {
    let changed = outdated_after(Project::embedded(), "kiosk.ftl", |t| {
        t.replacen(
            "[one] The guide will go back to the start in 1 second.",
            "[one] The guide goes back to the start in 1 second.",
            1,
        )
    });
    assert_eq!(changed.len(), 6);
    for (tag, out) in changed {
        assert_eq!(out.len(), 1, "{tag}: {}", support::render(&out));
        assert!(
            out[0].message.contains("the [one] variant changed"),
            "{tag}: {}",
            out[0].message
        );
    }
}

#[test]
fn editing_an_attribute_marks_the_message_outdated() {
    // An English message with an attribute, translated by `de`, marked current.
    let en_rel = "locales/en-GB/guide.ftl";
    let en = format!(
        "{}\nguide-test-spoken = Hello\n    .spoken = Hello there\n",
        support::embedded_text(en_rel)
    );
    let de = "guide-test-spoken = Hallo\n    .spoken = Hallo du\n".to_string();
    let base = project_with(&[
        (en_rel, en.clone()),
        ("locales/de/locale.toml", META.to_string()),
        ("locales/de/guide.ftl", de.clone()),
    ]);
    let de_locale = base.locales.get(&"de".parse().unwrap()).unwrap();
    let (rel, prints) = translate::mark_current(&base, de_locale).unwrap();
    let files = |en: String| {
        project_with(&[
            (en_rel, en),
            ("locales/de/locale.toml", META.to_string()),
            ("locales/de/guide.ftl", de.clone()),
            (rel.as_str(), prints.clone()),
        ])
    };
    let same = files(en.clone());
    assert!(
        findings(&same, "de").iter().all(|d| d.code != "outdated"),
        "nothing changed yet"
    );
    let edited = files(en.replace(".spoken = Hello there", ".spoken = Hello, friend"));
    let f = findings(&edited, "de");
    let out: Vec<_> = f.iter().filter(|d| d.code == "outdated").collect();
    assert_eq!(out.len(), 1, "{}", support::render(&f));
    assert!(
        out[0].message.contains("attribute .spoken changed"),
        "{}",
        out[0].message
    );
}

/// The flattened text shows a message's default variant only; a phone
/// number typed in another variant, in an attribute or in a string
/// literal is found at its place, and `build` refuses that language.
#[test]
fn a_phone_number_typed_in_any_part_is_found() {
    let ftl = [
        "kiosk-idle-countdown =",                               // 1
        "    { $seconds ->",                                    // 2
        "        [one] Zurück in 1 Sekunde. Ruf 0800 1111 an.", // 3 phone in [one]
        "       *[other] Zurück in { $seconds } Sekunden.",     // 4
        "    }",                                                // 5
        "kiosk-app-name = Der Leitfaden { \"116 123\" }",       // 6 phone in a literal
        "kiosk-help-title = Hilfe 0808 800 5000",               // 7 phone in the value
        "",
    ]
    .join("\n");
    let project = project_with(&[
        ("locales/de/locale.toml", META.into()),
        ("locales/de/kiosk.ftl", ftl.clone()),
    ]);
    let f = findings(&project, "de");
    let phones: Vec<(usize, usize)> = f
        .iter()
        .filter(|d| d.code == "typed-phone")
        .map(|d| {
            assert_eq!(d.severity, Severity::Error);
            let l = d.location.as_ref().unwrap();
            assert!(l.file.ends_with("locales/de/kiosk.ftl"), "{}", l.file);
            (l.line, l.col)
        })
        .collect();
    assert_eq!(
        phones,
        vec![
            (3, col(&ftl, 3, "0800")),
            (6, col(&ftl, 6, "116")),
            (7, col(&ftl, 7, "0808")),
        ],
        "{}",
        support::render(&f)
    );
    // "1" in `[one]` is the English's own number: not a finding.
    assert!(
        !f.iter()
            .any(|d| d.code == "digits-mismatch" && d.location.as_ref().unwrap().line == 3),
        "{}",
        support::render(&f)
    );
}
