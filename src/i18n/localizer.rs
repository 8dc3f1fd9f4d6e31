//! Formats messages for one locale with a per-message fallback chain
//! (e.g. `pt-BR` -> `pt` -> `en-GB`). Facts are passed to every message as
//! string variables. A message that is missing or fails to format in one
//! locale falls back to the next; the diagnostics say what happened.

use std::borrow::Cow;
use std::rc::Rc;
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use super::locales::{Locale, Locales, Pseudo};
use crate::diag::Diagnostic;
use crate::sanitize::{Keep, sanitize};

type Bundle = FluentBundle<Rc<FluentResource>>;

/// The result of formatting one message.
#[derive(Debug, Clone, PartialEq)]
pub struct Formatted<'a> {
    /// The sanitised text, or `None` when no locale in the chain has it.
    /// Borrowed from the bundle when formatting and sanitising changed
    /// nothing (most messages: no copy).
    pub text: Option<Cow<'a, str>>,
    /// The locale the text came from (a fallback when it is not the first).
    pub from: Option<LanguageIdentifier>,
}

/// The language a text is in when it is not the language asked for: a
/// message not yet translated, shown in the language it fell back to
/// (English). Carried by the text (`markup::Text`), so each output can say
/// so (HTML `lang`/`dir`) and speak it with that language's voice. Texts
/// in the language asked for carry none, so marking costs nothing there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextLang {
    pub tag: LanguageIdentifier,
    pub dir: super::Direction,
    /// The espeak-ng voice of that language, from its `locale.toml`.
    pub voice: Option<String>,
}

impl TextLang {
    /// The BCP 47 tag, as HTML's `lang` and the speech command take it.
    pub fn tag_str(&self) -> String {
        self.tag.to_string()
    }
}

pub struct Localizer {
    chain: Vec<(Rc<Locale>, Bundle)>,
    /// For each locale of the chain after the first, the [`TextLang`] its
    /// texts carry (made once, shared by every text).
    langs: Vec<Arc<TextLang>>,
    args: FluentArgs<'static>,
    keep: Keep,
}

impl Localizer {
    /// A localizer for `tag`, falling back through its parents to the
    /// source locale. `keep` says which bidi marks survive: with
    /// `isolates`, Fluent's isolation marks where the direction changes
    /// (`i18n::bidi`); the terminal keeps none. `variables` are the facts
    /// by variable name (`content::Facts::variables`), given to every
    /// message.
    pub fn new<'v>(
        locales: &Locales,
        tag: &LanguageIdentifier,
        variables: impl IntoIterator<Item = (String, &'v str)>,
        keep: Keep,
    ) -> Localizer {
        let chain = fallback_chain(locales, tag)
            .into_iter()
            .map(|locale| {
                let bundle = bundle_for(&locale, keep.isolates);
                (locale, bundle)
            })
            .collect::<Vec<(Rc<Locale>, Bundle)>>();
        let langs = chain
            .iter()
            .skip(1)
            .map(|(l, _)| {
                Arc::new(TextLang {
                    tag: l.tag.clone(),
                    dir: l.meta.direction,
                    voice: l.meta.voice.clone(),
                })
            })
            .collect();
        let mut args = FluentArgs::new();
        for (name, value) in variables {
            // Always strings: a number would lose its leading zero.
            args.set(name, FluentValue::from(value.to_string()));
        }
        Localizer {
            chain,
            langs,
            args,
            keep,
        }
    }

    /// The locale asked for (the head of the chain).
    pub fn locale(&self) -> Option<&Locale> {
        self.chain.first().map(|(l, _)| &**l)
    }

    /// The language of a text formatted in `from`, when that is not the
    /// locale asked for (a fallback); `None` for the locale's own texts.
    pub fn text_lang(&self, from: Option<&LanguageIdentifier>) -> Option<Arc<TextLang>> {
        let from = from?;
        let n = self.chain.iter().position(|(l, _)| l.tag == *from)?;
        n.checked_sub(1).map(|i| Arc::clone(&self.langs[i]))
    }

