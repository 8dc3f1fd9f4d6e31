//! How much of each edition a locale translates, for `locale status`, the
//! build report and the publishing threshold.

use std::collections::{BTreeMap, HashSet};

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
    part_of_sorted(id, &longest_first(editions))
}

/// Longest edition id first, so `easy-read-...` is not taken for `easy-...`.
fn longest_first<'a>(editions: &[&'a str]) -> Vec<&'a str> {
    let mut sorted: Vec<&'a str> = editions.to_vec();
    sorted.sort_by_key(|e| std::cmp::Reverse(e.len()));
    sorted
}

/// [`part_of`], with the editions already [`longest_first`].
fn part_of_sorted<'a>(id: &str, sorted: &[&'a str]) -> Option<&'a str> {
    if INTERFACE_PREFIXES.iter().any(|p| id.starts_with(p)) {
        return Some(INTERFACE);
    }
    sorted
        .iter()
        .copied()
        .find(|e| id.strip_prefix(e).is_some_and(|rest| rest.starts_with('-')))
}

/// Every message id of `locale`, once.
fn ids(locale: &Locale) -> HashSet<&str> {
    locale.files.iter().flat_map(|f| f.ids()).collect()
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
    // (A large edition has many thousands; they are borrowed, not copied.)
    let english = ids(source);
    let ours = ids(locale);
    let translated = |id: &str| ours.contains(id);
    let sorted = longest_first(editions);
    let mut counts: BTreeMap<&str, Coverage> = editions
        .iter()
        .copied()
        .chain([INTERFACE])
        .map(|part| (part, Coverage::default()))
        .collect();
    for id in english {
        let Some(part) = part_of_sorted(id, &sorted) else {
            continue;
        };
        let c = counts.entry(part).or_default();
        c.total += 1;
        if translated(id) {
            c.translated += 1;
        }
    }
    out.extend(counts.into_iter().map(|(part, c)| (part.to_string(), c)));
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
