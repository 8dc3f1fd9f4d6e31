//! A seeded mutation fuzzer, one target per loader: Fluent files, TOML
//! files (content and locale.toml), a message's inline Markdown, and SVG
//! pictures. No nightly toolchain is needed (cargo-fuzz needs one): each
//! run mutates the corpus in `tests/fuzz_corpus/<target>/` and the shipped
//! files with a fixed-seed generator, so a failure is reproduced by its
//! seed and execution number.
//!
//! An execution fails when the code under test panics, takes longer than
//! `SLOW`, or breaks the target's promise (an accepted picture or link that
//! could run code or leave the site, markup deeper than the limit, a
//! printed diagnostic with a control character). A stack overflow aborts
//! the whole process, so it fails the run too.
//!
//! `CAREGUIDE_FUZZ_SECS` sets the time per target (default 2, CI 15);
//! `CAREGUIDE_FUZZ_SEED` the seed; `CAREGUIDE_FUZZ_TARGET` one target.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use careguide::diag::Diagnostic;
use careguide::markup::{Inline, is_safe_href, parse_inline};
use careguide::source::Sources;

/// Inputs grow to at most this, so one execution stays short.
const MAX_INPUT: usize = 24 * 1024;
/// Longer than this for one input is a blow-up (debug builds included).
const SLOW: Duration = Duration::from_secs(5);

/// splitmix64: small, fast, and the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

struct Target {
    name: &'static str,
    /// Shipped files that seed the corpus, besides `tests/fuzz_corpus/<name>/`.
    seeds: &'static [&'static str],
    /// Tokens worth inserting: the syntax the parser cares about.
    tokens: &'static [&'static str],
    run: fn(&[u8]) -> Result<(), String>,
}

const TARGETS: &[Target] = &[
    Target {
        name: "ftl",
        seeds: &["locales/en-GB/site.ftl", "locales/cy/glossary.ftl"],
        tokens: &[
            "{",
            "}",
            "{ ",
            " }",
            "$x",
            "-term",
            "->",
            "[one]",
            "*[other]",
            "\n    ",
            "\n",
            "=",
            "\"",
            "\\u",
            ".attr",
            "NUMBER(",
            ")",
            "(",
            "#",
            "msg",
            " = ",
            "{ msg }",
            "\u{200D}",
            "\u{1b}]52;c;",
            "**",
            "[a](",
            "\u{202E}",
            "\r\n",
        ],
        run: run_ftl,
    },
    Target {
        name: "toml",
        seeds: &[
            "content/facts.toml",
            "content/publish.toml",
            "content/glossary.toml",
            "locales/cy/locale.toml",
        ],
        tokens: &[
            "[",
            "]",
            "[[pages]]",
            "{",
            "}",
            "=",
            "\"",
            "'''",
            "\"\"\"",
            "\n",
            "#",
            ",",
            "a.b",
            "id = \"x\"",
            "\\u001b",
            "\\u202e",
            "1979-05-27",
            "inf",
            "0x",
            "name = \"",
        ],
        run: run_toml,
    },
    Target {
        name: "inline",
        seeds: &[],
        tokens: &[
            "*",
            "**",
            "_",
            "__",
            "[",
            "]",
            "(",
            ")",
            "](",
            "<",
            ">",
            "`",
            "\\",
            "\n",
            "  \n",
            "https://",
            "javascript:",
            "//",
            "\\\\",
            "mailto:",
            "tel:",
            "#",
            "&amp;",
            "&#x6A;",
            "<b>",
            "<!--",
            "![x](y)",
            "\u{2068}",
            "1. ",
            "> ",
        ],
        run: run_inline,
    },
    Target {
        name: "svg",
        seeds: &[
            "content/pictures/about-guide.svg",
            "content/pictures/help-lines.svg",
        ],
        tokens: &[
            "<",
            ">",
            "/>",
            "</g>",
            "<g>",
            " ",
            "\n",
            "\t",
            "=",
            "\"",
            "'",
            "on",
            "onclick",
            "href",
            "xlink:",
            "url(",
            "&#",
            "<script>",
            "<!--",
            "<?",
            "style",
            "javascript:",
            " fill=\"#fff\"",
            "<rect x=\"1\"/>",
        ],
        run: run_svg,
    },
];

fn run_ftl(input: &[u8]) -> Result<(), String> {
    let mut sources = Sources::from_files([
        ("locales/en-GB/locale.toml", EN_META.as_bytes().to_vec()),
        ("locales/en-GB/fuzz.ftl", input.to_vec()),
    ]);
    let (locales, diags) = careguide::i18n::locales::load_locales(&mut sources);
    printable(&diags)?;
    let Some(en) = locales.source() else {
        return Ok(());
    };
    let mut bundle = fluent_bundle::FluentBundle::new(vec![en.tag.clone()]);
    bundle.set_use_isolating(false);
    for file in &en.files {
        let _ = bundle.add_resource(file.resource.clone());
    }
    for file in &en.files {
        for id in file.ids() {
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, None, &mut errors);
            if let Ok(t) = parse_inline(&text) {
                check_inline(&t.0, 0)?;
            }
        }
    }
    Ok(())
}

