//! Coverage (`locale status`, the publishing threshold and the editions
//! the kiosk offers) counts only messages that parse and resolve, and
//! rounds down.

mod support;

use careguide::project::{Availability, Project};
use careguide::translate::status_rows;

fn pl() -> unic_langid::LanguageIdentifier {
    "pl".parse().unwrap()
}

/// Polish easy-read with every message but the first `keep` broken (an
/// unclosed `{` right after the `=`).
fn broken_easy_read(keep: usize) -> (String, usize) {
    let text = support::embedded_text("locales/pl/easy-read.ftl");
    let mut seen = 0;
    let mut broken = 0;
    let out: Vec<String> = text
        .lines()
        .map(|line| {
            let is_message =
                line.starts_with(|c: char| c.is_ascii_lowercase()) && line.contains(" = ");
            if !is_message {
                return line.to_string();
            }
            seen += 1;
            if seen <= keep {
                return line.to_string();
            }
            broken += 1;
            line.replacen(" = ", " = { ", 1)
        })
        .collect();
    (out.join("\n") + "\n", broken)
}

fn easy_read_percent(project: &Project) -> f64 {
    status_rows(project)
        .into_iter()
        .find(|r| r.tag == "pl")
        .unwrap()
        .percent["easy-read"]
}

#[test]
fn messages_that_do_not_parse_are_not_counted() {
    // The shipped Polish easy read is translated (new English statements
    // may wait for their translation, so not always 100%).
    let before = Project::embedded();
    assert!(easy_read_percent(&before) >= 80.0);
    assert!(matches!(
        before.availability(&pl(), "easy-read"),
        Availability::Translated(_)
    ));

    let (text, broken) = broken_easy_read(2);
    assert!(broken > 150, "{broken} broken");
    let project = Project::load(support::with_file("locales/pl/easy-read.ftl", text));
    let percent = easy_read_percent(&project);
    assert!(
        percent < 5.0,
        "{percent}% counted with {broken} messages broken"
    );
    // Not offered by the kiosk, not published.
    assert!(
        matches!(
            project.availability(&pl(), "easy-read"),
            Availability::Incomplete(p) if p == percent
        ),
        "{:?}",
        project.availability(&pl(), "easy-read")
    );
    use careguide::tui::library::{Layout, Library, Offer};
    let offer = Offer::default();
    assert!(!offer.allows(&project, &pl(), Layout::Statements));
    // The guide, untouched, still is, and the kiosk reads Polish.
    assert!(offer.allows(&project, &pl(), Layout::Chapters));
    assert!(Library::load_offering(&project, &pl(), offer).is_ok());
}

#[test]
fn messages_that_do_not_resolve_are_not_counted() {
    let text = support::embedded_text("locales/pl/easy-read.ftl");
    let ids: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()) && l.contains(" = "))
        .map(|l| l.split(" = ").next().unwrap())
        .collect();
    let one = ids[3];
    let two = ids[4];
    let three = ids[5];
    let replaced = text
        .lines()
        .map(|l| {
            if l.starts_with(&format!("{one} = ")) {
                format!("{one} = Zadzwoń {{ $no-such-variable }}")
            } else if l.starts_with(&format!("{two} = ")) {
                format!("{two} = Zobacz {{ no-such-message }}")
            } else if l.starts_with(&format!("{three} = ")) {
                format!("{three} = Zobacz {{ -no-such-term }}")
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    let project = Project::load(support::with_file("locales/pl/easy-read.ftl", replaced));
    let total = ids.len() as f64;
    let percent = easy_read_percent(&project);
    // Three of the edition's messages no longer count (rounded down).
    let expected = ((100.0 * (total - 3.0)) / total).floor();
    assert!(percent <= expected, "{percent}% > {expected}%");
    assert!(percent < 100.0);
}
