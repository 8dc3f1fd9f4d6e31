//! Finding and loading a language's Hunspell dictionary from the system
//! (`/usr/share/hunspell`, `/usr/share/myspell`, npm's global
//! `dictionary-<lang>` packages, or the folders in
//! `CAREGUIDE_DICTIONARY_PATH`). Dictionaries are never copied into the
//! project: their licences (LGPL, GPL, MPL) are their own, and the
//! system's packages keep them up to date.
//!
//! A dictionary is decoded from the encoding its `.aff` file names
//! (`SET ISO8859-2` for Polish) into UTF-8 before spellbook reads it, and
//! is loaded at most once per process (the live preview checks on every
//! save).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

/// The folders searched after `CAREGUIDE_DICTIONARY_PATH`, in order.
pub const SYSTEM_DIRS: &[&str] = &[
    "/usr/share/hunspell",
    "/usr/share/myspell/dicts",
    "/usr/share/myspell",
    "/usr/local/share/hunspell",
    "/usr/lib/node_modules",
    "/usr/local/lib/node_modules",
];

/// The environment variable naming extra folders to search first
/// (separated like `PATH`).
pub const PATH_VAR: &str = "CAREGUIDE_DICTIONARY_PATH";

/// A dictionary's two files.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DictionaryFiles {
    pub aff: PathBuf,
    pub dic: PathBuf,
}

impl DictionaryFiles {
    /// What identifies this version of the dictionary for the verdict
    /// cache: the paths, sizes and modification times of both files.
    pub fn identity(&self) -> String {
        let stamp = |p: &Path| {
            let m = std::fs::metadata(p).ok();
            let len = m.as_ref().map_or(0, |m| m.len());
            let modified = m
                .and_then(|m| m.modified().ok())
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_secs());
            format!("{}:{len}:{modified}", p.display())
        };
        format!("{}|{}", stamp(&self.aff), stamp(&self.dic))
    }
}

/// The folders to search: `CAREGUIDE_DICTIONARY_PATH`, then the system's.
pub fn search_dirs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::env::var_os(PATH_VAR)
        .map(|v| std::env::split_paths(&v).collect())
        .unwrap_or_default();
    dirs.extend(SYSTEM_DIRS.iter().map(PathBuf::from));
    dirs
}

/// The file stems a dictionary for `tag` may have, best first: the tag
/// itself (`en_GB`, `ar`); for a tag without a region, also the language
/// with any region (`pl_PL`, `uk_UA`, `fa_IR`), found by listing the
/// folder. A tag with a region never takes another region's dictionary
/// (en-GB is not `en` or `en_US`).
fn stems_in(dir: &Path, tag: &str) -> Vec<String> {
    let language = tag.split(['-', '_']).next().unwrap_or(tag);
    let mut stems = vec![tag.replace('-', "_")];
    if language != tag {
        return stems;
    }
    let mut regional: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| e.file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(".aff").map(str::to_string))
        .filter(|s| s.strip_prefix(language).is_some_and(|r| r.starts_with('_')))
        .collect();
    regional.sort();
    stems.extend(regional);
    stems.dedup();
    stems
}

/// Where the dictionary for `tag` is in `dirs`, if anywhere: Hunspell's
/// `<stem>.aff`/`<stem>.dic`, or an npm package `dictionary-<lang>` with
/// `index.aff`/`index.dic` (wooorm's dictionaries, e.g. Welsh).
pub fn find(tag: &str, dirs: &[PathBuf]) -> Option<DictionaryFiles> {
    for dir in dirs {
        for stem in stems_in(dir, tag) {
            let files = DictionaryFiles {
                aff: dir.join(format!("{stem}.aff")),
                dic: dir.join(format!("{stem}.dic")),
            };
            if files.aff.is_file() && files.dic.is_file() {
                return Some(files);
            }
        }
        // wooorm's packages are named by the lower-case tag (`dictionary-cy`,
        // `dictionary-en-gb`).
        let package = format!("dictionary-{}", tag.to_ascii_lowercase());
        {
            for base in [dir.join(&package), dir.join("node_modules").join(&package)] {
                let files = DictionaryFiles {
                    aff: base.join("index.aff"),
                    dic: base.join("index.dic"),
                };
                if files.aff.is_file() && files.dic.is_file() {
                    return Some(files);
                }
            }
        }
    }
    None
}

/// The encoding an `.aff` file declares with `SET` (UTF-8 if none).
fn declared_encoding(aff: &[u8]) -> &'static encoding_rs::Encoding {
    let head = &aff[..aff.len().min(16 * 1024)];
    head.split(|b| *b == b'\n')
        .map(|l| l.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(l))
        .find_map(|l| l.strip_prefix(b"SET"))
        .and_then(|rest| {
            let name = String::from_utf8_lossy(rest);
            encoding_rs::Encoding::for_label(name.trim().as_bytes())
        })
        .unwrap_or(encoding_rs::UTF_8)
}

