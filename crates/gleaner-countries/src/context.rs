//! Context rules: which candidate forms really name a country, and which country.
//!
//! - A country name right after a first name is a surname ("Andrew Jordan", "Bill Holland"),
//!   and then every bare use of it in the document is the person.
//! - A given-name-like country before a surname is a person ("Chad Smith", "Israel Katz").
//! - "<Town>, <US state>" is a US town ("Paris, Texas"); "<capital>, <other country>" a city
//!   of that country ("Tripoli, Lebanon").
//! - "Georgia" and "Washington" are the US states when the document says so.
//! - A demonym after "in"/"speak"... is a language ("said in Russian").
//! - "US" in an all-caps line after "LET", "TELL"... is the pronoun.
//! - Forms shared by several countries ("Congo", "Korean") take the country the document
//!   otherwise mentions.

use crate::lexicon::{Form, FormKind, LEXICON, Lexicon};
use crate::matcher::{Candidate, is_word_char};
use gleaner_core::CountryVia;
use rustc_hash::{FxHashMap, FxHashSet};

/// A country mention in normalized byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub code: &'static str,
    pub via: CountryVia,
}

/// A word next to a candidate: where it starts, its text, and what separates it.
#[derive(Debug, Clone, Copy)]
struct Neighbour<'t> {
    start: usize,
    end: usize,
    word: &'t str,
    gap: &'t str,
}

fn is_inner(c: char) -> bool {
    is_word_char(c) || matches!(c, '.' | '\'' | '-' | '&')
}

/// The word before `pos`, across at most a comma and spaces (no line break).
fn word_before(text: &str, pos: usize) -> Option<Neighbour<'_>> {
    let head = text.get(..pos)?;
    let word_end = head.trim_end_matches([' ', ',']).len();
    let gap = head.get(word_end..)?;
    if gap.len() > 3 {
        return None;
    }
    let stem = head.get(..word_end)?;
    let word_start = stem.trim_end_matches(is_inner).len();
    let word = stem.get(word_start..)?.trim_start_matches(['\'', '-', '.']);
    let word_start = word_end - word.len();
    (!word.is_empty()).then_some(Neighbour {
        start: word_start,
        end: word_end,
        word,
        gap,
    })
}

/// The word after `pos`, across at most a comma and spaces (no line break).
fn word_after(text: &str, pos: usize) -> Option<Neighbour<'_>> {
    let tail = text.get(pos..)?;
    let rest = tail.trim_start_matches([' ', ',']);
    let gap = tail.get(..tail.len() - rest.len())?;
    if gap.len() > 3 {
        return None;
    }
    let word_len = rest.len() - rest.trim_start_matches(is_inner).len();
    let mut word = rest.get(..word_len)?;
    // A sentence-final period is not part of the word; an abbreviation's is ("Ga.").
    if word.ends_with('.') && word.matches('.').count() == 1 && word.len() > 4 {
        word = word.trim_end_matches('.');
    }
    let start = pos + gap.len();
    (!word.is_empty()).then_some(Neighbour {
        start,
        end: start + word.len(),
        word,
        gap,
    })
}

fn capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn all_caps(word: &str) -> bool {
    word.chars().any(char::is_alphabetic) && !word.chars().any(char::is_lowercase)
}

/// Whether the word starting at `pos` opens a sentence (or a line, or a quotation).
fn sentence_initial(text: &str, pos: usize) -> bool {
    let head = text.get(..pos).unwrap_or("");
    let trimmed = head.trim_end_matches([' ', '\t', '"', '\'', '(', '[']);
    if trimmed.len() != head.len()
        && head
            .get(trimmed.len()..)
            .is_some_and(|g| g.contains(['"', '\'', '(']))
    {
        return true;
    }
    match trimmed.chars().next_back() {
        None => true,
        Some(c) => matches!(c, '.' | '!' | '?' | ':' | ';' | '\n' | '\r' | '-' | '|'),
    }
}

/// Whether the line holding `pos` reads as a headline: mostly capitalized words.
fn headline_line(text: &str, pos: usize) -> bool {
    let start = text
        .get(..pos)
        .and_then(|h| h.rfind('\n'))
        .map_or(0, |i| i + 1);
    let end = text
        .get(pos..)
        .and_then(|t| t.find('\n'))
        .map_or(text.len(), |i| pos + i);
    let line = text.get(start..end).unwrap_or("");
    let words: Vec<&str> = line
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    if words.len() < 3 {
        return false;
    }
    let caps = words.iter().filter(|w| capitalized(w)).count();
    caps * 10 >= words.len() * 7
}

