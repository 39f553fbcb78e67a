//! The word lists of `data/`, parsed once. Every set holds folded forms (see [`crate::fold`]).

use crate::fold::fold_into;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

/// A set of words that live as long as the program.
pub type WordSet = FxHashSet<&'static str>;

pub struct Lexicon {
    pub given: WordSet,
    pub surnames: WordSet,
    /// Lowercase English words: a capitalized word that is one needs more evidence to be a name.
    pub words: WordSet,
    pub places: WordSet,
    /// Countries, capitals, US states, cities of a million people.
    pub major_places: WordSet,
    pub particles: WordSet,
    /// Bytes in the longest particle.
    pub particle_max_len: usize,
    pub suffixes: WordSet,
    /// Title words without a final period; `true` for heads.
    pub titles: FxHashMap<&'static str, bool>,
    pub org_cues: WordSet,
    pub non_person: WordSet,
    pub org_names: WordSet,
    /// Common given names that are also words ("Bob", "Mark").
    pub word_names: WordSet,
}

fn is_newline(c: char) -> bool {
    c == '\n'
}

fn entries(text: &'static str) -> impl Iterator<Item = &'static str> {
    // Split by a plain character test: memchr costs more than it saves on short lines.
    text.split(is_newline)
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The folds of `words`, written into one string kept for the life of the program: the lexicon
/// is built once and never dropped, and this spares an allocation per entry.
fn folds(words: impl Iterator<Item = &'static str>) -> impl Iterator<Item = &'static str> {
    let mut all = String::new();
    let mut ends = Vec::new();
    for word in words {
        fold_into(word, &mut all);
        ends.push(all.len());
    }
    let all: &'static str = all.leak();
    let mut start = 0;
    ends.into_iter().map(move |end| {
        let fold = all.get(start..end).unwrap_or("");
        start = end;
        fold
    })
}

fn folded_set(texts: &[&'static str]) -> WordSet {
    folds(texts.iter().flat_map(|t| entries(t))).collect()
}

pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut titles = FxHashMap::default();
    let lines: Vec<&'static str> = entries(include_str!("../data/titles.txt")).collect();
    let words = lines
        .iter()
        .map(|line| line.strip_prefix('*').unwrap_or(line).trim_end_matches('.'));
    for (line, key) in lines.iter().zip(folds(words)) {
        let entry = titles.entry(key).or_insert(false);
        *entry |= line.starts_with('*');
    }
    let places = include_str!("../data/places.txt");
    let particles: WordSet = entries(include_str!("../data/particles.txt")).collect();
    Lexicon {
        particle_max_len: particles.iter().map(|p| p.len()).max().unwrap_or(0),
        particles,
        given: folded_set(&[
            include_str!("../data/given_names.txt"),
            include_str!("../data/given_names_world.txt"),
        ]),
        surnames: folded_set(&[include_str!("../data/surnames.txt")]),
        words: entries(include_str!("../data/english_words.txt")).collect(),
        places: folds(entries(places).map(|p| p.trim_start_matches('*'))).collect(),
        major_places: folds(entries(places).filter_map(|p| p.strip_prefix('*'))).collect(),
        suffixes: folds(
            entries(include_str!("../data/suffixes.txt")).map(|s| s.trim_end_matches('.')),
        )
        .collect(),
        titles,
        org_cues: folded_set(&[include_str!("../data/org_cues.txt")]),
        non_person: folded_set(&[include_str!("../data/non_person.txt")]),
        org_names: folded_set(&[include_str!("../data/org_names.txt")]),
        word_names: folded_set(&[include_str!("../data/word_names.txt")]),
    }
});

/// Closed-class English words: capitalized only because they open a sentence.
pub static FUNCTION_WORDS: LazyLock<WordSet> =
    LazyLock::new(|| FUNCTION_WORD_LIST.iter().copied().collect());

const FUNCTION_WORD_LIST: &[&str] = &[
    "a",
    "about",
    "above",
    "across",
    "after",
    "against",
    "all",
    "also",
    "although",
    "am",
    "among",
    "an",
    "and",
    "another",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "during",
    "each",
    "either",
    "even",
    "every",
    "few",
    "for",
    "from",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "just",
    "last",
    "least",
    "less",
    "many",
    "may",
    "me",
    "meanwhile",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "neither",
    "next",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "over",
    "per",
    "several",
    "she",
    "should",
    "since",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "thus",
    "to",
    "too",
    "under",
    "unless",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yet",
    "you",
    "your",
    "said",
    "says",
    "told",
    "asked",
];

impl Lexicon {
    pub fn is_given(&self, folded: &str) -> bool {
        self.given.contains(folded)
    }

    /// A given name that is no common word, place or other non-name ("Sergei", not "Will").
    pub fn is_strong_given(&self, folded: &str) -> bool {
        self.given.contains(folded)
            && (self.word_names.contains(folded)
                || !self.words.contains(folded) && !self.major_places.contains(folded))
            && !self.non_person.contains(folded)
            && !self.org_cues.contains(folded)
            && !self.titles.contains_key(folded)
    }

    pub fn is_particle(&self, word: &str) -> bool {
        word.len() <= self.particle_max_len && self.particles.contains(word)
    }

    pub fn is_surname(&self, folded: &str) -> bool {
        self.surnames.contains(folded) || has_surname_ending(folded)
    }

    pub fn title(&self, folded: &str) -> Option<bool> {
        let bare = folded.trim_end_matches('.');
        let bare = ["then-", "ex-", "former-", "acting-"]
            .iter()
            .find_map(|p| bare.strip_prefix(p))
            .unwrap_or(bare);
        self.titles
            .get(bare)
            .copied()
            // A plural ("Foreign Ministers") joins a title phrase but heads no one's title.
            .or_else(|| {
                bare.strip_suffix('s')
                    .and_then(|b| self.titles.get(b))
                    .map(|_| false)
            })
    }

    pub fn is_title_head(&self, folded: &str) -> bool {
        self.title(folded) == Some(true)
    }
}

/// Endings typical of surnames of several languages ("Garayev", "Shevchenko", "Kowalski").
fn has_surname_ending(folded: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ov", "ova", "ev", "eva", "yov", "enko", "chuk", "vich", "wicz", "ski", "ska", "sky",
        "skiy", "skyy", "shvili", "dze", "yan", "oglu", "escu", "ovic", "evic", "sson", "poulos",
        "akis", "ides",
    ];
    folded.chars().count() >= 5 && ENDINGS.iter().any(|e| folded.ends_with(e))
}
