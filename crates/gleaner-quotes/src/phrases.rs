//! The document as the quotes extractor reads it (tokens, cues, quoted regions) and the speaker
//! phrases around reporting cues.

use crate::lexicon::{
    BETWEEN_SUBJECT_AND_CUE, DETERMINERS, FUNCTION_WORDS, LEXICON, NOUN, PHRASE_BREAKERS,
};
use crate::marks::RawQuote;
use gleaner_core::text::normalize_char;
use gleaner_core::{Analysis, Span, SpeakerKind, Token, TokenKind};
use std::ops::Range;

/// A reporting cue found in the text: tokens `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CueHit {
    pub start: usize,
    pub end: usize,
    pub flags: u8,
}

impl CueHit {
    pub fn has(&self, flag: u8) -> bool {
        self.flags & flag != 0
    }
}

/// A speaker phrase: its span, kind, and first and last tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub span: Span,
    pub kind: SpeakerKind,
    pub first: usize,
    pub last: usize,
}

pub struct Ctx<'a, 't> {
    pub a: &'a Analysis<'t>,
    /// Lowercase normalized text of every token.
    pub lower: Vec<String>,
    /// Sentence index of every token (`usize::MAX` outside every sentence).
    pub sent_of: Vec<usize>,
    pub para_of: Vec<usize>,
    /// Tokens that are quote marks or lie inside a quotation.
    pub quoted: Vec<bool>,
    /// The cue starting at each token, if any.
    pub cues: Vec<Option<CueHit>>,
}

/// Titles that always stand right before a name.
const HONORIFICS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "Adm", "Prof",
    "Rev", "Sir", "Lady", "Lord", "Miss", "Madam", "Sens", "Reps",
];

fn is_ly_adverb(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly") && !matches!(w, "only" | "family" | "ally" | "italy")
}

impl<'a, 't> Ctx<'a, 't> {
    pub fn new(a: &'a Analysis<'t>, para_of: Vec<usize>, quotes: &[RawQuote]) -> Self {
        let lower: Vec<String> = a
            .tokens
            .iter()
            .map(|t| {
                t.text(a.text)
                    .chars()
                    .map(normalize_char)
                    .flat_map(char::to_lowercase)
                    .collect()
            })
            .collect();
        let mut sent_of = vec![usize::MAX; a.tokens.len()];
        for (s, sentence) in a.sentences.iter().enumerate() {
            for slot in sent_of
                .get_mut(sentence.tokens.clone())
                .into_iter()
                .flatten()
            {
                *slot = s;
            }
        }
        let mut quoted = vec![false; a.tokens.len()];
        for q in quotes {
            let end = q.close_tok.map_or(q.inner.end, |c| c + 1);
            for slot in quoted.get_mut(q.open_tok..end).into_iter().flatten() {
                *slot = true;
            }
        }
        let mut ctx = Ctx {
            a,
            lower,
            sent_of,
            para_of,
            quoted,
            cues: Vec::new(),
        };
        ctx.cues = ctx.find_cues();
        ctx
    }

    pub fn tok(&self, i: usize) -> Option<&Token> {
        self.a.tokens.get(i)
    }

