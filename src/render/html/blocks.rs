//! The words of a page: inline markup, blocks and pictures, written into
//! one HTML page by a [`Writer`].

use std::rc::Rc;

use super::escape::{esc, strip_bidi};
use super::fragment::{Fragment, Hole, Place};
use super::inline::push_inline;
use super::linker::Linker;
use crate::content::glossary::Matcher;
use crate::document::{Block, Contact, Document, Item, Page, Picture};
use crate::markup::{Inline, Text, is_safe_href};

/// Writes the main part of one HTML file, or a page's body to be placed
/// in two files (see [`Fragment`]).
pub(super) struct Writer<'a> {
    pub doc: &'a Document,
    pub out: Fragment,
    /// From the file being written to the locale's folder (`../`).
    pub up: &'static str,
    /// Links the first use of each hard word to its explanation, when set.
    words: Option<Linker<'a>>,
}

impl<'a> Writer<'a> {
    pub(super) fn new(doc: &'a Document, up: &'static str) -> Writer<'a> {
        Writer {
            doc,
            out: Fragment::default(),
            up,
            words: None,
        }
    }

    /// From now on, the first use of each glossary term in running text
    /// links to its explanation (where that is is filled in when the
    /// words are placed).
    pub(super) fn link_words(&mut self, matcher: &Rc<Matcher>) {
        if !self.doc.glossary.is_empty() {
            self.words = Some(Linker::new(&self.doc.glossary, Rc::clone(matcher)));
        }
    }

    pub(super) fn push(&mut self, s: &str) {
        self.out.push_str(s);
    }

    pub(super) fn text(&mut self, s: &str) {
        super::escape::push_text(self.out.text_mut(), s);
    }

    /// A heading's level, `below` the level of the page's title.
    pub(super) fn level(&mut self, below: u8) {
        self.out.hole(Hole::Level(below));
    }

    /// ` lang=".."` for an element whose words are in another language
    /// than the page's words (a message not yet translated), with `dir`
    /// when the direction differs too (which also isolates it, as HTML
    /// isolates every element with `dir`); empty for nearly every text.
    pub(super) fn lang_attrs(&self, t: &Text) -> String {
        lang_attrs(self.doc, t)
    }

    /// Like [`Writer::inline`], inside a `<span lang>` when the words are
    /// in another language than the page's: for a title or label that
    /// shares its element with other words.
    pub(super) fn inline_marked(&mut self, t: &Text) {
        let attrs = self.lang_attrs(t);
        if attrs.is_empty() {
            return self.inline(t);
        }
        self.push(&format!("<span{attrs}>"));
        self.inline(t);
        self.push("</span>");
    }

    /// Inline markup as it is: for titles, headings and labels.
    pub(super) fn inline(&mut self, t: &Text) {
        push_inline(self.out.text_mut(), &t.0);
    }

    /// Running text: like [`Writer::inline`], with the first use of each
    /// hard word linked to its explanation.
    pub(super) fn prose(&mut self, t: &Text) {
        match &mut self.words {
            Some(l) => l.push_inline(&mut self.out, &t.0),
            None => push_inline(self.out.text_mut(), &t.0),
        }
    }

    /// `<img>` of a picture. `decorative` pictures (and a second copy of
    /// one already described on the page) get `alt=""`.
    pub(super) fn img(&mut self, p: &Picture, size: u32, class: &str, decorative: bool) {
        self.out.push_str(&format!(
            "<img class=\"{}\" src=\"{}assets/pictures/{}.svg\" alt=\"",
            esc(class),
            self.up,
            esc(&p.id),
        ));
        if !decorative {
            self.out.hole(Hole::Alt {
                id: p.id.clone(),
                alt: p.alt.clone(),
            });
        }
        self.out
            .push_str(&format!("\" width=\"{size}\" height=\"{size}\">"));
    }

    /// The main part with its holes filled in for `place`.
    pub(super) fn finish(&self, place: &mut Place) -> String {
        let mut html = String::new();
        self.out.place(&mut html, place);
        html
    }

    /// The blocks of `page`. Block headings are one level below the
    /// page's title; a help-line card is one level below the last heading
    /// before it.
    pub(super) fn blocks(&mut self, page: &Page) {
        let easy = self.doc.layout == crate::content::Layout::Statements;
        let mut under_heading = false;
        for block in &page.blocks {
            match block {
                Block::Heading { id, text } => {
                    if text.is_empty() {
                        continue;
                    }
                    self.push("<h");
                    self.level(1);
                    self.push(&format!(
                        " id=\"{}\"{}>",
                        esc(&format!("{}-{id}", page.id)),
                        self.lang_attrs(text)
                    ));
                    self.inline(text);
                    self.push("</h");
                    self.level(1);
                    self.push(">\n");
                    under_heading = true;
                }
                Block::Paragraph { text, .. } => {
                    if !text.is_empty() {
                        self.push(&format!("<p{}>", self.lang_attrs(text)));
                        self.prose(text);
                        self.push("</p>\n");
                    }
                }
                Block::Quote { text, .. } => {
                    if !text.is_empty() {
                        self.push(&format!(
                            "<blockquote class=\"quote\"><p{}>",
                            self.lang_attrs(text)
                        ));
                        self.prose(text);
                        self.push("</p></blockquote>\n");
                    }
                }
                Block::List { items, .. } => {
                    self.push("<ul class=\"list\">\n");
                    for item in items {
                        self.push(&format!("<li{}>", self.lang_attrs(&item.text)));
                        self.prose(&item.text);
                        self.push("</li>\n");
                    }
                    self.push("</ul>\n");
                }
                Block::Statements { id, items } => {
                    let anchor = format!("{}-{id}", page.id);
                    self.statements(items, easy, &anchor)
                }
                Block::Contact { id, contact, text } => {
                    let below = if under_heading { 2 } else { 1 };
                    let anchor = format!("{}-{id}", page.id);
                    self.contact(contact, text, below, &anchor);
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
    /// With audio, each statement's words have an id (`say-<block>-<item>`)
    /// that its play button is described by, so each "Listen" says what it
    /// reads.
    fn statements(&mut self, items: &[Item], easy: bool, anchor: &str) {
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
            let said = format!("say-{anchor}-{}", item.id);
            let id = match self.doc.audio {
                Some(_) => format!(" id=\"{}\"", esc(&said)),
                None => String::new(),
            };
            self.push(&format!("<p{id}{}>", self.lang_attrs(&item.text)));
            self.prose(&item.text);
            self.push("</p>");
            if let Some(plan) = &self.doc.audio {
                let file = plan.file(&plan.item_clip(item));
                let dir = format!("{}assets/audio/", self.up);
                self.push(&listen_button(&self.doc.ui, &dir, &file, Some(&said)));
            }
            self.push("</li>\n");
        }
        self.push("</ul>\n");
    }

    /// A help line card: the organisation as a heading, its phone number
    /// as a big `tel:` link, what it does, and its website.
    fn contact(&mut self, c: &Contact, text: &Text, below: u8, anchor: &str) {
        let named = !c.name.trim().is_empty();
        if named {
            self.push(&format!(
                "<section class=\"contact\" aria-labelledby=\"{a}\">\n<h",
                a = esc(anchor)
            ));
            self.level(below);
            self.push(&format!(" id=\"{}\"><bdi>", esc(anchor)));
            self.text(&c.name);
            self.push("</bdi></h");
            self.level(below);
            self.push(">\n");
        } else {
            self.push("<div class=\"contact\">\n");
        }
        if !c.phone.trim().is_empty() {
            let label = self.doc.ui.plain("site-contact-phone");
            self.push(&format!(
                "<p class=\"contact-phone\"><span class=\"contact-phone-label\">{}</span> <a href=\"{}\"><bdi dir=\"ltr\">{}</bdi></a></p>\n",
                esc(&label),
                esc(&c.tel_href()),
                esc(&c.phone)
            ));
        }
        if !text.is_empty() {
            self.push(&format!("<p{}>", self.lang_attrs(text)));
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
            self.push(&format!(
                "<p class=\"contact-web\"><a href=\"{}\" rel=\"noreferrer\">{}</a></p>\n",
                esc(web),
                esc(label)
            ));
        }
        self.push(if named { "</section>\n" } else { "</div>\n" });
    }
}

/// ` lang=".." [dir=".."]` for words in another language than the
/// edition's words of `doc` (see [`Writer::lang_attrs`]).
pub(super) fn lang_attrs(doc: &Document, t: &Text) -> String {
    let Some(lang) = t.lang() else {
        return String::new();
    };
    let around = doc.content_locale.as_ref().unwrap_or(&doc.locale);
    let mut attrs = format!(" lang=\"{}\"", esc(&lang.tag_str()));
    if lang.dir != around.dir {
        attrs.push_str(&format!(" dir=\"{}\"", lang.dir.as_str()));
    }
    attrs
}

/// Whether the words already link to `href`.
fn links_to(nodes: &[Inline], href: &str) -> bool {
    nodes.iter().any(|n| match n {
        Inline::Link { href: h, children } => strip_bidi(h) == href || links_to(children, href),
        Inline::Strong { children } | Inline::Emphasis { children } => links_to(children, href),
        _ => false,
    })
}
/// A play button for the audio file `dir``file`: a real
/// button named in the reader's language, hidden until `listen.js` runs
/// (without it the button could do nothing). Nothing plays by itself.
/// `describes`: the id of the words it reads (its accessible description).
pub(super) fn listen_button(
    ui: &crate::document::UiText,
    dir: &str,
    file: &str,
    describes: Option<&str>,
) -> String {
    let described = describes.map_or(String::new(), |id| {
        format!(" aria-describedby=\"{}\"", esc(id))
    });
    format!(
        "<button type=\"button\" class=\"listen\"{described} hidden data-audio=\"{}{}\" data-stop=\"{}\"><span class=\"listen-icon\" aria-hidden=\"true\"></span><span class=\"listen-label\">{}</span></button>",
        esc(dir),
        esc(file),
        esc(&ui.plain("site-listen-stop")),
        esc(&ui.plain("site-listen")),
    )
}
