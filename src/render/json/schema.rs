//! The public JSON format, version [`SCHEMA_VERSION`]: its own types, so
//! a change inside careguide (a field renamed in `document`, a new
//! variant of `Role`) never changes what other apps read. Every name and
//! value here is written out, not derived from an internal type. The
//! shape is documented in docs/json.md and recorded in
//! docs/json-shape.txt; the test below fails when the two differ, and
//! the way out is a new schema version.

use serde::Serialize;

mod fill;
pub mod shape;
#[cfg(test)]
mod tests;

pub use shape::shape;

/// Bumped whenever the JSON shape changes (a field added, removed,
/// renamed or given another type, a value added to a list of kinds).
pub const SCHEMA_VERSION: u32 = 2;

/// One edition in one language: the whole file.
#[derive(Serialize)]
pub struct Envelope<'a> {
    pub schema: u32,
    pub edition: &'a str,
    pub locale: Locale<'a>,
    pub title: Text<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title_lang: Option<String>,
    pub description: Text<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description_lang: Option<String>,
    pub pages: Vec<Page<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_locale: Option<Locale<'a>>,
    /// The notice every page carries (schema 2).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notice: Option<Notice<'a>>,
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label_lang: Option<String>,
    pub title: Text<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title_lang: Option<String>,
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
    Heading {
        id: &'a str,
        text: Text<'a>,
        #[serde(skip_serializing_if = "Option::is_none")]
        lang: Option<String>,
    },
    #[serde(rename = "paragraph")]
    Paragraph {
        id: &'a str,
        text: Text<'a>,
        #[serde(skip_serializing_if = "Option::is_none")]
        lang: Option<String>,
    },
    #[serde(rename = "quote")]
    Quote {
        id: &'a str,
        text: Text<'a>,
        #[serde(skip_serializing_if = "Option::is_none")]
        lang: Option<String>,
    },
    #[serde(rename = "list")]
    List { id: &'a str, items: Vec<Item<'a>> },
    #[serde(rename = "statements")]
    Statements { id: &'a str, items: Vec<Item<'a>> },
    #[serde(rename = "contact")]
    Contact {
        id: &'a str,
        contact: Contact<'a>,
        text: Text<'a>,
        #[serde(skip_serializing_if = "Option::is_none")]
        lang: Option<String>,
    },
    #[serde(rename = "picture")]
    Picture { id: &'a str, picture: Picture<'a> },
}

#[derive(Serialize)]
pub struct Item<'a> {
    pub id: &'a str,
    pub text: Text<'a>,
    /// The language of `text` when it is not the document's (schema 2).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
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

/// The notice under every page's header: a draft translation, or an
/// edition whose words are English.
#[derive(Serialize)]
pub struct Notice<'a> {
    /// One of [`NOTICE_KINDS`].
    pub kind: &'static str,
    pub text: Text<'a>,
    /// The same in English, when it says something else than `text`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub english: Option<Text<'a>>,
}

/// The values a notice's `kind` takes.
pub const NOTICE_KINDS: [&str; 2] = ["draft", "english-only"];

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