const EN_META: &str = "name = \"English\"\nenglish-name = \"English (UK)\"\ndirection = \"ltr\"\nstatus = \"source\"\n";

fn run_toml(input: &[u8]) -> Result<(), String> {
    // The first byte chooses which file the input is, so every TOML
    // loader gets its share.
    const PATHS: &[&str] = &[
        "content/facts.toml",
        "content/publish.toml",
        "content/glossary.toml",
        "content/editions/guide.toml",
        "locales/en-GB/locale.toml",
    ];
    let path = PATHS[input.first().map_or(0, |&b| b as usize) % PATHS.len()];
    let mut files = vec![(path, input.to_vec())];
    if path.starts_with("locales/") {
        files.push(("locales/en-GB/a.ftl", b"a = A\n".to_vec()));
        let mut sources = Sources::from_files(files);
        let (_, diags) = careguide::i18n::locales::load_locales(&mut sources);
        return printable(&diags);
    }
    let sources = Sources::from_files(files);
    let (_, diags) = careguide::content::load_content(&sources);
    printable(&diags)
}

fn run_inline(input: &[u8]) -> Result<(), String> {
    let text = String::from_utf8_lossy(input);
    match parse_inline(&text) {
        Ok(t) => {
            check_inline(&t.0, 0)?;
            let _ = t.plain();
            serde_json::to_string(&careguide::render::json::schema::Text::new(&t))
                .map_err(|e| e.to_string())?;
            Ok(())
        }
        Err(_) => Ok(()),
    }
}

/// What parse_inline accepts is within the depth limit and links only to
/// safe places.
fn check_inline(nodes: &[Inline], depth: usize) -> Result<(), String> {
    if depth > careguide::nesting::MAX_INLINE_NESTING {
        return Err(format!("inline nesting {depth} accepted"));
    }
    for n in nodes {
        match n {
            Inline::Link { href, children } => {
                if !is_safe_href(href) || href.contains('\\') {
                    return Err(format!("unsafe link accepted: {href:?}"));
                }
                check_inline(children, depth + 1)?;
            }
            Inline::Strong { children } | Inline::Emphasis { children } => {
                check_inline(children, depth + 1)?
            }
            Inline::Text { .. } | Inline::LineBreak => {}
        }
    }
    Ok(())
}

fn run_svg(input: &[u8]) -> Result<(), String> {
    let Ok(text) = std::str::from_utf8(input) else {
        return Ok(());
    };
    if careguide::content::svg::check(text).is_ok() {
        svg_is_plain(text)?;
    }
    Ok(())
}

/// An accepted picture, read another way: the markup inside tags (quoted
/// values aside) names no script, link, style or event, and no value holds
/// a scheme, an entity or `url(`.
fn svg_is_plain(text: &str) -> Result<(), String> {
    // The declaration is checked by its own rule: read what follows it.
    let text = match text.strip_prefix("<?xml") {
        Some(rest) => &rest[rest.find("?>").map_or(0, |n| n + 2)..],
        None => text,
    };
    if text.contains("<?") {
        return Err("a second declaration accepted".into());
    }
    let (mut tags, mut values) = (String::new(), Vec::new());
    let (mut in_tag, mut quote) = (false, None::<char>);
    for c in text.chars() {
        match (in_tag, quote) {
            (true, Some(q)) if c == q => quote = None,
            (true, Some(_)) => values.last_mut().map_or((), |v: &mut String| v.push(c)),
            (true, None) if c == '"' || c == '\'' => {
                quote = Some(c);
                values.push(String::new());
            }
            (true, None) if c == '>' => {
                in_tag = false;
                tags.push('>');
            }
            (true, None) => tags.push(c.to_ascii_lowercase()),
            (false, _) if c == '<' => {
                in_tag = true;
                tags.push('<');
            }
            (false, _) => {}
        }
    }
    let tags = tags.replace(['\n', '\t', '\r'], " ");
    for bad in [
        "script",
        "href",
        "style",
        " on",
        "<!",
        "foreignobject",
        "<a ",
        "<a>",
        "<use",
        "<image",
    ] {
        if tags.contains(bad) {
            return Err(format!("picture with `{bad}` accepted: {tags:.200}"));
        }
    }
    for v in values {
        let l = v.to_ascii_lowercase();
        if v != "http://www.w3.org/2000/svg"
            && (l.contains(':') || l.contains('&') || l.contains("url("))
        {
            return Err(format!("picture with value `{v:.100}` accepted"));
        }
    }
    Ok(())
}

/// A diagnostic as the terminal shows it carries no control character
/// (a newline and a tab, which drive nothing, aside: `diag::visible`
/// keeps them) and no bidi control.
fn printable(diags: &[Diagnostic]) -> Result<(), String> {
    use careguide::sanitize::{is_bidi_isolate, is_bidi_override};
    let hidden = |c: char| {
        (c.is_control() && c != '\n' && c != '\t') || is_bidi_override(c) || is_bidi_isolate(c)
    };
    for d in diags {
        for shown in [d.render(false), d.one_line()] {
            if let Some(c) = shown.chars().find(|&c| hidden(c)) {
                return Err(format!("diagnostic prints {:?}: {shown:?}", c));
            }
        }
    }
    Ok(())
}

