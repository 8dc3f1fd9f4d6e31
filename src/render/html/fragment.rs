//! HTML with holes. A page's title and blocks are shown twice, in the
//! page's own file and in the print view, and differ there in only three
//! things: heading levels, where a hard word's link goes, and whether a
//! picture has been described yet. So they are rendered once, as a
//! [`Fragment`] with those three left open, and each copy fills them in
//! as it is [placed](Fragment::place).

use std::collections::HashSet;

use super::escape::push_esc;

/// What a [`Fragment`] leaves open.
#[derive(Debug, Clone)]
pub(super) enum Hole {
    /// A heading's level: this many below the level of the page's title.
    Level(u8),
    /// The page that explains the hard words (the words page, or `""`
    /// when they are explained further down the same page).
    WordsTarget,
    /// A picture's alt text: said the first time the picture appears on
    /// the page it is placed in, empty after that (the copy is then
    /// decorative), so a screen reader reads it out once.
    Alt { id: String, alt: String },
}

/// HTML text, with holes at byte offsets in it (in order).
#[derive(Debug, Clone, Default)]
pub(super) struct Fragment {
    text: String,
    holes: Vec<(usize, Hole)>,
}

/// What fills the holes of a [`Fragment`] where it is placed.
pub(super) struct Place<'p> {
    /// The level of the page title's heading.
    pub top: u8,
    /// The page that explains the hard words.
    pub words: &'p str,
    /// The pictures already described on the page being written.
    pub described: &'p mut HashSet<String>,
}

impl Fragment {
    pub(super) fn push_str(&mut self, s: &str) {
        self.text.push_str(s);
    }

    /// The length of the text, holes left out.
    pub(super) fn len(&self) -> usize {
        self.text.len()
    }

    /// The text, to append to (never to shorten: holes point into it).
    pub(super) fn text_mut(&mut self) -> &mut String {
        &mut self.text
    }

    /// Leaves `hole` open at the end of the text.
    pub(super) fn hole(&mut self, hole: Hole) {
        self.holes.push((self.text.len(), hole));
    }

    pub(super) fn clear(&mut self) {
        self.text.clear();
        self.holes.clear();
    }

    /// Appends the text to `out` with every hole filled in for `place`.
    pub(super) fn place(&self, out: &mut String, place: &mut Place) {
        out.reserve(self.text.len());
        let mut from = 0;
        for (at, hole) in &self.holes {
            out.push_str(&self.text[from..*at]);
            from = *at;
            match hole {
                Hole::Level(below) => {
                    let level = (place.top + below).min(6);
                    out.push(char::from(b'0' + level));
                }
                Hole::WordsTarget => push_esc(out, place.words),
                Hole::Alt { id, alt } => {
                    if place.described.insert(id.clone()) {
                        push_esc(out, alt);
                    }
                }
            }
        }
        out.push_str(&self.text[from..]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_words_placed_twice() {
        let mut f = Fragment::default();
        f.push_str("<h");
        f.hole(Hole::Level(1));
        f.push_str("><img alt=\"");
        f.hole(Hole::Alt {
            id: "sun".into(),
            alt: "A sun & a cloud".into(),
        });
        f.push_str("\"><a href=\"");
        f.hole(Hole::WordsTarget);
        f.push_str("#word-court\">court</a>");

        let mut described = HashSet::new();
        let mut page = String::new();
        f.place(
            &mut page,
            &mut Place {
                top: 1,
                words: "words.html",
                described: &mut described,
            },
        );
        assert_eq!(
            page,
            "<h2><img alt=\"A sun &amp; a cloud\"><a href=\"words.html#word-court\">court</a>"
        );

        let mut print = String::new();
        let mut place = Place {
            top: 2,
            words: "",
            described: &mut HashSet::new(),
        };
        f.place(&mut print, &mut place);
        f.place(&mut print, &mut place);
        assert_eq!(
            print,
            "<h3><img alt=\"A sun &amp; a cloud\"><a href=\"#word-court\">court</a>\
             <h3><img alt=\"\"><a href=\"#word-court\">court</a>"
        );
    }
}
