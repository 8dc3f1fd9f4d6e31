//! The spoken form of a text: what the speech engine is given instead of
//! the words on the screen. Phone numbers are read digit by digit, group
//! by group ("0800 1111" -> "0 8 0 0, 1 1 1 1"), in every language, since
//! a child dials them one digit at a time and an engine would otherwise
//! say "eight hundred". Web addresses are said as a person says them
//! ("childline dot org dot uk"), with the word for "dot" and "slash" in
//! the reader's language.

/// The words a web address is spoken with, in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddressWords {
    pub dot: String,
    pub slash: String,
}

impl Default for AddressWords {
    fn default() -> Self {
        AddressWords {
            dot: "dot".into(),
            slash: "slash".into(),
        }
    }
}

/// The text to give the engine for `text`.
pub fn spoken_form(text: &str, words: &AddressWords) -> String {
    let out = speak_numbers(text);
    speak_addresses(&out, words)
}

/// Runs of digit groups ("0800 1111", "116 123", "0808-800-5000") that
/// are phone numbers become single digits with a pause between the groups,
/// as a child dials them. Every other number is left for the engine to say
/// as a number: a year or a count ("2023", "Outcome 1"), and a number
/// written with thousands or decimal marks in any language's way
/// ("400,000", "400.000", "400 000", "2.5"), which is never read as digits.
/// A run is a phone number when it begins with 0 (UK numbers: "0800 1111";
/// "999" is said as a whole, as people say it), is a UK 116 or 118 service
/// number, or is five or more digits written without thousands grouping.
fn speak_numbers(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() * 2);
    let mut i = 0;
    while i < chars.len() {
        let starts_word = i == 0 || !chars[i - 1].is_alphanumeric();
        if !(chars[i].is_ascii_digit() && starts_word) {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        // Gather the groups of one written number: digits separated by a
        // space, a no-break space, a hyphen, or a thousands or decimal mark.
        let mut groups: Vec<String> = Vec::new();
        let mut marked = false;
        let mut j = i;
        loop {
            let start = j;
            while j < chars.len() && chars[j].is_ascii_digit() {
                j += 1;
            }
            groups.push(chars[start..j].iter().collect());
            let sep = chars.get(j).copied();
            let next_digit = chars.get(j + 1).is_some_and(char::is_ascii_digit);
            match sep {
                Some(' ' | '\u{a0}' | '\u{202f}' | '-') if next_digit => j += 1,
                Some(',' | '.' | '\u{66b}' | '\u{66c}') if next_digit => {
                    marked = true;
                    j += 1;
                }
                _ => break,
            }
        }
        let ends_word = !chars.get(j).is_some_and(|c| c.is_alphanumeric());
        if !marked && ends_word && is_phone_number(&groups) {
            let spoken: Vec<String> = groups
                .iter()
                .map(|g| g.chars().map(String::from).collect::<Vec<_>>().join(" "))
                .collect();
            out.push_str(&spoken.join(", "));
        } else {
            out.extend(&chars[i..j]);
        }
        i = j;
    }
    out
}

/// Whether digit groups (already free of thousands and decimal marks) are
/// a number to dial rather than a count.
fn is_phone_number(groups: &[String]) -> bool {
    let digits: usize = groups.iter().map(String::len).sum();
    let first = groups.first().map(String::as_str).unwrap_or_default();
    if first.starts_with('0') {
        return digits >= 3;
    }
    if (first.starts_with("116") || first.starts_with("118")) && digits == 6 {
        return true;
    }
    // "400 000" and "12 500" are counts in Polish or Ukrainian: a first
    // group of one to three digits, then groups of exactly three.
    let thousands =
        groups.len() > 1 && first.len() <= 3 && groups[1..].iter().all(|g| g.len() == 3);
    digits >= 5 && !thousands
}

