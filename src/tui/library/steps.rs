//! A topic as easy-read steps: a title card per page, then one
//! statement at a time.

use std::rc::Rc;

use fluent_bundle::FluentValue;

use super::paras::Anchor;
use super::{Layout, Library};
use crate::content::{Role, SourceRef};
use crate::document::{Block, Picture};
use crate::markup::Text;
use crate::tui::words::Words;

#[derive(Debug, Clone, PartialEq)]
pub enum StepKind {
    /// The page's picture and heading (with, for an outcome, its short
    /// introduction).
    Title,
    Statement,
    Contact {
        name: String,
        phone: String,
    },
}

/// One screen of an easy-read topic.
#[derive(Debug, Clone)]
pub struct Step {
    pub kind: StepKind,
    pub anchor: Anchor,
    /// The heading of the part it belongs to ("What this means for you").
    pub heading: Option<Text>,
    pub picture: Option<Picture>,
    pub text: Text,
    /// More short statements shown with it (an outcome's introduction).
    pub extra: Vec<Text>,
    pub source: Option<SourceRef>,
    /// (n, total) among the topic's statements, for "3 of 25".
    pub number: Option<(usize, usize)>,
    /// What is said instead of the text when read aloud (the
    /// translator's `.spoken` form), if any.
    pub spoken: Option<String>,
}

impl Library {
    /// A topic as easy-read steps: a title card per page, then one
    /// statement at a time.
    pub fn steps(&self, topic: usize, edition: Layout) -> Rc<Vec<Step>> {
        if let Some(s) = self.steps_cache.borrow().get(&(topic, edition)) {
            return Rc::clone(s);
        }
        let s = Rc::new(self.shape_steps(topic, edition));
        self.steps_cache
            .borrow_mut()
            .insert((topic, edition), Rc::clone(&s));
        s
    }

    fn shape_steps(&self, topic: usize, edition: Layout) -> Vec<Step> {
        let mut out: Vec<Step> = Vec::new();
        let Some(t) = self.topics.get(topic) else {
            return out;
        };
        let doc = self.doc(edition);
        for page_id in &t.pages {
            let Some(page) = doc.page(page_id) else {
                continue;
            };
            let anchor = |block: Option<&str>, item: Option<&str>| Anchor {
                page: page.id.clone(),
                block: block.map(str::to_string),
                item: item.map(str::to_string),
            };
            let mut blocks = page.blocks.iter().peekable();
            // An outcome's short introduction goes on its title card.
            let mut extra = Vec::new();
            if page.role == Role::Outcome
                && let Some(Block::Statements { items, .. }) = blocks.peek()
                && page
                    .blocks
                    .iter()
                    .any(|b| matches!(b, Block::Heading { .. }))
            {
                extra = items.iter().map(|i| i.text.clone()).collect();
                blocks.next();
            }
            out.push(Step {
                kind: StepKind::Title,
                anchor: anchor(None, None),
                heading: None,
                picture: page.picture.clone(),
                text: Text::plain_str(&page.heading_text()),
                extra,
                source: None,
                number: None,
                spoken: None,
            });
            let mut heading: Option<Text> = None;
            for block in blocks {
                let id = Some(block.id());
                let statement = |text: &Text,
                                 picture: Option<&Picture>,
                                 source: Option<&SourceRef>,
                                 item: Option<&str>,
                                 heading: &Option<Text>| Step {
                    kind: StepKind::Statement,
                    anchor: anchor(id, item),
                    heading: heading.clone(),
                    picture: picture.cloned(),
                    text: text.clone(),
                    extra: Vec::new(),
                    source: source.cloned(),
                    number: None,
                    spoken: None,
                };
                match block {
                    Block::Heading { text, .. } => heading = Some(text.clone()),
                    Block::Paragraph { text, .. } | Block::Quote { text, .. } => {
                        if !text.is_empty() {
                            out.push(statement(text, None, None, None, &heading))
                        }
                    }
                    Block::List { items, .. } | Block::Statements { items, .. } => {
                        for item in items {
                            out.push(Step {
                                spoken: item.spoken.clone(),
                                ..statement(
                                    &item.text,
                                    item.picture.as_ref(),
                                    item.source.as_ref(),
                                    Some(&item.id),
                                    &heading,
                                )
                            })
                        }
                    }
                    Block::Contact { contact, text, .. } => out.push(Step {
                        kind: StepKind::Contact {
                            name: contact.name.clone(),
                            phone: contact.phone.clone(),
                        },
                        anchor: anchor(id, None),
                        heading: heading.clone(),
                        picture: self.help_picture().cloned(),
                        text: text.clone(),
                        extra: Vec::new(),
                        source: None,
                        number: None,
                        spoken: None,
                    }),
                    Block::Picture { .. } => {}
                }
            }
        }
        let total = out.iter().filter(|s| s.kind != StepKind::Title).count();
        let mut n = 0;
        for s in out.iter_mut().filter(|s| s.kind != StepKind::Title) {
            n += 1;
            s.number = Some((n, total));
        }
        out
    }
}

/// Formats "3 of 25".
pub fn step_count(words: &Words, n: usize, total: usize) -> String {
    words.plain_with(
        "kiosk-step-count",
        &[
            ("current", FluentValue::from(n as f64)),
            ("total", FluentValue::from(total as f64)),
        ],
    )
}
