//! The words of a page: inline markup, blocks and pictures, written into
//! one HTML page by a [`Writer`].

use std::collections::HashSet;

use super::escape::{esc, push_esc, strip_bidi, tel_href};
use super::glossary::Linker;
use crate::document::{Block, Contact, Document, Item, Page, Picture};
use crate::markup::{Inline, Text, is_safe_href};

/// Writes the main part of one HTML file. It remembers which pictures it
/// has already described, so a picture shown twice on one page is read
/// out once (later copies are decorative, `alt=""`).
pub struct Writer<'a> {
    pub doc: &'a Document,
    pub out: String,
    /// From the file being written to the locale's folder (`../`).
    pub up: &'static str,
    described: HashSet<String>,
    /// Links the first use of each hard word to its explanation, when set.
    words: Option<Linker<'a>>,
}

impl<'a> Writer<'a> {
    pub fn new(doc: &'a Document, up: &'static str) -> Writer<'a> {
        Writer {
            doc,
            out: String::new(),
            up,
            described: HashSet::new(),
            words: None,
        }
    }

    /// From now on, the first use of each glossary term in running text
    /// links to `<target>#word-<id>` (`target` is the words page, or `""`
    /// when the words are on this page).
    pub fn link_words(&mut self, target: &str) {
        if !self.doc.glossary.is_empty() {
            self.words = Some(Linker::new(&self.doc.glossary, target));
        }
    }

    /// A new page begins (in the print view): each term is linked again
    /// at its first use.
    pub fn reset_words(&mut self) {
        if let Some(l) = &mut self.words {
            l.reset();
        }
    }

    pub fn push(&mut self, s: &str) {
        self.out.push_str(s);
    }

    pub fn text(&mut self, s: &str) {
        push_esc(&mut self.out, s);
    }

    /// Inline markup as it is: for titles, headings and labels.
    pub fn inline(&mut self, t: &Text) {
        push_inline(&mut self.out, &t.0);
    }

    /// Running text: like [`Writer::inline`], with the first use of each
    /// hard word linked to its explanation.
    pub fn prose(&mut self, t: &Text) {
        match &mut self.words {
            Some(l) => l.push_inline(&mut self.out, &t.0),
            None => push_inline(&mut self.out, &t.0),
        }
    }

    /// `<img>` of a picture. `decorative` pictures (and a second copy of
    /// one already described on this page) get `alt=""`.
    pub fn img(&mut self, p: &Picture, size: u32, class: &str, decorative: bool) {
        let described = !decorative && self.described.insert(p.id.clone());
        let alt = if described { p.alt.as_str() } else { "" };
        self.out.push_str(&format!(
            "<img class=\"{}\" src=\"{}assets/pictures/{}.svg\" alt=\"{}\" width=\"{size}\" height=\"{size}\">",
            esc(class),
            self.up,
            esc(&p.id),
            esc(alt)
        ));
    }

    /// The blocks of `page`, whose title is a heading of level `top`.
    /// Block headings are one level below it; a help-line card is one
    /// level below the last heading before it.
    pub fn blocks(&mut self, page: &Page, top: u8) {
        let easy = self.doc.edition == super::EASY_READ;
        let mut under_heading = false;
        for block in &page.blocks {
            match block {
                Block::Heading { id, text } => {
                    if text.is_empty() {
                        continue;
                    }
                    let level = (top + 1).min(6);
                    self.out.push_str(&format!(
                        "<h{level} id=\"{}\">",
                        esc(&format!("{}-{id}", page.id))
                    ));
                    self.inline(text);
                    self.out.push_str(&format!("</h{level}>\n"));
                    under_heading = true;
                }
                Block::Paragraph { text, .. } => {
                    if !text.is_empty() {
                        self.push("<p>");
                        self.prose(text);
                        self.push("</p>\n");
                    }
                }
                Block::Quote { text, .. } => {
                    if !text.is_empty() {
                        self.push("<blockquote class=\"quote\"><p>");
                        self.prose(text);
                        self.push("</p></blockquote>\n");
                    }
                }
                Block::List { items, .. } => {
                    self.push("<ul class=\"list\">\n");
                    for item in items {
                        self.push("<li>");
                        self.prose(&item.text);
                        self.push("</li>\n");
                    }
                    self.push("</ul>\n");
                }
                Block::Statements { items, .. } => self.statements(items, easy),
                Block::Contact { id, contact, text } => {
                    let level = if under_heading { top + 2 } else { top + 1 }.min(6);
                    let anchor = format!("{}-{id}", page.id);
                    self.contact(contact, text, level, &anchor);
                }
                Block::Picture { picture, .. } => {
                    self.push("<figure class=\"figure\">");
                    self.img(picture, 200, "figure-pic", false);
                    self.push("</figure>\n");
                }
            }
        }
    }

    /// Statements: in easy-read one row each, a big picture on the reading
    /// side and the words beside it; elsewhere a list with a small picture
    /// beside each item.
    fn statements(&mut self, items: &[Item], easy: bool) {
        let (class, size) = if easy {
            ("rows", 120)
        } else {
            ("statements", 64)
        };
        self.push(&format!("<ul class=\"{class}\">\n"));
        for item in items {
            self.push("<li>");
            match &item.picture {
                Some(p) => self.img(p, size, "item-pic", false),
                None => self.push("<span class=\"item-pic no-pic\"></span>"),
            }
            self.push("<p>");
            self.prose(&item.text);
            self.push("</p></li>\n");
        }
        self.push("</ul>\n");
    }

    /// A help line card: the organisation as a heading, its phone number
    /// as a big `tel:` link, what it does, and its website.
    fn contact(&mut self, c: &Contact, text: &Text, level: u8, anchor: &str) {
        let named = !c.name.trim().is_empty();
        if named {
            self.out.push_str(&format!(
                "<section class=\"contact\" aria-labelledby=\"{a}\">\n<h{level} id=\"{a}\"><bdi>",
                a = esc(anchor)
            ));
            self.text(&c.name);
            self.out.push_str(&format!("</bdi></h{level}>\n"));
        } else {
            self.push("<div class=\"contact\">\n");
        }
        if !c.phone.trim().is_empty() {
            let label = self.doc.ui.plain("site-contact-phone");
            self.out.push_str(&format!(
                "<p class=\"contact-phone\"><span class=\"contact-phone-label\">{}</span> <a href=\"{}\"><bdi>{}</bdi></a></p>\n",
                esc(&label),
                esc(&c.tel_href()),
                esc(&c.phone)
            ));
        }
        if !text.is_empty() {
            self.push("<p>");
            self.prose(text);
            self.push("</p>\n");
        }
        // The website, unless the words already link to it.
        if let Some(web) = c
            .web
            .as_deref()
            .filter(|w| is_safe_href(w) && !links_to(&text.0, w))
        {
            let label = c.web_label.as_deref().unwrap_or(web);
            self.out.push_str(&format!(
                "<p class=\"contact-web\"><a href=\"{}\" rel=\"noreferrer\">{}</a></p>\n",
                esc(web),
                esc(label)
            ));
        }
        self.push(if named { "</section>\n" } else { "</div>\n" });
    }
}

