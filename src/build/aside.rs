//! What a build does not publish: a language with errors is set aside
//! (and the others built), text that breaks the easy-read rules at the
//! error level is refused.

use super::{BuildFailure, BuildRequest, dedup_diags, fail_on_errors};
use crate::diag::Diagnostic;
use crate::project::{LocaleTag, Project};

/// What `careguide locale check` calls an error (a link that lost its
/// `tel:`, a plural key that is never chosen, a duplicate id, a file too
/// big to read...) is not published either: one list of errors for every
/// command. Such a language is set aside, with its errors, and the others
/// are built; the build fails all the same. An error outside the
/// translations (or in the English every language falls back to) stops
/// everything.
pub(super) fn set_aside_broken_languages(
    project: &Project,
    req: &BuildRequest,
) -> Result<(BuildRequest, Vec<Diagnostic>), BuildFailure> {
    let global: Vec<Diagnostic> = project
        .diagnostics
        .iter()
        .filter(|d| {
            crate::check::locale_qa::language_of(d).is_none_or(|t| t == crate::i18n::SOURCE_LOCALE)
        })
        .cloned()
        .collect();
    fail_on_errors(&global)?;
    // A language folder that did not load at all (its locale.toml is
    // broken): its errors are reported, the others are built.
    let mut set_aside: Vec<Diagnostic> = crate::check::locale_qa::unloaded_locales(project)
        .into_iter()
        .filter(Diagnostic::is_error)
        .collect();
    let wanted: Vec<LocaleTag> = if req.langs.is_empty() {
        project.all_locales()
    } else {
        req.langs.clone()
    };
    let mut kept = Vec::new();
    for tag in wanted {
        let Some(locale) = project.locales.get(&tag) else {
            kept.push(tag); // the pipeline says it does not exist
            continue;
        };
        let mut errors: Vec<Diagnostic> = crate::check::locale_qa::check_locale(project, locale)
            .into_iter()
            .filter(Diagnostic::is_error)
            .collect();
        if errors.is_empty() {
            kept.push(tag);
            continue;
        }
        dedup_diags(&mut errors);
        if *tag == crate::i18n::SOURCE_LOCALE {
            // Every language falls back to the English.
            return Err(BuildFailure {
                diagnostics: errors,
            });
        }
        set_aside.extend(errors);
        set_aside.push(
            Diagnostic::error(format!("{tag} has errors, so nothing of it is published"))
                .with_code("locale-check-failed")
                .with_help(format!(
                    "fix the errors above (`careguide locale check {tag}` lists every finding); the other languages are published"
                )),
        );
    }
    if kept.is_empty() && !set_aside.is_empty() {
        return Err(BuildFailure {
            diagnostics: set_aside,
        });
    }
    let mut req = req.clone();
    req.langs = kept;
    Ok((req, set_aside))
}

/// Text that breaks the editors' easy-read rules at the error level
/// (`content/check.toml`) is not published, as `careguide check` says.
/// (The live preview renders it anyway, with the findings on the page.)
pub(super) fn refuse_rule_errors(
    project: &Project,
    req: &BuildRequest,
) -> Result<(), BuildFailure> {
    let opts = crate::check::easy_read::CheckOptions {
        locales: req.langs.clone(),
        editions: req.editions.clone(),
    };
    let errors: Vec<Diagnostic> = crate::check::easy_read::check_project(project, &opts)
        .into_iter()
        .filter(|d| d.severity == crate::diag::Severity::Error)
        .collect();
    if errors.is_empty() {
        return Ok(());
    }
    let mut diagnostics = errors;
    diagnostics.push(
        Diagnostic::error("the text breaks the easy-read rules, so it is not published")
            .with_code("check-failed")
            .with_help("fix the errors above; `careguide check` lists every finding"),
    );
    Err(BuildFailure { diagnostics })
}
