//! The structure of a locale's messages, checked against the English with
//! the positions of [`crate::i18n::syntax`]: ids defined twice (in a file
//! or in two files), duplicate variant keys and attributes, attributes
//! missing or added, a value removed or added, references to messages and
//! terms that do not exist, and plural selects checked against the
//! language's CLDR plural rules (through `intl_pluralrules`, the crate
//! Fluent's bundles use to choose a variant).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

use crate::diag::{Diagnostic, Severity};
use crate::i18n::Locale;
use crate::i18n::syntax::{self, Element, Expression, Inline, Message, Pattern, Span, Variant};

/// A locale's parsed files: messages (and terms, keyed `-id`) by id with
/// the file they are in; later definitions of an id are kept apart.
pub struct Parsed<'a> {
    pub files: Vec<(&'a str, &'a str, syntax::Resource)>,
}

impl<'a> Parsed<'a> {
    pub fn of(locale: &'a Locale) -> Parsed<'a> {
        Parsed {
            files: locale
                .files
                .iter()
                .map(|f| (f.label.as_str(), f.text(), syntax::parse(f.text())))
                .collect(),
        }
    }

    /// Every message and term by id (terms as `-id`), the first definition.
    pub fn index(&self) -> BTreeMap<String, (usize, &Message)> {
        let mut out = BTreeMap::new();
        for (n, (_, _, res)) in self.files.iter().enumerate() {
            for e in &res.entries {
                if let Some((key, m)) = keyed(e) {
                    out.entry(key).or_insert((n, m));
                }
            }
        }
        out
    }
}

fn keyed(e: &syntax::Entry) -> Option<(String, &Message)> {
    match e {
        syntax::Entry::Message(m) => Some((m.id.name.clone(), m)),
        syntax::Entry::Term(m) => Some((format!("-{}", m.id.name), m)),
        _ => None,
    }
}

/// Findings about structure for `locale`, compared with `english` (None
/// when `locale` is the English itself).
pub fn check(locale: &Locale, ours: &Parsed, english: Option<&Parsed>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let plural = PluralCategories::of(&locale.tag);
    let en_index = english.map(Parsed::index).unwrap_or_default();
    let our_index = ours.index();
    let mut first: HashMap<String, (usize, usize)> = HashMap::new();
    for (n, (label, text, res)) in ours.files.iter().enumerate() {
        let at = |span: &Span, sev: Severity, code: &'static str, msg: String, help: &str| {
            Diagnostic {
                severity: sev,
                ..Diagnostic::error(msg)
            }
            .with_code(code)
            .at_offset(label, text, span.start, span.len().max(1))
            .with_help(help)
        };
        for e in &res.entries {
            let Some((key, m)) = keyed(e) else { continue };
            if let Some(&(f, offset)) = first.get(&key) {
                let (flabel, ftext, _) = &ours.files[f];
                let line = ftext[..offset].matches('\n').count() + 1;
                let where_ = if f == n {
                    format!("line {line}")
                } else {
                    format!("{flabel}:{line}")
                };
                out.push(at(
                    &m.id.span,
                    Severity::Error,
                    "duplicate-id",
                    format!("`{key}` is defined twice: the first, at {where_}, is the one used"),
                    "delete one of them (or rename it, if it was meant to be another message)",
                ));
            } else {
                first.insert(key.clone(), (n, m.id.span.start));
            }
            let mut seen = BTreeSet::new();
            for a in &m.attributes {
                if !seen.insert(a.id.name.as_str()) {
                    out.push(at(
                        &a.id.span,
                        Severity::Error,
                        "duplicate-attribute",
                        format!("`{key}` has the attribute `.{}` twice", a.id.name),
                        "delete one of them",
                    ));
                }
            }
            let patterns = m.value.iter().chain(m.attributes.iter().map(|a| &a.value));
            for p in patterns {
                each_select(p, &mut |selector, variants| {
                    select(&key, selector, variants, &plural, &at, &mut out)
                });
                each_reference(p, &mut |name, attr, span| {
                    let exists = |idx: &BTreeMap<String, (usize, &Message)>| {
                        idx.get(name).is_some_and(|(_, m)| {
                            attr.is_none_or(|a| m.attributes.iter().any(|x| x.id.name == a))
                        })
                    };
                    if !exists(&our_index) && !exists(&en_index) {
                        let what = match attr {
                            Some(a) => format!("`{name}.{a}`"),
                            None => format!("`{name}`"),
                        };
                        out.push(at(
                            span,
                            Severity::Error,
                            "unknown-reference",
                            format!("`{key}` refers to {what}, which is not defined"),
                            "use the reference exactly as the English does, or remove it",
                        ));
                    }
                });
            }
            if let Some((_, en)) = english.and(en_index.get(&key)) {
                compare(&key, m, en, &at, &mut out);
            }
        }
    }
    out
}

