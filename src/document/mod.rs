//! The resolved document: one edition in one locale, with every message
//! formatted, facts filled in and inline markup parsed. Renderers and the
//! kiosk read only this; they never see Fluent or the files.

pub mod aloud;

use std::collections::BTreeMap;

use crate::content::{Role, SourceRef};
use crate::i18n::{Direction, Status};
use crate::markup::Text;

/// The draft notice's message, and the key under which [`UiText`]
/// carries its English.
pub const DRAFT_NOTICE: &str = "ui-draft-notice";
pub const DRAFT_NOTICE_EN: &str = "ui-draft-notice-en";
/// Said on an edition shown in English to a reader of another language.
pub const ENGLISH_ONLY_NOTICE: &str = "ui-english-only-notice";

/// What a [`Notice`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeKind {
    /// The translation is a draft: not yet checked by a second person.
    Draft,
    /// The edition's words are English (not translated into the reader's
    /// language); the notice itself is in the reader's language.
    EnglishOnly,
}

/// The notice every page of a document carries under its header, in
/// every format (web, text, Markdown, JSON, the kiosk).
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub kind: NoticeKind,
    /// In the reader's language.
    pub text: Text,
    /// The same in English, for the adult helping the child, when it says
    /// something else than `text`.
    pub english: Option<Text>,
}

/// The locale a document is in, as the outputs need it.
#[derive(Debug, Clone)]
pub struct LocaleInfo {
    pub tag: String,
    /// The language's name in that language.
    pub name: String,
    pub english_name: String,
    pub dir: Direction,
    pub status: Status,
    /// The espeak-ng voice of this language, from its `locale.toml`.
    pub voice: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Picture {
    pub id: String,
    pub alt: String,
    pub svg: String,
    pub terminal: String,
}

#[derive(Debug, Clone)]
pub struct Item {
    pub id: String,
    pub text: Text,
    /// What the speech engine says instead of the text (the message's
    /// `.spoken` attribute), for a word the engine says wrongly.
    pub spoken: Option<String>,
    pub picture: Option<Picture>,
    pub source: Option<SourceRef>,
}

/// A help line, from the facts.
#[derive(Debug, Clone)]
pub struct Contact {
    pub org: String,
    pub name: String,
    pub phone: String,
    pub web: Option<String>,
    pub web_label: Option<String>,
}

impl Contact {
    /// The phone number for a `tel:` link: digits only, UK numbers as dialled.
    pub fn tel_href(&self) -> String {
        let digits: String = self
            .phone
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect();
        format!("tel:{digits}")
    }
}

#[derive(Debug, Clone)]
pub enum Block {
    Heading {
        id: String,
        text: Text,
    },
    Paragraph {
        id: String,
        text: Text,
    },
    Quote {
        id: String,
        text: Text,
    },
    List {
        id: String,
        items: Vec<Item>,
    },
    Statements {
        id: String,
        items: Vec<Item>,
    },
    Contact {
        id: String,
        contact: Contact,
        text: Text,
    },
    Picture {
        id: String,
        picture: Picture,
    },
}

impl Block {
    pub fn id(&self) -> &str {
        match self {
            Block::Heading { id, .. }
            | Block::Paragraph { id, .. }
            | Block::Quote { id, .. }
            | Block::List { id, .. }
            | Block::Statements { id, .. }
            | Block::Contact { id, .. }
            | Block::Picture { id, .. } => id,
        }
    }

    pub fn items(&self) -> &[Item] {
        match self {
            Block::List { items, .. } | Block::Statements { items, .. } => items,
            _ => &[],
        }
    }
}

#[derive(Debug, Clone)]
pub struct Page {
    pub id: String,
    pub role: Role,
    pub outcome: Option<u8>,
    /// A short label such as "Outcome 1", when the page has one.
    pub label: Option<Text>,
    pub title: Text,
    pub picture: Option<Picture>,
    pub blocks: Vec<Block>,
}

impl Page {
    pub fn block(&self, id: &str) -> Option<&Block> {
        self.blocks.iter().find(|b| b.id() == id)
    }

    /// The label to show before the title ("Outcome 1"), unless the
    /// title already starts with it (a translator may write "Outcome 1:
    /// ..." into the title itself).
    pub fn shown_label(&self) -> Option<&Text> {
        let title = self.title.plain();
        self.label.as_ref().filter(|l| {
            let l = l.plain();
            !l.trim().is_empty() && !title.trim_start().starts_with(l.trim())
        })
    }