/// Participles and adverbs open sentences before place names ("Landlocked Chad", "Visiting
/// Jordan"); first names rarely end like that.
fn looks_inflected(word: &str) -> bool {
    ["ing", "ed", "ly", "ern", "ese", "ian", "ish"]
        .iter()
        .any(|e| word.ends_with(e))
}

fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("s'"))
        .unwrap_or(word)
}

/// Whether `word` occurs in `text` as a whole word (case-sensitive).
fn contains_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let before = text.get(..i).and_then(|s| s.chars().next_back());
        let after = text.get(i + word.len()..).and_then(|s| s.chars().next());
        !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
    })
}

struct Doc<'t> {
    text: &'t str,
    lexicon: &'static Lexicon,
    /// Spans of all selected candidates, for "is this word part of another form?".
    spans: Vec<(usize, usize)>,
}

impl Doc<'_> {
    fn covered(&self, start: usize, end: usize) -> bool {
        self.spans.iter().any(|&(s, e)| s < end && start < e)
    }

    fn plain_word(&self, n: &Neighbour) -> bool {
        !self.covered(n.start, n.end)
    }

    fn is_us_state_at(&self, pos: usize) -> bool {
        let tail = self.text.get(pos..).unwrap_or("");
        self.lexicon.list("us_states").any(|s| {
            tail.starts_with(s)
                && !tail
                    .get(s.len()..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(is_word_char)
        })
    }

    fn is_us_state_before(&self, pos: usize) -> bool {
        let head = self.text.get(..pos).unwrap_or("");
        self.lexicon.list("us_states").any(|s| {
            head.ends_with(s)
                && !head
                    .get(..head.len() - s.len())
                    .and_then(|r| r.chars().next_back())
                    .is_some_and(is_word_char)
        })
    }

    /// A capitalized word that is not a function word, modifier or title: a first name.
    fn looks_like_first_name(&self, n: &Neighbour) -> bool {
        let word = n.word;
        let lexicon = self.lexicon;
        let acronym = all_caps(word) && word.chars().filter(|c| c.is_alphabetic()).count() > 1;
        capitalized(word)
            && !acronym
            && !word.ends_with("'s")
            && !word.ends_with("s'")
            && !word.contains('-')
            && self.plain_word(n)
            && !lexicon.in_list("function_words", word)
            && !lexicon.in_list("region_modifiers", word)
            && !lexicon.in_list("extra_region_modifiers", word)
            && !word.chars().any(|c| c.is_ascii_digit())
            && (!sentence_initial(self.text, n.start) || !looks_inflected(word))
    }

    /// A capitalized word after a given-name-like country that reads as a surname.
    fn looks_like_surname(&self, n: &Neighbour) -> bool {
        let word = strip_possessive(n.word);
        let lexicon = self.lexicon;
        n.gap == " "
            && capitalized(word)
            && !all_caps(word)
            && self.plain_word(n)
            && !lexicon.in_list("function_words", word)
            && !lexicon.in_list("region_modifiers", word)
            && !lexicon.in_list("country_followers", word)
            && !lexicon.in_list("us_states", word)
    }
}

