//! The order suggestions are shown in. spellbook gives a dictionary's
//! suggestions without Hunspell's n-gram and phonetic ranking, so for
//! "Peple" the names Pele, Peele and Peale come before "People". The text
//! being checked is the best guide to what the writer meant: a suggestion
//! the same language's text already uses comes first, then the one with
//! fewest letters changed, then the dictionary's own order. Words the text
//! uses elsewhere that are one or two letters from the typo are offered
//! too (in the writer's capitals): spellbook misses some swaps in
//! dictionaries without a `TRY` line, such as Persian's.

use std::collections::HashMap;

/// `suggestions` reordered for `word`, with close words of `corpus` (the
/// text's words in lower case, with how often each is used) that are not
/// in `unknown` (the text's other typos), without repeats.
pub(super) fn rank(
    word: &str,
    suggestions: &[String],
    corpus: &HashMap<String, usize>,
    unknown: &dyn Fn(&str) -> bool,
) -> Vec<String> {
    let lower = word.to_lowercase();
    let letters = lower.chars().count();
    let close = if letters >= 6 { 2 } else { 1 };
    let from_text = corpus
        .keys()
        .filter(|c| **c != lower && letters >= 3)
        .filter(|c| c.chars().count().abs_diff(letters) <= close)
        .filter(|c| distance(&lower, c) <= close && !unknown(c))
        .map(|c| in_case_of(word, c));
    let mut keyed: Vec<(bool, usize, usize, String)> = suggestions
        .iter()
        .cloned()
        .chain(from_text)
        .enumerate()
        .map(|(i, s)| {
            let s_lower = s.to_lowercase();
            let used = corpus.get(&s_lower).is_some_and(|n| *n > 0) && s_lower != lower;
            (!used, distance(&lower, &s_lower), i, s)
        })
        .collect();
    keyed.sort();
    let mut out: Vec<String> = Vec::new();
    for (_, _, _, s) in keyed {
        if !out.iter().any(|o| o.to_lowercase() == s.to_lowercase()) {
            out.push(s);
        }
    }
    out
}

/// `candidate` (lower case) in the capitals of `word`: "Peple" -> "People".
fn in_case_of(word: &str, candidate: &str) -> String {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
        return candidate.to_uppercase();
    }
    match word.chars().next() {
        Some(first) if first.is_uppercase() => {
            let mut c = candidate.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        }
        _ => candidate.to_string(),
    }
}

/// Edits between two words (insert, delete, substitute, or swap two
/// neighbouring letters: "thnik" is one from "think"), in characters.
fn distance(a: &str, b: &str) -> usize {
    strsim::osa_distance(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn words_the_text_uses_come_first_then_the_closest() {
        let corpus: HashMap<String, usize> =
            [("people".to_string(), 12), ("listen".to_string(), 3)]
                .into_iter()
                .collect();
        let never = |_: &str| false;
        let peple = rank(
            "Peple",
            &s(&["Pele", "Peele", "Peale", "People"]),
            &corpus,
            &never,
        );
        assert_eq!(peple[0], "People");
        let lisen = rank(
            "lisen",
            &s(&["lines", "lien", "listen", "linen"]),
            &corpus,
            &never,
        );
        assert_eq!(lisen[0], "listen");
        // Without the text's help: fewest changes first, then as given.
        let none = rank("thnik", &s(&["thick", "think"]), &HashMap::new(), &never);
        assert_eq!(none, s(&["think", "thick"]));
    }

    #[test]
    fn close_words_of_the_text_are_offered_in_the_writers_capitals() {
        let corpus: HashMap<String, usize> = [("people".to_string(), 12), ("pupil".to_string(), 1)]
            .into_iter()
            .collect();
        let never = |_: &str| false;
        assert_eq!(rank("Peple", &[], &corpus, &never), s(&["People"]));
        assert_eq!(rank("PEPLE", &[], &corpus, &never), s(&["PEOPLE"]));
        // Another typo of the text is never offered.
        let typo = |w: &str| w == "people";
        assert!(rank("Peple", &[], &corpus, &typo).is_empty());
    }

    #[test]
    fn a_swap_is_one_change() {
        // "yuor" is a swap from "your" and a swap and a substitution from "sour":
        // the swap is offered first, whatever the dictionary's order.
        let never = |_: &str| false;
        let yuor = rank("yuor", &s(&["sour", "your"]), &HashMap::new(), &never);
        assert_eq!(yuor, s(&["your", "sour"]));
        assert_eq!(distance("lisen", "listen"), 1);
        // Counted in characters, not bytes.
        assert_eq!(distance("Łódź", "Lodz"), 3);
    }
}
