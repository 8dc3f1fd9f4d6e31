//! Drawing search: the words typed (with a cursor while typing), then the
//! hits, each a menu row with the words of its card or paragraph.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::Drawn;
use super::step::{PictureMenu, draw_picture_menu, number_key};
use crate::markup::Text;
use crate::tui::layout::text::plain;
use crate::tui::library::Library;
use crate::tui::search::{field, find};
use crate::tui::state::App;
use crate::tui::theme::Theme;

/// The longest part of a hit's words shown in the list.
const SNIPPET: usize = 90;

fn snippet(s: &str) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= SNIPPET {
        return s;
    }
    let cut: String = s.chars().take(SNIPPET).collect();
    format!("{}…", cut.trim_end())
}

#[allow(clippy::too_many_arguments)]
pub fn draw_search(
    frame: &mut Frame,
    app: &App,
    lib: &Library,
    theme: &Theme,
    body: Rect,
    (query, selected, typing): (&str, usize, bool),
    drawn: &mut Drawn,
) {
    let w = &lib.words;
    let hits = find(lib, app.edition, query);
    let entries = hits
        .iter()
        .enumerate()
        .map(|(i, h)| (number_key(i), plain(&snippet(&h.text), theme.base)))
        .collect();
    let tip = if query.trim().chars().count() < 2 {
        w.text("kiosk-search-tip")
    } else if hits.is_empty() {
        w.text("kiosk-search-none")
    } else {
        w.text("kiosk-search-open")
    };
    let menu = PictureMenu {
        title: Text::plain_str(&field(lib, query, typing)),
        notice: false,
        entries,
        picture: None,
        tip: Some(tip),
    };
    draw_picture_menu(frame, lib, theme, body, menu, selected, drawn);
}
