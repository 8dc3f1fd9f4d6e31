//! `content/check.toml`: which easy-read rules run on which edition, how
//! strictly (error, warning or off) and with what limits, with overrides
//! per locale, plus the list of preferred terms. An edition that the file
//! does not name is not checked (the practitioners' framework, by default).

use std::collections::BTreeMap;
use std::rc::Rc;

use serde::Deserialize;
use toml::Spanned;

use crate::diag::{Diagnostic, Severity};
use crate::project::{Project, closest};
use crate::source::Sources;

pub const CONFIG_FILE: &str = "content/check.toml";

/// How a rule reports what it finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Off,
    Warning,
    Error,
}

impl Level {
    pub fn severity(self) -> Option<Severity> {
        match self {
            Level::Off => None,
            Level::Warning => Some(Severity::Warning),
            Level::Error => Some(Severity::Error),
        }
    }
}

/// Every rule id, with what it checks (for `--help`-style listings and the
/// config's validation).
pub const RULES: &[(&str, &str)] = &[
    (SENTENCE_LENGTH, "a sentence with too many words"),
    (
        ONE_SENTENCE,
        "an easy-read statement with more than one sentence",
    ),
    (PARAGRAPH_SENTENCES, "a paragraph with too many sentences"),
    (
        HARD_WORD,
        "a word that is neither everyday nor in the glossary (English)",
    ),
    (
        GLOSSARY_FIRST_USE,
        "a glossary word not explained where a page first uses it",
    ),
    (
        ABBREVIATION,
        "initials or an abbreviation such as `e.g.` or `LA` (English)",
    ),
    (CONTRACTION, "a contraction such as `can't` (English)"),
    (
        PASSIVE_VOICE,
        "passive voice, found by a heuristic (English)",
    ),
    (ALL_CAPS, "a word in CAPITAL LETTERS"),
    (ITALICS, "italic text (*x* or _x_)"),
    (UNDERLINE, "markup that underlines (__x__, <u>)"),
    (NUMBER_WORDS, "a number written as a word (English)"),
    (PERCENTAGE, "a percentage"),
    (LARGE_NUMBER, "a very large number"),
    (PICTURE_MISSING, "an easy-read statement without a picture"),
    (PICTURE_ALT, "a picture without alt text in the locale"),
    (
        PREFERRED_TERMS,
        "a word the children's editions say differently",
    ),
    (
        PROMISE_STRENGTH,
        "a statement promising more or less than its source (content/promises.toml)",
    ),
    (
        PROMISE_CONDITION,
        "a promise that drops or changes its source's condition",
    ),
    (
        PROMISE_MEANING,
        "a word put for its opposite (\"ask\" for \"answer\")",
    ),
    (IDIOM, "an idiom or figure of speech (content/idioms.toml)"),
    (HEADING_LENGTH, "a title or heading with too many words"),
    (
        SIMPLER_WORD,
        "a word with a simpler one (content/simpler-words.toml)",
    ),
    (REPEATED_WORD, "a word written twice (\"the the\")"),
    (
        OPENING_PRONOUN,
        "a statement that opens with a pronoun (content/style.toml)",
    ),
    (
        DOUBLE_NEGATIVE,
        "two negations in one clause (\"not unkind\")",
    ),
    (INTENSIFIER, "a word that only adds force (\"really very\")"),
    (PUNCTUATION, "a semicolon or brackets"),
    (
        UNCLEAR_PRONOUN,
        "a pronoun whose person or thing is not in the statement (English)",
    ),
    (
        SPELLING,
        "a word not in the language's spelling dictionary (check::spelling)",
    ),
];

