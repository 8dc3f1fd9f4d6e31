//! The rules over a whole message: sentence length and count, the
//! plain-writing style rules, and the meaning rules (idioms, unclear
//! pronouns, the promise check against the source block).

use super::LocaleCtx;
use super::pages::{Kind, UnitRef};
use super::report::Reporter;
use super::terms::strip_possessive;
use crate::check::config::{self, Level};
use crate::check::idioms;
use crate::check::promise;
use crate::check::rules::pronoun;
use crate::check::rules::style::{self as style_rules, Rule as StyleRule, StyleWords};
use crate::content::ids;

impl LocaleCtx<'_> {
    /// Idioms, unclear pronouns, and the promise check against the
    /// statement's source block.
    pub(super) fn meaning_rules(
        &self,
        unit: &UnitRef,
        words: &[String],
        defines: bool,
        r: &mut Reporter,
    ) {
        let s = r.settings;
        let view = r.view;
        for (first, last, idiom) in idioms::find(self.idioms, words) {
            r.at_plain(
                view.words[first].range.start..view.words[last].range.end,
                s.level(config::IDIOM),
                config::IDIOM,
                format!(
                    "\"{}\" is an idiom: its meaning is not in its words",
                    idiom.phrase
                ),
                &format!("say it plainly, for example \"{}\"", idiom.plain),
            );
        }
        if unit.kind != Kind::Statement {
            return;
        }
        if self.english {
            for (range, word) in pronoun::unclear(view) {
                r.at_plain(
                    range,
                    s.level(config::UNCLEAR_PRONOUN),
                    config::UNCLEAR_PRONOUN,
                    format!("who or what is \"{word}\"? It is not in this statement"),
                    "name the person or thing: a statement is read alone, beside its picture",
                );
            }
        }
        let (Some(lists), Some(src), false) = (self.promises, &unit.source, defines) else {
            return;
        };
        let id = match &src.item {
            Some(item) => ids::item(&src.edition, &src.page, &src.block, item),
            None => ids::block(&src.edition, &src.page, &src.block),
        };
        let Some((_, source_view)) = self.index.view(&id, self.facts) else {
            return;
        };
        for f in promise::compare(view, &source_view, &src.to_string(), lists) {
            r.at_plain(
                f.range,
                s.level(f.code).min(f.level_cap),
                f.code,
                f.message,
                &f.help,
            );
        }
    }

    /// Heading length, simpler words, repeated words, a statement opening
    /// with a pronoun, double negatives, intensifiers, semicolons and
    /// brackets (word lists in content/style.toml and
    /// content/simpler-words.toml).
    pub(super) fn style_rules(
        &self,
        unit: &UnitRef,
        words: &[String],
        covered: &[bool],
        r: &mut Reporter,
    ) {
        let s = r.settings;
        let view = r.view;
        let n = view.words.len();
        if !unit.kind.has_sentences() && n > s.limits.heading_words {
            r.at_plain(
                0..view.plain.len(),
                s.level(config::HEADING_LENGTH),
                config::HEADING_LENGTH,
                format!(
                    "this {} has {n} words; keep to {} or fewer",
                    if unit.kind == Kind::Title {
                        "title"
                    } else {
                        "heading"
                    },
                    s.limits.heading_words
                ),
                "a title names the page: say the main thing in a few words",
            );
        }
        if let Some(pairs) = self.simpler {
            for (i, w) in words.iter().enumerate() {
                let key = strip_possessive(w);
                if let Some(easy) = pairs.get(&key).filter(|_| !covered[i])
                    && !view.words[i].from_placeable()
                {
                    r.at_plain(
                        view.words[i].range.clone(),
                        s.level(config::SIMPLER_WORD),
                        config::SIMPLER_WORD,
                        format!("`{}` has a simpler word", view.word(i)),
                        &format!("say \"{easy}\" (content/simpler-words.toml)"),
                    );
                }
            }
        }
        let none = StyleWords::default();
        let lists = self.style.unwrap_or(&none);
        let mut found = style_rules::repeated(view, lists);
        found.extend(style_rules::punctuation(view));
        if self.style.is_some() {
            if unit.kind == Kind::Statement {
                found.extend(style_rules::opening_pronoun(view, lists));
            }
            found.extend(style_rules::double_negatives(view, lists));
            found.extend(style_rules::intensifiers(view, lists));
        }
        found.sort_by_key(|f| f.range.start);
        for f in found {
            let (code, message, help) = match f.rule {
                StyleRule::RepeatedWord => (
                    config::REPEATED_WORD,
                    format!("`{}`: a word written twice", f.text),
                    "write the word once".to_string(),
                ),
                StyleRule::OpeningPronoun => (
                    config::OPENING_PRONOUN,
                    format!("the statement opens with `{}`: who or what is it?", f.text),
                    "name the person or thing: a statement is read alone, beside its picture"
                        .to_string(),
                ),
                StyleRule::DoubleNegative => (
                    config::DOUBLE_NEGATIVE,
                    format!("`{}` is a double negative", f.text),
                    "say it the positive way: \"not unkind\" is \"kind\"".to_string(),
                ),
                StyleRule::Intensifier => (
                    config::INTENSIFIER,
                    format!("`{}` adds force, not meaning", f.text),
                    "leave it out, or say what makes it so".to_string(),
                ),
                StyleRule::Punctuation => (
                    config::PUNCTUATION,
                    if f.text == "(" || f.text == "[" || f.text == "{" || f.text == "（" {
                        "brackets put an aside in the sentence".to_string()
                    } else {
                        format!("`{}` joins two ideas in one sentence", f.text)
                    },
                    "use a full stop and a new sentence (or statement) for each idea".to_string(),
                ),
            };
            r.at_plain(f.range, s.level(code), code, message, &help);
        }
    }

    pub(super) fn sentences(&self, unit: &UnitRef, r: &mut Reporter) {
        let s = r.settings;
        let view = r.view;
        let lim = s.limits;
        let level = s.level(config::SENTENCE_LENGTH);
        for sentence in &view.sentences {
            let n = sentence.words.len();
            let (sev_level, limit) = if n > lim.sentence_words_error && level == Level::Error {
                (Level::Error, lim.sentence_words_error)
            } else if n > lim.sentence_words_warning {
                (level.min(Level::Warning), lim.sentence_words_warning)
            } else {
                continue;
            };
            r.at_plain(
                sentence.range.clone(),
                sev_level,
                config::SENTENCE_LENGTH,
                format!("this sentence has {n} words; keep to {limit} or fewer"),
                "split it into shorter sentences, one idea each",
            );
        }
        if unit.kind == Kind::Statement && view.sentences.len() > 1 {
            let second = &view.sentences[1];
            r.at_plain(
                second.range.clone(),
                s.level(config::ONE_SENTENCE),
                config::ONE_SENTENCE,
                format!(
                    "the statement `{}` has {} sentences",
                    unit.id,
                    view.sentences.len()
                ),
                "make each sentence a statement of its own, with its own picture",
            );
        }
        if matches!(unit.kind, Kind::Paragraph | Kind::ListItem)
            && view.sentences.len() > lim.paragraph_sentences
        {
            let extra = &view.sentences[lim.paragraph_sentences];
            r.at_plain(
                extra.range.clone(),
                s.level(config::PARAGRAPH_SENTENCES),
                config::PARAGRAPH_SENTENCES,
                format!(
                    "this paragraph has {} sentences; keep to {} or fewer",
                    view.sentences.len(),
                    lim.paragraph_sentences
                ),
                "split it into shorter paragraphs, or say less",
            );
        }
    }
}
