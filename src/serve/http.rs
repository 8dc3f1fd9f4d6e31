//! The preview's HTTP server: small, std-only and bounded, because the
//! only client it should ever have is the editor's own browser, and any
//! other program on the machine (or a web page doing DNS rebinding) may
//! talk to it too.
//!
//! - one request per connection (`Connection: close`), so a client that
//!   pipelines and never reads holds one worker at most;
//! - a fixed pool of workers fed by a bounded queue; when it is full a
//!   new connection is closed at once (the browser retries);
//! - the request head is read with a deadline and a size limit, and a
//!   body is refused (the preview has nothing to post to);
//! - only GET and HEAD (405), only `Host: 127.0.0.1:PORT` or
//!   `localhost:PORT` (421);
//! - every response carries `nosniff`, a Content-Security-Policy and
//!   `no-store`.
//!
//! Routing is one function from [`Request`] to [`Response`] (see
//! `serve::route`). A response that never ends (the server-sent events
//! of push-on-save, `serve::events`) is a [`Body::Stream`]: after its
//! head the connection is handed over, so it holds no worker.

use std::io::{self, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, SyncSender, TrySendError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Largest request head (request line and headers) read.
pub(super) const MAX_HEAD_BYTES: usize = 16 * 1024;
/// Time a client has to send its whole request head.
pub(super) const HEAD_DEADLINE: Duration = Duration::from_secs(10);
/// Time one write of the response may block (a client that never reads).
pub(super) const WRITE_TIMEOUT: Duration = Duration::from_secs(10);
/// Workers serving connections; more connections wait in the queue.
pub(super) const WORKERS: usize = 8;
/// Connections accepted but not yet served; beyond that they are closed.
pub(super) const QUEUE: usize = 32;

/// The pages' policy: everything from the preview itself (the site's own
/// CSS, `exit.js`, pictures; the preview's banner CSS and reload script),
/// nothing inline, nothing framed, no plugins.
pub(super) const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// A request the server accepted: GET or HEAD, from an allowed host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Request {
    /// The path without its query or fragment (`/en-GB/guide/about.html`).
    pub path: String,
    /// The query after `?`, if any.
    pub query: Option<String>,
}

pub(super) enum Body {
    Bytes(Vec<u8>),
    /// A response without an end: once the head is written, the
    /// connection goes to this (which keeps it, or drops it to close it)
    /// and the worker goes back to the queue.
    Stream(Handoff),
}

/// Takes the connection of a [`Body::Stream`].
pub(super) type Handoff = Box<dyn FnOnce(TcpStream) + Send>;

pub(super) struct Response {
    pub status: u16,
    pub content_type: &'static str,
    pub headers: Vec<(&'static str, String)>,
    pub body: Body,
}

impl Response {
    pub(super) fn new(
        status: u16,
        content_type: &'static str,
        body: impl Into<Vec<u8>>,
    ) -> Response {
        Response {
            status,
            content_type,
            headers: Vec::new(),
            body: Body::Bytes(body.into()),
        }
    }

    pub(super) fn text(status: u16, body: &str) -> Response {
        Response::new(status, "text/plain; charset=utf-8", body.as_bytes())
    }

    /// A stream of `content_type` whose connection `handoff` takes.
    pub(super) fn stream(content_type: &'static str, handoff: Handoff) -> Response {
        Response {
            status: 200,
            content_type,
            headers: Vec::new(),
            body: Body::Stream(handoff),
        }
    }
}

/// Serves `route` on `listener` until `stop` is set.
pub(super) fn run<F>(listener: TcpListener, stop: &AtomicBool, route: F) -> io::Result<()>
where
    F: Fn(&Request) -> Response + Send + Sync + 'static,
{
    let port = listener.local_addr()?.port();
    let route = Arc::new(route);
    let (tx, rx) = mpsc::sync_channel::<TcpStream>(QUEUE);
    let rx = Arc::new(Mutex::new(rx));
    let mut workers = Vec::new();
    for _ in 0..WORKERS {
        let rx = Arc::clone(&rx);
        let route = Arc::clone(&route);
        workers.push(std::thread::spawn(move || {
            loop {
                let next = rx.lock().map(|r| r.recv());
                let Ok(Ok(stream)) = next else { break };
                let _ = serve_one(stream, port, &*route);
            }
        }));
    }
    listener.set_nonblocking(true)?;
    accept_loop(&listener, stop, &tx);
    drop(tx);
    for w in workers {
        let _ = w.join();
    }
    Ok(())
}

fn accept_loop(listener: &TcpListener, stop: &AtomicBool, tx: &SyncSender<TcpStream>) {
    while !stop.load(Ordering::Relaxed) {
        match listener.accept() {
            Ok((stream, _)) => {
                if stream.set_nonblocking(false).is_err() {
                    continue;
                }
                if let Err(TrySendError::Full(stream)) = tx.try_send(stream) {
                    // Busy: close rather than queue without bound.
                    let _ = stream.shutdown(Shutdown::Both);
                }
            }
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                std::thread::sleep(Duration::from_millis(20));
            }
            Err(_) => std::thread::sleep(Duration::from_millis(20)),
        }
    }
}

