//! `careguide check`: the editors' easy-read rules, run on every locale's
//! `.ftl` text of every edition that `content/check.toml` names (the
//! easy-read edition strictly, the guide gently, the framework not at all
//! unless configured). Each finding is a [`Diagnostic`] whose `code` is
//! the rule id, pointing at file:line:col inside the message with the
//! span marked, and whose `help` says what to write instead.
//!
//! Language-neutral rules run in every locale: sentence-length,
//! one-sentence, paragraph-sentences, all-caps, italics, underline,
//! percentage, large-number, picture-missing, picture-alt and
//! glossary-first-use (with the locale's own glossary words). English-only
//! rules run only for English locales: hard-word (needs
//! `content/words/<tag>.txt`), abbreviation, contraction, passive-voice,
//! number-words and the preferred terms listed for English.
//!
//! Decisions worth knowing:
//! - A glossary word counts as explained on a page when, at its first use
//!   there, it is a link (to the glossary), or the next sentence of the
//!   same message or the next statement or paragraph begins with it (after
//!   "a", "an", "the", "your" or "our" in English: "A council looks after
//!   ..."; after at most two words in other languages, whose sentences may
//!   begin with a verb: "Mae cyngor yn ..."), or its own sentence begins with it and defines it ("Wellbeing
//!   means ...", "A court is a ..."). This is a heuristic: a next
//!   statement that merely starts with the same word also counts. A word
//!   the preferred terms replace ("local authority") is reported by them
//!   alone, and a term's own word used as a verb ("does not judge you")
//!   is not a use of the term.
//! - hard-word reports each word once per page, at its first use.
//! - Titles and headings get the word rules, not the sentence rules.
//! - Words filled in from facts (`{ $childline-name }`) count towards
//!   sentence length but are never judged themselves.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::config::{self, CheckConfig, Level, PreferredTerm, Settings, load_config};
use super::idioms::{self, Idiom, Idioms};
use super::promise::{self, PromiseConfig, PromiseWords};
use super::rules::english::{self, normalise};
use super::rules::pronoun;
use super::rules::style::{self as style_rules, Rule as StyleRule, StyleWords};
use super::rules::text::{MessageView, Word};
use super::rules::vocabulary::Vocabulary;
use super::style::{self, StyleConfig};
use crate::content::glossary::{self, Glossary, GlossaryEntry, load_glossary, resolve_with};
use crate::content::{self, BlockKind, ids};
use crate::diag::Diagnostic;
use crate::i18n::ftl::{FtlMessage, message_at};
use crate::i18n::locales::LocaleFile;
use crate::i18n::{Locale, Localizer};
use crate::project::Project;

/// Which locales and editions to check.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// Locale tags to check; empty means all.
    pub locales: Vec<String>,
    /// Editions to check; empty means every edition check.toml names.
    pub editions: Vec<String>,
}

/// The edition whose settings also apply to the glossary's explanations.
pub const GLOSSARY_EDITION: &str = "easy-read";

/// Every finding of the editors' rules, in every locale and configured
/// edition, sorted by file and position. Problems loading the project
/// itself are in [`Project::diagnostics`], not here; problems in
/// check.toml and the glossary are.
pub fn check_project(project: &Project, opts: &CheckOptions) -> Vec<Diagnostic> {
    let (config, mut out) = load_config(&project.sources);
    let (glossary, glossary_diags) = load_glossary(&project.sources);
    out.extend(glossary_diags);
    let (promises, promise_diags) = promise::load(&project.sources);
    out.extend(promise_diags);
    let (idioms, idiom_diags) = idioms::load(&project.sources);
    out.extend(idiom_diags);
    let (style, style_diags) = style::load(&project.sources);
    out.extend(style_diags);
    let meaning = Meaning {
        promises: &promises,
        idioms: &idioms,
        style: &style,
    };
    if let Some(source) = project.locales.source() {
        out.extend(glossary_messages(&glossary, source));
    }
    let facts: BTreeMap<String, String> = project
        .content
        .facts
        .variables()
        .map(|(k, v)| (k, v.to_string()))
        .collect();
    for locale in &project.locales.list {
        let tag = locale.tag_str();
        if !opts.locales.is_empty() && !opts.locales.contains(&tag) {
            continue;
        }
        let editions: Vec<_> = project
            .content
            .editions
            .iter()
            .filter(|e| opts.editions.is_empty() || opts.editions.contains(&e.id))
            .filter_map(|e| Some((e, config.settings(&e.id, &tag)?)))
            .filter(|(_, settings)| settings.any_on())
            .collect();
        let glossary_settings = (opts.editions.is_empty()
            || opts.editions.iter().any(|e| e == GLOSSARY_EDITION))
        .then(|| config.settings(GLOSSARY_EDITION, &tag))
        .flatten();
        if editions.is_empty() && glossary_settings.is_none() {
            continue; // nothing of this language to check (and its context is costly)
        }
        let ctx = LocaleCtx::new(project, locale, &glossary, &config, &facts, &meaning);
        for (edition, settings) in editions {
            ctx.check_edition(edition, &settings, &mut out);
        }
        if let Some(settings) = glossary_settings {
            ctx.check_glossary(&glossary, &settings, &mut out);
        }
    }
    out.sort_by(|a, b| {
        let key = |d: &Diagnostic| d.location.as_ref().map(|l| (l.file.clone(), l.line, l.col));
        key(a).cmp(&key(b)).then(a.code.cmp(b.code))
    });
    out.dedup();
    out
}

/// The glossary resolved in one locale with `l10n` (its fallback chain),
/// for the HTML glossary and the kiosk's "Words explained". Lives here,
/// above the content layer, because it needs the project and a localizer.
pub fn resolve_glossary(project: &Project, l10n: &Localizer) -> Vec<GlossaryEntry> {
    crate::resolve::glossary(&project.content, l10n)
}

