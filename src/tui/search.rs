//! Search in the kiosk: words found across the edition being read, in
//! the reader's language, ignoring case and accents ("zyc" finds "życ",
//! "ro" finds "rôl"), and Arabic and Persian vowel marks and letter forms
//! (a word typed without harakat, with ي or ی, finds it). Each hit opens
//! its statement (easy read) or its paragraph (the guide).

use std::rc::Rc;

use icu_normalizer::DecomposingNormalizerBorrowed;

use super::library::{Anchor, Layout, Library};

/// One searchable piece: an easy-read card or a guide paragraph.
#[derive(Debug, Clone)]
pub struct Unit {
    pub topic: usize,
    /// The card, in the easy-read edition.
    pub step: Option<usize>,
    /// The paragraph, in the guide.
    pub anchor: Option<Anchor>,
    /// The words as shown.
    pub text: String,
    /// The words folded, for matching.
    folded: String,
}

/// The most hits listed.
pub const MAX_HITS: usize = 30;

/// Lower case, accents and vowel marks dropped, the letter forms that
/// keyboards type differently made one.
pub fn fold(s: &str) -> String {
    let nfd = DecomposingNormalizerBorrowed::new_nfd().normalize(s);
    nfd.chars()
        .filter(|c| {
            !matches!(*c as u32,
                // Latin, Greek and Cyrillic combining marks (accents).
                0x0300..=0x036F
                // Arabic marks: harakat, shadda, sukun, superscript alef...
                | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED
                // Tatweel, zero-width (non-)joiners.
                | 0x0640 | 0x200C | 0x200D)
        })
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ł' => 'l',
            'ø' => 'o',
            'đ' => 'd',
            // Arabic and Persian keyboards type these differently.
            'ي' | 'ى' => 'ی',
            'ك' => 'ک',
            'ة' => 'ه',
            // Ukrainian apostrophes, typed as '.
            '’' | 'ʼ' => '\'',
            c => c,
        })
        .collect()
}

fn units(lib: &Library, edition: Layout) -> Rc<Vec<Unit>> {
    lib.search_memo
        .get_or(&format!("{edition:?}"), || units_of(lib, edition))
}

fn units_of(lib: &Library, edition: Layout) -> Vec<Unit> {
    let mut out = Vec::new();
    for (topic, t) in lib.topics.iter().enumerate() {
        if t.pages.is_empty() {
            continue;
        }
        if edition == Layout::Statements && lib.has_easy_read() {
            for (i, s) in lib.steps(topic, edition).iter().enumerate() {
                let text = s.text.plain();
                out.push(Unit {
                    topic,
                    step: Some(i),
                    anchor: None,
                    folded: fold(&text),
                    text,
                });
            }
        } else {
            for p in lib.paras(topic, Layout::Chapters).iter() {
                let text = p.para.plain();
                if text.trim().is_empty() {
                    continue;
                }
                out.push(Unit {
                    topic,
                    step: None,
                    anchor: Some(p.anchor.clone()),
                    folded: fold(&text),
                    text,
                });
            }
        }
    }
    out
}

/// The pieces that have every word of `query`, in reading order.
pub fn find(lib: &Library, edition: Layout, query: &str) -> Vec<Unit> {
    let words: Vec<String> = fold(query).split_whitespace().map(str::to_string).collect();
    if words.is_empty() || words.iter().map(|w| w.chars().count()).sum::<usize>() < 2 {
        return Vec::new();
    }
    units(lib, edition)
        .iter()
        .filter(|u| words.iter().all(|w| u.folded.contains(w.as_str())))
        .take(MAX_HITS)
        .cloned()
        .collect()
}

/// The line with the words typed.
pub fn field(lib: &Library, query: &str, typing: bool) -> String {
    let cursor = if typing { "▏" } else { "" };
    format!(
        "{}: {query}{cursor}",
        lib.words.plain("kiosk-search-prompt")
    )
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn accents_case_and_vowel_marks_fold_away() {
        assert_eq!(fold("Życie"), fold("zycie"));
        assert_eq!(fold("Pomoc społeczną"), "pomoc spoleczna");
        assert_eq!(fold("Îngrijire ȘI ţară"), "ingrijire si tara");
        assert_eq!(fold("rôl"), "rol");
        // Arabic: harakat and hamza forms; Persian and Arabic yeh and kaf.
        assert_eq!(fold("أَطْفَال"), fold("اطفال"));
        assert_eq!(fold("كتاب"), fold("کتاب"));
        assert_eq!(fold("علي"), fold("علی"));
        assert_eq!(fold("می‌شود"), fold("میشود"));
    }
}