/// Whether the words already link to `href`.
fn links_to(nodes: &[Inline], href: &str) -> bool {
    nodes.iter().any(|n| match n {
        Inline::Link { href: h, children } => strip_bidi(h) == href || links_to(children, href),
        Inline::Strong { children } | Inline::Emphasis { children } => links_to(children, href),
        _ => false,
    })
}

/// Appends inline markup as HTML. Words are escaped; a link's address is
/// checked again (defence in depth) and escaped; a `tel:` address is
/// reduced to the digits a phone dials.
pub fn push_inline(out: &mut String, nodes: &[Inline]) {
    for n in nodes {
        match n {
            Inline::Text { text } => push_esc(out, text),
            Inline::Strong { children } => {
                out.push_str("<strong>");
                push_inline(out, children);
                out.push_str("</strong>");
            }
            Inline::Emphasis { children } => {
                out.push_str("<em>");
                push_inline(out, children);
                out.push_str("</em>");
            }
            Inline::Link { href, children } => {
                let href = strip_bidi(href).trim().to_string();
                if !is_safe_href(&href) {
                    push_inline(out, children);
                    continue;
                }
                let lower = href.to_ascii_lowercase();
                let (href, external) = if lower.starts_with("tel:") {
                    (tel_href(&href[4..]), false)
                } else {
                    let ext = lower.starts_with("https:") || lower.starts_with("http:");
                    (href, ext)
                };
                out.push_str("<a href=\"");
                push_esc(out, &href);
                out.push('"');
                if external {
                    out.push_str(" rel=\"noreferrer\"");
                }
                out.push('>');
                push_inline(out, children);
                out.push_str("</a>");
            }
            Inline::LineBreak => out.push_str("<br>"),
        }
    }
}

/// Inline markup as an HTML string.
pub fn inline_html(t: &Text) -> String {
    let mut out = String::new();
    push_inline(&mut out, &t.0);
    out
}
