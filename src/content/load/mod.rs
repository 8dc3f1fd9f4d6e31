//! Reads `content/` into a [`Content`] and checks it: ids are valid and
//! unique, pictures exist in both forms, sources point at real blocks,
//! contact blocks name a facts group with a phone number. Each file kind
//! has its reader here: `facts.rs` (facts.toml, publish.toml),
//! `pictures.rs`, `edition.rs` (an edition file, read a page at a time)
//! and `checker.rs` (its pages and blocks).

mod checker;
mod edition;
mod facts;
mod pictures;

use crate::diag::Diagnostic;
use crate::source::{SourceFile, Sources};

use super::model::*;

/// Loads and checks everything under `content/`. Returns what could be
/// loaded and every problem found; any error diagnostic means the content
/// must not be published.
pub fn load_content(sources: &Sources) -> (Content, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let mut content = Content {
        facts: facts::load_facts(sources, &mut diags),
        pictures: pictures::load_pictures(sources, &mut diags),
        publish: facts::load_publish(sources, &mut diags),
        glossary: {
            let (g, d) = super::glossary::load_glossary(sources);
            diags.extend(d);
            g
        },
        editions: Vec::new(),
    };
    help_picture(sources, &content, &mut diags);
    let mut pending = Vec::new();
    for (rel, file) in sources.under("content/editions/") {
        if !rel.ends_with(".toml") {
            continue;
        }
        if let Some((edition, text, refs)) = edition::load_edition(file, &content, &mut diags) {
            if content.edition(&edition.id).is_some() {
                diags.push(
                    Diagnostic::error(format!("edition `{}` is defined twice", edition.id))
                        .at_position(&file.label, 1, 1),
                );
                continue;
            }
            content.editions.push(edition);
            pending.push((file.label.clone(), text, refs));
        }
    }
    // Menus and indexes list editions by their `order`, then by id.
    content
        .editions
        .sort_by_key(|e| (e.order.unwrap_or(u32::MAX), e.id.clone()));
    // Sources can point across editions, so check them once all are loaded.
    for (label, text, refs) in pending {
        for (r, span, what) in refs {
            if !content.has_source(&r) {
                diags.push(
                    Diagnostic::error(format!("{what} `{r}` does not name a block of any edition"))
                        .with_code("bad-source")
                        .at_offset(&label, &text, span.start, span.len())
                        .with_help("write edition/page/block or edition/page/block/item, using ids from content/editions/"),
                );
            }
        }
    }
    if content.editions.is_empty() {
        diags.push(
            Diagnostic::error("no editions found in content/editions/").with_help(
                "each edition is a file content/editions/<id>.toml; see content/README.md",
            ),
        );
    }
    (content, diags)
}

/// The picture of "Get help now" must be one of content/pictures/.
fn help_picture(sources: &Sources, content: &Content, diags: &mut Vec<Diagnostic>) {
    let facts = &content.facts;
    let (Some(id), Some(at)) = (&facts.get_help_now_picture, &facts.get_help_now_picture_at) else {
        return;
    };
    let Some(file) = sources.get("content/facts.toml") else {
        return;
    };
    if content.pictures.contains_key(id) {
        return;
    }
    if let Ok(text) = file.text() {
        diags.push(
            Diagnostic::error(format!("there is no picture `{id}`"))
                .with_code("bad-facts")
                .at_offset(&file.label, text, at.start, at.len())
                .with_help("add content/pictures/<id>.svg and .txt, or use an existing picture id"),
        );
    }
}

fn toml_error(file: &SourceFile, text: &str, e: &toml::de::Error) -> Diagnostic {
    let d = Diagnostic::error(format!(
        "{} is not valid here: {}",
        file.label,
        e.message().trim()
    ))
    .with_code("bad-toml");
    match e.span() {
        Some(span) => d.at_offset(&file.label, text, span.start, span.len()),
        None => d.at_position(&file.label, 1, 1),
    }
    .with_help("see content/README.md for the format of content files")
}

#[cfg(test)]
mod tests;
