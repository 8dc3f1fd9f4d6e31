//! Checks for editors and translators. Every finding is a
//! [`crate::diag::Diagnostic`] whose `code` is the rule id, pointing at
//! file:line:col. Checks read the loaded project and never write.

pub mod config;
pub mod easy_read;
pub mod locale_qa;
pub mod readability;
pub mod rules;

use crate::diag::Diagnostic;
use crate::project::Project;

/// Every finding an editor should see while previewing: the easy-read
/// rules and the translators' checks (less "not translated yet", which
/// would drown the rest).
pub fn editor_findings(project: &Project) -> Vec<Diagnostic> {
    let mut out = easy_read::check_project(project, &easy_read::CheckOptions::default());
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
