//! The seed facts and counts, asserted against the built guide edition.

mod support;

use careguide::document::Block;
use careguide::project::Project;
use careguide::render::text::render_document;
use careguide::sanitize::Keep;
use careguide::source::Sources;

fn statement_count(doc: &careguide::document::Document, page: &str) -> usize {
    let page = doc.page(page).unwrap_or_else(|| panic!("no page {page}"));
    page.blocks
        .iter()
        .filter(|b| matches!(b, Block::Statements { .. }))
        .map(|b| b.items().len())
        .sum()
}

#[test]
fn shipped_content_loads_without_problems() {
    let project = Project::embedded();
    assert!(
        project.diagnostics.is_empty(),
        "{}",
        support::render(&project.diagnostics)
    );
    assert_eq!(
        project.content.edition_ids(),
        ["guide", "easy-read", "framework"]
    );
}

#[test]
fn guide_has_every_what_this_means_for_you_item() {
    let doc = support::document("guide", Keep::NOTHING);
    for (page, n) in [
        ("outcome-1", 10),
        ("outcome-2", 9),
        ("outcome-3", 10),
        ("outcome-4", 9),
        ("leaving-care", 4),
    ] {
        assert_eq!(statement_count(&doc, page), n, "{page}");
    }
    let ids: Vec<&str> = doc.pages.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "about",
            "purpose",
            "principles",
            "outcome-1",
            "outcome-2",
            "outcome-3",
            "outcome-4",
            "leaving-care",
            "next"
        ]
    );
    let principles = doc.page("principles").unwrap().block("principles").unwrap();
    assert_eq!(principles.items().len(), 6);
}

#[test]
fn framework_has_six_principles_three_enablers_four_outcomes() {
    let doc = support::document("framework", Keep::NOTHING);
    let headings = |page: &str, prefix: &str| {
        doc.page(page)
            .unwrap()
            .blocks
            .iter()
            .filter(|b| matches!(b, Block::Heading { id, .. } if id.starts_with(prefix)))
            .count()
    };
    assert_eq!(headings("principles", "principle-"), 6);
    assert_eq!(headings("outcomes", "outcome-"), 4);
    assert_eq!(
        doc.page("enablers")
            .unwrap()
            .block("enablers")
            .unwrap()
            .items()
            .len(),
        3
    );
}

#[test]
fn help_line_numbers_appear_exactly_and_only_via_the_facts() {
    let project = Project::embedded();
    assert_eq!(
        project.content.facts.get("childline", "phone"),
        Some("0800 1111")
    );
    assert_eq!(
        project.content.facts.get("help-at-hand", "phone"),
        Some("0800 528 0731")
    );
    // Facts are copied exactly from the seed.
    let seed = support::seed("001");
    for (group, key) in [
        ("childline", "phone"),
        ("help-at-hand", "phone"),
        ("childline", "web-label"),
        ("help-at-hand", "web-label"),
        ("childline", "name"),
    ] {
        let value = project.content.facts.get(group, key).unwrap();
        assert!(
            seed.contains(value),
            "{group}-{key} = {value:?} is not in the seed"
        );
    }
    // No translator-editable file types a number or address.
    let sources = Sources::embedded();
    for (rel, file) in sources.under("locales/") {
        // translated-from.toml is written by careguide, not typed (its
        // fingerprints are hex, and may contain "0800" by chance).
        if rel.ends_with(careguide::i18n::fingerprint::FILE_NAME) {
            continue;
        }
        let text = file.text().unwrap();
        for banned in ["0800", "1111", "528 0731", "https://", "http://", "www."] {
            assert!(
                !text.contains(banned),
                "{rel} types `{banned}`: use the facts instead"
            );
        }
    }
    // And the built guide shows both numbers, on the help page.
    let doc = support::document("guide", Keep::NOTHING);
    let text = render_document(&doc, 72);
    assert!(text.contains("0800 1111"));
    assert!(text.contains("0800 528 0731"));
    let next = doc.page("next").unwrap();
    let contacts: Vec<_> = next
        .blocks
        .iter()
        .filter_map(|b| {
            if let Block::Contact { contact, .. } = b {
                Some(contact.phone.as_str())
            } else {
                None
            }
        })
        .collect();
    assert_eq!(contacts, ["0800 1111", "0800 528 0731"]);
}

#[test]
fn easy_read_statements_each_have_picture_source_and_one_sentence() {
    let project = Project::embedded();
    let doc = support::document("easy-read", Keep::NOTHING);
    let guide = support::document("guide", Keep::NOTHING);
    let mut covered = std::collections::BTreeSet::new();
    for page in &doc.pages {
        for block in &page.blocks {
            if let Block::Statements { items, .. } = block {
                for item in items {
                    let picture = item
                        .picture
                        .as_ref()
                        .unwrap_or_else(|| panic!("{} has no picture", item.id));
                    assert!(!picture.alt.is_empty());
                    let source = item.source.as_ref().unwrap();
                    assert!(project.content.has_source(source), "{source}");
                    covered.insert(source.to_string());
                    let words = item.text.plain().split_whitespace().count();
                    assert!(words <= 15, "{}/{} has {words} words", page.id, item.id);
                }
            }
        }
    }
    // Every "What this means for you" item of the guide is covered.
    for page in &guide.pages {
        if let Some(block) = page.block("for-you") {
            for item in block.items() {
                let r = format!("guide/{}/for-you/{}", page.id, item.id);
                assert!(covered.contains(&r), "easy read does not cover {r}");
            }
        }
    }
}

#[test]
fn guide_text_matches_the_seed_words() {
    // A sample of sentences that must survive transcription word for word.
    let doc = support::document("guide", Keep::NOTHING);
    let text = render_document(&doc, 10_000).replace('\u{2019}', "'");
    let seed = support::seed("001").replace('\u{2019}', "'");
    for s in [
        "Every year there are 400,000 children and young people, like you, who receive children's social care.",
        "The absolute most important thing is your safety, at all times and wherever you are.",
        "You deserve the same love, care and protection as anyone else.",
    ] {
        assert!(seed.contains(s), "sample not in seed: {s}");
        assert!(text.contains(s), "guide lost: {s}");
    }
}
