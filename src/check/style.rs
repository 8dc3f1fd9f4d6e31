//! The word lists of the plain-writing rules ([`super::rules::style`]) and
//! the simpler words: `content/style.toml` and
//! `content/simpler-words.toml`, one table per language (`[en]`) or full
//! tag. A language with no table gets only the rules that need no words
//! (repeated words, semicolons and brackets).

use std::collections::BTreeMap;

use serde::Deserialize;

use super::config;
use super::rules::english::normalise;
use super::rules::style::StyleWords;
use crate::diag::Diagnostic;
use crate::source::Sources;

pub const STYLE_FILE: &str = "content/style.toml";
pub const SIMPLER_FILE: &str = "content/simpler-words.toml";

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct StyleDef {
    #[serde(default)]
    pronouns: Vec<String>,
    #[serde(default)]
    pointers: Vec<String>,
    #[serde(default)]
    pointer_verbs: Vec<String>,
    #[serde(default)]
    negations: Vec<String>,
    #[serde(default)]
    negative_prefixes: Vec<String>,
    #[serde(default)]
    intensifiers: Vec<String>,
    #[serde(default)]
    may_repeat: Vec<String>,
}

/// Every language's lists.
#[derive(Debug, Clone, Default)]
pub struct StyleConfig {
    words: BTreeMap<String, StyleWords>,
    /// Hard word (lower case) -> the simpler word to say.
    simpler: BTreeMap<String, BTreeMap<String, String>>,
}

fn for_tag<'a, T>(map: &'a BTreeMap<String, T>, tag: &str) -> Option<&'a T> {
    let language = tag.split('-').next().unwrap_or(tag);
    map.get(tag).or_else(|| map.get(language))
}

impl StyleConfig {
    pub fn words(&self, tag: &str) -> Option<&StyleWords> {
        for_tag(&self.words, tag)
    }

    pub fn simpler(&self, tag: &str) -> Option<&BTreeMap<String, String>> {
        for_tag(&self.simpler, tag)
    }
}

fn parse<T: serde::de::DeserializeOwned + Default>(
    sources: &Sources,
    file: &str,
    shape: &str,
    diags: &mut Vec<Diagnostic>,
) -> T {
    let Some(f) = sources.get(file) else {
        return T::default();
    };
    let text = match f.text() {
        Ok(t) => t,
        Err(d) => {
            diags.push(d.with_code(config::CONFIG));
            return T::default();
        }
    };
    match toml::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            let d = Diagnostic::error(format!("{} is not valid: {}", f.label, e.message().trim()))
                .with_code(config::CONFIG)
                .with_help(shape);
            diags.push(match e.span() {
                Some(s) => d.at_offset(&f.label, text, s.start, s.len()),
                None => d.at_position(&f.label, 1, 1),
            });
            T::default()
        }
    }
}

pub fn load(sources: &Sources) -> (StyleConfig, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let defs: BTreeMap<String, StyleDef> = parse(
        sources,
        STYLE_FILE,
        "one table per language ([en]) of word lists; see the comments at its top",
        &mut diags,
    );
    let simpler: BTreeMap<String, BTreeMap<String, String>> = parse(
        sources,
        SIMPLER_FILE,
        "one table per language ([en]) of hard-word = \"simpler word\" pairs",
        &mut diags,
    );
    let lower = |v: Vec<String>| v.iter().map(|w| normalise(w.trim())).collect();
    let words = defs
        .into_iter()
        .map(|(tag, d)| {
            let w = StyleWords {
                pronouns: lower(d.pronouns),
                pointers: lower(d.pointers),
                pointer_verbs: lower(d.pointer_verbs),
                negations: lower(d.negations),
                negative_prefixes: lower(d.negative_prefixes),
                intensifiers: lower(d.intensifiers),
                may_repeat: lower(d.may_repeat),
            };
            (tag, w)
        })
        .collect();
    let simpler = simpler
        .into_iter()
        .map(|(tag, pairs)| {
            let pairs = pairs
                .into_iter()
                .map(|(hard, easy)| (normalise(hard.trim()), easy))
                .collect();
            (tag, pairs)
        })
        .collect();
    (StyleConfig { words, simpler }, diags)
}
