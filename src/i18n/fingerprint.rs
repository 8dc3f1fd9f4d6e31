//! Outdated translations. Fluent has no fuzzy flag, so each locale keeps
//! `translated-from.toml`: for every message, a fingerprint of the English
//! it was translated from, and that English text. When the English changes,
//! the fingerprint no longer matches and `locale check` shows the old and
//! the new English. `careguide locale mark-current TAG` records the
//! current English once a translator has brought a locale up to date.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::diag::Diagnostic;
use crate::source::Sources;

pub const FILE_NAME: &str = "translated-from.toml";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub fingerprint: String,
    pub english: String,
}

/// Message id -> the English it was translated from.
pub type Fingerprints = BTreeMap<String, Entry>;

/// A stable fingerprint of English text (FNV-1a, 64 bits): the same on
/// every machine and Rust version, unlike `DefaultHasher`.
pub fn fingerprint(english: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in english.trim().bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

pub fn path(tag: &str) -> String {
    format!("locales/{tag}/{FILE_NAME}")
}

/// Reads a locale's fingerprints; a missing file is an empty table.
pub fn load(sources: &Sources, tag: &str) -> Result<Fingerprints, Diagnostic> {
    let Some(file) = sources.get(&path(tag)) else {
        return Ok(Fingerprints::new());
    };
    let text = file.text()?;
    toml::from_str(text).map_err(|e| {
        let d = Diagnostic::error(format!("{} is not valid: {}", file.label, e.message().trim()))
            .with_code("fingerprints")
            .with_help(format!("this file is written by `careguide locale mark-current {tag}`; run it again to rewrite it"));
        match e.span() {
            Some(s) => d.at_offset(&file.label, text, s.start, s.len()),
            None => d.at_position(&file.label, 1, 1),
        }
    })
}

pub fn to_toml(tag: &str, prints: &Fingerprints) -> String {
    let mut out = format!(
        "# Written by `careguide locale mark-current {tag}`: the English each\n# translation was made from. Do not edit by hand.\n\n"
    );
    out.push_str(&toml::to_string(prints).expect("fingerprints serialise"));
    out
}