/// Value and attributes against the English message of the same id.
fn compare(
    key: &str,
    ours: &Message,
    en: &Message,
    at: &dyn Fn(&Span, Severity, &'static str, String, &str) -> Diagnostic,
    out: &mut Vec<Diagnostic>,
) {
    match (&ours.value, &en.value) {
        (None, Some(_)) => out.push(at(
            &ours.id.span,
            Severity::Error,
            "value-missing",
            format!("`{key}` has no value, but the English has one (only its attributes are left)"),
            "write the translation after `=` on the id's line",
        )),
        (Some(v), None) => out.push(at(
            &v.span,
            Severity::Error,
            "value-added",
            format!("`{key}` has a value, but the English has only attributes"),
            "delete the words after `=`, keeping the attributes below",
        )),
        _ => {}
    }
    for a in &en.attributes {
        if !ours.attributes.iter().any(|x| x.id.name == a.id.name) {
            out.push(at(
                &ours.id.span,
                Severity::Error,
                "attribute-missing",
                format!(
                    "`{key}` has lost the attribute `.{}`, which the English has",
                    a.id.name
                ),
                "add it on a line of its own below the message, indented: `    .name = ...`",
            ));
        }
    }
    for a in &ours.attributes {
        if !en.attributes.iter().any(|x| x.id.name == a.id.name) {
            out.push(at(
                &a.id.span,
                Severity::Error,
                "attribute-obsolete",
                format!(
                    "`{key}` has the attribute `.{}`, which the English does not have",
                    a.id.name
                ),
                "delete it, or rename it to one the English has",
            ));
        }
    }
}

type At<'a> = dyn Fn(&Span, Severity, &'static str, String, &str) -> Diagnostic + 'a;

fn select(
    key: &str,
    selector: &Inline,
    variants: &[Variant],
    plural: &PluralCategories,
    at: &At,
    out: &mut Vec<Diagnostic>,
) {
    let mut seen = BTreeSet::new();
    for v in variants {
        if !seen.insert(v.key.name.as_str()) {
            out.push(at(
                &v.key.span,
                Severity::Error,
                "duplicate-variant",
                format!("`{key}` has the variant `[{}]` twice", v.key.name),
                "delete one of them",
            ));
        }
    }
    let is_number_fn = matches!(selector, Inline::Function { id, .. } if id.name == "NUMBER");
    let is_plural = is_number_fn
        || variants
            .iter()
            .any(|v| v.key.is_number || CATEGORIES.contains(&v.key.name.as_str()));
    if !is_plural {
        return;
    }
    let mut covered = BTreeSet::new();
    for v in variants.iter().filter(|v| !v.key.is_number) {
        if plural.has(&v.key.name) {
            covered.insert(v.key.name.as_str());
        } else if CATEGORIES.contains(&v.key.name.as_str()) {
            out.push(at(
                &v.key.span,
                Severity::Warning,
                "plural-unused",
                format!(
                    "`{key}`: `[{}]` is never chosen in this language, whose plural forms are {}",
                    v.key.name,
                    plural.list()
                ),
                "delete it, or turn it into one of the language's forms",
            ));
        } else {
            let near = CATEGORIES
                .iter()
                .find(|c| v.key.name.starts_with(*c) || c.starts_with(v.key.name.as_str()));
            out.push(at(
                &v.key.span,
                Severity::Error,
                "plural-key",
                format!(
                    "`{key}`: `[{}]` is neither a plural form nor a number, so it is never chosen{}",
                    v.key.name,
                    near.map(|c| format!(" (did you mean `[{c}]`?)")).unwrap_or_default()
                ),
                &format!("this language's plural forms are {}; a number such as `[0]` also works", plural.list()),
            ));
        }
    }
    let missing: Vec<&str> = plural
        .0
        .iter()
        .copied()
        .filter(|c| !covered.contains(c))
        .collect();
    if !missing.is_empty()
        && let Some(default) = variants.iter().find(|v| v.default)
    {
        let names: Vec<String> = missing.iter().map(|c| format!("[{c}]")).collect();
        out.push(at(
            &default.key.span,
            Severity::Warning,
            "plural-missing",
            format!(
                "`{key}` has no {} form: those numbers fall to the default `[{}]`",
                names.join(", "),
                default.key.name
            ),
            &format!(
                "this language's plural forms are {}: add a variant for each",
                plural.list()
            ),
        ));
    }
}

