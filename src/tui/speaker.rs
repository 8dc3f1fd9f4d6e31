//! The kiosk's voice: the one part that starts and stops the program
//! that speaks. The state only asks ([`super::speak::Speech`]); this runs
//! the player on a thread of its own, so a slow or stuck player never
//! holds up a key, and stops it by killing its whole process group, so a
//! shell's children (`--speech-command 'a | b'`) stop with it.
//!
//! The player is espeak-ng (a separate program: it is GPL-3.0), or the
//! command given with `--speech-command`, run by `sh -c` with the text on
//! its standard input and `CAREGUIDE_SPEECH_LANG` (the BCP 47 tag) and
//! `CAREGUIDE_SPEECH_VOICE` in its environment.

use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicI32, AtomicU64, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use super::speak::Utterance;
use crate::speech::engine::espeak_program;

/// The program `name` names: a path to an executable file, or the first
/// executable `name` in a folder of the PATH.
fn find_program(name: &str) -> Option<PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    let runnable = |p: &Path| {
        p.metadata()
            .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    };
    if name.contains('/') {
        let p = PathBuf::from(name);
        return runnable(&p).then_some(p);
    }
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join(name))
        .find(|p| runnable(p))
}

/// The environment variables a `--speech-command` reads.
pub const LANG_ENV: &str = "CAREGUIDE_SPEECH_LANG";
pub const VOICE_ENV: &str = "CAREGUIDE_SPEECH_VOICE";

/// The process group speaking now (0: none). A static, so the way out of
/// the program (a signal, a panic, the watchdog) can silence it too.
static GROUP: AtomicI32 = AtomicI32::new(0);

/// Kills the process group speaking now, at once, from any thread. One
/// system call: safe to call from the UI thread on every key.
pub fn silence() {
    let pgid = GROUP.swap(0, Ordering::SeqCst);
    if pgid > 0 {
        kill_group(pgid);
    }
}

/// kill(2) of a whole process group (the player and what it started).
fn kill_group(pgid: i32) {
    if let Some(pid) = rustix::process::Pid::from_raw(pgid) {
        let _ = rustix::process::kill_process_group(pid, rustix::process::Signal::KILL);
    }
}

/// What speaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Player {
    /// espeak-ng (its path), to the default audio device.
    Espeak(PathBuf),
    /// A shell command with the text on its standard input.
    Command(String),
}

impl Player {
    /// `--speech-command` if given, else espeak-ng if installed. The
    /// engine is looked for on the PATH, not run: even `espeak-ng
    /// --version` starts the sound system, which writes its settings into
    /// the home folder, and the kiosk writes nothing until asked to speak.
    pub fn choose(command: Option<&str>) -> Option<Player> {
        match command.filter(|c| !c.trim().is_empty()) {
            Some(c) => Some(Player::Command(c.to_string())),
            None => find_program(&espeak_program()).map(Player::Espeak),
        }
    }

    fn command(&self, u: &Utterance) -> Command {
        let mut cmd = match self {
            Player::Espeak(program) => {
                let mut c = Command::new(program);
                c.args(["-v", u.voice.as_deref().unwrap_or(&u.lang), "--stdin"]);
                c
            }
            Player::Command(line) => {
                let mut c = Command::new("sh");
                c.args(["-c", line]);
                c
            }
        };
        cmd.env(LANG_ENV, &u.lang)
            .env(VOICE_ENV, u.voice.as_deref().unwrap_or(""))
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            // A group of its own, so stopping kills everything it started,
            // and the terminal's Ctrl-C never reaches it.
            .process_group(0);
        cmd
    }
}

enum Order {
    Say(u64, Utterance),
    Stop,
}

/// Speaks on its own thread. [`Speaker::say`] and [`Speaker::stop`]
/// return at once.
pub struct Speaker {
    orders: mpsc::Sender<Order>,
    /// The number of the last utterance asked for...
    asked: u64,
    /// ... and of the last one that has ended (finished, stopped or failed
    /// to start).
    done: Arc<AtomicU64>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Speaker {
    pub fn new(player: Player) -> Speaker {
        let (orders, rx) = mpsc::channel();
        let done = Arc::new(AtomicU64::new(0));
        let thread = {
            let done = Arc::clone(&done);
            std::thread::spawn(move || work(&player, &rx, &done))
        };
        Speaker {
            orders,
            asked: 0,
            done,
            thread: Some(thread),
        }
    }

    /// Stops what is being said and starts saying `u`.
    pub fn say(&mut self, u: Utterance) {
        silence();
        self.asked += 1;
        let _ = self.orders.send(Order::Say(self.asked, u));
    }

    /// Stops speaking at once.
    pub fn stop(&self) {
        silence();
        let _ = self.orders.send(Order::Stop);
    }

    /// Whether something is still being said.
    pub fn busy(&self) -> bool {
        self.done.load(Ordering::SeqCst) < self.asked
    }
}

impl Drop for Speaker {
    fn drop(&mut self) {
        self.stop();
        // The thread ends when the channel closes.
        let (tx, _) = mpsc::channel();
        drop(std::mem::replace(&mut self.orders, tx));
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// How often the thread looks whether the player has finished.
const REAP: Duration = Duration::from_millis(30);

fn work(player: &Player, orders: &mpsc::Receiver<Order>, done: &AtomicU64) {
    let mut current: Option<(u64, Child)> = None;
    let end = |current: &mut Option<(u64, Child)>| {
        if let Some((n, mut child)) = current.take() {
            let pgid = child.id() as i32;
            // Only if it is still the one speaking (silence() may have
            // killed it already).
            let _ = GROUP.compare_exchange(pgid, 0, Ordering::SeqCst, Ordering::SeqCst);
            kill_group(pgid);
            let _ = child.wait();
            done.fetch_max(n, Ordering::SeqCst);
        }
    };
    loop {
        match orders.recv_timeout(REAP) {
            Ok(Order::Say(n, u)) => {
                end(&mut current);
                match player.command(&u).spawn() {
                    Ok(mut child) => {
                        GROUP.store(child.id() as i32, Ordering::SeqCst);
                        // The text is short; a player that does not read
                        // it cannot hold this thread up for long, and one
                        // that exits early is not an error.
                        let text = u.text.clone();
                        let stdin = child.stdin.take();
                        std::thread::spawn(move || {
                            if let Some(stdin) = stdin {
                                let _ = write_to(stdin, &text);
                            }
                        });
                        current = Some((n, child));
                    }
                    Err(_) => {
                        done.fetch_max(n, Ordering::SeqCst);
                    }
                }
            }
            Ok(Order::Stop) => end(&mut current),
            Err(mpsc::RecvTimeoutError::Timeout) => {
                if let Some((n, child)) = current.as_mut()
                    && !matches!(child.try_wait(), Ok(None))
                {
                    let n = *n;
                    let _ = GROUP.compare_exchange(
                        child.id() as i32,
                        0,
                        Ordering::SeqCst,
                        Ordering::SeqCst,
                    );
                    current = None;
                    done.fetch_max(n, Ordering::SeqCst);
                }
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                end(&mut current);
                return;
            }
        }
    }
}

/// Writes the text and closes the pipe, so the player knows it has
/// ended. A player that exits early (stopped) closes its end: not an error.
fn write_to(mut stdin: std::process::ChildStdin, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    match stdin.write_all(text.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e),
        _ => Ok(()),
    }
}
