//! Snapshots of each plain format for one page, and properties every
//! format must keep.

mod support;

use careguide::i18n::sanitize::Keep;
use careguide::render::{json, markdown, text};

#[test]
fn text_page_snapshot() {
    let doc = support::document("guide", Keep::NOTHING);
    insta::assert_snapshot!(
        "text_guide_outcome_1",
        text::render_page(doc.page("outcome-1").unwrap(), 72)
    );
}

#[test]
fn text_help_page_snapshot() {
    let doc = support::document("easy-read", Keep::NOTHING);
    insta::assert_snapshot!(
        "text_easy_read_next",
        text::render_page(doc.page("next").unwrap(), 40)
    );
}

#[test]
fn markdown_page_snapshot() {
    let doc = support::document("guide", Keep::NOTHING);
    insta::assert_snapshot!(
        "markdown_guide_next",
        markdown::render_page(doc.page("next").unwrap())
    );
}

#[test]
fn json_page_snapshot() {
    let doc = support::document("easy-read", Keep::NOTHING);
    let page = serde_json::to_string_pretty(doc.page("outcome-3").unwrap()).unwrap();
    insta::assert_snapshot!("json_easy_read_outcome_3", page);
}

#[test]
fn plain_text_has_no_markup_or_invisible_characters() {
    for edition in ["guide", "easy-read", "framework"] {
        let doc = support::document(edition, Keep::NOTHING);
        let t = text::render_document(&doc, 60);
        for bad in ["**", "](", "<", "\u{2068}", "\u{2069}", "{$", "{ $"] {
            assert!(!t.contains(bad), "{edition} text contains {bad:?}");
        }
        let longest = t.lines().map(|l| l.chars().count()).max().unwrap();
        assert!(longest <= 60, "{edition}: a line of {longest} characters");
    }
}

#[test]
fn json_is_valid_and_versioned() {
    let doc = support::document("guide", Keep::NOTHING);
    let v: serde_json::Value = serde_json::from_str(&json::render_document(&doc)).unwrap();
    assert_eq!(v["schema"], 1);
    assert_eq!(v["edition"], "guide");
    assert_eq!(v["pages"].as_array().unwrap().len(), 9);
    assert!(!json::render_document(&doc).contains('\u{2068}'));
}

#[test]
fn markdown_escapes_words_that_look_like_markup() {
    assert_eq!(
        markdown::escape("a *b* [c](d) <e> # f"),
        "a \\*b\\* \\[c\\](d) \\<e\\> \\# f"
    );
}