/// What was wrong with a request, as the status sent back.
#[derive(Debug, PartialEq, Eq)]
enum Refusal {
    BadRequest,
    TooLarge,
    Timeout,
    Method,
    Host,
}

fn serve_one(
    mut stream: TcpStream,
    port: u16,
    route: &dyn Fn(&Request) -> Response,
) -> io::Result<()> {
    stream.set_write_timeout(Some(WRITE_TIMEOUT))?;
    let head = read_head(&mut stream, HEAD_DEADLINE);
    let (response, head_only) = match head.and_then(|h| parse(&h, port)) {
        Ok((req, head_only)) => (route(&req), head_only),
        Err(Refusal::Timeout) => {
            let _ = stream.shutdown(Shutdown::Both);
            return Ok(());
        }
        Err(r) => (refusal(r), false),
    };
    let handoff = write_response(&mut stream, response, head_only)?;
    stream.flush()?;
    match handoff {
        Some(take) => take(stream),
        None => {
            let _ = stream.shutdown(Shutdown::Write);
        }
    }
    Ok(())
}

fn refusal(r: Refusal) -> Response {
    let mut resp = match r {
        Refusal::BadRequest | Refusal::Timeout => Response::text(400, "Bad request"),
        Refusal::TooLarge => Response::text(431, "Request header fields too large"),
        Refusal::Method => Response::text(405, "Only GET and HEAD"),
        Refusal::Host => Response::text(
            421,
            "This preview answers only to 127.0.0.1 or localhost with its port",
        ),
    };
    if r == Refusal::Method {
        resp.headers.push(("Allow", "GET, HEAD".to_string()));
    }
    resp
}

/// Reads up to the blank line that ends the head, within `deadline` and
/// [`MAX_HEAD_BYTES`].
fn read_head(stream: &mut TcpStream, deadline: Duration) -> Result<Vec<u8>, Refusal> {
    let until = Instant::now() + deadline;
    let mut head = Vec::with_capacity(1024);
    let mut buf = [0u8; 2048];
    loop {
        let left = until.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(Refusal::Timeout);
        }
        stream
            .set_read_timeout(Some(left))
            .map_err(|_| Refusal::Timeout)?;
        let n = match stream.read(&mut buf) {
            Ok(0) => return Err(Refusal::Timeout),
            Ok(n) => n,
            Err(_) => return Err(Refusal::Timeout),
        };
        // Only the new bytes (and three before them) can complete the end.
        let from = head.len().saturating_sub(3);
        head.extend_from_slice(&buf[..n]);
        if let Some(end) = find_end(&head[from..]) {
            head.truncate(from + end);
            return Ok(head);
        }
        if head.len() > MAX_HEAD_BYTES {
            return Err(Refusal::TooLarge);
        }
    }
}

fn find_end(bytes: &[u8]) -> Option<usize> {
    bytes
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| i + 4)
}

/// The request line and the headers that matter: the method, the path,
/// the host, and that there is no body.
fn parse(head: &[u8], port: u16) -> Result<(Request, bool), Refusal> {
    if head.len() > MAX_HEAD_BYTES {
        return Err(Refusal::TooLarge);
    }
    let text = std::str::from_utf8(head).map_err(|_| Refusal::BadRequest)?;
    let mut lines = text.split("\r\n");
    let mut first = lines.next().unwrap_or("").split(' ');
    let (method, target, version) = match (first.next(), first.next(), first.next(), first.next()) {
        (Some(m), Some(t), Some(v), None) => (m, t, v),
        _ => return Err(Refusal::BadRequest),
    };
    if !matches!(version, "HTTP/1.1" | "HTTP/1.0") || !target.starts_with('/') {
        return Err(Refusal::BadRequest);
    }
    let mut host = None;
    for line in lines.filter(|l| !l.is_empty()) {
        let (name, value) = line.split_once(':').ok_or(Refusal::BadRequest)?;
        let value = value.trim();
        if name.eq_ignore_ascii_case("host") {
            if host.is_some() {
                return Err(Refusal::BadRequest);
            }
            host = Some(value);
        } else if name.eq_ignore_ascii_case("transfer-encoding")
            || (name.eq_ignore_ascii_case("content-length") && value != "0")
        {
            // Nothing here takes a body; refusing it keeps a connection
            // to exactly one request.
            return Err(Refusal::BadRequest);
        }
    }
    let head_only = match method {
        "GET" => false,
        "HEAD" => true,
        _ => return Err(Refusal::Method),
    };
    if !host.is_some_and(|h| allowed_host(h, port)) {
        return Err(Refusal::Host);
    }
    let (path, query) = match target.split('#').next().unwrap_or("").split_once('?') {
        Some((p, q)) => (p.to_string(), Some(q.to_string())),
        None => (target.split('#').next().unwrap_or("").to_string(), None),
    };
    Ok((Request { path, query }, head_only))
}

