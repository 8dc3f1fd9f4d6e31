//! One diagnostic type for every stage: loader, resolver, build and the
//! editors' checks. A diagnostic names the file, line and column and says
//! what to do; it renders as a compiler-style snippet for people, or as one
//! line (`path:line:col: level[rule]: message`) for tools: every command
//! prints findings with `output.rs`, in those two formats or as JSON
//! (each finding's edition, language and message found by `context.rs`).
//!
//! Everything a diagnostic says comes partly from files (a file name, a
//! message, the line of a snippet), and a translator's terminal is the
//! one that prints it: so each is made [`visible`] when the diagnostic is
//! made, whatever format prints it later. A snippet shows at most a window
//! of its line, so drawing it costs the same for a 100 KB line.

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use serde::Serialize;

use crate::lines::LineIndex;

mod context;
mod output;
pub use context::fill_context;
pub use output::{Format, print, tell, to_json};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

/// Where a diagnostic points: a file and a 1-based line and column
/// (columns count characters, as editors do), with the line's text so the
/// snippet can be drawn without reading the file again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub file: String,
    pub line: usize,
    pub col: usize,
    pub line_text: Option<String>,
    /// Byte range of the marked span within `line_text`.
    pub span: Option<Range<usize>>,
    /// The column after the marked span, counted in the file's own line.
    pub end_col: Option<usize>,
    /// Whether `line_text` is a window of a longer line (so the snippet's
    /// own column count would be wrong and the place is printed apart).
    pub cut: bool,
}

/// Characters a snippet shows each side of its mark, and of the mark.
const SNIPPET_CONTEXT: usize = 60;
const SNIPPET_MARK: usize = 120;

/// Whether a character would drive a terminal or reorder what is around
/// it, so it is shown as `\u{..}` rather than printed.
fn is_hidden(c: char) -> bool {
    use crate::sanitize::{is_bidi_isolate, is_bidi_override};
    (c.is_control() && c != '\n' && c != '\t')
        || is_bidi_override(c)
        || is_bidi_isolate(c)
        || matches!(c, '\u{FEFF}' | '\u{2028}' | '\u{2029}')
}

/// Text from a file as a terminal may print it: every control character
/// (C0 but newline and tab, DEL, C1 and so ESC), bidi override and isolate
/// shown as its `\u{..}` escape, so a translator sees what is there and
/// nothing in it can write to the clipboard, make a link or clear the
/// screen.
pub fn visible(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_hidden) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_hidden(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// For tools (`--format json`): the file, line and column, and where a
/// span is marked, the column after it (`end_col`, on the same line) and
/// the marked words (`marked`).
impl Serialize for Location {
    fn serialize<S: serde::Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let marked = match (&self.line_text, &self.span) {
            (Some(t), Some(r)) => t.get(r.clone()),
            _ => None,
        };
        let mut st = ser.serialize_struct("Location", 5)?;
        st.serialize_field("file", &self.file)?;
        st.serialize_field("line", &self.line)?;
        st.serialize_field("col", &self.col)?;
        if let Some(m) = marked {
            let end = self.end_col.unwrap_or(self.col + m.chars().count());
            st.serialize_field("end_col", &end)?;
            st.serialize_field("marked", m)?;
        }
        st.end()
    }
}

impl Location {
    /// The location of byte `offset` (and `len` bytes after it) in `text`.
    /// It reads the text from its start: for more than one place in a
    /// file, make the file's [`LineIndex`] once and use
    /// [`Location::in_lines`].
    pub fn in_text(file: &str, text: &str, offset: usize, len: usize) -> Location {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
        let line = text.as_bytes()[..offset]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        Location::on_line(file, text, line, line_start, offset, len)
    }

    /// Like [`Location::in_text`], with the line found in `lines` (the
    /// text's own index) by binary search: the cost is that of the line,
    /// whatever the size of the file.
    pub fn in_lines(
        file: &str,
        text: &str,
        lines: &LineIndex,
        offset: usize,
        len: usize,
    ) -> Location {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = lines.line(offset);
        let line_start = lines.start(line).min(offset);
        Location::on_line(file, text, line, line_start, offset, len)
    }

