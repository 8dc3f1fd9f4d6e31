//! Inline markup inside a message: a small, safe subset of Markdown (bold,
//! italic, links, line breaks) parsed with pulldown-cmark into [`Inline`]
//! nodes. Raw HTML is refused, and link addresses must use a safe scheme,
//! so nothing a translator types can inject markup or script.

use std::sync::Arc;

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

use crate::i18n::TextLang;

/// A run of inline text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    Text { text: String },
    Strong { children: Vec<Inline> },
    Emphasis { children: Vec<Inline> },
    Link { href: String, children: Vec<Inline> },
    LineBreak,
}

/// Text with inline markup, and the language it is in when that is not
/// its document's (a message not yet translated: see
/// [`crate::i18n::TextLang`]; `None` for nearly every text).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Text(pub Vec<Inline>, pub Option<Arc<TextLang>>);

impl Text {
    /// Inline nodes in the document's own language.
    pub fn new(nodes: Vec<Inline>) -> Text {
        Text(nodes, None)
    }

    pub fn plain_str(s: &str) -> Text {
        Text::new(vec![Inline::Text {
            text: s.to_string(),
        }])
    }

    /// The same words, said to be in `lang` (`None`: the document's own).
    pub fn in_lang(self, lang: Option<Arc<TextLang>>) -> Text {
        Text(self.0, lang)
    }

    /// The language these words are in when it is not the document's.
    pub fn lang(&self) -> Option<&TextLang> {
        self.1.as_deref()
    }

