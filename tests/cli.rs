//! The command line as a user meets it: a mistyped `--lang` or
//! `--edition` gets the same "did you mean" from every command (each
//! parses it once, in the command layer), the kiosk names the editions it
//! can read, findings print one a line in the format editors read, and
//! the exit codes say what happened: 0 done, 1 found errors or could not
//! do it, 2 the command line itself was wrong.

use std::path::Path;
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_careguide");

/// Runs careguide with `args` in `dir`: (exit code, stdout, stderr).
fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env("LANG", "en_GB.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(Stdio::null())
        .output()
        .expect("careguide runs");
    (
        out.status.code().expect("an exit code"),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn here() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A copy of the project's content and locales, with `line` added to
/// `locales/<file>`.
fn working_copy_with(file: &str, line: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["content", "locales"] {
        copy_dir(&here().join(sub), &dir.path().join(sub));
    }
    let path = dir.path().join("locales").join(file);
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.push_str(line);
    std::fs::write(&path, text).unwrap();
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

#[test]
fn a_mistyped_edition_gets_did_you_mean_in_the_kiosk_as_in_build() {
    let out = tempfile::tempdir().unwrap();
    let out = out.path().join("dist");
    let out = out.to_str().unwrap();
    for args in [
        &["kiosk", "--edition", "eazy-read"][..],
        &["browse", "--edition", "eazy-read"],
        &["--edition", "eazy-read"],
        &["build", "--edition", "eazy-read", "--out", out],
        &["check", "--edition", "eazy-read"],
    ] {
        let (code, stdout, stderr) = run(here(), args);
        assert_eq!(code, 1, "{args:?}: {stderr}");
        assert!(
            stderr.contains("error: there is no edition `eazy-read`\n")
                && stderr.contains("did you mean `easy-read`? The editions are: guide, easy-read"),
            "{args:?}: {stderr}"
        );
        assert!(stdout.is_empty(), "{args:?}: {stdout}");
    }
    assert!(!Path::new(out).exists(), "nothing was published");
}

#[test]
fn the_kiosk_names_the_editions_it_can_read() {
    let (code, _, stderr) = run(here(), &["kiosk", "--edition", "framework"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("the kiosk cannot read the edition `framework`")
            && stderr.contains("use --edition guide or --edition easy-read"),
        "{stderr}"
    );
}

#[test]
fn a_mistyped_language_gets_did_you_mean_from_every_command() {
    let out = tempfile::tempdir().unwrap();
    let out = out.path().join("dist");
    let out = out.to_str().unwrap();
    for args in [
        &["--lang", "cyy"][..],
        &["browse", "--lang", "cyy"],
        &["kiosk", "--lang", "cyy"],
        &["build", "--lang", "cyy", "--out", out],
        &["check", "--lang", "cyy"],
        &["locale", "check", "cyy"],
        &["locale", "mark-current", "cyy"],
    ] {
        let (code, stdout, stderr) = run(here(), args);
        assert_eq!(code, 1, "{args:?}: {stderr}");
        assert!(
            stderr.contains("error: there is no language `cyy`\n")
                && stderr.contains("did you mean `cy`? The languages are: en-GB"),
            "{args:?}: {stderr}"
        );
        assert!(stdout.is_empty(), "{args:?}: {stdout}");
    }
    assert!(!Path::new(out).exists(), "nothing was published");
}

/// `path:line:col: level[rule]: message`.
fn is_finding_line(line: &str) -> bool {
    let mut parts = line.splitn(4, ':');
    let (Some(file), Some(l), Some(c), Some(rest)) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let level = rest.trim_start();
    !file.is_empty()
        && l.parse::<usize>().is_ok()
        && c.parse::<usize>().is_ok()
        && (level.starts_with("error[") || level.starts_with("warning["))
        && level.contains("]: ")
}

#[test]
fn the_shipped_tree_checks_and_builds_with_success() {
    let out = tempfile::tempdir().unwrap();
    let dist = out.path().join("dist");
    for args in [
        &["check", "--format", "line", "--no-spelling"][..],
        &["locale", "check", "--format", "line"],
    ] {
        let (code, stdout, stderr) = run(here(), args);
        assert_eq!(code, 0, "{args:?}: {stderr}");
        assert!(!stdout.is_empty(), "{args:?}");
        for line in stdout.lines() {
            assert!(is_finding_line(line), "{args:?}: {line}");
        }
    }
    let (code, _, stderr) = run(here(), &["locale", "status"]);
    assert_eq!(code, 0, "{stderr}");
    let build = [
        "build",
        "--lang",
        "cy",
        "--format",
        "text",
        "--out",
        dist.to_str().unwrap(),
    ];
    let (code, _, stderr) = run(here(), &build);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("Built "), "{stderr}");
    assert!(dist.join("text/cy").is_dir());
}

#[test]
fn a_broken_translation_fails_check_and_build_but_not_status() {
    let copy = working_copy_with("cy/ui.ftl", "broken-one = { $\n");
    let dir = copy.path();
    let (code, stdout, _) = run(dir, &["check", "--format", "line", "--no-spelling"]);
    assert_eq!(code, 1);
    assert!(
        stdout
            .lines()
            .any(|l| l.starts_with("locales/cy/ui.ftl:") && l.contains(": error[")),
        "{stdout}"
    );
    assert!(stdout.lines().all(is_finding_line), "{stdout}");
    let (code, stdout, _) = run(dir, &["locale", "check", "cy"]);
    assert_eq!(code, 1);
    let summary = stdout.lines().last().unwrap_or_default();
    assert!(
        summary.ends_with(" warning(s)") && !summary.starts_with("0 error(s)"),
        "{summary}"
    );
    let (code, _, stderr) = run(dir, &["locale", "status"]);
    assert_eq!(code, 0, "{stderr}");
    let (code, _, stderr) = run(dir, &["build", "--out", "dist", "--format", "text"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("cy has errors, so nothing of it is published")
            && stderr.contains("setting aside the languages with errors"),
        "{stderr}"
    );
    assert!(dir.join("dist/text/en-GB").is_dir() && !dir.join("dist/text/cy").exists());
}

#[test]
fn a_wrong_command_line_exits_with_2() {
    let (code, _, stderr) = run(here(), &["--theme", "nope"]);
    assert_eq!(code, 2, "{stderr}");
    let (code, _, stderr) = run(here(), &["build", "--audio-cache", "x"]);
    assert_eq!(code, 2, "{stderr}");
}
