//! A small tokenizer for the normalized text: words, numbers with their shape, punctuation.
//! Cheaper and finer than the shared tokens: hyphenated words are split ("four-day" is
//! "four" "-" "day"), and numbers know whether they can be part of a date.

use crate::lexicon::{LEXICON, Lex};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Word,
    /// Plain digits: "2014", "18", "03".
    Int,
    /// "18th", "1st".
    Ordinal,
    /// "1990s", "90s", "'90s": `value` is the year the decade starts (two digits if written so).
    Decade,
    /// "'98": `value` is the two-digit year.
    ShortYear,
    /// "10:30": `value` is hours * 100 + minutes.
    Clock,
    /// A number that is never a date: "2,231", "7.5", "5G", "A320".
    Quantity,
    Punct,
}

#[derive(Debug, Clone, Copy)]
pub struct Tok {
    pub start: u32,
    pub end: u32,
    pub shape: Shape,
    pub value: u32,
    pub digits: u8,
    /// First byte of a punctuation token.
    pub byte: u8,
    pub space_before: bool,
    /// A line break lies between this token and the previous one.
    pub line_before: bool,
    pub cap: bool,
    pub lex: Option<&'static Lex>,
}

impl Tok {
    pub fn is_word(&self) -> bool {
        self.shape == Shape::Word
    }
    pub fn is_int(&self) -> bool {
        self.shape == Shape::Int
    }
    pub fn is_punct(&self, c: u8) -> bool {
        self.shape == Shape::Punct && self.byte == c
    }
}

use crate::lexicon::MAX_LEN as MAX_WORD;

/// Cut `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Tok> {
    let b = text.as_bytes();
    let n = b.len();
    let mut out: Vec<Tok> = Vec::with_capacity(n / 5 + 1);
    let mut i = 0;
    let mut space = true;
    let mut line = true;
    let at = |k: usize| b.get(k).copied().unwrap_or(0);
    while i < n {
        let c = b[i];
        if c.is_ascii_whitespace() {
            if c == b'\n' {
                line = true;
            }
            space = true;
            i += 1;
            continue;
        }
        let start = i;
        let mut tok = Tok {
            start: start as u32,
            end: 0,
            shape: Shape::Punct,
            value: 0,
            digits: 0,
            byte: c,
            space_before: space,
            line_before: line,
            cap: c.is_ascii_uppercase(),
            lex: None,
        };
        if c.is_ascii_digit() {
            i = number(b, i, &mut tok);
        } else if c.is_ascii_alphabetic() || (c >= 0x80 && char_at(text, i).is_alphanumeric()) {
            i = word(text, i, &mut tok);
        } else if c == b'\''
            && at(i + 1).is_ascii_digit()
            && at(i + 2).is_ascii_digit()
            && !at(i + 3).is_ascii_digit()
        {
            // '98 and '90s
            let v = u32::from(at(i + 1) - b'0') * 10 + u32::from(at(i + 2) - b'0');
            tok.value = v;
            if at(i + 3) == b's' && !at(i + 4).is_ascii_alphanumeric() {
                tok.shape = Shape::Decade;
                i += 4;
            } else {
                tok.shape = Shape::ShortYear;
                i += 3;
            }
        } else if c == b'\''
            && !space
            && at(i + 1).is_ascii_alphabetic()
            && out.last().is_some_and(|t| t.is_word())
        {
            // Clitics glued to the previous word: "'s", "'ll", "'d".
            let mut j = i + 1;
            while j < n && b[j].is_ascii_alphabetic() {
                j += 1;
            }
            tok.shape = Shape::Word;
            tok.lex = lookup(&b[i..j]);
            i = j;
        } else {
            let len = if c >= 0x80 {
                char_at(text, i).len_utf8()
            } else {
                1
            };
            i += len;
        }
        tok.end = i as u32;
        out.push(tok);
        space = false;
        line = false;
    }
    out
}

fn char_at(text: &str, i: usize) -> char {
    text.get(i..).and_then(|s| s.chars().next()).unwrap_or(' ')
}

fn is_word_byte(text: &str, k: usize) -> bool {
    let Some(&c) = text.as_bytes().get(k) else {
        return false;
    };
    c.is_ascii_alphanumeric() || c >= 0x80 && char_at(text, k).is_alphanumeric()
}

