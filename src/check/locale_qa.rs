//! `careguide locale check`: a translator's findings for one locale,
//! compared with the English source. Each finding points at the line and
//! column in the locale's `.ftl` file and says what to do.
//!
//! Errors (would break something): syntax, variables or terms that differ
//! from English, links that differ, typed-in web or e-mail addresses,
//! control, zero-width and bidi control characters.
//! Warnings: missing, obsolete, outdated or untranslated (identical)
//! messages, emphasis that differs, digits that differ, stray spaces, and
//! text far longer than the English.

use std::collections::BTreeMap;

use crate::diag::{Diagnostic, Severity};
use crate::i18n::fingerprint::{self, Fingerprints};
use crate::i18n::ftl::{FtlMessage, locale_messages};
use crate::i18n::sanitize::{is_bidi_isolate, is_bidi_mark, is_bidi_override};
use crate::i18n::{Direction, Locale};
use crate::project::Project;

/// A translation this much longer than the English may not fit the
/// kiosk's screens.
const LENGTH_FACTOR: f64 = 2.0;
const LENGTH_SLACK: usize = 30;

/// All findings for `locale`, sorted by file and position.
pub fn check_locale(project: &Project, locale: &Locale) -> Vec<Diagnostic> {
    let tag = locale.tag_str();
    let mut out: Vec<Diagnostic> = project
        .diagnostics
        .iter()
        .filter(|d| {
            d.location
                .as_ref()
                .is_some_and(|l| in_locale(&l.file, &tag))
                || d.message.contains(&format!("locales/{tag}/"))
        })
        .cloned()
        .collect();
    let Some(source) = project.locales.source() else {
        return out;
    };
    let english = locale_messages(source);
    let ours = locale_messages(locale);
    let prints = fingerprint::load(&project.sources, &tag).unwrap_or_else(|d| {
        out.push(d);
        Fingerprints::new()
    });
    let is_source = source.tag == locale.tag;
    use crate::check::locale_structure::{Parsed, check};
    let en_parsed = Parsed::of(source);
    if is_source {
        out.extend(check(locale, &en_parsed, None));
    } else {
        out.extend(check(locale, &Parsed::of(locale), Some(&en_parsed)));
    }
    let en_index = en_parsed.index();

    for (id, (file_idx, msg)) in &ours {
        let file = &locale.files[*file_idx];
        let at = Place {
            label: &file.label,
            text: file.text(),
            msg,
        };
        match english.get(id) {
            None if !is_source => out.push(at.whole(
                Severity::Warning,
                "obsolete",
                format!("`{id}` is not in the English any more"),
                "delete it, or rename it to the new id",
            )),
            None => {}
            Some((_, en)) if !is_source => {
                let now = en_index
                    .get(id)
                    .map(|(n, m)| fingerprint::entry(en_parsed.files[*n].1, m));
                compare(
                    &at,
                    en,
                    locale.meta.direction,
                    prints.get(id),
                    now.as_ref(),
                    &mut out,
                )
            }
            Some(_) => {}
        }
        characters(&at, locale.meta.direction, &mut out);
        spacing(&at, &mut out);
        // The build refuses what the markup parser refuses: say so here first.
        if let Err(e) = crate::markup::parse_inline(&msg.text) {
            out.push(at.find(
                e.snippet.lines().next().unwrap_or(""),
                Severity::Error,
                "markup",
                format!("`{id}`: {}", e.message),
                e.help,
            ));
        }
    }
    if !is_source {
        // Editions that may stay English are not missing when untranslated.
        let editions = project.content.edition_ids();
        let optional = |id: &str| {
            crate::i18n::coverage::part_of(id, &editions).is_some_and(|part| {
                project
                    .content
                    .publish
                    .english_only
                    .iter()
                    .any(|e| e == part)
            })
        };
        for (id, (en_file, en)) in &english {
            // A message that is only placeables (`{ $exit-web }`) reads the
            // same in every language: English fallback is its translation.
            if ours.contains_key(id) || optional(id) || !has_letters(&en.text) {
                continue;
            }
            let file_name = source.files[*en_file].rel.rsplit('/').next().unwrap_or("");
            out.push(missing(locale, id, file_name));
        }
    }
    out.sort_by(|a, b| {
        let key = |d: &Diagnostic| d.location.as_ref().map(|l| (l.file.clone(), l.line, l.col));
        key(a).cmp(&key(b))
    });
    out
}