/// Decide which candidates are country mentions and give each its code.
pub fn resolve(text: &str, candidates: Vec<Candidate>) -> Vec<Mention> {
    let lexicon = &*LEXICON;
    let doc = Doc {
        text,
        lexicon,
        spans: candidates.iter().map(|c| (c.full_start, c.end)).collect(),
    };
    let mut kept: Vec<(Candidate, &Form, CountryVia)> = Vec::new();
    let mut surnames: FxHashSet<&str> = FxHashSet::default();
    // Names used as places somewhere ("in Jordan"): a surname elsewhere does not spread.
    let mut evidence: FxHashSet<&str> = FxHashSet::default();
    let mut georgia_state = false;
    let mut washington_state = false;

    for c in candidates {
        let Some(form) = lexicon.forms.get(c.form) else {
            continue;
        };
        let via = match form.kind {
            FormKind::Country(via) => via,
            FormKind::Prefix => CountryVia::Alias,
            FormKind::Block => continue,
        };
        let surface = text.get(c.start..c.end).unwrap_or("");
        let before = word_before(text, c.full_start);
        let after = word_after(text, c.end);
        let headline = headline_line(text, c.start);
        let single_word = !form.pattern.contains(' ');
        let placename = matches!(
            via,
            CountryVia::Name | CountryVia::Alias | CountryVia::Capital
        );

        // "said in Russian": the language.
        if via == CountryVia::Demonym && (language_use(before, after) || speech_in(text, before)) {
            continue;
        }
        // "LET US", "TELL US" in an all-caps line: the pronoun.
        if surface == "US" && pronoun_us(before, after) {
            continue;
        }
        // "US$3.7m": a currency, not the state.
        if currency(text, c.end) {
            continue;
        }
        // "French Quarter", "Manila Cathedral", "Frenchmen Street": a street or building.
        if let Some(a) = after
            && a.gap == " "
            && lexicon.in_list("facility_words", a.word)
        {
            continue;
        }
        if placename {
            // "Paris, Texas", "Moscow, Idaho": a US town (not a list "Guam, Alaska, Hawaii").
            if let Some(a) = after
                && a.gap == ", "
                && doc.is_us_state_at(a.start)
                && !list_continues(text, a.end)
            {
                continue;
            }
            // "Mario de Santiago", "Rafael van Holland": part of a name.
            if let Some(b) = before
                && b.gap == " "
                && NAME_PARTICLES.contains(&b.word)
                && word_before(text, b.start)
                    .is_some_and(|w| w.gap == " " && capitalized(w.word) && doc.plain_word(&w))
            {
                continue;
            }
            // "New Cairo": another city named after the capital.
            if via == CountryVia::Capital && before.is_some_and(|b| b.gap == " " && b.word == "New")
            {
                continue;
            }
            // "Tripoli, Lebanon": a city of another country.
            if via == CountryVia::Capital
                && let Some(a) = after
                && a.gap == ", "
                && doc.spans.iter().any(|&(s, _)| s == a.start)
            {
                continue;
            }
        }
        let possessive = text.get(c.end..).is_some_and(|t| t.starts_with("'s"));
        if !possessive
            && before.is_some_and(|b| b.gap == " " && lexicon.in_list("country_evidence", b.word))
        {
            evidence.insert(surface);
        }
        if placename && single_word && !headline && !all_caps(&form.pattern) {
            // "Andrew Jordan", "Bill Holland", "Michael B. Jordan": a surname.
            if lexicon.in_list("surname_countries", surface)
                && let Some(b) = before
                && b.gap == " "
                && doc.looks_like_first_name(&b)
            {
                surnames.insert(surface);
                continue;
            }
            // "Chad Smith", "Israel Katz": a first name.
            if lexicon.in_list("given_name_countries", surface)
                && let Some(a) = after
                && doc.looks_like_surname(&a)
            {
                continue;
            }
        }
        let georgia = matches!(surface, "Georgia" | "GEORGIA");
        if georgia && georgia_state_here(&doc, before, after) {
            georgia_state = true;
            continue;
        }
        let washington = matches!(surface, "Washington" | "WASHINGTON");
        if washington && washington_state_here(&doc, c.full_start, before) {
            washington_state = true;
            continue;
        }
        kept.push((c, form, via));
    }

    // Document-level decisions, looked up only when the name occurs.
    let has_washington = kept.iter().any(|(_, form, _)| form.pattern == "Washington");
    let washington_state = has_washington
        && (washington_state
            || lexicon
                .list("washington_state_cues")
                .any(|w| contains_word(text, w)));
    let has_georgia = kept
        .iter()
        .any(|(_, form, _)| form.codes.first() == Some(&"GE"));
    let georgia_country = has_georgia
        && lexicon
            .list("georgia_country_cues")
            .any(|w| contains_word(text, w));
    let georgia_state = has_georgia
        && !georgia_country
        && (georgia_state
            || contains_word(text, "Atlanta")
            || lexicon
                .list("us_states")
                .filter(|s| !matches!(*s, "Georgia" | "Washington" | "New York") && s.len() > 4)
                .any(|s| contains_word(text, s)));
    kept.retain(|(c, form, _)| {
        let surface = text.get(c.start..c.end).unwrap_or("");
        if surnames.contains(surface) && !evidence.contains(surface) && !form.pattern.contains(' ')
        {
            return false;
        }
        let code = form.codes.first().copied().unwrap_or("");
        if georgia_state && code == "GE" {
            return false;
        }
        !(washington_state && form.pattern == "Washington")
    });

    // Shared forms take the country the document otherwise mentions most.
    let mut certain: FxHashMap<&str, usize> = FxHashMap::default();
    for (_, form, _) in &kept {
        if let [code] = form.codes.as_slice() {
            *certain.entry(code).or_default() += 1;
        }
    }
    kept.iter()
        .filter_map(|(c, form, via)| {
            let code = form
                .codes
                .iter()
                .enumerate()
                .max_by_key(|(i, code)| {
                    (
                        certain.get(*code).copied().unwrap_or(0),
                        std::cmp::Reverse(*i),
                    )
                })
                .map(|(_, code)| *code)?;
            Some(Mention {
                start: c.start,
                end: c.end,
                code,
                via: *via,
            })
        })
        .collect()
}

