//! The people extractor: finds personal names, groups their forms into one entity per person
//! (canonical name, aliases) and collects title and role phrases around them.
//!
//! One pass cuts the tokens into capitalized chunks ("Russian Foreign Minister Sergei Lavrov"),
//! strips titles and sentence openers, and keeps the chunks with evidence of a personal name: a
//! given name, initials, a title, an age. The accepted names become entities, longest first; then
//! every other capitalized chunk (headlines in capitals included) is searched for a short or
//! variant form of one of them ("Lavrov added", "LAVROV", "Diaz-Canal").

mod fold;
mod group;
mod lexicon;
mod titles;

use fold::{fold, fold_into};
use gleaner_core::{Analysis, Document, Extractor, Findings, PersonFinding, Span, TokenKind};
use group::{KnownParts, NamePart, PartKind, same_person};
use lexicon::{FUNCTION_WORDS, LEXICON, Lexicon, Lists, WordSet};
use std::borrow::Cow;
use std::sync::LazyLock;

pub struct People;

gleaner_core::register_extractor!(People);

impl Extractor for People {
    fn name(&self) -> &'static str {
        "people"
    }

    fn description(&self) -> &'static str {
        "people: personal names grouped into entities with aliases and titles"
    }

    fn extract(&self, _doc: &Document, analysis: &Analysis) -> Findings {
        Findings {
            people: find_people(analysis),
            ..Findings::default()
        }
    }
}

/// A token with what the name rules ask of it.
pub(crate) struct Tok<'t> {
    pub text: &'t str,
    /// [`fold`] of a word's text, empty for other tokens.
    pub folded: &'t str,
    pub span: Span,
    pub kind: TokenKind,
    /// The first character, normalized (curly quotes and dashes made plain).
    pub first: char,
    pub cap: bool,
    pub all_caps: bool,
    pub space_before: bool,
    /// First word of a sentence or line (after opening quotes or brackets).
    pub sentence_start: bool,
    pub line: usize,
    /// The line is a headline or credit in capitals.
    pub caps_line: bool,
}

impl Tok<'_> {
    fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// "21st", "2nd", "86th".
    fn has_digit_ordinal(&self) -> bool {
        let digits = self
            .text
            .trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = self.text.get(digits.len()..).unwrap_or("");
        !digits.is_empty()
            && digits.chars().all(|c| c.is_ascii_digit())
            && matches!(suffix, "st" | "nd" | "rd" | "th")
    }

    fn is_punct(&self, c: char) -> bool {
        self.kind == TokenKind::Punct && self.first == c
    }
}

/// The folds of a document's words: most are the document's text in ASCII lowercase, the rest
/// (accents, other scripts, backticks) are written into a second string.
struct FoldedTokens {
    lower: String,
    other: String,
    /// Per token: in `other` or not, and the byte range there.
    ranges: Vec<(bool, usize, usize)>,
}

impl FoldedTokens {
    fn new(analysis: &Analysis) -> Self {
        let mut lower = analysis.text.to_string();
        lower.make_ascii_lowercase();
        let mut other = String::new();
        let mut ranges = Vec::with_capacity(analysis.tokens.len());
        for t in &analysis.tokens {
            let range = if t.kind != TokenKind::Word {
                (false, 0, 0)
            } else {
                let word = span_text(t.span, analysis.text);
                if word.bytes().all(|b| b.is_ascii() && b != b'`') {
                    (false, t.span.start, t.span.end)
                } else {
                    let start = other.len();
                    fold_into(word, &mut other);
                    (true, start, other.len())
                }
            };
            ranges.push(range);
        }
        FoldedTokens {
            lower,
            other,
            ranges,
        }
    }

    fn get(&self, i: usize) -> &str {
        let Some(&(in_other, start, end)) = self.ranges.get(i) else {
            return "";
        };
        let text = if in_other { &self.other } else { &self.lower };
        text.get(start..end).unwrap_or("")
    }
}

fn prepare<'a>(analysis: &'a Analysis<'_>, folded: &'a FoldedTokens) -> Vec<Tok<'a>> {
    let text = analysis.text;
    let mut toks: Vec<Tok<'a>> = Vec::with_capacity(analysis.tokens.len());
    let mut line = 0;
    let mut prev_end = 0;
    let mut sentence = 0;
    let mut at_sentence_start = true;
    for (i, t) in analysis.tokens.iter().enumerate() {
        let gap = text.get(prev_end..t.span.start).unwrap_or("");
        let new_line = gap.bytes().any(|b| b == b'\n');
        if new_line {
            line += 1;
            at_sentence_start = true;
        }
        while analysis
            .sentences
            .get(sentence)
            .is_some_and(|s| s.tokens.end <= i)
        {
            sentence += 1;
        }
        if analysis
            .sentences
            .get(sentence)
            .is_some_and(|s| s.tokens.start == i)
        {
            at_sentence_start = true;
        }
        let tok_text = span_text(t.span, text);
        let opener = t.kind == TokenKind::Punct && matches!(t.first, '"' | '\'' | '(' | '[' | '-');
        toks.push(Tok {
            text: tok_text,
            folded: folded.get(i),
            span: t.span,
            kind: t.kind,
            first: t.first,
            cap: t.capitalized,
            all_caps: t.all_caps,
            space_before: t.space_before,
            sentence_start: at_sentence_start && !opener,
            line,
            caps_line: false,
        });
        if !opener {
            at_sentence_start = false;
        }
        prev_end = t.span.end;
    }
    mark_caps_lines(&mut toks);
    toks
}

/// [`Span::text`], here where the compiler can inline it.
fn span_text(span: Span, text: &str) -> &str {
    text.get(span.start..span.end).unwrap_or("")
}

