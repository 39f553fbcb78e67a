//! The grammar: at each token that can start a temporal expression, try its forms (most specific
//! first), and resolve what matched against the publication date, the tense and the last date
//! mentioned.

use crate::calendar::{
    Point, add_days, date, days_between, easter, iso_week, nth_weekday, resolve_month,
    resolve_month_day, resolve_weekday, season_month, strict_weekday, weekday_number,
};
use crate::lexicon::{HolidayRule, LEXICON, Lex, Quantity, Tense, Unit, Word};
use crate::tokens::{Shape, Tok};
use gleaner_core::DateKind;
use gleaner_core::jiff::civil::Date;

/// One temporal expression: tokens `start..end`, its type and value.
#[derive(Debug, Clone)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub kind: DateKind,
    pub value: String,
    /// The calendar point, when the value is one; later expressions may be anchored to it.
    pub point: Option<Point>,
    /// Whether a quarter found here becomes the quarter later ones refer to (not so for "the
    /// year-ago quarter", which is counted from it).
    pub sets_quarter: bool,
}

impl Hit {
    fn point(start: usize, end: usize, point: Point) -> Hit {
        Hit {
            start,
            end,
            kind: DateKind::Date,
            value: point.value(),
            point: Some(point),
            sets_quarter: true,
        }
    }

    fn new(start: usize, end: usize, kind: DateKind, value: impl Into<String>) -> Hit {
        Hit {
            start,
            end,
            kind,
            value: value.into(),
            point: None,
            sets_quarter: true,
        }
    }
}

/// What the values are resolved against.
#[derive(Debug, Default, Clone)]
pub struct Ctx {
    /// Publication date (or the dateline's date).
    pub dct: Option<Date>,
    /// The year when only that is known (from a full date elsewhere in the article).
    pub year_hint: Option<i32>,
    /// The last date mentioned, and the token where it ended.
    pub anchor: Option<(Point, usize)>,
    /// The last quarter mentioned (financial news compares quarters), and where it ended.
    pub quarter: Option<(Point, usize)>,
}

pub struct Grammar<'a> {
    toks: &'a [Tok],
    text: &'a str,
    pub ctx: Ctx,
}

/// How far back (in tokens) the last date still anchors "that day" or a bare clock time.
const ANCHOR_REACH: usize = 120;

type Hits = Option<Vec<Hit>>;

/// How many tokens an expression may run before its heart ("at least the past three years").
const CORE_REACH: usize = 5;

/// Whether a token can be the heart of an expression: a number, a calendar or time word.
fn is_core(t: &Tok) -> bool {
    match t.shape {
        Shape::Punct => false,
        Shape::Word => t.lex.is_some_and(|l| {
            l.month != 0
                || l.weekday != 0
                || l.unit.is_some()
                || l.number.is_some()
                || l.ordinal != 0
                || l.part_of_day.is_some()
                || l.season.is_some()
                || l.set.is_some()
                || l.decade != 0
                || l.holiday_start
                || matches!(
                    l.word,
                    Some(
                        Word::Today
                            | Word::Tonight
                            | Word::Yesterday
                            | Word::Tomorrow
                            | Word::Now
                            | Word::Currently
                            | Word::Recently
                            | Word::Recent
                            | Word::Current
                            | Word::Soon
                            | Word::Present
                            | Word::Presently
                            | Word::Future
                            | Word::Past
                            | Word::Period
                            | Word::Half
                            | Word::Fiscal
                    )
                )
        }),
        _ => true,
    }
}

fn one(hit: Option<Hit>) -> Hits {
    hit.map(|h| vec![h])
}

impl<'a> Grammar<'a> {
    pub fn new(toks: &'a [Tok], text: &'a str, ctx: Ctx) -> Self {
        Grammar { toks, text, ctx }
    }

    /// Find every temporal expression, left to right.
    pub fn run(&mut self) -> Vec<Hit> {
        let mut out = Vec::new();
        // Where the next token that can be the heart of an expression is; an expression starts
        // at most a few tokens before one.
        let n = self.toks.len();
        let mut next_core = vec![usize::MAX; n + 1];
        for k in (0..n).rev() {
            next_core[k] = if self.toks.get(k).is_some_and(is_core) {
                k
            } else {
                next_core[k + 1]
            };
        }
        let mut i = 0;
        while i < n {
            if next_core[i].saturating_sub(i) > CORE_REACH {
                i = next_core[i].saturating_sub(CORE_REACH);
                continue;
            }
            let Some(hits) = self.parse_at(i) else {
                i += 1;
                continue;
            };
            let mut next = i + 1;
            for hit in hits {
                if let Some(p) = hit.point {
                    self.ctx.anchor = Some((p, hit.end));
                    if let Point::Quarter(y, q) = p
                        && hit.sets_quarter
                        && self.reported_quarter(y, q, i)
                    {
                        self.ctx.quarter = Some((p, hit.end));
                    }
                }
                next = next.max(hit.end);
                out.push(hit);
            }
            i = next;
        }
        out
    }

    /// Whether a quarter just mentioned becomes the one results are reported for: a quarter
    /// already over at publication (this year's or last year's), and not older than the one
    /// being talked about ("after a flat second quarter", "the 1988 period" are comparisons).
    fn reported_quarter(&self, y: i32, q: u8, at: usize) -> bool {
        let key = |y: i32, q: u8| y * 4 + i32::from(q);
        if let Some(d) = self.ctx.dct {
            let dy = i32::from(d.year());
            let dq = (d.month() as u8 - 1) / 3 + 1;
            if y < dy - 1 || key(y, q) >= key(dy, dq) {
                return false;
            }
        }
        match self.recent_quarter(at) {
            Some(Point::Quarter(ry, rq)) => key(y, q) >= key(ry, rq),
            _ => true,
        }
    }

    /// The year of the first full date written in the article ("January 25, 2022"), for an
    /// article without a publication date.
    pub fn first_full_year(&self) -> Option<i32> {
        (0..self.toks.len()).find_map(|i| {
            let t = self.tok(i)?;
            let hit = if t.is_int() {
                self.numeric_date(i)
            } else if t.lex.is_some_and(|l| l.month != 0) {
                self.month_date(i).and_then(|hits| hits.into_iter().next())
            } else {
                None
            }?;
            if !hit.value.starts_with(|c: char| c.is_ascii_digit()) || hit.value.len() < 7 {
                return None;
            }
            hit.value.get(..4)?.parse().ok()
        })
    }

    /// A dateline opening the article: "MOSCOW, March 3 (Reuters) -", "PHNOM PENH 1996-08-30".
    /// A date without a year takes `year` when known.
    pub fn dateline(&self, year: Option<i32>) -> Option<Date> {
        let mut i = 0;
        while i < 12 {
            let t = self.tok(i)?;
            if t.is_word() && t.cap && t.lex.is_none_or(|l| l.month == 0) || t.is_punct(b',') {
                i += 1;
            } else {
                break;
            }
        }
        if i == 0 {
            return None;
        }
        let hit = self
            .numeric_date(i)
            .or_else(|| self.month_date(i).and_then(|hits| hits.into_iter().next()))?;
        let ends = self.tok(hit.end).is_none_or(|t| {
            t.line_before || t.shape == Shape::Punct && matches!(t.byte, b'(' | b'-' | b':' | b'/')
        });
        if !ends {
            return None;
        }
        if let Some(Point::Day(d)) = hit.point {
            return Some(d);
        }
        let v = hit.value.as_str();
        let month = v.get(5..7)?.parse().ok()?;
        let day = v.get(8..10)?.parse().ok()?;
        date(year?, month, day)
    }

    // ------------------------------------------------------------------ token helpers