const NAME_PARTICLES: &[&str] = &[
    "de", "da", "del", "della", "di", "do", "dos", "das", "du", "van", "von", "der", "den",
];

/// Whether a list of places goes on after `pos` (", Hawaii", " and Nevada").
fn list_continues(text: &str, pos: usize) -> bool {
    match word_after(text, pos) {
        Some(n) if n.gap == ", " => capitalized(n.word),
        Some(n) => matches!(n.word, "and" | "or") && n.gap == " ",
        None => false,
    }
}

/// "US$3.7m": a currency sign, not the state ("US dollars" stays: the adjective).
fn currency(text: &str, end: usize) -> bool {
    text.get(end..).is_some_and(|t| t.starts_with('$'))
}

/// Verbs before "in" that make the following demonym a language ("speaks in Spanish").
const SPEECH_BEFORE_IN: &[&str] = &[
    "speak",
    "speaks",
    "spoke",
    "speaking",
    "said",
    "says",
    "say",
    "saying",
    "written",
    "wrote",
    "writes",
    "write",
    "sang",
    "sings",
    "sung",
    "published",
    "broadcast",
    "dubbed",
    "subtitled",
    "fluent",
    "conducted",
    "read",
    "reads",
    "shouted",
    "tweeted",
    "posted",
    "replied",
    "answered",
    "asked",
    "told",
    "explained",
    "added",
];

const LANGUAGE_CUES: &[&str] = &[
    "in",
    "into",
    "speak",
    "speaks",
    "spoke",
    "speaking",
    "spoken",
    "learn",
    "learns",
    "learning",
    "learned",
    "fluent",
    "translated",
    "translate",
    "write",
    "writes",
    "written",
    "taught",
    "teach",
    "teaches",
    "study",
    "studied",
    "studying",
];
const LANGUAGE_NEXT: &[&str] = &[
    "and",
    "or",
    "but",
    "by",
    "with",
    "as",
    "to",
    "for",
    "is",
    "was",
    "the",
    "a",
    "an",
    "on",
    "at",
    "of",
    "that",
    "which",
    "language",
    "languages",
    "well",
    "fluently",
];

fn language_use(before: Option<Neighbour>, after: Option<Neighbour>) -> bool {
    let cue = before.is_some_and(|b| b.gap == " " && LANGUAGE_CUES.contains(&b.word));
    let ends = match after {
        None => true,
        Some(a) => a.gap != " " || LANGUAGE_NEXT.contains(&a.word),
    };
    cue && ends
}

/// "speaks in Spanish", "said in Russian": `before` is "in" after a verb of speech.
fn speech_in(text: &str, before: Option<Neighbour>) -> bool {
    let Some(b) = before else { return false };
    b.gap == " "
        && b.word == "in"
        && word_before(text, b.start)
            .is_some_and(|v| v.gap == " " && SPEECH_BEFORE_IN.contains(&v.word))
}

const PRONOUN_BEFORE: &[&str] = &[
    "LET", "TELL", "TELLS", "FOR", "TO", "WITH", "OF", "BY", "HELP", "HELPS", "GIVE", "GIVES",
    "JOIN", "JOINS", "SHOW", "SHOWS", "AMONG", "ABOUT", "SAVE", "FROM", "MAKE", "MAKES", "ALL",
    "BEFORE", "BEHIND", "LIKE", "LEAVE", "SEND", "KEEP", "GET",
];

fn pronoun_us(before: Option<Neighbour>, after: Option<Neighbour>) -> bool {
    let Some(b) = before else { return false };
    let caps_context = all_caps(b.word) && after.is_none_or(|a| all_caps(a.word) || a.gap != " ");
    caps_context && PRONOUN_BEFORE.contains(&b.word)
}

