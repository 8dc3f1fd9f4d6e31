//! The build pipeline against its baseline: bare pulldown-cmark
//! `html::push_html` over the same text, timed in the same run.
//!
//! `cargo bench --bench pipeline` generates two large content sets (about
//! 1 MB and 10 MB of Fluent text over many pages) beside the shipped
//! content, builds their HTML, and prints each time as a ratio to the
//! baseline, plus the peak memory of a build as a ratio to the source
//! size. Budgets (issue 2): HTML build of the 10 MB set within 3x the
//! baseline, peak memory at most 4x the source.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

#[allow(dead_code)] // each bench uses part of it
mod support;
use support::copy_dir;

use careguide::build::{BuildRequest, build};
use careguide::project::Project;
use careguide::render::{Format, RenderOptions};
use careguide::source::Sources;

const CHILD_ENV: &str = "CAREGUIDE_BENCH_CHILD";

fn main() {
    // `cargo bench` passes `--bench`; a child run builds once and reports
    // its peak memory.
    if let Ok(dir) = std::env::var(CHILD_ENV) {
        let out = tempdir("child-out");
        build_html(Path::new(&dir), &out, Some("bulk"));
        println!("{}", peak_rss_kib());
        let _ = std::fs::remove_dir_all(&out);
        return;
    }
    let filter = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    println!("files written under {}", bench_root().display());
    println!(
        "{:<34} {:>10} {:>10} {:>7}  {:>9} {:>7}",
        "case", "build", "baseline", "ratio", "peak RSS", "x src"
    );

    for (name, bytes) in [("1MB", 1 << 20), ("10MB", 10 << 20)] {
        if filter.as_deref().is_some_and(|f| !name.contains(f)) {
            continue;
        }
        let dir = tempdir(&format!("content-{name}"));
        let (markdown, ftl_bytes) = generate(&root, &dir, bytes);
        let runs = if bytes > 4 << 20 { 5 } else { 10 };
        let base = time(runs, || baseline(&markdown));
        let out = tempdir(&format!("out-{name}"));
        let t = time(runs, || build_html(&dir, &out, Some("bulk")));
        let rss = child_peak_rss(&dir);
        for d in [&dir, &out] {
            let _ = std::fs::remove_dir_all(d);
        }
        row(
            &format!("generated {name}: HTML of {} KB", ftl_bytes / 1024),
            t,
            base,
            rss,
            ftl_bytes,
        );
    }
    // Last: its many files would slow the generated sets' file creation
    // on ext4 (see `bench_root`).
    if filter.as_deref().is_none_or(|f| "shipped".contains(f)) {
        let text = shipped_markdown();
        let base = time(10, || baseline(&text));
        let out = tempdir("shipped");
        let t = time(10, || build_all(&root, &out));
        row("shipped: all editions, all formats", t, base, None, 0);
        let _ = std::fs::remove_dir_all(&out);
    }
}

fn row(name: &str, t: Duration, base: Duration, rss_kib: Option<u64>, src: usize) {
    let (rss, ratio) = match rss_kib {
        Some(k) => (
            format!("{:.1} MiB", k as f64 / 1024.0),
            format!("{:.2}x", (k * 1024) as f64 / src as f64),
        ),
        None => ("-".into(), "-".into()),
    };
    println!(
        "{:<34} {:>8.1}ms {:>8.1}ms {:>6.2}x  {:>9} {:>7}",
        name,
        t.as_secs_f64() * 1e3,
        base.as_secs_f64() * 1e3,
        t.as_secs_f64() / base.as_secs_f64(),
        rss,
        ratio
    );
}

/// The median of `runs` timings (after one warm-up).
fn time(runs: usize, mut f: impl FnMut()) -> Duration {
    f();
    let mut v: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    v.sort();
    v[v.len() / 2]
}

fn baseline(markdown: &str) {
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(markdown));
    std::hint::black_box(html);
}

fn build_all(root: &Path, out: &Path) {
    let project = Project::load(Sources::from_dir(root).unwrap());
    let req = BuildRequest {
        out: out.into(),
        editions: vec![],
        langs: vec![],
        formats: vec![],
        render: RenderOptions::default(),
        include_incomplete: false,
    };
    build(&project, &req).unwrap_or_else(|f| panic!("{:?}", f.diagnostics));
}