/// CLDR's plural category names.
const CATEGORIES: &[&str] = &["zero", "one", "two", "few", "many", "other"];

/// The cardinal plural categories a language uses, in CLDR's order.
pub struct PluralCategories(Vec<&'static str>);

impl PluralCategories {
    /// Found by asking the rules for sample numbers: whole numbers, tenths
    /// and some large ones reach every category CLDR defines.
    pub fn of(tag: &LanguageIdentifier) -> PluralCategories {
        let lang: LanguageIdentifier = tag.language.as_str().parse().unwrap_or_default();
        let rules = PluralRules::create(tag.clone(), PluralRuleType::CARDINAL)
            .or_else(|_| PluralRules::create(lang, PluralRuleType::CARDINAL));
        let Ok(rules) = rules else {
            return PluralCategories(vec!["one", "other"]);
        };
        let mut found = [false; 6];
        let mut mark = |c: Result<PluralCategory, &str>| {
            if let Ok(c) = c {
                found[c as usize] = true;
            }
        };
        for n in (0..=1000u64).chain([1_000_000, 2_000_000, 10_000_000]) {
            mark(rules.select(n));
        }
        for tenth in 0..=300 {
            mark(rules.select(format!("{}.{}", tenth / 10, tenth % 10).as_str()));
        }
        PluralCategories(
            CATEGORIES
                .iter()
                .zip(found)
                .filter_map(|(c, f)| f.then_some(*c))
                .collect(),
        )
    }

    fn has(&self, c: &str) -> bool {
        self.0.contains(&c)
    }

    fn list(&self) -> String {
        self.0
            .iter()
            .map(|c| format!("[{c}]"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Calls `f` with every select expression in `p`, nested ones too.
fn each_select(p: &Pattern, f: &mut dyn FnMut(&Inline, &[Variant])) {
    for el in &p.elements {
        if let Element::Placeable(e) = el {
            select_in(e, f);
        }
    }
}

fn select_in(e: &Expression, f: &mut dyn FnMut(&Inline, &[Variant])) {
    match e {
        Expression::Select {
            selector, variants, ..
        } => {
            f(selector, variants);
            for v in variants {
                each_select(&v.value, f);
            }
        }
        Expression::Inline(Inline::Placeable(inner)) => select_in(inner, f),
        Expression::Inline(_) => {}
    }
}

/// Calls `f` with every message and term reference in `p` (terms as
/// `-id`), with its attribute and where it is.
fn each_reference(p: &Pattern, f: &mut dyn FnMut(&str, Option<&str>, &Span)) {
    for el in &p.elements {
        if let Element::Placeable(e) = el {
            refs_in_expr(e, f);
        }
    }
}

fn refs_in_expr(e: &Expression, f: &mut dyn FnMut(&str, Option<&str>, &Span)) {
    match e {
        Expression::Inline(i) => refs_in_inline(i, f),
        Expression::Select {
            selector, variants, ..
        } => {
            refs_in_inline(selector, f);
            for v in variants {
                each_reference(&v.value, f);
            }
        }
    }
}

fn refs_in_inline(i: &Inline, f: &mut dyn FnMut(&str, Option<&str>, &Span)) {
    match i {
        Inline::Message {
            id,
            attribute,
            span,
        } => f(&id.name, attribute.as_ref().map(|a| a.name.as_str()), span),
        Inline::Term {
            id,
            attribute,
            arguments,
            span,
        } => {
            // A term's attribute is private to it (used in selectors only),
            // so only the term itself must exist.
            let _ = attribute;
            f(&format!("-{}", id.name), None, span);
            if let Some(a) = arguments {
                a.positional.iter().for_each(|x| refs_in_inline(x, f));
            }
        }
        Inline::Function { arguments, .. } => arguments
            .positional
            .iter()
            .for_each(|x| refs_in_inline(x, f)),
        Inline::Placeable(e) => refs_in_expr(e, f),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_categories_come_from_cldr() {
        let of = |t: &str| PluralCategories::of(&t.parse().unwrap()).0;
        assert_eq!(of("en-GB"), ["one", "other"]);
        assert_eq!(of("cy"), ["zero", "one", "two", "few", "many", "other"]);
        assert_eq!(of("pl"), ["one", "few", "many", "other"]);
        assert_eq!(of("uk"), ["one", "few", "many", "other"]);
        assert_eq!(of("ar"), ["zero", "one", "two", "few", "many", "other"]);
        assert_eq!(of("fa"), ["one", "other"]);
    }
}
