//! Title and role phrases around a name: "Russian Foreign Minister [Sergei Lavrov]", "Kremlin
//! spokesman [Dmitry Peskov]", "his Cuban counterpart, [Bruno Rodriguez]", "[Shamil Garayev], a
//! Russian military expert".

use crate::lexicon::{FUNCTION_WORDS, Lexicon, WordSet};
use crate::{Tok, is_possessive};
use gleaner_core::Span;
use std::sync::LazyLock;

/// The title phrases found before and after one name mention.
#[derive(Debug, Default)]
pub struct Around {
    pub before: Option<Span>,
    pub after: Option<Span>,
}

impl Around {
    pub fn all(&self) -> Vec<Span> {
        self.before
            .iter()
            .chain(self.after.iter())
            .copied()
            .collect()
    }

    pub fn any(&self) -> bool {
        self.before.is_some() || self.after.is_some()
    }
}

/// Title phrases around the name on tokens `first..end`.
pub fn around(toks: &[Tok], first: usize, end: usize, lex: &Lexicon) -> Around {
    Around {
        before: before(toks, first, lex),
        after: after(toks, end, lex),
    }
}

const LINKS: &[&str] = &["of", "the", "for", "to", "'s", "s"];
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "its", "our", "my", "your",
];
/// Words that end an appositive: a verb or a new clause follows the role phrase.
static CLAUSE_WORDS: LazyLock<WordSet> =
    LazyLock::new(|| CLAUSE_WORDS_LIST.iter().copied().collect());
const CLAUSE_WORDS_LIST: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "met",
    "meets",
    "was",
    "is",
    "are",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "should",
    "who",
    "which",
    "that",
    "and",
    "but",
    "while",
    "when",
    "where",
    "announced",
    "called",
    "urged",
    "warned",
    "noted",
    "explained",
    "according",
    "did",
    "does",
    "went",
    "came",
    "made",
];
static ADDRESS_FORMS: LazyLock<WordSet> =
    LazyLock::new(|| ADDRESS_FORMS_LIST.iter().copied().collect());
const ADDRESS_FORMS_LIST: &[&str] = &[
    "mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady", "madam", "dr", "prof", "rev", "fr",
    "father", "brother", "sister", "hon", "count", "major", "general", "private", "number", "no",
    "great", "star", "ace", "hero", "legend", "holder", "seed", "partner", "friend", "head",
];
const MAX_BEFORE: usize = 8;
const MAX_AFTER: usize = 20;

fn is_title_word(t: &Tok, lex: &Lexicon) -> bool {
    t.is_word()
        && (lex.title(t.folded).is_some() || lex.is(crate::lexicon::NON_PERSON, bare(t.folded)))
}

/// A word without "then-", "ex-", "former-".
fn bare(folded: &str) -> &str {
    ["then-", "ex-", "former-"]
        .iter()
        .find_map(|p| folded.strip_prefix(p))
        .unwrap_or(folded)
}

