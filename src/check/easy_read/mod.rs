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

mod message_rules;
mod pages;
mod report;
mod terms;
mod walk;
mod word_rules;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::config;
use super::idioms::{self, Idioms};
use super::promise::{self, PromiseConfig};
use super::rules::style::StyleWords;
use super::rules::vocabulary::Vocabulary;
use super::style::{self, StyleConfig};
use crate::content::glossary::resolve_with;
use crate::content::glossary::{self, Glossary, GlossaryEntry};
use crate::diag::Diagnostic;
use crate::i18n::{Locale, Localizer};
use crate::project::{EditionId, LocaleTag, Project};
use config::{CheckConfig, PreferredTerm};
use idioms::Idiom;
pub(crate) use pages::{MessageIndex, edition_pages};
use promise::PromiseWords;
use terms::{TermMatcher, is_initials, split_words};

/// Which locales and editions to check, as the command line named them
/// (parsed once, so a check never meets a tag that does not exist).
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// Languages to check; empty means all.
    pub locales: Vec<LocaleTag>,
    /// Editions to check; empty means every edition check.toml names.
    pub editions: Vec<EditionId>,
}

impl CheckOptions {
    /// The options for these languages and editions, each parsed as
    /// `--lang` and `--edition` are (an unknown one is its error).
    pub fn parse(
        project: &Project,
        locales: &[&str],
        editions: &[&str],
    ) -> Result<Self, Diagnostic> {
        Ok(Self {
            locales: locales
                .iter()
                .map(|l| project.parse_lang(l))
                .collect::<Result<_, _>>()?,
            editions: editions
                .iter()
                .map(|e| project.parse_edition(e))
                .collect::<Result<_, _>>()?,
        })
    }

    /// Whether the language its files call `tag` is checked.
    pub fn wants_locale(&self, tag: &str) -> bool {
        self.locales.is_empty() || self.locales.iter().any(|l| l.to_string() == tag)
    }

    /// Whether the edition `id` is checked.
    pub fn wants_edition(&self, id: &str) -> bool {
        self.editions.is_empty() || self.editions.iter().any(|e| e.as_str() == id)
    }
}

/// The settings that also apply to the glossary's explanations in
/// `tag`: those of the first easy-read (`statements`) edition, when the
/// editions checked include it.
pub(crate) fn glossary_settings(
    project: &Project,
    config: &config::CheckConfig,
    opts: &CheckOptions,
    tag: &str,
) -> Option<config::Settings> {
    let edition = &project
        .content
        .first_of(crate::content::Layout::Statements)?
        .id;
    opts.wants_edition(edition)
        .then(|| config.settings(edition, tag))
        .flatten()
}

/// Every finding of the editors' rules, in every locale and configured
/// edition, sorted by file and position. Problems loading the project
/// itself (the glossary's among them) are in [`Project::diagnostics`],
/// not here; problems in check.toml are, once.
pub fn check_project(project: &Project, opts: &CheckOptions) -> Vec<Diagnostic> {
    // check.toml's problems are reported here, once; the glossary's are
    // the project's own (Project::diagnostics).
    let loaded = config::for_project(project);
    let (config, mut out) = (&loaded.0, loaded.1.clone());
    let glossary = &project.content.glossary;
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
        out.extend(glossary_messages(glossary, source));
    }
    let facts = project.content.facts.variable_map();
    for locale in &project.locales.list {
        let tag = locale.tag_str();
        if !opts.wants_locale(&tag) {
            continue;
        }
        let editions: Vec<_> = project
            .content
            .editions
            .iter()
            .filter(|e| opts.wants_edition(&e.id))
            .filter_map(|e| Some((e, config.settings(&e.id, &tag)?)))
            .filter(|(_, settings)| settings.any_on())
            .collect();
        let glossary_settings = glossary_settings(project, config, opts, &tag);
        if editions.is_empty() && glossary_settings.is_none() {
            continue; // nothing of this language to check (and its context is costly)
        }
        let ctx = LocaleCtx::new(project, locale, glossary, config, &facts, &meaning);
        for (edition, settings) in editions {
            ctx.check_edition(edition, &settings, &mut out);
        }
        if let Some(settings) = glossary_settings {
            ctx.check_glossary(glossary, &settings, &mut out);
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
        let l10n = project.localizer(&locale.tag, crate::sanitize::Keep::NOTHING);
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
}
