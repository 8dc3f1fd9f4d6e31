//! Finds the locales under `locales/<tag>/`, reads their `locale.toml`
//! metadata and parses their `.ftl` files. A broken file is reported and
//! whatever Fluent could parse of it is still used, so one slip in a
//! translation never stops the kiosk.

use std::collections::BTreeMap;
use std::rc::Rc;

use fluent_bundle::FluentResource;
use unic_langid::LanguageIdentifier;

use super::SOURCE_LOCALE;
pub use super::locale_toml::{Direction, LocaleMeta, Status};
use crate::diag::Diagnostic;
use crate::lines::LineIndex;
use crate::source::{SourceFile, Sources};

/// One parsed `.ftl` file, with where each message starts so diagnostics
/// can point at it.
#[derive(Debug)]
pub struct LocaleFile {
    pub rel: String,
    pub label: String,
    /// Owns the file's text (see [`LocaleFile::text`]), so it is held once.
    pub resource: Rc<FluentResource>,
    /// Where each message starts, by id (see [`MessageOffsets`]).
    pub messages: MessageOffsets,
    /// The starts (byte offsets, ascending) of the messages the reference
    /// parser could not parse (inside junk): shown in English, and not
    /// counted as translated. Usually none.
    pub unparsed: Rc<[u32]>,
    /// Where each line of the text starts: every finding in the file is
    /// placed by it (see [`LocaleFile::point`]).
    pub lines: Rc<LineIndex>,
}

impl LocaleFile {
    /// The file's text, as Fluent parsed it.
    pub fn text(&self) -> &str {
        self.resource.source()
    }

    /// The byte offset of the first line of message `id`.
    pub fn offset(&self, id: &str) -> Option<usize> {
        let text = self.text();
        let all = &self.messages.0;
        all.binary_search_by(|&(at, len)| text[at as usize..(at + len) as usize].cmp(id))
            .ok()
            .map(|i| all[i].0 as usize)
    }

    /// Points `d` at byte `offset` (and `len` bytes) of this file, its
    /// line found in the file's index.
    pub fn point(&self, d: Diagnostic, offset: usize, len: usize) -> Diagnostic {
        d.at_offset_in(&self.label, self.text(), &self.lines, offset, len)
    }

    pub fn has(&self, id: &str) -> bool {
        self.offset(id).is_some()
    }

    /// Whether message `id` is here and parses.
    pub fn parses(&self, id: &str) -> bool {
        self.offset(id)
            .is_some_and(|at| self.unparsed.binary_search(&(at as u32)).is_err())
    }

    /// Each message's id and offset, in the order of the ids.
    pub fn offsets(&self) -> impl Iterator<Item = (&str, usize)> {
        let text = self.text();
        self.messages
            .0
            .iter()
            .map(move |&(at, len)| (&text[at as usize..(at + len) as usize], at as usize))
    }

    /// Each message's id, in order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.offsets().map(|(id, _)| id)
    }
}

/// Where each message of a file starts: its offset and the length of its
/// id, sorted by id (the first definition of an id only). The ids are read
/// from the file's text, so a message takes 8 bytes here (a large edition
/// has tens of thousands), and the pseudo-locales share their source's.
#[derive(Debug, Clone, Default)]
pub struct MessageOffsets(Rc<[(u32, u32)]>);

impl MessageOffsets {
    pub fn of(text: &str) -> MessageOffsets {
        let mut all: Vec<(u32, u32)> = message_starts(text)
            .map(|(at, len)| (at as u32, len as u32))
            .collect();
        // Sorted by id, and for each id its first definition (the sort is
        // stable and the starts come in file order).
        let id = |&(at, len): &(u32, u32)| &text[at as usize..(at + len) as usize];
        all.sort_by(|a, b| id(a).cmp(id(b)));
        all.dedup_by(|b, a| id(a) == id(b));
        MessageOffsets(all.into())
    }
}

/// A pseudo-locale made on the fly from English with fluent-pseudo, for
/// testing layout: accented and longer (`en-XA`), or mirrored and right to
/// left (`ar-XB`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pseudo {
    Accented,
    Flipped,
}

pub const PSEUDO_LOCALES: &[(&str, Pseudo)] =
    &[("en-XA", Pseudo::Accented), ("ar-XB", Pseudo::Flipped)];

#[derive(Debug)]
pub struct Locale {
    pub tag: LanguageIdentifier,
    pub meta: LocaleMeta,
    pub files: Vec<LocaleFile>,
    pub pseudo: Option<Pseudo>,
}

