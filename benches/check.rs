//! `careguide check` of the whole shipped project with spelling, against
//! the same check without it (`--no-spelling`, the baseline), same binary,
//! same run (issue 12): with the verdict cache warm (what an editor meets
//! from the second run on) and with it empty (the first run on a machine:
//! every dictionary is read).
//!
//! `cargo bench --bench check` runs the release binary (`cargo build
//! --release` first), alternating the three cases so each sees the same
//! machine. `-- N` sets the runs per case (default 7). Spelling needs the
//! system's dictionaries (`bash .ci/run` installs them); without them the
//! figures say nothing and the bench says so.
//!
//! Budget: with spelling at most 2x without it.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[allow(dead_code)] // each bench uses part of it
mod support;
use support::{median, ms};

fn main() {
    let runs: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(7);
    let exe = support::release_binary();
    let warm = tempfile::tempdir().unwrap();
    let missing = check(&exe, &["--format", "line"], warm.path()).1;
    if missing > 0 {
        println!("{missing} language(s) have no dictionary here: install them first (see README)");
    }
    let (mut off, mut hot, mut cold) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..runs {
        off.push(check(&exe, &["--format", "line", "--no-spelling"], warm.path()).0);
        hot.push(check(&exe, &["--format", "line"], warm.path()).0);
        let empty = tempfile::tempdir().unwrap();
        cold.push(check(&exe, &["--format", "line"], empty.path()).0);
    }
    let base = ms(median(&mut off));
    println!("runs: {runs} each, alternating; medians");
    println!("without spelling (baseline)   {base:>8.1} ms");
    for (name, v) in [("warm cache", &mut hot), ("empty cache", &mut cold)] {
        let m = ms(median(v));
        println!(
            "with spelling, {name:<14} {m:>8.1} ms   {:.2}x   (budget 2x: {})",
            m / base,
            if m <= 2.0 * base { "met" } else { "NOT met" }
        );
    }
}

/// One `careguide check`: its time and how many languages lacked a
/// dictionary.
fn check(exe: &Path, args: &[&str], cache: &Path) -> (Duration, usize) {
    let start = Instant::now();
    let out = Command::new(exe)
        .arg("check")
        .args(args)
        .env("CAREGUIDE_SPELLING_CACHE", cache)
        .stderr(Stdio::null())
        .output()
        .expect("careguide runs");
    let took = start.elapsed();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{exe:?}: {}",
        out.status
    );
    let text = String::from_utf8_lossy(&out.stdout);
    (took, text.matches("[spelling-dictionary]").count())
}
