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
    assert!(get(server.port, "/__careguide/reload.js").contains("/__careguide/version"));

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
