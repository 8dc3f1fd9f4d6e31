//! HTML: a self-contained static site per locale, for children and young
//! people. No request leaves the page (no CDN, no web fonts, no external
//! pictures), so it works offline and from `file://`.
//!
//! For one document (an edition in a locale) [`render`] writes, relative
//! to the locale's folder (`dist/html/<lang>/`):
//!
//! - `<edition>/index.html`: title, description and contents with pictures;
//! - `<edition>/<page>.html`: one page each, with previous/next links;
//! - `<edition>/words.html`: the hard words explained (the glossary),
//!   after the last page, as the easy-read guidance asks; the first use
//!   of each word on every other page links to its explanation there;
//! - `<edition>/print.html`: every page on one page, for printing on A4;
//! - `<edition>/search-index.js`: the edition's words for search.js;
//! - `assets/style.css`, `assets/exit.js`, `assets/search.js`,
//!   `assets/pictures/<id>.svg`.
//!
//! [`render_root`] writes the front page (`dist/html/index.html`) where a
//! child picks a language and an edition, and [`readability_html`] the
//! editors' readability report beside it (`dist/html/readability.html`)
//! from the figures check/readability.rs computes.
//!
//! Every page has a skip link, landmarks (banner, navigation, main,
//! contentinfo), `lang` and `dir`, a language switcher in each language's
//! own name, an "Exit this page" link (with a Shift-three-times shortcut
//! when JavaScript runs) and a "Get help now" box that begins with what to
//! do in danger (a `tel:` link to the emergency number) and has both help
//! lines.
//! All words come from the document; interface words are `site-*`
//! messages in `locales/<tag>/site.ftl`. Every word and address is escaped
//! by [`escape::esc`]; nothing is inserted raw.

mod blocks;
mod chrome;
mod escape;
mod fragment;
mod inline;
mod lang;
mod linker;
mod nav;
mod pages;
mod print;
mod readability;
mod root;
mod search;
#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, HashSet};
use std::io;
use std::rc::Rc;

use super::{Output, OutputFile, RenderOptions};
use crate::content::glossary::Matcher;
use crate::document::{Document, Page, Picture};
use blocks::Writer;
use chrome::Chrome;
pub use escape::esc;
use fragment::Place;
use nav::has_words;
use pages::{content_page, index_page, page_body, words_page};
use print::{PRINT_FILE, print_chrome, print_section_start, print_start, print_words};
pub use readability::readability_html;
pub use root::render_root;

/// The one stylesheet of the site: the page's own rules, those of
/// finding one's way (nav.rs), and reflow and text spacing at 320 px.
pub const STYLE_CSS: &str = concat!(
    include_str!("style.css"),
    include_str!("nav.css"),
    include_str!("reflow.css")
);
/// "Exit this page" keyboard shortcut; the page works without it.
pub const EXIT_JS: &str = include_str!("exit.js");
/// Search and the arrow keys between pages; the page works without it.
pub const SEARCH_JS: &str = include_str!("search.js");
/// The site's icon, in the pictures' style.
pub const FAVICON_SVG: &str = include_str!("favicon.svg");
/// The play buttons of `build --audio`.
pub const LISTEN_JS: &str = include_str!("listen.js");

/// The glossary page of each edition.
const WORDS_FILE: &str = "words.html";
/// The anchor of the glossary's heading (on the words page and in the
/// print view).
const WORDS_TITLE_ID: &str = "words-explained-title";

/// Renders one document: its edition's pages, print view and assets.
pub fn render(doc: &Document, opts: &RenderOptions) -> Vec<OutputFile> {
    let mut files = Vec::new();
    match &opts.base_url {
        Some(base) if doc.base_url.is_none() => {
            let doc = Document {
                base_url: Some(base.clone()),
                ..doc.clone()
            };
            write(&doc, &mut files)
        }
        _ => write(doc, &mut files),
    }
    .expect("files in memory are always written");
    files
}

/// `build --base-url`: the address the site is published at, checked (a
/// web address with nothing after its path) and ending in `/`.
pub fn base_url(url: &str) -> Result<String, String> {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .ok_or_else(|| format!("`{url}` is not a web address (https://...)"))?;
    if rest.is_empty() || rest.starts_with('/') {
        return Err(format!("`{url}` has no host"));
    }
    if let Some(c) = url
        .chars()
        .find(|c| c.is_whitespace() || c.is_control() || matches!(c, '?' | '#' | '"' | '<' | '>'))
    {
        return Err(format!(
            "`{url}` has {c:?} in it: give the folder's address only"
        ));
    }
    Ok(if url.ends_with('/') {
        url.to_string()
    } else {
        format!("{url}/")
    })
}

/// Writes one whole document's files to `out`.
pub fn write(doc: &Document, out: &mut dyn Output) -> io::Result<()> {
    let mut site = SiteWriter::begin(doc, out)?;
    for (n, page) in doc.pages.iter().enumerate() {
        site.page(n, page, out)?;
    }
    site.finish(out)
}