/// The findings about language folders that did not load at all (their
/// `locale.toml` is missing or broken): `locale check` of every language
/// reports them, and `build` sets those languages aside.
pub fn unloaded_locales(project: &Project) -> Vec<Diagnostic> {
    let loaded = project.locales.tags();
    project
        .diagnostics
        .iter()
        .filter(|d| language_of(d).is_some_and(|t| !loaded.contains(&t)))
        .cloned()
        .collect()
}

/// The language whose files a diagnostic is about (`locales/<tag>/...`).
pub fn language_of(d: &Diagnostic) -> Option<String> {
    let in_text = |s: &str| {
        let at = s.find("locales/")? + "locales/".len();
        let tag = s[at..].split('/').next()?;
        (s[at + tag.len()..].starts_with('/') && !tag.is_empty()).then(|| tag.to_string())
    };
    d.location
        .as_ref()
        .and_then(|l| in_text(&l.file))
        .or_else(|| in_text(&d.message))
}

/// A "not translated yet" finding: at the commented-out line that
/// `locale new` wrote for it, when there is one.
fn missing(locale: &Locale, id: &str, file_name: &str) -> Diagnostic {
    let tag = locale.tag_str();
    let d = Diagnostic::warning(format!("`{id}` is not translated yet (English is shown)"))
        .with_code("missing");
    let commented = format!("# {id} =");
    for file in &locale.files {
        if let Some(i) = file
            .text()
            .match_indices(&commented)
            .map(|(i, _)| i)
            .find(|&i| i == 0 || file.text().as_bytes()[i - 1] == b'\n')
        {
            return d
                .at_offset(&file.label, file.text(), i, commented.len())
                .with_help(format!(
                    "translate it: remove the `# ` before `{id}` and write the words after `=`"
                ));
        }
    }
    d.at_position(&format!("locales/{tag}/{file_name}"), 1, 1)
        .with_help(format!("add `{id} = ...` to locales/{tag}/{file_name}"))
}

fn in_locale(file: &str, tag: &str) -> bool {
    file.contains(&format!("locales/{tag}/"))
}

/// Points findings at a message in its file.
struct Place<'a> {
    label: &'a str,
    text: &'a str,
    msg: &'a FtlMessage,
}

impl Place<'_> {
    fn raw(&self) -> &str {
        &self.text[self.msg.start..self.msg.end]
    }

    /// A finding at the message id.
    fn whole(
        &self,
        severity: Severity,
        code: &'static str,
        message: String,
        help: &str,
    ) -> Diagnostic {
        Diagnostic {
            severity,
            ..Diagnostic::error(message)
        }
        .with_code(code)
        .at_offset(self.label, self.text, self.msg.start, self.msg.id.len())
        .with_help(help)
    }

    /// A finding at byte `offset` of the message's raw text.
    fn at(
        &self,
        offset: usize,
        len: usize,
        severity: Severity,
        code: &'static str,
        message: String,
        help: &str,
    ) -> Diagnostic {
        Diagnostic {
            severity,
            ..Diagnostic::error(message)
        }
        .with_code(code)
        .at_offset(self.label, self.text, self.msg.start + offset, len)
        .with_help(help)
    }

    /// A finding at the first place `needle` occurs in the value, or at
    /// the id when it cannot be found.
    fn find(
        &self,
        needle: &str,
        severity: Severity,
        code: &'static str,
        message: String,
        help: &str,
    ) -> Diagnostic {
        let value_start = self.raw().find('=').map_or(0, |i| i + 1);
        match self.raw()[value_start..]
            .find(needle)
            .filter(|_| !needle.is_empty())
        {
            Some(i) => self.at(value_start + i, needle.len(), severity, code, message, help),
            None => self.whole(severity, code, message, help),
        }
    }
}

