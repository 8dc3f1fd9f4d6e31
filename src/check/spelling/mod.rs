//! The `spelling` rule of `careguide check`: every word of every edition
//! that `content/check.toml` turns the rule on for (and the glossary's
//! words and explanations), in every language, against that language's
//! Hunspell dictionary on the system, read with spellbook (pure Rust).
//!
//! - Words filled in from facts (`{ $childline-name }`), numbers and
//!   single letters are never judged; a hyphenated word is right when it
//!   is in the dictionary whole or all its parts are ("falling-out").
//! - The project's own word list (`content/spelling/words.txt` for every
//!   language: names such as Childline; `content/spelling/<tag>.txt` or
//!   `<language>.txt` for one) is consulted before the dictionary.
//! - Suggestions come from the dictionary, ordered so that words the
//!   language's own text already uses come first ("Peple" -> "People",
//!   not the footballer Pelé), then by how few letters differ.
//! - A language with no dictionary installed is named once, as a warning,
//!   and the rest are still checked.
//! - A misspelt word is a spelling finding, not a hard word:
//!   [`supersede_hard_words`] drops the hard-word finding at the same place.
//!
//! Dictionaries are found and loaded by [`dictionary`]; what they said
//! about each word is kept in [`cache`], so a run that meets no new word
//! loads none.

pub mod cache;
pub mod dictionary;
mod rank;

use std::collections::{BTreeMap, HashMap, HashSet};

use super::config::{self, Level};
use super::easy_read::{CheckOptions, MessageIndex, edition_pages, glossary_settings};
use crate::content::glossary;
use crate::diag::Diagnostic;
use crate::i18n::Locale;
use crate::i18n::locales::LocaleFile;
use crate::project::Project;
use cache::VerdictCache;
use dictionary::DictionaryFiles;

/// The finding that a language has no dictionary.
pub const NO_DICTIONARY: &str = "spelling-dictionary";

/// How many suggestions a finding names.
pub const SUGGESTIONS: usize = 3;

/// The word list for every language.
pub const SHARED_WORDS: &str = "content/spelling/words.txt";

/// One word to judge, where it is.
struct Occurrence<'a> {
    file: &'a LocaleFile,
    offset: usize,
    len: usize,
    word: String,
    level: Level,
}

/// One language's words, gathered before any dictionary is asked.
struct LocaleWords<'a> {
    tag: String,
    english_name: String,
    occurrences: Vec<Occurrence<'a>>,
    /// How often each word (lower case) appears in the text checked.
    corpus: HashMap<String, usize>,
    /// The words of the glossary's terms and forms in this language
    /// (lower case): an editor's own words, never typos.
    glossary: HashSet<String>,
}

/// Where dictionaries and remembered verdicts are.
#[derive(Debug, Clone)]
pub struct Places {
    /// Folders searched for dictionaries, in order.
    pub dictionaries: Vec<std::path::PathBuf>,
    /// The verdict cache's folder (none: nothing is remembered).
    pub cache: Option<std::path::PathBuf>,
}

impl Default for Places {
    /// `CAREGUIDE_DICTIONARY_PATH` and the system's folders; the user's
    /// cache folder.
    fn default() -> Places {
        Places {
            dictionaries: dictionary::search_dirs(),
            cache: cache::default_dir(),
        }
    }
}

/// Every spelling finding for the locales and editions `opts` names,
/// with the system's dictionaries.
pub fn check_project(project: &Project, opts: &CheckOptions) -> Vec<Diagnostic> {
    check_with(project, opts, &Places::default())
}

