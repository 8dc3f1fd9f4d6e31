//! HTML renderer (being written).
use super::{OutputFile, RenderOptions};
use crate::document::Document;

pub fn render(_doc: &Document, _opts: &RenderOptions) -> Vec<OutputFile> {
    Vec::new()
}