    pub fn low(&self, i: usize) -> &str {
        self.lower.get(i).map_or("", String::as_str)
    }

    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.tok(i).is_some_and(|t| t.is_punct(c))
    }

    pub fn is_quoted(&self, i: usize) -> bool {
        self.quoted.get(i).copied().unwrap_or(false)
    }

    fn is_word(&self, i: usize) -> bool {
        self.tok(i).is_some_and(Token::is_word)
    }

    /// A capitalized or all-caps word outside quotes.
    pub fn is_capitalized_word(&self, i: usize) -> bool {
        self.tok(i)
            .is_some_and(|t| t.is_word() && (t.capitalized || t.all_caps))
            && !self.is_quoted(i)
    }

    fn is_capitalized(&self, i: usize) -> bool {
        self.tok(i)
            .is_some_and(|t| t.is_word() && (t.capitalized || t.all_caps))
            || self.is_abbreviation_dot(i)
    }

    /// The dot of an abbreviated title glued to it ("Rep" "."), part of a name run.
    fn is_abbreviation_dot(&self, i: usize) -> bool {
        self.tok(i)
            .is_some_and(|t| t.is_punct('.') && !t.space_before)
            && i.checked_sub(1).is_some_and(|p| {
                let word = self.tok(p).map_or("", |t| t.text(self.a.text));
                let title = HONORIFICS.contains(&word)
                    || LEXICON.titles.contains(word)
                    || word.chars().count() <= 3
                        && word.chars().next().is_some_and(char::is_uppercase);
                title
                    && self
                        .tok(i + 1)
                        .is_some_and(|n| n.is_word() && n.capitalized)
                    && self.sent_of.get(i + 1) == self.sent_of.get(p)
            })
    }

    pub fn sentence_range(&self, s: usize) -> Range<usize> {
        self.a.sentences.get(s).map_or(0..0, |x| x.tokens.clone())
    }

    pub fn sentence_of(&self, i: usize) -> usize {
        self.sent_of.get(i).copied().unwrap_or(usize::MAX)
    }

    pub fn paragraph_of(&self, i: usize) -> usize {
        self.para_of.get(i).copied().unwrap_or(usize::MAX)
    }

    /// Byte span of tokens `first..=last`.
    pub fn span(&self, first: usize, last: usize) -> Span {
        match (self.tok(first), self.tok(last)) {
            (Some(a), Some(b)) if a.span.start <= b.span.end => Span::new(a.span.start, b.span.end),
            _ => Span::default(),
        }
    }

    fn find_cues(&self) -> Vec<Option<CueHit>> {
        let n = self.a.tokens.len();
        let mut out = vec![None; n];
        let mut i = 0;
        while i < n {
            let hit = self.cue_starting_at(i);
            match hit {
                Some(h) => {
                    if let Some(slot) = out.get_mut(i) {
                        *slot = Some(h);
                    }
                    i = h.end;
                }
                None => i += 1,
            }
        }
        out
    }

    fn cue_starting_at(&self, i: usize) -> Option<CueHit> {
        if self.is_quoted(i) || !self.is_word(i) {
            return None;
        }
        let list = LEXICON.cues.get(self.low(i))?;
        // A capitalized cue word only opens a sentence ("According to ...").
        let tok = self.tok(i)?;
        if tok.capitalized {
            let starts = self
                .a
                .sentences
                .get(self.sentence_of(i))
                .is_some_and(|s| s.tokens.start == i);
            if !starts && !self.title_case_sentence(i) {
                return None;
            }
        }
        list.iter()
            .find(|cue| {
                cue.words
                    .iter()
                    .enumerate()
                    .all(|(k, w)| self.low(i + k) == *w && !self.is_quoted(i + k))
                    && (cue.flags & NOUN == 0 || self.noun_owner(i).is_some())
            })
            .map(|cue| CueHit {
                start: i,
                end: i + cue.words.len(),
                flags: cue.flags,
            })
    }

    /// Who owns the noun cue at token `noun` ("Trump's claim", "his repeated insistence", "a
    /// New York Times report"): a possessive, a possessive pronoun, or a name or body right
    /// before it, over at most two modifiers.
    pub fn noun_owner(&self, noun: usize) -> Option<Found> {
        let floor = self.a.sentences.get(self.sentence_of(noun))?.tokens.start;
        let mut p = noun.checked_sub(1).filter(|&p| p >= floor)?;
        for _ in 0..2 {
            let w = self.low(p);
            let modifier = self.tok(p).is_some_and(|t| t.is_word() && !t.capitalized)
                && !DETERMINERS.contains(&w)
                && !PHRASE_BREAKERS.contains(&w)
                && !matches!(w, "his" | "her" | "their" | "its" | "our" | "my" | "your");
            if !modifier || p <= floor || self.is_quoted(p) {
                break;
            }
            p -= 1;
        }
        let w = self.low(p);
        if matches!(w, "'s" | "'") {
            return p
                .checked_sub(1)
                .filter(|&e| e >= floor)
                .and_then(|e| self.phrase_ending_at(e, floor));
        }
        if matches!(w, "his" | "her" | "their" | "its" | "our" | "my") {
            return Some(self.found(p, p, SpeakerKind::Pronoun));
        }
        if self.tok(p).is_some_and(|t| t.capitalized || t.all_caps) && !self.is_quoted(p) {
            return self.phrase_ending_at(p, floor).filter(|f| {
                matches!(
                    f.kind,
                    SpeakerKind::Name | SpeakerKind::Organization | SpeakerKind::Place
                )
            });
        }
        None
    }

    /// Whether the sentence of token `i` is a headline in title case ("Obama Says Museum Will
    /// Tell ..."): most of its words longer than three letters are capitalized.
    fn title_case_sentence(&self, i: usize) -> bool {
        let Some(sentence) = self.a.sentences.get(self.sentence_of(i)) else {
            return false;
        };
        let (mut long, mut capitalized) = (0, 0);
        for k in sentence.tokens.clone() {
            if self.is_word(k) && !self.is_quoted(k) && self.low(k).chars().count() > 3 {
                long += 1;
                if self.tok(k).is_some_and(|t| t.capitalized) {
                    capitalized += 1;
                }
            }
        }
        long >= 3 && capitalized * 10 >= long * 8
    }

    /// Cues whose first token lies in `range`, in order.
    pub fn cues_in(&self, range: Range<usize>) -> impl DoubleEndedIterator<Item = CueHit> + '_ {
        self.cues
            .get(range)
            .unwrap_or(&[])
            .iter()
            .flatten()
            .copied()
    }

    /// The subject of the cue: the phrase right before it (over auxiliaries, adverbs, a
    /// parenthetical and an appositive), not before token `floor`.
    pub fn subject_before(&self, cue: &CueHit, floor: usize) -> Option<Found> {
        let mut j = cue.start;
        while j > floor {
            let w = self.low(j - 1);
            if BETWEEN_SUBJECT_AND_CUE.contains(&w) || is_ly_adverb(w) {
                j -= 1;
            } else {
                break;
            }
        }
        if j > floor && self.is_punct(j - 1, ')') {
            let open = (floor..j - 1)
                .rev()
                .take(12)
                .find(|&k| self.is_punct(k, '('));
            j = open?;
        }
        if j <= floor {
            return None;
        }
        if self.is_punct(j - 1, ',') || self.is_punct(j - 1, '-') {
            // "Peskov, the Kremlin spokesman, said", "Faller, commander of ... – whose ... – said":
            // the name before the appositive, over at most three segments.
            let mut k = j - 1;
            let mut other = None;
            for _ in 0..3 {
                let Some(sep) = (floor..k)
                    .rev()
                    .take(30)
                    .find(|&m| self.is_punct(m, ',') || self.is_punct(m, '-') || self.is_quoted(m))
                    .filter(|&m| !self.is_quoted(m))
                else {
                    break;
                };
                let found = sep
                    .checked_sub(1)
                    .and_then(|e| self.phrase_ending_at(e, floor));
                match found.map(|f| f.kind) {
                    Some(SpeakerKind::Name) => return found,
                    Some(SpeakerKind::Organization | SpeakerKind::Place) if other.is_none() => {
                        other = found
                    }
                    _ => {}
                }
                k = sep;
            }
            // "The state's campaign chairman, Phil Lovas, said": the name right before the cue.
            return other.or_else(|| {
                j.checked_sub(2)
                    .and_then(|e| self.phrase_ending_at(e, floor))
                    .filter(|f| f.kind == SpeakerKind::Name)
            });
        }
        let found = self.phrase_ending_at(j - 1, floor)?;
        Some(self.with_head_before(found, floor))
    }

    /// A place or body after a preposition belongs to the description before it: "top
    /// officials in Kiev", "a spokesman for the Kremlin".
    fn with_head_before(&self, found: Found, floor: usize) -> Found {
        if !matches!(found.kind, SpeakerKind::Place | SpeakerKind::Organization) {
            return found;
        }
        let Some(prep) = found.first.checked_sub(1).filter(|&p| p > floor) else {
            return found;
        };
        if !matches!(self.low(prep), "in" | "of" | "from" | "at" | "for") {
            return found;
        }
        match self.description_ending_at(prep - 1, floor) {
            Some(head) if LEXICON.describers.contains(self.low(head.last)) => Found {
                span: head.span.cover(&found.span),
                kind: SpeakerKind::Description,
                first: head.first,
                last: found.last,
            },
            _ => found,
        }
    }

    /// A speaker phrase whose last token is `e`, not before token `floor`.
    pub fn phrase_ending_at(&self, e: usize, floor: usize) -> Option<Found> {
        let tok = self.tok(e)?;
        if !tok.is_word() || self.is_quoted(e) {
            return None;
        }
        let w = self.low(e);
        if LEXICON.pronouns.contains(w) {
            return Some(self.found(e, e, SpeakerKind::Pronoun));
        }
        if tok.capitalized || tok.all_caps {
            let mut b = e;
            while b > floor {
                let p = b - 1;
                let capitalized = self.is_capitalized(p) && !self.is_quoted(p);
                // "Department of State", "Center for American Progress"
                let joins = p > floor
                    && matches!(
                        self.low(p),
                        "of" | "for" | "de" | "del" | "da" | "van" | "von" | "al"
                    )
                    && self.is_capitalized(p - 1);
                if capitalized || joins {
                    b = p;
                } else {
                    break;
                }
            }
            return self.classify_run(b, e);
        }
        self.description_ending_at(e, floor)
    }

    /// A capitalized run `b..=e` (maybe with a leading function word): a place, an
    /// organisation, a titled name (the name part), or a bare title ("the Minister").
    fn classify_run(&self, mut b: usize, e: usize) -> Option<Found> {
        while b <= e
            && (FUNCTION_WORDS.contains(&self.low(b)) || DETERMINERS.contains(&self.low(b)))
        {
            b += 1;
        }
        if b > e {
            return None;
        }
        let the = b
            .checked_sub(1)
            .filter(|&p| DETERMINERS.contains(&self.low(p)));
        let with_the = the.unwrap_or(b);
        let words: Vec<&str> = (b..=e)
            .map(|i| self.tok(i).map_or("", |t| t.text(self.a.text)))
            .collect();
        let token_of_word: Vec<usize> = (b..=e).filter(|&i| !self.is_abbreviation_dot(i)).collect();
        let words: Vec<&str> = words
            .iter()
            .zip(b..=e)
            .filter(|(_, i)| !self.is_abbreviation_dot(*i))
            .map(|(w, _)| w.trim_end_matches('.'))
            .collect();
        let at = |k: usize| token_of_word.get(k).copied().unwrap_or(e);
        let joined = words.join(" ");
        // A capitalized common noun opening a sentence ("Experts said").
        if words.len() == 1 && the.is_none() {
            let lower = joined.to_lowercase();
            if LEXICON.describers.contains(lower.as_str()) {
                return Some(self.found(b, e, SpeakerKind::Description));
            }
        }
        if LEXICON.places.contains(joined.as_str()) {
            return Some(self.found(b, e, SpeakerKind::Place));
        }
        let organization = words.iter().enumerate().any(|(k, w)| {
            LEXICON.organizations.contains(w)
                || self
                    .tok(at(k))
                    .is_some_and(|t| t.all_caps && w.chars().count() >= 3)
        });
        let is_title = |w: &str| LEXICON.titles.contains(w);
        let is_org = |w: &str| LEXICON.organizations.contains(w);
        if organization {
            // "Foreign Ministry Jorge Arreaza": a name after the organisation's words.
            let last_marker = words.iter().rposition(|w| is_org(w) || is_title(w));
            if let Some(k) = last_marker.filter(|&k| k + 2 < words.len()) {
                let tail_is_name = words
                    .get(k + 1..)
                    .unwrap_or(&[])
                    .iter()
                    .all(|w| !is_org(w) && w.chars().next().is_some_and(char::is_uppercase));
                if tail_is_name {
                    return Some(self.found(at(k + 1), e, SpeakerKind::Name));
                }
            }
            return Some(self.found(with_the, e, SpeakerKind::Organization));
        }
        let honorific = |w: &str| HONORIFICS.contains(&w);
        if words.last().is_some_and(|w| is_title(w)) {
            // "the Minister" describes; "Mr. King" and a lone "King" name someone.
            let named =
                words.len() >= 2 && words.get(words.len() - 2).is_some_and(|w| honorific(w));
            if the.is_some() || !(named || words.len() == 1) {
                return Some(self.found(with_the, e, SpeakerKind::Description));
            }
            let first = if named { e } else { b };
            return Some(self.found(first, e, SpeakerKind::Name));
        }
        let last_title = words.iter().rposition(|w| is_title(w));
        match last_title {
            Some(k) => Some(self.found(at(k + 1), e, SpeakerKind::Name)),
            None if the.is_some() => Some(self.found(with_the, e, SpeakerKind::Organization)),
            None => Some(self.found(b, e, SpeakerKind::Name)),
        }
    }

    /// A description ending in the lowercase noun `e` ("the Mexican academic", "a source").
    fn description_ending_at(&self, e: usize, floor: usize) -> Option<Found> {
        let head = self.low(e);
        if PHRASE_BREAKERS.contains(&head)
            || DETERMINERS.contains(&head)
            || self.cues.get(e).is_some_and(Option::is_some)
        {
            return None;
        }
        let mut b = e;
        let mut determined = false;
        while b > floor && e - b < 6 {
            let p = b - 1;
            let w = self.low(p);
            if DETERMINERS.contains(&w) {
                b = p;
                determined = true;
                break;
            }
            if matches!(w, "'s" | "'") && p > floor {
                // "Obama's former campaign strategist": the owner is part of the phrase.
                let mut owner = p - 1;
                while owner > floor && self.is_capitalized(owner - 1) && self.is_capitalized(owner)
                {
                    owner -= 1;
                }
                b = owner;
                determined = true;
                break;
            }
            let modifier = self.is_capitalized(p) || !PHRASE_BREAKERS.contains(&w);
            if !modifier || !self.is_word(p) || self.is_quoted(p) {
                break;
            }
            b = p;
        }
        let person = LEXICON.describers.contains(head);
        let document = LEXICON.documents.contains(head);
        if !determined && !person && !document {
            return None;
        }
        let kind = if document && !person {
            SpeakerKind::Organization
        } else {
            SpeakerKind::Description
        };
        Some(self.found(b, e, kind))
    }

    /// The speaker phrase starting at token `k` and ending before `limit` ("said Lavrov",
    /// "according to the readout from the Foreign Ministry").
    pub fn phrase_starting_at(&self, k: usize, limit: usize, extend: bool) -> Option<Found> {
        let tok = self.tok(k)?;
        if k >= limit || !tok.is_word() || self.is_quoted(k) {
            return None;
        }
        let w = self.low(k);
        if LEXICON.pronouns.contains(w) && w != "who" {
            return Some(self.found(k, k, SpeakerKind::Pronoun));
        }
        if PHRASE_BREAKERS.contains(&w) {
            return None;
        }
        // "The senator" opening a sentence is a description, not a capitalized run.
        let determiner_then_lower = DETERMINERS.contains(&w) && !self.is_capitalized(k + 1);
        if self.is_capitalized(k) && !determiner_then_lower {
            let mut e = k;
            while e + 1 < limit && e - k < 10 {
                let n = e + 1;
                let joins = matches!(
                    self.low(n),
                    "of" | "for" | "de" | "del" | "da" | "van" | "von" | "al"
                ) && self.is_capitalized(n + 1)
                    && n + 1 < limit;
                if (self.is_capitalized(n) || joins) && !self.is_quoted(n) {
                    e = n;
                } else {
                    break;
                }
            }
            let mut found = self.classify_run(k, e)?;
            if extend
                && matches!(self.low(found.last + 1), "from" | "of" | "at")
                && let Some(more) = self.phrase_starting_at(found.last + 2, limit, false)
            {
                found.span = found.span.cover(&more.span);
                found.last = more.last;
            }
            return Some(found);
        }
        // Extend over words, titles and initials up to a breaker or punctuation.
        let mut e = k;
        while e + 1 < limit && e - k < 8 {
            let n = e + 1;
            let word = (self.is_word(n) || self.is_abbreviation_dot(n)) && !self.is_quoted(n);
            let joins = matches!(
                self.low(n),
                "of" | "for" | "de" | "del" | "da" | "van" | "von" | "al"
            ) && self.is_capitalized(e)
                && self.is_capitalized(n + 1);
            let breaks = PHRASE_BREAKERS.contains(&self.low(n)) && !self.is_capitalized(n);
            if word && (!breaks || joins) && self.cues.get(n).is_none_or(Option::is_none) {
                e = n;
            } else {
                break;
            }
        }
        let mut found = if self.is_capitalized(e) {
            let mut b = e;
            while b > k
                && (self.is_capitalized(b - 1) || matches!(self.low(b - 1), "of" | "for" | "de"))
            {
                b -= 1;
            }
            let run = self.classify_run(b, e)?;
            // A description before the name ("the Kremlin spokesman Dmitry Peskov") keeps the name.
            run
        } else {
            self.description_ending_at(e, k)?
        };
        if extend
            && matches!(self.low(found.last + 1), "from" | "of" | "at")
            && let Some(more) = self.phrase_starting_at(found.last + 2, limit, false)
        {
            found.span = found.span.cover(&more.span);
            found.last = more.last;
        }
        Some(found)
    }

    /// The source after "according to": a speaker phrase (extended over "from"/"of"), else
    /// the words up to the next comma ("federal statistics", "show insiders").
    pub fn source_phrase(&self, k: usize, limit: usize) -> Option<Found> {
        if let Some(found) = self.phrase_starting_at(k, limit, true) {
            return Some(found);
        }
        let mut e = k;
        while e + 1 < limit && e - k < 10 && self.is_word(e + 1) && !self.is_quoted(e + 1) {
            e += 1;
        }
        if !self.is_word(k) || self.is_quoted(k) {
            return None;
        }
        let kind = if LEXICON.documents.contains(self.low(e)) {
            SpeakerKind::Organization
        } else {
            SpeakerKind::Description
        };
        Some(self.found(k, e, kind))
    }

    /// The subject after an inverted cue (`said 9/11 widow Terry Strada`, `said the minister`):
    /// the name ending the words up to the next comma, else the phrase right after the cue.
    pub fn inverted_subject(&self, k: usize, limit: usize) -> Option<Found> {
        let stop = (k..limit.min(k + 12))
            .find(|&i| {
                let punct = self
                    .tok(i)
                    .is_some_and(|t| t.kind == TokenKind::Punct && !matches!(t.first, '-' | '/'));
                punct && !self.is_abbreviation_dot(i) || self.is_quoted(i)
            })
            .unwrap_or(limit.min(k + 12));
        let last = stop.checked_sub(1).filter(|&l| l >= k);
        if let Some(l) = last.filter(|&l| self.is_capitalized(l)) {
            let mut b = l;
            while b > k && self.is_capitalized(b - 1) {
                b -= 1;
            }
            if b > k || !self.is_word(k) {
                return self.classify_run(b, l);
            }
        }
        self.phrase_starting_at(k, limit, false)
    }

    /// The subject of the main clause of a sentence: the first name, pronoun, organisation or
    /// place phrase that opens the sentence or follows a comma, before token `limit`.
    pub fn clause_subject(&self, floor: usize, limit: usize) -> Option<Found> {
        (floor..limit)
            .filter(|&i| i == floor || self.is_punct(i - 1, ','))
            .filter_map(|i| self.phrase_starting_at(i, limit, false))
            .find(|f| {
                // The phrase starts at the opening or a comma; titles before a name are skipped
                // ("Russian President Vladimir Putin").
                !(crate::lexicon::TIME_WORDS.contains(&self.low(f.first))
                    || crate::lexicon::MONTHS.contains(&self.low(f.first)))
            })
    }

    fn found(&self, first: usize, last: usize, kind: SpeakerKind) -> Found {
        Found {
            span: self.span(first, last),
            kind,
            first,
            last,
        }
    }

    pub fn is_closer_punct(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| {
            t.kind == TokenKind::Punct
                && matches!(
                    t.first,
                    '.' | '!' | '?' | '"' | '\'' | ')' | ']' | '\u{2026}'
                )
        })
    }
}
