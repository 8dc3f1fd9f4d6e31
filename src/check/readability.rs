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

use serde::Serialize;

use super::easy_read::{MessageIndex, edition_pages};
use super::rules::syllables;
use super::rules::text::MessageView;
use crate::i18n::Direction;
use crate::project::Project;

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
        edition: &str,
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
            edition: edition.to_string(),
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
    let facts = project
        .content
        .facts
        .variables()
        .map(|(k, v)| (k, v.to_string()))
        .collect();
    let mut rows = Vec::new();
    for locale in &project.locales.list {
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
                    &edition.id,
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
            rows.push(ReadabilityRow::new(locale, &edition.id, None, title, total));
        }
    }
    rows
}

fn fmt1(v: Option<f64>) -> String {
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

fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            _ => o.push(c),
        }
    }
    o
}

/// One bar of a page's chart: a label, the value as text, and a bar whose
/// length shows it (hidden from screen readers, which read the text).
struct Bar {
    label: &'static str,
    value: f64,
    max: f64,
    target: Option<(f64, &'static str)>,
    /// Whether a higher value is easier to read (Flesch Reading Ease).
    higher_is_easier: bool,
}

fn bar_html(b: &Bar) -> String {
    let pct = |v: f64| (v / b.max * 100.0).clamp(0.0, 100.0);
    let over = b.target.is_some_and(|(t, _)| {
        if b.higher_is_easier {
            b.value < t
        } else {
            b.value > t
        }
    });
    let note = match b.target {
        Some((t, what)) if over => {
            format!(" <span class=\"over\">(outside the {what} of {t})</span>")
        }
        Some((t, what)) => format!(" <span class=\"ok\">(within the {what} of {t})</span>"),
        None => String::new(),
    };
    let marker = b.target.map_or(String::new(), |(t, _)| {
        format!(
            "<span class=\"target\" style=\"left:{:.1}%\"></span>",
            pct(t)
        )
    });
    format!(
        "<div class=\"row\"><dt>{}</dt><dd><span class=\"track\" aria-hidden=\"true\"><span class=\"fill{}\" style=\"width:{:.1}%\"></span>{marker}</span> <span class=\"value\">{:.1}</span>{note}</dd></div>\n",
        b.label,
        if over { " fill-over" } else { "" },
        pct(b.value),
        b.value
    )
}

/// A self-contained, accessible HTML page of the figures (WCAG 2.2 AA):
/// a table per locale and edition and a bar chart per page, with every
/// value written out as text. No script, no external requests. `lang` is
/// the language of the report's own words (its `lang` attribute); page
/// titles carry their own language and direction.
pub fn readability_html(rows: &[ReadabilityRow], lang: &str) -> String {
    let mut h = String::new();
    h.push_str(&format!(
        "<!doctype html>\n<html lang=\"{}\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Readability report - careguide</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to the figures</a>\n<header><p class=\"brand\">careguide</p></header>\n<main id=\"main\">\n<h1>Readability report</h1>\n",
        esc(lang)
    ));
    h.push_str(INTRO);
    // Contents
    let mut groups: Vec<(String, String, String, Vec<&ReadabilityRow>)> = Vec::new();
    for r in rows {
        match groups.last_mut() {
            Some((l, e, _, v)) if *l == r.locale && *e == r.edition => v.push(r),
            _ => groups.push((
                r.locale.clone(),
                r.edition.clone(),
                r.language.clone(),
                vec![r],
            )),
        }
    }
    if !groups.is_empty() {
        h.push_str("<nav aria-labelledby=\"contents\"><h2 id=\"contents\">Contents</h2>\n<ul>\n");
        for (l, e, name, _) in &groups {
            h.push_str(&format!(
                "<li><a href=\"#{}\">{} ({}), {} edition</a></li>\n",
                anchor(l, e, None),
                esc(name),
                esc(l),
                esc(e)
            ));
        }
        h.push_str("</ul>\n</nav>\n");
    }
    for (locale, edition, name, rows) in &groups {
        let id = anchor(locale, edition, None);
        let english = rows.iter().any(|r| r.flesch_kincaid_grade.is_some());
        let easy = edition == "easy-read";
        h.push_str(&format!(
            "<section aria-labelledby=\"{id}\">\n<h2 id=\"{id}\">{} ({}), {} edition</h2>\n",
            esc(name),
            esc(locale),
            esc(edition)
        ));
        h.push_str(&format!(
            "<p>Syllables counted with: {}.</p>\n",
            esc(rows[0].syllable_method)
        ));
        // The table.
        h.push_str(&format!(
            "<div class=\"scroll\" role=\"region\" aria-labelledby=\"{id}-caption\" tabindex=\"0\">\n<table>\n<caption id=\"{id}-caption\">Figures for each page of the {} edition in {}</caption>\n<thead><tr><th scope=\"col\">Page</th><th scope=\"col\">Sentences</th><th scope=\"col\">Words</th><th scope=\"col\">Words per sentence</th><th scope=\"col\">Longest sentence (words)</th><th scope=\"col\">Syllables per word</th>{}<th scope=\"col\">LIX</th></tr></thead>\n<tbody>\n",
            esc(edition),
            esc(name),
            if english { "<th scope=\"col\">Flesch Reading Ease</th><th scope=\"col\">Flesch-Kincaid grade</th>" } else { "" }
        ));
        for r in rows {
            let title = match &r.page {
                Some(_) => format!(
                    "<span lang=\"{}\" dir=\"{}\">{}</span>",
                    esc(&r.locale),
                    r.dir.as_str(),
                    esc(&r.title)
                ),
                None => "All pages".to_string(),
            };
            let cls = if r.page.is_none() {
                " class=\"total\""
            } else {
                ""
            };
            h.push_str(&format!(
                "<tr{cls}><th scope=\"row\">{title}</th><td>{}</td><td>{}</td><td>{:.1}</td><td>{}</td><td>{}</td>{}<td>{:.1}</td></tr>\n",
                r.counts.sentences,
                r.counts.words,
                r.words_per_sentence,
                r.counts.longest_sentence,
                fmt1(r.syllables_per_word),
                if english { format!("<td>{}</td><td>{}</td>", fmt1(r.flesch_reading_ease), fmt1(r.flesch_kincaid_grade)) } else { String::new() },
                r.lix
            ));
        }
        h.push_str("</tbody>\n</table>\n</div>\n");
        // A chart per page.
        for r in rows.iter().filter(|r| r.page.is_some()) {
            let cid = anchor(locale, edition, r.page.as_deref());
            h.push_str(&format!(
                "<figure aria-labelledby=\"{cid}\">\n<figcaption id=\"{cid}\">Page: <span lang=\"{}\" dir=\"{}\">{}</span></figcaption>\n<dl class=\"bars\">\n",
                esc(&r.locale),
                r.dir.as_str(),
                esc(&r.title)
            ));
            let mut bars = vec![Bar {
                label: "Words per sentence",
                value: r.words_per_sentence,
                max: 30.0,
                target: easy.then_some((15.0, "easy-read limit")),
                higher_is_easier: false,
            }];
            if let Some(fk) = r.flesch_kincaid_grade {
                bars.push(Bar {
                    label: "Flesch-Kincaid grade",
                    value: fk.max(0.0),
                    max: 16.0,
                    target: easy.then_some((5.0, "easy-read target")),
                    higher_is_easier: false,
                });
            }
            if let Some(fre) = r.flesch_reading_ease {
                bars.push(Bar {
                    label: "Flesch Reading Ease",
                    value: fre.max(0.0),
                    max: 100.0,
                    target: None,
                    higher_is_easier: true,
                });
            }
            bars.push(Bar {
                label: "LIX",
                value: r.lix,
                max: 60.0,
                target: None,
                higher_is_easier: false,
            });
            for b in &bars {
                h.push_str(&bar_html(b));
            }
            h.push_str("</dl>\n</figure>\n");
        }
        h.push_str("</section>\n");
    }
    if groups.is_empty() {
        h.push_str("<p>There is no text to measure.</p>\n");
    }
    h.push_str("</main>\n</body>\n</html>\n");
    h
}

fn anchor(locale: &str, edition: &str, page: Option<&str>) -> String {
    let raw = match page {
        Some(p) => format!("r-{locale}-{edition}-{p}"),
        None => format!("r-{locale}-{edition}"),
    };
    raw.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

const INTRO: &str = "<p>How hard each page is to read, measured on the words of each language. The figures are a guide, not a verdict: short words and short sentences are easier, but only reading with children shows whether a page works.</p>\n\
<dl class=\"defs\">\n\
<dt>Words per sentence</dt><dd>Easy read keeps every sentence to 15 words or fewer.</dd>\n\
<dt>Flesch-Kincaid grade</dt><dd>The US school grade that can read the text (add 5 for an age). Easy read aims at grade 5 or lower. English only.</dd>\n\
<dt>Flesch Reading Ease</dt><dd>From 0 to 100: higher is easier; 80 and above is easy. English only.</dd>\n\
<dt>LIX</dt><dd>Words per sentence plus the percentage of words longer than 6 letters: under 30 is very easy, 30 to 40 easy, 40 to 50 medium. Given for every language, but compare a language only with itself.</dd>\n\
</dl>\n";

const CSS: &str = "body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,Arial,sans-serif;line-height:1.5;color:#1b1b1b;background:#fff;margin:0;font-size:1.05rem}\n\
header{background:#0b0c0c;color:#fff;padding:.5rem 1rem}\n.brand{margin:0;font-weight:700}\n\
main{max-width:60rem;margin:0 auto;padding:1rem}\n\
.skip{position:absolute;left:-999px;top:0;background:#ffdd00;color:#0b0c0c;padding:.5rem}\n.skip:focus{left:0}\n\
a{color:#1d4e89}\na:focus,.scroll:focus{outline:3px solid #ffdd00;box-shadow:0 0 0 5px #0b0c0c}\n\
.scroll{overflow-x:auto}\n\
table{border-collapse:collapse;margin:1rem 0;width:100%}\ncaption{text-align:left;font-weight:700;padding:.25rem 0}\n\
th,td{border:1px solid #505a5f;padding:.3rem .5rem;text-align:right}\nth[scope=row],thead th{text-align:left}\nthead th{background:#f3f2f1}\n\
tr.total th,tr.total td{font-weight:700;background:#f3f2f1}\n\
figure{margin:1rem 0;padding:.75rem;border:1px solid #b1b4b6}\nfigcaption{font-weight:700;margin-bottom:.5rem}\n\
.bars{margin:0}\n.bars .row{display:grid;grid-template-columns:12rem 1fr;gap:.5rem;align-items:center;margin:.25rem 0}\n\
.bars dt{font-weight:400}\n.bars dd{margin:0}\n\
.track{position:relative;display:inline-block;vertical-align:middle;width:60%;height:1rem;background:#f3f2f1;border:1px solid #505a5f}\n\
.fill{position:absolute;left:0;top:0;bottom:0;background:#1d4e89}\n\
.fill-over{background:repeating-linear-gradient(45deg,#942514,#942514 4px,#d4351c 4px,#d4351c 8px)}\n\
.target{position:absolute;top:-.25rem;bottom:-.25rem;width:3px;background:#0b0c0c}\n\
.over{color:#942514;font-weight:700}\n.ok{color:#00703c}\n\
.defs dt{font-weight:700}\n.defs dd{margin:0 0 .5rem 0}\n\
@media (forced-colors:active){.fill,.fill-over,.target{forced-color-adjust:none;background:CanvasText}}\n\
@media print{.skip{display:none}.scroll{overflow:visible}}\n";

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
