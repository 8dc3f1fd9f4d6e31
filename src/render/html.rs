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
//! - `assets/style.css`, `assets/exit.js`, `assets/pictures/<id>.svg`.
//!
//! [`render_root`] writes the front page (`dist/html/index.html`) where a
//! child picks a language and an edition.
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
mod escape;
mod fragment;
pub mod glossary;

use std::collections::{BTreeMap, HashSet};
use std::rc::Rc;

use std::io;

use super::{Output, OutputFile, RenderOptions, SiteEntry};
use crate::document::{Contact, Document, LocaleInfo, Page, Picture, UiText};
use crate::i18n::{Direction, Status};
use crate::markup::Text;
use crate::resolve::{GLOSSARY_HEADING, WORDS_PICTURE};
use blocks::{Writer, inline_html};
use escape::{esc, strip_bidi};
use fragment::{Fragment, Place};
use glossary::Matcher;

/// The one stylesheet of the site.
pub const STYLE_CSS: &str = include_str!("html/style.css");
/// "Exit this page" keyboard shortcut; the page works without it.
pub const EXIT_JS: &str = include_str!("html/exit.js");
/// The play buttons of `build --audio`.
pub const LISTEN_JS: &str = include_str!("html/listen.js");

/// The edition whose pages use the easy-read layout.
const EASY_READ: &str = "easy-read";

/// The glossary page of each edition.
const WORDS_FILE: &str = "words.html";
/// The anchor of the glossary's heading (on the words page and in the
/// print view).
const WORDS_TITLE_ID: &str = "words-explained-title";

/// Renders one document: its edition's pages, print view and assets.
pub fn render(doc: &Document, _opts: &RenderOptions) -> Vec<OutputFile> {
    let mut files = Vec::new();
    write(doc, &mut files).expect("files in memory are always written");
    files
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
        }
        print_words(&mut self.print, pictures);
        let end = self.print_chrome.page_end();
        self.print.push(&end);
        self.flush_print(out)?;
        out.file("assets/style.css", STYLE_CSS.into())?;
        out.file("assets/exit.js", EXIT_JS.into())?;
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

/// The front page of the whole site (`dist/html/index.html`): each
/// language in its own name, with the editions published in it.
pub fn render_root(sites: &[SiteEntry]) -> OutputFile {
    // The interface words come from the source language when it is built,
    // otherwise from the first language.
    let primary = sites
        .iter()
        .find(|s| s.locale.status == Status::Source)
        .or(sites.first());
    let empty_ui = UiText::default();
    let fallback_locale = LocaleInfo {
        tag: "en-GB".into(),
        name: "English".into(),
        english_name: "English".into(),
        dir: Direction::Ltr,
        status: Status::Source,
        voice: None,
    };
    let (ui, locale) = match primary {
        Some(p) => (&p.ui, &p.locale),
        None => (&empty_ui, &fallback_locale),
    };

    // Languages in the order they were built, editions in order within.
    let mut langs: Vec<(&LocaleInfo, Vec<&SiteEntry>)> = Vec::new();
    for s in sites {
        match langs.iter_mut().find(|(l, _)| l.tag == s.locale.tag) {
            Some((_, list)) => list.push(s),
            None => langs.push((&s.locale, vec![s])),
        }
    }

    let mut main = String::new();
    main.push_str("<div class=\"intro\">\n<h1>");
    main.push_str(&inline_html(&ui.get("site-root-title")));
    main.push_str("</h1>\n<p class=\"lead\">");
    main.push_str(&inline_html(&ui.get("site-root-intro")));
    main.push_str("</p>\n</div>\n<ul class=\"languages\">\n");
    for (l, entries) in &langs {
        let tag = esc(&l.tag);
        main.push_str(&format!(
            "<li class=\"language\" lang=\"{tag}\" dir=\"{}\">\n<h2>{}</h2>\n<ul class=\"editions\">\n",
            l.dir.as_str(),
            esc(&l.name)
        ));
        for e in entries {
            main.push_str(&format!(
                "<li><a href=\"{tag}/{}/index.html\" hreflang=\"{tag}\">{}</a>",
                esc(&e.edition),
                inline_html(&e.title)
            ));
            if !e.description.is_empty() {
                main.push_str(&format!(
                    "<span class=\"edition-description\">{}</span>",
                    inline_html(&e.description)
                ));
            }
            main.push_str("</li>\n");
        }
        main.push_str("</ul>\n</li>\n");
    }
    main.push_str("</ul>\n");

    let chrome = Chrome {
        ui,
        locale,
        assets: format!("{}/assets/", esc(&locale.tag)),
        body_class: "ed-root".into(),
        home: None,
        languages: Vec::new(),
        editions: Vec::new(),
        alternates: Vec::new(),
        english_only: false,
        listen: false,
        help_audio: None,
    };
    OutputFile::new(
        "index.html",
        chrome.page(&ui.plain("site-root-title"), &main),
    )
}

/// The edition's front page: title, description and contents.
fn index_page(
    doc: &Document,
    pictures: &BTreeMap<String, Picture>,
    matcher: &Rc<Matcher>,
) -> String {
    let lang = content_lang(doc);
    let mut w = Writer::new(doc, "../");
    w.link_words(matcher);
    w.push(&format!("<div class=\"intro\"{lang}>\n<h1>"));
    w.inline(&doc.title);
    w.push("</h1>\n");
    if !doc.description.is_empty() {
        w.push("<p class=\"lead\">");
        w.prose(&doc.description);
        w.push("</p>\n");
    }
    w.push("</div>\n<nav class=\"contents-nav\" aria-labelledby=\"contents-title\">\n<h2 id=\"contents-title\">");
    w.inline(&doc.ui.get("site-contents"));
    w.push(&format!("</h2>\n<ol class=\"contents\"{lang}>\n"));
    for page in &doc.pages {
        w.push(&format!("<li><a href=\"{}.html\">", esc(&page.id)));
        match &page.picture {
            Some(p) => w.img(p, 96, "contents-pic", true),
            None => w.push("<span class=\"contents-pic no-pic\"></span>"),
        }
        w.push("<span class=\"contents-text\">");
        if let Some(label) = page.shown_label() {
            w.push("<span class=\"contents-label\">");
            w.inline(label);
            w.push("</span> ");
        }
        w.push("<span class=\"contents-title\">");
        w.inline(&page.title);
        w.push("</span></span></a></li>\n");
    }
    if has_words(doc) {
        // Its title is in the reader's language even when the edition's
        // words are not.
        w.push(&format!("<li{}><a href=\"{WORDS_FILE}\">", ui_lang(doc)));
        match pictures.get(WORDS_PICTURE) {
            Some(p) => w.img(p, 96, "contents-pic", true),
            None => w.push("<span class=\"contents-pic no-pic\"></span>"),
        }
        w.push("<span class=\"contents-text\"><span class=\"contents-title\">");
        w.inline(&words_heading(doc));
        w.push("</span></span></a></li>\n");
    }
    w.push("</ol>\n</nav>\n<p class=\"print-link\"><a href=\"print.html\">");
    w.inline(&doc.ui.get("site-print-link"));
    w.push("</a></p>\n");
    let title = doc.title.plain();
    let main = w.finish(&mut own_file(&mut HashSet::new()));
    Chrome::of(doc, "index.html").page(&title, &main)
}

