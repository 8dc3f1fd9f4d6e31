//! A build killed with SIGKILL at any moment leaves the output folder
//! wholly as it was or wholly new, never a mix; a second build into the
//! same folder is refused while the first runs.

mod support;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Instant;

fn build(content: &Path, out: &Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_careguide"))
        .arg("--content")
        .arg(content)
        .args(["build", "--format", "html", "--format", "text", "--out"])
        .arg(out)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("careguide runs")
}

/// Every file under `dir` with its bytes' hash.
fn manifest(dir: &Path) -> BTreeMap<String, u64> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, u64>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                let bytes = std::fs::read(&p).unwrap();
                let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
                    (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
                });
                out.insert(p.strip_prefix(root).unwrap().display().to_string(), hash);
            }
        }
    }
    let mut out = BTreeMap::new();
    if dir.exists() {
        walk(dir, dir, &mut out);
    }
    out
}

fn finish(child: Child) {
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_killed_build_leaves_the_old_output_or_the_new_never_a_mix() {
    let a = support::working_copy();
    let b = support::working_copy();
    // B differs from A on every page of every language: the site's name.
    for lang in ["en-GB", "cy", "ar", "uk"] {
        let path = b.path().join(format!("locales/{lang}/site.ftl"));
        if let Ok(text) = std::fs::read_to_string(&path) {
            std::fs::write(&path, text.replacen(" = ", " = B ", 1)).unwrap();
        }
    }
    let work = tempfile::tempdir().unwrap();
    let t0 = Instant::now();
    finish(build(a.path(), &work.path().join("ref-a")));
    let took = t0.elapsed();
    finish(build(b.path(), &work.path().join("ref-b")));
    let (ma, mb) = (
        manifest(&work.path().join("ref-a")),
        manifest(&work.path().join("ref-b")),
    );
    assert_ne!(ma, mb);
    assert!(ma.len() > 100, "{} files", ma.len());

    let out = work.path().join("out");
    finish(build(a.path(), &out));
    // Kill at spread-out moments of a build (seeded, so a failure repeats).
    let mut seed = 0x5eed_u64;
    let (mut old, mut new) = (0, 0);
    for round in 0..6 {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let fraction = 0.1 + (seed >> 33) as f64 / (1u64 << 31) as f64 * 1.1;
        let content = if round % 2 == 0 { b.path() } else { a.path() };
        let before = manifest(&out);
        let mut child = build(content, &out);
        std::thread::sleep(took.mul_f64(fraction));
        let _ = child.kill();
        let _ = child.wait();
        let after = manifest(&out);
        assert!(
            after == ma || after == mb,
            "round {round}: a mix of {} files (old had {}, new {})",
            after.len(),
            ma.len(),
            mb.len()
        );
        if after == before {
            old += 1;
        } else {
            new += 1;
        }
    }
    println!("killed 6 builds: {old} left the old output, {new} the new");
    // The next build cleans what the killed ones left beside the folder.
    finish(build(a.path(), &out));
    assert_eq!(manifest(&out), ma);
    let beside: Vec<String> = std::fs::read_dir(work.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".out.") && !n.ends_with("careguide-lock"))
        .collect();
    assert!(beside.is_empty(), "{beside:?}");
}

/// The lock is the operating system's file lock on `.out.careguide-lock`
/// beside the folder, the one a running build holds. The test holds it
/// itself, so "while the first runs" is a fact of the test, not a race
/// against how fast a build is (a second build started just as a real
/// first one finished used to succeed, rightly, and fail the test).
#[test]
fn a_second_build_into_the_same_folder_is_refused_while_the_first_runs() {
    let a = support::working_copy();
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("out");
    finish(build(a.path(), &out));
    let published = manifest(&out);
    assert!(published.len() > 100, "{} files", published.len());

    let lock = std::fs::OpenOptions::new()
        .write(true)
        .open(work.path().join(".out.careguide-lock"))
        .expect("a build leaves its lock file beside the folder");
    lock.lock()
        .expect("the test takes the lock the way a build does");
    let second = build(a.path(), &out).wait_with_output().unwrap();
    let said = String::from_utf8_lossy(&second.stderr);
    assert!(!second.status.success(), "{said}");
    assert!(
        said.contains("another careguide build is publishing"),
        "{said}"
    );
    assert_eq!(
        manifest(&out),
        published,
        "the refused build touched the output"
    );
    assert!(!work.path().join(".out.careguide-next").exists());

    // Once the holder lets go (a killed build's lock goes with it), the
    // next build publishes.
    drop(lock);
    finish(build(a.path(), &out));
    assert_eq!(manifest(&out), published);
}