/// The letters of `text`, counted up to `limit`.
fn letter_count(text: &str, limit: usize) -> usize {
    text.chars()
        .filter(|c| c.is_alphabetic())
        .take(limit)
        .count()
}

/// A line is in capitals when most of its words of two letters or more are.
fn mark_caps_lines(toks: &mut [Tok]) {
    let mut start = 0;
    while start < toks.len() {
        let line = toks[start].line;
        let end = toks[start..]
            .iter()
            .position(|t| t.line != line)
            .map_or(toks.len(), |p| start + p);
        let (mut words, mut caps) = (0, 0);
        for t in &toks[start..end] {
            if t.is_word() && letter_count(t.text, 2) >= 2 {
                words += 1;
                caps += usize::from(t.all_caps);
            }
        }
        let is_caps = words > 0 && caps * 10 >= words * 7 && caps >= 2;
        for t in &mut toks[start..end] {
            t.caps_line = is_caps;
        }
        start = end;
    }
}

/// Second halves of compound adjectives made from names ("Hong Kong-based", "Brazilian-born").
static ADJECTIVE_ENDINGS: LazyLock<WordSet> =
    LazyLock::new(|| ADJECTIVE_ENDINGS_LIST.iter().copied().collect());
const ADJECTIVE_ENDINGS_LIST: &[&str] = &[
    "based",
    "born",
    "led",
    "backed",
    "listed",
    "owned",
    "controlled",
    "made",
    "bound",
    "run",
    "style",
    "era",
    "class",
    "type",
    "linked",
    "sponsored",
    "funded",
    "held",
    "registered",
    "speaking",
    "educated",
    "raised",
    "trained",
    "designed",
    "built",
    "produced",
    "brokered",
    "allied",
    "leaning",
    "friendly",
    "bred",
    "area",
    "wide",
    "related",
    "affiliated",
    "dominated",
];

/// A part of a chunk: one name word, an initial, a particle or a suffix, over one or two tokens.
#[derive(Debug, Clone)]
pub(crate) struct Part<'t> {
    pub first: usize,
    /// One past the last token.
    pub end: usize,
    pub span: Span,
    pub kind: PartKind,
    /// [`fold`] of the span's text: the token's own fold for a part of one token.
    pub folded: Cow<'t, str>,
    /// [`Lexicon::title`] of `folded`, looked up once.
    pub title: Option<bool>,
}

fn glued_dot(toks: &[Tok], i: usize) -> bool {
    toks.get(i)
        .is_some_and(|t| t.is_punct('.') && !t.space_before)
}

pub(crate) fn is_possessive(t: &Tok) -> bool {
    let f = t.folded;
    f == "'s" || f == "s" && !t.space_before
}

/// The part that starts at token `i`, if any.
fn part_at<'t>(text: &str, toks: &[Tok<'t>], i: usize, lex: &Lexicon) -> Option<Part<'t>> {
    let t = toks.get(i)?;
    if !t.is_word() || is_possessive(t) {
        return None;
    }
    // `title`: the part's title entry when already looked up.
    let make = |end: usize, kind: PartKind, title: Option<Option<bool>>| {
        let last = toks.get(end - 1).map_or(t.span, |l| l.span);
        let span = Span::new(t.span.start, last.end);
        let folded = if end == i + 1 {
            Cow::Borrowed(t.folded)
        } else {
            Cow::Owned(fold(span.text(text)))
        };
        let title = title.unwrap_or_else(|| lex.title(&folded));
        Some(Part {
            first: i,
            end,
            span,
            kind,
            folded,
            title,
        })
    };
    // "J." (one token) or "T" "." glued to the next word ("T.O'Gorman").
    if t.cap && letter_count(t.text, 2) == 1 {
        if t.text.ends_with('.') {
            return make(i + 1, PartKind::Initial, None);
        }
        // Not "M.Tech": the glued word is no common word.
        let glued_name = toks
            .get(i + 2)
            .is_some_and(|n| n.cap && !n.space_before && !lex.is(lexicon::WORDS, n.folded));
        if glued_dot(toks, i + 1) && glued_name {
            return make(i + 2, PartKind::Initial, None);
        }
    }
    // "Hong Kong-based", "Brazilian-born": a compound adjective, no name.
    let hyphen = t.text.bytes().position(|b| b == b'-');
    if hyphen.is_some()
        && t.text
            .rsplit('-')
            .next()
            .is_some_and(|last| ADJECTIVE_ENDINGS.contains(&last))
    {
        return None;
    }
    if t.cap {
        let bare = t.folded.trim_end_matches('.');
        if lex.is(lexicon::SUFFIXES, bare) {
            let end = if glued_dot(toks, i + 1) { i + 2 } else { i + 1 };
            return make(end, PartKind::Suffix, None);
        }
        // "Gen." "Mr." keep their period.
        let title = lex.title(bare);
        if title.is_some() && glued_dot(toks, i + 1) {
            // Looked up again on the fold of both tokens, which is what the part names.
            return make(i + 2, PartKind::Name, None);
        }
        return make(i + 1, PartKind::Name, Some(title));
    }
    if lex.is_particle(t.text) {
        // "van der Westhuizen": particles chain before the capitalized part.
        let mut j = i + 1;
        while j < i + 3 && toks.get(j).is_some_and(|n| lex.is_particle(n.text)) {
            j += 1;
        }
        let next_is_name = toks
            .get(j)
            .is_some_and(|n| n.is_word() && n.cap && n.line == t.line);
        return if next_is_name {
            make(i + 1, PartKind::Particle, None)
        } else {
            None
        };
    }
    // "al-Assad", "bin-Salman": a particle glued to a capitalized name.
    if let Some((head, rest)) = hyphen.and_then(|h| Some((t.text.get(..h)?, t.text.get(h + 1..)?)))
        && lex.is_particle(head)
        && rest.chars().next().is_some_and(char::is_uppercase)
    {
        return make(i + 1, PartKind::Name, None);
    }
    None
}

