//! The shape of the house: no import cycles between modules, and no
//! source file a newcomer cannot read in one sitting.
//!
//! Cycles are looked for between siblings: the files and folders of one
//! folder (`build` and `staging` in `src/`, `blocks` and `glossary` in
//! `src/render/html/`). A module that uses anything inside a sibling (or
//! inside the sibling's folder) depends on that sibling; a parent may use
//! its children and a child its parent. Paths are read from the text:
//! `use crate::...`, `use super::...` (with their braces), and
//! `crate::a::b` or `super::x` written in code; comments and test code
//! (from `#[cfg(test)]` at the start of a line, and `tests` modules) are
//! skipped.
//! The library and the binary (`main.rs` and the modules it declares,
//! `cmd/`) are walked apart, each its own crate.
//! Re-exports are not followed: `use super::X` where the parent re-exports
//! X from a sibling is a use of the parent.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The longest a source file may be, in lines.
const MAX_LINES: usize = 600;

/// Cycles that are known and owned, while their owners break them:
/// (folder, modules, owner and reason). A cycle is known when all its
/// modules are in one entry; each entry must still have a cycle: remove it
/// when its cycles are broken.
const KNOWN_CYCLES: &[(&str, &[&str], &str)] = &[];

/// Files over MAX_LINES that are known and owned: (file, who splits it).
/// Each must still be too long: remove it when it is split.
const KNOWN_LONG: &[(&str, &str)] = &[];

/// Every `.rs` file under `dir`, sorted.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The two crates of the package: the library (`src/lib.rs`) and the
/// binary (`src/main.rs` and the modules it declares, such as `cmd/`).
/// Each is walked on its own: `crate::` means a different thing in each.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Crate {
    Lib,
    Bin,
}

/// The top-level modules `src/main.rs` declares (`mod cmd;`): their files
/// belong to the binary.
fn binary_modules(src: &Path) -> BTreeSet<String> {
    let main = std::fs::read_to_string(src.join("main.rs")).unwrap();
    main.lines()
        .filter_map(|l| {
            let l = l.trim();
            let rest = l
                .strip_prefix("mod ")
                .or_else(|| l.strip_prefix("pub mod "))?;
            Some(rest.strip_suffix(';')?.trim().to_string())
        })
        .collect()
}

/// A crate's files with their module paths (`src/a/b.rs` and
/// `src/a/b/mod.rs` are `a::b`; the crate root is the empty path); the
/// build script is a crate of its own and not read.
fn modules(krate: Crate) -> Vec<(Vec<String>, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let bin = binary_modules(&src);
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files
        .into_iter()
        .filter_map(|p| {
            let rel = p
                .strip_prefix(&src)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            if rel == "build_script.rs" {
                return None;
            }
            let mut segs: Vec<String> = rel
                .trim_end_matches(".rs")
                .split('/')
                .map(String::from)
                .collect();
            let of_binary = rel == "main.rs" || bin.contains(&segs[0]);
            if of_binary != (krate == Crate::Bin) {
                return None;
            }
            if segs
                .last()
                .is_some_and(|s| s == "mod" || s == "lib" || s == "main")
            {
                segs.pop();
            }
            Some((segs, std::fs::read_to_string(&p).unwrap()))
        })
        .collect()
}

/// The text without `//` comments (a `//` inside a string ends the line
/// early, which can only hide a path, never invent one).
fn code_of(text: &str) -> String {
    text.lines()
        .map(|l| l.find("//").map_or(l, |i| &l[..i]))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `a::{b, c::{d, e}}` as every full path: `a::b`, `a::c::d`, `a::c::e`.
fn expand(tree: &str) -> Vec<String> {
    let tree: String = tree.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(open) = tree.find('{') else {
        return vec![tree];
    };
    let prefix = &tree[..open];
    let close = tree.rfind('}').filter(|&c| c > open).unwrap_or(tree.len());
    let inner = &tree[open + 1..close];
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .flat_map(|p| expand(p).into_iter().map(move |x| format!("{prefix}{x}")))
        .collect()
}

/// The paths a piece of code names that start at `crate` or `super`.
fn paths_in(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    // `use` statements, braces and all: each starts a line.
    let mut at = 0;
    for line in code.split_inclusive('\n') {
        let trimmed = line.trim_start();
        let body = ["use ", "pub use ", "pub(crate) use ", "pub(super) use "]
            .iter()
            .find_map(|p| trimmed.strip_prefix(p));
        if let Some(body) = body {
            let from = at + (line.len() - body.len());
            let end = code[from..].find(';').map_or(code.len(), |e| from + e);
            out.extend(expand(&code[from..end]));
        }
        at += line.len();
    }
    // Paths written in code.
    let bytes = code.as_bytes();
    for start in ["crate::", "super::"] {
        let mut from = 0;
        while let Some(i) = code[from..].find(start) {
            let at = from + i;
            from = at + start.len();
            if at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_') {
                continue;
            }
            let end = code[at..]
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .map_or(code.len(), |e| at + e);
            out.push(code[at..end].to_string());
        }
    }
    out
}