/// ` lang=".." dir=".."` for the edition's own words when they are in
/// another language than the interface (an English-only edition read in
/// another language); empty otherwise.
fn content_lang(doc: &Document) -> String {
    match &doc.content_locale {
        Some(l) if l.tag != doc.locale.tag => {
            format!(" lang=\"{}\" dir=\"{}\"", esc(&l.tag), l.dir.as_str())
        }
        _ => String::new(),
    }
}

/// A page's title and blocks, to be placed in its own file and in the
/// print view.
fn page_body(doc: &Document, page: &Page, matcher: &Rc<Matcher>) -> Fragment {
    let mut w = Writer::new(doc, "../");
    w.link_words(matcher);
    page_head(&mut w, page);
    w.blocks(page);
    w.out
}

/// The top of a page: its picture and its title (with its label, such as
/// "Outcome 1") as the page's top heading.
fn page_head(w: &mut Writer, page: &Page) {
    w.push("<div class=\"page-head\">\n");
    if let Some(p) = &page.picture {
        w.img(p, 160, "page-pic", false);
    }
    w.push("<h");
    w.level(0);
    w.push(&format!(" id=\"{}-title\">", esc(&page.id)));
    if let Some(label) = page.shown_label() {
        w.push("<span class=\"page-label\">");
        w.inline(label);
        w.push("<span class=\"visually-hidden\">: </span></span> ");
    }
    w.inline(&page.title);
    w.push("</h");
    w.level(0);
    w.push(">\n</div>\n");
}

/// Page `n` of the edition, around its `body`, with previous/next links.
fn content_page(doc: &Document, n: usize, page: &Page, body: &Fragment) -> String {
    let title = format!("{} – {}", page.heading_text(), doc.title.plain());
    let chrome = Chrome::of(doc, &format!("{}.html", page.id));
    let mut html = chrome.page_start(&title);
    html.reserve(body.len() + 8 * 1024);
    html.push_str(&format!("<div class=\"content\"{}>\n", content_lang(doc)));
    let mut described = HashSet::new();
    let mut place = own_file(&mut described);
    body.place(&mut html, &mut place);

    let mut w = Writer::new(doc, "../");
    w.push("</div>\n");

    w.push("<nav class=\"pager\" aria-label=\"");
    w.text(&doc.ui.plain("site-pager"));
    w.push("\">\n<ul>\n");
    if let Some(prev) = n.checked_sub(1).and_then(|i| doc.pages.get(i)) {
        pager_link(&mut w, prev, "prev", "site-previous");
    }
    if let Some(next) = doc.pages.get(n + 1) {
        pager_link(&mut w, next, "next", "site-next");
    } else if has_words(doc) {
        // After the last page: the words explained.
        pager_to(
            &mut w,
            WORDS_FILE,
            "next",
            "site-next",
            &words_heading(doc).plain(),
            "",
        );
    }
    w.push("<li class=\"pager-all\"><a href=\"index.html\">");
    w.inline(&doc.ui.get("site-all-pages"));
    w.push("</a></li>\n</ul>\n</nav>\n");

    w.out.place(&mut html, &mut place);
    html.push_str(&chrome.page_end());
    html
}

fn pager_link(w: &mut Writer, page: &Page, rel: &str, word: &str) {
    let lang = content_lang(w.doc);
    pager_to(
        w,
        &format!("{}.html", page.id),
        rel,
        word,
        &page.heading_text(),
        &lang,
    );
}

/// A previous/next link to `href`, titled `title` (in `lang`).
fn pager_to(w: &mut Writer, href: &str, rel: &str, word: &str, title: &str, lang: &str) {
    w.push(&format!(
        "<li class=\"pager-{rel}\"><a href=\"{}\" rel=\"{rel}\"><span class=\"pager-dir\">",
        esc(href)
    ));
    w.inline(&w.doc.ui.get(word));
    w.push(&format!("</span> <span class=\"pager-title\"{lang}>"));
    w.text(title);
    w.push("</span></a></li>\n");
}

/// Whether the edition has a words page: whenever there are words to
/// explain.
fn has_words(doc: &Document) -> bool {
    !doc.glossary.is_empty()
}

/// The title of the words page (`glossary-heading`).
fn words_heading(doc: &Document) -> Text {
    doc.ui.get(GLOSSARY_HEADING)
}

/// ` lang=".." dir=".."` for the glossary's terms and explanations: an
/// English-only edition read in another language has its glossary in the
/// language of its words, like them.
fn words_lang(doc: &Document) -> String {
    content_lang(doc)
}

/// ` lang=".." dir=".."` of the interface, for its words inside a part
/// marked with [`content_lang`]; empty when there is no such part.
fn ui_lang(doc: &Document) -> String {
    if content_lang(doc).is_empty() {
        String::new()
    } else {
        format!(
            " lang=\"{}\" dir=\"{}\"",
            esc(&doc.locale.tag),
            doc.locale.dir.as_str()
        )
    }
}

