//! Push-on-save: every open preview page keeps one server-sent events
//! stream (`EventSource`) and is told each new build's version as soon as
//! it exists, instead of asking every few hundred milliseconds.
//!
//! The streams are held here, not by the server's workers (a handful of
//! open tabs would otherwise take every worker). They are bounded: at most
//! [`MAX_CLIENTS`], the oldest closed first (its browser reconnects, and
//! `retry` says how soon). Writes never wait: a client that does not read
//! fills its socket and is closed, so it cannot hold back the others. A
//! comment every [`KEEP_ALIVE`] finds clients that went away.

use std::collections::VecDeque;
use std::io::Write;
use std::net::{Shutdown, TcpStream};
use std::sync::Mutex;
use std::time::Duration;

/// Where a page listens.
pub(super) const PATH: &str = "/__careguide/events";
/// Streams kept open at once.
pub(super) const MAX_CLIENTS: usize = 32;
/// How often an idle stream gets a comment.
pub(super) const KEEP_ALIVE: Duration = Duration::from_secs(15);
/// How soon a browser reconnects after the stream ends (milliseconds).
const RETRY_MS: u32 = 500;

pub(super) const CONTENT_TYPE: &str = "text/event-stream; charset=utf-8";

/// The pages listening, and the version they should be showing.
pub(super) struct Events {
    inner: Mutex<Inner>,
}

struct Inner {
    version: u64,
    clients: VecDeque<TcpStream>,
}

impl Events {
    pub(super) fn new(version: u64) -> Events {
        Events {
            inner: Mutex::new(Inner {
                version,
                clients: VecDeque::new(),
            }),
        }
    }

    /// Takes a page's connection (its response head is already sent) and
    /// tells it the current version at once: a build that finished while
    /// the page was loading reloads it.
    pub(super) fn subscribe(&self, stream: TcpStream) {
        if stream.set_nonblocking(true).is_err() {
            return;
        }
        let mut inner = self.inner.lock().expect("events lock");
        let hello = format!("retry: {RETRY_MS}\ndata: {}\n\n", inner.version);
        if !send(&stream, hello.as_bytes()) {
            return;
        }
        if inner.clients.len() >= MAX_CLIENTS
            && let Some(oldest) = inner.clients.pop_front()
        {
            let _ = oldest.shutdown(Shutdown::Both);
        }
        inner.clients.push_back(stream);
    }

    /// A new build: every page hears its version.
    pub(super) fn publish(&self, version: u64) {
        let mut inner = self.inner.lock().expect("events lock");
        inner.version = version;
        let message = format!("data: {version}\n\n");
        inner.clients.retain(|c| send(c, message.as_bytes()));
    }

    /// A comment to every page, which closes the streams of those gone.
    pub(super) fn keep_alive(&self) {
        let mut inner = self.inner.lock().expect("events lock");
        inner.clients.retain(|c| send(c, b": still here\n\n"));
    }

    /// Streams open now.
    #[cfg(test)]
    pub(super) fn clients(&self) -> usize {
        self.inner.lock().expect("events lock").clients.len()
    }
}

/// Writes all of `bytes` without waiting, or closes the stream.
fn send(mut stream: &TcpStream, bytes: &[u8]) -> bool {
    match stream.write(bytes) {
        Ok(n) if n == bytes.len() => true,
        _ => {
            let _ = stream.shutdown(Shutdown::Both);
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;
    use std::net::TcpListener;

    fn pair() -> (TcpStream, TcpStream) {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        let client = TcpStream::connect(l.local_addr().unwrap()).unwrap();
        let (server, _) = l.accept().unwrap();
        (client, server)
    }

    fn read_some(c: &mut TcpStream) -> String {
        c.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        let mut buf = [0u8; 256];
        let n = c.read(&mut buf).unwrap();
        String::from_utf8_lossy(&buf[..n]).into_owned()
    }

    #[test]
    fn a_page_hears_the_version_at_once_and_each_new_one() {
        let events = Events::new(3);
        let (mut client, server) = pair();
        events.subscribe(server);
        assert_eq!(read_some(&mut client), "retry: 500\ndata: 3\n\n");
        events.publish(4);
        assert_eq!(read_some(&mut client), "data: 4\n\n");
    }

    #[test]
    fn streams_are_bounded_and_the_oldest_goes_first() {
        let events = Events::new(1);
        let mut clients = Vec::new();
        for _ in 0..MAX_CLIENTS + 3 {
            let (mut client, server) = pair();
            events.subscribe(server);
            read_some(&mut client);
            clients.push(client);
        }
        assert_eq!(events.clients(), MAX_CLIENTS);
        // The first three were closed: they read the end of the stream.
        for c in &mut clients[..3] {
            assert_eq!(read_some(c), "");
        }
    }

    #[test]
    fn a_page_that_went_away_is_forgotten() {
        let events = Events::new(1);
        let (client, server) = pair();
        events.subscribe(server);
        drop(client);
        // The first write after the close may still be taken by the
        // kernel; the reset it causes fails the next.
        for _ in 0..3 {
            events.keep_alive();
            std::thread::sleep(Duration::from_millis(20));
        }
        assert_eq!(events.clients(), 0);
    }
}
