//! Plain UTF-8 text, wrapped to a width, with no markup characters: for
//! screen readers, SMS and anything that cannot show formatting. Pictures
//! are left out (their alt text would only be noise when read aloud).

use super::{OutputFile, RenderOptions, numbers};
use crate::document::{Block, Document, Page};
use crate::markup::{Inline, Text};

pub fn render(doc: &Document, opts: &RenderOptions) -> Vec<OutputFile> {
    vec![OutputFile::new(
        format!("{}.txt", doc.edition),
        render_document(doc, opts.text_width),
    )]
}

pub fn render_document(doc: &Document, width: usize) -> String {
    let mut out = String::new();
    push_wrapped(&mut out, &doc.title.plain(), width, "");
    push_wrapped(&mut out, &doc.description.plain(), width, "");
    for notice in super::notices(doc) {
        out.push('\n');
        push_wrapped(&mut out, &plain_with_links(&notice), width, "");
    }
    out.push('\n');
    for page in &doc.pages {
        out.push('\n');
        out.push_str(&render_page(page, width));
    }
    out.push('\n');
    push_wrapped(&mut out, &doc.ui.plain("site-licence"), width, "");
    out
}

pub fn render_page(page: &Page, width: usize) -> String {
    let mut out = String::new();
    push_wrapped(
        &mut out,
        &page.heading_text().to_uppercase_first(),
        width,
        "",
    );
    for block in &page.blocks {
        out.push('\n');
        match block {
            Block::Heading { text, .. } => {
                push_wrapped(&mut out, &plain_with_links(text), width, "")
            }
            Block::Paragraph { text, .. } => {
                push_wrapped(&mut out, &plain_with_links(text), width, "")
            }
            Block::Quote { text, .. } => {
                push_wrapped(&mut out, &plain_with_links(text), width, "    ")
            }
            Block::List { items, .. } | Block::Statements { items, .. } => {
                for (n, item) in items.iter().enumerate() {
                    let marker = format!("{}. ", n + 1);
                    push_hanging(&mut out, &plain_with_links(&item.text), width, &marker);
                }
            }
            Block::Contact { contact, text, .. } => {
                push_wrapped(
                    &mut out,
                    &format!("{}: {}", contact.name, contact.phone),
                    width,
                    "",
                );
                push_wrapped(&mut out, &plain_with_links(text), width, "");
                // Plain text cannot be clicked: the address in full.
                if let Some((_, web)) = super::contact_web(contact, text) {
                    push_wrapped(&mut out, web, width, "");
                }
            }
            Block::Picture { .. } => {
                out.pop(); // no blank line for what is not printed
            }
        }
    }
    out
}

/// Words only; a link shows its address after its text when they differ,
/// since plain text cannot be clicked.
pub fn plain_with_links(text: &Text) -> String {
    let mut out = String::new();
    push_inlines(&text.0, &mut out);
    out
}

fn push_inlines(nodes: &[Inline], out: &mut String) {
    for n in nodes {
        match n {
            Inline::Text { text } => out.push_str(text),
            Inline::Strong { children } | Inline::Emphasis { children } => {
                push_inlines(children, out)
            }
            Inline::Link { href, children } => {
                let label = Text::new(children.clone()).plain();
                out.push_str(&label);
                if let Some(address) = crate::markup::address_after(href, &label) {
                    out.push_str(&address);
                }
            }
            Inline::LineBreak => out.push('\n'),
        }
    }
}

fn push_wrapped(out: &mut String, s: &str, width: usize, indent: &str) {
    if s.trim().is_empty() {
        return;
    }
    let opts = textwrap::Options::new(width)
        .initial_indent(indent)
        .subsequent_indent(indent);
    push_lines(out, s, opts);
}

/// A numbered item whose following lines line up under its first word.
fn push_hanging(out: &mut String, s: &str, width: usize, marker: &str) {
    let pad = " ".repeat(marker.chars().count());
    let opts = textwrap::Options::new(width)
        .initial_indent(marker)
        .subsequent_indent(&pad);
    push_lines(out, s, opts);
}

/// Wraps `s` at spaces only, never inside a number ("0800 528 0731"
/// stays on one line), a hyphenated word or a web address that fits.
fn push_lines(out: &mut String, s: &str, opts: textwrap::Options) {
    let kept = numbers::keep_together(s, numbers::WRAP_SPACE);
    let room = opts
        .width
        .saturating_sub(opts.subsequent_indent.chars().count());
    let kept = keep_words_together(&kept, room);
    for line in textwrap::wrap(&kept, opts) {
        let line = line.trim_end();
        if line.contains([numbers::WRAP_SPACE, WORD_JOINER]) {
            out.push_str(
                &line
                    .replace(numbers::WRAP_SPACE, " ")
                    .replace(WORD_JOINER, ""),
            );
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
}

/// Never a break beside it; removed again once the text is wrapped.
const WORD_JOINER: char = '\u{2060}';

/// Each word of `s` that fits in `room` columns with a word joiner after
/// each `/` and dash, so that line breaking (which would break after
/// them) breaks only at spaces, as the kiosk does: a hyphenated word
/// ("s-a", "well-being") or a web address is never split across lines
/// when it fits on one. A longer one (an address wider than the page)
/// still breaks after them.
fn keep_words_together(s: &str, room: usize) -> std::borrow::Cow<'_, str> {
    let breaks_after = |c: char| matches!(c, '/' | '-' | '\u{2010}' | '\u{2013}' | '\u{2014}');
    let joined = |w: &str| w.contains(breaks_after) && w.chars().count() <= room;
    if !s.split(' ').any(joined) {
        return std::borrow::Cow::Borrowed(s);
    }
    let words: Vec<String> = s
        .split(' ')
        .map(|w| {
            if joined(w) {
                w.chars()
                    .flat_map(|c| {
                        let joiner = breaks_after(c).then_some(WORD_JOINER);
                        std::iter::once(c).chain(joiner)
                    })
                    .collect()
            } else {
                w.to_string()
            }
        })
        .collect();
    std::borrow::Cow::Owned(words.join(" "))
}

trait UpperFirst {
    fn to_uppercase_first(&self) -> String;
}

impl UpperFirst for String {
    /// Headings keep the words' case but start with a capital.
    fn to_uppercase_first(&self) -> String {
        let mut c = self.chars();
        match c.next() {
            Some(f) => f.to_uppercase().chain(c).collect(),
            None => String::new(),
        }
    }
}