/// `127.0.0.1:PORT` or `localhost:PORT`, nothing else: a page on another
/// origin that rebinds its name to 127.0.0.1 still sends its own name.
fn allowed_host(host: &str, port: u16) -> bool {
    let Some((name, p)) = host.rsplit_once(':') else {
        return false;
    };
    p.parse::<u16>() == Ok(port) && (name == "127.0.0.1" || name.eq_ignore_ascii_case("localhost"))
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        421 => "Misdirected Request",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        _ => "",
    }
}

/// Writes the head and, for bytes, the body; a stream's body is its
/// handoff's to write, returned unless only the head was asked for.
fn write_response(
    w: &mut dyn Write,
    resp: Response,
    head_only: bool,
) -> io::Result<Option<Handoff>> {
    // Every response ends with its connection: a stream's too, whose end
    // is the connection closing.
    let mut head = format!(
        "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nContent-Security-Policy: {CSP}\r\nReferrer-Policy: no-referrer\r\nConnection: close\r\n",
        resp.status,
        reason(resp.status),
        resp.content_type
    );
    for (name, value) in &resp.headers {
        // Values are the routes' own; a line break would split the head.
        let value: String = value.chars().filter(|c| !c.is_control()).collect();
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    match resp.body {
        Body::Bytes(bytes) => {
            head.push_str(&format!("Content-Length: {}\r\n\r\n", bytes.len()));
            w.write_all(head.as_bytes())?;
            if !head_only {
                w.write_all(&bytes)?;
            }
            Ok(None)
        }
        Body::Stream(take) => {
            head.push_str("\r\n");
            w.write_all(head.as_bytes())?;
            Ok((!head_only).then_some(take))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(head: &str) -> Result<(Request, bool), Refusal> {
        parse(head.as_bytes(), 8000)
    }

    #[test]
    fn only_get_and_head_from_the_preview_s_own_host() {
        let ok = p("GET /a.html?x=1 HTTP/1.1\r\nHost: 127.0.0.1:8000\r\n\r\n").unwrap();
        assert_eq!(ok.0.path, "/a.html");
        assert_eq!(ok.0.query.as_deref(), Some("x=1"));
        assert!(
            p("HEAD / HTTP/1.1\r\nHost: LocalHost:8000\r\n\r\n")
                .unwrap()
                .1
        );
        for m in ["POST", "PUT", "DELETE", "TRACE", "OPTIONS"] {
            let head = format!("{m} / HTTP/1.1\r\nHost: 127.0.0.1:8000\r\n\r\n");
            assert_eq!(p(&head).unwrap_err(), Refusal::Method, "{m}");
        }
        for host in [
            "evil.example:8000",
            "127.0.0.1",
            "127.0.0.1:8001",
            "localhost.evil:8000",
            "[::1]:8000",
        ] {
            let head = format!("GET / HTTP/1.1\r\nHost: {host}\r\n\r\n");
            assert_eq!(p(&head).unwrap_err(), Refusal::Host, "{host}");
        }
        assert_eq!(p("GET / HTTP/1.1\r\n\r\n").unwrap_err(), Refusal::Host);
        assert_eq!(
            p("GET / HTTP/1.1\r\nHost: 127.0.0.1:8000\r\nHost: evil:8000\r\n\r\n").unwrap_err(),
            Refusal::BadRequest
        );
        assert_eq!(
            p("GET / HTTP/1.1\r\nHost: 127.0.0.1:8000\r\nContent-Length: 5\r\n\r\n").unwrap_err(),
            Refusal::BadRequest
        );
        assert_eq!(
            p("GET http://x/ HTTP/1.1\r\n\r\n").unwrap_err(),
            Refusal::BadRequest
        );
    }

    #[test]
    fn header_values_cannot_split_the_head() {
        let mut resp = Response::text(200, "x");
        resp.headers
            .push(("X-Test", "a\r\nSet-Cookie: b".to_string()));
        let mut out = Vec::new();
        assert!(write_response(&mut out, resp, false).unwrap().is_none());
        let out = String::from_utf8(out).unwrap();
        assert!(out.contains("X-Test: aSet-Cookie: b\r\n"));
        assert!(out.contains("X-Content-Type-Options: nosniff\r\n"));
    }
}
