//! `careguide locale check`: a translator's findings for one locale,
//! compared with the English source. Each finding points at the line and
//! column in the locale's `.ftl` file and says what to do.
//!
//! Errors (would break something): syntax, variables or terms that differ
//! from English, links that differ, typed-in web or e-mail addresses and
//! phone numbers (in any variant or attribute),
//! control, zero-width and bidi control characters.
//! Warnings: missing, obsolete, outdated or untranslated (identical)
//! messages, emphasis that differs, digits that differ, stray spaces, and
//! text far longer than the English.

//!
//! The checks live by what they look at: `compare` holds a translation
//! against its English (variables, terms, links, emphasis, numbers, length,
//! outdated parts), `numbers` finds the numbers in every part of a message,
//! and `text` the characters and spacing a translator may slip in.

mod compare;
mod numbers;
mod text;

use std::collections::BTreeMap;

use crate::diag::{Diagnostic, Severity};
use crate::i18n::Locale;
use crate::i18n::fingerprint::{self, Fingerprints};
use crate::i18n::ftl::{FtlMessage, locale_messages};
use crate::i18n::locales::LocaleFile;
use crate::project::Project;

use compare::{compare, has_letters};
use text::{characters, spacing};

/// All findings for `locale`, sorted by file and position.
pub fn check_locale(project: &Project, locale: &Locale) -> Vec<Diagnostic> {
    let tag = locale.tag_str();
    let mut out: Vec<Diagnostic> = project
        .diagnostics
        .iter()
        .filter(|d| {
            d.location
                .as_ref()
                .is_some_and(|l| in_locale(&l.file, &tag))
                || d.message.contains(&format!("locales/{tag}/"))
        })
        .cloned()
        .collect();
    let Some(source) = project.locales.source() else {
        return out;
    };
    let english = locale_messages(source);
    let ours = locale_messages(locale);
    let prints = fingerprint::load(&project.sources, &tag).unwrap_or_else(|d| {
        out.push(d);
        Fingerprints::new()
    });
    let is_source = source.tag == locale.tag;
    use crate::check::locale_structure::{Parsed, check};
    let en_parsed = Parsed::of(source);
    let our_parsed = (!is_source).then(|| Parsed::of(locale));
    match &our_parsed {
        None => out.extend(check(locale, &en_parsed, None)),
        Some(ours) => out.extend(check(locale, ours, Some(&en_parsed))),
    }
    let en_index = en_parsed.index();

    for (id, (file_idx, msg)) in &ours {
        let file = &locale.files[*file_idx];
        let at = Place { file, msg };
        match english.get(id) {
            None if !is_source => out.push(at.whole(
                Severity::Warning,
                "obsolete",
                format!("`{id}` is not in the English any more"),
                "delete it, or rename it to the new id",
            )),
            None => {}
            Some((_, en)) if !is_source => {
                let now = en_index
                    .get(id)
                    .map(|(n, m)| fingerprint::entry(en_parsed.files[*n].1, m));
                compare(
                    &at,
                    en,
                    locale.meta.direction,
                    prints.get(id),
                    now.as_ref(),
                    &mut out,
                )
            }
            Some(_) => {}
        }
        characters(&at, locale.meta.direction, &mut out);
        spacing(&at, &mut out);
        // The build refuses what the markup parser refuses: say so here first.
        if let Err(e) = crate::markup::parse_inline(&msg.text) {
            out.push(at.find(
                e.snippet.lines().next().unwrap_or(""),
                Severity::Error,
                "markup",
                format!("`{id}`: {}", e.message),
                e.help,
            ));
        }
    }
    if let Some(parsed) = &our_parsed {
        // The flattened text shows one variant: numbers typed in the
        // others, in attributes or in string literals are found here.
        let shown: Vec<(String, usize, usize)> = out
            .iter()
            .filter(|d| matches!(d.code, "digits-mismatch" | "typed-phone"))
            .filter_map(|d| d.location.as_ref().map(|l| (l.file.clone(), l.line, l.col)))
            .collect();
        let mut hidden = Vec::new();
        for (id, (n, m)) in parsed.index() {
            let Some((en_n, en)) = en_index.get(&id) else {
                continue;
            };
            let english = numbers::all_numbers(en_parsed.files[*en_n].1, en);
            let (label, text, _) = &parsed.files[n];
            // Placed by the file's own line index when it is one of the
            // locale's loaded files (it always is but for a test's text).
            let point = |d: Diagnostic, offset: usize, len: usize| match locale
                .files
                .iter()
                .find(|f| f.label == *label)
            {
                Some(file) => file.point(d, offset, len),
                None => d.at_offset(label, text, offset, len),
            };
            numbers::in_hidden_parts(&point, text, m, &english, &mut hidden);
        }
        out.extend(hidden.into_iter().filter(|d| {
            d.location
                .as_ref()
                .is_none_or(|l| !shown.contains(&(l.file.clone(), l.line, l.col)))
        }));
    }
    if !is_source {
        // Editions that may stay English are not missing when untranslated.
        let editions = project.content.edition_ids();
        let optional = |id: &str| {
            crate::i18n::coverage::part_of(id, &editions).is_some_and(|part| {
                project
                    .content
                    .publish
                    .english_only
                    .iter()
                    .any(|e| e == part)
            })
        };
        for (id, (en_file, en)) in &english {
            // A message that is only placeables (`{ $exit-web }`) reads the
            // same in every language: English fallback is its translation.
            if ours.contains_key(id) || optional(id) || !has_letters(&en.text) {
                continue;
            }
            let file_name = source.files[*en_file].rel.rsplit('/').next().unwrap_or("");
            out.push(missing(locale, id, file_name));
        }
    }
    out.sort_by(|a, b| {
        let key = |d: &Diagnostic| d.location.as_ref().map(|l| (l.file.clone(), l.line, l.col));
        key(a).cmp(&key(b))
    });
    out
}

