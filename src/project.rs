//! A loaded project: sources, content, locales and every diagnostic found
//! while loading. The entry point of the pipeline for the command line,
//! the kiosk and the tests.

use unic_langid::LanguageIdentifier;

use crate::content::{Content, load_content};
use crate::diag::Diagnostic;
use crate::document::{Alternate, Document};
use crate::i18n::sanitize::Keep;
use crate::i18n::{Locales, Localizer, load_locales};
use crate::resolve::resolve;
use crate::source::Sources;

pub struct Project {
    pub sources: Sources,
    pub content: Content,
    pub locales: Locales,
    /// Problems found while loading. Errors block publishing; the kiosk
    /// still runs on what could be loaded.
    pub diagnostics: Vec<Diagnostic>,
}

impl Project {
    pub fn load(sources: Sources) -> Project {
        let (content, mut diagnostics) = load_content(&sources);
        let (locales, locale_diags) = load_locales(&sources);
        diagnostics.extend(locale_diags);
        Project {
            sources,
            content,
            locales,
            diagnostics,
        }
    }

    /// The project compiled into the binary.
    pub fn embedded() -> Project {
        Project::load(Sources::embedded())
    }

    pub fn localizer(&self, tag: &LanguageIdentifier, keep: Keep) -> Localizer {
        Localizer::new(&self.locales, tag, &self.content.facts, keep)
    }

    /// Resolves one edition in one locale, with the list of languages it
    /// can be switched to.
    pub fn document(
        &self,
        edition: &str,
        tag: &LanguageIdentifier,
        keep: Keep,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<Document> {
        let l10n = self.localizer(tag, keep);
        let mut doc = resolve(&self.content, edition, &l10n, diags)?;
        doc.languages = self
            .locales
            .list
            .iter()
            .map(|l| Alternate {
                tag: l.tag_str(),
                name: l.meta.name.clone(),
                dir: l.meta.direction,
            })
            .collect();
        Some(doc)
    }

    /// Parses a `--lang` value into a shipped locale, or says which ones
    /// exist and which is closest.
    pub fn parse_lang(&self, s: &str) -> Result<LanguageIdentifier, Diagnostic> {
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
            return Ok(id);
        }
        // `cy-GB` or `CY` still mean Welsh when only `cy` ships.
        if let Some(l) = self
            .locales
            .list
            .iter()
            .find(|l| l.tag.language == id.language)
        {
            return Ok(l.tag.clone());
        }
        Err(unknown(format!("there is no language `{s}`")))
    }

    pub fn parse_edition(&self, s: &str) -> Result<String, Diagnostic> {
        if self.content.edition(s).is_some() {
            return Ok(s.to_string());
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
}

/// The candidate nearest to `s` by edit distance, if it is near enough to
/// be a likely typo.
pub fn closest(s: &str, candidates: &[String]) -> Option<String> {
    let s = s.to_lowercase();
    candidates
        .iter()
        .map(|c| (edit_distance(&s, &c.to_lowercase()), c))
        .filter(|(d, c)| *d <= 2.max(c.len() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c.clone())
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}
