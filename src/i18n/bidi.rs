//! The one rule for "does this span change direction", used by the
//! localizer (which isolation marks a message keeps) and by the kiosk
//! (which lines it reorders, which spaces hold a number together).
//!
//! A span changes direction when it holds a strong letter of the other
//! direction (a Latin name in Persian, an Arabic word in English), or,
//! in right-to-left text, when it is a number with separators ("0800
//! 1111"): the space between its groups would take the paragraph's
//! direction and show the groups swapped. A lone number ("3", "400,000")
//! keeps its order on its own and changes nothing.

use std::borrow::Cow;

use unicode_bidi::{BidiClass, bidi_class};

/// First strong isolate, as Fluent writes around a placeable.
const FSI: char = '\u{2068}';
/// Left-to-right isolate.
pub const LRI: char = '\u{2066}';
/// Right-to-left isolate.
pub const RLI: char = '\u{2067}';
/// Pop directional isolate: the end of any of the three.
pub const PDI: char = '\u{2069}';

fn is_open(c: char) -> bool {
    matches!(c, LRI | RLI | FSI)
}

/// Whether `c` is a strong right-to-left character, or an Arabic-Indic
/// digit (which the bidi algorithm treats as right to left around it).
fn is_rtl_char(c: char) -> bool {
    matches!(bidi_class(c), BidiClass::R | BidiClass::AL | BidiClass::AN)
}

/// Whether `s` has a right-to-left letter (Hebrew, Arabic, Syriac,
/// Thaana, N'Ko, their presentation forms, ...) or Arabic-Indic digit.
pub fn has_rtl(s: &str) -> bool {
    s.chars().any(is_rtl_char)
}

/// Whether `s` has a strong left-to-right letter (Latin, Cyrillic, ...).
fn has_ltr(s: &str) -> bool {
    s.chars().any(|c| bidi_class(c) == BidiClass::L)
}

/// The direction of the first strong character of `s` (as an FSI
/// resolves it): `Some(true)` right to left, `Some(false)` left to
/// right, `None` when it has no strong character.
pub fn first_strong_rtl(s: &str) -> Option<bool> {
    s.chars().find_map(|c| match bidi_class(c) {
        BidiClass::R | BidiClass::AL => Some(true),
        BidiClass::L => Some(false),
        _ => None,
    })
}

/// Whether the `i`-th of `chars` is a space between two digits (inside
/// a number such as "0800 528 0731").
pub fn is_space_in_number(chars: &[char], i: usize) -> bool {
    chars[i] == ' '
        && i > 0
        && chars[i - 1].is_ascii_digit()
        && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit())
}

/// For each isolate mark opening in `chars`, the direction of its own
/// first strong character (not counting the isolates inside it), as an
/// FSI resolves; `None` when it has none. One pass.
fn first_strong_of_isolates(chars: &[char]) -> Vec<Option<bool>> {
    let mut found = vec![None; chars.len()];
    let mut stack: Vec<usize> = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        if is_open(c) {
            stack.push(i);
        } else if c == PDI {
            stack.pop();
        } else if let Some(&top) = stack.last()
            && found[top].is_none()
        {
            found[top] = first_strong_rtl(c.encode_utf8(&mut [0; 4]));
        }
    }
    found
}

/// Whether `s` is a number with separators: no letters, and something
/// other than a digit between two of its digits ("0800 1111",
/// "+44 20 7946", "116 123").
pub fn is_separated_number(s: &str) -> bool {
    if s.chars().any(char::is_alphabetic) {
        return false;
    }
    let digit = |c: char| c.is_numeric();
    let (Some(first), Some(last)) = (s.find(digit), s.rfind(digit)) else {
        return false;
    };
    s[first..=last].chars().any(|c| !digit(c))
}

/// The one rule: whether `span` changes direction in text of the
/// direction `rtl_context`.
pub fn changes_direction(span: &str, rtl_context: bool) -> bool {
    if rtl_context {
        has_ltr(span) || (!has_rtl(span) && is_separated_number(span))
    } else {
        has_rtl(span)
    }
}

