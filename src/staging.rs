//! The build's staging folder, written on a thread of its own: the disk
//! writes one page while the next is rendered. `build` publishes the
//! folder only once [`Staging::finish`] says everything reached it.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::thread::JoinHandle;

use crate::diag::Diagnostic;
use crate::render::Output;

/// What a build published: kept with the staging that writes it.
#[derive(Debug, Default)]
pub struct BuildReport {
    /// Relative paths of every file written, sorted.
    pub files: Vec<String>,
    pub bytes: u64,
    /// Warnings found along the way (errors stop the build).
    pub warnings: Vec<Diagnostic>,
    /// The errors of the languages set aside (nothing of theirs was
    /// published; the other languages were): the build still failed.
    pub set_aside: Vec<Diagnostic>,
}

/// How many files (or pieces of one) may wait for the disk: enough to keep
/// it busy, few enough that memory stays about one page's worth.
const QUEUE: usize = 8;

enum Job {
    File(PathBuf, Vec<u8>),
    Append(PathBuf, Vec<u8>),
    /// A hard link to a file that is never changed in place (a cached
    /// clip), or a copy where the folders are on different disks.
    Link(PathBuf, PathBuf),
}

/// Files into the staging folder, counted in the build's report.
pub(crate) struct Staging<'a> {
    report: &'a mut BuildReport,
    writer: Option<(SyncSender<Job>, JoinHandle<io::Result<()>>)>,
}

impl<'a> Staging<'a> {
    pub(crate) fn new(dir: &Path, report: &'a mut BuildReport) -> Staging<'a> {
        let (tx, rx) = sync_channel(QUEUE);
        let dir = dir.to_path_buf();
        let handle = std::thread::spawn(move || write_jobs(&dir, rx));
        Staging {
            report,
            writer: Some((tx, handle)),
        }
    }

    /// Waits until every file is on disk; the first error writing any of
    /// them, if there was one.
    pub(crate) fn finish(mut self) -> io::Result<()> {
        self.stop()
    }

    fn stop(&mut self) -> io::Result<()> {
        match self.writer.take() {
            Some((tx, handle)) => {
                drop(tx);
                handle
                    .join()
                    .unwrap_or_else(|_| Err(io::Error::other("the file writer stopped")))
            }
            None => Ok(()),
        }
    }

    fn send(&mut self, job: Job) -> io::Result<()> {
        let Some((tx, _)) = &self.writer else {
            return Err(io::Error::other("writing stopped after an earlier error"));
        };
        if tx.send(job).is_ok() {
            return Ok(());
        }
        // The writer has stopped: its error says why.
        Err(self
            .stop()
            .err()
            .unwrap_or_else(|| io::Error::other("the file writer stopped")))
    }
}

impl Drop for Staging<'_> {
    /// Never leaves the writer running into a folder about to be removed.
    fn drop(&mut self) {
        let _ = self.stop();
    }
}

impl Output for Staging<'_> {
    fn file(&mut self, rel: &str, bytes: Vec<u8>) -> io::Result<()> {
        self.report.bytes += bytes.len() as u64;
        self.send(Job::File(rel.into(), bytes))?;
        self.report.files.push(rel.to_string());
        Ok(())
    }

    fn append(&mut self, rel: &str, bytes: Vec<u8>) -> io::Result<()> {
        self.report.bytes += bytes.len() as u64;
        self.send(Job::Append(rel.into(), bytes))?;
        Ok(())
    }

    fn link(&mut self, rel: &str, from: &Path) -> io::Result<()> {
        self.report.bytes += fs::metadata(from)?.len();
        self.send(Job::Link(rel.into(), from.to_path_buf()))?;
        self.report.files.push(rel.to_string());
        Ok(())
    }
}

/// The writer thread: each job in order, until the first error. A file
/// written in pieces stays open between them.
fn write_jobs(dir: &Path, jobs: Receiver<Job>) -> io::Result<()> {
    let mut open: Option<(PathBuf, File)> = None;
    for job in jobs {
        match job {
            Job::File(rel, bytes) => {
                let path = dir.join(rel);
                if let Some(parent) = path.parent() {
                    fs::create_dir_all(parent)?;
                }
                if open.as_ref().is_some_and(|(p, _)| *p == path) {
                    open = None;
                }
                fs::write(&path, bytes)?;
            }
            Job::Link(rel, from) => {
                let path = dir.join(rel);
                if let Some(parent) = path.parent() {
                    fs::create_dir_all(parent)?;
                }
                if open.as_ref().is_some_and(|(p, _)| *p == path) {
                    open = None;
                }
                let _ = fs::remove_file(&path);
                if fs::hard_link(&from, &path).is_err() {
                    fs::copy(&from, &path)?;
                }
            }
            Job::Append(rel, bytes) => {
                let path = dir.join(rel);
                let file = match &mut open {
                    Some((p, f)) if *p == path => f,
                    _ => {
                        let f = OpenOptions::new().append(true).open(&path)?;
                        &mut open.insert((path, f)).1
                    }
                };
                file.write_all(&bytes)?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_and_pieces_reach_the_folder_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let mut report = BuildReport::default();
        let mut s = Staging::new(dir.path(), &mut report);
        s.file("site/print.html", b"<head>".to_vec()).unwrap();
        s.file("site/a.html", b"a".to_vec()).unwrap();
        for piece in ["1", "2", "3"] {
            s.append("site/print.html", piece.into()).unwrap();
        }
        s.finish().unwrap();
        let read = |p: &str| fs::read_to_string(dir.path().join(p)).unwrap();
        assert_eq!(read("site/print.html"), "<head>123");
        assert_eq!(read("site/a.html"), "a");
        assert_eq!(report.files, ["site/print.html", "site/a.html"]);
        assert_eq!(report.bytes, 10);
    }

    #[test]
    fn a_failed_write_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let mut report = BuildReport::default();
        let mut s = Staging::new(dir.path(), &mut report);
        s.file("a", b"x".to_vec()).unwrap();
        // "a" is a file, so no folder "a" can hold "b".
        let _ = s.file("a/b", b"y".to_vec());
        assert!(s.finish().is_err());

        let mut s = Staging::new(dir.path(), &mut report);
        let _ = s.append("never-begun.html", b"z".to_vec());
        assert!(s.finish().is_err());
    }
}
