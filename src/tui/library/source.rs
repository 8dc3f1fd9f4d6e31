//! "Where does this come from?": the guide's words an easy-read
//! statement retells, then the background behind that guide page (the
//! framework's words), as the guide's edition file names it with
//! `background`.

use std::collections::HashMap;

use super::Library;
use super::paras::{AnchoredPara, Para, anchored, block_text};
use crate::content::{Edition, SourceRef};
use crate::document::{Found, Page};

/// The blocks behind each page of the main edition: a statement's own
/// `background` (an item's), else its page's, else the edition's.
#[derive(Debug, Clone, Default)]
pub struct Backgrounds {
    /// By page id.
    pages: HashMap<String, Vec<SourceRef>>,
    /// By (page, block, item).
    items: HashMap<(String, String, String), Vec<SourceRef>>,
    /// For a page that names none.
    edition: Vec<SourceRef>,
    /// The id of the edition these are of.
    of: String,
}

impl Backgrounds {
    pub fn of(edition: &Edition) -> Backgrounds {
        let mut b = Backgrounds {
            edition: edition.background.clone(),
            of: edition.id.clone(),
            ..Backgrounds::default()
        };
        for page in &edition.pages {
            if let Some(refs) = &page.background {
                b.pages.insert(page.id.clone(), refs.clone());
            }
            for block in &page.blocks {
                for item in block.items.iter().filter(|i| !i.background.is_empty()) {
                    b.items.insert(
                        (page.id.clone(), block.id.clone(), item.id.clone()),
                        item.background.clone(),
                    );
                }
            }
        }
        b
    }

    /// What is behind `page` of the main edition, or behind the item
    /// `source` names there.
    fn behind(&self, page: &str, source: Option<&SourceRef>) -> &[SourceRef] {
        let item = source.filter(|r| r.edition == self.of).and_then(|r| {
            let key = (r.page.clone(), r.block.clone(), r.item.clone()?);
            self.items.get(&key)
        });
        item.or_else(|| self.pages.get(page))
            .unwrap_or(&self.edition)
    }
}

impl Library {
    /// "Where does this come from?" for a page, or for one easy-read
    /// statement: the guide's words it retells, then the framework's
    /// words behind that part of the guide.
    pub fn source_paras(&self, page: &str, source: Option<&SourceRef>) -> Vec<AnchoredPara> {
        let w = &self.words;
        let mut paras = vec![Para::Title {
            text: w.text("kiosk-source-title"),
            picture: None,
        }];
        // The guide page behind this one.
        let mut guide_page = self.guide.page(page);
        if let Some(r) = source {
            let found = self
                .doc_by_id(&r.edition)
                .and_then(|d| d.find(r).map(|f| (d, f)));
            if let Some((_, found)) = found {
                let (p, text) = match found {
                    Found::Item(p, item) => (p, item.text.clone()),
                    Found::Block(p, block) => (p, block_text(block)),
                };
                if r.edition == self.guide.edition {
                    guide_page = Some(p);
                }
                if !text.is_empty() {
                    paras.push(Para::Note(w.text("kiosk-source-from-guide")));
                    paras.push(Para::Quote(text));
                }
            }
        }
        let background = guide_page
            .map(|p| self.background(p, source))
            .unwrap_or_default();
        if background.is_empty() {
            paras.push(Para::Note(w.text("kiosk-source-none")));
        } else {
            paras.push(Para::Note(w.text("kiosk-source-about-framework")));
            paras.extend(background);
        }
        anchored(paras)
    }

    /// The words behind a guide page (the framework's), as its edition
    /// file names them: headings as headings, the rest quoted.
    fn background(&self, guide_page: &Page, source: Option<&SourceRef>) -> Vec<Para> {
        self.backgrounds
            .behind(&guide_page.id, source)
            .iter()
            .filter_map(|r| {
                let doc = self.doc_by_id(&r.edition)?;
                let para = match doc.find(r)? {
                    Found::Block(_, crate::document::Block::Heading { text, .. }) => {
                        Para::Heading(text.clone())
                    }
                    Found::Block(_, block) => Para::Quote(block_text(block)),
                    Found::Item(_, item) => Para::Quote(item.text.clone()),
                };
                if matches!(&para, Para::Quote(t) if t.is_empty()) {
                    return None;
                }
                // The framework may be English-only: its words keep their
                // own direction in a right-to-left kiosk.
                let dir = doc
                    .content_locale
                    .as_ref()
                    .map_or(doc.locale.dir, |l| l.dir);
                Some(if dir == self.dir() {
                    para
                } else {
                    Para::Other {
                        dir,
                        para: Box::new(para),
                    }
                })
            })
            .collect()
    }
}
