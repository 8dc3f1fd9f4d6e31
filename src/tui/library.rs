//! What the kiosk shows, shaped for reading: the documents of one
//! language, the home menu's topics, and each topic as paragraphs (the
//! guide, scrolled) or steps (the easy-read edition, one statement at a
//! time). No terminal here: the view and the screen-reader mode both draw
//! from these shapes.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use fluent_bundle::FluentValue;

use super::words::Words;
use crate::content::glossary::GlossaryEntry;
use crate::content::glossary::Matcher;
use crate::content::help_lines;
use crate::content::{Role, SourceRef};
use crate::diag::Diagnostic;
use crate::document::{Alternate, Block, Contact, Document, Found, Page, Picture};
use crate::i18n::Direction;
use crate::i18n::sanitize::Keep;
use crate::markup::{Inline, Text};
use crate::project::{Availability, Project};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Edition {
    Guide,
    EasyRead,
}

impl Edition {
    pub fn id(self) -> &'static str {
        match self {
            Edition::Guide => "guide",
            Edition::EasyRead => "easy-read",
        }
    }

    pub fn parse(s: &str) -> Option<Edition> {
        match s {
            "guide" => Some(Edition::Guide),
            "easy-read" | "easy" | "easyread" => Some(Edition::EasyRead),
            _ => None,
        }
    }

    pub fn other(self) -> Edition {
        match self {
            Edition::Guide => Edition::EasyRead,
            Edition::EasyRead => Edition::Guide,
        }
    }
}

/// One entry of the home menu.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TopicKind {
    About,
    Principles,
    Outcome(u8),
    LeavingCare,
    Next,
    Section,
    /// Words explained: the glossary.
    Words,
    Help,
}

/// Which languages and editions the kiosk offers: those published (at
/// or above the translation threshold) for the edition it starts in,
/// unless incomplete ones are asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Offer {
    pub edition: Edition,
    pub include_incomplete: bool,
}

impl Default for Offer {
    fn default() -> Offer {
        Offer {
            edition: Edition::Guide,
            include_incomplete: false,
        }
    }
}

impl Offer {
    /// Whether `edition` may be offered in `tag`.
    pub fn allows(
        &self,
        project: &Project,
        tag: &unic_langid::LanguageIdentifier,
        edition: Edition,
    ) -> bool {
        self.include_incomplete
            || !matches!(
                project.availability(tag, edition.id()),
                Availability::Incomplete(_)
            )
    }
}

#[derive(Debug, Clone)]
pub struct Topic {
    pub kind: TopicKind,
    /// The pages it shows, by id (the same ids in every edition).
    pub pages: Vec<String>,
}

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
}

#[derive(Debug, Clone)]
pub struct AnchoredPara {
    pub para: Para,
    pub anchor: Anchor,
}

#[derive(Debug, Clone, PartialEq)]
pub enum StepKind {
    /// The page's picture and heading (with, for an outcome, its short
    /// introduction).
    Title,
    Statement,
    Contact {
        name: String,
        phone: String,
    },
}

/// One screen of an easy-read topic.
#[derive(Debug, Clone)]
pub struct Step {
    pub kind: StepKind,
    pub anchor: Anchor,
    /// The heading of the part it belongs to ("What this means for you").
    pub heading: Option<Text>,
    pub picture: Option<Picture>,
    pub text: Text,
    /// More short statements shown with it (an outcome's introduction).
    pub extra: Vec<Text>,
    pub source: Option<SourceRef>,
    /// (n, total) among the topic's statements, for "3 of 25".
    pub number: Option<(usize, usize)>,
    /// What is said instead of the text when read aloud (the
    /// translator's `.spoken` form), if any.
    pub spoken: Option<String>,
}

/// Shaped topics by (topic, edition).
type Cache<T> = RefCell<HashMap<(usize, Edition), Rc<T>>>;

