//! Everything around a page's main text: the head, the header (exit
//! link, switchers, notices) and the footer ("Get help now").

use super::blocks::listen_button;
use super::escape::{esc, strip_bidi};
use super::inline::inline_html;
use super::lang::content_lang;
use super::nav;
use crate::content::help_lines;
use crate::document::{Contact, Document, LocaleInfo, UiText};
use crate::i18n::Direction;

/// A link in a switcher: where it goes, what it says, and whether it is
/// where the reader already is.
pub(super) struct Choice {
    href: String,
    label: String,
    current: bool,
    /// For languages: the language's tag and direction.
    lang: Option<(String, Direction)>,
}

/// Everything around the main text: head, header, footer.
pub(super) struct Chrome<'a> {
    pub(super) ui: &'a UiText,
    pub(super) locale: &'a LocaleInfo,
    /// From the page to the `assets/` folder, with the final slash.
    pub(super) assets: String,
    pub(super) body_class: String,
    /// The header's home link: (href, escaped HTML label).
    pub(super) home: Option<(String, String)>,
    pub(super) languages: Vec<Choice>,
    pub(super) editions: Vec<Choice>,
    /// `<link rel="alternate">`: (hreflang, href).
    pub(super) alternates: Vec<(String, String)>,
    /// The notice under the header ([`Document::notice`]).
    pub(super) notice: Option<crate::document::Notice>,
    /// `build --audio`: the pages load `listen.js`.
    pub(super) listen: bool,
    /// `build --audio`: the "Get help now" box's audio file.
    pub(super) help_audio: Option<String>,
    /// The help lines of "Get help now", in order ([`Document::help_lines`]).
    pub(super) help_lines: &'a [Contact],
    /// "You are here", between the header and the main part (HTML).
    pub(super) crumbs: String,
    /// The search form, on an edition's pages (HTML; empty elsewhere).
    pub(super) search: String,
    /// The page's meta description (plain words; none when empty).
    pub(super) description: String,
}

