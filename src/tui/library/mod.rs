//! What the kiosk shows, shaped for reading: the documents of one
//! language, the home menu's topics, and each topic as paragraphs (the
//! guide, scrolled) or steps (the easy-read edition, one statement at a
//! time). No terminal here: the view and the screen-reader mode both draw
//! from these shapes. The kiosk's two reading modes are the content's
//! layouts: the guide is the first `chapters` edition, the easy-read
//! edition the first `statements` one; no edition id is written here.
//!
//! `topics.rs` makes the home menu, `paras.rs` and `steps.rs` shape a
//! topic, `help.rs` the kiosk's own pages (Get help now, words
//! explained), `source.rs` "Where does this come from?".

mod help;
mod memo;
mod paras;
mod source;
mod steps;
mod topics;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::words::Words;
pub use crate::content::Layout;
use crate::content::glossary::GlossaryEntry;
use crate::content::glossary::Matcher;
use crate::diag::Diagnostic;
use crate::document::{Alternate, Block, Document, Picture};
use crate::i18n::Direction;
use crate::markup::Text;
use crate::project::{Availability, Project};
use crate::sanitize::Keep;

use self::memo::Memo;
pub use self::paras::{Anchor, AnchoredPara, Para};
pub use self::source::Backgrounds;
pub use self::steps::{Step, StepKind, step_count};
pub use self::topics::{Topic, TopicKind};

/// The other reading mode (what the edition key switches to).
pub fn other_layout(layout: Layout) -> Layout {
    match layout {
        Layout::Chapters => Layout::Statements,
        Layout::Statements => Layout::Chapters,
    }
}

/// The id of the edition the kiosk reads as `layout`: the first of that
/// layout in content order ("" when there is none).
pub fn edition_of(project: &Project, layout: Layout) -> &str {
    project
        .content
        .first_of(layout)
        .map_or("", |e| e.id.as_str())
}

/// Which languages and editions the kiosk offers: those published (at
/// or above the translation threshold) for the edition it starts in,
/// unless incomplete ones are asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Offer {
    /// The reading mode it starts in.
    pub edition: Layout,
    pub include_incomplete: bool,
}

impl Default for Offer {
    fn default() -> Offer {
        Offer {
            edition: Layout::Chapters,
            include_incomplete: false,
        }
    }
}

impl Offer {
    /// Whether the edition read as `layout` may be offered in `tag`.
    pub fn allows(
        &self,
        project: &Project,
        tag: &unic_langid::LanguageIdentifier,
        layout: Layout,
    ) -> bool {
        self.include_incomplete
            || !matches!(
                project.availability(tag, edition_of(project, layout)),
                Availability::Incomplete(_)
            )
    }
}

/// Shaped topics by (topic, reading mode).
type Cache<T> = RefCell<HashMap<(usize, Layout), Rc<T>>>;

pub struct Library {
    pub tag: String,
    /// The main reading mode: the first `chapters` edition (the guide).
    pub guide: Document,
    /// The easy-read mode: the first `statements` edition, where it is
    /// published.
    pub easy: Option<Document>,
    /// Every other edition, in content order: what sources and
    /// backgrounds point into (the framework).
    pub others: Vec<Document>,
    /// What "Where does this come from?" shows behind each guide page.
    pub backgrounds: Backgrounds,
    /// The picture of "Get help now" (`get-help-now-picture` in
    /// content/facts.toml).
    pub help_picture: Option<String>,
    pub words: Words,
    pub topics: Vec<Topic>,
    /// The languages offered on the start screen, each in its own name.
    pub languages: Vec<Alternate>,
    /// What the kiosk offers, to load another language the same way.
    pub offer: Offer,
    /// Finds the glossary's hard words in text.
    matcher: Matcher,
    /// Topics already shaped, so a key press does not shape them again.
    steps_cache: Cache<Vec<Step>>,
    /// The edition's words folded for search (kept by search).
    pub(crate) search_memo: Memo,
    paras_cache: Cache<Vec<AnchoredPara>>,
    /// Screens laid out at a width (kept by the layout layer).
    pub(crate) layout_memo: Memo,
}

impl Library {
    /// The documents of one language, offering the published languages
    /// of the guide.
    pub fn load(
        project: &Project,
        tag: &unic_langid::LanguageIdentifier,
    ) -> Result<Library, Diagnostic> {
        Library::load_offering(project, tag, Offer::default())
    }

