//! Shared text analysis: paragraphs, sentences, tokens and a normalized view, computed once per
//! document and read by every extractor.

mod normalize;
mod sentences;
mod tokens;

pub use normalize::{Normalized, normalize_char};
pub use tokens::{Token, TokenKind};

use crate::Span;
use std::ops::Range;

/// A sentence: its span (trimmed) and the range of its tokens in [`Analysis::tokens`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub tokens: Range<usize>,
    /// Index of the paragraph it belongs to.
    pub paragraph: usize,
}

/// A document's text, cut up once and shared by all extractors.
#[derive(Debug)]
pub struct Analysis<'t> {
    pub text: &'t str,
    /// Curly quotes, apostrophes, dashes and odd spaces folded to ASCII, mapped back to `text`.
    pub normalized: Normalized,
    /// Non-blank paragraphs (lines, with soft-wrapped lines joined), trimmed.
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
}

impl<'t> Analysis<'t> {
    pub fn new(text: &'t str) -> Self {
        let normalized = Normalized::new(text);
        let paragraphs = sentences::paragraphs(text);
        let tokens = tokens::tokenize(text);
        let sentences = sentences::split(text, &paragraphs, &tokens);
        Analysis {
            text,
            normalized,
            paragraphs,
            sentences,
            tokens,
        }
    }

    /// The original text of a span.
    pub fn slice(&self, span: Span) -> &'t str {
        span.text(self.text)
    }

    /// The text of token `i`.
    pub fn token_text(&self, i: usize) -> &'t str {
        self.tokens.get(i).map_or("", |t| t.span.text(self.text))
    }

    /// The tokens of a sentence.
    pub fn sentence_tokens(&self, sentence: &Sentence) -> &[Token] {
        self.tokens.get(sentence.tokens.clone()).unwrap_or(&[])
    }

    /// Index of the sentence containing byte offset `pos`, if any.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= pos);
        self.sentences
            .get(i)
            .filter(|s| s.span.start <= pos)
            .map(|_| i)
    }

    /// Index of the paragraph containing byte offset `pos`, if any.
    pub fn paragraph_at(&self, pos: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.end <= pos);
        self.paragraphs.get(i).filter(|p| p.start <= pos).map(|_| i)
    }

    /// Index of the first token starting at or after byte offset `pos`.
    pub fn token_index_at(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < pos)
    }
}

#[cfg(test)]
mod tests;