    /// The location of `offset` on 0-based line `line`, which starts at
    /// byte `line_start`.
    fn on_line(
        file: &str,
        text: &str,
        line: usize,
        line_start: usize,
        offset: usize,
        len: usize,
    ) -> Location {
        let line_end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
        let line = line + 1;
        let col = text[line_start..offset].chars().count() + 1;
        let line_text = text[line_start..line_end].trim_end_matches('\r');
        let start = (offset - line_start).min(line_text.len());
        let end =
            floor_char_boundary(line_text, (start + len.max(1)).min(line_text.len())).max(start);
        let end_col = col + line_text[start..end].chars().count();
        // A window of the line: some context, the mark (or its start).
        let from = back_chars(line_text, start, SNIPPET_CONTEXT);
        let mark_end = forward_chars(line_text, start, SNIPPET_MARK).min(end);
        let to = forward_chars(line_text, mark_end, SNIPPET_CONTEXT);
        let cut = from > 0 || to < line_text.len();
        let mut shown = String::new();
        if from > 0 {
            shown.push_str("...");
        }
        shown.push_str(&visible(&line_text[from..start]));
        let span_start = shown.len();
        shown.push_str(&visible(&line_text[start..mark_end]));
        let span_end = shown.len();
        shown.push_str(&visible(&line_text[mark_end..to]));
        if to < line_text.len() {
            shown.push_str("...");
        }
        Location {
            file: visible(file).into_owned(),
            line,
            col,
            span: Some(span_start..span_end),
            line_text: Some(shown),
            end_col: Some(end_col),
            cut,
        }
    }
}

/// The byte offset `n` characters before `at` (or 0).
fn back_chars(s: &str, at: usize, n: usize) -> usize {
    s[..at]
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i)
}

/// The byte offset `n` characters after `at` (or the end).
fn forward_chars(s: &str, at: usize, n: usize) -> usize {
    s[at..]
        .char_indices()
        .nth(n)
        .map_or(s.len(), |(i, _)| at + i)
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A short stable id for tools, e.g. `missing-message`.
    pub code: &'static str,
    pub message: String,
    /// Boxed: diagnostics travel in `Result`s, and most have none.
    pub location: Option<Box<Location>>,
    /// What to do about it.
    pub help: Option<String>,
    /// Words to write instead, best first (the spelling rule's
    /// suggestions), for tools; the help names them for people.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub suggestions: Vec<String>,
    /// The edition, the language and the Fluent message the finding
    /// belongs to, for tools (`null` where it has no such thing). Boxed:
    /// diagnostics travel in `Result`s.
    #[serde(flatten)]
    pub context: Box<Context>,
}

/// What a finding belongs to: set where it is made
/// ([`Diagnostic::in_message`]) or found from its place by
/// [`fill_context`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Context {
    pub edition: Option<String>,
    pub language: Option<String>,
    pub message_id: Option<String>,
}

impl Diagnostic {
    pub fn error(message: impl Into<String>) -> Diagnostic {
        let message: String = message.into();
        Diagnostic {
            severity: Severity::Error,
            code: "error",
            message: match visible(&message) {
                Cow::Borrowed(_) => message,
                Cow::Owned(shown) => shown,
            },
            location: None,
            help: None,
            suggestions: Vec::new(),
            context: Box::default(),
        }
    }

