//! A locale's everyday words (`content/words/<tag>.txt`): the words a
//! child of about 9 knows, with their inflections found by simple
//! stemming (-s, -es, -ed, -ing, -er, -est, -ly), so the list holds base
//! forms (and irregular forms such as `children`, `went`).

use std::collections::HashSet;

use super::english::normalise;

#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    words: HashSet<String>,
}

impl Vocabulary {
    /// One word per line (several may share a line, separated by spaces);
    /// `#` starts a comment.
    pub fn parse(text: &str) -> Vocabulary {
        let words = text
            .lines()
            .map(|l| l.split('#').next().unwrap_or(""))
            .flat_map(str::split_whitespace)
            .map(normalise)
            .collect();
        Vocabulary { words }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Whether `word` (as written) is everyday: in the list itself, as an
    /// inflection of a word in it, or (hyphenated) made of everyday words.
    pub fn knows(&self, word: &str) -> bool {
        let w = normalise(word);
        let w = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix('\''))
            .unwrap_or(&w);
        if self.known_form(w) {
            return true;
        }
        w.contains('-') && w.split('-').all(|p| p.is_empty() || self.known_form(p))
    }

    fn known_form(&self, w: &str) -> bool {
        if w.chars().all(|c| c.is_ascii_digit()) || self.words.contains(w) {
            return true;
        }
        stems(w)
            .iter()
            .any(|s| self.words.contains(s) || stems(s).iter().any(|s2| self.words.contains(s2)))
    }
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// The base forms `w` may be an inflection of, one suffix deep.
pub fn stems(w: &str) -> Vec<String> {
    let mut out = Vec::new();
    let b = w.as_bytes();
    let n = b.len();
    let mut push = |s: String| {
        if s.len() >= 2 && !out.contains(&s) {
            out.push(s);
        }
    };
    // "stopped" -> "stop", "running" -> "run", "bigger" -> "big"
    let undouble = |stem: &str| -> Option<String> {
        let s = stem.as_bytes();
        (s.len() >= 3 && s[s.len() - 1] == s[s.len() - 2] && !is_vowel(s[s.len() - 1]))
            .then(|| stem[..stem.len() - 1].to_string())
    };
    if n > 3 && w.ends_with('s') && !w.ends_with("ss") {
        push(w[..n - 1].to_string());
    }
    if n > 4 && w.ends_with("es") {
        push(w[..n - 2].to_string());
    }
    if n > 4 && w.ends_with("ies") {
        push(format!("{}y", &w[..n - 3]));
    }
    for suffix in ["ed", "er", "est", "ing"] {
        if n > suffix.len() + 2 && w.ends_with(suffix) {
            let stem = &w[..n - suffix.len()];
            push(stem.to_string());
            push(format!("{stem}e"));
            if let Some(u) = undouble(stem) {
                push(u);
            }
            if let Some(s) = stem.strip_suffix('i') {
                push(format!("{s}y"));
            }
        }
    }
    if n > 4 && w.ends_with("ly") {
        let stem = &w[..n - 2];
        push(stem.to_string());
        push(w[..n - 1].to_string()); // fully -> full
        push(format!("{}e", &w[..n - 1])); // gently -> gentle
        if let Some(s) = stem.strip_suffix('i') {
            push(format!("{s}y")); // happily -> happy
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections() {
        let v = Vocabulary::parse(
            "# words\nstop run big happy like gentle full family child\nworker children",
        );
        for w in [
            "stops",
            "stopped",
            "running",
            "bigger",
            "biggest",
            "happily",
            "happier",
            "liked",
            "liking",
            "gently",
            "fully",
            "families",
            "Child’s",
            "children's",
            "workers",
            "run-stop",
        ] {
            assert!(v.knows(w), "{w}");
        }
        for w in ["placement", "respite", "ran"] {
            assert!(!v.knows(w), "{w}");
        }
    }
}
