//! A Fluent parser that keeps positions. It follows the grammar and the
//! error recovery of the reference parser (Python's `fluent.syntax`) step
//! for step, so a syntax error is reported at the very place, and with the
//! same code (`E0003`...), as Mozilla's own tools report it. Everything a
//! translator's check needs to point at (ids, attributes, variant keys,
//! references, selectors) carries its byte range.
//!
//! Fluent's runtime parser (`fluent_syntax`, used by the bundles) keeps no
//! positions and finds many mistakes a line later; this one is for
//! diagnostics only. Entries it calls junk are the ones `locale check`,
//! `build` and the coverage figures count as broken.

mod cursor;
mod entries;
mod patterns;

use cursor::Parser;

use std::ops::Range;

pub type Span = Range<usize>;

/// A parsed `.ftl` file: its entries in order.
#[derive(Debug, Default)]
pub struct Resource {
    pub entries: Vec<Entry>,
}

#[derive(Debug)]
pub enum Entry {
    Message(Message),
    /// A term: a message whose id starts with `-` (the `-` is not in the id).
    Term(Message),
    Comment(Comment),
    /// Text that is not an entry, with the first error found in it.
    Junk {
        span: Span,
        error: SyntaxError,
    },
}

#[derive(Debug)]
pub struct Comment {
    /// 0 `#`, 1 `##`, 2 `###`.
    pub level: u8,
    pub span: Span,
}

#[derive(Debug)]
pub struct Message {
    pub id: Ident,
    pub value: Option<Pattern>,
    pub attributes: Vec<Attribute>,
    /// The whole entry, from its id (not its comment) to its last line.
    pub span: Span,
    /// The `#` comment just above it, if any.
    pub comment: Option<Span>,
}

#[derive(Debug, Clone)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

#[derive(Debug)]
pub struct Attribute {
    pub id: Ident,
    pub value: Pattern,
    pub span: Span,
}

#[derive(Debug)]
pub struct Pattern {
    pub elements: Vec<Element>,
    pub span: Span,
}

#[derive(Debug)]
pub enum Element {
    /// Raw text (not dedented) at this range.
    Text(Span),
    Placeable(Expression),
}

#[derive(Debug)]
pub enum Expression {
    Inline(Inline),
    Select {
        selector: Inline,
        variants: Vec<Variant>,
        span: Span,
    },
}

#[derive(Debug)]
pub enum Inline {
    String(Span),
    Number(Span),
    Variable(Ident),
    Term {
        id: Ident,
        attribute: Option<Ident>,
        arguments: Option<Arguments>,
        span: Span,
    },
    Message {
        id: Ident,
        attribute: Option<Ident>,
        span: Span,
    },
    Function {
        id: Ident,
        arguments: Arguments,
    },
    Placeable(Box<Expression>),
}

#[derive(Debug, Default)]
pub struct Arguments {
    pub positional: Vec<Inline>,
    pub named: Vec<(Ident, Inline)>,
}

#[derive(Debug)]
pub struct Variant {
    pub key: VariantKey,
    pub value: Pattern,
    pub default: bool,
    pub span: Span,
}

#[derive(Debug)]
pub struct VariantKey {
    pub name: String,
    pub span: Span,
    pub is_number: bool,
}

/// A syntax error: the reference parser's code and message, at a byte
/// offset of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub code: &'static str,
    pub message: String,
    pub offset: usize,
}

impl Resource {
    /// Messages and terms in file order.
    pub fn messages(&self) -> impl Iterator<Item = &Message> {
        self.entries.iter().filter_map(|e| match e {
            Entry::Message(m) => Some(m),
            _ => None,
        })
    }

    pub fn errors(&self) -> impl Iterator<Item = (&Span, &SyntaxError)> {
        self.entries.iter().filter_map(|e| match e {
            Entry::Junk { span, error } => Some((span, error)),
            _ => None,
        })
    }
}

/// Parses `text` as the reference parser does: every entry, with junk
/// (and its first error) where an entry does not parse.
pub fn parse(text: &str) -> Resource {
    let mut p = Parser {
        s: text.as_bytes(),
        text,
        i: 0,
        peek: 0,
    };
    p.skip_blank_block();
    let mut entries = Vec::new();
    let mut last_comment: Option<Comment> = None;
    while p.cur().is_some() {
        let entry = p.entry_or_junk();
        let blank = p.skip_blank_block();
        // A `#` comment belongs to the message or term right below it; it
        // stands alone when a blank line or junk follows.
        if let Entry::Comment(c) = &entry
            && c.level == 0
            && blank == 0
            && p.cur().is_some()
        {
            if let Some(prev) = last_comment.take() {
                entries.push(Entry::Comment(prev));
            }
            let Entry::Comment(c) = entry else {
                unreachable!()
            };
            last_comment = Some(c);
            continue;
        }
        let mut entry = entry;
        if let Some(c) = last_comment.take() {
            match &mut entry {
                Entry::Message(m) | Entry::Term(m) => m.comment = Some(c.span),
                _ => entries.push(Entry::Comment(c)),
            }
        }
        entries.push(entry);
    }
    if let Some(c) = last_comment {
        entries.push(Entry::Comment(c));
    }
    Resource { entries }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(text: &str) -> Vec<(&'static str, usize)> {
        parse(text)
            .errors()
            .map(|(_, e)| (e.code, e.offset))
            .collect()
    }

    #[test]
    fn entries_and_positions() {
        let text = "# note\nhello = Hi { $name }\n    .title = T\n-brand = B\n";
        let r = parse(text);
        let m: Vec<_> = r.messages().collect();
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].id.name, "hello");
        assert_eq!(m[0].comment, Some(0..6));
        assert_eq!(m[0].attributes[0].id.name, "title");
        assert_eq!(&text[m[0].attributes[0].id.span.clone()], "title");
        assert!(matches!(r.entries.last(), Some(Entry::Term(t)) if t.id.name == "brand"));
        assert!(errors(text).is_empty());
    }

    #[test]
    fn errors_where_the_reference_parser_puts_them() {
        // An unclosed placeable is found where the next line starts.
        assert_eq!(errors("a = {\nb = c\n"), vec![("E0003", 6)]);
        assert_eq!(errors("#comment\n"), vec![("E0003", 1)]);
        assert_eq!(errors("a =\n"), vec![("E0005", 3)]);
        assert_eq!(errors("a = { $x ->\n  [one] One\n}\n"), vec![("E0010", 24)]);
        assert_eq!(errors("a = x\r\nb\r\n"), vec![("E0003", 8)]);
    }
}
