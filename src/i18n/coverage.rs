//! How much of each edition a locale translates, for `locale status`, the
//! build report and the publishing threshold.

use std::collections::{BTreeMap, HashSet};

use serde::Serialize;

use super::ftl::{FtlMessage, locale_messages};
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
    /// The whole percent translated, rounded down: 99.53% is 99%, so a
    /// language shows 100% only when every message is there.
    pub fn percent(&self) -> f64 {
        (100 * self.translated)
            .checked_div(self.total)
            .map_or(100.0, |p| p as f64)
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
#[cfg(test)]
fn ids(locale: &Locale) -> HashSet<&str> {
    locale.files.iter().flat_map(|f| f.ids()).collect()
}

/// The ids of `locale` that count as translated: the message parses (the
/// reference parser finds no error in it, see [`super::syntax`]) and
/// resolves: it uses only variables and terms its English uses, and
/// refers only to messages that exist. Anything else is shown in English
/// (or not at all), so it is not counted.
fn counted<'a>(
    locale: &'a Locale,
    english: &BTreeMap<String, (usize, FtlMessage)>,
) -> HashSet<&'a str> {
    let ours = locale_messages(locale);
    let mut out = HashSet::new();
    for (n, file) in locale.files.iter().enumerate() {
        for id in file.ids() {
            if !file.parses(id) || out.contains(id) {
                continue;
            }
            // A file later in the list never replaces an earlier one.
            if locale.files[..n].iter().any(|f| f.has(id)) {
                continue;
            }
            let resolves = match (ours.get(id), english.get(id)) {
                (Some((_, m)), Some((_, en))) => {
                    m.variables.is_subset(&en.variables)
                        && m.terms.is_subset(&en.terms)
                        && m.references
                            .iter()
                            .all(|r| ours.contains_key(r) || english.contains_key(r))
                }
                // No value (only attributes), or not in the English.
                _ => true,
            };
            if resolves {
                out.insert(id);
            }
        }
    }
    out
}

/// Every message id of `locale` once, in order: each file's ids are
/// sorted, so merging them needs no set (a large edition has tens of
/// thousands, and this runs while everything else is in memory).
fn unique_ids(locale: &Locale) -> Vec<&str> {
    let mut files: Vec<_> = locale.files.iter().map(|f| f.ids().peekable()).collect();
    let mut out: Vec<&str> = Vec::new();
    loop {
        let next = files.iter_mut().filter_map(|f| f.peek().copied()).min();
        let Some(id) = next else {
            return out;
        };
        for f in &mut files {
            f.next_if_eq(&id);
        }
        out.push(id);
    }
}

/// The source locale's messages, each with its part: what every other
/// locale is counted against. Made once when several locales are counted.
struct SourceParts<'a> {
    source: &'a Locale,
    /// (id, part), in the order of the ids.
    ids: Vec<(&'a str, &'a str)>,
    totals: BTreeMap<&'a str, usize>,
    english: BTreeMap<String, (usize, FtlMessage)>,
}

impl<'a> SourceParts<'a> {
    fn new(source: &'a Locale, editions: &[&'a str]) -> SourceParts<'a> {
        let sorted = longest_first(editions);
        let mut totals: BTreeMap<&str, usize> = editions
            .iter()
            .copied()
            .chain([INTERFACE])
            .map(|part| (part, 0))
            .collect();
        let ids: Vec<(&str, &str)> = unique_ids(source)
            .into_iter()
            .filter_map(|id| part_of_sorted(id, &sorted).map(|p| (id, p)))
            .collect();
        for (_, p) in &ids {
            *totals.entry(p).or_default() += 1;
        }
        SourceParts {
            source,
            ids,
            totals,
            english: locale_messages(source),
        }
    }

    fn coverage(&self, locale: &Locale) -> BTreeMap<String, Coverage> {
        let mut counts: BTreeMap<&str, Coverage> = self
            .totals
            .iter()
            .map(|(&p, &total)| {
                (
                    p,
                    Coverage {
                        total,
                        translated: 0,
                    },
                )
            })
            .collect();
        if std::ptr::eq(locale, self.source) {
            for c in counts.values_mut() {
                c.translated = c.total;
            }
        } else {
            let ours = counted(locale, &self.english);
            for (id, p) in &self.ids {
                if ours.contains(id) {
                    counts.entry(p).or_default().translated += 1;
                }
            }
        }
        counts
            .into_iter()
            .map(|(p, c)| (p.to_string(), c))
            .collect()
    }
}

/// Coverage of `locale` per part, against the source locale.
pub fn coverage(
    locales: &Locales,
    locale: &Locale,
    editions: &[&str],
) -> BTreeMap<String, Coverage> {
    match locales.source() {
        Some(source) => SourceParts::new(source, editions).coverage(locale),
        None => BTreeMap::new(),
    }
}

/// [`coverage`] of every locale (by tag), the source counted once.
pub fn coverage_of_all(
    locales: &Locales,
    editions: &[&str],
) -> BTreeMap<String, BTreeMap<String, Coverage>> {
    let Some(source) = locales.source() else {
        return BTreeMap::new();
    };
    let parts = SourceParts::new(source, editions);
    locales
        .list
        .iter()
        .map(|l| (l.tag_str(), parts.coverage(l)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_round_down() {
        let c = |translated, total| Coverage { total, translated }.percent();
        assert_eq!(c(212, 213), 99.0); // 99.53%
        assert_eq!(c(213, 213), 100.0);
        assert_eq!(c(1, 3), 33.0);
        assert_eq!(c(2, 3), 66.0);
        assert_eq!(c(0, 0), 100.0);
    }

    #[test]
    fn parts() {
        let eds = ["guide", "easy-read", "framework"];
        assert_eq!(part_of("easy-read-about-title", &eds), Some("easy-read"));
        assert_eq!(part_of("guide-about-p1", &eds), Some("guide"));
        assert_eq!(part_of("site-skip-link", &eds), Some(INTERFACE));
        assert_eq!(part_of("picture-safe-alt", &eds), Some(INTERFACE));
        assert_eq!(part_of("other", &eds), None);
    }

    #[test]
    fn every_language_counted_at_once_as_one_by_one() {
        let project = crate::project::Project::embedded();
        let eds: Vec<&str> = project
            .content
            .editions
            .iter()
            .map(|e| e.id.as_str())
            .collect();
        let all = coverage_of_all(&project.locales, &eds);
        assert_eq!(all.len(), project.locales.list.len());
        let source_ids = ids(project.locales.source().unwrap());
        for l in &project.locales.list {
            // Counted the plain way: each source id, looked up in each file.
            let mut naive: BTreeMap<String, Coverage> = BTreeMap::new();
            for id in &source_ids {
                if let Some(part) = part_of(id, &eds) {
                    let c = naive.entry(part.to_string()).or_default();
                    c.total += 1;
                    c.translated += usize::from(l.files.iter().any(|f| f.has(id)));
                }
            }
            assert_eq!(all[&l.tag_str()], naive, "{}", l.tag);
            assert_eq!(coverage(&project.locales, l, &eds), naive);
        }
        let source = &all["en-GB"];
        assert!(
            source
                .values()
                .all(|c| c.translated == c.total && c.total > 0)
        );
        // The source's ids, merged from its sorted files, once each.
        let source_locale = project.locales.source().unwrap();
        let merged = unique_ids(source_locale);
        assert!(merged.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(merged.len(), ids(source_locale).len());
    }
}
