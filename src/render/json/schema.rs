//! The public JSON format, version [`SCHEMA_VERSION`]: its own types, so
//! a change inside careguide (a field renamed in `document`, a new
//! variant of `Role`) never changes what other apps read. Every name and
//! value here is written out, not derived from an internal type. The
//! shape is documented in docs/json.md and recorded in
//! docs/json-shape.txt; the test below fails when the two differ, and
//! the way out is a new schema version.

use serde::Serialize;

use crate::content::{Role, SourceRef};
use crate::document::{self, Document};
use crate::i18n::{Direction, Status};
use crate::markup::{self, Inline as MInline};

/// Bumped whenever the JSON shape changes (a field added, removed,
/// renamed or given another type, a value added to a list of kinds).
pub const SCHEMA_VERSION: u32 = 1;

/// One edition in one language: the whole file.
#[derive(Serialize)]
pub struct Envelope<'a> {
    pub schema: u32,
    pub edition: &'a str,
    pub locale: Locale<'a>,
    pub title: Text<'a>,
    pub description: Text<'a>,
    pub pages: Vec<Page<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_locale: Option<Locale<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub glossary: Vec<GlossaryEntry<'a>>,
    pub licence: String,
}

#[derive(Serialize)]
pub struct Locale<'a> {
    pub tag: &'a str,
    pub name: &'a str,
    pub english_name: &'a str,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    /// `source`, `reviewed` or `draft`.
    pub status: &'static str,
}

#[derive(Serialize)]
pub struct Page<'a> {
    pub id: &'a str,
    /// One of [`ROLES`].
    pub role: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outcome: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<Text<'a>>,
    pub title: Text<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub picture: Option<Picture<'a>>,
    pub blocks: Vec<Block<'a>>,
}

/// The values `role` takes.
pub const ROLES: [&str; 7] = [
    "about",
    "purpose",
    "principles",
    "outcome",
    "leaving-care",
    "next",
    "section",
];

#[derive(Serialize)]
pub struct Picture<'a> {
    pub id: &'a str,
    pub alt: &'a str,
}

#[derive(Serialize)]
#[serde(tag = "kind")]
pub enum Block<'a> {
    #[serde(rename = "heading")]
    Heading { id: &'a str, text: Text<'a> },
    #[serde(rename = "paragraph")]
    Paragraph { id: &'a str, text: Text<'a> },
    #[serde(rename = "quote")]
    Quote { id: &'a str, text: Text<'a> },
    #[serde(rename = "list")]
    List { id: &'a str, items: Vec<Item<'a>> },
    #[serde(rename = "statements")]
    Statements { id: &'a str, items: Vec<Item<'a>> },
    #[serde(rename = "contact")]
    Contact {
        id: &'a str,
        contact: Contact<'a>,
        text: Text<'a>,
    },
    #[serde(rename = "picture")]
    Picture { id: &'a str, picture: Picture<'a> },
}

#[derive(Serialize)]
pub struct Item<'a> {
    pub id: &'a str,
    pub text: Text<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub picture: Option<Picture<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source<'a>>,
}

/// The block of the guide a statement comes from.
#[derive(Serialize)]
pub struct Source<'a> {
    pub edition: &'a str,
    pub page: &'a str,
    pub block: &'a str,
    /// `null` when the source is the whole block.
    pub item: Option<&'a str>,
}

#[derive(Serialize)]
pub struct Contact<'a> {
    pub org: &'a str,
    pub name: &'a str,
    pub phone: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub web: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub web_label: Option<&'a str>,
}

#[derive(Serialize)]
pub struct GlossaryEntry<'a> {
    pub id: &'a str,
    pub term: &'a str,
    pub forms: &'a [String],
    pub explain: Text<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub picture: Option<&'a str>,
}

/// Text with inline markup: a list of runs.
#[derive(Serialize)]
#[serde(transparent)]
pub struct Text<'a>(pub Vec<Inline<'a>>);