/// Capitalized chunks: runs of parts on one line with nothing between them, each given to `f`.
fn for_each_chunk<'t>(text: &str, toks: &[Tok<'t>], lex: &Lexicon, mut f: impl FnMut(&[Part<'t>])) {
    let mut parts = Vec::new();
    // A part found after the end of the previous chunk, on the next line: it opens the next one.
    let mut pending = None;
    let mut i = 0;
    while i < toks.len() {
        let first = match pending.take() {
            Some(first) => first,
            None => match part_at(text, toks, i, lex) {
                Some(first) => first,
                None => {
                    i += 1;
                    continue;
                }
            },
        };
        let line = toks[i].line;
        i = first.end;
        parts.clear();
        parts.push(first);
        loop {
            let Some(next) = part_at(text, toks, i, lex) else {
                i += 1;
                break;
            };
            if toks.get(i).is_none_or(|t| t.line != line) {
                pending = Some(next);
                break;
            }
            i = next.end;
            parts.push(next);
        }
        // A particle never ends a chunk.
        while parts.last().is_some_and(|p| p.kind == PartKind::Particle) {
            parts.pop();
        }
        if !parts.is_empty() {
            f(&parts);
        }
    }
}

/// A name form found in the text, with where it is and what was said about the person.
#[derive(Debug, Clone)]
struct Mention {
    span: Span,
    parts: Vec<NamePart>,
    titles: Vec<Span>,
}

/// How sure the first pass is that a chunk names a person.
#[derive(Debug)]
enum Verdict {
    Person(Mention),
    /// An organisation, place or event: not searched for short forms either.
    NotPerson,
    /// No evidence either way: searched for forms of people found elsewhere.
    Unknown,
}

fn name_parts(parts: &[Part]) -> Vec<NamePart> {
    parts
        .iter()
        .map(|p| NamePart::new(p.folded.trim_end_matches('.'), p.kind))
        .collect()
}

/// Whether the chunk is followed by a possessive and a capitalized phrase ending in an
/// organisation or place word ("Jeni's Ice Cream", "Barrack's Row").
fn possessive_business(toks: &[Tok], end: usize, lex: &Lexicon) -> bool {
    let Some(t) = toks.get(end) else { return false };
    let after = if is_possessive(t) {
        end + 1
    } else if t.is_punct('\'') && toks.get(end + 1).is_some_and(|s| s.folded == "s") {
        end + 2
    } else {
        return false;
    };
    let mut j = after;
    let mut last_cue = false;
    while let Some(n) = toks
        .get(j)
        .filter(|n| n.is_word() && n.cap && n.line == t.line)
    {
        last_cue = lex.is(lexicon::ORG_CUES, n.folded);
        j += 1;
    }
    last_cue
}

/// Whether the words around a chunk make it a firm, a place or a work rather than a person:
/// "Edward D. Jones & Co", "Charles de Gaulle airport", a film title in quotes.
fn names_a_thing(toks: &[Tok], first: usize, end: usize) -> bool {
    let next = toks.get(end);
    let prev = first.checked_sub(1).and_then(|p| toks.get(p));
    if next.is_some_and(|t| t.is_punct('&')) || prev.is_some_and(|t| t.is_punct('&')) {
        return true;
    }
    // "X airport", "X stadium", but "the Maduro administration" names its person.
    let place_noun =
        next.is_some_and(|t| t.is_word() && !t.cap && NAMED_AFTER_NOUNS.contains(&t.folded));
    if place_noun {
        return true;
    }
    // A title of a work: the whole chunk in quotes, with no word of its own before.
    let quoted = |t: Option<&Tok>| t.is_some_and(|t| t.is_punct('"') || t.is_punct('\''));
    quoted(prev) && quoted(next) && end - first >= 2
}

/// Places and things named after people: "Charles de Gaulle airport", "Jackson Hole symposium".
static NAMED_AFTER_NOUNS: LazyLock<WordSet> =
    LazyLock::new(|| NAMED_AFTER_NOUNS_LIST.iter().copied().collect());
#[rustfmt::skip]
const NAMED_AFTER_NOUNS_LIST: &[&str] = &[
    "airport", "stadium", "arena", "street", "avenue", "road", "bridge", "square", "hospital",
    "university", "college", "school", "hotel", "prize", "award", "trophy", "cup", "symposium",
    "memorial", "museum", "library", "center", "centre", "institute", "foundation", "station",
    "building", "tower", "park", "highway", "tunnel", "plaza", "hall", "theatre", "theater",
    "festival", "scholarship", "lecture", "boulevard", "medal", "stakes", "handicap",
];

/// Words that open organisation and place names ("University ...", "Lake ...", "San ...").
static ORG_PREFIXES: LazyLock<WordSet> =
    LazyLock::new(|| ORG_PREFIXES_LIST.iter().copied().collect());
#[rustfmt::skip]
const ORG_PREFIXES_LIST: &[&str] = &[
    "university", "bank", "club", "lake", "mount", "mt", "port", "fort", "saint", "st", "san",
    "santa", "santo", "sao", "los", "las", "new", "north", "south", "east", "west", "upper",
    "lower", "greater", "royal", "national", "international", "united", "federal", "central",
    "ministry", "department", "hotel", "radio", "air", "cape", "isla", "rio", "el", "la", "le",
    "al", "real", "sporting", "atletico", "dynamo", "dinamo", "inter", "olympique", "der", "die",
    "het",
];

static MONTHS_AND_DAYS: LazyLock<WordSet> =
    LazyLock::new(|| MONTHS_AND_DAYS_LIST.iter().copied().collect());
#[rustfmt::skip]
const MONTHS_AND_DAYS_LIST: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "today", "tomorrow", "yesterday",
];

