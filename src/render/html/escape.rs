//! Escaping: the only way text reaches the HTML. Every word, attribute
//! value and link address goes through [`esc`]; nothing is inserted raw.

use std::borrow::Cow;

/// Escapes `s` for HTML text and for a double- or single-quoted attribute
/// value: `&`, `<`, `>`, `"` and `'`. Isolation marks are left out (an
/// attribute cannot hold markup; in text [`push_text`] makes them `<bdi>`).
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    push_esc(&mut out, s);
    out
}

/// Appends `s` to `out`, escaped like [`esc`].
pub(super) fn push_esc(out: &mut String, s: &str) {
    out.reserve(s.len());
    let s = strip_isolates(s);
    let s = s.as_ref();
    // The runs between the five characters are copied whole.
    let mut from = 0;
    for (i, b) in s.bytes().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&s[from..i]);
        out.push_str(entity);
        from = i + 1;
    }
    out.push_str(&s[from..]);
}

fn strip_isolates(s: &str) -> Cow<'_, str> {
    if s.is_ascii() || !s.chars().any(crate::sanitize::is_bidi_isolate) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .filter(|&c| !crate::sanitize::is_bidi_isolate(c))
            .collect(),
    )
}

/// Appends words to `out` as HTML text: escaped, and each isolate (kept
/// by the localizer only where the direction changes) as markup, never
/// as the characters: `<bdi dir="ltr">` / `<bdi dir="rtl">` / `<bdi>`.
/// Balanced within `s`: a stray end is dropped, an open one closed.
pub(super) fn push_text(out: &mut String, s: &str) {
    use crate::i18n::bidi::{LRI, PDI, RLI};
    if s.is_ascii() || !s.chars().any(crate::sanitize::is_bidi_isolate) {
        return push_numbers(out, s);
    }
    let mut open = 0usize;
    let mut run = String::new();
    for c in s.chars() {
        if !crate::sanitize::is_bidi_isolate(c) {
            run.push(c);
            continue;
        }
        push_numbers(out, &run);
        run.clear();
        match c {
            PDI if open > 0 => {
                open -= 1;
                out.push_str("</bdi>");
            }
            PDI => {}
            LRI => {
                open += 1;
                out.push_str("<bdi dir=\"ltr\">");
            }
            RLI => {
                open += 1;
                out.push_str("<bdi dir=\"rtl\">");
            }
            _ => {
                open += 1;
                out.push_str("<bdi>");
            }
        }
    }
    push_numbers(out, &run);
    for _ in 0..open {
        out.push_str("</bdi>");
    }
}

/// Appends words escaped, with each number whose groups are separated by
/// spaces ("0800 528 0731", the rule of `i18n::bidi`) in a
/// `<span class="number">`, which style.css never breaks across lines.
fn push_numbers(out: &mut String, s: &str) {
    use crate::i18n::bidi::is_space_in_number;
    if !s.contains(' ') {
        return push_esc(out, s);
    }
    let chars: Vec<char> = s.chars().collect();
    let bytes: Vec<usize> = s.char_indices().map(|(b, _)| b).chain([s.len()]).collect();
    let mut from = 0; // char index written up to
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() || (i > 0 && chars[i - 1].is_ascii_digit()) {
            i += 1;
            continue;
        }
        // A number starts at i: its digits and the groups after spaces.
        let mut end = i;
        let mut spaced = false;
        loop {
            while end < chars.len() && chars[end].is_ascii_digit() {
                end += 1;
            }
            if end < chars.len() && is_space_in_number(&chars, end) {
                spaced = true;
                end += 1;
            } else {
                break;
            }
        }
        if spaced {
            push_esc(out, &s[bytes[from]..bytes[i]]);
            out.push_str("<span class=\"number\">");
            push_esc(out, &s[bytes[i]..bytes[end]]);
            out.push_str("</span>");
            from = end;
        }
        i = end.max(i + 1);
    }
    push_esc(out, &s[bytes[from]..]);
}

/// Fluent wraps variables in bidi isolation marks; they belong in text,
/// never inside a link address.
pub(super) fn strip_bidi(s: &str) -> Cow<'_, str> {
    let bidi = |c: char| {
        matches!(
            c,
            '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
        )
    };
    if s.is_ascii() || !s.chars().any(bidi) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.chars().filter(|&c| !bidi(c)).collect())
}

/// A `tel:` address as the phone dials it: digits (and a leading `+`)
/// only, like [`crate::document::Contact::tel_href`].
pub(super) fn tel_href(number: &str) -> String {
    crate::document::Contact {
        org: String::new(),
        name: String::new(),
        phone: number.to_string(),
        web: None,
        web_label: None,
    }
    .tel_href()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_the_five() {
        assert_eq!(
            esc(r#"<a href="x" title='y'>&</a>"#),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;"
        );
    }

    #[test]
    fn tel_is_digits() {
        assert_eq!(tel_href("\u{2068}0800 1111\u{2069}"), "tel:08001111");
    }

    #[test]
    fn isolates_are_markup_in_text_and_left_out_of_attributes() {
        let mut t = String::new();
        push_text(&mut t, "اتصل \u{2066}0800 1111\u{2069} \u{2069}<\u{2067}x");
        assert_eq!(
            t,
            "اتصل <bdi dir=\"ltr\"><span class=\"number\">0800 1111</span></bdi> &lt;<bdi dir=\"rtl\">x</bdi>"
        );
        assert_eq!(esc("\u{2068}999\u{2069}"), "999");
    }

    #[test]
    fn spaced_numbers_are_kept_whole() {
        let mut t = String::new();
        push_text(
            &mut t,
            "Call 0800 528 0731 or 999, 24 hours & 7 days a week 1",
        );
        assert_eq!(
            t,
            "Call <span class=\"number\">0800 528 0731</span> or 999, 24 hours &amp; 7 days a week 1"
        );
        assert_eq!(tel_href("+44 20 7946 0000"), "tel:+442079460000");
    }
}