fn corpus(target: &Target) -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out: Vec<Vec<u8>> = target
        .seeds
        .iter()
        .filter_map(|rel| std::fs::read(root.join(rel)).ok())
        .map(|mut b| {
            b.truncate(MAX_INPUT);
            b
        })
        .collect();
    let dir = root.join("tests/fuzz_corpus").join(target.name);
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    entries.sort();
    out.extend(entries.iter().filter_map(|p| std::fs::read(p).ok()));
    if out.is_empty() {
        out.push(Vec::new());
    }
    out
}

fn mutate(rng: &mut Rng, corpus: &[Vec<u8>], tokens: &[&str], input: &mut Vec<u8>) {
    for _ in 0..1 + rng.below(4) {
        let len = input.len();
        let at = rng.below(len + 1);
        match rng.below(8) {
            0 if len > 0 => input[rng.below(len)] ^= 1 << rng.below(8),
            1 => input.insert(at, rng.next() as u8),
            2 | 3 => {
                let t = tokens[rng.below(tokens.len())].as_bytes();
                input.splice(at..at, t.iter().copied());
            }
            4 if len > 0 => {
                let n = rng.below((len - at).min(64) + 1);
                input.drain(at..at + n);
            }
            5 if len > 0 => {
                // Repeat a short run many times: how deep nesting and
                // long lines are found.
                let from = rng.below(len);
                let n = 1 + rng.below((len - from).min(8));
                let run = input[from..from + n].to_vec();
                let most = if rng.below(4) == 0 { 4000 } else { 16 };
                let times = 1 + rng.below(most);
                let rep: Vec<u8> = run.iter().copied().cycle().take(n * times).collect();
                input.splice(at..at, rep);
            }
            6 => {
                let other = &corpus[rng.below(corpus.len())];
                if !other.is_empty() {
                    let from = rng.below(other.len());
                    let n = rng.below((other.len() - from).min(256) + 1);
                    input.splice(at..at, other[from..from + n].iter().copied());
                }
            }
            _ if len > 0 => input.truncate(at.max(1)),
            _ => input.push(b'a'),
        }
    }
    input.truncate(MAX_INPUT);
}

struct Outcome {
    execs: u64,
    failures: Vec<String>,
    slowest: Duration,
}

fn fuzz(target: &Target, seed: u64, budget: Duration) -> Outcome {
    let corpus = corpus(target);
    let name_hash = target
        .name
        .bytes()
        .fold(0u64, |h, b| h.wrapping_mul(131) ^ u64::from(b));
    let mut rng = Rng(seed ^ name_hash);
    let start = Instant::now();
    let mut out = Outcome {
        execs: 0,
        failures: Vec::new(),
        slowest: Duration::ZERO,
    };
    // The unchanged corpus first: it must pass as it is.
    let mut queue: Vec<Vec<u8>> = corpus.clone();
    while start.elapsed() < budget && out.failures.len() < 5 {
        let input = queue.pop().unwrap_or_else(|| {
            let mut input = corpus[rng.below(corpus.len())].clone();
            mutate(&mut rng, &corpus, target.tokens, &mut input);
            input
        });
        let t0 = Instant::now();
        let result = catch_unwind(AssertUnwindSafe(|| (target.run)(&input)));
        let took = t0.elapsed();
        out.slowest = out.slowest.max(took);
        let failure = match result {
            Err(_) => Some("panicked".to_string()),
            Ok(Err(e)) => Some(e),
            Ok(Ok(())) if took > SLOW => Some(format!("took {took:?}")),
            Ok(Ok(())) => None,
        };
        if let Some(why) = failure {
            let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fuzz-failures");
            let _ = std::fs::create_dir_all(&dir);
            let file = dir.join(format!("{}-{seed}-{}", target.name, out.execs));
            let _ = std::fs::write(&file, &input);
            let mut why: String = why.chars().take(300).collect();
            why.push_str(&format!(" (input in {})", file.display()));
            out.failures.push(why);
        }
        out.execs += 1;
    }
    out
}

#[test]
fn every_loader_survives_mutated_input() {
    let secs: u64 = std::env::var("CAREGUIDE_FUZZ_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(2);
    let seed: u64 = std::env::var("CAREGUIDE_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    let only = std::env::var("CAREGUIDE_FUZZ_TARGET").ok();
    let mut failed = Vec::new();
    for target in TARGETS
        .iter()
        .filter(|t| only.as_deref().is_none_or(|o| o == t.name))
    {
        let out = fuzz(target, seed, Duration::from_secs(secs));
        println!(
            "fuzz {}: {} executions, {} failures, slowest {:?} (seed {seed})",
            target.name,
            out.execs,
            out.failures.len(),
            out.slowest
        );
        failed.extend(
            out.failures
                .into_iter()
                .map(|f| format!("{}: {f}", target.name)),
        );
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}
