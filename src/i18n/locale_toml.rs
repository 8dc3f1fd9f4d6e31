//! The words of a `locale.toml` (the language's name, its English name,
//! the translators, the voice) are shown on every page, in the kiosk's
//! language list and in the JSON, so they pass the same character rules as
//! a message: a control character (C0, DEL, C1, and so ESC), a bidi
//! embedding, override or isolate, a zero-width character, a line or
//! paragraph separator or a soft hyphen is an error at its file:line:col,
//! which `locale check`, `check` and `build` all report (a build sets the
//! language aside, as for any error in its files). A TOML escape such as
//! `\u001b` counts as the character it stands for, and the finding points
//! at the escape.
//!
//! Whatever is found, the loaded fields are cleaned of those characters
//! too, so no output (a build of the other languages, the kiosk, `serve`)
//! ever carries them.

use std::ops::Range;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::diag::Diagnostic;
use crate::sanitize::{is_bidi_isolate, is_bidi_mark, is_bidi_override};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    #[default]
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Source,
    Reviewed,
    #[default]
    Draft,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleMeta {
    /// The language's name in that language, for every language picker.
    pub name: String,
    /// Its name in English, for editors and the build report.
    #[serde(rename = "english-name")]
    pub english_name: String,
    #[serde(default)]
    pub direction: Direction,
    #[serde(default)]
    pub status: Status,
    #[serde(default)]
    pub translators: Vec<String>,
    /// The espeak-ng voice that reads this language aloud (`espeak-ng
    /// --voices` lists them); none means the language is not spoken.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voice: Option<String>,
}

/// At most this many findings for one file: a name of 32,000 escapes is
/// a few lines of output, not 32,000.
const MOST: usize = 20;

/// The text fields with where each value is written.
#[derive(Deserialize)]
struct Written {
    name: Option<Spanned<String>>,
    #[serde(rename = "english-name")]
    english_name: Option<Spanned<String>>,
    #[serde(default)]
    translators: Vec<Spanned<String>>,
    voice: Option<Spanned<String>>,
}

/// What is wrong with `c` in a locale.toml field, if anything. `dir` is
/// the language's direction: a bidi mark (LRM, RLM, ALM) belongs only in
/// right-to-left text, as in messages.
pub fn forbidden(c: char, dir: Direction) -> Option<&'static str> {
    if c.is_control() {
        Some("a control character")
    } else if is_bidi_override(c) || is_bidi_isolate(c) {
        Some("a bidi control character")
    } else if is_bidi_mark(c) && dir == Direction::Ltr {
        Some("a bidi mark in a left-to-right language")
    } else if matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}') {
        // ZWJ and ZWNJ are part of Persian and Arabic spelling.
        Some("a zero-width character")
    } else if matches!(c, '\u{2028}' | '\u{2029}') {
        Some("a line or paragraph separator")
    } else if c == '\u{00AD}' {
        Some("a soft hyphen")
    } else {
        None
    }
}

