//! `careguide build`: resolve every requested edition in every requested
//! locale, render each format, and publish all or nothing. Each file is
//! written to the new output folder beside the old one as it is rendered;
//! only when all of it is written is the old output's remainder carried
//! over and the two folders exchanged in one step (`crate::publish`). A
//! failed, killed or concurrent build leaves the previous output as it was.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use unic_langid::LanguageIdentifier;

use crate::check::readability::ReadabilityRow;
use crate::diag::Diagnostic;
use crate::project::{Availability, Outline, Project};
use crate::render::{Format, Output, RenderOptions, SiteEntry, Under, html};
pub use crate::staging::BuildReport;
use crate::staging::Staging;

#[derive(Debug, Clone)]
pub struct BuildRequest {
    pub out: PathBuf,
    /// Edition ids; empty means all.
    pub editions: Vec<String>,
    /// Locales; empty means all.
    pub langs: Vec<LanguageIdentifier>,
    /// Formats; empty means all.
    pub formats: Vec<Format>,
    pub render: RenderOptions,
    /// Publish editions below the translation threshold too.
    pub include_incomplete: bool,
}

/// Why nothing was published.
#[derive(Debug)]
pub struct BuildFailure {
    pub diagnostics: Vec<Diagnostic>,
}

impl From<Diagnostic> for BuildFailure {
    fn from(d: Diagnostic) -> Self {
        BuildFailure {
            diagnostics: vec![d],
        }
    }
}

/// Renders everything asked for into memory: relative path -> bytes.
/// (Tests and the live preview use this; `build` streams to disk.)
/// Rendered files by relative path.
pub type Files = BTreeMap<String, Vec<u8>>;

pub fn render_all(
    project: &Project,
    req: &BuildRequest,
) -> Result<(Files, Vec<Diagnostic>), BuildFailure> {
    let site = render_site(project, req)?;
    Ok((site.files, site.warnings))
}

/// What [`render_site`] made.
pub struct Rendered {
    pub files: Files,
    pub warnings: Vec<Diagnostic>,
    /// The front page's entry for each HTML document rendered, in the
    /// order the front page lists them: the live preview keeps them to
    /// write the front page again when it rebuilds only one language.
    pub front_page: Vec<SiteEntry>,
    /// The readability figures of the languages rendered, for the same
    /// reason: with [`render_languages`], `readability.html` is left to
    /// the caller, who has every language's rows.
    pub readability: Vec<ReadabilityRow>,
}

/// Which languages the readability report covers.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Report {
    /// Every language, written as `readability.html`, whatever was asked.
    Whole,
    /// Only the languages asked for, returned and not written.
    Asked,
}

/// [`render_all`], with the front page's entries.
pub fn render_site(project: &Project, req: &BuildRequest) -> Result<Rendered, BuildFailure> {
    render_with(project, req, Report::Whole)
}

/// [`render_site`] for the live preview's one-language rebuild: the
/// readability figures of `req.langs` only (counting every language again
/// took half the time of a save), and no `readability.html`.
pub fn render_languages(project: &Project, req: &BuildRequest) -> Result<Rendered, BuildFailure> {
    render_with(project, req, Report::Asked)
}

fn render_with(
    project: &Project,
    req: &BuildRequest,
    report: Report,
) -> Result<Rendered, BuildFailure> {
    let mut files = BTreeMap::new();
    let mut extras = Extras::default();
    let warnings = run_pipeline(project, req, &mut files, &mut extras, report)?;
    Ok(Rendered {
        files,
        warnings,
        front_page: extras.front_page,
        readability: extras.readability,
    })
}

/// What a render makes beside the files.
#[derive(Default)]
struct Extras {
    front_page: Vec<SiteEntry>,
    readability: Vec<ReadabilityRow>,
}

