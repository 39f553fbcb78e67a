//! Quote marks: which tokens are quote marks, which way they face, and how they pair up.
//!
//! Double marks (straight, curly, guillemets, `''` and ``` `` ``` pairs) pair within a paragraph; a
//! quote left open at a paragraph's end runs on only when the next paragraph opens with a quote
//! mark (the newspaper convention for quotes of several paragraphs), otherwise it ends with its
//! paragraph. Single marks pair only outside double quotes, inside one sentence, and only with a
//! clear opener and closer, so apostrophes never open a quote.

use gleaner_core::{Analysis, Span, Token, TokenKind};
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Facing {
    Open,
    Close,
    /// Straight marks with no telling context: toggles the open/closed state.
    Either,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    first_tok: usize,
    last_tok: usize,
    span: Span,
    facing: Facing,
    double: bool,
}

/// A pair of quote marks and what lies between them.
#[derive(Debug, Clone)]
pub struct RawQuote {
    /// The quoted words without the marks, trimmed.
    pub content: Span,
    /// Token of the opening mark (its first token for a `''` pair).
    pub open_tok: usize,
    /// Token of the closing mark (its last token), `None` when the quote is never closed.
    pub close_tok: Option<usize>,
    /// Tokens strictly between the marks.
    pub inner: Range<usize>,
    /// Single quote marks (`‘...’`).
    pub single: bool,
}

fn is_opening_bracket(t: &Token) -> bool {
    t.kind == TokenKind::Punct && matches!(t.first, '(' | '[' | '{' | '-' | '/' | ':')
}

fn is_trailing_punct(t: &Token) -> bool {
    t.kind == TokenKind::Punct
        && matches!(
            t.first,
            ',' | '.' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '\u{2026}'
        )
}

/// Which way a mark spanning tokens `first..=last` faces, from its glyph or its surroundings.
fn facing(analysis: &Analysis, first: usize, last: usize, glyph: &str) -> Facing {
    match glyph {
        "\u{201C}" | "\u{201E}" | "\u{201F}" | "\u{00AB}" | "\u{2018}" | "\u{201A}" | "``"
        | "\u{2018}\u{2018}" => return Facing::Open,
        "\u{201D}" | "\u{00BB}" | "\u{2019}\u{2019}" => return Facing::Close,
        _ => {}
    }
    let tokens = &analysis.tokens;
    let Some(tok) = tokens.get(first) else {
        return Facing::Either;
    };
    let prev = first.checked_sub(1).and_then(|p| tokens.get(p));
    let left_open = tok.space_before || prev.is_none_or(is_opening_bracket);
    let right_open = tokens
        .get(last + 1)
        .is_some_and(|n| !n.space_before && !is_trailing_punct(n));
    // A curly closing single mark is an apostrophe-like closer unless clearly opening ("’90s").
    if glyph == "\u{2019}" {
        return if left_open && right_open {
            Facing::Either
        } else {
            Facing::Close
        };
    }
    match (left_open, right_open) {
        (true, true) => Facing::Open,
        (false, false) => Facing::Close,
        _ => Facing::Either,
    }
}

fn find_marks(analysis: &Analysis) -> Vec<Mark> {
    let tokens = &analysis.tokens;
    let mut marks = Vec::new();
    let mut i = 0;
    while let Some(tok) = tokens.get(i) {
        if tok.kind != TokenKind::Punct || !matches!(tok.first, '"' | '\'') {
            i += 1;
            continue;
        }
        let next = tokens.get(i + 1);
        let pair = tok.first == '\''
            && next
                .is_some_and(|n| n.kind == TokenKind::Punct && n.first == '\'' && !n.space_before);
        let last = if pair { i + 1 } else { i };
        let span = Span::new(
            tok.span.start,
            tokens.get(last).map_or(tok.span.end, |t| t.span.end),
        );
        let glyph = analysis.slice(span);
        marks.push(Mark {
            first_tok: i,
            last_tok: last,
            span,
            facing: facing(analysis, i, last, glyph),
            double: tok.first == '"' || pair,
        });
        i = last + 1;
    }
    marks
}

/// Paragraph index of every token (`usize::MAX` outside every paragraph).
pub fn paragraph_of_tokens(analysis: &Analysis) -> Vec<usize> {
    let mut out = Vec::with_capacity(analysis.tokens.len());
    let mut p = 0;
    for tok in &analysis.tokens {
        while analysis
            .paragraphs
            .get(p)
            .is_some_and(|para| para.end <= tok.span.start)
        {
            p += 1;
        }
        let inside = analysis
            .paragraphs
            .get(p)
            .is_some_and(|para| para.start <= tok.span.start);
        out.push(if inside { p } else { usize::MAX });
    }
    out
}

fn trimmed(text: &str, start: usize, end: usize) -> Span {
    let Some(slice) = text.get(start..end) else {
        return Span::new(start, start);
    };
    let lead = slice.len() - slice.trim_start().len();
    let body = slice.trim();
    Span::new(start + lead, start + lead + body.len())
}

