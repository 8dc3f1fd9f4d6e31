//! `check --format json` and `locale check --format json`: every finding
//! keeps its fields and says its edition, language and Fluent message id
//! (null where it has none), and they agree with where it points.

use std::process::Command;

fn findings(args: &[&str]) -> Vec<serde_json::Value> {
    let out = Command::new(env!("CARGO_BIN_EXE_careguide"))
        .args(args)
        .current_dir(std::env::temp_dir())
        .output()
        .expect("careguide runs");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{args:?}: not JSON ({e}): {}",
            String::from_utf8_lossy(&out.stdout)
        )
    });
    v.as_array().expect("an array of findings").clone()
}

#[test]
fn each_finding_names_its_edition_language_and_message() {
    for args in [
        &["check", "--format", "json"][..],
        &["locale", "check", "ar", "--format", "json"][..],
    ] {
        let list = findings(args);
        assert!(!list.is_empty(), "{args:?}: no findings to look at");
        let mut full = 0;
        for f in &list {
            let o = f.as_object().unwrap();
            for key in [
                "severity",
                "code",
                "message",
                "location",
                "help",
                "edition",
                "language",
                "message_id",
            ] {
                assert!(
                    o.contains_key(key),
                    "{args:?}: a finding without {key}: {f}"
                );
            }
            for key in ["edition", "language", "message_id"] {
                assert!(f[key].is_null() || f[key].is_string(), "{key}: {f}");
            }
            let file = f["location"]["file"].as_str().unwrap_or_default();
            if let Some(rest) = file.strip_prefix("locales/") {
                let tag = rest.split('/').next().unwrap();
                assert_eq!(f["language"], tag, "{f}");
            }
            if let Some(id) = f["message_id"].as_str() {
                if let Some(ed) = f["edition"].as_str() {
                    assert!(id.starts_with(&format!("{ed}-")), "{f}");
                }
                // The message is defined in the file the finding points at.
                if file.ends_with(".ftl") {
                    let text = std::fs::read_to_string(
                        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file),
                    )
                    .unwrap();
                    assert!(
                        text.lines().any(|l| l.starts_with(&format!("{id} ="))
                            || l.starts_with(&format!("{id}="))),
                        "{id} is not defined in {file}: {f}"
                    );
                }
            }
            if !f["edition"].is_null() && !f["language"].is_null() && !f["message_id"].is_null() {
                full += 1;
            }
        }
        assert!(full > 0, "{args:?}: no finding names all three");
    }
}
