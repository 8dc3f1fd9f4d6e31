//! The pipeline of a build: every (format, locale, edition) asked for is
//! resolved and rendered, and each file handed to an output as soon as it
//! is made; HTML a page at a time, on two threads.

use std::collections::BTreeSet;
use std::io;
use std::path::Path;

use super::{BuildFailure, BuildRequest, dedup_diags, fail_on_errors};
use crate::check::readability::ReadabilityRow;
use crate::diag::Diagnostic;
use crate::project::{Availability, EditionId, LocaleTag, Outline, Project};
use crate::render::{Format, Output, SiteEntry, Under, html};

/// Which languages the readability report covers.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Report {
    /// Every language, written as `readability.html`, whatever was asked.
    Whole,
    /// Only the languages asked for, returned and not written.
    Asked,
}

/// What a render makes beside the files.
#[derive(Default)]
pub(super) struct Extras {
    pub(super) front_page: Vec<SiteEntry>,
    pub(super) readability: Vec<ReadabilityRow>,
}

/// Resolves and renders every (format, locale, edition) asked for, handing
/// each output file to `sink` as soon as it is rendered, so only one
/// document (for HTML, one page of it) is in memory at a time. Returns the
/// warnings.
pub(super) fn run_pipeline(
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
    let editions: Vec<EditionId> = if req.editions.is_empty() {
        project.all_editions()
    } else {
        req.editions.clone()
    };
    let langs: Vec<LocaleTag> = if req.langs.is_empty() {
        project.all_locales()
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
                if let Availability::Incomplete(percent) =
                    project.availability(lang, edition.as_str())
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
                // An edition of the request exists: parsed once, by the
                // command.
                let unresolved =
                    || Diagnostic::error(format!("edition `{edition}` could not be resolved"));
                let mut out = Under {
                    prefix: format!("{}/{}/", format.dir(), lang),
                    output: &mut *sink,
                };
                if format == Format::Html {
                    let mut outline = project
                        .outline(edition.as_str(), lang, format.keep(), &mut diags)
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
                    .document(edition.as_str(), lang, format.keep(), &mut diags)
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
                .filter(|e| editions.iter().any(|b| b.as_str() == *e))
                .map(String::from)
                .collect();
            if !checked.is_empty() {
                let asked = match report {
                    Report::Whole => &[][..],
                    Report::Asked => &langs[..],
                };
                let rows = crate::check::readability::readability_for(project, &checked, asked);
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

fn dedup<T: Ord + Copy>(v: &[T]) -> Vec<T> {
    v.iter()
        .copied()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}
