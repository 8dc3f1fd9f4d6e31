//! The command line: parses arguments with clap and hands over to the
//! library. Nothing else lives here.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use careguide::build::{BuildRequest, build};
use careguide::check::locale_qa::check_locale;
use careguide::diag::Diagnostic;
use careguide::project::Project;
use careguide::render::{Format, RenderOptions};
use careguide::source::Sources;
use careguide::translate;
use careguide::tui::{self, KioskOptions};

/// Read the Children's Social Care National Framework in words made for
/// children and young people.
///
/// With no command, careguide opens the guide in this terminal.
#[derive(Parser)]
#[command(name = "careguide", version, subcommand_negates_reqs = true)]
#[command(
    after_help = "Examples:\n  careguide                      read the guide here\n  careguide --edition easy-read  read the easy-read version\n  careguide kiosk                run as a public kiosk\n  careguide build --out dist     publish HTML, text, Markdown and JSON\n\nContains public sector information licensed under the Open Government Licence v3.0."
)]
struct Cli {
    /// Read content/ and locales/ from this folder (a working copy)
    /// instead of the ones built into careguide.
    #[arg(long, global = true, value_name = "DIR")]
    content: Option<PathBuf>,

    #[command(flatten)]
    browse: BrowseArgs,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Read the guide in this terminal (what careguide does with no command).
    Browse(BrowseArgs),
    /// Run as a public kiosk: resets when nobody is using it, and Ctrl-C,
    /// Ctrl-Z and q do not leave it. The operator stops it with SIGTERM or
    /// SIGUSR1, or with the keys in CAREGUIDE_OPERATOR_KEYS.
    Kiosk {
        #[command(flatten)]
        browse: BrowseArgs,
        /// Seconds without a key press before "Are you still there?".
        #[arg(long, value_name = "N", default_value_t = 120)]
        idle_seconds: u64,
    },
    /// Publish the editions as HTML, plain text, Markdown and JSON.
    Build(BuildArgs),
    /// Check the easy-read rules (and, more gently, the guide) in every
    /// language: each finding with its file, line and column.
    Check {
        /// Only this language (repeat for more).
        #[arg(long, value_name = "L")]
        lang: Vec<String>,
        /// Only this edition (repeat for more).
        #[arg(long, value_name = "E")]
        edition: Vec<String>,
        #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
        format: OutputFormat,
        /// Fail on warnings too.
        #[arg(long)]
        strict: bool,
        /// Also print the readability figures per page.
        #[arg(long)]
        readability: bool,
        /// Leave spelling out: it reads the system's dictionaries, which
        /// makes it the slowest check the first time it runs.
        #[arg(long)]
        no_spelling: bool,
    },
    /// Preview the HTML while you edit: rebuilds and reloads on every save,
    /// with the findings for each page shown on it.
    Serve {
        /// Port on 127.0.0.1 (0 picks a free one).
        #[arg(long, default_value_t = 8000)]
        port: u16,
        /// Open the preview in the web browser.
        #[arg(long)]
        open: bool,
    },
    /// Tools for translators: status, check, new, mark-current.
    #[command(subcommand)]
    Locale(LocaleCommand),
}