/// Capitalized particles that open a surname ("De Wilde", "Van Gastel", "Di Matteo").
#[rustfmt::skip]
const SURNAME_PARTICLES: &[&str] = &[
    "de", "van", "von", "di", "da", "du", "del", "della", "dos", "das", "ter", "ten", "den", "mac",
];

/// Lowercase titles that still mark the next word as a name ("Indonesian president Suharto").
static OFFICIAL_TITLES: LazyLock<WordSet> =
    LazyLock::new(|| OFFICIAL_TITLES_LIST.iter().copied().collect());
#[rustfmt::skip]
const OFFICIAL_TITLES_LIST: &[&str] = &[
    "president", "minister", "premier", "chancellor", "king", "queen", "prince", "princess",
    "sheikh", "emir", "sultan", "senator", "governor", "mayor", "ambassador", "envoy", "general",
    "colonel", "admiral", "spokesman", "spokeswoman", "chairman", "leader", "secretary", "judge",
    "commissioner", "coach", "manager", "striker", "midfielder", "defender", "goalkeeper",
    "captain", "pitcher", "batsman", "bowler",
];

/// Nouns after a surname that make it a person's ("the Maduro administration", "Putin regime").
static PERSON_NOUNS_AFTER: LazyLock<WordSet> =
    LazyLock::new(|| PERSON_NOUNS_AFTER_LIST.iter().copied().collect());
#[rustfmt::skip]
const PERSON_NOUNS_AFTER_LIST: &[&str] = &[
    "administration", "regime", "government", "campaign", "camp", "aides", "aide", "supporters",
    "loyalists", "presidency", "family", "team", "doctrine", "era", "years", "cabinet", "allies",
];

/// Place words that are also common surnames: after a given name they are the surname
/// ("Anthony Hill", "Sally Field").
const SOFT_CUES: &[&str] = &[
    "hill", "hall", "church", "lane", "field", "castle", "wood", "woods", "marsh", "banks",
];

/// Title words that are also common given names: before a surname they are the name.
const NAME_LIKE_TITLES: &[&str] = &["dean", "earl", "duke", "major", "sterling", "baron"];

/// Whether part `p` is a title word to strip before a name ("President", "Gen.", "Ex-Yankee").
fn title_part(p: &Part, next: Option<&Part>, lex: &Lexicon) -> Option<bool> {
    let f = p.folded.trim_end_matches('.');
    if p.kind != PartKind::Name {
        return None;
    }
    if ["ex-", "then-", "former-"].iter().any(|x| f.starts_with(x)) {
        return Some(false);
    }
    let head = p.title?;
    let name_like = NAME_LIKE_TITLES.contains(&f)
        && !p.folded.ends_with('.')
        && next.is_some_and(|n| lex.is_surname(&n.folded));
    if name_like { None } else { Some(head) }
}

/// Whether a leading part is no name but a word before one: a demonym, a party, a sentence
/// opener ("But Bruno", "The Curragh"), an acronym ("US President").
fn leading_non_name(toks: &[Tok], p: &Part, next: Option<&Part>, lex: &Lexicon) -> bool {
    let f = p.folded.trim_end_matches('.');
    let Some(t) = toks.get(p.first) else {
        return false;
    };
    if p.kind == PartKind::Initial {
        return false;
    }
    if p.kind == PartKind::Particle || lex.is(lexicon::NON_PERSON, f) {
        return true;
    }
    if title_part(p, next, lex).is_some() {
        return true;
    }
    // "Foreign Ministry Jorge Arreaza": an organisation word before a given name.
    if lex.is(lexicon::ORG_CUES, f) && next.is_some_and(|n| lex.is_strong_given(&n.folded)) {
        return true;
    }
    if FUNCTION_WORDS.contains(&f) && (t.sentence_start || !lex.is(lexicon::WORD_NAMES, f)) {
        return true;
    }
    if t.sentence_start && lex.is(lexicon::WORDS, f) && !lex.is_given(f) && !lex.is_surname(f) {
        return true;
    }
    // Acronyms of countries and bodies: "US", "U.S.", "UN", "NATO".
    t.all_caps && (2..=4).contains(&letter_count(t.text, 5)) && !t.caps_line && !lex.is_given(f)
}