pub struct Library {
    pub tag: String,
    pub guide: Document,
    pub easy: Option<Document>,
    pub framework: Option<Document>,
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
    /// The edition's words folded for search, by (0, edition).
    pub(crate) search_cache: Cache<Vec<super::search::Unit>>,
    paras_cache: Cache<Vec<AnchoredPara>>,
    layout_cache: RefCell<HashMap<String, Rc<crate::tui::view::page::Laid>>>,
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
        let guide = project
            .document("guide", tag, Keep::NOTHING, &mut diags)
            .ok_or_else(|| {
                Diagnostic::error("the content has no `guide` edition")
                    .with_code("no-guide")
                    .with_help("the kiosk shows content/editions/guide.toml; add it back")
            })?;
        let easy = if offer.allows(project, tag, Edition::EasyRead) {
            project.document("easy-read", tag, Keep::NOTHING, &mut diags)
        } else {
            None
        };
        let framework = project.document("framework", tag, Keep::NOTHING, &mut diags);
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
        let mut lib = Library::from_documents(tag.to_string(), guide, easy, framework, words);
        lib.languages = languages;
        lib.offer = offer;
        Ok(lib)
    }

    pub fn from_documents(
        tag: String,
        guide: Document,
        easy: Option<Document>,
        framework: Option<Document>,
        words: Words,
    ) -> Library {
        let topics = topics_of(&guide);
        let languages = guide.languages.clone();
        let matcher = Matcher::new(&guide.glossary);
        Library {
            tag,
            guide,
            easy,
            framework,
            words,
            topics,
            languages,
            offer: Offer::default(),
            matcher,
            steps_cache: RefCell::default(),
            paras_cache: RefCell::default(),
            search_cache: RefCell::default(),
            layout_cache: RefCell::default(),
        }
    }

    pub fn doc(&self, edition: Edition) -> &Document {
        match edition {
            Edition::EasyRead => self.easy.as_ref().unwrap_or(&self.guide),
            Edition::Guide => &self.guide,
        }
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
    pub fn topic_label(&self, topic: usize, edition: Edition) -> Text {
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
    pub fn topic_picture(&self, topic: usize, edition: Edition) -> Option<&Picture> {
        let t = self.topics.get(topic)?;
        match t.kind {
            TopicKind::Help => return self.find_picture("help-lines"),
            TopicKind::Words => return self.find_picture(crate::resolve::WORDS_PICTURE),
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
        let docs = [
            Some(&self.guide),
            self.easy.as_ref(),
            self.framework.as_ref(),
        ];
        for doc in docs.into_iter().flatten() {
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
        self.layout_cache.borrow_mut().clear();
    }

    /// A layout remembered under `key` (which names the screen, width and
    /// style), made by `make` the first time.
    pub fn layout(
        &self,
        key: &str,
        make: impl FnOnce() -> crate::tui::view::page::Laid,
    ) -> Rc<crate::tui::view::page::Laid> {
        if let Some(l) = self.layout_cache.borrow().get(key) {
            return Rc::clone(l);
        }
        let l = Rc::new(make());
        let mut cache = self.layout_cache.borrow_mut();
        // Resizing makes new layouts; keep the memory small.
        if cache.len() > 32 {
            cache.clear();
        }
        cache.insert(key.to_string(), Rc::clone(&l));
        l
    }

    /// A topic as scrolled paragraphs (the guide edition, or any edition
    /// for the screen-reader mode).
    pub fn paras(&self, topic: usize, edition: Edition) -> Rc<Vec<AnchoredPara>> {
        if let Some(p) = self.paras_cache.borrow().get(&(topic, edition)) {
            return Rc::clone(p);
        }
        let p = Rc::new(self.shape_paras(topic, edition));
        self.paras_cache
            .borrow_mut()
            .insert((topic, edition), Rc::clone(&p));
        p
    }

    fn shape_paras(&self, topic: usize, edition: Edition) -> Vec<AnchoredPara> {
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
                        let numbered = edition == Edition::Guide;
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

    /// A topic as easy-read steps: a title card per page, then one
    /// statement at a time.
    pub fn steps(&self, topic: usize, edition: Edition) -> Rc<Vec<Step>> {
        if let Some(s) = self.steps_cache.borrow().get(&(topic, edition)) {
            return Rc::clone(s);
        }
        let s = Rc::new(self.shape_steps(topic, edition));
        self.steps_cache
            .borrow_mut()
            .insert((topic, edition), Rc::clone(&s));
        s
    }

    fn shape_steps(&self, topic: usize, edition: Edition) -> Vec<Step> {
        let mut out: Vec<Step> = Vec::new();
        let Some(t) = self.topics.get(topic) else {
            return out;
        };
        let doc = self.doc(edition);
        for page_id in &t.pages {
            let Some(page) = doc.page(page_id) else {
                continue;
            };
            let anchor = |block: Option<&str>, item: Option<&str>| Anchor {
                page: page.id.clone(),
                block: block.map(str::to_string),
                item: item.map(str::to_string),
            };
            let mut blocks = page.blocks.iter().peekable();
            // An outcome's short introduction goes on its title card.
            let mut extra = Vec::new();
            if page.role == Role::Outcome
                && let Some(Block::Statements { items, .. }) = blocks.peek()
                && page
                    .blocks
                    .iter()
                    .any(|b| matches!(b, Block::Heading { .. }))
            {
                extra = items.iter().map(|i| i.text.clone()).collect();
                blocks.next();
            }
            out.push(Step {
                kind: StepKind::Title,
                anchor: anchor(None, None),
                heading: None,
                picture: page.picture.clone(),
                text: Text::plain_str(&page.heading_text()),
                extra,
                source: None,
                number: None,
                spoken: None,
            });
            let mut heading: Option<Text> = None;
            for block in blocks {
                let id = Some(block.id());
                let statement = |text: &Text,
                                 picture: Option<&Picture>,
                                 source: Option<&SourceRef>,
                                 item: Option<&str>,
                                 heading: &Option<Text>| Step {
                    kind: StepKind::Statement,
                    anchor: anchor(id, item),
                    heading: heading.clone(),
                    picture: picture.cloned(),
                    text: text.clone(),
                    extra: Vec::new(),
                    source: source.cloned(),
                    number: None,
                    spoken: None,
                };
                match block {
                    Block::Heading { text, .. } => heading = Some(text.clone()),
                    Block::Paragraph { text, .. } | Block::Quote { text, .. } => {
                        if !text.is_empty() {
                            out.push(statement(text, None, None, None, &heading))
                        }
                    }
                    Block::List { items, .. } | Block::Statements { items, .. } => {
                        for item in items {
                            out.push(Step {
                                spoken: item.spoken.clone(),
                                ..statement(
                                    &item.text,
                                    item.picture.as_ref(),
                                    item.source.as_ref(),
                                    Some(&item.id),
                                    &heading,
                                )
                            })
                        }
                    }
                    Block::Contact { contact, text, .. } => out.push(Step {
                        kind: StepKind::Contact {
                            name: contact.name.clone(),
                            phone: contact.phone.clone(),
                        },
                        anchor: anchor(id, None),
                        heading: heading.clone(),
                        picture: self.find_picture("help-lines").cloned(),
                        text: text.clone(),
                        extra: Vec::new(),
                        source: None,
                        number: None,
                        spoken: None,
                    }),
                    Block::Picture { .. } => {}
                }
            }
        }
        let total = out.iter().filter(|s| s.kind != StepKind::Title).count();
        let mut n = 0;
        for s in out.iter_mut().filter(|s| s.kind != StepKind::Title) {
            n += 1;
            s.number = Some((n, total));
        }
        out
    }

    /// One hard word: the word beside its picture, then what it means.
    pub fn word_paras(&self, entry: usize) -> Vec<AnchoredPara> {
        let Some(e) = self.glossary().get(entry) else {
            return Vec::new();
        };
        let picture = e
            .picture
            .as_deref()
            .and_then(|p| self.find_picture(p))
            .cloned();
        anchored(vec![
            Para::Title {
                text: Text::plain_str(&e.term),
                picture,
            },
            Para::Body(e.explain.clone()),
        ])
    }

    /// The hard words of a screen, each with what it means.
    pub fn hard_words_paras(&self, entries: &[usize]) -> Vec<AnchoredPara> {
        let mut paras = vec![Para::Title {
            text: self.words.text("kiosk-words-here"),
            picture: None,
        }];
        let found: Vec<&GlossaryEntry> = entries
            .iter()
            .filter_map(|&i| self.glossary().get(i))
            .collect();
        if found.is_empty() {
            paras.push(Para::Body(self.words.text("kiosk-words-none")));
        }
        for e in found {
            paras.push(Para::Heading(Text::plain_str(&e.term)));
            paras.push(Para::Body(e.explain.clone()));
        }
        anchored(paras)
    }

    /// "Get help now": the kiosk's words, with the help lines' names and
    /// numbers from the facts. It begins, calmly, with what to do in
    /// danger.
    pub fn help_paras(&self) -> Vec<AnchoredPara> {
        let w = &self.words;
        // No picture: what to do in danger, then both numbers together,
        // so all three show even on a small screen; then what each line is
        // for.
        let mut paras = vec![
            Para::Title {
                text: w.text("kiosk-help-title"),
                picture: None,
            },
            Para::Body(w.text("kiosk-help-danger")),
        ];
        for line in self.help_lines() {
            paras.push(Para::Heading(w.text(&help_lines::kiosk_call(&line.org))));
        }
        paras.push(Para::Body(w.text("kiosk-help-intro")));
        for line in self.help_lines() {
            paras.push(Para::Body(w.text(&help_lines::kiosk_about(&line.org))));
            // Its web address, from the facts (the words mention it).
            if let Some(web) = &line.web_label {
                paras.push(Para::Body(Text::plain_str(web)));
            }
        }
        paras.push(Para::Body(w.text("kiosk-help-talk")));
        anchored(paras)
    }

    /// The help lines of "Get help now", in order, from the facts.
    pub fn help_lines(&self) -> &[Contact] {
        &self.guide.help_lines
    }

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
                if r.edition == "guide" {
                    guide_page = Some(p);
                }
                if !text.is_empty() {
                    paras.push(Para::Note(w.text("kiosk-source-from-guide")));
                    paras.push(Para::Quote(text));
                }
            }
        }
        let background = guide_page
            .map(|p| self.framework_background(p, source))
            .unwrap_or_default();
        if background.is_empty() {
            paras.push(Para::Note(w.text("kiosk-source-none")));
        } else {
            paras.push(Para::Note(w.text("kiosk-source-about-framework")));
            paras.extend(background);
        }
        anchored(paras)
    }

    fn doc_by_id(&self, edition: &str) -> Option<&Document> {
        match edition {
            "guide" => Some(&self.guide),
            "easy-read" => self.easy.as_ref(),
            "framework" => self.framework.as_ref(),
            _ => None,
        }
    }

    /// The framework's words behind a guide page. Guide statements name no
    /// source, so the background is the framework text for the same
    /// outcome (or principle).
    fn framework_background(&self, guide_page: &Page, source: Option<&SourceRef>) -> Vec<Para> {
        let Some(fw) = self.framework.as_ref() else {
            return Vec::new();
        };
        // The framework may be English-only: its words keep their own
        // direction in a right-to-left kiosk.
        let dir = fw.content_locale.as_ref().map_or(fw.locale.dir, |l| l.dir);
        let own_dir = |para: Para| {
            if dir == self.dir() {
                para
            } else {
                Para::Other {
                    dir,
                    para: Box::new(para),
                }
            }
        };
        let blocks = |page: &str, ids: &[String]| -> Vec<Para> {
            let Some(p) = fw.page(page) else {
                return Vec::new();
            };
            ids.iter()
                .filter_map(|id| p.block(id))
                .map(|b| match b {
                    Block::Heading { text, .. } => Para::Heading(text.clone()),
                    other => Para::Quote(block_text(other)),
                })
                .filter(|p| !matches!(p, Para::Quote(t) if t.is_empty()))
                .map(own_dir)
                .collect()
        };
        let outcome = |n: u8| {
            blocks(
                "outcomes",
                &[format!("outcome-{n}"), format!("outcome-{n}-text")],
            )
        };
        match guide_page.role {
            Role::Outcome => guide_page.outcome.map(outcome).unwrap_or_default(),
            Role::LeavingCare => outcome(4),
            Role::Principles => {
                let principle = source
                    .filter(|r| r.block == "principles")
                    .and_then(|r| r.item.as_deref());
                match principle {
                    Some(n) => blocks(
                        "principles",
                        &[format!("principle-{n}"), format!("principle-{n}-text")],
                    ),
                    None => {
                        let ids: Vec<String> = fw
                            .page("principles")
                            .map(|p| p.blocks.iter().map(|b| b.id().to_string()).collect())
                            .unwrap_or_default();
                        blocks("principles", &ids)
                    }
                }
            }
            _ => blocks("intro", &["p1".to_string()]),
        }
    }
}

/// Paragraphs that need no anchor (they are not part of a page).
fn anchored(paras: Vec<Para>) -> Vec<AnchoredPara> {
    paras
        .into_iter()
        .map(|para| AnchoredPara {
            para,
            anchor: Anchor::default(),
        })
        .collect()
}

/// The text of a block that has one.
fn block_text(block: &Block) -> Text {
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

/// The home menu, from the guide's page roles: about (with the purpose),
/// the principles, the outcomes in order, leaving care, what to do next,
/// then any other section, "Words explained" when there is a glossary,
/// and always "Get help now" last.
fn topics_of(guide: &Document) -> Vec<Topic> {
    let ids = |role: Role| -> Vec<String> {
        guide
            .pages
            .iter()
            .filter(|p| p.role == role)
            .map(|p| p.id.clone())
            .collect()
    };
    let mut topics = Vec::new();
    let mut about = ids(Role::About);
    about.extend(ids(Role::Purpose));
    if !about.is_empty() {
        topics.push(Topic {
            kind: TopicKind::About,
            pages: about,
        });
    }
    for id in ids(Role::Principles) {
        topics.push(Topic {
            kind: TopicKind::Principles,
            pages: vec![id],
        });
    }
    let mut outcomes: Vec<&Page> = guide
        .pages
        .iter()
        .filter(|p| p.role == Role::Outcome)
        .collect();
    outcomes.sort_by_key(|p| p.outcome.unwrap_or(u8::MAX));
    for p in outcomes {
        topics.push(Topic {
            kind: TopicKind::Outcome(p.outcome.unwrap_or(0)),
            pages: vec![p.id.clone()],
        });
    }
    for (role, kind) in [
        (Role::LeavingCare, TopicKind::LeavingCare),
        (Role::Next, TopicKind::Next),
        (Role::Section, TopicKind::Section),
    ] {
        for id in ids(role) {
            topics.push(Topic {
                kind: kind.clone(),
                pages: vec![id],
            });
        }
    }
    if !guide.glossary.is_empty() {
        topics.push(Topic {
            kind: TopicKind::Words,
            pages: Vec::new(),
        });
    }
    topics.push(Topic {
        kind: TopicKind::Help,
        pages: Vec::new(),
    });
    topics
}

/// Formats "3 of 25".
pub fn step_count(words: &Words, n: usize, total: usize) -> String {
    words.plain_with(
        "kiosk-step-count",
        &[
            ("current", FluentValue::from(n as f64)),
            ("total", FluentValue::from(total as f64)),
        ],
    )
}
