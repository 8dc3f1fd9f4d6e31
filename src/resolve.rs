//! Content + one locale -> a [`Document`]. Every message goes through the
//! localizer (fallback chain, facts as variables), the sanitiser and the
//! inline-markup parser; every problem becomes a diagnostic and the
//! document is still complete, so the kiosk can always show something.

use crate::content::{self, BlockKind, Content, ids};
use crate::diag::Diagnostic;
use crate::document::{self as doc, Document, LocaleInfo, UiText};
use crate::i18n::{Locale, Localizer};
use crate::markup::{Text, parse_inline};

/// The notices' messages (the policy of which notice a document carries
/// is [`Document::notice`]).
pub use crate::document::{DRAFT_NOTICE, DRAFT_NOTICE_EN, ENGLISH_ONLY_NOTICE};
/// The title of the glossary ("Words explained"), carried with the
/// interface's words although it lives in glossary.ftl.
pub const GLOSSARY_HEADING: &str = "glossary-heading";

/// Prefixes of interface messages carried in every document.
pub const UI_PREFIXES: &[&str] = &["ui-", "site-"];

/// Resolves one edition with `l10n`. Returns `None` only when the edition
/// does not exist.
pub fn resolve(
    content: &Content,
    edition: &str,
    l10n: &Localizer,
    diags: &mut Vec<Diagnostic>,
) -> Option<Document> {
    resolve_pages(content, edition, l10n, diags, true)
}

/// Like [`resolve`], but the pages without their blocks (an outline: the
/// pages' labels, titles and pictures), so that a large edition need not
/// be held whole; [`page_blocks`] gives each page's blocks in turn.
pub fn outline(
    content: &Content,
    edition: &str,
    l10n: &Localizer,
    diags: &mut Vec<Diagnostic>,
) -> Option<Document> {
    resolve_pages(content, edition, l10n, diags, false)
}

/// The blocks of page `n` of `edition` (as [`resolve`] gives them).
pub fn page_blocks(
    content: &Content,
    edition: &str,
    n: usize,
    l10n: &Localizer,
    diags: &mut Vec<Diagnostic>,
) -> Vec<doc::Block> {
    let Some(page) = content.edition(edition).and_then(|ed| ed.pages.get(n)) else {
        return Vec::new();
    };
    Resolver { content, l10n }.blocks(edition, page, diags)
}

fn resolve_pages(
    content: &Content,
    edition: &str,
    l10n: &Localizer,
    diags: &mut Vec<Diagnostic>,
    with_blocks: bool,
) -> Option<Document> {
    let ed = content.edition(edition)?;
    let r = Resolver { content, l10n };
    let pages = ed
        .pages
        .iter()
        .map(|p| {
            let mut page = r.page_head(&ed.id, p, diags);
            if with_blocks {
                page.blocks = r.blocks(&ed.id, p, diags);
            }
            page
        })
        .collect();
    // Other editions' titles, for switchers: their own resolution reports
    // any problem with them, so nothing is reported twice here.
    let editions = content
        .editions
        .iter()
        .map(|e| {
            (
                e.id.clone(),
                r.text(&ids::edition_title(&e.id), &mut Vec::new()),
            )
        })
        .collect();
    Some(Document {
        edition: ed.id.clone(),
        layout: ed.layout,
        locale: locale_info(l10n.locale().expect("a localizer has a locale")),
        title: r.text(&ids::edition_title(&ed.id), diags),
        description: r.text(&ids::edition_description(&ed.id), diags),
        pages,
        content_locale: None,
        ui: r.ui(diags),
        glossary: glossary(content, l10n),
        word_pictures: r.word_pictures(),
        words_picture: content.glossary.picture.clone(),
        languages: Vec::new(),
        editions,
        counterparts: crate::content::counterpart::all(content, &ed.id),
        audio: None,
        base_url: None,
        help_lines: content
            .facts
            .get_help_now
            .iter()
            .map(|line| r.contact(line))
            .collect(),
    })
}

