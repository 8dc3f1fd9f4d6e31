//! The whole published site in real Chromium, as its readers use it
//! (tests/axe/site.js): no sideways scrolling with WCAG 1.4.12's text
//! spacing at 320 px on any page of any language, the first statement on
//! the first screen of a narrow right-to-left page, the version switcher
//! keeping the page for every outcome, search from file:// (a Polish word
//! typed without its accents, an Arabic word, a Welsh word), the arrow
//! keys between pages, the current language in forced colours, and real
//! 400% zoom in English, Ukrainian and Arabic; and every phone number on
//! one line at 320, 375 and 1280 px in English, Arabic and Ukrainian
//! (tests/axe/phones.js). And the Nu HTML Checker (vnu.jar, from
//! tests/axe's packages, on Java) over every page, stylesheet and picture
//! of the same build: no error, no warning.
//!
//! Runs only with `CAREGUIDE_AXE=1` (CI sets it), like tests/html_axe.rs.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The whole site, built once for the tests of this file (`dist/html`).
fn built_site() -> &'static Path {
    static SITE: OnceLock<PathBuf> = OnceLock::new();
    SITE.get_or_init(|| {
        let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("html_site");
        let _ = std::fs::remove_dir_all(&out);
        std::fs::create_dir_all(&out).unwrap();
        let built = Command::new(env!("CARGO_BIN_EXE_careguide"))
            .args(["build", "--format", "html", "--out"])
            .arg(&out)
            .current_dir(&out)
            .output()
            .expect("careguide runs");
        assert!(
            built.status.success(),
            "build failed: {}",
            String::from_utf8_lossy(&built.stderr)
        );
        out.join("html")
    })
}

/// tests/axe, with its packages installed.
fn axe_dir() -> PathBuf {
    static INSTALLED: OnceLock<()> = OnceLock::new();
    let axe_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/axe");
    INSTALLED.get_or_init(|| {
        if !axe_dir.join("node_modules/puppeteer-core").exists()
            || !axe_dir.join("node_modules/vnu-jar").exists()
        {
            let status = Command::new("npm")
                .args(["ci", "--no-audit", "--no-fund"])
                .current_dir(&axe_dir)
                .status()
                .expect("npm runs (install Node.js)");
            assert!(status.success(), "npm ci in tests/axe failed");
        }
    });
    axe_dir
}

fn in_chromium() -> bool {
    std::env::var("CAREGUIDE_AXE").as_deref() == Ok("1")
}

#[test]
fn the_published_site_works_for_its_readers_in_chromium() {
    if !in_chromium() {
        eprintln!("html_site: skipped; set CAREGUIDE_AXE=1 to run it in Chromium");
        return;
    }
    let site = built_site();
    let axe_dir = axe_dir();
    let out = Command::new("node")
        .arg(axe_dir.join("site.js"))
        .arg(site)
        .output()
        .expect("node runs (install Node.js)");
    println!("{}", String::from_utf8_lossy(&out.stdout));
    eprintln!("{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        out.status.success(),
        "the site failed its readers (see above)"
    );
    // Phone numbers on one line at 320, 375 and 1280 px (tests/axe/phones.js).
    let out = Command::new("node")
        .arg(axe_dir.join("phones.js"))
        .arg(site)
        .output()
        .expect("node runs (install Node.js)");
    println!("{}", String::from_utf8_lossy(&out.stdout));
    eprintln!("{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        out.status.success(),
        "a phone number is broken across lines (see above)"
    );
}

#[test]
fn the_published_site_passes_the_nu_html_checker() {
    if !in_chromium() {
        eprintln!("html_site: skipped; set CAREGUIDE_AXE=1 to run the Nu HTML Checker");
        return;
    }
    let site = built_site();
    let jar = axe_dir().join("node_modules/vnu-jar/build/dist/vnu.jar");
    let mut checked = Vec::new();
    files(site, site, &mut checked);
    let count = |ext: &str| checked.iter().filter(|f| f.ends_with(ext)).count();
    assert!(count(".html") > 200, "a full build has every language");
    // One run of the checker over every file: one JVM, not one per page.
    let started = std::time::Instant::now();
    let out = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .args(["--also-check-css", "--also-check-svg", "--format", "json"])
        .args(&checked)
        .current_dir(site)
        .output()
        .expect("java runs (install default-jre-headless)");
    let secs = started.elapsed().as_secs_f64();
    let report: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap_or_else(|e| {
        panic!(
            "the checker's report is not JSON ({e}): {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    let messages = report["messages"].as_array().expect("a list of messages");
    let (mut errors, mut warnings) = (0, 0);
    for m in messages {
        let kind = match (m["type"].as_str(), m["subType"].as_str()) {
            (Some("error" | "non-document-error"), _) => "error",
            (Some("info"), Some("warning")) => "warning",
            _ => "info",
        };
        errors += usize::from(kind == "error");
        warnings += usize::from(kind == "warning");
        println!(
            "{kind}: {}:{}: {}",
            m["url"].as_str().unwrap_or_default(),
            m["lastLine"],
            m["message"].as_str().unwrap_or_default()
        );
    }
    println!(
        "nu: {} pages, {} stylesheets, {} pictures: {errors} errors, {warnings} warnings, {} messages in all, in {secs:.1} s ({})",
        count(".html"),
        count(".css"),
        count(".svg"),
        messages.len(),
        report["version"].as_str().unwrap_or_default()
    );
    assert_eq!(
        (errors, warnings),
        (0, 0),
        "the Nu HTML Checker found problems (see above)"
    );
}

/// Every page, stylesheet and picture under `dir`, relative to `root`.
fn files(root: &Path, dir: &Path, out: &mut Vec<String>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            files(root, &p, out);
        } else if ["html", "css", "svg"]
            .iter()
            .any(|e| p.extension() == Some(e.as_ref()))
        {
            out.push(p.strip_prefix(root).unwrap().to_string_lossy().into_owned());
        }
    }
}

#[test]
fn build_base_url_makes_the_alternate_languages_absolute() {
    let tmp = tempfile::tempdir().unwrap();
    let build = |extra: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_careguide"))
            .args([
                "build",
                "--format",
                "html",
                "--edition",
                "easy-read",
                "--out",
            ])
            .arg(tmp.path())
            .args(extra)
            .current_dir(tmp.path())
            .output()
            .expect("careguide runs")
    };
    let out = build(&["--base-url", "https://example.org/careguide"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let page =
        std::fs::read_to_string(tmp.path().join("html/uk/easy-read/outcome-1.html")).unwrap();
    for tag in ["en-GB", "uk", "ar"] {
        let link = format!(
            "<link rel=\"alternate\" hreflang=\"{tag}\" href=\"https://example.org/careguide/{tag}/easy-read/outcome-1.html\">"
        );
        assert!(page.contains(&link), "{link}");
    }
    assert!(page.contains(
        "<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.org/careguide/index.html\">"
    ));
    assert!(!page.contains("<link rel=\"alternate\" hreflang=\"ar\" href=\"../"));
    // Not a web address: nothing is built.
    let out = build(&["--base-url", "example.org"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--base-url"));
}
