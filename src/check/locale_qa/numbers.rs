//! The numbers a message shows. A translation writes the English's
//! numbers in its own digits and grouping (Arabic-Indic and Persian digits
//! read as 0-9; 400,000 / 400.000 / 400 000 are one number), and never
//! types a phone number: those come from the facts through a placeable.

use std::collections::BTreeSet;

use crate::diag::Diagnostic;
use crate::i18n::digits;
use crate::i18n::syntax::{Element, Expression, Inline, Message, Pattern, Span};

pub(super) fn sorted_runs(text: &str) -> Vec<String> {
    let mut runs: Vec<String> = digit_runs(text).into_iter().map(|(r, _, _)| r).collect();
    runs.sort();
    runs
}

/// Runs of digits outside placeables, as (digits, byte offset, byte
/// length). Arabic-Indic and Persian digits read as 0-9, and a number's
/// group separators (400,000 / 400.000 / 400 000) do not split it.
pub(super) fn digit_runs(text: &str) -> Vec<(String, usize, usize)> {
    let mut runs = Vec::new();
    let mut cur = String::new();
    let mut start = 0;
    let mut end = 0;
    let mut depth = 0;
    for (i, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        let d = digits::ascii(c);
        match d {
            Some(d) if depth == 0 => {
                if cur.is_empty() {
                    start = i;
                }
                cur.push(d);
                end = i + c.len_utf8();
            }
            // 400,000 and 400.000 are one number.
            _ if !cur.is_empty()
                && matches!(c, ',' | '.' | '\u{066C}' | '\u{00A0}' | '\u{202F}') => {}
            _ => {
                if !cur.is_empty() {
                    runs.push((std::mem::take(&mut cur), start, end - start));
                }
            }
        }
    }
    if !cur.is_empty() {
        runs.push((cur, start, end - start));
    }
    runs
}

/// Numbers for a message: "0800, 1111", or "none".
pub(super) fn number_list(runs: &[String]) -> String {
    if runs.is_empty() {
        "none".to_string()
    } else {
        runs.join(", ")
    }
}

/// Every stretch of text in message `m` that the default text does not
/// show, with the part it belongs to: each variant (`[few]`, the default
/// one included, since the flattened text may hide it), each attribute
/// (`.spoken`), and string literals (`{ "0800" }`).
fn hidden_texts(m: &Message) -> Vec<(String, Span)> {
    fn walk(p: &Pattern, part: &str, top: bool, out: &mut Vec<(String, Span)>) {
        for el in &p.elements {
            match el {
                Element::Text(span) if !top => out.push((part.to_string(), span.clone())),
                Element::Text(_) => {}
                Element::Placeable(e) => expression(e, part, out),
            }
        }
    }
    fn expression(e: &Expression, part: &str, out: &mut Vec<(String, Span)>) {
        match e {
            Expression::Select { variants, .. } => {
                for v in variants {
                    walk(&v.value, &format!("{part}[{}]", v.key.name), false, out);
                }
            }
            Expression::Inline(Inline::Placeable(inner)) => expression(inner, part, out),
            Expression::Inline(Inline::String(span)) => out.push((part.to_string(), span.clone())),
            Expression::Inline(_) => {}
        }
    }
    let mut out = Vec::new();
    if let Some(v) = &m.value {
        walk(v, "", true, &mut out);
    }
    for a in &m.attributes {
        walk(&a.value, &format!(".{}", a.id.name), false, &mut out);
    }
    out
}

/// Every number anywhere in message `m` of `text`: value, variants,
/// attributes.
pub(super) fn all_numbers(text: &str, m: &Message) -> BTreeSet<String> {
    let mut spans: Vec<Span> = hidden_texts(m).into_iter().map(|(_, s)| s).collect();
    if let Some(v) = &m.value {
        spans.extend(v.elements.iter().filter_map(|el| match el {
            Element::Text(s) => Some(s.clone()),
            Element::Placeable(_) => None,
        }));
    }
    spans
        .iter()
        .flat_map(|s| digit_runs(&text[s.clone()]))
        .map(|(run, _, _)| run)
        .collect()
}

/// A number the English does not have, typed in a variant, an attribute
/// or a string literal of the translation: findings at the number. A
/// phone number typed there is an error (a child could call a wrong
/// number); any other number a warning, as in the default text.
pub(super) fn in_hidden_parts(
    point: &dyn Fn(Diagnostic, usize, usize) -> Diagnostic,
    text: &str,
    m: &Message,
    english: &BTreeSet<String>,
    out: &mut Vec<Diagnostic>,
) {
    let id = &m.id.name;
    for (part, span) in hidden_texts(m) {
        let body = &text[span.clone()];
        let mut runs = digit_runs(body).into_iter().peekable();
        while let Some((run, start, len)) = runs.next() {
            if english.contains(&run) {
                continue;
            }
            let where_ = describe(&part);
            let typed = as_typed(body, start, len);
            let d = if looks_like_phone(typed) {
                // The rest of the typed number is this finding, not more.
                while runs
                    .peek()
                    .is_some_and(|(_, s, _)| *s < start + typed.len())
                {
                    runs.next();
                }
                Diagnostic::error(format!(
                    "`{id}` types the phone number {typed} in {where_}, which the English does not have"
                ))
                .with_code("typed-phone")
                .with_help("phone numbers come from content/facts.toml: use the placeable the English uses, e.g. { $childline-phone }")
            } else {
                Diagnostic::warning(format!(
                    "`{id}` has the number {run} in {where_}, which the English does not have"
                ))
                .with_code("digits-mismatch")
                .with_help("write the same numbers as the English in every variant")
            };
            out.push(point(d, span.start + start, typed.len().max(len)));
        }
    }
}

