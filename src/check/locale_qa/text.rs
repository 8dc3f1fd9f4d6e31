//! What a translator may type without seeing it: control, zero-width and
//! bidi characters, separators, soft hyphens, typed-in addresses, and
//! stray spaces.

use crate::diag::{Diagnostic, Severity};
use crate::i18n::Direction;
use crate::sanitize::{is_bidi_isolate, is_bidi_mark, is_bidi_override};

use super::Place;

/// Characters that must not be typed: control, zero-width, bidi controls
/// (marks allowed in right-to-left locales), and typed-in addresses.
pub(super) fn characters(at: &Place, dir: Direction, out: &mut Vec<Diagnostic>) {
    let raw = at.raw();
    let value_start = raw.find('=').map_or(0, |i| i + 1);
    let mut runs: Vec<(usize, usize, char, usize, &str)> = Vec::new();
    for (i, c) in raw.char_indices().skip_while(|(i, _)| *i < value_start) {
        let what = if c.is_control() && c != '\n' && c != '\r' {
            Some("a control character")
        } else if matches!(
            c,
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
        ) && !(matches!(c, '\u{200C}' | '\u{200D}') && dir == Direction::Rtl)
        {
            // ZWNJ and ZWJ are part of Persian and Arabic spelling.
            Some("a zero-width character")
        } else if is_bidi_override(c) || is_bidi_isolate(c) {
            Some("a bidi control character")
        } else if is_bidi_mark(c) && dir == Direction::Ltr {
            Some("a bidi mark in a left-to-right language")
        } else if matches!(c, '\u{2028}' | '\u{2029}') {
            // A line or paragraph break no screen shows the same way.
            Some("a line or paragraph separator")
        } else if c == '\u{00AD}' {
            Some("a soft hyphen")
        } else if c == '\u{00A0}'
            && (raw[..i].ends_with(' ') || raw[i + c.len_utf8()..].starts_with(' '))
        {
            Some("a no-break space next to a space")
        } else {
            None
        };
        if let Some(what) = what {
            // A run of the same character is one finding, so a line of
            // 32,000 of them is one line of output, not 32,000.
            match runs.last_mut() {
                Some((start, len, rc, n, _)) if *rc == c && *start + *len == i => {
                    *len += c.len_utf8();
                    *n += 1;
                }
                _ => runs.push((i, c.len_utf8(), c, 1usize, what)),
            }
        }
    }
    const MOST: usize = 20;
    for &(i, len, c, n, what) in runs.iter().take(MOST) {
        let times = if n > 1 {
            format!(" {n} times")
        } else {
            String::new()
        };
        out.push(at.at(
            i,
            len,
            Severity::Error,
            "forbidden-character",
            format!("`{}` has {what} (U+{:04X}){times}", at.msg.id, c as u32),
            "delete it: it is invisible and could change how the text is shown",
        ));
    }
    if let Some(&(i, len, ..)) = runs.get(MOST) {
        out.push(at.at(
            i,
            len,
            Severity::Error,
            "forbidden-character",
            format!(
                "`{}` has {} more places with invisible characters from here",
                at.msg.id,
                runs.len() - MOST
            ),
            "delete them: they are invisible and could change how the text is shown",
        ));
    }
    for word in raw[value_start..].split_whitespace() {
        let w = word.trim_matches(|c: char| {
            matches!(
                c,
                '(' | ')' | '[' | ']' | ',' | '.' | ';' | ':' | '"' | '\''
            )
        });
        let address = w.contains("://") || w.starts_with("www.") || is_email(w) || is_domain(w);
        if address {
            let offset = value_start + raw[value_start..].find(w).unwrap_or(0);
            out.push(at.at(offset, w.len(), Severity::Error, "typed-address", format!("`{}` types the address `{w}`", at.msg.id), "addresses come from content/facts.toml: use the placeable the English uses, e.g. { $childline-web }"));
        }
    }
}

fn is_email(w: &str) -> bool {
    let Some((user, domain)) = w.split_once('@') else {
        return false;
    };
    !user.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.')
}

