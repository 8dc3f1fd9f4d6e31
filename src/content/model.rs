use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// What a page is for; the kiosk builds its home menu from this.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    About,
    Purpose,
    Principles,
    Outcome,
    LeavingCare,
    Next,
    Section,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BlockKind {
    Heading,
    Paragraph,
    Quote,
    List,
    Statements,
    Contact,
    Picture,
}

/// How an edition is laid out and read: `layout = "..."` at the top of
/// its file in content/editions/. Behaviour (the kiosk's reading modes,
/// the easy-read rules of the loader and the checks, the HTML layout)
/// follows the layout, never an edition's id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Layout {
    /// Pages of headings, paragraphs, quotes, lists and help lines, read
    /// from the top down (the guide, the framework).
    Chapters,
    /// Easy read: pages of short statements, each with its picture and
    /// the block it retells, shown one at a time in the kiosk.
    Statements,
}

impl Layout {
    /// Every layout, as written in an edition file.
    pub const ALL: [(Layout, &'static str); 2] = [
        (Layout::Chapters, "chapters"),
        (Layout::Statements, "statements"),
    ];

    /// The layout as written in an edition file.
    pub fn name(self) -> &'static str {
        match self {
            Layout::Chapters => "chapters",
            Layout::Statements => "statements",
        }
    }

    /// The layout written `name`, if there is one.
    pub fn parse(name: &str) -> Option<Layout> {
        Layout::ALL
            .iter()
            .find(|(_, n)| *n == name)
            .map(|(l, _)| *l)
    }
}

/// The facts that translation must never change, as Fluent variables:
/// `[childline] phone = "0800 1111"` becomes `childline-phone`.
#[derive(Debug, Clone, Default)]
pub struct Facts {
    pub groups: BTreeMap<String, BTreeMap<String, String>>,
    /// The help lines "Get help now" lists, in order (`get-help-now` at
    /// the top of facts.toml): each names a table of facts, and every
    /// renderer and the kiosk read this list.
    pub get_help_now: Vec<String>,
    /// Where each of `get_help_now` is written in facts.toml (byte range),
    /// so a finding about a help line points at its name.
    pub get_help_now_at: Vec<std::ops::Range<usize>>,
    /// The picture that stands for "Get help now" in the kiosk
    /// (`get-help-now-picture` in facts.toml), and where it is written.
    pub get_help_now_picture: Option<String>,
    pub get_help_now_picture_at: Option<std::ops::Range<usize>>,
}

impl Facts {
    /// Every fact as a (variable name, value) pair.
    pub fn variables(&self) -> impl Iterator<Item = (String, &str)> {
        self.groups.iter().flat_map(|(group, kv)| {
            kv.iter()
                .map(move |(k, v)| (format!("{group}-{k}"), v.as_str()))
        })
    }

    /// Every fact by variable name, owned (what the checks match words
    /// filled in from facts against).
    pub fn variable_map(&self) -> std::collections::BTreeMap<String, String> {
        self.variables().map(|(k, v)| (k, v.to_string())).collect()
    }

    pub fn get(&self, group: &str, key: &str) -> Option<&str> {
        self.groups.get(group)?.get(key).map(String::as_str)
    }
}

/// A picture in its two forms.
#[derive(Debug, Clone)]
pub struct Picture {
    pub id: String,
    /// SVG markup for HTML, checked to hold no script or external reference.
    pub svg: String,
    /// Monochrome Unicode art for the terminal, at most 12 x 32.
    pub terminal: String,
}

/// A pointer to the block a statement comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceRef {
    pub edition: String,
    pub page: String,
    pub block: String,
    pub item: Option<String>,
}

impl SourceRef {
    pub fn parse(s: &str) -> Option<SourceRef> {
        let parts: Vec<&str> = s.split('/').collect();
        let ok = |p: &&&str| !p.is_empty();
        match parts.as_slice() {
            [e, p, b] if [e, p, b].iter().all(ok) => Some(SourceRef {
                edition: e.to_string(),
                page: p.to_string(),
                block: b.to_string(),
                item: None,
            }),
            [e, p, b, i] if [e, p, b, i].iter().all(ok) => Some(SourceRef {
                edition: e.to_string(),
                page: p.to_string(),
                block: b.to_string(),
                item: Some(i.to_string()),
            }),
            _ => None,
        }
    }
}

