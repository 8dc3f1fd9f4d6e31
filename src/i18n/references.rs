//! Messages and terms that refer to each other (`{ other }`, `{ -term }`,
//! `{ other.attr }`). A cycle (`a = { b }`, `b = { a }`) never shows its
//! words: Fluent stops it and prints the reference's name instead. A chain
//! longer than [`MAX_REFERENCE_DEPTH`] is no message a translator meant,
//! and each link costs the formatter a frame of its stack. Both are errors
//! at the reference's file:line:col, found over the whole language (a
//! chain may cross files), before anything is formatted: so `locale
//! check`, `check` and `build` (which sets the language aside) say the
//! same.
//!
//! The walk is iterative: a chain of 10,000 references costs no stack.

use std::collections::HashMap;

use super::syntax::{Element, Expression, Inline, Pattern, Resource, Span};
use crate::diag::Diagnostic;

pub use crate::nesting::MAX_REFERENCE_DEPTH;

/// What a reference names: a message (or a term, `-id`), its value or one
/// of its attributes.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Target {
    pub term: bool,
    pub id: String,
    pub attribute: Option<String>,
}

impl Target {
    fn shown(&self) -> String {
        let dash = if self.term { "-" } else { "" };
        match &self.attribute {
            Some(a) => format!("{dash}{}.{a}", self.id),
            None => format!("{dash}{}", self.id),
        }
    }
}

/// One value or attribute of a file's messages and terms, with the
/// references written in it.
#[derive(Debug)]
pub struct Definition {
    pub target: Target,
    /// Where each reference is written (byte range in the file), and what
    /// it names.
    pub references: Vec<(Target, Span)>,
}

/// The definitions of one parsed file, in file order.
pub fn definitions(parsed: &Resource) -> Vec<Definition> {
    let mut out = Vec::new();
    for entry in &parsed.entries {
        let (term, m) = match entry {
            super::syntax::Entry::Message(m) => (false, m),
            super::syntax::Entry::Term(m) => (true, m),
            _ => continue,
        };
        let target = |attribute: Option<&str>| Target {
            term,
            id: m.id.name.clone(),
            attribute: attribute.map(str::to_string),
        };
        if let Some(value) = &m.value {
            let mut references = Vec::new();
            pattern(value, &mut references);
            out.push(Definition {
                target: target(None),
                references,
            });
        }
        for a in &m.attributes {
            let mut references = Vec::new();
            pattern(&a.value, &mut references);
            out.push(Definition {
                target: target(Some(&a.id.name)),
                references,
            });
        }
    }
    out
}

// Recursive over placeables: their nesting is at most
// `nesting::MAX_FTL_NESTING` (deeper ones are blanked before parsing).
fn pattern(p: &Pattern, out: &mut Vec<(Target, Span)>) {
    for el in &p.elements {
        if let Element::Placeable(e) = el {
            expression(e, out);
        }
    }
}

fn expression(e: &Expression, out: &mut Vec<(Target, Span)>) {
    match e {
        Expression::Inline(i) => inline(i, out),
        Expression::Select {
            selector, variants, ..
        } => {
            inline(selector, out);
            for v in variants {
                pattern(&v.value, out);
            }
        }
    }
}

fn inline(i: &Inline, out: &mut Vec<(Target, Span)>) {
    match i {
        Inline::Message {
            id,
            attribute,
            span,
        } => out.push((
            Target {
                term: false,
                id: id.name.clone(),
                attribute: attribute.as_ref().map(|a| a.name.clone()),
            },
            span.clone(),
        )),
        Inline::Term {
            id,
            attribute,
            arguments,
            span,
        } => {
            out.push((
                Target {
                    term: true,
                    id: id.name.clone(),
                    attribute: attribute.as_ref().map(|a| a.name.clone()),
                },
                span.clone(),
            ));
            if let Some(args) = arguments {
                args.positional.iter().for_each(|a| inline(a, out));
            }
        }
        Inline::Function { arguments, .. } => {
            arguments.positional.iter().for_each(|a| inline(a, out));
        }
        Inline::Placeable(e) => expression(e, out),
        Inline::String(_) | Inline::Number(_) | Inline::Variable(_) => {}
    }
}

/// A file of a language, as the check needs it: where to point, and its
/// definitions.
pub struct FileRefs<'a> {
    pub place: &'a dyn Fn(Diagnostic, usize, usize) -> Diagnostic,
    pub definitions: &'a [Definition],
}

