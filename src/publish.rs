//! Publishing is all or nothing. A build writes the whole new output
//! into a folder beside the output folder (`.<name>.careguide-next`),
//! carries over what it did not rebuild (hard links, so no copy), and then
//! exchanges the two folders in one step (`renameat2` with
//! `RENAME_EXCHANGE`). A `kill -9` at any moment leaves the output folder
//! wholly as it was or wholly new; the next build removes what a killed
//! one left beside it. A lock file beside the output folder makes a
//! second build into the same folder refuse, saying why, instead of
//! deleting the first one's work.

use std::collections::BTreeSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// One build's hold on an output folder, from [`begin`] to [`Publication::commit`].
pub struct Publication {
    out: PathBuf,
    /// Where the new output is written.
    pub next: PathBuf,
    /// Where the output was moved to, when the exchange had to be two
    /// renames (a file system without RENAME_EXCHANGE).
    old: PathBuf,
    _lock: fs::File,
}

/// Why a build may not publish now.
#[derive(Debug)]
pub enum BeginError {
    /// Another build holds the lock on this output folder.
    Busy(PathBuf),
    Io(io::Error),
}

impl From<io::Error> for BeginError {
    fn from(e: io::Error) -> Self {
        BeginError::Io(e)
    }
}

/// Takes the output folder's lock, cleans up after a killed build, and
/// makes an empty folder for the new output.
pub fn begin(out: &Path) -> Result<Publication, BeginError> {
    let (parent, name) = beside(out)?;
    let lock_path = parent.join(format!(".{name}.careguide-lock"));
    let lock = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)?;
    if lock.try_lock().is_err() {
        return Err(BeginError::Busy(out.to_path_buf()));
    }
    let next = parent.join(format!(".{name}.careguide-next"));
    let old = parent.join(format!(".{name}.careguide-old"));
    // A build killed between the two renames of the fallback left the
    // output only under `old`: it is the previous output, put it back.
    if !out.exists() && old.exists() {
        fs::rename(&old, out)?;
    }
    for leftover in [&next, &old] {
        remove_any(leftover)?;
    }
    fs::create_dir_all(out)?;
    remove_old_style_leftovers(out)?;
    fs::create_dir_all(&next)?;
    Ok(Publication {
        out: out.to_path_buf(),
        next,
        old,
        _lock: lock,
    })
}

impl Publication {
    /// Publishes: everything of the old output that is not in `rebuilt`
    /// (units: a site folder or a file, see `build::unit_of`) is carried
    /// into the new one, then the two are exchanged.
    pub fn commit(self, rebuilt: &BTreeSet<String>, unit_of: fn(&str) -> String) -> io::Result<()> {
        carry_over(&self.out, &self.next, "", rebuilt, unit_of)?;
        exchange(&self.next, &self.out, &self.old)?;
        // `next` now holds the previous output.
        remove_any(&self.next)?;
        Ok(())
    }
}

impl Drop for Publication {
    /// A build that fails publishes nothing and leaves nothing beside.
    fn drop(&mut self) {
        let _ = remove_any(&self.next);
    }
}

/// The output folder's parent and name (an output folder of `.` or `dist/`
/// has them too, once made absolute).
fn beside(out: &Path) -> io::Result<(PathBuf, String)> {
    let abs = if out.is_absolute() {
        out.to_path_buf()
    } else {
        std::env::current_dir()?.join(out)
    };
    let abs = match fs::canonicalize(&abs) {
        Ok(p) => p,
        Err(_) => abs,
    };
    match (abs.parent(), abs.file_name()) {
        (Some(parent), Some(name)) => {
            fs::create_dir_all(parent)?;
            Ok((parent.to_path_buf(), name.to_string_lossy().into_owned()))
        }
        _ => Err(io::Error::other(
            "the output folder cannot be the root folder",
        )),
    }
}

