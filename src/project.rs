//! A loaded project: sources, content, locales and every diagnostic found
//! while loading. The entry point of the pipeline for the command line,
//! the kiosk and the tests.

use std::any::{Any, TypeId};
use std::collections::BTreeMap;
use std::rc::Rc;

use unic_langid::LanguageIdentifier;

use crate::content::{Content, load_content};
use crate::diag::Diagnostic;
use crate::document::{Alternate, Document, Page};
use crate::i18n::{Locales, Localizer, load_locales};
use crate::resolve;
use crate::sanitize::Keep;
use crate::source::Sources;

/// Whether an edition can be published in a language.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Availability {
    /// Translated at or above the threshold (percent).
    Translated(f64),
    /// Not translated, but shown in English with a note.
    EnglishOnly,
    /// Below the threshold (percent): not published unless asked for.
    Incomplete(f64),
}

/// How to resolve a document: whole, or as an outline.
type Resolve = fn(&Content, &str, &Localizer, &mut Vec<Diagnostic>) -> Option<Document>;

/// An edition in one locale, resolved a page at a time (see
/// [`Project::outline`]).
pub struct Outline<'a> {
    /// The document, its pages without their blocks.
    pub doc: Document,
    content: &'a Content,
    /// The localizer of the edition's words.
    words: Localizer,
}

impl Outline<'_> {
    /// Page `n` of the document, with its blocks.
    pub fn page(&self, n: usize, diags: &mut Vec<Diagnostic>) -> Page {
        let mut page = self.doc.pages[n].clone();
        page.blocks = resolve::page_blocks(self.content, &self.doc.edition, n, &self.words, diags);
        page
    }
}

pub struct Project {
    pub sources: Sources,
    pub content: Content,
    pub locales: Locales,
    /// Problems found while loading. Errors block publishing; the kiosk
    /// still runs on what could be loaded.
    pub diagnostics: Vec<Diagnostic>,
    /// Percent translated per language and edition: asked for by every
    /// document's language list, so counted once, for every language and
    /// edition in one pass. The loaded project never changes, so the
    /// figures cannot go stale.
    translated: std::cell::RefCell<std::collections::HashMap<String, BTreeMap<String, f64>>>,
    /// What the layers above read from the project once per run, by type
    /// (the editors' check.toml): see [`Project::memo`].
    memos: std::cell::RefCell<std::collections::HashMap<TypeId, Rc<dyn Any>>>,
}

impl Project {
    pub fn load(mut sources: Sources) -> Project {
        // The structure and the words are parsed at the same time, on two
        // cores: neither reads the other's files.
        let mut words = sources.split_off("locales/");
        let ((content, mut diagnostics), (locales, locale_diags)) = std::thread::scope(|s| {
            let content = s.spawn(|| load_content(&sources));
            let locales = load_locales(&mut words);
            let content = content
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (content, locales)
        });
        sources.merge(words);
        diagnostics.extend(locale_diags);
        // The help lines need their words as well as their facts.
        if let Some(file) = sources.get("content/facts.toml") {
            let english = locales.source();
            diagnostics.extend(crate::content::help_lines::check_messages(
                &content.facts,
                file,
                |id| english.is_some_and(|l| l.find(id).is_some()),
                crate::i18n::SOURCE_LOCALE,
            ));
        }
        Project {
            sources,
            content,
            locales,
            diagnostics,
            translated: Default::default(),
            memos: Default::default(),
        }
    }

