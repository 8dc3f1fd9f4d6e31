//! A message as the rules see it: its plain words (markup removed, facts
//! filled in) with, for every byte, the place in the `.ftl` file it came
//! from, so a finding can point at file:line:col; its italic, underline
//! and link markup; its words and sentences.
//!
//! The value is read from the file text itself (not from Fluent's AST,
//! which has no positions): the `= ...` line and its indented
//! continuation lines, with placeables `{ ... }` replaced by the fact they
//! name (or by one neutral word) and inline Markdown parsed with
//! pulldown-cmark, as the renderers do.

use std::collections::BTreeMap;
use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// The byte came from a placeable (`{ $childline-name }`): its words are
/// read but never judged.
pub const PLACEABLE: u8 = 1;
/// The byte is link text.
pub const LINK: u8 = 2;
/// The byte is bold.
pub const STRONG: u8 = 4;

/// A word: a run of letters and digits, with inner apostrophes and
/// hyphens (`children's`, `falling-out`), or a number (`400,000`).
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    /// Byte range in [`MessageView::plain`].
    pub range: Range<usize>,
    /// The flags of its bytes, or-ed.
    pub flags: u8,
}

impl Word {
    pub fn from_placeable(&self) -> bool {
        self.flags & PLACEABLE != 0
    }

    pub fn in_link(&self) -> bool {
        self.flags & LINK != 0
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    /// Byte range in [`MessageView::plain`], from the first word to the
    /// end mark.
    pub range: Range<usize>,
    /// Indices into [`MessageView::words`].
    pub words: Range<usize>,
}

#[derive(Debug, Clone, Default)]
pub struct MessageView {
    /// The words a reader sees: markup removed, facts filled in, line
    /// breaks as spaces.
    pub plain: String,
    /// For each byte of `plain`, the file byte range of the character it
    /// came from (the whole placeable for filled-in facts).
    origin: Vec<(usize, usize)>,
    flags: Vec<u8>,
    /// Italic runs (`*x*`, `_x_`) as file byte ranges.
    pub italics: Vec<Range<usize>>,
    /// Markup that underlines or is often meant to (`__x__`, `<u>`), as
    /// file byte ranges.
    pub underlines: Vec<Range<usize>>,
    /// Links: the link text's range in `plain`, and the address.
    pub links: Vec<(Range<usize>, String)>,
    pub words: Vec<Word>,
    pub sentences: Vec<Sentence>,
}

/// A string with the file range each of its bytes came from.
#[derive(Default)]
struct Mapped {
    text: String,
    origin: Vec<(usize, usize)>,
    flags: Vec<u8>,
}

impl Mapped {
    fn push(&mut self, c: char, from: (usize, usize), flags: u8) {
        self.text.push(c);
        for _ in 0..c.len_utf8() {
            self.origin.push(from);
            self.flags.push(flags);
        }
    }

    fn push_str(&mut self, s: &str, from: (usize, usize), flags: u8) {
        for c in s.chars() {
            self.push(c, from, flags);
        }
    }

    fn last_origin(&self) -> (usize, usize) {
        self.origin.last().copied().unwrap_or((0, 0))
    }
}

impl MessageView {
    /// The view of the message whose entry spans `start..end` of `text`
    /// (an [`crate::i18n::ftl::FtlMessage`]'s range). `facts` maps variable
    /// names to the values filled in for them.
    pub fn from_entry(
        text: &str,
        start: usize,
        end: usize,
        facts: &BTreeMap<String, String>,
    ) -> MessageView {
        let lines = value_lines(text, start, end.min(text.len()));
        let md = markdown_source(text, &lines, facts);
        let mut view = parse(&md);
        view.tokenize();
        view
    }

    /// A view of plain text that is not in a file (tests, readability of
    /// formatted text): offsets are offsets into `s`.
    pub fn from_text(s: &str) -> MessageView {
        let mut view = MessageView::default();
        for (i, c) in s.char_indices() {
            let c = if c.is_whitespace() { ' ' } else { c };
            for _ in 0..c.len_utf8() {
                view.origin.push((i, i + c.len_utf8()));
                view.flags.push(0);
            }
            view.plain.push(c);
        }
        view.tokenize();
        view
    }

    pub fn word(&self, i: usize) -> &str {
        &self.plain[self.words[i].range.clone()]
    }

