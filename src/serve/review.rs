//! The review page of `careguide serve` (`/__careguide/review/<lang>`):
//! every easy-read statement beside the guide text it names as its
//! source, with the findings for that statement, so an editor can read
//! the meaning side by side (the promise check's findings among them).
//! Everything shown is escaped by the renderer's one escaper
//! (`render::html::esc`, as the findings banner is): it is the editors'
//! own text, and the page must never run any of it.

use std::collections::HashMap;

use crate::content::{Layout, ids};
use crate::diag::Diagnostic;
use crate::document::{Block, Document};
use crate::project::Project;
use crate::render::html::esc as escape;
use crate::sanitize::Keep;

/// The page's path before the language tag.
pub(super) const PATH: &str = "/__careguide/review/";

/// The text a statement names in its source's edition: a block's words, or one item's.
fn source_text(doc: &Document, src: &crate::content::SourceRef) -> Option<String> {
    let page = doc.page(&src.page)?;
    let block = page.blocks.iter().find(|b| b.id() == src.block)?;
    if let Some(item) = &src.item {
        return block
            .items()
            .iter()
            .find(|i| &i.id == item)
            .map(|i| i.text.plain());
    }
    Some(match block {
        Block::Heading { text, .. }
        | Block::Paragraph { text, .. }
        | Block::Quote { text, .. }
        | Block::Contact { text, .. } => text.plain(),
        Block::List { items, .. } | Block::Statements { items, .. } => items
            .iter()
            .map(|i| i.text.plain())
            .collect::<Vec<_>>()
            .join(" "),
        Block::Picture { .. } => String::new(),
    })
}

/// The review page for one language, or `None` for a language the project
/// does not have. `findings` are the preview's, each with its message id.
pub(super) fn page(
    project: &Project,
    lang: &str,
    findings: &[(Option<String>, Diagnostic)],
) -> Option<String> {
    let tag = project.parse_lang(lang).ok()?;
    let tag_str = tag.to_string();
    let mut diags = Vec::new();
    // The easy-read edition is the first laid out as statements; each
    // statement's source names its own edition.
    let easy_id = &project.content.first_of(Layout::Statements)?.id;
    let easy = project.document(easy_id, &tag, Keep::NOTHING, &mut diags)?;
    let mut sources: HashMap<String, Option<Document>> = HashMap::new();
    let locale_dir = format!("locales/{tag_str}/");
    let mut rows = String::new();
    let (mut statements, mut with_findings) = (0, 0);
    for p in &easy.pages {
        rows.push_str(&format!(
            "<tr><th colspan=\"3\" scope=\"colgroup\" id=\"{}\">{}</th></tr>\n",
            escape(&p.id),
            escape(&p.title.plain())
        ));
        for b in &p.blocks {
            let Block::Statements { items, .. } = b else {
                continue;
            };
            for it in items {
                statements += 1;
                let id = ids::item(&easy.edition, &p.id, b.id(), &it.id);
                let (source_name, source) = match &it.source {
                    Some(s) => (
                        s.to_string(),
                        sources
                            .entry(s.edition.clone())
                            .or_insert_with(|| {
                                project.document(&s.edition, &tag, Keep::NOTHING, &mut diags)
                            })
                            .as_ref()
                            .and_then(|doc| source_text(doc, s))
                            .unwrap_or_else(|| "(not found)".to_string()),
                    ),
                    None => ("no source".to_string(), String::new()),
                };
                let mine: Vec<&Diagnostic> = findings
                    .iter()
                    .filter(|(m, d)| {
                        m.as_deref() == Some(id.as_str())
                            && d.location
                                .as_ref()
                                .is_some_and(|l| l.file.contains(&locale_dir))
                    })
                    .map(|(_, d)| d)
                    .collect();
                if !mine.is_empty() {
                    with_findings += 1;
                }
                let list = if mine.is_empty() {
                    "<td class=\"none\">none</td>".to_string()
                } else {
                    let items: String = mine
                        .iter()
                        .map(|d| {
                            format!(
                                "<li class=\"{}\"><code>{}</code> {}</li>",
                                if d.is_error() { "error" } else { "warning" },
                                escape(d.code),
                                escape(&d.message)
                            )
                        })
                        .collect();
                    format!("<td><ul>{items}</ul></td>")
                };
                rows.push_str(&format!(
                    "<tr id=\"{}\"><td><p>{}</p><p class=\"id\"><code>{}</code></p></td><td><p>{}</p><p class=\"id\"><code>{}</code></p></td>{list}</tr>\n",
                    escape(&id),
                    escape(&it.text.plain()),
                    escape(&id),
                    escape(&source),
                    escape(&source_name),
                ));
            }
        }
    }
    let dir = project
        .locales
        .get(&tag)
        .map_or("ltr", |l| l.meta.direction.as_str());
    Some(format!(
        "<!doctype html>\n<html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><title>Review: easy read beside the guide ({lang})</title><link rel=\"stylesheet\" href=\"{css}\"></head><body><main class=\"careguide-review\"><h1>Easy read beside the guide ({lang})</h1><p>{statements} statements, {with_findings} with findings. Each statement is beside the guide text it names as its source.</p><table><thead><tr><th scope=\"col\">Easy read</th><th scope=\"col\">Guide (source)</th><th scope=\"col\">Findings</th></tr></thead><tbody>\n{rows}</tbody></table></main></body></html>\n",
        lang = escape(&tag_str),
        css = super::BANNER_CSS_PATH,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_statement_beside_its_source_with_findings_escaped() {
        let project = Project::embedded();
        let id = "easy-read-outcome-4-for-you-wellbeing";
        let d = Diagnostic::warning("<script>alert(1)</script>")
            .with_code("promise-strength")
            .at_position("locales/en-GB/easy-read.ftl", 1, 1);
        let html = page(&project, "en-GB", &[(Some(id.to_string()), d)]).unwrap();
        assert!(html.contains("People should take your wellbeing seriously."));
        // Its source, the guide's words, on the same row.
        let row = &html[html.find(&format!("<tr id=\"{id}\"")).unwrap()..];
        let row = &row[..row.find("</tr>").unwrap()];
        assert!(row.contains("guide/outcome-4/for-you/"), "{row}");
        assert!(row.contains("&lt;script&gt;"), "{row}");
        assert!(!html.contains("<script>alert"));
        assert!(page(&project, "xx-nope", &[]).is_none());
    }
}