/// "Atlanta, Georgia", "Georgia Senate", "Alabama and Georgia": the US state.
fn georgia_state_here(doc: &Doc, before: Option<Neighbour>, after: Option<Neighbour>) -> bool {
    let lexicon = doc.lexicon;
    if let Some(b) = before {
        if b.gap == ", " && capitalized(b.word) && doc.plain_word(&b) {
            return true;
        }
        if matches!(b.word, "and" | "or") && doc.is_us_state_before(before_word_end(doc, b)) {
            return true;
        }
    }
    if let Some(a) = after {
        let next_two = doc.text.get(a.start..).and_then(|t| {
            let mut words = t.split_whitespace();
            Some(format!("{} {}", words.next()?, words.next()?))
        });
        let state_word = lexicon.in_list("georgia_state_cues", a.word)
            || next_two.is_some_and(|two| lexicon.in_list("georgia_state_cues", &two));
        if a.gap == " " && state_word {
            return true;
        }
    }
    false
}

/// The end of the word before `b` ("Alabama" in "Alabama and Georgia").
fn before_word_end(doc: &Doc, b: Neighbour) -> usize {
    word_before(doc.text, b.start).map_or(0, |w| w.end)
}

/// "Tacoma, Washington", "eastern Washington", "California or Washington": the US state.
fn washington_state_here(doc: &Doc, start: usize, before: Option<Neighbour>) -> bool {
    let Some(b) = before else { return false };
    if b.gap == ", " && capitalized(b.word) && doc.plain_word(&b) {
        return true;
    }
    if matches!(
        b.word,
        "central" | "eastern" | "western" | "northern" | "southern" | "rural"
    ) {
        return true;
    }
    if matches!(b.word, "and" | "or") && doc.is_us_state_before(before_word_end(doc, b)) {
        return true;
    }
    b.gap == ", " && doc.is_us_state_before(start - b.gap.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::candidates;

    fn codes(text: &str) -> Vec<(String, &'static str)> {
        resolve(text, candidates(text))
            .into_iter()
            .map(|m| (text[m.start..m.end].to_string(), m.code))
            .collect()
    }

    #[test]
    fn neighbours() {
        let t = "met Andrew Jordan, in Paris, Texas.";
        let b = word_before(t, 11).map(|n| n.word);
        assert_eq!(b, Some("Andrew"));
        let a = word_after(t, 27).map(|n| (n.word, n.gap));
        assert_eq!(a, Some(("Texas", ", ")));
    }

    #[test]
    fn surnames_and_given_names() {
        assert!(codes("The racer Andrew Jordan won. Jordan said it was hard.").is_empty());
        assert!(codes("The drummer Chad Smith played.").is_empty());
        assert_eq!(
            codes("The talks in Jordan ended."),
            [("Jordan".to_string(), "JO")]
        );
        assert_eq!(
            codes("Putin's Russia is big."),
            [("Russia".to_string(), "RU")]
        );
        assert_eq!(
            codes("Troops of the Israel Defense Forces moved."),
            [("Israel".to_string(), "IL")]
        );
    }

    #[test]
    fn us_places() {
        assert!(codes("He lives in Paris, Texas, now.").is_empty());
        assert!(codes("They met in Atlanta, Georgia, on Monday.").is_empty());
        assert!(codes("She grew up in Tacoma, Washington and left.").is_empty());
        assert_eq!(
            codes("Russia and Georgia fought."),
            [("Russia".into(), "RU"), ("Georgia".into(), "GE")]
        );
    }

    #[test]
    fn languages_and_pronouns() {
        assert!(codes("He said in Russian, smiling.").is_empty());
        assert_eq!(
            codes("He met Russian officials."),
            [("Russian".to_string(), "RU")]
        );
        assert!(codes("LET US PRAY").is_empty());
    }

    #[test]
    fn shared_forms_follow_the_document() {
        let text = "Brazzaville is the capital. The Republic of Congo and Congo.";
        let got = codes(text);
        assert!(got.iter().all(|(_, c)| *c == "CG"), "{got:?}");
        assert_eq!(codes("Congo is vast."), [("Congo".to_string(), "CD")]);
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use crate::matcher::candidates;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_text_gives_mentions_on_char_boundaries(text in "\\PC{0,300}") {
            for m in resolve(&text, candidates(&text)) {
                prop_assert!(text.get(m.start..m.end).is_some());
                prop_assert!(m.start < m.end);
            }
        }

        #[test]
        fn country_heavy_text_never_panics(
            text in "(Russia|US|U\\.S\\.|Georgia|Washington|Jordan|the States|Congo|, |\\. | |New|Andrew|in|’s|-|é|\n){0,40}"
        ) {
            for m in resolve(&text, candidates(&text)) {
                prop_assert!(text.get(m.start..m.end).is_some());
            }
        }
    }
}
