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

mod context;
mod message_rules;
mod pages;
mod report;
mod terms;
mod word_rules;

use std::collections::BTreeMap;

use super::config;
use super::idioms::{self, Idioms};
use super::promise::{self, PromiseConfig};
use super::style::{self, StyleConfig};
use crate::content::glossary::{self, Glossary, GlossaryEntry};
use crate::diag::Diagnostic;
use crate::i18n::{Locale, Localizer};
use crate::project::Project;
use context::LocaleCtx;
pub use context::vocabulary_for;
pub(crate) use pages::{MessageIndex, edition_pages};

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
pub(super) struct Meaning<'a> {
    pub(super) promises: &'a PromiseConfig,
    pub(super) idioms: &'a Idioms,
    pub(super) style: &'a StyleConfig,
}