/// Everything a build does: read the files, parse, resolve, render, write.
fn build_html(root: &Path, out: &Path, edition: Option<&str>) {
    let project = Project::load(Sources::from_dir(root).unwrap());
    let req = BuildRequest {
        out: out.into(),
        editions: edition
            .map(|e| project.parse_edition(e).unwrap())
            .into_iter()
            .collect(),
        langs: vec![],
        formats: vec![Format::Html],
        render: RenderOptions::default(),
        include_incomplete: false,
    };
    build(&project, &req).unwrap_or_else(|f| panic!("{:?}", f.diagnostics.first()));
}

fn shipped_markdown() -> String {
    let project = Project::embedded();
    let mut out = String::new();
    for locale in &project.locales.list {
        for f in &locale.files {
            out.push_str(f.text());
            out.push('\n');
        }
    }
    out
}

/// Copies the shipped project into `dir` and adds a `bulk` edition whose
/// messages total about `target` bytes. Returns the same words as one
/// Markdown text (the baseline's input) and the size of bulk.ftl.
fn generate(root: &Path, dir: &Path, target: usize) -> (String, usize) {
    copy_dir(&root.join("content"), &dir.join("content"));
    copy_dir(&root.join("locales"), &dir.join("locales"));
    let words: Vec<String> = std::fs::read_to_string(root.join("locales/en-GB/guide.ftl"))
        .unwrap()
        .split_whitespace()
        .filter(|w| w.chars().all(|c| c.is_alphabetic() || c == ',' || c == '.'))
        .map(String::from)
        .collect();
    let mut toml = String::from("edition = \"bulk\"\n");
    let mut ftl =
        String::from("bulk-title = Bulk\nbulk-description = Generated text for the benchmark\n");
    let mut markdown = String::new();
    // Many files, as a real edition of this size would be (each under the
    // loader's per-file limit).
    let mut written = 0;
    let mut part = 0;
    let mut w = 0;
    let (mut page, mut block) = (0, 0);
    while written + ftl.len() < target {
        if ftl.len() > 1 << 20 {
            part += 1;
            written += ftl.len();
            std::fs::write(
                dir.join(format!("locales/en-GB/bulk-{part:03}.ftl")),
                std::mem::take(&mut ftl),
            )
            .unwrap();
        }
        if block % 100 == 0 {
            page += 1;
            toml.push_str(&format!(
                "\n[[pages]]\nid = \"p{page}\"\nrole = \"section\"\npicture = \"safe\"\n"
            ));
            ftl.push_str(&format!("bulk-p{page}-title = Page {page}\n"));
            markdown.push_str(&format!("# Page {page}\n\n"));
        }
        block += 1;
        let mut text = String::new();
        for n in 0..80 {
            let word = &words[w % words.len()];
            w += 1;
            match n % 23 {
                5 => text.push_str(&format!("**{word}** ")),
                17 => text.push_str(&format!("[{word}](https://example.org/{w}) ")),
                _ => {
                    text.push_str(word);
                    text.push(' ');
                }
            }
        }
        let text = text.trim_end();
        toml.push_str(&format!(
            "[[pages.blocks]]\nkind = \"paragraph\"\nid = \"b{block}\"\n"
        ));
        ftl.push_str(&format!("bulk-p{page}-b{block} = {text}\n"));
        markdown.push_str(text);
        markdown.push_str("\n\n");
    }
    std::fs::write(dir.join("content/editions/bulk.toml"), toml).unwrap();
    written += ftl.len();
    std::fs::write(dir.join("locales/en-GB/bulk-last.ftl"), &ftl).unwrap();
    (markdown, written)
}

/// Where the bench writes: `CAREGUIDE_BENCH_DIR` (e.g. `/dev/shm`, a RAM
/// disk), else the system's temporary folder. On ext4, builds run back to
/// back slow each other down: every build deletes the previous output,
/// and ext4 skips an inode deleted in the last 30 seconds when it makes a
/// file, so each run's file creations search further (a quarter of a
/// 10 MB build's time by the sixth run, in `perf`).
fn bench_root() -> PathBuf {
    std::env::var_os("CAREGUIDE_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(std::env::temp_dir)
}

fn tempdir(name: &str) -> PathBuf {
    let dir = bench_root().join(format!("careguide-bench-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Peak resident memory of this process (Linux: VmHWM).
fn peak_rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

fn child_peak_rss(dir: &Path) -> Option<u64> {
    let exe = std::env::current_exe().ok()?;
    let out = std::process::Command::new(exe)
        .env(CHILD_ENV, dir)
        .output()
        .ok()?;
    String::from_utf8_lossy(&out.stdout).trim().parse().ok()
}
