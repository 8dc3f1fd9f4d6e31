//! Text for the terminal: inline markup to styled segments, word
//! wrapping by display width, and right-to-left lines reordered with
//! unicode-bidi. Every string passes the sanitiser on its way in.
//!
//! A segment's style is any [`Pen`]: an [`Ink`] (what the text is for)
//! where the layout layer lays pages out without a theme, a ratatui
//! `Style` where the view lays out its own menus and dialogs.

use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use unicode_bidi::{BidiInfo, Level};
use unicode_width::UnicodeWidthChar;

use super::ink::Ink;
use crate::markup::{Inline, Text};
use crate::sanitize::for_terminal;

/// A run of text in one style.
pub type Seg<S = Style> = (String, S);

/// What a run of text is drawn in: compared to keep runs of one style
/// together, and made bold, italic or underlined by inline markup.
pub trait Pen: Copy + PartialEq + Default {
    fn with(self, m: Modifier) -> Self;
}

impl Pen for Style {
    fn with(self, m: Modifier) -> Style {
        self.add_modifier(m)
    }
}

impl Pen for Ink {
    fn with(self, m: Modifier) -> Ink {
        Ink {
            modifier: self.modifier | m,
            ..self
        }
    }
}

/// A no-break space: what a space between two digits becomes while a
/// line is wrapped and reordered, so that a phone number ("0800 528
/// 0731") is never broken across two lines, and in right-to-left text
/// its groups keep their order (a no-break space between two numbers
/// takes their direction; a plain space would take the paragraph's and
/// show "0731 528 0800"). It is a plain space again on screen.
const NUMBER_SPACE: char = '\u{00A0}';

/// Whether the `i`-th of `chars` is a space inside a number (the rule
/// the localizer's isolation uses too: `i18n::bidi`).
use crate::i18n::bidi::is_space_in_number as is_number_space;

/// Turns the no-break spaces of [`NUMBER_SPACE`] back into spaces.
pub fn plain_spaces(s: String) -> String {
    if s.contains(NUMBER_SPACE) {
        s.replace(NUMBER_SPACE, " ")
    } else {
        s
    }
}

