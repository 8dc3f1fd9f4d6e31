//! Entries: comments, messages and terms with their attributes,
//! identifiers, variant keys and variants, and numbers; junk where an
//! entry does not parse.

use super::cursor::{EOL, Parser, Result, fail, is_id_char, is_id_start, message_of};
use super::{Attribute, Comment, Entry, Ident, Message, Span, SyntaxError, Variant, VariantKey};

impl Parser<'_> {
    pub(super) fn entry_or_junk(&mut self) -> Entry {
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

    pub(super) fn entry(&mut self) -> Result<Entry> {
        match self.cur() {
            Some(b'#') => self.comment().map(Entry::Comment),
            Some(b'-') => self.message(true).map(Entry::Term),
            c if is_id_start(c) => self.message(false).map(Entry::Message),
            _ => fail("E0002", ""),
        }
    }

    pub(super) fn comment(&mut self) -> Result<Comment> {
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

    pub(super) fn message(&mut self, term: bool) -> Result<Message> {
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

    pub(super) fn attributes(&mut self) -> Result<Vec<Attribute>> {
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

    pub(super) fn identifier(&mut self) -> Result<Ident> {
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

    pub(super) fn variant_key(&mut self) -> Result<VariantKey> {
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

    pub(super) fn variants(&mut self) -> Result<Vec<Variant>> {
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

    pub(super) fn digits(&mut self) -> Result<()> {
        let start = self.i;
        while self.cur().is_some_and(|c| c.is_ascii_digit()) {
            self.next();
        }
        if self.i == start {
            return fail("E0004", "0-9");
        }
        Ok(())
    }

    pub(super) fn number(&mut self) -> Result<Span> {
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
}
