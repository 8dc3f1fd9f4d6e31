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

/// Every finding an editor should see while previewing: the translators'
/// checks for each locale (and, once they exist, the easy-read rules).
pub fn editor_findings(project: &Project) -> Vec<Diagnostic> {
    project
        .locales
        .list
        .iter()
        .flat_map(|l| locale_qa::check_locale(project, l))
        .filter(|d| d.code != "missing")
        .collect()
}
