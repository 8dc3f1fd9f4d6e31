//! The search index of one edition in one language: every page's words,
//! in sections under their headings, and the words explained, written as
//! `<edition>/search-index.js` beside the pages.
//!
//! It is a script, not JSON, because a browser lets a page opened from
//! `file://` load a script but not fetch a file; `search.js` adds it to the
//! page the first time the reader goes to the search field, so a page that
//! is only read loads nothing more. It is data only: `serde_json` writes
//! it, and the script reads it into text nodes, never into HTML. Folding for search (case, accents,
//! Arabic letter forms) is done in `search.js` on both the words and what
//! the reader types, so the two can never be folded differently.

use serde::Serialize;

use super::escape::strip_bidi;
use crate::document::{Block, Document, Page};

/// The file beside the pages.
pub(super) const INDEX_FILE: &str = "search-index.js";

/// The edition's words as the search script reads them.
#[derive(Debug, Default, Serialize)]
pub(super) struct Index {
    /// The language and direction of the words (an English-only edition's
    /// are English in every language's site).
    lang: String,
    dir: &'static str,
    pages: Vec<Entry>,
}

/// One page (or one word explained).
#[derive(Debug, Serialize)]
struct Entry {
    /// The page's file, from the edition's folder.
    url: String,
    title: String,
    /// (anchor of the heading it is under, or "" at the top; its words).
    sections: Vec<(String, String)>,
}

impl Index {
    pub(super) fn new(doc: &Document) -> Index {
        let l = doc.content_locale.as_ref().unwrap_or(&doc.locale);
        Index {
            lang: l.tag.clone(),
            dir: l.dir.as_str(),
            pages: Vec::new(),
        }
    }

    /// Adds page `page` (with its blocks) in the order of the edition.
    pub(super) fn page(&mut self, page: &Page) {
        let title = clean(&page.heading_text());
        let mut sections = vec![(String::new(), String::new())];
        for block in &page.blocks {
            let mut words = String::new();
            match block {
                // A heading begins a section, found at its anchor (the
                // id html::blocks gives it); an empty one has no anchor.
                Block::Heading { id, text } if !text.is_empty() => {
                    sections.push((format!("{}-{id}", page.id), clean(&text.plain())));
                    continue;
                }
                Block::Heading { .. } => continue,
                Block::Paragraph { text, .. } | Block::Quote { text, .. } => {
                    words.push_str(&text.plain());
                }
                Block::List { items, .. } | Block::Statements { items, .. } => {
                    for item in items {
                        add(&mut words, &item.text.plain());
                    }
                }
                Block::Contact { contact, text, .. } => {
                    add(&mut words, &contact.name);
                    add(&mut words, &contact.phone);
                    add(&mut words, &text.plain());
                }
                Block::Picture { .. } => {}
            }
            let last = &mut sections.last_mut().expect("there is always one").1;
            add(last, &clean(&words));
        }
        sections.retain(|(anchor, words)| !anchor.is_empty() || !words.is_empty());
        self.pages.push(Entry {
            url: format!("{}.html", page.id),
            title,
            sections,
        });
    }

    /// Adds every word explained, each to be found on its own.
    pub(super) fn words(&mut self, doc: &Document, file: &str) {
        for e in &doc.glossary {
            self.pages.push(Entry {
                url: format!("{file}#word-{}", e.id),
                title: clean(&e.term),
                sections: vec![(String::new(), clean(&e.explain.plain()))],
            });
        }
    }

    /// The script: it hands the index to `search.js`.
    pub(super) fn script(&self) -> String {
        let json = serde_json::to_string(self).expect("strings always serialise");
        format!("window.careguideSearchIndex = {json};\n")
    }
}

/// Adds `text` to `out` after a space.
fn add(out: &mut String, text: &str) {
    let text = text.trim();
    if text.is_empty() {
        return;
    }
    if !out.is_empty() {
        out.push(' ');
    }
    out.push_str(text);
}

/// Words without Fluent's isolation marks, and with single spaces.
fn clean(s: &str) -> String {
    strip_bidi(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::project::Project;
    use crate::render::Format;

    #[test]
    fn the_index_has_every_page_and_word_in_sections_under_their_headings() {
        let p = Project::embedded();
        let tag = "pl".parse().unwrap();
        let doc = p
            .document("guide", &tag, Format::Html.keep(), &mut Vec::new())
            .unwrap();
        let mut index = Index::new(&doc);
        for page in &doc.pages {
            index.page(page);
        }
        index.words(&doc, "words.html");
        assert_eq!(index.lang, "pl");
        assert_eq!(index.pages.len(), doc.pages.len() + doc.glossary.len());
        let script = index.script();
        assert!(script.starts_with("window.careguideSearchIndex = {\"lang\":\"pl\""));
        // Fluent's isolation marks are gone, the words (with their
        // accents) are there.
        assert!(!script.contains('\u{2068}') && !script.contains('\u{2069}'));
        assert!(script.contains("0800 1111"));
        assert!(script.chars().any(|c| "ąęłńóśźż".contains(c)));
        let outcome = index
            .pages
            .iter()
            .find(|e| e.url == "outcome-1.html")
            .unwrap();
        assert!(
            outcome
                .sections
                .iter()
                .any(|(a, _)| a.starts_with("outcome-1-"))
        );
        assert!(
            index
                .pages
                .iter()
                .any(|e| e.url.starts_with("words.html#word-"))
        );
    }
}
