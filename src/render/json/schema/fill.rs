//! The format filled from the document: the one place that knows both.

use super::*;
use crate::content::{Role, SourceRef};
use crate::document::{self, Document};
use crate::i18n::{Direction, Status};
use crate::markup::{self, Inline as MInline};

impl<'a> Envelope<'a> {
    /// The file for `doc`, with its notice (`doc.notice()`, made by the
    /// caller so that it outlives the envelope).
    pub fn new(doc: &'a Document, notice: Option<&'a document::Notice>) -> Envelope<'a> {
        Envelope {
            schema: SCHEMA_VERSION,
            edition: &doc.edition,
            locale: Locale::new(&doc.locale),
            title: Text::new(&doc.title),
            title_lang: lang(&doc.title),
            description: Text::new(&doc.description),
            description_lang: lang(&doc.description),
            pages: doc.pages.iter().map(Page::new).collect(),
            content_locale: doc.content_locale.as_ref().map(Locale::new),
            notice: notice.map(Notice::new),
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
            label_lang: p.label.as_ref().and_then(lang),
            title: Text::new(&p.title),
            title_lang: lang(&p.title),
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
                lang: lang(text),
            },
            B::Paragraph { id, text } => Block::Paragraph {
                id,
                text: Text::new(text),
                lang: lang(text),
            },
            B::Quote { id, text } => Block::Quote {
                id,
                text: Text::new(text),
                lang: lang(text),
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
                lang: lang(text),
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
            lang: lang(&i.text),
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

/// The tag of the language a text is in, when it is not the document's.
fn lang(t: &markup::Text) -> Option<String> {
    t.lang().map(|l| l.tag_str())
}

impl<'a> Notice<'a> {
    fn new(n: &'a document::Notice) -> Notice<'a> {
        Notice {
            kind: NOTICE_KINDS[match n.kind {
                document::NoticeKind::Draft => 0,
                document::NoticeKind::EnglishOnly => 1,
            }],
            text: Text::new(&n.text),
            english: n.english.as_ref().map(Text::new),
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
