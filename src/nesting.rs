//! How deep a structure may nest, checked before any recursive code sees
//! it. Fluent's parsers (fluent-syntax, and ours in `i18n::syntax`) and
//! every walker of inline markup recurse once per level, so a file with
//! 15,000 `{` would overflow the stack and abort the program (no panic, no
//! terminal restored). A linear scan finds the first level too deep and the
//! loader blanks that part out before the parsers run; each is a finding at
//! its file:line:col. TOML needs no scan: the toml crate stops at its own
//! depth limit and says where.

/// Placeables, selectors and call arguments (`{`, `(`) open at once in
/// one Fluent entry. The shipped files need 3; a real translation never
/// comes near this.
pub const MAX_FTL_NESTING: usize = 32;

/// Messages and terms that each refer to the next (`a = { b }`,
/// `b = { c }`...), counted in references (`i18n::references`). The
/// shipped files need 1.
pub const MAX_REFERENCE_DEPTH: usize = 10;

/// Bold, italic and links inside each other in one message.
pub const MAX_INLINE_NESTING: usize = 16;

/// Where a Fluent text nests too deep: the byte offset of each `{` or `(`
/// that opens level `MAX_FTL_NESTING + 1`, and the text with each such
/// part (from that bracket to the one that closes it, or to the next
/// entry) turned into spaces, newlines kept, so every other line and column
/// stays where it was. `None` when nothing is too deep (no copy).
pub fn blank_deep_ftl(text: &str) -> Option<(String, Vec<usize>)> {
    let bytes = text.as_bytes();
    // Cheap exit: fewer openers than the limit cannot nest past it.
    if bytes.iter().filter(|&&b| b == b'{' || b == b'(').count() <= MAX_FTL_NESTING {
        return None;
    }
    let mut out: Option<Vec<u8>> = None;
    let mut found = Vec::new();
    let mut depth = 0usize;
    let mut blanking = false;
    let mut line_start = true;
    for (i, &b) in bytes.iter().enumerate() {
        if line_start && starts_entry(&bytes[i..]) {
            // A new message, term or comment: nothing before it can still
            // be open for the parser (an `id =` at the left edge ends any
            // placeable with a syntax error, and the parser starts afresh).
            depth = 0;
            blanking = false;
        }
        line_start = b == b'\n';
        let mut blank_this = blanking;
        match b {
            b'{' | b'(' => {
                depth += 1;
                if depth > MAX_FTL_NESTING && !blanking {
                    found.push(i);
                    blanking = true;
                    blank_this = true;
                }
            }
            b'}' | b')' => {
                if blanking && depth == MAX_FTL_NESTING + 1 {
                    blanking = false;
                }
                depth = depth.saturating_sub(1);
            }
            _ => {}
        }
        if blank_this && b != b'\n' {
            // Every byte of a character becomes a space, so the text stays
            // UTF-8 and offsets stay put.
            out.get_or_insert_with(|| bytes.to_vec())[i] = b' ';
        }
    }
    let out = out?;
    Some((
        String::from_utf8(out).expect("only whole characters were blanked"),
        found,
    ))
}

/// Whether a line starts a Fluent entry: `id =`, `-term =` or `#`.
fn starts_entry(line: &[u8]) -> bool {
    let rest = match line.first() {
        Some(b'#') => return true,
        Some(b'-') => &line[1..],
        _ => line,
    };
    if !rest.first().is_some_and(u8::is_ascii_alphabetic) {
        return false;
    }
    let id = rest
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-' || **b == b'_')
        .count();
    let after = &rest[id..];
    let spaces = after.iter().take_while(|&&b| b == b' ').count();
    after.get(spaces) == Some(&b'=')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shallow_text_is_left_alone() {
        let text = "a = { $x ->\n    [one] { $y }\n   *[other] ({ NUMBER($n) })\n}\n";
        assert!(blank_deep_ftl(text).is_none());
        let many = "a = { $x } { $y }\n".repeat(100);
        assert!(blank_deep_ftl(&many).is_none());
    }

    #[test]
    fn deep_placeables_are_blanked_where_they_pass_the_limit() {
        let n = 15_000;
        let text = format!(
            "ok = fine\ndeep = {}\"x\"{}\nnext = {{ $n }}\n",
            "{ ".repeat(n),
            " }".repeat(n)
        );
        let (blanked, found) = blank_deep_ftl(&text).unwrap();
        let first = "ok = fine\ndeep = ".len() + 2 * MAX_FTL_NESTING;
        assert_eq!(found, [first]);
        assert_eq!(blanked.len(), text.len());
        assert_eq!(blanked.lines().count(), text.lines().count());
        assert!(
            blanked.ends_with("\nnext = { $n }\n"),
            "the next entry is kept"
        );
        let deep_line = blanked.lines().nth(1).unwrap();
        assert_eq!(deep_line.matches('{').count(), MAX_FTL_NESTING);
        assert_eq!(deep_line.matches('}').count(), MAX_FTL_NESTING);
    }

    #[test]
    fn an_unclosed_run_ends_at_the_next_entry() {
        let text = format!("deep = {}\n    more\nnext = x\n", "F(".repeat(100));
        let (blanked, found) = blank_deep_ftl(&text).unwrap();
        assert_eq!(found.len(), 1);
        assert!(blanked.contains("\n        \nnext = x\n"), "{blanked:?}");
    }

    #[test]
    fn multibyte_characters_inside_become_spaces() {
        let text = format!("deep = {}é€{}\n", "{".repeat(40), "}".repeat(40));
        let (blanked, _) = blank_deep_ftl(&text).unwrap();
        assert_eq!(blanked.len(), text.len());
        assert!(!blanked.contains('é'));
    }
}
