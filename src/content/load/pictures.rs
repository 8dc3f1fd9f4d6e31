//! content/pictures/: each picture as an SVG for HTML (plain shapes
//! only) and as terminal art for the kiosk.

use std::collections::{BTreeMap, BTreeSet};

use unicode_width::UnicodeWidthStr;

use super::super::model::*;
use crate::diag::Diagnostic;
use crate::source::{SourceFile, Sources};

const PICTURE_MAX_ROWS: usize = 12;
const PICTURE_MAX_COLS: usize = 32;

pub(super) fn load_pictures(
    sources: &Sources,
    diags: &mut Vec<Diagnostic>,
) -> BTreeMap<String, Picture> {
    let mut svgs = BTreeMap::new();
    let mut arts = BTreeMap::new();
    for (rel, file) in sources.under("content/pictures/") {
        let name = &rel["content/pictures/".len()..];
        let (stem, ext) = name.rsplit_once('.').unwrap_or((name, ""));
        let text = match file.text() {
            Ok(t) => t,
            Err(d) => {
                diags.push(d);
                continue;
            }
        };
        match ext {
            "svg" => {
                if let Some(d) = unsafe_svg(file, text) {
                    diags.push(d);
                } else {
                    svgs.insert(stem.to_string(), text.to_string());
                }
            }
            "txt" => match terminal_art(file, text) {
                Ok(art) => {
                    arts.insert(stem.to_string(), art);
                }
                Err(d) => diags.push(d),
            },
            _ => {}
        }
    }
    let ids: BTreeSet<String> = svgs.keys().chain(arts.keys()).cloned().collect();
    let mut pictures = BTreeMap::new();
    for id in ids {
        match (svgs.remove(&id), arts.remove(&id)) {
            (Some(svg), Some(terminal)) => {
                pictures.insert(id.clone(), Picture { id, svg, terminal });
            }
            (svg, _) => {
                let missing = if svg.is_none() { "svg" } else { "txt" };
                diags.push(
                    Diagnostic::error(format!(
                        "picture `{id}` has no content/pictures/{id}.{missing}"
                    ))
                    .with_code("picture-incomplete")
                    .with_help("every picture needs an .svg for HTML and a .txt for the terminal"),
                );
            }
        }
    }
    pictures
}

/// Pictures are published as they are, so they must be plain shapes
/// (`super::svg`): nothing that could run code or fetch anything.
fn unsafe_svg(file: &SourceFile, text: &str) -> Option<Diagnostic> {
    let refusal = super::super::svg::check(text).err()?;
    Some(
        Diagnostic::error(format!("picture refused: {}", refusal.reason))
            .with_code("unsafe-svg")
            .at_offset(&file.label, text, refusal.offset, refusal.len)
            .with_help(
                "pictures must be plain shapes (svg, g, path, circle, ellipse, rect, line, polyline, polygon, title, desc) with geometry and colour attributes: remove scripts, styles, links, event attributes and external images",
            ),
    )
}

fn terminal_art(file: &SourceFile, text: &str) -> Result<String, Diagnostic> {
    let text = text.trim_end_matches(['\n', '\r']);
    let lines: Vec<&str> = text.lines().collect();
    if lines.len() > PICTURE_MAX_ROWS {
        return Err(Diagnostic::error(format!(
            "terminal picture has {} rows, at most {PICTURE_MAX_ROWS} fit",
            lines.len()
        ))
        .at_position(&file.label, PICTURE_MAX_ROWS + 1, 1)
        .with_code("picture-too-big"));
    }
    let mut offset = 0;
    for (n, line) in lines.iter().enumerate() {
        if let Some((i, c)) = line.char_indices().find(|(_, c)| c.is_control()) {
            return Err(Diagnostic::error(format!(
                "terminal picture has the control character U+{:04X}",
                c as u32
            ))
            .at_offset(&file.label, text, offset + i, c.len_utf8())
            .with_code("control-character")
            .with_help("use only printable characters; no tabs or escape codes"));
        }
        if line.width() > PICTURE_MAX_COLS {
            return Err(Diagnostic::error(format!(
                "terminal picture line {} is {} columns wide, at most {PICTURE_MAX_COLS} fit",
                n + 1,
                line.width()
            ))
            .at_offset(&file.label, text, offset, line.len())
            .with_code("picture-too-big"));
        }
        offset += line.len() + 1;
    }
    Ok(lines
        .iter()
        .map(|l| l.trim_end())
        .collect::<Vec<_>>()
        .join("\n"))
}
