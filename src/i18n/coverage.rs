//! How much of each edition a locale translates, for `locale status`, the
//! build report and the publishing threshold.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{Locale, Locales};

/// The interface is counted as one more "edition".
pub const INTERFACE: &str = "interface";
const INTERFACE_PREFIXES: &[&str] = &["ui-", "site-", "kiosk-", "picture-", "glossary-"];

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Default)]
pub struct Coverage {
    pub total: usize,
    pub translated: usize,
}

impl Coverage {
    pub fn percent(&self) -> f64 {
        if self.total == 0 {
            100.0
        } else {
            100.0 * self.translated as f64 / self.total as f64
        }
    }
}

/// Which part a message id belongs to: an edition id or [`INTERFACE`].
pub fn part_of<'a>(id: &str, editions: &[&'a str]) -> Option<&'a str> {
    if INTERFACE_PREFIXES.iter().any(|p| id.starts_with(p)) {
        return Some(INTERFACE);
    }
    // Longest edition id first, so `easy-read-...` is not taken for `easy-...`.
    let mut sorted: Vec<&'a str> = editions.to_vec();
    sorted.sort_by_key(|e| std::cmp::Reverse(e.len()));
    sorted
        .into_iter()
        .find(|e| id.strip_prefix(e).is_some_and(|rest| rest.starts_with('-')))
}

/// Coverage of `locale` per part, against the source locale.
pub fn coverage(
    locales: &Locales,
    locale: &Locale,
    editions: &[&str],
) -> BTreeMap<String, Coverage> {
    let mut out: BTreeMap<String, Coverage> = BTreeMap::new();
    let Some(source) = locales.source() else {
        return out;
    };
    // The ids the line scanner found at load time: no need to parse again.
    let ids = |l: &Locale| {
        l.files
            .iter()
            .flat_map(|f| f.messages.keys().cloned())
            .collect::<std::collections::BTreeSet<String>>()
    };
    let english = ids(source);
    let translated = ids(locale);
    for part in editions.iter().copied().chain([INTERFACE]) {
        out.insert(part.to_string(), Coverage::default());
    }
    for id in &english {
        let Some(part) = part_of(id, editions) else {
            continue;
        };
        let c = out.entry(part.to_string()).or_default();
        c.total += 1;
        if translated.contains(id) {
            c.translated += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts() {
        let eds = ["guide", "easy-read", "framework"];
        assert_eq!(part_of("easy-read-about-title", &eds), Some("easy-read"));
        assert_eq!(part_of("guide-about-p1", &eds), Some("guide"));
        assert_eq!(part_of("site-skip-link", &eds), Some(INTERFACE));
        assert_eq!(part_of("picture-safe-alt", &eds), Some(INTERFACE));
        assert_eq!(part_of("other", &eds), None);
    }
}
