//! careguide: makes the Children's Social Care National Framework (England)
//! readable by the children and young people it is for.
//!
//! Data flows one way (see ARCHITECTURE.md):
//! [`source`] files -> [`content`] model + [`i18n`] locales -> [`resolve`] a
//! [`document`] for one locale -> [`render`] it (HTML, text, Markdown, JSON)
//! or show it in the [`tui`] kiosk.

pub mod build;
pub mod check;
pub mod content;
pub mod diag;
pub mod document;
pub mod i18n;
pub mod lines;
pub mod markup;
pub mod nesting;
pub mod project;
pub mod publish;
pub mod render;
pub mod resolve;
pub mod sanitize;
pub mod serve;
pub mod source;
pub mod speech;
mod staging;
pub mod stdio;
pub mod translate;
pub mod tui;
