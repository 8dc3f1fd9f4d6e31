//! Which language to use: `--lang` if given, else the environment
//! (LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them), else the
//! source locale. Matching uses fluent-langneg, so `cy_GB.UTF-8` finds
//! `cy` and `pt-PT` finds `pt-BR` when that is all there is.

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

use super::{Locales, SOURCE_LOCALE};

/// A POSIX locale name (`cy_GB.UTF-8@euro`) as a language tag, or `None`
/// for `C`, `POSIX` and empty values.
pub fn posix_to_langid(value: &str) -> Option<LanguageIdentifier> {
    let base = value.split(['.', '@']).next()?.trim();
    if base.is_empty() || base == "C" || base == "POSIX" {
        return None;
    }
    base.replace('_', "-").parse().ok()
}

/// The language the environment asks for, if any.
pub fn from_env(get: impl Fn(&str) -> Option<String>) -> Option<LanguageIdentifier> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|k| get(k).filter(|v| !v.is_empty()))
        .and_then(|v| posix_to_langid(&v))
}

/// The best shipped locale for `requested`, falling back to the source.
pub fn best_match(locales: &Locales, requested: &LanguageIdentifier) -> LanguageIdentifier {
    let available: Vec<LanguageIdentifier> = locales.list.iter().map(|l| l.tag.clone()).collect();
    let default: LanguageIdentifier = SOURCE_LOCALE.parse().expect("valid tag");
    negotiate_languages(
        std::slice::from_ref(requested),
        &available,
        Some(&default),
        NegotiationStrategy::Lookup,
    )
    .first()
    .map(|l| (*l).clone())
    .unwrap_or(default)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posix_names() {
        assert_eq!(posix_to_langid("cy_GB.UTF-8").unwrap().to_string(), "cy-GB");
        assert_eq!(posix_to_langid("fa_IR@calendar"), "fa-IR".parse().ok());
        assert_eq!(posix_to_langid("C.UTF-8"), None);
        assert_eq!(posix_to_langid("POSIX"), None);
    }

    #[test]
    fn env_order() {
        let env = |k: &str| match k {
            "LC_ALL" => Some(String::new()),
            "LC_MESSAGES" => Some("pl_PL.UTF-8".into()),
            "LANG" => Some("en_GB.UTF-8".into()),
            _ => None,
        };
        assert_eq!(from_env(env).unwrap().to_string(), "pl-PL");
    }
}
