//! An edition's messages page by page in reading order, with what kind
//! of text each is, and a locale's messages looked up by id. Shared with
//! the readability figures and spelling.

use std::collections::BTreeMap;

use crate::check::rules::text::MessageView;
use crate::content::{self, BlockKind, ids};
use crate::i18n::Locale;
use crate::i18n::ftl::{FtlMessage, message_at};
use crate::i18n::locales::LocaleFile;

/// What a message is, for which rules apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Title,
    Heading,
    Paragraph,
    ListItem,
    Statement,
}

impl Kind {
    pub(crate) fn has_sentences(self) -> bool {
        !matches!(self, Kind::Title | Kind::Heading)
    }
}

/// A message of an edition, in reading order.
#[derive(Debug, Clone)]
pub(crate) struct UnitRef {
    pub id: String,
    pub kind: Kind,
    /// For statements: the picture named in content (`None` if none).
    pub picture: Option<Option<String>>,
    /// For statements: the guide block it retells.
    pub source: Option<content::SourceRef>,
}

/// The messages of one page (or of the edition's own title, page id "").
#[derive(Debug, Clone)]
pub(crate) struct PageRef {
    pub id: String,
    pub units: Vec<UnitRef>,
    pub pictures: Vec<String>,
}

/// Every message of an edition, page by page, in reading order.
pub(crate) fn edition_pages(edition: &content::Edition) -> Vec<PageRef> {
    let unit = |id: String, kind| UnitRef {
        id,
        kind,
        picture: None,
        source: None,
    };
    let mut pages = vec![PageRef {
        id: String::new(),
        units: vec![
            unit(ids::edition_title(&edition.id), Kind::Title),
            unit(ids::edition_description(&edition.id), Kind::Paragraph),
        ],
        pictures: Vec::new(),
    }];
    for p in &edition.pages {
        let mut units = vec![
            unit(ids::page_label(&edition.id, &p.id), Kind::Title),
            unit(ids::page_title(&edition.id, &p.id), Kind::Title),
        ];
        let mut pictures: Vec<String> = p.picture.iter().cloned().collect();
        for b in &p.blocks {
            let id = ids::block(&edition.id, &p.id, &b.id);
            match b.kind {
                BlockKind::Heading => units.push(unit(id, Kind::Heading)),
                BlockKind::Paragraph | BlockKind::Quote | BlockKind::Contact => {
                    units.push(unit(id, Kind::Paragraph))
                }
                BlockKind::Picture => pictures.extend(b.picture.iter().cloned()),
                BlockKind::List | BlockKind::Statements => {
                    for it in &b.items {
                        let id = ids::item(&edition.id, &p.id, &b.id, &it.id);
                        if b.kind == BlockKind::Statements {
                            pictures.extend(it.picture.iter().cloned());
                            units.push(UnitRef {
                                id,
                                kind: Kind::Statement,
                                picture: Some(it.picture.clone()),
                                source: it.source.clone(),
                            });
                        } else {
                            units.push(unit(id, Kind::ListItem));
                        }
                    }
                }
            }
        }
        pages.push(PageRef {
            id: p.id.clone(),
            units,
            pictures,
        });
    }
    pages
}

/// A locale's own messages by id (the first definition wins, as in the
/// bundle), with the file each is in.
/// A locale's messages looked up by id, as the bundle finds them (the
/// first file that defines one wins). Each is parsed when asked for, so an
/// edition the rules do not cover costs nothing.
pub(crate) struct MessageIndex<'a> {
    locale: &'a Locale,
}

impl<'a> MessageIndex<'a> {
    pub(crate) fn new(locale: &'a Locale) -> MessageIndex<'a> {
        MessageIndex { locale }
    }

    pub(crate) fn get(&self, id: &str) -> Option<(&'a LocaleFile, FtlMessage)> {
        let (file, start) = self.locale.find(id)?;
        Some((file, message_at(file, id, start)?))
    }

    pub(crate) fn view(
        &self,
        id: &str,
        facts: &BTreeMap<String, String>,
    ) -> Option<(&'a LocaleFile, MessageView)> {
        let (file, m) = self.get(id)?;
        Some((
            file,
            MessageView::from_entry(file.text(), m.start, m.end, facts),
        ))
    }
}
