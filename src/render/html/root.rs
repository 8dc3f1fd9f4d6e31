//! The front page of the whole site, where a child picks a language and
//! an edition.

use super::OutputFile;
use super::chrome::Chrome;
use super::escape::esc;
use super::inline::inline_html;
use crate::document::{LocaleInfo, UiText};
use crate::i18n::{Direction, Status};
use crate::render::SiteEntry;

/// The front page of the whole site (`dist/html/index.html`): each
/// language in its own name, with the editions published in it.
pub fn render_root(sites: &[SiteEntry]) -> OutputFile {
    // The interface words come from the source language when it is built,
    // otherwise from the first language.
    let primary = sites
        .iter()
        .find(|s| s.locale.status == Status::Source)
        .or(sites.first());
    let empty_ui = UiText::default();
    let fallback_locale = LocaleInfo {
        tag: "en-GB".into(),
        name: "English".into(),
        english_name: "English".into(),
        dir: Direction::Ltr,
        status: Status::Source,
        voice: None,
    };
    let (ui, locale) = match primary {
        Some(p) => (&p.ui, &p.locale),
        None => (&empty_ui, &fallback_locale),
    };

    // Languages in the order they were built, editions in order within.
    let mut langs: Vec<(&LocaleInfo, Vec<&SiteEntry>)> = Vec::new();
    for s in sites {
        match langs.iter_mut().find(|(l, _)| l.tag == s.locale.tag) {
            Some((_, list)) => list.push(s),
            None => langs.push((&s.locale, vec![s])),
        }
    }

    let mut main = String::new();
    main.push_str("<div class=\"intro\">\n<h1>");
    main.push_str(&inline_html(&ui.get("site-root-title")));
    main.push_str("</h1>\n<p class=\"lead\">");
    main.push_str(&inline_html(&ui.get("site-root-intro")));
    main.push_str("</p>\n</div>\n<ul class=\"languages\">\n");
    for (l, entries) in &langs {
        let tag = esc(&l.tag);
        main.push_str(&format!(
            "<li class=\"language\" lang=\"{tag}\" dir=\"{}\">\n<h2>{}</h2>\n<ul class=\"editions\">\n",
            l.dir.as_str(),
            esc(&l.name)
        ));
        for e in entries {
            main.push_str(&format!(
                "<li><a href=\"{tag}/{}/index.html\" hreflang=\"{tag}\">{}</a>",
                esc(&e.edition),
                inline_html(&e.title)
            ));
            if !e.description.is_empty() {
                main.push_str(&format!(
                    "<span class=\"edition-description\">{}</span>",
                    inline_html(&e.description)
                ));
            }
            main.push_str("</li>\n");
        }
        main.push_str("</ul>\n</li>\n");
    }
    main.push_str("</ul>\n");

    let chrome = Chrome {
        ui,
        locale,
        assets: format!("{}/assets/", esc(&locale.tag)),
        body_class: "ed-root".into(),
        home: None,
        languages: Vec::new(),
        editions: Vec::new(),
        alternates: Vec::new(),
        english_only: false,
        listen: false,
        help_audio: None,
        crumbs: String::new(),
    };
    OutputFile::new(
        "index.html",
        chrome.page(&ui.plain("site-root-title"), &main),
    )
}