/// Hard-links (or copies, across devices) every file of `from` whose unit
/// was not rebuilt into `to`.
fn carry_over(
    from: &Path,
    to: &Path,
    rel: &str,
    rebuilt: &BTreeSet<String>,
    unit_of: fn(&str) -> String,
) -> io::Result<()> {
    let dir = if rel.is_empty() {
        from.to_path_buf()
    } else {
        from.join(rel)
    };
    for entry in fs::read_dir(&dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let child = if rel.is_empty() {
            name
        } else {
            format!("{rel}/{name}")
        };
        if rebuilt.contains(&child) || to.join(&child).exists() && !entry.path().is_dir() {
            continue;
        }
        let kind = entry.file_type()?;
        if kind.is_dir() {
            fs::create_dir_all(to.join(&child))?;
            carry_over(from, to, &child, rebuilt, unit_of)?;
        } else if !rebuilt.contains(&unit_of(&child)) {
            let target = to.join(&child);
            if fs::hard_link(entry.path(), &target).is_err() {
                fs::copy(entry.path(), &target)?;
            }
        }
    }
    Ok(())
}

/// Swaps `next` and `out` in one step where the file system can, else by
/// two renames (`out` to `old`, then `next` to `out`; `begin` repairs a
/// kill between them).
fn exchange(next: &Path, out: &Path, old: &Path) -> io::Result<()> {
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{CWD, RenameFlags, renameat_with};
        match renameat_with(CWD, next, CWD, out, RenameFlags::EXCHANGE) {
            Ok(()) => return Ok(()),
            Err(rustix::io::Errno::INVAL | rustix::io::Errno::NOSYS) => {}
            Err(e) => return Err(e.into()),
        }
    }
    fs::rename(out, old)?;
    fs::rename(next, out)?;
    // Where `commit` looks for the previous output to remove.
    fs::rename(old, next)
}

/// Staging folders of builds before this scheme (inside the output).
fn remove_old_style_leftovers(out: &Path) -> io::Result<()> {
    for entry in fs::read_dir(out)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with(".careguide-staging-") || name.starts_with(".careguide-old-") {
            remove_any(&entry.path())?;
        }
    }
    Ok(())
}

fn remove_any(path: &Path) -> io::Result<()> {
    match fs::symlink_metadata(path) {
        Ok(m) if m.is_dir() => fs::remove_dir_all(path),
        Ok(_) => fs::remove_file(path),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(rel: &str) -> String {
        rel.splitn(3, '/').take(2).collect::<Vec<_>>().join("/")
    }

    #[test]
    fn a_second_build_into_the_same_folder_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("dist");
        let first = begin(&out).unwrap();
        assert!(matches!(begin(&out), Err(BeginError::Busy(_))));
        drop(first);
        assert!(begin(&out).is_ok());
    }

    #[test]
    fn what_is_not_rebuilt_is_carried_and_nothing_is_left_beside() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("dist");
        fs::create_dir_all(out.join("text/a")).unwrap();
        fs::create_dir_all(out.join("text/b")).unwrap();
        fs::write(out.join("text/a/x.txt"), "old a").unwrap();
        fs::write(out.join("text/a/gone.txt"), "old a").unwrap();
        fs::write(out.join("text/b/y.txt"), "old b").unwrap();
        let p = begin(&out).unwrap();
        fs::create_dir_all(p.next.join("text/a")).unwrap();
        fs::write(p.next.join("text/a/x.txt"), "new a").unwrap();
        p.commit(&BTreeSet::from(["text/a".to_string()]), unit)
            .unwrap();
        assert_eq!(
            fs::read_to_string(out.join("text/a/x.txt")).unwrap(),
            "new a"
        );
        assert!(!out.join("text/a/gone.txt").exists());
        assert_eq!(
            fs::read_to_string(out.join("text/b/y.txt")).unwrap(),
            "old b"
        );
        let beside: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n != "dist" && !n.ends_with("careguide-lock"))
            .collect();
        assert!(beside.is_empty(), "{beside:?}");
    }

    #[test]
    fn a_failed_build_publishes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("dist");
        fs::create_dir_all(&out).unwrap();
        fs::write(out.join("keep.txt"), "old").unwrap();
        let p = begin(&out).unwrap();
        fs::write(p.next.join("keep.txt"), "half").unwrap();
        drop(p);
        assert_eq!(fs::read_to_string(out.join("keep.txt")).unwrap(), "old");
        assert!(!dir.path().join(".dist.careguide-next").exists());
    }
}
