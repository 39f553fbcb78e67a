use super::normalize_char;
use crate::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Has at least one letter: words, dotted abbreviations ("U.S."), "1990s", "F-16", "’s".
    Word,
    /// Digits with inner separators: "2014", "2,231", "7.5", "10:30".
    Number,
    /// Any other single character: punctuation, quote marks, symbols.
    Punct,
}

/// A token with its byte span in the original text and its shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    /// First char is an uppercase letter.
    pub capitalized: bool,
    /// Has letters and all of them are uppercase.
    pub all_caps: bool,
    pub has_digit: bool,
    /// Whitespace (or the text start) right before the token.
    pub space_before: bool,
    /// The normalized first char (for punctuation: `"`, `'`, `-`, `.`, ...).
    pub first: char,
}

impl Token {
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokenKind::Punct && self.first == c
    }

    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.text(text)
    }
}

fn is_apostrophe(c: char) -> bool {
    normalize_char(c) == '\''
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining(c)
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{20D0}'..='\u{20FF}')
}

/// Cut `text` into tokens. Words keep inner hyphens ("Díaz-Canel") and inner apostrophes
/// ("O'Brien") but give the possessive its own token ("Putin" "’s"); dotted abbreviations stay
/// whole ("U.S.", "J."); numbers keep inner `.,:` before a digit ("2,231", "10:30").
pub fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let byte = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if c.is_whitespace() || c == '\u{200B}' || c == '\u{FEFF}' {
            i += 1;
            continue;
        }
        let start = i;
        let space_before = i == 0 || at(i - 1).is_some_and(|p| p.is_whitespace());
        if is_word_char(c) {
            i += 1;
            loop {
                match at(i) {
                    Some(n) if is_word_char(n) => i += 1,
                    Some(n) if is_apostrophe(n) => {
                        // Possessive "’s" / "’S" is its own token; other inner apostrophes join.
                        let next = at(i + 1);
                        let after = at(i + 2);
                        let possessive =
                            matches!(next, Some('s' | 'S')) && !after.is_some_and(is_word_char);
                        if next.is_some_and(char::is_alphabetic) && !possessive {
                            i += 2;
                        } else {
                            break;
                        }
                    }
                    Some(n) if is_hyphen(n) && at(i + 1).is_some_and(is_word_char) => i += 2,
                    Some('.' | ',' | ':')
                        if chars[i - 1].1.is_ascii_digit()
                            && at(i + 1).is_some_and(|d| d.is_ascii_digit())
                            && chars[start..i].iter().all(|&(_, d)| !d.is_alphabetic()) =>
                    {
                        i += 2
                    }
                    Some('.') if is_dotted_abbreviation(&chars[start..i], at(i + 1), at(i + 2)) => {
                        i += 1;
                        // "U.S." continues with the next letter; "J." ends here.
                        if at(i).is_some_and(char::is_alphabetic) && at(i + 1) == Some('.') {
                            continue;
                        }
                        break;
                    }
                    _ => break,
                }
            }
        } else {
            i += 1;
        }
        let piece = &chars[start..i];
        let kind = if is_word_char(c) || is_apostrophe(c) && i - start > 1 {
            if piece.iter().any(|&(_, ch)| ch.is_alphabetic()) {
                TokenKind::Word
            } else {
                TokenKind::Number
            }
        } else {
            TokenKind::Punct
        };
        tokens.push(make_token(text, byte(start), byte(i), kind, space_before));
        // The possessive: a lone apostrophe followed by "s" becomes the token "’s".
        if kind != TokenKind::Punct
            && at(i).is_some_and(is_apostrophe)
            && matches!(at(i + 1), Some('s' | 'S'))
            && !at(i + 2).is_some_and(is_word_char)
        {
            tokens.push(make_token(
                text,
                byte(i),
                byte(i + 2),
                TokenKind::Word,
                false,
            ));
            i += 2;
        }
    }
    tokens
}

/// Whether the letters `piece` followed by "." form (part of) a dotted abbreviation: a single
/// letter ("J.", the "U" of "U.S.") or letters already joined by dots.
fn is_dotted_abbreviation(
    piece: &[(usize, char)],
    next: Option<char>,
    after: Option<char>,
) -> bool {
    let letters = piece.iter().filter(|&&(_, c)| c != '.').count();
    let single = letters == 1 && piece.iter().all(|&(_, c)| c.is_alphabetic());
    let dotted = piece.iter().any(|&(_, c)| c == '.')
        && piece.iter().all(|&(_, c)| c.is_alphabetic() || c == '.');
    // "U.S." / "a.m." continue: next is a letter and then a dot. A lone initial "J." also ends.
    let continues = next.is_some_and(char::is_alphabetic) && after == Some('.');
    (single || dotted) && (continues || !next.is_some_and(is_word_char))
}

fn make_token(text: &str, start: usize, end: usize, kind: TokenKind, space_before: bool) -> Token {
    let s = &text[start..end];
    let first = s.chars().next().map_or(' ', normalize_char);
    let mut letters = s.chars().filter(|c| c.is_alphabetic()).peekable();
    let has_letters = letters.peek().is_some();
    let all_caps = has_letters && letters.all(|c| !c.is_lowercase());
    Token {
        span: Span::new(start, end),
        kind,
        capitalized: first.is_uppercase(),
        all_caps,
        has_digit: s.chars().any(|c| c.is_ascii_digit()),
        space_before,
        first,
    }
}
