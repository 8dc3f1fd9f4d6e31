//! The pages, blocks and items of an edition file, checked as they are
//! read, each problem pointing at its place.

use std::collections::BTreeSet;

use serde::Deserialize;
use toml::Spanned;

use super::super::ids::is_valid_id;
use super::super::model::*;
use crate::diag::Diagnostic;
use crate::source::SourceFile;

/// References to check once every edition is loaded: each with where it
/// is written and what it is (`source` or `background`).
pub(super) type PendingRefs = Vec<(SourceRef, std::ops::Range<usize>, &'static str)>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PageDef {
    id: Spanned<String>,
    role: Role,
    outcome: Option<u8>,
    picture: Option<Spanned<String>>,
    background: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    blocks: Vec<BlockDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BlockDef {
    kind: BlockKind,
    id: Spanned<String>,
    #[serde(default)]
    items: Vec<ItemDef>,
    org: Option<Spanned<String>>,
    picture: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemDef {
    id: Spanned<String>,
    picture: Option<Spanned<String>>,
    source: Option<Spanned<String>>,
    #[serde(default)]
    background: Vec<Spanned<String>>,
}

/// What an edition file's head says about the whole edition, checked.
pub(super) struct Head {
    pub(super) layout: Layout,
    pub(super) order: Option<u32>,
    pub(super) background: Vec<SourceRef>,
}

impl Head {
    pub(super) fn check(
        check: &mut Checker,
        edition: &Spanned<String>,
        layout: Option<&Spanned<String>>,
        order: Option<u32>,
        background: &[Spanned<String>],
    ) -> Head {
        check.id(edition, "edition");
        let names = Layout::ALL
            .iter()
            .map(|(_, n)| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(" or ");
        let help = format!(
            "add `layout = \"...\"` after `edition`: {names}; content/README.md says what each is"
        );
        let layout = match layout {
            None => {
                check.error(
                    edition,
                    &format!("edition `{}` does not say its layout", edition.get_ref()),
                    &help,
                );
                Layout::Chapters
            }
            Some(l) => Layout::parse(l.get_ref()).unwrap_or_else(|| {
                check.error(
                    l,
                    &format!("there is no layout `{}`", l.get_ref()),
                    &format!("write {names}; content/README.md says what each is"),
                );
                Layout::Chapters
            }),
        };
        let background = check.references(background, "background");
        Head {
            layout,
            order,
            background,
        }
    }
}

/// The pages of an edition as they are checked.
#[derive(Default)]
pub(super) struct EditionPages {
    pages: Vec<Page>,
    ids: BTreeSet<String>,
}

impl EditionPages {
    pub(super) fn add(&mut self, check: &mut Checker, defs: Vec<PageDef>, layout: Layout) {
        for p in defs {
            check.id(&p.id, "page");
            check.unique(&mut self.ids, &p.id, "page");
            if p.role == Role::Outcome && p.outcome.is_none() {
                check.error(
                    &p.id,
                    "an outcome page needs `outcome = N`",
                    "add the outcome's number, 1 to 4",
                );
            }
            let picture = p.picture.as_ref().map(|pic| check.picture(pic));
            let background = p
                .background
                .map(|refs| check.references(&refs, "background"));
            let mut blocks = Vec::new();
            let mut block_ids = BTreeSet::new();
            for b in p.blocks {
                check.id(&b.id, "block");
                check.unique(&mut block_ids, &b.id, "block");
                blocks.push(check.block(b, layout));
            }
            self.pages.push(Page {
                id: p.id.into_inner(),
                role: p.role,
                outcome: p.outcome,
                picture,
                blocks,
                background,
            });
        }
    }

    pub(super) fn finish(
        self,
        check: Checker,
        id: String,
        head: Head,
    ) -> (Edition, String, PendingRefs) {
        let edition = Edition {
            id,
            layout: head.layout,
            order: head.order,
            background: head.background,
            file: check.file.label.clone(),
            pages: self.pages,
        };
        (edition, check.text.to_string(), check.refs)
    }
}

/// Checks one edition file, pointing every problem at its place.
pub(super) struct Checker<'a> {
    file: &'a SourceFile,
    text: &'a str,
    content: &'a Content,
    diags: &'a mut Vec<Diagnostic>,
    refs: PendingRefs,
    /// Where the part being checked starts in the file: spans are
    /// relative to it.
    pub(super) base: usize,
}

impl<'a> Checker<'a> {
    pub(super) fn new(
        file: &'a SourceFile,
        text: &'a str,
        content: &'a Content,
        diags: &'a mut Vec<Diagnostic>,
    ) -> Checker<'a> {
        Checker {
            file,
            text,
            content,
            diags,
            refs: Vec::new(),
            base: 0,
        }
    }

    /// Where `at` is in the whole file.
    fn span(&self, at: &Spanned<String>) -> std::ops::Range<usize> {
        let span = at.span();
        span.start + self.base..span.end + self.base
    }

    pub(super) fn error(&mut self, at: &Spanned<String>, message: &str, help: &str) {
        let span = self.span(at);
        self.diags.push(
            Diagnostic::error(message)
                .with_code("bad-content")
                .at_offset(&self.file.label, self.text, span.start, span.len())
                .with_help(help),
        );
    }

    pub(super) fn id(&mut self, id: &Spanned<String>, what: &str) {
        if !is_valid_id(id.get_ref()) {
            self.error(
                id,
                &format!("`{}` is not a valid {what} id", id.get_ref()),
                "ids use lowercase letters, digits and single '-', e.g. `outcome-1`",
            );
        }
    }

    fn unique(&mut self, seen: &mut BTreeSet<String>, id: &Spanned<String>, what: &str) {
        if !seen.insert(id.get_ref().clone()) {
            self.error(
                id,
                &format!("{what} id `{}` is used twice", id.get_ref()),
                "give each one its own id",
            );
        }
    }

    fn picture(&mut self, pic: &Spanned<String>) -> String {
        if !self.content.pictures.contains_key(pic.get_ref()) {
            self.error(
                pic,
                &format!("there is no picture `{}`", pic.get_ref()),
                "add content/pictures/<id>.svg and .txt, or use an existing picture id",
            );
        }
        pic.get_ref().clone()
    }

    fn block(&mut self, b: BlockDef, layout: Layout) -> Block {
        let mut item_ids = BTreeSet::new();
        let mut items = Vec::new();
        let needs_items = matches!(b.kind, BlockKind::List | BlockKind::Statements);
        if needs_items && b.items.is_empty() {
            self.error(
                &b.id,
                "this block needs `items`",
                "list its items as { id = \"...\" }",
            );
        }
        for it in b.items {
            self.id(&it.id, "item");
            self.unique(&mut item_ids, &it.id, "item");
            let picture = it.picture.as_ref().map(|p| self.picture(p));
            let source = it.source.as_ref().and_then(|s| self.reference(s, "source"));
            let background = self.references(&it.background, "background");
            if layout == Layout::Statements && b.kind == BlockKind::Statements {
                if picture.is_none() {
                    self.error(
                        &it.id,
                        "every easy-read statement needs a picture",
                        "add picture = \"<id>\" (see content/pictures.md)",
                    );
                }
                if source.is_none() && it.source.is_none() {
                    self.error(
                        &it.id,
                        "every easy-read statement needs a source",
                        "add source = \"guide/<page>/<block>/<item>\"",
                    );
                }
            }
            items.push(Item {
                id: it.id.into_inner(),
                picture,
                source,
                background,
            });
        }
        let org = b.org.as_ref().map(|o| {
            if self.content.facts.get(o.get_ref(), "phone").is_none()
                || self.content.facts.get(o.get_ref(), "name").is_none()
            {
                self.error(
                    o,
                    &format!("facts.toml has no `{}` with a name and phone", o.get_ref()),
                    "add [<org>] name = ... phone = ... to content/facts.toml",
                );
            }
            o.get_ref().clone()
        });
        if b.kind == BlockKind::Contact && org.is_none() {
            self.error(
                &b.id,
                "a contact block needs `org`",
                "name the facts.toml table of the organisation",
            );
        }
        let picture = b.picture.as_ref().map(|p| self.picture(p));
        if b.kind == BlockKind::Picture && picture.is_none() {
            self.error(
                &b.id,
                "a picture block needs `picture`",
                "name a picture id",
            );
        }
        Block {
            id: b.id.into_inner(),
            kind: b.kind,
            items,
            org,
            picture,
        }
    }

    /// Each of `refs`, checked as references to blocks.
    pub(super) fn references(
        &mut self,
        refs: &[Spanned<String>],
        what: &'static str,
    ) -> Vec<SourceRef> {
        refs.iter()
            .filter_map(|r| self.reference(r, what))
            .collect()
    }

    /// A reference to a block (or item) of an edition: `what` says what
    /// it is for (`source`, `background`).
    fn reference(&mut self, s: &Spanned<String>, what: &'static str) -> Option<SourceRef> {
        match SourceRef::parse(s.get_ref()) {
            Some(r) => {
                self.refs.push((r.clone(), self.span(s), what));
                Some(r)
            }
            None => {
                self.error(
                    s,
                    &format!("`{}` is not a {what} reference", s.get_ref()),
                    "write edition/page/block or edition/page/block/item",
                );
                None
            }
        }
    }
}
