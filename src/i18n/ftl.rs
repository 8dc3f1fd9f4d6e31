//! A translator's-eye view of a `.ftl` file: each message with where it
//! sits, its text with placeables written `{ $name }`, and the variables
//! and terms it uses. The checks and the coverage figures read this;
//! formatting goes through [`super::Localizer`].

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::locales::{Locale, LocaleFile};

#[derive(Debug, Clone)]
pub struct FtlMessage {
    pub id: String,
    /// Byte range of the whole entry (id line and continuation lines) in
    /// the file's text.
    pub start: usize,
    pub end: usize,
    /// The value with placeables as `{ $var }`, `{ -term }`: what a
    /// translator sees, joined on one line per source line.
    pub text: String,
    pub variables: BTreeSet<String>,
    pub terms: BTreeSet<String>,
    /// The messages it refers to (`{ other-id }`).
    pub references: BTreeSet<String>,
}

/// Every message of a file that has a value, in file order.
pub fn messages(file: &LocaleFile) -> Vec<FtlMessage> {
    let mut out = Vec::new();
    for entry in parse_lenient(file.text()).body {
        let Entry::Message(m) = entry else { continue };
        let Some(value) = m.value else { continue };
        let Some(start) = file.offset(m.id.name) else {
            continue;
        };
        let end = entry_end(file.text(), start);
        out.push(FtlMessage::of(m.id.name, start..end, &value));
    }
    out
}

/// The message defined at byte `start` of `file` (one entry parsed on its
/// own), if it has a value. The checks look up a few hundred messages;
/// parsing only those keeps a 10 MB edition they do not check out of it.
pub fn message_at(file: &LocaleFile, id: &str, start: usize) -> Option<FtlMessage> {
    let end = entry_end(file.text(), start);
    parse_lenient(&file.text()[start..end])
        .body
        .into_iter()
        .find_map(|entry| match entry {
            Entry::Message(m) if m.id.name == id => Some(FtlMessage::of(id, start..end, &m.value?)),
            _ => None,
        })
}

/// What Fluent could parse of `text`, errors and all.
fn parse_lenient(text: &str) -> fluent_syntax::ast::Resource<&str> {
    match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, _)) => r,
    }
}

impl FtlMessage {
    /// Message `id`, whose entry spans `range`, with its value flattened.
    fn of(id: &str, range: std::ops::Range<usize>, value: &Pattern<&str>) -> FtlMessage {
        let mut msg = FtlMessage {
            id: id.to_string(),
            start: range.start,
            end: range.end,
            text: String::new(),
            variables: BTreeSet::new(),
            terms: BTreeSet::new(),
            references: BTreeSet::new(),
        };
        flatten(value, &mut msg);
        msg
    }
}

/// All messages of a locale by id (the first definition wins, as in the
/// bundle), with the file each is in.
pub fn locale_messages(locale: &Locale) -> BTreeMap<String, (usize, FtlMessage)> {
    let mut out = BTreeMap::new();
    for (n, file) in locale.files.iter().enumerate() {
        for m in messages(file) {
            out.entry(m.id.clone()).or_insert((n, m));
        }
    }
    out
}

/// Where an entry starting at `start` ends: at the next line that is not
/// indented and not blank (the next entry or comment).
fn entry_end(text: &str, start: usize) -> usize {
    let mut offset = start;
    for (n, line) in text[start..].split_inclusive('\n').enumerate() {
        if n > 0 && !line.starts_with(' ') && !line.trim().is_empty() {
            return offset;
        }
        offset += line.len();
    }
    text.len()
}

fn flatten(p: &Pattern<&str>, msg: &mut FtlMessage) {
    for el in &p.elements {
        match el {
            PatternElement::TextElement { value } => msg.text.push_str(value),
            PatternElement::Placeable { expression } => expression_text(expression, msg),
        }
    }
}

fn expression_text(e: &Expression<&str>, msg: &mut FtlMessage) {
    match e {
        Expression::Inline(i) => inline_text(i, msg),
        Expression::Select { selector, variants } => {
            inline_text(selector, msg);
            // Variables used in any variant count; the text shown is the
            // default variant's.
            for v in variants {
                let mut inner = FtlMessage {
                    text: String::new(),
                    ..msg.clone()
                };
                flatten(&v.value, &mut inner);
                msg.variables.extend(inner.variables);
                msg.terms.extend(inner.terms);
                msg.references.extend(inner.references);
                if v.default {
                    msg.text.push_str(&inner.text);
                }
            }
        }
    }
}

fn inline_text(i: &InlineExpression<&str>, msg: &mut FtlMessage) {
    match i {
        InlineExpression::VariableReference { id } => {
            msg.variables.insert(id.name.to_string());
            msg.text.push_str(&format!("{{ ${} }}", id.name));
        }
        InlineExpression::TermReference { id, .. } => {
            msg.terms.insert(id.name.to_string());
            msg.text.push_str(&format!("{{ -{} }}", id.name));
        }
        InlineExpression::StringLiteral { value } => msg.text.push_str(value),
        InlineExpression::NumberLiteral { value } => msg.text.push_str(value),
        InlineExpression::MessageReference { id, .. } => {
            msg.references.insert(id.name.to_string());
            msg.text.push_str(&format!("{{ {} }}", id.name))
        }
        InlineExpression::FunctionReference { id, arguments } => {
            for a in &arguments.positional {
                inline_text(a, msg);
            }
            let _ = id;
        }
        InlineExpression::Placeable { expression } => expression_text(expression, msg),
    }
}
