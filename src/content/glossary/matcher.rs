//! Finding the glossary's hard words in text: a term or any of its forms,
//! as whole words, in any case. Used by the HTML pages (the first use of
//! a word links to its explanation, `render::html::linker`) and by the
//! kiosk (the hard words on the screen).
//!
//! Matching works on characters, not bytes, so a case change that alters
//! a character's length in UTF-8 cannot misplace a match. A form of
//! several words matches across any run of spaces or line breaks. Where
//! two forms start at the same place, the longest wins ("local
//! authority" before "local"), and words inside a match are not matched
//! again.

use std::collections::HashSet;

use super::GlossaryEntry;

/// One occurrence of a term: its byte range in the text and the index of
/// its entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub entry: usize,
}

/// The forms of every entry, ready to match.
pub struct Matcher {
    forms: Vec<Form>,
    /// The forms (indexes into `forms`, in order) by their first folded
    /// character: a word is tried only against the forms that can start
    /// with it, not against all of them (the whole glossary at every word
    /// made this the slowest part of a large build).
    by_first: FirstIndex,
    /// For words of ASCII letters and digits (most words of most text):
    /// by first letter, each form whose first word begins with such a
    /// word (its "head", folded) and the form's index. A word is tried
    /// only against the forms whose head it is.
    ascii_heads: Vec<Vec<(Box<[u8]>, usize)>>,
    /// By first letter, a bit for each length of those heads (up to 63):
    /// most words are passed over on their first letter and length.
    head_lengths: Vec<u64>,
}

/// One form of a term.
struct Form {
    entry: usize,
    /// The form's words, in folded characters.
    words: Vec<Vec<Folded>>,
    /// The second character of its first word, if it has one: checked
    /// before the whole form, since most words that start like a form
    /// differ from it there.
    second: Option<Folded>,
}

/// A character in lower case, padded: [`char::to_lowercase`] gives one to
/// three characters. Two characters are the same letter, in any case,
/// exactly when their folds are equal.
type Folded = [char; 3];

fn fold(c: char) -> Folded {
    if c.is_ascii() {
        return [c.to_ascii_lowercase(), '\0', '\0'];
    }
    let mut folded = ['\0'; 3];
    for (slot, l) in folded.iter_mut().zip(c.to_lowercase()) {
        *slot = l;
    }
    folded
}

/// Form indexes by first folded character: a table for ASCII (most words
/// of most text), a map for the rest.
#[derive(Default)]
struct FirstIndex {
    ascii: Vec<(Seconds, Vec<usize>)>,
    other: std::collections::HashMap<Folded, Vec<usize>>,
}

/// The second characters of the forms that start with one ASCII
/// character, so that most words are passed over after two characters
/// without trying any form.
#[derive(Clone, Copy, Default)]
struct Seconds {
    /// A bit for each ASCII second character.
    ascii: u128,
    /// Some form's second character is not ASCII, or it has none (a first
    /// word of one character): the forms are always tried.
    other: bool,
}

impl Seconds {
    fn add(&mut self, second: Option<Folded>) {
        match second.and_then(ascii_key) {
            Some(k) => self.ascii |= 1 << k,
            None => self.other = true,
        }
    }

    fn may_have(&self, second: Option<Folded>) -> bool {
        self.other
            || second
                .and_then(ascii_key)
                .is_some_and(|k| self.ascii & (1 << k) != 0)
    }
}

impl FirstIndex {
    /// Adds `form`, whose first word starts with `first` and `second`.
    fn insert(&mut self, first: Folded, second: Option<Folded>, form: usize) {
        match ascii_key(first) {
            Some(k) => {
                if self.ascii.is_empty() {
                    self.ascii.resize(128, Default::default());
                }
                self.ascii[k].0.add(second);
                self.ascii[k].1.push(form);
            }
            None => self.other.entry(first).or_default().push(form),
        }
    }

    /// The forms that may start with `first` and `second`.
    fn get(&self, first: Folded, second: Option<Folded>) -> &[usize] {
        match ascii_key(first) {
            Some(k) => match self.ascii.get(k) {
                Some((seconds, forms)) if seconds.may_have(second) => forms,
                _ => &[],
            },
            None => self.other.get(&first).map_or(&[], Vec::as_slice),
        }
    }
}

/// The head of a form, folded, when it is ASCII: the letters and digits
/// its first word begins with, up to the first other character. A text
/// word of ASCII letters and digits can begin the form only if it is
/// exactly this head (an ASCII character folds only to itself in lower
/// case, and a form's other characters cannot fold to ASCII ones here).
fn ascii_head(form: &str) -> Option<Box<[u8]>> {
    let mut head = Vec::new();
    for c in form.chars().take_while(|&c| is_word_char(c)) {
        match fold(c) {
            [a, '\0', '\0'] if a.is_ascii() => head.push(a as u8),
            _ => return None,
        }
    }
    (!head.is_empty()).then(|| head.into_boxed_slice())
}

