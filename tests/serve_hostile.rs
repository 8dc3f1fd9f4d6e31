//! serve under a hostile client, over real HTTP on 127.0.0.1: each case
//! bounded in sockets and time. The server must stay answerable to the
//! editor's browser whatever another program on the machine sends it.

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

fn raw(port: u16, request: &str) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    s.write_all(request.as_bytes()).unwrap();
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    String::from_utf8_lossy(&out).into_owned()
}

fn get(port: u16, path: &str) -> String {
    raw(
        port,
        &format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"),
    )
}

/// A field of /proc/PID/status, as a number (`Threads`, `VmRSS` in kB).
fn proc_field(pid: u32, field: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{field}:")))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

fn ready(server: &Server) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !get(server.port, "/").starts_with("HTTP/1.1 200") {
        assert!(Instant::now() < deadline, "the preview never came up");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn methods_hosts_and_headers() {
    let dir = support::working_copy();
    let server = start(dir.path());
    ready(&server);
    let port = server.port;
    for m in ["POST", "PUT", "DELETE", "TRACE", "OPTIONS", "PATCH"] {
        let r = raw(
            port,
            &format!("{m} / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"),
        );
        assert!(r.starts_with("HTTP/1.1 405"), "{m}: {r:.200}");
        assert!(r.contains("Allow: GET, HEAD"), "{m}");
    }
    for host in [
        "evil.example",
        "evil.example:{port}",
        "127.0.0.1",
        "127.0.0.2:{port}",
    ] {
        let host = host.replace("{port}", &port.to_string());
        let r = raw(port, &format!("GET / HTTP/1.1\r\nHost: {host}\r\n\r\n"));
        assert!(r.starts_with("HTTP/1.1 421"), "{host}: {r:.200}");
        assert!(!r.contains("<html"), "no page for {host}");
    }
    let ok = raw(
        port,
        &format!("GET /en-GB/guide/about.html HTTP/1.1\r\nHost: localhost:{port}\r\n\r\n"),
    );
    assert!(ok.starts_with("HTTP/1.1 200"), "{ok:.200}");
    assert!(ok.contains("X-Content-Type-Options: nosniff\r\n"));
    assert!(ok.contains("Content-Security-Policy: default-src 'self'"));
    // The page needs nothing inline: the CSP forbids it.
    let body = ok.split("\r\n\r\n").nth(1).unwrap();
    assert!(!body.contains(" style=\""), "inline style would be blocked");
    assert!(!body.contains("<script>"), "inline script would be blocked");
    let head = raw(
        port,
        &format!("HEAD /en-GB/guide/about.html HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"),
    );
    assert!(head.starts_with("HTTP/1.1 200"));
    assert!(head.ends_with("\r\n\r\n"), "HEAD has no body");
}

#[test]
fn a_client_that_pipelines_and_never_reads_blocks_nobody() {
    let dir = support::working_copy();
    let server = start(dir.path());
    ready(&server);
    let port = server.port;
    let mut hog = TcpStream::connect(("127.0.0.1", port)).unwrap();
    let one = format!("GET /en-GB/guide/print.html HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n");
    hog.set_write_timeout(Some(Duration::from_secs(5))).unwrap();
    for _ in 0..30 {
        if hog.write_all(one.as_bytes()).is_err() {
            break;
        }
    }
    // Everyone else is still served, promptly.
    for _ in 0..10 {
        let started = Instant::now();
        assert!(get(port, "/en-GB/guide/about.html").starts_with("HTTP/1.1 200"));
        assert!(started.elapsed() < Duration::from_secs(20));
    }
    drop(hog);
}

#[test]
fn a_huge_header_is_refused_without_reading_it_all() {
    let dir = support::working_copy();
    let server = start(dir.path());
    ready(&server);
    let port = server.port;
    let before = proc_field(server.child.id(), "VmRSS");
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_write_timeout(Some(Duration::from_secs(10))).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let _ = write!(s, "GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nX-Big: ");
    let chunk = vec![b'a'; 64 * 1024];
    let mut sent = 0usize;
    // Up to 200 MB; the server closes long before.
    while sent < 200 << 20 && s.write_all(&chunk).is_ok() {
        sent += chunk.len();
    }
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    let text = String::from_utf8_lossy(&out);
    assert!(
        text.is_empty() || text.starts_with("HTTP/1.1 431"),
        "{text:.200}"
    );
    assert!(
        sent < 100 << 20,
        "the server read {sent} bytes of one header"
    );
    let after = proc_field(server.child.id(), "VmRSS");
    assert!(
        after < before + 64 * 1024,
        "RSS grew from {before} kB to {after} kB"
    );
    assert!(get(port, "/").starts_with("HTTP/1.1 200"));
}

#[test]
fn many_open_sockets_make_a_bounded_number_of_threads() {
    let dir = support::working_copy();
    let server = start(dir.path());
    ready(&server);
    let port = server.port;
    let idle: Vec<TcpStream> = (0..300)
        .filter_map(|_| TcpStream::connect(("127.0.0.1", port)).ok())
        .collect();
    std::thread::sleep(Duration::from_millis(500));
    let threads = proc_field(server.child.id(), "Threads");
    assert!(threads < 40, "{threads} threads for 300 idle sockets");
    drop(idle);
    // Once the idle sockets are gone (or time out), pages are served again.
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let r = std::panic::catch_unwind(|| get(port, "/")).unwrap_or_default();
        if r.starts_with("HTTP/1.1 200") {
            break;
        }
        assert!(Instant::now() < deadline, "never served again");
        std::thread::sleep(Duration::from_millis(200));
    }
}
