//! Hostile and broken input: each is an error with a place and a fix, or
//! is escaped; never injected, never a panic.

mod support;

use careguide::build::{BuildRequest, render_all};
use careguide::diag::Diagnostic;
use careguide::project::Project;
use careguide::render::{Format, RenderOptions};
use careguide::sanitize::Keep;
use careguide::source::Sources;

const GUIDE_FTL: &str = "locales/en-GB/guide.ftl";

/// The shipped guide.ftl with message `id` given a new value.
fn guide_with(id: &str, value: &str) -> Sources {
    let text = support::embedded_text(GUIDE_FTL);
    let start = text
        .find(&format!("\n{id} ="))
        .unwrap_or_else(|| panic!("no {id}"))
        + 1;
    let rest = &text[start..];
    // The message runs until the next line that does not start with a space.
    let end = rest
        .match_indices('\n')
        .map(|(i, _)| i + 1)
        .find(|&i| i < rest.len() && !rest[i..].starts_with(' '))
        .unwrap_or(rest.len());
    let new = format!("{}{id} = {value}\n{}", &text[..start], &rest[end..]);
    support::with_file(GUIDE_FTL, new)
}

fn build_diags(sources: Sources) -> Vec<Diagnostic> {
    let project = Project::load(sources);
    let req = BuildRequest {
        out: "unused".into(),
        editions: vec![],
        langs: vec![],
        formats: vec![],
        render: RenderOptions::default(),
        include_incomplete: false,
    };
    match render_all(&project, &req) {
        Ok((_, warnings)) => warnings,
        Err(f) => f.diagnostics,
    }
}

fn only_error(diags: &[Diagnostic], code: &str) -> Diagnostic {
    let errors: Vec<_> = diags.iter().filter(|d| d.is_error()).collect();
    assert!(
        errors.iter().any(|d| d.code == code),
        "expected a `{code}` error, got:\n{}",
        support::render(diags)
    );
    (*errors.iter().find(|d| d.code == code).unwrap()).clone()
}

fn line_of(id: &str) -> usize {
    let text = support::embedded_text(GUIDE_FTL);
    text[..text.find(&format!("\n{id} =")).unwrap() + 1]
        .matches('\n')
        .count()
        + 1
}

#[test]
fn script_in_a_message_is_an_error_at_its_place() {
    let diags = build_diags(guide_with(
        "guide-about-p2",
        "Hello <script>alert(1)</script> there",
    ));
    let d = only_error(&diags, "markup");
    let loc = d.location.as_ref().unwrap();
    assert!(loc.file.ends_with("guide.ftl"));
    assert_eq!(loc.line, line_of("guide-about-p2"));
    assert_eq!(loc.col, "guide-about-p2 = Hello ".len() + 1);
    assert!(d.render(false).contains("raw HTML"));
}

#[test]
fn raw_html_tags_are_refused() {
    let diags = build_diags(guide_with("guide-about-p2", "You are <b>brave</b>"));
    only_error(&diags, "markup");
}

#[test]
fn javascript_link_is_refused() {
    let diags = build_diags(guide_with(
        "guide-about-p2",
        "[Click](javascript:alert(document.cookie))",
    ));
    let d = only_error(&diags, "markup");
    assert!(d.message.contains("javascript:"), "{}", d.message);
}

#[test]
fn unknown_variable_is_an_error_and_never_printed() {
    let sources = guide_with("guide-about-p2", "Ring { $childline-fone } today");
    let project = Project::load(sources);
    let mut diags = Vec::new();
    let doc = project
        .document("guide", &support::en(), Keep::NOTHING, &mut diags)
        .unwrap();
    let d = only_error(&diags, "format-error");
    assert_eq!(d.location.unwrap().line, line_of("guide-about-p2"));
    let text = careguide::render::text::render_document(&doc, 72);
    assert!(
        !text.contains("{$") && !text.contains("childline-fone"),
        "{text}"
    );
}

#[test]
fn syntax_error_names_line_and_column() {
    let text = support::embedded_text(GUIDE_FTL);
    let broken = text.replacen("guide-about-p2 =", "guide-about-p2 = { unclosed\n", 1);
    let diags = build_diags(support::with_file(GUIDE_FTL, broken));
    let d = only_error(&diags, "E0003");
    let loc = d.location.unwrap();
    // Fluent reports where it noticed: inside the broken message.
    let start = line_of("guide-about-p2");
    assert!(
        (start..start + 4).contains(&loc.line),
        "line {} for a message at {start}",
        loc.line
    );
}