    /// The label and title as plain words: "Outcome 1: Children's ...".
    pub fn heading_text(&self) -> String {
        match self.shown_label() {
            Some(label) => format!("{}: {}", label.plain(), self.title.plain()),
            None => self.title.plain(),
        }
    }
}

/// Interface words (`ui-*` and `site-*` messages) of the document's
/// locale, resolved like everything else.
#[derive(Debug, Clone, Default)]
pub struct UiText(pub BTreeMap<String, Text>);

impl UiText {
    /// The text of interface message `id`. A missing one shows its id, so
    /// the gap is visible; the tests require every id used to exist.
    pub fn get(&self, id: &str) -> Text {
        self.0
            .get(id)
            .cloned()
            .unwrap_or_else(|| Text::plain_str(id))
    }

    pub fn plain(&self, id: &str) -> String {
        self.get(id).plain()
    }
}

/// Another language the same edition is published in (for switchers).
#[derive(Debug, Clone)]
pub struct Alternate {
    pub tag: String,
    pub name: String,
    pub dir: Direction,
}

#[derive(Debug, Clone)]
pub struct Document {
    pub edition: String,
    /// How the edition is laid out (from its file): renderers and the
    /// kiosk ask this, never the edition's id.
    pub layout: crate::content::Layout,
    pub locale: LocaleInfo,
    pub title: Text,
    pub description: Text,
    pub pages: Vec<Page>,
    /// When the edition's text is in another language than `locale` (an
    /// English-only edition shown to a reader of another language), that
    /// language; the interface words are still in `locale`.
    pub content_locale: Option<LocaleInfo>,
    pub ui: UiText,
    /// Hard words and their explanations, in this locale.
    pub glossary: Vec<crate::content::glossary::GlossaryEntry>,
    /// The pictures of the words explained: the glossary's, and the one
    /// that stands for the words page (an edition's pages may use none).
    pub word_pictures: Vec<Picture>,
    /// Which of `word_pictures` stands for the words page (`picture` in
    /// content/glossary.toml), if any.
    pub words_picture: Option<String>,
    /// Every language this edition is published in, this one included.
    pub languages: Vec<Alternate>,
    /// Every edition published in this language: (id, title).
    pub editions: Vec<(String, Text)>,
    /// Each page's counterpart in the other editions (page id -> edition
    /// id -> counterpart), so the version switcher keeps the place.
    pub counterparts: crate::content::counterpart::Counterparts,
    /// Set by `build --audio`: the web pages get play controls.
    pub audio: Option<aloud::AudioPlan>,
    /// The help lines "Get help now" lists, in order, from the facts
    /// (`get-help-now` in content/facts.toml).
    pub help_lines: Vec<Contact>,
    /// Set by `build --base-url`: the address the web site (`dist/html/`)
    /// is published at, ending in `/`; its alternate-language links are
    /// then absolute.
    pub base_url: Option<String>,
}

impl Document {
    /// The notice its pages carry: that its words are English (an
    /// English-only edition in another language), or that its translation
    /// is a draft, in the reader's language and in English when that
    /// differs; `None` for a reviewed translation and the English.
    pub fn notice(&self) -> Option<Notice> {
        if self
            .content_locale
            .as_ref()
            .is_some_and(|l| l.tag != self.locale.tag)
        {
            return Some(Notice {
                kind: NoticeKind::EnglishOnly,
                text: self.ui.get(ENGLISH_ONLY_NOTICE),
                english: None,
            });
        }
        if self.locale.status != Status::Draft {
            return None;
        }
        let own = self.ui.0.get(DRAFT_NOTICE).filter(|t| !t.is_empty());
        let english = self
            .ui
            .0
            .get(DRAFT_NOTICE_EN)
            .filter(|e| !e.is_empty() && own.is_none_or(|o| e.plain() != o.plain()));
        let (text, english) = match own {
            Some(o) => (o.clone(), english.cloned()),
            None => (english?.clone(), None),
        };
        Some(Notice {
            kind: NoticeKind::Draft,
            text,
            english,
        })
    }

    pub fn page(&self, id: &str) -> Option<&Page> {
        self.pages.iter().find(|p| p.id == id)
    }

    /// The item or block a statement's source points at, if it is in this
    /// document.
    pub fn find(&self, r: &SourceRef) -> Option<Found<'_>> {
        let page = self.page(&r.page)?;
        let block = page.block(&r.block)?;
        match &r.item {
            None => Some(Found::Block(page, block)),
            Some(item) => block
                .items()
                .iter()
                .find(|i| &i.id == item)
                .map(|i| Found::Item(page, i)),
        }
    }
}

pub enum Found<'a> {
    Block(&'a Page, &'a Block),
    Item(&'a Page, &'a Item),
}