    /// The file byte offset and length of a range of `plain`.
    pub fn file_span(&self, r: Range<usize>) -> (usize, usize) {
        if self.origin.is_empty() {
            return (0, 0);
        }
        let s = r.start.min(self.origin.len() - 1);
        let e = r.end.max(r.start + 1).min(self.origin.len()) - 1;
        let start = self.origin[s].0;
        let end = self.origin[e].1.max(start);
        (start, end - start)
    }

    pub fn flags_at(&self, i: usize) -> u8 {
        self.flags.get(i).copied().unwrap_or(0)
    }

    fn tokenize(&mut self) {
        self.words = words(&self.plain, &self.flags);
        self.sentences = sentences(&self.plain, &self.words);
    }
}

/// The value's lines: (file offset of the first character, the line's
/// text), with continuation lines' indentation removed; attributes end it.
fn value_lines(text: &str, start: usize, end: usize) -> Vec<(usize, &str)> {
    let raw = &text[start..end];
    let Some(eq) = raw.find('=') else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut offset = start;
    for (n, line) in raw.split_inclusive('\n').enumerate() {
        let body = line.trim_end_matches(['\n', '\r']);
        let (skip, content) = if n == 0 {
            let after = &body[eq + 1..];
            (
                eq + 1 + (after.len() - after.trim_start().len()),
                after.trim(),
            )
        } else {
            let indent = body.len() - body.trim_start().len();
            if n > 0 && indent == 0 && !body.trim().is_empty() {
                break;
            }
            if body.trim_start().starts_with('.') {
                break; // an attribute
            }
            (indent, body.trim())
        };
        out.push((offset + skip, content));
        offset += line.len();
    }
    while out.last().is_some_and(|(_, l)| l.is_empty()) {
        out.pop();
    }
    while out.first().is_some_and(|(_, l)| l.is_empty()) {
        out.remove(0);
    }
    out
}

/// The value as Markdown, with placeables replaced and line starts that
/// Markdown would read as block markup escaped (as [`crate::markup`] does).
fn markdown_source(
    text: &str,
    lines: &[(usize, &str)],
    facts: &BTreeMap<String, String>,
) -> Mapped {
    let mut md = Mapped::default();
    let mut depth = 0usize;
    let mut placeable_start = 0usize;
    let mut inner = String::new();
    for (n, (offset, line)) in lines.iter().enumerate() {
        if n > 0 {
            if depth == 0 {
                md.push('\n', (offset.saturating_sub(1), *offset), 0);
            } else {
                inner.push(' ');
            }
        }
        if depth == 0
            && let Some(at) = block_marker(line)
        {
            md.push('\\', (offset + at, offset + at + 1), 0);
        }
        for (i, c) in line.char_indices() {
            let at = offset + i;
            match c {
                '{' => {
                    if depth == 0 {
                        placeable_start = at;
                        inner.clear();
                    } else {
                        inner.push(c);
                    }
                    depth += 1;
                }
                '}' if depth > 0 => {
                    depth -= 1;
                    if depth == 0 {
                        let value = placeable_value(inner.trim(), facts);
                        let end = at + 1;
                        md.push_str(&value, (placeable_start, end), PLACEABLE);
                    } else {
                        inner.push(c);
                    }
                }
                _ if depth > 0 => inner.push(c),
                _ => md.push(c, (at, at + c.len_utf8()), 0),
            }
        }
    }
    let _ = text;
    md
}

/// Where a line starts with something Markdown would take as block markup:
/// `#`, `>`, `- `, `+ `, `* `, `1.` or `1)`.
fn block_marker(line: &str) -> Option<usize> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if line.starts_with(['#', '>'])
        || (line.starts_with(['-', '+', '*']) && line[1..].starts_with(' '))
    {
        Some(0)
    } else if digits > 0 && line[digits..].starts_with(['.', ')']) {
        Some(digits)
    } else {
        None
    }
}

/// What a reader sees for a placeable: the fact's value, a string
/// literal's text, or one neutral word.
fn placeable_value(inner: &str, facts: &BTreeMap<String, String>) -> String {
    if inner.contains("->") {
        return "X".to_string();
    }
    if let Some(name) = inner.strip_prefix('$')
        && let Some(v) = facts.get(name.trim())
    {
        return v.clone();
    }
    if let Some(lit) = inner.strip_prefix('"').and_then(|s| s.strip_suffix('"')) {
        return lit.replace("\\\"", "\"").replace("\\\\", "\\");
    }
    if !inner.is_empty()
        && inner
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == '-')
    {
        return inner.to_string();
    }
    "X".to_string()
}

