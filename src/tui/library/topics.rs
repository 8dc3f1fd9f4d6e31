//! The home menu: its topics, from the guide's page roles.

use crate::content::Role;
use crate::document::{Document, Page};

/// One entry of the home menu.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TopicKind {
    About,
    Principles,
    Outcome(u8),
    LeavingCare,
    Next,
    Section,
    /// Words explained: the glossary.
    Words,
    Help,
}

#[derive(Debug, Clone)]
pub struct Topic {
    pub kind: TopicKind,
    /// The pages it shows, by id (the same ids in every edition).
    pub pages: Vec<String>,
}

/// The home menu, from the guide's page roles: about (with the purpose),
/// the principles, the outcomes in order, leaving care, what to do next,
/// then any other section, "Words explained" when there is a glossary,
/// and always "Get help now" last.
pub(super) fn topics_of(guide: &Document) -> Vec<Topic> {
    let ids = |role: Role| -> Vec<String> {
        guide
            .pages
            .iter()
            .filter(|p| p.role == role)
            .map(|p| p.id.clone())
            .collect()
    };
    let mut topics = Vec::new();
    let mut about = ids(Role::About);
    about.extend(ids(Role::Purpose));
    if !about.is_empty() {
        topics.push(Topic {
            kind: TopicKind::About,
            pages: about,
        });
    }
    for id in ids(Role::Principles) {
        topics.push(Topic {
            kind: TopicKind::Principles,
            pages: vec![id],
        });
    }
    let mut outcomes: Vec<&Page> = guide
        .pages
        .iter()
        .filter(|p| p.role == Role::Outcome)
        .collect();
    outcomes.sort_by_key(|p| p.outcome.unwrap_or(u8::MAX));
    for p in outcomes {
        topics.push(Topic {
            kind: TopicKind::Outcome(p.outcome.unwrap_or(0)),
            pages: vec![p.id.clone()],
        });
    }
    for (role, kind) in [
        (Role::LeavingCare, TopicKind::LeavingCare),
        (Role::Next, TopicKind::Next),
        (Role::Section, TopicKind::Section),
    ] {
        for id in ids(role) {
            topics.push(Topic {
                kind: kind.clone(),
                pages: vec![id],
            });
        }
    }
    if !guide.glossary.is_empty() {
        topics.push(Topic {
            kind: TopicKind::Words,
            pages: Vec::new(),
        });
    }
    topics.push(Topic {
        kind: TopicKind::Help,
        pages: Vec::new(),
    });
    topics
}
