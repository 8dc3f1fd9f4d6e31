//! Glossary terms and preferred terms found in a message's words, and
//! the rules on them: preferred-terms and glossary-first-use.

use super::LocaleCtx;
use super::report::PageState;
use super::report::Reporter;
use crate::check::config;
use crate::check::rules::english::normalise;
use crate::check::rules::text::{MessageView, Word};

/// A glossary term as the rules match it: each form as lower-case words.
pub(super) struct TermMatcher {
    pub(super) id: String,
    pub(super) term: String,
    pub(super) explain: String,
    pub(super) forms: Vec<Vec<String>>,
    /// Forms written in capitals ("LA"), matched exactly.
    pub(super) initials: Vec<String>,
}

/// A run of words matching a glossary term or preferred term.
#[derive(Debug, Clone, Copy)]
pub(super) struct Hit {
    pub(super) what: usize,
    pub(super) first: usize,
    pub(super) last: usize,
}

pub(super) fn split_words(s: &str) -> Vec<String> {
    let v = MessageView::from_text(s);
    (0..v.words.len())
        .map(|i| strip_possessive(&normalise(v.word(i))))
        .collect()
}

/// A message's words as glossary and preferred terms are matched: lower
/// case, without a possessive 's.
pub(super) fn lookup_words(view: &MessageView) -> Vec<String> {
    (0..view.words.len())
        .map(|i| strip_possessive(&normalise(view.word(i))))
        .collect()
}

pub(super) fn strip_possessive(w: &str) -> String {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix('\''))
        .unwrap_or(w)
        .to_string()
}

pub(super) fn is_initials(s: &str) -> bool {
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2
        && letters.iter().filter(|c| c.is_uppercase()).count() >= 2
        && !s.contains(' ')
}

