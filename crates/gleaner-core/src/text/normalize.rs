/// Fold one character to its plain form: curly and angled quotes to `"` and `'`, dashes and
/// minus signs to `-`, and every space-like character to a space. Each char maps to exactly one
/// char, so the normalized view aligns with the original char by char.
pub fn normalize_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}'
        | '\u{FF07}' | '`' | '\u{00B4}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' | '\u{FF02}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => '-',
        '\u{200B}' | '\u{FEFF}' => ' ',
        c if c.is_whitespace() && c != '\n' && c != '\r' && c != '\t' => ' ',
        c => c,
    }
}

/// [`normalize_char`] for an ASCII byte, without the general match.
const fn normalize_ascii(b: u8) -> u8 {
    match b {
        b'`' => b'\'',
        0x0B | 0x0C => b' ',
        b => b,
    }
}

/// A char whose normalized form has another UTF-8 length (a curly quote, 3 bytes, becomes `"`,
/// 1 byte): the places where byte offsets of the two texts stop moving in step.
#[derive(Debug, Clone, Copy)]
struct Shift {
    original: (u32, u32),
    normalized: (u32, u32),
}

/// The text with [`normalize_char`] applied, and byte maps both ways.
#[derive(Debug, Clone)]
pub struct Normalized {
    pub text: String,
    /// Ascending; between two shifts both texts advance byte for byte.
    shifts: Vec<Shift>,
    original_len: usize,
}

impl Normalized {
    pub fn new(original: &str) -> Self {
        let bytes = original.as_bytes();
        let mut text = String::with_capacity(original.len());
        let mut shifts = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            let run_start = i;
            while i < bytes.len() && bytes[i].is_ascii() {
                i += 1;
            }
            if run_start < i {
                let run = &original[run_start..i];
                if run.bytes().any(|b| normalize_ascii(b) != b) {
                    text.extend(run.bytes().map(|b| char::from(normalize_ascii(b))));
                } else {
                    text.push_str(run);
                }
            }
            let Some(c) = original.get(i..).and_then(|rest| rest.chars().next()) else {
                break;
            };
            let n = normalize_char(c);
            if n.len_utf8() != c.len_utf8() {
                let at = text.len() as u32;
                shifts.push(Shift {
                    original: (i as u32, (i + c.len_utf8()) as u32),
                    normalized: (at, at + n.len_utf8() as u32),
                });
            }
            text.push(n);
            i += c.len_utf8();
        }
        Normalized {
            text,
            shifts,
            original_len: original.len(),
        }
    }

    /// Original byte offset of normalized byte offset `pos` (clamped to the end; an offset
    /// inside a char maps to that char's start).
    pub fn to_original(&self, pos: usize) -> usize {
        let pos = self.floor_boundary(pos) as u32;
        let i = self.shifts.partition_point(|s| s.normalized.0 <= pos);
        let mapped = match i.checked_sub(1).map(|k| self.shifts[k]) {
            None => pos,
            Some(s) if pos < s.normalized.1 => s.original.0,
            Some(s) => pos - s.normalized.1 + s.original.1,
        };
        (mapped as usize).min(self.original_len)
    }

    /// Normalized byte offset of original byte offset `pos` (clamped to the end; an offset
    /// inside a char maps to that char's start).
    pub fn from_original(&self, pos: usize) -> usize {
        let pos = pos.min(self.original_len) as u32;
        let i = self.shifts.partition_point(|s| s.original.0 <= pos);
        let mapped = match i.checked_sub(1).map(|k| self.shifts[k]) {
            None => pos,
            Some(s) if pos < s.original.1 => s.normalized.0,
            Some(s) => pos - s.original.1 + s.normalized.1,
        };
        // Chars of equal length are aligned in both texts: inside one, go to its start.
        self.floor_boundary(mapped as usize)
    }

    fn floor_boundary(&self, pos: usize) -> usize {
        let mut pos = pos.min(self.text.len());
        while !self.text.is_char_boundary(pos) {
            pos -= 1;
        }
        pos
    }
    /// Map a span of the normalized text to the original text.
    pub fn span_to_original(&self, span: crate::Span) -> crate::Span {
        crate::Span::new(self.to_original(span.start), self.to_original(span.end))
    }

    /// Map a span of the original text to the normalized text.
    pub fn span_from_original(&self, span: crate::Span) -> crate::Span {
        crate::Span::new(self.from_original(span.start), self.from_original(span.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn ascii_fast_path_agrees_with_normalize_char() {
        for b in 0u8..=127 {
            assert_eq!(
                char::from(normalize_ascii(b)),
                normalize_char(char::from(b)),
                "byte {b}"
            );
        }
    }

    /// The maps of the straightforward construction: one entry per byte.
    fn dense_maps(original: &str) -> (Vec<usize>, Vec<usize>) {
        let (mut to, mut from) = (Vec::new(), Vec::new());
        let mut norm_len = 0;
        for (i, c) in original.char_indices() {
            let n = normalize_char(c);
            from.extend(std::iter::repeat_n(norm_len, c.len_utf8()));
            to.extend(std::iter::repeat_n(i, n.len_utf8()));
            norm_len += n.len_utf8();
        }
        to.push(original.len());
        from.push(norm_len);
        (to, from)
    }

    proptest! {
        #[test]
        fn sparse_maps_equal_dense_maps(text in "[a-z “”‘’—–\u{a0}é😀`\n]{0,60}") {
            let n = Normalized::new(&text);
            let (to, from) = dense_maps(&text);
            let expected: String = text.chars().map(normalize_char).collect();
            prop_assert_eq!(&n.text, &expected);
            for (pos, &want) in to.iter().enumerate() {
                prop_assert_eq!(n.to_original(pos), want);
            }
            for (pos, &want) in from.iter().enumerate() {
                prop_assert_eq!(n.from_original(pos), want);
            }
        }
    }
}
