//! Numbers that must never be broken across two lines: a phone number
//! ("0800 528 0731", "0800 1111") read from two lines is a wrong number.
//! A space between two digits is such a space.

use std::borrow::Cow;

use crate::i18n::digits::is_digit;

/// The space the plain-text renderer wraps with in place of a space
/// between digits: FIGURE SPACE, which line breaking never breaks at
/// (UAX #14 class GL) and which is a plain space again once wrapped.
pub const WRAP_SPACE: char = '\u{2007}';

/// A no-break space, for outputs wrapped by whoever shows them
/// (Markdown, HTML).
pub const NO_BREAK_SPACE: char = '\u{00A0}';

/// `s` with each space between two digits replaced by `with`.
pub fn keep_together(s: &str, with: char) -> Cow<'_, str> {
    let chars: Vec<char> = s.chars().collect();
    let inside = |i: usize| {
        chars[i] == ' '
            && i > 0
            && is_digit(chars[i - 1])
            && chars.get(i + 1).is_some_and(|c| is_digit(*c))
    };
    if !(0..chars.len()).any(inside) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        (0..chars.len())
            .map(|i| if inside(i) { with } else { chars[i] })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_spaces_between_digits_change() {
        assert_eq!(
            keep_together("Call 0800 528 0731 or 999 now", '+'),
            "Call 0800+528+0731 or 999 now"
        );
        assert_eq!(keep_together("٠٨٠٠ ١١١١", '+'), "٠٨٠٠+١١١١");
        assert!(matches!(
            keep_together("no numbers here", '+'),
            Cow::Borrowed(_)
        ));
        assert!(matches!(keep_together("1 or 2", '+'), Cow::Borrowed(_)));
    }
}
