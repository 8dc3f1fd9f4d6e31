//! Untrusted text is data: translations and content pass through here
//! before any output. Control characters (C0 but newline, DEL, C1, and so
//! ESC) would let a string drive the terminal; bidi embeddings and
//! overrides would let it reorder what is around it. Isolates and marks are
//! kept only where the output asks for them.

use std::borrow::Cow;

/// What the output may keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Keep {
    /// U+2066..U+2069 (LRI, RLI, FSI, PDI): Fluent's isolation marks,
    /// kept only where the direction changes (`i18n::bidi`; HTML writes
    /// them as `<bdi>`); the terminal must not print them.
    pub isolates: bool,
    /// U+200E, U+200F, U+061C (LRM, RLM, ALM): allowed in right-to-left text.
    pub marks: bool,
}

impl Keep {
    pub const NOTHING: Keep = Keep {
        isolates: false,
        marks: false,
    };
    pub const HTML: Keep = Keep {
        isolates: true,
        marks: true,
    };
    /// Plain text, Markdown and JSON: isolates where the direction
    /// changes (a Latin name or a phone number in Arabic text).
    pub const TEXT: Keep = Keep {
        isolates: true,
        marks: false,
    };
}

/// Whether a character is a bidi embedding or override (never allowed).
pub fn is_bidi_override(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}')
}

pub fn is_bidi_isolate(c: char) -> bool {
    matches!(c, '\u{2066}'..='\u{2069}')
}

pub fn is_bidi_mark(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Control characters that must never reach an output: C0 but `\n`, DEL,
/// C1, and the byte-order mark.
pub fn is_forbidden_control(c: char) -> bool {
    (c.is_control() && c != '\n') || c == '\u{FEFF}'
}

/// Removes what `keep` does not allow; tabs and line or paragraph
/// separators become spaces so words do not run together.
pub fn sanitize(s: &str, keep: Keep) -> Cow<'_, str> {
    let drop = |c: char| {
        (is_forbidden_control(c) && c != '\t')
            || is_bidi_override(c)
            || (!keep.isolates && is_bidi_isolate(c))
            || (!keep.marks && is_bidi_mark(c))
    };
    let space = |c: char| matches!(c, '\t' | '\u{2028}' | '\u{2029}');
    // Printable ASCII and newlines (most text) need no look at each
    // character. (A fold without an early exit, so it runs on many bytes
    // at once.)
    let plain = s.bytes().fold(true, |ok, b| {
        ok & ((b' '..=b'~').contains(&b) | (b == b'\n'))
    });
    if plain || !s.chars().any(|c| drop(c) || space(c)) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .filter(|&c| !drop(c))
            .map(|c| if space(c) { ' ' } else { c })
            .collect(),
    )
}

/// For the terminal: nothing but printable text and newlines.
pub fn for_terminal(s: &str) -> Cow<'_, str> {
    sanitize(s, Keep::NOTHING)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_escape_sequences_and_overrides() {
        let hostile = "Hi\u{1b}[2J\u{1b}]0;owned\u{7}\u{202E}kcab\u{9b}31m";
        let clean = sanitize(hostile, Keep::NOTHING);
        assert!(
            !clean.chars().any(|c| c.is_control() || is_bidi_override(c)),
            "{clean:?}"
        );
        assert_eq!(clean, "Hi[2J]0;ownedkcab31m");
    }

    #[test]
    fn isolates_kept_only_when_asked() {
        let s = "Call \u{2068}0800 1111\u{2069}";
        assert_eq!(sanitize(s, Keep::NOTHING), "Call 0800 1111");
        assert_eq!(sanitize(s, Keep::HTML), s);
    }

    #[test]
    fn clean_text_is_borrowed() {
        assert!(matches!(
            sanitize("plain words\nnext", Keep::NOTHING),
            Cow::Borrowed(_)
        ));
    }
}
