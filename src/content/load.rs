//! Reads `content/` into a [`Content`] and checks it: ids are valid and
//! unique, pictures exist in both forms, sources point at real blocks,
//! contact blocks name a facts group with a phone number.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;
use toml::Spanned;
use unicode_width::UnicodeWidthStr;

use super::ids::is_valid_id;
use super::model::*;
use crate::diag::Diagnostic;
use crate::source::{SourceFile, Sources};

/// The order editions are listed in menus and indexes: the children's
/// editions first.
const EDITION_ORDER: &[&str] = &["guide", "easy-read", "framework"];

pub(super) const PICTURE_MAX_ROWS: usize = 12;
pub(super) const PICTURE_MAX_COLS: usize = 32;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EditionFile {
    edition: Spanned<String>,
    #[serde(default)]
    pages: Vec<PageDef>,
}

/// An edition file up to its first page.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EditionHead {
    edition: Spanned<String>,
}

/// One `[[pages]]` part of an edition file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PagesPart {
    pages: Vec<PageDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PageDef {
    id: Spanned<String>,
    role: Role,
    outcome: Option<u8>,
    picture: Option<Spanned<String>>,
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
}

/// Loads and checks everything under `content/`. Returns what could be
/// loaded and every problem found; any error diagnostic means the content
/// must not be published.
pub fn load_content(sources: &Sources) -> (Content, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let mut content = Content {
        facts: load_facts(sources, &mut diags),
        pictures: load_pictures(sources, &mut diags),
        publish: load_publish(sources, &mut diags),
        glossary: {
            let (g, d) = super::glossary::load_glossary(sources);
            diags.extend(d);
            g
        },
        editions: Vec::new(),
    };
    let mut pending = Vec::new();
    for (rel, file) in sources.under("content/editions/") {
        if !rel.ends_with(".toml") {
            continue;
        }
        if let Some((edition, text, refs)) = load_edition(file, &content, &mut diags) {
            if content.edition(&edition.id).is_some() {
                diags.push(
                    Diagnostic::error(format!("edition `{}` is defined twice", edition.id))
                        .at_position(&file.label, 1, 1),
                );
                continue;
            }
            content.editions.push(edition);
            pending.push((file.label.clone(), text, refs));
        }
    }
    content.editions.sort_by_key(|e| {
        (
            EDITION_ORDER
                .iter()
                .position(|o| *o == e.id)
                .unwrap_or(usize::MAX),
            e.id.clone(),
        )
    });
    // Sources can point across editions, so check them once all are loaded.
    for (label, text, refs) in pending {
        for (r, span) in refs {
            if !content.has_source(&r) {
                diags.push(
                    Diagnostic::error(format!("source `{r}` does not name a block of any edition"))
                        .with_code("bad-source")
                        .at_offset(&label, &text, span.start, span.len())
                        .with_help("write edition/page/block or edition/page/block/item, using ids from content/editions/"),
                );
            }
        }
    }
    if content.editions.is_empty() {
        diags.push(
            Diagnostic::error("no editions found in content/editions/").with_help(
                "each edition is a file content/editions/<id>.toml; see content/README.md",
            ),
        );
    }
    (content, diags)
}

fn toml_error(file: &SourceFile, text: &str, e: &toml::de::Error) -> Diagnostic {
    let d = Diagnostic::error(format!(
        "{} is not valid here: {}",
        file.label,
        e.message().trim()
    ))
    .with_code("bad-toml");
    match e.span() {
        Some(span) => d.at_offset(&file.label, text, span.start, span.len()),
        None => d.at_position(&file.label, 1, 1),
    }
    .with_help("see content/README.md for the format of content files")
}

