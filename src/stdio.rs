//! Writing to standard output and standard error. A reader that stops
//! reading (`careguide locale check | head -1`) is not a failure: as
//! ripgrep does, a broken pipe on either stream ends the program quietly
//! with success. Any other write error is ignored, since there is nowhere
//! left to report it.
//!
//! Every command's output goes through [`out`] and [`err`] (or the
//! [`say!`](crate::say) and [`tell!`](crate::tell) macros); [`install`]
//! also turns the standard library's "failed printing to stdout" panic
//! into the same quiet exit, for any `println!` that is left.

use std::io::{self, Write};

/// Writes `text` to standard output.
pub fn out(text: &str) {
    let mut stdout = io::stdout().lock();
    finish(
        stdout
            .write_all(text.as_bytes())
            .and_then(|()| stdout.flush()),
    );
}

/// Writes `text` to standard error.
pub fn err(text: &str) {
    let mut stderr = io::stderr().lock();
    finish(
        stderr
            .write_all(text.as_bytes())
            .and_then(|()| stderr.flush()),
    );
}

/// Ends the program quietly if `result` is a broken pipe.
pub fn finish(result: io::Result<()>) {
    if let Err(e) = result
        && is_broken_pipe(&e)
    {
        std::process::exit(0);
    }
}

/// The code of a diagnostic made from a broken pipe (the kiosk's output
/// closed): `main` ends quietly with success on it.
pub const BROKEN_PIPE: &str = "broken-pipe";

pub fn is_broken_pipe(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::BrokenPipe
}

/// Makes a panic from a `print!` or `eprint!` on a closed pipe end the
/// program quietly with success, as [`out`] and [`err`] do. Other panics
/// are reported as before.
pub fn install() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let message = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or_default();
        if message.starts_with("failed printing to std") && message.contains("Broken pipe") {
            std::process::exit(0);
        }
        default(info);
    }));
}

/// `println!` to standard output through [`out`].
#[macro_export]
macro_rules! say {
    ($($arg:tt)*) => {
        $crate::stdio::out(&format!("{}\n", format_args!($($arg)*)))
    };
}

/// `eprintln!` to standard error through [`err`].
#[macro_export]
macro_rules! tell {
    ($($arg:tt)*) => {
        $crate::stdio::err(&format!("{}\n", format_args!($($arg)*)))
    };
}
