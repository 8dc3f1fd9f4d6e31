//! Patterns: text and placeables, escapes, inline expressions, call
//! arguments and string literals.

use super::cursor::{EOL, Parser, Result, fail, is_id_start};
use super::{Arguments, Element, Expression, Inline, Pattern, Span};

impl Parser<'_> {
    pub(super) fn maybe_pattern(&mut self) -> Result<Option<Pattern>> {
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

    pub(super) fn pattern(&mut self) -> Result<Pattern> {
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

    pub(super) fn escape(&mut self) -> Result<()> {
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

    pub(super) fn placeable(&mut self) -> Result<Expression> {
        self.expect(b'{')?;
        self.skip_blank();
        let e = self.expression()?;
        self.expect(b'}')?;
        Ok(e)
    }

    pub(super) fn expression(&mut self) -> Result<Expression> {
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

    pub(super) fn inline(&mut self) -> Result<Inline> {
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

    pub(super) fn call_arguments(&mut self) -> Result<Arguments> {
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

    pub(super) fn string(&mut self) -> Result<Span> {
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