fn compare(
    at: &Place,
    en: &FtlMessage,
    dir: Direction,
    print: Option<&fingerprint::Entry>,
    now: Option<&fingerprint::Entry>,
    out: &mut Vec<Diagnostic>,
) {
    let ours = at.msg;
    let id = &ours.id;
    // Variables and terms must match: they carry the facts.
    for v in en.variables.difference(&ours.variables) {
        out.push(at.whole(
            Severity::Error,
            "variable-missing",
            format!("`{id}` has lost `{{ ${v} }}`, which the English has"),
            "put the placeable back exactly as in English; it fills in a name, number or address",
        ));
    }
    for v in ours.variables.difference(&en.variables) {
        out.push(at.find(
            &format!("${v}"),
            Severity::Error,
            "variable-added",
            format!("`{{ ${v} }}` is not in the English of `{id}`"),
            "use only the placeables the English uses",
        ));
    }
    for t in en.terms.symmetric_difference(&ours.terms) {
        out.push(at.whole(
            Severity::Error,
            "term-mismatch",
            format!("`{id}` and its English differ in the term `{{ -{t} }}`"),
            "use the same terms as the English",
        ));
    }
    // Links must match: addresses come from the facts.
    let (en_links, our_links) = (links(&en.text), links(&ours.text));
    if en_links != our_links {
        out.push(at.find(
            "](",
            Severity::Error,
            "link-mismatch",
            format!("`{id}` links to {our_links:?}, the English to {en_links:?}"),
            "keep each link as [your words]({ $address }) with the English's address",
        ));
    }
    if en.text.matches("**").count() != ours.text.matches("**").count() {
        out.push(at.find(
            "**",
            Severity::Warning,
            "emphasis-mismatch",
            format!(
                "`{id}` has {} bold markers (**), the English {}",
                ours.text.matches("**").count(),
                en.text.matches("**").count()
            ),
            "put **bold** around the words that match the English's bold words",
        ));
    }
    let (en_digits, our_digits) = (sorted_runs(&en.text), sorted_runs(&ours.text));
    if en_digits != our_digits {
        // Point at the first number that the English does not have.
        let value_start = at.raw().find('=').map_or(0, |i| i + 1);
        let (offset, len) = digit_runs(&at.raw()[value_start..])
            .into_iter()
            .find(|(run, _, _)| !en_digits.contains(run))
            .map_or((0, at.msg.id.len()), |(_, start, len)| {
                (value_start + start, len)
            });
        out.push(at.at(
            offset,
            len,
            Severity::Warning,
            "digits-mismatch",
            format!(
                "`{id}` has the numbers {}, the English {}",
                number_list(&our_digits),
                number_list(&en_digits)
            ),
            "write the same numbers as the English; a phone number or address is never typed: use the English's variable, e.g. { $childline-phone }",
        ));
    }
    if has_letters(&en.text) && en.text.trim() == ours.text.trim() {
        out.push(at.whole(
            Severity::Warning,
            "identical",
            format!("`{id}` is the same as the English"),
            "translate it, or leave it out so the English is shown and counted as missing",
        ));
    }
    let (el, ol) = (en.text.chars().count(), ours.text.chars().count());
    if ol as f64 > el as f64 * LENGTH_FACTOR + LENGTH_SLACK as f64 {
        out.push(at.whole(
            Severity::Warning,
            "too-long",
            format!("`{id}` is {ol} characters, the English {el}: it may not fit the kiosk screen"),
            "shorten it if you can",
        ));
    }
    if let (Some(print), Some(now)) = (print, now)
        && let Some(parts) = fingerprint::changed(print, &en.text, now)
    {
        {
            let which = if parts.is_empty() {
                String::new()
            } else {
                format!(": {}", parts.join(", "))
            };
            out.push(at.whole(
                Severity::Warning,
                "outdated",
                format!("the English of `{id}` changed after it was translated{which}\n  was: {}\n  now: {}", print.english.trim(), now.english.trim()),
                "update the translation, then run `careguide locale mark-current` for this language",
            ));
        }
    }
    let _ = dir;
}

/// Link destinations in order.
fn links(text: &str) -> Vec<String> {
    text.match_indices("](")
        .map(|(i, _)| {
            text[i + 2..]
                .split(')')
                .next()
                .unwrap_or("")
                .trim()
                .to_string()
        })
        .collect()
}

fn sorted_runs(text: &str) -> Vec<String> {
    let mut runs: Vec<String> = digit_runs(text).into_iter().map(|(r, _, _)| r).collect();
    runs.sort();
    runs
}

/// Runs of digits outside placeables, as (digits, byte offset, byte
/// length). Arabic-Indic and Persian digits read as 0-9, and a number's
/// group separators (400,000 / 400.000 / 400 000) do not split it.
fn digit_runs(text: &str) -> Vec<(String, usize, usize)> {
    let mut runs = Vec::new();
    let mut cur = String::new();
    let mut start = 0;
    let mut end = 0;
    let mut depth = 0;
    for (i, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        let d = match c {
            '0'..='9' => Some(c),
            '\u{0660}'..='\u{0669}' => char::from_digit(c as u32 - 0x0660, 10),
            '\u{06F0}'..='\u{06F9}' => char::from_digit(c as u32 - 0x06F0, 10),
            _ => None,
        };
        match d {
            Some(d) if depth == 0 => {
                if cur.is_empty() {
                    start = i;
                }
                cur.push(d);
                end = i + c.len_utf8();
            }
            // 400,000 and 400.000 are one number.
            _ if !cur.is_empty()
                && matches!(c, ',' | '.' | '\u{066C}' | '\u{00A0}' | '\u{202F}') => {}
            _ => {
                if !cur.is_empty() {
                    runs.push((std::mem::take(&mut cur), start, end - start));
                }
            }
        }
    }
    if !cur.is_empty() {
        runs.push((cur, start, end - start));
    }
    runs
}

