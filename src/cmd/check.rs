//! `careguide check`: the easy-read rules (and, more gently, the guide) in
//! every language, and what the build would refuse to publish.

use std::path::Path;

use clap::Args;

use careguide::check::easy_read::CheckOptions;
use careguide::check::readability;

use super::{Outcome, OutputFormat, load_for_editing, parse_all, report_findings, to_json};

#[derive(Args)]
pub(crate) struct CheckArgs {
    /// Only this language (repeat for more).
    #[arg(long, value_name = "L")]
    lang: Vec<String>,
    /// Only this edition (repeat for more).
    #[arg(long, value_name = "E")]
    edition: Vec<String>,
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    format: OutputFormat,
    /// Fail on warnings too.
    #[arg(long)]
    strict: bool,
    /// Also print the readability figures per page.
    #[arg(long)]
    readability: bool,
    /// Leave spelling out: it reads the system's dictionaries, which
    /// makes it the slowest check the first time it runs.
    #[arg(long)]
    no_spelling: bool,
}

pub(crate) fn execute(content: Option<&Path>, args: CheckArgs) -> Outcome {
    let project = &load_for_editing(content)?;
    let locales = parse_all(&args.lang, |l| project.parse_lang(l))?;
    let editions = parse_all(&args.edition, |e| project.parse_edition(e))?;
    // Problems loading the files come first: nothing else can be trusted.
    let mut findings = project.diagnostics.clone();
    let opts = CheckOptions { locales, editions };
    // What the build would refuse to publish, then the easy-read rules.
    findings.extend(careguide::check::publishing_errors(project, &opts));
    if args.no_spelling {
        findings.extend(careguide::check::easy_read::check_project(project, &opts));
    } else {
        findings.extend(careguide::check::editor_rules(project, &opts));
    }
    if args.readability {
        let mut rows = readability::readability(project);
        // The same --lang and --edition as the rules.
        rows.retain(|r| opts.wants_locale(&r.locale) && opts.wants_edition(&r.edition));
        match args.format {
            OutputFormat::Json => careguide::say!("{}", to_json(&rows)?),
            _ => careguide::stdio::out(&readability::readability_table(&rows)),
        }
    }
    report_findings(project, &findings, args.format, args.strict)
}