    /// The documents of one language. Problems in the content are
    /// reported by `careguide check`; here they are dropped (the kiosk
    /// writes nothing anywhere) unless the guide itself is missing. The
    /// start screen offers the languages `offer` allows (and always this
    /// one); the easy-read edition is left out where it is not published.
    pub fn load_offering(
        project: &Project,
        tag: &unic_langid::LanguageIdentifier,
        offer: Offer,
    ) -> Result<Library, Diagnostic> {
        let mut diags = Vec::new();
        let content = &project.content;
        let main = content.first_of(Layout::Chapters);
        let guide = main
            .and_then(|e| project.document(&e.id, tag, Keep::NOTHING, &mut diags))
            .ok_or_else(|| {
                Diagnostic::error("the content has no edition laid out as chapters")
                    .with_code("no-guide")
                    .with_help("the kiosk reads the first edition with `layout = \"chapters\"` (content/editions/guide.toml); add it back")
            })?;
        let easy_id = content.first_of(Layout::Statements).map(|e| e.id.as_str());
        let easy = match easy_id {
            Some(id) if offer.allows(project, tag, Layout::Statements) => {
                project.document(id, tag, Keep::NOTHING, &mut diags)
            }
            _ => None,
        };
        let others = content
            .editions
            .iter()
            .filter(|e| e.id != guide.edition && Some(e.id.as_str()) != easy_id)
            .filter_map(|e| project.document(&e.id, tag, Keep::NOTHING, &mut diags))
            .collect();
        let words = Words::new(project.localizer(tag, Keep::NOTHING));
        let mut languages: Vec<Alternate> = project
            .locales
            .list
            .iter()
            .filter(|l| l.tag == *tag || offer.allows(project, &l.tag, offer.edition))
            .map(|l| Alternate {
                tag: l.tag_str(),
                name: l.meta.name.clone(),
                dir: l.meta.direction,
            })
            .collect();
        // A pseudo-locale asked for by --lang is never listed, but it is
        // the language being read.
        if !languages.iter().any(|l| l.tag == tag.to_string()) {
            languages.push(Alternate {
                tag: tag.to_string(),
                name: guide.locale.name.clone(),
                dir: guide.locale.dir,
            });
        }
        let mut lib = Library::from_documents(tag.to_string(), guide, easy, others, words);
        lib.languages = languages;
        lib.offer = offer;
        lib.backgrounds = main.map(Backgrounds::of).unwrap_or_default();
        lib.help_picture = content.facts.get_help_now_picture.clone();
        Ok(lib)
    }

    pub fn from_documents(
        tag: String,
        guide: Document,
        easy: Option<Document>,
        others: Vec<Document>,
        words: Words,
    ) -> Library {
        let topics = topics::topics_of(&guide);
        let languages = guide.languages.clone();
        let matcher = Matcher::new(&guide.glossary);
        Library {
            tag,
            guide,
            easy,
            others,
            backgrounds: Backgrounds::default(),
            help_picture: None,
            words,
            topics,
            languages,
            offer: Offer::default(),
            matcher,
            steps_cache: RefCell::default(),
            paras_cache: RefCell::default(),
            search_memo: Memo::new(None),
            layout_memo: Memo::new(Some(32)),
        }
    }

    /// Other documents (made by hand, as the kiosk's fixture is) with
    /// the content data this library read from the project: the
    /// backgrounds and the help picture.
    pub fn with_documents(
        &self,
        tag: String,
        guide: Document,
        easy: Option<Document>,
        others: Vec<Document>,
        words: Words,
    ) -> Library {
        let mut lib = Library::from_documents(tag, guide, easy, others, words);
        lib.backgrounds = self.backgrounds.clone();
        lib.help_picture = self.help_picture.clone();
        lib
    }

    /// The document read in `layout` (the guide where there is no
    /// easy-read edition).
    pub fn doc(&self, layout: Layout) -> &Document {
        match layout {
            Layout::Statements => self.easy.as_ref().unwrap_or(&self.guide),
            Layout::Chapters => &self.guide,
        }
    }

    /// Every document, the guide first, then the easy-read edition and
    /// the others in content order.
    fn docs(&self) -> impl Iterator<Item = &Document> {
        std::iter::once(&self.guide)
            .chain(self.easy.as_ref())
            .chain(&self.others)
    }

