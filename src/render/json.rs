//! JSON for other apps. The shape is its own set of types
//! ([`schema`]), documented in docs/json.md and versioned by `schema`.

pub mod schema;

use super::OutputFile;
use crate::document::Document;
pub use schema::SCHEMA_VERSION;

pub fn render(doc: &Document) -> Vec<OutputFile> {
    vec![OutputFile::new(
        format!("{}.json", doc.edition),
        render_document(doc),
    )]
}

pub fn render_document(doc: &Document) -> String {
    let notice = doc.notice();
    let mut s = serde_json::to_string_pretty(&schema::Envelope::new(doc, notice.as_ref()))
        .expect("a document always serialises");
    s.push('\n');
    s
}

/// One page as the JSON file has it (for tests and tools that want a part).
pub fn render_page(page: &crate::document::Page) -> String {
    serde_json::to_string_pretty(&schema::Page::new(page)).expect("a page always serialises")
}
