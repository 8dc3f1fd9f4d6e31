//! The translators' commands (`careguide locale ...`): the status table,
//! a new locale's scaffold, and recording which English a locale is
//! translated from. Functions here return text and file contents; the
//! command line writes them (atomically, see [`write_atomic`]).

use std::fmt::Write as _;
use std::path::Path;

use crate::check::locale_qa::check_locale;
use crate::diag::{Diagnostic, Severity};
use crate::i18n::coverage::{INTERFACE, coverage};
use crate::i18n::fingerprint::{self, Fingerprints};
use crate::i18n::ftl::locale_messages;
use crate::i18n::{Locale, SOURCE_LOCALE};
use crate::project::Project;

/// One row of `locale status`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct StatusRow {
    pub tag: String,
    pub name: String,
    pub english_name: String,
    pub direction: String,
    pub status: String,
    /// Part (edition or "interface") -> percent translated.
    pub percent: std::collections::BTreeMap<String, f64>,
    pub missing: usize,
    pub outdated: usize,
    pub errors: usize,
    pub warnings: usize,
}

pub fn status_rows(project: &Project) -> Vec<StatusRow> {
    let editions = project.content.edition_ids();
    project
        .locales
        .list
        .iter()
        .map(|l| {
            let findings = check_locale(project, l);
            let count = |code: &str| findings.iter().filter(|d| d.code == code).count();
            StatusRow {
                tag: l.tag_str(),
                name: l.meta.name.clone(),
                english_name: l.meta.english_name.clone(),
                direction: l.meta.direction.as_str().to_string(),
                status: format!("{:?}", l.meta.status).to_lowercase(),
                percent: coverage(&project.locales, l, &editions)
                    .into_iter()
                    .map(|(k, c)| (k, c.percent()))
                    .collect(),
                missing: count("missing"),
                outdated: count("outdated"),
                errors: findings
                    .iter()
                    .filter(|d| d.severity == Severity::Error)
                    .count(),
                warnings: findings
                    .iter()
                    .filter(|d| d.severity == Severity::Warning)
                    .count(),
            }
        })
        .collect()
}

/// The status table as text, one locale a row.
pub fn status_table(project: &Project) -> String {
    let rows = status_rows(project);
    let mut parts: Vec<String> = project
        .content
        .edition_ids()
        .iter()
        .map(|s| s.to_string())
        .collect();
    parts.push(INTERFACE.to_string());
    // The name goes last: names in other scripts do not line up in
    // columns, and right-to-left ones would reorder their neighbours.
    let mut out = format!("{:<7} {:<4} {:<9}", "locale", "dir", "status");
    for p in &parts {
        let _ = write!(out, " {:>10}", p);
    }
    let _ = writeln!(
        out,
        " {:>8} {:>9} {:>7}  name",
        "missing", "outdated", "errors"
    );
    for r in rows {
        let _ = write!(out, "{:<7} {:<4} {:<9}", r.tag, r.direction, r.status);
        for p in &parts {
            let _ = write!(out, " {:>9.0}%", r.percent.get(p).copied().unwrap_or(0.0));
        }
        let _ = writeln!(
            out,
            " {:>8} {:>9} {:>7}  {} ({})",
            r.missing, r.outdated, r.errors, r.english_name, r.name
        );
    }
    out
}

/// A new language's tag as its folder is named: `pt_BR` and `pt-br` are
/// `pt-BR`.
pub fn new_locale_tag(tag: &str) -> Result<String, Diagnostic> {
    crate::i18n::scaffold::normalise_tag(tag)
        .map(|t| t.to_string())
        .ok_or_else(|| {
            Diagnostic::error(format!("`{tag}` is not a language tag"))
                .with_help("use a BCP 47 tag such as `cy`, `pt-BR` or `ti`")
        })
}

/// Files for a new locale `tag` (spelled as [`new_locale_tag`] spells
/// it): `locale.toml`, with the language's direction, and one `.ftl` per
/// English file (all but the practitioners' framework), every message
/// present as a comment with its whole English and its translator's notes,
/// ready to translate.
pub fn new_locale(project: &Project, tag: &str) -> Result<Vec<(String, String)>, Diagnostic> {
    let tag = new_locale_tag(tag)?;
    let langid: unic_langid::LanguageIdentifier = tag.parse().expect("a normalised tag parses");
    if project.locales.get(&langid).is_some() {
        return Err(
            Diagnostic::error(format!("locales/{tag}/ already exists")).with_help(format!(
                "run `careguide locale check {tag}` to see what is left to translate"
            )),
        );
    }
    let source = project
        .locales
        .source()
        .ok_or_else(|| Diagnostic::error("the English source locale is missing"))?;
    let direction = crate::i18n::scaffold::direction_of(&langid).as_str();
    let mut files = vec![(
        format!("locales/{tag}/locale.toml"),
        format!(
            "# The language's name in the language itself: shown in every language picker.\nname = \"{tag}\"\n# Its name in English, for editors.\nenglish-name = \"{tag}\"\n# ltr or rtl (from the language tag: check it)\ndirection = \"{direction}\"\n# draft until a qualified translator has checked every message, then reviewed.\nstatus = \"draft\"\ntranslators = []\n"
        ),
    )];
    for file in &source.files {
        let name = file.rel.rsplit('/').next().unwrap_or_default();
        if name == "framework.ftl" {
            continue; // the practitioners' edition may stay English
        }
        files.push((
            format!("locales/{tag}/{name}"),
            crate::i18n::scaffold::template(name, file.text(), &tag, SOURCE_LOCALE),
        ));
    }
    Ok(files)
}

/// `translated-from.toml` for `locale`: the current English of every
/// message it translates.
pub fn mark_current(project: &Project, locale: &Locale) -> Result<(String, String), Diagnostic> {
    mark_messages_current(project, locale, None)
}

/// The same for the messages `only` names (`locale mark-current TAG
/// --message ID`): the others keep what was recorded for them. Every
/// message named must be translated and have its English.
pub fn mark_messages_current(
    project: &Project,
    locale: &Locale,
    only: Option<&[String]>,
) -> Result<(String, String), Diagnostic> {
    let source = project
        .locales
        .source()
        .ok_or_else(|| Diagnostic::error("the English source locale is missing"))?;
    let parsed = crate::check::locale_structure::Parsed::of(source);
    let english = parsed.index();
    let tag = locale.tag_str();
    let translated = locale_messages(locale);
    let mut prints = match only {
        None => Fingerprints::new(),
        Some(_) => fingerprint::load(&project.sources, &tag)?,
    };
    let ids: Vec<&String> = match only {
        None => translated.keys().collect(),
        Some(ids) => {
            for id in ids {
                if !translated.contains_key(id) || !english.contains_key(id) {
                    return Err(Diagnostic::error(format!(
                        "`{id}` is not a message translated in {tag}"
                    ))
                    .with_help(format!(
                        "`careguide locale check {tag}` lists what is translated"
                    )));
                }
            }
            ids.iter().collect()
        }
    };
    for id in ids {
        if let Some((n, en)) = english.get(id) {
            prints.insert(id.clone(), fingerprint::entry(parsed.files[*n].1, en));
        }
    }
    Ok((fingerprint::path(&tag), fingerprint::to_toml(&tag, &prints)))
}

/// Writes `contents` to `path` by writing a temporary file beside it and
/// renaming, so a reader never sees half a file.
pub fn write_atomic(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let tmp = path.with_extension(format!("{}.tmp", std::process::id()));
    std::fs::write(&tmp, contents)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}