/// A word that is a web address ("www.childline.org.uk",
/// "https://example.org/help") becomes its parts joined by the words for
/// "dot" and "slash"; the scheme and a leading "www." are not said.
fn speak_addresses(text: &str, words: &AddressWords) -> String {
    text.split(' ')
        .map(|word| {
            let core = word.trim_end_matches(['.', ',', ';', ':', '!', '?', ')']);
            let tail = &word[core.len()..];
            match address_parts(core) {
                Some(parts) => {
                    let mut s = String::new();
                    for (n, (part, sep)) in parts.iter().enumerate() {
                        if n > 0 {
                            s.push(' ');
                        }
                        s.push_str(part);
                        match sep {
                            Some('.') => s.push_str(&format!(" {}", words.dot)),
                            Some('/') => s.push_str(&format!(" {}", words.slash)),
                            _ => {}
                        }
                    }
                    format!("{s}{tail}")
                }
                None => word.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The parts of a web address and the separator after each, or `None`
/// when `word` is not one.
fn address_parts(word: &str) -> Option<Vec<(&str, Option<char>)>> {
    let lower = word.to_ascii_lowercase();
    let mut rest = word;
    let mut is_address = false;
    for scheme in ["https://", "http://"] {
        if lower.starts_with(scheme) {
            rest = &word[scheme.len()..];
            is_address = true;
        }
    }
    if rest.to_ascii_lowercase().starts_with("www.") {
        rest = &rest[4..];
        is_address = true;
    }
    let rest = rest.trim_end_matches('/');
    let host = rest.split('/').next().unwrap_or("");
    let tld = host.rsplit('.').next().unwrap_or("");
    let known = ["uk", "org", "com", "gov", "net", "info", "nhs"];
    if host.contains('.') && known.contains(&tld.to_ascii_lowercase().as_str()) {
        is_address = true;
    }
    if !is_address
        || host.is_empty()
        || !rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-./_".contains(c))
    {
        return None;
    }
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, c) in rest.char_indices() {
        if c == '.' || c == '/' {
            parts.push((&rest[start..i], Some(c)));
            start = i + 1;
        }
    }
    parts.push((&rest[start..], None));
    Some(parts.into_iter().filter(|(p, _)| !p.is_empty()).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spoken(s: &str) -> String {
        spoken_form(s, &AddressWords::default())
    }

    #[test]
    fn phone_numbers_digit_by_digit() {
        assert_eq!(spoken("Call 0800 1111."), "Call 0 8 0 0, 1 1 1 1.");
        assert_eq!(spoken("ring 116 123 now"), "ring 1 1 6, 1 2 3 now");
        assert_eq!(spoken("0808\u{a0}800\u{a0}5000"), "0 8 0 8, 8 0 0, 5 0 0 0");
        assert_eq!(spoken("ffoniwch 0800-1111"), "ffoniwch 0 8 0 0, 1 1 1 1");
    }

    #[test]
    fn counts_are_numbers_in_every_way_of_writing_them() {
        // The guide's "400,000 children", as each language writes it.
        for n in [
            "400,000",
            "400.000",
            "400 000",
            "400\u{a0}000",
            "400\u{202f}000",
        ] {
            let text = format!("every year {n} children");
            assert_eq!(spoken(&text), text, "{n}");
        }
        assert_eq!(spoken("2.5 million"), "2.5 million");
        assert_eq!(spoken("10,000 or 0.5"), "10,000 or 0.5");
        assert_eq!(spoken("12 500 dzieci"), "12 500 dzieci");
    }

    #[test]
    fn small_numbers_and_years_stay_words() {
        assert_eq!(spoken("Outcome 1 of 4"), "Outcome 1 of 4");
        assert_eq!(spoken("in 2023"), "in 2023");
        assert_eq!(spoken("call 999"), "call 999");
        assert_eq!(spoken("A12345B"), "A12345B");
    }

    #[test]
    fn web_addresses_as_said() {
        assert_eq!(
            spoken("Go to www.childline.org.uk."),
            "Go to childline dot org dot uk."
        );
        assert_eq!(spoken("https://www.gov.uk/help"), "gov dot uk slash help");
        let pl = AddressWords {
            dot: "kropka".into(),
            slash: "ukośnik".into(),
        };
        assert_eq!(
            spoken_form("strona childline.org.uk", &pl),
            "strona childline kropka org kropka uk"
        );
        // Ordinary words with a full stop are not addresses.
        assert_eq!(spoken("It ends.Here"), "It ends.Here");
    }
}