/// A typed domain: a known ending, or any `name.xx` look-alike
/// (`childline.de`) whose name has three letters or more (so `e.g` and
/// `m.in` are words, not addresses).
fn is_domain(w: &str) -> bool {
    const TLDS: &[&str] = &[
        ".uk", ".org", ".com", ".gov", ".net", ".wales", ".cymru", ".pl", ".ro", ".ua",
    ];
    let lower = w.to_lowercase();
    let plain = lower
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "./-_".contains(c));
    let host = lower.split('/').next().unwrap_or("");
    let labels: Vec<&str> = host.split('.').collect();
    let look_alike = labels.len() >= 2
        && labels[0].len() >= 3
        && labels[0].chars().any(|c| c.is_ascii_alphabetic())
        && labels.last().is_some_and(|t| {
            (2..=6).contains(&t.len()) && t.chars().all(|c| c.is_ascii_lowercase())
        });
    lower.contains('.')
        && !lower.starts_with('{')
        && plain
        && (look_alike
            || TLDS
                .iter()
                .any(|t| lower.ends_with(t) || lower.contains(&format!("{t}/"))))
}

pub(super) fn spacing(at: &Place, out: &mut Vec<Diagnostic>) {
    let raw = at.raw();
    let value_start = raw.find('=').map_or(0, |i| i + 1);
    let mut offset = 0;
    for (n, line) in raw.split_inclusive('\n').enumerate() {
        let body = line.trim_end_matches(['\n', '\r']);
        let start = if n == 0 {
            value_start.min(body.len())
        } else {
            0
        };
        let content = &body[start..];
        let lead = if n == 0 {
            content.len() - content.trim_start().len()
        } else {
            0
        };
        if n == 0 && lead > 1 && !content.trim().is_empty() {
            out.push(at.at(
                offset + start + 1,
                lead - 1,
                Severity::Warning,
                "leading-space",
                format!("`{}` starts with extra spaces", at.msg.id),
                "remove the spaces before the text",
            ));
        }
        if body.ends_with(' ') && !body.trim().is_empty() {
            let trimmed = body.trim_end().len();
            out.push(at.at(
                offset + trimmed,
                body.len() - trimmed,
                Severity::Warning,
                "trailing-space",
                format!("`{}` has spaces at the end of a line", at.msg.id),
                "remove them",
            ));
        }
        let inner = content.trim();
        let base = offset + start + (content.len() - content.trim_start().len());
        if let Some(i) = inner.find("  ") {
            out.push(at.at(
                base + i,
                2,
                Severity::Warning,
                "double-space",
                format!("`{}` has two spaces in a row", at.msg.id),
                "use one space",
            ));
        }
        // "0800 1111 ." or "safe , and": a space where none belongs (the
        // languages shipped put none before these marks).
        if let Some(i) = space_before_mark(inner) {
            out.push(at.at(
                base + i,
                2,
                Severity::Warning,
                "space-before-punctuation",
                format!("`{}` has a space before a punctuation mark", at.msg.id),
                "remove the space",
            ));
        }
        offset += line.len();
    }
}

/// The byte offset of a space followed by `.`, `,`, `;`, `:`, `!` or `?`
/// (not an ellipsis that starts a sentence, not a placeable's `{`).
fn space_before_mark(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    (0..bytes.len().saturating_sub(1)).find(|&i| {
        bytes[i] == b' '
            && matches!(bytes[i + 1], b'.' | b',' | b';' | b':' | b'!' | b'?')
            && !text[i + 1..].starts_with("...")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses() {
        assert!(is_email("help@example.org"));
        assert!(is_domain("childline.org.uk"));
        assert!(!is_domain("e.g."));
        assert!(!is_domain("{ $childline-web }"));
        assert!(is_domain("childline.de") && is_domain("childline.org.uk/help"));
        assert!(!is_domain("m.in") && !is_domain("i.e") && !is_domain("3.5"));
    }
}
