//! Readability figures for each locale, edition and page: words per
//! sentence, syllables per word, Flesch Reading Ease and Flesch-Kincaid
//! grade (English), and LIX (every language).
//!
//! - Flesch Reading Ease: 206.835 - 1.015 x words/sentences - 84.6 x syllables/words
//! - Flesch-Kincaid grade: 0.39 x words/sentences + 11.8 x syllables/words - 15.59
//! - LIX: words/sentences + 100 x long words / words, a long word having
//!   more than 6 letters. It needs no syllables, so it is given for every
//!   language (it was made for Swedish; compare a language with itself).
//!
//! The Flesch formulas were fitted to English, so they are given only for
//! English. Language-specific Flesch variants exist for some languages
//! (German, French, Spanish, Italian, Russian...), but none of this
//! project's other languages (Welsh, Polish, Ukrainian, Romanian, Arabic,
//! Persian) has one whose published constants we could confirm, so none
//! is shown rather than a guess; syllables per word are still given where
//! they can be counted (see [`super::rules::syllables`]: hyphenation
//! patterns for Welsh, Polish, Ukrainian and Romanian; none for Arabic and
//! Persian).
//!
//! What is counted: the locale's own text of each page (titles and
//! headings left out, as they are not sentences; facts filled in). A list
//! item or statement without a full stop is one sentence.
//!
//! The figures are written here as a table for the terminal; the HTML
//! report is rendered by render/html/readability.rs.

use serde::Serialize;

use super::easy_read::{MessageIndex, edition_pages};
use super::rules::syllables;
use super::rules::text::MessageView;
use crate::i18n::Direction;
use crate::project::{LocaleTag, Project};

/// Counts for a piece of text, from which the figures follow.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub sentences: usize,
    pub words: usize,
    /// `None` when the language's syllables cannot be counted.
    pub syllables: Option<usize>,
    /// Words of more than 6 letters (for LIX).
    pub long_words: usize,
    /// Words in the longest sentence.
    pub longest_sentence: usize,
}

impl Counts {
    /// The counts of plain text in a language (`en`, `pl`, ...).
    pub fn of_text(text: &str, language: &str) -> Counts {
        let mut c = Counts {
            syllables: Some(0),
            ..Counts::default()
        };
        c.add(&MessageView::from_text(text), language);
        c
    }

    /// Adds a message's words and sentences.
    pub fn add(&mut self, view: &MessageView, language: &str) {
        self.sentences += view.sentences.len();
        self.words += view.words.len();
        for s in &view.sentences {
            self.longest_sentence = self.longest_sentence.max(s.words.len());
        }
        for i in 0..view.words.len() {
            let w = view.word(i);
            if w.chars().filter(|c| c.is_alphabetic()).count() > 6 {
                self.long_words += 1;
            }
            self.syllables = match (self.syllables, syllables::count(w, language)) {
                (Some(a), Some(b)) => Some(a + b),
                _ => None,
            };
        }
    }

    pub fn merge(&mut self, o: &Counts) {
        self.sentences += o.sentences;
        self.words += o.words;
        self.long_words += o.long_words;
        self.longest_sentence = self.longest_sentence.max(o.longest_sentence);
        self.syllables = match (self.syllables, o.syllables) {
            (Some(a), Some(b)) => Some(a + b),
            _ => None,
        };
    }

    pub fn words_per_sentence(&self) -> f64 {
        if self.sentences == 0 {
            0.0
        } else {
            self.words as f64 / self.sentences as f64
        }
    }

    pub fn syllables_per_word(&self) -> Option<f64> {
        let s = self.syllables?;
        (self.words > 0).then(|| s as f64 / self.words as f64)
    }

    /// Flesch Reading Ease (English): higher is easier; 90-100 is very easy.
    pub fn flesch_reading_ease(&self) -> Option<f64> {
        Some(206.835 - 1.015 * self.words_per_sentence() - 84.6 * self.syllables_per_word()?)
    }

    /// Flesch-Kincaid grade level (English): the US school grade (add 5
    /// for the reader's age).
    pub fn flesch_kincaid_grade(&self) -> Option<f64> {
        Some(0.39 * self.words_per_sentence() + 11.8 * self.syllables_per_word()? - 15.59)
    }

