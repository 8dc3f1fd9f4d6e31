//! Isolation only where the direction changes: no U+2066..U+2069 in any
//! English output; in Arabic and Persian a phone number or a Latin name
//! is isolated, in HTML as `<bdi>` markup and never as the characters.

use std::path::Path;
use std::process::Command;

fn build(out: &Path) {
    let status = Command::new(env!("CARGO_BIN_EXE_careguide"))
        .args([
            "build", "--lang", "en-GB", "--lang", "ar", "--lang", "fa", "--out",
        ])
        .arg(out)
        .output()
        .expect("careguide build runs");
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
}

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            files(&p, out);
        } else if matches!(
            p.extension().and_then(|e| e.to_str()),
            Some("html" | "txt" | "md" | "json" | "js")
        ) {
            out.push(p);
        }
    }
}

fn read_all(dir: &Path) -> Vec<(std::path::PathBuf, String)> {
    let mut list = Vec::new();
    files(dir, &mut list);
    assert!(!list.is_empty(), "nothing in {}", dir.display());
    list.into_iter()
        .map(|p| {
            let s = std::fs::read_to_string(&p).unwrap();
            (p, s)
        })
        .collect()
}

fn marks(s: &str) -> usize {
    s.chars()
        .filter(|c| matches!(c, '\u{2066}'..='\u{2069}'))
        .count()
}

/// The visible text of every `<a ...>...</a>` (its accessible name when
/// it has no label), tags removed.
fn link_names(html: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find("<a ") {
        let after = &rest[i..];
        let Some(open_end) = after.find('>') else {
            break;
        };
        let Some(close) = after.find("</a>") else {
            break;
        };
        let inner = &after[open_end + 1..close.max(open_end + 1)];
        let mut text = String::new();
        let mut in_tag = false;
        for c in inner.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => text.push(c),
                _ => {}
            }
        }
        names.push(text);
        rest = &after[close.max(1)..];
    }
    names
}

#[test]
fn marks_only_where_the_direction_changes_and_in_html_as_markup() {
    let dir = tempfile::tempdir().unwrap();
    build(dir.path());
    let root = dir.path();
    // English: nothing is isolated, in any format.
    for format in ["html", "text", "markdown", "json"] {
        for (p, s) in read_all(&root.join(format).join("en-GB")) {
            assert_eq!(marks(&s), 0, "{} has isolation marks", p.display());
        }
    }
    for lang in ["ar", "fa"] {
        // HTML: markup, never the characters, and none in a link's name.
        let html = read_all(&root.join("html").join(lang));
        let mut names = 0;
        for (p, s) in &html {
            assert_eq!(marks(s), 0, "{} has raw isolation marks", p.display());
            for name in link_names(s) {
                names += 1;
                assert_eq!(marks(&name), 0, "{}: link {name:?}", p.display());
            }
        }
        assert!(names > 100, "{lang}: only {names} links read");
        let all: String = html.iter().map(|(_, s)| s.as_str()).collect();
        for wanted in [
            "<bdi dir=\"ltr\">0800 1111</bdi>",
            "<bdi dir=\"ltr\">0800 528 0731</bdi>",
            "<bdi dir=\"ltr\">Childline</bdi>",
        ] {
            assert!(all.contains(wanted), "{lang} HTML lacks {wanted}");
        }
        // Plain text keeps the isolation as the characters, around the
        // phone numbers and names only.
        let text = std::fs::read_to_string(root.join("text").join(lang).join("guide.txt")).unwrap();
        for wanted in ["\u{2066}0800 1111\u{2069}", "\u{2066}Childline\u{2069}"] {
            assert!(text.contains(wanted), "{lang} text lacks {wanted:?}");
        }
        assert_eq!(marks(&text) % 2, 0, "{lang} text: unbalanced marks");
    }
}
