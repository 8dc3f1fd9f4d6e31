//! One edition file: its head (`edition`, `layout`, `order`), then its
//! pages, parsed a page at a time.

use serde::Deserialize;
use toml::Spanned;

use super::super::model::*;
use super::checker::{Checker, EditionPages, Head, PageDef, PendingRefs};
use super::toml_error;
use crate::diag::Diagnostic;
use crate::source::SourceFile;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EditionFile {
    edition: Spanned<String>,
    layout: Option<Spanned<String>>,
    order: Option<u32>,
    #[serde(default)]
    background: Vec<Spanned<String>>,
    #[serde(default)]
    pages: Vec<PageDef>,
}

/// An edition file up to its first page.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EditionHead {
    edition: Spanned<String>,
    layout: Option<Spanned<String>>,
    order: Option<u32>,
    #[serde(default)]
    background: Vec<Spanned<String>>,
}

/// One `[[pages]]` part of an edition file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PagesPart {
    pages: Vec<PageDef>,
}

pub(super) fn load_edition(
    file: &SourceFile,
    content: &Content,
    diags: &mut Vec<Diagnostic>,
) -> Option<(Edition, String, PendingRefs)> {
    let text = match file.text() {
        Ok(t) => t,
        Err(d) => {
            diags.push(d);
            return None;
        }
    };
    let mark = diags.len();
    if let Some(edition) = load_in_parts(file, text, content, diags) {
        return Some(edition);
    }
    // A part that is not TOML on its own: the whole file says what is
    // wrong, and where, as an editor would read it.
    diags.truncate(mark);
    let def: EditionFile = match toml::from_str(text) {
        Ok(d) => d,
        Err(e) => {
            diags.push(toml_error(file, text, &e));
            return None;
        }
    };
    let mut check = Checker::new(file, text, content, diags);
    let mut pages = EditionPages::default();
    let head = Head::check(
        &mut check,
        &def.edition,
        def.layout.as_ref(),
        def.order,
        &def.background,
    );
    pages.add(&mut check, def.pages, head.layout);
    Some(pages.finish(check, def.edition.into_inner(), head))
}

/// An edition parsed a page at a time: the `toml` crate takes about 45
/// times a file's size while it parses it, so a large edition read whole
/// would need far more memory than its text. `None` when a part does not
/// parse on its own (the caller then parses the whole file).
fn load_in_parts(
    file: &SourceFile,
    text: &str,
    content: &Content,
    diags: &mut Vec<Diagnostic>,
) -> Option<(Edition, String, PendingRefs)> {
    let (head, parts) = split_pages(text);
    let head: EditionHead = toml::from_str(head).ok()?;
    let mut check = Checker::new(file, text, content, diags);
    let mut pages = EditionPages::default();
    let checked = Head::check(
        &mut check,
        &head.edition,
        head.layout.as_ref(),
        head.order,
        &head.background,
    );
    for (base, part) in parts {
        let part: PagesPart = toml::from_str(part).ok()?;
        check.base = base;
        pages.add(&mut check, part.pages, checked.layout);
    }
    check.base = 0;
    Some(pages.finish(check, head.edition.into_inner(), checked))
}

/// The head of an edition file (before its first `[[pages]]` line) and
/// each page's part with its byte offset. A `[[pages]]` line inside a
/// multi-line string would split it, and that part then fails to parse.
fn split_pages(text: &str) -> (&str, Vec<(usize, &str)>) {
    let mut starts = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if is_pages_header(line) {
            starts.push(at);
        }
        at += line.len();
    }
    let parts = starts
        .iter()
        .enumerate()
        .map(|(i, &s)| {
            (
                s,
                &text[s..starts.get(i + 1).copied().unwrap_or(text.len())],
            )
        })
        .collect();
    (
        &text[..starts.first().copied().unwrap_or(text.len())],
        parts,
    )
}

/// Whether `line` is the header `[[pages]]` (spaces allowed, as in TOML).
fn is_pages_header(line: &str) -> bool {
    line.trim_start()
        .strip_prefix("[[")
        .and_then(|r| r.trim_start().strip_prefix("pages"))
        .is_some_and(|r| r.trim_start().starts_with("]]"))
}