/// The glossary in this locale. Its problems are the editors' checks' to
/// report, so they are not reported again here.
pub fn glossary(
    content: &Content,
    l10n: &Localizer,
) -> Vec<crate::content::glossary::GlossaryEntry> {
    let mut sink = Vec::new();
    crate::content::glossary::resolve_with(&content.glossary, |id| {
        if l10n.has(id) {
            l10n.format(id, &mut sink).text.map(String::from)
        } else {
            None
        }
    })
}

pub fn locale_info(l: &Locale) -> LocaleInfo {
    LocaleInfo {
        tag: l.tag_str(),
        name: l.meta.name.clone(),
        english_name: l.meta.english_name.clone(),
        dir: l.meta.direction,
        status: l.meta.status,
        voice: l.meta.voice.clone(),
    }
}

struct Resolver<'a> {
    content: &'a Content,
    l10n: &'a Localizer,
}

impl Resolver<'_> {
    /// Formats and parses message `id`. A missing or broken message gives
    /// empty text (the diagnostic says why) rather than a raw id or `{$x}`.
    /// The text carries the language it was formatted in when that is a
    /// fallback (not yet translated), so every output can mark and speak it.
    fn text(&self, id: &str, diags: &mut Vec<Diagnostic>) -> Text {
        let formatted = self.l10n.format(id, diags);
        let Some(raw) = formatted.text else {
            return Text::default();
        };
        let lang = self.l10n.text_lang(formatted.from.as_ref());
        match parse_inline(&raw) {
            Ok(t) => t,
            Err(e) => {
                diags.push(self.markup_error(id, &e));
                Text::plain_str(&raw)
            }
        }
        .in_lang(lang)
    }

    fn markup_error(&self, id: &str, e: &crate::markup::MarkupError) -> Diagnostic {
        let d = Diagnostic::error(format!("in `{id}`: {}", e.message))
            .with_code("markup")
            .with_help(e.help);
        // Point at the offending text itself when it can be found after the
        // message's first line.
        for locale in self.l10n.chain() {
            if let Some((file, offset)) = locale.find(id) {
                let tail = &file.text()[offset..];
                let end = crate::i18n::locales::message_starts(tail)
                    .map(|(o, _)| o)
                    .find(|&o| o > 0)
                    .unwrap_or(tail.len());
                let first = e.snippet.lines().next().unwrap_or("");
                return match tail[..end].find(first).filter(|_| !first.is_empty()) {
                    Some(i) => d.at_offset(&file.label, file.text(), offset + i, first.len()),
                    None => d.at_offset(&file.label, file.text(), offset, id.len()),
                };
            }
        }
        d
    }

    fn optional(&self, id: &str, diags: &mut Vec<Diagnostic>) -> Option<Text> {
        self.l10n.has(id).then(|| self.text(id, diags))
    }

    /// The words page's picture and the glossary's, each once. A missing
    /// alt text is the editors' checks' to report.
    fn word_pictures(&self) -> Vec<doc::Picture> {
        let glossary = &self.content.glossary;
        let mut ids: Vec<&str> = glossary.picture.as_deref().into_iter().collect();
        for t in &glossary.terms {
            if let Some(p) = t.picture.as_deref()
                && !ids.contains(&p)
            {
                ids.push(p);
            }
        }
        ids.into_iter()
            .filter_map(|id| self.picture(id, &mut Vec::new()))
            .collect()
    }

    fn picture(&self, id: &str, diags: &mut Vec<Diagnostic>) -> Option<doc::Picture> {
        let p = self.content.pictures.get(id)?;
        Some(doc::Picture {
            id: p.id.clone(),
            alt: self.text(&ids::picture_alt(id), diags).plain(),
            svg: p.svg.clone(),
            terminal: p.terminal.clone(),
        })
    }

    /// A page without its blocks.
    fn page_head(
        &self,
        edition: &str,
        p: &content::Page,
        diags: &mut Vec<Diagnostic>,
    ) -> doc::Page {
        doc::Page {
            id: p.id.clone(),
            role: p.role,
            outcome: p.outcome,
            label: self.optional(&ids::page_label(edition, &p.id), diags),
            title: self.text(&ids::page_title(edition, &p.id), diags),
            picture: p.picture.as_deref().and_then(|id| self.picture(id, diags)),
            blocks: Vec::new(),
        }
    }

    fn blocks(
        &self,
        edition: &str,
        p: &content::Page,
        diags: &mut Vec<Diagnostic>,
    ) -> Vec<doc::Block> {
        p.blocks
            .iter()
            .map(|b| self.block(edition, &p.id, b, diags))
            .collect()
    }

    fn block(
        &self,
        edition: &str,
        page: &str,
        b: &content::Block,
        diags: &mut Vec<Diagnostic>,
    ) -> doc::Block {
        let id = b.id.clone();
        let mut text = || self.text(&ids::block(edition, page, &b.id), diags);
        match b.kind {
            BlockKind::Heading => doc::Block::Heading { id, text: text() },
            BlockKind::Paragraph => doc::Block::Paragraph { id, text: text() },
            BlockKind::Quote => doc::Block::Quote { id, text: text() },
            BlockKind::Contact => {
                let t = text();
                doc::Block::Contact {
                    id,
                    contact: self.contact(b.org.as_deref().unwrap_or_default()),
                    text: t,
                }
            }
            BlockKind::Picture => {
                let picture = b.picture.as_deref().and_then(|p| self.picture(p, diags));
                match picture {
                    Some(picture) => doc::Block::Picture { id, picture },
                    None => doc::Block::Paragraph {
                        id,
                        text: Text::default(),
                    },
                }
            }
            BlockKind::List => doc::Block::List {
                id,
                items: self.items(edition, page, b, diags),
            },
            BlockKind::Statements => doc::Block::Statements {
                id,
                items: self.items(edition, page, b, diags),
            },
        }
    }

    fn items(
        &self,
        edition: &str,
        page: &str,
        b: &content::Block,
        diags: &mut Vec<Diagnostic>,
    ) -> Vec<doc::Item> {
        b.items
            .iter()
            .map(|it| doc::Item {
                id: it.id.clone(),
                text: self.text(&ids::item(edition, page, &b.id, &it.id), diags),
                spoken: self
                    .l10n
                    .format_attribute(&ids::item(edition, page, &b.id, &it.id), "spoken"),
                picture: it.picture.as_deref().and_then(|p| self.picture(p, diags)),
                source: it.source.clone(),
            })
            .collect()
    }

    fn contact(&self, org: &str) -> doc::Contact {
        let fact = |k: &str| self.content.facts.get(org, k).map(str::to_string);
        doc::Contact {
            org: org.to_string(),
            name: fact("name").unwrap_or_default(),
            phone: fact("phone").unwrap_or_default(),
            web: fact("web"),
            web_label: fact("web-label"),
        }
    }

    /// Every interface message any locale in the chain defines.
    fn ui(&self, diags: &mut Vec<Diagnostic>) -> UiText {
        let mut ids: Vec<String> = self
            .l10n
            .chain()
            .flat_map(|l| l.files.iter().flat_map(|f| f.ids()))
            .filter(|id| UI_PREFIXES.iter().any(|p| id.starts_with(p)))
            .map(str::to_string)
            .collect();
        // The glossary's title names a page and a menu item like the
        // interface's own words do.
        ids.push(GLOSSARY_HEADING.to_string());
        ids.sort();
        ids.dedup();
        let mut ui: std::collections::BTreeMap<String, Text> = ids
            .into_iter()
            .map(|id| (id.clone(), self.text(&id, diags)))
            .collect();
        // A draft says so in English too, for the adult helping the child
        // and for the child who reads English better than we translated.
        if let Some(en) = self.source_text(DRAFT_NOTICE) {
            ui.insert(DRAFT_NOTICE_EN.to_string(), en);
        }
        UiText(ui)
    }

    /// A message in the source language (English), whatever the locale.
    /// It carries its language (English) when the locale is another.
    fn source_text(&self, id: &str) -> Option<Text> {
        let raw = self.l10n.format_source(id)?;
        let source = self.l10n.chain().last().map(|l| l.tag.clone());
        let lang = self.l10n.text_lang(source.as_ref());
        parse_inline(&raw).ok().map(|t| t.in_lang(lang))
    }
}