    /// The value of type `T` made from this project by `make`, made on the
    /// first call and shared after: a file the check, spelling and build
    /// all read (content/check.toml) is read, and its problems found, once
    /// per run. The project never changes, so the value cannot go stale.
    /// Owned by the layer that knows `T`, so the project depends on none.
    pub fn memo<T: 'static>(&self, make: impl FnOnce(&Project) -> T) -> Rc<T> {
        let key = TypeId::of::<T>();
        if let Some(v) = self.memos.borrow().get(&key).cloned() {
            return v.downcast().expect("a memo is stored under its own type");
        }
        let v = Rc::new(make(self));
        self.memos.borrow_mut().insert(key, v.clone());
        v
    }

    /// The project compiled into the binary.
    pub fn embedded() -> Project {
        Project::load(Sources::embedded())
    }

    pub fn localizer(&self, tag: &LanguageIdentifier, keep: Keep) -> Localizer {
        Localizer::new(&self.locales, tag, self.content.facts.variables(), keep)
    }

    /// Resolves one edition in one locale, with the list of languages it
    /// can be switched to. An English-only edition in a language that has
    /// not translated it is resolved in English, with that language's
    /// interface words.
    pub fn document(
        &self,
        edition: &str,
        tag: &LanguageIdentifier,
        keep: Keep,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<Document> {
        self.resolve_in(edition, tag, keep, diags, resolve::resolve)
            .map(|(doc, _)| doc)
    }

    /// Like [`Project::document`], a page at a time: the outline now (the
    /// pages without their blocks), each page's blocks when asked for.
    /// A build of a large edition so never holds all of it.
    pub fn outline(
        &self,
        edition: &str,
        tag: &LanguageIdentifier,
        keep: Keep,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<Outline<'_>> {
        let (doc, words) = self.resolve_in(edition, tag, keep, diags, resolve::outline)?;
        Some(Outline {
            doc,
            content: &self.content,
            words,
        })
    }

    /// Resolves `edition` in `tag` with `how` ([`resolve::resolve`] or
    /// [`resolve::outline`]). Returns the document and the localizer of
    /// its words (English for an English-only edition).
    fn resolve_in(
        &self,
        edition: &str,
        tag: &LanguageIdentifier,
        keep: Keep,
        diags: &mut Vec<Diagnostic>,
        how: Resolve,
    ) -> Option<(Document, Localizer)> {
        let l10n = self.localizer(tag, keep);
        let (mut doc, words) = match self.availability(tag, edition) {
            Availability::EnglishOnly => {
                let source = self.locales.source()?;
                let english = self.localizer(&source.tag, keep);
                let mut doc = how(&self.content, edition, &english, diags)?;
                // The reader's interface words; untranslated edition text is
                // expected here, so its warnings are not reported.
                let reader = resolve::outline(&self.content, edition, &l10n, &mut Vec::new())?;
                doc.content_locale = Some(doc.locale.clone());
                doc.locale = reader.locale;
                doc.ui = reader.ui;
                doc.editions = reader.editions;
                (doc, english)
            }
            _ => (how(&self.content, edition, &l10n, diags)?, l10n),
        };
        doc.languages = self
            .locales
            .list
            .iter()
            .filter(|l| {
                l.tag == *tag
                    || !matches!(
                        self.availability(&l.tag, edition),
                        Availability::Incomplete(_)
                    )
            })
            .map(|l| Alternate {
                tag: l.tag_str(),
                name: l.meta.name.clone(),
                dir: l.meta.direction,
            })
            .collect();
        Some((doc, words))
    }

    /// Whether `edition` is translated enough in `tag` to be published.
    pub fn availability(&self, tag: &LanguageIdentifier, edition: &str) -> Availability {
        let Some(locale) = self.locales.get(tag) else {
            return Availability::Incomplete(0.0);
        };
        if locale.meta.status == crate::i18n::Status::Source || locale.pseudo.is_some() {
            return Availability::Translated(100.0);
        }
        let percent = self.percent_translated(locale, edition);
        let english_only = |e: &str| self.content.publish.english_only.iter().any(|x| x == e);
        if percent >= self.content.publish.threshold {
            Availability::Translated(percent)
        } else if english_only(edition) && self.has_translated_edition(tag, &english_only) {
            // Shown in English inside a translated site; a language that
            // has translated nothing yet gets no site made of English.
            Availability::EnglishOnly
        } else {
            Availability::Incomplete(percent)
        }
    }

    fn percent_translated(&self, locale: &crate::i18n::Locale, edition: &str) -> f64 {
        if self.translated.borrow().is_empty() {
            let editions: Vec<&str> = self
                .content
                .editions
                .iter()
                .map(|e| e.id.as_str())
                .collect();
            *self.translated.borrow_mut() =
                crate::i18n::coverage::coverage_of_all(&self.locales, &editions)
                    .into_iter()
                    .map(|(tag, parts)| {
                        let percents = parts.into_iter().map(|(p, c)| (p, c.percent()));
                        (tag, percents.collect())
                    })
                    .collect();
        }
        self.translated
            .borrow()
            .get(&locale.tag_str())
            .and_then(|p| p.get(edition))
            .copied()
            .unwrap_or(0.0)
    }

    /// Whether some edition that must be translated is published in `tag`.
    fn has_translated_edition(
        &self,
        tag: &LanguageIdentifier,
        english_only: &dyn Fn(&str) -> bool,
    ) -> bool {
        self.content
            .editions
            .iter()
            .filter(|e| !english_only(&e.id))
            .any(|e| matches!(self.availability(tag, &e.id), Availability::Translated(_)))
    }

    /// Parses a `--lang` value into a shipped locale, or says which ones
    /// exist and which is closest.
    pub fn parse_lang(&self, s: &str) -> Result<LocaleTag, Diagnostic> {
        let tags = self.locales.tags();
        let list = tags.join(", ");
        let unknown = |why: String| {
            let closest = closest(s, &tags);
            let hint = match closest {
                Some(c) => format!("did you mean `{c}`? The languages are: {list}"),
                None => format!("the languages are: {list}"),
            };
            Diagnostic::error(why)
                .with_code("unknown-locale")
                .with_help(hint)
        };
        let id: LanguageIdentifier = s
            .parse()
            .map_err(|_| unknown(format!("`{s}` is not a language tag")))?;
        if self.locales.get(&id).is_some() {
            return Ok(LocaleTag(id));
        }
        // `cy-GB` or `CY` still mean Welsh when only `cy` ships.
        if let Some(l) = self
            .locales
            .list
            .iter()
            .find(|l| l.tag.language == id.language)
        {
            return Ok(LocaleTag(l.tag.clone()));
        }
        Err(unknown(format!("there is no language `{s}`")))
    }

    /// Every shipped locale, in the project's order.
    pub fn all_locales(&self) -> Vec<LocaleTag> {
        self.locales
            .list
            .iter()
            .map(|l| LocaleTag(l.tag.clone()))
            .collect()
    }

    /// The language to show: `--lang` when given, else the environment's
    /// best match, else English.
    pub fn negotiate(&self, lang: Option<&LocaleTag>) -> LanguageIdentifier {
        if let Some(l) = lang {
            return l.0.clone();
        }
        let wanted = crate::i18n::negotiate::from_env(|k| std::env::var(k).ok());
        match wanted {
            Some(w) => crate::i18n::negotiate::best_match(&self.locales, &w),
            None => crate::i18n::SOURCE_LOCALE.parse().expect("valid tag"),
        }
    }

    /// Parses an `--edition` value into an edition of the content, or says
    /// which ones exist and which is closest.
    pub fn parse_edition(&self, s: &str) -> Result<EditionId, Diagnostic> {
        if self.content.edition(s).is_some() {
            return Ok(EditionId(s.to_string()));
        }
        let ids = self.content.edition_ids();
        let hint = match closest(s, &ids.iter().map(|s| s.to_string()).collect::<Vec<_>>()) {
            Some(c) => format!("did you mean `{c}`? The editions are: {}", ids.join(", ")),
            None => format!("the editions are: {}", ids.join(", ")),
        };
        Err(Diagnostic::error(format!("there is no edition `{s}`"))
            .with_code("unknown-edition")
            .with_help(hint))
    }

    /// Every edition of the content, in its order.
    pub fn all_editions(&self) -> Vec<EditionId> {
        self.content
            .editions
            .iter()
            .map(|e| EditionId(e.id.clone()))
            .collect()
    }
}

