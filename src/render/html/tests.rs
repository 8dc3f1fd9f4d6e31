//! The site's files as a reader gets them.

use super::escape::esc;
use super::*;
use crate::document::{Alternate, Block, Item};
use crate::i18n::{Direction, Status};
use crate::markup::Inline;
use crate::markup::Text;
use crate::project::Project;
use crate::render::{Format, SiteEntry};
use crate::resolve::GLOSSARY_HEADING;

pub(super) fn doc(edition: &str) -> Document {
    let p = Project::embedded();
    let tag = "en-GB".parse().unwrap();
    let mut d = vec![];
    p.document(edition, &tag, Format::Html.keep(), &mut d)
        .expect("the edition exists")
}

pub(super) fn editions() -> Vec<Document> {
    let p = Project::embedded();
    p.content.edition_ids().into_iter().map(doc).collect()
}

pub(super) fn html(files: &[OutputFile]) -> Vec<(&str, String)> {
    files
        .iter()
        .filter(|f| f.path.ends_with(".html"))
        .map(|f| (f.path.as_str(), String::from_utf8(f.bytes.clone()).unwrap()))
        .collect()
}

pub(super) fn file<'a>(files: &'a [OutputFile], path: &str) -> &'a str {
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
    let hostile = Text::new(vec![
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
        // The only scripts are the site's own exit.js and search.js.
        assert_eq!(page.matches("<script").count(), 2, "{path}:\n{page}");
        assert!(page.contains("<script src=\"../assets/exit.js\" defer></script>"));
        assert!(page.contains("<script src=\"../assets/search.js\" defer></script>"));
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
    inline::push_inline(
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
            "<bdi dir=\"ltr\">0800 1111</bdi>",
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
        Text::plain_str(
            "This translation is a draft. It has not yet been checked by a qualified translator.",
        ),
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
    assert!(
        page.contains(
            "<p class=\"brand\"><a href=\"index.html\"><span lang=\"en-GB\" dir=\"ltr\">"
        )
    );
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
            text: Text::new(vec![
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
        explain: Text::new(vec![Inline::Text { text: evil.into() }]),
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
        assert_eq!(page.matches("<script").count(), 2, "{path}:\n{page}");
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
