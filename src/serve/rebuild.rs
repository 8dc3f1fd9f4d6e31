//! What a save rebuilds. A translator saving `locales/cy/...` changes
//! only the Welsh pages, the Welsh findings and the front page's Welsh
//! card, so only those are made again; the other languages' pages and
//! findings are kept from the last good build. Anything else (the
//! English, which every translation falls back to and is compared with;
//! content/; a `locale.toml`, whose name and direction every page's
//! language switcher shows; a new language) rebuilds everything. So does
//! a save that changes which languages an edition is published in (every
//! switcher lists them), and any save after a build that failed, so a
//! kept page is never one a full build would not make. A test holds the
//! two ways to the same result.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};

use super::{Events, Site, review};
use crate::build::{BuildRequest, Rendered, render_languages, render_site};
use crate::check::easy_read::CheckOptions;
use crate::check::locale_qa::{check_locale, language_of};
use crate::diag::Diagnostic;
use crate::i18n::SOURCE_LOCALE;
use crate::i18n::ftl::messages;
use crate::project::{LocaleTag, Project};
use crate::render::{Format, RenderOptions, SiteEntry, html};
use crate::source::Sources;

/// What changed, as far as a rebuild is concerned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Scope {
    All,
    /// Only the files of these translations (never the source language).
    Languages(BTreeSet<String>),
}

impl Scope {
    /// The scope of the files `paths` (as the watcher names them, under
    /// `root`).
    pub(super) fn of(root: &Path, paths: &[PathBuf]) -> Scope {
        let mut tags = BTreeSet::new();
        for path in paths {
            let Some(tag) = translation_of(root, path) else {
                return Scope::All;
            };
            tags.insert(tag);
        }
        if tags.is_empty() {
            Scope::All
        } else {
            Scope::Languages(tags)
        }
    }
}

/// `locales/<tag>/<file...>` of a translation, relative to `root`.
fn translation_of(root: &Path, path: &Path) -> Option<String> {
    let rel = path
        .strip_prefix(root)
        .ok()
        .or_else(|| path.strip_prefix(root.canonicalize().ok()?).ok())?;
    let parts: Vec<&str> = rel
        .components()
        .map(|c| match c {
            Component::Normal(s) => s.to_str(),
            _ => None,
        })
        .collect::<Option<_>>()?;
    match parts.as_slice() {
        ["locales", _, "locale.toml"] => None,
        ["locales", tag, _, ..] if *tag != SOURCE_LOCALE => Some((*tag).to_string()),
        _ => None,
    }
}

/// Rebuilds what `scope` needs into `site`, and tells the open pages.
pub(super) fn rebuild(root: &Path, site: &std::sync::Mutex<Site>, events: &Events, scope: &Scope) {
    let outcome = Sources::from_dir(root)
        .map_err(|d| vec![d])
        .and_then(|sources| {
            let project = Project::load(sources);
            let langs = {
                let site = site.lock().expect("site lock");
                languages(&project, &site, scope)
            };
            build(&project, langs.as_deref()).map(|b| (project, langs, b))
        });
    let mut site = site.lock().expect("site lock");
    site.version += 1;
    match outcome {
        Ok((project, langs, built)) => {
            match langs {
                None => replace(&mut site, &project, built),
                Some(langs) => merge(&mut site, &project, &langs, built),
            }
            site.listed = listed(&project);
            site.failed = false;
        }
        Err(errors) => {
            site.findings = errors.into_iter().map(|d| (None, d)).collect();
            site.failed = true;
        }
    }
    // Under the site's lock, so a page served from this build and the
    // version its stream hears are the same.
    events.publish(site.version);
}

/// The translations to rebuild alone, or `None` for everything.
fn languages(project: &Project, site: &Site, scope: &Scope) -> Option<Vec<LocaleTag>> {
    let Scope::Languages(tags) = scope else {
        return None;
    };
    if site.failed || site.version == 0 {
        return None;
    }
    let langs: Vec<LocaleTag> = project
        .all_locales()
        .into_iter()
        .filter(|l| tags.contains(&l.to_string()))
        .collect();
    // A language new to the project (or gone from it) changes the list,
    // and so does one whose edition crossed the publishing threshold.
    let known = tags.iter().all(|t| site.front_page.contains_key(t));
    (langs.len() == tags.len() && known && listed(project) == site.listed).then_some(langs)
}

/// The (language, edition) pairs the language switchers list.
pub(super) fn listed(project: &Project) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    for locale in &project.locales.list {
        for edition in project.content.edition_ids() {
            if !matches!(
                project.availability(&locale.tag, edition),
                crate::project::Availability::Incomplete(_)
            ) {
                out.insert((locale.tag_str(), edition.to_string()));
            }
        }
    }
    out
}

/// A build's pages and findings.
pub(super) struct Built {
    rendered: Rendered,
    findings: Vec<(Option<String>, Diagnostic)>,
}

