//! Checks for editors and translators. Every finding is a
//! [`crate::diag::Diagnostic`] whose `code` is the rule id, pointing at
//! file:line:col. Checks read the loaded project and never write.

pub mod config;
pub mod easy_read;
pub mod idioms;
pub mod locale_qa;
pub mod locale_structure;
pub mod promise;
pub mod readability;
pub mod rules;
pub mod spelling;
pub mod style;

use crate::diag::{Diagnostic, Severity};
use crate::project::Project;
use crate::sanitize::Keep;

/// Every finding an editor should see while previewing: the easy-read
/// rules and the translators' checks (less "not translated yet", which
/// would drown the rest).
pub fn editor_findings(project: &Project) -> Vec<Diagnostic> {
    let mut out = editor_rules(project, &easy_read::CheckOptions::default());
    out.extend(
        project
            .locales
            .list
            .iter()
            .flat_map(|l| locale_qa::check_locale(project, l))
            .filter(|d| d.code != "missing"),
    );
    out
}

/// The editors' rules of `careguide check`: the easy-read rules and
/// spelling, with a misspelt word reported as spelling only.
pub fn editor_rules(project: &Project, opts: &easy_read::CheckOptions) -> Vec<Diagnostic> {
    let mut out = easy_read::check_project(project, opts);
    out.extend(spelling::check_project(project, opts));
    spelling::supersede_hard_words(&mut out);
    out
}

/// The errors that would stop `careguide build` from publishing the
/// editions and languages `opts` names: markup that is not allowed (raw
/// HTML), variables that do not exist, and the like, found by resolving
/// each one. `check` reports them with its own findings, so an editor who
/// runs it is told everything the build would refuse.
pub fn publishing_errors(project: &Project, opts: &easy_read::CheckOptions) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = Vec::new();
    for locale in project.locales.list.iter().filter(|l| l.pseudo.is_none()) {
        let tag = locale.tag_str();
        if !opts.wants_locale(&tag) {
            continue;
        }
        for edition in project.content.edition_ids() {
            if !opts.wants_edition(edition) {
                continue;
            }
            let mut diags = Vec::new();
            let _ = project.document(edition, &locale.tag, Keep::NOTHING, &mut diags);
            for d in diags {
                if d.severity == Severity::Error && !out.contains(&d) {
                    out.push(d);
                }
            }
        }
    }
    out
}
