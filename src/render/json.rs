//! JSON for other apps. The shape is documented in docs/json.md and
//! versioned by `schema`.

use serde::Serialize;

use super::OutputFile;
use crate::document::Document;

/// Bumped whenever the JSON shape changes incompatibly.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct Envelope<'a> {
    schema: u32,
    #[serde(flatten)]
    document: &'a Document,
    licence: String,
}

pub fn render(doc: &Document) -> Vec<OutputFile> {
    vec![OutputFile::new(
        format!("{}.json", doc.edition),
        render_document(doc),
    )]
}

pub fn render_document(doc: &Document) -> String {
    let env = Envelope {
        schema: SCHEMA_VERSION,
        document: doc,
        licence: doc.ui.plain("site-licence"),
    };
    let mut s = serde_json::to_string_pretty(&env).expect("a document always serialises");
    s.push('\n');
    s
}
