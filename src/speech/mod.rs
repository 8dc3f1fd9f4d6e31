//! Read aloud, for any text: how numbers and addresses are said
//! (`spoken`), the engine that speaks (`engine`: espeak-ng and opusenc as
//! separate programs), and the audio cache of `build --audio` (`cache`).
//! What a document says is `crate::document::aloud`'s; this module knows
//! nothing of documents.

pub mod cache;
pub mod engine;
pub mod spoken;

pub use spoken::{AddressWords, spoken_form};