pub const SENTENCE_LENGTH: &str = "sentence-length";
pub const ONE_SENTENCE: &str = "one-sentence";
pub const PARAGRAPH_SENTENCES: &str = "paragraph-sentences";
pub const HARD_WORD: &str = "hard-word";
pub const GLOSSARY_FIRST_USE: &str = "glossary-first-use";
pub const ABBREVIATION: &str = "abbreviation";
pub const CONTRACTION: &str = "contraction";
pub const PASSIVE_VOICE: &str = "passive-voice";
pub const ALL_CAPS: &str = "all-caps";
pub const ITALICS: &str = "italics";
pub const UNDERLINE: &str = "underline";
pub const NUMBER_WORDS: &str = "number-words";
pub const PERCENTAGE: &str = "percentage";
pub const LARGE_NUMBER: &str = "large-number";
pub const PICTURE_MISSING: &str = "picture-missing";
pub const PICTURE_ALT: &str = "picture-alt";
pub const PREFERRED_TERMS: &str = "preferred-terms";
pub const PROMISE_STRENGTH: &str = "promise-strength";
pub const PROMISE_CONDITION: &str = "promise-condition";
pub const PROMISE_MEANING: &str = "promise-meaning";
pub const IDIOM: &str = "idiom";
pub const HEADING_LENGTH: &str = "heading-length";
pub const SIMPLER_WORD: &str = "simpler-word";
pub const REPEATED_WORD: &str = "repeated-word";
pub const OPENING_PRONOUN: &str = "opening-pronoun";
pub const DOUBLE_NEGATIVE: &str = "double-negative";
pub const INTENSIFIER: &str = "intensifier";
pub const PUNCTUATION: &str = "punctuation";
pub const UNCLEAR_PRONOUN: &str = "unclear-pronoun";
pub const SPELLING: &str = "spelling";
/// Problems in check.toml itself.
pub const CONFIG: &str = "check-config";

/// The static rule id for a name, if it is one.
pub fn rule_id(name: &str) -> Option<&'static str> {
    RULES.iter().map(|(id, _)| *id).find(|id| *id == name)
}

/// Limits a rule compares with.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limits {
    /// More words than this in a sentence is a warning.
    pub sentence_words_warning: usize,
    /// More words than this is an error (when the rule's level is error).
    pub sentence_words_error: usize,
    /// More sentences than this in one paragraph.
    pub paragraph_sentences: usize,
    /// Numbers from this up are "very large".
    pub large_number: u64,
    /// More words than this in a title or heading.
    pub heading_words: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            sentence_words_warning: 15,
            sentence_words_error: 20,
            paragraph_sentences: 5,
            large_number: 1000,
            heading_words: 10,
        }
    }
}

/// The rules and limits for one edition in one locale.
#[derive(Debug, Clone)]
pub struct Settings {
    pub levels: BTreeMap<&'static str, Level>,
    pub limits: Limits,
}

impl Settings {
    pub fn level(&self, rule: &str) -> Level {
        self.levels.get(rule).copied().unwrap_or(Level::Off)
    }

    pub fn on(&self, rule: &str) -> bool {
        self.level(rule) != Level::Off
    }

    /// Whether any rule is on.
    pub fn any_on(&self) -> bool {
        self.levels.values().any(|l| *l != Level::Off)
    }
}

/// A preferred term: one word for one thing in the children's editions.
#[derive(Debug, Clone)]
pub struct PreferredTerm {
    /// The language it applies to (`en`), or a full tag.
    pub language: String,
    /// Words or phrases to avoid, as written (matched without regard to case).
    pub avoid: Vec<String>,
    /// What to say instead.
    pub prefer: String,
    /// Why, in a few words, shown with the finding.
    pub why: String,
    /// At most this level, whatever the edition says (for words whose
    /// meaning depends on the sentence, like "contact").
    pub max_level: Option<Level>,
    /// Only when one of these words is within a few words of it ("contact"
    /// with "family", not "contact Childline"); empty: always.
    pub near: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct CheckConfig {
    editions: BTreeMap<String, EditionConfig>,
    pub terms: Vec<PreferredTerm>,
}

#[derive(Debug, Clone, Default)]
struct EditionConfig {
    base: Overrides,
    locales: BTreeMap<String, Overrides>,
}

#[derive(Debug, Clone, Default)]
struct Overrides {
    levels: BTreeMap<&'static str, Level>,
    sentence_words_warning: Option<usize>,
    sentence_words_error: Option<usize>,
    paragraph_sentences: Option<usize>,
    large_number: Option<u64>,
    heading_words: Option<usize>,
}

impl Overrides {
    fn apply(&self, s: &mut Settings) {
        s.levels.extend(self.levels.iter().map(|(k, v)| (*k, *v)));
        let l = &mut s.limits;
        l.sentence_words_warning = self
            .sentence_words_warning
            .unwrap_or(l.sentence_words_warning);
        l.sentence_words_error = self.sentence_words_error.unwrap_or(l.sentence_words_error);
        l.paragraph_sentences = self.paragraph_sentences.unwrap_or(l.paragraph_sentences);
        l.large_number = self.large_number.unwrap_or(l.large_number);
        l.heading_words = self.heading_words.unwrap_or(l.heading_words);
    }
}

impl CheckConfig {
    /// The editions the file configures, in its order of names.
    pub fn editions(&self) -> impl Iterator<Item = &str> {
        self.editions.keys().map(String::as_str)
    }