/// Renders and checks `langs`, or everything.
fn build(project: &Project, langs: Option<&[LocaleTag]>) -> Result<Built, Vec<Diagnostic>> {
    let req = BuildRequest {
        out: PathBuf::from("dist"),
        editions: vec![],
        langs: langs.map(<[_]>::to_vec).unwrap_or_default(),
        formats: vec![Format::Html],
        render: RenderOptions::default(),
        include_incomplete: true,
    };
    let rendered = match langs {
        None => render_site(project, &req),
        Some(_) => render_languages(project, &req),
    }
    .map_err(|f| f.diagnostics)?;
    let mut findings = rendered.warnings.clone();
    match langs {
        None => findings.extend(crate::check::editor_findings(project)),
        Some(langs) => {
            let tags: Vec<String> = langs.iter().map(ToString::to_string).collect();
            let opts = CheckOptions {
                locales: langs.to_vec(),
                editions: vec![],
            };
            findings.extend(crate::check::editor_rules(project, &opts));
            for locale in project
                .locales
                .list
                .iter()
                .filter(|l| tags.contains(&l.tag_str()))
            {
                findings.extend(
                    check_locale(project, locale)
                        .into_iter()
                        .filter(|d| d.code != "missing"),
                );
            }
            // What is not about these languages was found by the last
            // full build, and is kept from it.
            findings.retain(|d| language_of(d).is_some_and(|t| tags.contains(&t)));
        }
    }
    Ok(Built {
        findings: attribute(project, findings),
        rendered,
    })
}

/// Everything was rebuilt.
fn replace(site: &mut Site, project: &Project, built: Built) {
    site.findings = built.findings;
    site.files = html_files(built.rendered.files).collect();
    site.front_page = BTreeMap::new();
    for entry in built.rendered.front_page {
        site.front_page
            .entry(entry.locale.tag.clone())
            .or_default()
            .push(entry);
    }
    site.readability = BTreeMap::new();
    for row in built.rendered.readability {
        site.readability
            .entry(row.locale.clone())
            .or_default()
            .push(row);
    }
    site.review = project
        .locales
        .tags()
        .into_iter()
        .filter_map(|t| review::page(project, &t, &site.findings).map(|p| (t, p)))
        .collect();
}

/// The readability report, under html/.
const READABILITY: &str = "readability.html";

/// Only `langs` were rebuilt: their pages, findings, review pages and
/// front-page cards replace the old ones; the front page is written anew.
fn merge(site: &mut Site, project: &Project, langs: &[LocaleTag], built: Built) {
    let tags: Vec<String> = langs.iter().map(ToString::to_string).collect();
    let ours = |key: &str| tags.iter().any(|t| key.starts_with(&format!("{t}/")));
    site.files.retain(|k, _| !ours(k));
    for (key, bytes) in html_files(built.rendered.files) {
        // The front page of this build lists only `langs`: it is made
        // below from every language's cards.
        if key != "index.html" {
            site.files.insert(key, bytes);
        }
    }
    for tag in &tags {
        site.front_page.remove(tag);
    }
    for entry in built.rendered.front_page {
        site.front_page
            .entry(entry.locale.tag.clone())
            .or_default()
            .push(entry);
    }
    let order = project.locales.tags();
    let cards: Vec<SiteEntry> = order
        .iter()
        .filter_map(|t| site.front_page.get(t))
        .flatten()
        .cloned()
        .collect();
    let root = html::render_root(&cards);
    site.files.insert(root.path, root.bytes);
    // So is the readability report, from every language's figures.
    for tag in &tags {
        site.readability.remove(tag);
    }
    for row in built.rendered.readability {
        site.readability
            .entry(row.locale.clone())
            .or_default()
            .push(row);
    }
    if site.files.contains_key(READABILITY) {
        let rows: Vec<_> = order
            .iter()
            .filter_map(|t| site.readability.get(t))
            .flatten()
            .cloned()
            .collect();
        let page = html::readability_html(&rows, crate::i18n::SOURCE_LOCALE, &cards);
        site.files
            .insert(READABILITY.to_string(), page.into_bytes());
    }

    site.findings
        .retain(|(_, d)| language_of(d).is_none_or(|t| !tags.contains(&t)));
    site.findings.extend(built.findings);
    for tag in &tags {
        match review::page(project, tag, &site.findings) {
            Some(p) => site.review.insert(tag.clone(), p),
            None => site.review.remove(tag),
        };
    }
}

fn html_files(files: crate::build::Files) -> impl Iterator<Item = (String, Vec<u8>)> {
    files
        .into_iter()
        .filter_map(|(k, v)| k.strip_prefix("html/").map(|k| (k.to_string(), v)))
}

/// Which page (`<edition>-<page>-` message prefix) each finding is about.
fn attribute(project: &Project, findings: Vec<Diagnostic>) -> Vec<(Option<String>, Diagnostic)> {
    let mut by_file: BTreeMap<String, Vec<crate::i18n::ftl::FtlMessage>> = BTreeMap::new();
    for locale in &project.locales.list {
        for f in &locale.files {
            by_file.insert(f.label.clone(), messages(f));
        }
    }
    findings
        .into_iter()
        .map(|d| {
            let id = d.location.as_ref().and_then(|l| {
                let file = project
                    .locales
                    .list
                    .iter()
                    .flat_map(|l| &l.files)
                    .find(|f| f.label == l.file)?;
                let offset = line_offset(file.text(), l.line);
                by_file
                    .get(&l.file)?
                    .iter()
                    .find(|m| m.start <= offset && offset < m.end.max(m.start + 1))
                    .map(|m| m.id.clone())
            });
            (id, d)
        })
        .collect()
}