/// The module a path names, from the module `here`: its longest prefix
/// that is a module of the crate.
fn target(here: &[String], path: &str, known: &BTreeSet<Vec<String>>) -> Option<Vec<String>> {
    let mut segs: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
    let mut base: Vec<String> = match segs.first() {
        Some(&"crate") => {
            segs.remove(0);
            Vec::new()
        }
        Some(&"super") => {
            let mut b = here.to_vec();
            while segs.first() == Some(&"super") {
                segs.remove(0);
                b.pop()?;
            }
            b
        }
        _ => return None,
    };
    let mut best = base.clone();
    for s in segs {
        base.push(s.to_string());
        if known.contains(&base) {
            best = base.clone();
        } else {
            break;
        }
    }
    Some(best)
}

/// Dependencies between siblings: folder -> (from, to).
fn sibling_edges(krate: Crate) -> BTreeMap<Vec<String>, BTreeSet<(String, String)>> {
    let mods = modules(krate);
    let known: BTreeSet<Vec<String>> = mods.iter().map(|(m, _)| m.clone()).collect();
    let mut edges: BTreeMap<Vec<String>, BTreeSet<(String, String)>> = BTreeMap::new();
    for (module, text) in &mods {
        let code = code_of(text);
        // Test code may use anything: the tests at the end of a file
        // (`#[cfg(test)]`) and test modules are not read.
        if module.last().is_some_and(|m| m == "tests") {
            continue;
        }
        let end = code.find("\n#[cfg(test)]").unwrap_or(code.len());
        // An inline module (`mod x { ... }`) at the top level: its `super`
        // is this file's module.
        let inline_at = code[..end]
            .lines()
            .scan(0, |pos, l| {
                let at = *pos;
                *pos += l.len() + 1;
                Some((at, l))
            })
            .find(|(_, l)| {
                let l = l.trim_end();
                (l.starts_with("mod ") || l.starts_with("pub mod ")) && l.ends_with('{')
            })
            .map_or(end, |(at, _)| at);
        let mut inner = module.clone();
        inner.push("#inline".to_string());
        for (part, here) in [
            (&code[..inline_at], module),
            (&code[inline_at..end], &inner),
        ] {
            for path in paths_in(part) {
                let Some(to) = target(here, &path, &known) else {
                    continue;
                };
                let common = module.iter().zip(&to).take_while(|(a, b)| a == b).count();
                // A parent and its children may use each other.
                if common == module.len() || common == to.len() {
                    continue;
                }
                edges
                    .entry(module[..common].to_vec())
                    .or_default()
                    .insert((module[common].clone(), to[common].clone()));
            }
        }
    }
    edges
}

/// Every cycle of a folder's graph, each as its modules in order from the
/// smallest name, found once.
fn cycles(edges: &BTreeSet<(String, String)>) -> Vec<Vec<String>> {
    let mut out: BTreeSet<Vec<String>> = BTreeSet::new();
    let next = |n: &str| -> Vec<String> {
        edges
            .iter()
            .filter(|(a, _)| a == n)
            .map(|(_, b)| b.clone())
            .collect()
    };
    let nodes: BTreeSet<String> = edges.iter().map(|(a, _)| a.clone()).collect();
    // Each simple cycle through its smallest node, by depth-first search.
    fn walk(
        start: &str,
        path: &mut Vec<String>,
        next: &dyn Fn(&str) -> Vec<String>,
        out: &mut BTreeSet<Vec<String>>,
    ) {
        let last = path.last().unwrap().clone();
        for n in next(&last) {
            if n == start {
                out.insert(path.clone());
            } else if n.as_str() > start && !path.contains(&n) && path.len() < 8 {
                path.push(n);
                walk(start, path, next, out);
                path.pop();
            }
        }
    }
    for n in &nodes {
        walk(n, &mut vec![n.clone()], &next, &mut out);
    }
    out.into_iter().collect()
}

