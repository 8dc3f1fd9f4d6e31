//! Syntax errors are reported where the reference parser (Python's
//! `fluent.syntax`) reports them, with its codes. Each fixture in
//! tests/fixtures/syntax/ seeds mistakes of one kind; its `.expected` file
//! holds the reference parser's `CODE LINE:COL` for each (written by
//! `regenerate.py` there, which runs fluent.syntax).

use std::path::Path;

use careguide::i18n::locales::syntax_errors;

#[test]
fn every_kind_of_syntax_error_is_at_the_reference_position() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/syntax");
    let mut fixtures = 0;
    let mut errors = 0;
    let mut codes = std::collections::BTreeSet::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let expected = std::fs::read_to_string(path.with_extension("expected")).unwrap();
        let expected: Vec<&str> = expected.lines().filter(|l| !l.is_empty()).collect();
        let ours: Vec<String> = syntax_errors("t.ftl", &text)
            .iter()
            .map(|d| {
                let l = d.location.as_ref().unwrap();
                format!("{} {}:{}", d.code, l.line, l.col)
            })
            .collect();
        assert_eq!(ours, expected, "{}", path.display());
        fixtures += 1;
        errors += expected.len();
        codes.extend(
            expected
                .iter()
                .map(|l| l.split(' ').next().unwrap().to_string()),
        );
    }
    assert!(
        fixtures >= 10 && errors >= 50,
        "{fixtures} fixtures, {errors} errors"
    );
    // Every code the reference parser raises in its own test suite.
    for code in [
        "E0002", "E0003", "E0004", "E0005", "E0006", "E0008", "E0009", "E0010", "E0011", "E0012",
        "E0014", "E0015", "E0016", "E0017", "E0018", "E0019", "E0020", "E0021", "E0022", "E0025",
        "E0026", "E0027", "E0028", "E0029",
    ] {
        assert!(codes.contains(code), "no fixture raises {code}");
    }
}
