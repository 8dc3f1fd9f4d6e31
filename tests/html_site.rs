//! The whole published site in real Chromium, as its readers use it
//! (tests/axe/site.js): no sideways scrolling with WCAG 1.4.12's text
//! spacing at 320 px on any page of any language, the first statement on
//! the first screen of a narrow right-to-left page, the version switcher
//! keeping the page for every outcome, search from file:// (a Polish word
//! typed without its accents, an Arabic word, a Welsh word), the arrow
//! keys between pages and the current language in forced colours; and
//! every phone number on one line at 320, 375 and 1280 px in English,
//! Arabic and Ukrainian (tests/axe/phones.js).
//!
//! Runs only with `CAREGUIDE_AXE=1` (CI sets it), like tests/html_axe.rs.

use std::path::Path;
use std::process::Command;

#[test]
fn the_published_site_works_for_its_readers_in_chromium() {
    if std::env::var("CAREGUIDE_AXE").as_deref() != Ok("1") {
        eprintln!("html_site: skipped; set CAREGUIDE_AXE=1 to run it in Chromium");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let built = Command::new(env!("CARGO_BIN_EXE_careguide"))
        .args(["build", "--format", "html", "--out"])
        .arg(tmp.path())
        .current_dir(tmp.path())
        .output()
        .expect("careguide runs");
    assert!(
        built.status.success(),
        "build failed: {}",
        String::from_utf8_lossy(&built.stderr)
    );
    let axe_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/axe");
    if !axe_dir.join("node_modules/puppeteer-core").exists() {
        let status = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&axe_dir)
            .status()
            .expect("npm runs (install Node.js)");
        assert!(status.success(), "npm ci in tests/axe failed");
    }
    let out = Command::new("node")
        .arg(axe_dir.join("site.js"))
        .arg(tmp.path().join("html"))
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
        .arg(tmp.path().join("html"))
        .output()
        .expect("node runs (install Node.js)");
    println!("{}", String::from_utf8_lossy(&out.stdout));
    eprintln!("{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        out.status.success(),
        "a phone number is broken across lines (see above)"
    );
}