/// Every glossary term needs its three messages in the source locale.
fn glossary_messages(glossary: &Glossary, source: &Locale) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for t in &glossary.terms {
        // `-forms` may be left out when there are none.
        for id in [
            glossary::term_message(&t.id),
            glossary::explain_message(&t.id),
        ] {
            if source.find(&id).is_none() {
                out.push(
                    Diagnostic::error(format!(
                        "the glossary term `{}` has no message `{id}`",
                        t.id
                    ))
                    .with_code(glossary::GLOSSARY_CODE)
                    .at_offset(&glossary.label, &glossary.text, t.span.start, t.span.len())
                    .with_help(format!(
                        "add `{id} = ...` to locales/{}/glossary.ftl",
                        source.tag_str()
                    )),
                );
            }
        }
    }
    out
}

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

/// A glossary term as the rules match it: each form as lower-case words.
struct TermMatcher {
    id: String,
    term: String,
    explain: String,
    forms: Vec<Vec<String>>,
    /// Forms written in capitals ("LA"), matched exactly.
    initials: Vec<String>,
}

/// A run of words matching a glossary term or preferred term.
#[derive(Debug, Clone, Copy)]
struct Hit {
    what: usize,
    first: usize,
    last: usize,
}

/// The word lists of the meaning rules, every language's.
struct Meaning<'a> {
    promises: &'a PromiseConfig,
    idioms: &'a Idioms,
    style: &'a StyleConfig,
}

struct LocaleCtx<'a> {
    tag: String,
    /// This language's promise words, if it has any.
    promises: Option<&'a PromiseWords>,
    idioms: &'a [Idiom],
    style: Option<&'a StyleWords>,
    simpler: Option<&'a BTreeMap<String, String>>,
    english: bool,
    index: MessageIndex<'a>,
    facts: &'a BTreeMap<String, String>,
    vocabulary: Option<Vocabulary>,
    glossary: Vec<TermMatcher>,
    terms: Vec<&'a PreferredTerm>,
    /// Each term's `avoid` phrases as lower-case words.
    term_forms: Vec<Vec<Vec<String>>>,
    /// Glossary forms by their first word: (term, form) indices.
    glossary_by_first: HashMap<String, Vec<(usize, usize)>>,
    /// Glossary forms written as initials, exactly as written.
    glossary_initials: HashMap<String, usize>,
    /// The words of organisations' names in the facts ("childline"): a
    /// name is not a hard word.
    names: BTreeSet<String>,
}

/// The everyday-word list for a locale: `content/words/<tag>.txt`, else
/// `content/words/<language>.txt`.
pub fn vocabulary_for(project: &Project, tag: &str) -> Option<Vocabulary> {
    let language = tag.split('-').next().unwrap_or(tag);
    [tag, language]
        .iter()
        .find_map(|t| project.sources.get(&format!("content/words/{t}.txt")))
        .and_then(|f| f.text().ok())
        .map(Vocabulary::parse)
}

fn split_words(s: &str) -> Vec<String> {
    let v = MessageView::from_text(s);
    (0..v.words.len())
        .map(|i| strip_possessive(&normalise(v.word(i))))
        .collect()
}

/// A message's words as glossary and preferred terms are matched: lower
/// case, without a possessive 's.
fn lookup_words(view: &MessageView) -> Vec<String> {
    (0..view.words.len())
        .map(|i| strip_possessive(&normalise(view.word(i))))
        .collect()
}

fn strip_possessive(w: &str) -> String {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix('\''))
        .unwrap_or(w)
        .to_string()
}

fn is_initials(s: &str) -> bool {
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2
        && letters.iter().filter(|c| c.is_uppercase()).count() >= 2
        && !s.contains(' ')
}