/// Reads both files in the encoding the `.aff` declares, as UTF-8
/// (spellbook reads UTF-8 only). The `SET` line itself is left: spellbook
/// accepts any and works on the text it is given.
pub fn read_utf8(files: &DictionaryFiles) -> Result<(String, String), String> {
    let aff = std::fs::read(&files.aff).map_err(|e| format!("{}: {e}", files.aff.display()))?;
    let dic = std::fs::read(&files.dic).map_err(|e| format!("{}: {e}", files.dic.display()))?;
    let encoding = declared_encoding(&aff);
    let (aff, _, _) = encoding.decode(&aff);
    let (dic, _, _) = encoding.decode(&dic);
    Ok((aff.into_owned(), dic.into_owned()))
}

/// Loads a dictionary, or gives why not.
pub fn load(files: &DictionaryFiles) -> Result<spellbook::Dictionary, String> {
    let (aff, dic) = read_utf8(files)?;
    spellbook::Dictionary::new(&aff, &dic).map_err(|e| format!("{}: {e}", files.aff.display()))
}

type Loaded = Arc<Result<spellbook::Dictionary, String>>;

/// Loads each of `wanted` (in parallel, one thread each: the big
/// dictionaries take most of a second) unless this process already has.
pub fn load_all(wanted: &[DictionaryFiles]) -> HashMap<DictionaryFiles, Loaded> {
    static MEMO: OnceLock<Mutex<HashMap<DictionaryFiles, Loaded>>> = OnceLock::new();
    let memo = MEMO.get_or_init(Default::default);
    let missing: Vec<&DictionaryFiles> = {
        let have = memo.lock().unwrap_or_else(|e| e.into_inner());
        wanted.iter().filter(|f| !have.contains_key(*f)).collect()
    };
    let made: Vec<(DictionaryFiles, Loaded)> = std::thread::scope(|s| {
        let handles: Vec<_> = missing
            .iter()
            .map(|f| s.spawn(|| ((*f).clone(), Arc::new(load(f)))))
            .collect();
        handles.into_iter().filter_map(|h| h.join().ok()).collect()
    });
    let mut have = memo.lock().unwrap_or_else(|e| e.into_inner());
    have.extend(made);
    wanted
        .iter()
        .filter_map(|f| Some((f.clone(), have.get(f)?.clone())))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_declared_encoding_is_read_from_the_set_line() {
        assert_eq!(
            declared_encoding(b"SET ISO8859-2\nTRY abc\n"),
            encoding_rs::ISO_8859_2
        );
        assert_eq!(
            declared_encoding(b"\xEF\xBB\xBFSET UTF-8\n"),
            encoding_rs::UTF_8
        );
        assert_eq!(declared_encoding(b"FLAG long\n"), encoding_rs::UTF_8);
    }

    #[test]
    fn a_latin_2_dictionary_is_read_as_utf8_and_checks_words() {
        let dir = tempfile::tempdir().unwrap();
        // "źle" (badly) and "dzięki" in ISO-8859-2: ź = 0xBC, ę = 0xEA.
        std::fs::write(dir.path().join("pl_PL.aff"), b"SET ISO8859-2\n").unwrap();
        std::fs::write(dir.path().join("pl_PL.dic"), b"2\n\xBCle\ndzi\xEAki\n").unwrap();
        let files = find("pl", &[dir.path().to_path_buf()]).expect("found by its region");
        let dict = load(&files).unwrap();
        assert!(dict.check("źle") && dict.check("dzięki"));
        assert!(!dict.check("zle"));
    }

    #[test]
    fn npm_packages_and_tags_are_found() {
        let dir = tempfile::tempdir().unwrap();
        let pkg = dir.path().join("dictionary-cy");
        std::fs::create_dir(&pkg).unwrap();
        std::fs::write(pkg.join("index.aff"), "SET UTF-8\n").unwrap();
        std::fs::write(pkg.join("index.dic"), "1\nteulu\n").unwrap();
        std::fs::write(dir.path().join("en_GB.aff"), "").unwrap();
        std::fs::write(dir.path().join("en_GB.dic"), "1\ncolour\n").unwrap();
        let dirs = [dir.path().to_path_buf()];
        assert_eq!(find("cy", &dirs).unwrap().aff, pkg.join("index.aff"));
        assert_eq!(
            find("en-GB", &dirs).unwrap().aff,
            dir.path().join("en_GB.aff")
        );
        assert!(find("ro", &dirs).is_none());
    }
}
