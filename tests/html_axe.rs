//! axe-core in real Chromium over the whole en-GB HTML site, and a sample
//! of the right-to-left Arabic and Persian pages (an outcome, the words
//! explained, an English-only edition) and a Ukrainian one: zero
//! violations (WCAG 2.0/2.1/2.2 A and AA, best practice), nothing fetched
//! from outside, a working "Exit this page" shortcut, and an Exit control
//! that covers no text at 320, 375 and 1280 px and 400% zoom.
//!
//! Runs only with `CAREGUIDE_AXE=1` (CI sets it): it needs Node, the
//! packages of tests/axe (`npm ci` there; the test runs it when they are
//! missing) and Chromium at /usr/bin/chromium (or `CHROMIUM`). Without
//! the variable it says it is skipped and passes.
//!
//! `CAREGUIDE_HTML_OUT=DIR` also keeps the pages it checks in DIR, to look
//! at them (it works without `CAREGUIDE_AXE` too).

use std::path::Path;
use std::process::Command;

use careguide::project::Project;
use careguide::render::{Format, RenderOptions, SiteEntry, html};

/// (language, edition, pages) checked beside the whole en-GB site: right
/// to left, and Ukrainian's long words in a narrow window.
const SAMPLE: &[(&str, &str, &[&str])] = &[
    ("ar", "easy-read", &["outcome-1.html", "words.html"]),
    ("ar", "guide", &["outcome-3.html", "words.html"]),
    ("ar", "framework", &["words.html"]),
    ("fa", "easy-read", &["index.html", "words.html"]),
    ("fa", "guide", &["print.html"]),
    ("uk", "guide", &["outcome-2.html"]),
];

/// Where "Exit this page" is measured (tests/axe/exit_layout.js): at 320,
/// 375 and 1280 px and 400% zoom, scrolled top to bottom.
const EXIT_PAGES: &[&str] = &[
    "en-GB/easy-read/outcome-1.html",
    "en-GB/guide/outcome-3.html",
    "ar/easy-read/outcome-1.html",
    "uk/guide/outcome-2.html",
];

#[test]
fn html_site_has_no_axe_violations() {
    let keep = std::env::var_os("CAREGUIDE_HTML_OUT").map(std::path::PathBuf::from);
    let axe = std::env::var("CAREGUIDE_AXE").as_deref() == Ok("1");
    if !axe && keep.is_none() {
        eprintln!("html_axe: skipped; set CAREGUIDE_AXE=1 to run axe-core in Chromium");
        return;
    }
    let project = Project::embedded();
    let tag = "en-GB".parse().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let dir = keep.as_deref().unwrap_or(tmp.path());
    let locale_dir = dir.join("en-GB");
    let mut sites = Vec::new();
    let mut pages = 0;
    for edition in project.content.edition_ids() {
        let mut diags = Vec::new();
        let doc = project
            .document(edition, &tag, Format::Html.keep(), &mut diags)
            .expect("edition resolves");
        for file in html::render(&doc, &RenderOptions::default()) {
            write(&locale_dir.join(&file.path), &file.bytes);
            pages += usize::from(file.path.ends_with(".html"));
        }
        sites.push(SiteEntry::of(&doc));
    }
    let root = html::render_root(&sites);
    write(&dir.join(&root.path), &root.bytes);
    pages += 1;
    // Other languages: a few pages of each kind (every page would take
    // minutes more for little more coverage).
    for (lang, edition, names) in SAMPLE {
        let tag = lang.parse().unwrap();
        let mut diags = Vec::new();
        let doc = project
            .document(edition, &tag, Format::Html.keep(), &mut diags)
            .expect("edition resolves");
        for file in html::render(&doc, &RenderOptions::default()) {
            let name = file.path.rsplit('/').next().unwrap_or_default();
            let page = file.path.ends_with(".html");
            if page && !names.contains(&name) {
                continue;
            }
            write(&dir.join(lang).join(&file.path), &file.bytes);
            pages += usize::from(page);
        }
    }
    if !axe {
        eprintln!("html_axe: the pages are in {}", dir.display());
        return;
    }

    let axe_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/axe");
    if !axe_dir.join("node_modules/axe-core").exists() {
        let status = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&axe_dir)
            .status()
            .expect("npm runs (install Node.js)");
        assert!(status.success(), "npm ci in tests/axe failed");
    }
    let out = Command::new("node")
        .arg(axe_dir.join("run.js"))
        .arg(dir)
        .output()
        .expect("node runs (install Node.js)");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    println!("{stdout}");
    eprintln!("{stderr}");
    assert!(out.status.success(), "axe found problems (see above)");
    let checked: usize = stdout
        .lines()
        .find_map(|l| l.strip_prefix("axe: checked "))
        .and_then(|l| l.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .expect("run.js reports how many pages it checked");
    assert_eq!(checked, pages, "every page written was checked");
    assert!(checked > 10, "only {checked} pages checked");

    // "Exit this page" never cuts a line of text, is never covered by the
    // skip link, and Tab reaches it in the order it is seen.
    let out = Command::new("node")
        .arg(axe_dir.join("exit_layout.js"))
        .arg(dir)
        .args(EXIT_PAGES)
        .output()
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    println!("{stdout}");
    eprintln!("{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        out.status.success(),
        "Exit this page is misplaced (see above)"
    );
    assert_eq!(
        stdout.matches("scroll positions").count(),
        EXIT_PAGES.len() * 4,
        "every page measured at every size"
    );
}

fn write(path: &Path, bytes: &[u8]) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}
