//! A translated message held against its English: what carries facts
//! (variables, terms, links, numbers) must match; emphasis, length and
//! sameness are warnings; a changed English part makes it outdated.

use crate::diag::{Diagnostic, Severity};
use crate::i18n::Direction;
use crate::i18n::fingerprint;
use crate::i18n::ftl::FtlMessage;

use super::Place;
use super::numbers::{as_typed, digit_runs, looks_like_phone, number_list, sorted_runs};

/// A translation this much longer than the English may not fit the
/// kiosk's screens.
const LENGTH_FACTOR: f64 = 2.0;
const LENGTH_SLACK: usize = 30;

pub(super) fn compare(
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
        let typed = as_typed(at.raw(), offset, len);
        out.push(if offset > 0 && looks_like_phone(typed) {
            // A wrong phone number is the one mistake a child pays for.
            at.at(
                offset,
                typed.len(),
                Severity::Error,
                "typed-phone",
                format!("`{id}` types the phone number {typed}, which the English does not have"),
                "phone numbers come from content/facts.toml: use the placeable the English uses, e.g. { $childline-phone }",
            )
        } else {
            at.at(
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
            )
        });
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

pub(super) fn has_letters(text: &str) -> bool {
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