impl<'a> LocaleCtx<'a> {
    fn new(
        project: &'a Project,
        locale: &'a Locale,
        glossary: &Glossary,
        config: &'a CheckConfig,
        facts: &'a BTreeMap<String, String>,
        meaning: &Meaning<'a>,
    ) -> LocaleCtx<'a> {
        let tag = locale.tag_str();
        let english = locale.tag.language.as_str() == "en";
        let index = MessageIndex::new(locale);
        // Only the locale's own glossary words: English forms would never
        // match another language's text.
        let mut sink = Vec::new();
        let l10n = project.localizer(&locale.tag, crate::i18n::sanitize::Keep::NOTHING);
        let entries = resolve_with(glossary, |id| {
            if locale.find(id).is_some() {
                l10n.format(id, &mut sink).text.map(String::from)
            } else {
                None
            }
        });
        let glossary: Vec<TermMatcher> = entries
            .iter()
            .map(|e| {
                let forms = e.all_forms();
                TermMatcher {
                    id: e.id.clone(),
                    term: e.term.clone(),
                    explain: e.explain.plain(),
                    initials: forms
                        .iter()
                        .filter(|f| is_initials(f))
                        .map(|f| f.to_string())
                        .collect(),
                    forms: forms
                        .iter()
                        .filter(|f| !is_initials(f))
                        .map(|f| split_words(f))
                        .filter(|w| !w.is_empty())
                        .collect(),
                }
            })
            .collect();
        LocaleCtx {
            english,
            vocabulary: if english {
                vocabulary_for(project, &tag)
            } else {
                None
            },
            glossary_by_first: glossary
                .iter()
                .enumerate()
                .flat_map(|(t, m)| {
                    m.forms
                        .iter()
                        .enumerate()
                        .map(move |(f, w)| (w[0].clone(), (t, f)))
                })
                .fold(
                    HashMap::new(),
                    |mut map: HashMap<String, Vec<(usize, usize)>>, (k, v)| {
                        map.entry(k).or_default().push(v);
                        map
                    },
                ),
            glossary_initials: glossary
                .iter()
                .enumerate()
                .flat_map(|(t, m)| m.initials.iter().map(move |x| (x.clone(), t)))
                .collect(),
            term_forms: config
                .terms_for(&tag)
                .map(|t| t.avoid.iter().map(|a| split_words(a)).collect())
                .collect(),
            terms: config.terms_for(&tag).collect(),
            names: facts
                .iter()
                .filter(|(k, _)| k.ends_with("name"))
                .flat_map(|(_, v)| split_words(v))
                .collect(),
            promises: meaning.promises.for_tag(&tag),
            style: meaning.style.words(&tag),
            simpler: meaning.style.simpler(&tag),
            idioms: meaning.idioms.for_tag(&tag),
            tag,
            index,
            facts,
            glossary,
        }
    }

    fn check_edition(
        &self,
        edition: &content::Edition,
        settings: &Settings,
        out: &mut Vec<Diagnostic>,
    ) {
        let pages = edition_pages(edition);
        let own = pages
            .iter()
            .flat_map(|p| &p.units)
            .any(|u| self.index.get(&u.id).is_some());
        if !own {
            return; // not translated at all: nothing of this locale to check
        }
        let mut pictures_seen = BTreeSet::new();
        for page in &pages {
            let units: Vec<(&UnitRef, &LocaleFile, MessageView)> = page
                .units
                .iter()
                .filter_map(|u| self.index.view(&u.id, self.facts).map(|(f, v)| (u, f, v)))
                .collect();
            let mut state = PageState::default();
            for (k, (unit, file, view)) in units.iter().enumerate() {
                let next = units[k + 1..]
                    .iter()
                    .find(|(u, _, _)| u.kind.has_sentences())
                    .map(|(_, _, v)| v);
                let mut r = Reporter {
                    settings,
                    file,
                    view,
                    out: &mut *out,
                    id: &unit.id,
                };
                self.check_unit(unit, &mut r, next, &mut state);
            }
            if settings.on(config::PICTURE_ALT) {
                for p in &page.pictures {
                    if pictures_seen.insert(p.clone()) {
                        self.picture_alt(p, settings, out);
                    }
                }
            }
        }
    }

    /// The glossary's explanations, read as easy-read statements (one or
    /// two sentences; no picture needed).
    fn check_glossary(&self, glossary: &Glossary, settings: &Settings, out: &mut Vec<Diagnostic>) {
        let mut settings = settings.clone();
        for rule in [
            config::ONE_SENTENCE,
            config::PICTURE_MISSING,
            config::PICTURE_ALT,
            config::GLOSSARY_FIRST_USE,
        ] {
            settings.levels.insert(rule, Level::Off);
        }
        for t in &glossary.terms {
            let id = glossary::explain_message(&t.id);
            let Some((file, view)) = self.index.view(&id, self.facts) else {
                continue;
            };
            let unit = UnitRef {
                id: id.clone(),
                kind: Kind::Paragraph,
                picture: None,
                source: None,
            };
            let mut r = Reporter {
                settings: &settings,
                file,
                view: &view,
                out: &mut *out,
                id: &id,
            };
            let mut state = PageState::default();
            // A term's own explanation may use the term itself.
            state.hard_reported.extend(
                self.glossary
                    .iter()
                    .filter(|g| g.id == t.id)
                    .map(|g| g.term.to_lowercase()),
            );
            self.check_unit(&unit, &mut r, None, &mut state);
            if view.sentences.len() > 2 {
                let s = &view.sentences[2];
                r.at_plain(
                    s.range.clone(),
                    settings.level(config::PARAGRAPH_SENTENCES),
                    config::PARAGRAPH_SENTENCES,
                    format!("the explanation `{id}` has {} sentences; a glossary explanation has 1 or 2", view.sentences.len()),
                    "keep the explanation to 1 or 2 short sentences",
                );
            }
        }
    }

    fn picture_alt(&self, picture: &str, settings: &Settings, out: &mut Vec<Diagnostic>) {
        let id = ids::picture_alt(picture);
        let level = settings.level(config::PICTURE_ALT);
        let Some(severity) = level.severity() else {
            return;
        };
        match self.index.get(&id) {
            None => {
                let file = format!("locales/{}/pictures.ftl", self.tag);
                out.push(
                    Diagnostic {
                        severity,
                        ..Diagnostic::error(format!(
                            "the picture `{picture}` has no alt text in {} (`{id}`)",
                            self.tag
                        ))
                    }
                    .with_code(config::PICTURE_ALT)
                    .at_position(&file, 1, 1)
                    .with_help(format!(
                        "add `{id} = ...` to {file}: a few words saying what the picture shows"
                    )),
                );
            }
            Some((file, m)) if m.text.trim().is_empty() => {
                out.push(
                    Diagnostic {
                        severity,
                        ..Diagnostic::error(format!("the alt text `{id}` is empty"))
                    }
                    .with_code(config::PICTURE_ALT)
                    .at_offset(&file.label, file.text(), m.start, id.len())
                    .with_help("say in a few words what the picture shows"),
                );
            }
            Some(_) => {}
        }
    }

    fn check_unit(
        &self,
        unit: &UnitRef,
        r: &mut Reporter,
        next: Option<&MessageView>,
        state: &mut PageState,
    ) {
        let view = r.view;
        let s = r.settings;
        if unit.kind.has_sentences() {
            self.sentences(unit, r);
        }
        if let Some(None) = &unit.picture {
            r.at_id(
                s.level(config::PICTURE_MISSING),
                config::PICTURE_MISSING,
                format!("the statement `{}` has no picture", unit.id),
                "give the item a `picture` in content/editions/: easy read puts a picture beside every statement",
            );
        }
        for span in &view.italics {
            r.at_file(
                span.start,
                span.len(),
                s.level(config::ITALICS),
                config::ITALICS,
                "italic text is hard to read".to_string(),
                "easy read allows only **bold** for emphasis: use **bold**, or no emphasis",
            );
        }
        for span in &view.underlines {
            r.at_file(
                span.start,
                span.len(),
                s.level(config::UNDERLINE),
                config::UNDERLINE,
                "underlined text is hard to read".to_string(),
                "`__x__` or <u> reads as underline: use **bold** for emphasis (links are fine)",
            );
        }
        // Words covered by a glossary term or a preferred term are judged
        // by those rules only.
        let words = lookup_words(view);
        let glossary_hits = self.glossary_hits(view, &words);
        let term_hits = self.term_hits(view, &words);
        let mut covered = vec![false; view.words.len()];
        for h in glossary_hits.iter().chain(&term_hits) {
            covered[h.first..=h.last].iter_mut().for_each(|c| *c = true);
        }
        self.preferred_terms(&term_hits, r);
        for (i, w) in view.words.iter().enumerate() {
            if w.from_placeable() {
                continue;
            }
            self.word_rules(i, w, covered[i], r, state);
        }
        self.percentages(r);
        // "Rights are things ...", "A council looks after ...": a
        // statement that explains a glossary word is a definition, not a
        // promise of the guide's.
        let defines = glossary_hits.iter().any(|h| {
            h.first <= 1
                && self
                    .promises
                    .is_some_and(|p| p.defines(words.get(h.last + 1).map_or("", String::as_str)))
        });
        self.meaning_rules(unit, &words, defines, r);
        self.style_rules(unit, &words, &covered, r);
        if self.english {
            if unit.kind != Kind::Title {
                self.passive(r);
            }
            self.dotted_abbreviations(r);
        }
        if unit.kind.has_sentences() && s.on(config::GLOSSARY_FIRST_USE) {
            // A word the preferred terms replace is reported by them alone.
            let hits: Vec<Hit> = glossary_hits
                .iter()
                .filter(|g| {
                    !term_hits
                        .iter()
                        .any(|t| t.first <= g.last && g.first <= t.last)
                })
                .copied()
                .collect();
            self.first_use(&hits, r, next, state);
        }
    }

    /// Idioms, unclear pronouns, and the promise check against the
    /// statement's source block.
    fn meaning_rules(&self, unit: &UnitRef, words: &[String], defines: bool, r: &mut Reporter) {
        let s = r.settings;
        let view = r.view;
        for (first, last, idiom) in idioms::find(self.idioms, words) {
            r.at_plain(
                view.words[first].range.start..view.words[last].range.end,
                s.level(config::IDIOM),
                config::IDIOM,
                format!(
                    "\"{}\" is an idiom: its meaning is not in its words",
                    idiom.phrase
                ),
                &format!("say it plainly, for example \"{}\"", idiom.plain),
            );
        }
        if unit.kind != Kind::Statement {
            return;
        }
        if self.english {
            for (range, word) in pronoun::unclear(view) {
                r.at_plain(
                    range,
                    s.level(config::UNCLEAR_PRONOUN),
                    config::UNCLEAR_PRONOUN,
                    format!("who or what is \"{word}\"? It is not in this statement"),
                    "name the person or thing: a statement is read alone, beside its picture",
                );
            }
        }
        let (Some(lists), Some(src), false) = (self.promises, &unit.source, defines) else {
            return;
        };
        let id = match &src.item {
            Some(item) => ids::item(&src.edition, &src.page, &src.block, item),
            None => ids::block(&src.edition, &src.page, &src.block),
        };
        let Some((_, source_view)) = self.index.view(&id, self.facts) else {
            return;
        };
        for f in promise::compare(view, &source_view, &src.to_string(), lists) {
            r.at_plain(
                f.range,
                s.level(f.code).min(f.level_cap),
                f.code,
                f.message,
                &f.help,
            );
        }
    }

    /// Heading length, simpler words, repeated words, a statement opening
    /// with a pronoun, double negatives, intensifiers, semicolons and
    /// brackets (word lists in content/style.toml and
    /// content/simpler-words.toml).
    fn style_rules(&self, unit: &UnitRef, words: &[String], covered: &[bool], r: &mut Reporter) {
        let s = r.settings;
        let view = r.view;
        let n = view.words.len();
        if !unit.kind.has_sentences() && n > s.limits.heading_words {
            r.at_plain(
                0..view.plain.len(),
                s.level(config::HEADING_LENGTH),
                config::HEADING_LENGTH,
                format!(
                    "this {} has {n} words; keep to {} or fewer",
                    if unit.kind == Kind::Title {
                        "title"
                    } else {
                        "heading"
                    },
                    s.limits.heading_words
                ),
                "a title names the page: say the main thing in a few words",
            );
        }
        if let Some(pairs) = self.simpler {
            for (i, w) in words.iter().enumerate() {
                let key = strip_possessive(w);
                if let Some(easy) = pairs.get(&key).filter(|_| !covered[i])
                    && !view.words[i].from_placeable()
                {
                    r.at_plain(
                        view.words[i].range.clone(),
                        s.level(config::SIMPLER_WORD),
                        config::SIMPLER_WORD,
                        format!("`{}` has a simpler word", view.word(i)),
                        &format!("say \"{easy}\" (content/simpler-words.toml)"),
                    );
                }
            }
        }
        let none = StyleWords::default();
        let lists = self.style.unwrap_or(&none);
        let mut found = style_rules::repeated(view, lists);
        found.extend(style_rules::punctuation(view));
        if self.style.is_some() {
            if unit.kind == Kind::Statement {
                found.extend(style_rules::opening_pronoun(view, lists));
            }
            found.extend(style_rules::double_negatives(view, lists));
            found.extend(style_rules::intensifiers(view, lists));
        }
        found.sort_by_key(|f| f.range.start);
        for f in found {
            let (code, message, help) = match f.rule {
                StyleRule::RepeatedWord => (
                    config::REPEATED_WORD,
                    format!("`{}`: a word written twice", f.text),
                    "write the word once".to_string(),
                ),
                StyleRule::OpeningPronoun => (
                    config::OPENING_PRONOUN,
                    format!("the statement opens with `{}`: who or what is it?", f.text),
                    "name the person or thing: a statement is read alone, beside its picture"
                        .to_string(),
                ),
                StyleRule::DoubleNegative => (
                    config::DOUBLE_NEGATIVE,
                    format!("`{}` is a double negative", f.text),
                    "say it the positive way: \"not unkind\" is \"kind\"".to_string(),
                ),
                StyleRule::Intensifier => (
                    config::INTENSIFIER,
                    format!("`{}` adds force, not meaning", f.text),
                    "leave it out, or say what makes it so".to_string(),
                ),
                StyleRule::Punctuation => (
                    config::PUNCTUATION,
                    if f.text == "(" || f.text == "[" || f.text == "{" || f.text == "（" {
                        "brackets put an aside in the sentence".to_string()
                    } else {
                        format!("`{}` joins two ideas in one sentence", f.text)
                    },
                    "use a full stop and a new sentence (or statement) for each idea".to_string(),
                ),
            };
            r.at_plain(f.range, s.level(code), code, message, &help);
        }
    }

    fn sentences(&self, unit: &UnitRef, r: &mut Reporter) {
        let s = r.settings;
        let view = r.view;
        let lim = s.limits;
        let level = s.level(config::SENTENCE_LENGTH);
        for sentence in &view.sentences {
            let n = sentence.words.len();
            let (sev_level, limit) = if n > lim.sentence_words_error && level == Level::Error {
                (Level::Error, lim.sentence_words_error)
            } else if n > lim.sentence_words_warning {
                (level.min(Level::Warning), lim.sentence_words_warning)
            } else {
                continue;
            };
            r.at_plain(
                sentence.range.clone(),
                sev_level,
                config::SENTENCE_LENGTH,
                format!("this sentence has {n} words; keep to {limit} or fewer"),
                "split it into shorter sentences, one idea each",
            );
        }
        if unit.kind == Kind::Statement && view.sentences.len() > 1 {
            let second = &view.sentences[1];
            r.at_plain(
                second.range.clone(),
                s.level(config::ONE_SENTENCE),
                config::ONE_SENTENCE,
                format!(
                    "the statement `{}` has {} sentences",
                    unit.id,
                    view.sentences.len()
                ),
                "make each sentence a statement of its own, with its own picture",
            );
        }
        if matches!(unit.kind, Kind::Paragraph | Kind::ListItem)
            && view.sentences.len() > lim.paragraph_sentences
        {
            let extra = &view.sentences[lim.paragraph_sentences];
            r.at_plain(
                extra.range.clone(),
                s.level(config::PARAGRAPH_SENTENCES),
                config::PARAGRAPH_SENTENCES,
                format!(
                    "this paragraph has {} sentences; keep to {} or fewer",
                    view.sentences.len(),
                    lim.paragraph_sentences
                ),
                "split it into shorter paragraphs, or say less",
            );
        }
    }

    fn word_rules(
        &self,
        i: usize,
        w: &Word,
        covered: bool,
        r: &mut Reporter,
        state: &mut PageState,
    ) {
        let s = r.settings;
        let view = r.view;
        let text = view.word(i);
        let norm = normalise(text);
        let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
        let upper = letters.iter().filter(|c| c.is_uppercase()).count();
        let lower = letters.iter().filter(|c| c.is_lowercase()).count();
        let has_digit = text.chars().any(|c| c.is_numeric());
        let glossary_initials = self
            .glossary
            .iter()
            .any(|g| g.initials.iter().any(|x| x == text));
        // Capitals and initials.
        if letters.len() >= 2 && upper >= 2 && !covered && !glossary_initials {
            let everyday_short = self
                .vocabulary
                .as_ref()
                .is_some_and(|v| letters.len() <= 2 && v.knows(text));
            let known_initialism = self.english && english_initialism(text);
            let shouting = lower == 0
                && !known_initialism
                && (letters.len() >= 6
                    || !self.english
                    || self.vocabulary.as_ref().is_some_and(|v| v.knows(text)));
            if everyday_short {
            } else if shouting {
                r.at_plain(
                    w.range.clone(),
                    s.level(config::ALL_CAPS),
                    config::ALL_CAPS,
                    format!("`{text}` is in capital letters"),
                    &format!(
                        "capitals are hard to read: write `{}` (use **bold** to stress it)",
                        text.to_lowercase()
                    ),
                );
            } else if self.english {
                r.at_plain(
                    w.range.clone(),
                    s.level(config::ABBREVIATION),
                    config::ABBREVIATION,
                    format!("`{text}` is initials"),
                    "write the words out in full, or add the initials to the glossary (glossary-<id>-forms) if readers will meet them",
                );
            } else {
                r.at_plain(
                    w.range.clone(),
                    s.level(config::ALL_CAPS),
                    config::ALL_CAPS,
                    format!("`{text}` is in capital letters"),
                    "capitals are hard to read: if these are initials, write the words out; otherwise use small letters",
                );
            }
        }
        if has_digit {
            self.large_number(i, w, r);
            return;
        }
        if !self.english {
            return;
        }
        if let Some(full) = english::abbreviation(&norm)
            && !covered
        {
            r.at_plain(
                w.range.clone(),
                s.level(config::ABBREVIATION),
                config::ABBREVIATION,
                format!("`{text}` is an abbreviation"),
                &format!("write it out: {full}"),
            );
        }
        if let Some(full) = english::expand_contraction(&norm) {
            r.at_plain(
                w.range.clone(),
                s.level(config::CONTRACTION),
                config::CONTRACTION,
                format!("`{text}` is a contraction"),
                &format!("write `{full}`"),
            );
        }
        if let Some(value) = english::number_word(&norm) {
            let prev = i.checked_sub(1).map(|j| normalise(view.word(j)));
            let next = (i + 1 < view.words.len()).then(|| normalise(view.word(i + 1)));
            let pronoun = value == 1 && english::one_is_pronoun(prev.as_deref(), next.as_deref());
            if !pronoun {
                let help = if value >= 100 && !norm.contains('-') {
                    "write the number in digits, or say `lots of` if the exact number does not matter".to_string()
                } else {
                    format!("easy read uses digits: write {value}")
                };
                r.at_plain(
                    w.range.clone(),
                    s.level(config::NUMBER_WORDS),
                    config::NUMBER_WORDS,
                    format!("`{text}` is a number written as a word"),
                    &help,
                );
            }
        }
        // Hard words.
        if let Some(vocabulary) = &self.vocabulary {
            let key = strip_possessive(&norm);
            if !covered
                && letters.len() >= 2
                && upper < 2
                && !vocabulary.knows(text)
                && !self.names.contains(&key)
                // A word with a simpler one is reported, with it, by simpler-word.
                && (!s.on(config::SIMPLER_WORD) || self.simpler.is_none_or(|p| !p.contains_key(&key)))
                && english::abbreviation(&norm).is_none()
                && english::expand_contraction(&norm).is_none()
                && state.hard_reported.insert(key.clone())
            {
                r.at_plain(
                    w.range.clone(),
                    s.level(config::HARD_WORD),
                    config::HARD_WORD,
                    format!("`{text}` is not an everyday word"),
                    &format!(
                        "use an everyday word, or explain it in the glossary: add [[term]] id = \"{key}\" to content/glossary.toml and glossary-{key}-term, -forms and -explain to locales/{}/glossary.ftl (if it is a name or an everyday word, add it to content/words/{}.txt)",
                        self.tag, self.tag
                    ),
                );
            }
        }
    }

    fn large_number(&self, i: usize, w: &Word, r: &mut Reporter) {
        let view = r.view;
        if r.settings.level(config::LARGE_NUMBER) == Level::Off {
            return;
        }
        let text = view.word(i);
        let digits: String = text.chars().filter_map(ascii_digit).collect();
        if digits.is_empty()
            || text
                .chars()
                .any(|c| c.is_alphabetic() && ascii_digit(c).is_none())
        {
            return;
        }
        let mut value: u64 = digits.parse().unwrap_or(u64::MAX);
        let mut range = w.range.clone();
        // "400 000": groups of three after a space are one number.
        let mut j = i + 1;
        while j < view.words.len() {
            let gap = &view.plain[range.end..view.words[j].range.start];
            let next: String = view.word(j).chars().filter_map(ascii_digit).collect();
            if gap.chars().count() == 1
                && gap
                    .chars()
                    .all(|c| matches!(c, ' ' | '\u{00A0}' | '\u{202F}'))
                && next.len() == 3
                && view.word(j).chars().count() == 3
            {
                value = value
                    .saturating_mul(1000)
                    .saturating_add(next.parse().unwrap_or(0));
                range.end = view.words[j].range.end;
                j += 1;
            } else {
                break;
            }
        }
        let year = digits.len() == 4 && text.chars().count() == 4 && (1900..=2099).contains(&value);
        if value >= r.settings.limits.large_number
            && !year
            && (i == 0 || !view.words[i - 1].from_placeable())
        {
            r.at_plain(
                range,
                r.settings.level(config::LARGE_NUMBER),
                config::LARGE_NUMBER,
                format!("`{}` is a very large number", &view.plain[w.range.start..view.words[j - 1].range.end]),
                "big numbers are hard to picture: say `many` or `lots of`, or compare it with something the reader knows (\"about 5 children in every class\")",
            );
        }
    }

    fn percentages(&self, r: &mut Reporter) {
        let view = r.view;
        for (i, c) in view.plain.char_indices() {
            if matches!(c, '%' | '\u{066A}' | '\u{FF05}')
                && view.flags_at(i) & super::rules::text::PLACEABLE == 0
            {
                r.at_plain(
                    i..i + c.len_utf8(),
                    r.settings.level(config::PERCENTAGE),
                    config::PERCENTAGE,
                    "percentages are hard to understand".to_string(),
                    "say `some`, `most` or `about 1 in 4` instead",
                );
            }
        }
        if self.english {
            for i in 0..view.words.len() {
                let w = normalise(view.word(i));
                let per_cent =
                    w == "per" && i + 1 < view.words.len() && normalise(view.word(i + 1)) == "cent";
                if w == "percent" || w == "percentage" || per_cent {
                    let end = if per_cent {
                        view.words[i + 1].range.end
                    } else {
                        view.words[i].range.end
                    };
                    r.at_plain(
                        view.words[i].range.start..end,
                        r.settings.level(config::PERCENTAGE),
                        config::PERCENTAGE,
                        "percentages are hard to understand".to_string(),
                        "say `some`, `most` or `about 1 in 4` instead",
                    );
                }
            }
        }
    }

    /// "e.g.", "i.e.": letters with full stops between them.
    fn dotted_abbreviations(&self, r: &mut Reporter) {
        let view = r.view;
        let mut i = 0;
        while i + 1 < view.words.len() {
            let (a, b) = (&view.words[i], &view.words[i + 1]);
            let single = |w: &Word| {
                view.plain[w.range.clone()].chars().count() == 1
                    && view.plain[w.range.clone()].chars().all(char::is_alphabetic)
            };
            if single(a)
                && single(b)
                && view.plain[a.range.end..].starts_with('.')
                && b.range.start == a.range.end + 1
            {
                let end = if view.plain[b.range.end..].starts_with('.') {
                    b.range.end + 1
                } else {
                    b.range.end
                };
                let written = &view.plain[a.range.start..end];
                let key: String = written
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .collect::<String>()
                    .to_lowercase();
                let full = english::abbreviation(&key).unwrap_or("the words in full");
                r.at_plain(
                    a.range.start..end,
                    r.settings.level(config::ABBREVIATION),
                    config::ABBREVIATION,
                    format!("`{written}` is an abbreviation"),
                    &format!("write it out: {full}"),
                );
                i += 2;
            } else {
                i += 1;
            }
        }
    }

    /// A form of "be", perhaps an adverb or two, then a past participle.
    fn passive(&self, r: &mut Reporter) {
        let view = r.view;
        let level = r.settings.level(config::PASSIVE_VOICE);
        if level == Level::Off {
            return;
        }
        for sentence in &view.sentences {
            let words: Vec<String> = sentence
                .words
                .clone()
                .map(|i| normalise(view.word(i)))
                .collect();
            for (k, w) in words.iter().enumerate() {
                if !english::BE_FORMS.contains(&w.as_str()) {
                    continue;
                }
                let mut j = k + 1;
                while j < words.len()
                    && j <= k + 2
                    && english::is_adverb(&words[j])
                    && !english::is_participle(&words[j])
                {
                    j += 1;
                }
                if j < words.len()
                    && english::is_participle(&words[j])
                    && !view.words[sentence.words.start + j].from_placeable()
                {
                    let (a, b) = (sentence.words.start + k, sentence.words.start + j);
                    let phrase = &view.plain[view.words[a].range.start..view.words[b].range.end];
                    r.at_plain(
                        view.words[a].range.start..view.words[b].range.end,
                        level,
                        config::PASSIVE_VOICE,
                        format!("`{phrase}` may be passive voice (a heuristic: a form of \"be\" then a past participle)"),
                        "say who does it: \"people will listen to you\" rather than \"you will be listened to\"",
                    );
                }
            }
        }
    }

    fn glossary_hits(&self, view: &MessageView, words: &[String]) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let mut best: Option<Hit> = self.glossary_initials.get(view.word(i)).map(|&t| Hit {
                what: t,
                first: i,
                last: i,
            });
            for &(t, f) in self
                .glossary_by_first
                .get(&words[i])
                .map_or(&[][..], Vec::as_slice)
            {
                let form = &self.glossary[t].forms[f];
                let n = form.len();
                if i + n <= words.len()
                    && words[i..i + n] == form[..]
                    && best.is_none_or(|b| b.last - b.first + 1 < n)
                {
                    best = Some(Hit {
                        what: t,
                        first: i,
                        last: i + n - 1,
                    });
                }
            }
            // "does not judge you": the term's own word used as a verb.
            let verb = best.is_some_and(|h| {
                self.english
                    && h.first == h.last
                    && words[h.first] == normalise(&self.glossary[h.what].term)
                    && h.first > 0
                    && matches!(
                        words[h.first - 1].as_str(),
                        "not"
                            | "will"
                            | "would"
                            | "can"
                            | "could"
                            | "may"
                            | "might"
                            | "must"
                            | "should"
                            | "don't"
                            | "didn't"
                            | "cannot"
                            | "can't"
                    )
            });
            match best {
                Some(h)
                    if !verb
                        && !view.words[h.first..=h.last]
                            .iter()
                            .any(Word::from_placeable) =>
                {
                    hits.push(h);
                    i = h.last + 1;
                }
                _ => i += 1,
            }
        }
        hits
    }

    fn term_hits(&self, view: &MessageView, words: &[String]) -> Vec<Hit> {
        /// How many words either side a term's `near` words are looked for.
        const NEAR: usize = 6;
        let mut hits = Vec::new();
        for (t, term) in self.terms.iter().enumerate() {
            for (avoid, form) in term.avoid.iter().zip(&self.term_forms[t]) {
                if is_initials(avoid) {
                    for (i, _) in view
                        .words
                        .iter()
                        .enumerate()
                        .filter(|(i, w)| !w.from_placeable() && view.word(*i) == avoid)
                    {
                        hits.push(Hit {
                            what: t,
                            first: i,
                            last: i,
                        });
                    }
                    continue;
                }
                let n = form.len();
                if n == 0 {
                    continue;
                }
                // A word whose meaning depends on the sentence is the
                // term's only with one of its `near` words close by.
                let near = |i: usize| {
                    let (lo, hi) = (i.saturating_sub(NEAR), (i + n + NEAR).min(words.len()));
                    term.near.is_empty()
                        || words[lo..hi]
                            .iter()
                            .any(|w| term.near.contains(&strip_possessive(w)))
                };
                for i in 0..words.len().saturating_sub(n - 1) {
                    if words[i..i + n] == form[..]
                        && !view.words[i..i + n].iter().any(Word::from_placeable)
                        && near(i)
                    {
                        hits.push(Hit {
                            what: t,
                            first: i,
                            last: i + n - 1,
                        });
                    }
                }
            }
        }
        hits.sort_by_key(|h| (h.first, std::cmp::Reverse(h.last)));
        let mut out: Vec<Hit> = Vec::new();
        for h in hits {
            if out.last().is_none_or(|l| h.first > l.last) {
                out.push(h);
            }
        }
        out
    }

    fn preferred_terms(&self, hits: &[Hit], r: &mut Reporter) {
        let view = r.view;
        for h in hits {
            let term = self.terms[h.what];
            let mut level = r.settings.level(config::PREFERRED_TERMS);
            if let Some(max) = term.max_level {
                level = level.min(max);
            }
            let range = view.words[h.first].range.start..view.words[h.last].range.end;
            let said = &view.plain[range.clone()];
            let help = if term.why.is_empty() {
                format!("say `{}`", term.prefer)
            } else {
                format!("say `{}`: {}", term.prefer, term.why)
            };
            r.at_plain(
                range,
                level,
                config::PREFERRED_TERMS,
                format!(
                    "children's editions say `{}` rather than `{said}`",
                    term.prefer
                ),
                &help,
            );
        }
    }

    fn first_use(
        &self,
        hits: &[Hit],
        r: &mut Reporter,
        next: Option<&MessageView>,
        state: &mut PageState,
    ) {
        let view = r.view;
        for h in hits {
            let m = &self.glossary[h.what];
            if !state.glossary_seen.insert(m.id.clone()) {
                continue;
            }
            let linked = view.words[h.first..=h.last].iter().any(Word::in_link);
            // Its own sentence defines it: "Wellbeing means ...", "A court is a ...".
            let sentence = view
                .sentences
                .iter()
                .position(|s| s.words.contains(&h.first));
            let defines =
                sentence.is_some_and(|k| self.defines(view, view.sentences[k].words.start, h.what));
            // The next sentence of the message, or the next statement, starts with it.
            let next_sentence = sentence
                .and_then(|k| view.sentences.get(k + 1))
                .is_some_and(|s| self.starts_with_term(view, s.words.start, h.what).is_some());
            let next_explains = next.is_some_and(|n| self.starts_with_term(n, 0, h.what).is_some());
            if linked || defines || next_sentence || next_explains {
                continue;
            }
            let range = view.words[h.first].range.start..view.words[h.last].range.end;
            let said = view.plain[range.clone()].to_string();
            let example = if m.explain.is_empty() {
                String::new()
            } else {
                format!(" (the glossary says: \"{}\")", m.explain)
            };
            r.at_plain(
                range,
                r.settings.level(config::GLOSSARY_FIRST_USE),
                config::GLOSSARY_FIRST_USE,
                format!("`{said}` is a hard word, and this is its first use on the page"),
                &format!("explain it in the next statement, starting with the word{example}, or link it to the glossary: [{said}](#glossary-{})", m.id),
            );
        }
    }

    /// Whether the words of `view` from `start` begin with glossary term
    /// `t` (after "a", "an", "the", "your" or "our" in English); the index
    /// of the word after it if so.
    fn starts_with_term(&self, view: &MessageView, start: usize, t: usize) -> Option<usize> {
        let hits = self.glossary_hits(view, &lookup_words(view));
        let first = hits.iter().find(|h| h.first >= start)?;
        if first.what != t {
            return None;
        }
        let before: Vec<String> = (start..first.first)
            .map(|i| normalise(view.word(i)))
            .collect();
        // Other languages put a verb or an article first ("Mae cyngor yn
        // ...", Welsh for "A council ..."): up to two words may come first.
        let ok = match before.as_slice() {
            [] => true,
            [d] if self.english => matches!(d.as_str(), "a" | "an" | "the" | "your" | "our"),
            b => !self.english && b.len() <= 2,
        };
        ok.then_some(first.last + 1)
    }

    /// Whether the sentence starting at word `start` defines term `t`:
    /// it begins with the term, then "means", or "is"/"are" and "a", "an",
    /// "someone", "people", "help" or "when" (English).
    fn defines(&self, view: &MessageView, start: usize, t: usize) -> bool {
        if !self.english {
            return false;
        }
        let Some(after) = self.starts_with_term(view, start, t) else {
            return false;
        };
        let word = |i: usize| (i < view.words.len()).then(|| normalise(view.word(i)));
        match word(after).as_deref() {
            Some("means") => true,
            Some("is" | "are") => matches!(
                word(after + 1).as_deref(),
                Some("a" | "an" | "someone" | "people" | "help" | "when" | "things")
            ),
            _ => false,
        }
    }
}

