//! The audio cache: one Opus file per (voice, engine version, encoder
//! version, exact spoken text), named by a hash of the four, so a build
//! synthesises only what changed. The same name is the file's name in the
//! published site, so a page can point at its audio before it is made.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use super::engine::{self, Engine};

/// One piece of audio to make: the voice and the text it says.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Clip {
    pub voice: String,
    pub text: String,
}

/// What the cache key is made from besides the clip.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Versions {
    pub engine: String,
    pub encoder: String,
}

impl Versions {
    /// The installed engine's and encoder's, or `None` with what is missing.
    pub fn installed() -> Result<Versions, String> {
        let engine = Engine::installed().ok_or_else(|| "espeak-ng is not installed".to_string())?;
        let encoder =
            engine::opusenc_version().ok_or_else(|| "opusenc is not installed".to_string())?;
        Ok(Versions {
            engine: engine.version.clone(),
            encoder: encoder.to_string(),
        })
    }
}

/// The file name of a clip's audio: 128 bits of two FNV-1a hashes of
/// everything that changes the sound, then `.opus`.
pub fn file_name(clip: &Clip, v: &Versions) -> String {
    let key = format!("{}\0{}\0{}\0{}", clip.voice, v.engine, v.encoder, clip.text);
    let fnv = |seed: u64| {
        key.bytes().fold(seed, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        })
    };
    format!(
        "{:016x}{:016x}.opus",
        fnv(0xcbf2_9ce4_8422_2325),
        fnv(0x6c62_272e_07bb_0142)
    )
}

/// Where the cache lives: `CAREGUIDE_AUDIO_CACHE`, else the user's cache
/// folder (`$XDG_CACHE_HOME` or `~/.cache`) under `careguide/audio`, else
/// `fallback`.
pub fn default_dir(fallback: &Path) -> PathBuf {
    if let Some(d) = std::env::var_os("CAREGUIDE_AUDIO_CACHE") {
        return PathBuf::from(d);
    }
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")));
    match base {
        Some(b) => b.join("careguide").join("audio"),
        None => fallback.to_path_buf(),
    }
}

/// How many clips a `make_all` found and made.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Made {
    pub cached: usize,
    pub synthesised: usize,
}

/// Makes every clip missing from the cache at `dir`, on as many threads as
/// there are cores (each clip is two short-lived processes, so the work
/// spreads evenly), and returns each clip's file name -> path in the cache.
pub fn make_all(
    dir: &Path,
    clips: &[Clip],
    v: &Versions,
) -> io::Result<(BTreeMap<String, PathBuf>, Made)> {
    fs::create_dir_all(dir)?;
    let engine =
        Engine::installed().ok_or_else(|| io::Error::other("espeak-ng is not installed"))?;
    let mut paths = BTreeMap::new();
    let mut todo = Vec::new();
    let mut made = Made::default();
    for clip in clips {
        let name = file_name(clip, v);
        let path = dir.join(&name);
        if paths.contains_key(&name) {
            continue;
        }
        if path.is_file() {
            made.cached += 1;
        } else {
            todo.push((clip, path.clone()));
        }
        paths.insert(name, path);
    }
    made.synthesised = todo.len();
    let threads = std::thread::available_parallelism()
        .map_or(2, usize::from)
        .clamp(1, 8);
    let queue = Mutex::new(todo.into_iter());
    let first_error: Mutex<Option<io::Error>> = Mutex::new(None);
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                loop {
                    let Some((clip, path)) = queue.lock().expect("queue").next() else {
                        return;
                    };
                    let result = engine
                        .wav(&clip.voice, &clip.text)
                        .and_then(|wav| engine::encode_opus(&wav))
                        .and_then(|opus| write_atomically(&path, &opus));
                    if let Err(e) = result {
                        first_error.lock().expect("error").get_or_insert(e);
                        return;
                    }
                }
            });
        }
    });
    match first_error.into_inner().expect("error") {
        Some(e) => Err(e),
        None => Ok((paths, made)),
    }
}

/// A cache file appears whole or not at all (two builds may share a cache).
fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let tmp = path.with_extension(format!("tmp-{}", std::process::id()));
    fs::write(&tmp, bytes)?;
    fs::rename(&tmp, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_change_with_each_part_of_the_key() {
        let v = Versions {
            engine: "1.51".into(),
            encoder: "opusenc 0.2".into(),
        };
        let clip = Clip {
            voice: "pl".into(),
            text: "Cześć".into(),
        };
        let name = file_name(&clip, &v);
        assert_eq!(name, file_name(&clip.clone(), &v));
        assert_eq!(name.len(), 32 + 5);
        let other_voice = Clip {
            voice: "cy".into(),
            ..clip.clone()
        };
        let other_text = Clip {
            text: "Cześć!".into(),
            ..clip.clone()
        };
        let other_engine = Versions {
            engine: "1.52".into(),
            ..v.clone()
        };
        assert_ne!(name, file_name(&other_voice, &v));
        assert_ne!(name, file_name(&other_text, &v));
        assert_ne!(name, file_name(&clip, &other_engine));
    }
}