/// The hard words and their explanations, each with its picture (when
/// the document has it) and an anchor `word-<id>` that the first use of
/// the word on every page links to. `level` is the level of each word's
/// heading.
fn word_list(w: &mut Writer, level: u8, pictures: &BTreeMap<String, Picture>) {
    let easy = w.doc.edition == EASY_READ;
    let size = if easy { 120 } else { 96 };
    w.push(&format!("<ul class=\"glossary\"{}>\n", words_lang(w.doc)));
    for e in &w.doc.glossary {
        w.push(&format!("<li class=\"word\" id=\"word-{}\">", esc(&e.id)));
        match e.picture.as_deref().and_then(|id| pictures.get(id)) {
            // The word beside it says what the picture is for.
            Some(p) => w.img(p, size, "word-pic", true),
            None => w.push("<span class=\"word-pic no-pic\"></span>"),
        }
        w.push(&format!(
            "<div class=\"word-text\">\n<h{level} class=\"word-term\">"
        ));
        w.text(&e.term);
        w.push(&format!("</h{level}>\n<p>"));
        w.inline(&e.explain);
        w.push("</p>\n</div></li>\n");
    }
    w.push("</ul>\n");
}

/// The words page: every hard word with its explanation, at the end of
/// the edition.
fn words_page(doc: &Document, pictures: &BTreeMap<String, Picture>) -> String {
    let mut w = Writer::new(doc, "../");
    let heading = words_heading(doc);
    w.push("<div class=\"content\">\n<div class=\"page-head\">\n");
    if let Some(p) = pictures.get(WORDS_PICTURE) {
        w.img(p, 160, "page-pic", true);
    }
    w.push(&format!("<h1 id=\"{WORDS_TITLE_ID}\">"));
    w.inline(&heading);
    w.push("</h1>\n</div>\n");
    word_list(&mut w, 2, pictures);
    w.push("</div>\n");

    w.push("<nav class=\"pager\" aria-label=\"");
    w.text(&doc.ui.plain("site-pager"));
    w.push("\">\n<ul>\n");
    if let Some(last) = doc.pages.last() {
        pager_link(&mut w, last, "prev", "site-previous");
    }
    w.push("<li class=\"pager-all\"><a href=\"index.html\">");
    w.inline(&doc.ui.get("site-all-pages"));
    w.push("</a></li>\n</ul>\n</nav>\n");

    let title = format!("{} – {}", heading.plain(), doc.title.plain());
    let main = w.finish(&mut own_file(&mut HashSet::new()));
    Chrome::of(doc, WORDS_FILE).page(&title, &main)
}

/// The print view's file: every page on one page, for printing.
const PRINT_FILE: &str = "print.html";

/// The print view's chrome.
fn print_chrome(doc: &Document) -> Chrome<'_> {
    let mut chrome = Chrome::of(doc, PRINT_FILE);
    chrome.body_class.push_str(" print-view");
    chrome
}

/// The beginning of the print view's main part: the edition's title and
/// description.
fn print_start<'a>(doc: &'a Document, matcher: &Rc<Matcher>) -> Writer<'a> {
    let lang = content_lang(doc);
    let mut w = Writer::new(doc, "../");
    // The words are explained at the end of this same page.
    w.link_words(matcher);
    w.push(&format!("<div class=\"intro\">\n<h1{lang}>"));
    w.inline(&doc.title);
    w.push("</h1>\n");
    if !doc.description.is_empty() {
        w.push(&format!("<p class=\"lead\"{lang}>"));
        w.prose(&doc.description);
        w.push("</p>\n");
    }
    w.push("<p class=\"print-hint\">");
    w.inline(&doc.ui.get("site-print-hint"));
    w.push("</p>\n</div>\n");
    w
}

/// The start of one page's section in the print view.
fn print_section_start(doc: &Document, page: &Page) -> String {
    format!(
        "<section class=\"print-page\" aria-labelledby=\"{}-title\"{}>\n",
        esc(&page.id),
        content_lang(doc)
    )
}

/// The words explained, at the end of the print view.
fn print_words(w: &mut Writer, pictures: &BTreeMap<String, Picture>) {
    if has_words(w.doc) {
        w.push(&format!(
            "<section class=\"print-page\" aria-labelledby=\"{WORDS_TITLE_ID}\">\n\
             <div class=\"page-head\">\n<h2 id=\"{WORDS_TITLE_ID}\">"
        ));
        w.inline(&words_heading(w.doc));
        w.push("</h2>\n</div>\n");
        word_list(w, 3, pictures);
        w.push("</section>\n");
    }
}

/// A link in a switcher: where it goes, what it says, and whether it is
/// where the reader already is.
struct Choice {
    href: String,
    label: String,
    current: bool,
    /// For languages: the language's tag and direction.
    lang: Option<(String, Direction)>,
}

/// Everything around the main text: head, header, footer.
struct Chrome<'a> {
    ui: &'a UiText,
    locale: &'a LocaleInfo,
    /// From the page to the `assets/` folder, with the final slash.
    assets: String,
    body_class: String,
    /// The header's home link: (href, escaped HTML label).
    home: Option<(String, String)>,
    languages: Vec<Choice>,
    editions: Vec<Choice>,
    /// `<link rel="alternate">`: (hreflang, href).
    alternates: Vec<(String, String)>,
    /// The words are English although the reader's language is another
    /// (an edition not translated yet).
    english_only: bool,
    /// `build --audio`: the pages load `listen.js`.
    listen: bool,
    /// `build --audio`: the "Get help now" box's audio file.
    help_audio: Option<String>,
}

