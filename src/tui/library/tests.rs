//! The library finds its editions by layout and its documents by their
//! own ids: no edition id decides what the kiosk does.

use super::{Layout, Library, StepKind};
use crate::project::Project;
use crate::source::Sources;

/// The shipped project with the easy-read edition renamed `simple`: its
/// file, its id and its messages' ids.
fn renamed() -> Project {
    let embedded = Sources::embedded();
    let files = embedded.paths_under("").into_iter().map(|rel| {
        let bytes = embedded.get(&rel).unwrap().bytes.clone();
        if rel == "content/editions/easy-read.toml" {
            let text = String::from_utf8(bytes).unwrap();
            let text = text.replacen("edition = \"easy-read\"", "edition = \"simple\"", 1);
            return (
                "content/editions/simple.toml".to_string(),
                text.into_bytes(),
            );
        }
        if let Some(tag) = rel
            .strip_prefix("locales/")
            .and_then(|r| r.strip_suffix("/easy-read.ftl"))
        {
            let text = String::from_utf8(bytes).unwrap();
            let text: String = text
                .split_inclusive('\n')
                .map(|l| match l.strip_prefix("easy-read-") {
                    Some(rest) => format!("simple-{rest}"),
                    None => l.to_string(),
                })
                .collect();
            return (format!("locales/{tag}/simple.ftl"), text.into_bytes());
        }
        (rel, bytes)
    });
    Project::load(Sources::from_files(files))
}

fn statements(lib: &Library) -> Vec<String> {
    (0..lib.topics.len())
        .flat_map(|t| lib.steps(t, Layout::Statements).to_vec())
        .filter(|s| s.kind == StepKind::Statement)
        .map(|s| s.text.plain())
        .collect()
}

#[test]
fn a_renamed_easy_read_edition_is_still_the_kiosks_easy_read() {
    let en = "en-GB".parse().unwrap();
    let shipped = Library::load(&Project::embedded(), &en).unwrap();
    let project = renamed();
    assert!(project.content.edition("easy-read").is_none());
    let lib = Library::load(&project, &en).unwrap();
    assert!(lib.has_easy_read());
    assert_eq!(lib.doc(Layout::Statements).edition, "simple");
    let (ours, theirs) = (statements(&lib), statements(&shipped));
    assert!(!ours.is_empty());
    assert_eq!(ours, theirs);
    // The framework behind a guide page is found by its own id.
    assert_eq!(lib.others.len(), 1);
    let source = lib.source_paras("outcome-3", None);
    assert_eq!(source.len(), shipped.source_paras("outcome-3", None).len());
}
