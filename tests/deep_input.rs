//! Structures nested past what a stack holds. Each case runs the real
//! program in a child process, because a stack overflow is no panic: it
//! aborts the whole process (exit 134), and would take the test runner
//! with it. Each must be a finding at its file:line:col instead.

mod support;

use std::path::Path;
use std::process::{Command, Output};

fn careguide(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_careguide"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("careguide runs")
}

/// Exited by itself (not killed by a signal, not aborted).
fn assert_no_abort(out: &Output) {
    let code = out.status.code();
    assert!(
        code.is_some_and(|c| c == 0 || c == 1),
        "exit {:?}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr)
}

fn append(dir: &Path, rel: &str, text: &str) -> usize {
    let path = dir.join(rel);
    let mut old = std::fs::read_to_string(&path).unwrap();
    if !old.ends_with('\n') {
        old.push('\n');
    }
    let line = old.lines().count() + 1;
    std::fs::write(&path, old + text).unwrap();
    line
}

/// Replaces message `id` (and its continuation lines) with `value`.
fn replace_message(dir: &Path, rel: &str, id: &str, value: &str) -> usize {
    let path = dir.join(rel);
    let text = std::fs::read_to_string(&path).unwrap();
    let mut out = String::new();
    let mut line_no = 0;
    let mut skipping = false;
    for (n, line) in text.lines().enumerate() {
        if skipping && line.starts_with(' ') {
            continue;
        }
        skipping = false;
        if line.starts_with(&format!("{id} =")) {
            line_no = n + 1;
            out.push_str(&format!("{id} = {value}\n"));
            skipping = true;
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    assert!(line_no > 0, "no {id}");
    std::fs::write(&path, out).unwrap();
    line_no
}

#[test]
fn deep_placeables_are_a_finding_not_an_abort() {
    let wc = support::working_copy();
    let n = 15_000;
    let line = append(
        wc.path(),
        "locales/en-GB/guide.ftl",
        &format!("deep = {}\"x\"{}\n", "{ ".repeat(n), " }".repeat(n)),
    );
    let out = careguide(wc.path(), &["check", "--format", "line"]);
    assert_no_abort(&out);
    let col = "deep = ".len() + 2 * careguide::nesting::MAX_FTL_NESTING + 1;
    let text = stdout(&out);
    assert!(
        text.contains(&format!(
            "locales/en-GB/guide.ftl:{line}:{col}: error[too-deep]: placeables are nested"
        )),
        "{text}"
    );
}

#[test]
fn deep_call_arguments_are_a_finding_not_an_abort() {
    let wc = support::working_copy();
    let n = 15_000;
    append(
        wc.path(),
        "locales/cy/guide.ftl",
        &format!("deep = {{ {}\"x\"{} }}\n", "F(".repeat(n), ")".repeat(n)),
    );
    let out = careguide(wc.path(), &["locale", "check", "cy", "--format", "line"]);
    assert_no_abort(&out);
    assert!(
        stdout(&out).contains("nested more than"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn deep_bold_is_a_finding_and_the_build_publishes_nothing() {
    let wc = support::working_copy();
    let line = replace_message(
        wc.path(),
        "locales/en-GB/guide.ftl",
        "guide-about-p2",
        &format!("{}w{}", "**".repeat(10_000), "**".repeat(10_000)),
    );
    let out = careguide(
        wc.path(),
        &[
            "build",
            "--out",
            "out",
            "--lang",
            "en-GB",
            "--edition",
            "guide",
        ],
    );
    assert_no_abort(&out);
    assert!(!out.status.success());
    let text = stdout(&out);
    assert!(text.contains("nested more than"), "{text}");
    assert!(text.contains(&format!("guide.ftl:{line}:")), "{text}");
    let left: Vec<_> = std::fs::read_dir(wc.path().join("out"))
        .map(|d| d.map(|e| e.unwrap().file_name()).collect())
        .unwrap_or_default();
    assert!(
        left.iter()
            .all(|n| !n.to_string_lossy().contains("staging")),
        "{left:?}"
    );
}

#[test]
fn deep_italic_never_makes_a_huge_json() {
    let wc = support::working_copy();
    replace_message(
        wc.path(),
        "locales/en-GB/guide.ftl",
        "guide-about-p2",
        &format!("{}w{}", "*a ".repeat(5_000), " b*".repeat(5_000)),
    );
    let out = careguide(
        wc.path(),
        &[
            "build",
            "--out",
            "out",
            "--lang",
            "en-GB",
            "--edition",
            "guide",
            "--format",
            "json",
        ],
    );
    assert_no_abort(&out);
    assert!(stdout(&out).contains("nested more than"));
    assert!(!wc.path().join("out/json/en-GB/guide.json").exists());
}

#[test]
fn deep_toml_is_a_finding_at_its_place() {
    let wc = support::working_copy();
    let line = append(
        wc.path(),
        "content/facts.toml",
        &format!("x = {}{}\n", "[".repeat(15_000), "]".repeat(15_000)),
    );
    let out = careguide(wc.path(), &["check", "--format", "line"]);
    assert_no_abort(&out);
    let text = stdout(&out);
    assert!(
        text.contains(&format!("content/facts.toml:{line}:")) && text.contains("recursion"),
        "{text}"
    );
}

#[test]
fn a_line_of_zero_width_joiners_is_one_finding() {
    let wc = support::working_copy();
    let line = append(
        wc.path(),
        "locales/en-GB/glossary.ftl",
        &format!("glossary-zwj = {}\n", "\u{200D}".repeat(32_000)),
    );
    let out = careguide(wc.path(), &["locale", "check", "en-GB", "--format", "line"]);
    assert_no_abort(&out);
    let text = stdout(&out);
    let found: Vec<&str> = text
        .lines()
        .filter(|l| l.contains("glossary-zwj"))
        .collect();
    assert_eq!(found.len(), 1, "{}", found.len());
    assert!(
        found[0].contains(&format!("glossary.ftl:{line}:16:")) && found[0].contains("32000 times"),
        "{}",
        found[0]
    );
}

// The one unsafe place: std has no way to read a child's processor
// time (wait4 with rusage); unsafe_code is denied everywhere else.
#[allow(unsafe_code)]
/// The processor time `careguide args...` takes in `dir` (its own, got
/// from `wait4`, so other tests running at once do not count), and how
/// many lines it printed.
fn cpu_time(dir: &Path, args: &[&str]) -> (std::time::Duration, usize) {
    let out = tempfile::NamedTempFile::new().unwrap();
    // Reaped by wait4 below, which std's `wait` does not give the times of.
    #[allow(clippy::zombie_processes)]
    let child = Command::new(env!("CARGO_BIN_EXE_careguide"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdout(out.reopen().unwrap())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("careguide runs");
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value, and wait4 writes it.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: the child is ours and not waited for by anything else.
    let pid = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    assert_eq!(pid, child.id() as libc::pid_t);
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) <= 1,
        "status {status}"
    );
    let micros = |t: libc::timeval| t.tv_sec as u64 * 1_000_000 + t.tv_usec as u64;
    let took = std::time::Duration::from_micros(micros(usage.ru_utime) + micros(usage.ru_stime));
    let lines = std::fs::read_to_string(out.path()).unwrap().lines().count();
    (took, lines)
}

/// Each broken entry is a finding, and each finding's line is found in
/// the file's line index, not counted from the start of the file (which
/// made 3,500 broken entries in 24 KB cost seconds, and 4 times as many
/// 11 times as long). Not a timed test: the work the broken entries add
/// is compared at 1 and 4 times as many, by processor time, so a slow
/// or busy machine changes both alike. In proportion the ratio is about
/// 4; in the square of the size, 16.
#[test]
fn broken_entries_cost_time_in_proportion_to_their_number() {
    let wc = support::working_copy();
    let file = wc.path().join("locales/cy/zz-broken.ftl");
    let args = ["locale", "check", "cy", "--format", "line"];
    let run = |entries: usize| {
        let text: String = (0..entries).map(|i| format!("m{i}=\n")).collect();
        std::fs::write(&file, text).unwrap();
        // The least of two runs: the one least disturbed.
        let (a, lines) = cpu_time(wc.path(), &args);
        let (b, _) = cpu_time(wc.path(), &args);
        (a.min(b), lines)
    };
    let (none, base_lines) = run(0);
    let (one, one_lines) = run(6_000);
    let (four, four_lines) = run(24_000);
    assert_eq!(
        one_lines - base_lines,
        6_000,
        "one finding per broken entry"
    );
    assert_eq!(four_lines - base_lines, 24_000);
    let added = |t: std::time::Duration| t.saturating_sub(none).as_secs_f64().max(0.001);
    let ratio = added(four) / added(one);
    assert!(
        ratio < 8.0,
        "4 times the broken entries cost {ratio:.1} times the work ({none:?} without, {one:?} with 6,000, {four:?} with 24,000)"
    );
}