#[derive(Serialize)]
#[serde(tag = "type")]
pub enum Inline<'a> {
    #[serde(rename = "text")]
    Text { text: &'a str },
    #[serde(rename = "strong")]
    Strong { children: Vec<Inline<'a>> },
    #[serde(rename = "emphasis")]
    Emphasis { children: Vec<Inline<'a>> },
    #[serde(rename = "link")]
    Link {
        href: &'a str,
        children: Vec<Inline<'a>>,
    },
    #[serde(rename = "line-break")]
    LineBreak,
}

impl<'a> Envelope<'a> {
    pub fn new(doc: &'a Document) -> Envelope<'a> {
        Envelope {
            schema: SCHEMA_VERSION,
            edition: &doc.edition,
            locale: Locale::new(&doc.locale),
            title: Text::new(&doc.title),
            description: Text::new(&doc.description),
            pages: doc.pages.iter().map(Page::new).collect(),
            content_locale: doc.content_locale.as_ref().map(Locale::new),
            glossary: doc.glossary.iter().map(GlossaryEntry::new).collect(),
            licence: doc.ui.plain("site-licence"),
        }
    }
}

impl<'a> Locale<'a> {
    fn new(l: &'a document::LocaleInfo) -> Locale<'a> {
        Locale {
            tag: &l.tag,
            name: &l.name,
            english_name: &l.english_name,
            dir: match l.dir {
                Direction::Ltr => "ltr",
                Direction::Rtl => "rtl",
            },
            status: match l.status {
                Status::Source => "source",
                Status::Reviewed => "reviewed",
                Status::Draft => "draft",
            },
        }
    }
}

impl<'a> Page<'a> {
    pub fn new(p: &'a document::Page) -> Page<'a> {
        Page {
            id: &p.id,
            role: role(p.role),
            outcome: p.outcome,
            label: p.label.as_ref().map(Text::new),
            title: Text::new(&p.title),
            picture: p.picture.as_ref().map(Picture::new),
            blocks: p.blocks.iter().map(Block::new).collect(),
        }
    }
}

fn role(r: Role) -> &'static str {
    ROLES[match r {
        Role::About => 0,
        Role::Purpose => 1,
        Role::Principles => 2,
        Role::Outcome => 3,
        Role::LeavingCare => 4,
        Role::Next => 5,
        Role::Section => 6,
    }]
}

impl<'a> Picture<'a> {
    fn new(p: &'a document::Picture) -> Picture<'a> {
        Picture {
            id: &p.id,
            alt: &p.alt,
        }
    }
}

impl<'a> Block<'a> {
    fn new(b: &'a document::Block) -> Block<'a> {
        use document::Block as B;
        let items = |items: &'a [document::Item]| items.iter().map(Item::new).collect();
        match b {
            B::Heading { id, text } => Block::Heading {
                id,
                text: Text::new(text),
            },
            B::Paragraph { id, text } => Block::Paragraph {
                id,
                text: Text::new(text),
            },
            B::Quote { id, text } => Block::Quote {
                id,
                text: Text::new(text),
            },
            B::List { id, items: i } => Block::List {
                id,
                items: items(i),
            },
            B::Statements { id, items: i } => Block::Statements {
                id,
                items: items(i),
            },
            B::Contact { id, contact, text } => Block::Contact {
                id,
                contact: Contact::new(contact),
                text: Text::new(text),
            },
            B::Picture { id, picture } => Block::Picture {
                id,
                picture: Picture::new(picture),
            },
        }
    }
}

impl<'a> Item<'a> {
    fn new(i: &'a document::Item) -> Item<'a> {
        Item {
            id: &i.id,
            text: Text::new(&i.text),
            picture: i.picture.as_ref().map(Picture::new),
            source: i.source.as_ref().map(Source::new),
        }
    }
}

impl<'a> Source<'a> {
    fn new(s: &'a SourceRef) -> Source<'a> {
        Source {
            edition: &s.edition,
            page: &s.page,
            block: &s.block,
            item: s.item.as_deref(),
        }
    }
}

impl<'a> Contact<'a> {
    fn new(c: &'a document::Contact) -> Contact<'a> {
        Contact {
            org: &c.org,
            name: &c.name,
            phone: &c.phone,
            web: c.web.as_deref(),
            web_label: c.web_label.as_deref(),
        }
    }
}

impl<'a> GlossaryEntry<'a> {
    fn new(g: &'a crate::content::glossary::GlossaryEntry) -> GlossaryEntry<'a> {
        GlossaryEntry {
            id: &g.id,
            term: &g.term,
            forms: &g.forms,
            explain: Text::new(&g.explain),
            picture: g.picture.as_deref(),
        }
    }
}

impl<'a> Text<'a> {
    pub fn new(t: &'a markup::Text) -> Text<'a> {
        Text(inlines(&t.0))
    }
}

fn inlines(nodes: &[MInline]) -> Vec<Inline<'_>> {
    nodes
        .iter()
        .map(|n| match n {
            MInline::Text { text } => Inline::Text { text },
            MInline::Strong { children } => Inline::Strong {
                children: inlines(children),
            },
            MInline::Emphasis { children } => Inline::Emphasis {
                children: inlines(children),
            },
            MInline::Link { href, children } => Inline::Link {
                href,
                children: inlines(children),
            },
            MInline::LineBreak => Inline::LineBreak,
        })
        .collect()
}

/// The shape of a JSON value, one line a path: `$.pages[].blocks[]
/// {kind=contact}.contact.web: absent|string`. An object with a `kind` or
/// `type` field is told apart by its value, so each kind of block and run
/// has its own fields (a run's, `run{type=link}.href`, once for every
/// text); a field missing from some of its objects is `absent` there.
pub fn shape(values: &[serde_json::Value]) -> String {
    use std::collections::{BTreeMap, BTreeSet};
    #[derive(Default)]
    struct Acc {
        types: BTreeMap<String, BTreeSet<&'static str>>,
        objects: BTreeMap<String, Vec<BTreeSet<String>>>,
    }
    fn walk(v: &serde_json::Value, path: String, acc: &mut Acc) {
        use serde_json::Value as V;
        let ty = match v {
            V::Null => "null",
            V::Bool(_) => "bool",
            V::Number(n) if n.is_u64() => "unsigned",
            V::Number(_) => "number",
            V::String(_) => "string",
            V::Array(items) => {
                for item in items {
                    walk(item, format!("{path}[]"), acc);
                }
                "array"
            }
            V::Object(map) => {
                let tag = ["kind", "type"]
                    .into_iter()
                    .find_map(|k| Some((k, map.get(k)?.as_str()?)));
                let here = match tag {
                    // A run is the same wherever text is: one shape.
                    Some(("type", value)) => format!("run{{type={value}}}"),
                    Some((k, value)) => format!("{path}{{{k}={value}}}"),
                    None => path.clone(),
                };
                for (k, item) in map {
                    walk(item, format!("{here}.{k}"), acc);
                }
                acc.objects
                    .entry(here)
                    .or_default()
                    .push(map.keys().cloned().collect());
                "object"
            }
        };
        acc.types.entry(path).or_default().insert(ty);
    }
    let mut acc = Acc::default();
    for v in values {
        walk(v, "$".to_string(), &mut acc);
    }
    for (path, instances) in &acc.objects {
        let all: BTreeSet<&String> = instances.iter().flatten().collect();
        for key in all {
            if instances.iter().any(|keys| !keys.contains(key))
                && let Some(t) = acc.types.get_mut(&format!("{path}.{key}"))
            {
                t.insert("absent");
            }
        }
    }
    let mut out = String::new();
    for (path, types) in &acc.types {
        let types: Vec<&str> = types.iter().copied().collect();
        out.push_str(&format!("{path}: {}\n", types.join("|")));
    }
    out
}

#[cfg(test)]
mod tests {
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
        let item = |full: bool| Item {
            id: "i",
            text: t("x"),
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
            description: t("d"),
            pages: vec![Page {
                id: "p",
                role: ROLES[0],
                outcome: Some(1),
                label: Some(t("l")),
                title: t("t"),
                picture: Some(pic()),
                blocks: vec![
                    Block::Heading {
                        id: "h",
                        text: t("h"),
                    },
                    Block::Paragraph {
                        id: "p",
                        text: t("p"),
                    },
                    Block::Quote {
                        id: "q",
                        text: t("q"),
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
                    },
                    Block::Picture {
                        id: "p",
                        picture: pic(),
                    },
                ],
            }],
            content_locale: Some(locale()),
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
        let least = Envelope {
            schema: SCHEMA_VERSION,
            edition: "e",
            locale: locale(),
            title: t("t"),
            description: t("d"),
            pages: vec![Page {
                id: "p",
                role: ROLES[0],
                outcome: None,
                label: None,
                title: t("t"),
                picture: None,
                blocks: Vec::new(),
            }],
            content_locale: None,
            glossary: Vec::new(),
            licence: "l".to_string(),
        };
        [full, least]
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
        let recorded = include_str!("../../../docs/json-shape.txt");
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
}
