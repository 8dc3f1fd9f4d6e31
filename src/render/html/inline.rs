//! Inline markup (bold, italic, links, line breaks) as HTML, escaped.

use super::escape::{push_esc, push_text, strip_bidi, tel_href};
use crate::markup::{Inline, Text, is_safe_href, starts_with_ignore_case};

/// Appends inline markup as HTML. Words are escaped; a link's address is
/// checked again (defence in depth) and escaped; a `tel:` address is
/// reduced to the digits a phone dials.
pub(super) fn push_inline(out: &mut String, nodes: &[Inline]) {
    for n in nodes {
        match n {
            Inline::Text { text } => push_text(out, text),
            Inline::Strong { children } => {
                out.push_str("<strong>");
                push_inline(out, children);
                out.push_str("</strong>");
            }
            Inline::Emphasis { children } => {
                out.push_str("<em>");
                push_inline(out, children);
                out.push_str("</em>");
            }
            Inline::Link { href, children } => {
                let stripped = strip_bidi(href);
                let href = stripped.trim();
                if !is_safe_href(href) {
                    push_inline(out, children);
                    continue;
                }
                let scheme = |s: &str| starts_with_ignore_case(href, s);
                let tel;
                let (href, external) = if scheme("tel:") {
                    tel = tel_href(&href[4..]);
                    (tel.as_str(), false)
                } else {
                    (href, scheme("https:") || scheme("http:"))
                };
                out.push_str("<a href=\"");
                push_esc(out, href);
                out.push('"');
                if external {
                    out.push_str(" rel=\"noreferrer\"");
                }
                out.push('>');
                push_inline(out, children);
                out.push_str("</a>");
            }
            Inline::LineBreak => out.push_str("<br>"),
        }
    }
}

/// Inline markup as an HTML string.
pub(super) fn inline_html(t: &Text) -> String {
    let mut out = String::new();
    push_inline(&mut out, &t.0);
    out
}