/// Inline Markdown -> plain text with origins, and the markup the rules
/// look at.
fn parse(md: &Mapped) -> MessageView {
    let mut out = Mapped::default();
    let mut view = MessageView::default();
    let mut strong = 0usize;
    let mut links: Vec<(usize, String)> = Vec::new();
    let span = |r: &Range<usize>| -> Range<usize> {
        if md.origin.is_empty() || r.is_empty() {
            return 0..0;
        }
        md.origin[r.start].0..md.origin[(r.end - 1).min(md.origin.len() - 1)].1
    };
    for (event, r) in Parser::new_ext(&md.text, Options::empty()).into_offset_iter() {
        let mut flags = 0;
        if strong > 0 {
            flags |= STRONG;
        }
        if !links.is_empty() {
            flags |= LINK;
        }
        match event {
            Event::Text(t) | Event::Code(t) => push_aligned(&mut out, md, &t, r, flags),
            Event::SoftBreak | Event::HardBreak => {
                let from = md
                    .origin
                    .get(r.start)
                    .copied()
                    .unwrap_or_else(|| out.last_origin());
                out.push(' ', from, flags);
            }
            Event::Html(h) | Event::InlineHtml(h) => {
                let lower = h.to_lowercase();
                if lower.starts_with("<u>") || lower.starts_with("<u ") || lower.starts_with("<ins")
                {
                    view.underlines.push(span(&r));
                }
            }
            Event::Start(Tag::Emphasis) => view.italics.push(span(&r)),
            Event::Start(Tag::Strong) => {
                strong += 1;
                if md.text[r.clone()].starts_with("__") {
                    view.underlines.push(span(&r));
                }
            }
            Event::End(TagEnd::Strong) => strong = strong.saturating_sub(1),
            Event::Start(Tag::Link { dest_url, .. }) => {
                links.push((out.text.len(), dest_url.to_string()))
            }
            Event::End(TagEnd::Link) => {
                if let Some((start, href)) = links.pop() {
                    view.links.push((start..out.text.len(), href));
                }
            }
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::Heading(_)) => {
                let from = out.last_origin();
                out.push(' ', from, 0);
            }
            _ => {}
        }
    }
    view.plain = out.text;
    view.origin = out.origin;
    view.flags = out.flags;
    view
}

/// Pushes an event's text, mapping each character to the Markdown source
/// character it came from (escapes and entities make them differ).
fn push_aligned(out: &mut Mapped, md: &Mapped, t: &str, r: Range<usize>, flags: u8) {
    let src = &md.text[r.clone()];
    if src == t {
        for (i, c) in t.char_indices() {
            let k = r.start + i;
            out.push(c, md.origin[k], flags | md.flags[k]);
        }
        return;
    }
    let mut cursor = 0;
    for c in t.chars() {
        let found = src[cursor..].find(c).map(|i| cursor + i);
        let k = match found {
            Some(i) => {
                cursor = i + c.len_utf8();
                r.start + i
            }
            None => r.start,
        };
        let k = k.min(md.origin.len().saturating_sub(1));
        out.push(c, md.origin[k], flags | md.flags[k]);
    }
}

pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c, '\u{0300}'..='\u{036F}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{200C}' | '\u{200D}')
}

fn is_joiner(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '\u{02BC}' | '-' | '\u{2010}' | '\u{2011}'
    )
}

fn words(plain: &str, flags: &[u8]) -> Vec<Word> {
    let chars: Vec<(usize, char)> = plain.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !is_word_char(chars[i].1) {
            i += 1;
            continue;
        }
        let start = i;
        let mut j = i + 1;
        while j < chars.len() {
            let c = chars[j].1;
            let next = chars.get(j + 1).map(|x| x.1);
            let prev = chars[j - 1].1;
            let joined = is_joiner(c) && next.is_some_and(is_word_char);
            let in_number = matches!(c, ',' | '.' | '\u{066B}' | '\u{066C}')
                && prev.is_numeric()
                && next.is_some_and(char::is_numeric);
            if is_word_char(c) || joined || in_number {
                j += 1;
            } else {
                break;
            }
        }
        let range = chars[start].0..chars.get(j).map_or(plain.len(), |x| x.0);
        let f = flags[range.clone()].iter().fold(0, |a, b| a | b);
        out.push(Word { range, flags: f });
        i = j;
    }
    out
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '\u{061F}' | '\u{2026}' | '\u{06D4}')
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '\u{201D}' | '\u{2019}' | ')' | ']' | '\u{00BB}'
    )
}