fn load_facts(sources: &Sources, diags: &mut Vec<Diagnostic>) -> Facts {
    let Some(file) = sources.get("content/facts.toml") else {
        diags.push(
            Diagnostic::error("content/facts.toml is missing")
                .with_help("it holds the phone numbers and web addresses; see content/README.md"),
        );
        return Facts::default();
    };
    let text = match file.text() {
        Ok(t) => t,
        Err(d) => {
            diags.push(d);
            return Facts::default();
        }
    };
    match toml::from_str::<BTreeMap<String, FactsEntry>>(text) {
        Ok(entries) => {
            let mut facts = Facts::default();
            let mut groups = Vec::new();
            for (name, entry) in entries {
                match entry {
                    FactsEntry::Group(kv) => groups.push((name, kv)),
                    FactsEntry::List(lines) if name == GET_HELP_NOW => {
                        super::help_lines::read_list(&mut facts, lines, file, text, diags)
                    }
                    FactsEntry::List(_) => diags.push(
                        Diagnostic::error(format!("`{name}` in facts.toml is a list"))
                            .with_code("bad-facts")
                            .at_position(&file.label, 1, 1)
                            .with_help(format!("facts are tables of words (`[{name}]` then `key = \"...\"`); the only list is `{GET_HELP_NOW}`")),
                    ),
                }
            }
            for (group, kv) in groups {
                for (key, value) in kv {
                    let name = format!("{group}-{key}");
                    if !is_valid_id(&group) || !is_valid_id(&key) {
                        diags.push(
                            Diagnostic::error(format!("fact `{name}` is not a valid name"))
                                .at_offset(
                                    &file.label,
                                    text,
                                    value.span().start,
                                    value.span().len(),
                                )
                                .with_help("use lowercase letters, digits and '-' in fact names"),
                        );
                    }
                    if key == "phone" && !is_uk_phone(value.get_ref()) {
                        diags.push(
                            Diagnostic::error(format!("`{}` does not look like a UK phone number", value.get_ref()))
                                .with_code("bad-phone")
                                .at_offset(&file.label, text, value.span().start, value.span().len())
                                .with_help("a child will dial this: copy it exactly from the source: 10 or 11 digits starting with 0 (\"0800 528 0731\"), a short code such as 999, or 0800 1111"),
                        );
                    }
                    facts
                        .groups
                        .entry(group.clone())
                        .or_default()
                        .insert(key, value.into_inner());
                }
            }
            super::help_lines::check_facts(&facts, file, text, diags);
            facts
        }
        Err(e) => {
            diags.push(toml_error(file, text, &e));
            Facts::default()
        }
    }
}

/// The key at the top of facts.toml that lists the help lines of "Get
/// help now", in order.
const GET_HELP_NOW: &str = "get-help-now";

/// A top-level entry of facts.toml: a table of facts, or a list of names
/// (`get-help-now`).
enum FactsEntry {
    Group(BTreeMap<String, Spanned<String>>),
    List(Vec<Spanned<String>>),
}

impl<'de> Deserialize<'de> for FactsEntry {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<FactsEntry, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = FactsEntry;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a table of facts, or the list get-help-now")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut m: A,
            ) -> Result<FactsEntry, A::Error> {
                let mut kv = BTreeMap::new();
                while let Some((k, v)) = m.next_entry::<String, Spanned<String>>()? {
                    kv.insert(k, v);
                }
                Ok(FactsEntry::Group(kv))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut s: A,
            ) -> Result<FactsEntry, A::Error> {
                let mut list = Vec::new();
                while let Some(v) = s.next_element::<Spanned<String>>()? {
                    list.push(v);
                }
                Ok(FactsEntry::List(list))
            }
        }
        d.deserialize_any(Visit)
    }
}

/// UK numbers a child can dial, from Ofcom's numbering plan: the short
/// codes (999, 112, 111, 101, 105, 119), the 116 helplines (116 123), the
/// 10- or 11-digit numbers starting with 0, and the one short freephone
/// number, 0800 1111 (Childline's, 8 digits). Spaces are allowed, as the
/// help lines are written.
fn is_uk_phone(s: &str) -> bool {
    let digits: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    matches!(
        digits.as_str(),
        "999" | "112" | "111" | "101" | "105" | "119"
    ) || (digits.len() == 6 && digits.starts_with("116"))
        || ((10..=11).contains(&digits.len()) && digits.starts_with('0'))
        || (digits.len() == 8 && digits.starts_with("0800"))
}

fn load_publish(sources: &Sources, diags: &mut Vec<Diagnostic>) -> PublishPolicy {
    let Some(file) = sources.get("content/publish.toml") else {
        return PublishPolicy::default();
    };
    let text = match file.text() {
        Ok(t) => t,
        Err(d) => {
            diags.push(d);
            return PublishPolicy::default();
        }
    };
    match toml::from_str::<PublishPolicy>(text) {
        Ok(p) if (0.0..=100.0).contains(&p.threshold) => p,
        Ok(_) => {
            diags.push(
                Diagnostic::error("threshold must be a percent from 0 to 100").at_position(
                    &file.label,
                    1,
                    1,
                ),
            );
            PublishPolicy::default()
        }
        Err(e) => {
            diags.push(toml_error(file, text, &e));
            PublishPolicy::default()
        }
    }
}

