use super::{Sentence, Token, TokenKind};
use crate::Span;
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

struct Abbreviations {
    /// Never end a sentence ("Mr.", "Gen.", "Jan.").
    inner: FxHashSet<&'static str>,
    /// End a sentence only before a sentence opener ("Inc.", "Jr.").
    final_ok: FxHashSet<&'static str>,
}

static ABBREVIATIONS: LazyLock<Abbreviations> = LazyLock::new(|| {
    let mut inner = FxHashSet::default();
    let mut final_ok = FxHashSet::default();
    for line in include_str!("../../data/abbreviations.txt").lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match line.strip_prefix('!') {
            Some(word) => final_ok.insert(word),
            None => inner.insert(line),
        };
    }
    Abbreviations { inner, final_ok }
});

/// Words that open sentences; after an abbreviation that may also end one ("U.S.", "Inc."),
/// one of these means the sentence did end.
const OPENERS: &[&str] = &[
    "A",
    "After",
    "All",
    "Also",
    "An",
    "And",
    "As",
    "At",
    "But",
    "By",
    "During",
    "For",
    "He",
    "Her",
    "His",
    "However",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "Meanwhile",
    "Mr",
    "Mrs",
    "Ms",
    "No",
    "On",
    "Our",
    "She",
    "Since",
    "So",
    "That",
    "The",
    "Their",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "To",
    "Under",
    "We",
    "What",
    "When",
    "While",
    "With",
    "Yet",
    "You",
];

/// Paragraphs: non-blank lines, trimmed. A line that does not end a sentence and is followed by
/// one starting in lowercase is a soft wrap and joins the next line.
pub(super) fn paragraphs(text: &str) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut joinable = false;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let start = pos;
        pos += line.len();
        let trimmed_start = line.len() - line.trim_start().len();
        let body = line.trim();
        if body.is_empty() {
            joinable = false;
            continue;
        }
        let span = Span::new(start + trimmed_start, start + trimmed_start + body.len());
        let starts_lower = body.chars().next().is_some_and(char::is_lowercase);
        match out.last_mut() {
            Some(last) if joinable && starts_lower => last.end = span.end,
            _ => out.push(span),
        }
        let end_char = body.chars().last().unwrap_or('.');
        joinable = !matches!(
            end_char,
            '.' | '!' | '?' | ':' | '"' | '”' | '’' | ')' | '…'
        );
    }
    out
}

/// Split every paragraph into sentences at `.`, `!`, `?` and `…`, with closing quotes and
/// brackets kept in the sentence they close.
pub(super) fn split(text: &str, paragraphs: &[Span], tokens: &[Token]) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut t = 0;
    for (p, para) in paragraphs.iter().enumerate() {
        while t < tokens.len() && tokens[t].span.end <= para.start {
            t += 1;
        }
        let first = t;
        while t < tokens.len() && tokens[t].span.start < para.end {
            t += 1;
        }
        let mut start = first;
        let mut i = first;
        while i < t {
            if let Some(last) = sentence_end(text, tokens, i, t) {
                push(&mut sentences, tokens, start, last + 1, p);
                start = last + 1;
                i = last + 1;
            } else {
                i += 1;
            }
        }
        if start < t {
            push(&mut sentences, tokens, start, t, p);
        }
    }
    sentences
}

fn push(out: &mut Vec<Sentence>, tokens: &[Token], from: usize, to: usize, paragraph: usize) {
    let span = Span::new(tokens[from].span.start, tokens[to - 1].span.end);
    out.push(Sentence {
        span,
        tokens: from..to,
        paragraph,
    });
}

/// If token `i` ends a sentence, the index of the sentence's last token (after closers).
fn sentence_end(text: &str, tokens: &[Token], i: usize, limit: usize) -> Option<usize> {
    let tok = &tokens[i];
    let s = tok.text(text);
    let is_stop = tok.kind == TokenKind::Punct && matches!(tok.first, '.' | '!' | '?' | '…');
    let is_dotted = tok.kind == TokenKind::Word && s.ends_with('.');
    if !is_stop && !is_dotted {
        return None;
    }
    // Runs like "?!" or "..." end at their last mark.
    if i + 1 < limit && is_stop {
        let next = &tokens[i + 1];
        if !next.space_before
            && next.kind == TokenKind::Punct
            && matches!(next.first, '.' | '!' | '?' | '…')
        {
            return None;
        }
    }
    let mut last = i;
    while last + 1 < limit {
        let n = &tokens[last + 1];
        let closer = n.kind == TokenKind::Punct
            && matches!(n.first, '"' | '\'' | ')' | ']')
            && !n.space_before
            && !opens_quote(text, tokens, last + 1, limit);
        if closer {
            last += 1;
        } else {
            break;
        }
    }
    let Some(next) = tokens.get(last + 1).filter(|_| last + 1 < limit) else {
        return Some(last);
    };
    let next_text = next.text(text);
    let opens = next.capitalized
        || next.has_digit && next.kind == TokenKind::Number
        || next.kind == TokenKind::Punct
            && (matches!(next.first, '"' | '\'' | '(' | '[') || next.first == '-');
    if !opens {
        return None;
    }
    if is_dotted {
        let letters = s.trim_end_matches('.');
        // An initial ("J. R. Smith") never ends a sentence; "U.S." does before an opener.
        if letters.chars().count() == 1 && letters.chars().all(char::is_uppercase) {
            return None;
        }
        return is_opener(next_text, next).then_some(last);
    }
    if tok.first != '.' {
        return Some(last);
    }
    // A period: look at the word before it.
    let Some(prev) = i.checked_sub(1).map(|p| &tokens[p]) else {
        return Some(last);
    };
    if prev.span.end != tok.span.start || prev.kind != TokenKind::Word {
        return Some(last);
    }
    let word = prev.text(text);
    let abbreviations = &*ABBREVIATIONS;
    if abbreviations.inner.contains(word) {
        return None;
    }
    if abbreviations.final_ok.contains(word) {
        return is_opener(next_text, next).then_some(last);
    }
    Some(last)
}

fn is_opener(next_text: &str, next: &Token) -> bool {
    next.kind == TokenKind::Punct && matches!(next.first, '"' | '\'')
        || OPENERS.contains(&next_text)
}

/// Whether the quote-like token `q` opens a quotation rather than closing one: it is followed
/// directly by a word and preceded by a sentence stop without space ("Mexico.“Lavrov").
fn opens_quote(text: &str, tokens: &[Token], q: usize, limit: usize) -> bool {
    let tok = &tokens[q];
    let raw = tok.text(text);
    if matches!(raw, "“" | "‘" | "«" | "„") {
        return true;
    }
    if matches!(raw, "”" | "’" | "»") {
        return false;
    }
    // A straight quote: opening when glued to the following word and the next token is a word.
    q + 1 < limit && !tokens[q + 1].space_before && tokens[q + 1].kind != TokenKind::Punct
}
