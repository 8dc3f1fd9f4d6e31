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

type Result<T> = std::result::Result<T, Fail>;

/// An error as it is raised: its code and arguments; the parser adds the
/// position.
#[derive(Debug)]
struct Fail {
    code: &'static str,
    arg: String,
}

fn fail<T>(code: &'static str, arg: impl Into<String>) -> Result<T> {
    Err(Fail {
        code,
        arg: arg.into(),
    })
}

fn message_of(code: &str, arg: &str) -> String {
    match code {
        "E0002" => "Expected an entry start".into(),
        "E0003" => format!("Expected token: \"{arg}\""),
        "E0004" => format!("Expected a character from range: \"{arg}\""),
        "E0005" => format!("Expected message \"{arg}\" to have a value or attributes"),
        "E0006" => format!("Expected term \"-{arg}\" to have a value"),
        "E0008" => "The callee has to be an upper-case identifier or a term".into(),
        "E0009" => "The argument name has to be a simple identifier".into(),
        "E0010" => "Expected one of the variants to be marked as default (*)".into(),
        "E0011" => "Expected at least one variant after \"->\"".into(),
        "E0012" => "Expected value".into(),
        "E0013" => "Expected variant key".into(),
        "E0014" => "Expected literal".into(),
        "E0015" => "Only one variant can be marked as default (*)".into(),
        "E0016" => "Message references cannot be used as selectors".into(),
        "E0017" => "Terms cannot be used as selectors".into(),
        "E0018" => "Attributes of messages cannot be used as selectors".into(),
        "E0019" => "Attributes of terms cannot be used as placeables".into(),
        "E0020" => "Unterminated string expression".into(),
        "E0021" => "Positional arguments must not follow named arguments".into(),
        "E0022" => "Named arguments must be unique".into(),
        "E0025" => format!("Unknown escape sequence: \\{arg}."),
        "E0026" => format!("Invalid Unicode escape sequence: {arg}."),
        "E0027" => "Unbalanced closing brace in TextElement.".into(),
        "E0028" => "Expected an inline expression".into(),
        "E0029" => "Expected simple expression as selector".into(),
        _ => code.into(),
    }
}

struct Parser<'a> {
    s: &'a [u8],
    text: &'a str,
    i: usize,
    peek: usize,
}

const EOL: u8 = b'\n';

fn is_id_start(c: Option<u8>) -> bool {
    c.is_some_and(|c| c.is_ascii_alphabetic())
}

fn is_id_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'-'
}