    pub fn chain(&self) -> impl Iterator<Item = &Locale> + '_ {
        self.chain.iter().map(|(l, _)| &**l)
    }

    /// Whether any locale in the chain defines `id`.
    pub fn has(&self, id: &str) -> bool {
        self.chain.iter().any(|(_, b)| b.has_message(id))
    }

    /// Formats message `id`. Problems go into `diags`: a missing message
    /// in the source locale or a formatting error is an error; a message
    /// not yet translated is a warning.
    pub fn format(&self, id: &str, diags: &mut Vec<Diagnostic>) -> Formatted<'_> {
        self.format_in(id, &self.args, diags)
    }

    /// Formats message `id` with extra variables besides the facts, e.g.
    /// `[("current", 3.into()), ("total", 10.into())]`. Numbers stay
    /// numbers so plural rules work.
    pub fn format_with(
        &self,
        id: &str,
        extra: &[(&str, FluentValue<'static>)],
        diags: &mut Vec<Diagnostic>,
    ) -> Formatted<'static> {
        let mut args = FluentArgs::new();
        for (k, v) in self.args.iter() {
            args.set(k.to_string(), v.clone());
        }
        for (k, v) in extra {
            args.set(*k, v.clone());
        }
        let f = self.format_in(id, &args, diags);
        Formatted {
            text: f.text.map(|t| Cow::Owned(t.into_owned())),
            from: f.from,
        }
    }

    fn format_in<'a>(
        &'a self,
        id: &str,
        args: &'a FluentArgs<'_>,
        diags: &mut Vec<Diagnostic>,
    ) -> Formatted<'a> {
        let mut found = false;
        for (n, (locale, bundle)) in self.chain.iter().enumerate() {
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            found = true;
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(args), &mut errors);
            if errors.is_empty() {
                if n > 0 {
                    diags.push(self.not_translated(id));
                }
                let changed = match sanitize(&text, self.keep) {
                    Cow::Owned(clean) => Some(clean),
                    Cow::Borrowed(_) => None,
                };
                // Only text the sanitiser changed can have such a character.
                if changed.is_some()
                    && let Some(c) = text.chars().find(|&c| {
                        (crate::sanitize::is_forbidden_control(c) && c != '\t')
                            || crate::sanitize::is_bidi_override(c)
                    })
                {
                    // Removed all the same; reported so it is fixed at the source.
                    diags.push(
                        located(
                            locale,
                            id,
                            Diagnostic::error(format!(
                                "message `{id}` has the invisible control character U+{:04X}",
                                c as u32
                            ))
                            .with_code("forbidden-character"),
                        )
                        .with_help(
                            "delete it: it is invisible, and it was removed from the output",
                        ),
                    );
                }
                let text = changed.map_or(text, Cow::Owned);
                return Formatted {
                    text: Some(self.isolated(locale, text)),
                    from: Some(locale.tag.clone()),
                };
            }
            let until = if n + 1 < self.chain.len() {
                "the text falls back to the next language until it is fixed"
            } else {
                "the text is left out until it is fixed"
            };
            for e in errors {
                diags.push(located(locale, id, Diagnostic::error(format!("message `{id}` cannot be formatted: {e}")).with_code("format-error")).with_help(format!(
                    "use only the variables listed in content/facts.toml, e.g. {{ $childline-phone }}; {until}"
                )));
            }
        }
        // A message that exists but cannot be formatted is reported above,
        // not as missing as well.
        if !found
            && self
                .chain
                .iter()
                .any(|(l, _)| l.meta.status == super::Status::Source)
        {
            diags.push(
                Diagnostic::error(format!("message `{id}` is missing"))
                    .with_code("missing-message")
                    .with_help(format!(
                        "add `{id} = ...` to a .ftl file of locales/{}/",
                        super::SOURCE_LOCALE
                    )),
            );
        }
        Formatted {
            text: None,
            from: None,
        }
    }

    /// The attribute `attr` of message `id` (e.g. `.spoken`, the words the
    /// speech engine says instead of the text), from the same locale the
    /// message's text comes from; `None` when that message has none.
    pub fn format_attribute(&self, id: &str, attr: &str) -> Option<String> {
        let (locale, bundle) = self.chain.iter().find(|(_, b)| b.has_message(id))?;
        let pattern = bundle.get_message(id)?.get_attribute(attr)?.value();
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&self.args), &mut errors);
        errors.is_empty().then(|| {
            self.isolated(locale, sanitize(&text, self.keep))
                .into_owned()
        })
    }

    /// Formats `id` in the source locale only (the last of the chain), e.g.
    /// for the English line beside a draft notice.
    pub fn format_source(&self, id: &str) -> Option<String> {
        let (locale, bundle) = self.chain.last()?;
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&self.args), &mut errors);
        errors.is_empty().then(|| {
            self.isolated(locale, sanitize(&text, self.keep))
                .into_owned()
        })
    }

    /// Fluent's isolation marks only where the direction changes, when
    /// this output keeps isolates at all (`i18n::bidi`): the text's
    /// direction is that of the locale it came from.
    fn isolated<'t>(&self, locale: &Locale, text: Cow<'t, str>) -> Cow<'t, str> {
        if !self.keep.isolates {
            return text;
        }
        let rtl = locale.meta.direction == super::Direction::Rtl;
        match super::bidi::isolate_where_needed(&text, rtl) {
            Cow::Borrowed(_) => text,
            Cow::Owned(s) => Cow::Owned(s),
        }
    }

    fn not_translated(&self, id: &str) -> Diagnostic {
        let tag = self.locale().map(Locale::tag_str).unwrap_or_default();
        Diagnostic::warning(format!(
            "`{id}` is not translated into {tag} yet; English is shown"
        ))
        .with_code("missing-translation")
        .with_help(format!(
            "add `{id}` to locales/{tag}/ (`careguide locale check {tag}` lists them all)"
        ))
    }

    /// Points a diagnostic about message `id` at its definition in the
    /// first locale of the chain that has it.
    pub fn locate(&self, id: &str, d: Diagnostic) -> Diagnostic {
        match self.chain.iter().find(|(l, _)| l.find(id).is_some()) {
            Some((l, _)) => located(l, id, d),
            None => d,
        }
    }
}

