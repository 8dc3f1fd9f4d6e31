//! `careguide serve`: the editors' live preview. Builds the HTML of a
//! working copy in memory, serves it on 127.0.0.1, rebuilds when anything
//! under content/ or locales/ changes, and tells open pages to reload
//! (server-sent events, `events.rs`). Each
//! page shows a banner with the findings for that page; when a change
//! breaks the build, the last good pages stay and the banner shows the
//! errors instead.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use notify::{RecursiveMode, Watcher};

use crate::diag::Diagnostic;
use crate::render::html::esc as escape;

mod events;
mod http;
mod rebuild;
mod review;
use events::Events;
use http::{Request, Response};
use rebuild::{Scope, rebuild};

/// The current build's version, for scripts and tests (pages listen to
/// `events::PATH` instead).
const VERSION_PATH: &str = "/__careguide/version";
/// The script that listens for new builds (a file, so the CSP needs no
/// inline script). Without EventSource the page just does not reload.
const RELOAD_PATH: &str = "/__careguide/reload.js";
/// The findings banner's style (a file, so the CSP needs no inline style).
const BANNER_CSS_PATH: &str = "/__careguide/preview.css";
const RELOAD_JS: &str = "(function(){var s=document.currentScript,v=s&&s.dataset.version;if(!window.EventSource)return;var e=new EventSource('/__careguide/events');e.onmessage=function(m){if(m.data!==v){e.close();location.reload()}}})();\n";
const BANNER_CSS: &str = ".careguide-review{font:16px/1.4 system-ui,sans-serif;max-width:80rem;margin:1rem auto;padding:0 1rem}.careguide-review table{border-collapse:collapse;width:100%}.careguide-review td,.careguide-review th{border:1px solid #999;padding:.5rem;vertical-align:top;text-align:start}.careguide-review .id{color:#555;font-size:13px;margin:.25rem 0 0}.careguide-review .error{color:#8a0000}.careguide-review .none{color:#0b3d1c}.careguide-preview{font:16px/1.4 system-ui,sans-serif;padding:.75rem 1rem;direction:ltr;text-align:left}.careguide-preview.ok{background:#e6f4ea;color:#0b3d1c;border-bottom:3px solid #1e7b3a;padding:.5rem 1rem}.careguide-preview.problems{background:#fff4ce;color:#1d1d1d;border-bottom:4px solid #b35c00}.careguide-preview p{margin:0 0 .5rem}.careguide-preview ul{margin:0;padding-inline-start:1.25rem}.careguide-preview pre{white-space:pre;overflow-x:auto;unicode-bidi:isolate;margin:.25rem 0;font-size:14px}\n";

pub struct ServeOptions {
    pub root: PathBuf,
    pub port: u16,
    pub open: bool,
}

/// The latest build, shared by the watcher and the server.
#[derive(Default)]
struct Site {
    version: u64,
    /// Last good build: path under html/ -> bytes.
    files: BTreeMap<String, Vec<u8>>,
    /// Findings of the latest build, with the page each belongs to.
    findings: Vec<(Option<String>, Diagnostic)>,
    /// Whether the latest change failed to build.
    failed: bool,
    /// The review page of each language (`review.rs`), by tag.
    review: BTreeMap<String, String>,
    /// The front page's cards of each language, by tag, to write the
    /// front page again when one language is rebuilt (`rebuild.rs`).
    front_page: BTreeMap<String, Vec<crate::render::SiteEntry>>,
    /// The readability figures of each language, by tag, to write
    /// `readability.html` again in the same case.
    readability: BTreeMap<String, Vec<crate::check::readability::ReadabilityRow>>,
    /// The (language, edition) pairs the language switchers list.
    listed: std::collections::BTreeSet<(String, String)>,
}

pub fn serve(opts: ServeOptions) -> Result<(), Diagnostic> {
    let site = Arc::new(Mutex::new(Site::default()));
    let events = Arc::new(Events::new(0));
    rebuild(&opts.root, &site, &events, &Scope::All);
    let listener = std::net::TcpListener::bind(("127.0.0.1", opts.port)).map_err(|e| {
        Diagnostic::error(format!("cannot listen on 127.0.0.1:{}: {e}", opts.port))
            .with_help("choose another port with --port")
    })?;
    let port = listener.local_addr().map_or(opts.port, |a| a.port());
    let url = format!("http://127.0.0.1:{port}/");
    crate::say!("Serving {} at {url}  (Ctrl-C stops)", opts.root.display());
    report(&site.lock().expect("site lock"));

    let (tx, rx) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(tx)
        .map_err(|e| Diagnostic::error(format!("cannot watch files: {e}")))?;
    for sub in ["content", "locales"] {
        watcher
            .watch(&opts.root.join(sub), RecursiveMode::Recursive)
            .map_err(|e| {
                Diagnostic::error(format!("cannot watch {}/{sub}: {e}", opts.root.display()))
            })?;
    }
    let stop = Arc::new(AtomicBool::new(false));
    for sig in [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM] {
        let _ = signal_hook::flag::register(sig, Arc::clone(&stop));
    }
    spawn_rebuilder(
        opts.root.clone(),
        (Arc::clone(&site), Arc::clone(&events)),
        rx,
        Arc::clone(&stop),
    );
    spawn_keep_alive(Arc::clone(&events), Arc::clone(&stop));
    if opts.open {
        let _ = std::process::Command::new("xdg-open").arg(&url).spawn();
    }
    let routes = Arc::clone(&site);
    http::run(listener, &stop, move |req| {
        if req.path == events::PATH {
            let events = Arc::clone(&events);
            return Response::stream(
                events::CONTENT_TYPE,
                Box::new(move |stream| events.subscribe(stream)),
            );
        }
        route(req, &routes.lock().expect("site lock"))
    })
    .map_err(|e| Diagnostic::error(format!("the preview server stopped: {e}")))?;
    drop(watcher);
    crate::say!("Stopped.");
    Ok(())
}

