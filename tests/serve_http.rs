//! The live preview over real HTTP: edit a file in a working copy and see
//! the rebuilt page; break a file and see the error on the last good page.

mod support;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(root: &Path) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_careguide"))
        .arg("--content")
        .arg(root)
        .args(["serve", "--port", "0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.as_mut().unwrap())
        .read_line(&mut line)
        .unwrap();
    let port = line
        .split("127.0.0.1:")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("no port in {line:?}"));
    Server { child, port }
}

fn get(port: u16, path: &str) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    out
}

/// Polls until the page satisfies `want` (the rebuild runs in the
/// background), or fails after a deadline.
fn poll(port: u16, path: &str, want: impl Fn(&str) -> bool) -> String {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let page = get(port, path);
        if want(&page) {
            return page;
        }
        assert!(
            Instant::now() < deadline,
            "timed out waiting on {path}; last page:\n{}",
            &page[..page.len().min(2000)]
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn edit_rebuilds_and_errors_show_on_the_last_good_page() {
    let dir = support::working_copy();
    let server = start(dir.path());
    let page = "/en-GB/guide/about.html";
    let first = poll(server.port, page, |p| p.starts_with("HTTP/1.1 200"));
    assert!(first.contains("About this guide"));
    assert!(
        first.contains("/__careguide/reload.js"),
        "the preview reloads itself"
    );
    let script = get(server.port, "/__careguide/reload.js");
    assert!(
        script.contains("new EventSource('/__careguide/events')"),
        "{script}"
    );
    assert!(
        !script.contains("setInterval"),
        "pages do not poll: {script}"
    );

    // An editor changes a sentence.
    let ftl = dir.path().join("locales/en-GB/guide.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    let edited = text.replacen(
        "guide-about-title = About this guide",
        "guide-about-title = About this lovely guide",
        1,
    );
    assert_ne!(text, edited);
    std::fs::write(&ftl, &edited).unwrap();
    poll(server.port, page, |p| p.contains("About this lovely guide"));

    // Then breaks a message: the last good page stays, with the error.
    std::fs::write(
        &ftl,
        edited.replacen("guide-about-p2 =", "guide-about-p2 = <b>bold</b>", 1),
    )
    .unwrap();
    let broken = poll(server.port, page, |p| p.contains("last good version"));
    assert!(broken.contains("About this lovely guide"));
    assert!(broken.contains("raw HTML"), "the banner explains the error");
    assert!(broken.contains("guide.ftl"));
}

/// Opens the events stream as a page's EventSource does; returns the
/// stream and its response head.
fn listen(port: u16) -> (BufReader<TcpStream>, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    write!(
        s,
        "GET /__careguide/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: text/event-stream\r\n\r\n"
    )
    .unwrap();
    let mut r = BufReader::new(s);
    let mut head = String::new();
    loop {
        let mut line = String::new();
        r.read_line(&mut line).unwrap();
        head.push_str(&line);
        if line == "\r\n" {
            return (r, head);
        }
    }
}

/// The next `data:` of the stream.
fn next_version(r: &mut BufReader<TcpStream>) -> u64 {
    loop {
        let mut line = String::new();
        assert!(r.read_line(&mut line).unwrap() > 0, "the stream ended");
        if let Some(v) = line.strip_prefix("data: ") {
            return v.trim().parse().unwrap();
        }
    }
}

#[test]
fn a_save_is_pushed_to_open_pages_without_polling() {
    let dir = support::working_copy();
    let server = start(dir.path());
    let page = "/cy/guide/about.html";
    let first = poll(server.port, page, |p| p.starts_with("HTTP/1.1 200"));
    let shown: u64 = first
        .split("data-version=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .and_then(|v| v.parse().ok())
        .expect("the page names its version");

    // More pages than the server keeps streams for: it stays at its
    // bound, and ordinary pages are still served (streams hold no worker).
    let mut others: Vec<_> = (0..40).map(|_| listen(server.port)).collect();
    let (mut stream, head) = listen(server.port);
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    assert!(head.contains("Content-Type: text/event-stream"), "{head}");
    assert_eq!(next_version(&mut stream), shown, "told the version at once");
    assert!(get(server.port, page).starts_with("HTTP/1.1 200"));

    // A translator saves: the open page hears a new version, and the page
    // it then loads has the change.
    let ftl = dir.path().join("locales/cy/guide.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    let (id, _) = text
        .lines()
        .find_map(|l| {
            l.strip_prefix("guide-about-title = ")
                .map(|v| ("guide-about-title", v))
        })
        .expect("cy has the about title");
    let edited = text.replacen(&format!("{id} = "), &format!("{id} = Newydd "), 1);
    std::fs::write(&ftl, &edited).unwrap();
    let saved = Instant::now();
    let next = next_version(&mut stream);
    println!("save to event: {:?}", saved.elapsed());
    assert!(next > shown);
    assert!(get(server.port, page).contains("Newydd"));
    // The oldest streams were let go (their browsers reconnect); the
    // newest are all still told.
    let (oldest, _) = &mut others[0];
    assert_eq!(next_version(oldest), shown);
    let mut rest = String::new();
    oldest.read_to_string(&mut rest).unwrap();
    assert_eq!(rest.trim(), "", "a closed stream hears nothing more");
    let (newest, _) = others.last_mut().unwrap();
    assert_eq!(next_version(newest), shown);
    assert_eq!(next_version(newest), next);
}
