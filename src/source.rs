//! Where the project's files come from: embedded in the binary, or a
//! working copy on disk (`--content DIR`). Nothing else in the crate reads
//! the file system for content, so every later stage works on both alike.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

use crate::diag::Diagnostic;

static EMBEDDED_CONTENT: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/content");
static EMBEDDED_LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// Largest file the loader accepts. Anything bigger is surely a mistake
/// (the whole shipped content is well under 1 MB) and would only slow the
/// kiosk down.
pub const MAX_FILE_BYTES: usize = 4 * 1024 * 1024;

/// One file of the project, keyed by its path relative to the project root
/// (`content/facts.toml`, `locales/en-GB/guide.ftl`).
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// What to call the file in messages: its path on disk, or the
    /// relative path for embedded files.
    pub label: String,
    pub bytes: Vec<u8>,
}

impl SourceFile {
    /// The file as UTF-8 text, or a diagnostic saying it is not.
    pub fn text(&self) -> Result<&str, Diagnostic> {
        std::str::from_utf8(&self.bytes).map_err(|e| {
            let upto = &self.bytes[..e.valid_up_to()];
            let line = upto.iter().filter(|&&b| b == b'\n').count() + 1;
            let col = upto.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
            Diagnostic::error(format!("{} is not valid UTF-8 text", self.label))
                .at_position(&self.label, line, col)
                .with_help(
                    "save the file as UTF-8 (most editors offer this under 'Save with encoding')",
                )
        })
    }
}

/// All files of one project, embedded or read from disk.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    files: BTreeMap<String, SourceFile>,
    /// A working copy's `.ftl` files, not read yet: (path on disk, label).
    /// They are read one at a time when the locales are loaded, and their
    /// text moves into Fluent's resources, so the words are in memory
    /// once.
    unread: BTreeMap<String, (PathBuf, String)>,
    /// The working copy's root, or `None` when embedded.
    pub root: Option<PathBuf>,
}

impl Sources {
    /// The content and locales compiled into the binary.
    pub fn embedded() -> Sources {
        let mut files = BTreeMap::new();
        for (prefix, dir) in [
            ("content", &EMBEDDED_CONTENT),
            ("locales", &EMBEDDED_LOCALES),
        ] {
            collect_embedded(prefix, dir, &mut files);
        }
        Sources {
            files,
            unread: BTreeMap::new(),
            root: None,
        }
    }

    /// The `content/` and `locales/` folders of a working copy.
    pub fn from_dir(root: &Path) -> Result<Sources, Diagnostic> {
        let mut files = BTreeMap::new();
        let mut unread = BTreeMap::new();
        for sub in ["content", "locales"] {
            let dir = root.join(sub);
            if !dir.is_dir() {
                return Err(Diagnostic::error(format!(
                    "{} has no {sub}/ folder",
                    root.display()
                ))
                .with_help("--content takes the folder that holds content/ and locales/ (the project root)"));
            }
            collect_dir(root, &dir, &mut files, &mut unread)?;
        }
        Ok(Sources {
            files,
            unread,
            root: Some(root.to_path_buf()),
        })
    }

    /// Builds sources from in-memory files (tests and fixtures).
    pub fn from_files<I, K, V>(files: I) -> Sources
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<Vec<u8>>,
    {
        let files = files
            .into_iter()
            .map(|(k, v)| {
                let key: String = k.into();
                (
                    key.clone(),
                    SourceFile {
                        label: key,
                        bytes: v.into(),
                    },
                )
            })
            .collect();
        Sources {
            files,
            unread: BTreeMap::new(),
            root: None,
        }
    }

    pub fn get(&self, rel: &str) -> Option<&SourceFile> {
        self.files.get(rel)
    }

    /// The relative paths under `prefix`, read or not, in order.
    pub fn paths_under(&self, prefix: &str) -> Vec<String> {
        let mut paths: Vec<String> = self
            .files
            .keys()
            .chain(self.unread.keys())
            .filter(|k| k.starts_with(prefix))
            .cloned()
            .collect();
        paths.sort();
        paths
    }

    /// Files whose relative path starts with `prefix`, in path order
    /// (the files read so far: not a working copy's `.ftl` files).
    pub fn under<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = (&'a str, &'a SourceFile)> {
        self.files
            .range(prefix.to_string()..)
            .take_while(move |(k, _)| k.starts_with(prefix))
            .map(|(k, v)| (k.as_str(), v))
    }

    /// Moves the files under `prefix` (read or not) into sources of their
    /// own, so two stages can each work on their part at the same time.
    pub fn split_off(&mut self, prefix: &str) -> Sources {
        let (files, keep): (BTreeMap<_, _>, BTreeMap<_, _>) = std::mem::take(&mut self.files)
            .into_iter()
            .partition(|(k, _)| k.starts_with(prefix));
        self.files = keep;
        let (unread, keep): (BTreeMap<_, _>, BTreeMap<_, _>) = std::mem::take(&mut self.unread)
            .into_iter()
            .partition(|(k, _)| k.starts_with(prefix));
        self.unread = keep;
        Sources {
            files,
            unread,
            root: self.root.clone(),
        }
    }

