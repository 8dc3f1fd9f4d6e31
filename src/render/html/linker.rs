//! Links the first use of each hard word on an HTML page to its
//! explanation on the words page.

use std::collections::HashSet;
use std::rc::Rc;

use super::escape::{push_esc, push_text as push_words};
use super::fragment::{Fragment, Hole};
use super::inline::push_inline;
use crate::content::glossary::{GlossaryEntry, Matcher};
use crate::markup::Inline;

/// Links the first use of each term on an HTML page to its explanation
/// (`<words page>#word-<id>`), in text only: never inside a link.
pub(super) struct Linker<'a> {
    entries: &'a [GlossaryEntry],
    /// Built once per document: every page's linker shares it.
    matcher: Rc<Matcher>,
    linked: HashSet<usize>,
}

impl<'a> Linker<'a> {
    /// A linker for one page; `matcher` is `Matcher::new(entries)`.
    pub(super) fn new(entries: &'a [GlossaryEntry], matcher: Rc<Matcher>) -> Linker<'a> {
        Linker {
            entries,
            matcher,
            linked: HashSet::new(),
        }
    }

    /// Inline markup as HTML, like [`push_inline`], with
    /// the first use of each term linked. The words page is left as a
    /// hole ([`Hole::WordsTarget`]).
    pub(super) fn push_inline(&mut self, out: &mut Fragment, nodes: &[Inline]) {
        for n in nodes {
            match n {
                Inline::Text { text } => self.push_text(out, text),
                Inline::Strong { children } => {
                    out.push_str("<strong>");
                    self.push_inline(out, children);
                    out.push_str("</strong>");
                }
                Inline::Emphasis { children } => {
                    out.push_str("<em>");
                    self.push_inline(out, children);
                    out.push_str("</em>");
                }
                // Never a link inside a link.
                Inline::Link { .. } => push_inline(out.text_mut(), std::slice::from_ref(n)),
                Inline::LineBreak => out.push_str("<br>"),
            }
        }
    }

    fn push_text(&mut self, out: &mut Fragment, text: &str) {
        if self.matcher.is_empty() {
            push_words(out.text_mut(), text);
            return;
        }
        let mut at = 0;
        for f in self.matcher.scan(text) {
            // A word inside an isolate (a name or a fact) is not linked,
            // so the isolate stays whole as one `<bdi>`.
            if inside_isolate(&text[..f.start]) || !self.linked.insert(f.entry) {
                continue;
            }
            push_words(out.text_mut(), &text[at..f.start]);
            out.push_str("<a class=\"word-link\" href=\"");
            out.hole(Hole::WordsTarget);
            out.push_str("#word-");
            push_esc(out.text_mut(), &self.entries[f.entry].id);
            out.push_str("\">");
            push_words(out.text_mut(), &text[f.start..f.end]);
            out.push_str("</a>");
            at = f.end;
        }
        push_words(out.text_mut(), &text[at..]);
    }
}

/// Whether an isolate opened in `before` is still open at its end.
fn inside_isolate(before: &str) -> bool {
    use crate::sanitize::is_bidi_isolate;
    let mut depth = 0usize;
    for c in before.chars().filter(|&c| is_bidi_isolate(c)) {
        if c == crate::i18n::bidi::PDI {
            depth = depth.saturating_sub(1);
        } else {
            depth += 1;
        }
    }
    depth > 0
}

#[cfg(test)]
mod tests {
    use super::super::fragment::Place;
    use super::*;
    use crate::markup::Text;

    fn entry(id: &str, term: &str, forms: &[&str]) -> GlossaryEntry {
        GlossaryEntry {
            id: id.into(),
            term: term.into(),
            forms: forms.iter().map(|s| s.to_string()).collect(),
            explain: Text::plain_str("explained"),
            picture: None,
        }
    }

    #[test]
    fn links_first_use_only_outside_links_and_escapes() {
        let e = vec![entry("court", "court", &["<court>"])];
        let matcher = Rc::new(Matcher::new(&e));
        let mut l = Linker::new(&e, Rc::clone(&matcher));
        let mut out = Fragment::default();
        let nodes = vec![
            Inline::Link {
                href: "https://example.org/".into(),
                children: vec![Inline::Text {
                    text: "court".into(),
                }],
            },
            Inline::Strong {
                children: vec![Inline::Text {
                    text: "A court & a court.".into(),
                }],
            },
        ];
        l.push_inline(&mut out, &nodes);
        let mut html = String::new();
        out.place(
            &mut html,
            &mut Place {
                top: 1,
                words: "words.html",
                described: &mut HashSet::new(),
            },
        );
        assert_eq!(
            html,
            "<a href=\"https://example.org/\" rel=\"noreferrer\">court</a><strong>A \
             <a class=\"word-link\" href=\"words.html#word-court\">court</a> &amp; a court.</strong>"
        );
        // A new page links each term again.
        let mut again = Fragment::default();
        Linker::new(&e, matcher).push_inline(
            &mut again,
            &[Inline::Text {
                text: "court".into(),
            }],
        );
        let mut html = String::new();
        again.place(
            &mut html,
            &mut Place {
                top: 2,
                words: "",
                described: &mut HashSet::new(),
            },
        );
        assert_eq!(
            html,
            "<a class=\"word-link\" href=\"#word-court\">court</a>"
        );
    }
}
