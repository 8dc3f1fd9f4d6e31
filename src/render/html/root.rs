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

    // Each language speaks for itself: the heading is said in every
    // language shown, and each card has its own "then choose", its
    // editions (an English-only one marked English, laid out left to
    // right) and its own "Get help now".
    let mut main = String::new();
    main.push_str("<div class=\"intro\">\n<h1>");
    main.push_str(&inline_html(&ui.get("site-root-title")));
    main.push_str("</h1>\n");
    let own_title = ui.plain("site-root-title");
    let others: Vec<String> = langs
        .iter()
        .filter_map(|(l, entries)| {
            let title = entries.first()?.ui.0.get("site-root-title")?;
            (title.plain() != own_title).then(|| {
                format!(
                    "<li lang=\"{}\" dir=\"{}\">{}</li>",
                    esc(&l.tag),
                    l.dir.as_str(),
                    inline_html(title)
                )
            })
        })
        .collect();
    if !others.is_empty() {
        main.push_str(&format!(
            "<ul class=\"root-titles\">\n{}\n</ul>\n",
            others.join("\n")
        ));
    }
    main.push_str("</div>\n<ul class=\"languages\">\n");
    for (l, entries) in &langs {
        let tag = esc(&l.tag);
        main.push_str(&format!(
            "<li class=\"language\" lang=\"{tag}\" dir=\"{}\">\n<h2>{}</h2>\n",
            l.dir.as_str(),
            esc(&l.name)
        ));
        let own = &entries[0].ui;
        if let Some(intro) = own.0.get("site-root-intro") {
            main.push_str(&format!(
                "<p class=\"language-intro\">{}</p>\n",
                inline_html(intro)
            ));
        }
        main.push_str("<ul class=\"editions\">\n");
        for e in entries {
            let words_lang = match &e.content_locale {
                Some(c) if c.tag != l.tag => {
                    format!(" lang=\"{}\" dir=\"{}\"", esc(&c.tag), c.dir.as_str())
                }
                _ => String::new(),
            };
            main.push_str(&format!(
                "<li{words_lang}><a href=\"{tag}/{}/index.html\" hreflang=\"{tag}\">{}</a>",
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
        main.push_str("</ul>\n");
        if own.0.contains_key("site-get-help-title") {
            main.push_str(&format!(
                "<p class=\"language-help\"><a href=\"{tag}/{}/index.html#get-help\">{}</a></p>\n",
                esc(&entries[0].edition),
                inline_html(&own.get("site-get-help-title"))
            ));
        }
        main.push_str("</li>\n");
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
        notice: None,
        listen: false,
        help_audio: None,
        help_lines: primary.map_or(&[][..], |p| &p.help_lines),
        crumbs: String::new(),
        search: String::new(),
        description: super::nav::shorten(&ui.plain("site-root-intro")),
    };
    OutputFile::new(
        "index.html",
        chrome.page(&ui.plain("site-root-title"), &main),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::project::Project;
    use crate::render::Format;

    #[test]
    fn the_front_page_speaks_each_language_where_it_shows_it() {
        let p = Project::embedded();
        let mut sites = Vec::new();
        for tag in ["en-GB", "pl", "ar"] {
            for ed in p.content.edition_ids() {
                let mut diags = vec![];
                let d = p
                    .document(ed, &tag.parse().unwrap(), Format::Html.keep(), &mut diags)
                    .unwrap();
                sites.push(SiteEntry::of(&d));
            }
        }
        let page = String::from_utf8(render_root(&sites).bytes).unwrap();
        // The heading in each other language, marked as such.
        assert!(page.contains("<li lang=\"pl\" dir=\"ltr\">Wybierz swój język</li>"));
        assert!(page.contains("<li lang=\"ar\" dir=\"rtl\">اختر لغتك</li>"));
        let card = &page[page
            .find("<li class=\"language\" lang=\"ar\" dir=\"rtl\">")
            .unwrap()..];
        assert!(
            card.contains("<p class=\"language-intro\">ثم اختر"),
            "{card}"
        );
        assert!(card.contains("<a href=\"ar/guide/index.html#get-help\">اطلب المساعدة الآن</a>"));
        // The English-only framework is English, left to right, inside
        // the Arabic card; the Arabic editions are not marked.
        assert!(card.contains(
            "<li lang=\"en-GB\" dir=\"ltr\"><a href=\"ar/framework/index.html\" hreflang=\"ar\">"
        ));
        assert!(card.contains("<li><a href=\"ar/guide/index.html\" hreflang=\"ar\">"));
        // English is not said twice.
        assert!(!page.contains("<li lang=\"en-GB\" dir=\"ltr\">Choose your language</li>"));
    }
}