impl Parser<'_> {
    fn get(&self, at: usize) -> Option<u8> {
        self.s.get(at).copied()
    }

    /// The byte at `at`, with CRLF read as LF.
    fn char_at(&self, at: usize) -> Option<u8> {
        if self.get(at) == Some(b'\r') && self.get(at + 1) == Some(b'\n') {
            return Some(EOL);
        }
        self.get(at)
    }

    fn cur(&self) -> Option<u8> {
        self.char_at(self.i)
    }

    fn cur_peek(&self) -> Option<u8> {
        self.char_at(self.i + self.peek)
    }

    /// The whole character at `at` (for messages), or "EOF".
    fn char_str(&self, at: usize) -> String {
        self.text
            .get(at..)
            .and_then(|t| t.chars().next())
            .map_or_else(|| "EOF".to_string(), |c| c.to_string())
    }

    fn next(&mut self) {
        self.peek = 0;
        if self.get(self.i) == Some(b'\r') && self.get(self.i + 1) == Some(b'\n') {
            self.i += 1;
        }
        self.i += 1;
    }

    fn peek_next(&mut self) -> Option<u8> {
        let at = self.i + self.peek;
        if self.get(at) == Some(b'\r') && self.get(at + 1) == Some(b'\n') {
            self.peek += 1;
        }
        self.peek += 1;
        self.get(self.i + self.peek)
    }

    fn reset_peek(&mut self, offset: usize) {
        self.peek = offset;
    }

    fn skip_to_peek(&mut self) {
        self.i += self.peek;
        self.peek = 0;
    }

    fn peek_blank_inline(&mut self) -> usize {
        let start = self.i + self.peek;
        while self.cur_peek() == Some(b' ') {
            self.peek_next();
        }
        self.i + self.peek - start
    }

    fn skip_blank_inline(&mut self) -> usize {
        let n = self.peek_blank_inline();
        self.skip_to_peek();
        n
    }

    /// Blank lines ahead (peeked): how many.
    fn peek_blank_block(&mut self) -> usize {
        let mut lines = 0;
        loop {
            let line_start = self.peek;
            self.peek_blank_inline();
            match self.cur_peek() {
                Some(EOL) => {
                    lines += 1;
                    self.peek_next();
                }
                None => return lines,
                Some(_) => {
                    self.reset_peek(line_start);
                    return lines;
                }
            }
        }
    }

    fn skip_blank_block(&mut self) -> usize {
        let n = self.peek_blank_block();
        self.skip_to_peek();
        n
    }

    fn peek_blank(&mut self) {
        while matches!(self.cur_peek(), Some(b' ' | EOL)) {
            self.peek_next();
        }
    }

    fn skip_blank(&mut self) {
        self.peek_blank();
        self.skip_to_peek();
    }

    fn expect(&mut self, c: u8) -> Result<()> {
        if self.cur() == Some(c) {
            self.next();
            return Ok(());
        }
        fail("E0003", (c as char).to_string())
    }

    fn expect_line_end(&mut self) -> Result<()> {
        match self.cur() {
            None => Ok(()),
            Some(EOL) => {
                self.next();
                Ok(())
            }
            _ => fail("E0003", "\u{2424}"),
        }
    }

    fn is_number_start(&mut self) -> bool {
        let c = if self.cur() == Some(b'-') {
            self.peek_next()
        } else {
            self.cur()
        };
        self.reset_peek(0);
        c.is_some_and(|c| c.is_ascii_digit())
    }

    fn is_value_continuation(&mut self) -> bool {
        let column1 = self.peek;
        self.peek_blank_inline();
        if self.cur_peek() == Some(b'{') {
            self.reset_peek(column1);
            return true;
        }
        if self.peek == column1 {
            return false;
        }
        if self
            .cur_peek()
            .is_some_and(|c| !matches!(c, b'}' | b'.' | b'[' | b'*'))
        {
            self.reset_peek(column1);
            return true;
        }
        false
    }

    /// Whether the next line continues a comment of `level`.
    fn is_next_line_comment(&mut self, level: u8) -> bool {
        if self.cur_peek() != Some(EOL) {
            return false;
        }
        for _ in 0..=level {
            if self.peek_next() != Some(b'#') {
                self.reset_peek(0);
                return false;
            }
        }
        let after = self.peek_next();
        self.reset_peek(0);
        matches!(after, Some(b' ' | EOL))
    }

    fn is_variant_start(&mut self) -> bool {
        let at = self.peek;
        if self.cur_peek() == Some(b'*') {
            self.peek_next();
        }
        let yes = self.cur_peek() == Some(b'[') && self.peek_next() != Some(b'[');
        self.reset_peek(at);
        yes
    }

    fn skip_to_next_entry_start(&mut self, junk_start: usize) {
        if let Some(nl) = self.s[..self.i].iter().rposition(|&c| c == EOL)
            && junk_start < nl
        {
            self.i = nl;
        }
        while let Some(c) = self.cur() {
            if c != EOL {
                self.next();
                continue;
            }
            self.next();
            let first = self.get(self.i);
            if is_id_start(first) || matches!(first, Some(b'-' | b'#')) {
                break;
            }
            // Syntax 0.4's `//` comments and `[[sections]]`.
            let second = self.get(self.i + 1);
            if matches!(
                (first, second),
                (Some(b'/'), Some(b'/')) | (Some(b'['), Some(b'['))
            ) {
                break;
            }
        }
    }

    fn entry_or_junk(&mut self) -> Entry {
        let start = self.i;
        let result = self.entry().and_then(|e| {
            self.expect_line_end()?;
            Ok(e)
        });
        match result {
            Ok(mut e) => {
                if let Entry::Message(m) | Entry::Term(m) = &mut e {
                    m.span.end = self.i;
                }
                e
            }
            Err(f) => {
                let mut at = self.i;
                self.skip_to_next_entry_start(start);
                at = at.min(self.i);
                Entry::Junk {
                    span: start..self.i,
                    error: SyntaxError {
                        code: f.code,
                        message: message_of(f.code, &f.arg),
                        offset: at,
                    },
                }
            }
        }
    }

    fn entry(&mut self) -> Result<Entry> {
        match self.cur() {
            Some(b'#') => self.comment().map(Entry::Comment),
            Some(b'-') => self.message(true).map(Entry::Term),
            c if is_id_start(c) => self.message(false).map(Entry::Message),
            _ => fail("E0002", ""),
        }
    }

    fn comment(&mut self) -> Result<Comment> {
        let start = self.i;
        let mut level: Option<u8> = None;
        loop {
            let mut n: i32 = -1;
            let max = level.map_or(2, i32::from);
            while self.cur() == Some(b'#') && n < max {
                self.next();
                n += 1;
            }
            let lv = *level.get_or_insert(n as u8);
            if self.cur() != Some(EOL) {
                self.expect(b' ')?;
                while self.cur().is_some_and(|c| c != EOL) {
                    self.next();
                }
            }
            if self.is_next_line_comment(lv) {
                self.next();
            } else {
                return Ok(Comment {
                    level: lv,
                    span: start..self.i,
                });
            }
        }
    }

    fn message(&mut self, term: bool) -> Result<Message> {
        let start = self.i;
        if term {
            self.expect(b'-')?;
        }
        let id = self.identifier()?;
        self.skip_blank_inline();
        self.expect(b'=')?;
        let value = self.maybe_pattern()?;
        if term && value.is_none() {
            return fail("E0006", id.name);
        }
        let attributes = self.attributes()?;
        if value.is_none() && attributes.is_empty() {
            return fail("E0005", id.name);
        }
        Ok(Message {
            id,
            value,
            attributes,
            span: start..self.i,
            comment: None,
        })
    }

    fn attributes(&mut self) -> Result<Vec<Attribute>> {
        let mut out = Vec::new();
        self.peek_blank();
        while self.cur_peek() == Some(b'.') {
            self.skip_to_peek();
            let start = self.i;
            self.expect(b'.')?;
            let id = self.identifier()?;
            self.skip_blank_inline();
            self.expect(b'=')?;
            let Some(value) = self.maybe_pattern()? else {
                return fail("E0012", "");
            };
            out.push(Attribute {
                id,
                value,
                span: start..self.i,
            });
            self.peek_blank();
        }
        Ok(out)
    }

    fn identifier(&mut self) -> Result<Ident> {
        let start = self.i;
        if !is_id_start(self.cur()) {
            return fail("E0004", "a-zA-Z");
        }
        self.next();
        while self.cur().is_some_and(is_id_char) {
            self.next();
        }
        Ok(Ident {
            name: self.text[start..self.i].to_string(),
            span: start..self.i,
        })
    }

    fn variant_key(&mut self) -> Result<VariantKey> {
        match self.cur() {
            None => fail("E0013", ""),
            Some(c) if c.is_ascii_digit() || c == b'-' => {
                let span = self.number()?;
                Ok(VariantKey {
                    name: self.text[span.clone()].to_string(),
                    span,
                    is_number: true,
                })
            }
            Some(_) => {
                let id = self.identifier()?;
                Ok(VariantKey {
                    name: id.name,
                    span: id.span,
                    is_number: false,
                })
            }
        }
    }

    fn variants(&mut self) -> Result<Vec<Variant>> {
        let mut out: Vec<Variant> = Vec::new();
        let mut has_default = false;
        self.skip_blank();
        while self.is_variant_start() {
            let start = self.i;
            let mut default = false;
            if self.cur() == Some(b'*') {
                if has_default {
                    return fail("E0015", "");
                }
                self.next();
                default = true;
            }
            self.expect(b'[')?;
            self.skip_blank();
            let key = self.variant_key()?;
            self.skip_blank();
            self.expect(b']')?;
            let Some(value) = self.maybe_pattern()? else {
                return fail("E0012", "");
            };
            has_default |= default;
            out.push(Variant {
                key,
                value,
                default,
                span: start..self.i,
            });
            self.expect_line_end()?;
            self.skip_blank();
        }
        if out.is_empty() {
            return fail("E0011", "");
        }
        if !has_default {
            return fail("E0010", "");
        }
        Ok(out)
    }

    fn digits(&mut self) -> Result<()> {
        let start = self.i;
        while self.cur().is_some_and(|c| c.is_ascii_digit()) {
            self.next();
        }
        if self.i == start {
            return fail("E0004", "0-9");
        }
        Ok(())
    }

    fn number(&mut self) -> Result<Span> {
        let start = self.i;
        if self.cur() == Some(b'-') {
            self.next();
        }
        self.digits()?;
        if self.cur() == Some(b'.') {
            self.next();
            self.digits()?;
        }
        Ok(start..self.i)
    }

    fn maybe_pattern(&mut self) -> Result<Option<Pattern>> {
        self.peek_blank_inline();
        if self.cur_peek().is_some_and(|c| c != EOL) {
            self.skip_to_peek();
            return self.pattern().map(Some);
        }
        self.peek_blank_block();
        if self.is_value_continuation() {
            self.skip_to_peek();
            return self.pattern().map(Some);
        }
        Ok(None)
    }

    fn pattern(&mut self) -> Result<Pattern> {
        let start = self.i;
        let mut elements = Vec::new();
        while let Some(c) = self.cur() {
            match c {
                EOL => {
                    let at = self.i;
                    self.peek_blank_block();
                    if self.is_value_continuation() {
                        self.skip_to_peek();
                        self.skip_blank_inline();
                        elements.push(Element::Text(at..self.i));
                        continue;
                    }
                    self.reset_peek(0);
                    break;
                }
                b'}' => return fail("E0027", ""),
                b'{' => elements.push(Element::Placeable(self.placeable()?)),
                _ => {
                    let at = self.i;
                    while self.cur().is_some_and(|c| !matches!(c, b'{' | b'}' | EOL)) {
                        self.next();
                    }
                    elements.push(Element::Text(at..self.i));
                }
            }
        }
        Ok(Pattern {
            elements,
            span: start..self.i,
        })
    }

    fn escape(&mut self) -> Result<()> {
        match self.cur() {
            Some(b'\\' | b'"') => {
                self.next();
                Ok(())
            }
            Some(u @ (b'u' | b'U')) => {
                self.next();
                let digits = if u == b'u' { 4 } else { 6 };
                let from = self.i;
                for _ in 0..digits {
                    if !self.cur().is_some_and(|c| c.is_ascii_hexdigit()) {
                        let cur = if self.cur().is_some() {
                            self.char_str(self.i)
                        } else {
                            "None".into()
                        };
                        return fail(
                            "E0026",
                            format!("\\{}{}{cur}", u as char, &self.text[from..self.i]),
                        );
                    }
                    self.next();
                }
                Ok(())
            }
            _ => fail(
                "E0025",
                if self.cur().is_some() {
                    self.char_str(self.i)
                } else {
                    "None".into()
                },
            ),
        }
    }

    fn placeable(&mut self) -> Result<Expression> {
        self.expect(b'{')?;
        self.skip_blank();
        let e = self.expression()?;
        self.expect(b'}')?;
        Ok(e)
    }

    fn expression(&mut self) -> Result<Expression> {
        let start = self.i;
        let selector = self.inline()?;
        self.skip_blank();
        if self.cur() == Some(b'-') {
            if self.peek_next() != Some(b'>') {
                self.reset_peek(0);
                return Ok(Expression::Inline(selector));
            }
            match &selector {
                Inline::Message {
                    attribute: None, ..
                } => return fail("E0016", ""),
                Inline::Message { .. } => return fail("E0018", ""),
                Inline::Term {
                    attribute: None, ..
                } => return fail("E0017", ""),
                Inline::Term { .. }
                | Inline::String(_)
                | Inline::Number(_)
                | Inline::Variable(_)
                | Inline::Function { .. } => {}
                Inline::Placeable(_) => return fail("E0029", ""),
            }
            self.next();
            self.next();
            self.skip_blank_inline();
            self.expect_line_end()?;
            let variants = self.variants()?;
            return Ok(Expression::Select {
                selector,
                variants,
                span: start..self.i,
            });
        }
        if let Inline::Term {
            attribute: Some(_), ..
        } = selector
        {
            return fail("E0019", "");
        }
        Ok(Expression::Inline(selector))
    }

    fn inline(&mut self) -> Result<Inline> {
        let start = self.i;
        if self.cur() == Some(b'{') {
            return Ok(Inline::Placeable(Box::new(self.placeable()?)));
        }
        if self.is_number_start() {
            return self.number().map(Inline::Number);
        }
        match self.cur() {
            Some(b'"') => return self.string().map(Inline::String),
            Some(b'$') => {
                self.next();
                return self.identifier().map(Inline::Variable);
            }
            Some(b'-') => {
                self.next();
                let id = self.identifier()?;
                let mut attribute = None;
                if self.cur() == Some(b'.') {
                    self.next();
                    attribute = Some(self.identifier()?);
                }
                let mut arguments = None;
                self.peek_blank();
                if self.cur_peek() == Some(b'(') {
                    self.skip_to_peek();
                    arguments = Some(self.call_arguments()?);
                } else {
                    self.reset_peek(0);
                }
                return Ok(Inline::Term {
                    id,
                    attribute,
                    arguments,
                    span: start..self.i,
                });
            }
            _ => {}
        }
        if is_id_start(self.cur_peek()) {
            let id = self.identifier()?;
            self.peek_blank();
            if self.cur_peek() == Some(b'(') {
                let upper = id.name.bytes().enumerate().all(|(n, c)| {
                    c.is_ascii_uppercase()
                        || (n > 0 && (c.is_ascii_digit() || c == b'_' || c == b'-'))
                });
                if !upper {
                    return fail("E0008", "");
                }
                self.skip_to_peek();
                let arguments = self.call_arguments()?;
                return Ok(Inline::Function { id, arguments });
            }
            self.reset_peek(0);
            let mut attribute = None;
            if self.cur() == Some(b'.') {
                self.next();
                attribute = Some(self.identifier()?);
            }
            return Ok(Inline::Message {
                id,
                attribute,
                span: start..self.i,
            });
        }
        fail("E0028", "")
    }

    fn call_arguments(&mut self) -> Result<Arguments> {
        let mut args = Arguments::default();
        self.expect(b'(')?;
        self.skip_blank();
        loop {
            if self.cur() == Some(b')') {
                break;
            }
            let exp = self.inline()?;
            self.skip_blank();
            if self.cur() == Some(b':') {
                let Inline::Message {
                    id,
                    attribute: None,
                    ..
                } = exp
                else {
                    return fail("E0009", "");
                };
                self.next();
                self.skip_blank();
                let value = if self.is_number_start() {
                    Inline::Number(self.number()?)
                } else if self.cur() == Some(b'"') {
                    Inline::String(self.string()?)
                } else {
                    return fail("E0014", "");
                };
                if args.named.iter().any(|(n, _)| n.name == id.name) {
                    return fail("E0022", "");
                }
                args.named.push((id, value));
            } else if !args.named.is_empty() {
                return fail("E0021", "");
            } else {
                args.positional.push(exp);
            }
            self.skip_blank();
            if self.cur() == Some(b',') {
                self.next();
                self.skip_blank();
                continue;
            }
            break;
        }
        self.expect(b')')?;
        Ok(args)
    }

    fn string(&mut self) -> Result<Span> {
        let start = self.i;
        self.expect(b'"')?;
        while let Some(c) = self.cur().filter(|&c| c != b'"' && c != EOL) {
            self.next();
            if c == b'\\' {
                self.escape()?;
            }
        }
        if self.cur() == Some(EOL) {
            return fail("E0020", "");
        }
        self.expect(b'"')?;
        Ok(start..self.i)
    }
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