fn ascii_digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '\u{0660}'..='\u{0669}' => char::from_digit(c as u32 - 0x0660, 10),
        '\u{06F0}'..='\u{06F9}' => char::from_digit(c as u32 - 0x06F0, 10),
        _ => None,
    }
}

/// Initials used in children's services that are never shouting.
fn english_initialism(w: &str) -> bool {
    const LIST: &[&str] = &[
        "LA", "LAC", "CLA", "CIN", "CP", "CPP", "SEND", "SEN", "SENCO", "UASC", "IRO", "PA", "SGO",
        "EHCP", "EHC", "CAMHS", "NHS", "GP", "ADHD", "ASD", "YOT", "CSC", "DSL", "MASH", "PEP",
        "LADO", "ICPC", "NEET", "FGC", "UK", "EU", "ID", "OK", "TV", "DfE", "PhD", "ONS", "NSPCC",
        "RSPCA", "BBC",
    ];
    LIST.contains(&w)
}

#[derive(Default)]
struct PageState {
    glossary_seen: BTreeSet<String>,
    hard_reported: BTreeSet<String>,
}

/// Turns findings in one message into diagnostics at file:line:col.
struct Reporter<'r> {
    settings: &'r Settings,
    file: &'r LocaleFile,
    view: &'r MessageView,
    out: &'r mut Vec<Diagnostic>,
    id: &'r str,
}

impl Reporter<'_> {
    fn at_file(
        &mut self,
        offset: usize,
        len: usize,
        level: Level,
        code: &'static str,
        message: String,
        help: &str,
    ) {
        let Some(severity) = level.severity() else {
            return;
        };
        // Placed by the file's line index: a long message has many.
        let d = Diagnostic {
            severity,
            ..Diagnostic::error(message)
        }
        .with_code(code);
        self.out
            .push(self.file.point(d, offset, len).with_help(help));
    }

    fn at_plain(
        &mut self,
        range: std::ops::Range<usize>,
        level: Level,
        code: &'static str,
        message: String,
        help: &str,
    ) {
        let (offset, len) = self.view.file_span(range);
        self.at_file(offset, len, level, code, message, help);
    }

    fn at_id(&mut self, level: Level, code: &'static str, message: String, help: &str) {
        let start = self.file.offset(self.id).unwrap_or(0);
        self.at_file(start, self.id.len(), level, code, message, help);
    }
}