impl Locale {
    /// The file and byte offset where message `id` is defined.
    pub fn find(&self, id: &str) -> Option<(&LocaleFile, usize)> {
        self.files.iter().find_map(|f| f.offset(id).map(|o| (f, o)))
    }

    pub fn tag_str(&self) -> String {
        self.tag.to_string()
    }
}

#[derive(Debug, Default)]
pub struct Locales {
    /// The source locale first, then the others by tag. Shared, so a
    /// [`super::Localizer`] can own what it formats from.
    pub list: Vec<Rc<Locale>>,
    /// Pseudo-locales: found by [`Locales::get`], never listed or published
    /// unless asked for by name.
    pub pseudo: Vec<Rc<Locale>>,
}

impl Locales {
    pub fn get(&self, tag: &LanguageIdentifier) -> Option<&Rc<Locale>> {
        self.list.iter().chain(&self.pseudo).find(|l| &l.tag == tag)
    }

    pub fn source(&self) -> Option<&Rc<Locale>> {
        self.list.iter().find(|l| l.tag == SOURCE_LOCALE)
    }

    pub fn tags(&self) -> Vec<String> {
        self.list.iter().map(|l| l.tag_str()).collect()
    }
}

/// Loads every `locales/<tag>/` folder. The `.ftl` files are taken out of
/// `sources`: their text moves into the Fluent resources, so a large
/// project's words are held once, never copied.
pub fn load_locales(sources: &mut Sources) -> (Locales, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let mut by_tag: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for rel in sources.paths_under("locales/") {
        let mut parts = rel["locales/".len()..].splitn(2, '/');
        if let (Some(tag), Some(_)) = (parts.next(), parts.next()) {
            let tag = tag.to_string();
            by_tag.entry(tag).or_default().push(rel);
        }
    }
    let mut list = Vec::new();
    for (tag, files) in by_tag {
        if let Some(locale) = load_locale(&tag, &files, sources, &mut diags) {
            list.push(Rc::new(locale));
        }
    }
    list.sort_by_key(|l| (l.tag != SOURCE_LOCALE, l.tag.to_string()));
    if list.first().is_none_or(|l| l.tag != SOURCE_LOCALE) {
        diags.push(
            Diagnostic::error(format!(
                "there is no source locale locales/{SOURCE_LOCALE}/"
            ))
            .with_help("every other language falls back to it; restore it from the repository"),
        );
    }
    let pseudo = list
        .first()
        .filter(|l| l.tag == SOURCE_LOCALE)
        .map(|source| pseudo_locales(source))
        .unwrap_or_default();
    (Locales { list, pseudo }, diags)
}

/// The pseudo-locales, sharing the source locale's parsed files.
fn pseudo_locales(source: &Locale) -> Vec<Rc<Locale>> {
    PSEUDO_LOCALES
        .iter()
        .map(|&(tag, kind)| {
            let files = source
                .files
                .iter()
                .map(|f| LocaleFile {
                    rel: f.rel.clone(),
                    label: f.label.clone(),
                    resource: Rc::clone(&f.resource),
                    messages: f.messages.clone(), // shared, not copied
                    unparsed: Rc::clone(&f.unparsed),
                    lines: Rc::clone(&f.lines),
                })
                .collect();
            let (name, direction) = match kind {
                Pseudo::Accented => ("Ƥşḗḗŭŭḓǿǿ (accented)", Direction::Ltr),
                Pseudo::Flipped => ("ɥsᴉlƃuƎ (flipped, right to left)", Direction::Rtl),
            };
            let meta = LocaleMeta {
                name: name.to_string(),
                english_name: format!("Pseudo-locale {tag}"),
                direction,
                status: Status::Draft,
                translators: vec![],
                voice: None,
            };
            Rc::new(Locale {
                tag: tag.parse().expect("valid pseudo tag"),
                meta,
                files,
                pseudo: Some(kind),
            })
        })
        .collect()
}

