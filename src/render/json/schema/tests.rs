//! The shape of the format, recorded per version: a sample of every
//! kind of block and run, every optional field given and left out.

use super::shape::shape;
use super::*;

/// Every kind of block and run, every optional field given and left
/// out. A new variant or field does not compile until it is added
/// here, and then the shape changes.
fn samples() -> Vec<serde_json::Value> {
    fn t(s: &str) -> Text<'_> {
        Text(vec![Inline::Text { text: s }])
    }
    let runs = Text(vec![
        Inline::Text { text: "a" },
        Inline::Strong {
            children: vec![Inline::Emphasis {
                children: vec![Inline::Text { text: "b" }],
            }],
        },
        Inline::Link {
            href: "https://example.org",
            children: vec![Inline::Text { text: "c" }],
        },
        Inline::LineBreak,
    ]);
    // Adding a variant breaks this match: add a sample of it below.
    let _every_kind = |b: &Block| match b {
        Block::Heading { .. }
        | Block::Paragraph { .. }
        | Block::Quote { .. }
        | Block::List { .. }
        | Block::Statements { .. }
        | Block::Contact { .. }
        | Block::Picture { .. } => (),
    };
    let _every_run = |i: &Inline| match i {
        Inline::Text { .. }
        | Inline::Strong { .. }
        | Inline::Emphasis { .. }
        | Inline::Link { .. }
        | Inline::LineBreak => (),
    };
    let pic = || Picture { id: "p", alt: "a" };
    let lang = |full: bool| full.then(|| "en-GB".to_string());
    let item = |full: bool| Item {
        id: "i",
        text: t("x"),
        lang: lang(full),
        picture: full.then(pic),
        source: full.then_some(Source {
            edition: "guide",
            page: "p",
            block: "b",
            item: None,
        }),
    };
    let forms = vec!["f".to_string()];
    let locale = || Locale {
        tag: "en-GB",
        name: "English",
        english_name: "English",
        dir: "ltr",
        status: "source",
    };
    let full = Envelope {
        schema: SCHEMA_VERSION,
        edition: "e",
        locale: locale(),
        title: runs,
        title_lang: lang(true),
        description: t("d"),
        description_lang: lang(true),
        pages: vec![Page {
            id: "p",
            role: ROLES[0],
            outcome: Some(1),
            label: Some(t("l")),
            label_lang: lang(true),
            title: t("t"),
            title_lang: lang(true),
            picture: Some(pic()),
            blocks: vec![
                Block::Heading {
                    id: "h",
                    text: t("h"),
                    lang: lang(true),
                },
                Block::Paragraph {
                    id: "p",
                    text: t("p"),
                    lang: lang(true),
                },
                Block::Quote {
                    id: "q",
                    text: t("q"),
                    lang: lang(true),
                },
                Block::List {
                    id: "l",
                    items: vec![item(true), item(false)],
                },
                Block::Statements {
                    id: "s",
                    items: vec![
                        item(true),
                        Item {
                            source: Some(Source {
                                edition: "guide",
                                page: "p",
                                block: "b",
                                item: Some("i"),
                            }),
                            ..item(false)
                        },
                    ],
                },
                Block::Contact {
                    id: "c",
                    contact: Contact {
                        org: "o",
                        name: "n",
                        phone: "0",
                        web: Some("https://example.org"),
                        web_label: Some("example.org"),
                    },
                    text: t("c"),
                    lang: lang(true),
                },
                Block::Contact {
                    id: "c",
                    contact: Contact {
                        org: "o",
                        name: "n",
                        phone: "0",
                        web: None,
                        web_label: None,
                    },
                    text: t("c"),
                    lang: None,
                },
                Block::Picture {
                    id: "p",
                    picture: pic(),
                },
            ],
        }],
        content_locale: Some(locale()),
        notice: Some(Notice {
            kind: NOTICE_KINDS[0],
            text: t("n"),
            english: Some(t("e")),
        }),
        glossary: vec![
            GlossaryEntry {
                id: "g",
                term: "t",
                forms: &forms,
                explain: t("e"),
                picture: Some("p"),
            },
            GlossaryEntry {
                id: "g",
                term: "t",
                forms: &[],
                explain: t("e"),
                picture: None,
            },
        ],
        licence: "l".to_string(),
    };
    let least = || Envelope {
        schema: SCHEMA_VERSION,
        edition: "e",
        locale: locale(),
        title: t("t"),
        title_lang: None,
        description: t("d"),
        description_lang: None,
        pages: vec![Page {
            id: "p",
            role: ROLES[0],
            outcome: None,
            label: None,
            label_lang: None,
            title: t("t"),
            title_lang: None,
            picture: None,
            // Each kind of block whose text may carry a language, without.
            blocks: vec![
                Block::Heading {
                    id: "h",
                    text: t("h"),
                    lang: None,
                },
                Block::Paragraph {
                    id: "p",
                    text: t("p"),
                    lang: None,
                },
                Block::Quote {
                    id: "q",
                    text: t("q"),
                    lang: None,
                },
            ],
        }],
        content_locale: None,
        notice: None,
        glossary: Vec::new(),
        licence: "l".to_string(),
    };
    let english_only = Envelope {
        notice: Some(Notice {
            kind: NOTICE_KINDS[1],
            text: t("n"),
            english: None,
        }),
        ..least()
    };
    [full, least(), english_only]
        .iter()
        .map(|e| serde_json::to_value(e).unwrap())
        .collect()
}

