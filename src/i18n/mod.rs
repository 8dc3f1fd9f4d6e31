//! Languages: locale discovery and metadata ([`locales`], whose text
//! fields [`locale_toml`] checks and cleans), Fluent bundles
//! with a per-message fallback chain ([`localizer`]). Every translated
//! string passes [`crate::sanitize`] before it reaches an output.

pub mod bidi;
pub mod coverage;
pub mod digits;
pub mod fingerprint;
pub mod ftl;
pub mod locale_toml;
pub mod locales;
pub mod localizer;
pub mod negotiate;
pub mod references;
pub mod scaffold;
pub mod syntax;

pub use locales::{Direction, Locale, LocaleMeta, Locales, Status, load_locales};
pub use localizer::{Formatted, Localizer, TextLang};

/// The source locale: every other locale falls back to it.
pub const SOURCE_LOCALE: &str = "en-GB";