fn ascii_key(f: Folded) -> Option<usize> {
    (f[0].is_ascii() && f[1] == '\0').then_some(f[0] as usize)
}

/// Whether `c` belongs to a word: letters, digits, combining marks (so
/// Arabic vowel marks do not end a word) and the joiners Persian writes
/// inside words.
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric()
        || matches!(c,
            '\u{0300}'..='\u{036F}'
            | '\u{0483}'..='\u{0489}'
            | '\u{0610}'..='\u{061A}'
            | '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{06D6}'..='\u{06ED}'
            | '\u{200C}'
            | '\u{200D}')
}

impl Matcher {
    pub fn new(entries: &[GlossaryEntry]) -> Matcher {
        let mut forms = Vec::new();
        let mut by_first = FirstIndex::default();
        let mut ascii_heads = vec![Vec::new(); 128];
        let mut head_lengths = vec![0u64; 128];
        for (i, e) in entries.iter().enumerate() {
            for f in e.all_forms() {
                let words: Vec<Vec<Folded>> = f
                    .split_whitespace()
                    .map(|w| w.chars().map(fold).collect())
                    .collect();
                if let Some(&first) = words.first().and_then(|w| w.first()) {
                    let second = words[0].get(1).copied();
                    by_first.insert(first, second, forms.len());
                    if let Some(head) = ascii_head(f) {
                        let k = usize::from(head[0]);
                        head_lengths[k] |= 1 << head.len().min(63);
                        ascii_heads[k].push((head, forms.len()));
                    }
                    forms.push(Form {
                        entry: i,
                        words,
                        second,
                    });
                }
            }
        }
        Matcher {
            forms,
            by_first,
            ascii_heads,
            head_lengths,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }

    /// Every occurrence of every term in `text`, in order, none
    /// overlapping.
    pub fn scan(&self, text: &str) -> Vec<Found> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        // Whether the character before `at` belongs to a word.
        let mut after_word = false;
        let mut at = 0;
        while let Some(c) = char_at(text, at) {
            let word = is_word_char(c);
            if word && !after_word {
                // A word of ASCII letters and digits that ends before an
                // ASCII character (or the end) can only begin the forms
                // whose head it is; any other word is tried the long way.
                let run = at
                    + bytes[at..]
                        .iter()
                        .position(|b| !b.is_ascii_alphanumeric())
                        .unwrap_or(bytes.len() - at);
                let ascii = run > at && bytes.get(run).is_none_or(u8::is_ascii);
                let best = if ascii {
                    self.longest(text, at, self.heads(&bytes[at..run]))
                } else {
                    let second = char_at(text, at + c.len_utf8()).map(fold);
                    let forms = self.by_first.get(fold(c), second).iter().copied();
                    self.longest(
                        text,
                        at,
                        forms.filter(|&f| {
                            let s = self.forms[f].second;
                            s.is_none() || s == second
                        }),
                    )
                };
                if let Some((end, entry)) = best {
                    out.push(Found {
                        start: at,
                        end,
                        entry,
                    });
                    after_word = text[..end].chars().next_back().is_some_and(is_word_char);
                    at = end;
                    continue;
                }
                if ascii {
                    // No form begins here: on to the end of the word.
                    after_word = true;
                    at = run;
                    continue;
                }
            }
            after_word = word;
            at += c.len_utf8();
        }
        out
    }

    /// The forms whose head is the ASCII word `word`.
    fn heads<'m>(&'m self, word: &'m [u8]) -> impl Iterator<Item = usize> + 'm {
        let k = usize::from(word[0].to_ascii_lowercase());
        let may = self.head_lengths[k] & (1 << word.len().min(63)) != 0;
        self.ascii_heads[k][..if may { self.ascii_heads[k].len() } else { 0 }]
            .iter()
            .filter(move |(head, _)| head.len() == word.len() && head.eq_ignore_ascii_case(word))
            .map(|&(_, f)| f)
    }

    /// The longest of `forms` that matches at `at`: where it ends and its
    /// entry.
    fn longest(
        &self,
        text: &str,
        at: usize,
        forms: impl Iterator<Item = usize>,
    ) -> Option<(usize, usize)> {
        forms
            .map(|f| &self.forms[f])
            .filter_map(|form| match_at(text, at, &form.words).map(|end| (end, form.entry)))
            .max_by_key(|(end, _)| *end)
    }