    /// The words alone, without markup; line breaks become spaces.
    pub fn plain(&self) -> String {
        let mut out = String::new();
        push_plain(&self.0, &mut out);
        out
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

fn push_plain(nodes: &[Inline], out: &mut String) {
    for n in nodes {
        match n {
            Inline::Text { text } => out.push_str(text),
            Inline::Strong { children }
            | Inline::Emphasis { children }
            | Inline::Link { children, .. } => push_plain(children, out),
            Inline::LineBreak => out.push(' '),
        }
    }
}

/// Why a message's markup was refused. `snippet` is the offending text, so
/// the caller can find it in the source file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkupError {
    pub message: String,
    pub snippet: String,
    pub help: &'static str,
}

/// Schemes a link may use. Anything else (notably `javascript:`, `data:`
/// and plain `http:`) is refused.
const SAFE_SCHEMES: &[&str] = &["https:", "tel:", "mailto:"];

/// Where a link cannot be followed (plain text, the terminal), the address
/// to print after its words, " (example.org/page)", unless the words already
/// say it or it is a phone number or a place on the same page.
pub fn address_after(href: &str, label: &str) -> Option<String> {
    let bare = href
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_start_matches("www.");
    let shown = label.trim_start_matches("www.");
    let says_it = bare.trim_end_matches('/') == shown.trim_end_matches('/');
    (!href.starts_with("tel:") && !href.starts_with('#') && !says_it).then(|| format!(" ({bare})"))
}

/// A link is a page of the site, an `https:`, `mailto:` or `tel:` address,
/// or refused. A backslash is never part of one: browsers read `\\host`
/// and `/\\host` as another host. Nor is a control character, which a
/// browser would strip and this check would not.
pub fn is_safe_href(href: &str) -> bool {
    // A phone number as people write it ("tel:0800 1111"): only what a
    // phone dials and the spaces and marks between groups, which the
    // renderers drop.
    if starts_with_ignore_case(href, "tel:") {
        let number = &href[4..];
        return number.chars().any(|c| c.is_ascii_digit())
            && number.chars().all(|c| {
                c.is_ascii_digit() || matches!(c, '+' | '-' | '(' | ')' | '.' | ' ' | '\u{a0}')
            });
    }
    if href.contains('\\') || href.chars().any(char::is_control) {
        return false;
    }
    let href = href.trim();
    if SAFE_SCHEMES
        .iter()
        .any(|s| starts_with_ignore_case(href, s))
    {
        return true;
    }
    // A page of the site: a relative path or a fragment, with no scheme.
    let before_slash = href.split(['/', '?', '#']).next().unwrap_or("");
    !href.is_empty() && !before_slash.contains(':') && !href.starts_with("//")
}

/// Whether `s` starts with the ASCII `prefix`, in any case (no copy).
pub fn starts_with_ignore_case(s: &str, prefix: &str) -> bool {
    s.as_bytes()
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// Parses one message's text into inline nodes.
pub fn parse_inline(src: &str) -> Result<Text, MarkupError> {
    let mut stack: Vec<(Option<Inline>, Vec<Inline>)> = vec![(None, Vec::new())];
    let escaped = escape_block_starts(src);
    let src = &*escaped;
    let parser = Parser::new_ext(src, Options::empty()).into_offset_iter();
    for (event, range) in parser {
        // Every walker of the nodes recurses once per level: refuse what is
        // too deep here, where the stack is a Vec.
        if stack.len() > crate::nesting::MAX_INLINE_NESTING {
            let mut end = (range.start + 40).min(src.len());
            while !src.is_char_boundary(end) {
                end -= 1;
            }
            return Err(MarkupError {
                message: format!(
                    "bold, italic and links are nested more than {} deep",
                    crate::nesting::MAX_INLINE_NESTING
                ),
                snippet: src[range.start..end].to_string(),
                help: "put ** or * around the words that need it, once: compare with the English",
            });
        }
        match event {
            Event::Text(t) | Event::Code(t) => push_text(&mut stack, &t),
            Event::SoftBreak => push_text(&mut stack, " "),
            Event::HardBreak => top(&mut stack).push(Inline::LineBreak),
            Event::Html(h) | Event::InlineHtml(h) => {
                return Err(MarkupError {
                    message: format!("raw HTML `{}` is not allowed in a message", h.trim()),
                    snippet: h.trim().to_string(),
                    help: "use **bold** for emphasis; remove the HTML tags",
                });
            }
            Event::Start(Tag::Strong) => {
                stack.push((Some(Inline::Strong { children: vec![] }), vec![]))
            }
            Event::Start(Tag::Emphasis) => {
                stack.push((Some(Inline::Emphasis { children: vec![] }), vec![]))
            }
            Event::Start(Tag::Link {
                dest_url,
                link_type,
                ..
            }) => {
                let href = strip_invisible(&dest_url);
                if link_type == LinkType::Email {
                    stack.push((
                        Some(Inline::Link {
                            href: format!("mailto:{href}"),
                            children: vec![],
                        }),
                        vec![],
                    ));
                    continue;
                }
                if !is_safe_href(&href) {
                    return Err(MarkupError {
                        message: format!("link address `{href}` is not allowed"),
                        snippet: src[range].to_string(),
                        help: "links may only use https:, tel: or mailto:, or name a page of the site (no backslashes)",
                    });
                }
                stack.push((
                    Some(Inline::Link {
                        href,
                        children: vec![],
                    }),
                    vec![],
                ));
            }
            Event::End(TagEnd::Strong | TagEnd::Emphasis | TagEnd::Link) => {
                let (node, children) = stack.pop().expect("start pushed a frame");
                let node = match node.expect("inline frame") {
                    Inline::Strong { .. } => Inline::Strong { children },
                    Inline::Emphasis { .. } => Inline::Emphasis { children },
                    Inline::Link { href, .. } => Inline::Link { href, children },
                    other => other,
                };
                top(&mut stack).push(node);
            }
            // A translator's line that looks like a list or heading is
            // still just words: keep them, separated.
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::Heading(_))
                if !top(&mut stack).is_empty() =>
            {
                push_text(&mut stack, " ");
            }
            _ => {} // block structure, images' wrappers, rules: words only
        }
    }
    let (_, mut nodes) = stack.pop().unwrap_or_default();
    trim_end(&mut nodes);
    Ok(Text::new(nodes))
}

/// A message is one run of words, so a line that Markdown would read as a
/// list item, heading or quote ("1. first", "# big", "> so") keeps its
/// characters: the marker is escaped before parsing.
fn escape_block_starts(src: &str) -> std::borrow::Cow<'_, str> {
    // Most messages have no such line: no copy then.
    if !src.split('\n').any(|line| block_marker(line).is_some()) {
        return std::borrow::Cow::Borrowed(src);
    }
    let mut out = String::with_capacity(src.len() + 4);
    for (n, line) in src.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        match block_marker(line) {
            Some(i) => {
                out.push_str(&line[..i]);
                out.push('\\');
                out.push_str(&line[i..]);
            }
            None => out.push_str(line),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Where in `line` a marker that Markdown would read as a list item,
/// heading or quote begins, if it has one.
fn block_marker(line: &str) -> Option<usize> {
    let indent = line.len() - line.trim_start().len();
    let rest = &line[indent..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if rest.starts_with(['#', '>'])
        || ((rest.starts_with(['-', '+', '*'])) && rest[1..].starts_with(' '))
    {
        Some(indent)
    } else if digits > 0 && rest[digits..].starts_with(['.', ')']) {
        Some(indent + digits)
    } else {
        None
    }
}

fn top(stack: &mut [(Option<Inline>, Vec<Inline>)]) -> &mut Vec<Inline> {
    &mut stack.last_mut().expect("root frame").1
}

fn push_text(stack: &mut [(Option<Inline>, Vec<Inline>)], t: &str) {
    let nodes = top(stack);
    if let Some(Inline::Text { text }) = nodes.last_mut() {
        text.push_str(t);
    } else {
        nodes.push(Inline::Text {
            text: t.to_string(),
        });
    }
}

fn trim_end(nodes: &mut Vec<Inline>) {
    if let Some(Inline::Text { text }) = nodes.last_mut() {
        let trimmed = text.trim_end().len();
        text.truncate(trimmed);
        if text.is_empty() {
            nodes.pop();
        }
    }
}

/// Fluent wraps variables in isolation marks; they must not end up inside
/// a link address.
fn strip_invisible(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Inline {
        Inline::Text { text: s.into() }
    }

    #[test]
    fn backslashes_and_plain_http_are_never_links() {
        for src in [
            "[this](\\\\\\\\evil.example/share)",
            "[that](/\\\\evil.example/)",
            "[x](http://example.org)",
            "[x](//evil.example/)",
            "[x](<java script:alert(1)>)",
        ] {
            assert!(parse_inline(src).is_err(), "{src}");
        }
        for src in [
            "[a](https://x.org)",
            "[b](tel:08001111)",
            "[c](mailto:a@b.org)",
            "[d](words.html#top)",
        ] {
            assert!(parse_inline(src).is_ok(), "{src}");
        }
    }

    #[test]
    fn deep_nesting_is_refused_before_any_walker_recurses() {
        let strong = format!("{}w{}", "**".repeat(10_000), "**".repeat(10_000));
        let e = parse_inline(&strong).unwrap_err();
        assert!(e.message.contains("nested"), "{e:?}");
        let em = format!("{}w{}", "*a ".repeat(5_000), " b*".repeat(5_000));
        assert!(parse_inline(&em).is_err());
        let ok = format!("{}w{}", "*a ".repeat(3), " b*".repeat(3));
        assert!(parse_inline(&ok).is_ok());
    }

    #[test]
    fn bold_and_links() {
        let t =
            parse_inline("Your views **will be heard**, see [site](https://example.org).").unwrap();
        assert_eq!(t.plain(), "Your views will be heard, see site.");
        assert_eq!(
            t.0[1],
            Inline::Strong {
                children: vec![text("will be heard")]
            }
        );
        assert!(matches!(&t.0[3], Inline::Link { href, .. } if href == "https://example.org"));
    }

    #[test]
    fn refuses_html_and_script_links() {
        assert!(parse_inline("Hi <script>alert(1)</script>").is_err());
        assert!(parse_inline("<b>bold</b>").is_err());
        assert!(parse_inline("[x](javascript:alert(1))").is_err());
        assert!(parse_inline("[x](JaVaScRiPt:alert(1))").is_err());
        assert!(parse_inline("[x](data:text/html,hi)").is_err());
    }

    #[test]
    fn list_like_lines_stay_words() {
        assert_eq!(parse_inline("1. first").unwrap().plain(), "1. first");
        assert_eq!(parse_inline("# big").unwrap().plain(), "# big");
        assert_eq!(
            parse_inline("- dash\n> quote").unwrap().plain(),
            "- dash > quote"
        );
    }

    #[test]
    fn isolation_marks_leave_hrefs() {
        let t = parse_inline("[a](\u{2068}https://x.org\u{2069})").unwrap();
        assert!(matches!(&t.0[0], Inline::Link { href, .. } if href == "https://x.org"));
    }
}