/// The cycles and the chains too long among the definitions of one
/// language's files (the first definition of each name counts, as in the
/// bundle).
pub fn check(files: &[FileRefs]) -> Vec<Diagnostic> {
    // The graph: one node per first definition; an edge per reference to
    // a defined name (an undefined one is another check's finding).
    let mut index: HashMap<&Target, usize> = HashMap::new();
    let mut nodes: Vec<(usize, &Definition)> = Vec::new();
    for (f, file) in files.iter().enumerate() {
        for d in file.definitions {
            index.entry(&d.target).or_insert_with(|| {
                nodes.push((f, d));
                nodes.len() - 1
            });
        }
    }
    let edges: Vec<Vec<(usize, &Span)>> = nodes
        .iter()
        .map(|(_, d)| {
            d.references
                .iter()
                .filter_map(|(t, span)| index.get(t).map(|&n| (n, span)))
                .collect()
        })
        .collect();

    #[derive(Clone, Copy, PartialEq)]
    enum State {
        New,
        Open,
        Done,
    }
    let mut state = vec![State::New; nodes.len()];
    // The longest chain from each node (references followed, cycles
    // aside), and the edge it starts with.
    let mut depth = vec![0usize; nodes.len()];
    let mut next = vec![None::<usize>; nodes.len()];
    let mut out = Vec::new();
    for root in 0..nodes.len() {
        if state[root] != State::New {
            continue;
        }
        // (node, the next of its edges to follow)
        let mut stack = vec![(root, 0usize)];
        state[root] = State::Open;
        while let Some(&mut (n, ref mut e)) = stack.last_mut() {
            if let Some(&(to, span)) = edges[n].get(*e) {
                *e += 1;
                match state[to] {
                    State::New => {
                        state[to] = State::Open;
                        stack.push((to, 0));
                    }
                    State::Open => {
                        // Back to a node on the path: a cycle, from `to`
                        // round to this reference.
                        let from = stack.iter().position(|&(s, _)| s == to).unwrap_or(0);
                        let mut names: Vec<String> = stack[from..]
                            .iter()
                            .map(|&(s, _)| nodes[s].1.target.shown())
                            .collect();
                        names.push(nodes[to].1.target.shown());
                        let (f, d) = nodes[n];
                        out.push(cycle(&files[f], &d.target, &names, span));
                    }
                    State::Done => {
                        if depth[to] + 1 > depth[n] {
                            depth[n] = depth[to] + 1;
                            next[n] = Some(to);
                        }
                    }
                }
                continue;
            }
            state[n] = State::Done;
            stack.pop();
            if let Some(&(parent, _)) = stack.last()
                && depth[n] + 1 > depth[parent]
            {
                depth[parent] = depth[n] + 1;
                next[parent] = Some(n);
            }
        }
    }
    // A chain too long is one finding, at its start: a definition whose
    // chain is too long and that no definition with a too long chain
    // refers to.
    let mut inside = vec![false; nodes.len()];
    for n in 0..nodes.len() {
        if depth[n] > MAX_REFERENCE_DEPTH
            && let Some(to) = next[n]
        {
            inside[to] = true;
        }
    }
    for n in 0..nodes.len() {
        if depth[n] <= MAX_REFERENCE_DEPTH || inside[n] {
            continue;
        }
        let mut chain = vec![n];
        while let Some(to) = next[*chain.last().unwrap()] {
            chain.push(to);
        }
        let first = next[n].expect("a chain has a next link");
        let span = edges[n]
            .iter()
            .find(|&&(to, _)| to == first)
            .map(|&(_, s)| s)
            .expect("the link is an edge");
        let (f, d) = nodes[n];
        out.push(too_deep(
            &files[f], &d.target, depth[n], &chain, &nodes, span,
        ));
    }
    out
}

/// `a -> b -> c`, with the middle of a long path left out.
fn path(names: &[String]) -> String {
    if names.len() > 8 {
        format!(
            "{} -> ... -> {}",
            names[..4].join(" -> "),
            names[names.len() - 2..].join(" -> ")
        )
    } else {
        names.join(" -> ")
    }
}

fn cycle(file: &FileRefs, at: &Target, names: &[String], span: &Span) -> Diagnostic {
    let d = Diagnostic::error(format!(
        "`{}` refers to itself in a circle: {}",
        at.shown(),
        path(names)
    ))
    .with_code("reference-cycle")
    .with_help("one of these references must go: write the words themselves instead (a circle is never shown; Fluent prints the reference's name); until it is fixed `build` publishes nothing for this language");
    (file.place)(d, span.start, span.len())
}

