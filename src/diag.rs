//! One diagnostic type for every stage: loader, resolver, build and the
//! editors' checks. A diagnostic names the file, line and column and says
//! what to do; it renders as a compiler-style snippet for people, or as one
//! line (`path:line:col: level: message`) for tools.

use std::fmt;
use std::ops::Range;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use serde::Serialize;

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
            st.serialize_field("end_col", &(self.col + m.chars().count()))?;
            st.serialize_field("marked", m)?;
        }
        st.end()
    }
}

impl Location {
    /// The location of byte `offset` (and `len` bytes after it) in `text`.
    pub fn in_text(file: &str, text: &str, offset: usize, len: usize) -> Location {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
        let line = text[..offset].matches('\n').count() + 1;
        let col = text[line_start..offset].chars().count() + 1;
        let line_text = text[line_start..line_end].trim_end_matches('\r');
        let start = offset - line_start;
        let end =
            floor_char_boundary(line_text, (start + len.max(1)).min(line_text.len())).max(start);
        Location {
            file: file.to_string(),
            line,
            col,
            span: Some(start..end),
            line_text: Some(line_text.to_string()),
        }
    }
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
}

impl Diagnostic {
    pub fn error(message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            code: "error",
            message: message.into(),
            location: None,
            help: None,
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
        self.help = Some(help.into());
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

    /// Points at a line and column without a snippet.
    pub fn at_position(self, file: &str, line: usize, col: usize) -> Diagnostic {
        self.at(Location {
            file: file.to_string(),
            line,
            col,
            line_text: None,
            span: None,
        })
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `path:line:col: level: message` on one line, for editors and CI.
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
        if let Some(loc) = &self.location {
            match (&loc.line_text, &loc.span) {
                (Some(text), Some(span)) => {
                    group = group.element(
                        Snippet::source(text.as_str())
                            .line_start(loc.line)
                            .path(loc.file.as_str())
                            .annotation(AnnotationKind::Primary.span(span.clone())),
                    );
                }
                _ => tail.push_str(&format!("  --> {}:{}:{}\n", loc.file, loc.line, loc.col)),
            }
        }
        if let Some(help) = &self.help {
            group = group.element(Level::HELP.message(help.as_str()));
        }
        let mut out = renderer.render(&[group]).to_string();
        if !tail.is_empty() {
            out.push('\n');
            out.push_str(tail.trim_end());
        }
        out
    }
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
