//! What a finding belongs to (its edition, language and Fluent message),
//! found from where it points, for `--format json`.

use super::Diagnostic;
use crate::lines::LineIndex;

/// Fills in the edition, language and message id of each finding that
/// does not say them, from where it points: `locales/<tag>/...` is that
/// language; in a `.ftl` file, the message whose definition holds the
/// line; the edition is the one a message id begins with (`<edition>-`,
/// `content::ids`), or the one an edition's own file is named for.
/// `text` gives a file's contents by its label.
pub fn fill_context<'a>(
    findings: &mut [Diagnostic],
    text: impl Fn(&str) -> Option<&'a str>,
    editions: &[&str],
) {
    // One line index per file, made when a finding first points into it.
    let mut indexes: std::collections::HashMap<String, LineIndex> = Default::default();
    for finding in findings {
        let located = finding.location.as_deref();
        let (file, line) = match located {
            Some(loc) => (loc.file.replace('\\', "/"), loc.line),
            None => (String::new(), 0),
        };
        let d = &mut *finding.context;
        let in_locales = file
            .rfind("locales/")
            .map(|i| &file[i + "locales/".len()..])
            .and_then(|rest| rest.split_once('/'));
        if d.language.is_none() {
            d.language = in_locales.map(|(tag, _)| tag.to_string());
        }
        if d.message_id.is_none() && file.ends_with(".ftl") && line > 0 {
            let label = located.map(|l| l.file.as_str()).unwrap_or_default();
            d.message_id = text(label).and_then(|t| {
                let lines = indexes
                    .entry(label.to_string())
                    .or_insert_with(|| LineIndex::of(t));
                message_at_line(t, lines, line)
            });
        }
        if d.edition.is_none() {
            let named = |name: &str| {
                editions
                    .iter()
                    .find(|e| name == format!("{e}.toml") || name == format!("{e}.ftl"))
                    .map(|e| e.to_string())
            };
            d.edition = d
                .message_id
                .as_deref()
                .and_then(|id| {
                    editions
                        .iter()
                        .filter(|e| id == **e || id.starts_with(&format!("{e}-")))
                        .max_by_key(|e| e.len())
                        .map(|e| e.to_string())
                })
                .or_else(|| match in_locales {
                    Some((_, name)) => named(name),
                    None if file.contains("content/editions/") => {
                        named(file.rsplit('/').next().unwrap_or_default())
                    }
                    None => None,
                });
        }
    }
}

/// The id of the Fluent message (or term) whose definition holds line
/// `line` (1-based) of `text`: the nearest line at or above it that
/// starts in column 0 with an identifier and `=`; `None` on a comment or
/// a blank line between messages.
fn message_at_line(text: &str, lines: &LineIndex, line: usize) -> Option<String> {
    if line == 0 || (line > 1 && lines.start(line - 1) >= text.len()) {
        return None;
    }
    for n in (0..line).rev() {
        let l = text[lines.range(text, n)].trim_end_matches('\r');
        let first = l.chars().next();
        match first {
            None if n + 1 == line => return None,
            None | Some(' ' | '\t') => continue,
            Some('#') => return None,
            Some(c) if c.is_ascii_alphabetic() || c == '-' => {
                let (id, _) = l.split_once('=')?;
                let id = id.trim();
                let ok = id
                    .trim_start_matches('-')
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
                return ok.then(|| id.to_string());
            }
            _ => return None,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_belongs_to_the_message_that_holds_it() {
        let ftl = "# note\nfirst = One\n    and more\n\n-term = T\nsecond =\n    .attr = x\n";
        let at = |line| message_at_line(ftl, &LineIndex::of(ftl), line);
        assert_eq!(at(1), None);
        assert_eq!(at(2).as_deref(), Some("first"));
        assert_eq!(at(3).as_deref(), Some("first"));
        assert_eq!(at(4), None);
        assert_eq!(at(5).as_deref(), Some("-term"));
        assert_eq!(at(7).as_deref(), Some("second"));
        assert_eq!(at(8), None);
        assert_eq!(at(9), None);
        let mut d = vec![
            Diagnostic::warning("x").at_position("locales/ar/easy-read.ftl", 3, 1),
            Diagnostic::warning("y").in_message("uk", "guide-next-title"),
            Diagnostic::warning("z"),
        ];
        let text = "easy-read-outcome-1-a = x\n\nguide-b = y\n  z\n";
        fill_context(&mut d, |_| Some(text), &["guide", "easy-read"]);
        assert_eq!(d[0].context.message_id.as_deref(), Some("guide-b"));
        assert_eq!(d[0].context.language.as_deref(), Some("ar"));
        assert_eq!(d[0].context.edition.as_deref(), Some("guide"));
        assert_eq!(d[1].context.edition.as_deref(), Some("guide"));
        assert_eq!(
            (d[2].context.edition.clone(), d[2].context.language.clone()),
            (None, None)
        );
        let json = serde_json::to_value(&d[2]).unwrap();
        assert!(json["message_id"].is_null() && json.get("edition").is_some());
    }
}
