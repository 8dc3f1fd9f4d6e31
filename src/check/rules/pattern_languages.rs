//! Which hyphenation patterns stand for which language subtag. Read by
//! the syllable counts and by the build script, which embeds the patterns
//! of the languages in `locales/` only.

use hyphenation::Language;

/// The patterns for a language subtag (`cy`, `pl`...), if there are any.
pub(crate) fn patterns_for(language: &str) -> Option<Language> {
    Some(match language {
        "cy" => Language::Welsh,
        "pl" => Language::Polish,
        "uk" => Language::Ukrainian,
        "ro" => Language::Romanian,
        "ru" => Language::Russian,
        "de" => Language::German1996,
        "fr" => Language::French,
        "es" => Language::Spanish,
        "it" => Language::Italian,
        "pt" => Language::Portuguese,
        "nl" => Language::Dutch,
        "tr" => Language::Turkish,
        "hu" => Language::Hungarian,
        "cs" => Language::Czech,
        "sk" => Language::Slovak,
        "hr" => Language::Croatian,
        "sl" => Language::Slovenian,
        "sv" => Language::Swedish,
        "da" => Language::Danish,
        "nb" | "no" => Language::NorwegianBokmal,
        "fi" => Language::Finnish,
        "lt" => Language::Lithuanian,
        "lv" => Language::Latvian,
        "et" => Language::Estonian,
        "bg" => Language::Bulgarian,
        "ga" => Language::Irish,
        "sq" => Language::Albanian,
        "el" => Language::GreekMono,
        "hi" => Language::Hindi,
        "bn" => Language::Bengali,
        "pa" => Language::Panjabi,
        "gu" => Language::Gujarati,
        "ta" => Language::Tamil,
        "ka" => Language::Georgian,
        "hy" => Language::Armenian,
        "kmr" | "ku" => Language::Kurmanji,
        _ => return None,
    })
}