    /// Takes back what [`Sources::split_off`] moved out (and was not taken).
    pub fn merge(&mut self, other: Sources) {
        self.files.extend(other.files);
        self.unread.extend(other.unread);
    }

    /// Takes one file out, reading it now if it was not read yet (a later
    /// stage keeps it in another form).
    pub fn take(&mut self, rel: &str) -> Option<Result<SourceFile, Diagnostic>> {
        if let Some(file) = self.files.remove(rel) {
            return Some(Ok(file));
        }
        let (path, label) = self.unread.remove(rel)?;
        Some(read_regular(&path, &label).map(|bytes| SourceFile { label, bytes }))
    }

    /// Replaces or adds one file (tests, and the live preview's overlays).
    pub fn insert(&mut self, rel: &str, bytes: impl Into<Vec<u8>>) {
        // It replaces the file on disk, read or not.
        self.unread.remove(rel);
        self.files.insert(
            rel.to_string(),
            SourceFile {
                label: rel.to_string(),
                bytes: bytes.into(),
            },
        );
    }
}

fn collect_embedded(prefix: &str, dir: &Dir<'static>, out: &mut BTreeMap<String, SourceFile>) {
    for file in dir.files() {
        let rel = format!("{prefix}/{}", file.path().display());
        out.insert(
            rel.clone(),
            SourceFile {
                label: rel,
                bytes: file.contents().to_vec(),
            },
        );
    }
    for sub in dir.dirs() {
        collect_embedded(prefix, sub, out);
    }
}

/// Reads a regular file of at most [`MAX_FILE_BYTES`]. The type is checked
/// before opening (opening a FIFO would wait for a writer for ever) and
/// again on the open file, and the limit applies to the bytes read, not to
/// what `stat` said.
fn read_regular(path: &Path, label: &str) -> Result<Vec<u8>, Diagnostic> {
    use std::io::Read;
    let meta = std::fs::metadata(path).map_err(|e| io_error(path, e))?;
    if !meta.is_file() {
        return Err(not_regular(label));
    }
    let file = std::fs::File::open(path).map_err(|e| io_error(path, e))?;
    if !file.metadata().map_err(|e| io_error(path, e))?.is_file() {
        return Err(not_regular(label));
    }
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_error(path, e))?;
    if bytes.len() > MAX_FILE_BYTES {
        let size = std::fs::metadata(path).map_or(bytes.len() as u64, |m| m.len());
        return Err(too_big(path, size));
    }
    Ok(bytes)
}

fn too_big(path: &Path, size: u64) -> Diagnostic {
    Diagnostic::error(format!(
        "{} is {} bytes, more than the {} bytes a content file may have",
        path.display(),
        size,
        MAX_FILE_BYTES
    ))
    .with_code("too-big")
    .at_position(&path.display().to_string(), 1, 1)
    .with_help("split the file, or remove what was pasted into it by mistake")
}

fn not_regular(label: &str) -> Diagnostic {
    Diagnostic::error(format!(
        "{label} is not a regular file (a pipe, a device or a folder), so it was not read"
    ))
    .with_code("not-a-file")
    .with_help("content/ and locales/ hold ordinary text files only: remove it or replace it with the file itself")
}

/// Where a symbolic link in the working copy leads, if that is a file
/// inside the working copy; otherwise the finding that says why not (the
/// link's own path, never what it points at, is printed).
fn inside_root(root: &Path, path: &Path, label: &str) -> Result<PathBuf, Diagnostic> {
    let outside = || {
        Diagnostic::error(format!(
            "{label} is a link to a file outside the working copy, so it was not read"
        ))
        .with_code("link-outside")
        .with_help("copy the file into the project instead of linking to it")
    };
    let target = std::fs::canonicalize(path).map_err(|_| outside())?;
    let root = std::fs::canonicalize(root).map_err(|e| io_error(root, e))?;
    if target.starts_with(&root) {
        Ok(target)
    } else {
        Err(outside())
    }
}

fn io_error(path: &Path, e: std::io::Error) -> Diagnostic {
    Diagnostic::error(format!("cannot read {}: {e}", path.display()))
        .with_help("check that the folder exists and you may read it")
}

