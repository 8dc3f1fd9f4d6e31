//! A broken or oversized translation sets that language aside, with its
//! errors at file:line:col: `build` publishes nothing of it and fails,
//! while every other language is built, checked and read in the kiosk.

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_careguide");

fn careguide(dir: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .arg("--content")
        .arg(dir)
        .args(args)
        .env("LANG", "en_GB.UTF-8")
        .env("NO_COLOR", "1")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn published(dist: &Path) -> Vec<String> {
    let mut langs: Vec<String> = std::fs::read_dir(dist.join("text"))
        .map(|r| {
            r.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    langs.sort();
    langs
}

#[test]
fn build_refuses_the_999_link_without_tel_and_names_its_place() {
    let wc = support::working_copy();
    let site: PathBuf = wc.path().join("locales/pl/site.ftl");
    let before = std::fs::read_to_string(&site).unwrap();
    let after = before.replacen("](tel:{ $emergency-phone })", "]({ $emergency-phone })", 1);
    assert_ne!(before, after);
    std::fs::write(&site, &after).unwrap();
    let line = after[..after.find("]({ $emergency-phone })").unwrap()]
        .matches('\n')
        .count()
        + 1;
    let line_text = after.lines().nth(line - 1).unwrap();
    let col = line_text[..line_text.find("](").unwrap()].chars().count() + 1;
    let place = format!("locales/pl/site.ftl:{line}:{col}");

    // locale check calls it an error, at that place...
    let check = careguide(wc.path(), &["locale", "check", "--format", "line", "pl"]);
    assert_eq!(check.status.code(), Some(1));
    let found = text(&check.stdout);
    assert!(
        found
            .lines()
            .any(|l| l.contains(&place) && l.contains("link-mismatch")),
        "{place} not in:\n{found}"
    );
    // ...and so does build, which publishes nothing of Polish.
    let dist = wc.path().join("dist");
    let out = wc.path().join("dist").display().to_string();
    let build = careguide(wc.path(), &["build", "--out", &out, "--format", "text"]);
    let said = text(&build.stderr);
    assert_eq!(build.status.code(), Some(1), "{said}");
    assert!(said.contains(&place), "{place} not in:\n{said}");
    assert!(
        said.contains("pl has errors, so nothing of it is published"),
        "{said}"
    );
    let langs = published(&dist);
    assert!(!langs.contains(&"pl".to_string()), "{langs:?}");
    assert!(langs.contains(&"en-GB".to_string()) && langs.contains(&"cy".to_string()));

    // Asked for alone, Polish publishes nothing at all.
    let dist_pl = wc.path().join("dist-pl").display().to_string();
    let only = careguide(wc.path(), &["build", "--out", &dist_pl, "--lang", "pl"]);
    assert_eq!(only.status.code(), Some(1));
    assert!(text(&only.stderr).contains(&place));
    assert!(!wc.path().join("dist-pl/html").exists());
}

#[test]
fn an_oversized_file_sets_its_language_aside_and_the_rest_runs() {
    let wc = support::working_copy();
    let guide = wc.path().join("locales/pl/guide.ftl");
    let mut big = std::fs::read_to_string(&guide).unwrap();
    let pad = format!("# {}\n", "x".repeat(98));
    while big.len() <= 5 * 1024 * 1024 {
        big.push_str(&pad);
    }
    std::fs::write(&guide, big).unwrap();
    // A language with a broken locale.toml beside it.
    std::fs::write(
        wc.path().join("locales/uk/locale.toml"),
        "name = \"Українська\n",
    )
    .unwrap();

    // The English kiosk starts and reads as before.
    let kiosk = careguide(wc.path(), &["kiosk", "--lang", "en-GB"]);
    assert_eq!(kiosk.status.code(), Some(0), "{}", text(&kiosk.stderr));
    assert!(
        text(&kiosk.stdout).contains("Hello"),
        "{}",
        text(&kiosk.stdout)
    );
    // So does Welsh.
    let cy = careguide(wc.path(), &["--lang", "cy"]);
    assert_eq!(cy.status.code(), Some(0), "{}", text(&cy.stderr));

    // locale check names the file and still checks the others.
    let check = careguide(wc.path(), &["locale", "check", "--format", "json"]);
    let findings: serde_json::Value = serde_json::from_slice(&check.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", text(&check.stdout)));
    let findings = findings.as_array().unwrap();
    let file_of = |f: &serde_json::Value| f["location"]["file"].as_str().unwrap_or("").to_string();
    assert!(
        findings
            .iter()
            .any(|f| f["code"] == "too-big" && file_of(f).ends_with("locales/pl/guide.ftl")),
        "{findings:?}"
    );
    assert!(
        findings
            .iter()
            .any(|f| file_of(f).ends_with("locales/uk/locale.toml")),
        "the broken locale.toml is reported"
    );

    // build publishes every other language, and fails.
    let dist = wc.path().join("dist");
    let out = dist.display().to_string();
    let build = careguide(wc.path(), &["build", "--out", &out, "--format", "text"]);
    let said = text(&build.stderr);
    assert_eq!(build.status.code(), Some(1), "{said}");
    assert!(said.contains("locales/pl/guide.ftl"), "{said}");
    let langs = published(&dist);
    assert_eq!(langs, ["ar", "cy", "en-GB", "fa", "ro"], "{said}");
}