    /// The settings for `edition` in locale `tag`, or `None` when the
    /// edition is not checked. A locale table named by the full tag wins
    /// over one named by the language alone.
    pub fn settings(&self, edition: &str, tag: &str) -> Option<Settings> {
        let ed = self.editions.get(edition)?;
        let mut s = Settings {
            levels: RULES.iter().map(|(id, _)| (*id, Level::Off)).collect(),
            limits: Limits::default(),
        };
        ed.base.apply(&mut s);
        let language = tag.split('-').next().unwrap_or(tag);
        if language != tag
            && let Some(o) = ed.locales.get(language)
        {
            o.apply(&mut s);
        }
        if let Some(o) = ed.locales.get(tag) {
            o.apply(&mut s);
        }
        Some(s)
    }

    /// The preferred terms for a locale: those of its language and its tag.
    pub fn terms_for(&self, tag: &str) -> impl Iterator<Item = &PreferredTerm> {
        let language = tag.split('-').next().unwrap_or(tag).to_string();
        let tag = tag.to_string();
        self.terms
            .iter()
            .filter(move |t| t.language == language || t.language == tag)
    }
}

// The file as written.

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileDef {
    #[serde(default)]
    editions: BTreeMap<String, EditionDef>,
    #[serde(default)]
    terms: Vec<TermDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct EditionDef {
    #[serde(default)]
    rules: BTreeMap<Spanned<String>, Level>,
    sentence_words_warning: Option<usize>,
    sentence_words_error: Option<usize>,
    paragraph_sentences: Option<usize>,
    large_number: Option<u64>,
    heading_words: Option<usize>,
    #[serde(default)]
    locales: BTreeMap<String, OverridesDef>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct OverridesDef {
    #[serde(default)]
    rules: BTreeMap<Spanned<String>, Level>,
    sentence_words_warning: Option<usize>,
    sentence_words_error: Option<usize>,
    paragraph_sentences: Option<usize>,
    large_number: Option<u64>,
    heading_words: Option<usize>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct TermDef {
    language: String,
    avoid: Vec<String>,
    #[serde(rename = "use")]
    prefer: String,
    #[serde(default)]
    why: String,
    level: Option<Level>,
    #[serde(default)]
    near: Vec<String>,
}

/// The project's `content/check.toml` and its problems, read once per run
/// however many checks ask.
pub fn for_project(project: &Project) -> Rc<(CheckConfig, Vec<Diagnostic>)> {
    project.memo(|p| load_config(&p.sources))
}

/// Reads `content/check.toml`. A missing file means nothing is checked; a
/// broken one is an error, and whatever could be read is used.
pub fn load_config(sources: &Sources) -> (CheckConfig, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let Some(file) = sources.get(CONFIG_FILE) else {
        diags.push(
            Diagnostic::warning(format!(
                "{CONFIG_FILE} is missing, so no easy-read rules run"
            ))
            .with_code(CONFIG)
            .with_help("restore it from the repository; it sets each rule's level per edition"),
        );
        return (CheckConfig::default(), diags);
    };
    let text = match file.text() {
        Ok(t) => t,
        Err(d) => return (CheckConfig::default(), vec![d.with_code(CONFIG)]),
    };
    let config = parse_config(&file.label, text, &mut diags).unwrap_or_default();
    (config, diags)
}

/// Parses the text of a check.toml (`label` names it in diagnostics).
pub fn parse_config(label: &str, text: &str, diags: &mut Vec<Diagnostic>) -> Option<CheckConfig> {
    let def: FileDef = match toml::from_str(text) {
        Ok(d) => d,
        Err(e) => {
            let d = Diagnostic::error(format!("{label} is not valid: {}", e.message().trim()))
                .with_code(CONFIG)
                .with_help("see the comments at the top of content/check.toml for its shape");
            diags.push(match e.span() {
                Some(s) => d.at_offset(label, text, s.start, s.len()),
                None => d.at_position(label, 1, 1),
            });
            return None;
        }
    };
    let names: Vec<String> = RULES.iter().map(|(id, _)| id.to_string()).collect();
    let overrides = |o: OverridesDef, diags: &mut Vec<Diagnostic>| {
        let mut levels = BTreeMap::new();
        for (name, level) in o.rules {
            match rule_id(name.get_ref()) {
                Some(id) => {
                    levels.insert(id, level);
                }
                None => {
                    let hint = match closest(name.get_ref(), &names) {
                        Some(c) => {
                            format!("did you mean `{c}`? The rules are: {}", names.join(", "))
                        }
                        None => format!("the rules are: {}", names.join(", ")),
                    };
                    diags.push(
                        Diagnostic::error(format!("there is no rule `{}`", name.get_ref()))
                            .with_code(CONFIG)
                            .at_offset(label, text, name.span().start, name.span().len())
                            .with_help(hint),
                    );
                }
            }
        }
        Overrides {
            levels,
            sentence_words_warning: o.sentence_words_warning,
            sentence_words_error: o.sentence_words_error,
            paragraph_sentences: o.paragraph_sentences,
            large_number: o.large_number,
            heading_words: o.heading_words,
        }
    };
    let mut editions = BTreeMap::new();
    for (id, e) in def.editions {
        let base = OverridesDef {
            rules: e.rules,
            sentence_words_warning: e.sentence_words_warning,
            sentence_words_error: e.sentence_words_error,
            paragraph_sentences: e.paragraph_sentences,
            large_number: e.large_number,
            heading_words: e.heading_words,
        };
        let base = overrides(base, diags);
        let locales = e
            .locales
            .into_iter()
            .map(|(tag, o)| (tag, overrides(o, diags)))
            .collect();
        editions.insert(id, EditionConfig { base, locales });
    }
    let terms = def
        .terms
        .into_iter()
        .map(|t| PreferredTerm {
            language: t.language,
            avoid: t.avoid,
            prefer: t.prefer,
            why: t.why,
            max_level: t.level,
            near: t.near.iter().map(|w| w.to_lowercase()).collect(),
        })
        .collect();
    Some(CheckConfig { editions, terms })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"
[editions.easy-read]
sentence-words-warning = 15
[editions.easy-read.rules]
sentence-length = "error"
italics = "warning"
[editions.easy-read.locales.fa]
sentence-words-warning = 18
[editions.easy-read.locales.fa.rules]
italics = "off"

[[terms]]
language = "en"
avoid = ["local authority"]
use = "council"
"#;

    #[test]
    fn levels_and_locale_overrides() {
        let mut diags = Vec::new();
        let c = parse_config("check.toml", SAMPLE, &mut diags).unwrap();
        assert!(diags.is_empty(), "{diags:?}");
        let en = c.settings("easy-read", "en-GB").unwrap();
        assert_eq!(en.level(ITALICS), Level::Warning);
        assert_eq!(en.level(HARD_WORD), Level::Off);
        assert_eq!(en.limits.sentence_words_warning, 15);
        let fa = c.settings("easy-read", "fa").unwrap();
        assert_eq!(fa.level(ITALICS), Level::Off);
        assert_eq!(fa.level(SENTENCE_LENGTH), Level::Error);
        assert_eq!(fa.limits.sentence_words_warning, 18);
        assert!(c.settings("framework", "en-GB").is_none());
        assert_eq!(c.terms_for("en-GB").count(), 1);
        assert_eq!(c.terms_for("pl").count(), 0);
    }

    #[test]
    fn unknown_rule_is_pointed_at() {
        let mut diags = Vec::new();
        parse_config(
            "check.toml",
            "[editions.guide.rules]\nsentence-lenght = \"warning\"\n",
            &mut diags,
        );
        assert_eq!(diags.len(), 1);
        let d = &diags[0];
        assert_eq!(d.code, CONFIG);
        assert_eq!(d.location.as_ref().unwrap().line, 2);
        assert!(d.help.as_ref().unwrap().contains("sentence-length"));
    }
}