/// Writes one document's files a page at a time, so a large edition is
/// never held whole: each page's file is written as soon as its page is
/// given, and the print view (every page on one page) is written in
/// pieces. The document may be an outline (its pages without blocks): the
/// pages are given one by one, with their blocks, to [`SiteWriter::page`].
pub struct SiteWriter<'a> {
    doc: &'a Document,
    /// The glossary's words, ready to find in every page's text.
    matcher: Rc<Matcher>,
    /// The print view's main part since the last piece was written.
    print: Writer<'a>,
    print_chrome: Chrome<'a>,
    /// The pictures the print view has described so far.
    print_described: HashSet<String>,
    /// Every picture shown so far, by id.
    pictures: BTreeMap<String, Picture>,
    /// The search index, a page at a time.
    search: search::Index,
}

impl<'a> SiteWriter<'a> {
    /// Begins the print view.
    pub fn begin(doc: &'a Document, out: &mut dyn Output) -> io::Result<SiteWriter<'a>> {
        let matcher = Rc::new(Matcher::new(&doc.glossary));
        let mut site = SiteWriter {
            doc,
            print: print_start(doc, &matcher),
            matcher,
            print_chrome: print_chrome(doc),
            print_described: HashSet::new(),
            pictures: BTreeMap::new(),
            search: search::Index::new(doc),
        };
        let title = format!(
            "{} – {}",
            doc.ui.plain("site-print-title"),
            doc.title.plain()
        );
        let head = site.print_chrome.page_start(&title);
        out.file(&site.path(PRINT_FILE), head.into_bytes())?;
        site.flush_print(out)?;
        Ok(site)
    }

    /// Page `n` of the document, with its blocks: its own file and its
    /// part of the print view. The page's words are rendered once and
    /// placed in both.
    pub fn page(&mut self, n: usize, page: &Page, out: &mut dyn Output) -> io::Result<()> {
        collect_pictures(page, &mut self.pictures);
        self.search.page(page);
        let body = page_body(self.doc, page, &self.matcher);
        let file = format!("{}.html", page.id);
        out.file(
            &self.path(&file),
            content_page(self.doc, n, page, &body).into_bytes(),
        )?;
        // Its section of the print view, straight from the body.
        let mut section = String::with_capacity(body.len() + 256);
        section.push_str(&print_section_start(self.doc, page));
        body.place(&mut section, &mut print_place(&mut self.print_described));
        section.push_str("</section>\n");
        out.append(&self.path(PRINT_FILE), section.into_bytes())
    }

    /// The front page, the words page, the end of the print view and the
    /// assets: what needs every page seen first.
    pub fn finish(mut self, out: &mut dyn Output) -> io::Result<()> {
        let doc = self.doc;
        for page in &doc.pages {
            collect_pictures(page, &mut self.pictures);
        }
        for p in &doc.word_pictures {
            self.pictures
                .entry(p.id.clone())
                .or_insert_with(|| p.clone());
        }
        let pictures = &std::mem::take(&mut self.pictures);
        out.file(
            &self.path("index.html"),
            index_page(doc, pictures, &self.matcher).into_bytes(),
        )?;
        if has_words(doc) {
            out.file(
                &self.path(WORDS_FILE),
                words_page(doc, pictures).into_bytes(),
            )?;
            self.search.words(doc, WORDS_FILE);
        }
        out.file(
            &self.path(search::INDEX_FILE),
            self.search.script().into_bytes(),
        )?;
        print_words(&mut self.print, pictures);
        let end = self.print_chrome.page_end();
        self.print.push(&end);
        self.flush_print(out)?;
        out.file("assets/style.css", STYLE_CSS.into())?;
        out.file("assets/exit.js", EXIT_JS.into())?;
        out.file("assets/search.js", SEARCH_JS.into())?;
        out.file("assets/favicon.svg", FAVICON_SVG.into())?;
        if doc.audio.is_some() {
            out.file("assets/listen.js", LISTEN_JS.into())?;
        }
        for p in pictures.values() {
            out.file(
                &format!("assets/pictures/{}.svg", p.id),
                p.svg.clone().into_bytes(),
            )?;
        }
        Ok(())
    }

    /// `file` in the edition's folder.
    fn path(&self, file: &str) -> String {
        format!("{}/{file}", self.doc.edition)
    }

    /// Appends what the print view has gathered to its file.
    fn flush_print(&mut self, out: &mut dyn Output) -> io::Result<()> {
        let path = self.path(PRINT_FILE);
        let html = self
            .print
            .finish(&mut print_place(&mut self.print_described));
        out.append(&path, html.into_bytes())?;
        self.print.out.clear();
        Ok(())
    }
}

/// Where the print view places its words: every page's title is one level
/// below the edition's, and the hard words are explained at its end.
fn print_place(described: &mut HashSet<String>) -> Place<'_> {
    Place {
        top: 2,
        words: "",
        described,
    }
}

/// Where an HTML file of its own places its words: the page title is the
/// top heading, and hard words are explained on the words page.
fn own_file(described: &mut HashSet<String>) -> Place<'_> {
    Place {
        top: 1,
        words: WORDS_FILE,
        described,
    }
}

/// Adds the pictures `page` shows to `all`, by id.
fn collect_pictures(page: &Page, all: &mut BTreeMap<String, Picture>) {
    let mut add = |p: &Picture| {
        if !all.contains_key(&p.id) {
            all.insert(p.id.clone(), p.clone());
        }
    };
    if let Some(p) = &page.picture {
        add(p);
    }
    for block in &page.blocks {
        if let crate::document::Block::Picture { picture, .. } = block {
            add(picture);
        }
        for item in block.items() {
            if let Some(p) = &item.picture {
                add(p);
            }
        }
    }
}
