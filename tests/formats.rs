//! Snapshots of each plain format for one page, and properties every
//! format must keep.

mod support;

use careguide::render::{json, markdown, text};
use careguide::sanitize::Keep;

#[test]
fn text_page_snapshot() {
    let doc = support::document("guide", Keep::TEXT);
    insta::assert_snapshot!(
        "text_guide_outcome_1",
        text::render_page(doc.page("outcome-1").unwrap(), 72)
    );
}

#[test]
fn text_help_page_snapshot() {
    let doc = support::document("easy-read", Keep::TEXT);
    insta::assert_snapshot!(
        "text_easy_read_next",
        text::render_page(doc.page("next").unwrap(), 40)
    );
}

#[test]
fn markdown_page_snapshot() {
    let doc = support::document("guide", Keep::TEXT);
    insta::assert_snapshot!(
        "markdown_guide_next",
        markdown::render_page(doc.page("next").unwrap())
    );
}

#[test]
fn json_page_snapshot() {
    let doc = support::document("easy-read", Keep::TEXT);
    let page = json::render_page(doc.page("outcome-3").unwrap());
    insta::assert_snapshot!("json_easy_read_outcome_3", page);
}

#[test]
fn plain_text_has_no_markup_or_invisible_characters() {
    for edition in ["guide", "easy-read", "framework"] {
        let doc = support::document(edition, Keep::TEXT);
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
    let doc = support::document("guide", Keep::TEXT);
    let v: serde_json::Value = serde_json::from_str(&json::render_document(&doc)).unwrap();
    assert_eq!(v["schema"], 2);
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

/// Whether a line ends in a digit and the next starts with one: a
/// number broken across two lines.
fn broken_number(t: &str) -> Option<(String, String)> {
    let lines: Vec<&str> = t.lines().collect();
    lines.windows(2).find_map(|w| {
        let ends = w[0]
            .trim_end()
            .chars()
            .last()
            .is_some_and(|c| c.is_ascii_digit());
        let starts = w[1]
            .trim_start()
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit());
        (ends && starts).then(|| (w[0].to_string(), w[1].to_string()))
    })
}

#[test]
fn plain_text_never_breaks_a_phone_number_at_any_width() {
    for edition in ["guide", "easy-read"] {
        let doc = support::document(edition, Keep::TEXT);
        for width in 20..=72 {
            let t = text::render_document(&doc, width);
            assert_eq!(broken_number(&t), None, "{edition} at {width} columns");
            for phone in ["0800 1111", "0800 528 0731"] {
                assert!(t.contains(phone), "{edition} at {width}: {phone} whole");
            }
            assert!(
                !t.contains('\u{2007}'),
                "the wrapping space is a space again"
            );
        }
    }
    // The one that broke: "0800 / 528 0731" at 72 columns.
    let doc = support::document("easy-read", Keep::TEXT);
    let t = text::render_document(&doc, 72);
    assert!(t.lines().any(|l| l.contains("0800 528 0731")));
}

/// The plain text wraps at spaces only, as the kiosk does: a line never
/// ends inside a hyphenated word that would fit on a line ("s-" then "ar"
/// in the Romanian guide at 72 columns, before). Every word of the text
/// is still there, in order.
#[test]
fn plain_text_breaks_lines_only_at_spaces_in_every_language() {
    let project = careguide::project::Project::embedded();
    for locale in &project.locales.list {
        for edition in ["guide", "easy-read"] {
            let mut diags = Vec::new();
            let Some(doc) = project.document(edition, &locale.tag, Keep::TEXT, &mut diags) else {
                continue;
            };
            for width in [40, 56, 72] {
                let t = text::render_document(&doc, width);
                let lines: Vec<&str> = t.lines().collect();
                for w in lines.windows(2) {
                    let end = w[0].trim_end();
                    let last = end.rsplit(' ').next().unwrap_or("");
                    let next = w[1].trim_start().split(' ').next().unwrap_or("");
                    let joined = format!("{last}{next}");
                    let fits = joined.chars().count() + 4 <= width;
                    assert!(
                        !(end.ends_with(['-', '/']) && !next.is_empty() && fits),
                        "{} {edition} at {width}: '{last}' / '{next}' split across lines",
                        locale.tag
                    );
                }
            }
        }
    }
}

#[test]
fn markdown_keeps_phone_numbers_together_with_no_break_spaces() {
    let doc = support::document("easy-read", Keep::TEXT);
    let md = markdown::render_document(&doc);
    assert!(
        md.contains("0800\u{a0}528\u{a0}0731"),
        "Help at Hand's number"
    );
    assert!(md.contains("0800\u{a0}1111"), "Childline's number");
    assert!(
        !md.contains("0800 528"),
        "no breakable space left in a number"
    );
}

#[test]
fn text_and_markdown_give_the_help_lines_web_addresses() {
    for edition in ["guide", "easy-read"] {
        let doc = support::document(edition, Keep::TEXT);
        let t = text::render_document(&doc, 72);
        let md = markdown::render_document(&doc);
        for web in [
            "childline.org.uk",
            "childrenscommissioner.gov.uk/help-at-hand",
        ] {
            assert!(t.contains(web), "{edition} text names {web}");
            assert!(md.contains(web), "{edition} Markdown names {web}");
        }
    }
}

#[test]
fn text_and_markdown_of_a_draft_language_say_it_is_a_draft() {
    let project = careguide::project::Project::load(careguide::source::Sources::embedded());
    let mut diags = Vec::new();
    let tag: unic_langid::LanguageIdentifier = "cy".parse().unwrap();
    let doc = project
        .document("easy-read", &tag, Keep::TEXT, &mut diags)
        .expect("the Welsh easy read");
    assert_eq!(doc.locale.status, careguide::i18n::Status::Draft);
    let own = doc.ui.plain("ui-draft-notice");
    let english = "This translation is a draft.";
    let t = text::render_document(&doc, 72);
    let md = markdown::render_document(&doc);
    let first_words: String = own.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
    assert!(t.contains(&first_words), "the Welsh notice in the text");
    assert!(
        md.contains(&first_words),
        "the Welsh notice in the Markdown"
    );
    assert!(
        t.contains(english) && md.contains(english),
        "and in English"
    );
    // English is the source, not a draft: no notice.
    let en = support::document("easy-read", Keep::TEXT);
    assert!(!text::render_document(&en, 72).contains(english));
    assert!(!markdown::render_document(&en).contains(english));
}

#[test]
fn plain_text_never_breaks_a_web_address() {
    for edition in ["guide", "easy-read"] {
        let doc = support::document(edition, Keep::TEXT);
        // From the width the longest address fits in (with its full stop
        // and a list item's indent).
        for width in 46..=72 {
            let t = text::render_document(&doc, width);
            for web in [
                "childline.org.uk",
                "childrenscommissioner.gov.uk/help-at-hand",
            ] {
                assert!(t.contains(web), "{edition} at {width}: {web} whole");
            }
            assert!(!t.contains('\u{2060}'));
        }
    }
}

#[test]
fn json_of_every_shipped_document_has_the_recorded_shape() {
    use std::collections::{BTreeMap, BTreeSet};
    let parse = |shape: &str| -> BTreeMap<String, BTreeSet<String>> {
        shape
            .lines()
            .filter_map(|l| l.rsplit_once(": "))
            .map(|(p, t)| (p.to_string(), t.split('|').map(String::from).collect()))
            .collect()
    };
    let recorded = include_str!("../docs/json-shape.txt");
    let latest = recorded
        .rsplit_once(&format!("schema {}\n", json::SCHEMA_VERSION))
        .expect("a section for the current version")
        .1;
    let recorded = parse(latest);
    let project = careguide::project::Project::embedded();
    let mut values = Vec::new();
    for locale in project.locales.list.iter().filter(|l| l.pseudo.is_none()) {
        for edition in project.content.edition_ids() {
            let mut diags = Vec::new();
            if let Some(doc) = project.document(edition, &locale.tag, Keep::TEXT, &mut diags) {
                values.push(serde_json::from_str(&json::render_document(&doc)).unwrap());
            }
        }
    }
    assert!(values.len() > 10, "{} documents", values.len());
    for (path, types) in parse(&json::schema::shape(&values)) {
        let allowed = recorded.get(&path).unwrap_or_else(|| {
            panic!("{path} is in the shipped JSON but not in docs/json-shape.txt")
        });
        let extra: Vec<_> = types
            .iter()
            .filter(|t| *t != "absent" && !allowed.contains(*t))
            .collect();
        assert!(extra.is_empty(), "{path}: {extra:?} is not recorded");
    }
}