fn too_deep(
    file: &FileRefs,
    at: &Target,
    depth: usize,
    chain: &[usize],
    nodes: &[(usize, &Definition)],
    span: &Span,
) -> Diagnostic {
    let names: Vec<String> = chain.iter().map(|&n| nodes[n].1.target.shown()).collect();
    let shown = path(&names);
    let d = Diagnostic::error(format!(
        "`{}` starts a chain of {depth} references, more than the {MAX_REFERENCE_DEPTH} a message may have: {shown}",
        at.shown()
    ))
    .with_code("reference-chain-too-deep")
    .with_help("write the words into the messages instead of referring from one to the next; until it is fixed `build` publishes nothing for this language");
    (file.place)(d, span.start, span.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    type Place<'a> = Box<dyn Fn(Diagnostic, usize, usize) -> Diagnostic + 'a>;

    fn findings(files: &[&str]) -> Vec<String> {
        let defs: Vec<Vec<Definition>> = files
            .iter()
            .map(|t| definitions(&super::super::syntax::parse(t)))
            .collect();
        let places: Vec<Place<'_>> = files
            .iter()
            .enumerate()
            .map(|(n, &t)| {
                let label = format!("f{n}.ftl");
                Box::new(move |d: Diagnostic, at, len| d.at_offset(&label, t, at, len)) as Place
            })
            .collect();
        let refs: Vec<FileRefs> = defs
            .iter()
            .zip(&places)
            .map(|(d, p)| FileRefs {
                place: p.as_ref(),
                definitions: d,
            })
            .collect();
        check(&refs).iter().map(|d| d.one_line()).collect()
    }

    #[test]
    fn a_cycle_is_found_at_the_reference_that_closes_it() {
        let found = findings(&["a = A { b }\nb = B { a }\n"]);
        assert_eq!(
            found,
            ["f0.ftl:2:9: error: `b` refers to itself in a circle: a -> b -> a"]
        );
        let found = findings(&["-t = T { -u }\n-u = U { -t }\nok = { -t }\n"]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].starts_with("f0.ftl:2:10:") && found[0].contains("-t -> -u -> -t"));
        let found = findings(&["me = { me }\n"]);
        assert_eq!(
            found,
            ["f0.ftl:1:8: error: `me` refers to itself in a circle: me -> me"]
        );
        // Across files, and through an attribute.
        let found = findings(&["a = { b.x }\n", "b = B\n    .x = { a }\n"]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].starts_with("f1.ftl:2:12:"), "{found:?}");
    }

    #[test]
    fn references_that_do_not_come_back_are_no_cycle() {
        // b's value refers to a; a refers to b's attribute, not its value.
        let found = findings(&["a = { b.x }\nb = { a }\n    .x = X\nc = { a } { a } { b }\n"]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_chain_too_long_is_one_finding_at_its_start() {
        let n = MAX_REFERENCE_DEPTH + 5;
        let mut text: String = (0..n)
            .map(|i| format!("m{i} = {{ m{} }}\n", i + 1))
            .collect();
        text.push_str(&format!("m{n} = end\n"));
        let found = findings(&[&text]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with(&format!(
                "f0.ftl:1:8: error: `m0` starts a chain of {n} references, more than the {MAX_REFERENCE_DEPTH}"
            )),
            "{}",
            found[0]
        );
        assert!(
            found[0].contains("m0 -> m1 -> m2 -> m3 -> ... ->"),
            "{}",
            found[0]
        );
        // At the limit, nothing.
        let text: String = (0..MAX_REFERENCE_DEPTH)
            .map(|i| format!("m{i} = {{ m{} }}\n", i + 1))
            .chain([format!("m{MAX_REFERENCE_DEPTH} = end\n")])
            .collect();
        assert!(findings(&[&text]).is_empty());
    }

    #[test]
    fn a_chain_of_ten_thousand_costs_no_stack() {
        let n = 10_000;
        let text: String = (0..n)
            .map(|i| format!("m{i} = {{ m{} }}\n", i + 1))
            .chain([format!("m{n} = {{ m0 }}\n")])
            .collect();
        let found = findings(&[&text]);
        assert!(
            found
                .iter()
                .any(|f| f.contains("in a circle: m0 -> m1 -> m2 -> m3 -> ... -> m10000 -> m0")),
            "{found:?}"
        );
        assert!(found.iter().all(|f| f.len() < 400), "{found:?}");
    }
}
