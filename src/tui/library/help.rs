//! The kiosk's own pages: a hard word, the hard words of a screen, and
//! "Get help now".

use super::Library;
use super::paras::{AnchoredPara, Para, anchored};
use crate::content::glossary::GlossaryEntry;
use crate::content::help_lines;
use crate::document::Contact;
use crate::markup::Text;

impl Library {
    /// One hard word: the word beside its picture, then what it means.
    pub fn word_paras(&self, entry: usize) -> Vec<AnchoredPara> {
        let Some(e) = self.glossary().get(entry) else {
            return Vec::new();
        };
        let picture = e
            .picture
            .as_deref()
            .and_then(|p| self.find_picture(p))
            .cloned();
        anchored(vec![
            Para::Title {
                text: Text::plain_str(&e.term),
                picture,
            },
            Para::Body(e.explain.clone()),
        ])
    }

    /// The hard words of a screen, each with what it means.
    pub fn hard_words_paras(&self, entries: &[usize]) -> Vec<AnchoredPara> {
        let mut paras = vec![Para::Title {
            text: self.words.text("kiosk-words-here"),
            picture: None,
        }];
        let found: Vec<&GlossaryEntry> = entries
            .iter()
            .filter_map(|&i| self.glossary().get(i))
            .collect();
        if found.is_empty() {
            paras.push(Para::Body(self.words.text("kiosk-words-none")));
        }
        for e in found {
            paras.push(Para::Heading(Text::plain_str(&e.term)));
            paras.push(Para::Body(e.explain.clone()));
        }
        anchored(paras)
    }

    /// "Get help now": the kiosk's words, with the help lines' names and
    /// numbers from the facts. It begins, calmly, with what to do in
    /// danger.
    pub fn help_paras(&self) -> Vec<AnchoredPara> {
        let w = &self.words;
        // No picture: what to do in danger, then both numbers together,
        // so all three show even on a small screen; then what each line is
        // for.
        let mut paras = vec![
            Para::Title {
                text: w.text("kiosk-help-title"),
                picture: None,
            },
            Para::Body(w.text("kiosk-help-danger")),
        ];
        for line in self.help_lines() {
            paras.push(Para::Heading(w.text(&help_lines::kiosk_call(&line.org))));
        }
        paras.push(Para::Body(w.text("kiosk-help-intro")));
        for line in self.help_lines() {
            paras.push(Para::Body(w.text(&help_lines::kiosk_about(&line.org))));
            // Its web address, from the facts (the words mention it).
            if let Some(web) = &line.web_label {
                paras.push(Para::Body(Text::plain_str(web)));
            }
        }
        paras.push(Para::Body(w.text("kiosk-help-talk")));
        anchored(paras)
    }

    /// The help lines of "Get help now", in order, from the facts.
    pub fn help_lines(&self) -> &[Contact] {
        &self.guide.help_lines
    }
}
