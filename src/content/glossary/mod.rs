//! The glossary: hard words with a child-friendly explanation, as the
//! easy-read guidance asks. `content/glossary.toml` lists the terms (ids,
//! and optionally a picture); the words are Fluent messages in
//! `locales/<tag>/glossary.ftl`:
//!
//! | message | what it holds |
//! | --- | --- |
//! | `glossary-<id>-term` | the word as shown ("council") |
//! | `glossary-<id>-forms` | other forms that count, comma separated ("councils, local authority") |
//! | `glossary-<id>-explain` | the explanation: 1 or 2 short easy-read sentences |
//!
//! This module is a leaf of the content layer (it reads [`Sources`] and
//! knows nothing of locales); [`resolve_with`] turns the terms into
//! [`GlossaryEntry`]s given any way to look a message up, and
//! `check::easy_read::resolve_glossary` does so with a locale's
//! [`crate::i18n::Localizer`].

mod matcher;

pub use matcher::{Found, Matcher};

use std::collections::BTreeSet;
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use super::ids::is_valid_id;
use crate::diag::Diagnostic;
use crate::markup::{Text, parse_inline};
use crate::source::Sources;

pub const GLOSSARY_FILE: &str = "content/glossary.toml";
/// The diagnostic code of problems with the glossary itself.
pub const GLOSSARY_CODE: &str = "glossary";

pub fn term_message(id: &str) -> String {
    format!("glossary-{id}-term")
}

pub fn forms_message(id: &str) -> String {
    format!("glossary-{id}-forms")
}

pub fn explain_message(id: &str) -> String {
    format!("glossary-{id}-explain")
}

/// One term of `content/glossary.toml`.
#[derive(Debug, Clone)]
pub struct GlossaryTerm {
    pub id: String,
    /// A picture (`content/pictures/<id>`) to show beside the explanation.
    pub picture: Option<String>,
    /// Where the id is in the file, for diagnostics.
    pub span: Range<usize>,
}

#[derive(Debug, Clone, Default)]
pub struct Glossary {
    /// The picture of the words page (`picture` at the top of the file),
    /// shown beside "Words explained" in every edition that has one.
    pub picture: Option<String>,
    pub terms: Vec<GlossaryTerm>,
    /// The file's label and text, so diagnostics can point into it.
    pub label: String,
    pub text: String,
}

/// A term resolved in one locale, for the checks, the HTML glossary and
/// the kiosk's "Words explained".
#[derive(Debug, Clone, PartialEq)]
pub struct GlossaryEntry {
    pub id: String,
    /// The word as shown.
    pub term: String,
    /// Other forms that count as the term (plurals, older words).
    pub forms: Vec<String>,
    pub explain: Text,
    pub picture: Option<String>,
}