/// docs/json-shape.txt holds the shape of every schema version ever
/// published, under `schema N` lines. The current shape must be the
/// one recorded for SCHEMA_VERSION; a shape that changed needs a new
/// version (and a new section), never an edited old one.
#[test]
fn the_shape_changes_only_with_the_schema_version() {
    let recorded = include_str!("../../../../docs/json-shape.txt");
    let mut versions: Vec<(u32, String)> = Vec::new();
    for line in recorded.lines() {
        if let Some(n) = line.strip_prefix("schema ") {
            versions.push((n.trim().parse().expect("a version number"), String::new()));
        } else if let Some((_, shape)) = versions.last_mut()
            && !line.trim().is_empty()
            && !line.starts_with('#')
        {
            shape.push_str(line);
            shape.push('\n');
        }
    }
    let now = shape(&samples());
    let latest = versions.last().expect("at least one version recorded");
    assert_eq!(
        latest.0, SCHEMA_VERSION,
        "docs/json-shape.txt's last section is schema {}, but SCHEMA_VERSION is {}: \
         add a `schema {}` section with the shape below\n{now}",
        latest.0, SCHEMA_VERSION, SCHEMA_VERSION
    );
    for (n, old) in &versions[..versions.len() - 1] {
        assert_ne!(
            old, &latest.1,
            "schema {n} and schema {SCHEMA_VERSION} have the same shape: no bump was needed"
        );
    }
    assert!(
        now == latest.1,
        "the JSON shape is not the one recorded for schema {SCHEMA_VERSION}: bump \
         SCHEMA_VERSION and add a section to docs/json-shape.txt (and docs/json.md). \
         The shape now:\n{now}"
    );
}

#[test]
fn the_shape_tells_kinds_apart_and_sees_absent_fields() {
    let v = vec![
        serde_json::json!({"a": [{"kind": "x", "n": 1}, {"kind": "y", "s": "t"}]}),
        serde_json::json!({"a": [], "b": null}),
    ];
    assert_eq!(
        shape(&v),
        "$: object\n$.a: array\n$.a[]: object\n$.a[]{kind=x}.kind: string\n\
         $.a[]{kind=x}.n: unsigned\n$.a[]{kind=y}.kind: string\n$.a[]{kind=y}.s: string\n\
         $.b: absent|null\n"
    );
}
