//! Markdown: for other apps and for reading on code hosts. Text is escaped
//! so that words can never become markup.

use super::{OutputFile, numbers};
use crate::document::{Block, Document, Page};
use crate::markup::{Inline, Text};

pub fn render(doc: &Document) -> Vec<OutputFile> {
    vec![OutputFile::new(
        format!("{}.md", doc.edition),
        render_document(doc),
    )]
}

pub fn render_document(doc: &Document) -> String {
    let mut out = format!("# {}\n\n{}\n", inline(&doc.title), inline(&doc.description));
    for notice in super::notices(doc) {
        out.push_str(&format!("\n> {}\n", inline(&notice)));
    }
    for page in &doc.pages {
        out.push('\n');
        out.push_str(&render_page(page));
    }
    out.push_str(&format!(
        "\n---\n\n{}\n",
        inline(&doc.ui.get("site-licence"))
    ));
    out
}

pub fn render_page(page: &Page) -> String {
    let title = match page.shown_label() {
        Some(label) => format!("{}: {}", inline(label), inline(&page.title)),
        None => inline(&page.title),
    };
    let mut out = format!("## {title}\n");
    if let Some(p) = &page.picture {
        out.push_str(&format!("\n*{}*\n", escape(&p.alt)));
    }
    for block in &page.blocks {
        out.push('\n');
        match block {
            Block::Heading { text, .. } => out.push_str(&format!("### {}\n", inline(text))),
            Block::Paragraph { text, .. } => out.push_str(&format!("{}\n", inline(text))),
            Block::Quote { text, .. } => out.push_str(&format!("> {}\n", inline(text))),
            Block::List { items, .. } | Block::Statements { items, .. } => {
                for item in items {
                    out.push_str(&format!("- {}\n", inline(&item.text)));
                }
            }
            Block::Contact { contact, text, .. } => {
                let tel = contact.tel_href();
                out.push_str(&format!(
                    "### {}\n\n[{}]({tel})\n\n",
                    escape(&contact.name),
                    escape(&numbers::keep_together(
                        &contact.phone,
                        numbers::NO_BREAK_SPACE
                    )),
                ));
                out.push_str(&format!("{}\n", inline(text)));
                if let Some((label, web)) = super::contact_web(contact, text) {
                    out.push_str(&format!(
                        "\n[{}](<{}>)\n",
                        escape(label),
                        web.replace(['<', '>', '\n'], "")
                    ));
                }
            }
            Block::Picture { picture, .. } => {
                out.push_str(&format!("*{}*\n", escape(&picture.alt)))
            }
        }
    }
    out
}

fn inline(text: &Text) -> String {
    let mut out = String::new();
    push(&text.0, &mut out);
    out.replace('\n', " ")
}

fn push(nodes: &[Inline], out: &mut String) {
    for n in nodes {
        match n {
            // A phone number in the words is never broken where the
            // Markdown is shown: its spaces are no-break spaces.
            Inline::Text { text } => out.push_str(&escape(&numbers::keep_together(
                text,
                numbers::NO_BREAK_SPACE,
            ))),
            Inline::Strong { children } => {
                out.push_str("**");
                push(children, out);
                out.push_str("**");
            }
            Inline::Emphasis { children } => {
                out.push('*');
                push(children, out);
                out.push('*');
            }
            Inline::Link { href, children } => {
                out.push('[');
                push(children, out);
                out.push_str(&format!("](<{}>)", href.replace(['<', '>', '\n'], "")));
            }
            Inline::LineBreak => out.push_str("  \n"),
        }
    }
}

/// Escapes every character Markdown could read as syntax.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '!' | '~' | '&'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