/// Every quotation of the text, in order of their opening marks.
pub fn find_quotes(analysis: &Analysis, para_of: &[usize]) -> Vec<RawQuote> {
    let marks = find_marks(analysis);
    let tokens = &analysis.tokens;
    let para = |tok: usize| para_of.get(tok).copied().unwrap_or(usize::MAX);
    let first_tok_of_para = |p: usize| {
        analysis
            .paragraphs
            .get(p)
            .map(|span| analysis.token_index_at(span.start))
    };
    let para_end_tok = |p: usize| {
        analysis
            .paragraphs
            .get(p)
            .map_or(tokens.len(), |span| analysis.token_index_at(span.end))
    };
    let mut quotes = Vec::new();
    let emit = |quotes: &mut Vec<RawQuote>, open: &Mark, close: Option<&Mark>, end_tok: usize| {
        push_quote(quotes, analysis, open, close, end_tok);
    };

    // Double marks.
    let mut open: Option<Mark> = None;
    let mut reach = 0; // the paragraph the open quote has run into
    for mark in marks.iter().filter(|m| m.double) {
        let here = para(mark.first_tok);
        if let Some(o) = open.filter(|_| here != reach) {
            let continues = here == reach + 1
                && first_tok_of_para(here) == Some(mark.first_tok)
                && mark.facing != Facing::Close;
            if continues {
                reach = here;
                continue;
            }
            emit(&mut quotes, &o, None, para_end_tok(reach));
            open = None;
        }
        match (open, mark.facing) {
            (None, Facing::Open | Facing::Either) => {
                open = Some(*mark);
                reach = here;
            }
            (None, Facing::Close) => {
                // A stray closer glued to the next word opens a quote ("” he" never does).
                let glued = tokens
                    .get(mark.last_tok + 1)
                    .is_some_and(|n| !n.space_before && n.kind != TokenKind::Punct);
                let spaced = tokens.get(mark.first_tok).is_some_and(|t| t.space_before);
                if glued && spaced {
                    open = Some(*mark);
                    reach = here;
                }
            }
            (Some(o), Facing::Close | Facing::Either) => {
                emit(&mut quotes, &o, Some(mark), mark.first_tok);
                open = None;
            }
            (Some(o), Facing::Open) => {
                // The previous quote was never closed: end it here and open the new one.
                emit(&mut quotes, &o, None, mark.first_tok);
                open = Some(*mark);
                reach = here;
            }
        }
    }
    if let Some(o) = open {
        emit(&mut quotes, &o, None, para_end_tok(reach));
    }

    // Single marks outside double quotes, paired inside one sentence.
    let doubles: Vec<Range<usize>> = quotes
        .iter()
        .map(|q| q.open_tok..q.close_tok.map_or(q.inner.end, |c| c + 1))
        .collect();
    let outside = |tok: usize| !doubles.iter().any(|r| r.contains(&tok));
    let singles: Vec<&Mark> = marks
        .iter()
        .filter(|m| !m.double && outside(m.first_tok))
        .collect();
    let double_marks: Vec<usize> = marks
        .iter()
        .filter(|m| m.double)
        .map(|m| m.first_tok)
        .collect();
    let mut k = 0;
    while let Some(opener) = singles.get(k) {
        k += 1;
        if opener.facing != Facing::Open {
            continue;
        }
        let sentence = analysis.sentence_at(opener.span.start);
        let closer = singles.get(k..).unwrap_or(&[]).iter().position(|m| {
            m.facing != Facing::Open
                && m.first_tok <= opener.first_tok + 40
                && analysis.sentence_at(m.span.start) == sentence
        });
        let Some(offset) = closer else { continue };
        let Some(close) = singles.get(k + offset) else {
            continue;
        };
        let crosses_double = double_marks
            .iter()
            .any(|&d| d > opener.first_tok && d < close.first_tok);
        // Nothing between the marks, or a double mark inside: not a single-quoted phrase.
        if crosses_double || close.first_tok == opener.last_tok + 1 {
            continue;
        }
        emit(&mut quotes, opener, Some(close), close.first_tok);
        k += offset + 1;
    }
    quotes.sort_by_key(|q| q.open_tok);
    quotes
}

fn push_quote(
    quotes: &mut Vec<RawQuote>,
    analysis: &Analysis,
    open: &Mark,
    close: Option<&Mark>,
    end_tok: usize,
) {
    let tokens = &analysis.tokens;
    let inner = open.last_tok + 1..close.map_or(end_tok, |c| c.first_tok);
    let end_byte = match close {
        Some(c) => c.span.start,
        None => inner
            .end
            .checked_sub(1)
            .and_then(|t| tokens.get(t))
            .map_or(open.span.end, |t| t.span.end),
    };
    let content = trimmed(analysis.text, open.span.end, end_byte.max(open.span.end));
    if !content.is_empty() && inner.start < inner.end {
        quotes.push(RawQuote {
            content,
            open_tok: open.first_tok,
            close_tok: close.map(|c| c.last_tok),
            inner,
            single: !open.double,
        });
    }
}
