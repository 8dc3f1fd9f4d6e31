//! The building blocks of the easy-read rules and the readability
//! figures: how a message's text is read ([`text`]), English word
//! knowledge ([`english`]), everyday-word lists ([`vocabulary`]) and
//! syllable counting ([`syllables`]).

pub mod english;
pub mod pattern_languages;
pub mod pronoun;
pub mod style;
pub mod syllables;
pub mod text;
pub mod vocabulary;
