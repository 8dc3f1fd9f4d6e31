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
    /// Part (`value`, `[one]`, `.spoken`, `.spoken[one]`) -> its
    /// fingerprint. Absent in the old form, whose `fingerprint` covers
    /// only the flattened default text and is compared that way.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parts: Option<BTreeMap<String, String>>,
}

/// Every part of message `m` (spans into `text`) with its source,
/// whitespace collapsed: the value without its variants' bodies, each
/// variant (`[key]`, nested `[a][b]`), each attribute (`.name`).
pub fn parts(text: &str, m: &crate::i18n::syntax::Message) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    if let Some(v) = &m.value {
        collect(text, v, "value", "", &mut out);
    }
    for a in &m.attributes {
        let name = format!(".{}", a.id.name);
        collect(text, &a.value, &name, &name, &mut out);
    }
    out
}

fn collect(
    text: &str,
    p: &crate::i18n::syntax::Pattern,
    name: &str,
    prefix: &str,
    out: &mut BTreeMap<String, String>,
) {
    use crate::i18n::syntax::{Element, Expression, Inline, Variant};
    fn selects<'a>(e: &'a Expression, found: &mut Vec<&'a Variant>) {
        match e {
            Expression::Select { variants, .. } => found.extend(variants.iter()),
            Expression::Inline(Inline::Placeable(inner)) => selects(inner, found),
            Expression::Inline(_) => {}
        }
    }
    let mut variants = Vec::new();
    for el in &p.elements {
        if let Element::Placeable(e) = el {
            selects(e, &mut variants);
        }
    }
    let mut own = String::new();
    let mut cursor = p.span.start;
    for v in &variants {
        let body = &v.value.span;
        if body.start >= cursor && body.end <= p.span.end {
            own.push_str(&text[cursor..body.start]);
            cursor = body.end;
        }
    }
    own.push_str(&text[cursor.min(p.span.end)..p.span.end]);
    out.insert(name.to_string(), collapse(&own));
    for v in variants {
        let key = format!("{prefix}[{}]", v.key.name);
        collect(text, &v.value, &key, &key, out);
    }
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The entry recording message `m` as current: a fingerprint of the whole
/// message, one per part, and the whole English.
pub fn entry(text: &str, m: &crate::i18n::syntax::Message) -> Entry {
    let parts = parts(text, m);
    let whole: String = parts
        .iter()
        .map(|(k, v)| format!("{k}\u{1f}{v}\u{1e}"))
        .collect();
    let english = text[m.id.span.end..m.span.end]
        .trim_start()
        .trim_start_matches('=')
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    Entry {
        fingerprint: fingerprint(&whole),
        english,
        parts: Some(
            parts
                .iter()
                .map(|(k, v)| (k.clone(), fingerprint(v)))
                .collect(),
        ),
    }
}

/// What changed since `print` was recorded: None when nothing did; the
/// changed parts named otherwise (empty for an old-form entry, which
/// cannot say). `flat` is the flattened default text (the old form).
pub fn changed(print: &Entry, flat: &str, now: &Entry) -> Option<Vec<String>> {
    let Some(was) = &print.parts else {
        return (print.fingerprint != fingerprint(flat)).then(Vec::new);
    };
    if print.fingerprint == now.fingerprint {
        return None;
    }
    let now_parts = now.parts.clone().unwrap_or_default();
    let mut out = Vec::new();
    for (k, h) in &now_parts {
        match was.get(k) {
            Some(old) if old == h => {}
            Some(_) => out.push(format!("{} changed", describe(k))),
            None => out.push(format!("{} was added", describe(k))),
        }
    }
    for k in was.keys().filter(|k| !now_parts.contains_key(*k)) {
        out.push(format!("{} was removed", describe(k)));
    }
    Some(out)
}

fn describe(part: &str) -> String {
    match part.split_once('[') {
        _ if part == "value" => "the value".to_string(),
        Some(("", _)) => format!("the {part} variant"),
        Some((attr, rest)) => format!("the {attr} [{rest} variant"),
        None => format!("attribute {part}"),
    }
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
