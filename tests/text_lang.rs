//! Every text in its own language: a message not yet translated falls
//! back to English, and the document says so for that text alone, so the
//! web page marks it `lang="en-GB"` (isolated with `dir` in a
//! right-to-left page) and read aloud uses the English voice.

mod support;

use careguide::document::Document;
use careguide::project::Project;
use careguide::render::{Format, RenderOptions};
use careguide::sanitize::Keep;

/// The easy-read edition in `tag`, with the ids of the messages the
/// localizer said fell back to English.
fn easy_read(tag: &str, keep: Keep) -> (Document, Vec<String>) {
    let project = Project::embedded();
    let mut diags = Vec::new();
    let doc = project
        .document("easy-read", &tag.parse().unwrap(), keep, &mut diags)
        .expect("edition exists");
    let fallbacks = diags
        .iter()
        .filter(|d| d.code == "missing-translation")
        .filter_map(|d| d.message.split('`').nth(1).map(str::to_string))
        .collect();
    (doc, fallbacks)
}

/// (message id, language tag) of every statement that carries a language.
fn marked_items(doc: &Document) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for page in &doc.pages {
        for block in &page.blocks {
            for item in block.items() {
                if let Some(lang) = item.text.lang() {
                    let id = format!("easy-read-{}-{}-{}", page.id, block.id(), item.id);
                    out.push((id, lang.tag_str()));
                }
            }
        }
    }
    out
}

#[test]
fn a_fallback_text_carries_english_and_no_other_does() {
    for tag in ["pl", "ar", "cy"] {
        let (doc, fallbacks) = easy_read(tag, Keep::HTML);
        assert!(!fallbacks.is_empty(), "{tag}: no fallback to test with");
        let marked = marked_items(&doc);
        // Exactly the statements that fell back, each said to be English.
        let ids: Vec<&str> = marked.iter().map(|(id, _)| id.as_str()).collect();
        let mut want: Vec<&str> = fallbacks.iter().map(String::as_str).collect();
        want.sort();
        want.dedup();
        let mut got = ids.clone();
        got.sort();
        assert_eq!(got, want, "{tag}");
        assert!(
            marked.iter().all(|(_, l)| l == "en-GB"),
            "{tag}: {marked:?}"
        );
        assert!(
            doc.pages.iter().all(|p| p.title.lang().is_none()),
            "{tag}: titles are translated"
        );
        let english = doc
            .page("next")
            .and_then(|p| {
                p.blocks
                    .iter()
                    .flat_map(|b| b.items())
                    .find(|i| i.text.lang().is_some())
            })
            .expect("a fallback statement on the help page");
        assert_eq!(
            english.text.lang().unwrap().voice.as_deref(),
            Some("en-gb"),
            "{tag}: the English voice from locales/en-GB/locale.toml"
        );
    }
    // English itself marks nothing.
    let (doc, fallbacks) = easy_read("en-GB", Keep::HTML);
    assert!(fallbacks.is_empty());
    assert!(marked_items(&doc).is_empty());
}

fn page_html(doc: &Document, page: &str) -> String {
    let files = Format::Html.render(doc, &RenderOptions::default());
    let path = format!("easy-read/{page}.html");
    let f = files.iter().find(|f| f.path == path).expect("the page");
    String::from_utf8(f.bytes.clone()).unwrap()
}

#[test]
fn html_marks_each_fallback_paragraph_and_isolates_it_in_arabic() {
    let (pl, _) = easy_read("pl", Keep::HTML);
    let n = marked_items(&pl).len();
    let html = page_html(&pl, "next");
    assert_eq!(
        html.matches("\"120\"><p lang=\"en-GB\">").count(),
        n,
        "{html}"
    );
    assert!(html.contains("<p lang=\"en-GB\">Childline is a help line"));

    let (ar, _) = easy_read("ar", Keep::HTML);
    let html = page_html(&ar, "next");
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\""));
    assert_eq!(
        html.matches("\"120\"><p lang=\"en-GB\" dir=\"ltr\">")
            .count(),
        marked_items(&ar).len(),
        "{html}"
    );
    // The statements in Arabic carry neither.
    let all = ar
        .page("next")
        .unwrap()
        .blocks
        .iter()
        .map(|b| b.items().len())
        .sum::<usize>();
    assert!(all > marked_items(&ar).len());
    assert_eq!(
        html.matches("\"120\"><p>").count(),
        all - marked_items(&ar).len()
    );
}