/// The same with dictionaries and cache from `places`.
pub fn check_with(project: &Project, opts: &CheckOptions, places: &Places) -> Vec<Diagnostic> {
    // check.toml's own problems are reported by the easy-read rules.
    let loaded = config::for_project(project);
    let config = &loaded.0;
    let glossary = &project.content.glossary;
    let facts = project.content.facts.variable_map();
    let mut gathered: Vec<LocaleWords> = Vec::new();
    for locale in &project.locales.list {
        let tag = locale.tag_str();
        if !opts.wants_locale(&tag) {
            continue;
        }
        let index = MessageIndex::new(locale);
        let mut words = LocaleWords {
            tag: tag.clone(),
            english_name: locale.meta.english_name.clone(),
            occurrences: Vec::new(),
            corpus: HashMap::new(),
            glossary: HashSet::new(),
        };
        for t in &glossary.terms {
            for id in [
                glossary::term_message(&t.id),
                glossary::forms_message(&t.id),
            ] {
                if let Some((_, view)) = index.view(&id, &facts) {
                    words.glossary.extend(
                        (0..view.words.len()).map(|i| normalise(view.word(i)).to_lowercase()),
                    );
                }
            }
        }
        for edition in &project.content.editions {
            if !opts.wants_edition(&edition.id) {
                continue;
            }
            let level = config
                .settings(&edition.id, &tag)
                .map_or(Level::Off, |s| s.level(config::SPELLING));
            if level == Level::Off {
                continue;
            }
            for unit in edition_pages(edition).iter().flat_map(|p| &p.units) {
                gather(&index, &unit.id, &facts, level, &mut words);
            }
        }
        let glossary_level = glossary_settings(project, config, opts, &tag)
            .map_or(Level::Off, |s| s.level(config::SPELLING));
        if glossary_level != Level::Off {
            for t in &glossary.terms {
                for id in [
                    glossary::term_message(&t.id),
                    glossary::explain_message(&t.id),
                ] {
                    gather(&index, &id, &facts, glossary_level, &mut words);
                }
            }
        }
        if !words.occurrences.is_empty() {
            gathered.push(words);
        }
    }
    judge(project, gathered, places)
}

/// Adds the words of message `id` (if the locale has it) to `words`.
fn gather<'a>(
    index: &MessageIndex<'a>,
    id: &str,
    facts: &BTreeMap<String, String>,
    level: Level,
    words: &mut LocaleWords<'a>,
) {
    let Some((file, view)) = index.view(id, facts) else {
        return;
    };
    for (i, w) in view.words.iter().enumerate() {
        let text = normalise(view.word(i));
        *words.corpus.entry(text.to_lowercase()).or_default() += 1;
        if w.from_placeable() || !worth_checking(&text) {
            continue;
        }
        let (offset, len) = view.file_span(w.range.clone());
        words.occurrences.push(Occurrence {
            file,
            offset,
            len,
            word: text,
            level,
        });
    }
}

/// Typographic apostrophes as the dictionaries write them.
fn normalise(word: &str) -> String {
    word.replace(['\u{2019}', '\u{02BC}'], "'")
}

/// Numbers and single letters are not spelt.
fn worth_checking(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_numeric)
}

/// The project's own words for `tag`: the shared list and the language's.
fn project_words(project: &Project, tag: &str) -> HashSet<String> {
    let language = tag.split('-').next().unwrap_or(tag);
    let mut files = vec![
        SHARED_WORDS.to_string(),
        format!("content/spelling/{tag}.txt"),
    ];
    if language != tag {
        files.push(format!("content/spelling/{language}.txt"));
    }
    files
        .iter()
        .filter_map(|f| project.sources.get(f))
        .filter_map(|f| f.text().ok())
        .flat_map(|t| t.lines())
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(|w| normalise(w).to_lowercase())
        .collect()
}

/// One dictionary and what it has said.
struct Speller {
    files: DictionaryFiles,
    cache: VerdictCache,
}

/// One language's words to judge, with its dictionary.
struct Job<'g, 'a> {
    words: &'g LocaleWords<'a>,
    speller: usize,
    /// The project's words for the language (lower case).
    project: HashSet<String>,
    /// Words to judge, each once.
    unique: Vec<String>,
}

/// The dictionary whose words every language may use.
const ENGLISH: &str = "en-GB";

