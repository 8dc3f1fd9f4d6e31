//! Cargo build script. The shipped content/ and locales/ are embedded in
//! the binary by include_dir, which cannot tell Cargo to watch them, so
//! this script does: editing a .ftl or .toml file rebuilds careguide.
//!
//! It also writes the hyphenation patterns the syllable counts need,
//! those of the languages in `locales/` and no others, into OUT_DIR, with
//! `hyphenation.rs` listing them for `check::rules::syllables`.

use std::fmt::Write as _;
use std::path::Path;

use hyphenation::{Load, Standard};

#[path = "check/rules/pattern_languages.rs"]
mod pattern_languages;

fn main() {
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=src/check/rules/pattern_languages.rs");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let mut languages: Vec<_> = std::fs::read_dir("locales")
        .expect("locales/ is beside Cargo.toml")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|tag| pattern_languages::patterns_for(tag.split('-').next()?))
        .collect();
    languages.sort_by_key(|l| l.code());
    languages.dedup();
    let mut list = String::from("&[\n");
    for lang in languages {
        let dict = Standard::from_embedded(lang).expect("hyphenation embeds every language");
        let bytes = bincode::serialize(&dict).expect("a dictionary serialises");
        let file = format!("{}.standard.bincode", lang.code());
        std::fs::write(Path::new(&out).join(&file), bytes).expect("OUT_DIR is writable");
        let _ = writeln!(
            list,
            "    ({:?}, include_bytes!(concat!(env!(\"OUT_DIR\"), \"/{file}\"))),",
            lang.code()
        );
    }
    list.push(']');
    std::fs::write(Path::new(&out).join("hyphenation.rs"), list).expect("OUT_DIR is writable");
}