/// A part's name for a reader: "its text", "its [one] variant", "its
/// .spoken attribute".
fn describe(part: &str) -> String {
    match part {
        "" => "its text".to_string(),
        p if p.ends_with(']') => format!("its {p} variant"),
        p => format!("its {p} attribute"),
    }
}

/// The number starting at byte `start` of `text` as a person types it:
/// digit groups joined by single spaces or hyphens ("0800 1111",
/// "116-123", "٠٨٠٠ ١١١١"), so a phone number is judged whole.
pub(super) fn as_typed(text: &str, start: usize, len: usize) -> &str {
    let mut end = start + len;
    loop {
        let mut rest = text[end..].chars();
        let gap = matches!(rest.next(), Some(' ' | '-'));
        if !(gap && rest.next().is_some_and(digits::is_digit)) {
            break;
        }
        end += 1;
        end += text[end..]
            .chars()
            .take_while(|&c| digits::is_digit(c))
            .map(char::len_utf8)
            .sum::<usize>();
    }
    &text[start..end]
}

/// A phone number as people type one: it starts with 0 or +, or is an
/// emergency or 116/118 service number, or is five or more digits with no
/// thousands mark (400,000 and 400.000 are counts).
pub(super) fn looks_like_phone(raw: &str) -> bool {
    let digits: String = raw.chars().filter_map(digits::ascii).collect();
    let grouped = raw.contains([',', '.', '\u{066C}']);
    (digits.starts_with('0') && digits.len() >= 4)
        || matches!(digits.as_str(), "999" | "112" | "111")
        || ((digits.starts_with("116") || digits.starts_with("118")) && digits.len() == 6)
        || (digits.len() >= 5 && !grouped)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_in_any_script_and_grouping() {
        assert_eq!(
            sorted_runs("Every year 400,000 children; 5 in { $x } 8"),
            vec!["400000", "5", "8"]
        );
        assert_eq!(sorted_runs("۴۰۰٬۰۰۰ و ۵"), vec!["400000", "5"]);
        assert_eq!(digit_runs("a 12,5 b"), vec![("125".to_string(), 2, 4)]);
    }

    #[test]
    fn phone_numbers_and_counts() {
        for phone in [
            "0800 1111",
            "0800",
            "999",
            "116 123",
            "116123",
            "+44 800",
            "٠٨٠٠١١١١",
            "12345",
        ] {
            assert!(looks_like_phone(phone), "{phone}");
        }
        for count in ["400,000", "400.000", "5", "2024", "42"] {
            assert!(!looks_like_phone(count), "{count}");
        }
    }

    #[test]
    fn a_number_is_judged_as_typed() {
        assert_eq!(as_typed("ring 0800 1111 now", 5, 4), "0800 1111");
        assert_eq!(as_typed("116-123.", 0, 3), "116-123");
        assert_eq!(as_typed("in 1 second", 3, 1), "1");
        // Arabic-Indic and Persian digits are joined the same way.
        let ar = "اتصل ٠٨٠٠ ١١١١ الآن";
        let start = ar.find('٠').unwrap();
        assert_eq!(as_typed(ar, start, "٠٨٠٠".len()), "٠٨٠٠ ١١١١");
        let fa = "۱۱۶-۱۲۳";
        assert_eq!(as_typed(fa, 0, "۱۱۶".len()), "۱۱۶-۱۲۳");
    }

    #[test]
    fn a_number_in_a_variant_or_attribute_is_found() {
        let text = "m = { $n ->\n    [one] Call 0800 1111 now\n   *[other] Call { $phone }\n }\n    .spoken = ring 5\n";
        let res = crate::i18n::syntax::parse(text);
        let crate::i18n::syntax::Entry::Message(m) = &res.entries[0] else {
            panic!("{:?}", res.entries[0]);
        };
        let mut out = Vec::new();
        in_hidden_parts(
            &|d, o, l| d.at_offset("m.ftl", text, o, l),
            text,
            m,
            &BTreeSet::new(),
            &mut out,
        );
        let found: Vec<_> = out
            .iter()
            .map(|d| {
                let l = d.location.as_ref().unwrap();
                (d.code, l.line, l.col)
            })
            .collect();
        assert_eq!(
            found,
            vec![("typed-phone", 2, 16), ("digits-mismatch", 5, 20)]
        );
        let english: BTreeSet<String> = ["0800", "1111", "5"].map(String::from).into();
        out.clear();
        in_hidden_parts(
            &|d, o, l| d.at_offset("m.ftl", text, o, l),
            text,
            m,
            &english,
            &mut out,
        );
        assert!(out.is_empty(), "{out:?}");
        assert_eq!(all_numbers(text, m), english);
    }
}
