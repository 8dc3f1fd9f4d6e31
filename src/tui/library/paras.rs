//! A topic as scrolled paragraphs, each with the place it comes from.

use std::rc::Rc;

use super::topics::TopicKind;
use super::{Layout, Library};
use crate::document::{Block, Picture};
use crate::i18n::Direction;
use crate::markup::{Inline, Text};

/// Where in a page a paragraph or step comes from: used to keep the place
/// when switching between the guide and the easy-read edition.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Anchor {
    pub page: String,
    pub block: Option<String>,
    pub item: Option<String>,
}

/// A paragraph of a scrolled page.
#[derive(Debug, Clone)]
pub enum Para {
    /// A page's heading, with its picture beside it.
    Title {
        text: Text,
        picture: Option<Picture>,
    },
    Heading(Text),
    Body(Text),
    /// A quotation or a passage shown as quoted.
    Quote(Text),
    /// A list item with its marker ("1." or "•").
    Item {
        marker: String,
        text: Text,
    },
    Contact {
        name: String,
        phone: String,
        text: Text,
    },
    /// The kiosk's own explanation, shown quieter than the content.
    Note(Text),
    Picture(Picture),
    /// A paragraph in a language of the other direction than the
    /// interface's (the framework's English read from the Arabic kiosk):
    /// laid out in its own direction, left-aligned for English.
    Other {
        dir: Direction,
        para: Box<Para>,
    },
}

impl Para {
    /// The paragraph itself, whatever its direction.
    pub fn inner(&self) -> &Para {
        match self {
            Para::Other { para, .. } => para.inner(),
            p => p,
        }
    }

    /// The words of the paragraph, without markup (what search looks in,
    /// and what "the words on this screen" are).
    pub fn plain(&self) -> String {
        match self.inner() {
            Para::Title { text, .. }
            | Para::Heading(text)
            | Para::Body(text)
            | Para::Quote(text)
            | Para::Note(text)
            | Para::Item { text, .. } => text.plain(),
            Para::Contact { name, text, .. } => format!("{name}\n{}", text.plain()),
            Para::Picture(_) | Para::Other { .. } => String::new(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct AnchoredPara {
    pub para: Para,
    pub anchor: Anchor,
}

impl Library {
    /// A topic as scrolled paragraphs (the guide edition, or any edition
    /// for the screen-reader mode).
    pub fn paras(&self, topic: usize, edition: Layout) -> Rc<Vec<AnchoredPara>> {
        if let Some(p) = self.paras_cache.borrow().get(&(topic, edition)) {
            return Rc::clone(p);
        }
        let p = Rc::new(self.shape_paras(topic, edition));
        self.paras_cache
            .borrow_mut()
            .insert((topic, edition), Rc::clone(&p));
        p
    }

    fn shape_paras(&self, topic: usize, edition: Layout) -> Vec<AnchoredPara> {
        let mut out = Vec::new();
        let Some(t) = self.topics.get(topic) else {
            return out;
        };
        if t.kind == TopicKind::Help {
            return self.help_paras();
        }
        let doc = self.doc(edition);
        for page_id in &t.pages {
            let Some(page) = doc.page(page_id) else {
                continue;
            };
            let at = |block: Option<&str>, item: Option<&str>| Anchor {
                page: page.id.clone(),
                block: block.map(str::to_string),
                item: item.map(str::to_string),
            };
            out.push(AnchoredPara {
                para: Para::Title {
                    text: Text::plain_str(&page.heading_text()),
                    picture: page.picture.clone(),
                },
                anchor: at(None, None),
            });
            for block in &page.blocks {
                let id = Some(block.id());
                let mut push = |para: Para, item: Option<&str>| {
                    out.push(AnchoredPara {
                        para,
                        anchor: at(id, item),
                    })
                };
                match block {
                    Block::Heading { text, .. } => push(Para::Heading(text.clone()), None),
                    Block::Paragraph { text, .. } => {
                        if !text.is_empty() {
                            push(Para::Body(text.clone()), None)
                        }
                    }
                    Block::Quote { text, .. } => push(Para::Quote(text.clone()), None),
                    Block::List { items, .. } => {
                        for item in items {
                            push(
                                Para::Item {
                                    marker: "•".into(),
                                    text: item.text.clone(),
                                },
                                Some(&item.id),
                            )
                        }
                    }
                    Block::Statements { items, .. } => {
                        let numbered = edition == Layout::Chapters;
                        for (n, item) in items.iter().enumerate() {
                            let marker = if numbered {
                                format!("{}.", n + 1)
                            } else {
                                "•".into()
                            };
                            push(
                                Para::Item {
                                    marker,
                                    text: item.text.clone(),
                                },
                                Some(&item.id),
                            )
                        }
                    }
                    Block::Contact { contact, text, .. } => push(
                        Para::Contact {
                            name: contact.name.clone(),
                            phone: contact.phone.clone(),
                            text: text.clone(),
                        },
                        None,
                    ),
                    Block::Picture { picture, .. } => push(Para::Picture(picture.clone()), None),
                }
            }
        }
        out
    }
}

/// Paragraphs that need no anchor (they are not part of a page).
pub(super) fn anchored(paras: Vec<Para>) -> Vec<AnchoredPara> {
    paras
        .into_iter()
        .map(|para| AnchoredPara {
            para,
            anchor: Anchor::default(),
        })
        .collect()
}

/// The text of a block that has one.
pub(super) fn block_text(block: &Block) -> Text {
    match block {
        Block::Heading { text, .. }
        | Block::Paragraph { text, .. }
        | Block::Quote { text, .. }
        | Block::Contact { text, .. } => text.clone(),
        Block::List { items, .. } | Block::Statements { items, .. } => {
            let mut nodes = Vec::new();
            for (n, item) in items.iter().enumerate() {
                if n > 0 {
                    nodes.push(Inline::LineBreak);
                }
                nodes.extend(item.text.0.iter().cloned());
            }
            Text::new(nodes)
        }
        Block::Picture { .. } => Text::default(),
    }
}
