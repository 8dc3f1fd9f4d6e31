//! Where a page of one edition is told in another: the version switcher
//! opens it, so a reader who moves between the guide and the easy read
//! keeps their place.
//!
//! The statements' sources say it best: an easy-read page whose statements
//! come from the guide's outcome 3 is the counterpart of that page, and
//! the other way round. Where no source links the two editions (the guide
//! and the framework), the same page id, then a page that has this page as
//! one of its sections (the framework's "outcomes" page holds a heading
//! for each outcome), then the counterpart through a third edition, then
//! a page with the same role and outcome.

use std::collections::BTreeMap;

use super::{BlockKind, Content, Edition, Page, Role};

/// A page in another edition: its id, and the anchor of the part that
/// tells this page's story when it is only a part of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counterpart {
    pub page: String,
    pub anchor: Option<String>,
}

impl Counterpart {
    fn page(page: &Page) -> Counterpart {
        Counterpart {
            page: page.id.clone(),
            anchor: None,
        }
    }
}

/// The counterpart of page `page` of edition `from` in edition `to`, if
/// any page there tells the same story.
pub fn counterpart(content: &Content, from: &str, page: &str, to: &str) -> Option<Counterpart> {
    let (src, dst) = (content.edition(from)?, content.edition(to)?);
    let p = src.page(page)?;
    direct(src, p, dst)
        .or_else(|| {
            // Through a third edition (easy read -> guide -> framework).
            content
                .editions
                .iter()
                .filter(|mid| mid.id != from && mid.id != to)
                .find_map(|mid| {
                    let m = direct(src, p, mid)?;
                    direct(mid, mid.page(&m.page)?, dst)
                })
        })
        .or_else(|| by_role(p, dst))
}

/// Page id -> edition id -> counterpart.
pub type Counterparts = BTreeMap<String, BTreeMap<String, Counterpart>>;

/// Every page of `edition` with its counterparts in the other editions.
pub fn all(content: &Content, edition: &str) -> Counterparts {
    let Some(ed) = content.edition(edition) else {
        return BTreeMap::new();
    };
    ed.pages
        .iter()
        .map(|p| {
            let others = content
                .editions
                .iter()
                .filter(|o| o.id != ed.id)
                .filter_map(|o| Some((o.id.clone(), counterpart(content, &ed.id, &p.id, &o.id)?)))
                .collect();
            (p.id.clone(), others)
        })
        .collect()
}

/// The counterpart found from the two editions alone: sources, the same
/// id, or a section of the same name.
fn direct(src: &Edition, p: &Page, dst: &Edition) -> Option<Counterpart> {
    by_sources(src, p, dst)
        .or_else(|| dst.page(&p.id).map(Counterpart::page))
        .or_else(|| by_section(p, dst))
}

/// The page most of this page's statements come from, or the page of
/// `dst` most of whose statements come from this page (ties: the first).
fn by_sources(src: &Edition, p: &Page, dst: &Edition) -> Option<Counterpart> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for r in sources(p).filter(|r| r.edition == dst.id) {
        *counts.entry(r.page.as_str()).or_default() += 1;
    }
    for q in &dst.pages {
        let n = sources(q)
            .filter(|r| r.edition == src.id && r.page == p.id)
            .count();
        if n > 0 {
            *counts.entry(q.id.as_str()).or_default() += n;
        }
    }
    let best = counts.values().copied().max()?;
    dst.pages
        .iter()
        .find(|q| counts.get(q.id.as_str()) == Some(&best))
        .map(Counterpart::page)
}

fn sources(p: &Page) -> impl Iterator<Item = &super::SourceRef> {
    p.blocks
        .iter()
        .flat_map(|b| b.items.iter())
        .filter_map(|i| i.source.as_ref())
}

/// A page of `dst` with a block named like this page (the framework's
/// "outcomes" page and its "outcome-3" heading), pointing at that block
/// when it is a heading; or else the first page of `dst` named like one
/// of this page's blocks.
fn by_section(p: &Page, dst: &Edition) -> Option<Counterpart> {
    dst.pages
        .iter()
        .find_map(|q| {
            let b = q.block(&p.id)?;
            Some(Counterpart {
                page: q.id.clone(),
                anchor: (b.kind == BlockKind::Heading).then(|| format!("{}-{}", q.id, b.id)),
            })
        })
        .or_else(|| {
            p.blocks
                .iter()
                .find_map(|b| dst.page(&b.id))
                .map(Counterpart::page)
        })
}

/// A page with the same role (and outcome): "about" for "about".
fn by_role(p: &Page, dst: &Edition) -> Option<Counterpart> {
    if p.role == Role::Section {
        return None;
    }
    dst.pages
        .iter()
        .find(|q| q.role == p.role && q.outcome == p.outcome)
        .map(Counterpart::page)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::project::Project;

    fn find(from: &str, page: &str, to: &str) -> Option<(String, Option<String>)> {
        let p = Project::embedded();
        counterpart(&p.content, from, page, to).map(|c| (c.page, c.anchor))
    }

    #[test]
    fn guide_and_easy_read_keep_the_outcome() {
        for n in 1..=4 {
            let id = format!("outcome-{n}");
            assert_eq!(find("guide", &id, "easy-read"), Some((id.clone(), None)));
            assert_eq!(find("easy-read", &id, "guide"), Some((id.clone(), None)));
        }
    }

    #[test]
    fn every_page_of_guide_and_easy_read_has_a_counterpart_in_the_other() {
        let p = Project::embedded();
        for (from, to) in [("guide", "easy-read"), ("easy-read", "guide")] {
            let all = all(&p.content, from);
            assert!(!all.is_empty());
            for (page, others) in &all {
                let c = others
                    .get(to)
                    .unwrap_or_else(|| panic!("{from}/{page} has no counterpart in {to}"));
                assert!(p.content.edition(to).unwrap().page(&c.page).is_some());
            }
        }
    }

    #[test]
    fn an_outcome_in_the_framework_is_a_section_of_its_outcomes_page() {
        for from in ["guide", "easy-read"] {
            let (page, anchor) = find(from, "outcome-3", "framework").unwrap();
            assert_eq!(page, "outcomes");
            // The anchor is the heading's id on that page (see html::blocks).
            assert_eq!(anchor.as_deref(), Some("outcomes-outcome-3"));
        }
        assert_eq!(
            find("framework", "principles", "guide").unwrap().0,
            "principles"
        );
        assert_eq!(find("guide", "nowhere", "framework"), None);
    }
}