impl<'a> Chrome<'a> {
    /// The chrome of `file` (a file of the document's edition folder).
    fn of(doc: &'a Document, file: &str) -> Chrome<'a> {
        let ed = &doc.edition;
        let languages: Vec<Choice> = doc
            .languages
            .iter()
            .map(|l| Choice {
                href: format!("../../{}/{ed}/{file}", l.tag),
                label: l.name.clone(),
                current: l.tag == doc.locale.tag,
                lang: Some((l.tag.clone(), l.dir)),
            })
            .collect();
        let alternates = languages
            .iter()
            .filter(|c| !c.current)
            .filter_map(|c| c.lang.as_ref().map(|(t, _)| (t.clone(), c.href.clone())))
            .collect();
        let editions = doc
            .editions
            .iter()
            .map(|(id, title)| Choice {
                href: format!("../{id}/index.html"),
                label: edition_name(&doc.ui, id, title),
                current: *id == doc.edition,
                lang: None,
            })
            .collect();
        Chrome {
            ui: &doc.ui,
            locale: &doc.locale,
            assets: "../assets/".into(),
            body_class: format!("ed-{}", doc.edition),
            home: Some((
                "index.html".into(),
                match content_lang(doc) {
                    lang if lang.is_empty() => inline_html(&doc.title),
                    lang => format!("<span{lang}>{}</span>", inline_html(&doc.title)),
                },
            )),
            languages,
            editions,
            alternates,
            english_only: !content_lang(doc).is_empty(),
            listen: doc.audio.is_some(),
            help_audio: doc
                .audio
                .as_ref()
                .and_then(|plan| Some(plan.file(&plan.help_clip(&doc.ui)?))),
        }
    }

    fn msg(&self, id: &str) -> String {
        inline_html(&self.ui.get(id))
    }

    fn attr(&self, id: &str) -> String {
        esc(&self.ui.plain(id))
    }

    /// A whole HTML page around `main` (already HTML).
    fn page(&self, title: &str, main: &str) -> String {
        let mut h = self.page_start(title);
        h.reserve(main.len() + 4 * 1024);
        h.push_str(main);
        h.push_str(&self.page_end());
        h
    }

    /// A page up to its main part: head, header, and `<main>`.
    fn page_start(&self, title: &str) -> String {
        let mut h = String::with_capacity(8 * 1024);
        h.push_str(&format!(
            "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <meta name=\"referrer\" content=\"no-referrer\">\n\
             <meta name=\"color-scheme\" content=\"light dark\">\n\
             <title>{}</title>\n<link rel=\"stylesheet\" href=\"{a}style.css\">\n\
             <script src=\"{a}exit.js\" defer></script>\n",
            esc(&self.locale.tag),
            self.locale.dir.as_str(),
            esc(title),
            a = self.assets,
        ));
        if self.listen {
            h.push_str(&format!(
                "<script src=\"{}listen.js\" defer></script>\n",
                self.assets
            ));
        }
        for (tag, href) in &self.alternates {
            h.push_str(&format!(
                "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">\n",
                esc(tag),
                esc(href)
            ));
        }
        h.push_str(&format!(
            "</head>\n<body class=\"{}\">\n<a class=\"skip-link\" href=\"#main\">{}</a>\n",
            esc(&self.body_class),
            self.msg("site-skip-link")
        ));
        self.header(&mut h);
        h.push_str("<main id=\"main\" tabindex=\"-1\">\n");
        h
    }

    /// A page from the end of its main part: the footer.
    fn page_end(&self) -> String {
        let mut h = String::from("</main>\n");
        self.footer(&mut h);
        h.push_str("</body>\n</html>\n");
        h
    }

    fn header(&self, h: &mut String) {
        h.push_str("<header class=\"masthead\">\n<div class=\"bar\">\n");
        // Exit first: the second thing a keyboard reaches, after the skip link.
        h.push_str(&format!(
            "<div class=\"exit-slot\"><div class=\"exit-box\">\n<a class=\"exit\" id=\"exit\" href=\"{}\" rel=\"nofollow noreferrer\" \
             data-two-more=\"{}\" data-one-more=\"{}\" data-escape-one-more=\"{}\" data-leaving=\"{}\">{}</a>\n\
             <p class=\"exit-hint\" id=\"exit-hint\" hidden>{}</p>\n</div></div>\n",
            esc(&exit_url(self.ui)),
            self.attr("site-exit-two-more"),
            self.attr("site-exit-one-more"),
            self.attr("site-exit-escape-one-more"),
            self.attr("site-exit-leaving"),
            self.msg("site-exit-page"),
            self.msg("site-exit-shortcut"),
        ));
        if let Some((href, label)) = &self.home {
            h.push_str(&format!(
                "<p class=\"brand\"><a href=\"{}\">{label}</a></p>\n",
                esc(href)
            ));
        }
        h.push_str(&format!(
            "<p class=\"help-link\"><a href=\"#get-help\">{}</a></p>\n</div>\n",
            self.msg("site-get-help-title")
        ));
        if !self.languages.is_empty() || !self.editions.is_empty() {
            h.push_str("<div class=\"switchers\">\n");
            switcher(h, "languages", &self.msg("site-languages"), &self.languages);
            switcher(h, "editions", &self.msg("site-editions"), &self.editions);
            h.push_str("</div>\n");
        }
        h.push_str(
            "<div class=\"visually-hidden\" id=\"exit-status\" role=\"status\" aria-live=\"polite\"></div>\n",
        );
        if self.english_only {
            // The words below are English: say so in the reader's language
            // (a draft notice would be about a translation there is not).
            h.push_str(&format!(
                "<div class=\"notice\" role=\"note\">\n<p>{}</p>\n</div>\n",
                self.msg(crate::resolve::ENGLISH_ONLY_NOTICE)
            ));
        } else if self.locale.status == Status::Draft {
            h.push_str(&format!(
                "<div class=\"notice\" role=\"note\">\n<p>{}</p>\n",
                self.msg(crate::resolve::DRAFT_NOTICE)
            ));
            // The same in English, from the source language (for a helper
            // who reads English), unless it is what was just said.
            let own = self.ui.plain(crate::resolve::DRAFT_NOTICE);
            if let Some(english) = self.ui.0.get(crate::resolve::DRAFT_NOTICE_EN)
                && english.plain() != own
                && !english.is_empty()
            {
                h.push_str(&format!(
                    "<p lang=\"{}\" dir=\"ltr\">{}</p>\n",
                    esc(crate::i18n::SOURCE_LOCALE),
                    inline_html(english)
                ));
            }
            h.push_str("</div>\n");
        }
        h.push_str("</header>\n");
    }

    fn footer(&self, h: &mut String) {
        h.push_str(&format!(
            "<footer class=\"foot\">\n<section class=\"get-help\" id=\"get-help\" aria-labelledby=\"get-help-title\">\n\
             <h2 id=\"get-help-title\">{}</h2>\n<p class=\"help-danger\">{}</p>\n<p>{}</p>\n<ul class=\"help-lines\">\n",
            self.msg("site-get-help-title"),
            self.msg("site-get-help-danger"),
            self.msg("site-get-help-intro"),
        ));
        if let Some(file) = &self.help_audio {
            h.push_str(&format!(
                "<p>{}</p>\n",
                blocks::listen_button(self.ui, &format!("{}audio/", self.assets), file)
            ));
        }
        for line in ["childline", "help-at-hand"] {
            let contact = Contact {
                org: line.into(),
                name: self.ui.plain(&format!("site-{line}-name")),
                phone: self.ui.plain(&format!("site-{line}-phone")),
                web: None,
                web_label: None,
            };
            h.push_str(&format!(
                "<li class=\"help-line\">\n<h3><bdi>{}</bdi></h3>\n\
                 <p class=\"help-phone\"><a href=\"{}\"><bdi>{}</bdi></a></p>\n<p>{}</p>\n</li>\n",
                esc(&contact.name),
                esc(&contact.tel_href()),
                esc(&contact.phone),
                self.msg(&format!("site-{line}-about")),
            ));
        }
        h.push_str(&format!(
            "</ul>\n</section>\n<p class=\"licence\">{}</p>\n</footer>\n",
            self.msg("site-licence")
        ));
    }
}

/// A labelled list of links, such as the languages.
fn switcher(h: &mut String, id: &str, label: &str, choices: &[Choice]) {
    if choices.is_empty() || (id == "editions" && choices.len() < 2) {
        return;
    }
    h.push_str(&format!(
        "<nav class=\"switcher\" aria-labelledby=\"{id}-label\">\n<span class=\"switcher-label\" id=\"{id}-label\">{label}</span>\n<ul>\n"
    ));
    for c in choices {
        let mut attrs = String::new();
        if let Some((tag, dir)) = &c.lang {
            attrs.push_str(&format!(
                " lang=\"{t}\" hreflang=\"{t}\" dir=\"{}\"",
                dir.as_str(),
                t = esc(tag)
            ));
        }
        if c.current {
            attrs.push_str(" aria-current=\"true\"");
        }
        h.push_str(&format!(
            "<li><a href=\"{}\"{attrs}>{}</a></li>\n",
            esc(&c.href),
            esc(&c.label)
        ));
    }
    h.push_str("</ul>\n</nav>\n");
}

/// An edition's short name for the switcher (`site-edition-<id>`), or
/// its title when it has none.
fn edition_name(ui: &UiText, id: &str, title: &Text) -> String {
    let key = format!("site-edition-{id}");
    if ui.0.contains_key(&key) {
        ui.plain(&key)
    } else {
        title.plain()
    }
}

/// Where "Exit this page" goes: the `exit-web` fact through
/// `site-exit-url`. Anything but a web address becomes a blank page.
fn exit_url(ui: &UiText) -> String {
    let url = strip_bidi(&ui.plain("site-exit-url")).trim().to_string();
    let lower = url.to_ascii_lowercase();
    if (lower.starts_with("https://") || lower.starts_with("http://"))
        && !url.contains(char::is_whitespace)
    {
        url
    } else {
        "about:blank".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Alternate, Block, Item};
    use crate::markup::Inline;
    use crate::project::Project;
    use crate::render::Format;

    fn doc(edition: &str) -> Document {
        let p = Project::embedded();
        let tag = "en-GB".parse().unwrap();
        let mut d = vec![];
        p.document(edition, &tag, Format::Html.keep(), &mut d)
            .expect("the edition exists")
    }

    fn editions() -> Vec<Document> {
        let p = Project::embedded();
        p.content.edition_ids().into_iter().map(doc).collect()
    }

    fn html(files: &[OutputFile]) -> Vec<(&str, String)> {
        files
            .iter()
            .filter(|f| f.path.ends_with(".html"))
            .map(|f| (f.path.as_str(), String::from_utf8(f.bytes.clone()).unwrap()))
            .collect()
    }

    fn file<'a>(files: &'a [OutputFile], path: &str) -> &'a str {
        let f = files
            .iter()
            .find(|f| f.path == path)
            .unwrap_or_else(|| panic!("no {path}"));
        std::str::from_utf8(&f.bytes).unwrap()
    }

    /// The words a reader sees or hears: text between tags, plus the
    /// attributes that are read out or shown.
    fn visible(page: &str) -> String {
        let mut out = String::new();
        let mut rest = page;
        while let Some(lt) = rest.find('<') {
            out.push_str(&rest[..lt]);
            let gt = rest[lt..].find('>').map_or(rest.len(), |g| lt + g + 1);
            let tag = &rest[lt..gt];
            for attr in ["alt=\"", "aria-label=\"", "title=\"", "data-"] {
                for (i, _) in tag.match_indices(attr) {
                    let v = &tag[i..];
                    if let Some(q) = v.find('"') {
                        let v = &v[q + 1..];
                        out.push(' ');
                        out.push_str(&v[..v.find('"').unwrap_or(v.len())]);
                    }
                }
            }
            out.push(' ');
            rest = &rest[gt..];
        }
        out.push_str(rest);
        out
    }

    #[test]
    fn writes_every_page_print_view_and_assets() {
        let d = doc("guide");
        let files = render(&d, &RenderOptions::default());
        let paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
        assert!(paths.contains(&"guide/index.html"));
        assert!(paths.contains(&"guide/print.html"));
        assert!(paths.contains(&"assets/style.css"));
        assert!(paths.contains(&"assets/exit.js"));
        for page in &d.pages {
            assert!(paths.contains(&format!("guide/{}.html", page.id).as_str()));
        }
        // Every picture a page shows is written beside it.
        for (path, page) in html(&files) {
            for (i, _) in page.match_indices("src=\"../assets/pictures/") {
                let src = &page[i + 5..];
                let src = &src[3..src.find('"').unwrap()];
                assert!(
                    paths.contains(&src),
                    "{path} shows {src}, which is not written"
                );
            }
        }
    }

    #[test]
    fn no_message_id_shows_instead_of_words() {
        let docs = editions();
        let mut pages = Vec::new();
        for d in &docs {
            let files = render(d, &RenderOptions::default());
            pages.extend(html(&files).into_iter().map(|(p, h)| (p.to_string(), h)));
        }
        let sites: Vec<SiteEntry> = docs.iter().map(SiteEntry::of).collect();
        let root = render_root(&sites);
        pages.push(("index.html".into(), String::from_utf8(root.bytes).unwrap()));
        for (path, page) in &pages {
            let words = visible(page);
            assert!(
                !words.contains("site-"),
                "{path} shows a message id: …{}…",
                &words[words.find("site-").unwrap().saturating_sub(40)..][..80.min(words.len())]
            );
            // No class either: the id check above must stay meaningful.
            assert!(!page.contains("site-"), "{path} contains `site-`");
        }
    }

    #[test]
    fn hostile_words_are_escaped() {
        let mut d = doc("guide");
        let evil = "<script>alert(1)</script> \" ' & <img src=x onerror=alert(2)>";
        let hostile = Text(vec![
            Inline::Text { text: evil.into() },
            Inline::LineBreak,
            Inline::Link {
                href: "https://example.org/\"><script>alert(3)</script>".into(),
                children: vec![Inline::Text { text: evil.into() }],
            },
            Inline::Strong {
                children: vec![Inline::Text { text: evil.into() }],
            },
        ]);
        d.title = hostile.clone();
        d.description = hostile.clone();
        let page = &mut d.pages[0];
        page.title = hostile.clone();
        page.blocks.insert(
            0,
            Block::Paragraph {
                id: "evil\"><script>".into(),
                text: hostile.clone(),
            },
        );
        page.blocks.push(Block::Statements {
            id: "s".into(),
            items: vec![Item {
                id: "1".into(),
                text: hostile.clone(),
                spoken: None,
                picture: page.picture.clone().map(|mut p| {
                    p.alt = evil.into();
                    p.id = "pic\"><script>".into();
                    p
                }),
                source: None,
            }],
        });
        d.languages.push(Alternate {
            tag: "x\"><script>".into(),
            name: evil.into(),
            dir: Direction::Rtl,
        });
        d.ui.0.insert("site-skip-link".into(), hostile.clone());
        let files = render(&d, &RenderOptions::default());
        let pages = html(&files);
        assert!(!pages.is_empty());
        for (path, page) in pages {
            // The only script is the site's own exit.js.
            assert_eq!(page.matches("<script").count(), 1, "{path}:\n{page}");
            assert!(page.contains("<script src=\"../assets/exit.js\" defer></script>"));
            assert!(!page.contains("<img src=x"), "{path}");
            assert!(!page.contains("onerror=alert(2)>"), "{path}");
        }
        let about = file(&files, &format!("guide/{}.html", d.pages[0].id));
        assert!(about.contains(
            "&lt;script&gt;alert(1)&lt;/script&gt; &quot; &#39; &amp; &lt;img src=x onerror=alert(2)&gt;<br>"
        ));
        assert!(about.contains(
            "<a href=\"https://example.org/&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;\" rel=\"noreferrer\">"
        ));
    }

    #[test]
    fn unsafe_links_lose_their_address_and_phones_are_digits() {
        let mut out = String::new();
        blocks::push_inline(
            &mut out,
            &[
                Inline::Link {
                    href: "javascript:alert(1)".into(),
                    children: vec![Inline::Text { text: "x".into() }],
                },
                Inline::Link {
                    href: "tel:\u{2068}0800 1111\u{2069}".into(),
                    children: vec![Inline::Text {
                        text: "call".into(),
                    }],
                },
            ],
        );
        assert_eq!(out, "x<a href=\"tel:08001111\">call</a>");
    }

    #[test]
    fn headings_go_down_one_level_at_a_time() {
        for d in editions() {
            for (path, page) in html(&render(&d, &RenderOptions::default())) {
                let levels: Vec<u8> = page
                    .match_indices("<h")
                    .filter_map(|(i, _)| {
                        let c = page.as_bytes()[i + 2];
                        (b'1'..=b'6').contains(&c).then_some(c - b'0')
                    })
                    .collect();
                assert_eq!(
                    levels.iter().filter(|&&l| l == 1).count(),
                    1,
                    "{path}: one h1"
                );
                assert_eq!(levels[0], 1, "{path}: starts with h1");
                for w in levels.windows(2) {
                    assert!(w[1] <= w[0] + 1, "{path}: h{} after h{}", w[1], w[0]);
                }
            }
        }
    }

    #[test]
    fn every_page_has_its_landmarks_and_help() {
        let d = doc("guide");
        let files = render(&d, &RenderOptions::default());
        for (path, page) in html(&files) {
            assert!(
                page.starts_with("<!DOCTYPE html>\n<html lang=\"en-GB\" dir=\"ltr\">"),
                "{path}"
            );
            let skip = page.find("<a class=\"skip-link\" href=\"#main\">").unwrap();
            assert!(
                page[..skip].find("<a ").is_none(),
                "{path}: skip link is first"
            );
            for needle in [
                "<header class=\"masthead\">",
                "<main id=\"main\"",
                "<footer class=\"foot\">",
                "href=\"https://www.bbc.co.uk/weather\" rel=\"nofollow noreferrer\"",
                "href=\"tel:08001111\"",
                "href=\"tel:08005280731\"",
                "<bdi>0800 1111</bdi>",
                "Open Government Licence",
            ] {
                assert!(page.contains(needle), "{path} lacks {needle}");
            }
            assert!(!page.contains("src=\"http"), "{path} fetches from the web");
            assert!(!page.contains("href=\"//"), "{path}");
        }
    }

    #[test]
    fn easy_read_uses_picture_rows() {
        let d = doc("easy-read");
        let files = render(&d, &RenderOptions::default());
        let page = file(&files, &format!("easy-read/{}.html", d.pages[0].id));
        assert!(page.contains("<body class=\"ed-easy-read\">"));
        assert!(page.contains("<ul class=\"rows\">"));
    }

    #[test]
    fn other_languages_and_draft_notice() {
        let mut d = doc("guide");
        d.languages.push(Alternate {
            tag: "ar".into(),
            name: "العربية".into(),
            dir: Direction::Rtl,
        });
        d.locale.status = Status::Draft;
        d.ui.0.insert(
            crate::resolve::DRAFT_NOTICE.into(),
            Text::plain_str("Nid yw wedi'i wirio."),
        );
        d.ui.0.insert(
            crate::resolve::DRAFT_NOTICE_EN.into(),
            Text::plain_str("This translation is a draft. It has not yet been checked by a qualified translator."),
        );
        let files = render(&d, &RenderOptions::default());
        let page = file(&files, "guide/outcome-1.html");
        assert!(page.contains(
            "<div class=\"notice\" role=\"note\">\n<p>Nid yw wedi&#39;i wirio.</p>\n\
             <p lang=\"en-GB\" dir=\"ltr\">This translation is a draft. It has not yet been checked by a qualified translator.</p>"
        ), "{page}");
        assert!(page.contains(
            "<a href=\"../../ar/guide/outcome-1.html\" lang=\"ar\" hreflang=\"ar\" dir=\"rtl\">العربية</a>"
        ));
        assert!(page.contains(
            "<link rel=\"alternate\" hreflang=\"ar\" href=\"../../ar/guide/outcome-1.html\">"
        ));
        assert!(page.contains(
            "lang=\"en-GB\" hreflang=\"en-GB\" dir=\"ltr\" aria-current=\"true\">English</a>"
        ));
        assert!(page.contains("class=\"notice\""));
        assert!(page.contains("not yet been checked by a qualified translator"));
        let source = render(&doc("guide"), &RenderOptions::default());
        assert!(!file(&source, "guide/outcome-1.html").contains("class=\"notice\""));
    }

    #[test]
    fn every_word_explained_has_its_picture_even_where_no_page_uses_it() {
        // The framework's pages have no pictures of their own.
        let d = doc("framework");
        let files = render(&d, &RenderOptions::default());
        for f in ["framework/words.html", "framework/index.html"] {
            assert!(!file(&files, f).contains("no-pic"), "{f}");
        }
        assert!(files.iter().any(|f| f.path == "assets/pictures/words.svg"));
    }

    #[test]
    fn english_only_edition_marks_its_words_english() {
        let mut d = doc("framework");
        d.content_locale = Some(d.locale.clone());
        d.locale.tag = "ar".into();
        d.locale.dir = Direction::Rtl;
        d.locale.status = Status::Draft;
        let files = render(&d, &RenderOptions::default());
        let page = file(&files, &format!("framework/{}.html", d.pages[0].id));
        // It says the words are English, not that a translation is a draft.
        assert!(page.contains(&format!(
            "<div class=\"notice\" role=\"note\">\n<p>{}</p>\n</div>",
            d.ui.plain(crate::resolve::ENGLISH_ONLY_NOTICE)
        )));
        assert!(!page.contains("qualified translator"), "{page}");
        assert!(page.contains("<html lang=\"ar\" dir=\"rtl\">"));
        assert!(page.contains("<div class=\"content\" lang=\"en-GB\" dir=\"ltr\">"));
        assert!(page.contains(
            "<p class=\"brand\"><a href=\"index.html\"><span lang=\"en-GB\" dir=\"ltr\">"
        ));
        let index = file(&files, "framework/index.html");
        assert!(index.contains("<ol class=\"contents\" lang=\"en-GB\" dir=\"ltr\">"));
        let own = render(&doc("framework"), &RenderOptions::default());
        assert!(!file(&own, "framework/index.html").contains("<ol class=\"contents\" lang="));
    }

    #[test]
    fn right_to_left_pages_say_so() {
        let mut d = doc("easy-read");
        d.locale.dir = Direction::Rtl;
        d.locale.tag = "ar".into();
        let files = render(&d, &RenderOptions::default());
        assert!(
            file(&files, "easy-read/index.html")
                .starts_with("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">")
        );
    }

    #[test]
    fn front_page_offers_each_language_and_edition() {
        let docs = editions();
        let mut sites: Vec<SiteEntry> = docs.iter().map(SiteEntry::of).collect();
        let mut other = SiteEntry::of(&docs[0]);
        other.locale.tag = "cy".into();
        other.locale.name = "Cymraeg".into();
        other.locale.status = Status::Draft;
        sites.push(other);
        let root = render_root(&sites);
        assert_eq!(root.path, "index.html");
        let page = String::from_utf8(root.bytes).unwrap();
        assert!(page.contains("<link rel=\"stylesheet\" href=\"en-GB/assets/style.css\">"));
        assert!(page.contains("<li class=\"language\" lang=\"cy\" dir=\"ltr\">\n<h2>Cymraeg</h2>"));
        for d in &docs {
            assert!(page.contains(&format!(
                "href=\"en-GB/{}/index.html\" hreflang=\"en-GB\"",
                d.edition
            )));
        }
        assert!(render_root(&[]).bytes.starts_with(b"<!DOCTYPE html>"));
    }

    /// The `href`s of the links on a page whose class is `word-link`.
    fn word_links(page: &str) -> Vec<String> {
        page.match_indices("<a class=\"word-link\" href=\"")
            .map(|(i, m)| {
                let rest = &page[i + m.len()..];
                rest[..rest.find('"').unwrap()].to_string()
            })
            .collect()
    }

    /// Links are never inside links, and word links never in headings.
    fn assert_no_nested_links(path: &str, page: &str) {
        let mut depth = 0i32;
        let mut rest = page;
        while let Some(i) = rest.find('<') {
            rest = &rest[i..];
            if rest.starts_with("<a ") {
                depth += 1;
                assert!(depth <= 1, "{path}: a link inside a link");
            } else if rest.starts_with("</a>") {
                depth -= 1;
            }
            rest = &rest[1..];
        }
        for (i, _) in page.match_indices("<h") {
            let c = page.as_bytes()[i + 2];
            if (b'1'..=b'6').contains(&c) {
                let end = page[i..].find("</h").unwrap() + i;
                assert!(
                    !page[i..end].contains("word-link"),
                    "{path}: a word link in a heading"
                );
            }
        }
    }

    #[test]
    fn each_edition_ends_with_its_words_explained() {
        for d in editions() {
            assert!(!d.glossary.is_empty());
            let ed = d.edition.clone();
            let files = render(&d, &RenderOptions::default());
            let words = file(&files, &format!("{ed}/words.html"));
            assert!(words.contains("<h1 id=\"words-explained-title\">"), "{ed}");
            for e in &d.glossary {
                let anchor = format!("<li class=\"word\" id=\"word-{}\">", e.id);
                assert_eq!(words.matches(&anchor).count(), 1, "{ed}: {}", e.id);
                assert!(words.contains(&format!("<h2 class=\"word-term\">{}</h2>", esc(&e.term))));
            }
            // Back to the last page; listed in the contents; the last page
            // goes on to it.
            let last = &d.pages.last().unwrap().id;
            assert!(words.contains(&format!("href=\"{last}.html\" rel=\"prev\"")));
            assert!(file(&files, &format!("{ed}/index.html")).contains("<a href=\"words.html\">"));
            assert!(
                file(&files, &format!("{ed}/{last}.html"))
                    .contains("<a href=\"words.html\" rel=\"next\">")
            );
            // The print view ends with the words, and its links stay on it.
            let print = file(&files, &format!("{ed}/print.html"));
            assert!(print.contains("<h2 id=\"words-explained-title\">"));
            for href in word_links(print) {
                let id = href.strip_prefix('#').expect("an anchor on the page");
                assert!(print.contains(&format!("id=\"{id}\"")), "{ed}: {href}");
            }
            // The language switcher goes to the same page in each language.
            assert!(words.contains(&format!("href=\"../../en-GB/{ed}/words.html\"")));
        }
    }

    #[test]
    fn words_page_is_titled_from_glossary_heading() {
        for d in editions() {
            let ed = d.edition.clone();
            let files = render(&d, &RenderOptions::default());
            let words = file(&files, &format!("{ed}/words.html"));
            assert!(
                words.contains("<h1 id=\"words-explained-title\">Words explained</h1>"),
                "{ed}"
            );
            assert!(words.contains("<title>Words explained – "), "{ed}");
            assert!(
                file(&files, &format!("{ed}/index.html"))
                    .contains("<span class=\"contents-title\">Words explained</span>")
            );
            assert!(
                file(&files, &format!("{ed}/print.html"))
                    .contains("<h2 id=\"words-explained-title\">Words explained</h2>")
            );
        }
    }

    #[test]
    fn first_use_of_each_hard_word_links_to_its_explanation() {
        let mut linked = 0;
        for d in editions() {
            let ids: Vec<&str> = d.glossary.iter().map(|e| e.id.as_str()).collect();
            for (path, page) in html(&render(&d, &RenderOptions::default())) {
                assert_no_nested_links(path, &page);
                let links = word_links(&page);
                if path.ends_with("/words.html") {
                    assert!(links.is_empty(), "{path}");
                    continue;
                }
                if path.ends_with("/print.html") {
                    continue;
                }
                let mut seen = std::collections::HashSet::new();
                for href in &links {
                    let id = href
                        .strip_prefix("words.html#word-")
                        .unwrap_or_else(|| panic!("{path}: {href}"));
                    assert!(ids.contains(&id), "{path}: {href}");
                    assert!(seen.insert(id.to_string()), "{path}: {id} linked twice");
                }
                linked += links.len();
            }
        }
        assert!(linked > 20, "only {linked} hard words linked");

        // Whole words, any case, in text only: not in a heading nor in a link.
        let mut d = doc("guide");
        let page = &mut d.pages[0];
        page.blocks = vec![
            Block::Heading {
                id: "h".into(),
                text: Text::plain_str("Your council"),
            },
            Block::Paragraph {
                id: "p".into(),
                text: Text(vec![
                    Inline::Link {
                        href: "https://example.org/".into(),
                        children: vec![Inline::Text {
                            text: "the council".into(),
                        }],
                    },
                    Inline::Text {
                        text: " councillors and the COUNCIL, then the council.".into(),
                    },
                ]),
            },
        ];
        let id = page.id.clone();
        let files = render(&d, &RenderOptions::default());
        let html = file(&files, &format!("guide/{id}.html"));
        assert!(html.contains(
            "<p><a href=\"https://example.org/\" rel=\"noreferrer\">the council</a> councillors and the \
             <a class=\"word-link\" href=\"words.html#word-council\">COUNCIL</a>, then the council.</p>"
        ), "{html}");
        assert!(html.contains(">Your council</h2>"), "{html}");
    }

    #[test]
    fn hostile_glossary_words_are_escaped() {
        let mut d = doc("guide");
        let evil = "<script>alert(1)</script> \" ' &";
        d.glossary = vec![crate::content::glossary::GlossaryEntry {
            id: "x\"><script>".into(),
            term: evil.into(),
            forms: vec!["script".into()],
            explain: Text(vec![Inline::Text { text: evil.into() }]),
            picture: Some("pic\"><script>".into()),
        }];
        d.pages[0].blocks.insert(
            0,
            Block::Paragraph {
                id: "p".into(),
                text: Text::plain_str(evil),
            },
        );
        d.ui.0
            .insert(GLOSSARY_HEADING.into(), Text::plain_str(evil));
        let files = render(&d, &RenderOptions::default());
        for (path, page) in html(&files) {
            assert_eq!(page.matches("<script").count(), 1, "{path}:\n{page}");
        }
        let about = file(&files, &format!("guide/{}.html", d.pages[0].id));
        assert!(about.contains(
            "&lt;<a class=\"word-link\" href=\"words.html#word-x&quot;&gt;&lt;script&gt;\">script</a>&gt;alert(1)"
        ), "{about}");
        let words = file(&files, "guide/words.html");
        assert!(words.contains("id=\"word-x&quot;&gt;&lt;script&gt;\""));
        assert!(words.contains(
            "<h2 class=\"word-term\">&lt;script&gt;alert(1)&lt;/script&gt; &quot; &#39; &amp;</h2>"
        ));
    }

    #[test]
    fn help_box_begins_with_the_emergency_number_as_a_phone_link() {
        let files = render(&doc("easy-read"), &RenderOptions::default());
        for (path, page) in html(&files) {
            let help = &page[page.find("id=\"get-help\"").unwrap()..];
            let danger = help
                .find("<p class=\"help-danger\">If you are in danger right now, call <a href=\"tel:999\">")
                .unwrap_or_else(|| panic!("{path}"));
            assert!(danger < help.find("tel:08001111").unwrap(), "{path}");
        }
    }

    #[test]
    fn outcome_page_snapshot() {
        // The languages are fixed here, so that adding a locale does not
        // change the snapshot.
        let mut d = doc("guide");
        d.languages.retain(|l| l.tag == "en-GB");
        d.languages.push(Alternate {
            tag: "ar".into(),
            name: "العربية".into(),
            dir: Direction::Rtl,
        });
        let files = render(&d, &RenderOptions::default());
        insta::assert_snapshot!("guide_outcome_1", file(&files, "guide/outcome-1.html"));
    }
}