#[test]
fn missing_message_says_what_to_add() {
    let text = support::embedded_text(GUIDE_FTL);
    let without = text.replacen("guide-about-p2 =", "guide-about-p2-renamed =", 1);
    let diags = build_diags(support::with_file(GUIDE_FTL, without));
    let d = only_error(&diags, "missing-message");
    assert!(d.message.contains("guide-about-p2"));
    assert!(d.help.unwrap().contains("locales/en-GB"));
}

#[test]
fn a_megabyte_message_builds_escaped() {
    let big = "Safe & sound < 5 > 3 \"quoted\" ".repeat(1024 * 1024 / 32);
    let project = Project::load(guide_with("guide-about-p2", &big));
    let req = BuildRequest {
        out: "unused".into(),
        editions: vec![project.parse_edition("guide").unwrap()],
        langs: vec![],
        formats: vec![Format::Html, Format::Text],
        render: RenderOptions::default(),
        include_incomplete: false,
    };
    let (files, _) = render_all(&project, &req)
        .unwrap_or_else(|f| panic!("{}", support::render(&f.diagnostics)));
    let about = String::from_utf8(files["html/en-GB/guide/about.html"].clone()).unwrap();
    assert!(about.len() > 1024 * 1024);
    assert!(
        about.contains("Safe &amp; sound &lt; 5 &gt; 3"),
        "text must be escaped in HTML"
    );
}

#[test]
fn control_characters_never_reach_outputs() {
    let project = Project::load(guide_with(
        "guide-about-p2",
        "Bell\u{7} esc\u{1b}[31m red \u{202e}evil\u{9b}2J",
    ));
    let mut diags = Vec::new();
    for keep in [Keep::NOTHING, Keep::HTML] {
        let doc = project
            .document("guide", &support::en(), keep, &mut diags)
            .unwrap();
        let json = careguide::render::json::render_document(&doc);
        let p = doc.page("about").unwrap().block("p2").unwrap();
        let careguide::document::Block::Paragraph { text, .. } = p else {
            panic!()
        };
        let plain = text.plain();
        assert!(
            !plain
                .chars()
                .any(|c| c.is_control() || ('\u{202a}'..='\u{202e}').contains(&c)),
            "{plain:?}"
        );
        assert!(!json.contains("\\u001b"));
    }
}

#[test]
fn file_that_is_not_utf8_is_named() {
    let mut bytes = support::embedded_text(GUIDE_FTL).into_bytes();
    bytes.extend_from_slice(b"\nguide-extra = caf\xe9\n");
    let diags = build_diags(support::with_file(GUIDE_FTL, bytes));
    let d = diags
        .iter()
        .find(|d| d.message.contains("not valid UTF-8"))
        .expect("utf-8 error");
    assert!(d.location.as_ref().unwrap().file.ends_with("guide.ftl"));
}

#[test]
fn broken_content_toml_points_at_the_line() {
    let text = support::embedded_text("content/editions/guide.toml");
    let broken = text.replacen("role = \"about\"", "role = \"aboot\"", 1);
    let diags = build_diags(support::with_file(
        "content/editions/guide.toml",
        broken.clone(),
    ));
    let d = only_error(&diags, "bad-toml");
    let loc = d.location.unwrap();
    let expected = broken[..broken.find("\"aboot\"").unwrap()]
        .matches('\n')
        .count()
        + 1;
    assert_eq!(loc.line, expected);
}

#[test]
fn unknown_source_is_an_error() {
    let text = support::embedded_text("content/editions/easy-read.toml");
    let first = text.find("source = \"").unwrap() + "source = \"".len();
    let end = first + text[first..].find('"').unwrap();
    let broken = format!("{}guide/nowhere/p9{}", &text[..first], &text[end..]);
    let diags = build_diags(support::with_file(
        "content/editions/easy-read.toml",
        broken,
    ));
    only_error(&diags, "bad-source");
}

#[test]
fn unsafe_svg_is_refused() {
    let diags = build_diags(support::with_file(
        "content/pictures/safe.svg",
        "<svg viewBox=\"0 0 10 10\" onload=\"alert(1)\"></svg>",
    ));
    only_error(&diags, "unsafe-svg");
}