impl std::fmt::Display for SourceRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}/{}", self.edition, self.page, self.block)?;
        if let Some(item) = &self.item {
            write!(f, "/{item}")?;
        }
        Ok(())
    }
}

#[derive(Debug, Clone)]
pub struct Item {
    pub id: String,
    pub picture: Option<String>,
    pub source: Option<SourceRef>,
    /// The blocks behind this item, shown by the kiosk's "Where does
    /// this come from?" instead of its page's (`background`).
    pub background: Vec<SourceRef>,
}

#[derive(Debug, Clone)]
pub struct Block {
    pub id: String,
    pub kind: BlockKind,
    pub items: Vec<Item>,
    /// For contact blocks: the facts group of the organisation.
    pub org: Option<String>,
    /// For picture blocks.
    pub picture: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Page {
    pub id: String,
    pub role: Role,
    pub outcome: Option<u8>,
    pub picture: Option<String>,
    pub blocks: Vec<Block>,
    /// The blocks behind this page, shown by the kiosk's "Where does this
    /// come from?" (`background`); `None` takes the edition's.
    pub background: Option<Vec<SourceRef>>,
}

#[derive(Debug, Clone)]
pub struct Edition {
    pub id: String,
    /// How its pages are laid out and read.
    pub layout: Layout,
    /// Where it is listed in menus and indexes (`order` in its file):
    /// lower first; editions without one come last, by id.
    pub order: Option<u32>,
    /// The file it was read from, for messages.
    pub file: String,
    pub pages: Vec<Page>,
    /// The blocks behind a page that names none (`background` in the
    /// edition's head).
    pub background: Vec<SourceRef>,
}

impl Edition {
    pub fn page(&self, id: &str) -> Option<&Page> {
        self.pages.iter().find(|p| p.id == id)
    }
}

impl Page {
    pub fn block(&self, id: &str) -> Option<&Block> {
        self.blocks.iter().find(|b| b.id == id)
    }
}

/// When an edition is published in a language (`content/publish.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct PublishPolicy {
    /// Percent of an edition's messages a language must translate.
    pub threshold: f64,
    /// Editions shown in English in every language until translated.
    #[serde(default)]
    pub english_only: Vec<String>,
}

impl Default for PublishPolicy {
    fn default() -> Self {
        PublishPolicy {
            threshold: 80.0,
            english_only: Vec::new(),
        }
    }
}

/// Everything in `content/`, loaded and cross-checked.
#[derive(Debug, Clone, Default)]
pub struct Content {
    pub facts: Facts,
    pub publish: PublishPolicy,
    pub glossary: super::glossary::Glossary,
    pub editions: Vec<Edition>,
    pub pictures: BTreeMap<String, Picture>,
}

impl Content {
    pub fn edition(&self, id: &str) -> Option<&Edition> {
        self.editions.iter().find(|e| e.id == id)
    }

    /// The first edition (in content order) laid out as `layout`.
    pub fn first_of(&self, layout: Layout) -> Option<&Edition> {
        self.editions.iter().find(|e| e.layout == layout)
    }

    /// The layout of the edition `id`, if there is one.
    pub fn layout_of(&self, id: &str) -> Option<Layout> {
        self.edition(id).map(|e| e.layout)
    }

    pub fn edition_ids(&self) -> Vec<&str> {
        self.editions.iter().map(|e| e.id.as_str()).collect()
    }

    /// Whether a source reference names a block (and item) that exists.
    pub fn has_source(&self, r: &SourceRef) -> bool {
        let Some(block) = self
            .edition(&r.edition)
            .and_then(|e| e.page(&r.page))
            .and_then(|p| p.block(&r.block))
        else {
            return false;
        };
        match &r.item {
            None => true,
            Some(item) => block.items.iter().any(|i| &i.id == item),
        }
    }
}
