//! The help lines of "Get help now", in the order `get-help-now` at the
//! top of content/facts.toml lists them: the one source every renderer,
//! the speech and the kiosk read. Each names a table of facts (its name
//! and phone number) and has its words in the English messages below, so
//! a council can add a line by data alone. A line without its facts or
//! its messages is an error at its name in facts.toml, found when the
//! project loads (so `check`, `locale check` and `build` all report it).

use toml::Spanned;

use super::model::Facts;
use crate::diag::Diagnostic;
use crate::source::SourceFile;

/// The web page's name of the line (`site-<line>-name`).
pub fn site_name(line: &str) -> String {
    format!("site-{line}-name")
}

/// The web page's phone number of the line (`site-<line>-phone`).
pub fn site_phone(line: &str) -> String {
    format!("site-{line}-phone")
}

/// What the line is for, on the web page (`site-<line>-about`).
pub fn site_about(line: &str) -> String {
    format!("site-{line}-about")
}

/// What the line is for, in the kiosk (`kiosk-help-<line>`).
pub fn kiosk_about(line: &str) -> String {
    format!("kiosk-help-{line}")
}

/// "Call ... free on ...", in the kiosk (`kiosk-help-<line>-call`).
pub fn kiosk_call(line: &str) -> String {
    format!("kiosk-help-{line}-call")
}

/// Every message a help line needs, with the file of the English it
/// belongs in.
pub fn messages(line: &str) -> [(String, &'static str); 5] {
    [
        (site_name(line), "site.ftl"),
        (site_phone(line), "site.ftl"),
        (site_about(line), "site.ftl"),
        (kiosk_about(line), "kiosk.ftl"),
        (kiosk_call(line), "kiosk.ftl"),
    ]
}

/// Reads the list `get-help-now` into `facts`: each name once.
pub(super) fn read_list(
    facts: &mut Facts,
    lines: Vec<Spanned<String>>,
    file: &SourceFile,
    text: &str,
    diags: &mut Vec<Diagnostic>,
) {
    for line in lines {
        let span = line.span();
        let name = line.into_inner();
        if facts.get_help_now.contains(&name) {
            diags.push(
                Diagnostic::error(format!("`{name}` is listed twice in get-help-now"))
                    .with_code("bad-help-line")
                    .at_offset(&file.label, text, span.start, span.len())
                    .with_help("name each help line once, in the order Get help now shows them"),
            );
            continue;
        }
        facts.get_help_now.push(name);
        facts.get_help_now_at.push(span);
    }
}

/// Each listed help line has a table of facts with a name and a phone
/// number.
pub(super) fn check_facts(
    facts: &Facts,
    file: &SourceFile,
    text: &str,
    diags: &mut Vec<Diagnostic>,
) {
    if facts.get_help_now.is_empty() {
        diags.push(
            Diagnostic::error("facts.toml lists no help line for Get help now")
                .with_code("bad-help-line")
                .at_position(&file.label, 1, 1)
                .with_help("add get-help-now = [\"childline\", ...] at the top of content/facts.toml, before the first table"),
        );
    }
    for (line, span) in facts.get_help_now.iter().zip(&facts.get_help_now_at) {
        let missing: Vec<&str> = ["name", "phone"]
            .into_iter()
            .filter(|k| facts.get(line, k).is_none())
            .collect();
        if !missing.is_empty() {
            diags.push(
                Diagnostic::error(format!(
                    "Get help now lists `{line}`, but facts.toml has no {} for it",
                    missing.join(" or ")
                ))
                .with_code("bad-help-line")
                .at_offset(&file.label, text, span.start, span.len())
                .with_help(format!(
                    "add [{line}] with name = \"...\" and phone = \"...\" to content/facts.toml, or take `{line}` out of get-help-now"
                )),
            );
        }
    }
}

/// Each listed help line has its messages in the English (`has` says
/// whether the English defines a message); `source_locale` names the
/// folder they go in.
pub fn check_messages(
    facts: &Facts,
    file: &SourceFile,
    has: impl Fn(&str) -> bool,
    source_locale: &str,
) -> Vec<Diagnostic> {
    let Ok(text) = file.text() else {
        return Vec::new();
    };
    let mut diags = Vec::new();
    for (line, span) in facts.get_help_now.iter().zip(&facts.get_help_now_at) {
        for (id, ftl) in messages(line) {
            if !has(&id) {
                diags.push(
                    Diagnostic::error(format!(
                        "Get help now lists `{line}`, but the message `{id}` is missing"
                    ))
                    .with_code("bad-help-line")
                    .at_offset(&file.label, text, span.start, span.len())
                    .with_help(format!(
                        "add `{id} = ...` to locales/{source_locale}/{ftl}, or take `{line}` out of get-help-now"
                    )),
                );
            }
        }
    }
    diags
}