/// Asks each language's dictionary (or the cache) about its words and
/// turns the unknown ones into findings. Dictionaries are loaded only
/// for words the cache has not seen, and in parallel.
fn judge(project: &Project, gathered: Vec<LocaleWords>, places: &Places) -> Vec<Diagnostic> {
    let dirs = &places.dictionaries;
    let cache_dir = &places.cache;
    let mut out = Vec::new();
    let mut spellers: Vec<Speller> = Vec::new();
    let speller_for = |files: DictionaryFiles, spellers: &mut Vec<Speller>| {
        if let Some(i) = spellers.iter().position(|s| s.files == files) {
            return i;
        }
        let cache = VerdictCache::open(cache_dir.as_deref(), &files);
        spellers.push(Speller { files, cache });
        spellers.len() - 1
    };
    let mut jobs: Vec<Job> = Vec::new();
    for words in &gathered {
        let Some(files) = dictionary::find(&words.tag, dirs) else {
            out.push(missing_dictionary(&words.tag, &words.english_name));
            continue;
        };
        let mut known = project_words(project, &words.tag);
        known.extend(words.glossary.iter().cloned());
        let mut unique: Vec<String> = words
            .occurrences
            .iter()
            .filter(|o| !known.contains(&o.word.to_lowercase()))
            .map(|o| o.word.clone())
            .collect();
        unique.sort();
        unique.dedup();
        let speller = speller_for(files, &mut spellers);
        jobs.push(Job {
            words,
            speller,
            project: known,
            unique,
        });
    }
    // Translations keep the English names of services ("Jobcentre",
    // "advocacy"): a word the English dictionary knows is not a typo.
    let english = dictionary::find(ENGLISH, dirs).map(|f| speller_for(f, &mut spellers));

    let mut needed: Vec<Vec<String>> = vec![Vec::new(); spellers.len()];
    for job in &jobs {
        for w in &job.unique {
            needed[job.speller].extend(tokens(w, &job.project));
        }
    }
    let mut broken = ask(&mut spellers, needed);
    let mut unknown: Vec<Vec<String>> = jobs
        .iter()
        .map(|job| {
            job.unique
                .iter()
                .filter(|w| !word_ok(&spellers[job.speller], w, &job.project))
                .cloned()
                .collect()
        })
        .collect();
    let borrows_english =
        |job: &Job, en: usize| job.speller != en && !job.words.tag.starts_with("en");
    if let Some(en) = english {
        let mut needed: Vec<Vec<String>> = vec![Vec::new(); spellers.len()];
        for (job, words) in jobs.iter().zip(&unknown) {
            if borrows_english(job, en) {
                needed[en].extend(words.iter().flat_map(|w| tokens(w, &job.project)));
            }
        }
        let english_broken = ask(&mut spellers, needed).contains_key(&en);
        for (job, words) in jobs.iter().zip(unknown.iter_mut()) {
            if borrows_english(job, en) && !english_broken {
                words.retain(|w| !word_ok(&spellers[en], w, &job.project));
            }
        }
    }
    let mut wanted: Vec<Vec<String>> = vec![Vec::new(); spellers.len()];
    for (job, words) in jobs.iter().zip(&unknown) {
        wanted[job.speller].extend(words.iter().cloned());
    }
    suggest(&mut spellers, wanted);
    for s in &spellers {
        s.cache.save();
    }

    for (job, words) in jobs.iter().zip(&unknown) {
        if let Some(e) = broken.remove(&job.speller) {
            out.push(
                Diagnostic::warning(format!(
                    "the {} spelling dictionary could not be read, so its spelling is not checked: {e}",
                    job.words.english_name
                ))
                .with_code(NO_DICTIONARY),
            );
            continue;
        }
        let words: HashSet<&String> = words.iter().collect();
        let lower: HashSet<String> = words.iter().map(|w| w.to_lowercase()).collect();
        let unknown = |w: &str| lower.contains(w);
        for o in job
            .words
            .occurrences
            .iter()
            .filter(|o| words.contains(&o.word))
        {
            let given = spellers[job.speller]
                .cache
                .suggestions(&o.word)
                .unwrap_or(&[]);
            let ranked = rank::rank(&o.word, given, &job.words.corpus, &unknown);
            out.extend(finding(o, &job.words.tag, &ranked));
        }
    }
    out
}

