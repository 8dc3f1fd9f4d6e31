//! Helpers shared by the integration tests.
#![allow(dead_code)]

use careguide::diag::Diagnostic;
use careguide::document::Document;
use careguide::project::Project;
use careguide::sanitize::Keep;
use careguide::source::Sources;

pub(crate) fn en() -> unic_langid::LanguageIdentifier {
    "en-GB".parse().unwrap()
}

/// A document of the embedded project, asserting it resolves cleanly.
pub(crate) fn document(edition: &str, keep: Keep) -> Document {
    let project = Project::embedded();
    let mut diags = Vec::new();
    let doc = project
        .document(edition, &en(), keep, &mut diags)
        .expect("edition exists");
    assert!(diags.is_empty(), "{}", render(&diags));
    doc
}

pub(crate) fn render(diags: &[Diagnostic]) -> String {
    diags
        .iter()
        .map(|d| d.render(false))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The embedded sources with one file replaced.
pub(crate) fn with_file(rel: &str, contents: impl Into<Vec<u8>>) -> Sources {
    let mut s = Sources::embedded();
    s.insert(rel, contents);
    s
}

pub(crate) fn embedded_text(rel: &str) -> String {
    Sources::embedded()
        .get(rel)
        .unwrap()
        .text()
        .unwrap()
        .to_string()
}

/// The seed texts, which CI places at ../shared/seeds beside the project.
pub(crate) fn seed(prefix: &str) -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let entry = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("the seeds should be at {}: {e}", dir.display()))
        .filter_map(Result::ok)
        .find(|e| e.file_name().to_string_lossy().starts_with(prefix))
        .unwrap_or_else(|| panic!("no seed {prefix}_* in {}", dir.display()));
    std::fs::read_to_string(entry.path()).unwrap()
}

/// A working copy of the shipped content/ and locales/ in a temporary
/// folder, for the editors' and translators' commands to change.
pub(crate) fn working_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let manifest = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for part in ["content", "locales"] {
        copy_dir(&manifest.join(part), &dir.path().join(part));
    }
    dir
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.path().is_dir() {
            copy_dir(&e.path(), &to.join(e.file_name()));
        } else {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}
pub(crate) mod pty;