/// What the first pass makes of a chunk, and the parts left over for the second pass.
fn judge<'t>(toks: &[Tok], parts: &[Part<'t>], lex: &Lexicon) -> (Verdict, Vec<Part<'t>>) {
    let (Some(first), Some(last)) = (parts.first(), parts.last()) else {
        return (Verdict::Unknown, Vec::new());
    };
    if possessive_business(toks, last.end, lex) || names_a_thing(toks, first.first, last.end) {
        return (Verdict::NotPerson, Vec::new());
    }
    let all_caps = parts
        .iter()
        .all(|p| toks.get(p.first).is_some_and(|t| t.all_caps));
    let caps_line = toks.get(first.first).is_some_and(|t| t.caps_line);
    if all_caps && caps_line {
        return (Verdict::Unknown, parts.to_vec());
    }
    // The name starts after the last title word that has a name after it: "Chicago Cardinal
    // Joseph Bernardin", "Biden National Security Advisor Jake Sullivan".
    let mut titled = false;
    let mut start = 0;
    for k in 0..parts.len().saturating_sub(1) {
        if title_part(&parts[k], parts.get(k + 1), lex) == Some(true) {
            let rest_has_name = parts[k + 1..].iter().any(|p| p.kind == PartKind::Name);
            if rest_has_name {
                titled = true;
                start = k + 1;
            }
        }
    }
    // What stands before the title ("Biden" above) may name someone known.
    let mut leftover: Vec<Part> = parts[..start]
        .iter()
        .filter(|p| title_part(p, None, lex).is_none())
        .cloned()
        .collect();
    let name_start = start;
    while start + 1 < parts.len()
        && leading_non_name(toks, &parts[start], parts.get(start + 1), lex)
    {
        start += 1;
    }
    // Particles right before the name stay with it ("de Silva"); other stripped words go.
    let lead_particles: Vec<Part> = parts[name_start..start]
        .iter()
        .rev()
        .take_while(|p| p.kind == PartKind::Particle)
        .cloned()
        .collect();
    let mut rest = &parts[start..];
    // A month or weekday after the name ends it ("Lavrov Monday").
    if let Some(cut) = rest
        .iter()
        .skip(1)
        .position(|p| MONTHS_AND_DAYS.contains(&p.folded.trim_end_matches('.')))
    {
        let names_left = rest[..cut + 1]
            .iter()
            .filter(|p| p.kind == PartKind::Name)
            .count();
        if names_left >= 2 {
            rest = &rest[..cut + 1];
        }
    }
    while rest.last().is_some_and(|p| p.kind == PartKind::Particle) {
        rest = &rest[..rest.len() - 1];
    }
    let mut verdict = judge_name(toks, rest, titled, all_caps, lex);
    // A chunk that opens with particles keeps them: "de Silva".
    if let Verdict::Person(m) = &mut verdict
        && let Some(lead) = lead_particles.last()
    {
        m.span.start = lead.span.start;
        let lead_parts: Vec<Part> = lead_particles.iter().rev().cloned().collect();
        m.parts.splice(0..0, name_parts(&lead_parts));
    }
    if matches!(verdict, Verdict::Unknown) {
        leftover.extend(rest.iter().cloned());
    }
    (verdict, leftover)
}

fn judge_name(toks: &[Tok], rest: &[Part], titled: bool, all_caps: bool, lex: &Lexicon) -> Verdict {
    let (Some(head), Some(tail)) = (rest.first(), rest.last()) else {
        return Verdict::Unknown;
    };
    let names = || rest.iter().filter(|p| p.kind == PartKind::Name);
    let Some(last_name) = names().next_back() else {
        return Verdict::Unknown;
    };
    let name_count = names().count();
    let head_f = head.folded.trim_end_matches('.');
    let tail_name = last_name.folded.as_ref();
    // Each word's lists, looked up once.
    let (tail_lists, head_lists) = (lex.lists(tail_name), lex.lists(head_f));
    let tail_is = |list: Lists| tail_lists & list != 0;
    let head_is = |list: Lists| head_lists & list != 0;
    let first_strong = head.kind == PartKind::Name && lex.is_strong_given_in(head_f, head_lists);
    let first_given = head.kind == PartKind::Name && head_is(lexicon::GIVEN);
    // Organisation, place and business words.
    if names().any(|p| lex.is(lexicon::ORG_NAMES, p.folded.as_ref())) {
        return Verdict::NotPerson;
    }
    let soft_cue = SOFT_CUES.contains(&tail_name) && first_strong && name_count > 1;
    if tail_is(lexicon::ORG_CUES) && !soft_cue && name_count == 1 {
        return Verdict::Unknown;
    }
    if tail_is(lexicon::ORG_CUES) && !soft_cue || ORG_PREFIXES.contains(&head_f) && name_count > 1 {
        return Verdict::NotPerson;
    }
    let span = Span::new(head.span.start, tail.span.end);
    let whole: Cow<str> = match rest {
        [only] => Cow::Borrowed(only.folded.as_ref()),
        _ => Cow::Owned(
            rest.iter()
                .map(|p| p.folded.as_ref())
                .collect::<Vec<_>>()
                .join(" "),
        ),
    };
    let around = titles::around(toks, head.first, tail.end, lex);
    let titled = titled || around.any();
    let context = context_evidence(toks, head.first, tail.end, lex);
    // Places stay open to forms of known people ("Clinton", "Washington").
    if lex.is(lexicon::PLACES, whole.as_ref())
        && !titled
        && !owner_follows(toks, head.first, tail.end, lex)
    {
        return Verdict::Unknown;
    }
    let initials = head.kind == PartKind::Initial && tail.kind != PartKind::Initial;
    if initials && tail_is(lexicon::PLACES) && !tail_is(lexicon::SURNAMES) {
        return Verdict::NotPerson;
    }
    // "Attorney General", "the An": a title or function word alone is no name.
    let title_alone =
        last_name.title.is_some() && !tail_is(lexicon::GIVEN) && !tail_is(lexicon::SURNAMES);
    if rest.len() == 1 && (title_alone || FUNCTION_WORDS.contains(&tail_name)) {
        return Verdict::Unknown;
    }
    if name_count == 1 && tail_is(lexicon::NON_PERSON) {
        return Verdict::Unknown;
    }
    let tail_surname = tail_is(lexicon::SURNAMES) || lexicon::has_surname_ending(tail_name);
    let tail_word = tail_is(lexicon::WORDS);
    let head_place = head_is(lexicon::PLACES);
    let n = rest
        .iter()
        .filter(|p| p.kind != PartKind::Particle && p.kind != PartKind::Suffix)
        .count();
    if all_caps && !(first_strong && n >= 2) {
        // A credit in capitals in a mixed line ("SAUL LOEB/AFP") needs a given name.
        return Verdict::Unknown;
    }
    let person = if n >= 2 {
        let particle_head = SURNAME_PARTICLES.contains(&head_f)
            && n == 2
            && !tail_word
            && !tail_is(lexicon::PLACES);
        if head_place && !first_strong && !titled && !particle_head {
            return Verdict::Unknown;
        }
        // Teams and firms: "Cleveland Indians", "Atlas Bangladesh".
        let plural_word = tail_name
            .strip_suffix('s')
            .is_some_and(|w| lex.is(lexicon::WORDS, w) || lex.is(lexicon::NON_PERSON, w));
        let teamlike = plural_word || tail_is(lexicon::MAJOR_PLACES);
        if !first_strong && !titled && !context && !initials && teamlike {
            return Verdict::Unknown;
        }
        // A city and a plural: "Cleveland Indians", "Texas Rangers".
        if head_place && plural_word && !titled && !context {
            return Verdict::Unknown;
        }
        if initials && names().any(|p| lex.is(lexicon::NON_PERSON, p.folded.as_ref())) {
            return Verdict::Unknown;
        }
        titled
            || context
            || particle_head
            || initials
            || first_strong
            || first_given && !tail_word
            || !head_is(lexicon::WORDS) && !head_place && tail_surname && !tail_word && n <= 3
    } else {
        // One word: a surname or given name, or the direct object of a capitalized title.
        let known = ((tail_is(lexicon::SURNAMES) || lexicon::has_surname_ending(tail_name))
            || tail_is(lexicon::GIVEN))
            && !tail_is(lexicon::PLACES);
        let title_before = first_title_adjacent(toks, head.first, lex)
            && !tail_word
            && !tail_is(lexicon::MAJOR_PLACES);
        titled && !tail_is(lexicon::MAJOR_PLACES) && (known || title_before)
            || context && !tail_is(lexicon::PLACES) && !tail_word
            || owner_follows(toks, head.first, tail.end, lex)
    };
    if person {
        Verdict::Person(Mention {
            span,
            parts: name_parts(rest),
            titles: around.all(),
        })
    } else {
        Verdict::Unknown
    }
}