impl LocaleCtx<'_> {
    pub(super) fn glossary_hits(&self, view: &MessageView, words: &[String]) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let mut best: Option<Hit> = self.glossary_initials.get(view.word(i)).map(|&t| Hit {
                what: t,
                first: i,
                last: i,
            });
            for &(t, f) in self
                .glossary_by_first
                .get(&words[i])
                .map_or(&[][..], Vec::as_slice)
            {
                let form = &self.glossary[t].forms[f];
                let n = form.len();
                if i + n <= words.len()
                    && words[i..i + n] == form[..]
                    && best.is_none_or(|b| b.last - b.first + 1 < n)
                {
                    best = Some(Hit {
                        what: t,
                        first: i,
                        last: i + n - 1,
                    });
                }
            }
            // "does not judge you": the term's own word used as a verb.
            let verb = best.is_some_and(|h| {
                self.english
                    && h.first == h.last
                    && words[h.first] == normalise(&self.glossary[h.what].term)
                    && h.first > 0
                    && matches!(
                        words[h.first - 1].as_str(),
                        "not"
                            | "will"
                            | "would"
                            | "can"
                            | "could"
                            | "may"
                            | "might"
                            | "must"
                            | "should"
                            | "don't"
                            | "didn't"
                            | "cannot"
                            | "can't"
                    )
            });
            match best {
                Some(h)
                    if !verb
                        && !view.words[h.first..=h.last]
                            .iter()
                            .any(Word::from_placeable) =>
                {
                    hits.push(h);
                    i = h.last + 1;
                }
                _ => i += 1,
            }
        }
        hits
    }

    pub(super) fn term_hits(&self, view: &MessageView, words: &[String]) -> Vec<Hit> {
        /// How many words either side a term's `near` words are looked for.
        const NEAR: usize = 6;
        let mut hits = Vec::new();
        for (t, term) in self.terms.iter().enumerate() {
            for (avoid, form) in term.avoid.iter().zip(&self.term_forms[t]) {
                if is_initials(avoid) {
                    for (i, _) in view
                        .words
                        .iter()
                        .enumerate()
                        .filter(|(i, w)| !w.from_placeable() && view.word(*i) == avoid)
                    {
                        hits.push(Hit {
                            what: t,
                            first: i,
                            last: i,
                        });
                    }
                    continue;
                }
                let n = form.len();
                if n == 0 {
                    continue;
                }
                // A word whose meaning depends on the sentence is the
                // term's only with one of its `near` words close by.
                let near = |i: usize| {
                    let (lo, hi) = (i.saturating_sub(NEAR), (i + n + NEAR).min(words.len()));
                    term.near.is_empty()
                        || words[lo..hi]
                            .iter()
                            .any(|w| term.near.contains(&strip_possessive(w)))
                };
                for i in 0..words.len().saturating_sub(n - 1) {
                    if words[i..i + n] == form[..]
                        && !view.words[i..i + n].iter().any(Word::from_placeable)
                        && near(i)
                    {
                        hits.push(Hit {
                            what: t,
                            first: i,
                            last: i + n - 1,
                        });
                    }
                }
            }
        }
        hits.sort_by_key(|h| (h.first, std::cmp::Reverse(h.last)));
        let mut out: Vec<Hit> = Vec::new();
        for h in hits {
            if out.last().is_none_or(|l| h.first > l.last) {
                out.push(h);
            }
        }
        out
    }

    pub(super) fn preferred_terms(&self, hits: &[Hit], r: &mut Reporter) {
        let view = r.view;
        for h in hits {
            let term = self.terms[h.what];
            let mut level = r.settings.level(config::PREFERRED_TERMS);
            if let Some(max) = term.max_level {
                level = level.min(max);
            }
            let range = view.words[h.first].range.start..view.words[h.last].range.end;
            let said = &view.plain[range.clone()];
            let help = if term.why.is_empty() {
                format!("say `{}`", term.prefer)
            } else {
                format!("say `{}`: {}", term.prefer, term.why)
            };
            r.at_plain(
                range,
                level,
                config::PREFERRED_TERMS,
                format!(
                    "children's editions say `{}` rather than `{said}`",
                    term.prefer
                ),
                &help,
            );
        }
    }

    pub(super) fn first_use(
        &self,
        hits: &[Hit],
        r: &mut Reporter,
        next: Option<&MessageView>,
        state: &mut PageState,
    ) {
        let view = r.view;
        for h in hits {
            let m = &self.glossary[h.what];
            if !state.glossary_seen.insert(m.id.clone()) {
                continue;
            }
            let linked = view.words[h.first..=h.last].iter().any(Word::in_link);
            // Its own sentence defines it: "Wellbeing means ...", "A court is a ...".
            let sentence = view
                .sentences
                .iter()
                .position(|s| s.words.contains(&h.first));
            let defines =
                sentence.is_some_and(|k| self.defines(view, view.sentences[k].words.start, h.what));
            // The next sentence of the message, or the next statement, starts with it.
            let next_sentence = sentence
                .and_then(|k| view.sentences.get(k + 1))
                .is_some_and(|s| self.starts_with_term(view, s.words.start, h.what).is_some());
            let next_explains = next.is_some_and(|n| self.starts_with_term(n, 0, h.what).is_some());
            if linked || defines || next_sentence || next_explains {
                continue;
            }
            let range = view.words[h.first].range.start..view.words[h.last].range.end;
            let said = view.plain[range.clone()].to_string();
            let example = if m.explain.is_empty() {
                String::new()
            } else {
                format!(" (the glossary says: \"{}\")", m.explain)
            };
            r.at_plain(
                range,
                r.settings.level(config::GLOSSARY_FIRST_USE),
                config::GLOSSARY_FIRST_USE,
                format!("`{said}` is a hard word, and this is its first use on the page"),
                &format!("explain it in the next statement, starting with the word{example}, or link it to the glossary: [{said}](#glossary-{})", m.id),
            );
        }
    }

    /// Whether the words of `view` from `start` begin with glossary term
    /// `t` (after "a", "an", "the", "your" or "our" in English); the index
    /// of the word after it if so.
    pub(super) fn starts_with_term(
        &self,
        view: &MessageView,
        start: usize,
        t: usize,
    ) -> Option<usize> {
        let hits = self.glossary_hits(view, &lookup_words(view));
        let first = hits.iter().find(|h| h.first >= start)?;
        if first.what != t {
            return None;
        }
        let before: Vec<String> = (start..first.first)
            .map(|i| normalise(view.word(i)))
            .collect();
        // Other languages put a verb or an article first ("Mae cyngor yn
        // ...", Welsh for "A council ..."): up to two words may come first.
        let ok = match before.as_slice() {
            [] => true,
            [d] if self.english => matches!(d.as_str(), "a" | "an" | "the" | "your" | "our"),
            b => !self.english && b.len() <= 2,
        };
        ok.then_some(first.last + 1)
    }

    /// Whether the sentence starting at word `start` defines term `t`:
    /// it begins with the term, then "means", or "is"/"are" and "a", "an",
    /// "someone", "people", "help" or "when" (English).
    pub(super) fn defines(&self, view: &MessageView, start: usize, t: usize) -> bool {
        if !self.english {
            return false;
        }
        let Some(after) = self.starts_with_term(view, start, t) else {
            return false;
        };
        let word = |i: usize| (i < view.words.len()).then(|| normalise(view.word(i)));
        match word(after).as_deref() {
            Some("means") => true,
            Some("is" | "are") => matches!(
                word(after + 1).as_deref(),
                Some("a" | "an" | "someone" | "people" | "help" | "when" | "things")
            ),
            _ => false,
        }
    }
}
