//! The data model of gleaner, the text analysis every extractor shares, and the extractor registry.
//!
//! This crate holds no extraction logic: it knows what a document, a span and a finding are, how
//! to cut a text into paragraphs, sentences and tokens, and how extractors register themselves.
//! Spans are byte ranges here; the driver writes them out as Unicode code point offsets.

mod document;
mod extractor;
mod finding;
pub mod fixture;
mod span;
pub mod text;

pub use document::{Document, DocumentError, parse_date};
pub use extractor::{Extractor, Registration, registered, registered_names};
pub use finding::{
    CountryFinding, CountryMention, CountryVia, DateFinding, DateKind, Findings, GenericFinding,
    PersonFinding, QuoteFinding, QuoteKind, Speaker, SpeakerKind,
};
pub use span::{CharIndex, Span};
pub use text::{Analysis, Sentence, Token, TokenKind};

/// Re-exported so extractor crates register with [`register_extractor!`] without naming it.
pub use inventory;
/// Re-exported so extractors and the driver agree on one calendar-date type.
pub use jiff;
