//! The output folder's units (a site folder or a file, replaced whole)
//! and taking the folder to publish into (`crate::publish`).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io;
use std::path::Path;

use super::BuildFailure;
use crate::diag::Diagnostic;

/// The unit an output path belongs to: the first three parts of its path
/// (`html/en-GB/guide`, `text/en-GB/guide.txt`), or the file itself when
/// shorter (`html/index.html`). Units are replaced whole. Shared assets
/// (`html/en-GB/assets/...`) are replaced file by file, since a build of
/// one edition writes only the pictures that edition uses.
pub(super) fn unit_of(rel: &str) -> String {
    let parts: Vec<&str> = rel.splitn(4, '/').collect();
    if parts.get(2) == Some(&"assets") {
        return rel.to_string();
    }
    parts.into_iter().take(3).collect::<Vec<_>>().join("/")
}

/// Takes the output folder (see `crate::publish`): a build already
/// writing there is a clear refusal, not a race.
pub(super) fn begin_publication(out: &Path) -> Result<crate::publish::Publication, BuildFailure> {
    crate::publish::begin(out).map_err(|e| match e {
        crate::publish::BeginError::Busy(out) => BuildFailure::from(
            Diagnostic::error(format!(
                "another careguide build is publishing into {} right now",
                out.display()
            ))
            .with_code("build-busy")
            .with_help("wait for it to finish, or build into another folder with --out"),
        ),
        crate::publish::BeginError::Io(e) => BuildFailure::from(
            Diagnostic::error(format!("cannot write to {}: {e}", out.display()))
                .with_help("check the folder can be created and that you may write to it"),
        ),
    })
}

/// Writes in-memory `files` under `out`, all or nothing.
pub fn publish(out: &Path, files: &BTreeMap<String, Vec<u8>>) -> io::Result<()> {
    let publication = crate::publish::begin(out).map_err(|e| match e {
        crate::publish::BeginError::Busy(out) => io::Error::other(format!(
            "another careguide build is publishing into {}",
            out.display()
        )),
        crate::publish::BeginError::Io(e) => e,
    })?;
    for (rel, bytes) in files {
        let path = publication.next.join(rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::write(&path, bytes)?;
    }
    let units: BTreeSet<String> = files.keys().map(|k| unit_of(k)).collect();
    publication.commit(&units, unit_of)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units() {
        assert_eq!(unit_of("html/en-GB/guide/index.html"), "html/en-GB/guide");
        assert_eq!(unit_of("text/en-GB/guide.txt"), "text/en-GB/guide.txt");
        assert_eq!(unit_of("html/index.html"), "html/index.html");
        assert_eq!(
            unit_of("html/en-GB/assets/pictures/safe.svg"),
            "html/en-GB/assets/pictures/safe.svg"
        );
    }

    #[test]
    fn publish_replaces_units_and_keeps_others() {
        let dir = tempfile::tempdir().unwrap();
        let mut first = BTreeMap::new();
        first.insert("text/en-GB/guide.txt".to_string(), b"one".to_vec());
        first.insert("text/en-GB/framework.txt".to_string(), b"fw".to_vec());
        publish(dir.path(), &first).unwrap();
        let mut second = BTreeMap::new();
        second.insert("text/en-GB/guide.txt".to_string(), b"two".to_vec());
        publish(dir.path(), &second).unwrap();
        assert_eq!(
            fs::read(dir.path().join("text/en-GB/guide.txt")).unwrap(),
            b"two"
        );
        assert_eq!(
            fs::read(dir.path().join("text/en-GB/framework.txt")).unwrap(),
            b"fw"
        );
        let leftovers: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().starts_with(".careguide"))
            .collect();
        assert!(leftovers.is_empty());
    }
}