/// Fluent's isolation marks kept only where the direction changes, in
/// text of the direction `rtl`: a pair around a span that does not
/// change it is dropped, and one that does becomes an explicit
/// left-to-right or right-to-left isolate (numbers read left to right).
/// Isolates nest; an unmatched mark is dropped and one left open is
/// closed at the end, so what comes out is always balanced.
pub fn isolate_where_needed(text: &str, rtl: bool) -> Cow<'_, str> {
    if !text.chars().any(|c| is_open(c) || c == PDI) {
        return Cow::Borrowed(text);
    }
    // Each open isolate: where its content starts in `out`, the
    // direction of the text around it, and its own.
    struct Open {
        start: usize,
        outer_rtl: bool,
        inner_rtl: bool,
        mark: char,
    }
    fn close(out: &mut String, open: Open) {
        let content = out[open.start..].to_string();
        out.truncate(open.start - open.mark.len_utf8());
        let inner: String = content
            .chars()
            .filter(|&c| c != PDI && !is_open(c))
            .collect();
        if changes_direction(&inner, open.outer_rtl) {
            out.push(if open.inner_rtl { RLI } else { LRI });
            out.push_str(&content);
            out.push(PDI);
        } else {
            out.push_str(&content);
        }
    }
    let chars: Vec<char> = text.chars().collect();
    let first_strong = first_strong_of_isolates(&chars);
    let mut out = String::with_capacity(text.len());
    let mut stack: Vec<Open> = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        if is_open(c) {
            let outer_rtl = stack.last().map_or(rtl, |o| o.inner_rtl);
            let inner_rtl = match c {
                LRI => false,
                RLI => true,
                // As an FSI resolves: its first strong character outside
                // the isolates it holds; a number reads left to right.
                _ => first_strong[i].unwrap_or(false),
            };
            out.push(c);
            stack.push(Open {
                start: out.len(),
                outer_rtl,
                inner_rtl,
                mark: c,
            });
        } else if c == PDI {
            if let Some(open) = stack.pop() {
                close(&mut out, open);
            }
        } else {
            out.push(c);
        }
    }
    while let Some(open) = stack.pop() {
        close(&mut out, open);
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(s: &str, rtl: bool) -> String {
        isolate_where_needed(s, rtl).into_owned()
    }

    #[test]
    fn english_keeps_no_marks() {
        assert_eq!(
            iso(
                "Call \u{2068}Childline\u{2069} on \u{2068}0800 1111\u{2069}.",
                false
            ),
            "Call Childline on 0800 1111."
        );
        assert_eq!(iso("See \u{2068}999\u{2069}", false), "See 999");
    }

    #[test]
    fn a_latin_name_or_a_phone_number_in_arabic_keeps_its_isolation() {
        assert_eq!(
            iso(
                "اتصل بـ \u{2068}Childline\u{2069} على \u{2068}0800 1111\u{2069}",
                true
            ),
            "اتصل بـ \u{2066}Childline\u{2069} على \u{2066}0800 1111\u{2069}"
        );
        // A lone number and Arabic words change nothing.
        assert_eq!(iso("رقم \u{2068}999\u{2069}", true), "رقم 999");
        assert_eq!(iso("\u{2068}مرحبا\u{2069} يا", true), "مرحبا يا");
    }

    #[test]
    fn arabic_in_english_is_isolated_right_to_left() {
        assert_eq!(
            iso("Say \u{2068}مرحبا\u{2069} 3", false),
            "Say \u{2067}مرحبا\u{2069} 3"
        );
    }

    #[test]
    fn unbalanced_and_nested_marks_come_out_balanced() {
        assert_eq!(iso("a\u{2069}b\u{2068}c", false), "abc");
        assert_eq!(iso("ب \u{2068}x", true), "ب \u{2066}x\u{2069}");
        // An Arabic span inside a Latin name inside Arabic text.
        assert_eq!(
            iso("ب \u{2068}Dar \u{2068}سلام\u{2069}\u{2069}", true),
            "ب \u{2066}Dar \u{2067}سلام\u{2069}\u{2069}"
        );
    }

    #[test]
    fn the_rule() {
        assert!(changes_direction("0800 528 0731", true));
        assert!(!changes_direction("0800 528 0731", false));
        assert!(!changes_direction("400", true));
        assert!(changes_direction("Childline", true));
        assert!(!changes_direction("Childline", false));
        assert!(changes_direction("العربية", false));
        assert!(is_separated_number("+44 20 7946"));
        assert!(!is_separated_number("12a 3"));
    }
}
