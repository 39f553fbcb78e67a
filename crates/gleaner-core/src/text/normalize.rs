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

/// The text with [`normalize_char`] applied, and byte maps both ways.
#[derive(Debug, Clone)]
pub struct Normalized {
    pub text: String,
    /// For each byte of `text` (and one past the end): the byte offset in the original.
    to_original: Vec<u32>,
    /// For each byte of the original (and one past the end): the byte offset in `text`.
    from_original: Vec<u32>,
}

impl Normalized {
    pub fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut to_original = Vec::with_capacity(original.len() + 1);
        let mut from_original = Vec::with_capacity(original.len() + 1);
        for (i, c) in original.char_indices() {
            let n = normalize_char(c);
            for _ in 0..c.len_utf8() {
                from_original.push(text.len() as u32);
            }
            for _ in 0..n.len_utf8() {
                to_original.push(i as u32);
            }
            text.push(n);
        }
        to_original.push(original.len() as u32);
        from_original.push(text.len() as u32);
        Normalized {
            text,
            to_original,
            from_original,
        }
    }

    /// Original byte offset of normalized byte offset `pos` (clamped to the end).
    pub fn to_original(&self, pos: usize) -> usize {
        let last = self.to_original.len() - 1;
        self.to_original[pos.min(last)] as usize
    }

    /// Normalized byte offset of original byte offset `pos` (clamped to the end).
    pub fn from_original(&self, pos: usize) -> usize {
        let last = self.from_original.len() - 1;
        self.from_original[pos.min(last)] as usize
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
