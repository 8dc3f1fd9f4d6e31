//! The parser's cursor: where it is, how it peeks ahead and skips blanks,
//! and how an error is raised (its code and message, as the reference
//! parser words them).

pub(super) type Result<T> = std::result::Result<T, Fail>;

/// An error as it is raised: its code and arguments; the parser adds the
/// position.
#[derive(Debug)]
pub(super) struct Fail {
    pub(super) code: &'static str,
    pub(super) arg: String,
}

pub(super) fn fail<T>(code: &'static str, arg: impl Into<String>) -> Result<T> {
    Err(Fail {
        code,
        arg: arg.into(),
    })
}

pub(super) fn message_of(code: &str, arg: &str) -> String {
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

pub(super) struct Parser<'a> {
    pub(super) s: &'a [u8],
    pub(super) text: &'a str,
    pub(super) i: usize,
    pub(super) peek: usize,
}

pub(super) const EOL: u8 = b'\n';

pub(super) fn is_id_start(c: Option<u8>) -> bool {
    c.is_some_and(|c| c.is_ascii_alphabetic())
}

pub(super) fn is_id_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'-'
}

impl Parser<'_> {
    pub(super) fn get(&self, at: usize) -> Option<u8> {
        self.s.get(at).copied()
    }

    /// The byte at `at`, with CRLF read as LF.
    pub(super) fn char_at(&self, at: usize) -> Option<u8> {
        if self.get(at) == Some(b'\r') && self.get(at + 1) == Some(b'\n') {
            return Some(EOL);
        }
        self.get(at)
    }

    pub(super) fn cur(&self) -> Option<u8> {
        self.char_at(self.i)
    }

    pub(super) fn cur_peek(&self) -> Option<u8> {
        self.char_at(self.i + self.peek)
    }

    /// The whole character at `at` (for messages), or "EOF".
    pub(super) fn char_str(&self, at: usize) -> String {
        self.text
            .get(at..)
            .and_then(|t| t.chars().next())
            .map_or_else(|| "EOF".to_string(), |c| c.to_string())
    }

    pub(super) fn next(&mut self) {
        self.peek = 0;
        if self.get(self.i) == Some(b'\r') && self.get(self.i + 1) == Some(b'\n') {
            self.i += 1;
        }
        self.i += 1;
    }

    pub(super) fn peek_next(&mut self) -> Option<u8> {
        let at = self.i + self.peek;
        if self.get(at) == Some(b'\r') && self.get(at + 1) == Some(b'\n') {
            self.peek += 1;
        }
        self.peek += 1;
        self.get(self.i + self.peek)
    }

    pub(super) fn reset_peek(&mut self, offset: usize) {
        self.peek = offset;
    }

    pub(super) fn skip_to_peek(&mut self) {
        self.i += self.peek;
        self.peek = 0;
    }

    pub(super) fn peek_blank_inline(&mut self) -> usize {
        let start = self.i + self.peek;
        while self.cur_peek() == Some(b' ') {
            self.peek_next();
        }
        self.i + self.peek - start
    }

    pub(super) fn skip_blank_inline(&mut self) -> usize {
        let n = self.peek_blank_inline();
        self.skip_to_peek();
        n
    }

    /// Blank lines ahead (peeked): how many.
    pub(super) fn peek_blank_block(&mut self) -> usize {
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

    pub(super) fn skip_blank_block(&mut self) -> usize {
        let n = self.peek_blank_block();
        self.skip_to_peek();
        n
    }

    pub(super) fn peek_blank(&mut self) {
        while matches!(self.cur_peek(), Some(b' ' | EOL)) {
            self.peek_next();
        }
    }

    pub(super) fn skip_blank(&mut self) {
        self.peek_blank();
        self.skip_to_peek();
    }

    pub(super) fn expect(&mut self, c: u8) -> Result<()> {
        if self.cur() == Some(c) {
            self.next();
            return Ok(());
        }
        fail("E0003", (c as char).to_string())
    }

    pub(super) fn expect_line_end(&mut self) -> Result<()> {
        match self.cur() {
            None => Ok(()),
            Some(EOL) => {
                self.next();
                Ok(())
            }
            _ => fail("E0003", "\u{2424}"),
        }
    }

    pub(super) fn is_number_start(&mut self) -> bool {
        let c = if self.cur() == Some(b'-') {
            self.peek_next()
        } else {
            self.cur()
        };
        self.reset_peek(0);
        c.is_some_and(|c| c.is_ascii_digit())
    }

    pub(super) fn is_value_continuation(&mut self) -> bool {
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
    pub(super) fn is_next_line_comment(&mut self, level: u8) -> bool {
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

    pub(super) fn is_variant_start(&mut self) -> bool {
        let at = self.peek;
        if self.cur_peek() == Some(b'*') {
            self.peek_next();
        }
        let yes = self.cur_peek() == Some(b'[') && self.peek_next() != Some(b'[');
        self.reset_peek(at);
        yes
    }

    pub(super) fn skip_to_next_entry_start(&mut self, junk_start: usize) {
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
}
