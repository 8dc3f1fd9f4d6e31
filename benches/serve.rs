//! Save to updated page in `careguide serve` (issue 12), as an editor
//! meets it: the file is written, the open page's event stream hears the
//! new build, and the page fetched then has the change.
//!
//! `cargo bench --bench serve` builds nothing itself: it runs the release
//! binary (`cargo build --release` first) on a copy of the shipped project
//! and saves 20 times into a translation (`locales/cy/guide.ftl`, which
//! rebuilds that language only) and 20 times into the English
//! (`locales/en-GB/guide.ftl`, which rebuilds everything: the baseline,
//! what every save cost before). `-- N` sets the number of saves.
//!
//! Budget: median under 300 ms for a translator's save.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[allow(dead_code)] // each bench uses part of it
mod support;
use support::ms;

fn main() {
    let saves: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(20);
    let exe = support::release_binary();
    let work = support::project_copy(&support::project_root());
    let mut child = Command::new(&exe)
        .arg("--content")
        .arg(work.path())
        .args(["serve", "--port", "0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("careguide serve starts");
    let mut line = String::new();
    BufReader::new(child.stdout.as_mut().unwrap())
        .read_line(&mut line)
        .unwrap();
    let port: u16 = line
        .split("127.0.0.1:")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("no port in {line:?}"));
    let mut events = listen(port);
    next_version(&mut events);

    let mut times: Vec<(&str, Vec<Duration>)> = vec![("cy", vec![]), ("en-GB", vec![])];
    for n in 0..saves * 2 {
        let (lang, list) = &mut times[n % 2];
        let file = work.path().join(format!("locales/{lang}/guide.ftl"));
        let text = std::fs::read_to_string(&file).unwrap();
        let marker = format!("Save{n}x");
        let edited = text.replacen(
            "guide-about-title = ",
            &format!("guide-about-title = {marker} "),
            1,
        );
        assert_ne!(text, edited, "{lang} has guide-about-title");
        let start = Instant::now();
        std::fs::write(&file, edited).unwrap();
        next_version(&mut events);
        let page = get(port, &format!("/{lang}/guide/about.html"));
        list.push(start.elapsed());
        assert!(page.contains(&marker), "the page has the save");
        // Let the watcher's burst settle before the next save.
        std::thread::sleep(Duration::from_millis(150));
    }
    let _ = child.kill();
    let _ = child.wait();

    let median = |v: &mut Vec<Duration>| {
        v.sort();
        v[v.len() / 2]
    };
    let (mut cy, mut en) = (times[0].1.clone(), times[1].1.clone());
    let (m_cy, m_en) = (median(&mut cy), median(&mut en));
    println!("saves: {saves} each, save -> event -> page fetched");
    for (name, v, m) in [
        ("cy (one language)", &cy, m_cy),
        ("en-GB (everything)", &en, m_en),
    ] {
        println!(
            "{name:20} median {:7.1} ms   min {:7.1}   max {:7.1}",
            ms(m),
            ms(v[0]),
            ms(v[v.len() - 1])
        );
    }
    println!(
        "ratio cy/en-GB: {:.2}x   budget: cy median <= 300 ms ({})",
        ms(m_cy) / ms(m_en),
        if m_cy <= Duration::from_millis(300) {
            "met"
        } else {
            "NOT met"
        }
    );
}

fn listen(port: u16) -> BufReader<TcpStream> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(120))).unwrap();
    write!(
        s,
        "GET /__careguide/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"
    )
    .unwrap();
    BufReader::new(s)
}

fn next_version(r: &mut BufReader<TcpStream>) -> u64 {
    loop {
        let mut line = String::new();
        assert!(r.read_line(&mut line).unwrap() > 0, "the stream ended");
        if let Some(v) = line.strip_prefix("data: ") {
            return v.trim().parse().unwrap();
        }
    }
}

fn get(port: u16, path: &str) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(s, "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n").unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    out
}
