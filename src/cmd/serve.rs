//! `careguide serve`: the editors' live preview of a working copy.

use std::path::Path;
use std::process::ExitCode;

use clap::Args;

use careguide::serve::{ServeOptions, serve};

use super::{Outcome, writable_root};

#[derive(Args)]
pub(crate) struct ServeArgs {
    /// Port on 127.0.0.1 (0 picks a free one).
    #[arg(long, default_value_t = 8000)]
    port: u16,
    /// Open the preview in the web browser.
    #[arg(long)]
    open: bool,
}

pub(crate) fn execute(content: Option<&Path>, args: ServeArgs) -> Outcome {
    let root = writable_root(content)?;
    serve(ServeOptions {
        root,
        port: args.port,
        open: args.open,
    })
    .map_err(|d| vec![d])?;
    Ok(ExitCode::SUCCESS)
}
