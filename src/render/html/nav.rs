//! Finding one's way on an edition's pages, as GOV.UK's multi-page guides
//! and mdBook's books do: "you are here" (from the front page of the
//! whole site down to this page), the edition's contents on every page,
//! and the version switcher's addresses, which open the same page in the
//! other edition.

use super::WORDS_FILE;
use super::escape::esc;
use super::inline::inline_html;
use super::lang::{content_lang, ui_lang};
use crate::document::{Block, Document, Page, UiText};
use crate::markup::Text;
use crate::resolve::GLOSSARY_HEADING;

/// From a page of an edition to the front page of the whole site.
pub(super) const SITE_HOME: &str = "../../index.html";

/// "You are here": the front page of the site, the edition, and this
/// page (`here`, HTML, not a link). `here` is `None` on the edition's own
/// front page, which is then the last step.
pub(super) fn breadcrumbs(doc: &Document, here: Option<&str>) -> String {
    let mut h = format!(
        "<nav class=\"breadcrumbs\" aria-label=\"{}\">\n<ol>\n<li><a href=\"{SITE_HOME}\">{}</a></li>\n",
        esc(&doc.ui.plain("site-you-are-here")),
        inline_html(&doc.ui.get("site-home")),
    );
    let edition = esc(&edition_name(&doc.ui, &doc.edition, &doc.title));
    match here {
        None => h.push_str(&format!("<li aria-current=\"page\">{edition}</li>\n")),
        Some(title) => h.push_str(&format!(
            "<li><a href=\"index.html\">{edition}</a></li>\n<li aria-current=\"page\">{title}</li>\n"
        )),
    }
    h.push_str("</ol>\n</nav>\n");
    h
}

/// The edition's contents, folded away under their title, with the page
/// the reader is on marked: on every page of the edition (after its
/// words, so that on a phone the words come first), so any other page is
/// one step away.
pub(super) fn contents(doc: &Document, current: &str) -> String {
    let mut h = format!(
        "<nav class=\"page-contents\" aria-labelledby=\"page-contents-title\">\n<details>\n\
         <summary id=\"page-contents-title\">{}</summary>\n<ol{}>\n",
        inline_html(&doc.ui.get("site-contents")),
        content_lang(doc)
    );
    let mut item = |href: &str, words: String, lang: String| {
        let here = if href == current {
            " aria-current=\"page\""
        } else {
            ""
        };
        h.push_str(&format!(
            "<li{lang}><a href=\"{}\"{here}>{words}</a></li>\n",
            esc(href)
        ));
    };
    for page in &doc.pages {
        item(
            &format!("{}.html", page.id),
            esc(&page.heading_text()),
            String::new(),
        );
    }
    if has_words(doc) {
        item(WORDS_FILE, inline_html(&words_heading(doc)), ui_lang(doc));
    }
    h.push_str("</ol>\n</details>\n</nav>\n");
    h
}

/// The search form: hidden until search.js shows it (it needs the
/// script), with the words the script says in the reader's language.
pub(super) fn search_form(doc: &Document) -> String {
    format!(
        "<form class=\"search\" id=\"search\" role=\"search\" action=\"#\" hidden data-index=\"{}\" data-found=\"{}\" data-none=\"{}\">\n\
         <label for=\"search-input\">{}</label>\n\
         <span class=\"search-row\"><input type=\"search\" id=\"search-input\" name=\"q\" autocomplete=\"off\" spellcheck=\"false\">\
         <button type=\"submit\">{}</button></span>\n\
         <span class=\"search-status\" id=\"search-status\" role=\"status\" aria-live=\"polite\"></span>\n\
         <ul class=\"search-results\" id=\"search-results\" hidden></ul>\n</form>\n",
        super::search::INDEX_FILE,
        esc(&doc.ui.plain("site-search-found")),
        esc(&doc.ui.plain("site-search-none")),
        inline_html(&doc.ui.get("site-search-label")),
        inline_html(&doc.ui.get("site-search-button")),
    )
}

/// Where the version switcher's link to `edition` goes from `file` (a
/// file of this edition's folder): the page's counterpart there, at the
/// part that tells its story; the same file for the files every edition
/// has (its front page, the words, the print view); that edition's front
/// page for a page that has no counterpart.
pub(super) fn other_edition(doc: &Document, file: &str, edition: &str) -> String {
    let page_id = file.strip_suffix(".html").unwrap_or(file);
    let there = match doc.counterparts.get(page_id) {
        None if doc.page(page_id).is_none() => file.to_string(),
        None => "index.html".into(),
        Some(others) => match others.get(edition) {
            Some(c) => match &c.anchor {
                Some(a) => format!("{}.html#{a}", c.page),
                None => format!("{}.html", c.page),
            },
            None => "index.html".into(),
        },
    };
    format!("../{edition}/{there}")
}