#[test]
fn svg_event_attributes_however_spaced_are_refused_at_their_place() {
    const SVG: &str = "content/pictures/safe.svg";
    let head = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">";
    for (body, col) in [
        ("<rect\nonclick=\"alert(1)\"/>", 1),
        ("<rect onmouseover =\"alert(1)\"/>", 7),
    ] {
        let diags = build_diags(support::with_file(SVG, format!("{head}\n{body}</svg>")));
        let d = only_error(&diags, "unsafe-svg");
        let loc = d.location.as_ref().unwrap();
        let line = if body.contains('\n') { 3 } else { 2 };
        assert_eq!((loc.line, loc.col), (line, col), "{body}: {}", d.message);
        assert!(d.message.contains("event attribute"), "{}", d.message);
    }
}

#[test]
fn backslash_links_never_leave_the_site() {
    for link in [
        "[this](\\\\\\\\evil.example/share)",
        "[that](/\\\\evil.example/)",
    ] {
        let diags = build_diags(guide_with("guide-about-p2", link));
        let d = only_error(&diags, "markup");
        assert!(d.message.contains("not allowed"), "{}", d.message);
    }
}

/// An edition is parsed a page at a time; every problem still points at
/// its own line of the whole file.
#[test]
fn problems_on_a_later_page_point_at_their_line() {
    const FILE: &str = "content/editions/easy-read.toml";
    let text = support::embedded_text(FILE);
    let line_of =
        |text: &str, needle: &str| text[..text.find(needle).unwrap()].matches('\n').count() + 1;
    let last_page = text.rfind("[[pages]]").unwrap();
    let (head, tail) = text.split_at(last_page);

    // A bad id, and a source that names no block, on the last page.
    let id_at = tail.find("id = \"").unwrap() + "id = \"".len();
    let bad_id = format!("{head}{}Not_An_Id{}", &tail[..id_at], &tail[id_at..]);
    let d = only_error(
        &build_diags(support::with_file(FILE, bad_id.clone())),
        "bad-content",
    );
    assert_eq!(d.location.unwrap().line, line_of(&bad_id, "Not_An_Id"));

    let src_at = tail.find("source = \"").unwrap() + "source = \"".len();
    let src_end = src_at + tail[src_at..].find('"').unwrap();
    let bad_source = format!(
        "{head}{}guide/nowhere/p9{}",
        &tail[..src_at],
        &tail[src_end..]
    );
    let d = only_error(
        &build_diags(support::with_file(FILE, bad_source.clone())),
        "bad-source",
    );
    assert_eq!(
        d.location.unwrap().line,
        line_of(&bad_source, "guide/nowhere/")
    );

    // Not TOML on the last page: the whole file is read to say where.
    let broken = format!("{head}{}", tail.replacen("role = \"", "role = = \"", 1));
    let d = only_error(
        &build_diags(support::with_file(FILE, broken.clone())),
        "bad-toml",
    );
    assert_eq!(d.location.unwrap().line, line_of(&broken, "role = = "));

    // A `[[pages]]` line inside a multi-line string is not a new page.
    let id_end = id_at + tail[id_at..].find('"').unwrap();
    let quoted = format!(
        "{head}{}\"\"\n[[pages]]\n{}\"\"{}",
        &tail[..id_at],
        &tail[id_at..id_end],
        &tail[id_end..]
    );
    let d = only_error(
        &build_diags(support::with_file(FILE, quoted.clone())),
        "bad-content",
    );
    assert!(d.message.contains("[[pages]]"), "{}", d.message);
}

/// Every file under `dir`, read as bytes.
fn all_files(dir: &std::path::Path, out: &mut Vec<(std::path::PathBuf, Vec<u8>)>) {
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = e.path();
        if path.is_dir() {
            all_files(&path, out);
        } else {
            out.push((path.clone(), std::fs::read(&path).unwrap()));
        }
    }
}

