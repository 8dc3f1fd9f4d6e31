//! What a document says aloud: each statement's words and the "Get help
//! now" box's, with numbers and addresses as they are said, and the plan
//! of `build --audio`'s clips. The kiosk and the web edition both take
//! their words from here, so they say the same thing; `crate::speech`
//! turns the words into sound and knows nothing of documents.

use super::{Block, Document, Item, Page, UiText};
use crate::content::help_lines;
use crate::i18n::TextLang;
use crate::speech::cache;
use crate::speech::{AddressWords, spoken_form};

/// The interface messages for the words of a web address.
pub const DOT: &str = "ui-speech-dot";
pub const SLASH: &str = "ui-speech-slash";

/// The words for "dot" and "slash" in the document's language.
pub fn address_words(ui: &UiText) -> AddressWords {
    let word = |id: &str, default: &str| {
        ui.0.get(id)
            .map(|t| t.plain())
            .filter(|t| !t.trim().is_empty())
            .unwrap_or_else(|| default.to_string())
    };
    AddressWords {
        dot: word(DOT, "dot"),
        slash: word(SLASH, "slash"),
    }
}

/// The words for "dot" and "slash" in the language a text is in: the
/// document's (`words`), or English for a text that fell back to English.
pub fn words_in(lang: Option<&TextLang>, words: &AddressWords) -> AddressWords {
    match lang {
        Some(l) if l.tag.language.as_str() == "en" => AddressWords::default(),
        _ => words.clone(),
    }
}

/// What is said for one statement: its `.spoken` form if the translator
/// wrote one, else its text, with numbers and addresses as they are said
/// (in the words of the language the text is in).
pub fn item_speech(item: &Item, words: &AddressWords) -> String {
    let text = item.spoken.clone().unwrap_or_else(|| item.text.plain());
    spoken_form(&text, &words_in(item.text.lang(), words))
}

/// The items of a page that have a play control on the web: every
/// easy-read statement and every "What this means for you" item (both are
/// `statements` blocks).
pub fn spoken_items(page: &Page) -> impl Iterator<Item = &Item> {
    page.blocks
        .iter()
        .filter(|b| matches!(b, Block::Statements { .. }))
        .flat_map(Block::items)
}

/// What is said for the "Get help now" box: its heading, what to do in
/// danger, and each help line's name and number, as the page shows them.
pub fn help_speech(ui: &UiText, lines: &[String], words: &AddressWords) -> String {
    let mut parts = vec![
        ui.plain("site-get-help-title"),
        ui.plain("site-get-help-danger"),
        ui.plain("site-get-help-intro"),
    ];
    for line in lines {
        parts.push(ui.plain(&help_lines::site_name(line)));
        parts.push(ui.plain(&help_lines::site_phone(line)));
        parts.push(ui.plain(&help_lines::site_about(line)));
    }
    let text = parts
        .into_iter()
        .map(|p| {
            let p = p.trim().to_string();
            // Each part ends as a sentence, so the engine pauses.
            if p.ends_with(['.', '!', '?', ':', '。', '؟']) {
                p
            } else {
                format!("{p}.")
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    spoken_form(&text, words)
}

/// The voice a document is read with, if its language has one.
pub fn voice_of(doc: &Document) -> Option<&str> {
    doc.content_locale
        .as_ref()
        .unwrap_or(&doc.locale)
        .voice
        .as_deref()
}

/// How a document's web pages are read aloud (`build --audio`): the
/// versions and words every clip's name is made from. The renderer names
/// each clip's file from this alone, and the build makes the same clips,
/// so a page always points at a file that the build writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AudioPlan {
    pub versions: cache::Versions,
    pub words: AddressWords,
    /// The voice of the edition's text.
    pub voice: String,
    /// The voice of the interface words (the "Get help now" box), which
    /// differ from the text's in an edition shown in English.
    pub help_voice: Option<String>,
    /// The help lines the box names, in order ([`Document::help_lines`]).
    pub help_lines: Vec<String>,
}

impl AudioPlan {
    /// The plan for `doc`, or `None` when its language has no voice.
    pub fn for_doc(doc: &Document, versions: &cache::Versions) -> Option<AudioPlan> {
        Some(AudioPlan {
            versions: versions.clone(),
            words: address_words(&doc.ui),
            voice: voice_of(doc)?.to_string(),
            help_voice: doc.locale.voice.clone(),
            help_lines: doc.help_lines.iter().map(|c| c.org.clone()).collect(),
        })
    }

    /// A statement's clip, in the voice of the language its text is in
    /// (English for one not yet translated), so its file name, the cache
    /// key, follows the voice too.
    pub fn item_clip(&self, item: &Item) -> cache::Clip {
        let voice = item.text.lang().and_then(|l| l.voice.clone());
        cache::Clip {
            voice: voice.unwrap_or_else(|| self.voice.clone()),
            text: item_speech(item, &self.words),
        }
    }

    pub fn help_clip(&self, ui: &UiText) -> Option<cache::Clip> {
        Some(cache::Clip {
            voice: self.help_voice.clone()?,
            text: help_speech(ui, &self.help_lines, &self.words),
        })
    }

    /// The clip's file name under `assets/audio/`.
    pub fn file(&self, clip: &cache::Clip) -> String {
        cache::file_name(clip, &self.versions)
    }

    /// Every clip of a page: one per statement that has a play control.
    pub fn page_clips(&self, page: &Page) -> Vec<cache::Clip> {
        spoken_items(page).map(|it| self.item_clip(it)).collect()
    }
}