fn has_letters(text: &str) -> bool {
    let mut depth = 0;
    text.chars().any(|c| {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        depth == 0 && c.is_alphabetic()
    })
}

/// Characters that must not be typed: control, zero-width, bidi controls
/// (marks allowed in right-to-left locales), and typed-in addresses.
fn characters(at: &Place, dir: Direction, out: &mut Vec<Diagnostic>) {
    let raw = at.raw();
    let value_start = raw.find('=').map_or(0, |i| i + 1);
    let mut runs: Vec<(usize, usize, char, usize, &str)> = Vec::new();
    for (i, c) in raw.char_indices().skip_while(|(i, _)| *i < value_start) {
        let what = if c.is_control() && c != '\n' && c != '\r' {
            Some("a control character")
        } else if matches!(
            c,
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
        ) && !(matches!(c, '\u{200C}' | '\u{200D}') && dir == Direction::Rtl)
        {
            // ZWNJ and ZWJ are part of Persian and Arabic spelling.
            Some("a zero-width character")
        } else if is_bidi_override(c) || is_bidi_isolate(c) {
            Some("a bidi control character")
        } else if is_bidi_mark(c) && dir == Direction::Ltr {
            Some("a bidi mark in a left-to-right language")
        } else if matches!(c, '\u{2028}' | '\u{2029}') {
            // A line or paragraph break no screen shows the same way.
            Some("a line or paragraph separator")
        } else if c == '\u{00AD}' {
            Some("a soft hyphen")
        } else if c == '\u{00A0}'
            && (raw[..i].ends_with(' ') || raw[i + c.len_utf8()..].starts_with(' '))
        {
            Some("a no-break space next to a space")
        } else {
            None
        };
        if let Some(what) = what {
            // A run of the same character is one finding, so a line of
            // 32,000 of them is one line of output, not 32,000.
            match runs.last_mut() {
                Some((start, len, rc, n, _)) if *rc == c && *start + *len == i => {
                    *len += c.len_utf8();
                    *n += 1;
                }
                _ => runs.push((i, c.len_utf8(), c, 1usize, what)),
            }
        }
    }
    const MOST: usize = 20;
    for &(i, len, c, n, what) in runs.iter().take(MOST) {
        let times = if n > 1 {
            format!(" {n} times")
        } else {
            String::new()
        };
        out.push(at.at(
            i,
            len,
            Severity::Error,
            "forbidden-character",
            format!("`{}` has {what} (U+{:04X}){times}", at.msg.id, c as u32),
            "delete it: it is invisible and could change how the text is shown",
        ));
    }
    if let Some(&(i, len, ..)) = runs.get(MOST) {
        out.push(at.at(
            i,
            len,
            Severity::Error,
            "forbidden-character",
            format!(
                "`{}` has {} more places with invisible characters from here",
                at.msg.id,
                runs.len() - MOST
            ),
            "delete them: they are invisible and could change how the text is shown",
        ));
    }
    for word in raw[value_start..].split_whitespace() {
        let w = word.trim_matches(|c: char| {
            matches!(
                c,
                '(' | ')' | '[' | ']' | ',' | '.' | ';' | ':' | '"' | '\''
            )
        });
        let address = w.contains("://") || w.starts_with("www.") || is_email(w) || is_domain(w);
        if address {
            let offset = value_start + raw[value_start..].find(w).unwrap_or(0);
            out.push(at.at(offset, w.len(), Severity::Error, "typed-address", format!("`{}` types the address `{w}`", at.msg.id), "addresses come from content/facts.toml: use the placeable the English uses, e.g. { $childline-web }"));
        }
    }
}

fn is_email(w: &str) -> bool {
    let Some((user, domain)) = w.split_once('@') else {
        return false;
    };
    !user.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.')
}

