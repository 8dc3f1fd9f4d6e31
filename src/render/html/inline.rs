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

/// Like [`inline_html`], inside a `<span lang>` (with `dir` where the
/// direction differs from `around`, which isolates it) when the words are
/// in another language than the page's: an interface message not yet
/// translated.
pub(super) fn marked_inline_html(t: &Text, around: crate::i18n::Direction) -> String {
    let Some(lang) = t.lang() else {
        return inline_html(t);
    };
    let dir = if lang.dir != around {
        format!(" dir=\"{}\"", lang.dir.as_str())
    } else {
        String::new()
    };
    format!(
        "<span lang=\"{}\"{dir}>{}</span>",
        super::escape::esc(&lang.tag_str()),
        inline_html(t)
    )
}
