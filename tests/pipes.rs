//! Every command survives a reader that has gone: with standard output,
//! standard error or both a pipe whose reading end is already closed, no
//! command panics, and one whose output was cut short ends quietly with
//! success (as ripgrep does).

mod support;

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_careguide");

#[derive(Clone, Copy, Debug)]
enum Closed {
    Stdout,
    Stderr,
    Both,
}

/// A pipe nobody reads: every write to it fails with EPIPE.
fn closed_pipe() -> Stdio {
    let (reader, writer) = std::io::pipe().expect("pipe");
    drop(reader);
    writer.into()
}

/// Runs `args` in `dir` with `closed` streams, the others captured;
/// returns the exit code and what the open streams said.
fn run(dir: &Path, args: &[&str], closed: Closed) -> (Option<i32>, String) {
    let mut cmd = Command::new(BIN);
    cmd.args(args)
        .current_dir(dir)
        .env("LANG", "en_GB.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(Stdio::null());
    match closed {
        Closed::Stdout => cmd.stdout(closed_pipe()).stderr(Stdio::piped()),
        Closed::Stderr => cmd.stdout(Stdio::piped()).stderr(closed_pipe()),
        Closed::Both => cmd.stdout(closed_pipe()).stderr(closed_pipe()),
    };
    let mut child = cmd.spawn().expect("careguide runs");
    // Read what the open streams say on threads, so neither fills up.
    let readers: Vec<_> = [
        child
            .stdout
            .take()
            .map(|s| Box::new(s) as Box<dyn Read + Send>),
        child
            .stderr
            .take()
            .map(|s| Box::new(s) as Box<dyn Read + Send>),
    ]
    .into_iter()
    .flatten()
    .map(|mut r| {
        std::thread::spawn(move || {
            let mut s = String::new();
            let _ = r.read_to_string(&mut s);
            s
        })
    })
    .collect();
    let deadline = Instant::now() + Duration::from_secs(120);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("careguide {args:?} with {closed:?} closed did not end");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let said = readers.into_iter().map(|r| r.join().unwrap()).collect();
    (status.code(), said)
}

/// Each command, and the stream it writes its first words to when it
/// works as expected (so closing that one must end it with success).
fn commands() -> Vec<(Vec<&'static str>, Closed)> {
    vec![
        (vec!["--help"], Closed::Stdout),
        (vec!["--version"], Closed::Stdout),
        (vec![], Closed::Stdout),
        (vec!["--lang", "pl"], Closed::Stdout),
        (vec!["browse", "--edition", "easy-read"], Closed::Stdout),
        (vec!["kiosk", "--lang", "ar"], Closed::Stdout),
        (
            vec![
                "build", "--out", "dist", "--lang", "en-GB", "--format", "text",
            ],
            Closed::Stderr,
        ),
        (vec!["check", "--lang", "pl"], Closed::Stdout),
        (vec!["check", "--format", "line"], Closed::Stdout),
        (
            vec!["check", "--format", "json", "--readability"],
            Closed::Stdout,
        ),
        (vec!["serve", "--port", "0"], Closed::Stdout),
        (vec!["locale", "status"], Closed::Stdout),
        (vec!["locale", "status", "--format", "json"], Closed::Stdout),
        (vec!["locale", "check"], Closed::Stdout),
        (vec!["locale", "check", "--format", "line"], Closed::Stdout),
        (
            vec!["locale", "check", "--format", "json", "pl"],
            Closed::Stdout,
        ),
        (vec!["locale", "new", "123"], Closed::Stderr),
        (vec!["locale", "new", "ti"], Closed::Stderr),
        (vec!["locale", "mark-current", "xx"], Closed::Stderr),
        (vec!["locale", "mark-current", "pl"], Closed::Stderr),
        (vec!["no-such-command"], Closed::Stderr),
    ]
}

#[test]
fn no_command_panics_on_a_closed_pipe() {
    for (args, first) in commands() {
        for closed in [Closed::Stdout, Closed::Stderr, Closed::Both] {
            // The preview server says nothing on stderr while it works:
            // with only stderr closed it serves on until stopped.
            if args.first() == Some(&"serve") && matches!(closed, Closed::Stderr) {
                continue;
            }
            // A fresh copy each time: `locale new` makes a folder.
            let dir = support::working_copy();
            let (code, said) = run(dir.path(), &args, closed);
            assert!(
                !said.contains("panicked") && code != Some(101),
                "careguide {args:?} with {closed:?} closed panicked ({code:?}):\n{said}"
            );
            assert!(
                code.is_some(),
                "careguide {args:?} with {closed:?} closed was killed by a signal"
            );
            let cut_short = matches!(
                (first, closed),
                (_, Closed::Both)
                    | (Closed::Stdout, Closed::Stdout)
                    | (Closed::Stderr, Closed::Stderr)
            );
            // clap reports a mistyped command with its own exit code (2),
            // whether or not anyone reads it.
            if cut_short && args != ["no-such-command"] {
                assert_eq!(
                    code,
                    Some(0),
                    "careguide {args:?} with {closed:?} closed should end quietly:\n{said}"
                );
                assert!(
                    !said.contains("Broken pipe"),
                    "careguide {args:?} with {closed:?} closed complained:\n{said}"
                );
            }
        }
    }
}

/// `careguide locale check --format line | head -c1`, as a shell runs it:
/// the reader leaves after one byte, part-way through the output.
#[test]
fn a_reader_that_leaves_early_ends_the_check_quietly() {
    for pipeline in [
        format!("{BIN} locale check --format line | head -c1"),
        format!("{BIN} check --format line | head -c1"),
        format!("{BIN} locale new 123 2>&1 | head -c5"),
    ] {
        let out = Command::new("bash")
            .args([
                "-c",
                &format!("set -o pipefail; {pipeline} >/dev/null; echo $?"),
            ])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{pipeline}: {stderr}");
        let code = String::from_utf8_lossy(&out.stdout);
        assert!(
            ["0", "1"].contains(&code.trim()),
            "{pipeline} exited {code}: {stderr}"
        );
    }
}
