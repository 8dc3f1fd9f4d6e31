//! `careguide locale check` against a baseline binary, same inputs, same
//! run (issue 11): all seven shipped locales, and a generated locale the
//! size of Firefox's (243 files, 13,000 entries, with variables, plural
//! selects, attributes and term references, beside an English of the same
//! shape).
//!
//! `cargo bench --bench locale_check` runs the release binary
//! (`cargo build --release` first) and the baseline named by
//! `CAREGUIDE_BASELINE` (a careguide binary built from an older commit,
//! e.g. 4ea9981, the one issue 11 was measured on), alternating runs so
//! both see the same machine. `-- N` sets the runs per case (default 9).
//! `CAREGUIDE_BENCH_TREE` names the working copy whose `content/` and
//! `locales/` are checked (default: this one). A baseline older than a
//! field of today's `locale.toml` (4ea9981 predates `voice`) loads no
//! language from today's tree, so give it its own commit's tree: both
//! binaries then check the same files.
//!
//! Budget: at most 2x the baseline in both cases.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[allow(dead_code)] // each bench uses part of it
mod support;
use support::{median, ms};

const FILES: usize = 243;
const ENTRIES: usize = 13_000;

fn main() {
    let runs: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(9);
    let new = support::release_binary();
    let old = PathBuf::from(
        std::env::var_os("CAREGUIDE_BASELINE")
            .expect("set CAREGUIDE_BASELINE to a careguide binary built from the baseline commit"),
    );

    let tree =
        std::env::var_os("CAREGUIDE_BENCH_TREE").map_or_else(support::project_root, PathBuf::from);
    let shipped = support::project_copy(&tree);
    let big = support::project_copy(&tree);
    let entries = generate(big.path());

    println!("runs: {runs} each, alternating; medians");
    let cases: [(&str, &Path, &[&str]); 2] = [
        ("seven shipped locales", shipped.path(), &[]),
        ("generated (243 files)", big.path(), &["de"]),
    ];
    for (name, dir, tags) in cases {
        let (mut a, mut b) = (Vec::new(), Vec::new());
        let (mut found_new, mut found_old) = (0, 0);
        for _ in 0..runs {
            let (t, n) = time(&new, dir, tags);
            a.push(t);
            found_new = n;
            let (t, n) = time(&old, dir, tags);
            b.push(t);
            found_old = n;
        }
        // A baseline that loaded nothing would look fast and prove nothing.
        assert!(
            found_old > 0,
            "the baseline found nothing in {name}: see CAREGUIDE_BENCH_TREE"
        );
        let (ma, mb) = (median(&mut a), median(&mut b));
        println!(
            "{name:<24} now {:>8.1} ms   baseline {:>8.1} ms   {:.2}x   (budget 2x: {})",
            ms(ma),
            ms(mb),
            ms(ma) / ms(mb),
            if ms(ma) <= 2.0 * ms(mb) {
                "met"
            } else {
                "NOT met"
            }
        );
        println!(
            "{:<24} lines of findings: now {found_new}, baseline {found_old}",
            ""
        );
    }
    println!("generated locale: {FILES} files, {entries} entries in each of en-GB and de");
}

/// One `locale check`: its time and the lines of findings it printed.
fn time(exe: &Path, dir: &Path, tags: &[&str]) -> (Duration, usize) {
    let start = Instant::now();
    let out = Command::new(exe)
        .arg("--content")
        .arg(dir)
        .args(["locale", "check", "--format", "line"])
        .args(tags)
        .stderr(Stdio::null())
        .output()
        .expect("careguide runs");
    let took = start.elapsed();
    // 1: findings were reported, which the generated locale has on purpose.
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{exe:?}: {}",
        out.status
    );
    (
        took,
        out.stdout
            .split(|&b| b == b'\n')
            .filter(|l| !l.is_empty())
            .count(),
    )
}

/// Writes `FILES` English files and their translation into locales/de/,
/// `ENTRIES` entries in all, and returns the number written. Every tenth
/// translation carries a mistake (a lost variable, a plural category
/// missing, a typed number), as a real locale under work would.
fn generate(dir: &Path) -> usize {
    let de = dir.join("locales/de");
    std::fs::create_dir_all(&de).unwrap();
    std::fs::write(
        de.join("locale.toml"),
        "name = \"Deutsch\"\nenglish-name = \"German\"\ndirection = \"ltr\"\nstatus = \"draft\"\n",
    )
    .unwrap();
    let per_file = ENTRIES.div_ceil(FILES);
    let mut written = 0;
    for f in 0..FILES {
        let (mut en, mut tr) = (String::new(), String::new());
        en.push_str(&format!("-gen-brand-{f} = Care guide {f}\n\n"));
        tr.push_str(&format!("-gen-brand-{f} = Pflegeführer {f}\n\n"));
        written += 1;
        for e in 1..per_file {
            if written == ENTRIES {
                break;
            }
            let id = format!("gen-{f}-{e}");
            let _ = writeln!(en, "# A note for translators about {id}.");
            match e % 4 {
                0 => {
                    let _ = writeln!(
                        en,
                        "{id} = Hello {{ $name }}, this is {{ -gen-brand-{f} }} on page {e}.\n"
                    );
                    let var = if e % 10 == 0 { "nom" } else { "name" };
                    let _ = writeln!(
                        tr,
                        "{id} = Hallo {{ ${var} }}, das ist {{ -gen-brand-{f} }} auf Seite {e}.\n"
                    );
                }
                1 => {
                    let _ = writeln!(
                        en,
                        "{id} =\n    {{ $count ->\n        [one] One new message\n       *[other] {{ $count }} new messages\n    }}\n"
                    );
                    let one = if e % 10 == 1 {
                        ""
                    } else {
                        "        [one] Eine neue Nachricht\n"
                    };
                    let _ = writeln!(
                        tr,
                        "{id} =\n    {{ $count ->\n{one}       *[other] {{ $count }} neue Nachrichten\n    }}\n"
                    );
                }
                2 => {
                    let _ = writeln!(
                        en,
                        "{id} = Open the settings\n    .title = Settings for page {e}\n    .accesskey = S\n"
                    );
                    let _ = writeln!(
                        tr,
                        "{id} = Einstellungen öffnen\n    .title = Einstellungen für Seite {e}\n    .accesskey = E\n"
                    );
                }
                _ => {
                    let _ = writeln!(
                        en,
                        "{id} = You can read **this part** of the guide again later, when you like.\n"
                    );
                    let n = if e % 10 == 3 { " 0800 1111" } else { "" };
                    let _ = writeln!(
                        tr,
                        "{id} = Du kannst **diesen Teil** des Leitfadens später noch einmal lesen{n}.\n"
                    );
                }
            }
            written += 1;
        }
        std::fs::write(dir.join(format!("locales/en-GB/gen-{f:03}.ftl")), en).unwrap();
        std::fs::write(de.join(format!("gen-{f:03}.ftl")), tr).unwrap();
    }
    written
}