#[test]
fn a_fallback_statement_is_spoken_in_the_english_voice_and_cached_under_it() {
    use careguide::document::aloud::AudioPlan;
    use careguide::speech::cache::Versions;
    let versions = Versions {
        engine: "espeak-ng 1".into(),
        encoder: "opusenc 1".into(),
    };
    for (tag, voice) in [("pl", "pl"), ("ar", "ar")] {
        let (doc, _) = easy_read(tag, Keep::HTML);
        let plan = AudioPlan::for_doc(&doc, &versions).expect("a voice");
        assert_eq!(plan.voice, voice);
        let items: Vec<_> = doc
            .pages
            .iter()
            .flat_map(careguide::document::aloud::spoken_items)
            .collect();
        let (english, own): (Vec<_>, Vec<_>) =
            items.into_iter().partition(|i| i.text.lang().is_some());
        assert_eq!(english.len(), marked_items(&doc).len(), "{tag}");
        for item in &english {
            let clip = plan.item_clip(item);
            assert_eq!(clip.voice, "en-gb", "{tag}: {}", clip.text);
            // The web address in English words, not the page's.
            if clip.text.contains("childline") {
                assert!(
                    clip.text.contains("childline dot org dot uk"),
                    "{}",
                    clip.text
                );
            }
        }
        assert!(
            own.iter().all(|i| plan.item_clip(i).voice == voice),
            "{tag}"
        );
        // The same words in another voice are another clip, another file.
        let clip = plan.item_clip(english[0]);
        let as_before = careguide::speech::cache::Clip {
            voice: voice.into(),
            text: clip.text.clone(),
        };
        assert_ne!(plan.file(&clip), plan.file(&as_before));
    }
}

/// Every `lang` in a JSON value, with where it is.
fn langs(v: &serde_json::Value, path: &str, out: &mut Vec<(String, String)>) {
    match v {
        serde_json::Value::Object(map) => {
            for (k, item) in map {
                if k.ends_with("lang") && k != "content_locale" {
                    out.push((format!("{path}.{k}"), item.as_str().unwrap().to_string()));
                } else {
                    langs(item, &format!("{path}.{k}"), out);
                }
            }
        }
        serde_json::Value::Array(items) => {
            for item in items {
                langs(item, &format!("{path}[]"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn json_schema_2_says_each_fallback_texts_language_and_carries_the_notice() {
    use careguide::render::json;
    let (pl, fallbacks) = easy_read("pl", Keep::TEXT);
    let v: serde_json::Value = serde_json::from_str(&json::render_document(&pl)).unwrap();
    assert_eq!(v["schema"], 2);
    let mut found = Vec::new();
    langs(&v, "$", &mut found);
    assert_eq!(found.len(), fallbacks.len(), "{found:?}");
    assert!(
        found
            .iter()
            .all(|(p, l)| p == "$.pages[].blocks[].items[].lang" && l == "en-GB"),
        "{found:?}"
    );
    // Polish is a draft: the notice in Polish, then in English.
    assert_eq!(v["notice"]["kind"], "draft");
    let words = |t: &serde_json::Value| {
        t.as_array()
            .unwrap()
            .iter()
            .filter_map(|r| r["text"].as_str())
            .collect::<String>()
    };
    assert!(
        words(&v["notice"]["text"]).contains("wersją roboczą"),
        "{}",
        v["notice"]
    );
    assert!(
        words(&v["notice"]["english"]).contains("draft"),
        "{}",
        v["notice"]
    );

    let en = support::document("easy-read", Keep::TEXT);
    let v: serde_json::Value = serde_json::from_str(&json::render_document(&en)).unwrap();
    let mut found = Vec::new();
    langs(&v, "$", &mut found);
    assert!(found.is_empty(), "{found:?}");
    assert!(v.get("notice").is_none());
}

/// Each play button is described by the words it reads (so a screen
/// reader says more than "Listen" on every one), and without audio the
/// statements have no ids (the shipped pages are unchanged).
#[test]
fn each_play_button_is_described_by_its_statement() {
    use careguide::document::aloud::AudioPlan;
    use careguide::speech::cache::Versions;
    let (mut pl, _) = easy_read("pl", Keep::HTML);
    assert!(!page_html(&pl, "next").contains("say-"));
    let versions = Versions {
        engine: "espeak-ng 1".into(),
        encoder: "opusenc 1".into(),
    };
    pl.audio = AudioPlan::for_doc(&pl, &versions);
    let html = page_html(&pl, "next");
    let described: Vec<&str> = html
        .split("aria-describedby=\"")
        .skip(1)
        .map(|s| &s[..s.find('"').unwrap()])
        .collect();
    let statements: usize = pl
        .page("next")
        .unwrap()
        .blocks
        .iter()
        .map(|b| b.items().len())
        .sum();
    assert_eq!(described.len(), statements);
    for id in &described {
        assert_eq!(html.matches(&format!(" id=\"{id}\"")).count(), 1, "{id}");
    }
    assert!(
        html.contains("<p id=\"say-next-childline-what\" lang=\"en-GB\">Childline is a help line")
    );
}

/// An interface message not yet translated is marked too, where the page
/// shows it (here in "Get help now", on every page).
#[test]
fn an_interface_message_that_falls_back_is_marked() {
    for (tag, attrs) in [
        ("pl", " lang=\"en-GB\""),
        ("ar", " lang=\"en-GB\" dir=\"ltr\""),
    ] {
        let (mut doc, _) = easy_read(tag, Keep::HTML);
        let english = doc
            .pages
            .iter()
            .flat_map(|p| &p.blocks)
            .flat_map(|b| b.items())
            .find_map(|i| i.text.1.clone())
            .expect("a fallback to borrow the language of");
        let danger = careguide::markup::Text::plain_str("If you are in danger now, call 999.")
            .in_lang(Some(english));
        doc.ui.0.insert("site-get-help-danger".into(), danger);
        let html = page_html(&doc, "outcome-1");
        let marked = format!("<span{attrs}>If you are in danger now, call");
        assert!(html.contains(&marked), "{tag}: {marked}");
    }
}
