//! The edition head (`layout`, `order`, `background`) and the help
//! picture, each problem at its line.

use super::load_content;
use crate::diag::Diagnostic;
use crate::source::Sources;

/// The embedded sources with `rel` changed by `edit`.
fn edited(rel: &str, edit: impl FnOnce(&str) -> String) -> (Sources, String) {
    let mut sources = Sources::embedded();
    let text = edit(sources.get(rel).unwrap().text().unwrap());
    sources.insert(rel, text.clone());
    (sources, text)
}

fn line_of(text: &str, needle: &str) -> usize {
    text[..text.find(needle).unwrap()].matches('\n').count() + 1
}

fn errors(sources: &Sources) -> Vec<Diagnostic> {
    load_content(sources)
        .1
        .into_iter()
        .filter(Diagnostic::is_error)
        .collect()
}

#[test]
fn the_shipped_editions_have_their_layouts_in_order() {
    let (content, diags) = load_content(&Sources::embedded());
    assert!(diags.iter().all(|d| !d.is_error()), "{diags:?}");
    let shape: Vec<(&str, &str)> = content
        .editions
        .iter()
        .map(|e| (e.id.as_str(), e.layout.name()))
        .collect();
    assert_eq!(
        shape,
        [
            ("guide", "chapters"),
            ("easy-read", "statements"),
            ("framework", "chapters")
        ]
    );
}

#[test]
fn an_unknown_layout_is_an_error_at_its_line() {
    const FILE: &str = "content/editions/easy-read.toml";
    let (sources, text) = edited(FILE, |t| {
        t.replacen("layout = \"statements\"", "layout = \"easy\"", 1)
    });
    let errors = errors(&sources);
    assert_eq!(errors.len(), 1, "{errors:?}");
    let d = &errors[0];
    assert_eq!(d.message, "there is no layout `easy`");
    let at = d.location.as_ref().unwrap();
    assert!(at.file.ends_with("easy-read.toml"));
    assert_eq!(at.line, line_of(&text, "layout = \"easy\""));
    let help = d.help.as_deref().unwrap();
    assert!(help.contains("`chapters` or `statements`"), "{help}");
}

#[test]
fn a_missing_layout_is_an_error_at_the_edition() {
    const FILE: &str = "content/editions/framework.toml";
    let (sources, text) = edited(FILE, |t| t.replacen("layout = \"chapters\"\n", "", 1));
    let errors = errors(&sources);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(
        errors[0].message,
        "edition `framework` does not say its layout"
    );
    let at = errors[0].location.as_ref().unwrap();
    assert_eq!(at.line, line_of(&text, "edition = \"framework\""));
    assert!(errors[0].help.as_deref().unwrap().contains("layout = "));
}

#[test]
fn editions_are_listed_by_their_order() {
    const FILE: &str = "content/editions/framework.toml";
    let (sources, _) = edited(FILE, |t| t.replacen("order = 3", "order = 0", 1));
    let (content, _) = load_content(&sources);
    assert_eq!(content.edition_ids(), ["framework", "guide", "easy-read"]);
}

#[test]
fn a_background_that_names_no_block_is_an_error_at_its_line() {
    const FILE: &str = "content/editions/guide.toml";
    let (sources, text) = edited(FILE, |t| {
        t.replacen(
            "\"framework/outcomes/outcome-2-text\"",
            "\"framework/outcomes/outcome-9-text\"",
            1,
        )
    });
    let errors = errors(&sources);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(
        errors[0].message,
        "background `framework/outcomes/outcome-9-text` does not name a block of any edition"
    );
    let at = errors[0].location.as_ref().unwrap();
    assert_eq!(at.line, line_of(&text, "outcome-9-text"));
}

#[test]
fn the_help_picture_must_be_a_picture() {
    const FILE: &str = "content/facts.toml";
    let (sources, text) = edited(FILE, |t| {
        t.replacen(
            "get-help-now-picture = \"help-lines\"",
            "get-help-now-picture = \"help-line\"",
            1,
        )
    });
    let errors = errors(&sources);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].message, "there is no picture `help-line`");
    let at = errors[0].location.as_ref().unwrap();
    assert_eq!(at.line, line_of(&text, "\"help-line\""));
}