    /// The document of the edition `id`, by its own id.
    fn doc_by_id(&self, id: &str) -> Option<&Document> {
        self.docs().find(|d| d.edition == id)
    }

    /// The picture of the start screen: the guide's "about" page's (its
    /// `role = "about"` page in content/editions/), whatever its id.
    pub fn about_picture(&self) -> Option<&Picture> {
        self.guide
            .pages
            .iter()
            .find(|p| matches!(p.role, crate::content::Role::About))?
            .picture
            .as_ref()
    }

    /// The picture of "Get help now", from the facts.
    fn help_picture(&self) -> Option<&Picture> {
        self.find_picture(self.help_picture.as_deref()?)
    }

    pub fn has_easy_read(&self) -> bool {
        self.easy.is_some()
    }

    pub fn dir(&self) -> Direction {
        self.guide.locale.dir
    }

    pub fn languages(&self) -> &[Alternate] {
        &self.languages
    }

    /// The hard words of this language, explained.
    pub fn glossary(&self) -> &[GlossaryEntry] {
        &self.guide.glossary
    }

    /// The glossary entries whose words appear in `text`, each once, in
    /// the order they first appear.
    pub fn terms_in(&self, text: &str) -> Vec<usize> {
        self.matcher.entries_in(text)
    }

    /// A draft translation says so, in its own words and in English:
    /// (its own words, the English when it is different).
    pub fn draft_notice(&self) -> Option<(Text, Option<Text>)> {
        self.guide
            .notice()
            .filter(|n| n.kind == crate::document::NoticeKind::Draft)
            .map(|n| (n.text, n.english))
    }

    pub fn help_topic(&self) -> usize {
        self.topics
            .iter()
            .position(|t| t.kind == TopicKind::Help)
            .unwrap_or(self.topics.len().saturating_sub(1))
    }

    /// The words of a home-menu entry.
    pub fn topic_label(&self, topic: usize, edition: Layout) -> Text {
        let Some(t) = self.topics.get(topic) else {
            return Text::default();
        };
        let first = t.pages.first().and_then(|p| self.doc(edition).page(p));
        match &t.kind {
            TopicKind::About => self.words.text("kiosk-menu-about"),
            TopicKind::Principles => self.words.text("kiosk-menu-principles"),
            TopicKind::LeavingCare => self.words.text("kiosk-menu-leaving-care"),
            TopicKind::Next => self.words.text("kiosk-menu-next"),
            TopicKind::Words => self.words.text(crate::resolve::GLOSSARY_HEADING),
            TopicKind::Help => self.words.text("kiosk-menu-help"),
            TopicKind::Outcome(_) | TopicKind::Section => first
                .map(|p| Text::plain_str(&p.heading_text()))
                .unwrap_or_default(),
        }
    }

    /// The picture of a home-menu entry.
    pub fn topic_picture(&self, topic: usize, edition: Layout) -> Option<&Picture> {
        let t = self.topics.get(topic)?;
        match t.kind {
            TopicKind::Help => return self.help_picture(),
            TopicKind::Words => return self.find_picture(self.guide.words_picture.as_deref()?),
            _ => {}
        }
        let first = t.pages.first()?;
        self.doc(edition)
            .page(first)
            .or_else(|| self.guide.page(first))?
            .picture
            .as_ref()
    }

    /// Any picture with this id used anywhere in the documents.
    pub fn find_picture(&self, id: &str) -> Option<&Picture> {
        for doc in self.docs() {
            for page in &doc.pages {
                if let Some(p) = page.picture.as_ref().filter(|p| p.id == id) {
                    return Some(p);
                }
                for block in &page.blocks {
                    if let Block::Picture { picture, .. } = block
                        && picture.id == id
                    {
                        return Some(picture);
                    }
                    for item in block.items() {
                        if let Some(p) = item.picture.as_ref().filter(|p| p.id == id) {
                            return Some(p);
                        }
                    }
                }
            }
        }
        None
    }

    /// Forgets the shaped topics (after the documents were changed).
    pub fn forget_shapes(&self) {
        self.steps_cache.borrow_mut().clear();
        self.paras_cache.borrow_mut().clear();
        self.layout_memo.clear();
    }
}

#[cfg(test)]
mod tests;