fn load_pictures(sources: &Sources, diags: &mut Vec<Diagnostic>) -> BTreeMap<String, Picture> {
    let mut svgs = BTreeMap::new();
    let mut arts = BTreeMap::new();
    for (rel, file) in sources.under("content/pictures/") {
        let name = &rel["content/pictures/".len()..];
        let (stem, ext) = name.rsplit_once('.').unwrap_or((name, ""));
        let text = match file.text() {
            Ok(t) => t,
            Err(d) => {
                diags.push(d);
                continue;
            }
        };
        match ext {
            "svg" => {
                if let Some(d) = unsafe_svg(file, text) {
                    diags.push(d);
                } else {
                    svgs.insert(stem.to_string(), text.to_string());
                }
            }
            "txt" => match terminal_art(file, text) {
                Ok(art) => {
                    arts.insert(stem.to_string(), art);
                }
                Err(d) => diags.push(d),
            },
            _ => {}
        }
    }
    let ids: BTreeSet<String> = svgs.keys().chain(arts.keys()).cloned().collect();
    let mut pictures = BTreeMap::new();
    for id in ids {
        match (svgs.remove(&id), arts.remove(&id)) {
            (Some(svg), Some(terminal)) => {
                pictures.insert(id.clone(), Picture { id, svg, terminal });
            }
            (svg, _) => {
                let missing = if svg.is_none() { "svg" } else { "txt" };
                diags.push(
                    Diagnostic::error(format!(
                        "picture `{id}` has no content/pictures/{id}.{missing}"
                    ))
                    .with_code("picture-incomplete")
                    .with_help("every picture needs an .svg for HTML and a .txt for the terminal"),
                );
            }
        }
    }
    pictures
}

/// Pictures are published as they are, so they must be plain shapes
/// (`super::svg`): nothing that could run code or fetch anything.
fn unsafe_svg(file: &SourceFile, text: &str) -> Option<Diagnostic> {
    let refusal = super::svg::check(text).err()?;
    Some(
        Diagnostic::error(format!("picture refused: {}", refusal.reason))
            .with_code("unsafe-svg")
            .at_offset(&file.label, text, refusal.offset, refusal.len)
            .with_help(
                "pictures must be plain shapes (svg, g, path, circle, ellipse, rect, line, polyline, polygon, title, desc) with geometry and colour attributes: remove scripts, styles, links, event attributes and external images",
            ),
    )
}

fn terminal_art(file: &SourceFile, text: &str) -> Result<String, Diagnostic> {
    let text = text.trim_end_matches(['\n', '\r']);
    let lines: Vec<&str> = text.lines().collect();
    if lines.len() > PICTURE_MAX_ROWS {
        return Err(Diagnostic::error(format!(
            "terminal picture has {} rows, at most {PICTURE_MAX_ROWS} fit",
            lines.len()
        ))
        .at_position(&file.label, PICTURE_MAX_ROWS + 1, 1)
        .with_code("picture-too-big"));
    }
    let mut offset = 0;
    for (n, line) in lines.iter().enumerate() {
        if let Some((i, c)) = line.char_indices().find(|(_, c)| c.is_control()) {
            return Err(Diagnostic::error(format!(
                "terminal picture has the control character U+{:04X}",
                c as u32
            ))
            .at_offset(&file.label, text, offset + i, c.len_utf8())
            .with_code("control-character")
            .with_help("use only printable characters; no tabs or escape codes"));
        }
        if line.width() > PICTURE_MAX_COLS {
            return Err(Diagnostic::error(format!(
                "terminal picture line {} is {} columns wide, at most {PICTURE_MAX_COLS} fit",
                n + 1,
                line.width()
            ))
            .at_offset(&file.label, text, offset, line.len())
            .with_code("picture-too-big"));
        }
        offset += line.len() + 1;
    }
    Ok(lines
        .iter()
        .map(|l| l.trim_end())
        .collect::<Vec<_>>()
        .join("\n"))
}

type PendingRefs = Vec<(SourceRef, std::ops::Range<usize>)>;

fn load_edition(
    file: &SourceFile,
    content: &Content,
    diags: &mut Vec<Diagnostic>,
) -> Option<(Edition, String, PendingRefs)> {
    let text = match file.text() {
        Ok(t) => t,
        Err(d) => {
            diags.push(d);
            return None;
        }
    };
    let mark = diags.len();
    if let Some(edition) = load_in_parts(file, text, content, diags) {
        return Some(edition);
    }
    // A part that is not TOML on its own: the whole file says what is
    // wrong, and where, as an editor would read it.
    diags.truncate(mark);
    let def: EditionFile = match toml::from_str(text) {
        Ok(d) => d,
        Err(e) => {
            diags.push(toml_error(file, text, &e));
            return None;
        }
    };
    let mut check = Checker::new(file, text, content, diags);
    let mut pages = EditionPages::default();
    check.id(&def.edition, "edition");
    pages.add(&mut check, def.pages, def.edition.get_ref());
    Some(pages.finish(check, def.edition.into_inner()))
}