    pub fn warning(message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(message)
        }
    }

    pub fn with_code(mut self, code: &'static str) -> Diagnostic {
        self.code = code;
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(visible(&help.into()).into_owned());
        self
    }

    /// Says the finding is about message `id` of `language`.
    pub fn in_message(mut self, language: &str, id: &str) -> Diagnostic {
        self.context.language = Some(language.to_string());
        self.context.message_id = Some(id.to_string());
        self
    }

    pub fn at(mut self, location: Location) -> Diagnostic {
        self.location = Some(Box::new(location));
        self
    }

    /// Points at byte `offset` of `text`, the contents of `file`.
    pub fn at_offset(self, file: &str, text: &str, offset: usize, len: usize) -> Diagnostic {
        self.at(Location::in_text(file, text, offset, len))
    }

    /// Points at byte `offset` of `text`, whose line index is `lines`.
    pub fn at_offset_in(
        self,
        file: &str,
        text: &str,
        lines: &LineIndex,
        offset: usize,
        len: usize,
    ) -> Diagnostic {
        self.at(Location::in_lines(file, text, lines, offset, len))
    }

    /// Points at a line and column without a snippet.
    pub fn at_position(self, file: &str, line: usize, col: usize) -> Diagnostic {
        self.at(Location {
            file: visible(file).into_owned(),
            line,
            col,
            line_text: None,
            span: None,
            end_col: None,
            cut: false,
        })
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The place, the level and the whole message on one line: what makes
    /// two findings the same (a build reports each once), and what tests
    /// show of a finding. Commands print [`Diagnostic::line`].
    pub fn one_line(&self) -> String {
        let place = match &self.location {
            Some(l) => format!("{}:{}:{}: ", l.file, l.line, l.col),
            None => String::new(),
        };
        format!("{place}{}: {}", self.severity, self.message)
    }

    /// A compiler-style report with the marked line, for people.
    pub fn render(&self, color: bool) -> String {
        let level = match self.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        let renderer = if color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        let mut group = Group::with_title(level.primary_title(self.message.as_str()));
        let mut tail = String::new();
        let mut place = None;
        if let Some(loc) = &self.location {
            match (&loc.line_text, &loc.span) {
                (Some(text), Some(span)) => {
                    let snippet = Snippet::source(text.as_str())
                        .line_start(loc.line)
                        .annotation(AnnotationKind::Primary.span(span.clone()));
                    // A window of a long line: the snippet would count
                    // columns from the window, so the place goes above it.
                    group = group.element(if loc.cut {
                        snippet
                    } else {
                        snippet.path(loc.file.as_str())
                    });
                    if loc.cut {
                        place = Some(format!("{}:{}:{}", loc.file, loc.line, loc.col));
                    }
                }
                _ => tail.push_str(&format!("  --> {}:{}:{}\n", loc.file, loc.line, loc.col)),
            }
        }
        if let Some(help) = &self.help {
            group = group.element(Level::HELP.message(help.as_str()));
        }
        let mut out = renderer.render(&[group]).to_string();
        if let Some(place) = place {
            let gutter = loc_digits(self);
            let at = out.find('\n').map_or(out.len(), |i| i + 1);
            out.insert_str(at, &format!("{:gutter$}--> {place}\n", ""));
        }
        if !tail.is_empty() {
            out.push('\n');
            out.push_str(tail.trim_end());
        }
        out
    }
}

/// The width of the snippet's line-number gutter.
fn loc_digits(d: &Diagnostic) -> usize {
    d.location.as_ref().map_or(1, |l| l.line.to_string().len())
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(false))
    }
}

/// Counts of errors and warnings, for summaries.
pub fn count(diags: &[Diagnostic]) -> (usize, usize) {
    let errors = diags.iter().filter(|d| d.is_error()).count();
    (errors, diags.len() - errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOSTILE: &str =
        "a = Hi\u{1b}]52;c;aGk=\u{7} \u{1b}]8;;https://x\u{7}link \u{9b}7m \u{202e}kcab";

    fn printable(s: &str) -> bool {
        !s.chars().any(|c| c.is_control() && c != '\n')
            && !s.chars().any(crate::sanitize::is_bidi_override)
    }

    #[test]
    fn snippets_messages_and_names_never_print_controls() {
        let d = Diagnostic::error(format!("bad: {HOSTILE}"))
            .at_offset("x\u{1b}[2J.ftl", HOSTILE, 4, 3)
            .with_help("see \u{9b}");
        for shown in [d.render(false), d.one_line()] {
            assert!(printable(&shown), "{shown:?}");
        }
        assert!(d.render(false).contains("\\u{9b}7m"), "{}", d.render(false));
        let json = serde_json::to_string(&d).unwrap();
        assert!(
            !json.contains("\\u001b") && !json.contains('\u{9b}'),
            "{json}"
        );
    }

    #[test]
    fn a_long_line_shows_a_window_with_the_right_place() {
        let line = format!(
            "a = {}MARK{}",
            "word ".repeat(20_000),
            "more ".repeat(20_000)
        );
        let at = line.find("MARK").unwrap();
        let d = Diagnostic::error("here").at_offset("f.ftl", &line, at, 4);
        let shown = d.render(false);
        assert!(shown.len() < 1_000, "{}", shown.len());
        assert!(
            shown.contains(&format!("--> f.ftl:1:{}", at + 1)),
            "{shown}"
        );
        assert!(shown.contains("MARK") && shown.contains("^^^^"), "{shown}");
        let loc = d.location.as_ref().unwrap();
        assert_eq!(loc.end_col, Some(at + 5));
        let json = serde_json::to_value(&d).unwrap();
        assert_eq!(json["location"]["end_col"], at + 5);
        assert_eq!(json["location"]["marked"], "MARK");
    }
}