fn load_locale(
    tag: &str,
    files: &[String],
    sources: &mut Sources,
    diags: &mut Vec<Diagnostic>,
) -> Option<Locale> {
    let langid: LanguageIdentifier = match tag.parse() {
        Ok(l) => l,
        Err(_) => {
            diags.push(
                Diagnostic::error(format!("locales/{tag}/ is not named by a language tag"))
                    .with_help("name the folder by a BCP 47 tag such as `cy`, `pt-BR` or `fa`"),
            );
            return None;
        }
    };
    let meta_rel = format!("locales/{tag}/locale.toml");
    let meta = match sources.get(&meta_rel) {
        Some(f) => read_meta(f, diags)?,
        // Listed but not read: too big to read.
        None if sources.paths_under(&meta_rel).contains(&meta_rel) => {
            match sources.take(&meta_rel)? {
                Ok(f) => read_meta(&f, diags)?,
                Err(d) => {
                    diags.push(d);
                    return None;
                }
            }
        }
        None => {
            diags.push(
                Diagnostic::error(format!("{meta_rel} is missing"))
                    .with_help("it names the language in its own words and says its direction and status; `careguide locale new` writes one"),
            );
            return None;
        }
    };
    let mut ftl = Vec::new();
    let mut definitions = Vec::new();
    for rel in files.iter().filter(|rel| rel.ends_with(".ftl")) {
        match sources.take(rel) {
            Some(Ok(file)) => {
                if let Some((file, defs)) = read_ftl(rel, file, diags) {
                    ftl.push(file);
                    definitions.push(defs);
                }
            }
            Some(Err(d)) => diags.push(d),
            None => {}
        }
    }
    // Cycles and chains too long, over all the language's files.
    let places: Vec<_> = ftl
        .iter()
        .map(|f| move |d: Diagnostic, at: usize, len: usize| f.point(d, at, len))
        .collect();
    let refs: Vec<super::references::FileRefs> = places
        .iter()
        .zip(&definitions)
        .map(|(place, defs)| super::references::FileRefs {
            place,
            definitions: defs,
        })
        .collect();
    diags.extend(super::references::check(&refs));
    drop(refs);
    Some(Locale {
        tag: langid,
        meta,
        files: ftl,
        pseudo: None,
    })
}

fn read_meta(file: &SourceFile, diags: &mut Vec<Diagnostic>) -> Option<LocaleMeta> {
    let text = file.text().map_err(|d| diags.push(d)).ok()?;
    match toml::from_str::<LocaleMeta>(text) {
        Ok(mut m) => {
            diags.extend(super::locale_toml::check_fields(&file.label, text, &mut m));
            Some(m)
        }
        Err(e) => {
            let d = Diagnostic::error(format!("{} is not valid: {}", file.label, e.message().trim()))
                .with_help("locale.toml needs name, english-name, direction (ltr|rtl) and status (source|reviewed|draft)");
            diags.push(match e.span() {
                Some(s) => d.at_offset(&file.label, text, s.start, s.len()),
                None => d.at_position(&file.label, 1, 1),
            });
            None
        }
    }
}

/// A `.ftl` file parsed, with its messages' references (for
/// [`super::references::check`]).
fn read_ftl(
    rel: &str,
    file: SourceFile,
    diags: &mut Vec<Diagnostic>,
) -> Option<(LocaleFile, Vec<super::references::Definition>)> {
    let SourceFile { label, bytes } = file;
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let file = SourceFile {
                label,
                bytes: e.into_bytes(),
            };
            if let Err(d) = file.text() {
                diags.push(d.with_code("not-utf8"));
            }
            return None;
        }
    };
    // Syntax errors are reported where the reference parser finds them
    // (`super::syntax`); Fluent's runtime parser keeps what it can of the
    // file for the bundles.
    // Nesting too deep for the parsers' stacks is blanked out first.
    let text = match crate::nesting::blank_deep_ftl(&text) {
        Some((blanked, found)) => {
            let lines = LineIndex::of(&text);
            diags.extend(
                found
                    .into_iter()
                    .map(|at| nesting_diagnostic(&label, &text, &lines, at)),
            );
            blanked
        }
        None => text,
    };
    let resource = FluentResource::try_new(text).unwrap_or_else(|(r, _)| r);
    let lines = LineIndex::of(resource.source());
    let parsed = super::syntax::parse(resource.source());
    diags.extend(
        parsed
            .errors()
            .map(|(_, e)| syntax_diagnostic_in(&label, resource.source(), &lines, e)),
    );
    let messages = MessageOffsets::of(resource.source());
    let unparsed = unparsed_starts(resource.source(), &parsed);
    let definitions = super::references::definitions(&parsed);
    let file = LocaleFile {
        rel: rel.to_string(),
        label,
        resource: Rc::new(resource),
        messages,
        unparsed,
        lines: Rc::new(lines),
    };
    Some((file, definitions))
}

