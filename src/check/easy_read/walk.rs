//! The walk over an edition's pages, the glossary's explanations and
//! each message ([`LocaleCtx::check_unit`] says which rules run where).

use std::collections::BTreeSet;

use super::LocaleCtx;
use super::pages::{Kind, UnitRef, edition_pages};
use super::report::PageState;
use super::report::Reporter;
use super::terms::{Hit, lookup_words};
use crate::check::config::{self, Level, Settings};
use crate::check::rules::text::MessageView;
use crate::content::glossary::{self, Glossary};
use crate::content::{self, ids};
use crate::diag::Diagnostic;
use crate::i18n::locales::LocaleFile;

impl LocaleCtx<'_> {
    pub(super) fn check_edition(
        &self,
        edition: &content::Edition,
        settings: &Settings,
        out: &mut Vec<Diagnostic>,
    ) {
        let pages = edition_pages(edition);
        let own = pages
            .iter()
            .flat_map(|p| &p.units)
            .any(|u| self.index.get(&u.id).is_some());
        if !own {
            return; // not translated at all: nothing of this locale to check
        }
        let mut pictures_seen = BTreeSet::new();
        for page in &pages {
            let units: Vec<(&UnitRef, &LocaleFile, MessageView)> = page
                .units
                .iter()
                .filter_map(|u| self.index.view(&u.id, self.facts).map(|(f, v)| (u, f, v)))
                .collect();
            let mut state = PageState::default();
            for (k, (unit, file, view)) in units.iter().enumerate() {
                let next = units[k + 1..]
                    .iter()
                    .find(|(u, _, _)| u.kind.has_sentences())
                    .map(|(_, _, v)| v);
                let mut r = Reporter {
                    settings,
                    file,
                    view,
                    out: &mut *out,
                    id: &unit.id,
                };
                self.check_unit(unit, &mut r, next, &mut state);
            }
            if settings.on(config::PICTURE_ALT) {
                for p in &page.pictures {
                    if pictures_seen.insert(p.clone()) {
                        self.picture_alt(p, settings, out);
                    }
                }
            }
        }
    }

    /// The glossary's explanations, read as easy-read statements (one or
    /// two sentences; no picture needed).
    pub(super) fn check_glossary(
        &self,
        glossary: &Glossary,
        settings: &Settings,
        out: &mut Vec<Diagnostic>,
    ) {
        let mut settings = settings.clone();
        for rule in [
            config::ONE_SENTENCE,
            config::PICTURE_MISSING,
            config::PICTURE_ALT,
            config::GLOSSARY_FIRST_USE,
        ] {
            settings.levels.insert(rule, Level::Off);
        }
        for t in &glossary.terms {
            let id = glossary::explain_message(&t.id);
            let Some((file, view)) = self.index.view(&id, self.facts) else {
                continue;
            };
            let unit = UnitRef {
                id: id.clone(),
                kind: Kind::Paragraph,
                picture: None,
                source: None,
            };
            let mut r = Reporter {
                settings: &settings,
                file,
                view: &view,
                out: &mut *out,
                id: &id,
            };
            let mut state = PageState::default();
            // A term's own explanation may use the term itself.
            state.hard_reported.extend(
                self.glossary
                    .iter()
                    .filter(|g| g.id == t.id)
                    .map(|g| g.term.to_lowercase()),
            );
            self.check_unit(&unit, &mut r, None, &mut state);
            if view.sentences.len() > 2 {
                let s = &view.sentences[2];
                r.at_plain(
                    s.range.clone(),
                    settings.level(config::PARAGRAPH_SENTENCES),
                    config::PARAGRAPH_SENTENCES,
                    format!("the explanation `{id}` has {} sentences; a glossary explanation has 1 or 2", view.sentences.len()),
                    "keep the explanation to 1 or 2 short sentences",
                );
            }
        }
    }

    pub(super) fn picture_alt(
        &self,
        picture: &str,
        settings: &Settings,
        out: &mut Vec<Diagnostic>,
    ) {
        let id = ids::picture_alt(picture);
        let level = settings.level(config::PICTURE_ALT);
        let Some(severity) = level.severity() else {
            return;
        };
        match self.index.get(&id) {
            None => {
                let file = format!("locales/{}/pictures.ftl", self.tag);
                out.push(
                    Diagnostic {
                        severity,
                        ..Diagnostic::error(format!(
                            "the picture `{picture}` has no alt text in {} (`{id}`)",
                            self.tag
                        ))
                    }
                    .with_code(config::PICTURE_ALT)
                    .at_position(&file, 1, 1)
                    .with_help(format!(
                        "add `{id} = ...` to {file}: a few words saying what the picture shows"
                    )),
                );
            }
            Some((file, m)) if m.text.trim().is_empty() => {
                out.push(
                    Diagnostic {
                        severity,
                        ..Diagnostic::error(format!("the alt text `{id}` is empty"))
                    }
                    .with_code(config::PICTURE_ALT)
                    .at_offset(&file.label, file.text(), m.start, id.len())
                    .with_help("say in a few words what the picture shows"),
                );
            }
            Some(_) => {}
        }
    }

    pub(super) fn check_unit(
        &self,
        unit: &UnitRef,
        r: &mut Reporter,
        next: Option<&MessageView>,
        state: &mut PageState,
    ) {
        let view = r.view;
        let s = r.settings;
        if unit.kind.has_sentences() {
            self.sentences(unit, r);
        }
        if let Some(None) = &unit.picture {
            r.at_id(
                s.level(config::PICTURE_MISSING),
                config::PICTURE_MISSING,
                format!("the statement `{}` has no picture", unit.id),
                "give the item a `picture` in content/editions/: easy read puts a picture beside every statement",
            );
        }
        for span in &view.italics {
            r.at_file(
                span.start,
                span.len(),
                s.level(config::ITALICS),
                config::ITALICS,
                "italic text is hard to read".to_string(),
                "easy read allows only **bold** for emphasis: use **bold**, or no emphasis",
            );
        }
        for span in &view.underlines {
            r.at_file(
                span.start,
                span.len(),
                s.level(config::UNDERLINE),
                config::UNDERLINE,
                "underlined text is hard to read".to_string(),
                "`__x__` or <u> reads as underline: use **bold** for emphasis (links are fine)",
            );
        }
        // Words covered by a glossary term or a preferred term are judged
        // by those rules only.
        let words = lookup_words(view);
        let glossary_hits = self.glossary_hits(view, &words);
        let term_hits = self.term_hits(view, &words);
        let mut covered = vec![false; view.words.len()];
        for h in glossary_hits.iter().chain(&term_hits) {
            covered[h.first..=h.last].iter_mut().for_each(|c| *c = true);
        }
        self.preferred_terms(&term_hits, r);
        for (i, w) in view.words.iter().enumerate() {
            if w.from_placeable() {
                continue;
            }
            self.word_rules(i, w, covered[i], r, state);
        }
        self.percentages(r);
        // "Rights are things ...", "A council looks after ...": a
        // statement that explains a glossary word is a definition, not a
        // promise of the guide's.
        let defines = glossary_hits.iter().any(|h| {
            h.first <= 1
                && self
                    .promises
                    .is_some_and(|p| p.defines(words.get(h.last + 1).map_or("", String::as_str)))
        });
        self.meaning_rules(unit, &words, defines, r);
        self.style_rules(unit, &words, &covered, r);
        if self.english {
            if unit.kind != Kind::Title {
                self.passive(r);
            }
            self.dotted_abbreviations(r);
        }
        if unit.kind.has_sentences() && s.on(config::GLOSSARY_FIRST_USE) {
            // A word the preferred terms replace is reported by them alone.
            let hits: Vec<Hit> = glossary_hits
                .iter()
                .filter(|g| {
                    !term_hits
                        .iter()
                        .any(|t| t.first <= g.last && g.first <= t.last)
                })
                .copied()
                .collect();
            self.first_use(&hits, r, next, state);
        }
    }
}