impl GlossaryEntry {
    /// The term and its forms, each once, longest first (so "local
    /// authorities" is found before "local").
    pub fn all_forms(&self) -> Vec<&str> {
        let mut seen = BTreeSet::new();
        let mut out: Vec<&str> = std::iter::once(self.term.as_str())
            .chain(self.forms.iter().map(String::as_str))
            .filter(|f| !f.trim().is_empty() && seen.insert(f.to_lowercase()))
            .collect();
        out.sort_by_key(|f| std::cmp::Reverse(f.split_whitespace().count()));
        out
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileDef {
    picture: Option<Spanned<String>>,
    #[serde(default)]
    term: Vec<TermDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TermDef {
    id: Spanned<String>,
    picture: Option<Spanned<String>>,
}

/// Reads `content/glossary.toml`: its ids must be valid content ids, each
/// once, and a named picture must exist.
pub fn load_glossary(sources: &Sources) -> (Glossary, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let Some(file) = sources.get(GLOSSARY_FILE) else {
        diags.push(
            Diagnostic::warning(format!(
                "{GLOSSARY_FILE} is missing: no hard words are explained"
            ))
            .with_code(GLOSSARY_CODE)
            .with_help("restore it from the repository"),
        );
        return (Glossary::default(), diags);
    };
    let text = match file.text() {
        Ok(t) => t.to_string(),
        Err(d) => return (Glossary::default(), vec![d.with_code(GLOSSARY_CODE)]),
    };
    let label = file.label.clone();
    let def: FileDef = match toml::from_str(&text) {
        Ok(d) => d,
        Err(e) => {
            let d = Diagnostic::error(format!("{label} is not valid: {}", e.message().trim()))
                .with_code(GLOSSARY_CODE)
                .with_help(
                    "each term is a [[term]] table with an `id` and, if you like, a `picture`",
                );
            diags.push(match e.span() {
                Some(s) => d.at_offset(&label, &text, s.start, s.len()),
                None => d.at_position(&label, 1, 1),
            });
            return (
                Glossary {
                    picture: None,
                    terms: Vec::new(),
                    label,
                    text,
                },
                diags,
            );
        }
    };
    let exists = |p: &str| sources.get(&format!("content/pictures/{p}.svg")).is_some();
    let picture = def.picture.and_then(|p| {
        let ps = p.span();
        let p = p.into_inner();
        if exists(&p) {
            return Some(p);
        }
        diags.push(
            Diagnostic::error(format!(
                "the words page names the picture `{p}`, which does not exist"
            ))
            .with_code(GLOSSARY_CODE)
            .at_offset(&label, &text, ps.start, ps.len())
            .with_help(
                "name a picture of content/pictures/ (without .svg), or leave `picture` out",
            ),
        );
        None
    });
    let mut seen = BTreeSet::new();
    let mut terms = Vec::new();
    for t in def.term {
        let span = t.id.span();
        let id = t.id.into_inner();
        if !is_valid_id(&id) {
            diags.push(
                Diagnostic::error(format!("`{id}` is not a valid glossary id"))
                    .with_code(GLOSSARY_CODE)
                    .at_offset(&label, &text, span.start, span.len())
                    .with_help(
                        "use lowercase letters, digits and single hyphens, e.g. `social-worker`",
                    ),
            );
            continue;
        }
        if !seen.insert(id.clone()) {
            diags.push(
                Diagnostic::error(format!("the glossary lists `{id}` twice"))
                    .with_code(GLOSSARY_CODE)
                    .at_offset(&label, &text, span.start, span.len())
                    .with_help("keep one of them"),
            );
            continue;
        }
        let picture = t.picture.and_then(|p| {
            let ps = p.span();
            let p = p.into_inner();
            if exists(&p) {
                Some(p)
            } else {
                diags.push(
                    Diagnostic::error(format!("the glossary term `{id}` names the picture `{p}`, which does not exist"))
                        .with_code(GLOSSARY_CODE)
                        .at_offset(&label, &text, ps.start, ps.len())
                        .with_help("name a picture of content/pictures/ (without .svg), or leave `picture` out"),
                );
                None
            }
        });
        terms.push(GlossaryTerm { id, picture, span });
    }
    (
        Glossary {
            picture,
            terms,
            label,
            text,
        },
        diags,
    )
}

/// Splits a `-forms` message: comma separated, spaces trimmed.
pub fn parse_forms(s: &str) -> Vec<String> {
    s.split([',', '،', '、'])
        .map(|f| f.trim().to_string())
        .filter(|f| !f.is_empty())
        .collect()
}

/// Resolves every term whose `-term` message `message` can give. A term
/// without one is left out; missing forms are none, a missing explanation
/// is empty text.
pub fn resolve_with(
    glossary: &Glossary,
    mut message: impl FnMut(&str) -> Option<String>,
) -> Vec<GlossaryEntry> {
    glossary
        .terms
        .iter()
        .filter_map(|t| {
            let term = message(&term_message(&t.id))?.trim().to_string();
            let forms = message(&forms_message(&t.id))
                .map(|f| parse_forms(&f))
                .unwrap_or_default();
            let explain = message(&explain_message(&t.id))
                .map(|s| parse_inline(&s).unwrap_or_else(|_| Text::plain_str(&s)))
                .unwrap_or_default();
            Some(GlossaryEntry {
                id: t.id.clone(),
                term,
                forms,
                explain,
                picture: t.picture.clone(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loads_and_checks_ids() {
        let sources = Sources::from_files([
            (
                GLOSSARY_FILE,
                "[[term]]\nid = \"council\"\n[[term]]\nid = \"Bad Id\"\n[[term]]\nid = \"council\"\n[[term]]\nid = \"court\"\npicture = \"nope\"\n",
            ),
            ("content/pictures/court.svg", "<svg/>"),
        ]);
        let (g, diags) = load_glossary(&sources);
        assert_eq!(
            g.terms.iter().map(|t| t.id.as_str()).collect::<Vec<_>>(),
            ["council", "court"]
        );
        assert_eq!(diags.len(), 3, "{diags:?}");
        assert_eq!(diags[0].location.as_ref().unwrap().line, 4);
    }

    #[test]
    fn the_words_page_picture_must_exist() {
        let file = "# the words page\npicture = \"wrods\"\n[[term]]\nid = \"council\"\n";
        let sources = Sources::from_files([
            (GLOSSARY_FILE, file),
            ("content/pictures/words.svg", "<svg/>"),
        ]);
        let (g, diags) = load_glossary(&sources);
        assert_eq!(g.picture, None);
        assert_eq!(diags.len(), 1, "{diags:?}");
        assert!(diags[0].message.contains("`wrods`"), "{}", diags[0].message);
        let at = diags[0].location.as_ref().unwrap();
        assert_eq!((at.line, at.col), (2, 11));

        let fixed = file.replace("wrods", "words");
        let sources = Sources::from_files([
            (GLOSSARY_FILE, fixed.as_str()),
            ("content/pictures/words.svg", "<svg/>"),
        ]);
        let (g, diags) = load_glossary(&sources);
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(g.picture.as_deref(), Some("words"));
    }

    #[test]
    fn resolves_forms_longest_first() {
        let g = Glossary {
            terms: vec![GlossaryTerm {
                id: "council".into(),
                picture: None,
                span: 0..0,
            }],
            ..Default::default()
        };
        let entries = resolve_with(&g, |id| match id {
            "glossary-council-term" => Some("council".into()),
            "glossary-council-forms" => Some("councils, local authority , ".into()),
            "glossary-council-explain" => Some("A council **helps**.".into()),
            _ => None,
        });
        assert_eq!(entries[0].forms, ["councils", "local authority"]);
        assert_eq!(
            entries[0].all_forms(),
            ["local authority", "council", "councils"]
        );
        assert_eq!(entries[0].explain.plain(), "A council helps.");
    }
}