    /// LIX: under 30 very easy, 30-40 easy, 40-50 medium, over 50 hard.
    pub fn lix(&self) -> f64 {
        if self.words == 0 {
            0.0
        } else {
            self.words_per_sentence() + 100.0 * self.long_words as f64 / self.words as f64
        }
    }
}

/// The figures for one page of one edition in one locale (or, with
/// `page: None`, for the whole edition).
#[derive(Debug, Clone, Serialize)]
pub struct ReadabilityRow {
    pub locale: String,
    /// The language's name in English.
    pub language: String,
    #[serde(skip)]
    pub dir: Direction,
    pub edition: String,
    /// The edition's layout: a `statements` edition is held to the
    /// easy-read limits.
    #[serde(skip)]
    pub layout: crate::content::Layout,
    /// The page id, or `None` for the edition as a whole.
    pub page: Option<String>,
    /// The page title in the locale.
    pub title: String,
    #[serde(flatten)]
    pub counts: Counts,
    pub words_per_sentence: f64,
    pub syllables_per_word: Option<f64>,
    /// English only.
    pub flesch_reading_ease: Option<f64>,
    /// English only.
    pub flesch_kincaid_grade: Option<f64>,
    pub lix: f64,
    /// How syllables were counted.
    pub syllable_method: &'static str,
}

impl ReadabilityRow {
    fn new(
        locale: &crate::i18n::Locale,
        edition: &crate::content::Edition,
        page: Option<String>,
        title: String,
        counts: Counts,
    ) -> ReadabilityRow {
        let language = locale.tag.language.as_str().to_string();
        let english = language == "en";
        ReadabilityRow {
            locale: locale.tag_str(),
            language: locale.meta.english_name.clone(),
            dir: locale.meta.direction,
            edition: edition.id.clone(),
            layout: edition.layout,
            page,
            title,
            words_per_sentence: counts.words_per_sentence(),
            syllables_per_word: counts.syllables_per_word(),
            flesch_reading_ease: if english {
                counts.flesch_reading_ease()
            } else {
                None
            },
            flesch_kincaid_grade: if english {
                counts.flesch_kincaid_grade()
            } else {
                None
            },
            lix: counts.lix(),
            syllable_method: syllables::method_for(&language).describe(),
            counts,
        }
    }
}

/// The figures for every locale, edition and page with text of its own
/// (an edition a locale has not translated is left out), each edition
/// followed by its total row (`page: None`).
pub fn readability(project: &Project) -> Vec<ReadabilityRow> {
    readability_of(project, &[])
}

/// The figures for the editions named in `only` (all when empty).
pub fn readability_of(project: &Project, only: &[String]) -> Vec<ReadabilityRow> {
    readability_for(project, only, &[])
}

/// The figures for the editions named in `only` in the languages named in
/// `langs` (all when empty): the live preview counts again only the
/// language that was saved.
pub fn readability_for(
    project: &Project,
    only: &[String],
    langs: &[LocaleTag],
) -> Vec<ReadabilityRow> {
    let facts = project.content.facts.variable_map();
    let mut rows = Vec::new();
    for locale in project
        .locales
        .list
        .iter()
        .filter(|l| langs.is_empty() || langs.iter().any(|t| **t == l.tag))
    {
        let language = locale.tag.language.as_str().to_string();
        let index = MessageIndex::new(locale);
        for edition in project
            .content
            .editions
            .iter()
            .filter(|e| only.is_empty() || only.contains(&e.id))
        {
            let mut total = Counts {
                syllables: Some(0),
                ..Counts::default()
            };
            let mut page_rows = Vec::new();
            for page in edition_pages(edition) {
                let mut counts = Counts {
                    syllables: Some(0),
                    ..Counts::default()
                };
                let mut title = String::new();
                for unit in &page.units {
                    let Some((_, view)) = index.view(&unit.id, &facts) else {
                        continue;
                    };
                    if unit.id.ends_with("-title") && title.is_empty() {
                        title = view.plain.trim().to_string();
                    }
                    if unit.kind.has_sentences() {
                        counts.add(&view, &language);
                    }
                }
                if counts.sentences == 0 || page.id.is_empty() {
                    continue;
                }
                total.merge(&counts);
                page_rows.push(ReadabilityRow::new(
                    locale,
                    edition,
                    Some(page.id.clone()),
                    if title.is_empty() {
                        page.id.clone()
                    } else {
                        title
                    },
                    counts,
                ));
            }
            if page_rows.is_empty() {
                continue;
            }
            let title = index
                .view(&crate::content::ids::edition_title(&edition.id), &facts)
                .map(|(_, v)| v.plain.trim().to_string())
                .unwrap_or_else(|| edition.id.clone());
            rows.extend(page_rows);
            rows.push(ReadabilityRow::new(locale, edition, None, title, total));
        }
    }
    rows
}