/// The dictionary forms a word may be judged by: itself, and the parts
/// of each of its [`alternatives`] that the project does not list.
fn tokens(word: &str, project: &HashSet<String>) -> Vec<String> {
    let mut out = vec![word.to_string()];
    out.extend(
        alternatives(word)
            .into_iter()
            .flatten()
            .filter(|t| !project.contains(&t.to_lowercase())),
    );
    out
}

/// Other ways a word is right, each a list of parts that must all be
/// known: without Arabic vowel marks and tatweel (المهمّون), without a
/// possessive `'s` (children's), its parts between hyphens
/// (falling-out) or zero-width non-joiners (Persian آدم‌ها, where
/// `content/spelling/fa.txt` lists the suffixes such as ها), and the word
/// before a short clitic (Welsh pethau'n, â'r).
fn alternatives(word: &str) -> Vec<Vec<String>> {
    let mut alts = Vec::new();
    let bare: String = word
        .chars()
        .filter(|c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'))
        .collect();
    if bare != word {
        alts.push(vec![bare.clone()]);
    }
    let w = bare.as_str();
    if let Some(base) = w.strip_suffix("'s").or_else(|| w.strip_suffix('\''))
        && !base.is_empty()
    {
        alts.push(vec![base.to_string()]);
    }
    for sep in ['-', '\u{200C}'] {
        if w.contains(sep) {
            alts.push(
                w.split(sep)
                    .filter(|p| !p.is_empty())
                    .map(str::to_string)
                    .collect(),
            );
        }
    }
    if let Some((base, tail)) = w.split_once('\'')
        && !base.is_empty()
        && !tail.contains('\'')
        && (1..=2).contains(&tail.chars().count())
    {
        alts.push(vec![base.to_string()]);
    }
    alts
}

/// A token is right when the project lists it or the dictionary knows it
/// (or was never asked, because it could not be read).
fn token_ok(s: &Speller, token: &str, project: &HashSet<String>) -> bool {
    project.contains(&token.to_lowercase()) || s.cache.known(token) != Some(false)
}

fn word_ok(s: &Speller, word: &str, project: &HashSet<String>) -> bool {
    token_ok(s, word, project)
        || alternatives(word)
            .iter()
            .any(|alt| alt.iter().all(|t| token_ok(s, t, project)))
}

/// Fills in whether each speller's dictionary knows its `needed` words,
/// loading only the dictionaries with words the cache has not seen.
/// Gives the spellers whose dictionary could not be read.
fn ask(spellers: &mut [Speller], needed: Vec<Vec<String>>) -> HashMap<usize, String> {
    let misses: Vec<Vec<String>> = spellers
        .iter()
        .zip(needed)
        .map(|(s, words)| {
            let mut m: Vec<String> = words
                .into_iter()
                .filter(|w| s.cache.known(w).is_none())
                .collect();
            m.sort();
            m.dedup();
            m
        })
        .collect();
    let wanted: Vec<DictionaryFiles> = spellers
        .iter()
        .zip(&misses)
        .filter(|(_, m)| !m.is_empty())
        .map(|(s, _)| s.files.clone())
        .collect();
    let loaded = dictionary::load_all(&wanted);
    let mut broken = HashMap::new();
    for (i, (s, m)) in spellers.iter_mut().zip(misses).enumerate() {
        if m.is_empty() {
            continue;
        }
        match loaded.get(&s.files).map(|d| d.as_ref()) {
            Some(Ok(dict)) => {
                for w in m {
                    s.cache.set_known(&w, dict.check(&w));
                }
            }
            Some(Err(e)) => {
                broken.insert(i, e.clone());
            }
            None => {
                broken.insert(i, "it was not loaded".to_string());
            }
        }
    }
    broken
}

/// Fills in the suggestions for each speller's `wanted` words, each
/// dictionary on a thread of its own: one suggestion can take half a
/// second in a large dictionary.
fn suggest(spellers: &mut [Speller], wanted: Vec<Vec<String>>) {
    let wanted: Vec<Vec<String>> = spellers
        .iter()
        .zip(wanted)
        .map(|(s, words)| {
            let mut m: Vec<String> = words
                .into_iter()
                .filter(|w| s.cache.suggestions(w).is_none())
                .collect();
            m.sort();
            m.dedup();
            m
        })
        .collect();
    let files: Vec<DictionaryFiles> = spellers
        .iter()
        .zip(&wanted)
        .filter(|(_, w)| !w.is_empty())
        .map(|(s, _)| s.files.clone())
        .collect();
    let loaded = dictionary::load_all(&files);
    std::thread::scope(|scope| {
        for (s, words) in spellers.iter_mut().zip(wanted) {
            let Some(dict) = loaded.get(&s.files).cloned() else {
                continue;
            };
            scope.spawn(move || {
                let Ok(dict) = dict.as_ref() else { return };
                for w in words {
                    let mut found = Vec::new();
                    dict.suggest(&w, &mut found);
                    s.cache.set_suggestions(&w, found);
                }
            });
        }
    });
}

fn missing_dictionary(tag: &str, english_name: &str) -> Diagnostic {
    let language = tag.split('-').next().unwrap_or(tag);
    Diagnostic::warning(format!(
        "no {english_name} ({tag}) spelling dictionary is installed, so {english_name} spelling is not checked"
    ))
    .with_code(NO_DICTIONARY)
    .with_help(format!(
        "install one: Debian's hunspell-{language} (or myspell-{language}), or `npm install -g dictionary-{}`; or name the folder that holds {}.aff and .dic in {}",
        tag.to_ascii_lowercase(),
        tag.replace('-', "_"),
        dictionary::PATH_VAR
    ))
}

fn finding(o: &Occurrence, tag: &str, suggestions: &[String]) -> Option<Diagnostic> {
    let severity = o.level.severity()?;
    let shown: Vec<String> = suggestions
        .iter()
        .take(SUGGESTIONS)
        .map(|s| format!("`{s}`"))
        .collect();
    let list = match shown.as_slice() {
        [] => String::new(),
        [one] => format!("did you mean {one}? "),
        [rest @ .., last] => format!("did you mean {} or {last}? ", rest.join(", ")),
    };
    let mut d = Diagnostic {
        severity,
        ..Diagnostic::error(format!(
            "`{}` is not in the {tag} dictionary: is it spelt right?",
            o.word
        ))
    }
    .with_code(config::SPELLING)
    .at_offset(&o.file.label, o.file.text(), o.offset, o.len)
    .with_help(format!(
        "{list}if the word is right (a name, or a word the guide needs), add it to content/spelling/{tag}.txt"
    ));
    d.suggestions = suggestions.iter().take(SUGGESTIONS).cloned().collect();
    Some(d)
}

/// Drops each hard-word finding at the place of a spelling finding: a
/// misspelt everyday word is a typo to correct, not a word to add to the
/// glossary.
pub fn supersede_hard_words(findings: &mut Vec<Diagnostic>) {
    let place = |d: &Diagnostic| d.location.as_ref().map(|l| (l.file.clone(), l.line, l.col));
    let misspelt: HashSet<_> = findings
        .iter()
        .filter(|d| d.code == config::SPELLING)
        .filter_map(place)
        .collect();
    findings
        .retain(|d| d.code != config::HARD_WORD || place(d).is_none_or(|p| !misspelt.contains(&p)));
}

/// The spelling dictionary a locale would use, for `careguide check` to
/// say which one it read (and tests to know whether one is installed).
pub fn dictionary_for(locale: &Locale) -> Option<DictionaryFiles> {
    dictionary::find(&locale.tag_str(), &dictionary::search_dirs())
}