/// Resolves and renders every (format, locale, edition) asked for, handing
/// each output file to `sink` as soon as it is rendered, so only one
/// document (for HTML, one page of it) is in memory at a time. Returns the
/// warnings.
fn run_pipeline(
    project: &Project,
    req: &BuildRequest,
    sink: &mut dyn Output,
    extras: &mut Extras,
    report: Report,
) -> Result<Vec<Diagnostic>, BuildFailure> {
    // The problems of the languages asked for, and of everything else.
    let mut diags: Vec<Diagnostic> = project
        .diagnostics
        .iter()
        .filter(|d| {
            crate::check::locale_qa::language_of(d).is_none_or(|tag| {
                req.langs.is_empty() || req.langs.iter().any(|l| l.to_string() == tag)
            })
        })
        .cloned()
        .collect();
    fail_on_errors(&diags)?;
    let editions: Vec<String> = if req.editions.is_empty() {
        project
            .content
            .editions
            .iter()
            .map(|e| e.id.clone())
            .collect()
    } else {
        req.editions.clone()
    };
    let langs: Vec<LanguageIdentifier> = if req.langs.is_empty() {
        project.locales.list.iter().map(|l| l.tag.clone()).collect()
    } else {
        req.langs.clone()
    };
    let formats: Vec<Format> = if req.formats.is_empty() {
        Format::ALL.to_vec()
    } else {
        dedup(&req.formats)
    };
    let write_error = |e: io::Error| {
        BuildFailure::from(
            Diagnostic::error(format!("cannot write to {}: {e}", req.out.display()))
                .with_help("check there is space on the disk and that you may write to the folder"),
        )
    };

    // `--audio`: what is needed is checked before anything is rendered.
    let audio = match &req.render.audio {
        Some(dir) if formats.contains(&Format::Html) => Some((
            dir.clone(),
            crate::speech::cache::Versions::installed().map_err(|what| {
                BuildFailure::from(
                    Diagnostic::error(format!("build --audio needs speech: {what}"))
                        .with_code("no-speech")
                        .with_help(crate::speech::engine::INSTALL_HELP),
                )
            })?,
        )),
        _ => None,
    };
    // Every clip the pages point at: (language folder, clip).
    let mut clips: Vec<(String, crate::speech::cache::Clip)> = Vec::new();

    for &format in &formats {
        let mut index = Vec::new();
        for lang in &langs {
            for edition in &editions {
                if let Availability::Incomplete(percent) = project.availability(lang, edition)
                    && !req.include_incomplete
                {
                    {
                        if format == formats[0] {
                            diags.push(
                                Diagnostic::warning(format!("{edition} is not published in {lang}: {percent:.0}% translated, {}% needed", project.content.publish.threshold))
                                    .with_code("not-published")
                                    .with_help(format!("translate more (see `careguide locale check {lang}`), or build with --include-incomplete")),
                            );
                        }
                        continue;
                    }
                }
                let unresolved = || {
                    project.parse_edition(edition).err().unwrap_or_else(|| {
                        Diagnostic::error(format!("edition `{edition}` could not be resolved"))
                    })
                };
                let mut out = Under {
                    prefix: format!("{}/{}/", format.dir(), lang),
                    output: &mut *sink,
                };
                if format == Format::Html {
                    let mut outline = project
                        .outline(edition, lang, format.keep(), &mut diags)
                        .ok_or_else(unresolved)?;
                    outline.doc.base_url.clone_from(&req.render.base_url);
                    if let Some((_, versions)) = &audio {
                        outline.doc.audio =
                            crate::document::aloud::AudioPlan::for_doc(&outline.doc, versions);
                    }
                    let mut page_clips = Vec::new();
                    write_site(&outline, &mut diags, &mut out, &mut page_clips)
                        .map_err(write_error)?;
                    clips.extend(page_clips.into_iter().map(|c| (lang.to_string(), c)));
                    // Stop at the first broken document.
                    fail_on_errors(&diags)?;
                    index.push(SiteEntry::of(&outline.doc));
                    continue;
                }
                let doc = project
                    .document(edition, lang, format.keep(), &mut diags)
                    .ok_or_else(unresolved)?;
                // Stop at the first broken document rather than render
                // pages that will not be published.
                fail_on_errors(&diags)?;
                for file in format.render(&doc, &req.render) {
                    out.file(&file.path, file.bytes).map_err(write_error)?;
                }
            }
        }
        if format == Format::Html
            && let Some((dir, versions)) = &audio
        {
            write_audio(dir, versions, &clips, sink).map_err(|e| {
                BuildFailure::from(
                    Diagnostic::error(format!("cannot make the audio: {e}"))
                        .with_code("audio")
                        .with_help(format!(
                            "check that espeak-ng and opusenc work and that {} can be written",
                            dir.display()
                        )),
                )
            })?;
        }
        if format == Format::Html && !index.is_empty() {
            let root = html::render_root(&index);
            extras.front_page.clone_from(&index);
            sink.file(&format!("html/{}", root.path), root.bytes)
                .map_err(write_error)?;
            // The editors' readability figures, beside the site.
            // For the editions the editors' rules cover (content/check.toml).
            let config = &crate::check::config::for_project(project).0;
            let checked: Vec<String> = config
                .editions()
                .filter(|e| editions.iter().any(|b| b == e))
                .map(String::from)
                .collect();
            if !checked.is_empty() {
                let asked: Vec<String> = match report {
                    Report::Whole => Vec::new(),
                    Report::Asked => langs.iter().map(ToString::to_string).collect(),
                };
                let rows = crate::check::readability::readability_for(project, &checked, &asked);
                if report == Report::Whole {
                    let page = html::readability_html(&rows, crate::i18n::SOURCE_LOCALE, &index);
                    sink.file("html/readability.html", page.into_bytes())
                        .map_err(write_error)?;
                }
                extras.readability = rows;
            }
        }
    }
    // The same warning (an untranslated message) is found once per format.
    dedup_diags(&mut diags);
    Ok(diags)
}

