//! The rules on single words and numbers: capitals and initials,
//! abbreviations, contractions, number words, hard words, large numbers,
//! percentages and (English) passive voice.

use super::LocaleCtx;
use super::report::PageState;
use super::report::Reporter;
use super::terms::strip_possessive;
use crate::check::config::{self, Level};
use crate::check::rules::english::{self, normalise};
use crate::check::rules::text::Word;

impl LocaleCtx<'_> {
    pub(super) fn word_rules(
        &self,
        i: usize,
        w: &Word,
        covered: bool,
        r: &mut Reporter,
        state: &mut PageState,
    ) {
        let s = r.settings;
        let view = r.view;
        let text = view.word(i);
        let norm = normalise(text);
        let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
        let upper = letters.iter().filter(|c| c.is_uppercase()).count();
        let lower = letters.iter().filter(|c| c.is_lowercase()).count();
        let has_digit = text.chars().any(|c| c.is_numeric());
        let glossary_initials = self
            .glossary
            .iter()
            .any(|g| g.initials.iter().any(|x| x == text));
        // Capitals and initials.
        if letters.len() >= 2 && upper >= 2 && !covered && !glossary_initials {
            let everyday_short = self
                .vocabulary
                .as_ref()
                .is_some_and(|v| letters.len() <= 2 && v.knows(text));
            let known_initialism = self.english && english_initialism(text);
            let shouting = lower == 0
                && !known_initialism
                && (letters.len() >= 6
                    || !self.english
                    || self.vocabulary.as_ref().is_some_and(|v| v.knows(text)));
            if everyday_short {
            } else if shouting {
                r.at_plain(
                    w.range.clone(),
                    s.level(config::ALL_CAPS),
                    config::ALL_CAPS,
                    format!("`{text}` is in capital letters"),
                    &format!(
                        "capitals are hard to read: write `{}` (use **bold** to stress it)",
                        text.to_lowercase()
                    ),
                );
            } else if self.english {
                r.at_plain(
                    w.range.clone(),
                    s.level(config::ABBREVIATION),
                    config::ABBREVIATION,
                    format!("`{text}` is initials"),
                    "write the words out in full, or add the initials to the glossary (glossary-<id>-forms) if readers will meet them",
                );
            } else {
                r.at_plain(
                    w.range.clone(),
                    s.level(config::ALL_CAPS),
                    config::ALL_CAPS,
                    format!("`{text}` is in capital letters"),
                    "capitals are hard to read: if these are initials, write the words out; otherwise use small letters",
                );
            }
        }
        if has_digit {
            self.large_number(i, w, r);
            return;
        }
        if !self.english {
            return;
        }
        if let Some(full) = english::abbreviation(&norm)
            && !covered
        {
            r.at_plain(
                w.range.clone(),
                s.level(config::ABBREVIATION),
                config::ABBREVIATION,
                format!("`{text}` is an abbreviation"),
                &format!("write it out: {full}"),
            );
        }
        if let Some(full) = english::expand_contraction(&norm) {
            r.at_plain(
                w.range.clone(),
                s.level(config::CONTRACTION),
                config::CONTRACTION,
                format!("`{text}` is a contraction"),
                &format!("write `{full}`"),
            );
        }
        if let Some(value) = english::number_word(&norm) {
            let prev = i.checked_sub(1).map(|j| normalise(view.word(j)));
            let next = (i + 1 < view.words.len()).then(|| normalise(view.word(i + 1)));
            let pronoun = value == 1 && english::one_is_pronoun(prev.as_deref(), next.as_deref());
            if !pronoun {
                let help = if value >= 100 && !norm.contains('-') {
                    "write the number in digits, or say `lots of` if the exact number does not matter".to_string()
                } else {
                    format!("easy read uses digits: write {value}")
                };
                r.at_plain(
                    w.range.clone(),
                    s.level(config::NUMBER_WORDS),
                    config::NUMBER_WORDS,
                    format!("`{text}` is a number written as a word"),
                    &help,
                );
            }
        }
        // Hard words.
        if let Some(vocabulary) = &self.vocabulary {
            let key = strip_possessive(&norm);
            if !covered
                && letters.len() >= 2
                && upper < 2
                && !vocabulary.knows(text)
                && !self.names.contains(&key)
                // A word with a simpler one is reported, with it, by simpler-word.
                && (!s.on(config::SIMPLER_WORD) || self.simpler.is_none_or(|p| !p.contains_key(&key)))
                && english::abbreviation(&norm).is_none()
                && english::expand_contraction(&norm).is_none()
                && state.hard_reported.insert(key.clone())
            {
                r.at_plain(
                    w.range.clone(),
                    s.level(config::HARD_WORD),
                    config::HARD_WORD,
                    format!("`{text}` is not an everyday word"),
                    &format!(
                        "use an everyday word, or explain it in the glossary: add [[term]] id = \"{key}\" to content/glossary.toml and glossary-{key}-term, -forms and -explain to locales/{}/glossary.ftl (if it is a name or an everyday word, add it to content/words/{}.txt)",
                        self.tag, self.tag
                    ),
                );
            }
        }
    }

    pub(super) fn large_number(&self, i: usize, w: &Word, r: &mut Reporter) {
        let view = r.view;
        if r.settings.level(config::LARGE_NUMBER) == Level::Off {
            return;
        }
        let text = view.word(i);
        let digits: String = text
            .chars()
            .filter_map(crate::i18n::digits::ascii)
            .collect();
        if digits.is_empty()
            || text
                .chars()
                .any(|c| c.is_alphabetic() && crate::i18n::digits::ascii(c).is_none())
        {
            return;
        }
        let mut value: u64 = digits.parse().unwrap_or(u64::MAX);
        let mut range = w.range.clone();
        // "400 000": groups of three after a space are one number.
        let mut j = i + 1;
        while j < view.words.len() {
            let gap = &view.plain[range.end..view.words[j].range.start];
            let next: String = view
                .word(j)
                .chars()
                .filter_map(crate::i18n::digits::ascii)
                .collect();
            if gap.chars().count() == 1
                && gap
                    .chars()
                    .all(|c| matches!(c, ' ' | '\u{00A0}' | '\u{202F}'))
                && next.len() == 3
                && view.word(j).chars().count() == 3
            {
                value = value
                    .saturating_mul(1000)
                    .saturating_add(next.parse().unwrap_or(0));
                range.end = view.words[j].range.end;
                j += 1;
            } else {
                break;
            }
        }
        let year = digits.len() == 4 && text.chars().count() == 4 && (1900..=2099).contains(&value);
        if value >= r.settings.limits.large_number
            && !year
            && (i == 0 || !view.words[i - 1].from_placeable())
        {
            r.at_plain(
                range,
                r.settings.level(config::LARGE_NUMBER),
                config::LARGE_NUMBER,
                format!("`{}` is a very large number", &view.plain[w.range.start..view.words[j - 1].range.end]),
                "big numbers are hard to picture: say `many` or `lots of`, or compare it with something the reader knows (\"about 5 children in every class\")",
            );
        }
    }

    pub(super) fn percentages(&self, r: &mut Reporter) {
        let view = r.view;
        for (i, c) in view.plain.char_indices() {
            if matches!(c, '%' | '\u{066A}' | '\u{FF05}')
                && view.flags_at(i) & crate::check::rules::text::PLACEABLE == 0
            {
                r.at_plain(
                    i..i + c.len_utf8(),
                    r.settings.level(config::PERCENTAGE),
                    config::PERCENTAGE,
                    "percentages are hard to understand".to_string(),
                    "say `some`, `most` or `about 1 in 4` instead",
                );
            }
        }
        if self.english {
            for i in 0..view.words.len() {
                let w = normalise(view.word(i));
                let per_cent =
                    w == "per" && i + 1 < view.words.len() && normalise(view.word(i + 1)) == "cent";
                if w == "percent" || w == "percentage" || per_cent {
                    let end = if per_cent {
                        view.words[i + 1].range.end
                    } else {
                        view.words[i].range.end
                    };
                    r.at_plain(
                        view.words[i].range.start..end,
                        r.settings.level(config::PERCENTAGE),
                        config::PERCENTAGE,
                        "percentages are hard to understand".to_string(),
                        "say `some`, `most` or `about 1 in 4` instead",
                    );
                }
            }
        }
    }

    /// "e.g.", "i.e.": letters with full stops between them.
    pub(super) fn dotted_abbreviations(&self, r: &mut Reporter) {
        let view = r.view;
        let mut i = 0;
        while i + 1 < view.words.len() {
            let (a, b) = (&view.words[i], &view.words[i + 1]);
            let single = |w: &Word| {
                view.plain[w.range.clone()].chars().count() == 1
                    && view.plain[w.range.clone()].chars().all(char::is_alphabetic)
            };
            if single(a)
                && single(b)
                && view.plain[a.range.end..].starts_with('.')
                && b.range.start == a.range.end + 1
            {
                let end = if view.plain[b.range.end..].starts_with('.') {
                    b.range.end + 1
                } else {
                    b.range.end
                };
                let written = &view.plain[a.range.start..end];
                let key: String = written
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .collect::<String>()
                    .to_lowercase();
                let full = english::abbreviation(&key).unwrap_or("the words in full");
                r.at_plain(
                    a.range.start..end,
                    r.settings.level(config::ABBREVIATION),
                    config::ABBREVIATION,
                    format!("`{written}` is an abbreviation"),
                    &format!("write it out: {full}"),
                );
                i += 2;
            } else {
                i += 1;
            }
        }
    }

    /// A form of "be", perhaps an adverb or two, then a past participle.
    pub(super) fn passive(&self, r: &mut Reporter) {
        let view = r.view;
        let level = r.settings.level(config::PASSIVE_VOICE);
        if level == Level::Off {
            return;
        }
        for sentence in &view.sentences {
            let words: Vec<String> = sentence
                .words
                .clone()
                .map(|i| normalise(view.word(i)))
                .collect();
            for (k, w) in words.iter().enumerate() {
                if !english::BE_FORMS.contains(&w.as_str()) {
                    continue;
                }
                let mut j = k + 1;
                while j < words.len()
                    && j <= k + 2
                    && english::is_adverb(&words[j])
                    && !english::is_participle(&words[j])
                {
                    j += 1;
                }
                if j < words.len()
                    && english::is_participle(&words[j])
                    && !view.words[sentence.words.start + j].from_placeable()
                {
                    let (a, b) = (sentence.words.start + k, sentence.words.start + j);
                    let phrase = &view.plain[view.words[a].range.start..view.words[b].range.end];
                    r.at_plain(
                        view.words[a].range.start..view.words[b].range.end,
                        level,
                        config::PASSIVE_VOICE,
                        format!("`{phrase}` may be passive voice (a heuristic: a form of \"be\" then a past participle)"),
                        "say who does it: \"people will listen to you\" rather than \"you will be listened to\"",
                    );
                }
            }
        }
    }
}

/// Initials used in children's services that are never shouting.
pub(super) fn english_initialism(w: &str) -> bool {
    const LIST: &[&str] = &[
        "LA", "LAC", "CLA", "CIN", "CP", "CPP", "SEND", "SEN", "SENCO", "UASC", "IRO", "PA", "SGO",
        "EHCP", "EHC", "CAMHS", "NHS", "GP", "ADHD", "ASD", "YOT", "CSC", "DSL", "MASH", "PEP",
        "LADO", "ICPC", "NEET", "FGC", "UK", "EU", "ID", "OK", "TV", "DfE", "PhD", "ONS", "NSPCC",
        "RSPCA", "BBC",
    ];
    LIST.contains(&w)
}
