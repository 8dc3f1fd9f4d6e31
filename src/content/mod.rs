//! The content model: editions -> pages -> blocks, pictures and facts, as
//! read from `content/` and checked for consistency. Holds no words: those
//! are Fluent messages whose ids come from the ids here (see [`ids`]).

pub mod counterpart;
pub mod glossary;
pub mod help_lines;
pub mod ids;
mod load;
mod model;
pub mod svg;

pub use load::load_content;
pub use model::*;
