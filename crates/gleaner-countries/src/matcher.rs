//! Candidate forms in the normalized text: one overlapping Aho-Corasick pass, word-boundary and
//! case checks, then leftmost-longest selection among the forms that passed.

use crate::lexicon::{FormKind, LEXICON};

/// A form found in the text. Offsets are bytes of the normalized text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate {
    /// Start of the whole matched pattern, context included ("the States").
    pub full_start: usize,
    /// The mention itself.
    pub start: usize,
    pub end: usize,
    /// Index into the lexicon's forms.
    pub form: usize,
}

pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Every valid form occurrence, non-overlapping, longest first at each position.
pub fn candidates(text: &str) -> Vec<Candidate> {
    let lexicon = &*LEXICON;
    let mut found = Vec::new();
    for m in lexicon.automaton.find_overlapping_iter(text) {
        let Some(form) = lexicon.forms.get(m.pattern().as_usize()) else {
            continue;
        };
        let (start, end) = (m.start(), m.end());
        let Some(slice) = text.get(start..end) else {
            continue;
        };
        let before = text.get(..start).and_then(|s| s.chars().next_back());
        let after = text.get(end..).and_then(|s| s.chars().next());
        if before.is_some_and(is_word_char) || after.is_some_and(is_word_char) {
            continue;
        }
        if !case_ok(slice, &form.pattern) {
            continue;
        }
        if form.kind == FormKind::Prefix && !prefix_ok(text, end) {
            continue;
        }
        found.push(Candidate {
            full_start: start,
            start: start + form.lead,
            end,
            form: m.pattern().as_usize(),
        });
    }
    found.sort_by_key(|c| (c.full_start, std::cmp::Reverse(c.end)));
    let mut out: Vec<Candidate> = Vec::with_capacity(found.len());
    let mut covered_to = 0;
    for c in found {
        if c.full_start >= covered_to {
            covered_to = c.end;
            out.push(c);
        }
    }
    out
}

/// The text is at least as capitalized as the pattern: "TURKEY" and "Turkey" match "Turkey",
/// "turkey" does not; "us" and "Us" do not match "US".
fn case_ok(slice: &str, pattern: &str) -> bool {
    slice.len() == pattern.len()
        && slice
            .bytes()
            .zip(pattern.bytes())
            .all(|(t, p)| !p.is_ascii_uppercase() || t.is_ascii_uppercase())
}

/// A compound prefix ("Sino", "Austro") counts before a hyphen and a capitalized word.
fn prefix_ok(text: &str, end: usize) -> bool {
    let mut rest = text.get(end..).unwrap_or("").chars();
    rest.next() == Some('-') && rest.next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        candidates(text)
            .iter()
            .map(|c| &text[c.start..c.end])
            .collect()
    }

    #[test]
    fn case_rules() {
        assert!(case_ok("TURKEY", "Turkey"));
        assert!(case_ok("Turkey", "Turkey"));
        assert!(!case_ok("turkey", "Turkey"));
        assert!(!case_ok("us", "US"));
        assert!(!case_ok("Us", "US"));
        assert!(case_ok("The States", "the States"));
    }

    #[test]
    fn longest_and_bounded() {
        assert_eq!(found("Nigeria and Niger"), ["Nigeria", "Niger"]);
        assert_eq!(found("Papua New Guinea"), ["Papua New Guinea"]);
        assert_eq!(found("IndiaAfricaRussia"), Vec::<&str>::new());
        assert_eq!(found("US-backed anti-Russian"), ["US", "Russian"]);
        assert_eq!(found("back in the States"), ["States"]);
        assert_eq!(found("Sino-US ties"), ["Sino", "US"]);
        assert_eq!(found("Sino-era"), Vec::<&str>::new());
    }
}
