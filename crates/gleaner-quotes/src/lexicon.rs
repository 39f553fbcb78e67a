//! Word lists of the quotes extractor, parsed once from the files in `data/`.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

/// A speech verb: may introduce or follow a direct quote ("said", "added").
pub const SPEECH: u8 = 1;
/// Takes a that-clause or a bare clause as reported content ("said (that) ...").
pub const CLAUSE: u8 = 2;
/// Takes a person object before its content ("told reporters that ...").
pub const OBJECT: u8 = 4;
/// May stand after its content with the subject after it ("..., said Lavrov").
pub const INVERTS: u8 = 8;
/// Names or labels ("called them", "dubbed"): governs partial quotes only.
pub const NAMING: u8 = 16;
/// The source follows the cue ("according to X").
pub const SOURCE_AFTER: u8 = 32;

/// Its object or infinitive is the attributed content ("called for an end to ...", "wants to").
pub const CONTENT: u8 = 64;
/// A noun whose that-clause is the attributed content, said by its owner ("Trump's claim that").
pub const NOUN: u8 = 128;

/// One cue: its lowercase words and flags.
#[derive(Debug)]
pub struct Cue {
    pub words: Vec<&'static str>,
    pub flags: u8,
}

pub struct Lexicon {
    /// Cues by first word, longest first.
    pub cues: FxHashMap<&'static str, Vec<Cue>>,
    pub pronouns: FxHashSet<&'static str>,
    /// Head nouns of descriptions of people ("observer", "officials").
    pub describers: FxHashSet<&'static str>,
    /// Head nouns of documents and bodies ("statement", "readout", "ministry").
    pub documents: FxHashSet<&'static str>,
    /// Capitalized title words that precede a name ("Minister", "Rep.").
    pub titles: FxHashSet<&'static str>,
    /// Capitalized words that make a name phrase an organisation, and outlet names.
    pub organizations: FxHashSet<&'static str>,
    /// Countries and capitals, words joined by one space.
    pub places: FxHashSet<&'static str>,
}

fn entries(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn parse_flags(s: &str) -> u8 {
    s.chars().fold(0, |acc, c| {
        acc | match c {
            's' => SPEECH,
            't' => CLAUSE,
            'o' => OBJECT,
            'i' => INVERTS,
            'n' => NAMING,
            'a' => SOURCE_AFTER,
            'c' => CONTENT,
            'p' => NOUN,
            _ => 0,
        }
    })
}

pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut cues: FxHashMap<&'static str, Vec<Cue>> = FxHashMap::default();
    for line in entries(include_str!("../data/cues.txt")) {
        let (form, flags) = line.split_once('\t').unwrap_or((line, ""));
        let words: Vec<&'static str> = form.split_whitespace().collect();
        let Some(first) = words.first().copied() else {
            continue;
        };
        cues.entry(first).or_default().push(Cue {
            words,
            flags: parse_flags(flags),
        });
    }
    for list in cues.values_mut() {
        list.sort_by_key(|c| std::cmp::Reverse(c.words.len()));
    }
    Lexicon {
        cues,
        pronouns: entries(include_str!("../data/pronouns.txt")).collect(),
        describers: entries(include_str!("../data/describers.txt")).collect(),
        documents: entries(include_str!("../data/documents.txt")).collect(),
        titles: entries(include_str!("../data/titles.txt"))
            .map(|t| t.trim_end_matches('.'))
            .collect(),
        organizations: entries(include_str!("../data/organizations.txt"))
            .map(|t| t.trim_end_matches('.'))
            .collect(),
        places: entries(include_str!("../data/places.txt")).collect(),
    }
});

/// Words skipped between a subject and its reporting verb ("Lavrov has also said").
pub const BETWEEN_SUBJECT_AND_CUE: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "later",
    "then",
    "previously",
    "would",
    "will",
    "could",
    "can",
    "may",
    "might",
    "must",
    "should",
    "did",
    "does",
    "do",
    "not",
    "never",
    "once",
    "again",
    "further",
    "already",
    "just",
    "even",
    "still",
    "often",
    "always",
    "only",
    "first",
    "earlier",
    "initially",
    "is",
    "was",
    "were",
    "are",
    "been",
    "be",
    "on",
    "yesterday",
    "today",
    "tonight",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "last",
    "week",
    "month",
    "year",
    "this",
    "morning",
    "afternoon",
    "evening",
    "night",
    "n't",
    "himself",
    "herself",
    "themselves",
    "itself",
    "himself,",
    "personally",
    "reportedly",
];

/// Month names, never a speaker.
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Words that may open a capitalized run at a sentence start without being part of a name.
pub const FUNCTION_WORDS: &[&str] = &[
    "a",
    "an",
    "and",
    "as",
    "at",
    "after",
    "also",
    "before",
    "but",
    "by",
    "during",
    "for",
    "from",
    "however",
    "if",
    "in",
    "meanwhile",
    "now",
    "on",
    "or",
    "since",
    "so",
    "still",
    "that",
    "then",
    "there",
    "these",
    "this",
    "those",
    "though",
    "thus",
    "to",
    "today",
    "under",
    "when",
    "where",
    "while",
    "with",
    "yesterday",
    "yet",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "your",
    "asked",
    "speaking",
    "writing",
    "instead",
    "indeed",
    "later",
    "earlier",
    "moreover",
    "it",
];

/// Determiners that open a description ("the observer", "a senior official").
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "another", "one", "two", "three", "four", "several", "some", "many", "most",
    "other", "these", "those", "this", "that", "his", "her", "their", "its", "our", "my", "your",
    "both", "all", "no", "few", "top", "senior",
];

/// Words that never belong to a speaker phrase: prepositions, conjunctions, verbs of being.
pub const PHRASE_BREAKERS: &[&str] = &[
    "in", "on", "at", "to", "for", "with", "by", "from", "about", "into", "over", "after",
    "before", "during", "than", "as", "and", "or", "but", "that", "which", "who", "whom", "whose",
    "is", "was", "are", "were", "be", "been", "has", "have", "had", "not", "it", "if", "when",
    "while", "because", "so", "also", "would", "will", "could", "can", "may", "might", "should",
    "must", "do", "does", "did", "there", "here", "what", "how", "why", "where", "he", "she",
    "they", "we", "i", "you", "him", "them", "us", "me", "said", "says", "say", "told",
];

/// Weekdays and words of time that may sit between a cue and its content ("said Tuesday that").
pub const TIME_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "tonight",
    "recently",
    "earlier",
    "later",
    "previously",
    "repeatedly",
    "again",
    "also",
    "publicly",
    "privately",
    "last",
    "week",
    "month",
    "year",
    "this",
    "morning",
    "afternoon",
    "evening",
    "night",
    "then",
    "once",
    "now",
    "flatly",
    "bluntly",
    "simply",
    "clearly",
    "openly",
    "frankly",
    "firmly",
];

/// Auxiliaries and common irregular past forms: a clause has one of these or an -ed/-s verb.
pub const FINITE_VERBS: &[&str] = &[
    "is", "was", "are", "were", "will", "would", "has", "have", "had", "could", "can", "should",
    "may", "might", "must", "did", "does", "do", "'re", "'ll", "'d", "wo", "n't", "saw", "went",
    "made", "took", "got", "knew", "thought", "found", "gave", "told", "came", "left", "felt",
    "kept", "began", "became", "brought", "bought", "held", "lost", "meant", "met", "paid", "put",
    "ran", "sent", "set", "sold", "stood", "won", "wrote", "said", "need", "want", "think", "know",
    "believe", "hope", "wants", "needs", "lacks", "lack",
];
