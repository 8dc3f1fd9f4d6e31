//! What a dictionary said about each word, remembered between runs.
//!
//! Loading a Hunspell dictionary takes 0.1 to 0.7 s (Ukrainian's and
//! Persian's hold millions of forms) and a suggestion up to half a second,
//! while the whole of `careguide check` takes about a quarter of a second;
//! so each verdict is kept in the user's cache folder
//! (`CAREGUIDE_SPELLING_CACHE`, else `$XDG_CACHE_HOME` or `~/.cache`,
//! under `careguide/spelling`), one file per dictionary version (its
//! paths, sizes and modification times). A run whose words are all known
//! to the cache loads no dictionary. The cache is outside the project and
//! holds only single words, never text; losing it costs time, nothing else.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::dictionary::DictionaryFiles;

/// Changes when the meaning of a cached line changes.
const FORMAT: &str = "careguide spelling cache 2";

/// Where the cache lives, if anywhere.
pub fn default_dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("CAREGUIDE_SPELLING_CACHE") {
        return Some(PathBuf::from(d));
    }
    std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .map(|b| b.join("careguide").join("spelling"))
}

/// One dictionary's remembered verdicts.
#[derive(Debug, Default)]
pub struct VerdictCache {
    path: Option<PathBuf>,
    identity: String,
    /// Whether the dictionary knows each word.
    known: HashMap<String, bool>,
    /// Its suggestions for words it does not know, in its own order.
    suggestions: HashMap<String, Vec<String>>,
    changed: bool,
}

fn fnv1a(s: &str) -> u64 {
    s.bytes().fold(0xcbf29ce484222325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100000001b3)
    })
}

impl VerdictCache {
    /// The cache for `files` in `dir` (nothing is remembered without one).
    pub fn open(dir: Option<&Path>, files: &DictionaryFiles) -> VerdictCache {
        let identity = format!("{FORMAT} {}", files.identity());
        let path = dir.map(|d| d.join(format!("{:016x}.tsv", fnv1a(&identity))));
        let mut cache = VerdictCache {
            path,
            identity,
            ..VerdictCache::default()
        };
        if let Some(text) = cache
            .path
            .as_ref()
            .and_then(|p| std::fs::read_to_string(p).ok())
        {
            cache.read(&text);
        }
        cache
    }

    fn read(&mut self, text: &str) {
        let mut lines = text.lines();
        if lines.next() != Some(self.identity.as_str()) {
            return; // another dictionary's file with the same hash, or an old format
        }
        for line in lines {
            let mut cols = line.split('\t');
            let (Some(word), Some(mark)) = (cols.next(), cols.next()) else {
                continue;
            };
            match mark {
                "+" => {
                    self.known.insert(word.to_string(), true);
                }
                "-" => {
                    self.known.insert(word.to_string(), false);
                }
                "?" => {
                    self.known.insert(word.to_string(), false);
                    self.suggestions
                        .insert(word.to_string(), cols.map(str::to_string).collect());
                }
                _ => {}
            }
        }
    }

    /// Whether the dictionary knows `word`, if the cache knows.
    pub fn known(&self, word: &str) -> Option<bool> {
        self.known.get(word).copied()
    }

    pub fn suggestions(&self, word: &str) -> Option<&[String]> {
        self.suggestions.get(word).map(Vec::as_slice)
    }

    pub fn set_known(&mut self, word: &str, known: bool) {
        if !word.contains(['\t', '\n', '\r']) {
            self.known.insert(word.to_string(), known);
            self.changed = true;
        }
    }

    pub fn set_suggestions(&mut self, word: &str, suggestions: Vec<String>) {
        if !word.contains(['\t', '\n', '\r']) {
            let clean = suggestions
                .into_iter()
                .filter(|s| !s.contains(['\t', '\n', '\r']))
                .collect();
            self.known.insert(word.to_string(), false);
            self.suggestions.insert(word.to_string(), clean);
            self.changed = true;
        }
    }

    /// Writes the cache back if anything was added (to a temporary file,
    /// then renamed, so a reader never sees half of it). Failing to write
    /// is not an error: the next run is only slower.
    pub fn save(&self) {
        let (true, Some(path)) = (self.changed, &self.path) else {
            return;
        };
        let Some(dir) = path.parent() else { return };
        if std::fs::create_dir_all(dir).is_err() {
            return;
        }
        let mut words: Vec<(&String, &bool)> = self.known.iter().collect();
        words.sort();
        let mut text = format!("{}\n", self.identity);
        for (word, known) in words {
            text.push_str(word);
            match (known, self.suggestions.get(word)) {
                (true, _) => text.push_str("\t+"),
                (false, None) => text.push_str("\t-"),
                (false, Some(s)) => {
                    text.push_str("\t?");
                    for s in s {
                        text.push('\t');
                        text.push_str(s);
                    }
                }
            }
            text.push('\n');
        }
        let tmp = path.with_extension(format!("tmp-{}", std::process::id()));
        let written = std::fs::File::create(&tmp)
            .and_then(|mut f| f.write_all(text.as_bytes()))
            .and_then(|()| std::fs::rename(&tmp, path));
        if written.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verdicts_survive_a_round_trip_and_a_changed_dictionary_starts_afresh() {
        let dir = tempfile::tempdir().unwrap();
        let aff = dir.path().join("xx.aff");
        let dic = dir.path().join("xx.dic");
        std::fs::write(&aff, "").unwrap();
        std::fs::write(&dic, "1\nword\n").unwrap();
        let files = DictionaryFiles { aff, dic };
        let mut c = VerdictCache::open(Some(dir.path()), &files);
        c.set_known("word", true);
        c.set_known("xyz", false);
        c.set_suggestions("wrod", vec!["word".into(), "rod".into()]);
        c.save();
        let again = VerdictCache::open(Some(dir.path()), &files);
        assert_eq!(again.known("word"), Some(true));
        assert_eq!(again.known("xyz"), Some(false));
        assert_eq!(again.suggestions("xyz"), None);
        assert_eq!(again.known("wrod"), Some(false));
        assert_eq!(
            again.suggestions("wrod"),
            Some(&["word".to_string(), "rod".to_string()][..])
        );
        assert_eq!(again.known("other"), None);
        // A new version of the dictionary (another size) is another cache.
        std::fs::write(&files.dic, "2\nword\nwrod\n").unwrap();
        assert_eq!(
            VerdictCache::open(Some(dir.path()), &files).known("word"),
            None
        );
    }
}
