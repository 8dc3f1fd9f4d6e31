//! Pictures are published as they are, so each must be plain shapes: an
//! allow-list of elements and attributes, read by a small linear parser.
//! Anything else (a script, an event attribute however it is spaced, a
//! link, a style, an entity, a comment or declaration) is refused with
//! the reason and its place; nothing is rewritten, so what an editor sees
//! in the file is what is published.

/// Elements a picture may use.
const ELEMENTS: &[&str] = &[
    "svg", "g", "path", "circle", "ellipse", "rect", "line", "polyline", "polygon", "title", "desc",
];

/// Attributes a picture may use: geometry and presentation, nothing that
/// names another resource or runs code.
const ATTRIBUTES: &[&str] = &[
    "xmlns",
    "viewBox",
    "width",
    "height",
    "role",
    "aria-hidden",
    "focusable",
    "fill",
    "fill-opacity",
    "fill-rule",
    "clip-rule",
    "stroke",
    "stroke-width",
    "stroke-linecap",
    "stroke-linejoin",
    "stroke-dasharray",
    "stroke-dashoffset",
    "stroke-miterlimit",
    "stroke-opacity",
    "opacity",
    "transform",
    "d",
    "cx",
    "cy",
    "r",
    "rx",
    "ry",
    "x",
    "y",
    "x1",
    "y1",
    "x2",
    "y2",
    "points",
];

const SVG_NAMESPACE: &str = "http://www.w3.org/2000/svg";

/// Elements inside each other: far more than a drawing needs.
const MAX_DEPTH: usize = 32;

/// Why a picture was refused: what, and the byte range it is at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub reason: String,
    pub offset: usize,
    pub len: usize,
}

fn refuse<T>(reason: impl Into<String>, offset: usize, len: usize) -> Result<T, Refusal> {
    Err(Refusal {
        reason: reason.into(),
        offset,
        len: len.max(1),
    })
}