/// Read a number at `i`; returns the end.
fn number(b: &[u8], i: usize, tok: &mut Tok) -> usize {
    let n = b.len();
    let at = |k: usize| b.get(k).copied().unwrap_or(0);
    let mut j = i;
    let mut value: u32 = 0;
    while j < n && b[j].is_ascii_digit() {
        value = value
            .saturating_mul(10)
            .saturating_add(u32::from(b[j] - b'0'));
        j += 1;
    }
    let digits = j - i;
    tok.value = value;
    tok.digits = digits.min(255) as u8;
    tok.shape = Shape::Int;
    let next = at(j);
    // 10:30 (and 10:30:15)
    if next == b':'
        && digits <= 2
        && at(j + 1).is_ascii_digit()
        && at(j + 2).is_ascii_digit()
        && !at(j + 3).is_ascii_digit()
    {
        let minutes = u32::from(at(j + 1) - b'0') * 10 + u32::from(at(j + 2) - b'0');
        tok.shape = Shape::Clock;
        tok.value = value * 100 + minutes;
        j += 3;
        if at(j) == b':' && at(j + 1).is_ascii_digit() && at(j + 2).is_ascii_digit() {
            j += 3;
        }
        return j;
    }
    // 2,231 and 7.5 are quantities; 18.01.2022 stays three numbers.
    if (next == b',' || next == b'.') && at(j + 1).is_ascii_digit() {
        let mut k = j + 1;
        while k < n && b[k].is_ascii_digit() {
            k += 1;
        }
        let grouped = next == b',' && k - (j + 1) == 3;
        // Not "01.2022" at the end of "18.01.2022".
        let dotted_before = i >= 2 && b[i - 1] == b'.' && b[i - 2].is_ascii_digit();
        let decimal =
            next == b'.' && !(at(k) == b'.' && at(k + 1).is_ascii_digit()) && !dotted_before;
        if grouped || decimal {
            while grouped && at(k) == b',' && at(k + 1).is_ascii_digit() {
                k += 1;
                while k < n && b[k].is_ascii_digit() {
                    k += 1;
                }
            }
            if at(k) == b'.' && at(k + 1).is_ascii_digit() {
                k += 1;
                while k < n && b[k].is_ascii_digit() {
                    k += 1;
                }
            }
            tok.shape = Shape::Quantity;
            return k;
        }
    }
    if next.is_ascii_alphabetic() {
        let mut k = j;
        while k < n && b[k].is_ascii_alphabetic() {
            k += 1;
        }
        let suffix = &b[j..k];
        let lower: Vec<u8> = suffix.iter().map(u8::to_ascii_lowercase).collect();
        let glued_on = at(k).is_ascii_digit();
        if !glued_on {
            match lower.as_slice() {
                b"s" if (digits == 4 || digits == 2) && value.is_multiple_of(10) => {
                    tok.shape = Shape::Decade;
                    return k;
                }
                b"st" | b"nd" | b"rd" | b"th" => {
                    tok.shape = Shape::Ordinal;
                    return k;
                }
                // "10am", "3pm", "5h": the number, then the unit as its own token.
                b"am" | b"pm" | b"a" | b"p" | b"h" | b"hrs" | b"hr" | b"min" | b"mins" => {
                    return j;
                }
                _ => {}
            }
        }
        // A model number or code: "5G", "737MAX", "3D".
        while k < n && b[k].is_ascii_alphanumeric() {
            k += 1;
        }
        tok.shape = Shape::Quantity;
        return k;
    }
    j
}

/// Read a word at `i`; returns the end. Dotted abbreviations ("a.m.", "U.S.") stay whole.
fn word(text: &str, i: usize, tok: &mut Tok) -> usize {
    let b = text.as_bytes();
    let n = b.len();
    let at = |k: usize| b.get(k).copied().unwrap_or(0);
    let mut j = i;
    loop {
        // ASCII letters and digits first; other chars only when they are alphanumeric.
        while j < n && b[j].is_ascii_alphanumeric() {
            j += 1;
        }
        if j < n && b[j] >= 0x80 && is_word_byte(text, j) {
            j += char_at(text, j).len_utf8();
        } else {
            break;
        }
    }
    // "a.m.", "p.m", "U.S.": single letters joined by dots.
    if j == i + 1 && at(j) == b'.' && at(j + 1).is_ascii_alphabetic() && !is_word_byte(text, j + 2)
    {
        j += 2;
        if at(j) == b'.' {
            j += 1;
        }
    }
    tok.shape = Shape::Word;
    let bytes = &b[i..j];
    if bytes.iter().any(u8::is_ascii_digit) {
        // "A320", "COVID19": a code, not a word.
        tok.shape = Shape::Quantity;
        return j;
    }
    tok.lex = lookup(bytes);
    j
}

/// Look a word up in the lexicon, ignoring case and dots.
fn lookup(bytes: &[u8]) -> Option<&'static Lex> {
    if bytes.len() > MAX_WORD || !bytes.is_ascii() {
        return None;
    }
    let mut buf = [0u8; MAX_WORD];
    let mut len = 0;
    for &c in bytes {
        if c != b'.' {
            buf[len] = c.to_ascii_lowercase();
            len += 1;
        }
    }
    LEXICON.get_bytes(buf.get(..len)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shapes(text: &str) -> Vec<(String, Shape)> {
        tokenize(text)
            .iter()
            .map(|t| (text[t.start as usize..t.end as usize].to_string(), t.shape))
            .collect()
    }

    #[test]
    fn numbers_know_their_shape() {
        let got = shapes("2,231 7.5 1990s '80s 18th 10:30 5G 3pm 18.01.2022");
        let want = [
            ("2,231", Shape::Quantity),
            ("7.5", Shape::Quantity),
            ("1990s", Shape::Decade),
            ("'80s", Shape::Decade),
            ("18th", Shape::Ordinal),
            ("10:30", Shape::Clock),
            ("5G", Shape::Quantity),
            ("3", Shape::Int),
            ("pm", Shape::Word),
            ("18", Shape::Int),
            (".", Shape::Punct),
            ("01", Shape::Int),
            (".", Shape::Punct),
            ("2022", Shape::Int),
        ];
        let want: Vec<(String, Shape)> = want.iter().map(|(s, k)| (s.to_string(), *k)).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn words_split_at_hyphens_and_keep_dotted_abbreviations() {
        let got: Vec<String> = shapes("a four-day visit at 3 p.m. in the U.S.")
            .into_iter()
            .map(|(s, _)| s)
            .collect();
        assert_eq!(
            got,
            [
                "a", "four", "-", "day", "visit", "at", "3", "p.m.", "in", "the", "U.S."
            ]
        );
    }

    #[test]
    fn any_text_tokenizes() {
        for text in [
            "",
            "'",
            "1:",
            "1,",
            "9'",
            "ü2",
            "😀 1990s\u{301}",
            "12345678901234567890",
        ] {
            let toks = tokenize(text);
            for t in toks {
                assert!(text.is_char_boundary(t.start as usize));
                assert!(text.is_char_boundary(t.end as usize));
            }
        }
    }
}
