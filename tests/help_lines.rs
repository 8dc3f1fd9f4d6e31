//! The help lines of "Get help now" are data: `get-help-now` in
//! content/facts.toml. A line added there (with its facts and its words)
//! shows in the web pages, the spoken help box and the kiosk, in the
//! listed order; one without its facts or its words is an error at its
//! name in facts.toml.

use careguide::diag::{Diagnostic, Severity};
use careguide::project::Project;
use careguide::render::{Format, RenderOptions};
use careguide::source::Sources;
use careguide::tui::library::{Library, Para};

/// A change to one file: its path and what its text becomes.
type Edit<'a> = (&'a str, &'a dyn Fn(&str) -> String);

/// The shipped project with `edit` applied to some of its files.
fn project_with(edit: &[Edit]) -> Project {
    let shipped = Sources::embedded();
    let files: Vec<(String, Vec<u8>)> = shipped
        .paths_under("")
        .into_iter()
        .map(|path| {
            let bytes = shipped.get(&path).unwrap().bytes.clone();
            match edit.iter().find(|(p, _)| *p == path) {
                Some((_, f)) => {
                    let edited = f(std::str::from_utf8(&bytes).unwrap());
                    (path, edited.into_bytes())
                }
                None => (path, bytes),
            }
        })
        .collect();
    Project::load(Sources::from_files(files))
}

const LOCAL_FACTS: &str =
    "\n[local-line]\nname = \"Riverside Children's Line\"\nphone = \"0800 123 4567\"\n";
const LOCAL_SITE: &str = "\nsite-local-line-name = { $local-line-name }\nsite-local-line-phone = { $local-line-phone }\nsite-local-line-about = Talk to the council's own team about anything.\n";
const LOCAL_KIOSK: &str = "\nkiosk-help-local-line = **{ $local-line-name }** is the council's own team.\nkiosk-help-local-line-call = Call { $local-line-name } free on **{ $local-line-phone }**\n";

fn list_three(facts: &str) -> String {
    facts.replace(
        "get-help-now = [\"childline\", \"help-at-hand\"]",
        "get-help-now = [\"childline\", \"help-at-hand\", \"local-line\"]",
    ) + LOCAL_FACTS
}

fn help_line_errors(project: &Project) -> Vec<&Diagnostic> {
    project
        .diagnostics
        .iter()
        .filter(|d| d.code == "bad-help-line")
        .collect()
}

/// Where each needle first appears in `hay`, in order, or a panic.
fn in_order(hay: &str, needles: &[&str]) {
    let at: Vec<usize> = needles
        .iter()
        .map(|n| hay.find(n).unwrap_or_else(|| panic!("no {n:?} in {hay}")))
        .collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{needles:?} at {at:?}");
}

#[test]
fn a_third_help_line_added_as_data_shows_everywhere_in_order() {
    let project = project_with(&[
        ("content/facts.toml", &list_three),
        ("locales/en-GB/site.ftl", &|s| s.to_string() + LOCAL_SITE),
        ("locales/en-GB/kiosk.ftl", &|s| s.to_string() + LOCAL_KIOSK),
    ]);
    assert!(help_line_errors(&project).is_empty());
    let lang = "en-GB".parse().unwrap();
    let doc = project
        .document("guide", &lang, Format::Html.keep(), &mut Vec::new())
        .unwrap();
    let orgs: Vec<&str> = doc.help_lines.iter().map(|c| c.org.as_str()).collect();
    assert_eq!(orgs, ["childline", "help-at-hand", "local-line"]);

    // The web page's Get help now box.
    let files = Format::Html.render(&doc, &RenderOptions::default());
    let page = files
        .iter()
        .find(|f| f.path.ends_with("index.html"))
        .unwrap();
    let html = std::str::from_utf8(&page.bytes).unwrap();
    let help = &html[html.find("id=\"get-help\"").unwrap()..];
    in_order(
        help,
        &[
            "0800 1111",
            "0800 528 0731",
            "Riverside Children",
            "href=\"tel:08001234567\"",
            "the council&#39;s own team about anything",
        ],
    );

    // The help box read aloud.
    let words = careguide::document::aloud::address_words(&doc.ui);
    let lines: Vec<String> = orgs.iter().map(|s| s.to_string()).collect();
    let said = careguide::document::aloud::help_speech(&doc.ui, &lines, &words);
    in_order(
        &said,
        &[
            "Childline",
            "Help at Hand",
            "Riverside",
            "0 8 0 0, 1 2 3, 4 5 6 7",
        ],
    );

    // The kiosk's Get help now.
    let lib = Library::load(&project, &lang).unwrap();
    let text: String = lib
        .help_paras()
        .iter()
        .filter_map(|p| match &p.para {
            Para::Heading(t) | Para::Body(t) => Some(t.plain() + "\n"),
            _ => None,
        })
        .collect();
    in_order(
        &text,
        &[
            "Call Childline free on 0800 1111",
            "Call Children's Commissioner's Help at Hand free on 0800 528 0731",
            "Call Riverside Children's Line free on 0800 123 4567",
            "Riverside Children's Line is the council's own team.",
        ],
    );
}

#[test]
fn a_help_line_without_its_facts_or_its_words_is_an_error_at_its_name() {
    // Listed, with no facts and no words.
    let project = project_with(&[("content/facts.toml", &|s| {
        list_three(s).replace(LOCAL_FACTS, "")
    })]);
    let errors = help_line_errors(&project);
    let line = project
        .sources
        .get("content/facts.toml")
        .unwrap()
        .text()
        .unwrap()
        .lines()
        .position(|l| l.starts_with("get-help-now"))
        .unwrap()
        + 1;
    // No name or phone, and each of its five messages.
    assert_eq!(errors.len(), 6, "{errors:#?}");
    for e in &errors {
        assert_eq!(e.severity, Severity::Error);
        let at = e.location.as_ref().expect("a place");
        assert_eq!((at.file.as_str(), at.line), ("content/facts.toml", line));
        assert!(e.message.contains("`local-line`"), "{}", e.message);
        assert!(e.help.as_deref().unwrap_or("").contains("add "), "{e:?}");
    }
    assert!(
        errors
            .iter()
            .any(|e| e.message.contains("no name or phone"))
    );
    assert!(
        errors
            .iter()
            .any(|e| e.message.contains("`kiosk-help-local-line-call`"))
    );

    // With its facts, but without its words in the kiosk.
    let project = project_with(&[
        ("content/facts.toml", &list_three),
        ("locales/en-GB/site.ftl", &|s| s.to_string() + LOCAL_SITE),
    ]);
    let errors: Vec<&str> = help_line_errors(&project)
        .iter()
        .map(|d| d.message.as_str())
        .collect();
    assert_eq!(
        errors,
        [
            "Get help now lists `local-line`, but the message `kiosk-help-local-line` is missing",
            "Get help now lists `local-line`, but the message `kiosk-help-local-line-call` is missing",
        ]
    );
}