/// Checks a picture against the allow-list.
pub fn check(text: &str) -> Result<(), Refusal> {
    let b = text.as_bytes();
    let mut i = 0;
    let mut open: Vec<&str> = Vec::new();
    let mut roots = 0;
    // An XML declaration may come first (`<?xml version="1.0"?>`), with
    // nothing in it but its own few settings.
    if text.starts_with("<?xml") {
        i = declaration_end(text)?;
    }
    while i < b.len() {
        if b[i] != b'<' {
            let end = text[i..].find('<').map_or(b.len(), |n| i + n);
            let words = &text[i..end];
            let in_text_element = matches!(open.last(), Some(&("title" | "desc")));
            if !words.trim().is_empty() && !in_text_element {
                let at = i + (words.len() - words.trim_start().len());
                return refuse("words outside <title> or <desc>", at, 1);
            }
            if let Some(n) = words.find(['&', '>']) {
                return refuse("`&` or `>` in words (entities are not allowed)", i + n, 1);
            }
            i = end;
            continue;
        }
        if b.get(i + 1) == Some(&b'/') {
            let name_at = i + 2;
            let name_end = name_at + name_len(&b[name_at..]);
            let name = &text[name_at..name_end];
            let close = name_end + ws_len(&b[name_end..]);
            if b.get(close) != Some(&b'>') {
                return refuse("a closing tag that does not end with `>`", i, 2);
            }
            if open.pop() != Some(name) {
                return refuse(
                    format!("`</{name}>` closes nothing that is open"),
                    i,
                    close + 1 - i,
                );
            }
            i = close + 1;
            continue;
        }
        if matches!(b.get(i + 1), Some(b'!' | b'?')) {
            return refuse(
                "a comment or declaration (`<!` or `<?`): pictures are shapes only",
                i,
                2,
            );
        }
        let name_at = i + 1;
        let name_end = name_at + name_len(&b[name_at..]);
        let name = &text[name_at..name_end];
        if !ELEMENTS.contains(&name) {
            return refuse(
                format!("element `<{name}>`, which is not a plain shape"),
                i,
                name_end - i,
            );
        }
        let is_root = open.is_empty();
        if is_root {
            roots += 1;
            if name != "svg" || roots > 1 {
                return refuse("a picture is one <svg> element", i, name_end - i);
            }
        }
        i = name_end;
        let mut has_xmlns = false;
        loop {
            let ws = ws_len(&b[i..]);
            i += ws;
            match b.get(i) {
                Some(b'>') => {
                    open.push(name);
                    i += 1;
                    break;
                }
                Some(b'/') if b.get(i + 1) == Some(&b'>') => {
                    i += 2;
                    break;
                }
                None => return refuse(format!("`<{name}` is not finished"), name_at - 1, 1),
                _ if ws == 0 => {
                    return refuse("attributes need a space between them", i, 1);
                }
                _ => {}
            }
            let attr_at = i;
            let attr_end = attr_at + name_len(&b[attr_at..]);
            let attr = &text[attr_at..attr_end];
            if attr.is_empty() {
                return refuse("a character that starts no attribute", attr_at, 1);
            }
            if !ATTRIBUTES.contains(&attr) {
                let why = if attr.to_ascii_lowercase().starts_with("on") {
                    "an event attribute, which runs code"
                } else {
                    "not a plain-shape attribute"
                };
                return refuse(format!("attribute `{attr}`: {why}"), attr_at, attr.len());
            }
            i = attr_end + ws_len(&b[attr_end..]);
            if b.get(i) != Some(&b'=') {
                return refuse(
                    format!("attribute `{attr}` needs `=\"...\"`"),
                    attr_at,
                    attr.len(),
                );
            }
            i += 1;
            i += ws_len(&b[i..]);
            let quote = match b.get(i) {
                Some(&q @ (b'"' | b'\'')) => q,
                _ => return refuse(format!("the value of `{attr}` needs quotes"), i, 1),
            };
            let value_at = i + 1;
            let Some(len) = b[value_at..].iter().position(|&c| c == quote) else {
                return refuse(format!("the value of `{attr}` is not closed"), i, 1);
            };
            let value = &text[value_at..value_at + len];
            check_value(attr, value, value_at)?;
            has_xmlns |= attr == "xmlns";
            i = value_at + len + 1;
        }
        if is_root && !has_xmlns {
            return refuse(
                format!("<svg> needs xmlns=\"{SVG_NAMESPACE}\""),
                name_at - 1,
                4,
            );
        }
        if open.len() > MAX_DEPTH {
            return refuse(
                format!("elements nested more than {MAX_DEPTH} deep"),
                name_at - 1,
                1,
            );
        }
    }
    if let Some(name) = open.last() {
        return refuse(format!("`<{name}>` is never closed"), b.len(), 1);
    }
    if roots == 0 {
        return refuse("no <svg> element", 0, 1);
    }
    Ok(())
}

/// Values are numbers, colours, path data and keywords: no `:` (so no
/// scheme), no `&` (no entity), no `url(`, nothing invisible.
fn check_value(attr: &str, value: &str, at: usize) -> Result<(), Refusal> {
    if attr == "xmlns" {
        if value == SVG_NAMESPACE {
            return Ok(());
        }
        return refuse(
            format!("xmlns must be \"{SVG_NAMESPACE}\""),
            at,
            value.len(),
        );
    }
    let allowed = |c: char| c.is_ascii_alphanumeric() || " \t\n\r#.,-+()%".contains(c);
    if let Some((n, c)) = value.char_indices().find(|&(_, c)| !allowed(c)) {
        return refuse(
            format!("`{}` in the value of `{attr}`", c.escape_default()),
            at + n,
            c.len_utf8(),
        );
    }
    if let Some(n) = value.to_ascii_lowercase().find("url") {
        return refuse(
            format!("`url` in the value of `{attr}` fetches from the network"),
            at + n,
            3,
        );
    }
    Ok(())
}

