//! The kiosk's own words (`kiosk-*` messages in `locales/<tag>/kiosk.ftl`),
//! formatted through the locale's fallback chain with the facts as
//! variables, sanitised for the terminal and parsed for `**bold**`.

use std::cell::RefCell;
use std::collections::HashMap;

use fluent_bundle::FluentValue;

use crate::i18n::Localizer;
use crate::markup::{Text, parse_inline};
use crate::sanitize::for_terminal;

pub struct Words {
    l10n: Localizer,
    cache: RefCell<HashMap<String, Text>>,
}

impl Words {
    pub fn new(l10n: Localizer) -> Words {
        Words {
            l10n,
            cache: RefCell::new(HashMap::new()),
        }
    }

    /// Whether the message exists in some locale of the chain.
    pub fn has(&self, id: &str) -> bool {
        self.l10n.has(id)
    }

    /// Message `id` with its inline markup. A missing message shows its id,
    /// so the gap is seen in testing (a test requires every id to exist).
    pub fn text(&self, id: &str) -> Text {
        if let Some(t) = self.cache.borrow().get(id) {
            return t.clone();
        }
        let t = self.text_with(id, &[]);
        self.cache.borrow_mut().insert(id.to_string(), t.clone());
        t
    }

    pub fn plain(&self, id: &str) -> String {
        self.text(id).plain()
    }

    /// Message `id` with extra variables (numbers stay numbers, so plural
    /// rules work). Nothing is written anywhere about formatting problems:
    /// the kiosk keeps no logs, and `careguide check` reports them.
    pub fn text_with(&self, id: &str, args: &[(&str, FluentValue<'static>)]) -> Text {
        let mut diags = Vec::new();
        let raw = self.l10n.format_with(id, args, &mut diags).text;
        match raw {
            Some(raw) => {
                let clean = for_terminal(&raw);
                parse_inline(&clean).unwrap_or_else(|_| Text::plain_str(&clean))
            }
            None => Text::plain_str(id),
        }
    }

    pub fn plain_with(&self, id: &str, args: &[(&str, FluentValue<'static>)]) -> String {
        self.text_with(id, args).plain()
    }
}
