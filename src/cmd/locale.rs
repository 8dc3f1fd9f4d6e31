//! `careguide locale`: the translators' tools (status, check, new,
//! mark-current).

use std::path::Path;
use std::process::ExitCode;

use clap::Subcommand;

use careguide::check::locale_qa::{check_locale, unloaded_locales};
use careguide::diag::{Diagnostic, Severity};
use careguide::project::Project;
use careguide::translate;

use super::{
    Outcome, OutputFormat, load_for_editing, parse_all, report_findings, to_json, writable_root,
};

#[derive(Subcommand)]
pub(crate) enum LocaleCommand {
    /// A table of every language: how much is translated, what is missing,
    /// outdated or broken.
    Status {
        #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
        format: OutputFormat,
    },
    /// Check translations against the English: every finding with its
    /// file, line and column and what to do.
    Check {
        /// Languages to check (default: all).
        tags: Vec<String>,
        #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
        format: OutputFormat,
        /// Fail on warnings too.
        #[arg(long)]
        strict: bool,
    },
    /// Start a new language: every message, with its English as a comment.
    New {
        /// The language tag, e.g. ti or pt-BR.
        tag: String,
    },
    /// Record that a language is up to date with the current English, so
    /// later English changes show as outdated.
    MarkCurrent {
        /// The language tag.
        tag: String,
        /// Only this message (repeat for more): the others keep what was
        /// recorded for them.
        #[arg(long = "message", value_name = "ID")]
        messages: Vec<String>,
    },
}

pub(crate) fn execute(dir: Option<&Path>, cmd: LocaleCommand) -> Outcome {
    let project = load_for_editing(dir)?;
    match cmd {
        LocaleCommand::Status { format } => {
            match format {
                OutputFormat::Json => {
                    careguide::say!("{}", to_json(&translate::status_rows(&project))?)
                }
                _ => careguide::stdio::out(&translate::status_table(&project)),
            }
            Ok(ExitCode::SUCCESS)
        }
        LocaleCommand::Check {
            tags,
            format,
            strict,
        } => check(&project, &tags, format, strict),
        LocaleCommand::New { tag } => new(dir, &project, &tag),
        LocaleCommand::MarkCurrent { tag, messages } => {
            mark_current(dir, &project, &tag, &messages)
        }
    }
}

/// `locale check`: the languages named, or every one (with the folders
/// that did not load).
fn check(project: &Project, tags: &[String], format: OutputFormat, strict: bool) -> Outcome {
    let locales = if tags.is_empty() {
        project.all_locales()
    } else {
        parse_all(tags, |t| project.parse_lang(t))?
    };
    // Every language: also the folders that did not load.
    let mut findings = if tags.is_empty() {
        unloaded_locales(project)
    } else {
        Vec::new()
    };
    for tag in &locales {
        if let Some(locale) = project.locales.get(tag) {
            findings.extend(check_locale(project, locale));
        }
    }
    report_findings(project, &findings, format, strict)
}

/// `locale new`: writes `locales/<tag>/`, every message with its English.
fn new(dir: Option<&Path>, project: &Project, asked: &str) -> Outcome {
    let root = writable_root(dir)?;
    let tag = translate::new_locale_tag(asked).map_err(|d| vec![d])?;
    if tag != asked {
        careguide::tell!("`{asked}` is written `{tag}`: the folder is locales/{tag}/.");
    }
    let files = translate::new_locale(project, &tag).map_err(|d| vec![d])?;
    for (rel, contents) in &files {
        translate::write_atomic(&root.join(rel), contents.as_bytes())
            .map_err(|e| vec![Diagnostic::error(format!("cannot write {rel}: {e}"))])?;
    }
    careguide::tell!(
        "Made locales/{tag}/ with {} files.\n\nNext:\n  1. In locales/{tag}/locale.toml, write the language's name in the language itself, its English name and its direction (ltr or rtl).\n  2. In each .ftl file, translate a message and remove the `# ` before its id.\n  3. Run `careguide locale check {tag}` to see what is left and anything to fix.\n  4. When the language is up to date with the English, run `careguide locale mark-current {tag}`: it records the English of every message, for `locale check` to show you later what changed.",
        files.len()
    );
    Ok(ExitCode::SUCCESS)
}

/// `locale mark-current`: records the English a translation is up to
/// date with, unless it has errors.
fn mark_current(dir: Option<&Path>, project: &Project, tag: &str, messages: &[String]) -> Outcome {
    let root = writable_root(dir)?;
    let tag = project.parse_lang(tag).map_err(|d| vec![d])?;
    let locale = project
        .locales
        .get(&tag)
        .ok_or_else(|| vec![Diagnostic::error("no such locale")])?;
    // A translation with errors is not "up to date": recording it
    // would hide what is wrong with it.
    let mut errors: Vec<Diagnostic> = check_locale(project, locale)
        .into_iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    if !errors.is_empty() {
        errors.push(
            Diagnostic::error(format!("{tag} has errors, so nothing was recorded")).with_help(
                format!("fix them (`careguide locale check {tag}`), then run this again"),
            ),
        );
        return Err(errors);
    }
    let only = (!messages.is_empty()).then_some(messages);
    let (rel, contents) =
        translate::mark_messages_current(project, locale, only).map_err(|d| vec![d])?;
    translate::write_atomic(&root.join(&rel), contents.as_bytes())
        .map_err(|e| vec![Diagnostic::error(format!("cannot write {rel}: {e}"))])?;
    match only {
        Some(ids) => careguide::tell!(
            "Recorded the current English of {} messages for {tag} in {rel}.",
            ids.len()
        ),
        None => careguide::tell!("Recorded the current English for {tag} in {rel}."),
    }
    Ok(ExitCode::SUCCESS)
}