fn collect_dir(
    root: &Path,
    dir: &Path,
    out: &mut BTreeMap<String, SourceFile>,
    unread: &mut BTreeMap<String, (PathBuf, String)>,
) -> Result<(), Diagnostic> {
    let io_err = io_error;
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| io_err(dir, e))?
        .collect::<Result<_, _>>()
        .map_err(|e| io_err(dir, e))?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue; // editor swap files, .DS_Store
        }
        // The entry itself, links not followed: a folder is walked, a
        // link is followed only to a file inside the working copy, and
        // anything else that is not a regular file is refused by name.
        let kind = entry.file_type().map_err(|e| io_err(&path, e))?;
        if kind.is_dir() {
            collect_dir(root, &path, out, unread)?;
            continue;
        }
        let rel = path
            .strip_prefix(root)
            .unwrap_or(&path)
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        // In the current folder, name files as the editor sees them
        // (`locales/cy/guide.ftl`, not `./locales/cy/guide.ftl`).
        let label = if root == Path::new(".") {
            rel.clone()
        } else {
            path.display().to_string()
        };
        let path = if kind.is_symlink() {
            inside_root(root, &path, &label)?
        } else {
            path
        };
        let meta = std::fs::metadata(&path).map_err(|e| io_err(&path, e))?;
        if !meta.is_file() {
            return Err(not_regular(&label));
        }
        // A language's file too big is set aside when it is taken (see
        // `take`): that language loses the file, the others are read.
        let size = meta.len() as usize;
        if rel.starts_with("locales/") && (rel.ends_with(".ftl") || size > MAX_FILE_BYTES) {
            unread.insert(rel, (path, label));
            continue;
        }
        let bytes = read_regular(&path, &label)?;
        out.insert(rel, SourceFile { label, bytes });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn copy() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("content")).unwrap();
        std::fs::create_dir_all(dir.path().join("locales/cy")).unwrap();
        std::fs::write(dir.path().join("content/facts.toml"), "").unwrap();
        dir
    }

    fn refusal(dir: &Path) -> String {
        Sources::from_dir(dir).unwrap_err().render(false)
    }

    #[test]
    fn a_link_out_of_the_working_copy_is_named_not_read() {
        let dir = copy();
        let secret = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(secret.path(), "root:x:0:0:root:/root:/bin/bash\n").unwrap();
        std::os::unix::fs::symlink(secret.path(), dir.path().join("locales/cy/zz.ftl")).unwrap();
        let shown = refusal(dir.path());
        assert!(
            shown.contains("zz.ftl is a link to a file outside"),
            "{shown}"
        );
        assert!(!shown.contains("root:x"), "{shown}");
        // A link to a file inside is followed.
        std::fs::remove_file(dir.path().join("locales/cy/zz.ftl")).unwrap();
        std::fs::write(dir.path().join("content/words.txt"), "inside").unwrap();
        std::os::unix::fs::symlink(
            dir.path().join("content/words.txt"),
            dir.path().join("content/link.txt"),
        )
        .unwrap();
        let sources = Sources::from_dir(dir.path()).unwrap();
        assert_eq!(sources.get("content/link.txt").unwrap().bytes, b"inside");
    }

    #[test]
    fn pipes_and_devices_are_refused_without_waiting() {
        let dir = copy();
        let fifo = dir.path().join("content/notes.toml");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if made.is_ok_and(|s| s.success()) {
            assert!(refusal(dir.path()).contains("not a regular file"));
            std::fs::remove_file(&fifo).unwrap();
        }
        std::os::unix::fs::symlink("/dev/zero", dir.path().join("content/zero.toml")).unwrap();
        assert!(refusal(dir.path()).contains("zero.toml is a link to a file outside"));
    }

    #[test]
    fn the_size_limit_is_on_what_is_read() {
        let dir = copy();
        let big = dir.path().join("content/big.toml");
        std::fs::write(&big, vec![b'#'; MAX_FILE_BYTES + 1]).unwrap();
        std::os::unix::fs::symlink(&big, dir.path().join("content/via-link.toml")).unwrap();
        let shown = refusal(dir.path());
        assert!(shown.contains("more than the"), "{shown}");
    }

    #[test]
    fn a_working_copy_s_words_are_read_when_taken() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("content")).unwrap();
        std::fs::create_dir_all(dir.path().join("locales/cy")).unwrap();
        std::fs::write(dir.path().join("content/facts.toml"), "").unwrap();
        std::fs::write(dir.path().join("locales/cy/locale.toml"), "x").unwrap();
        std::fs::write(dir.path().join("locales/cy/a.ftl"), "a = A\n").unwrap();
        std::fs::write(dir.path().join("locales/cy/b.ftl"), "b = B\n").unwrap();
        let mut sources = Sources::from_dir(dir.path()).unwrap();
        assert_eq!(
            sources.paths_under("locales/"),
            [
                "locales/cy/a.ftl",
                "locales/cy/b.ftl",
                "locales/cy/locale.toml"
            ]
        );
        let read: Vec<&str> = sources.under("locales/").map(|(rel, _)| rel).collect();
        assert_eq!(read, ["locales/cy/locale.toml"]);
        let a = sources.take("locales/cy/a.ftl").unwrap().unwrap();
        assert_eq!(a.bytes, b"a = A\n");
        assert!(sources.take("locales/cy/a.ftl").is_none());
        // An overlay replaces the file on disk.
        sources.insert("locales/cy/b.ftl", "b = Bb\n");
        assert_eq!(sources.paths_under("locales/cy/b").len(), 1);
        let b = sources.take("locales/cy/b.ftl").unwrap().unwrap();
        assert_eq!(b.bytes, b"b = Bb\n");
    }
}
