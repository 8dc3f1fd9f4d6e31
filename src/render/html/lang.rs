//! The `lang` and `dir` attributes of a page's parts: the edition's own
//! words, its glossary and the interface can be in different languages
//! (an English-only edition read in another language). Every part of a
//! page asks here, so they agree.

use super::escape::esc;
use crate::document::Document;

/// ` lang=".." dir=".."` for the edition's own words when they are in
/// another language than the interface (an English-only edition read in
/// another language); empty otherwise.
pub(super) fn content_lang(doc: &Document) -> String {
    match &doc.content_locale {
        Some(l) if l.tag != doc.locale.tag => {
            format!(" lang=\"{}\" dir=\"{}\"", esc(&l.tag), l.dir.as_str())
        }
        _ => String::new(),
    }
}

/// ` lang=".." dir=".."` for the glossary's terms and explanations: an
/// English-only edition read in another language has its glossary in the
/// language of its words, like them.
pub(super) fn words_lang(doc: &Document) -> String {
    content_lang(doc)
}

/// ` lang=".." dir=".."` of the interface, for its words inside a part
/// marked with [`content_lang`]; empty when there is no such part.
pub(super) fn ui_lang(doc: &Document) -> String {
    if content_lang(doc).is_empty() {
        String::new()
    } else {
        format!(
            " lang=\"{}\" dir=\"{}\"",
            esc(&doc.locale.tag),
            doc.locale.dir.as_str()
        )
    }
}
