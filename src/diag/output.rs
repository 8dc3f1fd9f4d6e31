//! The one way findings are printed: for people (the marked line, then the
//! counts), for tools as one line each (as rustc writes them, so editors'
//! error formats read them) or as one JSON array. `check`, `locale check`
//! and the errors that stop any command all print here.

use std::io::IsTerminal;

use super::{Diagnostic, count};

/// How findings are printed (`--format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Readable reports with the marked line.
    Human,
    /// One JSON array of findings.
    Json,
    /// `path:line:col: level[rule]: message`, one a line.
    Line,
}

impl Diagnostic {
    /// `path:line:col: level[rule]: message` (the message's first line;
    /// `-:0:0` for a finding with no place), for CI and editor plug-ins.
    pub fn line(&self) -> String {
        let message = self.message.lines().next().unwrap_or_default();
        match &self.location {
            Some(l) => format!(
                "{}:{}:{}: {}[{}]: {message}",
                l.file, l.line, l.col, self.severity, self.code
            ),
            None => format!("-:0:0: {}[{}]: {message}", self.severity, self.code),
        }
    }
}

/// Prints `findings` on standard output in `format`. For JSON, the caller
/// fills in what each finding belongs to first ([`super::fill_context`]);
/// a value that cannot be written is an error, not an empty output a
/// script would read as "nothing found".
pub fn print(findings: &[Diagnostic], format: Format) -> Result<(), Diagnostic> {
    match format {
        Format::Json => {
            let json = serde_json::to_string_pretty(findings)
                .map_err(|e| Diagnostic::error(format!("cannot write the JSON output: {e}")))?;
            crate::say!("{json}");
        }
        Format::Line => findings.iter().for_each(|d| crate::say!("{}", d.line())),
        Format::Human => human(findings),
    }
    Ok(())
}

/// `value` as a command prints JSON (pretty); a value that cannot be
/// written is an error, not an empty output a script would read as
/// "nothing found".
pub fn to_json(value: &impl serde::Serialize) -> Result<String, Diagnostic> {
    serde_json::to_string_pretty(value)
        .map_err(|e| Diagnostic::error(format!("cannot write the JSON output: {e}")))
}

/// Whether the stream a report goes to shows colour.
fn colour(terminal: bool) -> bool {
    terminal && std::env::var_os("NO_COLOR").is_none()
}

fn human(findings: &[Diagnostic]) {
    let color = colour(std::io::stdout().is_terminal());
    // "Not translated yet" (`locale check`'s `missing`) can run to
    // hundreds for a new language: list the rest in full and sum these up
    // per file.
    let (missing, rest): (Vec<&Diagnostic>, Vec<&Diagnostic>) =
        findings.iter().partition(|d| d.code == "missing");
    for d in rest {
        crate::say!("{}\n", d.render(color));
    }
    let mut per_file: std::collections::BTreeMap<String, Vec<&Diagnostic>> = Default::default();
    for d in &missing {
        per_file
            .entry(
                d.location
                    .as_ref()
                    .map(|l| l.file.clone())
                    .unwrap_or_default(),
            )
            .or_default()
            .push(d);
    }
    for (file, ds) in per_file {
        let first = ds
            .first()
            .and_then(|d| d.location.as_ref())
            .map_or(1, |l| l.line);
        crate::say!(
            "{file}:{first}: {} message(s) not translated yet (English is shown); the first is at line {first}\n",
            ds.len()
        );
    }
    if !missing.is_empty() {
        crate::say!("(`--format line` lists every untranslated message)");
    }
    let (errors, warnings) = count(findings);
    crate::say!("{errors} error(s), {warnings} warning(s)");
}

/// Prints what stopped a command on standard error, for people: each
/// report, then the counts when there are any.
pub fn tell(diags: &[Diagnostic]) {
    let color = colour(std::io::stderr().is_terminal());
    for d in diags {
        crate::tell!("{}\n", d.render(color));
    }
    let (errors, warnings) = count(diags);
    if errors + warnings > 0 {
        crate::tell!("{errors} error(s), {warnings} warning(s).");
    }
}
