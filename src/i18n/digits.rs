//! Digits in every script the shipped languages write numbers in: ASCII,
//! Arabic-Indic (Arabic) and Extended Arabic-Indic (Persian). A phone
//! number typed as "٠٨٠٠ ١١١١" is the same number as "0800 1111", and a
//! menu choice typed on an Arabic keyboard is the same choice.

/// The value of a digit, in any of those scripts.
pub fn value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }
}

/// The ASCII digit for a digit in any of those scripts.
pub fn ascii(c: char) -> Option<char> {
    value(c).and_then(|d| char::from_digit(d, 10))
}

pub fn is_digit(c: char) -> bool {
    value(c).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_script_gives_the_same_digits() {
        let same = |s: &str| s.chars().filter_map(ascii).collect::<String>();
        assert_eq!(same("0800 1111"), "08001111");
        assert_eq!(same("٠٨٠٠ ١١١١"), "08001111");
        assert_eq!(same("۰۸۰۰ ۱۱۱۱"), "08001111");
        assert!(!is_digit('a') && !is_digit('٫') && !is_digit(' '));
    }
}
