//! The files `careguide locale new` writes: a language tag in its usual
//! spelling, and each English `.ftl` file as a template to translate.
//! Every English message is kept whole (its variants and attributes) as a
//! comment, with every translator's note (`#`, `##` and `###` comments)
//! where the English has it.

use std::fmt::Write as _;

use unic_langid::{CharacterDirection, LanguageIdentifier};

use super::locales::Direction;
use super::syntax::{self, Entry};

/// A language tag in its usual spelling: `pt_BR`, `pt-br` and `PT-BR`
/// are all `pt-BR`. None when it is not a language tag.
pub fn normalise_tag(tag: &str) -> Option<LanguageIdentifier> {
    tag.trim().replace('_', "-").parse().ok()
}

/// The direction a language is written in, from its tag (`ps`, `ar`,
/// `fa`, `he`, `ur` ... are right to left; `az-Arab` is too).
pub fn direction_of(tag: &LanguageIdentifier) -> Direction {
    match tag.character_direction() {
        CharacterDirection::RTL => Direction::Rtl,
        _ => Direction::Ltr,
    }
}

/// The template for one English file `text` (named `name`): the English
/// comments as they are, and each message or term commented out, its
/// whole English above it.
pub fn template(name: &str, text: &str, tag: &str, source: &str) -> String {
    let mut out = format!(
        "### Translation of locales/{source}/{name} into {tag}.\n### Each message is commented out with its English above it: translate it,\n### remove the `# ` before its id, and keep every {{ $placeable }} as it is.\n\n"
    );
    for entry in syntax::parse(text).entries {
        match entry {
            Entry::Comment(c) => {
                let _ = writeln!(out, "{}\n", text[c.span].trim_end());
            }
            Entry::Message(m) | Entry::Term(m) => {
                if let Some(note) = m.comment {
                    let _ = writeln!(out, "{}", text[note].trim_end());
                }
                let raw = text[m.span.clone()].trim_end();
                let (id, english) = raw.split_once('=').unwrap_or((raw, ""));
                let english = english.strip_prefix(' ').unwrap_or(english);
                let _ = writeln!(out, "# English: {}", english.replace('\n', "\n#          "));
                let _ = writeln!(out, "# {} =\n", id.trim_end());
            }
            // The English has no junk (`locale check` of en-GB says so).
            Entry::Junk { .. } => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_spelled_as_usual() {
        for t in ["pt_BR", "pt-br", "PT-BR", " pt-BR "] {
            assert_eq!(normalise_tag(t).unwrap().to_string(), "pt-BR", "{t}");
        }
        assert_eq!(
            normalise_tag("sr_latn_rs").unwrap().to_string(),
            "sr-Latn-RS"
        );
        assert!(normalise_tag("123").is_none());
        assert!(normalise_tag("").is_none());
    }

    #[test]
    fn direction_comes_from_the_language() {
        let d = |t: &str| direction_of(&t.parse().unwrap());
        for t in ["ps", "ar", "fa", "he", "ur", "ckb"] {
            assert_eq!(d(t), Direction::Rtl, "{t}");
        }
        for t in ["ti", "pl", "pt-BR", "uk", "cy"] {
            assert_eq!(d(t), Direction::Ltr, "{t}");
        }
    }

    #[test]
    fn a_template_keeps_every_variant_attribute_and_note() {
        let en = "### File notes.\n\n## Section\n\n# Keep the link as it is.\nhelp = Call [999](tel:999)\n    .title = Help\ncount = { $n ->\n    [one] One left\n   *[other] { $n } left\n}\n-brand = Careguide\n";
        let t = template("x.ftl", en, "ps", "en-GB");
        for want in [
            "### File notes.\n",
            "## Section\n",
            "# Keep the link as it is.\n# English: Call [999](tel:999)\n#              .title = Help\n# help =\n",
            "# English: { $n ->\n#              [one] One left\n#             *[other] { $n } left\n#          }\n# count =\n",
            "# English: Careguide\n# -brand =\n",
        ] {
            assert!(t.contains(want), "{want:?} not in:\n{t}");
        }
        // Nothing in it is a message yet.
        assert_eq!(syntax::parse(&t).messages().count(), 0);
        assert_eq!(syntax::parse(&t).errors().count(), 0);
    }
}
