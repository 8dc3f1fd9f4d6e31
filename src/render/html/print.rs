//! The print view: every page of an edition on one page, for printing
//! on A4.

use std::collections::BTreeMap;
use std::rc::Rc;

use super::WORDS_TITLE_ID;
use super::blocks::Writer;
use super::chrome::Chrome;
use super::escape::esc;
use super::inline::inline_html;
use super::lang::content_lang;
use super::nav::{has_words, words_heading};
use super::pages::word_list;
use crate::content::glossary::Matcher;
use crate::document::{Document, Page, Picture};

/// The print view's file: every page on one page, for printing.
pub(super) const PRINT_FILE: &str = "print.html";

/// The print view's chrome.
pub(super) fn print_chrome(doc: &Document) -> Chrome<'_> {
    let here = inline_html(&doc.ui.get("site-print-title"));
    let mut chrome = Chrome::of(doc, PRINT_FILE).with_crumbs(doc, Some(&here));
    chrome.body_class.push_str(" print-view");
    chrome
}

/// The beginning of the print view's main part: the edition's title and
/// description.
pub(super) fn print_start<'a>(doc: &'a Document, matcher: &Rc<Matcher>) -> Writer<'a> {
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
pub(super) fn print_section_start(doc: &Document, page: &Page) -> String {
    format!(
        "<section class=\"print-page\" aria-labelledby=\"{}-title\"{}>\n",
        esc(&page.id),
        content_lang(doc)
    )
}

/// The words explained, at the end of the print view.
pub(super) fn print_words(w: &mut Writer, pictures: &BTreeMap<String, Picture>) {
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
