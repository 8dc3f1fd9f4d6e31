//! Byte offsets and lines of a text, for every place that says "file,
//! line, column" (diagnostics, the locale checks, the loaders). It needs
//! nothing else of careguide, so everything may use it.

/// Where each line of a text starts: made once per file, so finding the
/// line of a byte offset is a binary search, not a count from the start
/// of the file. A file with thousands of findings (a 24 KB `.ftl` with
/// 3,500 broken entries) would otherwise cost time in the square of its
/// size.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineIndex {
    /// The byte offset of each line's first byte, ascending; the first is 0.
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn of(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineIndex { starts }
    }

    /// The 0-based line that holds byte `offset` (an offset past the end
    /// is on the last line).
    pub fn line(&self, offset: usize) -> usize {
        self.starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }

    /// The byte offset where 0-based line `line` starts (the last line's
    /// start for a line past the end).
    pub fn start(&self, line: usize) -> usize {
        self.starts
            .get(line)
            .or(self.starts.last())
            .copied()
            .unwrap_or(0)
    }

    /// The byte range of 0-based line `line` of `text`, without its `\n`.
    pub fn range(&self, text: &str, line: usize) -> std::ops::Range<usize> {
        let start = self.start(line).min(text.len());
        let end = self
            .starts
            .get(line + 1)
            .map_or(text.len(), |&next| next - 1)
            .max(start);
        start..end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_index_finds_lines_by_search() {
        let text = "ab\ncd\n\nlast";
        let lines = LineIndex::of(text);
        let found: Vec<usize> = (0..=text.len()).map(|i| lines.line(i)).collect();
        let counted: Vec<usize> = (0..=text.len())
            .map(|i| text[..i].matches('\n').count())
            .collect();
        assert_eq!(found, counted);
        assert_eq!(&text[lines.range(text, 1)], "cd");
        assert_eq!(&text[lines.range(text, 2)], "");
        assert_eq!(&text[lines.range(text, 3)], "last");
        assert_eq!(lines.line(1000), 3);
        assert_eq!(LineIndex::of("").range("", 0), 0..0);
    }
}