/// Checks the text fields of `meta`, read from `text` (the file `label`),
/// and removes what [`forbidden`] names from them. The findings are
/// errors, in file order.
pub fn check_fields(label: &str, text: &str, meta: &mut LocaleMeta) -> Vec<Diagnostic> {
    let dir = meta.direction;
    let mut out = Vec::new();
    if let Ok(written) = toml::from_str::<Written>(text) {
        let fields = [
            ("name", written.name.as_ref()),
            ("english-name", written.english_name.as_ref()),
        ]
        .into_iter()
        .chain(written.translators.iter().map(|t| ("translators", Some(t))))
        .chain([("voice", written.voice.as_ref())]);
        for (field, value) in fields {
            let Some(value) = value else { continue };
            if !value.get_ref().chars().any(|c| forbidden(c, dir).is_some()) {
                continue;
            }
            let span = value.span();
            let raw = text.get(span.clone()).unwrap_or_default();
            for (at, len, c, times, what) in runs(raw, value.get_ref(), dir) {
                if out.len() == MOST {
                    break;
                }
                let times = if times > 1 {
                    format!(" {times} times")
                } else {
                    String::new()
                };
                out.push(
                    Diagnostic::error(format!(
                        "`{field}` in locale.toml has {what} (U+{:04X}){times}",
                        c as u32
                    ))
                    .with_code("forbidden-character")
                    .at_offset(label, text, span.start + at, len)
                    .with_help("delete it: it is invisible and could change how the name is shown, or drive the terminal that prints it; until it is fixed `build` publishes nothing for this language"),
                );
            }
        }
    }
    let clean = |s: &mut String| {
        if s.chars().any(|c| forbidden(c, dir).is_some()) {
            s.retain(|c| forbidden(c, dir).is_none());
        }
    };
    clean(&mut meta.name);
    clean(&mut meta.english_name);
    meta.translators.iter_mut().for_each(clean);
    if let Some(v) = meta.voice.as_mut() {
        clean(v);
    }
    out
}