/// A typed domain: a known ending, or any `name.xx` look-alike
/// (`childline.de`) whose name has three letters or more (so `e.g` and
/// `m.in` are words, not addresses).
fn is_domain(w: &str) -> bool {
    const TLDS: &[&str] = &[
        ".uk", ".org", ".com", ".gov", ".net", ".wales", ".cymru", ".pl", ".ro", ".ua",
    ];
    let lower = w.to_lowercase();
    let plain = lower
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "./-_".contains(c));
    let host = lower.split('/').next().unwrap_or("");
    let labels: Vec<&str> = host.split('.').collect();
    let look_alike = labels.len() >= 2
        && labels[0].len() >= 3
        && labels[0].chars().any(|c| c.is_ascii_alphabetic())
        && labels.last().is_some_and(|t| {
            (2..=6).contains(&t.len()) && t.chars().all(|c| c.is_ascii_lowercase())
        });
    lower.contains('.')
        && !lower.starts_with('{')
        && plain
        && (look_alike
            || TLDS
                .iter()
                .any(|t| lower.ends_with(t) || lower.contains(&format!("{t}/"))))
}

fn spacing(at: &Place, out: &mut Vec<Diagnostic>) {
    let raw = at.raw();
    let value_start = raw.find('=').map_or(0, |i| i + 1);
    let mut offset = 0;
    for (n, line) in raw.split_inclusive('\n').enumerate() {
        let body = line.trim_end_matches(['\n', '\r']);
        let start = if n == 0 {
            value_start.min(body.len())
        } else {
            0
        };
        let content = &body[start..];
        let lead = if n == 0 {
            content.len() - content.trim_start().len()
        } else {
            0
        };
        if n == 0 && lead > 1 && !content.trim().is_empty() {
            out.push(at.at(
                offset + start + 1,
                lead - 1,
                Severity::Warning,
                "leading-space",
                format!("`{}` starts with extra spaces", at.msg.id),
                "remove the spaces before the text",
            ));
        }
        if body.ends_with(' ') && !body.trim().is_empty() {
            let trimmed = body.trim_end().len();
            out.push(at.at(
                offset + trimmed,
                body.len() - trimmed,
                Severity::Warning,
                "trailing-space",
                format!("`{}` has spaces at the end of a line", at.msg.id),
                "remove them",
            ));
        }
        let inner = content.trim();
        let base = offset + start + (content.len() - content.trim_start().len());
        if let Some(i) = inner.find("  ") {
            out.push(at.at(
                base + i,
                2,
                Severity::Warning,
                "double-space",
                format!("`{}` has two spaces in a row", at.msg.id),
                "use one space",
            ));
        }
        // "0800 1111 ." or "safe , and": a space where none belongs (the
        // languages shipped put none before these marks).
        if let Some(i) = space_before_mark(inner) {
            out.push(at.at(
                base + i,
                2,
                Severity::Warning,
                "space-before-punctuation",
                format!("`{}` has a space before a punctuation mark", at.msg.id),
                "remove the space",
            ));
        }
        offset += line.len();
    }
}

/// Counts for summaries: (errors, warnings) per code.
pub fn summary(diags: &[Diagnostic]) -> BTreeMap<&'static str, usize> {
    let mut m = BTreeMap::new();
    for d in diags {
        *m.entry(d.code).or_insert(0) += 1;
    }
    m
}

/// The byte offset of a space followed by `.`, `,`, `;`, `:`, `!` or `?`
/// (not an ellipsis that starts a sentence, not a placeable's `{`).
fn space_before_mark(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    (0..bytes.len().saturating_sub(1)).find(|&i| {
        bytes[i] == b' '
            && matches!(bytes[i + 1], b'.' | b',' | b';' | b':' | b'!' | b'?')
            && !text[i + 1..].starts_with("...")
    })
}

/// Numbers for a message: "0800, 1111", or "none".
fn number_list(runs: &[String]) -> String {
    if runs.is_empty() {
        "none".to_string()
    } else {
        runs.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_and_letters() {
        assert_eq!(
            sorted_runs("Every year 400,000 children; 5 in { $x } 8"),
            vec!["400000", "5", "8"]
        );
        assert_eq!(sorted_runs("۴۰۰٬۰۰۰ و ۵"), vec!["400000", "5"]);
        assert_eq!(digit_runs("a 12,5 b"), vec![("125".to_string(), 2, 4)]);
        assert!(!has_letters("{ $childline-name }"));
        assert!(has_letters("Call { $childline-phone }"));
    }

    #[test]
    fn addresses() {
        assert!(is_email("help@example.org"));
        assert!(is_domain("childline.org.uk"));
        assert!(!is_domain("e.g."));
        assert!(!is_domain("{ $childline-web }"));
        assert!(is_domain("childline.de") && is_domain("childline.org.uk/help"));
        assert!(!is_domain("m.in") && !is_domain("i.e") && !is_domain("3.5"));
    }
}