/// An edition parsed a page at a time: the `toml` crate takes about 45
/// times a file's size while it parses it, so a large edition read whole
/// would need far more memory than its text. `None` when a part does not
/// parse on its own (the caller then parses the whole file).
fn load_in_parts(
    file: &SourceFile,
    text: &str,
    content: &Content,
    diags: &mut Vec<Diagnostic>,
) -> Option<(Edition, String, PendingRefs)> {
    let (head, parts) = split_pages(text);
    let head: EditionHead = toml::from_str(head).ok()?;
    let mut check = Checker::new(file, text, content, diags);
    let mut pages = EditionPages::default();
    check.id(&head.edition, "edition");
    for (base, part) in parts {
        let part: PagesPart = toml::from_str(part).ok()?;
        check.base = base;
        pages.add(&mut check, part.pages, head.edition.get_ref());
    }
    check.base = 0;
    Some(pages.finish(check, head.edition.into_inner()))
}

/// The head of an edition file (before its first `[[pages]]` line) and
/// each page's part with its byte offset. A `[[pages]]` line inside a
/// multi-line string would split it, and that part then fails to parse.
fn split_pages(text: &str) -> (&str, Vec<(usize, &str)>) {
    let mut starts = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if is_pages_header(line) {
            starts.push(at);
        }
        at += line.len();
    }
    let parts = starts
        .iter()
        .enumerate()
        .map(|(i, &s)| {
            (
                s,
                &text[s..starts.get(i + 1).copied().unwrap_or(text.len())],
            )
        })
        .collect();
    (
        &text[..starts.first().copied().unwrap_or(text.len())],
        parts,
    )
}

/// Whether `line` is the header `[[pages]]` (spaces allowed, as in TOML).
fn is_pages_header(line: &str) -> bool {
    line.trim_start()
        .strip_prefix("[[")
        .and_then(|r| r.trim_start().strip_prefix("pages"))
        .is_some_and(|r| r.trim_start().starts_with("]]"))
}

/// The pages of an edition as they are checked.
#[derive(Default)]
struct EditionPages {
    pages: Vec<Page>,
    ids: BTreeSet<String>,
}

impl EditionPages {
    fn add(&mut self, check: &mut Checker, defs: Vec<PageDef>, edition: &str) {
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
            let mut blocks = Vec::new();
            let mut block_ids = BTreeSet::new();
            for b in p.blocks {
                check.id(&b.id, "block");
                check.unique(&mut block_ids, &b.id, "block");
                blocks.push(check.block(b, edition));
            }
            self.pages.push(Page {
                id: p.id.into_inner(),
                role: p.role,
                outcome: p.outcome,
                picture,
                blocks,
            });
        }
    }

    fn finish(self, check: Checker, id: String) -> (Edition, String, PendingRefs) {
        let edition = Edition {
            id,
            file: check.file.label.clone(),
            pages: self.pages,
        };
        (edition, check.text.to_string(), check.refs)
    }
}

/// Checks one edition file, pointing every problem at its place.
struct Checker<'a> {
    file: &'a SourceFile,
    text: &'a str,
    content: &'a Content,
    diags: &'a mut Vec<Diagnostic>,
    refs: PendingRefs,
    /// Where the part being checked starts in the file: spans are
    /// relative to it.
    base: usize,
}

impl<'a> Checker<'a> {
    fn new(
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

    fn error(&mut self, at: &Spanned<String>, message: &str, help: &str) {
        let span = self.span(at);
        self.diags.push(
            Diagnostic::error(message)
                .with_code("bad-content")
                .at_offset(&self.file.label, self.text, span.start, span.len())
                .with_help(help),
        );
    }

    fn id(&mut self, id: &Spanned<String>, what: &str) {
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

    fn block(&mut self, b: BlockDef, edition: &str) -> Block {
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
            let source = it.source.as_ref().and_then(|s| self.source(s));
            if edition == "easy-read" && b.kind == BlockKind::Statements {
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

    fn source(&mut self, s: &Spanned<String>) -> Option<SourceRef> {
        match SourceRef::parse(s.get_ref()) {
            Some(r) => {
                self.refs.push((r.clone(), self.span(s)));
                Some(r)
            }
            None => {
                self.error(
                    s,
                    &format!("`{}` is not a source reference", s.get_ref()),
                    "write edition/page/block or edition/page/block/item",
                );
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_uk_phone;

    #[test]
    fn the_numbers_children_dial_are_uk_numbers() {
        for ok in [
            "0800 1111",
            "0800 528 0731",
            "999",
            "111",
            "116 123",
            "020 7946 0000",
            "01632 960000",
        ] {
            assert!(is_uk_phone(ok), "{ok}");
        }
        for bad in [
            "",
            "0800 111",
            "800 528 0731",
            "0800-1111",
            "+44 800 1111",
            "12345",
        ] {
            assert!(!is_uk_phone(bad), "{bad}");
        }
    }
}