/// Display width of a string, as the terminal buffer counts it: the sum
/// of its characters' widths. (`UnicodeWidthStr::width` counts an Arabic
/// lam-alef pair as one column, but ratatui draws them as two.)
pub fn width(s: &str) -> usize {
    s.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// A one-line label in display order: reordered when right-to-left.
pub fn label(s: &str, rtl: bool) -> String {
    let clean = for_terminal(s);
    to_visual::<Style>(vec![(clean.into_owned(), Style::default())], rtl)
        .into_iter()
        .map(|(s, _)| s)
        .collect()
}

pub fn seg<S>(s: &str, style: S) -> Seg<S> {
    (for_terminal(s).into_owned(), style)
}

/// Inline markup as styled segments: bold stays bold, italic italic, a
/// link underlined with its address after it (it cannot be clicked).
pub fn segs<S: Pen>(text: &Text, base: S) -> Vec<Seg<S>> {
    let mut out = Vec::new();
    push(&text.0, base, &mut out);
    out
}

fn push<S: Pen>(nodes: &[Inline], style: S, out: &mut Vec<Seg<S>>) {
    for n in nodes {
        match n {
            Inline::Text { text } => out.push(seg(text, style)),
            Inline::Strong { children } => push(children, style.with(Modifier::BOLD), out),
            Inline::Emphasis { children } => push(children, style.with(Modifier::ITALIC), out),
            Inline::Link { href, children } => {
                let label = Text::new(children.clone()).plain();
                push(children, style.with(Modifier::UNDERLINED), out);
                if let Some(address) = crate::markup::address_after(href, &label) {
                    out.push(seg(&address, style));
                }
            }
            Inline::LineBreak => out.push(("\n".into(), style)),
        }
    }
}

/// Plain text as one segment.
pub fn plain<S>(s: &str, style: S) -> Vec<Seg<S>> {
    vec![seg(s, style)]
}

/// A word: consecutive non-space characters, possibly in several styles.
type Word<S> = Vec<Seg<S>>;

fn word_width<S>(w: &Word<S>) -> usize {
    w.iter().map(|(s, _)| width(s)).sum()
}

/// Splits segments into words; `None` marks a forced line break.
fn words<S: Pen>(segs: &[Seg<S>]) -> Vec<Option<(Word<S>, S)>> {
    let mut out: Vec<Option<(Word<S>, S)>> = Vec::new();
    let mut cur: Word<S> = Vec::new();
    // The style of the space before the current word.
    let mut space_style = S::default();
    let mut pending_space: Option<S> = None;
    let flush = |cur: &mut Word<S>, out: &mut Vec<Option<(Word<S>, S)>>, sp: S| {
        if !cur.is_empty() {
            out.push(Some((std::mem::take(cur), sp)));
        }
    };
    let chars: Vec<char> = segs.iter().flat_map(|(s, _)| s.chars()).collect();
    let styled = segs
        .iter()
        .flat_map(|(s, style)| s.chars().map(move |_| style));
    for (i, (&c, style)) in chars.iter().zip(styled).enumerate() {
        // A number's groups stay one word.
        let c = if is_number_space(&chars, i) && !cur.is_empty() {
            NUMBER_SPACE
        } else {
            c
        };
        {
            if c == '\n' {
                flush(&mut cur, &mut out, space_style);
                out.push(None);
                pending_space = None;
            } else if c.is_whitespace() && c != NUMBER_SPACE {
                if !cur.is_empty() {
                    flush(&mut cur, &mut out, space_style);
                }
                pending_space = Some(*style);
            } else {
                if cur.is_empty() {
                    space_style = pending_space.take().unwrap_or_default();
                }
                match cur.last_mut() {
                    Some((t, st)) if st == style => t.push(c),
                    _ => cur.push((c.to_string(), *style)),
                }
            }
        }
    }
    flush(&mut cur, &mut out, space_style);
    out
}

/// Wraps segments to `width` display columns. Words longer than a line
/// are broken; nothing is ever wider than `width`.
pub fn wrap<S: Pen>(segs: &[Seg<S>], width: usize) -> Vec<Vec<Seg<S>>> {
    let width = width.max(1);
    let mut lines: Vec<Vec<Seg<S>>> = Vec::new();
    let mut line: Vec<Seg<S>> = Vec::new();
    let mut used = 0;
    for w in words(segs) {
        let Some((word, space_style)) = w else {
            lines.push(std::mem::take(&mut line));
            used = 0;
            continue;
        };
        let ww = word_width(&word);
        if used > 0 && used + 1 + ww <= width {
            // A space between two underlined words of a link stays
            // underlined; otherwise it is plain.
            let st = match (line.last(), word.first()) {
                (Some((_, a)), Some((_, b))) if a == b => *a,
                _ => space_style,
            };
            line.push((" ".into(), st));
            used += 1;
            line.extend(word);
            used += ww;
            continue;
        }
        if used > 0 {
            lines.push(std::mem::take(&mut line));
            used = 0;
        }
        if ww <= width {
            line.extend(word);
            used = ww;
            continue;
        }
        // A word wider than the line: break it by characters.
        for (s, st) in word {
            for c in s.chars() {
                let cw = c.width().unwrap_or(0);
                if used + cw > width && used > 0 {
                    lines.push(std::mem::take(&mut line));
                    used = 0;
                }
                match line.last_mut() {
                    Some((t, lst)) if *lst == st => t.push(c),
                    _ => line.push((c.to_string(), st)),
                }
                used += cw;
            }
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Width of a line of segments.
pub fn line_width<S>(line: &[Seg<S>]) -> usize {
    line.iter().map(|(s, _)| width(s)).sum()
}

/// Wraps with a hanging marker: "1. " then the text, following lines
/// indented to line up under the first word.
pub fn wrap_hanging<S: Pen>(marker: &[Seg<S>], body: &[Seg<S>], width: usize) -> Vec<Vec<Seg<S>>> {
    let mw = line_width(marker);
    let inner = width.saturating_sub(mw).max(1);
    let mut out = Vec::new();
    for (n, l) in wrap(body, inner).into_iter().enumerate() {
        let mut line = if n == 0 {
            marker.to_vec()
        } else {
            vec![(" ".repeat(mw), S::default())]
        };
        line.extend(l);
        out.push(line);
    }
    out
}

/// A finished line for a column `width` wide, as segments. Right-to-left
/// lines are reordered for display (unicode-bidi, paragraph level RTL,
/// mirrored brackets) and right-aligned.
pub fn finished<S: Pen>(line: Vec<Seg<S>>, rtl: bool, width: usize) -> Vec<Seg<S>> {
    if !rtl {
        return to_visual(line, false);
    }
    let mut visual = reorder_rtl(&line);
    let pad = width.saturating_sub(line_width(&visual));
    if pad > 0 {
        visual.insert(0, (" ".repeat(pad), S::default()));
    }
    visual
}

/// [`finished`], ready to draw.
pub fn finish(line: Vec<Seg>, rtl: bool, width: usize) -> Line<'static> {
    to_line(finished(line, rtl, width))
}

/// Segments in display order as a line to draw (numbers' no-break
/// spaces plain again).
pub fn to_line(segs: Vec<Seg>) -> Line<'static> {
    Line::from(
        segs.into_iter()
            .map(|(s, st)| Span::styled(plain_spaces(s), st))
            .collect::<Vec<_>>(),
    )
}

/// The one bidi rule of the kiosk: every line goes to the terminal in
/// visual order, laid out here (the terminal's own reordering is off for
/// the whole session). A right-to-left line is reordered with a
/// right-to-left base; a left-to-right line only when it holds
/// right-to-left letters (`العربية` on the English start screen): when
/// it changes direction by the one rule of `i18n::bidi`, which also
/// decides where the other outputs keep isolation marks.
pub fn to_visual<S: Pen>(line: Vec<Seg<S>>, rtl: bool) -> Vec<Seg<S>> {
    if rtl {
        reorder(&line, Level::rtl())
    } else if line
        .iter()
        .any(|(s, _)| crate::i18n::bidi::changes_direction(s, false))
    {
        reorder(&line, Level::ltr())
    } else {
        line
    }
}

/// Reorders one line of a right-to-left paragraph into display order,
/// keeping each character's style.
pub fn reorder_rtl<S: Pen>(line: &[Seg<S>]) -> Vec<Seg<S>> {
    reorder(line, Level::rtl())
}

/// Reorders one line into display order with the paragraph direction
/// `base`, keeping each character's style.
fn reorder<S: Pen>(line: &[Seg<S>], base: Level) -> Vec<Seg<S>> {
    let mut text = String::new();
    let mut styles: Vec<(usize, S)> = Vec::new(); // byte start of each char
    let chars: Vec<char> = line.iter().flat_map(|(s, _)| s.chars()).collect();
    let mut n = 0;
    for (s, st) in line {
        for c in s.chars() {
            styles.push((text.len(), *st));
            // Numbers keep their groups in order (see NUMBER_SPACE).
            text.push(if is_number_space(&chars, n) {
                NUMBER_SPACE
            } else {
                c
            });
            n += 1;
        }
    }
    if text.is_empty() {
        return Vec::new();
    }
    let style_at = |byte: usize| -> S {
        match styles.binary_search_by_key(&byte, |(b, _)| *b) {
            Ok(i) => styles[i].1,
            Err(i) => styles[i.saturating_sub(1)].1,
        }
    };
    let info = BidiInfo::new(&text, Some(base));
    let mut out: Vec<Seg<S>> = Vec::new();
    let mut emit = |c: char, st: S| {
        let c = if c == NUMBER_SPACE { ' ' } else { c };
        match out.last_mut() {
            Some((t, lst)) if *lst == st => t.push(c),
            _ => out.push((c.to_string(), st)),
        }
    };
    for para in &info.paragraphs {
        let (levels, runs) = info.visual_runs(para, para.range.clone());
        for run in runs {
            let rtl = levels[run.start].is_rtl();
            // Characters with their combining marks (zero width), so a
            // mark stays after its letter when the run is reversed.
            let mut clusters: Vec<Vec<(usize, char)>> = Vec::new();
            for (i, c) in text[run.clone()].char_indices() {
                // Zero-width joiners and non-joiners are not marks: they
                // stand between the letters they join or keep apart, so
                // they keep their own place when the run is reversed.
                let joins = c.width() == Some(0)
                    && !matches!(c, '\u{200C}' | '\u{200D}')
                    && !clusters.is_empty();
                if joins {
                    clusters
                        .last_mut()
                        .expect("a cluster")
                        .push((run.start + i, c));
                } else {
                    clusters.push(vec![(run.start + i, c)]);
                }
            }
            if rtl {
                clusters.reverse();
            }
            for cluster in clusters {
                for (n, (b, c)) in cluster.into_iter().enumerate() {
                    let c = if rtl && n == 0 { mirror(c) } else { c };
                    emit(c, style_at(b));
                }
            }
        }
    }
    out
}

/// Brackets swap in right-to-left runs (the Unicode mirrored pairs that
/// occur in prose).
fn mirror(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(lines: &[Vec<Seg>]) -> Vec<String> {
        lines
            .iter()
            .map(|l| l.iter().map(|(s, _)| s.as_str()).collect())
            .collect()
    }

    #[test]
    fn wraps_by_width_and_keeps_styles() {
        let bold = Style::default().add_modifier(Modifier::BOLD);
        let segs = vec![
            ("You will be ".to_string(), Style::default()),
            ("asked about your safety".to_string(), bold),
            (", always.".to_string(), Style::default()),
        ];
        let lines = wrap(&segs, 16);
        assert_eq!(
            text_of(&lines),
            ["You will be", "asked about your", "safety, always."]
        );
        assert!(lines[1].iter().all(|(_, s)| *s == bold));
        assert!(lines.iter().all(|l| line_width(l) <= 16));
    }

    #[test]
    fn long_words_break_and_newlines_force() {
        let lines = wrap(&plain("abcdefghij x\ny", Style::default()), 4);
        assert_eq!(text_of(&lines), ["abcd", "efgh", "ij x", "y"]);
    }

    #[test]
    fn strips_control_characters() {
        let s = segs(
            &Text::plain_str("hi\u{1b}[2J there\u{202e}"),
            Style::default(),
        );
        let all: String = s.iter().map(|(t, _)| t.as_str()).collect();
        assert!(!all.chars().any(|c| c.is_control() || c == '\u{202e}'));
    }

    #[test]
    fn combining_marks_stay_after_their_letter() {
        let v = reorder_rtl(&[("أولاً".to_string(), Style::default())]);
        let s: String = v.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(s, "اًلوأ");
    }

    #[test]
    fn phone_numbers_stay_whole_and_in_order() {
        let line = plain("Call free on 0800 528 0731 now", Style::default());
        let lines = wrap(&line, 20);
        assert_eq!(
            text_of(&lines)
                .iter()
                .map(|l| l.replace(NUMBER_SPACE, " "))
                .collect::<Vec<_>>(),
            ["Call free on", "0800 528 0731 now"]
        );
        let shown: String = finish(lines[1].clone(), false, 20)
            .spans
            .iter()
            .map(|s| s.content.to_string())
            .collect();
        assert_eq!(shown, "0800 528 0731 now");
        // Right to left: the groups keep their order.
        let visual = reorder_rtl(&[("اتصل 0800 1111 مجانًا".to_string(), Style::default())]);
        let s: String = visual.iter().map(|(t, _)| t.as_str()).collect();
        assert!(s.contains("0800 1111"), "{s}");
        assert!(!s.contains(NUMBER_SPACE));
    }

    #[test]
    fn rtl_lines_are_reordered_and_right_aligned() {
        // "سلام (hello) 123": Arabic reads right to left; the Latin word
        // and the number keep their own order.
        let line = vec![("سلام (hello) 123".to_string(), Style::default())];
        let visual = reorder_rtl(&line);
        let s: String = visual.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(s, "123 (hello) مالس");
        let finished = finish(line, true, 20);
        let shown: String = finished.spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(width(&shown), 20);
        assert!(shown.ends_with("مالس"));
    }
}

#[cfg(test)]
mod bidi_tests {
    use super::*;

    fn visual(s: &str, rtl: bool) -> String {
        to_visual(vec![(s.to_string(), Style::default())], rtl)
            .into_iter()
            .map(|(s, _)| s)
            .collect()
    }

    #[test]
    fn right_to_left_words_on_a_left_to_right_line_are_in_visual_order() {
        // U+0627 U+0644 U+0639 U+0631 U+0628 U+064A U+0629, sent last
        // letter first.
        assert_eq!(
            visual("3  العربية (Arabic)", false),
            "3  \u{0629}\u{064A}\u{0628}\u{0631}\u{0639}\u{0644}\u{0627} (Arabic)"
        );
        assert_eq!(
            visual("4  فارسی", false),
            "4  \u{06CC}\u{0633}\u{0631}\u{0627}\u{0641}"
        );
        // A line with no right-to-left letter is left alone.
        assert_eq!(visual("English (UK)", false), "English (UK)");
    }

    #[test]
    fn a_non_joiner_stays_between_the_letters_it_keeps_apart() {
        // می‌پرسند: MEEM, FARSI YEH, ZWNJ, PEH, REH, SEEN, NOON, DAL.
        let logical = "\u{0645}\u{06CC}\u{200C}\u{067E}\u{0631}\u{0633}\u{0646}\u{062F}";
        let expected = "\u{062F}\u{0646}\u{0633}\u{0631}\u{067E}\u{200C}\u{06CC}\u{0645}";
        assert_eq!(visual(logical, true).as_bytes(), expected.as_bytes());
        // A joiner too; a combining mark still follows its letter.
        assert_eq!(
            visual("\u{0628}\u{200D}\u{0628}", true),
            "\u{0628}\u{200D}\u{0628}"
        );
        assert_eq!(
            visual("\u{0628}\u{064E}\u{062A}", true),
            "\u{062A}\u{0628}\u{064E}"
        );
    }
}