/// The findings about language folders that did not load at all (their
/// `locale.toml` is missing or broken): `locale check` of every language
/// reports them, and `build` sets those languages aside.
pub fn unloaded_locales(project: &Project) -> Vec<Diagnostic> {
    let loaded = project.locales.tags();
    project
        .diagnostics
        .iter()
        .filter(|d| language_of(d).is_some_and(|t| !loaded.contains(&t)))
        .cloned()
        .collect()
}

/// The language whose files a diagnostic is about (`locales/<tag>/...`).
pub fn language_of(d: &Diagnostic) -> Option<String> {
    let in_text = |s: &str| {
        let at = s.find("locales/")? + "locales/".len();
        let tag = s[at..].split('/').next()?;
        (s[at + tag.len()..].starts_with('/') && !tag.is_empty()).then(|| tag.to_string())
    };
    d.location
        .as_ref()
        .and_then(|l| in_text(&l.file))
        .or_else(|| in_text(&d.message))
}

/// A "not translated yet" finding: at the commented-out line that
/// `locale new` wrote for it, when there is one.
fn missing(locale: &Locale, id: &str, file_name: &str) -> Diagnostic {
    let tag = locale.tag_str();
    let d = Diagnostic::warning(format!("`{id}` is not translated yet (English is shown)"))
        .with_code("missing");
    let commented = format!("# {id} =");
    for file in &locale.files {
        if let Some(i) = file
            .text()
            .match_indices(&commented)
            .map(|(i, _)| i)
            .find(|&i| i == 0 || file.text().as_bytes()[i - 1] == b'\n')
        {
            return file.point(d, i, commented.len()).with_help(format!(
                "translate it: remove the `# ` before `{id}` and write the words after `=`"
            ));
        }
    }
    d.at_position(&format!("locales/{tag}/{file_name}"), 1, 1)
        .with_help(format!("add `{id} = ...` to locales/{tag}/{file_name}"))
}

fn in_locale(file: &str, tag: &str) -> bool {
    file.contains(&format!("locales/{tag}/"))
}

/// Points findings at a message in its file.
pub(super) struct Place<'a> {
    pub(super) file: &'a LocaleFile,
    pub(super) msg: &'a FtlMessage,
}

impl Place<'_> {
    pub(super) fn raw(&self) -> &str {
        &self.file.text()[self.msg.start..self.msg.end]
    }

    /// A finding at the message id.
    pub(super) fn whole(
        &self,
        severity: Severity,
        code: &'static str,
        message: String,
        help: &str,
    ) -> Diagnostic {
        self.at(0, self.msg.id.len(), severity, code, message, help)
    }

    /// A finding at byte `offset` of the message's raw text.
    pub(super) fn at(
        &self,
        offset: usize,
        len: usize,
        severity: Severity,
        code: &'static str,
        message: String,
        help: &str,
    ) -> Diagnostic {
        let d = Diagnostic {
            severity,
            ..Diagnostic::error(message)
        }
        .with_code(code);
        self.file
            .point(d, self.msg.start + offset, len)
            .with_help(help)
    }

    /// A finding at the first place `needle` occurs in the value, or at
    /// the id when it cannot be found.
    pub(super) fn find(
        &self,
        needle: &str,
        severity: Severity,
        code: &'static str,
        message: String,
        help: &str,
    ) -> Diagnostic {
        let value_start = self.raw().find('=').map_or(0, |i| i + 1);
        match self.raw()[value_start..]
            .find(needle)
            .filter(|_| !needle.is_empty())
        {
            Some(i) => self.at(value_start + i, needle.len(), severity, code, message, help),
            None => self.whole(severity, code, message, help),
        }
    }
}

/// Counts for summaries: (errors, warnings) per code.
pub fn summary(diags: &[Diagnostic]) -> BTreeMap<&'static str, usize> {
    let mut m = BTreeMap::new();
    for d in diags {
        *m.entry(d.code).or_insert(0) += 1;
    }
    m
}