fn before(toks: &[Tok], first: usize, lex: &Lexicon) -> Option<Span> {
    let line = toks.get(first)?.line;
    let mut right = first.checked_sub(1)?;
    // "Sen. Marco Rubio": the period of an abbreviated title belongs to it.
    let mut abbreviation_end = None;
    if toks.get(right)?.is_punct('.')
        && right > 0
        && toks.get(right - 1).is_some_and(|t| t.is_word() && t.cap)
    {
        abbreviation_end = Some(toks.get(right)?.span.end);
        right -= 1;
    }
    // "his Cuban counterpart, Bruno Rodriguez"; "Moscow's ambassador to Washington, Anatoly
    // Antonov": a role phrase before a comma, its head up to three words back.
    let head_at = |i: usize| {
        toks.get(i)
            .is_some_and(|t| t.is_word() && lex.is_title_head(t.folded))
    };
    if toks.get(right)?.is_punct(',') {
        right = right.checked_sub(1)?;
        let mut j = right;
        loop {
            if head_at(j) {
                break;
            }
            let t = toks.get(j)?;
            let link = t.is_word()
                && (t.cap || matches!(t.folded, "to" | "of" | "in" | "for" | "at" | "the"));
            if !link || right - j >= 3 || j == 0 {
                return None;
            }
            j -= 1;
        }
    }
    let adjacent = toks.get(right)?;
    if adjacent.line != line || !is_title_word(adjacent, lex) && !adjacent.cap {
        return None;
    }
    // Forms of address count only capitalized ("Miss Smith", not "will miss England").
    if !adjacent.cap && ADDRESS_FORMS.contains(&adjacent.folded.trim_end_matches('.')) {
        return None;
    }
    // The word next to the name heads the title ("Foreign Minister"), or ends "Secretary of
    // State", or capitalized words hold a nationality ("Venezuelan Foreign Ministry").
    let of_before =
        right >= 2 && toks.get(right - 1).is_some_and(|t| t.folded == "of") && head_at(right - 2);
    let comma_head = toks.get(right + 1).is_some_and(|t| t.is_punct(','));
    let nationality = adjacent.cap
        && (right.saturating_sub(3)..right).any(|i| {
            toks.get(i).is_some_and(|t| {
                t.is_word() && t.line == line && lex.is(crate::lexicon::NON_PERSON, bare(t.folded))
            }) && (i + 1..=right).all(|k| toks.get(k).is_some_and(|t| t.is_word() && t.cap))
        });
    if !head_at(right) && !of_before && !comma_head && !nationality {
        return None;
    }
    let mut left = right;
    let mut has_head = false;
    let mut j = right + 1;
    while j > 0 && right + 1 - (j - 1) <= MAX_BEFORE {
        let Some(t) = toks.get(j - 1) else { break };
        if t.line != line {
            break;
        }
        // A dateline in capitals ("LONDON Pope Francis") is no part of a title.
        let dateline = t.all_caps
            && t.text.chars().filter(|c| c.is_alphabetic()).count() > 3
            && !is_title_word(t, lex);
        let word_ok = t.is_word()
            && !dateline
            && (is_title_word(t, lex) || t.cap || LINKS.contains(&t.folded) || is_possessive(t));
        let punct_ok =
            t.is_punct('-') || t.is_punct('\'') && toks.get(j).is_some_and(is_possessive);
        if !word_ok && !punct_ok {
            break;
        }
        has_head |= t.is_word() && lex.is_title_head(t.folded);
        left = j - 1;
        j -= 1;
    }
    if !has_head && !nationality {
        return None;
    }
    // Trim links, punctuation and sentence openers on the left.
    while left < right {
        let t = toks.get(left)?;
        let f = t.folded;
        let drop = !t.is_word()
            || LINKS.contains(&f)
            || is_possessive(t)
            || t.sentence_start && FUNCTION_WORDS.contains(&f);
        if !drop {
            break;
        }
        left += 1;
    }
    let end = abbreviation_end.unwrap_or(toks.get(right)?.span.end);
    Some(Span::new(toks.get(left)?.span.start, end))
}

fn after(toks: &[Tok], end: usize, lex: &Lexicon) -> Option<Span> {
    let comma = toks.get(end)?;
    if !comma.is_punct(',') {
        return None;
    }
    let start = end + 1;
    let opener = toks.get(start)?;
    if opener.line != comma.line || !opener.is_word() {
        return None;
    }
    let starts_well = DETERMINERS.contains(&opener.folded) || is_title_word(opener, lex);
    if !starts_well {
        return None;
    }
    let mut last = start;
    let mut head_at = None;
    for j in start..(start + MAX_AFTER) {
        let Some(t) = toks.get(j) else { break };
        // A dash with space around it ends the phrase; one inside a word does not.
        let spaced_dash = t.is_punct('-') && t.space_before;
        let stop = t.line != comma.line
            || spaced_dash
            || t.kind != gleaner_core::TokenKind::Word
                && t.kind != gleaner_core::TokenKind::Number
                && !t.is_punct('-')
                && !t.is_punct('\'');
        if stop {
            break;
        }
        if CLAUSE_WORDS.contains(&t.folded) {
            // "Bruno Rodriguez, the Russian foreign minister met ...": the phrase is the
            // subject of the next clause, no apposition; a relative clause is fine.
            if !matches!(t.folded, "who" | "which" | "that" | "and") {
                return None;
            }
            break;
        }
        if head_at.is_none() && t.is_word() && lex.is_title_head(t.folded) {
            head_at = Some(j);
        }
        last = j;
    }
    let head_at = head_at?;
    if head_at >= start + 8 {
        return None;
    }
    // ", Rep. Ilhan Omar" opens the next name, not an appositive: its head is capitalized.
    let head_cap = toks.get(head_at).is_some_and(|t| t.cap);
    if head_cap && !DETERMINERS.contains(&opener.folded) {
        return None;
    }
    Some(Span::new(opener.span.start, toks.get(last)?.span.end))
}
