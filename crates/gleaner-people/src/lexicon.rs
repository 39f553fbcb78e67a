//! The word lists of `data/`, parsed once. Every set holds folded forms (see [`crate::fold`]).

use crate::fold::fold_into;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

/// A set of words that live as long as the program.
pub type WordSet = FxHashSet<&'static str>;

/// The lists a word is in, one bit per list.
pub type Lists = u16;

pub const GIVEN: Lists = 1;
pub const SURNAMES: Lists = 1 << 1;
/// Lowercase English words: a capitalized word that is one needs more evidence to be a name.
pub const WORDS: Lists = 1 << 2;
pub const PLACES: Lists = 1 << 3;
/// Countries, capitals, US states, cities of a million people.
pub const MAJOR_PLACES: Lists = 1 << 4;
/// Matched on the raw lowercase text, not on folds.
pub const PARTICLES: Lists = 1 << 5;
pub const SUFFIXES: Lists = 1 << 6;
pub const ORG_CUES: Lists = 1 << 7;
pub const NON_PERSON: Lists = 1 << 8;
pub const ORG_NAMES: Lists = 1 << 9;
/// Common given names that are also words ("Bob", "Mark").
pub const WORD_NAMES: Lists = 1 << 10;

pub struct Lexicon {
    /// Every word of the lists (folded but for particles), with the lists it is in: one lookup
    /// answers for all of them.
    lists: FxHashMap<&'static str, Lists>,
    /// Title words without a final period; `true` for heads.
    pub titles: FxHashMap<&'static str, bool>,
    /// Bytes in the longest particle.
    pub particle_max_len: usize,
    /// The particles again, in a table small enough to stay in cache: most words are looked up.
    particles: WordSet,
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
    let mut lists: FxHashMap<&'static str, Lists> = FxHashMap::default();
    lists.reserve(250_000);
    let mut add = |list: Lists, words: &mut dyn Iterator<Item = &'static str>| {
        for word in words {
            *lists.entry(word).or_insert(0) |= list;
        }
    };
    let folded = |texts: &'static [&'static str]| folds(texts.iter().flat_map(|t| entries(t)));
    add(
        GIVEN,
        &mut folded(&[
            include_str!("../data/given_names.txt"),
            include_str!("../data/given_names_world.txt"),
        ]),
    );
    add(
        SURNAMES,
        &mut folded(&[include_str!("../data/surnames.txt")]),
    );
    add(
        WORDS,
        &mut entries(include_str!("../data/english_words.txt")),
    );
    let places = include_str!("../data/places.txt");
    add(
        PLACES,
        &mut folds(entries(places).map(|p| p.trim_start_matches('*'))),
    );
    add(
        MAJOR_PLACES,
        &mut folds(entries(places).filter_map(|p| p.strip_prefix('*'))),
    );
    let particles = include_str!("../data/particles.txt");
    add(PARTICLES, &mut entries(particles));
    add(
        SUFFIXES,
        &mut folds(entries(include_str!("../data/suffixes.txt")).map(|s| s.trim_end_matches('.'))),
    );
    add(
        ORG_CUES,
        &mut folded(&[include_str!("../data/org_cues.txt")]),
    );
    add(
        NON_PERSON,
        &mut folded(&[include_str!("../data/non_person.txt")]),
    );
    add(
        ORG_NAMES,
        &mut folded(&[include_str!("../data/org_names.txt")]),
    );
    add(
        WORD_NAMES,
        &mut folded(&[include_str!("../data/word_names.txt")]),
    );
    Lexicon {
        lists,
        titles,
        particle_max_len: entries(particles).map(str::len).max().unwrap_or(0),
        particles: entries(particles).collect(),
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
    /// The lists `word` is in.
    pub fn lists(&self, word: &str) -> Lists {
        self.lists.get(word).copied().unwrap_or(0)
    }

    /// The words in one of `lists`.
    #[cfg(test)]
    pub fn words_in(&self, lists: Lists) -> impl Iterator<Item = &'static str> + '_ {
        self.lists
            .iter()
            .filter(move |(_, in_lists)| *in_lists & lists != 0)
            .map(|(word, _)| *word)
    }

    /// Whether `word` is in one of `lists`.
    pub fn is(&self, lists: Lists, word: &str) -> bool {
        self.lists(word) & lists != 0
    }

    pub fn is_given(&self, folded: &str) -> bool {
        self.is(GIVEN, folded)
    }

    /// A given name that is no common word, place or other non-name ("Sergei", not "Will").
    pub fn is_strong_given(&self, folded: &str) -> bool {
        self.is_strong_given_in(folded, self.lists(folded))
    }

    /// [`Self::is_strong_given`] of a word in `lists`.
    pub fn is_strong_given_in(&self, folded: &str, lists: Lists) -> bool {
        let has = |list: Lists| lists & list != 0;
        has(GIVEN)
            && (has(WORD_NAMES) || !has(WORDS) && !has(MAJOR_PLACES))
            && !has(NON_PERSON)
            && !has(ORG_CUES)
            && !self.titles.contains_key(folded)
    }

    pub fn is_particle(&self, word: &str) -> bool {
        word.len() <= self.particle_max_len && self.particles.contains(word)
    }

    pub fn is_surname(&self, folded: &str) -> bool {
        self.is(SURNAMES, folded) || has_surname_ending(folded)
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
pub fn has_surname_ending(folded: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ov", "ova", "ev", "eva", "yov", "enko", "chuk", "vich", "wicz", "ski", "ska", "sky",
        "skiy", "skyy", "shvili", "dze", "yan", "oglu", "escu", "ovic", "evic", "sson", "poulos",
        "akis", "ides",
    ];
    folded.chars().count() >= 5 && ENDINGS.iter().any(|e| folded.ends_with(e))
}