/// Whether a capitalized title word stands right before the name ("President Clinton").
fn first_title_adjacent(toks: &[Tok], first: usize, lex: &Lexicon) -> bool {
    let mut i = first;
    // Skip the period of "Gen." and "Mr.".
    if i > 0 && toks.get(i - 1).is_some_and(|t| t.is_punct('.')) {
        i -= 1;
    }
    i.checked_sub(1).and_then(|p| toks.get(p)).is_some_and(|t| {
        let f = t.folded.trim_end_matches('.');
        t.is_word() && (t.cap && lex.is_title_head(f) || OFFICIAL_TITLES.contains(&f))
    })
}

/// Evidence of a person around a name, besides titles: an age ("Smith , 34 ,", "20-year-old
/// Tiger Woods"), a nationality in brackets in results ("Noureddine Morceli ( Algeria )"), a
/// cricket scorecard ("c Healy b Fleming", "Muralitharan 10-0-41-2").
fn context_evidence(toks: &[Tok], first: usize, end: usize, lex: &Lexicon) -> bool {
    if age_follows(toks, end) {
        return true;
    }
    let prev = first.checked_sub(1).and_then(|p| toks.get(p));
    if prev.is_some_and(|p| p.folded.ends_with("-year-old")) {
        return true;
    }
    // "Name ( Country )" in results lists, for names of two parts or more.
    let country_in_brackets = toks.get(end).is_some_and(|t| t.is_punct('(')) && {
        let inside: Vec<&Tok> = toks
            .get(end + 1..(end + 5).min(toks.len()))
            .unwrap_or(&[])
            .iter()
            .take_while(|t| t.is_word() && t.cap)
            .collect();
        let closes = toks
            .get(end + 1 + inside.len())
            .is_some_and(|t| t.is_punct(')'));
        let joined = inside
            .iter()
            .map(|t| t.folded)
            .collect::<Vec<_>>()
            .join(" ");
        let acronym = inside.len() == 1 && inside.iter().all(|t| t.all_caps && t.text.len() <= 4);
        closes && (lex.is(lexicon::MAJOR_PLACES, joined.as_str()) || acronym)
    };
    // Goal scorers: "Viorel Moldovan ( 21st minute )", "Aunger ( 41st min , pen )".
    let minute = toks.get(end).is_some_and(|t| t.is_punct('('))
        && toks.get(end + 1).is_some_and(|t| t.has_digit_ordinal())
        && toks
            .get(end + 2)
            .is_some_and(|t| matches!(t.folded, "minute" | "min" | "mins"));
    if minute {
        return true;
    }
    // Line-ups: "15 - Andre Joubert , 14 - James Small".
    let numbered = first >= 2
        && toks.get(first - 1).is_some_and(|t| t.is_punct('-'))
        && toks
            .get(first - 2)
            .is_some_and(|t| t.text.parse::<u32>().is_ok_and(|n| (1..=30).contains(&n)))
        && toks.get(end).is_none_or(|t| {
            t.is_punct(',') || t.is_punct(';') || t.is_punct('(') || t.is_punct('.')
        });
    if numbered {
        return true;
    }
    if owner_follows(toks, first, end, lex) {
        return true;
    }
    if country_in_brackets && end - first >= 2 {
        let words = (first..end)
            .filter_map(|i| toks.get(i))
            .filter(|t| t.is_word());
        let all_words = words.clone().all(|t| lex.is(lexicon::WORDS, t.folded));
        if !all_words {
            return true;
        }
    }
    // Cricket scorecards.
    let fielding = |t: &Tok| matches!(t.text, "c" | "b" | "st" | "lbw");
    let figures = |t: &Tok| {
        t.text.split('-').count() == 4
            && t.text
                .split('-')
                .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit() || c == '.'))
    };
    prev.is_some_and(fielding) || toks.get(end).is_some_and(|n| fielding(n) || figures(n))
}