impl<'a> Chrome<'a> {
    /// The chrome of `file` (a file of the document's edition folder).
    pub(super) fn of(doc: &'a Document, file: &str) -> Chrome<'a> {
        let ed = &doc.edition;
        let languages: Vec<Choice> = doc
            .languages
            .iter()
            .map(|l| Choice {
                href: format!("../../{}/{ed}/{file}", l.tag),
                label: l.name.clone(),
                current: l.tag == doc.locale.tag,
                lang: Some((l.tag.clone(), l.dir)),
            })
            .collect();
        let alternates = match &doc.base_url {
            // Relative, to the other languages, when the site's address is
            // not known.
            None => languages
                .iter()
                .filter(|c| !c.current)
                .filter_map(|c| c.lang.as_ref().map(|(t, _)| (t.clone(), c.href.clone())))
                .collect(),
            // Absolute, as search engines ask: every language, this one
            // too, and the front page where a reader picks one.
            Some(base) => doc
                .languages
                .iter()
                .map(|l| (l.tag.clone(), format!("{base}{}/{ed}/{file}", l.tag)))
                .chain([("x-default".to_string(), format!("{base}index.html"))])
                .collect(),
        };
        let editions = doc
            .editions
            .iter()
            .map(|(id, title)| Choice {
                href: nav::other_edition(doc, file, id),
                label: nav::edition_name(&doc.ui, id, title),
                current: *id == doc.edition,
                lang: None,
            })
            .collect();
        Chrome {
            ui: &doc.ui,
            locale: &doc.locale,
            assets: "../assets/".into(),
            body_class: format!("ed-{}", doc.edition),
            home: Some((
                "index.html".into(),
                match content_lang(doc) {
                    lang if lang.is_empty() => inline_html(&doc.title),
                    lang => format!("<span{lang}>{}</span>", inline_html(&doc.title)),
                },
            )),
            languages,
            editions,
            alternates,
            notice: doc.notice(),
            listen: doc.audio.is_some(),
            help_audio: doc
                .audio
                .as_ref()
                .and_then(|plan| Some(plan.file(&plan.help_clip(&doc.ui)?))),
            help_lines: &doc.help_lines,
            crumbs: String::new(),
            search: nav::search_form(doc),
            description: nav::shorten(&doc.description.plain()),
        }
    }

    /// The same, described by `description` (plain words) when it has any.
    pub(super) fn describe(mut self, description: String) -> Self {
        if !description.is_empty() {
            self.description = description;
        }
        self
    }

    /// The same, with "you are here" ending at `here` (HTML; `None` on
    /// the edition's front page).
    pub(super) fn with_crumbs(mut self, doc: &Document, here: Option<&str>) -> Self {
        self.crumbs = nav::breadcrumbs(doc, here);
        self
    }

    /// An interface message as HTML, marked with its language when it is
    /// not yet translated.
    fn msg(&self, id: &str) -> String {
        super::inline::marked_inline_html(&self.ui.get(id), self.locale.dir)
    }

    fn attr(&self, id: &str) -> String {
        esc(&self.ui.plain(id))
    }

    /// A whole HTML page around `main` (already HTML).
    pub(super) fn page(&self, title: &str, main: &str) -> String {
        let mut h = self.page_start(title);
        h.reserve(main.len() + 4 * 1024);
        h.push_str(main);
        h.push_str(&self.page_end());
        h
    }

    /// A page up to its main part: head, header, and `<main>`.
    pub(super) fn page_start(&self, title: &str) -> String {
        let mut h = String::with_capacity(8 * 1024);
        h.push_str(&format!(
            "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <meta name=\"referrer\" content=\"no-referrer\">\n\
             <meta name=\"color-scheme\" content=\"light dark\">\n\
             <title>{}</title>\n<link rel=\"stylesheet\" href=\"{a}style.css\">\n\
             <link rel=\"icon\" href=\"{a}favicon.svg\" type=\"image/svg+xml\">\n\
             <script src=\"{a}exit.js\" defer></script>\n",
            esc(&self.locale.tag),
            self.locale.dir.as_str(),
            esc(title),
            a = self.assets,
        ));
        if !self.description.is_empty() {
            h.push_str(&format!(
                "<meta name=\"description\" content=\"{}\">\n",
                esc(&self.description)
            ));
        }
        if !self.search.is_empty() {
            h.push_str(&format!(
                "<script src=\"{}search.js\" defer></script>\n",
                self.assets
            ));
        }
        if self.listen {
            h.push_str(&format!(
                "<script src=\"{}listen.js\" defer></script>\n",
                self.assets
            ));
        }
        for (tag, href) in &self.alternates {
            h.push_str(&format!(
                "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">\n",
                esc(tag),
                esc(href)
            ));
        }
        h.push_str(&format!(
            "</head>\n<body class=\"{}\">\n<a class=\"skip-link\" href=\"#main\">{}</a>\n",
            esc(&self.body_class),
            self.msg("site-skip-link")
        ));
        self.header(&mut h);
        h.push_str(&self.crumbs);
        h.push_str("<main id=\"main\" tabindex=\"-1\">\n");
        h
    }

    /// A page from the end of its main part: the footer.
    pub(super) fn page_end(&self) -> String {
        let mut h = String::from("</main>\n");
        self.footer(&mut h);
        h.push_str("</body>\n</html>\n");
        h
    }

    fn header(&self, h: &mut String) {
        h.push_str("<header class=\"masthead\">\n<div class=\"bar\">\n");
        if let Some((href, label)) = &self.home {
            h.push_str(&format!(
                "<p class=\"brand\"><a href=\"{}\">{label}</a></p>\n",
                esc(href)
            ));
        }
        h.push_str(&format!(
            "<p class=\"help-link\"><a href=\"#get-help\">{}</a></p>\n",
            self.msg("site-get-help-title")
        ));
        // Exit after the name and Get help now, as on screen (GOV.UK puts
        // it after the header too): Tab order follows what is seen, and it
        // still comes before any of the guide's text.
        h.push_str(&format!(
            "<div class=\"exit-slot\"><div class=\"exit-box\">\n<a class=\"exit\" id=\"exit\" href=\"{}\" rel=\"nofollow noreferrer\" \
             data-two-more=\"{}\" data-one-more=\"{}\" data-leaving=\"{}\">{}</a>\n\
             <p class=\"exit-hint\" id=\"exit-hint\" hidden>{}</p>\n</div></div>\n</div>\n",
            esc(&exit_url(self.ui)),
            self.attr("site-exit-two-more"),
            self.attr("site-exit-one-more"),
            self.attr("site-exit-leaving"),
            self.msg("site-exit-page"),
            self.msg("site-exit-shortcut"),
        ));
        if !self.languages.is_empty() || !self.editions.is_empty() {
            h.push_str("<div class=\"switchers\">\n");
            switcher(h, "languages", &self.msg("site-languages"), &self.languages);
            switcher(h, "editions", &self.msg("site-editions"), &self.editions);
            h.push_str(&self.search);
            h.push_str("</div>\n");
        }
        h.push_str(
            "<div class=\"visually-hidden\" id=\"exit-status\" role=\"status\" aria-live=\"polite\"></div>\n",
        );
        if let Some(n) = &self.notice {
            // A draft translation, or words below that are English, in
            // the reader's language (the policy is `Document::notice`).
            h.push_str(&format!(
                "<div class=\"notice\" role=\"note\">\n<p>{}</p>\n",
                inline_html(&n.text)
            ));
            // The same in English, for a helper who reads English.
            if let Some(english) = &n.english {
                h.push_str(&format!(
                    "<p lang=\"{}\" dir=\"ltr\">{}</p>\n",
                    esc(crate::i18n::SOURCE_LOCALE),
                    inline_html(english)
                ));
            }
            h.push_str("</div>\n");
        }
        h.push_str("</header>\n");
    }

    fn footer(&self, h: &mut String) {
        h.push_str(&format!(
            "<footer class=\"foot\">\n<section class=\"get-help\" id=\"get-help\" aria-labelledby=\"get-help-title\">\n\
             <h2 id=\"get-help-title\">{}</h2>\n<p class=\"help-danger\">{}</p>\n<p>{}</p>\n",
            self.msg("site-get-help-title"),
            self.msg("site-get-help-danger"),
            self.msg("site-get-help-intro"),
        ));
        if let Some(file) = &self.help_audio {
            h.push_str(&format!(
                "<p>{}</p>\n",
                listen_button(self.ui, &format!("{}audio/", self.assets), file, None)
            ));
        }
        h.push_str("<ul class=\"help-lines\">\n");
        for line in self.help_lines {
            let line = line.org.as_str();
            let contact = Contact {
                org: line.into(),
                name: self.ui.plain(&help_lines::site_name(line)),
                phone: self.ui.plain(&help_lines::site_phone(line)),
                web: None,
                web_label: None,
            };
            h.push_str(&format!(
                "<li class=\"help-line\">\n<h3><bdi>{}</bdi></h3>\n\
                 <p class=\"help-phone\"><a href=\"{}\"><bdi dir=\"ltr\">{}</bdi></a></p>\n<p>{}</p>\n</li>\n",
                esc(&contact.name),
                esc(&contact.tel_href()),
                esc(&contact.phone),
                self.msg(&help_lines::site_about(line)),
            ));
        }
        h.push_str("</ul>\n");
        // How to leave no trace in the browser, as GOV.UK advises beside
        // its Exit this page: folded, so the help lines stay first.
        h.push_str(&format!(
            "<details class=\"private\">\n<summary>{}</summary>\n<p>{}</p>\n<ul>\n<li>{}</li>\n<li>{}</li>\n<li>{}</li>\n</ul>\n<p>{}</p>\n</details>\n",
            self.msg("site-private-title"),
            self.msg("site-private-intro"),
            self.msg("site-private-window"),
            self.msg("site-private-history"),
            self.msg("site-private-device"),
            self.msg("site-private-exit"),
        ));
        h.push_str(&format!(
            "</section>\n<p class=\"licence\">{}</p>\n</footer>\n",
            self.msg("site-licence")
        ));
    }
}

/// A labelled list of links, such as the languages.
fn switcher(h: &mut String, id: &str, label: &str, choices: &[Choice]) {
    if choices.is_empty() || (id == "editions" && choices.len() < 2) {
        return;
    }
    h.push_str(&format!(
        "<nav class=\"switcher\" aria-labelledby=\"{id}-label\">\n<span class=\"switcher-label\" id=\"{id}-label\">{label}</span>\n<ul>\n"
    ));
    for c in choices {
        let mut attrs = String::new();
        if let Some((tag, dir)) = &c.lang {
            attrs.push_str(&format!(
                " lang=\"{t}\" hreflang=\"{t}\" dir=\"{}\"",
                dir.as_str(),
                t = esc(tag)
            ));
        }
        if c.current {
            attrs.push_str(" aria-current=\"true\"");
        }
        h.push_str(&format!(
            "<li><a href=\"{}\"{attrs}>{}</a></li>\n",
            esc(&c.href),
            esc(&c.label)
        ));
    }
    h.push_str("</ul>\n</nav>\n");
}

/// Where "Exit this page" goes: the `exit-web` fact through
/// `site-exit-url`. Anything but a web address becomes a blank page.
fn exit_url(ui: &UiText) -> String {
    let url = strip_bidi(&ui.plain("site-exit-url")).trim().to_string();
    let lower = url.to_ascii_lowercase();
    if (lower.starts_with("https://") || lower.starts_with("http://"))
        && !url.contains(char::is_whitespace)
    {
        url
    } else {
        "about:blank".into()
    }
}

#[cfg(test)]
mod tests {
    use crate::document::Alternate;
    use crate::i18n::Direction;
    use crate::render::RenderOptions;
    use crate::render::html::tests::{doc, file};
    use crate::render::html::{base_url, render};