/// Rebuilds after changes, waiting for a burst of events (an editor's
/// save is often several) to settle first.
fn spawn_rebuilder(
    root: PathBuf,
    (site, events): (Arc<Mutex<Site>>, Arc<Events>),
    rx: mpsc::Receiver<notify::Result<notify::Event>>,
    stop: Arc<AtomicBool>,
) {
    std::thread::spawn(move || {
        while !stop.load(Ordering::Relaxed) {
            match rx.recv_timeout(Duration::from_millis(200)) {
                // Reading the files to rebuild causes access events: only
                // a change to a file means a rebuild.
                Ok(Ok(event)) if !is_change(&event) => {}
                Ok(first) => {
                    // What the burst changed decides what is rebuilt; an
                    // event the watcher could not read means everything.
                    let mut paths = Vec::new();
                    let mut unknown = false;
                    let mut take = |e: notify::Result<notify::Event>| match e {
                        Ok(e) if !is_change(&e) => {}
                        Ok(e) => paths.extend(e.paths),
                        Err(_) => unknown = true,
                    };
                    take(first);
                    while let Ok(e) = rx.recv_timeout(Duration::from_millis(80)) {
                        take(e);
                    }
                    let scope = if unknown {
                        Scope::All
                    } else {
                        Scope::of(&root, &paths)
                    };
                    rebuild(&root, &site, &events, &scope);
                    report(&site.lock().expect("site lock"));
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {}
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
            }
        }
    });
}

/// Keeps the pages' streams alive, and forgets those whose page closed.
fn spawn_keep_alive(events: Arc<Events>, stop: Arc<AtomicBool>) {
    std::thread::spawn(move || {
        let step = Duration::from_millis(200);
        let mut waited = Duration::ZERO;
        while !stop.load(Ordering::Relaxed) {
            std::thread::sleep(step);
            waited += step;
            if waited >= events::KEEP_ALIVE {
                events.keep_alive();
                waited = Duration::ZERO;
            }
        }
    });
}

fn is_change(event: &notify::Event) -> bool {
    use notify::EventKind;
    matches!(
        event.kind,
        EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_)
    )
}

fn report(site: &Site) {
    let (errors, warnings) = crate::diag::count(
        &site
            .findings
            .iter()
            .map(|(_, d)| d.clone())
            .collect::<Vec<_>>(),
    );
    let state = if site.failed {
        "the last change has errors; showing the last good build"
    } else {
        "built"
    };
    crate::say!(
        "[{}] {state}: {errors} error(s), {warnings} warning(s)",
        site.version
    );
}

/// The preview's routes. Add one here: a path and what it answers.
fn route(req: &Request, site: &Site) -> Response {
    let path = req.path.as_str();
    match path {
        VERSION_PATH => return Response::text(200, &site.version.to_string()),
        RELOAD_PATH => return Response::new(200, "text/javascript; charset=utf-8", RELOAD_JS),
        BANNER_CSS_PATH => return Response::new(200, "text/css; charset=utf-8", BANNER_CSS),
        _ => {}
    }
    if let Some(lang) = path.strip_prefix(review::PATH) {
        let lang = if lang.is_empty() { "en-GB" } else { lang };
        return match site.review.get(lang) {
            Some(html) => Response::new(200, "text/html; charset=utf-8", html.clone()),
            None => Response::text(404, "No review page for that language"),
        };
    }
    let key = match path.trim_start_matches('/') {
        "" => "index.html".to_string(),
        p if p.ends_with('/') => format!("{p}index.html"),
        p => p.to_string(),
    };
    if key.split('/').any(|part| part == "..") {
        return Response::text(404, "Not found");
    }
    match site.files.get(&key) {
        Some(bytes) if key.ends_with(".html") => {
            let html = String::from_utf8_lossy(bytes);
            Response::new(200, "text/html; charset=utf-8", inject(&html, &key, site))
        }
        Some(bytes) => Response::new(200, content_type(&key), bytes.clone()),
        None => Response::new(
            404,
            "text/html; charset=utf-8",
            inject(
                "<!doctype html><html lang=\"en\"><head><title>Not found</title></head><body><main><h1>This page is not here</h1><p><a href=\"/\">Go to the start</a></p></main></body></html>",
                &key,
                site,
            ),
        ),
    }
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next() {
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("json") => "application/json",
        _ => "application/octet-stream",
    }
}

