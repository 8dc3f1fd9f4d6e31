//! Small rules of plain writing that need no dictionary: repeated words
//! ("the the"), a statement that opens with a pronoun, double negatives,
//! intensifiers ("really very"), semicolons and brackets. The word lists
//! are per language in `content/style.toml` (see [`StyleWords`]); the
//! repeated-word and punctuation rules run in every language.

use std::ops::Range;

use super::english::normalise;
use super::text::MessageView;

/// One language's lists, lower case.
#[derive(Debug, Clone, Default)]
pub struct StyleWords {
    /// Pronouns that need a person or thing named before them.
    pub pronouns: Vec<String>,
    /// Words that point back ("this", "these") when a verb follows them.
    pub pointers: Vec<String>,
    /// Words after which a pointer is a pronoun ("This means ...").
    pub pointer_verbs: Vec<String>,
    /// Negation words, for double negatives.
    pub negations: Vec<String>,
    /// Prefixes that negate a word, after a negation ("not unkind").
    pub negative_prefixes: Vec<String>,
    /// Words that only add force ("really", "very").
    pub intensifiers: Vec<String>,
    /// Words that may be doubled on purpose ("had had").
    pub may_repeat: Vec<String>,
}

/// A finding: the range in the view's plain text, the rule and the words.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub range: Range<usize>,
    pub rule: Rule,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    RepeatedWord,
    OpeningPronoun,
    DoubleNegative,
    Intensifier,
    Punctuation,
}

fn words_of(view: &MessageView, r: Range<usize>) -> Vec<String> {
    r.map(|i| normalise(view.word(i))).collect()
}

fn span(view: &MessageView, first: usize, last: usize) -> Range<usize> {
    view.words[first].range.start..view.words[last].range.end
}

/// "the the": a word written twice in a row, not across a placeable.
pub fn repeated(view: &MessageView, lists: &StyleWords) -> Vec<Found> {
    let mut out = Vec::new();
    for i in 1..view.words.len() {
        let (a, b) = (normalise(view.word(i - 1)), normalise(view.word(i)));
        let gap = &view.plain[view.words[i - 1].range.end..view.words[i].range.start];
        if a == b
            && a.chars().any(char::is_alphabetic)
            && gap.chars().all(char::is_whitespace)
            && !view.words[i].from_placeable()
            && !view.words[i - 1].from_placeable()
            && !lists.may_repeat.contains(&a)
        {
            out.push(Found {
                range: span(view, i - 1, i),
                rule: Rule::RepeatedWord,
                text: view.plain[span(view, i - 1, i)].to_string(),
            });
        }
    }
    out
}

/// A statement whose first word needs another statement to be understood:
/// "They will ...", "It could be ...", "This means ...".
pub fn opening_pronoun(view: &MessageView, lists: &StyleWords) -> Option<Found> {
    let first = normalise(view.word(0));
    let next = (view.words.len() > 1).then(|| normalise(view.word(1)));
    let leans = lists.pronouns.contains(&first)
        || (lists.pointers.contains(&first)
            && next
                .as_ref()
                .is_some_and(|n| lists.pointer_verbs.contains(n)));
    (leans && !view.words[0].from_placeable()).then(|| Found {
        range: view.words[0].range.clone(),
        rule: Rule::OpeningPronoun,
        text: view.word(0).to_string(),
    })
}

/// Two negations in one clause ("not ... nothing", "not unkind").
pub fn double_negatives(view: &MessageView, lists: &StyleWords) -> Vec<Found> {
    let mut out = Vec::new();
    for s in &view.sentences {
        let words = words_of(view, s.words.clone());
        let mut open: Option<usize> = None;
        for (k, w) in words.iter().enumerate() {
            let i = s.words.start + k;
            // A comma ends the clause.
            if k > 0
                && view.plain[view.words[i - 1].range.end..view.words[i].range.start].contains(',')
            {
                open = None;
            }
            let negative = lists.negations.contains(w);
            let prefixed = open.is_some()
                && k > 0
                && lists.negative_prefixes.iter().any(|p| {
                    w.len() > p.len() + 3 && w.starts_with(p.as_str()) && words[k - 1] == "not"
                });
            match open {
                Some(first) if negative || prefixed => {
                    out.push(Found {
                        range: span(view, first, i),
                        rule: Rule::DoubleNegative,
                        text: view.plain[span(view, first, i)].to_string(),
                    });
                    open = None;
                }
                None if negative => open = Some(i),
                _ => {}
            }
        }
    }
    out
}

/// "really", "very": words that add force and no meaning; two in a row
/// are one finding.
pub fn intensifiers(view: &MessageView, lists: &StyleWords) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    let mut last: Option<usize> = None;
    for i in 0..view.words.len() {
        if view.words[i].from_placeable() || !lists.intensifiers.contains(&normalise(view.word(i)))
        {
            continue;
        }
        match (last, out.last_mut()) {
            (Some(j), Some(f)) if j + 1 == i => {
                f.range.end = view.words[i].range.end;
                f.text = view.plain[f.range.clone()].to_string();
            }
            _ => out.push(Found {
                range: view.words[i].range.clone(),
                rule: Rule::Intensifier,
                text: view.word(i).to_string(),
            }),
        }
        last = Some(i);
    }
    out
}

/// Semicolons and brackets: a reader meets two ideas or an aside.
pub fn punctuation(view: &MessageView) -> Vec<Found> {
    view.plain
        .char_indices()
        .filter(|(_, c)| matches!(c, ';' | '(' | '[' | '{' | '（' | '؛'))
        .map(|(at, c)| Found {
            range: at..at + c.len_utf8(),
            rule: Rule::Punctuation,
            text: c.to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en() -> StyleWords {
        let l = |v: &[&str]| v.iter().map(|s| s.to_string()).collect();
        StyleWords {
            pronouns: l(&["they", "it", "them"]),
            pointers: l(&["this", "these"]),
            pointer_verbs: l(&["is", "means", "could"]),
            negations: l(&["not", "no", "never", "nothing", "nobody"]),
            negative_prefixes: l(&["un", "in"]),
            intensifiers: l(&["really", "very"]),
            may_repeat: l(&["had", "that"]),
        }
    }

    fn texts(f: Vec<Found>) -> Vec<String> {
        f.into_iter().map(|f| f.text).collect()
    }

    #[test]
    fn each_rule_on_its_words() {
        let v = |s: &str| MessageView::from_text(s);
        let l = en();
        assert_eq!(texts(repeated(&v("Tell the the adults."), &l)), ["the the"]);
        assert!(repeated(&v("She had had enough. Tell the adults."), &l).is_empty());
        assert!(opening_pronoun(&v("They will listen."), &l).is_some());
        assert!(opening_pronoun(&v("This means a plan."), &l).is_some());
        assert!(opening_pronoun(&v("This guide helps you."), &l).is_none());
        assert!(opening_pronoun(&v("People will listen."), &l).is_none());
        assert_eq!(
            texts(double_negatives(&v("You do not have nothing to fear."), &l)),
            ["not have nothing"]
        );
        assert_eq!(
            texts(double_negatives(&v("It is not unkind."), &l)),
            ["not unkind"]
        );
        assert!(
            double_negatives(&v("It is not your fault, and no one blames you."), &l).is_empty()
        );
        assert_eq!(
            texts(intensifiers(&v("It is really very good."), &l)),
            ["really very"]
        );
        assert_eq!(
            texts(punctuation(&v("Call us; we listen (always)."))),
            [";", "("]
        );
    }
}
