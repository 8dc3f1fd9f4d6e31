//! What the kiosk says when asked to read aloud: the statement on an
//! easy-read card, else the words on the screen now, in the spoken form
//! the web's audio uses too (phone numbers digit by digit, web addresses
//! as said, the translator's `.spoken` form). Pure: the speaking itself
//! is [`super::speaker`]'s.

use super::library::{Layout, Library, StepKind};
use super::state::{App, Screen};
use crate::document::Document;
use crate::document::aloud::{address_words, words_in};
use crate::i18n::TextLang;
use crate::speech::spoken_form;

/// What the state asks of the speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Speech {
    /// Read the screen now shown (after any change of language).
    Read,
    /// Stop at once.
    Stop,
}

/// One thing to say: the text and the language it is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Utterance {
    pub text: String,
    /// The BCP 47 tag (`CAREGUIDE_SPEECH_LANG`).
    pub lang: String,
    /// The espeak-ng voice of that language (`CAREGUIDE_SPEECH_VOICE`).
    pub voice: Option<String>,
}

/// Whether the screen shows the edition's own text (read in the content's
/// language, which may be English where a page is not translated yet),
/// rather than the kiosk's words.
fn shows_content(screen: &Screen) -> bool {
    matches!(
        screen,
        Screen::Topic(_) | Screen::Source { .. } | Screen::Word { .. } | Screen::HardWords { .. }
    )
}

/// The language and voice the text of `doc` is read in.
fn voice_for(doc: &Document, content: bool) -> (String, Option<String>) {
    let info = if content {
        doc.content_locale.as_ref().unwrap_or(&doc.locale)
    } else {
        &doc.locale
    };
    (info.tag.clone(), info.voice.clone())
}

/// Parts joined as sentences, so the engine pauses between them.
fn sentences(parts: impl IntoIterator<Item = String>) -> String {
    parts
        .into_iter()
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .map(|p| {
            if p.ends_with(['.', '!', '?', ':', ';', '。', '؟', '…']) {
                p
            } else {
                format!("{p}.")
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// What reading aloud says on the screen now, or `None` when there is
/// nothing to say (the quick-exit screen says nothing of the guide).
pub fn utterance(app: &App, lib: &Library) -> Option<Utterance> {
    if app.neutral {
        return None;
    }
    let doc = lib.doc(app.edition);
    let words = address_words(&doc.ui);
    // A statement not yet translated is read in the language it is in.
    let mut own: Option<TextLang> = None;
    let text = match app.screen() {
        Screen::Topic(r)
            if app.edition == Layout::Statements
                && lib.topics.get(r.topic).is_some_and(|t| !t.pages.is_empty()) =>
        {
            let steps = lib.steps(r.topic, app.edition);
            let s = steps.get(r.step.min(steps.len().saturating_sub(1)))?;
            match &s.kind {
                // The statement alone, as the web's play button says it.
                StepKind::Statement => {
                    own = s.text.lang().cloned();
                    s.spoken.clone().unwrap_or_else(|| s.text.plain())
                }
                StepKind::Title => sentences(
                    std::iter::once(s.text.plain()).chain(s.extra.iter().map(|e| e.plain())),
                ),
                StepKind::Contact { name, phone } => {
                    let text = s.text.plain();
                    let mut parts = vec![name.clone()];
                    if !text.contains(phone.as_str()) {
                        parts.push(phone.clone());
                    }
                    parts.extend(text.lines().map(str::to_string));
                    sentences(parts)
                }
            }
        }
        _ => sentences(
            super::layout::shown_text(app, lib)
                .lines()
                .map(str::to_string)
                .collect::<Vec<_>>(),
        ),
    };
    let text = spoken_form(text.trim(), &words_in(own.as_ref(), &words));
    if text.trim().is_empty() {
        return None;
    }
    let (lang, voice) = match own {
        Some(l) => (l.tag_str(), l.voice),
        None => voice_for(doc, shows_content(app.screen())),
    };
    Some(Utterance { text, lang, voice })
}