/// A page's meta description: its first words, up to about a search
/// result's snippet (155 characters), cut at a word.
pub(super) fn page_description(page: &Page) -> String {
    let first = page.blocks.iter().find_map(|b| match b {
        Block::Paragraph { text, .. } | Block::Quote { text, .. } if !text.is_empty() => {
            Some(text.plain())
        }
        Block::Statements { items, .. } | Block::List { items, .. } if !items.is_empty() => Some(
            items
                .iter()
                .map(|i| i.text.plain())
                .collect::<Vec<_>>()
                .join(" "),
        ),
        _ => None,
    });
    shorten(&first.unwrap_or_else(|| page.heading_text()))
}

/// `s` without isolation marks, at most about 155 characters, cut at a
/// word with "…".
pub(super) fn shorten(s: &str) -> String {
    let s = super::escape::strip_bidi(s);
    let mut out = String::new();
    for w in s.split_whitespace() {
        if out.chars().count() + w.chars().count() + 1 > 155 {
            out.push('…');
            return out;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Whether the edition has a words page: whenever there are words to
/// explain.
pub(super) fn has_words(doc: &Document) -> bool {
    !doc.glossary.is_empty()
}

/// The title of the words page (`glossary-heading`).
pub(super) fn words_heading(doc: &Document) -> Text {
    doc.ui.get(GLOSSARY_HEADING)
}

/// An edition's short name for the switcher (`site-edition-<id>`), or
/// its title when it has none.
pub(super) fn edition_name(ui: &UiText, id: &str, title: &Text) -> String {
    let key = format!("site-edition-{id}");
    if ui.0.contains_key(&key) {
        ui.plain(&key)
    } else {
        title.plain()
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{doc, editions, file, html};
    use super::super::{RenderOptions, render};

    #[test]
    fn the_version_switcher_opens_the_same_page_in_the_other_edition() {
        let files = render(&doc("guide"), &RenderOptions::default());
        for n in 1..=4 {
            let page = file(&files, &format!("guide/outcome-{n}.html"));
            assert!(page.contains(&format!("<a href=\"../easy-read/outcome-{n}.html\">")));
            assert!(page.contains(&format!(
                "<a href=\"../framework/outcomes.html#outcomes-outcome-{n}\">"
            )));
        }
        // The files every edition has keep their name; the current version
        // is marked.
        let words = file(&files, "guide/words.html");
        assert!(words.contains("<a href=\"../easy-read/words.html\">"));
        assert!(words.contains("<a href=\"../guide/words.html\" aria-current=\"true\">"));
        let print = file(&files, "guide/print.html");
        assert!(print.contains("<a href=\"../easy-read/print.html\">"));
        let easy = render(&doc("easy-read"), &RenderOptions::default());
        let about = file(&easy, "easy-read/about.html");
        assert!(
            about.contains("<a href=\"../guide/about.html\">"),
            "{about}"
        );
    }

    #[test]
    fn every_page_says_where_it_is_and_how_to_get_home() {
        for d in editions() {
            let files = render(&d, &RenderOptions::default());
            for (path, page) in html(&files) {
                assert!(
                    page.contains(
                        "<nav class=\"breadcrumbs\" aria-label=\"You are here\">\n<ol>\n\
                         <li><a href=\"../../index.html\">All languages</a></li>"
                    ),
                    "{path}"
                );
                assert!(page.contains("<form class=\"search\" id=\"search\" role=\"search\""));
                assert!(page.contains("<link rel=\"icon\" href=\"../assets/favicon.svg\""));
                let meta = page
                    .find("<meta name=\"description\" content=\"")
                    .unwrap_or_else(|| panic!("{path} has no description"));
                assert!(!page[meta..].starts_with("<meta name=\"description\" content=\"\""));
                let contents = !path.ends_with("index.html") && !path.ends_with("print.html");
                assert_eq!(page.contains("class=\"page-contents\""), contents, "{path}");
                // Only the last step is the current page, and it is no link.
                assert_eq!(page.matches("<li aria-current=\"page\">").count(), 1);
            }
            if let Some(o) = d.pages.iter().find(|p| p.outcome == Some(2)) {
                let page = file(&files, &format!("{}/{}.html", d.edition, o.id));
                assert!(
                    page.contains(&format!("<a href=\"{}.html\" aria-current=\"page\">", o.id))
                );
            }
        }
    }
}