/// "the Maduro administration", "the Dole campaign": a surname owning a person's noun.
fn owner_follows(toks: &[Tok], first: usize, end: usize, lex: &Lexicon) -> bool {
    let Some(noun) = toks
        .get(end)
        .filter(|t| PERSON_NOUNS_AFTER.contains(&t.folded))
    else {
        return false;
    };
    // Only a ruler has a regime: there an unknown name will do.
    let ruler = matches!(noun.folded, "administration" | "regime" | "presidency");
    let owner = |t: &Tok| {
        let f = t.folded;
        let known = lex.is(lexicon::SURNAMES, f) && !lex.is(lexicon::MAJOR_PLACES, f);
        let unknown = ruler && !lex.is(lexicon::WORDS, f) && !lex.is(lexicon::PLACES, f);
        (known || unknown) && !lex.is(lexicon::NON_PERSON, f)
    };
    end - first == 1 && toks.get(first).is_some_and(owner)
}

/// "Smith, 34," or "Smith ( 34 )": an age right after the name.
fn age_follows(toks: &[Tok], end: usize) -> bool {
    let opens = toks
        .get(end)
        .is_some_and(|t| t.is_punct(',') || t.is_punct('('));
    let age = toks.get(end + 1).is_some_and(|t| {
        t.kind == TokenKind::Number && t.text.parse::<u32>().is_ok_and(|n| (14..=110).contains(&n))
    });
    let closes = toks
        .get(end + 2)
        .is_some_and(|t| t.is_punct(',') || t.is_punct(')'));
    opens && age && closes
}

struct Entity {
    mentions: Vec<Mention>,
}

impl Entity {
    fn matches(&self, parts: &[NamePart]) -> bool {
        self.mentions.iter().any(|m| same_person(&m.parts, parts))
    }

    /// Whether `parts` is a form of this person no longer than one already seen.
    fn has_longer_form(&self, parts: &[NamePart]) -> bool {
        self.mentions
            .iter()
            .any(|m| m.parts.len() >= parts.len() && same_person(&m.parts, parts))
    }

    /// Distance from `pos` to the nearest mention before it, if any.
    fn distance_before(&self, pos: usize) -> Option<usize> {
        self.mentions
            .iter()
            .filter(|m| m.span.start <= pos)
            .map(|m| pos - m.span.start)
            .min()
    }
}

/// The entity a form belongs to: among those it matches, the one mentioned last before it, else
/// the first one.
fn best_entity(
    entities: &[Entity],
    known: &KnownParts,
    parts: &[NamePart],
    pos: usize,
    shorter: bool,
) -> Option<usize> {
    if !known.could_match(parts) {
        return None;
    }
    let matching = entities.iter().enumerate().filter(|(_, e)| {
        if shorter {
            e.has_longer_form(parts)
        } else {
            e.matches(parts)
        }
    });
    let mut best: Option<(usize, Option<usize>)> = None;
    for (i, e) in matching {
        let d = e.distance_before(pos);
        best = match best {
            None => Some((i, d)),
            Some((_, None)) if d.is_some() => Some((i, d)),
            Some((_, Some(bd))) if d.is_some_and(|d| d < bd) => Some((i, d)),
            keep => keep,
        };
    }
    best.map(|(i, _)| i)
}

fn find_people(analysis: &Analysis) -> Vec<PersonFinding> {
    let lex = &*LEXICON;
    let folded = FoldedTokens::new(analysis);
    let toks = prepare(analysis, &folded);
    let mut accepted = Vec::new();
    let mut open = Vec::new();
    for_each_chunk(analysis.text, &toks, lex, |parts| {
        let (verdict, leftover) = judge(&toks, parts, lex);
        if let Verdict::Person(m) = verdict {
            accepted.push(m);
        }
        if !leftover.is_empty() {
            open.push(leftover);
        }
    });
    // Longest forms first, so that short forms find their full name wherever it is.
    accepted.sort_by_key(|m| (std::cmp::Reverse(m.parts.len()), m.span.start));
    let mut entities: Vec<Entity> = Vec::new();
    let mut known = KnownParts::default();
    for m in accepted {
        let best = best_entity(&entities, &known, &m.parts, m.span.start, false);
        known.add(&m.parts);
        match best {
            Some(e) => entities[e].mentions.push(m),
            None => entities.push(Entity { mentions: vec![m] }),
        }
    }
    for parts in &open {
        for (e, m) in short_forms(&toks, parts, &entities, &known, lex) {
            if let Some(entity) = entities.get_mut(e) {
                known.add(&m.parts);
                entity.mentions.push(m);
            }
        }
    }
    entities.sort_by_key(|e| e.mentions.iter().map(|m| m.span.start).min());
    entities
        .into_iter()
        .filter_map(|e| finding(analysis.text, e))
        .collect()
}