/// The runs of one forbidden character in a value: where each starts in
/// `raw` (the value as written, quotes included), how many bytes of `raw`
/// it covers, the character, how many times, and what it is. When the
/// written form cannot be followed (it should always be), the whole value
/// is pointed at.
fn runs(raw: &str, value: &str, dir: Direction) -> Vec<(usize, usize, char, usize, &'static str)> {
    let chars = literal_chars(raw)
        .filter(|chars| chars.iter().map(|(c, _)| *c).eq(value.chars()))
        .unwrap_or_else(|| value.chars().map(|c| (c, 0..raw.len())).collect());
    let mut out: Vec<(usize, usize, char, usize, &'static str)> = Vec::new();
    for (c, at) in chars {
        let Some(what) = forbidden(c, dir) else {
            continue;
        };
        match out.last_mut() {
            Some((start, len, rc, n, _)) if *rc == c && *start + *len == at.start => {
                *len += at.len();
                *n += 1;
            }
            Some((start, _, rc, n, _)) if *rc == c && *start == at.start => *n += 1,
            _ => out.push((at.start, at.len(), c, 1, what)),
        }
    }
    out
}

/// Each character of a TOML string as written (`raw`, with its quotes),
/// with the bytes of `raw` that write it: itself, or its escape. `None`
/// for anything that is not a string literal.
fn literal_chars(raw: &str) -> Option<Vec<(char, Range<usize>)>> {
    let (quote, multi) = if raw.starts_with("\"\"\"") {
        ('"', true)
    } else if raw.starts_with("'''") {
        ('\'', true)
    } else if raw.starts_with('"') {
        ('"', false)
    } else if raw.starts_with('\'') {
        ('\'', false)
    } else {
        return None;
    };
    let delim = if multi { 3 } else { 1 };
    if raw.len() < 2 * delim {
        return None;
    }
    let body = delim..raw.len() - delim;
    let mut out = Vec::new();
    let mut chars = raw[body.clone()].char_indices().peekable();
    let at = |i: usize| body.start + i;
    // A newline just after the opening delimiter is not part of the string.
    if multi {
        if raw[body.clone()].starts_with("\r\n") {
            chars.next();
            chars.next();
        } else if raw[body.clone()].starts_with('\n') {
            chars.next();
        }
    }
    while let Some((i, c)) = chars.next() {
        if c != '\\' || quote == '\'' {
            out.push((c, at(i)..at(i) + c.len_utf8()));
            continue;
        }
        let (_, e) = chars.next()?;
        let hex = |n: usize, chars: &mut std::iter::Peekable<std::str::CharIndices>| {
            let mut v = 0u32;
            for _ in 0..n {
                v = v * 16 + chars.next()?.1.to_digit(16)?;
            }
            Some(v)
        };
        let decoded = match e {
            'b' => '\u{8}',
            't' => '\t',
            'n' => '\n',
            'f' => '\u{c}',
            'r' => '\r',
            'e' => '\u{1b}',
            '"' => '"',
            '\\' => '\\',
            'x' => char::from_u32(hex(2, &mut chars)?)?,
            'u' => char::from_u32(hex(4, &mut chars)?)?,
            'U' => char::from_u32(hex(8, &mut chars)?)?,
            ' ' | '\t' | '\r' | '\n' if multi => {
                // A line-ending backslash: the whitespace after it goes.
                while chars.next_if(|(_, c)| c.is_whitespace()).is_some() {}
                continue;
            }
            _ => return None,
        };
        let end = chars.peek().map_or(body.end, |&(j, _)| at(j));
        out.push((decoded, at(i)..end));
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(text: &str) -> (LocaleMeta, Vec<Diagnostic>) {
        let mut m: LocaleMeta = toml::from_str(text).unwrap();
        let d = check_fields("locales/cy/locale.toml", text, &mut m);
        (m, d)
    }

    #[test]
    fn escapes_are_found_where_they_are_written() {
        let text = "name = \"Cym\\u001b[2Jraeg\\u009b7m\\u202e\"\nenglish-name = \"Welsh\"\n";
        let (m, d) = meta(text);
        let shown: Vec<String> = d.iter().map(|d| d.one_line()).collect();
        assert_eq!(shown.len(), 3, "{shown:#?}");
        assert!(shown[0].starts_with("locales/cy/locale.toml:1:12: error: `name` in locale.toml has a control character (U+001B)"), "{}", shown[0]);
        assert!(
            shown[1].contains(":1:25:") && shown[1].contains("U+009B"),
            "{}",
            shown[1]
        );
        assert!(
            shown[2].contains(":1:33:") && shown[2].contains("bidi control"),
            "{}",
            shown[2]
        );
        let loc = d[0].location.as_ref().unwrap();
        assert_eq!(loc.end_col, Some(18), "the mark covers `\\u001b`");
        assert_eq!(m.name, "Cym[2Jraeg7m");
        assert!(
            d.iter()
                .all(|d| d.is_error() && d.code == "forbidden-character")
        );
    }

    #[test]
    fn every_text_field_and_every_kind_of_string() {
        let text = "name = 'Cym\u{202e}'\nenglish-name = \"\"\"\nWel\\\n   sh\u{200b}\"\"\"\ntranslators = [\"A\", \"B\\x07\", '''C\u{2066}''']\nvoice = \"cy\\e\"\ndirection = \"ltr\"\n";
        let (m, d) = meta(text);
        let places: Vec<String> = d
            .iter()
            .map(|d| {
                let l = d.location.as_ref().unwrap();
                format!("{}:{}", l.line, l.col)
            })
            .collect();
        assert_eq!(places, ["1:12", "4:6", "5:23", "5:34", "6:12"], "{d:#?}");
        assert_eq!((m.name.as_str(), m.english_name.as_str()), ("Cym", "Welsh"));
        assert_eq!(m.translators, ["A", "B", "C"]);
        assert_eq!(m.voice.as_deref(), Some("cy"));
    }

    #[test]
    fn plain_names_and_the_marks_of_right_to_left_names_pass() {
        let (_, d) = meta(
            "name = \"فارسی\u{200c}\u{200f}\"\nenglish-name = \"Persian\"\ndirection = \"rtl\"\n",
        );
        assert!(d.is_empty(), "{d:#?}");
        let (_, d) = meta("name = \"Cymraeg\u{200f}\"\nenglish-name = \"Welsh\"\n");
        assert_eq!(d.len(), 1);
        let (_, d) = meta(&format!(
            "name = \"{}\"\nenglish-name = \"x\"\n",
            "\\u001b".repeat(32_000)
        ));
        assert_eq!(d.len(), 1, "one finding for a run");
        assert!(d[0].message.contains("32000 times"), "{}", d[0].message);
    }
}
