//! An edition's own files: its front page (contents), each page with
//! previous/next links, and the words page.

use std::collections::{BTreeMap, HashSet};
use std::rc::Rc;

use super::blocks::Writer;
use super::chrome::Chrome;
use super::escape::esc;
use super::fragment::Fragment;
use super::inline::inline_html;
use super::lang::{content_lang, ui_lang, words_lang};
use super::nav::{self, has_words, words_heading};
use super::{WORDS_FILE, WORDS_TITLE_ID, own_file};
use crate::content::glossary::Matcher;
use crate::document::{Document, Page, Picture};
use crate::render::collate::Collation;

/// The edition's front page: title, description and contents.
pub(super) fn index_page(
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
        match words_picture(doc, pictures) {
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
    Chrome::of(doc, "index.html")
        .with_crumbs(doc, None)
        .page(&title, &main)
}

/// A page's title and blocks, to be placed in its own file and in the
/// print view.
pub(super) fn page_body(doc: &Document, page: &Page, matcher: &Rc<Matcher>) -> Fragment {
    let mut w = Writer::new(doc, "../");
    w.link_words(matcher);
    page_head(&mut w, page);
    w.blocks(page);
    w.out
}

/// The top of a page: its picture and its title (with its label, such as
/// "Outcome 1") as the page's top heading.
pub(super) fn page_head(w: &mut Writer, page: &Page) {
    w.push("<div class=\"page-head\">\n");
    if let Some(p) = &page.picture {
        w.img(p, 160, "page-pic", false);
    }
    w.push("<h");
    w.level(0);
    w.push(&format!(" id=\"{}-title\">", esc(&page.id)));
    if let Some(label) = page.shown_label() {
        w.push(&format!(
            "<span class=\"page-label\"{}>",
            w.lang_attrs(label)
        ));
        w.inline(label);
        w.push("<span class=\"visually-hidden\">: </span></span> ");
    }
    w.inline_marked(&page.title);
    w.push("</h");
    w.level(0);
    w.push(">\n</div>\n");
}

/// Page `n` of the edition, around its `body`, with previous/next links.
pub(super) fn content_page(doc: &Document, n: usize, page: &Page, body: &Fragment) -> String {
    let title = format!("{} – {}", page.heading_text(), doc.title.plain());
    let file = format!("{}.html", page.id);
    // "You are here" ends at the page, in the language of its words.
    let here = match content_lang(doc) {
        lang if lang.is_empty() => esc(&page.heading_text()),
        lang => format!("<span{lang}>{}</span>", esc(&page.heading_text())),
    };
    let chrome = Chrome::of(doc, &file)
        .with_crumbs(doc, Some(&here))
        .describe(nav::page_description(page));
    let mut html = chrome.page_start(&title);
    html.reserve(body.len() + 8 * 1024);
    html.push_str(&format!("<div class=\"content\"{}>\n", content_lang(doc)));
    let mut described = HashSet::new();
    let mut place = own_file(&mut described);
    body.place(&mut html, &mut place);

    let mut w = Writer::new(doc, "../");
    w.push("</div>\n");
    w.push(&nav::contents(doc, &file));

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

pub(super) fn pager_link(w: &mut Writer, page: &Page, rel: &str, word: &str) {
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
pub(super) fn pager_to(w: &mut Writer, href: &str, rel: &str, word: &str, title: &str, lang: &str) {
    w.push(&format!(
        "<li class=\"pager-{rel}\"><a href=\"{}\" rel=\"{rel}\"><span class=\"pager-dir\">",
        esc(href)
    ));
    w.inline(&w.doc.ui.get(word));
    w.push(&format!("</span> <span class=\"pager-title\"{lang}>"));
    w.text(title);
    w.push("</span></a></li>\n");
}

/// The hard words and their explanations, each with its picture (when
/// the document has it) and an anchor `word-<id>` that the first use of
/// the word on every page links to. `level` is the level of each word's
/// heading.
pub(super) fn word_list(w: &mut Writer, level: u8, pictures: &BTreeMap<String, Picture>) {
    let easy = w.doc.layout == crate::content::Layout::Statements;
    let size = if easy { 120 } else { 96 };
    w.push(&format!("<ul class=\"glossary\"{}>\n", words_lang(w.doc)));
    // In the alphabetical order of the words' own language, as a reader
    // looks a word up in a dictionary.
    let doc = w.doc;
    let lang = doc.content_locale.as_ref().unwrap_or(&doc.locale);
    let mut words: Vec<_> = doc.glossary.iter().collect();
    Collation::new(&lang.tag).sort_by_key(&mut words, |e| e.term.as_str());
    for e in words {
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

/// The picture that stands for the words page, if the glossary names one.
fn words_picture<'a>(
    doc: &Document,
    pictures: &'a BTreeMap<String, Picture>,
) -> Option<&'a Picture> {
    pictures.get(doc.words_picture.as_deref()?)
}

/// The words page: every hard word with its explanation, at the end of
/// the edition.
pub(super) fn words_page(doc: &Document, pictures: &BTreeMap<String, Picture>) -> String {
    let mut w = Writer::new(doc, "../");
    let heading = words_heading(doc);
    w.push("<div class=\"content\">\n<div class=\"page-head\">\n");
    if let Some(p) = words_picture(doc, pictures) {
        w.img(p, 160, "page-pic", true);
    }
    w.push(&format!("<h1 id=\"{WORDS_TITLE_ID}\">"));
    w.inline(&heading);
    w.push("</h1>\n</div>\n");
    word_list(&mut w, 2, pictures);
    w.push("</div>\n");
    w.push(&nav::contents(doc, WORDS_FILE));

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
    let terms: Vec<&str> = doc.glossary.iter().map(|e| e.term.as_str()).collect();
    let description = nav::shorten(&format!("{}: {}", heading.plain(), terms.join(", ")));
    Chrome::of(doc, WORDS_FILE)
        .with_crumbs(doc, Some(&inline_html(&heading)))
        .describe(description)
        .page(&title, &main)
}

#[cfg(test)]
mod tests {
    use crate::project::Project;
    use crate::render::collate::Collation;
    use crate::render::html::tests::file;
    use crate::render::{Format, RenderOptions, html::render};

    #[test]
    fn words_explained_are_in_alphabetical_order() {
        let p = Project::embedded();
        for tag in ["en-GB", "pl", "uk", "cy"] {
            let d = p
                .document(
                    "guide",
                    &tag.parse().unwrap(),
                    Format::Html.keep(),
                    &mut vec![],
                )
                .unwrap();
            let files = render(&d, &RenderOptions::default());
            let words = file(&files, "guide/words.html");
            let shown: Vec<&str> = words
                .match_indices("<h2 class=\"word-term\">")
                .map(|(i, m)| {
                    let rest = &words[i + m.len()..];
                    &rest[..rest.find("</h2>").unwrap()]
                })
                .collect();
            let mut sorted = shown.clone();
            Collation::new(tag).sort_by_key(&mut sorted, |s| s);
            assert_eq!(shown, sorted, "{tag}");
            assert_eq!(shown.len(), d.glossary.len());
        }
    }
}
