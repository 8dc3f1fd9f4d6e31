//! The promise check: an easy-read statement read against the guide text
//! it names as its `source`. No style rule can see this: "will" where the
//! guide says "should", a condition ("if you have a disability") left in
//! another statement, "ask" where the guide says "answer".
//!
//! The statement is compared with the one sentence of its source block
//! that shares the most content words with it (the block may say several
//! things). The word lists are per language in `content/promises.toml`;
//! a language with none is not checked. Findings:
//! - promise-strength: the statement promises more (an error) or less
//!   (a warning) than its sentence, or turns it round with a negation;
//! - promise-condition: it promises something its sentence promises only
//!   under a condition, and does not keep that condition;
//! - promise-meaning: it puts one of an opposite pair where the sentence
//!   has the other ("ask" for "answer").

use std::collections::BTreeMap;
use std::ops::Range;

use serde::Deserialize;

use super::config::{self, Level};
use super::rules::english::normalise;
use super::rules::text::MessageView;
use crate::diag::Diagnostic;
use crate::source::Sources;

pub const FILE: &str = "content/promises.toml";

/// How strongly a sentence promises something (weakest first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    Possible,
    Aim,
    Should,
    Will,
}

impl Strength {
    fn name(self) -> &'static str {
        match self {
            Strength::Possible => "may or can",
            Strength::Aim => "wants or tries to",
            Strength::Should => "should",
            Strength::Will => "will",
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguageDef {
    #[serde(default)]
    will: Vec<String>,
    #[serde(default)]
    should: Vec<String>,
    #[serde(default)]
    aim: Vec<String>,
    #[serde(default)]
    possible: Vec<String>,
    #[serde(default)]
    negations: Vec<String>,
    #[serde(default)]
    conditions: Vec<String>,
    #[serde(default)]
    reporting: Vec<String>,
    #[serde(default)]
    definitions: Vec<String>,
    #[serde(default)]
    ignore: Vec<String>,
    #[serde(default)]
    opposites: Vec<(String, String)>,
}

/// One language's word lists, split into lower-case words.
#[derive(Debug, Clone, Default)]
pub struct PromiseWords {
    strengths: Vec<(Strength, Vec<String>)>,
    negations: Vec<String>,
    conditions: Vec<String>,
    reporting: Vec<String>,
    definitions: Vec<String>,
    ignore: Vec<String>,
    opposites: Vec<(String, String)>,
}

impl PromiseWords {
    /// Whether `word` after a glossary term makes a definition ("means").
    pub fn defines(&self, word: &str) -> bool {
        self.definitions.iter().any(|d| d == word)
    }
}

/// Every language's lists, by tag or language.
#[derive(Debug, Clone, Default)]
pub struct PromiseConfig {
    languages: BTreeMap<String, PromiseWords>,
}

impl PromiseConfig {
    /// The lists for a locale: its full tag's, else its language's.
    pub fn for_tag(&self, tag: &str) -> Option<&PromiseWords> {
        let language = tag.split('-').next().unwrap_or(tag);
        self.languages
            .get(tag)
            .or_else(|| self.languages.get(language))
    }
}

fn lower_words(s: &str) -> Vec<String> {
    let v = MessageView::from_text(s);
    (0..v.words.len()).map(|i| normalise(v.word(i))).collect()
}

/// Reads `content/promises.toml`; a missing file means no promise check,
/// a broken one is an error at its line and column.
pub fn load(sources: &Sources) -> (PromiseConfig, Vec<Diagnostic>) {
    let Some(file) = sources.get(FILE) else {
        return (PromiseConfig::default(), Vec::new());
    };
    let text = match file.text() {
        Ok(t) => t,
        Err(d) => return (PromiseConfig::default(), vec![d.with_code(config::CONFIG)]),
    };
    parse(&file.label, text)
}

pub fn parse(label: &str, text: &str) -> (PromiseConfig, Vec<Diagnostic>) {
    let defs: BTreeMap<String, LanguageDef> = match toml::from_str(text) {
        Ok(d) => d,
        Err(e) => {
            let d = Diagnostic::error(format!("{label} is not valid: {}", e.message().trim()))
                .with_code(config::CONFIG)
                .with_help("see the comments at the top of content/promises.toml for its shape");
            let d = match e.span() {
                Some(s) => d.at_offset(label, text, s.start, s.len()),
                None => d.at_position(label, 1, 1),
            };
            return (PromiseConfig::default(), vec![d]);
        }
    };
    let languages = defs
        .into_iter()
        .map(|(tag, d)| {
            let list = |v: &[String]| v.iter().map(|p| lower_words(p)).collect::<Vec<_>>();
            let mut strengths = Vec::new();
            for (s, l) in [
                (Strength::Will, &d.will),
                (Strength::Should, &d.should),
                (Strength::Aim, &d.aim),
                (Strength::Possible, &d.possible),
            ] {
                strengths.extend(list(l).into_iter().map(|w| (s, w)));
            }
            let single = |v: &[String]| v.iter().map(|w| normalise(w.trim())).collect();
            let words = PromiseWords {
                strengths,
                negations: single(&d.negations),
                conditions: single(&d.conditions),
                reporting: single(&d.reporting),
                definitions: single(&d.definitions),
                ignore: single(&d.ignore),
                opposites: d
                    .opposites
                    .iter()
                    .map(|(a, b)| (stem(&normalise(a)), stem(&normalise(b))))
                    .collect(),
            };
            (tag, words)
        })
        .collect();
    (PromiseConfig { languages }, Vec::new())
}

/// A crude English-friendly stem, enough to match "asked" with "ask" and
/// "homes" with "home"; other languages' lists name their own forms.
fn stem(w: &str) -> String {
    let w = w.strip_suffix("'s").unwrap_or(w);
    for suffix in ["ing", "ed", "s"] {
        if let Some(s) = w.strip_suffix(suffix)
            && s.chars().count() >= 3
        {
            return s.to_string();
        }
    }
    w.to_string()
}

/// One sentence as the check reads it.
struct Claim {
    /// Lower-case words.
    words: Vec<String>,
    /// Byte range in the view's plain text of each word.
    ranges: Vec<Range<usize>>,
    /// Word ranges of its conditions ("if you have a disability").
    conditions: Vec<Range<usize>>,
    /// For each condition, the words it governs: what follows it when it
    /// opens its clause ("If you move, ..."), else what comes before it
    /// ("... a safe home if you can't live with your family").
    scopes: Vec<Range<usize>>,
    /// The strongest promise outside its conditions: strength, word range,
    /// and whether a negation follows it.
    strength: Option<(Strength, Range<usize>, bool)>,
}

impl Claim {
    fn read(view: &MessageView, sentence: Range<usize>, lists: &PromiseWords) -> Claim {
        let words: Vec<String> = sentence.clone().map(|i| normalise(view.word(i))).collect();
        let ranges: Vec<Range<usize>> = sentence
            .clone()
            .map(|i| view.words[i].range.clone())
            .collect();
        // A condition runs from its word to the next comma, or to the end.
        let mut conditions = Vec::new();
        let mut i = 0;
        while i < words.len() {
            if lists.conditions.contains(&words[i]) {
                let mut j = i + 1;
                // ... or on through ", or" ("if you are experiencing, or at
                // risk of experiencing harm").
                while j < words.len()
                    && (!view.plain[ranges[j - 1].end..ranges[j].start].contains(',')
                        || words[j] == "or")
                {
                    j += 1;
                }
                conditions.push(i..j);
                i = j;
            } else {
                i += 1;
            }
        }
        let scopes = conditions
            .iter()
            .map(|c| {
                let opens = c.start == 0
                    || view.plain[ranges[c.start - 1].end..ranges[c.start].start].contains(',')
                    || ["and", "but", "or", "then"].contains(&words[c.start - 1].as_str());
                // A condition that ends the sentence governs what comes
                // before it, even after a comma ("..., if you move").
                if opens && c.end < words.len() {
                    c.end..words.len()
                } else {
                    0..c.start
                }
            })
            .collect();
        let in_condition = |k: usize| conditions.iter().any(|c| c.contains(&k));
        let mut strength: Option<(Strength, Range<usize>, bool)> = None;
        // A purpose ("so you can be clear ...") promises nothing itself.
        let purpose =
            sentence.start > 0 && view.word(sentence.start - 1).eq_ignore_ascii_case("so");
        // What someone knows or hopes ("they know bad things may have
        // happened") is reported, not promised: strength words after a
        // reporting verb are not the sentence's.
        let reported = (0..words.len())
            .find(|&k| !in_condition(k) && lists.reporting.contains(&words[k]))
            .unwrap_or(words.len());
        for k in (0..reported).filter(|_| !purpose) {
            if in_condition(k) {
                continue;
            }
            for (s, phrase) in &lists.strengths {
                let end = k + phrase.len();
                if end <= words.len()
                    && words[k..end] == phrase[..]
                    && strength.as_ref().is_none_or(|(best, _, _)| s > best)
                {
                    // The clause's polarity: a negation anywhere before
                    // the promise ("it is not always the case that
                    // children can"), or right after it ("will not").
                    let negated = (0..=k)
                        .any(|n| !in_condition(n) && lists.negations.contains(&words[n]))
                        || words.get(end).is_some_and(|w| lists.negations.contains(w));
                    strength = Some((*s, k..end, negated));
                }
            }
        }
        Claim {
            words,
            ranges,
            conditions,
            scopes,
            strength,
        }
    }

    fn content(&self, lists: &PromiseWords, range: Range<usize>) -> Vec<String> {
        self.words[range]
            .iter()
            .filter(|w| !lists.ignore.contains(w) && !lists.conditions.contains(w))
            .map(|w| stem(w))
            .collect()
    }

    fn all_content(&self, lists: &PromiseWords) -> Vec<String> {
        self.content(lists, 0..self.words.len())
    }

    /// Content words outside its conditions: what it promises.
    fn promised(&self, lists: &PromiseWords) -> Vec<String> {
        (0..self.words.len())
            .filter(|k| !self.conditions.iter().any(|c| c.contains(k)))
            .filter(|&k| {
                !lists.ignore.contains(&self.words[k]) && !lists.conditions.contains(&self.words[k])
            })
            .map(|k| stem(&self.words[k]))
            .collect()
    }

    fn span(&self, r: Range<usize>) -> Range<usize> {
        let last = r.end.max(r.start + 1).min(self.ranges.len()) - 1;
        self.ranges[r.start].start..self.ranges[last].end
    }

    fn text(&self, view: &MessageView, r: Range<usize>) -> String {
        view.plain[self.span(r)].to_string()
    }
}

/// A sentence's clauses: it is cut where a comma is followed by "and",
/// "but" or "so" ("You should be treated fairly, and if you are ...,
/// the people supporting you should address this"), so each promise is
/// read with its own strength and conditions.
fn clauses(view: &MessageView, sentence: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = sentence.start;
    for i in sentence.start + 1..sentence.end {
        let gap = &view.plain[view.words[i - 1].range.end..view.words[i].range.start];
        let word = normalise(view.word(i));
        if gap.contains(',') && ["and", "but", "so"].contains(&word.as_str()) {
            out.push(start..i);
            start = i + 1;
        }
    }
    if start < sentence.end {
        out.push(start..sentence.end);
    }
    out
}

/// A finding of the promise check, at a range of the statement's plain
/// text; the caller places it in the file.
pub struct Finding {
    pub code: &'static str,
    pub level_cap: Level,
    pub range: Range<usize>,
    pub message: String,
    pub help: String,
}

/// Compares `statement` with `source` (the guide block it names, `name`
/// for messages).
pub fn compare(
    statement: &MessageView,
    source: &MessageView,
    name: &str,
    lists: &PromiseWords,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut source_claims: Vec<Claim> = Vec::new();
    for s in &source.sentences {
        let mut parts: Vec<Range<usize>> = Vec::new();
        for c in clauses(source, s.words.clone()) {
            // A clause that promises nothing ("..., and especially with
            // your siblings, if you move") belongs to the one before it.
            let promises = Claim::read(source, c.clone(), lists).strength.is_some();
            match parts.last_mut() {
                Some(prev) if !promises => prev.end = c.end,
                _ => parts.push(c),
            }
        }
        source_claims.extend(parts.into_iter().map(|c| Claim::read(source, c, lists)));
    }
    for sentence in &statement.sentences {
        let claim = Claim::read(statement, sentence.words.clone(), lists);
        let mine = claim.all_content(lists);
        // The source clause sharing the most content words; of two that
        // share as many, the one with fewer words besides (the closer).
        let Some((shared, _, theirs)) = source_claims
            .iter()
            .map(|c| {
                let theirs = c.all_content(lists);
                let shared = mine.iter().filter(|w| theirs.contains(w)).count();
                (shared, std::cmp::Reverse(theirs.len()), c)
            })
            .rev()
            .max_by_key(|(n, len, _)| (*n, *len))
        else {
            continue;
        };
        if shared == 0 {
            continue;
        }
        // A statement that retells only a condition of its source ("they
        // may ask a court" for "... will be heard if your council ...
        // needs to go to court") is not making the source's promise: it
        // is not told it promises less. Promising more is always told.
        let promised = theirs.promised(lists);
        let makes_the_promise = mine.iter().any(|w| promised.contains(w));
        let said = theirs.text(source, 0..theirs.words.len());
        if let Some((s, range, negated)) = &claim.strength {
            let at = claim.span(range.clone());
            let word = claim.text(statement, range.clone());
            match &theirs.strength {
                Some((t, _, _)) if s > t => out.push(Finding {
                    code: config::PROMISE_STRENGTH,
                    level_cap: Level::Error,
                    range: at.clone(),
                    message: format!(
                        "\"{word}\" promises more than {name}, which says \"{}\": \"{said}\"",
                        theirs.text(source, theirs.strength.as_ref().unwrap().1.clone())
                    ),
                    help: format!(
                        "promise only what the guide does: say \"{}\" here too, in easy words",
                        t.name()
                    ),
                }),
                Some((t, _, _)) if s < t && makes_the_promise => out.push(Finding {
                    code: config::PROMISE_STRENGTH,
                    level_cap: Level::Warning,
                    range: at.clone(),
                    message: format!(
                        "\"{word}\" promises less than {name}, which says \"{}\": \"{said}\"",
                        theirs.text(source, theirs.strength.as_ref().unwrap().1.clone())
                    ),
                    help: format!(
                        "the guide promises this more firmly (\"{}\"): say so",
                        t.name()
                    ),
                }),
                _ => {}
            }
            if let Some((_, r, their_neg)) = &theirs.strength
                && negated != their_neg
                && makes_the_promise
            {
                out.push(Finding {
                    code: config::PROMISE_STRENGTH,
                    level_cap: Level::Error,
                    range: at.clone(),
                    message: format!(
                        "\"{word}\" turns round what {name} says (\"{}\"): \"{said}\"",
                        theirs.text(source, r.start..(r.end + 1).min(theirs.words.len()))
                    ),
                    help: "say it the way the guide does, with or without \"not\"".to_string(),
                });
            }
            // A promise keeps the conditions it is made under (a
            // description's "when they need help" is not a promise's).
            let conditions = theirs.conditions.iter().zip(&theirs.scopes);
            for (cond, scope) in conditions.filter(|_| theirs.strength.is_some()) {
                let needed = theirs.content(lists, cond.clone());
                let governs = theirs.content(lists, scope.clone());
                let emphasis = cond.start > 0 && theirs.words[cond.start - 1] == "especially";
                if emphasis || needed.is_empty() || !mine.iter().any(|w| governs.contains(w)) {
                    continue; // a condition of another part of the sentence
                }
                let kept = claim.conditions.iter().any(|c| {
                    claim
                        .content(lists, c.clone())
                        .iter()
                        .any(|w| needed.contains(w))
                });
                if kept {
                    continue;
                }
                let condition = theirs.text(source, cond.clone());
                let (message, range) = match claim.conditions.first() {
                    Some(c) => (
                        format!(
                            "the condition \"{}\" is not the one in {name}: \"{condition}\"",
                            claim.text(statement, c.clone())
                        ),
                        claim.span(c.clone()),
                    ),
                    None => (
                        format!(
                            "this promise drops the condition \"{condition}\" of {name}: \"{said}\""
                        ),
                        at.clone(),
                    ),
                };
                out.push(Finding {
                    code: config::PROMISE_CONDITION,
                    level_cap: Level::Error,
                    range,
                    message,
                    help: format!(
                        "say the condition in this statement itself (\"{condition}\", in easy words): a statement may be read alone"
                    ),
                });
            }
        }
        // Opposites: "ask" questions where the guide says "answer" them.
        // Only about the same thing: a content word next to the one
        // (within 3 words) is next to the other too ("ask questions" /
        // "answer questions", not "answer you" / "children are asked").
        let their_words: Vec<String> = theirs.words.iter().map(|w| stem(w)).collect();
        let my_words: Vec<String> = claim.words.iter().map(|w| stem(w)).collect();
        let near = |words: &[String], k: usize| -> Vec<String> {
            let (lo, hi) = (k.saturating_sub(3), (k + 4).min(words.len()));
            (lo..hi)
                .filter(|&j| j != k && !lists.ignore.contains(&words[j]))
                .map(|j| words[j].clone())
                .collect()
        };
        for (k, w) in my_words.iter().enumerate() {
            let mine_near = near(&my_words, k);
            for (a, b) in &lists.opposites {
                for (mine, other) in [(a, b), (b, a)] {
                    let same_thing = their_words.iter().enumerate().any(|(j, t)| {
                        t == other && near(&their_words, j).iter().any(|n| mine_near.contains(n))
                    });
                    if w == mine && same_thing && !their_words.contains(mine) {
                        out.push(Finding {
                            code: config::PROMISE_MEANING,
                            level_cap: Level::Error,
                            range: claim.span(k..k + 1),
                            message: format!(
                                "\"{}\" says the opposite of {name}, which has \"{other}\": \"{said}\"",
                                claim.text(statement, k..k + 1)
                            ),
                            help: "say what the guide says: these words mean opposite things"
                                .to_string(),
                        });
                    }
                }
            }
        }
    }
    out
}
