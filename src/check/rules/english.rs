//! English word knowledge for the English-only rules: contractions, forms
//! of "be" and past participles (passive voice), number words and common
//! abbreviations.

/// Normalises a word for lookups: lower case, typographic apostrophes as
/// `'`.
pub fn normalise(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    word.chars()
        .map(|c| {
            if matches!(c, '\u{2019}' | '\u{02BC}' | '\u{2018}') {
                '\''
            } else {
                c
            }
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// What a contraction stands for, if `word` (normalised) is one.
/// Possessives (`children's`) are not contractions.
pub fn expand_contraction(word: &str) -> Option<String> {
    const KNOWN: &[(&str, &str)] = &[
        ("can't", "cannot"),
        ("won't", "will not"),
        ("shan't", "shall not"),
        ("ain't", "is not"),
        ("let's", "let us"),
        ("it's", "it is"),
        ("that's", "that is"),
        ("there's", "there is"),
        ("here's", "here is"),
        ("what's", "what is"),
        ("who's", "who is"),
        ("where's", "where is"),
        ("when's", "when is"),
        ("how's", "how is"),
        ("he's", "he is"),
        ("she's", "she is"),
        ("everyone's", "everyone is"),
        ("somebody's", "somebody is"),
        ("someone's", "someone is"),
        ("i'm", "I am"),
        ("y'all", "you all"),
        ("o'clock", ""),
    ];
    if let Some((_, full)) = KNOWN.iter().find(|(c, _)| *c == word) {
        return (!full.is_empty()).then(|| full.to_string());
    }
    let (stem, tail) = word.split_once('\'')?;
    if stem.is_empty() {
        return None;
    }
    let full = match tail {
        "t" if stem.ends_with('n') => format!("{} not", &stem[..stem.len() - 1]),
        "re" => format!("{stem} are"),
        "ve" => format!("{stem} have"),
        "ll" => format!("{stem} will"),
        "d" => format!("{stem} would (or {stem} had)"),
        "m" => format!("{stem} am"),
        _ => return None,
    };
    Some(full)
}

pub const BE_FORMS: &[&str] = &["am", "is", "are", "was", "were", "be", "been", "being"];

/// Words that may stand between "be" and the participle without breaking
/// the pattern ("is often asked", "are not told").
pub fn is_adverb(word: &str) -> bool {
    const LIST: &[&str] = &[
        "not",
        "never",
        "also",
        "always",
        "often",
        "sometimes",
        "usually",
        "still",
        "just",
        "really",
        "already",
        "all",
        "then",
        "now",
        "soon",
        "rarely",
        "being",
        "quickly",
        "properly",
    ];
    LIST.contains(&word)
        || (word.len() > 4
            && word.ends_with("ly")
            && !matches!(
                word,
                "only"
                    | "family"
                    | "early"
                    | "likely"
                    | "lovely"
                    | "friendly"
                    | "lonely"
                    | "ugly"
                    | "holy"
                    | "jolly"
                    | "silly"
                    | "daily"
                    | "lively"
                    | "elderly"
            ))
}

/// Irregular past participles (the regular ones end in -ed).
pub const IRREGULAR_PARTICIPLES: &[&str] = &[
    "arisen",
    "awoken",
    "beaten",
    "become",
    "begun",
    "bent",
    "bet",
    "bitten",
    "blown",
    "born",
    "borne",
    "bought",
    "bound",
    "bred",
    "broken",
    "brought",
    "built",
    "burnt",
    "burst",
    "caught",
    "chosen",
    "clung",
    "come",
    "cost",
    "crept",
    "cut",
    "dealt",
    "done",
    "drawn",
    "dreamt",
    "driven",
    "drunk",
    "dug",
    "dwelt",
    "eaten",
    "fallen",
    "fed",
    "felt",
    "fought",
    "found",
    "fled",
    "flown",
    "forbidden",
    "forgiven",
    "forgotten",
    "frozen",
    "given",
    "got",
    "gotten",
    "ground",
    "grown",
    "hung",
    "heard",
    "held",
    "hidden",
    "hit",
    "hurt",
    "kept",
    "knelt",
    "known",
    "laid",
    "led",
    "leant",
    "learnt",
    "left",
    "lent",
    "let",
    "lit",
    "lost",
    "made",
    "meant",
    "met",
    "mistaken",
    "overcome",
    "paid",
    "proven",
    "put",
    "quit",
    "read",
    "rid",
    "ridden",
    "risen",
    "run",
    "rung",
    "said",
    "sat",
    "seen",
    "sent",
    "set",
    "sewn",
    "shaken",
    "shown",
    "shot",
    "shut",
    "slain",
    "slept",
    "slid",
    "sold",
    "sought",
    "sown",
    "spent",
    "split",
    "spoilt",
    "spoken",
    "spread",
    "sprung",
    "stolen",
    "stood",
    "struck",
    "stuck",
    "stung",
    "sung",
    "sunk",
    "swept",
    "sworn",
    "swum",
    "swung",
    "taken",
    "taught",
    "thought",
    "thrown",
    "told",
    "torn",
    "understood",
    "undertaken",
    "undone",
    "upheld",
    "upset",
    "withdrawn",
    "woken",
    "won",
    "worn",
    "wound",
    "woven",
    "written",
    "wrung",
];

/// `-ed` words that are not past participles, or that after "be" are
/// nearly always adjectives about feelings ("I am worried").
const NOT_PARTICIPLES: &[&str] = &[
    "bed",
    "red",
    "shed",
    "need",
    "feed",
    "seed",
    "speed",
    "breed",
    "greed",
    "weed",
    "indeed",
    "hundred",
    "sacred",
    "naked",
    "wicked",
    "rugged",
    "ragged",
    "wretched",
    "aged",
    "bored",
    "excited",
    "interested",
    "tired",
    "scared",
    "worried",
    "frightened",
    "pleased",
    "surprised",
    "annoyed",
    "confused",
    "embarrassed",
    "ashamed",
    "amazed",
    "relieved",
    "delighted",
    "disappointed",
    "upset",
    "used",
    "supposed",
    "based",
    "related",
    "involved",
    "married",
    "detailed",
    "talented",
    "skilled",
    "experienced",
    "sophisticated",
    "complicated",
    "limited",
    "united",
    "beloved",
    "learned",
    "blessed",
    // States, not things done to someone ("children who are disabled").
    "disabled",
    "handicapped",
    "impaired",
    "worried",
    "scared",
];

/// Whether `word` (normalised) looks like a past participle.
pub fn is_participle(word: &str) -> bool {
    if NOT_PARTICIPLES.contains(&word) {
        return false;
    }
    if IRREGULAR_PARTICIPLES.contains(&word) {
        return true;
    }
    word.len() > 4 && word.ends_with("ed") && word.chars().all(|c| c.is_ascii_alphabetic())
}

/// The value of an English number word, if `word` (normalised) is one.
pub fn number_word(word: &str) -> Option<u64> {
    const SMALL: &[&str] = &[
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    const TENS: &[(&str, u64)] = &[
        ("thirty", 30),
        ("forty", 40),
        ("fifty", 50),
        ("sixty", 60),
        ("seventy", 70),
        ("eighty", 80),
        ("ninety", 90),
    ];
    const BIG: &[(&str, u64)] = &[
        ("hundred", 100),
        ("hundreds", 100),
        ("thousand", 1_000),
        ("thousands", 1_000),
        ("million", 1_000_000),
        ("millions", 1_000_000),
        ("billion", 1_000_000_000),
        ("billions", 1_000_000_000),
        ("dozen", 12),
        ("dozens", 12),
    ];
    if let Some(i) = SMALL.iter().position(|w| *w == word) {
        return Some(i as u64);
    }
    if let Some((_, v)) = TENS.iter().chain(BIG).find(|(w, _)| *w == word) {
        return Some(*v);
    }
    // twenty-one ... ninety-nine
    let (tens, unit) = word.split_once('-')?;
    let t = TENS
        .iter()
        .find(|(w, _)| *w == tens)
        .map(|(_, v)| *v)
        .or((tens == "twenty").then_some(20))?;
    let u = SMALL[1..10].iter().position(|w| *w == unit)? as u64 + 1;
    Some(t + u)
}

/// Words before "one" that make it a pronoun ("no one", "each one", "the
/// one you love") rather than the number.
pub fn one_is_pronoun(prev: Option<&str>, next: Option<&str>) -> bool {
    const BEFORE: &[&str] = &[
        "no", "each", "any", "every", "the", "this", "that", "which", "a", "another", "little",
        "other", "right", "loved", "special", "new", "old", "young", "only", "someone", "everyone",
    ];
    const AFTER: &[&str] = &["another", "of", "who", "that", "which", "day"];
    prev.is_some_and(|p| BEFORE.contains(&p)) || next.is_some_and(|n| AFTER.contains(&n))
}

/// Abbreviations written in small letters that easy read spells out.
pub fn abbreviation(word: &str) -> Option<&'static str> {
    const LIST: &[(&str, &str)] = &[
        ("eg", "for example"),
        ("ie", "that is"),
        ("etc", "and so on (or list the things)"),
        ("approx", "about"),
        ("vs", "against"),
        ("asap", "as soon as you can"),
        ("aka", "also called"),
        ("info", "information"),
        ("re", "about"),
        ("yrs", "years"),
        ("mins", "minutes"),
        ("hrs", "hours"),
        ("tel", "phone"),
        ("nb", "note"),
        ("ps", "(write it as a sentence)"),
    ];
    LIST.iter().find(|(a, _)| *a == word).map(|(_, full)| *full)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contractions() {
        assert_eq!(expand_contraction("can't").as_deref(), Some("cannot"));
        assert_eq!(
            expand_contraction(&normalise("Don’t")).as_deref(),
            Some("do not")
        );
        assert_eq!(expand_contraction("won't").as_deref(), Some("will not"));
        assert_eq!(expand_contraction("they're").as_deref(), Some("they are"));
        assert_eq!(expand_contraction("children's"), None);
        assert_eq!(expand_contraction("o'clock"), None);
    }

    #[test]
    fn numbers_and_participles() {
        assert_eq!(number_word("eight"), Some(8));
        assert_eq!(number_word("twenty-one"), Some(21));
        assert_eq!(number_word("thousand"), Some(1000));
        assert_eq!(number_word("often"), None);
        assert!(is_participle("heard"));
        assert!(is_participle("listened"));
        assert!(!is_participle("need"));
        assert!(!is_participle("worried"));
    }
}
