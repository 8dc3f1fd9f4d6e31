//! Alphabetical order in each language's own collation (ICU4X, CLDR data
//! compiled in): Polish puts "ł" after "l", Welsh counts "ll" and "ch" as
//! letters of their own, Ukrainian and Arabic follow their alphabets.
//! Used for the words explained, which a reader looks up by their first
//! letter as in a dictionary.

use std::cmp::Ordering;

use icu_collator::options::{CollatorOptions, Strength};
use icu_collator::{Collator, CollatorBorrowed, CollatorPreferences};
use icu_locale_core::Locale;

/// Compares words as a dictionary in one language orders them.
pub struct Collation {
    collator: CollatorBorrowed<'static>,
}

impl Collation {
    /// The collation of the language `tag` (a BCP 47 tag such as `pl` or
    /// `en-GB`); a tag ICU does not know (or a pseudo-locale) falls back
    /// to its language, then to the root order (Unicode's default), which
    /// still sorts every script sensibly.
    pub fn new(tag: &str) -> Collation {
        let mut options = CollatorOptions::default();
        // Tertiary: case and accents decide only between otherwise equal
        // words, so "Ćma" stays with the other "ć" words.
        options.strength = Some(Strength::Tertiary);
        let prefs = |t: &str| {
            Locale::try_from_str(t)
                .ok()
                .map(|l| CollatorPreferences::from(&l))
        };
        let language = tag.split(['-', '_']).next().unwrap_or(tag);
        let collator = [tag, language]
            .into_iter()
            .filter_map(prefs)
            .chain(std::iter::once(CollatorPreferences::default()))
            .find_map(|p| Collator::try_new(p, options).ok())
            .expect("ICU's compiled data has the root collation");
        Collation { collator }
    }

    pub fn compare(&self, a: &str, b: &str) -> Ordering {
        self.collator.compare(a, b)
    }

    /// Sorts `items` by the words `key` gives, keeping equal words in
    /// their order.
    pub fn sort_by_key<T>(&self, items: &mut [T], key: impl Fn(&T) -> &str) {
        items.sort_by(|a, b| self.compare(key(a), key(b)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(tag: &str, words: &[&str]) -> Vec<String> {
        let mut w: Vec<String> = words.iter().map(|s| s.to_string()).collect();
        Collation::new(tag).sort_by_key(&mut w, |s| s.as_str());
        w
    }

    #[test]
    fn polish_letters_with_marks_come_after_their_base_letter() {
        // In code-point order "ł" would come after "z"; in root order
        // "łódź" would sort among the "l" words as if it were "lodz".
        assert_eq!(
            sorted("pl", &["łza", "lzy", "lampa", "zupa", "ćma", "cma", "czas"]),
            ["cma", "czas", "ćma", "lampa", "lzy", "łza", "zupa"]
        );
    }

    #[test]
    fn welsh_digraphs_are_letters_of_their_own() {
        // Welsh: ... c, ch, d, dd, ... l, ll, ... ; "ch" comes after every
        // other "c" word, "ll" after every other "l" word.
        assert_eq!(
            sorted("cy", &["chwarae", "cyngor", "llais", "lwc", "dyn", "ddoe"]),
            ["cyngor", "chwarae", "dyn", "ddoe", "lwc", "llais"]
        );
    }

    #[test]
    fn english_ignores_case_before_letters_and_pseudo_locales_fall_back() {
        assert_eq!(
            sorted("en-GB", &["support", "Advocate", "care", "Court"]),
            ["Advocate", "care", "Court", "support"]
        );
        assert_eq!(sorted("en-XA", &["b", "A"]), ["A", "b"]);
        assert_eq!(sorted("not a tag", &["b", "a"]), ["a", "b"]);
    }

    #[test]
    fn ukrainian_and_arabic_follow_their_alphabets() {
        // Ukrainian: ... г, ґ, д, ... и, і, ї, й ...
        assert_eq!(
            sorted("uk", &["їжа", "ґанок", "іграшка", "гра", "дім", "ирій"]),
            ["гра", "ґанок", "дім", "ирій", "іграшка", "їжа"]
        );
        // Arabic: ب before ت before م.
        assert_eq!(
            sorted("ar", &["محكمة", "تعليم", "بيت"]),
            ["بيت", "تعليم", "محكمة"]
        );
    }
}