    fn tok(&self, i: usize) -> Option<&'a Tok> {
        self.toks.get(i)
    }

    fn lex(&self, i: usize) -> Option<&'static Lex> {
        self.tok(i).and_then(|t| t.lex)
    }

    fn word(&self, i: usize) -> Option<Word> {
        self.lex(i).and_then(|l| l.word)
    }

    fn is(&self, i: usize, w: Word) -> bool {
        self.word(i) == Some(w)
    }

    fn punct(&self, i: usize, c: u8) -> bool {
        self.tok(i).is_some_and(|t| t.is_punct(c))
    }

    /// Token `i` exists and follows the previous one without space.
    fn glued(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| !t.space_before)
    }

    /// Token `i` is a hyphen joining two words ("four-day").
    fn hyphen(&self, i: usize) -> bool {
        self.punct(i, b'-') && self.glued(i) && self.glued(i + 1)
    }

    fn text_of(&self, i: usize) -> &'a str {
        self.tok(i)
            .and_then(|t| self.text.get(t.start as usize..t.end as usize))
            .unwrap_or("")
    }

    fn text_is(&self, i: usize, s: &str) -> bool {
        self.text_of(i).eq_ignore_ascii_case(s)
    }

    fn unit(&self, i: usize) -> Option<(Unit, bool)> {
        self.lex(i).and_then(|l| l.unit.map(|u| (u, l.unit_plural)))
    }

    fn singular_unit(&self, i: usize) -> Option<Unit> {
        self.unit(i).filter(|(_, plural)| !plural).map(|(u, _)| u)
    }

    /// The token after a glued hyphen: `i + 1` when token `i` is one, else `i`.
    fn skip_hyphen(&self, i: usize) -> usize {
        if self.hyphen(i) { i + 1 } else { i }
    }

    /// Pronouns and auxiliaries: words after which an adverb starts a predicate.
    fn is_function_word(&self, i: usize) -> bool {
        const WORDS: [&str; 16] = [
            "it", "he", "she", "they", "we", "i", "you", "has", "have", "had", "is", "are", "was",
            "were", "who", "which",
        ];
        let s = self.text_of(i);
        WORDS.iter().any(|w| s.eq_ignore_ascii_case(w))
    }

    fn is_sentence_break(&self, i: usize) -> bool {
        self.tok(i)
            .is_none_or(|t| t.shape == Shape::Punct && matches!(t.byte, b'.' | b'!' | b'?' | b';'))
    }

    // ------------------------------------------------------------------ context

    fn anchor(&self, at: usize) -> Option<Point> {
        self.ctx
            .anchor
            .filter(|(_, end)| at.saturating_sub(*end) <= ANCHOR_REACH)
            .map(|(p, _)| p)
    }

    /// The day a bare clock time or part of day refers to: the last day mentioned nearby, or
    /// the publication date.
    fn anchor_day(&self, at: usize) -> Option<Date> {
        match self.anchor(at) {
            Some(Point::Day(d)) => Some(d),
            _ => self.ctx.dct,
        }
    }

    fn dct_point(&self, unit: Unit) -> Option<Point> {
        Point::Day(self.ctx.dct?).at_granularity(unit)
    }

    /// The tense of the clause around tokens `start..end`: the nearest tense word to the
    /// left in the sentence, else the nearest to the right.
    pub fn tense_at(&self, start: usize, end: usize) -> Tense {
        // "until 9 a.m. Tuesday": the words before the clock time count.
        let lead = self.clock_lead(start);
        // "until Tuesday", "postponed till Monday": a deadline ahead.
        let before = lead.checked_sub(1).and_then(|p| self.word(p));
        // "since Oct. 23", "last Oct. 23": behind.
        if matches!(before, Some(Word::Since | Word::Last)) {
            return Tense::Past;
        }
        let before2 = lead.checked_sub(2).and_then(|p| self.word(p));
        // "Until Thursday, they had not...": a fronted until-phrase tells how long a state
        // lasted, so the clause decides.
        let fronted = lead
            .checked_sub(1)
            .is_some_and(|p| self.is_sentence_start(p));
        if matches!(before, Some(Word::Until | Word::Till)) && !fronted
            || before == Some(Word::On) && matches!(before2, Some(Word::Until | Word::Till))
        {
            return Tense::Future;
        }
        // "effective Feb. 1", "as soon as Tuesday", "as early as next week", "ahead of the
        // weekend": ahead.
        let word_before = |d: usize| lead.checked_sub(d).map_or("", |p| self.text_of(p));
        if word_before(1).eq_ignore_ascii_case("effective")
            || before == Some(Word::Of) && word_before(2).eq_ignore_ascii_case("ahead")
            || word_before(1).eq_ignore_ascii_case("as")
                && ["soon", "early"]
                    .iter()
                    .any(|w| word_before(2).eq_ignore_ascii_case(w))
        {
            return Tense::Future;
        }
        let tense = self.clause_tense(start, end);
        // "by February" with nothing else to go by: a deadline ahead.
        if tense == Tense::Unknown && before == Some(Word::By) {
            return Tense::Future;
        }
        tense
    }

    /// Where a clock time written just before `start` begins ("9 a.m. EST Tuesday"), else
    /// `start`.
    fn clock_lead(&self, start: usize) -> usize {
        let mut k = start;
        let mut seen_time = false;
        while k > 0 && start - k < 7 {
            let Some(t) = self.tok(k - 1) else { break };
            let s = self.text_of(k - 1);
            let part = t.shape == Shape::Int
                || t.shape == Shape::Punct && matches!(t.byte, b'.' | b':' | b',')
                || t.lex.is_some_and(|l| l.timezone)
                || self.am_pm(k - 1).is_some()
                || s.eq_ignore_ascii_case("noon")
                || s.eq_ignore_ascii_case("midnight");
            if !part {
                break;
            }
            seen_time |= t.shape == Shape::Int
                || s.eq_ignore_ascii_case("noon")
                || s.eq_ignore_ascii_case("midnight");
            k -= 1;
        }
        if seen_time { k } else { start }
    }

    /// The nearest tense word to the left in the sentence, else the nearest to the right.
    fn clause_tense(&self, start: usize, end: usize) -> Tense {
        let mut k = start;
        let mut steps = 0;
        while k > 0 && steps < 16 {
            if self.tok(k).is_some_and(|t| t.line_before) {
                break;
            }
            k -= 1;
            steps += 1;
            if self.is_sentence_break(k) {
                break;
            }
            if let Some(t) = self.tense_marker(k, steps <= 4) {
                return t;
            }
        }
        let mut k = end;
        steps = 0;
        while k < self.toks.len() && steps < 16 {
            if self.is_sentence_break(k) || self.tok(k).is_some_and(|t| t.line_before) {
                break;
            }
            if let Some(t) = self.tense_marker(k, false) {
                return t;
            }
            k += 1;
            steps += 1;
        }
        Tense::Unknown
    }

    /// A future word counts unless it is itself in the past: "had been scheduled",
    /// "previously planned", or an adjective ("a hastily planned trip").
    fn future_marker_holds(&self, k: usize) -> Option<Tense> {
        let s = self.text_of(k);
        // "vacation plans for the trip": a noun; only "plans to" tells of a plan.
        if (s.eq_ignore_ascii_case("plans") || s.eq_ignore_ascii_case("plan"))
            && !self.is(k + 1, Word::To)
        {
            return None;
        }
        if !s.ends_with("ed") && !s.eq_ignore_ascii_case("due") && !s.eq_ignore_ascii_case("set") {
            return Some(Tense::Future);
        }
        let past_before = (1..=2).any(|d| {
            k >= d
                && ["was", "were", "had", "been", "previously"]
                    .iter()
                    .any(|w| self.text_is(k - d, w))
        });
        if past_before {
            return Some(Tense::Past);
        }
        // "has scheduled a news conference Thursday": a perfect, or an object follows.
        let perfect = k >= 1 && (self.text_is(k - 1, "has") || self.text_is(k - 1, "have"));
        let next = self.tok(k + 1);
        let introduces = perfect
            || matches!(
                self.word(k + 1),
                Some(
                    Word::To
                        | Word::For
                        | Word::On
                        | Word::In
                        | Word::At
                        | Word::Until
                        | Word::By
                        | Word::A
                )
            )
            || next.is_some_and(|t| {
                t.lex.is_some_and(|l| l.weekday != 0 || l.month != 0) || t.is_int()
            });
        introduces.then_some(Tense::Future)
    }

    /// The tense a word at `k` marks, if any; `near` when it is a few words before the date.
    fn tense_marker(&self, k: usize, near: bool) -> Option<Tense> {
        let t = self.tok(k)?;
        if !t.is_word() {
            return None;
        }
        // Capitalized "May" and "March" are months, not verbs.
        let tense = t.lex.filter(|l| !(t.cap && l.month != 0)).map(|l| l.tense);
        // "to resume Tuesday", "set to meet Monday": an infinitive looks ahead.
        if near
            && k > 0
            && self.text_is(k - 1, "to")
            && !t.cap
            && t.lex.is_none()
            && !self.text_of(k).ends_with("ing")
        {
            // "the first countries to accede on Friday": a description, not a plan.
            if (2..=6).any(|d| {
                k >= d
                    && ["first", "last", "only"]
                        .iter()
                        .any(|w| self.text_is(k - d, w))
            }) {
                return None;
            }
            // "had been due to expire Friday": a plan that lay ahead back then.
            let pluperfect = (2..=5).any(|d| k >= d && self.text_is(k - d, "had"));
            return Some(if pluperfect {
                Tense::Past
            } else {
                Tense::Future
            });
        }
        let past = match tense {
            Some(Tense::Future) => {
                return self.future_marker_holds(k);
            }
            Some(Tense::Reporting) => true,
            Some(Tense::Past) => true,
            _ => {
                // "-ed" after an article is an adjective: "a still unspecified date".
                let s = self.text_of(k);
                let after_article = (1..=2).any(|d| k >= d && self.is(k - d, Word::A))
                    || k >= 1 && self.is(k - 1, Word::The);
                !t.cap && s.len() >= 5 && s.ends_with("ed") && !after_article
            }
        };
        // "will be held", "to be released": the auxiliary further left decides; "when the
        // case is heard": a present passive tells nothing.
        let auxiliary = |w: &str| (1..=2).any(|d| k >= d && self.text_is(k - d, w));
        if past && (auxiliary("be") || ["is", "are", "am"].iter().any(|w| auxiliary(w))) {
            return None;
        }
        past.then_some(Tense::Past)
    }

    // ------------------------------------------------------------------ the entry point

    fn parse_at(&self, i: usize) -> Hits {
        let t = self.tok(i)?;
        if t.shape == Shape::Punct || t.is_word() && t.lex.is_none() && !t.cap {
            return None;
        }
        if self.is_rate(i) {
            return None;
        }
        let j = self.modifiers(i);
        let mut hits = self.core(j)?;
        if let Some(first) = hits.first_mut() {
            first.start = first.start.min(i);
        }
        Some(hits)
    }

    /// Skip words that qualify an expression without changing its value: "early", "mid-",
    /// "the end of", "about", "more than".
    fn modifiers(&self, i: usize) -> usize {
        let mut j = i;
        for _ in 0..4 {
            let before = j;
            match self.word(j) {
                Some(Word::Around | Word::About | Word::Nearly | Word::Almost) => j += 1,
                Some(Word::More | Word::Less) if self.is(j + 1, Word::Than) => j += 2,
                Some(Word::At) if self.is(j + 1, Word::Least) => j += 2,
                Some(Word::Up) if self.is(j + 1, Word::To) => j += 2,
                Some(Word::Early | Word::Late | Word::Mid) => j = self.skip_hyphen(j + 1),
                Some(Word::Earlier | Word::Later) if self.earlier_target(j + 1) => j += 1,
                Some(Word::The)
                    if matches!(self.word(j + 1), Some(Word::Early | Word::Late | Word::Mid)) =>
                {
                    j = self.skip_hyphen(j + 2)
                }
                Some(Word::The)
                    if matches!(
                        self.word(j + 1),
                        Some(Word::End | Word::Beginning | Word::Middle)
                    ) && self.is(j + 2, Word::Of) =>
                {
                    j += 3
                }
                Some(Word::End | Word::Beginning | Word::Middle) if self.is(j + 1, Word::Of) => {
                    j += 2
                }
                _ => {}
            }
            if j == before {
                break;
            }
        }
        j
    }

    /// "earlier" and "later" qualify "this year", "today", "Sunday", "in the week".
    fn earlier_target(&self, k: usize) -> bool {
        matches!(
            self.word(k),
            Some(
                Word::This
                    | Word::That
                    | Word::Today
                    | Word::Tonight
                    | Word::Yesterday
                    | Word::Tomorrow
                    | Word::Next
                    | Word::Last
            )
        ) || self.lex(k).is_some_and(|l| l.weekday != 0 || l.month != 0)
            || self.is(k, Word::In)
                && self.is(k + 1, Word::The)
                && self.singular_unit(k + 2).is_some()
    }

    fn core(&self, j: usize) -> Hits {
        let t = self.tok(j)?;
        if t.shape == Shape::Int {
            if let Some(h) = self.numeric_date(j) {
                return Some(vec![h]);
            }
            if let Some(h) = self.day_month(j) {
                return Some(h);
            }
            if let Some(h) = self.clock(j) {
                return Some(vec![h]);
            }
        }
        let parsers: [&dyn Fn(usize) -> Hits; 16] = [
            &|j| one(self.week_of(j)),
            &|j| self.weekday(j),
            &|j| self.month_date(j),
            &|j| self.day_month(j),
            &|j| one(self.holiday(j)),
            &|j| one(self.clock(j)),
            &|j| one(self.quarter(j)),
            &|j| one(self.decade_century(j)),
            &|j| one(self.season(j)),
            &|j| one(self.year_end(j)),
            &|j| one(self.relative_word(j)),
            &|j| one(self.relative_unit(j)),
            &|j| one(self.set(j)),
            &|j| one(self.quantity_unit(j)),
            &|j| self.year(j),
            &|j| one(self.part_of_day(j)),
        ];
        parsers.iter().find_map(|p| p(j))
    }

    // ------------------------------------------------------------------ pieces

    /// A month name at `i` (with the period of an abbreviation). Returns the month, the end,
    /// and whether the form is a month even with nothing around it.
    fn month_at(&self, i: usize) -> Option<(u8, usize, bool)> {
        let t = self.tok(i)?;
        let l = t.lex?;
        if l.month == 0 || !t.is_word() {
            return None;
        }
        if l.month_abbr {
            if !t.cap {
                return None;
            }
            let end = if self.punct(i + 1, b'.') && self.glued(i + 1) {
                i + 2
            } else {
                i + 1
            };
            return Some((l.month, end, false));
        }
        if !t.cap && matches!(l.month, 3 | 5) {
            return None;
        }
        Some((l.month, i + 1, t.cap && !matches!(l.month, 3 | 5)))
    }

    /// A day of the month: "18", "18th", "eighth", "twenty-first".
    fn day_at(&self, i: usize) -> Option<(u8, usize)> {
        let t = self.tok(i)?;
        let (d, end) = match t.shape {
            Shape::Int if t.digits <= 2 => (t.value, i + 1),
            Shape::Ordinal => (t.value, i + 1),
            Shape::Word => {
                let (n, end) = self.ordinal_word(i)?;
                (u32::from(n), end)
            }
            _ => return None,
        };
        if !(1..=31).contains(&d) {
            return None;
        }
        // "18:30", "18-year", "18 percent"
        if self.glued(end) && self.punct(end, b'%') {
            return None;
        }
        if self.glued(end)
            && self.punct(end, b':')
            && self
                .tok(end + 1)
                .is_some_and(|n| n.is_int() && !n.space_before)
        {
            return None;
        }
        if self.hyphen(end) && self.unit(end + 1).is_some() {
            return None;
        }
        if self
            .lex(end)
            .is_some_and(|l| l.not_year_after || l.unit.is_some())
        {
            return None;
        }
        Some((d as u8, end))
    }

    fn ordinal_word(&self, i: usize) -> Option<(u8, usize)> {
        let l = self.lex(i)?;
        if l.ordinal != 0 {
            return Some((l.ordinal, i + 1));
        }
        // "twenty-first"
        if let Some(Quantity::Exact(tens @ (20 | 30))) = l.number
            && self.hyphen(i + 1)
        {
            let o = self.lex(i + 2).map_or(0, |l| l.ordinal);
            if (1..=9).contains(&o) {
                return Some((tens as u8 + o, i + 3));
            }
        }
        None
    }

    /// An ordinal of any form: "3rd", "third".
    fn ordinal(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.tok(i)?;
        if t.shape == Shape::Ordinal {
            return Some((t.value, i + 1));
        }
        self.ordinal_word(i).map(|(n, e)| (u32::from(n), e))
    }

    /// A four-digit year (or "'98").
    fn year_at(&self, i: usize) -> Option<(i32, usize)> {
        let t = self.tok(i)?;
        match t.shape {
            Shape::Int if t.digits == 4 && (1000..=2999).contains(&t.value) => {
                if self.glued(i + 1)
                    && self.tok(i + 1).is_some_and(|n| {
                        !n.is_punct(b',')
                            && !n.is_punct(b'.')
                            && !n.is_punct(b')')
                            && !n.is_punct(b'-')
                            && !n.is_punct(b'\'')
                            && !n.is_word()
                    })
                {
                    return None;
                }
                Some((t.value as i32, i + 1))
            }
            Shape::ShortYear => Some((self.two_digit_year(t.value), i + 1)),
            Shape::Word => self.year_words(i),
            _ => None,
        }
    }

    /// The century of a two-digit year: the one putting it at most ten years after publication.
    fn two_digit_year(&self, yy: u32) -> i32 {
        let now = self.ctx.dct.map_or(2025, |d| i32::from(d.year()));
        let yy = yy as i32;
        let century = now.div_euclid(100) * 100;
        if century + yy > now + 10 {
            century - 100 + yy
        } else {
            century + yy
        }
    }

    /// A year-like offset: "this year", "last year", "next year" after a month or quarter.
    fn year_offset(&self, i: usize) -> Option<(i32, usize)> {
        let off = match self.word(i)? {
            Word::This => 0,
            Word::Last | Word::Past | Word::Previous => -1,
            Word::Next | Word::Coming => 1,
            _ => return None,
        };
        (self.singular_unit(i + 1) == Some(Unit::Year)).then_some((off, i + 2))
    }

    fn dct_year(&self) -> Option<i32> {
        self.ctx
            .dct
            .map(|d| i32::from(d.year()))
            .or(self.ctx.year_hint)
    }

    /// Value of a month and day with an optional year.
    fn month_day_value(
        &self,
        year: Option<i32>,
        month: u8,
        day: u8,
        tense: Tense,
    ) -> (String, Option<Point>) {
        let resolved = match (year, self.ctx.dct) {
            (Some(y), _) => date(y, month, day).ok_or(Some(y)),
            (None, Some(dct)) => resolve_month_day(dct, month, day, tense).ok_or(None),
            (None, None) => match self.ctx.year_hint {
                Some(y) => date(y, month, day).ok_or(Some(y)),
                None => Err(None),
            },
        };
        match resolved {
            Ok(d) => (Point::Day(d).value(), Some(Point::Day(d))),
            Err(Some(y)) => (format!("{y:04}-{month:02}-{day:02}"), None),
            Err(None) => (format!("XXXX-{month:02}-{day:02}"), None),
        }
    }

    // ------------------------------------------------------------------ absolute dates

    /// "2022-01-18", "1/18/2022", "18.01.2022".
    fn numeric_date(&self, j: usize) -> Option<Hit> {
        let a = self.tok(j)?;
        if j > 0
            && self.glued(j)
            && self.tok(j - 1).is_some_and(|p| {
                p.shape == Shape::Punct && matches!(p.byte, b'/' | b'-' | b'.' | b':')
            })
        {
            return None;
        }
        let sep = self.tok(j + 1)?;
        if sep.shape != Shape::Punct || !matches!(sep.byte, b'-' | b'/' | b'.') {
            return None;
        }
        let glued = (j + 1..=j + 4).all(|k| self.glued(k));
        let b = self.tok(j + 2)?;
        let c = self.tok(j + 4)?;
        if !glued || !self.punct(j + 3, sep.byte) || !b.is_int() || !c.is_int() {
            return None;
        }
        if self.glued(j + 5)
            && self.tok(j + 5).is_some_and(|t| {
                t.shape == Shape::Punct && matches!(t.byte, b'-' | b'/' | b'.' | b':')
            })
            && self
                .tok(j + 6)
                .is_some_and(|t| t.is_int() && !t.space_before)
        {
            return None;
        }
        let (y, m, d) = if a.digits == 4 && b.digits <= 2 && c.digits <= 2 {
            (a.value as i32, b.value, c.value)
        } else if a.digits <= 2
            && b.digits <= 2
            && (c.digits == 4 || c.digits == 2 && sep.byte != b'-')
        {
            let y = if c.digits == 4 {
                c.value as i32
            } else {
                self.two_digit_year(c.value)
            };
            if a.value > 12 || sep.byte == b'.' {
                (y, b.value, a.value)
            } else {
                (y, a.value, b.value)
            }
        } else {
            return None;
        };
        let d = date(y, u8::try_from(m).ok()?, u8::try_from(d).ok()?)?;
        Some(Hit::point(j, j + 5, Point::Day(d)))
    }

    /// Whether a year ending at `e` is not the start of a quantity ("2014 people").
    fn year_end_ok(&self, e: usize) -> bool {
        let Some(t) = self.tok(e) else { return true };
        match t.shape {
            Shape::Punct => !matches!(t.byte, b'%' | b':' | b'/') || t.space_before,
            Shape::Word => t.lex.is_none_or(|l| !l.not_year_after && l.unit.is_none()),
            _ => false,
        }
    }

    /// Whether a day or year ending at `e` may be followed by what is at `e` in a list.
    fn list_item_end_ok(&self, e: usize) -> bool {
        let Some(t) = self.tok(e) else { return true };
        match t.shape {
            Shape::Punct => !matches!(t.byte, b'%' | b':' | b'/'),
            Shape::Int => t.digits == 4,
            Shape::Word => match t.lex {
                Some(l) => {
                    !l.not_year_after
                        && l.unit.is_none()
                        && (l.word.is_some() || l.tense != Tense::Unknown || l.month != 0)
                }
                None => t.cap,
            },
            _ => false,
        }
    }

    /// "January 18", "Jan. 18, 2022", "January 18-24", "January 18, 20 and 24", "March 2021",
    /// "August last year", "in March".
    fn month_date(&self, j: usize) -> Hits {
        let (m, k, safe) = self.month_at(j)?;
        if let Some((d, k2)) = self.day_at(k) {
            let mut items = vec![(j, k2, d)];
            let mut end = k2;
            loop {
                let mut s = end;
                if self.punct(s, b'-')
                    || matches!(
                        self.word(s),
                        Some(
                            Word::To
                                | Word::Through
                                | Word::Until
                                | Word::Till
                                | Word::And
                                | Word::Or
                        )
                    )
                    || self.punct(s, b'&')
                {
                    s += 1;
                } else if self.punct(s, b',') {
                    s += 1;
                    if matches!(self.word(s), Some(Word::And | Word::Or)) {
                        s += 1;
                    }
                } else {
                    break;
                }
                let Some((d2, e2)) = self.day_at(s) else {
                    break;
                };
                if self.month_at(e2).is_some() || !self.list_item_end_ok(e2) {
                    break;
                }
                // A comma list must go on with "and"/"or" or end the clause ("18, 20 and 24").
                items.push((s, e2, d2));
                end = e2;
            }
            let mut year = None;
            let ys = if self.punct(end, b',') { end + 1 } else { end };
            if let Some((y, ye)) = self.year_at(ys)
                && self.year_end_ok(ye)
            {
                year = Some(y);
                end = ye;
            }
            let tense = self.tense_at(j, end);
            // Resolve the first day; the others share its year.
            let (first_value, first_point) = self.month_day_value(year, m, items[0].2, tense);
            let shared_year = year.or(first_point.map(|p| p.year()));
            let n = items.len();
            let mut hits = Vec::with_capacity(n);
            for (idx, &(s, e, d)) in items.iter().enumerate() {
                let e = if idx + 1 == n { end } else { e };
                let (value, point) = if idx == 0 {
                    (first_value.clone(), first_point)
                } else {
                    self.month_day_value(shared_year, m, d, tense)
                };
                hits.push(Hit {
                    start: s,
                    end: e,
                    kind: DateKind::Date,
                    value,
                    point,
                    sets_quarter: true,
                });
            }
            return Some(hits);
        }
        // "March 2021", "March of 2021", "March, 2021"
        let ys = if self.punct(k, b',') || self.is(k, Word::Of) {
            k + 1
        } else {
            k
        };
        if let Some((y, ye)) = self.year_at(ys)
            && self.year_end_ok(ye)
        {
            return Some(vec![Hit::point(j, ye, Point::Month(y, m))]);
        }
        // "August last year", "March of next year"
        let os = if self.is(k, Word::Of) { k + 1 } else { k };
        if let Some((off, oe)) = self.year_offset(os) {
            let hit = match self.dct_year() {
                Some(y) => Hit::point(j, oe, Point::Month(y + off, m)),
                None => Hit::new(j, oe, DateKind::Date, format!("XXXX-{m:02}")),
            };
            return Some(vec![hit]);
        }
        // A bare month.
        let prev = j.checked_sub(1).and_then(|p| self.word(p));
        let prev_hyphen = j > 0 && self.punct(j - 1, b'-') && self.glued(j);
        let rel = match prev {
            Some(Word::Last | Word::Past) => Some(-1),
            Some(Word::Next | Word::Coming) => Some(1),
            Some(Word::This) => Some(0),
            _ => None,
        };
        let context = safe
            || rel.is_some()
            || prev_hyphen
            || matches!(
                prev,
                Some(
                    Word::In
                        | Word::Since
                        | Word::By
                        | Word::Until
                        | Word::Till
                        | Word::Of
                        | Word::During
                        | Word::From
                        | Word::To
                        | Word::Through
                        | Word::Between
                        | Word::Early
                        | Word::Late
                        | Word::Mid
                        | Word::Before
                        | Word::After
                        | Word::On
                )
            );
        // An abbreviation alone ("Jan") is too often a name.
        let abbreviation = self
            .tok(j)
            .is_some_and(|t| t.lex.is_some_and(|l| l.month_abbr));
        if !context || abbreviation {
            return None;
        }
        let start = if rel.is_some() { j - 1 } else { j };
        let hit = match self.ctx.dct {
            Some(dct) => {
                let now = dct.month() as u8;
                let y = i32::from(dct.year());
                let year = match rel {
                    Some(-1) => {
                        if m < now {
                            y
                        } else {
                            y - 1
                        }
                    }
                    Some(1) => {
                        if m > now {
                            y
                        } else {
                            y + 1
                        }
                    }
                    Some(_) => y,
                    None => resolve_month(dct, m, self.tense_at(j, k)),
                };
                Hit::point(start, k, Point::Month(year, m))
            }
            None => match self.ctx.year_hint {
                Some(y) if rel.is_none() || rel == Some(0) => {
                    Hit::point(start, k, Point::Month(y, m))
                }
                _ => Hit::new(start, k, DateKind::Date, format!("XXXX-{m:02}")),
            },
        };
        Some(vec![hit])
    }

    /// "18 January 2022", "the 18th of January".
    fn day_month(&self, j: usize) -> Hits {
        let k0 = if self.is(j, Word::The) { j + 1 } else { j };
        let t = self.tok(k0)?;
        if t.is_word()
            && t.lex.is_some_and(|l| l.number.is_some())
            && t.lex.is_some_and(|l| l.ordinal == 0)
        {
            return None;
        }
        let (d, k) = self.day_at(k0)?;
        let k = if self.is(k, Word::Of) { k + 1 } else { k };
        let (m, k2, _) = self.month_at(k)?;
        let mut end = k2;
        let ys = if self.punct(end, b',') { end + 1 } else { end };
        let mut year = None;
        if let Some((y, ye)) = self.year_at(ys)
            && self.year_end_ok(ye)
        {
            year = Some(y);
            end = ye;
        }
        let tense = self.tense_at(j, end);
        let (value, point) = self.month_day_value(year, m, d, tense);
        Some(vec![Hit {
            start: j,
            end,
            kind: DateKind::Date,
            value,
            point,
            sets_quarter: true,
        }])
    }

    /// A weekday name at `i`: (ISO number, end, plural).
    fn weekday_at(&self, i: usize) -> Option<(u8, usize, bool)> {
        let t = self.tok(i)?;
        let l = t.lex?;
        if l.weekday == 0 || !t.is_word() {
            return None;
        }
        if l.weekday_abbr {
            if !(t.cap && self.punct(i + 1, b'.') && self.glued(i + 1)) {
                return None;
            }
            return Some((l.weekday, i + 2, false));
        }
        Some((l.weekday, i + 1, l.weekday_plural))
    }

    /// A part of the day at `i`: ("TMO", end).
    fn part_at(&self, i: usize) -> Option<(&'static str, usize)> {
        let l = self.lex(i)?;
        let p = l.part_of_day?;
        if l.part_plural || self.text_is(i, "overnight") {
            return None;
        }
        Some((p, i + 1))
    }

    /// Date value plus part of day: "2022-01-24TMO", "2022-01-24T12:00".
    fn with_part(&self, start: usize, end: usize, day: Option<Date>, part: &str, xs: &str) -> Hit {
        let value = match day {
            Some(d) => format!("{}{part}", Point::Day(d).value()),
            None => format!("{xs}{part}"),
        };
        let mut hit = Hit::new(start, end, DateKind::Time, value);
        hit.point = day.map(Point::Day);
        hit
    }

    /// "Tuesday", "last Friday", "this coming Sunday", "Monday morning", "Saturday, April 25",
    /// "on Sundays".
    fn weekday(&self, j: usize) -> Hits {
        let mut k = j;
        // Which occurrence: -1 the one before, 1 the one after, 0 by tense.
        let mut rel = 0;
        // "the previous Friday", "the following Monday": counted from the last date mentioned.
        let mut from_anchor = false;
        match self.word(k) {
            Some(Word::The)
                if matches!(self.word(k + 1), Some(Word::Previous | Word::Following)) =>
            {
                rel = if self.is(k + 1, Word::Previous) {
                    -1
                } else {
                    1
                };
                from_anchor = true;
                k += 2;
            }
            Some(Word::Last | Word::Past | Word::Previous) => {
                rel = -1;
                k += 1;
            }
            Some(Word::Next | Word::Coming) => {
                rel = 1;
                k += 1;
            }
            Some(Word::This) => {
                k += 1;
                match self.word(k) {
                    Some(Word::Coming | Word::Next) => {
                        rel = 1;
                        k += 1;
                    }
                    Some(Word::Past) => {
                        rel = -1;
                        k += 1;
                    }
                    _ => {}
                }
            }
            _ => {}
        }
        let (wd, k2, plural) = self.weekday_at(k)?;
        if plural {
            if k != j {
                return None;
            }
            let (part, end) = match self
                .lex(k2)
                .and_then(|l| l.part_of_day.filter(|_| l.part_plural))
            {
                Some(p) => (p, k2 + 1),
                None => ("", k2),
            };
            return Some(vec![Hit::new(
                j,
                end,
                DateKind::Set,
                format!("XXXX-WXX-{wd}{part}"),
            )]);
        }
        if k == j {
            // "Saturday, April 25", "Tuesday 18 January"
            let ds = if self.punct(k2, b',') { k2 + 1 } else { k2 };
            let dated = self.month_date(ds).or_else(|| self.day_month(ds));
            if let Some(mut hits) = dated
                && hits.first().is_some_and(|h| h.value.len() >= 10)
            {
                if let Some(first) = hits.first_mut() {
                    first.start = j;
                }
                return Some(hits);
            }
        }
        let base = if from_anchor {
            // "the previous Friday" counts from the last day told of, however far back.
            match self.ctx.anchor {
                Some((Point::Day(d), _)) => Some(d),
                _ => self.ctx.dct,
            }
        } else {
            self.ctx.dct
        };
        let day = base.and_then(|dct| match rel {
            -1 => strict_weekday(dct, wd, false),
            1 => strict_weekday(dct, wd, true),
            _ => resolve_weekday(dct, wd, self.tense_at(j, k2)),
        });
        // "Monday morning", "Wednesday night"
        if let Some((part, end)) = self.part_at(k2) {
            return Some(vec![self.with_part(
                j,
                end,
                day,
                part,
                &format!("XXXX-WXX-{wd}"),
            )]);
        }
        let hit = match day {
            Some(d) => Hit::point(j, k2, Point::Day(d)),
            None => Hit::new(j, k2, DateKind::Date, format!("XXXX-WXX-{wd}")),
        };
        Some(vec![hit])
    }

    /// "the week of March 6": the week that day falls in.
    fn week_of(&self, j: usize) -> Option<Hit> {
        if !(self.is(j, Word::The)
            && self.singular_unit(j + 1) == Some(Unit::Week)
            && self.is(j + 2, Word::Of))
        {
            return None;
        }
        let day = self.month_date(j + 3)?.into_iter().next()?;
        let Some(Point::Day(d)) = day.point else {
            return None;
        };
        let (y, w) = iso_week(d);
        Some(Hit::point(j, day.end, Point::Week(y, w)))
    }

    /// "Christmas", "Christmas Eve 2019", "Thanksgiving Day".
    fn holiday(&self, j: usize) -> Option<Hit> {
        if !self.lex(j).is_some_and(|l| l.holiday_start) {
            return None;
        }
        let holiday = LEXICON.holidays.iter().find(|h| {
            h.words
                .iter()
                .enumerate()
                .all(|(n, w)| self.text_is(j + n, w))
        })?;
        if !self.tok(j).is_some_and(|t| t.cap) {
            return None;
        }
        let mut end = j + holiday.words.len();
        let on = |y: i32| -> Option<Date> {
            match holiday.rule {
                HolidayRule::Fixed { month, day } => date(y, month, day),
                HolidayRule::Easter(offset) => add_days(easter(y)?, i32::from(offset)),
                HolidayRule::NthWeekday {
                    month,
                    nth,
                    weekday,
                } => nth_weekday(y, month, nth, weekday),
            }
        };
        let ys = if self.punct(end, b',') { end + 1 } else { end };
        if let Some((y, ye)) = self.year_at(ys) {
            end = ye;
            return on(y).map(|d| Hit::point(j, end, Point::Day(d)));
        }
        // "Easter week": the week the holiday falls in.
        let week = self.text_is(end, "week");
        if week {
            end += 1;
        }
        let holiday_hit = |d: Date| {
            if week {
                let (y, w) = iso_week(d);
                Hit::point(j, end, Point::Week(y, w))
            } else {
                Hit::point(j, end, Point::Day(d))
            }
        };
        match self.ctx.dct {
            Some(dct) => {
                let y = i32::from(dct.year());
                let tense = self.tense_at(j, end);
                let candidates: Vec<Date> =
                    [y - 1, y, y + 1].iter().filter_map(|&y| on(y)).collect();
                // A holiday within a week of publication is that one, whatever the tense.
                let close = candidates
                    .iter()
                    .find(|d| days_between(dct, **d).abs() <= 7);
                let pick = close.or_else(|| match tense {
                    Tense::Future => candidates.iter().find(|d| **d >= dct),
                    _ => candidates.iter().rev().find(|d| **d <= dct),
                });
                pick.map(|d| holiday_hit(*d))
            }
            None => {
                let y = self.ctx.year_hint;
                match y.and_then(on) {
                    Some(d) => Some(Hit::point(j, end, Point::Day(d))),
                    None => {
                        let probe = on(2001)?;
                        Some(Hit::new(
                            j,
                            end,
                            DateKind::Date,
                            format!("XXXX-{:02}-{:02}", probe.month(), probe.day()),
                        ))
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ times

    fn am_pm(&self, i: usize) -> Option<bool> {
        let t = self.tok(i)?;
        if !t.is_word() {
            return None;
        }
        let s = self.text_of(i);
        let letters: String = s
            .chars()
            .filter(|c| *c != '.')
            .collect::<String>()
            .to_ascii_lowercase();
        match letters.as_str() {
            "am" if s.contains('.') || !t.cap => Some(false),
            "pm" => Some(true),
            _ => None,
        }
    }

    /// "3 p.m.", "10:30 GMT", "noon Thursday", "5 p.m. EST, Nov. 6", "1400 GMT".
    fn clock(&self, j: usize) -> Option<Hit> {
        let t = self.tok(j)?;
        let mut k;
        let (mut h, m, part) = match t.shape {
            Shape::Clock => {
                k = j + 1;
                (t.value / 100, t.value % 100, None)
            }
            Shape::Int if t.digits <= 2 && (1..=12).contains(&t.value) => {
                k = j + 1;
                if self.am_pm(k).is_none()
                    && !(self.text_is(k, "o") && self.text_is(k + 1, "'clock"))
                {
                    return None;
                }
                (t.value, 0, None)
            }
            Shape::Int if t.digits == 4 => {
                k = j + 1;
                let zone =
                    self.lex(k).is_some_and(|l| l.timezone) && self.tok(k).is_some_and(|t| t.cap);
                if !zone && !self.text_is(k, "hours") && !self.text_is(k, "hrs") {
                    return None;
                }
                (t.value / 100, t.value % 100, None)
            }
            Shape::Word => {
                let p = self.lex(j)?.part_of_day?;
                if !p.starts_with("T1") && !p.starts_with("T2") {
                    return None;
                }
                k = j + 1;
                (0, 0, Some(p))
            }
            _ => return None,
        };
        if h > 24 || m > 59 {
            return None;
        }
        let mut explicit = part.is_some();
        if part.is_none() {
            if let Some(pm) = self.am_pm(k) {
                if h > 12 {
                    return None;
                }
                if pm && h < 12 {
                    h += 12;
                } else if !pm && h == 12 {
                    h = 0;
                }
                k += 1;
                explicit = true;
            } else if self.text_is(k, "o") && self.text_is(k + 1, "'clock") {
                k += 2;
                explicit = true;
            }
        }
        // Time zone: "GMT", "(1400 GMT)"
        if self.lex(k).is_some_and(|l| l.timezone) && self.tok(k).is_some_and(|t| t.cap) {
            k += 1;
            explicit = true;
        }
        if !explicit {
            // A bare "10:30" needs a preposition before it.
            let prev = j.checked_sub(1).and_then(|p| self.word(p));
            if !matches!(
                prev,
                Some(
                    Word::At
                        | Word::By
                        | Word::Around
                        | Word::About
                        | Word::Until
                        | Word::Till
                        | Word::Before
                        | Word::After
                        | Word::Since
                        | Word::From
                )
            ) {
                return None;
            }
        }
        // The day it is on: "noon Thursday", "5 p.m. EST, Nov. 6", "10 a.m. today".
        let ds = if self.punct(k, b',') { k + 1 } else { k };
        let ds = if self.is(ds, Word::On) { ds + 1 } else { ds };
        let mut day: Option<Result<Date, String>> = None;
        if let Some(hits) = self.weekday(ds).or_else(|| self.month_date(ds))
            && let Some(first) = hits.first()
            && hits.len() == 1
            && first.value.len() == 10
        {
            day = Some(match first.point {
                Some(Point::Day(d)) => Ok(d),
                _ => Err(first.value.clone()),
            });
            k = first.end;
        } else if let Some(off) = match self.word(ds) {
            Some(Word::Today | Word::Tonight) => Some(0),
            Some(Word::Yesterday) => Some(-1),
            Some(Word::Tomorrow) => Some(1),
            _ => None,
        } {
            day = Some(
                self.ctx
                    .dct
                    .and_then(|d| add_days(d, off))
                    .ok_or_else(|| "XXXX-XX-XX".to_string()),
            );
            k = ds + 1;
        }
        let day = day.unwrap_or_else(|| self.anchor_day(j).ok_or_else(|| "XXXX-XX-XX".to_string()));
        let clock = match part {
            Some(p) => p.to_string(),
            None => format!("T{h:02}:{m:02}"),
        };
        let value = match &day {
            Ok(d) => format!("{}{clock}", Point::Day(*d).value()),
            Err(x) => format!("{x}{clock}"),
        };
        let mut hit = Hit::new(j, k, DateKind::Time, value);
        hit.point = day.ok().map(Point::Day);
        Some(hit)
    }

    /// "this morning", "last night", "tonight", "yesterday afternoon", "that evening".
    /// "afternoon yesterday", "(mid-)morning Tuesday": the part of the day, then the day.
    fn part_then_day(&self, j: usize) -> Option<Hit> {
        let (part, pe) = self.part_at(j)?;
        if part.starts_with("T1") || part.starts_with("T2") {
            return None;
        }
        let off = match self.word(pe) {
            Some(Word::Yesterday) => Some(-1),
            Some(Word::Today) => Some(0),
            Some(Word::Tomorrow) => Some(1),
            _ => None,
        };
        if let Some(off) = off {
            let day = self.ctx.dct.and_then(|d| add_days(d, off));
            return Some(self.with_part(j, pe + 1, day, part, "XXXX-XX-XX"));
        }
        let hits = self.weekday(pe)?;
        let [day_hit] = hits.as_slice() else {
            return None;
        };
        if day_hit.kind != DateKind::Date {
            return None;
        }
        let day = match day_hit.point {
            Some(Point::Day(d)) => Some(d),
            _ => None,
        };
        let xs = day_hit.value.clone();
        Some(self.with_part(j, day_hit.end, day, part, &xs))
    }

    fn part_of_day(&self, j: usize) -> Option<Hit> {
        let (off, k) = match self.word(j) {
            Some(Word::This) => (Some(0), j + 1),
            Some(Word::Last) if self.text_is(j + 1, "night") => (Some(-1), j + 1),
            Some(Word::That | Word::Same) => (None, j + 1),
            Some(Word::The) if self.is(j + 1, Word::Same) => (None, j + 2),
            _ => return self.part_then_day(j),
        };
        let (part, end) = self.part_at(k)?;
        if part.starts_with("T1") || part.starts_with("T2") {
            return None;
        }
        let day = match off {
            Some(off) => self.ctx.dct.and_then(|d| add_days(d, off)),
            None => self.anchor_day(j),
        };
        Some(self.with_part(j, end, day, part, "XXXX-XX-XX"))
    }

    // ------------------------------------------------------------------ quarters, decades, seasons

    /// "Q3", "3Q", "Q3 2021".
    fn q_token(&self, j: usize) -> Option<u8> {
        let t = self.tok(j)?;
        if t.shape != Shape::Quantity {
            return None;
        }
        let s = self.text_of(j).as_bytes();
        match s {
            [b'Q' | b'q', q @ b'1'..=b'4'] | [q @ b'1'..=b'4', b'Q' | b'q'] => Some(q - b'0'),
            _ => None,
        }
    }

    /// The year of a quarter written without one: this year's when it has begun (or the
    /// sentence looks ahead), else last year's.
    fn quarter_year(&self, q: u8, at: usize, end: usize) -> Option<i32> {
        let dct = self.ctx.dct?;
        let y = i32::from(dct.year());
        let now = (dct.month() as u8 - 1) / 3 + 1;
        if q <= now || self.tense_at(at, end) == Tense::Future {
            Some(y)
        } else {
            Some(y - 1)
        }
    }

    /// "the third quarter", "third-quarter", "the fourth quarter of 1990", "next year's first
    /// quarter", "the year-ago quarter", "the first half of 2021", "fiscal 2022".
    fn quarter(&self, j: usize) -> Option<Hit> {
        if let Some(q) = self.q_token(j) {
            let ys = if self.is(j + 1, Word::Of) {
                j + 2
            } else {
                j + 1
            };
            if let Some((y, ye)) = self.year_at(ys) {
                return Some(Hit::point(j, ye, Point::Quarter(y, q)));
            }
            return Some(match self.quarter_year(q, j, j + 1) {
                Some(y) => Hit::point(j, j + 1, Point::Quarter(y, q)),
                None => Hit::new(j, j + 1, DateKind::Date, format!("XXXX-Q{q}")),
            });
        }
        let mut k = j;
        let has_the = self.is(k, Word::The);
        if has_the {
            k += 1;
        }
        let mut year: Option<i32> = None;
        let mut year_off: Option<i32> = None;
        let mut back_a_year = false;
        let mut latest = false;
        let mut fiscal = false;
        for _ in 0..4 {
            if self.is(k, Word::Fiscal) {
                fiscal = true;
                k += 1;
            } else if let Some((y, ye)) = self
                .year_at(k)
                .filter(|_| self.tok(k).is_some_and(|t| t.is_int()))
            {
                year = Some(y);
                k = ye;
            } else if let Some((off, oe)) = self.year_offset(k)
                && self.is(oe, Word::Possessive)
            {
                year_off = Some(off);
                k = oe + 1;
            } else if self.singular_unit(k) == Some(Unit::Year)
                && self.hyphen(k + 1)
                && matches!(self.word(k + 2), Some(Word::Ago | Word::Earlier))
            {
                back_a_year = true;
                k += 3;
            } else if matches!(
                self.word(k),
                Some(Word::Latest | Word::Current | Word::Comparable | Word::Same | Word::Final)
            ) {
                latest = latest || self.word(k) == Some(Word::Latest);
                k += 1;
            } else {
                break;
            }
        }
        // "fiscal 2022", "fiscal year 2022"
        if fiscal && year.is_none() {
            let ys = if self.singular_unit(k) == Some(Unit::Year) {
                k + 1
            } else {
                k
            };
            if let Some((y, ye)) = self.year_at(ys) {
                return Some(Hit::point(j, ye, Point::Year(y)));
            }
        }
        if let Some(y) = year
            && fiscal
            && self.ordinal(k).is_none()
        {
            return Some(Hit::point(j, k, Point::Year(y)));
        }
        let explicit_year = |me: &Self, at: usize| -> (Option<i32>, usize) {
            // "of 1990", "of fiscal 1990", "of this year", "of next year"
            if !me.is(at, Word::Of) {
                return (None, at);
            }
            let mut s = at + 1;
            if me.is(s, Word::Fiscal) {
                s += 1;
            }
            if let Some((y, ye)) = me.year_at(s) {
                return (Some(y), ye);
            }
            let s2 = if me.is(s, Word::The) { s + 1 } else { s };
            if let Some((off, oe)) = me.year_offset(s2) {
                return (me.dct_year().map(|y| y + off), oe);
            }
            (None, at)
        };
        // "the first two quarters of 1990", "the last half of 1989": a half year.
        let which_half = if self.ordinal_word(k).is_some_and(|(n, _)| n == 1) {
            Some(1)
        } else if matches!(self.word(k), Some(Word::Last | Word::Final)) {
            Some(2)
        } else {
            None
        };
        if let Some(h) = which_half {
            let two_quarters = matches!(
                self.lex(k + 1).and_then(|l| l.number),
                Some(Quantity::Exact(2))
            ) && self.unit(k + 2) == Some((Unit::Quarter, true));
            let half_end = if self.is(k + 1, Word::Half) || self.text_is(k + 1, "half") {
                Some(k + 2)
            } else if two_quarters {
                Some(k + 3)
            } else {
                None
            };
            if let Some(he) = half_end
                && let (Some(y), end) = explicit_year(self, he)
            {
                return Some(Hit::point(j, end, Point::Half(y, h)));
            }
        }
        if let Some((q, k2)) = self.ordinal(k) {
            let k3 = self.skip_hyphen(k2);
            let k3 = if self.is(k3, Word::Fiscal) {
                k3 + 1
            } else {
                k3
            };
            let is_quarter = self.singular_unit(k3) == Some(Unit::Quarter);
            let is_half = self.is(k3, Word::Half) || self.text_is(k3, "half");
            if !(is_quarter && (1..=4).contains(&q) || is_half && (1..=2).contains(&q)) {
                return None;
            }
            let (of_year, end) = explicit_year(self, k3 + 1);
            let q = q as u8;
            let base = of_year
                .or(year)
                .or_else(|| year_off.and_then(|off| self.dct_year().map(|y| y + off)));
            if is_half {
                // A half needs a year, or it is a half of anything (a match, a film).
                let y = base.or_else(|| {
                    if year_off.is_some() || has_the && of_year.is_some() {
                        self.dct_year()
                    } else {
                        None
                    }
                })?;
                return Some(Hit::point(j, end, Point::Half(y, q)));
            }
            let y = match base {
                Some(y) => Some(y),
                None => self.quarter_year(q, j, end),
            };
            let y = y.map(|y| if back_a_year { y - 1 } else { y });
            let mut hit = match y {
                Some(y) => Hit::point(j, end, Point::Quarter(y, q)),
                None => Hit::new(j, end, DateKind::Date, format!("XXXX-Q{q}")),
            };
            hit.sets_quarter = !back_a_year;
            return Some(hit);
        }
        // "last year's quarter": the quarter talked about, a year back.
        if year_off == Some(-1)
            && (self.singular_unit(k) == Some(Unit::Quarter) || self.is(k, Word::Period))
        {
            back_a_year = true;
        }
        // "the quarter", "the latest quarter", "the year-ago quarter", "the year-earlier period"
        let is_quarter = self.singular_unit(k) == Some(Unit::Quarter);
        let is_period = self.is(k, Word::Period) && (back_a_year || latest || year.is_some());
        // "the corresponding period last year", "the quarter a year ago"
        let year_back_after = |at: usize| -> Option<usize> {
            if year_off.is_some() || back_a_year || year.is_some() {
                return None;
            }
            if let Some((-1, oe)) = self.year_offset(at) {
                return Some(oe);
            }
            let one = self.is(at, Word::A) || self.text_is(at, "one");
            (one && self.singular_unit(at + 1) == Some(Unit::Year)
                && matches!(self.word(at + 2), Some(Word::Ago | Word::Earlier)))
            .then_some(at + 3)
        };
        let back_after = if is_quarter || self.is(k, Word::Period) {
            year_back_after(k + 1)
        } else {
            None
        };
        let is_period = is_period || self.is(k, Word::Period) && has_the && back_after.is_some();
        if back_after.is_some() {
            back_a_year = true;
        }
        if back_a_year && !is_quarter && !is_period && !has_the {
            // "year-earlier" alone: the quarter talked about a year back, or last year.
            let p = match self.recent_quarter(j) {
                Some(q) => q.shift(Unit::Year, -1),
                None => self
                    .dct_point(Unit::Year)
                    .and_then(|p| p.shift(Unit::Year, -1)),
            };
            let mut hit = match p {
                Some(p) => Hit::point(j, k, p),
                None => Hit::new(j, k, DateKind::Date, "XXXX"),
            };
            hit.sets_quarter = false;
            return Some(hit);
        }
        if !(is_quarter || is_period) || !(has_the || back_a_year || latest) {
            return None;
        }
        if is_quarter && self.is(k + 1, Word::Of) {
            return None;
        }
        let current = self
            .ctx
            .dct
            .map(|d| Point::Quarter(i32::from(d.year()), (d.month() as u8 - 1) / 3 + 1));
        let base = if self.word(k - 1) == Some(Word::Current) {
            current
        } else if latest {
            current.and_then(|c| c.shift(Unit::Quarter, -1))
        } else {
            self.recent_quarter(j)
                .or_else(|| current.and_then(|c| c.shift(Unit::Quarter, -1)))
        }?;
        // "the 1988 quarter": the quarter talked about, in that year.
        let base = match (year, base) {
            (Some(y), Point::Quarter(_, q)) => Point::Quarter(y, q),
            _ => base,
        };
        let p = if back_a_year {
            base.shift(Unit::Year, -1)?
        } else {
            base
        };
        let mut hit = Hit::point(j, back_after.unwrap_or(k + 1), p);
        hit.sets_quarter = !back_a_year;
        Some(hit)
    }

    /// The quarter the text is talking about, if one was mentioned not long before `at`.
    fn recent_quarter(&self, at: usize) -> Option<Point> {
        self.ctx
            .quarter
            .filter(|(_, end)| at.saturating_sub(*end) <= 4 * ANCHOR_REACH)
            .map(|(p, _)| p)
    }

    /// "the 1990s", "the '80s", "the nineties", "the 19th century", "21st-century".
    fn decade_century(&self, j: usize) -> Option<Hit> {
        let k = if self.is(j, Word::The) { j + 1 } else { j };
        let t = self.tok(k)?;
        if t.shape == Shape::Decade {
            let decade = if t.value >= 1000 {
                (t.value / 10) as i32
            } else {
                self.two_digit_year(t.value).div_euclid(10)
            };
            return Some(Hit::point(j, k + 1, Point::Decade(decade)));
        }
        if let Some(d) = self.lex(k).map(|l| l.decade).filter(|d| *d != 0) {
            if k == j {
                return None;
            }
            return Some(Hit::point(j, k + 1, Point::Decade(190 + i32::from(d))));
        }
        let (n, k2) = self.ordinal(k)?;
        let k3 = self.skip_hyphen(k2);
        if self.singular_unit(k3) != Some(Unit::Century) || !(1..=30).contains(&n) {
            return None;
        }
        Some(Hit::point(j, k3 + 1, Point::Century(n as i32 - 1)))
    }

    /// "summer 2021", "the summer of 1994", "this summer", "last fall", "in the winter".
    fn season(&self, j: usize) -> Option<Hit> {
        let mut k = j;
        let mut rel: Option<i32> = None;
        let mut determined = false;
        let mut this_past = false;
        match self.word(k) {
            Some(Word::The) => {
                determined = true;
                k += 1;
            }
            Some(Word::This) => {
                rel = Some(0);
                k += 1;
                if self.is(k, Word::Past) {
                    this_past = true;
                    k += 1;
                }
            }
            Some(Word::Last | Word::Past | Word::Previous) => {
                rel = Some(-1);
                k += 1;
            }
            Some(Word::Next | Word::Coming) => {
                rel = Some(1);
                k += 1;
            }
            _ => {}
        }
        let l = self.lex(k)?;
        let season = l.season?;
        if l.season_plural {
            return None;
        }
        let mut end = k + 1;
        let ys = if self.is(end, Word::Of) { end + 1 } else { end };
        if let Some((y, ye)) = self.year_at(ys) {
            return Some(Hit::point(j, ye, Point::Season(y, season)));
        }
        let prev = j.checked_sub(1).and_then(|p| self.word(p));
        let weak = matches!(season, "FA" | "SP");
        if rel.is_none()
            && !determined
            && (weak
                || !matches!(
                    prev,
                    Some(
                        Word::In
                            | Word::During
                            | Word::Since
                            | Word::By
                            | Word::Until
                            | Word::Early
                            | Word::Late
                            | Word::Mid
                            | Word::Over
                            | Word::This
                            | Word::Next
                            | Word::Last
                    )
                ))
        {
            return None;
        }
        if determined && self.is(end, Word::Of) {
            return None;
        }
        // "the summer months", "summer camp": an adjective, not a date ("last fall when" is one).
        if rel.is_none()
            && self
                .tok(end)
                .is_some_and(|t| t.is_word() && t.lex.is_none() && !t.cap)
        {
            return None;
        }
        end = end.max(k + 1);
        let Some(dct) = self.ctx.dct else {
            return Some(match self.ctx.year_hint {
                Some(y) => Hit::point(j, end, Point::Season(y, season)),
                None => Hit::new(j, end, DateKind::Date, format!("XXXX-{season}")),
            });
        };
        let y = i32::from(dct.year());
        let now = dct.month() as u8;
        let sm = season_month(season);
        let started = now >= sm;
        // "this past spring": the latest spring already over (in October, this year's);
        // "last spring" is last year's.
        let over = season != "WI" && now > sm + 2;
        let year = match rel {
            Some(0) if this_past && !over => y - 1,
            Some(0) => y,
            Some(-1) => y - 1,
            Some(_) => {
                if started {
                    y + 1
                } else {
                    y
                }
            }
            None => match self.tense_at(j, end) {
                Tense::Future => {
                    if now > sm + 2 {
                        y + 1
                    } else {
                        y
                    }
                }
                _ => {
                    if started {
                        y
                    } else {
                        y - 1
                    }
                }
            },
        };
        Some(Hit::point(j, end, Point::Season(year, season)))
    }

    // ------------------------------------------------------------------ relative expressions

    /// "today", "yesterday morning", "now", "recently", "the future", "in recent years".
    fn relative_word(&self, j: usize) -> Option<Hit> {
        let w = self.word(j)?;
        let dct = self.ctx.dct;
        let day_word = |off: i32, end: usize| -> Option<Hit> {
            let day = dct.and_then(|d| add_days(d, off));
            if let Some((part, pe)) = self.part_at(end) {
                return Some(self.with_part(j, pe, day, part, "XXXX-XX-XX"));
            }
            Some(match day {
                Some(d) => Hit::point(j, end, Point::Day(d)),
                None => Hit::new(j, end, DateKind::Date, "XXXX-XX-XX"),
            })
        };
        match w {
            Word::Today => day_word(0, j + 1),
            Word::Yesterday => day_word(-1, j + 1),
            Word::Tomorrow => day_word(1, j + 1),
            Word::Tonight => {
                let day = dct;
                Some(self.with_part(j, j + 1, day, "TNI", "XXXX-XX-XX"))
            }
            // "now that ..." is still the present (TimeBank marks it).
            Word::Now | Word::Currently | Word::Presently => {
                Some(Hit::new(j, j + 1, DateKind::Date, "PRESENT_REF"))
            }
            // "recently announced" too. "previously", "formerly": news annotation (TimeBank)
            // rarely takes them as times.
            Word::Recently => {
                // "a denial recently reiterated to ...": inside a noun's reduced relative
                // clause, the seeds' annotation leaves it out.
                let after_noun = j > 0
                    && self.tok(j - 1).is_some_and(|t| {
                        t.is_word() && !t.cap && t.lex.is_none() && !self.is_function_word(j - 1)
                    });
                let participle = self.text_of(j + 1).ends_with("ed")
                    && matches!(self.word(j + 2), Some(Word::To | Word::By));
                if after_noun && participle {
                    return None;
                }
                Some(Hit::new(j, j + 1, DateKind::Date, "PAST_REF"))
            }
            Word::Soon => {
                // "as soon as", "soon after": a relation, not a time.
                let prev_as = j > 0 && self.text_is(j - 1, "as");
                if prev_as || matches!(self.word(j + 1), Some(Word::After | Word::Before)) {
                    return None;
                }
                // "was soon released": soon after a past event, not a time ahead of now.
                let past_next_to = |k: usize| self.tense_marker(k, false) == Some(Tense::Past);
                if j > 0 && past_next_to(j - 1) || past_next_to(j + 1) {
                    return None;
                }
                Some(Hit::new(j, j + 1, DateKind::Date, "FUTURE_REF"))
            }
            Word::Current => {
                let next = j + 1;
                if self.unit(next).is_some()
                    || self.is(next, Word::Fiscal)
                    || self.is(next, Word::Period)
                {
                    return None;
                }
                if !self.tok(next).is_some_and(|t| t.is_word() && !t.cap) {
                    return None;
                }
                Some(Hit::new(j, j + 1, DateKind::Date, "PRESENT_REF"))
            }
            Word::Recent => {
                let (_, plural) = self.unit(j + 1)?;
                plural.then(|| Hit::new(j, j + 2, DateKind::Date, "PAST_REF"))
            }
            Word::The => {
                match self.word(j + 1)? {
                    // "the day before yesterday", "the day after tomorrow"
                    _ if self.singular_unit(j + 1) == Some(Unit::Day)
                        && self.is(j + 2, Word::Before)
                        && self.is(j + 3, Word::Yesterday) =>
                    {
                        day_word(-2, j + 4)
                    }
                    _ if self.singular_unit(j + 1) == Some(Unit::Day)
                        && self.is(j + 2, Word::After)
                        && self.is(j + 3, Word::Tomorrow) =>
                    {
                        day_word(2, j + 4)
                    }
                    Word::Present => Some(Hit::new(j, j + 2, DateKind::Date, "PRESENT_REF")),
                    Word::Future => Some(Hit::new(j, j + 2, DateKind::Date, "FUTURE_REF")),
                    Word::Near if self.is(j + 2, Word::Future) => {
                        Some(Hit::new(j, j + 3, DateKind::Date, "FUTURE_REF"))
                    }
                    Word::Past
                        if matches!(
                            j.checked_sub(1).and_then(|p| self.word(p)),
                            Some(Word::In | Word::Of | Word::From)
                        ) && !self.lex(j + 2).is_some_and(|l| {
                            l.unit.is_some() || l.number.is_some() || l.ordinal != 0
                        }) =>
                    {
                        Some(Hit::new(j, j + 2, DateKind::Date, "PAST_REF"))
                    }
                    Word::Past
                        if !self.tok(j + 2).is_some_and(|t| {
                            t.shape != Shape::Punct
                                && (t.lex.is_some_and(|l| {
                                    l.unit.is_some()
                                        || l.number.is_some()
                                        || l.word.is_some()
                                        || l.season.is_some()
                                        || l.month != 0
                                        || l.weekday != 0
                                }) || t.shape != Shape::Word
                                    || t.lex.is_none() && !t.cap)
                        }) =>
                    {
                        Some(Hit::new(j, j + 2, DateKind::Date, "PAST_REF"))
                    }
                    Word::Coming => {
                        let (u, plural) = self.unit(j + 2)?;
                        (plural && u != Unit::Second)
                            .then(|| Hit::new(j, j + 3, DateKind::Date, "FUTURE_REF"))
                    }
                    _ => None,
                }
            }
            Word::Coming => {
                let prev = j.checked_sub(1).and_then(|p| self.word(p));
                let (_, plural) = self.unit(j + 1)?;
                (plural
                    && matches!(
                        prev,
                        Some(Word::In | Word::Over | Word::For | Word::During | Word::Within)
                    ))
                .then(|| Hit::new(j, j + 2, DateKind::Date, "FUTURE_REF"))
            }
            Word::At if self.is(j + 1, Word::Present) => {
                Some(Hit::new(j + 1, j + 2, DateKind::Date, "PRESENT_REF"))
            }
            Word::In if self.is(j + 1, Word::Future) => {
                Some(Hit::new(j + 1, j + 2, DateKind::Date, "FUTURE_REF"))
            }
            _ => None,
        }
    }

    /// "this week", "last year", "next month", "the following day", "that year", "the same
    /// day", "the weekend", "earlier in the year".
    fn relative_unit(&self, j: usize) -> Option<Hit> {
        #[derive(PartialEq, Clone, Copy)]
        enum Rel {
            This,
            Last,
            Next,
            AnchorNext,
            AnchorPrev,
            AnchorSame,
            Weekend,
        }
        if let Some(hit) = self.whole_year(j) {
            return Some(hit);
        }
        let (rel, k) = match self.word(j)? {
            Word::This | Word::Current => (Rel::This, j + 1),
            Word::Last | Word::Past | Word::Previous => (Rel::Last, j + 1),
            Word::Next | Word::Coming => (Rel::Next, j + 1),
            Word::That => (Rel::AnchorSame, j + 1),
            Word::In
                if self.is(j + 1, Word::The)
                    && j > 0
                    && matches!(self.word(j - 1), Some(Word::Earlier | Word::Later)) =>
            {
                (Rel::This, j + 2)
            }
            Word::The => match self.word(j + 1) {
                Some(Word::Following | Word::Next) => (Rel::AnchorNext, j + 2),
                Some(Word::Previous) => (Rel::AnchorPrev, j + 2),
                Some(Word::Same) => (Rel::AnchorSame, j + 2),
                Some(Word::Last | Word::Past) => (Rel::Last, j + 2),
                Some(Word::Coming) => (Rel::Next, j + 2),
                Some(Word::Current) => (Rel::This, j + 2),
                _ if self.singular_unit(j + 1) == Some(Unit::Year)
                    && !self.punct(j + 2, b'-')
                    && self.year_at(j + 2).is_none()
                    && !self.is(j + 2, Word::Possessive) =>
                {
                    // "the year": the year talked about, or a year's length after "for".
                    let p = self
                        .anchor(j)
                        .and_then(|p| p.at_granularity(Unit::Year))
                        .or_else(|| self.dct_point(Unit::Year));
                    return Some(match p {
                        Some(p) => Hit::point(j, j + 2, p),
                        None => Hit::new(j, j + 2, DateKind::Date, "XXXX"),
                    });
                }
                _ if self.singular_unit(j + 1) == Some(Unit::Weekend) => (Rel::Weekend, j + 1),
                _ if self.singular_unit(j + 1) == Some(Unit::Day)
                    && matches!(self.word(j + 2), Some(Word::Before | Word::After)) =>
                {
                    // "the day before", "the day after": one day from the last date.
                    let next = self.tok(j + 3);
                    let standalone = next.is_none_or(|t| {
                        t.shape == Shape::Punct
                            || t.lex
                                .is_some_and(|l| l.word.is_some() && l.word != Some(Word::The))
                    });
                    if !standalone {
                        return None;
                    }
                    let off = if self.is(j + 2, Word::Before) { -1 } else { 1 };
                    let base = self
                        .anchor(j)
                        .and_then(|p| p.at_granularity(Unit::Day))
                        .or_else(|| self.dct_point(Unit::Day));
                    return Some(match base.and_then(|p| p.shift(Unit::Day, off)) {
                        Some(p) => Hit::point(j, j + 3, p),
                        None => Hit::new(j, j + 3, DateKind::Date, "XXXX-XX-XX"),
                    });
                }
                _ => return None,
            },
            _ => return None,
        };
        let unit = self.singular_unit(k)?;
        if unit.is_clock() || unit == Unit::Fortnight || unit == Unit::Millennium {
            return None;
        }
        // "This Week", "Next Year": a title, not a time.
        if self
            .tok(k)
            .is_some_and(|t| t.cap && !self.text_of(k).bytes().all(|c| c.is_ascii_uppercase()))
        {
            return None;
        }
        // "the next day" but not "the next day's" ... both fine; "this year's" is kept whole.
        let mut end = k + 1;
        if rel == Rel::Weekend {
            let dct = self.ctx.dct;
            let value = match dct {
                Some(d) => {
                    let (y, w) = iso_week(d);
                    let wd = weekday_number(d);
                    let tense = self.tense_at(j, end);
                    let p = Point::Weekend(y, w);
                    if tense == Tense::Future || wd >= 6 {
                        p
                    } else {
                        p.shift(Unit::Week, -1)?
                    }
                    .value()
                }
                None => "XXXX-WXX-WE".to_string(),
            };
            return Some(Hit::new(j, end, DateKind::Date, value));
        }
        // "this week's", "last year's": the possessive belongs to the noun after.
        let point = match rel {
            Rel::This => self.dct_point(unit),
            Rel::Last => self.dct_point(unit).and_then(|p| p.shift(unit, -1)),
            Rel::Next => self.dct_point(unit).and_then(|p| p.shift(unit, 1)),
            Rel::AnchorNext | Rel::AnchorPrev | Rel::AnchorSame => {
                let off = match rel {
                    Rel::AnchorNext => 1,
                    Rel::AnchorPrev => -1,
                    _ => 0,
                };
                let base = self
                    .anchor(j)
                    .and_then(|p| p.at_granularity(unit))
                    .or_else(|| self.dct_point(unit));
                base.and_then(|p| p.shift(unit, off))
            }
            Rel::Weekend => None,
        };
        // "that day" after "Monday morning" keeps the day; "the next morning"
        if unit == Unit::Day
            && let Some((part, pe)) = self.part_at(end)
        {
            let day = point.and_then(|p| match p {
                Point::Day(d) => Some(d),
                _ => None,
            });
            return Some(self.with_part(j, pe, day, part, "XXXX-XX-XX"));
        }
        if rel == Rel::AnchorSame && self.anchor(j).is_none() && j > 0 && !self.is(j, Word::The) {
            // "that year" with nothing before it to point at.
            if self.ctx.dct.is_none() {
                end = k + 1;
            }
        }
        Some(match point {
            Some(p) => Hit::point(j, end, p),
            None => Hit::new(j, end, DateKind::Date, unknown_of(unit)),
        })
    }

    /// "year-end", "year end", "year's end": the end of the year (TIMEX3 value the year, its
    /// end being a modifier); "since year-end" is the last one.
    fn year_end(&self, j: usize) -> Option<Hit> {
        if self.singular_unit(j) != Some(Unit::Year) {
            return None;
        }
        let k = if self.hyphen(j + 1) || self.is(j + 1, Word::Possessive) {
            j + 2
        } else {
            j + 1
        };
        if !self.text_is(k, "end") {
            return None;
        }
        let since = j > 0 && self.is(j - 1, Word::Since);
        let back = if since { -1 } else { 0 };
        Some(
            match self
                .dct_point(Unit::Year)
                .and_then(|p| p.shift(Unit::Year, back))
            {
                Some(p) => Hit::point(j, k + 1, p),
                None => Hit::new(j, k + 1, DateKind::Date, "XXXX"),
            },
        )
    }

    /// "the fiscal year", "the full year", "the latest fiscal year": a year of accounts; "the
    /// year ended March 31": a year's length (TimeBank's convention).
    fn whole_year(&self, j: usize) -> Option<Hit> {
        if !self.is(j, Word::The) {
            return None;
        }
        let mut k = j + 1;
        let mut qualified = false;
        let mut back = 0;
        for _ in 0..3 {
            match self.word(k) {
                Some(Word::Fiscal | Word::Current) => {}
                Some(Word::Latest) => back = -1,
                _ if self.text_is(k, "full") => {}
                _ => break,
            }
            qualified = true;
            k += 1;
        }
        if self.singular_unit(k) != Some(Unit::Year)
            || self.punct(k + 1, b'-')
            || self.is(k + 1, Word::Possessive)
            || self.year_at(k + 1).is_some()
        {
            return None;
        }
        if self.text_is(k + 1, "ended") || self.text_is(k + 1, "ending") {
            return Some(Hit::new(j, k + 1, DateKind::Duration, "P1Y"));
        }
        if !qualified {
            return None;
        }
        Some(
            match self
                .dct_point(Unit::Year)
                .and_then(|p| p.shift(Unit::Year, back))
            {
                Some(p) => Hit::point(j, k + 1, p),
                None => Hit::new(j, k + 1, DateKind::Date, "XXXX"),
            },
        )
    }

    // ------------------------------------------------------------------ sets

    /// "daily", "every Wednesday", "each month", "twice a week", "$50 a year".
    fn set(&self, j: usize) -> Option<Hit> {
        let t = self.tok(j)?;
        let l = t.lex?;
        if let Some(v) = l.set {
            // "Daily" mid-sentence is a newspaper's name.
            let sentence_start = j == 0 || self.is_sentence_break(j - 1) || t.line_before;
            if t.cap && !sentence_start {
                return None;
            }
            // "a quarterly dividend": a kind of payment, not a recurring time.
            let before_noun = self
                .tok(j + 1)
                .is_some_and(|n| n.is_word() && n.lex.is_none() && !n.cap);
            if v == "P1Q" && before_noun {
                return None;
            }
            // "20% annually", "10,000 units annually", "average daily volume": a rate.
            if self.after_amount(j) || j > 0 && self.text_is(j - 1, "average") {
                return None;
            }
            return Some(Hit::new(j, j + 1, DateKind::Set, v));
        }
        match l.word? {
            Word::Every | Word::Each => {
                let mut k = j + 1;
                let mut n: u32 = 1;
                if self.is(k, Word::Other) {
                    n = 2;
                    k += 1;
                } else if let Some((Some(q), qe)) = self.quantity(k)
                    && q.fract() == 0.0
                    && q >= 1.0
                {
                    n = q as u32;
                    k = qe;
                }
                if let Some((u, plural)) = self.unit(k) {
                    if plural && n == 1 {
                        return None;
                    }
                    if u == Unit::Weekend {
                        return Some(Hit::new(j, k + 1, DateKind::Set, "XXXX-WXX-WE"));
                    }
                    return Some(Hit::new(
                        j,
                        k + 1,
                        DateKind::Set,
                        duration_value(f64::from(n), u),
                    ));
                }
                if n == 1 {
                    if let Some((wd, e, false)) = self.weekday_at(k) {
                        return Some(Hit::new(j, e, DateKind::Set, format!("XXXX-WXX-{wd}")));
                    }
                    if let Some((m, e, _)) = self.month_at(k) {
                        return Some(Hit::new(j, e, DateKind::Set, format!("XXXX-{m:02}")));
                    }
                    if let Some(s) = self
                        .lex(k)
                        .and_then(|l| l.season.filter(|_| !l.season_plural))
                    {
                        return Some(Hit::new(j, k + 1, DateKind::Set, format!("XXXX-{s}")));
                    }
                    if let Some((p, e)) = self.part_at(k) {
                        return Some(Hit::new(j, e, DateKind::Set, format!("XXXX-XX-XX{p}")));
                    }
                    // "each season": a sports season comes once a year.
                    if self.text_is(k, "season") {
                        return Some(Hit::new(j, k + 1, DateKind::Set, "P1Y"));
                    }
                }
                None
            }
            Word::Once | Word::Twice => {
                let k = j + 1;
                if !matches!(
                    self.word(k),
                    Some(Word::A | Word::Per | Word::Every | Word::Each)
                ) {
                    return None;
                }
                let u = self.singular_unit(k + 1)?;
                Some(Hit::new(j, k + 2, DateKind::Set, duration_value(1.0, u)))
            }
            Word::A | Word::Per => {
                let u = self.singular_unit(j + 1)?;
                if u == Unit::Weekend || u == Unit::Decade || u == Unit::Century {
                    return None;
                }
                // "three times a day"; after an amount ("$50 a year", "5% a year", "700 seats a
                // week") it is a rate, which TimeML leaves alone.
                if !self.is(j.checked_sub(1)?, Word::Times) {
                    return None;
                }
                if self.is(j + 2, Word::Ago)
                    || matches!(self.word(j + 2), Some(Word::Earlier | Word::Later))
                {
                    return None;
                }
                Some(Hit::new(j, j + 2, DateKind::Set, duration_value(1.0, u)))
            }
            _ => None,
        }
    }

    /// Whether token `j` follows an amount: "$50", "5%", "2 million", "700 seats".
    fn after_amount(&self, j: usize) -> bool {
        let Some(prev) = j.checked_sub(1).and_then(|p| self.tok(p)) else {
            return false;
        };
        let is_amount = |p: &Tok, k: usize| {
            !self.is(k, Word::Times)
                && match p.shape {
                    Shape::Int | Shape::Quantity => true,
                    Shape::Punct => p.byte == b'%',
                    Shape::Word => {
                        p.lex.is_some_and(|l| {
                            l.not_year_after || matches!(l.number, Some(Quantity::Exact(_)))
                        }) || self.text_of(k).ends_with("illion")
                    }
                    _ => false,
                }
        };
        if is_amount(prev, j - 1) {
            return true;
        }
        // "700 seats a week", "four flights a week": a counted plural noun.
        let counted_noun =
            prev.is_word() && !prev.cap && prev.lex.is_none() && self.text_of(j - 1).ends_with('s');
        counted_noun
            && (2..=3).any(|d| j >= d && self.tok(j - d).is_some_and(|p| is_amount(p, j - d)))
    }

    /// "a year" after an amount: a rate ("$500 million a year"), no time of its own.
    fn is_rate(&self, j: usize) -> bool {
        matches!(self.word(j), Some(Word::A | Word::Per))
            && self
                .singular_unit(j + 1)
                .is_some_and(|u| !matches!(u, Unit::Weekend | Unit::Decade | Unit::Century))
            && !matches!(
                self.word(j + 2),
                Some(Word::Ago | Word::Earlier | Word::Later | Word::Before | Word::After)
            )
            && self.after_amount(j)
            && !j.checked_sub(1).is_some_and(|p| self.is(p, Word::Times))
    }

    // ------------------------------------------------------------------ quantities of time

    /// A count: (value or `None` when vague, end). "three", "24", "a", "a few", "several",
    /// "twenty-four", "2 1/2", "a couple of", "half a".
    fn quantity(&self, k: usize) -> Option<(Option<f64>, usize)> {
        let t = self.tok(k)?;
        match t.shape {
            Shape::Int => {
                if t.digits > 6 {
                    return None;
                }
                if k > 0
                    && self.tok(k - 1).is_some_and(|p| {
                        p.shape == Shape::Punct && (matches!(p.byte, b'$' | b'#') || p.byte >= 0x80)
                    })
                    && self.glued(k)
                {
                    return None;
                }
                let mut v = f64::from(t.value);
                let mut e = k + 1;
                // "2 1/2"
                if self.tok(e).is_some_and(|x| x.is_int() && x.value == 1)
                    && self.punct(e + 1, b'/')
                    && self.tok(e + 2).is_some_and(|x| x.is_int() && x.value == 2)
                {
                    v += 0.5;
                    e += 3;
                }
                Some((Some(v), e))
            }
            Shape::Quantity => {
                let s: String = self.text_of(k).chars().filter(|c| *c != ',').collect();
                let v: f64 = s.parse().ok()?;
                Some((Some(v), k + 1))
            }
            Shape::Word => {
                let l = t.lex?;
                if l.word == Some(Word::A) {
                    // "a few", "a couple of", "a dozen", "a hundred", "a half"
                    if let Some(Quantity::Vague) = self.lex(k + 1).and_then(|l| l.number) {
                        return Some((None, k + 2));
                    }
                    if self.text_is(k + 1, "couple") {
                        let e = if self.is(k + 2, Word::Of) {
                            k + 3
                        } else {
                            k + 2
                        };
                        return Some((Some(2.0), e));
                    }
                    // "a hundred", "a dozen" (but "a four-day visit" is "a" + "four-day")
                    if matches!(
                        self.lex(k + 1).and_then(|l| l.number),
                        Some(Quantity::Exact(12 | 100 | 1000))
                    ) && let Some((v, e)) = self.number_words(k + 1)
                    {
                        return Some((Some(v), e));
                    }
                    return Some((Some(1.0), k + 1));
                }
                if l.word == Some(Word::Half) {
                    if self.is(k + 1, Word::A) {
                        return Some((Some(0.5), k + 2));
                    }
                    if self.hyphen(k + 1) {
                        return Some((Some(0.5), k + 2));
                    }
                    return None;
                }
                match l.number? {
                    Quantity::Vague => {
                        let e = if self.is(k + 1, Word::Of) {
                            k + 2
                        } else {
                            k + 1
                        };
                        Some((None, e))
                    }
                    Quantity::Exact(_) => self.number_words(k).map(|(v, e)| (Some(v), e)),
                }
            }
            _ => None,
        }
    }

    /// Number words: "twenty four", "twenty-four", "one hundred and fifty", "two thousand".
    fn number_words(&self, k: usize) -> Option<(f64, usize)> {
        let mut total = 0u64;
        let mut current = 0u64;
        let mut e = k;
        let mut any = false;
        while let Some(Quantity::Exact(v)) = self.lex(e).and_then(|l| l.number) {
            if self.text_is(e, "couple") {
                break;
            }
            let v = u64::from(v);
            match v {
                100 => current = current.max(1) * 100,
                1000 => {
                    total += current.max(1) * 1000;
                    current = 0;
                }
                _ => current += v,
            }
            any = true;
            e += 1;
            let next_is_number =
                |i: usize| matches!(self.lex(i).and_then(|l| l.number), Some(Quantity::Exact(_)));
            let joined = self.hyphen(e) || self.is(e, Word::And) && (v == 100 || v == 1000);
            if joined && next_is_number(e + 1) {
                e += 1;
            }
        }
        any.then_some(((total + current) as f64, e))
    }

    /// Durations and the dates counted from them: "29 years", "six decades", "a four-day
    /// visit", "the past three months", "three years ago", "a year later", "for decades".
    fn quantity_unit(&self, j: usize) -> Option<Hit> {
        // "Islam will one day be...", "hopes to one day fly": some time ahead.
        if self.text_is(j, "one") && self.singular_unit(j + 1) == Some(Unit::Day) {
            let modal = j.checked_sub(1).is_some_and(|p| {
                [
                    "will", "would", "could", "may", "might", "can", "shall", "to",
                ]
                .iter()
                .any(|w| self.text_is(p, w))
            });
            if modal {
                return Some(Hit::new(j, j + 2, DateKind::Date, "FUTURE_REF"));
            }
        }
        let mut k = j;
        let mut lead: Option<Word> = None;
        if self.is(k, Word::The) {
            k += 1;
            match self.word(k) {
                Some(
                    w @ (Word::Past
                    | Word::Last
                    | Word::Next
                    | Word::Coming
                    | Word::Latest
                    | Word::Previous
                    | Word::Following
                    | Word::Final
                    | Word::Other),
                ) => {
                    lead = Some(w);
                    k += 1;
                }
                _ => {
                    if self.ordinal_word(k).is_some_and(|(n, _)| n == 1) {
                        lead = Some(Word::Past);
                        k += 1;
                    }
                }
            }
        } else if matches!(
            self.word(k),
            Some(Word::Past | Word::Last | Word::Next | Word::Coming | Word::Another)
        ) {
            lead = self.word(k);
            k += 1;
        }
        let (qty, qe) = match self.quantity(k) {
            Some(q) => q,
            None => {
                // No count: "years", "for decades", "the past few years".
                let (u, plural) = self.unit(k)?;
                if !plural || u.is_clock() && lead.is_none() {
                    return None;
                }
                let prev = j.checked_sub(1).and_then(|p| self.word(p));
                // "decades-long" with no count: an adjective the seeds' annotation leaves out.
                if self.hyphen(k + 1) && self.is(k + 2, Word::Long) {
                    return None;
                }
                let ok = lead.is_some()
                    || k == j
                        && matches!(prev, Some(Word::For | Word::In | Word::Over | Word::Within));
                if !ok || matches!(u, Unit::Weekend | Unit::Quarter) && lead.is_none() {
                    return None;
                }
                if self.is(k + 1, Word::Ago) {
                    return Some(Hit::new(j, k + 2, DateKind::Date, "PAST_REF"));
                }
                if matches!(self.word(k + 1), Some(Word::Later | Word::Earlier)) && lead.is_none() {
                    return Some(Hit::new(j, k + 2, DateKind::Date, unknown_of(u)));
                }
                return Some(Hit::new(j, k + 1, DateKind::Duration, vague_duration(u)));
            }
        };
        let mut e = qe;
        // "two to three weeks", "12 to 18 months", "one or two days": one expression.
        if (matches!(self.word(e), Some(Word::To | Word::Or))
            || self.punct(e, b'-') && !self.glued(e + 1))
            && let Some((_, e2)) = self.quantity(e + 1)
            && self.unit(e2).is_some()
        {
            e = e2;
        }
        // "four-day", "a 29-year-old"
        let hyphenated = self.hyphen(e);
        if hyphenated {
            e += 1;
        }
        // "two more years", "three straight years"
        if !hyphenated && matches!(self.word(e), Some(Word::More | Word::Other | Word::Another)) {
            e += 1;
        }
        // "two and a half days"
        let mut qty = qty;
        if !hyphenated
            && self.is(e, Word::And)
            && self.is(e + 1, Word::A)
            && self.is(e + 2, Word::Half)
            && self.unit(e + 3).is_some()
        {
            qty = qty.map(|q| q + 0.5);
            e += 3;
        }
        let (u, plural) = self.unit(e)?;
        if u == Unit::Weekend {
            return None;
        }
        // "three-quarters" is a fraction.
        if hyphenated && u == Unit::Quarter && plural {
            return None;
        }
        // "a second" is too often "a second time", "one second"... keep digits only for seconds.
        if u == Unit::Second && !self.tok(k).is_some_and(|t| t.is_int()) && qty != Some(1.0) {
            return None;
        }
        if u == Unit::Second && qty == Some(1.0) && !self.tok(k).is_some_and(|t| t.is_int()) {
            return None;
        }
        // A bare "a" wants a singular unit ("a years" is no expression).
        let article = self.is(k, Word::A) && qe == k + 1;
        if article && plural {
            return None;
        }
        // A four-digit count is a year ("the 2014 year") and a year-like count before a unit
        // is rare; let the year rule see it.
        if self.tok(k).is_some_and(|t| t.is_int() && t.digits == 4) && !plural {
            return None;
        }
        let mut end = e + 1;
        // "a year and a half", "two and a half years"
        if self.is(end, Word::And) && self.is(end + 1, Word::A) && self.is(end + 2, Word::Half) {
            qty = qty.map(|q| q + 0.5);
            end += 3;
        }
        // "52 years old": an age, not a time (TimeBank leaves ages out).
        if !hyphenated && self.is(end, Word::Old) {
            return None;
        }
        // "-old", "-long". A person's age ("a 6-year-old") is not a time expression in news
        // annotation; "half-century-old" is.
        if self.hyphen(end) && matches!(self.word(end + 1), Some(Word::Old | Word::Long)) {
            if self.is(end + 1, Word::Old) && !self.is(k, Word::Half) {
                return None;
            }
            end += 2;
        }
        // "year-earlier", "year-ago" are adjectives of their own.
        if self.hyphen(end) && matches!(self.word(end + 1), Some(Word::Earlier | Word::Ago)) {
            return None;
        }
        // Dates counted from now or from the last date.
        if !hyphenated && lead.is_none() {
            match self.word(end) {
                Some(Word::Ago) => return Some(self.ago(j, end + 1, qty, u)),
                // "three days later", "an hour later": TimeML marks the length ("three days",
                // a duration) and leaves "later" as the signal of how it is anchored.
                Some(Word::Earlier | Word::Later)
                    if !self.is(end + 1, Word::Than)
                        && (u.is_clock() || matches!(u, Unit::Day | Unit::Week)) => {}
                Some(Word::Earlier | Word::Later) if !self.is(end + 1, Word::Than) => {
                    let back = self.is(end, Word::Earlier);
                    return Some(self.counted_from_anchor(j, end + 1, qty, u, back));
                }
                _ => {}
            }
        }
        let value = match qty {
            Some(q) => duration_value(q, u),
            None => vague_duration(u),
        };
        Some(Hit::new(j, end, DateKind::Duration, value))
    }

    /// "three years ago": counted back from the publication date, at the unit's granularity.
    fn ago(&self, start: usize, end: usize, qty: Option<f64>, u: Unit) -> Hit {
        let Some(q) = qty else {
            return Hit::new(start, end, DateKind::Date, "PAST_REF");
        };
        // In results news "a year ago" is the same quarter a year back.
        if u == Unit::Year
            && q == 1.0
            && let Some(back) = self
                .recent_quarter(start)
                .and_then(|p| p.shift(Unit::Year, -1))
        {
            let mut hit = Hit::point(start, end, back);
            hit.sets_quarter = false;
            return hit;
        }
        let point = self.ctx.dct.and_then(|dct| shifted(Point::Day(dct), u, -q));
        match point {
            Some(p) => Hit::point(start, end, p),
            None => Hit::new(start, end, DateKind::Date, unknown_of(u)),
        }
    }

    /// "a year later", "two days earlier": counted from the last date mentioned.
    fn counted_from_anchor(
        &self,
        start: usize,
        end: usize,
        qty: Option<f64>,
        u: Unit,
        back: bool,
    ) -> Hit {
        let Some(q) = qty else {
            return Hit::new(start, end, DateKind::Date, unknown_of(u));
        };
        let q = if back { -q } else { q };
        // "a year earlier" after a quarter: the quarter being reported, a year back (not a
        // year before a year-ago quarter).
        if u == Unit::Year
            && q.fract() == 0.0
            && matches!(self.anchor(start), Some(Point::Quarter(..)))
            && let Some(p) = self
                .recent_quarter(start)
                .and_then(|p| p.shift(u, q as i32))
        {
            let mut hit = Hit::point(start, end, p);
            hit.sets_quarter = false;
            return hit;
        }
        let from_anchor = self.anchor(start).and_then(|p| {
            if q.fract() == 0.0
                && let Some(s) = p.shift(u, q as i32)
            {
                return Some(s);
            }
            shifted(p, u, q)
        });
        let point =
            from_anchor.or_else(|| self.ctx.dct.and_then(|dct| shifted(Point::Day(dct), u, q)));
        match point {
            Some(p) => Hit::point(start, end, p),
            None => Hit::new(start, end, DateKind::Date, unknown_of(u)),
        }
    }

    // ------------------------------------------------------------------ years

    /// Whether the four-digit number at `j` is a year (not money, a count, a model or a code).
    fn year_ok(&self, j: usize) -> bool {
        let Some(t) = self.tok(j) else { return false };
        if !(t.is_int() && t.digits == 4) {
            return false;
        }
        let v = t.value;
        if !(1000..=2100).contains(&v) {
            return false;
        }
        if let Some(p) = j.checked_sub(1).and_then(|p| self.tok(p)) {
            if p.shape == Shape::Punct {
                let joined = !t.space_before;
                // "$2014", "#1990", "-1990" after a number (a phone number), "1/2014"
                if matches!(p.byte, b'$' | b'#' | b'+' | b'*' | b'=' | b'<' | b'>')
                    || p.byte >= 0x80 && joined
                {
                    return false;
                }
                if joined && matches!(p.byte, b'/' | b':' | b'.' | b',') {
                    return false;
                }
                if joined && p.byte == b'-' {
                    // "2009-2010" is a range of years; "555-1990" is not.
                    let before = j.checked_sub(2).and_then(|b| self.tok(b));
                    if !before.is_some_and(|b| {
                        b.is_int() && b.digits == 4 && (1000..=2100).contains(&b.value)
                            || b.is_word()
                    }) {
                        return false;
                    }
                }
            } else if p.is_word() {
                if p.lex.is_some_and(|l| l.not_year_before) {
                    return false;
                }
                // "Boeing 7474", "Windows 2000": a capitalized name right before.
                if p.cap
                    && p.lex.is_none()
                    && !self.is_sentence_start(j - 1)
                    && !self.text_of(j - 1).ends_with('.')
                {
                    return false;
                }
            } else if p.is_int() || p.shape == Shape::Quantity {
                return false;
            }
        }
        if let Some(n) = self.tok(j + 1) {
            if n.shape == Shape::Punct && !n.space_before {
                if matches!(n.byte, b'%' | b'/' | b':') {
                    return false;
                }
                if matches!(n.byte, b'.' | b',' | b'-')
                    && self.tok(j + 2).is_some_and(|x| {
                        !x.space_before
                            && x.is_int()
                            && !(n.byte == b'-' && (x.digits == 4 || x.digits == 2))
                    })
                {
                    return false;
                }
            }
            if n.is_int() || n.shape == Shape::Quantity {
                return false;
            }
            if n.is_word() && n.lex.is_some_and(|l| l.not_year_after) {
                return false;
            }
            if n.is_word() && n.lex.is_some_and(|l| l.unit.is_some()) && !self.glued(j + 1) {
                return false;
            }
        }
        if !(1800..=2100).contains(&v) {
            // Old years need a clear frame: "in 1492", "since 1066".
            let prev = j.checked_sub(1).and_then(|p| self.word(p));
            if !matches!(
                prev,
                Some(
                    Word::In
                        | Word::Since
                        | Word::From
                        | Word::Until
                        | Word::By
                        | Word::Of
                        | Word::Before
                        | Word::After
                        | Word::To
                )
            ) {
                return false;
            }
        }
        true
    }

    fn is_sentence_start(&self, i: usize) -> bool {
        i == 0
            || self.tok(i).is_some_and(|t| t.line_before)
            || self.is_sentence_break(i - 1)
            || self
                .tok(i - 1)
                .is_some_and(|t| t.shape == Shape::Punct && matches!(t.byte, b'"' | b'(' | b'\''))
    }

    /// "2014", "the 2019 collapse", "1998-99", "the year two thousand", "nineteen ninety-six".
    fn year(&self, j: usize) -> Hits {
        let mut k = j;
        let mut the_year = false;
        if self.is(k, Word::The) && self.singular_unit(k + 1) == Some(Unit::Year) {
            the_year = true;
            k += 2;
        }
        let t = self.tok(k)?;
        if t.shape == Shape::ShortYear {
            let prev = j.checked_sub(1).and_then(|p| self.word(p));
            if !the_year
                && !matches!(
                    prev,
                    Some(Word::In | Word::Since | Word::Of | Word::From | Word::Until | Word::By)
                )
            {
                return None;
            }
            let y = self.two_digit_year(t.value);
            return Some(vec![Hit::point(j, k + 1, Point::Year(y))]);
        }
        if t.is_word() {
            // "nineteen ninety-six", "two thousand (and) one"
            let (y, e) = self.year_words(k)?;
            if !the_year
                && y % 1000 == 0
                && !matches!(
                    j.checked_sub(1).and_then(|p| self.word(p)),
                    Some(Word::In | Word::Since | Word::Of | Word::By | Word::Until)
                )
            {
                return None;
            }
            return Some(vec![Hit::point(j, e, Point::Year(y))]);
        }
        if !self.year_ok(k) {
            return None;
        }
        let y = t.value as i32;
        let mut hits = vec![Hit::point(j, k + 1, Point::Year(y))];
        // "1998-99": the second year of a range.
        if self.hyphen(k + 1)
            && let Some(n) = self.tok(k + 2)
            && n.is_int()
            && n.digits == 2
            && !self.glued(k + 3)
        {
            let second = y / 100 * 100 + n.value as i32;
            if second > y {
                hits.push(Hit::point(k + 2, k + 3, Point::Year(second)));
            }
        }
        Some(hits)
    }

    /// A year in words: "nineteen ninety-six", "two thousand", "twenty twenty-two".
    fn year_words(&self, k: usize) -> Option<(i32, usize)> {
        let first = match self.lex(k)?.number? {
            Quantity::Exact(v) => v,
            Quantity::Vague => return None,
        };
        if first == 2 && self.text_is(k + 1, "thousand") {
            let mut e = k + 2;
            let mut y = 2000;
            let s = if self.is(e, Word::And) { e + 1 } else { e };
            if let Some((v, ve)) = self.number_words(s).filter(|(v, _)| *v < 100.0) {
                y += v as i32;
                e = ve;
            }
            return Some((y, e));
        }
        if !(11..=20).contains(&first) {
            return None;
        }
        let (rest, e) = self.number_words(k + 1)?;
        if !(10.0..100.0).contains(&rest) || self.text_is(k + 1, "hundred") {
            return None;
        }
        Some((first as i32 * 100 + rest as i32, e))
    }
}

/// A point moved by a possibly fractional count of units, at the unit's granularity.
fn shifted(from: Point, u: Unit, q: f64) -> Option<Point> {
    let (unit, n) = if q.fract() == 0.0 {
        (u, q)
    } else {
        // "a year and a half ago" is 18 months ago.
        match u {
            Unit::Year => (Unit::Month, q * 12.0),
            Unit::Decade => (Unit::Year, q * 10.0),
            Unit::Century => (Unit::Year, q * 100.0),
            Unit::Week => (Unit::Day, q * 7.0),
            _ => return None,
        }
    };
    if n.fract() != 0.0 || n.abs() > 100_000.0 {
        return None;
    }
    let n = n as i32;
    let gran = match unit {
        Unit::Decade | Unit::Century | Unit::Millennium => Unit::Year,
        Unit::Fortnight => Unit::Day,
        Unit::Weekend => Unit::Week,
        u if u.is_clock() => Unit::Day,
        u => u,
    };
    let base = from.at_granularity(gran).unwrap_or(from);
    if unit.is_clock() {
        return Some(base);
    }
    base.shift(unit, n)
}

/// TIMEX3 value of a date whose parts are unknown, at a unit's granularity.
fn unknown_of(u: Unit) -> String {
    match u {
        Unit::Year | Unit::Decade | Unit::Century | Unit::Millennium => "XXXX",
        Unit::Quarter => "XXXX-QX",
        Unit::Month => "XXXX-XX",
        Unit::Week | Unit::Fortnight => "XXXX-WXX",
        Unit::Weekend => "XXXX-WXX-WE",
        _ => "XXXX-XX-XX",
    }
    .to_string()
}

/// "P3Y", "PT24H", "P6DE"; a fraction goes to the next smaller unit when whole there, as
/// TIMEX3 writes it: "P2Y6M", "PT1M30S", "P50Y" for half a century.
pub fn duration_value(q: f64, u: Unit) -> String {
    let q = q * f64::from(u.multiplier());
    let mut parts: Vec<(u64, Unit)> = Vec::new();
    let smaller = match u {
        Unit::Year => Some((12.0, Unit::Month)),
        Unit::Decade => Some((10.0, Unit::Year)),
        Unit::Century => Some((100.0, Unit::Year)),
        Unit::Day => Some((24.0, Unit::Hour)),
        Unit::Hour => Some((60.0, Unit::Minute)),
        Unit::Minute => Some((60.0, Unit::Second)),
        Unit::Week => Some((7.0, Unit::Day)),
        _ => None,
    };
    match smaller {
        Some((factor, small)) if q.fract() != 0.0 && (q.fract() * factor).fract() == 0.0 => {
            if q.trunc() > 0.0 {
                parts.push((q.trunc() as u64, u));
            }
            parts.push(((q.fract() * factor) as u64, small));
        }
        _ if q.fract() != 0.0 => {
            let t = if u.is_clock() { "T" } else { "" };
            return format!("P{t}{q}{}", u.designator());
        }
        _ => parts.push((q as u64, u)),
    }
    let mut out = String::from("P");
    let mut in_time = false;
    for (n, unit) in parts {
        if unit.is_clock() && !in_time {
            out.push('T');
            in_time = true;
        }
        out.push_str(&format!("{n}{}", unit.designator()));
    }
    out
}

fn vague_duration(u: Unit) -> String {
    let t = if u.is_clock() { "T" } else { "" };
    format!("P{t}X{}", u.designator())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_are_written_in_timex3() {
        assert_eq!(duration_value(29.0, Unit::Year), "P29Y");
        assert_eq!(duration_value(6.0, Unit::Decade), "P6DE");
        assert_eq!(duration_value(24.0, Unit::Hour), "PT24H");
        assert_eq!(duration_value(0.5, Unit::Century), "P50Y");
        assert_eq!(duration_value(1.5, Unit::Year), "P1Y6M");
        assert_eq!(duration_value(2.5, Unit::Day), "P2DT12H");
        assert_eq!(duration_value(1.5, Unit::Minute), "PT1M30S");
        assert_eq!(duration_value(0.5, Unit::Hour), "PT30M");
        assert_eq!(duration_value(1.0, Unit::Fortnight), "P2W");
        assert_eq!(vague_duration(Unit::Decade), "PXDE");
        assert_eq!(vague_duration(Unit::Hour), "PTXH");
    }

    /// The values found in `text` published on `dct`.
    fn values(dct: &str, text: &str) -> Vec<String> {
        let toks = crate::tokens::tokenize(text);
        let ctx = Ctx {
            dct: dct.parse().ok(),
            ..Ctx::default()
        };
        Grammar::new(&toks, text, ctx)
            .run()
            .into_iter()
            .map(|h| h.value)
            .collect()
    }

    #[test]
    fn deadline_words_before_a_clock_time_look_ahead() {
        // 2000-04-03 is a Monday.
        let v = values("2000-04-03", "They have until 9 a.m. EST Tuesday to sign.");
        assert_eq!(v, ["2000-04-04T09:00"]);
        let v = values("2000-04-03", "They could come as early as Tuesday.");
        assert_eq!(v, ["2000-04-04"]);
        let v = values("1989-10-26", "The office was created, effective Feb. 1.");
        assert_eq!(v, ["1990-02-01"]);
    }

    #[test]
    fn since_and_last_look_back_and_pluperfect_plans_lie_behind() {
        let v = values(
            "1999-05-06",
            "Police have searched since the Oct. 23 slaying.",
        );
        assert_eq!(v, ["1998-10-23"]);
        // 1989-10-30 is a Monday.
        let v = values(
            "1989-10-30",
            "The offer had been due to expire Friday evening.",
        );
        assert_eq!(v, ["1989-10-27TEV"]);
        let v = values(
            "1989-10-30",
            "The bank lent it $5 million, payable by February.",
        );
        assert_eq!(v, ["1990-02"]);
    }

    #[test]
    fn the_reported_quarter_is_a_completed_one() {
        // A forecast quarter and an older comparison do not replace the quarter reported.
        let text = "Third-quarter profit fell. After a flat second quarter, trends improved. \
                    Losses will go on through the third quarter of 1990. In the year-ago \
                    period, it earned more.";
        let v = values("1989-10-26", text);
        assert_eq!(v, ["1989-Q3", "1989-Q2", "1990-Q3", "1988-Q3"]);
    }

    #[test]
    fn counted_lengths_before_later_are_durations() {
        assert_eq!(
            values("1989-10-30", "Three days later, it rallied."),
            ["P3D"]
        );
        assert_eq!(values("1989-10-30", "A year later, it rallied."), ["1990"]);
        assert_eq!(
            values("1989-10-30", "Mr. Smith, 52 years old, left."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn fronted_until_plans_as_nouns_and_descriptive_infinitives_follow_the_clause() {
        // 1999-05-07 is a Friday.
        let v = values(
            "1999-05-07",
            "Until Thursday, they had not called him a suspect.",
        );
        assert_eq!(v, ["1999-05-06"]);
        let v = values("1999-05-07", "They have until Thursday to sign.");
        assert_eq!(v, ["1999-05-13"]);
        let v = values(
            "1998-08-17",
            "On Friday, when she set aside vacation plans, aides left.",
        );
        assert_eq!(v, ["1998-08-14"]);
        let v = values("1998-08-17", "He plans to fly on Friday.");
        assert_eq!(v, ["1998-08-21"]);
        let v = values(
            "1999-03-13",
            "The first states to accede on Friday were Poland and Hungary.",
        );
        assert_eq!(v, ["1999-03-12"]);
        let v = values(
            "2000-01-07",
            "They were planning to drive around the airport on Monday.",
        );
        assert_eq!(v, ["2000-01-10"]);
        let v = values(
            "1989-10-30",
            "Traders squared positions ahead of the weekend.",
        );
        assert_eq!(v, ["1989-W44-WE"]);
    }

    #[test]
    fn a_present_passive_is_no_past_tense() {
        let v = values("2000-03-29", "They lose when the case is heard in May.");
        assert_eq!(v, ["2000-05"]);
        let v = values("2000-03-29", "The case was heard in May.");
        assert_eq!(v, ["1999-05"]);
    }

    #[test]
    fn seasons_and_holidays_near_publication() {
        let v = values(
            "1989-10-30",
            "It ended this past spring, after a strike last spring.",
        );
        assert_eq!(v, ["1989-SP", "1988-SP"]);
        let v = values("1999-03-05", "He was killed last fall when he stood there.");
        assert_eq!(v, ["1998-FA"]);
        // Easter 2000 fell on April 23.
        let v = values("2000-04-17", "Protesters prayed as Easter week began.");
        assert_eq!(v, ["2000-W16"]);
        let v = values("2000-04-17", "Easter was quiet, and Christmas was cold.");
        assert_eq!(v, ["2000-04-23", "1999-12-25"]);
    }

    #[test]
    fn rates_are_no_sets_but_frequencies_are() {
        let none = Vec::<String>::new();
        assert_eq!(values("1989-10-30", "It saves $500 million a year."), none);
        assert_eq!(values("1989-10-30", "It adds 700 seats a week."), none);
        assert_eq!(values("1989-10-30", "Sales rise 8.5% annually."), none);
        assert_eq!(values("1989-10-30", "Average daily volume fell."), none);
        assert_eq!(
            values("1989-10-30", "Net was $4 million a year earlier."),
            ["1988"]
        );
        assert_eq!(
            values("1989-10-30", "Buses run three times a week."),
            ["P1W"]
        );
        assert_eq!(
            values("1989-10-30", "Reports are published annually."),
            ["P1Y"]
        );
    }

    #[test]
    fn one_day_after_a_modal_is_ahead() {
        assert_eq!(
            values("1998-03-05", "Islam will one day be larger."),
            ["FUTURE_REF"]
        );
        assert_eq!(
            values("1998-03-05", "He hopes to one day fly."),
            ["FUTURE_REF"]
        );
        assert_eq!(values("1998-03-05", "It lasted one day."), ["P1D"]);
    }

    #[test]
    fn the_week_of_a_day_is_its_week() {
        let v = values("2000-02-24", "A hearing is set for the week of March 6.");
        assert_eq!(v, ["2000-W10"]);
    }
}
