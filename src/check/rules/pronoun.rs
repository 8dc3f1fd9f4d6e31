//! Pronouns whose person or thing is not in the statement (English,
//! rule `unclear-pronoun`). An easy-read statement is read alone (aloud,
//! in the kiosk, beside its picture), so "them" or "about this" must not
//! lean on a statement before it. A heuristic, so a warning:
//! - "them" with no plural word before it in its sentence but the
//!   sentence's subject ("Practitioners help them": not the
//!   practitioners; "They will ask if you trust them": not "they");
//! - "this" or "that" ending a sentence ("what you think about this").

use std::ops::Range;

use super::english::normalise;
use super::text::MessageView;

/// Words that look plural but are not a referent for "them".
const NOT_PLURAL: &[&str] = &[
    "is",
    "was",
    "has",
    "does",
    "this",
    "its",
    "us",
    "his",
    "yours",
    "ours",
    "always",
    "sometimes",
    "as",
    "less",
    "unless",
    "across",
    "towards",
    "gets",
    "helps",
    "wants",
    "needs",
    "makes",
    "gives",
    "means",
    "works",
    "says",
    "takes",
    "keeps",
    "finds",
    "tells",
    "asks",
    "thinks",
    "knows",
    "looks",
    "lives",
    "uses",
    "goes",
    "comes",
    "feels",
];

/// Subjects that open a clause of their own inside a sentence.
const OTHER_SUBJECTS: &[&str] = &["you", "i", "we", "he", "she", "it"];

/// Words that name people or things without ending in "s".
const PLURAL: &[&str] = &[
    "people", "children", "family", "parents", "carers", "men", "women", "everyone", "both",
];

fn plural(w: &str) -> bool {
    PLURAL.contains(&w)
        || (w.len() > 3 && w.ends_with('s') && !w.ends_with("'s") && !NOT_PLURAL.contains(&w))
}

/// Each unclear pronoun: its range in the view's plain text and the word.
pub fn unclear(view: &MessageView) -> Vec<(Range<usize>, String)> {
    let mut out = Vec::new();
    for s in &view.sentences {
        let words: Vec<String> = s.words.clone().map(|i| normalise(view.word(i))).collect();
        for (k, w) in words.iter().enumerate() {
            let i = s.words.start + k;
            let last = k + 1 == words.len();
            let unclear = match w.as_str() {
                // The subject can be "them" only from inside another
                // clause, one with a subject of its own ("People who help
                // you hope you will tell them"; not "Practitioners help
                // them").
                "them" => {
                    let subject = plural(&words[0])
                        && words[1..k]
                            .iter()
                            .any(|w| OTHER_SUBJECTS.contains(&w.as_str()));
                    !subject && !words[1..k].iter().any(|w| plural(w))
                }
                "this" | "that" => last && k > 0,
                _ => false,
            };
            if unclear {
                out.push((view.words[i].range.clone(), view.word(i).to_string()));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(s: &str) -> Vec<String> {
        unclear(&MessageView::from_text(s))
            .into_iter()
            .map(|(_, w)| w)
            .collect()
    }

    #[test]
    fn them_without_its_people_and_a_final_this() {
        assert_eq!(found("Practitioners help them get close."), ["them"]);
        assert_eq!(found("They will ask if you trust them."), ["them"]);
        assert_eq!(
            found("People will listen to what you think about this."),
            ["this"]
        );
        assert!(found("People will tell you about decisions as they make them.").is_empty());
        assert!(found("This matters most when it is not safe at home.").is_empty());
        assert!(found("They will ask if you trust your family.").is_empty());
        assert!(found("People who help you hope you will tell them.").is_empty());
    }
}