fn located(locale: &Locale, id: &str, d: Diagnostic) -> Diagnostic {
    let d = d.in_message(&locale.tag_str(), id);
    match locale.find(id) {
        Some((file, offset)) => file.point(d, offset, id.len()),
        None => d,
    }
}

/// `tag`, then its less specific forms present in `locales`, then the
/// source locale: `pt-BR` -> `pt` -> `en-GB`.
pub fn fallback_chain(locales: &Locales, tag: &LanguageIdentifier) -> Vec<Rc<Locale>> {
    let mut chain: Vec<Rc<Locale>> = Vec::new();
    let mut push = |l: &Rc<Locale>| {
        if !chain.iter().any(|c| c.tag == l.tag) {
            chain.push(Rc::clone(l));
        }
    };
    if let Some(l) = locales.get(tag) {
        push(l);
    }
    let mut language_only = LanguageIdentifier::default();
    language_only.language = tag.language;
    if let Some(l) = locales.get(&language_only) {
        push(l);
    }
    for l in &locales.list {
        if l.tag.language == tag.language && l.tag != *tag {
            push(l);
        }
    }
    if let Some(l) = locales.source() {
        push(l);
    }
    chain
}

fn accented(s: &str) -> std::borrow::Cow<'_, str> {
    fluent_pseudo::transform(s, false, true)
}

fn flipped(s: &str) -> std::borrow::Cow<'_, str> {
    fluent_pseudo::transform(s, true, false)
}

fn bundle_for(locale: &Locale, isolating: bool) -> Bundle {
    let mut bundle = FluentBundle::new(vec![locale.tag.clone()]);
    bundle.set_use_isolating(isolating);
    // Pseudo-locales transform only the text, never the placeables, so
    // facts and link addresses come through unchanged.
    match locale.pseudo {
        Some(Pseudo::Accented) => bundle.set_transform(Some(accented)),
        Some(Pseudo::Flipped) => bundle.set_transform(Some(flipped)),
        None => {}
    }
    for file in &locale.files {
        // A message defined twice keeps its first definition; `locale
        // check` reports the duplicate.
        let _ = bundle.add_resource(Rc::clone(&file.resource));
    }
    bundle
}