/// A language that ships (a folder of `locales/` that loaded), made only by
/// [`Project::parse_lang`] and [`Project::all_locales`]: a command parses
/// `--lang` once, with its "did you mean", and passes this on, so nothing
/// further down parses or checks a tag again. It reads as the
/// `LanguageIdentifier` it is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LocaleTag(LanguageIdentifier);

impl std::ops::Deref for LocaleTag {
    type Target = LanguageIdentifier;
    fn deref(&self) -> &LanguageIdentifier {
        &self.0
    }
}

impl std::fmt::Display for LocaleTag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// An edition of the content, made only by [`Project::parse_edition`] and
/// [`Project::all_editions`], for the same reason as [`LocaleTag`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EditionId(String);

impl EditionId {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for EditionId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The candidate nearest to `s` by edit distance, if it is near enough to
/// be a likely typo.
pub fn closest(s: &str, candidates: &[String]) -> Option<String> {
    let s = s.to_lowercase();
    candidates
        .iter()
        .map(|c| (edit_distance(&s, &c.to_lowercase()), c))
        .filter(|(d, c)| *d <= (c.len() / 3).max(1) && *d < c.len())
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c.clone())
}

/// Edits between two names, in characters (strsim, which clap's
/// suggestions already bring).
fn edit_distance(a: &str, b: &str) -> usize {
    strsim::levenshtein(a, b)
}
