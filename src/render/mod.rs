//! Renderers: one module per output format, each a function from a
//! resolved [`Document`] to files. They never read files or format
//! messages; the build decides where their output goes.

use crate::document::Document;

pub mod html;
pub mod json;
pub mod markdown;
pub mod text;

/// One output file, its path relative to the format's folder for the
/// locale (e.g. `guide/index.html`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

impl OutputFile {
    pub fn new(path: impl Into<String>, contents: impl Into<Vec<u8>>) -> OutputFile {
        OutputFile {
            path: path.into(),
            bytes: contents.into(),
        }
    }
}

/// The output formats `careguide build` knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, clap::ValueEnum)]
pub enum Format {
    Html,
    Text,
    Markdown,
    Json,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::Html, Format::Text, Format::Markdown, Format::Json];

    pub fn dir(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Json => "json",
        }
    }

    /// Which bidi marks this format keeps: only HTML can use Fluent's
    /// isolation marks; terminals and plain text would print them.
    pub fn keep(self) -> crate::i18n::sanitize::Keep {
        match self {
            Format::Html => crate::i18n::sanitize::Keep::HTML,
            _ => crate::i18n::sanitize::Keep::NOTHING,
        }
    }

    /// Renders one document.
    pub fn render(self, doc: &Document, opts: &RenderOptions) -> Vec<OutputFile> {
        match self {
            Format::Html => html::render(doc, opts),
            Format::Text => text::render(doc, opts),
            Format::Markdown => markdown::render(doc),
            Format::Json => json::render(doc),
        }
    }
}

/// What the site's front page needs to know of each published document,
/// so the build need not keep whole documents in memory.
#[derive(Debug, Clone)]
pub struct SiteEntry {
    pub locale: crate::document::LocaleInfo,
    pub edition: String,
    pub title: crate::markup::Text,
    pub description: crate::markup::Text,
    /// The interface words of that locale (for the front page's own text).
    pub ui: crate::document::UiText,
}

impl SiteEntry {
    pub fn of(doc: &Document) -> SiteEntry {
        SiteEntry {
            locale: doc.locale.clone(),
            edition: doc.edition.clone(),
            title: doc.title.clone(),
            description: doc.description.clone(),
            ui: doc.ui.clone(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct RenderOptions {
    /// Width to wrap plain text to.
    pub text_width: usize,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions { text_width: 72 }
    }
}