#[derive(Subcommand)]
enum LocaleCommand {
    /// A table of every language: how much is translated, what is missing,
    /// outdated or broken.
    Status {
        #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
        format: OutputFormat,
    },
    /// Check translations against the English: every finding with its
    /// file, line and column and what to do.
    Check {
        /// Languages to check (default: all).
        tags: Vec<String>,
        #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
        format: OutputFormat,
        /// Fail on warnings too.
        #[arg(long)]
        strict: bool,
    },
    /// Start a new language: every message, with its English as a comment.
    New {
        /// The language tag, e.g. ti or pt-BR.
        tag: String,
    },
    /// Record that a language is up to date with the current English, so
    /// later English changes show as outdated.
    MarkCurrent {
        /// The language tag.
        tag: String,
        /// Only this message (repeat for more): the others keep what was
        /// recorded for them.
        #[arg(long = "message", value_name = "ID")]
        messages: Vec<String>,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum OutputFormat {
    /// Readable reports with the marked line.
    Human,
    /// One JSON array of findings.
    Json,
    /// path:line:col: level[rule]: message, one a line.
    Line,
}

#[derive(Args, Clone, Default)]
struct BrowseArgs {
    /// Language to read in, e.g. en-GB (default: from LANG, else en-GB).
    #[arg(long, value_name = "L")]
    lang: Option<String>,
    /// Which version to read: guide or easy-read.
    #[arg(long, value_name = "E", default_value = "guide")]
    edition: String,
    /// Colours: default, high-contrast, light or mono.
    #[arg(long, value_name = "T", value_parser = ["default", "high-contrast", "light", "mono"])]
    theme: Option<String>,
    /// Plain numbered lines for screen readers, no drawing or redraws.
    #[arg(long)]
    screen_reader: bool,
    /// More space between lines and paragraphs.
    #[arg(long)]
    roomy: bool,
    /// Also offer languages that translate less of the edition than the
    /// threshold in content/publish.toml (for translators).
    #[arg(long)]
    include_incomplete: bool,
    /// Read aloud with this command instead of espeak-ng: it gets the text
    /// on standard input, and CAREGUIDE_SPEECH_LANG (a BCP 47 tag) and
    /// CAREGUIDE_SPEECH_VOICE in its environment.
    #[arg(long, value_name = "CMD")]
    speech_command: Option<String>,
}

#[derive(Args)]
struct BuildArgs {
    /// Folder to publish into.
    #[arg(long, value_name = "DIR", default_value = "dist")]
    out: PathBuf,
    /// Only this edition (repeat for more): guide, easy-read, framework.
    #[arg(long, value_name = "E")]
    edition: Vec<String>,
    /// Only this language (repeat for more), e.g. en-GB.
    #[arg(long, value_name = "L")]
    lang: Vec<String>,
    /// Only this format (repeat for more).
    #[arg(long, value_name = "F", value_enum)]
    format: Vec<Format>,
    /// Width to wrap plain text to.
    #[arg(long, value_name = "N", default_value_t = 72)]
    text_width: usize,
    /// Also publish languages that translate less than the threshold in
    /// content/publish.toml.
    #[arg(long)]
    include_incomplete: bool,
    /// Read aloud on the web: a play button and an Opus file beside every
    /// statement and the "Get help now" box (needs espeak-ng and opusenc).
    #[arg(long)]
    audio: bool,
    /// Where `--audio` keeps the audio it has made, so the next build makes
    /// only what changed [default: ~/.cache/careguide/audio, or
    /// $CAREGUIDE_AUDIO_CACHE].
    #[arg(long, value_name = "DIR", requires = "audio")]
    audio_cache: Option<PathBuf>,
    /// The address the web site (the html folder) is published at, such
    /// as https://example.org/careguide/: each page's links to its other
    /// languages (hreflang) become absolute, as search engines ask, and
    /// name the page itself and the front page (x-default).
    #[arg(long, value_name = "URL")]
    base_url: Option<String>,
}

fn main() -> ExitCode {
    careguide::stdio::install();
    let cli = Cli::parse();
    match run(cli) {
        Ok(status) => status,
        // The reader stopped reading: that is not a failure.
        Err(diags)
            if diags
                .iter()
                .any(|d| d.code == careguide::stdio::BROKEN_PIPE) =>
        {
            ExitCode::SUCCESS
        }
        Err(diags) => {
            print_diagnostics(&diags);
            ExitCode::FAILURE
        }
    }
}

/// What a command did: `Err` when it could not do it (its diagnostics are
/// printed), else the exit status (a check that found errors fails).
fn run(cli: Cli) -> Result<ExitCode, Vec<Diagnostic>> {
    let done = |()| ExitCode::SUCCESS;
    match cli.command {
        None => browse(&load(cli.content.as_deref())?, cli.browse, None).map(done),
        Some(Command::Browse(args)) => browse(&load(cli.content.as_deref())?, args, None).map(done),
        Some(Command::Kiosk {
            browse: args,
            idle_seconds,
        }) => browse(&load(cli.content.as_deref())?, args, Some(idle_seconds)).map(done),
        Some(Command::Build(args)) => {
            run_build(&load_for_editing(cli.content.as_deref())?, args).map(done)
        }
        Some(Command::Locale(cmd)) => run_locale(cli.content.as_deref(), cmd),
        Some(Command::Check {
            lang,
            edition,
            format,
            strict,
            readability,
            no_spelling,
        }) => run_check(
            &load_for_editing(cli.content.as_deref())?,
            (lang, edition),
            format,
            strict,
            readability,
            !no_spelling,
        ),
        Some(Command::Serve { port, open }) => {
            let root = writable_root(cli.content.as_deref())?;
            careguide::serve::serve(careguide::serve::ServeOptions { root, port, open })
                .map(done)
                .map_err(|d| vec![d])
        }
    }
}

/// The kiosk reads the content built into it unless told otherwise.
fn load(dir: Option<&Path>) -> Result<Project, Vec<Diagnostic>> {
    let sources = match dir {
        Some(d) => Sources::from_dir(d).map_err(|d| vec![d])?,
        None => Sources::embedded(),
    };
    Ok(Project::load(sources))
}

/// Editors' and translators' commands work on the working copy: the one
/// named by --content, else the current folder when it holds content/ and
/// locales/, else the built-in content.
fn load_for_editing(dir: Option<&Path>) -> Result<Project, Vec<Diagnostic>> {
    load(dir.or_else(|| working_copy_here().then_some(Path::new("."))))
}

fn working_copy_here() -> bool {
    Path::new("content").is_dir() && Path::new("locales").is_dir()
}

/// Where to write: commands that change files need a working copy.
fn writable_root(dir: Option<&Path>) -> Result<PathBuf, Vec<Diagnostic>> {
    match dir {
        Some(d) => Ok(d.to_path_buf()),
        None if working_copy_here() => Ok(PathBuf::from(".")),
        None => Err(vec![Diagnostic::error("there is no working copy here to change").with_help("run this in the project folder (the one with content/ and locales/), or pass --content DIR")]),
    }
}

fn run_locale(dir: Option<&Path>, cmd: LocaleCommand) -> Result<ExitCode, Vec<Diagnostic>> {
    let project = load_for_editing(dir)?;
    match cmd {
        LocaleCommand::Status { format } => {
            match format {
                OutputFormat::Json => {
                    careguide::say!("{}", to_json(&translate::status_rows(&project))?)
                }
                _ => careguide::stdio::out(&translate::status_table(&project)),
            }
            Ok(ExitCode::SUCCESS)
        }
        LocaleCommand::Check {
            tags,
            format,
            strict,
        } => {
            let locales = if tags.is_empty() {
                project.locales.list.iter().map(|l| l.tag.clone()).collect()
            } else {
                tags.iter()
                    .map(|t| project.parse_lang(t))
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(|d| vec![d])?
            };
            // Every language: also the folders that did not load.
            let mut findings = if tags.is_empty() {
                careguide::check::locale_qa::unloaded_locales(&project)
            } else {
                Vec::new()
            };
            for tag in &locales {
                if let Some(locale) = project.locales.get(tag) {
                    findings.extend(check_locale(&project, locale));
                }
            }
            report_findings(&project, &findings, format, strict)
        }
        LocaleCommand::New { tag } => {
            let root = writable_root(dir)?;
            let asked = tag;
            let tag = translate::new_locale_tag(&asked).map_err(|d| vec![d])?;
            if tag != asked {
                careguide::tell!("`{asked}` is written `{tag}`: the folder is locales/{tag}/.");
            }
            let files = translate::new_locale(&project, &tag).map_err(|d| vec![d])?;
            for (rel, contents) in &files {
                translate::write_atomic(&root.join(rel), contents.as_bytes())
                    .map_err(|e| vec![Diagnostic::error(format!("cannot write {rel}: {e}"))])?;
            }
            careguide::tell!(
                "Made locales/{tag}/ with {} files.\n\nNext:\n  1. In locales/{tag}/locale.toml, write the language's name in the language itself, its English name and its direction (ltr or rtl).\n  2. In each .ftl file, translate a message and remove the `# ` before its id.\n  3. Run `careguide locale check {tag}` to see what is left and anything to fix.\n  4. When the language is up to date with the English, run `careguide locale mark-current {tag}`: it records the English of every message, for `locale check` to show you later what changed.",
                files.len()
            );
            Ok(ExitCode::SUCCESS)
        }
        LocaleCommand::MarkCurrent { tag, messages } => {
            let root = writable_root(dir)?;
            let tag = project.parse_lang(&tag).map_err(|d| vec![d])?;
            let locale = project
                .locales
                .get(&tag)
                .ok_or_else(|| vec![Diagnostic::error("no such locale")])?;
            // A translation with errors is not "up to date": recording it
            // would hide what is wrong with it.
            let mut errors: Vec<Diagnostic> =
                careguide::check::locale_qa::check_locale(&project, locale)
                    .into_iter()
                    .filter(|d| d.severity == careguide::diag::Severity::Error)
                    .collect();
            if !errors.is_empty() {
                errors.push(
                    Diagnostic::error(format!("{tag} has errors, so nothing was recorded"))
                        .with_help(format!(
                            "fix them (`careguide locale check {tag}`), then run this again"
                        )),
                );
                return Err(errors);
            }
            let only = (!messages.is_empty()).then_some(messages.as_slice());
            let (rel, contents) =
                translate::mark_messages_current(&project, locale, only).map_err(|d| vec![d])?;
            translate::write_atomic(&root.join(&rel), contents.as_bytes())
                .map_err(|e| vec![Diagnostic::error(format!("cannot write {rel}: {e}"))])?;
            match only {
                Some(ids) => careguide::tell!(
                    "Recorded the current English of {} messages for {tag} in {rel}.",
                    ids.len()
                ),
                None => careguide::tell!("Recorded the current English for {tag} in {rel}."),
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn run_check(
    project: &Project,
    (langs, editions): (Vec<String>, Vec<String>),
    format: OutputFormat,
    strict: bool,
    readability: bool,
    spelling: bool,
) -> Result<ExitCode, Vec<Diagnostic>> {
    let locales = langs
        .iter()
        .map(|l| project.parse_lang(l).map(|t| t.to_string()))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|d| vec![d])?;
    let editions = editions
        .iter()
        .map(|e| project.parse_edition(e))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|d| vec![d])?;
    // Problems loading the files come first: nothing else can be trusted.
    let mut findings = project.diagnostics.clone();
    let opts = careguide::check::easy_read::CheckOptions { locales, editions };
    // What the build would refuse to publish, then the easy-read rules.
    findings.extend(careguide::check::publishing_errors(project, &opts));
    if spelling {
        findings.extend(careguide::check::editor_rules(project, &opts));
    } else {
        findings.extend(careguide::check::easy_read::check_project(project, &opts));
    }
    if readability {
        let mut rows = careguide::check::readability::readability(project);
        // The same --lang and --edition as the rules.
        rows.retain(|r| {
            (opts.locales.is_empty() || opts.locales.contains(&r.locale))
                && (opts.editions.is_empty() || opts.editions.contains(&r.edition))
        });
        match format {
            OutputFormat::Json => careguide::say!("{}", to_json(&rows)?),
            _ => careguide::stdio::out(&careguide::check::readability::readability_table(&rows)),
        }
    }
    report_findings(project, &findings, format, strict)
}

/// Prints findings in the chosen format; errors (or, with --strict, any
/// finding) make the command fail.
fn report_findings(
    project: &careguide::project::Project,
    findings: &[Diagnostic],
    format: OutputFormat,
    strict: bool,
) -> Result<ExitCode, Vec<Diagnostic>> {
    let (errors, warnings) = careguide::diag::count(findings);
    match format {
        OutputFormat::Json => {
            // Each finding with its edition, language and message id.
            let mut findings = findings.to_vec();
            let editions: Vec<&str> = project
                .content
                .editions
                .iter()
                .map(|e| e.id.as_str())
                .collect();
            let text = |label: &str| {
                project
                    .locales
                    .list
                    .iter()
                    .flat_map(|l| l.files.iter())
                    .find(|f| f.label == label)
                    .map(|f| f.text())
            };
            careguide::diag::fill_context(&mut findings, text, &editions);
            careguide::say!("{}", to_json(&findings)?)
        }
        OutputFormat::Line => findings
            .iter()
            .for_each(|d| careguide::say!("{}", line_format(d))),
        OutputFormat::Human => {
            let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            // "Not translated yet" can run to hundreds for a new language:
            // list the rest in full and sum these up per file.
            let (missing, rest): (Vec<&Diagnostic>, Vec<&Diagnostic>) =
                findings.iter().partition(|d| d.code == "missing");
            for d in rest {
                careguide::say!("{}\n", d.render(color));
            }
            let mut per_file: std::collections::BTreeMap<String, Vec<&Diagnostic>> =
                Default::default();
            for d in missing {
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
                careguide::say!(
                    "{file}:{first}: {} message(s) not translated yet (English is shown); the first is at line {first}\n",
                    ds.len()
                );
            }
            if findings.iter().any(|d| d.code == "missing") {
                careguide::say!("(`--format line` lists every untranslated message)");
            }
            careguide::say!("{errors} error(s), {warnings} warning(s)");
        }
    }
    // The exit status is returned, not forced (std::process::exit), so
    // everything printed is flushed and dropped as on any other way out.
    if errors > 0 || (strict && warnings > 0) {
        Ok(ExitCode::FAILURE)
    } else {
        Ok(ExitCode::SUCCESS)
    }
}

/// `value` as pretty JSON; a value that cannot be written is an error, not
/// an empty output a script would read as "nothing found".
fn to_json(value: &impl serde::Serialize) -> Result<String, Vec<Diagnostic>> {
    serde_json::to_string_pretty(value).map_err(|e| {
        vec![Diagnostic::error(format!(
            "cannot write the JSON output: {e}"
        ))]
    })
}

fn browse(project: &Project, args: BrowseArgs, idle: Option<u64>) -> Result<(), Vec<Diagnostic>> {
    let opts = KioskOptions {
        lang: args.lang,
        edition: args.edition,
        theme: args.theme,
        screen_reader: args.screen_reader,
        kiosk: idle.is_some(),
        idle_seconds: idle.unwrap_or(120),
        roomy: args.roomy,
        include_incomplete: args.include_incomplete,
        speech_command: args.speech_command,
    };
    tui::run(project, opts).map_err(|d| vec![d])
}

fn run_build(project: &Project, args: BuildArgs) -> Result<(), Vec<Diagnostic>> {
    let editions = args
        .edition
        .iter()
        .map(|e| project.parse_edition(e))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|d| vec![d])?;
    let langs = args
        .lang
        .iter()
        .map(|l| project.parse_lang(l))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|d| vec![d])?;
    let base_url = args
        .base_url
        .as_deref()
        .map(careguide::render::html::base_url)
        .transpose()
        .map_err(|e| vec![Diagnostic::error(format!("--base-url: {e}"))])?;
    let req = BuildRequest {
        out: args.out.clone(),
        editions,
        langs,
        formats: args.format,
        render: RenderOptions {
            text_width: args.text_width.max(20),
            audio: args.audio.then(|| {
                args.audio_cache.clone().unwrap_or_else(|| {
                    careguide::speech::cache::default_dir(&args.out.join(".careguide-audio-cache"))
                })
            }),
            base_url,
        },
        include_incomplete: args.include_incomplete,
    };
    let report = build(project, &req).map_err(|f| {
        print_diagnostics(&f.diagnostics);
        careguide::tell!("Nothing was published: {} is as it was.", req.out.display());
        Vec::new()
    })?;
    print_diagnostics(&report.warnings);
    print_diagnostics(&report.set_aside);
    careguide::tell!(
        "Built {} files ({} KB) into {}{}{}",
        report.files.len(),
        report.bytes.div_ceil(1024),
        args.out.display(),
        if report.warnings.is_empty() {
            String::new()
        } else {
            format!(", with {} warnings", report.warnings.len())
        },
        if report.set_aside.is_empty() {
            String::new()
        } else {
            ", setting aside the languages with errors".to_string()
        }
    );
    // A language set aside for its errors fails the build (its old files,
    // if any, are as they were).
    if !report.set_aside.is_empty() {
        return Err(Vec::new());
    }
    Ok(())
}

/// `path:line:col: level[rule]: message` (as rustc writes it, so editors'
/// error formats read it), for CI and editor plug-ins.
fn line_format(d: &Diagnostic) -> String {
    let message = d.message.lines().next().unwrap_or_default();
    match &d.location {
        Some(l) => format!(
            "{}:{}:{}: {}[{}]: {message}",
            l.file, l.line, l.col, d.severity, d.code
        ),
        None => format!("-:0:0: {}[{}]: {message}", d.severity, d.code),
    }
}

fn print_diagnostics(diags: &[Diagnostic]) {
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    for d in diags {
        careguide::tell!("{}\n", d.render(color));
    }
    let (errors, warnings) = careguide::diag::count(diags);
    if errors + warnings > 0 {
        careguide::tell!("{errors} error(s), {warnings} warning(s).");
    }
}