/// Where `<?xml version="1.0" encoding="UTF-8"?>` ends; any other name,
/// or a value with more than letters, digits, `.`, `-` and `_`, is refused.
fn declaration_end(text: &str) -> Result<usize, Refusal> {
    let b = text.as_bytes();
    let mut i = "<?xml".len();
    loop {
        let ws = ws_len(&b[i..]);
        i += ws;
        if text[i..].starts_with("?>") {
            return Ok(i + 2);
        }
        let name_end = i + name_len(&b[i..]);
        let name = &text[i..name_end];
        if ws == 0 || !matches!(name, "version" | "encoding" | "standalone") {
            return refuse(
                "an XML declaration with more than a version and encoding",
                i,
                1,
            );
        }
        if b.get(name_end) != Some(&b'=') || b.get(name_end + 1) != Some(&b'"') {
            return refuse("an XML declaration setting needs =\"...\"", name_end, 1);
        }
        let value_at = name_end + 2;
        let len = b[value_at..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-' | b'_'))
            .count();
        if b.get(value_at + len) != Some(&b'"') {
            return refuse(
                "an XML declaration value with more than letters and digits",
                value_at + len,
                1,
            );
        }
        i = value_at + len + 1;
    }
}

fn name_len(b: &[u8]) -> usize {
    b.iter()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b':' | b'.'))
        .count()
}

fn ws_len(b: &[u8]) -> usize {
    b.iter()
        .take_while(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r'))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    const OK: &str = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 200\" role=\"img\"><title>A house</title><g fill=\"none\" stroke=\"#1d2b3a\"><rect x=\"44\" y=\"50\" width=\"40\" height=\"26\" rx=\"12\" transform=\"rotate(20 64 63)\"/><path d=\"M0 0L1 1Z\"/></g></svg>";

    fn reason(svg: &str) -> String {
        check(svg).unwrap_err().reason
    }

    #[test]
    fn plain_shapes_pass() {
        assert_eq!(check(OK), Ok(()));
        assert_eq!(check(&format!("<?xml version=\"1.0\"?>\n{OK}\n")), Ok(()));
    }

    #[test]
    fn event_attributes_are_refused_however_spaced() {
        for svg in [
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect\nonclick=\"alert(1)\"/></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect onmouseover =\"x\"/></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect\tONLOAD='x'/></svg>",
            "<svg onload=\"alert(1)\" xmlns=\"http://www.w3.org/2000/svg\"></svg>",
        ] {
            assert!(reason(svg).contains("event attribute"), "{svg}");
        }
    }

    #[test]
    fn anything_not_on_the_list_is_refused_with_its_place() {
        let cases = [
            (
                "<script>",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>x</script></svg>",
            ),
            (
                "`<a>`",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"https://x\"/></svg>",
            ),
            (
                "`href`",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect href=\"https://x\"/></svg>",
            ),
            (
                "xlink:href",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect xlink:href=\"x\"/></svg>",
            ),
            (
                "style",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect style=\"x\"/></svg>",
            ),
            (
                "url",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect fill=\"url(#a)\"/></svg>",
            ),
            (
                ":",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect fill=\"javascript:x\"/></svg>",
            ),
            (
                "`&`",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect fill=\"&#106;\"/></svg>",
            ),
            ("declaration", "<!DOCTYPE svg [<!ENTITY x \"y\">]><svg/>"),
            (
                "comment",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><!-- x --></svg>",
            ),
            (
                "never closed",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><g>",
            ),
            (
                "closes nothing",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"></g></svg>",
            ),
            ("xmlns", "<svg viewBox=\"0 0 1 1\"></svg>"),
            (
                "one <svg>",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"/><svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            ),
            (
                "words",
                "<svg xmlns=\"http://www.w3.org/2000/svg\">hello</svg>",
            ),
            (
                "<foreignObject>",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject/></svg>",
            ),
        ];
        for (want, svg) in cases {
            let r = check(svg).unwrap_err();
            assert!(r.reason.contains(want), "{svg}: {}", r.reason);
            assert!(r.offset <= svg.len(), "{svg}");
        }
        let r = check("<svg xmlns=\"http://www.w3.org/2000/svg\">\n<rect\nonclick=\"x\"/></svg>")
            .unwrap_err();
        assert_eq!(
            r.offset,
            "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<rect\n".len()
        );
    }

    #[test]
    fn deep_nesting_is_refused() {
        let svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\">{}{}</svg>",
            "<g>".repeat(10_000),
            "</g>".repeat(10_000)
        );
        assert!(reason(&svg).contains("nested"));
    }
}