    fn alternates(page: &str) -> Vec<&str> {
        page.lines()
            .filter(|l| l.starts_with("<link rel=\"alternate\""))
            .collect()
    }

    #[test]
    fn alternate_languages_are_absolute_where_the_address_is_known() {
        let mut d = doc("guide");
        d.languages = ["en-GB", "uk", "ar"]
            .iter()
            .map(|t| Alternate {
                tag: t.to_string(),
                name: t.to_string(),
                dir: if *t == "ar" {
                    Direction::Rtl
                } else {
                    Direction::Ltr
                },
            })
            .collect();
        // No address: relative, to the other languages only.
        let files = render(&d, &RenderOptions::default());
        assert_eq!(
            alternates(file(&files, "guide/outcome-2.html")),
            [
                "<link rel=\"alternate\" hreflang=\"uk\" href=\"../../uk/guide/outcome-2.html\">",
                "<link rel=\"alternate\" hreflang=\"ar\" href=\"../../ar/guide/outcome-2.html\">",
            ]
        );
        // With one: absolute, the page itself and the front page too.
        let opts = RenderOptions {
            base_url: Some(base_url("https://example.org/care guide").unwrap_or_default()),
            ..RenderOptions::default()
        };
        assert_eq!(opts.base_url.as_deref(), Some(""), "a space is refused");
        let opts = RenderOptions {
            base_url: Some(base_url("https://example.org/careguide").unwrap()),
            ..RenderOptions::default()
        };
        let files = render(&d, &opts);
        for (page, file_name) in [
            ("guide/outcome-2.html", "outcome-2.html"),
            ("guide/index.html", "index.html"),
            ("guide/words.html", "words.html"),
            ("guide/print.html", "print.html"),
        ] {
            let b = "https://example.org/careguide";
            assert_eq!(
                alternates(file(&files, page)),
                [
                    format!(
                        "<link rel=\"alternate\" hreflang=\"en-GB\" href=\"{b}/en-GB/guide/{file_name}\">"
                    ),
                    format!(
                        "<link rel=\"alternate\" hreflang=\"uk\" href=\"{b}/uk/guide/{file_name}\">"
                    ),
                    format!(
                        "<link rel=\"alternate\" hreflang=\"ar\" href=\"{b}/ar/guide/{file_name}\">"
                    ),
                    format!(
                        "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{b}/index.html\">"
                    ),
                ],
                "{page}"
            );
        }
        // The switchers' links stay relative: they work from file://.
        assert!(
            file(&files, "guide/outcome-2.html")
                .contains("<a href=\"../../uk/guide/outcome-2.html\" lang=\"uk\" hreflang=\"uk\"")
        );
    }

    #[test]
    fn the_base_address_is_a_web_folder() {
        assert_eq!(
            base_url("https://example.org/cg/").unwrap(),
            "https://example.org/cg/"
        );
        assert_eq!(
            base_url(" http://127.0.0.1:8000 ").unwrap(),
            "http://127.0.0.1:8000/"
        );
        for bad in [
            "example.org/cg",
            "file:///tmp/site",
            "https://",
            "https:///cg",
            "https://example.org/cg?x=1",
            "https://example.org/#top",
            "https://example.org/\"><script>",
        ] {
            assert!(base_url(bad).is_err(), "{bad}");
        }
    }
}