/// Resolves and writes an edition's site a page at a time. Once a page has
/// an error, nothing more is rendered (it would not be published), but the
/// remaining pages are still resolved, so every error of the document is
/// reported at once.
fn write_site(
    outline: &Outline,
    diags: &mut Vec<Diagnostic>,
    out: &mut dyn Output,
    clips: &mut Vec<crate::speech::cache::Clip>,
) -> io::Result<()> {
    let doc = &outline.doc;
    if let Some(plan) = &doc.audio {
        clips.extend(plan.help_clip(&doc.ui));
    }
    // Pages are resolved here and rendered on a thread of their own, so
    // the next page is resolved while this one is rendered. (The resolver
    // stays here: Fluent's bundles are not shared between threads.) Each
    // page comes back to be dropped here, where it was made: freeing its
    // many small pieces from the other thread cost more than rendering
    // them (the allocator locks this thread's arena for each).
    std::thread::scope(|s| {
        let (pages, resolved) = std::sync::mpsc::sync_channel::<ToRender>(2);
        let (give_back, rendered) = std::sync::mpsc::channel::<Box<crate::document::Page>>();
        let renderer = s.spawn(move || -> io::Result<()> {
            let mut site = html::SiteWriter::begin(doc, out)?;
            for next in resolved {
                match next {
                    ToRender::Page(n, page) => {
                        site.page(n, &page, out)?;
                        let _ = give_back.send(page);
                    }
                    ToRender::Finish => return site.finish(out),
                }
            }
            Ok(()) // an error was found: the site is left unfinished
        });
        let mut broken = diags.iter().any(Diagnostic::is_error);
        for n in 0..doc.pages.len() {
            let page = outline.page(n, diags);
            if let Some(plan) = &doc.audio {
                clips.extend(plan.page_clips(&page));
            }
            broken = broken || diags.iter().any(Diagnostic::is_error);
            if !broken {
                // A failed send means the renderer stopped on an error,
                // which joining it returns.
                let _ = pages.send(ToRender::Page(n, Box::new(page)));
            }
            rendered.try_iter().for_each(drop);
        }
        if !broken {
            let _ = pages.send(ToRender::Finish);
        }
        drop(pages);
        rendered.iter().for_each(drop);
        renderer
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}

/// Makes (or finds in the cache) every clip the pages point at, on every
/// core, and writes each language's under `html/<lang>/assets/audio/`.
fn write_audio(
    dir: &Path,
    versions: &crate::speech::cache::Versions,
    clips: &[(String, crate::speech::cache::Clip)],
    sink: &mut dyn Output,
) -> io::Result<()> {
    let unique: BTreeSet<&crate::speech::cache::Clip> = clips.iter().map(|(_, c)| c).collect();
    let unique: Vec<crate::speech::cache::Clip> = unique.into_iter().cloned().collect();
    let (paths, _) = crate::speech::cache::make_all(dir, &unique, versions)?;
    let mut written = BTreeSet::new();
    for (lang, clip) in clips {
        let name = crate::speech::cache::file_name(clip, versions);
        if !written.insert((lang.as_str(), name.clone())) {
            continue;
        }
        // Linked where it can be: a cached clip is never changed in place
        // (a new one is written beside it and renamed), so the site and
        // the cache can share it, and a warm build copies nothing.
        sink.link(&format!("html/{lang}/assets/audio/{name}"), &paths[&name])?;
    }
    Ok(())
}

/// What the resolver hands the renderer.
enum ToRender {
    Page(usize, Box<crate::document::Page>),
    Finish,
}

/// Builds and publishes. Nothing under `req.out` changes unless every
/// output was rendered and staged.
pub fn build(project: &Project, req: &BuildRequest) -> Result<BuildReport, BuildFailure> {
    let (req, set_aside) = set_aside_broken_languages(project, req)?;
    let req = &req;
    refuse_rule_errors(project, req)?;
    let out = &req.out;
    let io_failure = |e: io::Error| {
        BuildFailure::from(
            Diagnostic::error(format!("cannot write to {}: {e}", out.display()))
                .with_help("check the folder can be created and that you may write to it"),
        )
    };
    let publication = begin_publication(out)?;
    let mut report = BuildReport::default();
    let mut output = Staging::new(&publication.next, &mut report);
    let rendered = run_pipeline(
        project,
        req,
        &mut output,
        &mut Extras::default(),
        Report::Whole,
    );
    // Every file is on disk (or the first error writing one is known)
    // before anything is published or removed.
    let written = output.finish();
    let result = rendered.and_then(|warnings| {
        written.map_err(io_failure)?;
        let units: BTreeSet<String> = report.files.iter().map(|k| unit_of(k)).collect();
        publication.commit(&units, unit_of).map_err(io_failure)?;
        Ok(warnings)
    });
    report.warnings = result?;
    report.set_aside = set_aside;
    // Shared assets are written once per edition; count each file once.
    report.files.sort();
    report.files.dedup();
    Ok(report)
}

/// What `careguide locale check` calls an error (a link that lost its
/// `tel:`, a plural key that is never chosen, a duplicate id, a file too
/// big to read...) is not published either: one list of errors for every
/// command. Such a language is set aside, with its errors, and the others
/// are built; the build fails all the same. An error outside the
/// translations (or in the English every language falls back to) stops
/// everything.
fn set_aside_broken_languages(
    project: &Project,
    req: &BuildRequest,
) -> Result<(BuildRequest, Vec<Diagnostic>), BuildFailure> {
    let global: Vec<Diagnostic> = project
        .diagnostics
        .iter()
        .filter(|d| {
            crate::check::locale_qa::language_of(d).is_none_or(|t| t == crate::i18n::SOURCE_LOCALE)
        })
        .cloned()
        .collect();
    fail_on_errors(&global)?;
    // A language folder that did not load at all (its locale.toml is
    // broken): its errors are reported, the others are built.
    let mut set_aside: Vec<Diagnostic> = crate::check::locale_qa::unloaded_locales(project)
        .into_iter()
        .filter(Diagnostic::is_error)
        .collect();
    let wanted: Vec<LanguageIdentifier> = if req.langs.is_empty() {
        project.locales.list.iter().map(|l| l.tag.clone()).collect()
    } else {
        req.langs.clone()
    };
    let mut kept = Vec::new();
    for tag in wanted {
        let Some(locale) = project.locales.get(&tag) else {
            kept.push(tag); // the pipeline says it does not exist
            continue;
        };
        let mut errors: Vec<Diagnostic> = crate::check::locale_qa::check_locale(project, locale)
            .into_iter()
            .filter(Diagnostic::is_error)
            .collect();
        if errors.is_empty() {
            kept.push(tag);
            continue;
        }
        dedup_diags(&mut errors);
        if tag == crate::i18n::SOURCE_LOCALE {
            // Every language falls back to the English.
            return Err(BuildFailure {
                diagnostics: errors,
            });
        }
        set_aside.extend(errors);
        set_aside.push(
            Diagnostic::error(format!("{tag} has errors, so nothing of it is published"))
                .with_code("locale-check-failed")
                .with_help(format!(
                    "fix the errors above (`careguide locale check {tag}` lists every finding); the other languages are published"
                )),
        );
    }
    if kept.is_empty() && !set_aside.is_empty() {
        return Err(BuildFailure {
            diagnostics: set_aside,
        });
    }
    let mut req = req.clone();
    req.langs = kept;
    Ok((req, set_aside))
}

/// Text that breaks the editors' easy-read rules at the error level
/// (`content/check.toml`) is not published, as `careguide check` says.
/// (The live preview renders it anyway, with the findings on the page.)
fn refuse_rule_errors(project: &Project, req: &BuildRequest) -> Result<(), BuildFailure> {
    let opts = crate::check::easy_read::CheckOptions {
        locales: req.langs.iter().map(|l| l.to_string()).collect(),
        editions: req.editions.clone(),
    };
    let errors: Vec<Diagnostic> = crate::check::easy_read::check_project(project, &opts)
        .into_iter()
        .filter(|d| d.severity == crate::diag::Severity::Error)
        .collect();
    if errors.is_empty() {
        return Ok(());
    }
    let mut diagnostics = errors;
    diagnostics.push(
        Diagnostic::error("the text breaks the easy-read rules, so it is not published")
            .with_code("check-failed")
            .with_help("fix the errors above; `careguide check` lists every finding"),
    );
    Err(BuildFailure { diagnostics })
}

fn fail_on_errors(diags: &[Diagnostic]) -> Result<(), BuildFailure> {
    if diags.iter().any(Diagnostic::is_error) {
        let mut diagnostics = diags.to_vec();
        dedup_diags(&mut diagnostics);
        return Err(BuildFailure { diagnostics });
    }
    Ok(())
}

fn dedup<T: Ord + Copy>(v: &[T]) -> Vec<T> {
    v.iter()
        .copied()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

fn dedup_diags(diags: &mut Vec<Diagnostic>) {
    let mut seen = BTreeSet::new();
    diags.retain(|d| seen.insert(d.one_line()));
}

/// The unit an output path belongs to: the first three parts of its path
/// (`html/en-GB/guide`, `text/en-GB/guide.txt`), or the file itself when
/// shorter (`html/index.html`). Units are replaced whole. Shared assets
/// (`html/en-GB/assets/...`) are replaced file by file, since a build of
/// one edition writes only the pictures that edition uses.
fn unit_of(rel: &str) -> String {
    let parts: Vec<&str> = rel.splitn(4, '/').collect();
    if parts.get(2) == Some(&"assets") {
        return rel.to_string();
    }
    parts.into_iter().take(3).collect::<Vec<_>>().join("/")
}

/// Takes the output folder (see `crate::publish`): a build already
/// writing there is a clear refusal, not a race.
fn begin_publication(out: &Path) -> Result<crate::publish::Publication, BuildFailure> {
    crate::publish::begin(out).map_err(|e| match e {
        crate::publish::BeginError::Busy(out) => BuildFailure::from(
            Diagnostic::error(format!(
                "another careguide build is publishing into {} right now",
                out.display()
            ))
            .with_code("build-busy")
            .with_help("wait for it to finish, or build into another folder with --out"),
        ),
        crate::publish::BeginError::Io(e) => BuildFailure::from(
            Diagnostic::error(format!("cannot write to {}: {e}", out.display()))
                .with_help("check the folder can be created and that you may write to it"),
        ),
    })
}

/// Writes in-memory `files` under `out`, all or nothing.
pub fn publish(out: &Path, files: &BTreeMap<String, Vec<u8>>) -> io::Result<()> {
    let publication = crate::publish::begin(out).map_err(|e| match e {
        crate::publish::BeginError::Busy(out) => io::Error::other(format!(
            "another careguide build is publishing into {}",
            out.display()
        )),
        crate::publish::BeginError::Io(e) => e,
    })?;
    for (rel, bytes) in files {
        let path = publication.next.join(rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::write(&path, bytes)?;
    }
    let units: BTreeSet<String> = files.keys().map(|k| unit_of(k)).collect();
    publication.commit(&units, unit_of)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units() {
        assert_eq!(unit_of("html/en-GB/guide/index.html"), "html/en-GB/guide");
        assert_eq!(unit_of("text/en-GB/guide.txt"), "text/en-GB/guide.txt");
        assert_eq!(unit_of("html/index.html"), "html/index.html");
        assert_eq!(
            unit_of("html/en-GB/assets/pictures/safe.svg"),
            "html/en-GB/assets/pictures/safe.svg"
        );
    }

    #[test]
    fn publish_replaces_units_and_keeps_others() {
        let dir = tempfile::tempdir().unwrap();
        let mut first = BTreeMap::new();
        first.insert("text/en-GB/guide.txt".to_string(), b"one".to_vec());
        first.insert("text/en-GB/framework.txt".to_string(), b"fw".to_vec());
        publish(dir.path(), &first).unwrap();
        let mut second = BTreeMap::new();
        second.insert("text/en-GB/guide.txt".to_string(), b"two".to_vec());
        publish(dir.path(), &second).unwrap();
        assert_eq!(
            fs::read(dir.path().join("text/en-GB/guide.txt")).unwrap(),
            b"two"
        );
        assert_eq!(
            fs::read(dir.path().join("text/en-GB/framework.txt")).unwrap(),
            b"fw"
        );
        let leftovers: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().starts_with(".careguide"))
            .collect();
        assert!(leftovers.is_empty());
    }
}