    /// The entries found in `text`, each once, in the order they first
    /// appear.
    pub fn entries_in(&self, text: &str) -> Vec<usize> {
        let mut seen = HashSet::new();
        self.scan(text)
            .into_iter()
            .map(|f| f.entry)
            .filter(|e| seen.insert(*e))
            .collect()
    }
}

/// The character at byte `at` of `text` (a character boundary), quickly
/// when it is ASCII, as most are.
fn char_at(text: &str, at: usize) -> Option<char> {
    match text.as_bytes().get(at) {
        Some(&b) if b.is_ascii() => Some(b as char),
        Some(_) => text[at..].chars().next(),
        None => None,
    }
}

/// Where (a byte offset) a form of `words` that starts at byte `at` of
/// `text` ends, if it matches there as whole words.
fn match_at(text: &str, at: usize, words: &[Vec<Folded>]) -> Option<usize> {
    let mut rest = text[at..].char_indices().peekable();
    for (n, word) in words.iter().enumerate() {
        if n > 0 {
            // At least one space between two words of the form.
            let mut spaces = 0;
            while rest.next_if(|(_, c)| c.is_whitespace()).is_some() {
                spaces += 1;
            }
            if spaces == 0 {
                return None;
            }
        }
        for &c in word {
            let (_, t) = rest.next()?;
            if fold(t) != c {
                return None;
            }
        }
    }
    match rest.next() {
        Some((_, c)) if is_word_char(c) => None,
        Some((i, _)) => Some(at + i),
        None => Some(text.len()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::Text;

    fn entry(id: &str, term: &str, forms: &[&str]) -> GlossaryEntry {
        GlossaryEntry {
            id: id.into(),
            term: term.into(),
            forms: forms.iter().map(|s| s.to_string()).collect(),
            explain: Text::plain_str("explained"),
            picture: None,
        }
    }

    fn entries() -> Vec<GlossaryEntry> {
        vec![
            entry(
                "council",
                "council",
                &["councils", "local authority", "local authorities"],
            ),
            entry("social-worker", "social worker", &["social workers"]),
            entry("court", "court", &[]),
            entry("local", "local", &[]),
        ]
    }

    #[test]
    fn whole_words_any_case_longest_first() {
        let e = entries();
        let m = Matcher::new(&e);
        let text = "Your Local Authority and a courtyard; the COURT, social\nworkers.";
        let found: Vec<(&str, &str)> = m
            .scan(text)
            .iter()
            .map(|f| (&text[f.start..f.end], e[f.entry].id.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                ("Local Authority", "council"),
                ("COURT", "court"),
                ("social\nworkers", "social-worker"),
            ]
        );
        assert_eq!(m.entries_in("court and a court and council"), [2, 0]);
        assert!(m.scan("councillor").is_empty());
    }

    #[test]
    fn case_folds_beyond_ascii() {
        // The Kelvin sign is a capital K; a capital İ is two characters
        // in lower case.
        let e = vec![entry("k", "kind", &[]), entry("i", "İş", &[])];
        let m = Matcher::new(&e);
        assert_eq!(m.entries_in("\u{212A}IND words, İŞ"), [0, 1]);
    }

    #[test]
    fn ascii_words_find_forms_that_go_on_past_them() {
        let e = vec![
            entry("wellbeing", "wellbeing", &["well-being"]),
            entry("rights", "children's rights", &[]),
            entry("kind", "\u{212A}ind", &[]),
            entry("cafe", "café", &[]),
        ];
        let m = Matcher::new(&e);
        assert_eq!(m.entries_in("Well-being and wellbeing"), [0]);
        assert_eq!(m.scan("Well-being and wellbeing").len(), 2);
        assert!(m.scan("well, being").is_empty());
        assert_eq!(m.entries_in("Children's\n  rights"), [1]);
        assert!(m.scan("children rights").is_empty());
        assert_eq!(m.entries_in("be KIND"), [2], "a form's Kelvin sign is a k");
        assert_eq!(m.entries_in("a cafe, a CAFÉ"), [3]);
        assert_eq!(m.scan("a cafe, a CAFÉ").len(), 1);
    }

    #[test]
    fn letters_of_other_scripts_and_marks_are_word_characters() {
        let e = vec![entry("court", "محكمة", &[])];
        let m = Matcher::new(&e);
        assert_eq!(m.scan("في المحكمة").len(), 0, "inside a longer word");
        assert_eq!(
            m.scan("\u{2068}محكمة\u{2069}.").len(),
            1,
            "isolates end a word"
        );
        assert_eq!(m.scan("محكمةً").len(), 0, "a vowel mark belongs to the word");
    }
}