fn describe(krate: Crate, folder: &[String], cycle: &[String]) -> String {
    let folder = match (krate, folder.is_empty()) {
        (Crate::Lib, true) => "src".to_string(),
        (Crate::Bin, true) => "src/main.rs".to_string(),
        _ => format!("src/{}", folder.join("/")),
    };
    format!("{folder}: {} -> {}", cycle.join(" -> "), cycle[0])
}

#[test]
fn no_import_cycles_between_sibling_modules() {
    let mut found = Vec::new();
    // For each known entry, the modules of the cycles it still covers: an
    // entry whose cycles have shrunk must shrink too.
    let mut known_seen: std::collections::BTreeMap<usize, BTreeSet<String>> = Default::default();
    // The known cycles are the library's.
    let edges = [Crate::Lib, Crate::Bin]
        .into_iter()
        .flat_map(|k| sibling_edges(k).into_iter().map(move |(f, e)| (k, f, e)));
    for (krate, folder, edges) in edges {
        for cycle in cycles(&edges) {
            let folder_name = folder.join("/");
            let known = KNOWN_CYCLES.iter().position(|(f, c, _)| {
                krate == Crate::Lib
                    && *f == folder_name
                    && cycle.iter().all(|m| c.contains(&m.as_str()))
            });
            match known {
                Some(k) => known_seen.entry(k).or_default().extend(cycle),
                None => found.push(describe(krate, &folder, &cycle)),
            }
        }
    }
    let stale: Vec<String> = KNOWN_CYCLES
        .iter()
        .enumerate()
        .filter_map(|(k, (f, c, owner))| {
            let listed: BTreeSet<String> = c.iter().map(|m| m.to_string()).collect();
            let left = known_seen.get(&k).cloned().unwrap_or_default();
            (left != listed).then(|| {
                let now = left.into_iter().collect::<Vec<_>>().join(", ");
                format!(
                    "src/{f}: {} ({owner}); still in a cycle: [{now}]",
                    c.join(", ")
                )
                .replace("src/:", "src:")
            })
        })
        .collect();
    assert!(
        found.is_empty(),
        "import cycles (break them: move the shared type to the module that owns it):\n{}",
        found.join("\n")
    );
    assert!(
        stale.is_empty(),
        "these known cycles are broken or smaller now: update KNOWN_CYCLES:\n{}",
        stale.join("\n")
    );
}

#[test]
fn the_cycle_finder_finds_a_cycle_and_reads_braces() {
    let edges: BTreeSet<(String, String)> = [("b", "a"), ("a", "c"), ("c", "b"), ("c", "d")]
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(cycles(&edges), vec![vec!["a", "c", "b"]]);
    assert_eq!(
        expand("crate::render::{html::{blocks, glossary::Matcher}, json}"),
        [
            "crate::render::html::blocks",
            "crate::render::html::glossary::Matcher",
            "crate::render::json"
        ]
    );
    let known: BTreeSet<Vec<String>> = [vec!["render"], vec!["render", "html"]]
        .iter()
        .map(|v| v.iter().map(|s| s.to_string()).collect())
        .collect();
    let here = vec!["render".to_string(), "json".to_string()];
    assert_eq!(
        target(&here, "super::html::escape::text", &known),
        Some(vec!["render".to_string(), "html".to_string()])
    );
    assert_eq!(
        paths_in(&code_of("let x = crate::diag::count(&v); // crate::no")),
        ["crate::diag::count"]
    );
}

#[test]
fn no_source_file_over_600_lines() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut long = Vec::new();
    let mut known_seen = BTreeSet::new();
    for p in files {
        let rel = p
            .strip_prefix(src.parent().unwrap())
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let lines = std::fs::read_to_string(&p).unwrap().lines().count();
        if lines <= MAX_LINES {
            continue;
        }
        match KNOWN_LONG.iter().position(|(f, _)| *f == rel) {
            Some(k) => {
                known_seen.insert(k);
            }
            None => long.push(format!("{rel}: {lines} lines")),
        }
    }
    let stale: Vec<String> = KNOWN_LONG
        .iter()
        .enumerate()
        .filter(|(k, _)| !known_seen.contains(k))
        .map(|(_, (f, owner))| format!("{f} ({owner})"))
        .collect();
    assert!(
        long.is_empty(),
        "files over {MAX_LINES} lines (split them by responsibility):\n{}",
        long.join("\n")
    );
    assert!(
        stale.is_empty(),
        "these files are short enough now: remove them from KNOWN_LONG:\n{}",
        stale.join("\n")
    );
}