fn line_offset(text: &str, line: usize) -> usize {
    text.split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    #[test]
    fn a_save_in_a_translation_is_that_language_only() {
        let root = Path::new("/p");
        let p = |s: &str| vec![root.join(s)];
        let cy = Scope::Languages(["cy".to_string()].into());
        assert_eq!(Scope::of(root, &p("locales/cy/guide.ftl")), cy);
        assert_eq!(Scope::of(root, &p("locales/cy/translated-from.toml")), cy);
        assert_eq!(Scope::of(root, &p("locales/cy/locale.toml")), Scope::All);
        assert_eq!(Scope::of(root, &p("locales/en-GB/guide.ftl")), Scope::All);
        assert_eq!(Scope::of(root, &p("content/facts.toml")), Scope::All);
        assert_eq!(Scope::of(root, &p("locales/cy")), Scope::All);
        assert_eq!(Scope::of(root, &[]), Scope::All);
        let two = [root.join("locales/cy/a.ftl"), root.join("locales/pl/b.ftl")];
        assert_eq!(
            Scope::of(root, &two),
            Scope::Languages(["cy".to_string(), "pl".to_string()].into())
        );
        let mixed = [root.join("locales/cy/a.ftl"), root.join("content/x.toml")];
        assert_eq!(Scope::of(root, &mixed), Scope::All);
    }

    fn copy(from: &Path, to: &Path) {
        for e in std::fs::read_dir(from).unwrap() {
            let e = e.unwrap();
            let target = to.join(e.file_name());
            if e.file_type().unwrap().is_dir() {
                std::fs::create_dir_all(&target).unwrap();
                copy(&e.path(), &target);
            } else {
                std::fs::copy(e.path(), target).unwrap();
            }
        }
    }

    fn findings(site: &Site) -> Vec<String> {
        let mut out: Vec<String> = site
            .findings
            .iter()
            .map(|(id, d)| format!("{id:?} {}", d.render(false)))
            .collect();
        out.sort();
        out
    }

    /// The rule of the module: rebuilding one language gives exactly what
    /// rebuilding everything gives (pages, front page, findings, review).
    #[test]
    fn one_language_rebuilt_is_the_same_as_everything_rebuilt() {
        let dir = tempfile::tempdir().unwrap();
        let shipped = Path::new(env!("CARGO_MANIFEST_DIR"));
        for sub in ["content", "locales"] {
            std::fs::create_dir_all(dir.path().join(sub)).unwrap();
            copy(&shipped.join(sub), &dir.path().join(sub));
        }
        let events = Events::new(0);
        let site = Mutex::new(Site::default());
        rebuild(dir.path(), &site, &events, &Scope::All);
        assert!(!site.lock().unwrap().failed);

        // A translator edits a sentence, and adds a finding.
        let cy = dir.path().join("locales/cy");
        let guide = std::fs::read_to_string(cy.join("guide.ftl")).unwrap();
        let edited = guide.replacen(
            "guide-about-title = ",
            "guide-about-title = Newydd  the the ",
            1,
        );
        assert_ne!(guide, edited);
        std::fs::write(cy.join("guide.ftl"), edited).unwrap();
        let scope = Scope::of(dir.path(), &[cy.join("guide.ftl")]);
        assert_eq!(scope, Scope::Languages(["cy".to_string()].into()));
        rebuild(dir.path(), &site, &events, &scope);
        same_as_full(dir.path(), &site);
        let one = site.lock().unwrap();
        assert!(String::from_utf8_lossy(&one.files["cy/guide/about.html"]).contains("Newydd"));
        let found = findings(&one);
        assert!(found.iter().any(|f| f.contains("locales/cy/guide.ftl")));
        drop(one);

        // Then empties the Welsh easy read: it is no longer published, so
        // every other language's switcher changes too.
        std::fs::write(cy.join("easy-read.ftl"), "").unwrap();
        rebuild(dir.path(), &site, &events, &scope);
        same_as_full(dir.path(), &site);
        let listed = site.lock().unwrap().listed.clone();
        assert!(!listed.contains(&("cy".to_string(), "easy-read".to_string())));
    }

    fn same_as_full(root: &Path, site: &Mutex<Site>) {
        let full = Mutex::new(Site::default());
        rebuild(root, &full, &Events::new(0), &Scope::All);
        let (one, all) = (site.lock().unwrap(), full.lock().unwrap());
        assert!(!one.failed);
        let keys = |s: &Site| s.files.keys().cloned().collect::<Vec<_>>();
        assert_eq!(keys(&one), keys(&all));
        for (k, v) in &all.files {
            assert!(one.files[k] == *v, "{k} differs from a full rebuild");
        }
        assert_eq!(findings(&one), findings(&all));
        assert_eq!(one.review, all.review);
    }
}
