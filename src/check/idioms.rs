//! Idioms and figures of speech (rule `idiom`): a curated list per
//! language in `content/idioms.toml`, matched as whole words.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::config;
use super::rules::english::normalise;
use super::rules::text::MessageView;
use crate::diag::Diagnostic;
use crate::source::Sources;

pub const FILE: &str = "content/idioms.toml";

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct IdiomDef {
    phrase: String,
    plain: String,
}

/// One idiom: its words (lower case) and what to say instead.
#[derive(Debug, Clone)]
pub struct Idiom {
    pub phrase: String,
    pub words: Vec<String>,
    pub plain: String,
}

/// Every language's idioms, by tag or language.
#[derive(Debug, Clone, Default)]
pub struct Idioms {
    languages: BTreeMap<String, Vec<Idiom>>,
}

impl Idioms {
    pub fn for_tag(&self, tag: &str) -> &[Idiom] {
        let language = tag.split('-').next().unwrap_or(tag);
        self.languages
            .get(tag)
            .or_else(|| self.languages.get(language))
            .map_or(&[], Vec::as_slice)
    }
}

fn words_of(s: &str) -> Vec<String> {
    let v = MessageView::from_text(s);
    (0..v.words.len()).map(|i| normalise(v.word(i))).collect()
}

pub fn load(sources: &Sources) -> (Idioms, Vec<Diagnostic>) {
    let Some(file) = sources.get(FILE) else {
        return (Idioms::default(), Vec::new());
    };
    let text = match file.text() {
        Ok(t) => t,
        Err(d) => return (Idioms::default(), vec![d.with_code(config::CONFIG)]),
    };
    parse(&file.label, text)
}

pub fn parse(label: &str, text: &str) -> (Idioms, Vec<Diagnostic>) {
    let defs: BTreeMap<String, Vec<IdiomDef>> = match toml::from_str(text) {
        Ok(d) => d,
        Err(e) => {
            let d = Diagnostic::error(format!("{label} is not valid: {}", e.message().trim()))
                .with_code(config::CONFIG)
                .with_help("each entry is [[<language>]] with `phrase` and `plain`");
            let d = match e.span() {
                Some(s) => d.at_offset(label, text, s.start, s.len()),
                None => d.at_position(label, 1, 1),
            };
            return (Idioms::default(), vec![d]);
        }
    };
    let languages = defs
        .into_iter()
        .map(|(tag, list)| {
            let idioms = list
                .into_iter()
                .map(|d| Idiom {
                    words: words_of(&d.phrase),
                    phrase: d.phrase,
                    plain: d.plain,
                })
                .filter(|i| !i.words.is_empty())
                .collect();
            (tag, idioms)
        })
        .collect();
    (Idioms { languages }, Vec::new())
}

/// Each idiom found in `words` (the message's lower-case words): its
/// first and last word index.
pub fn find<'a>(idioms: &'a [Idiom], words: &[String]) -> Vec<(usize, usize, &'a Idiom)> {
    let mut out = Vec::new();
    for k in 0..words.len() {
        for idiom in idioms {
            let end = k + idiom.words.len();
            if end <= words.len() && words[k..end] == idiom.words[..] {
                out.push((k, end - 1, idiom));
            }
        }
    }
    out
}