fn nesting_diagnostic(label: &str, text: &str, lines: &LineIndex, at: usize) -> Diagnostic {
    Diagnostic::error(format!(
        "placeables are nested more than {} deep here",
        crate::nesting::MAX_FTL_NESTING
    ))
    .with_code("too-deep")
    .at_offset_in(label, text, lines, at, 1)
    .with_help("a message needs a `{ }` inside another only once or twice: compare it with the English; until it is fixed that message is shown in English and `build` publishes nothing for this language")
}

/// The starts of the message lines that fall inside junk. Both come in
/// file order, so one pass over each finds them.
fn unparsed_starts(text: &str, parsed: &super::syntax::Resource) -> Rc<[u32]> {
    let mut junk = parsed.errors().map(|(span, _)| span).peekable();
    if junk.peek().is_none() {
        return Rc::new([]);
    }
    let mut out = Vec::new();
    for (at, _) in message_starts(text) {
        while junk.next_if(|span| span.end <= at).is_some() {}
        match junk.peek() {
            Some(span) if span.contains(&at) => out.push(at as u32),
            Some(_) => {}
            None => break,
        }
    }
    out.into()
}

/// The syntax errors of a file, each at the reference parser's position
/// with its code (`E0003`...).
pub fn syntax_errors(label: &str, text: &str) -> Vec<Diagnostic> {
    let lines = LineIndex::of(text);
    super::syntax::parse(text)
        .errors()
        .map(|(_, e)| syntax_diagnostic_in(label, text, &lines, e))
        .collect()
}

/// A syntax error, placed by the file's line index.
fn syntax_diagnostic_in(
    label: &str,
    text: &str,
    lines: &LineIndex,
    e: &super::syntax::SyntaxError,
) -> Diagnostic {
    Diagnostic::error(format!("Fluent syntax error: {}", e.message))
        .with_code(e.code)
        .at_offset_in(label, text, lines, e.offset, 1)
        .with_help(syntax_help(e.code))
}

/// What to do about a syntax error, in a translator's words.
fn syntax_help(code: &str) -> String {
    let advice = match code {
        "E0002" => {
            "a line at the left edge starts a message id, a `-term` or a `# ` comment; indent a continued line by four spaces"
        }
        "E0003" => {
            "a character is missing here (the one named): often a `}`, `]`, `=`, or the space after `#`"
        }
        "E0005" | "E0006" | "E0012" => "write the words after `=`, or delete the line",
        "E0010" | "E0011" | "E0015" => {
            "a `{ $x -> ... }` needs its variants each on a line, exactly one of them marked with `*`"
        }
        _ => {
            "compare the line with the English: a `{`, `}`, `[` or `*` out of place is the usual cause"
        }
    };
    format!(
        "{advice}; until it is fixed that message is shown in English and `build` publishes nothing for this language"
    )
}

/// Where each message starts, in file order: the byte offset of each line
/// beginning with an identifier and `=`, and the identifier's length.
/// Fluent's own AST carries no positions, and this is all diagnostics need.
/// (Files are at most a few megabytes, so offsets fit in 32 bits.)
pub fn message_starts(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    text.split_inclusive('\n')
        .scan(0, |offset, line| {
            let at = *offset;
            *offset += line.len();
            Some((at, line))
        })
        .filter_map(|(at, line)| {
            let id_len = line
                .char_indices()
                .take_while(|&(i, c)| {
                    if i == 0 {
                        c.is_ascii_alphabetic()
                    } else {
                        c.is_ascii_alphanumeric() || c == '-' || c == '_'
                    }
                })
                .count();
            (id_len > 0 && line[id_len..].trim_start_matches(' ').starts_with('='))
                .then_some((at, id_len))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_found_by_id_first_definition_first() {
        let text =
            "b = two\na = one\n    more of one\n-term = x\n# a = not\nc-d = four\na = again\n";
        let file = LocaleFile {
            rel: "x.ftl".into(),
            label: "x.ftl".into(),
            resource: Rc::new(FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r)),
            messages: MessageOffsets::of(text),
            unparsed: Rc::new([]),
            lines: Rc::new(LineIndex::of(text)),
        };
        assert_eq!(file.ids().collect::<Vec<_>>(), ["a", "b", "c-d"]);
        assert_eq!(file.offset("a"), Some(text.find("a = one").unwrap()));
        assert_eq!(file.offset("b"), Some(0));
        assert_eq!(file.offset("c-d"), Some(text.find("c-d").unwrap()));
        assert!(!file.has("term") && !file.has("-term") && !file.has("zz"));
        assert!(!file.has(""));
    }
}
