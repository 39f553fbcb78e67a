use std::ops::Range;

/// A half-open byte range `[start, end)` into a document's text. Both ends lie on char boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The slice of `text` this span covers, or `""` when it does not fit `text`.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    pub const fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    pub const fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn cover(&self, other: &Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// Shift by `offset` bytes, for spans found in a slice of the document.
    pub const fn shifted(&self, offset: usize) -> Span {
        Span::new(self.start + offset, self.end + offset)
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

/// Converts byte offsets of one text into Unicode code point offsets, the unit of the output.
#[derive(Debug, Clone)]
pub struct CharIndex {
    /// Byte offset of every char start, ascending; empty when the text is ASCII (bytes == chars).
    starts: Vec<u32>,
    len_bytes: usize,
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        let starts = if text.is_ascii() {
            Vec::new()
        } else {
            text.char_indices().map(|(i, _)| i as u32).collect()
        };
        CharIndex {
            starts,
            len_bytes: text.len(),
        }
    }

    /// The code point offset of byte offset `byte` (a byte inside a char counts as that char).
    pub fn char_offset(&self, byte: usize) -> usize {
        if self.starts.is_empty() {
            return byte.min(self.len_bytes);
        }
        if byte >= self.len_bytes {
            return self.starts.len();
        }
        match self.starts.binary_search(&(byte as u32)) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_code_points() {
        let text = "Díaz-Canel “said” 😀 ok";
        let index = CharIndex::new(text);
        for (char_pos, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(index.char_offset(byte), char_pos);
        }
        assert_eq!(index.char_offset(text.len()), text.chars().count());
    }

    #[test]
    fn ascii_text_maps_to_itself() {
        let index = CharIndex::new("plain");
        assert_eq!(index.char_offset(3), 3);
        assert_eq!(index.char_offset(5), 5);
    }
}
