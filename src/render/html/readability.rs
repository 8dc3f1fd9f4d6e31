//! The editors' readability report (`dist/html/readability.html`): the
//! figures check/readability.rs computes, as a self-contained page.

use super::escape::esc;
use super::inline::inline_html;
use crate::check::readability::{ReadabilityRow, fmt1};
use crate::render::SiteEntry;

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
/// titles carry their own language and direction. Its footer carries the
/// licence line of every page of the site, in `lang` when `sites` (the
/// site's editions) has it, otherwise in the first one's language.
pub fn readability_html(rows: &[ReadabilityRow], lang: &str, sites: &[SiteEntry]) -> String {
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
        let easy = rows[0].layout == crate::content::Layout::Statements;
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
    h.push_str("</main>\n");
    let licence = sites
        .iter()
        .find(|s| s.locale.tag == lang)
        .or(sites.first());
    if let Some(site) = licence {
        let marked = if site.locale.tag == lang {
            String::new()
        } else {
            format!(
                " lang=\"{}\" dir=\"{}\"",
                esc(&site.locale.tag),
                site.locale.dir.as_str()
            )
        };
        h.push_str(&format!(
            "<footer>\n<p class=\"licence\"{marked}>{}</p>\n</footer>\n",
            inline_html(&site.ui.get("site-licence"))
        ));
    }
    h.push_str("</body>\n</html>\n");
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
footer{max-width:60rem;margin:0 auto;padding:1rem;border-top:1px solid #b1b4b6}\n\
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