/// Splits into sentences: an end mark (`.`, `!`, `?`, `؟`, `…`), with any
/// closing quotes, then a space or the end, and the next word not starting
/// with a small letter (so `e.g. a` and `etc. and` do not end one).
fn sentences(plain: &str, words: &[Word]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut first_word = 0;
    let chars: Vec<(usize, char)> = plain.char_indices().collect();
    let mut k = 0;
    let mut wi = 0; // words ending before position
    while k < chars.len() {
        let (pos, c) = chars[k];
        if !is_terminator(c) {
            k += 1;
            continue;
        }
        let mut j = k + 1;
        while j < chars.len() && (is_terminator(chars[j].1) || is_closer(chars[j].1)) {
            j += 1;
        }
        let end = chars.get(j).map_or(plain.len(), |x| x.0);
        let at_space = j >= chars.len() || chars[j].1.is_whitespace();
        while wi < words.len() && words[wi].range.end <= pos {
            wi += 1;
        }
        let next_word = words[wi..].iter().find(|w| w.range.start >= end);
        let next_lower = next_word
            .and_then(|w| plain[w.range.clone()].chars().next())
            .is_some_and(char::is_lowercase);
        // Inside a word ("400.5", "e.g") is not an end.
        let inside = wi < words.len() && words[wi].range.start <= pos && pos < words[wi].range.end;
        if at_space && !next_lower && !inside && wi > first_word {
            out.push(Sentence {
                range: words[first_word].range.start..end,
                words: first_word..wi,
            });
            first_word = wi;
        }
        k = j;
    }
    if first_word < words.len() {
        let last = words.len();
        out.push(Sentence {
            range: words[first_word].range.start
                ..plain.trim_end().len().max(words[last - 1].range.end),
            words: first_word..last,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> BTreeMap<String, String> {
        [("childline-name".to_string(), "Childline".to_string())]
            .into_iter()
            .collect()
    }

    fn view(ftl: &str) -> MessageView {
        MessageView::from_entry(ftl, 0, ftl.len(), &facts())
    }

    #[test]
    fn plain_words_and_origins() {
        let src = "id = Call **{ $childline-name }** now. It is *free*.\n";
        let v = view(src);
        assert_eq!(v.plain.trim(), "Call Childline now. It is free.");
        let words: Vec<&str> = (0..v.words.len()).map(|i| v.word(i)).collect();
        assert_eq!(words, ["Call", "Childline", "now", "It", "is", "free"]);
        assert!(v.words[1].from_placeable());
        // "free" points into the file at its own letters.
        let (off, len) = v.file_span(v.words[5].range.clone());
        assert_eq!(&src[off..off + len], "free");
        let (off, len) = v.file_span(v.words[1].range.clone());
        assert_eq!(&src[off..off + len], "{ $childline-name }");
        assert_eq!(v.italics.len(), 1);
        assert_eq!(&src[v.italics[0].clone()], "*free*");
        assert_eq!(v.sentences.len(), 2);
        assert_eq!(v.sentences[1].words, 3..6);
    }

    #[test]
    fn multi_line_values_and_numbers() {
        let src = "id =\n    Every year 400,000 children\n    get help, e.g. from a council.\n    - Not a list\nnext = x\n";
        let v = view(src);
        assert!(
            v.plain
                .contains("400,000 children get help, e.g. from a council. - Not a list"),
            "{:?}",
            v.plain
        );
        assert_eq!(v.sentences.len(), 2);
        let i = (0..v.words.len())
            .find(|&i| v.word(i) == "400,000")
            .unwrap();
        let (off, _) = v.file_span(v.words[i].range.clone());
        assert_eq!(&src[off..off + 7], "400,000");
        let i = (0..v.words.len()).find(|&i| v.word(i) == "Not").unwrap();
        let (off, _) = v.file_span(v.words[i].range.clone());
        assert_eq!(&src[off..off + 3], "Not");
    }

    #[test]
    fn apostrophes_hyphens_links() {
        let v = view("id = Children’s falling-out [help](#glossary-advocate) __u__\n");
        assert_eq!(v.word(0), "Children’s");
        assert_eq!(v.word(1), "falling-out");
        assert!(v.words[2].in_link());
        assert_eq!(v.links[0].1, "#glossary-advocate");
        assert_eq!(v.underlines.len(), 1);
    }
}
