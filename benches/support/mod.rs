//! What the benches share: a copy of the project to work on, and the
//! figures' arithmetic. Each bench uses part of it.

use std::path::{Path, PathBuf};
use std::time::Duration;

/// The release binary the process benches run (`cargo build --release`
/// first).
pub(crate) fn release_binary() -> PathBuf {
    let exe = project_root().join("target/release/careguide");
    assert!(exe.exists(), "run `cargo build --release` first");
    exe
}

pub(crate) fn project_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A temporary folder holding a copy of `tree`'s content/ and locales/.
pub(crate) fn project_copy(tree: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["content", "locales"] {
        copy_dir(&tree.join(sub), &dir.path().join(sub));
    }
    dir
}

pub(crate) fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

/// The middle value (sorts `v`).
pub(crate) fn median(v: &mut [Duration]) -> Duration {
    v.sort();
    v[v.len() / 2]
}

pub(crate) fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