pub(crate) fn fmt1(v: Option<f64>) -> String {
    v.map_or_else(|| "-".to_string(), |v| format!("{v:.1}"))
}

/// The figures as a table for the terminal: one block per locale and
/// edition, one line per page, the edition's total last.
pub fn readability_table(rows: &[ReadabilityRow]) -> String {
    let mut out = String::new();
    let header = [
        "page",
        "sentences",
        "words",
        "words/sent",
        "longest",
        "syll/word",
        "FRE",
        "FK grade",
        "LIX",
    ];
    let mut block: Vec<[String; 9]> = Vec::new();
    let mut current: Option<(&str, &str)> = None;
    let flush = |out: &mut String, block: &mut Vec<[String; 9]>| {
        if block.is_empty() {
            return;
        }
        let mut widths = header.map(str::len);
        for r in block.iter() {
            for (w, c) in widths.iter_mut().zip(r) {
                *w = (*w).max(c.chars().count());
            }
        }
        let line = |cells: &[String], out: &mut String| {
            let mut s = String::new();
            for (i, (c, w)) in cells.iter().zip(widths).enumerate() {
                if i == 0 {
                    s.push_str(&format!("{c:<w$}"));
                } else {
                    s.push_str(&format!("  {c:>w$}"));
                }
            }
            out.push_str(s.trim_end());
            out.push('\n');
        };
        line(&header.map(String::from), out);
        line(&widths.map(|w| "-".repeat(w)), out);
        for r in block.iter() {
            line(r, out);
        }
        out.push('\n');
        block.clear();
    };
    for r in rows {
        if current != Some((&r.locale, &r.edition)) {
            flush(&mut out, &mut block);
            current = Some((&r.locale, &r.edition));
            out.push_str(&format!(
                "{} ({}), {} edition; syllables: {}\n",
                r.language, r.locale, r.edition, r.syllable_method
            ));
        }
        block.push([
            r.page.clone().unwrap_or_else(|| "(all pages)".to_string()),
            r.counts.sentences.to_string(),
            r.counts.words.to_string(),
            format!("{:.1}", r.words_per_sentence),
            r.counts.longest_sentence.to_string(),
            fmt1(r.syllables_per_word),
            fmt1(r.flesch_reading_ease),
            fmt1(r.flesch_kincaid_grade),
            format!("{:.1}", r.lix),
        ]);
    }
    flush(&mut out, &mut block);
    out.push_str(
        "FRE: Flesch Reading Ease (higher is easier; 80-100 is easy). FK grade: Flesch-Kincaid US school grade (easy read aims at 5 or less).\n\
         LIX: under 30 very easy, 30-40 easy, 40-50 medium. FRE and FK are for English only; LIX is for every language.\n",
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hand_computed_english() {
        // 2 sentences, 8 words; syllables: the(1) cat(1) sat(1) on(1)
        // the(1) mat(1) / it(1) purred(1) = 8.
        let c = Counts::of_text("The cat sat on the mat. It purred.", "en");
        assert_eq!(
            (c.sentences, c.words, c.syllables, c.long_words),
            (2, 8, Some(8), 0)
        );
        // FRE = 206.835 - 1.015 x 4 - 84.6 x 1 = 118.175
        assert_eq!(format!("{:.1}", c.flesch_reading_ease().unwrap()), "118.2");
        // FK = 0.39 x 4 + 11.8 x 1 - 15.59 = -2.23
        assert_eq!(format!("{:.1}", c.flesch_kincaid_grade().unwrap()), "-2.2");
        assert_eq!(format!("{:.1}", c.lix()), "4.0");
    }
}
