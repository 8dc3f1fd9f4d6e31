//! Renderers: one module per output format, each a function from a
//! resolved [`Document`] to files. They never read files or format
//! messages; the build decides where their output goes.

use std::collections::BTreeMap;
use std::io;

use crate::document::Document;

pub mod collate;
pub mod html;
pub mod json;
pub mod markdown;
pub mod numbers;
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

/// Where a renderer puts its files, as it makes them, so a large edition
/// is never held whole: the build writes each file to disk as it comes,
/// the tests and the live preview keep them in memory. Paths are relative
/// to the format's folder for the locale.
/// (`Send`, so a build can render on one thread while it resolves the next
/// page on another.)
pub trait Output: Send {
    /// Creates or replaces the file at `path`. (The bytes are handed
    /// over, not copied: a build's pages go to another thread to be
    /// written.)
    fn file(&mut self, path: &str, bytes: Vec<u8>) -> io::Result<()>;

    /// Adds `bytes` to the end of the file at `path`, which [`Output::file`]
    /// began: a file too large to build in memory (the print view of a
    /// whole edition) is written in pieces.
    fn append(&mut self, path: &str, bytes: Vec<u8>) -> io::Result<()>;

    /// Places a copy of the file `from` (which is never changed in place,
    /// such as a cached audio clip) at `path`. A folder on disk may link
    /// it rather than copy it.
    fn link(&mut self, path: &str, from: &std::path::Path) -> io::Result<()> {
        self.file(path, std::fs::read(from)?)
    }
}

/// Files in memory, in the order they were begun.
impl Output for Vec<OutputFile> {
    fn file(&mut self, path: &str, bytes: Vec<u8>) -> io::Result<()> {
        match self.iter_mut().find(|f| f.path == path) {
            Some(f) => f.bytes = bytes,
            None => self.push(OutputFile {
                path: path.to_string(),
                bytes,
            }),
        }
        Ok(())
    }

    fn append(&mut self, path: &str, bytes: Vec<u8>) -> io::Result<()> {
        match self.iter_mut().rev().find(|f| f.path == path) {
            Some(f) => {
                f.bytes.extend_from_slice(&bytes);
                Ok(())
            }
            None => Err(not_begun(path)),
        }
    }
}

/// Files in memory by path.
impl Output for BTreeMap<String, Vec<u8>> {
    fn file(&mut self, path: &str, bytes: Vec<u8>) -> io::Result<()> {
        self.insert(path.to_string(), bytes);
        Ok(())
    }

    fn append(&mut self, path: &str, bytes: Vec<u8>) -> io::Result<()> {
        let f = self.get_mut(path).ok_or_else(|| not_begun(path))?;
        f.extend_from_slice(&bytes);
        Ok(())
    }
}

/// Another output's files, under a folder (`html/en-GB/`).
pub struct Under<'a> {
    pub prefix: String,
    pub output: &'a mut dyn Output,
}

impl Output for Under<'_> {
    fn file(&mut self, path: &str, bytes: Vec<u8>) -> io::Result<()> {
        self.output.file(&format!("{}{path}", self.prefix), bytes)
    }

    fn append(&mut self, path: &str, bytes: Vec<u8>) -> io::Result<()> {
        self.output.append(&format!("{}{path}", self.prefix), bytes)
    }
}

fn not_begun(path: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::NotFound,
        format!("{path}: appended to before it was begun"),
    )
}

/// The notice every page of a document carries ([`Document::notice`]),
/// as lines: in the reader's language, then in English when that differs.
pub fn notices(doc: &Document) -> Vec<crate::markup::Text> {
    doc.notice()
        .map(|n| std::iter::once(n.text).chain(n.english).collect())
        .unwrap_or_default()
}

/// A help line's web address and its label, for the outputs that show it
/// after the card's words (as the web pages do), unless the words already
/// link to it: "chat with them on their website" needs the address.
pub fn contact_web<'a>(
    contact: &'a crate::document::Contact,
    text: &crate::markup::Text,
) -> Option<(&'a str, &'a str)> {
    fn links_to(nodes: &[crate::markup::Inline], href: &str) -> bool {
        use crate::markup::Inline;
        nodes.iter().any(|n| match n {
            Inline::Link { href: h, children } => h == href || links_to(children, href),
            Inline::Strong { children } | Inline::Emphasis { children } => links_to(children, href),
            _ => false,
        })
    }
    let web = contact.web.as_deref().filter(|w| !links_to(&text.0, w))?;
    Some((contact.web_label.as_deref().unwrap_or(web), web))
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

    /// Which bidi marks this format keeps: every format keeps isolation
    /// where the direction changes (HTML as `<bdi>`, the others as the
    /// characters); only HTML keeps the marks (LRM, RLM, ALM).
    pub fn keep(self) -> crate::sanitize::Keep {
        match self {
            Format::Html => crate::sanitize::Keep::HTML,
            _ => crate::sanitize::Keep::TEXT,
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
    /// The language of the title and description when it is not the
    /// locale's (an English-only edition).
    pub content_locale: Option<crate::document::LocaleInfo>,
    /// The help lines of "Get help now", in order (its footer's).
    pub help_lines: Vec<crate::document::Contact>,
}

impl SiteEntry {
    pub fn of(doc: &Document) -> SiteEntry {
        SiteEntry {
            locale: doc.locale.clone(),
            edition: doc.edition.clone(),
            title: doc.title.clone(),
            description: doc.description.clone(),
            ui: doc.ui.clone(),
            content_locale: doc.content_locale.clone(),
            help_lines: doc.help_lines.clone(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct RenderOptions {
    /// Width to wrap plain text to.
    pub text_width: usize,
    /// `build --audio`: the audio cache folder; the web pages get play
    /// controls and their audio files.
    pub audio: Option<std::path::PathBuf>,
    /// `build --base-url`: where the web site is published (ending in
    /// `/`), for absolute alternate-language links.
    pub base_url: Option<String>,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            text_width: 72,
            audio: None,
            base_url: None,
        }
    }
}
