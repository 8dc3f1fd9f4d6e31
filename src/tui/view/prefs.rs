//! Drawing "How I like it": a menu of the reader's choices, each row
//! saying how it is now ("Read aloud: On").

use ratatui::Frame;
use ratatui::layout::Rect;

use super::Drawn;
use super::step::{PictureMenu, draw_picture_menu, number_key};
use crate::tui::layout::text::plain;
use crate::tui::library::Library;
use crate::tui::prefs::{ROWS, label};
use crate::tui::state::App;
use crate::tui::theme::Theme;

pub fn draw_prefs(
    frame: &mut Frame,
    app: &App,
    lib: &Library,
    theme: &Theme,
    body: Rect,
    selected: usize,
    drawn: &mut Drawn,
) {
    let w = &lib.words;
    let entries = ROWS
        .iter()
        .enumerate()
        .map(|(i, row)| (number_key(i), plain(&label(app, lib, *row), theme.base)))
        .collect();
    let menu = PictureMenu {
        title: w.text("kiosk-prefs-title"),
        notice: false,
        entries,
        picture: None,
        tip: Some(w.text("kiosk-prefs-tip")),
    };
    draw_picture_menu(frame, lib, theme, body, menu, selected, drawn);
}