/// Forms of known people inside a chunk without evidence of its own: "Lavrov added", "LAVROV".
fn short_forms(
    toks: &[Tok],
    parts: &[Part],
    entities: &[Entity],
    known: &KnownParts,
    lex: &Lexicon,
) -> Vec<(usize, Mention)> {
    let mut out = Vec::new();
    // A form can be someone's only if one of its parts agrees with a part of a known form.
    let mut key = String::new();
    let some_part_agrees = parts
        .iter()
        .any(|p| known.part_agrees_with_some(p.folded.trim_end_matches('.'), p.kind, &mut key));
    if entities.is_empty() || !some_part_agrees {
        return out;
    }
    // Every sub-form below is a slice of these.
    let all_parts = name_parts(parts);
    let mut i = 0;
    while i < parts.len() {
        let mut found = None;
        for j in (i + 1..=parts.len().min(i + 4)).rev() {
            let sub = &parts[i..j];
            let (Some(first), Some(last)) = (sub.first(), sub.last()) else {
                continue;
            };
            if last.kind == PartKind::Particle || first.kind == PartKind::Suffix {
                continue;
            }
            if sub.len() == 1 {
                let f = first.folded.as_ref();
                let opener = toks.get(first.first).is_some_and(|t| t.sentence_start);
                if FUNCTION_WORDS.contains(&f)
                    && (opener || toks.get(first.first).is_some_and(|t| t.all_caps))
                    || first.title.is_some() && !lex.is_given(f)
                {
                    continue;
                }
            }
            let Some(np) = all_parts.get(i..j) else {
                continue;
            };
            if let Some(e) = best_entity(entities, known, np, first.span.start, true) {
                found = Some((j, e, np.to_vec()));
                break;
            }
        }
        match found {
            Some((j, e, np)) => {
                let (Some(first), Some(last)) = (parts.get(i), parts.get(j - 1)) else {
                    break;
                };
                let around = titles::around(toks, first.first, last.end, lex);
                out.push((
                    e,
                    Mention {
                        span: Span::new(first.span.start, last.span.end),
                        parts: np,
                        titles: around.all(),
                    },
                ));
                i = j;
            }
            None => i += 1,
        }
    }
    out
}

fn finding(text: &str, entity: Entity) -> Option<PersonFinding> {
    let mut mentions = entity.mentions;
    mentions.sort_by_key(|m| m.span);
    mentions.dedup_by_key(|m| m.span);
    let forms: Vec<&str> = mentions.iter().map(|m| m.span.text(text)).collect();
    // The fullest form: most parts, then accents kept, then not in capitals, then first used.
    let name_idx = (0..mentions.len()).max_by_key(|&i| {
        let form = forms.get(i).copied().unwrap_or("");
        let caps = form.chars().any(char::is_lowercase);
        let accents = form.chars().filter(|c| !c.is_ascii()).count();
        (
            caps,
            mentions.get(i).map_or(0, |m| m.parts.len()),
            accents,
            std::cmp::Reverse(i),
        )
    })?;
    let name = forms.get(name_idx)?.to_string();
    let mut aliases: Vec<String> = Vec::new();
    for form in &forms {
        if *form != name && !aliases.iter().any(|a| a == form) {
            aliases.push(form.to_string());
        }
    }
    let mut title_spans: Vec<Span> = mentions
        .iter()
        .flat_map(|m| m.titles.iter().copied())
        .collect();
    title_spans.sort();
    title_spans.dedup();
    let mut titles: Vec<String> = Vec::new();
    for s in &title_spans {
        let t = s.text(text).to_string();
        if !titles.contains(&t) {
            titles.push(t);
        }
    }
    Some(PersonFinding {
        name,
        aliases,
        titles,
        title_spans,
        country: None,
        mentions: mentions.iter().map(|m| m.span).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people(text: &str) -> Vec<PersonFinding> {
        find_people(&Analysis::new(text))
    }

    fn names(text: &str) -> Vec<String> {
        people(text).into_iter().map(|p| p.name).collect()
    }

    #[test]
    fn one_entity_holds_every_form() {
        let found = people(
            "Cuban President Miguel Díaz-Canel spoke. Diaz-Canel added that Miguel Diaz-Canal, \
             as one paper wrote, agreed. LAVROV ARRIVES.\nSergey Lavrov met him; Sergei Lavrov left.",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        let cuban = &found[0];
        assert_eq!(cuban.name, "Miguel Díaz-Canel");
        assert_eq!(cuban.aliases, ["Diaz-Canel", "Miguel Diaz-Canal"]);
        assert_eq!(cuban.titles, ["Cuban President"]);
        let russian = &found[1];
        assert_eq!(russian.aliases.len(), 2, "{russian:?}");
        assert_eq!(russian.mentions.len(), 3);
    }

    #[test]
    fn mentions_leave_out_titles_and_possessives() {
        let text = "Russian Foreign Minister Sergei Lavrov’s visit ended.";
        let found = people(text);
        let spans: Vec<&str> = found
            .iter()
            .flat_map(|p| p.mentions.iter().map(|m| m.text(text)))
            .collect();
        assert_eq!(spans, ["Sergei Lavrov"]);
        assert_eq!(
            found[0]
                .title_spans
                .iter()
                .map(|s| s.text(text))
                .collect::<Vec<_>>(),
            ["Russian Foreign Minister"]
        );
    }

    #[test]
    fn headline_words_need_a_body_mention() {
        assert!(names("STOCKS FALL AS TRADERS WAIT .\nMarkets were quiet .").is_empty());
        let found = people("SHEARER TO LEAD ENGLAND .\nAlan Shearer will captain the side .");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].mentions.len(), 2);
    }

    #[test]
    fn a_regime_names_its_ruler_but_a_movement_names_no_one() {
        assert_eq!(
            names("Critics of the Putin regime met Chavista activists."),
            ["Putin"]
        );
    }

    #[test]
    fn organisations_and_places_are_no_people() {
        let text = "The Atlantic Council, Jeni's Ice Cream and the National Assembly met in \
                    Hong Kong during the Cold War.";
        assert!(names(text).is_empty(), "{:?}", names(text));
    }

    #[test]
    fn odd_text_gives_a_result() {
        for text in [
            "",
            "’s",
            "Mr.",
            "J.",
            "de",
            "A. B. C. D.",
            "van der",
            "Ö’Ö-Ö",
            "( ) , Jr.",
        ] {
            let _ = people(text);
        }
    }
}
