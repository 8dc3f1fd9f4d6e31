//! content/facts.toml (the facts translation never changes, and the help
//! lines of Get help now) and content/publish.toml.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use super::super::ids::is_valid_id;
use super::super::model::*;
use super::toml_error;
use crate::diag::Diagnostic;
use crate::source::Sources;

pub(super) fn load_facts(sources: &Sources, diags: &mut Vec<Diagnostic>) -> Facts {
    let Some(file) = sources.get("content/facts.toml") else {
        diags.push(
            Diagnostic::error("content/facts.toml is missing")
                .with_help("it holds the phone numbers and web addresses; see content/README.md"),
        );
        return Facts::default();
    };
    let text = match file.text() {
        Ok(t) => t,
        Err(d) => {
            diags.push(d);
            return Facts::default();
        }
    };
    match toml::from_str::<BTreeMap<String, Spanned<FactsEntry>>>(text) {
        Ok(entries) => {
            let mut facts = Facts::default();
            let mut groups = Vec::new();
            for (name, entry) in entries {
                let span = entry.span();
                match entry.into_inner() {
                    FactsEntry::Group(kv) => groups.push((name, kv)),
                    FactsEntry::List(lines) if name == GET_HELP_NOW => {
                        super::super::help_lines::read_list(&mut facts, lines, file, text, diags)
                    }
                    FactsEntry::List(_) => diags.push(
                        Diagnostic::error(format!("`{name}` in facts.toml is a list"))
                            .with_code("bad-facts")
                            .at_position(&file.label, 1, 1)
                            .with_help(format!("facts are tables of words (`[{name}]` then `key = \"...\"`); the only list is `{GET_HELP_NOW}`")),
                    ),
                    FactsEntry::Word(picture) if name == GET_HELP_NOW_PICTURE => {
                        facts.get_help_now_picture = Some(picture);
                        facts.get_help_now_picture_at = Some(span);
                    }
                    FactsEntry::Word(_) => diags.push(
                        Diagnostic::error(format!("`{name}` in facts.toml is a single word"))
                            .with_code("bad-facts")
                            .at_offset(&file.label, text, span.start, span.len())
                            .with_help(format!("facts are tables of words (`[{name}]` then `key = \"...\"`); the only single word is `{GET_HELP_NOW_PICTURE}`")),
                    ),
                }
            }
            for (group, kv) in groups {
                for (key, value) in kv {
                    let name = format!("{group}-{key}");
                    if !is_valid_id(&group) || !is_valid_id(&key) {
                        diags.push(
                            Diagnostic::error(format!("fact `{name}` is not a valid name"))
                                .at_offset(
                                    &file.label,
                                    text,
                                    value.span().start,
                                    value.span().len(),
                                )
                                .with_help("use lowercase letters, digits and '-' in fact names"),
                        );
                    }
                    if key == "phone" && !is_uk_phone(value.get_ref()) {
                        diags.push(
                            Diagnostic::error(format!("`{}` does not look like a UK phone number", value.get_ref()))
                                .with_code("bad-phone")
                                .at_offset(&file.label, text, value.span().start, value.span().len())
                                .with_help("a child will dial this: copy it exactly from the source: 10 or 11 digits starting with 0 (\"0800 528 0731\"), a short code such as 999, or 0800 1111"),
                        );
                    }
                    facts
                        .groups
                        .entry(group.clone())
                        .or_default()
                        .insert(key, value.into_inner());
                }
            }
            super::super::help_lines::check_facts(&facts, file, text, diags);
            facts
        }
        Err(e) => {
            diags.push(toml_error(file, text, &e));
            Facts::default()
        }
    }
}

/// The key at the top of facts.toml that lists the help lines of "Get
/// help now", in order.
const GET_HELP_NOW: &str = "get-help-now";

/// The key at the top of facts.toml that names the picture of "Get help
/// now" in the kiosk.
const GET_HELP_NOW_PICTURE: &str = "get-help-now-picture";

/// A top-level entry of facts.toml: a table of facts, a list of names
/// (`get-help-now`) or one name (`get-help-now-picture`).
enum FactsEntry {
    Group(BTreeMap<String, Spanned<String>>),
    List(Vec<Spanned<String>>),
    Word(String),
}

impl<'de> Deserialize<'de> for FactsEntry {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<FactsEntry, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = FactsEntry;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a table of facts, the list get-help-now or get-help-now-picture")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<FactsEntry, E> {
                Ok(FactsEntry::Word(v.to_string()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut m: A,
            ) -> Result<FactsEntry, A::Error> {
                let mut kv = BTreeMap::new();
                while let Some((k, v)) = m.next_entry::<String, Spanned<String>>()? {
                    kv.insert(k, v);
                }
                Ok(FactsEntry::Group(kv))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut s: A,
            ) -> Result<FactsEntry, A::Error> {
                let mut list = Vec::new();
                while let Some(v) = s.next_element::<Spanned<String>>()? {
                    list.push(v);
                }
                Ok(FactsEntry::List(list))
            }
        }
        d.deserialize_any(Visit)
    }
}

/// UK numbers a child can dial, from Ofcom's numbering plan: the short
/// codes (999, 112, 111, 101, 105, 119), the 116 helplines (116 123), the
/// 10- or 11-digit numbers starting with 0, and the one short freephone
/// number, 0800 1111 (Childline's, 8 digits). Spaces are allowed, as the
/// help lines are written.
fn is_uk_phone(s: &str) -> bool {
    let digits: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    matches!(
        digits.as_str(),
        "999" | "112" | "111" | "101" | "105" | "119"
    ) || (digits.len() == 6 && digits.starts_with("116"))
        || ((10..=11).contains(&digits.len()) && digits.starts_with('0'))
        || (digits.len() == 8 && digits.starts_with("0800"))
}

pub(super) fn load_publish(sources: &Sources, diags: &mut Vec<Diagnostic>) -> PublishPolicy {
    let Some(file) = sources.get("content/publish.toml") else {
        return PublishPolicy::default();
    };
    let text = match file.text() {
        Ok(t) => t,
        Err(d) => {
            diags.push(d);
            return PublishPolicy::default();
        }
    };
    match toml::from_str::<PublishPolicy>(text) {
        Ok(p) if (0.0..=100.0).contains(&p.threshold) => p,
        Ok(_) => {
            diags.push(
                Diagnostic::error("threshold must be a percent from 0 to 100").at_position(
                    &file.label,
                    1,
                    1,
                ),
            );
            PublishPolicy::default()
        }
        Err(e) => {
            diags.push(toml_error(file, text, &e));
            PublishPolicy::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_uk_phone;

    #[test]
    fn the_numbers_children_dial_are_uk_numbers() {
        for ok in [
            "0800 1111",
            "0800 528 0731",
            "999",
            "111",
            "116 123",
            "020 7946 0000",
            "01632 960000",
        ] {
            assert!(is_uk_phone(ok), "{ok}");
        }
        for bad in [
            "",
            "0800 111",
            "800 528 0731",
            "0800-1111",
            "+44 800 1111",
            "12345",
        ] {
            assert!(!is_uk_phone(bad), "{bad}");
        }
    }
}