/// A language's name in locale.toml with an ESC, a C1 CSI and a bidi
/// override (written as TOML escapes): each an error at the escape's
/// file:line:col in `locale check`, `check` and `build`, which sets the
/// language aside; no output carries the characters, the other
/// languages' lists of languages included.
#[test]
fn control_characters_in_locale_toml_are_errors_and_never_output() {
    use std::process::{Command, Stdio};
    let wc = support::working_copy();
    let meta = wc.path().join("locales/cy/locale.toml");
    let text = std::fs::read_to_string(&meta).unwrap();
    let hostile = text.replacen(
        "name = \"Cymraeg\"",
        "name = \"Cym\\u001b[2Jraeg\\u009b7m\\u202e\"",
        1,
    );
    assert_ne!(hostile, text);
    std::fs::write(&meta, &hostile).unwrap();
    let line = hostile[..hostile.find("name = ").unwrap()]
        .matches('\n')
        .count()
        + 1;
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_careguide"))
            .arg("--content")
            .arg(wc.path())
            .args(args)
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        assert!(
            !said.contains(['\u{1b}', '\u{9b}', '\u{202e}']),
            "{args:?} printed a raw control:\n{said:?}"
        );
        (out.status.code(), said)
    };
    for args in [
        &["locale", "check", "cy", "--format", "line"][..],
        &["check", "--format", "line"],
        &["check"],
    ] {
        let (code, said) = run(args);
        assert_eq!(code, Some(1), "{args:?}\n{said}");
        for col in [12, 25, 33] {
            assert!(
                said.contains(&format!("locale.toml:{line}:{col}")),
                "{args:?}: no finding at {line}:{col} in\n{said}"
            );
        }
    }
    let dist = wc.path().join("dist");
    let (code, said) = run(&["build", "--out", &dist.display().to_string()]);
    assert_eq!(code, Some(1), "{said}");
    assert!(said.contains(&format!("locale.toml:{line}:12")), "{said}");
    assert!(
        said.contains("cy has errors, so nothing of it is published"),
        "{said}"
    );
    assert!(!dist.join("html/cy").exists());
    let mut files = Vec::new();
    all_files(&dist, &mut files);
    assert!(files.len() > 100, "{} files", files.len());
    for (path, bytes) in files {
        let shown = String::from_utf8_lossy(&bytes);
        assert!(
            !shown.contains(['\u{1b}', '\u{9b}', '\u{202e}']),
            "{} carries a control",
            path.display()
        );
    }
}

/// A cycle of messages, a cycle of terms and a chain of references longer
/// than the limit: each an error at the reference's file:line:col in
/// `locale check`, and `build` sets the language aside for them.
#[test]
fn reference_cycles_and_long_chains_are_errors_at_their_place() {
    use careguide::nesting::MAX_REFERENCE_DEPTH;
    use std::process::{Command, Stdio};
    let wc = support::working_copy();
    let file = wc.path().join("locales/cy/zz-refs.ftl");
    let mut text = String::from(
        "zz-a = A { zz-b }\nzz-b = B { zz-a }\n-zz-t = T { -zz-u }\n-zz-u = U { -zz-t }\n",
    );
    let n = MAX_REFERENCE_DEPTH + 2;
    for i in 0..n {
        text.push_str(&format!("zz-m{i} = {{ zz-m{} }}\n", i + 1));
    }
    text.push_str(&format!("zz-m{n} = end\n"));
    std::fs::write(&file, &text).unwrap();
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_careguide"))
            .arg("--content")
            .arg(wc.path())
            .args(args)
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        (out.status.code(), said)
    };
    let expected = [
        "zz-refs.ftl:2:12: error[reference-cycle]: `zz-b` refers to itself in a circle: zz-a -> zz-b -> zz-a".to_string(),
        "zz-refs.ftl:4:13: error[reference-cycle]: `-zz-u` refers to itself in a circle: -zz-t -> -zz-u -> -zz-t".to_string(),
        format!("zz-refs.ftl:5:11: error[reference-chain-too-deep]: `zz-m0` starts a chain of {n} references"),
    ];
    let (code, said) = run(&["locale", "check", "cy", "--format", "line"]);
    assert_eq!(code, Some(1));
    for e in &expected {
        assert!(
            said.lines().any(|l| l.contains(e.as_str())),
            "{e} not in\n{said}"
        );
    }
    let mine: Vec<&str> = said
        .lines()
        .filter(|l| l.contains("error[reference-"))
        .collect();
    assert_eq!(mine.len(), 3, "{mine:#?}");
    let dist = wc.path().join("dist");
    let (code, said) = run(&[
        "build",
        "--out",
        &dist.display().to_string(),
        "--format",
        "text",
    ]);
    assert_eq!(code, Some(1), "{said}");
    for place in ["zz-refs.ftl:2:12", "zz-refs.ftl:4:13", "zz-refs.ftl:5:11"] {
        assert!(said.contains(place), "{place} not in\n{said}");
    }
    assert!(
        said.contains("cy has errors, so nothing of it is published"),
        "{said}"
    );
    assert!(!dist.join("text/cy").exists());
    assert!(dist.join("text/en-GB").exists());
}
