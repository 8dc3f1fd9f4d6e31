//! Turning a finding in a message into a [`Diagnostic`] at file:line:col.

use std::collections::BTreeSet;

use crate::check::config::{Level, Settings};
use crate::check::rules::text::MessageView;
use crate::diag::Diagnostic;
use crate::i18n::locales::LocaleFile;

/// Turns findings in one message into diagnostics at file:line:col.
pub(super) struct Reporter<'r> {
    pub(super) settings: &'r Settings,
    pub(super) file: &'r LocaleFile,
    pub(super) view: &'r MessageView,
    pub(super) out: &'r mut Vec<Diagnostic>,
    pub(super) id: &'r str,
}

impl Reporter<'_> {
    pub(super) fn at_file(
        &mut self,
        offset: usize,
        len: usize,
        level: Level,
        code: &'static str,
        message: String,
        help: &str,
    ) {
        let Some(severity) = level.severity() else {
            return;
        };
        // Placed by the file's line index: a long message has many.
        let d = Diagnostic {
            severity,
            ..Diagnostic::error(message)
        }
        .with_code(code);
        self.out
            .push(self.file.point(d, offset, len).with_help(help));
    }

    pub(super) fn at_plain(
        &mut self,
        range: std::ops::Range<usize>,
        level: Level,
        code: &'static str,
        message: String,
        help: &str,
    ) {
        let (offset, len) = self.view.file_span(range);
        self.at_file(offset, len, level, code, message, help);
    }

    pub(super) fn at_id(&mut self, level: Level, code: &'static str, message: String, help: &str) {
        let start = self.file.offset(self.id).unwrap_or(0);
        self.at_file(start, self.id.len(), level, code, message, help);
    }
}

/// What one page has reported so far.
#[derive(Default)]
pub(super) struct PageState {
    pub(super) glossary_seen: BTreeSet<String>,
    pub(super) hard_reported: BTreeSet<String>,
}