/// Adds the findings banner after `<body ...>` and the reload script
/// before `</body>`. Only the preview does this; published pages are
/// never changed.
fn inject(html: &str, key: &str, site: &Site) -> String {
    let page_prefix = page_prefix(key);
    // Only this page's language: `en-GB/...` shows findings in locales/en-GB/.
    let locale_dir = key
        .split('/')
        .next()
        .map(|lang| format!("locales/{lang}/"))
        .unwrap_or_default();
    let in_locale = |d: &Diagnostic| {
        d.location
            .as_ref()
            .is_some_and(|l| l.file.contains(&locale_dir))
    };
    let relevant: Vec<&Diagnostic> = site
        .findings
        .iter()
        .filter(|(id, d)| {
            site.failed
                || match (&page_prefix, id) {
                    (Some(prefix), Some(id)) => id.starts_with(prefix.as_str()) && in_locale(d),
                    _ => false,
                }
        })
        .map(|(_, d)| d)
        .collect();
    let banner = banner(&relevant, site.failed);
    let script = format!(
        "<script src=\"{RELOAD_PATH}\" data-version=\"{}\"></script>",
        site.version
    );
    let mut out = html.to_string();
    if let Some(i) = out
        .find("<body")
        .and_then(|i| out[i..].find('>').map(|j| i + j + 1))
    {
        out.insert_str(i, &banner);
    }
    match out.rfind("</body>") {
        Some(i) => out.insert_str(i, &script),
        None => out.push_str(&script),
    }
    out
}

/// `<lang>/<edition>/<page>.html` -> `<edition>-<page>-`.
fn page_prefix(key: &str) -> Option<String> {
    let parts: Vec<&str> = key.split('/').collect();
    match parts.as_slice() {
        [_, edition, page] => {
            let page = page.strip_suffix(".html")?;
            (page != "index" && page != "print").then(|| format!("{edition}-{page}-"))
        }
        _ => None,
    }
}

fn banner(findings: &[&Diagnostic], failed: bool) -> String {
    if findings.is_empty() && !failed {
        return format!(
            "<link rel=\"stylesheet\" href=\"{BANNER_CSS_PATH}\"><div role=\"status\" class=\"careguide-preview ok\" lang=\"en-GB\" dir=\"ltr\">Preview: no findings on this page (<a href=\"{}\">each easy-read statement beside its source</a>).</div>",
            review::PATH
        );
    }
    let heading = if failed {
        "The last change has a problem, so this is the last good version. Fix it and the page will update."
    } else {
        "Preview: findings on this page"
    };
    let mut out = format!(
        "<link rel=\"stylesheet\" href=\"{BANNER_CSS_PATH}\"><section aria-label=\"Preview findings\" class=\"careguide-preview problems\" lang=\"en-GB\" dir=\"ltr\"><p><strong>{}</strong> (<a href=\"{}\">each easy-read statement beside its source</a>)</p><ul>",
        escape(heading),
        review::PATH
    );
    for d in findings.iter().take(50) {
        // Left to right and unwrapped whatever the page's direction, so
        // file:line:col and the ^^^ markers stay under the words they
        // mark; a long line scrolls (and can be reached to scroll).
        out.push_str(&format!(
            "<li><pre dir=\"ltr\" tabindex=\"0\">{}</pre></li>",
            escape(&d.render(false))
        ));
    }
    out.push_str("</ul></section>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_prefixes() {
        assert_eq!(
            page_prefix("en-GB/easy-read/outcome-1.html").as_deref(),
            Some("easy-read-outcome-1-")
        );
        assert_eq!(page_prefix("en-GB/guide/index.html"), None);
        assert_eq!(page_prefix("index.html"), None);
    }

    #[test]
    fn banner_escapes_findings() {
        let d = Diagnostic::error("<script>x</script> it's \"quoted\" & more");
        let b = banner(&[&d], false);
        assert!(!b.contains("<script>x"), "{b}");
        assert!(
            b.contains("&lt;script&gt;x&lt;/script&gt; it&#39;s &quot;quoted&quot; &amp; more"),
            "{b}"
        );
    }

    #[test]
    fn the_banner_is_english_left_to_right_on_any_page() {
        let d = Diagnostic::error("x");
        for b in [banner(&[&d], false), banner(&[], false)] {
            assert!(b.contains("lang=\"en-GB\" dir=\"ltr\""), "{b}");
        }
        assert!(banner(&[&d], false).contains("<pre dir=\"ltr\""));
        assert!(BANNER_CSS.contains("direction:ltr;text-align:left"));
        assert!(BANNER_CSS.contains("white-space:pre;"));
    }
}
