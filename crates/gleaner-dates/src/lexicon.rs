//! The word tables of the extractor, read once from the plain files in `data/`.

use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// A unit of time as TIMEX3 counts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
    Millennium,
}

impl Unit {
    fn parse(code: &str) -> Option<Unit> {
        Some(match code {
            "S" => Unit::Second,
            "MIN" => Unit::Minute,
            "H" => Unit::Hour,
            "D" => Unit::Day,
            "W" => Unit::Week,
            "WE" => Unit::Weekend,
            "FN" => Unit::Fortnight,
            "M" => Unit::Month,
            "Q" => Unit::Quarter,
            "Y" => Unit::Year,
            "DE" => Unit::Decade,
            "CE" => Unit::Century,
            "ML" => Unit::Millennium,
            _ => return None,
        })
    }

    /// Whether TIMEX3 writes this unit after the `T` of a duration (`PT3H`).
    pub fn is_clock(self) -> bool {
        matches!(self, Unit::Second | Unit::Minute | Unit::Hour)
    }

    /// The duration designator: `Y` in `P3Y`, `M` in `PT5M`.
    pub fn designator(self) -> &'static str {
        match self {
            Unit::Second => "S",
            Unit::Minute => "M",
            Unit::Hour => "H",
            Unit::Day => "D",
            Unit::Week | Unit::Fortnight => "W",
            Unit::Weekend => "WE",
            Unit::Month => "M",
            Unit::Quarter => "Q",
            Unit::Year => "Y",
            Unit::Decade => "DE",
            Unit::Century => "CE",
            Unit::Millennium => "ML",
        }
    }

    /// How many designator units one of this unit is (a fortnight is two weeks).
    pub fn multiplier(self) -> u32 {
        if self == Unit::Fortnight { 2 } else { 1 }
    }
}

/// Function and relative words the grammar reads; the names match `data/keywords.txt`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Word {
    The,
    A,
    This,
    That,
    Last,
    Next,
    Past,
    Coming,
    Previous,
    Following,
    Ago,
    Earlier,
    Later,
    Before,
    After,
    Early,
    Late,
    Mid,
    Middle,
    End,
    Beginning,
    Of,
    In,
    On,
    At,
    By,
    From,
    To,
    Until,
    Till,
    Through,
    Between,
    And,
    Or,
    Since,
    For,
    During,
    Within,
    Over,
    Around,
    About,
    Nearly,
    Almost,
    Some,
    More,
    Less,
    Than,
    Least,
    Up,
    Half,
    Every,
    Each,
    Per,
    Once,
    Twice,
    Times,
    Today,
    Tonight,
    Yesterday,
    Tomorrow,
    Now,
    Currently,
    Recently,
    Recent,
    Current,
    Soon,
    Present,
    Presently,
    Future,
    Previously,
    Fiscal,
    Same,
    Latest,
    Period,
    Possessive,
    Old,
    Long,
    Rest,
    Whole,
    Other,
    Final,
    Near,
    Comparable,
    So,
    Just,
    Well,
    Another,
}

impl Word {
    fn parse(name: &str) -> Option<Word> {
        use Word::*;
        Option::Some(match name {
            "The" => The,
            "A" => A,
            "This" => This,
            "That" => That,
            "Last" => Last,
            "Next" => Next,
            "Past" => Past,
            "Coming" => Coming,
            "Previous" => Previous,
            "Following" => Following,
            "Ago" => Ago,
            "Earlier" => Earlier,
            "Later" => Later,
            "Before" => Before,
            "After" => After,
            "Early" => Early,
            "Late" => Late,
            "Mid" => Mid,
            "Middle" => Middle,
            "End" => End,
            "Beginning" => Beginning,
            "Of" => Of,
            "In" => In,
            "On" => On,
            "At" => At,
            "By" => By,
            "From" => From,
            "To" => To,
            "Until" => Until,
            "Till" => Till,
            "Through" => Through,
            "Between" => Between,
            "And" => And,
            "Or" => Or,
            "Since" => Since,
            "For" => For,
            "During" => During,
            "Within" => Within,
            "Over" => Over,
            "Around" => Around,
            "About" => About,
            "Nearly" => Nearly,
            "Almost" => Almost,
            "Some" => Some,
            "More" => More,
            "Less" => Less,
            "Than" => Than,
            "Least" => Least,
            "Up" => Up,
            "Half" => Half,
            "Every" => Every,
            "Each" => Each,
            "Per" => Per,
            "Once" => Once,
            "Twice" => Twice,
            "Times" => Times,
            "Today" => Today,
            "Tonight" => Tonight,
            "Yesterday" => Yesterday,
            "Tomorrow" => Tomorrow,
            "Now" => Now,
            "Currently" => Currently,
            "Recently" => Recently,
            "Recent" => Recent,
            "Current" => Current,
            "Soon" => Soon,
            "Present" => Present,
            "Presently" => Presently,
            "Future" => Future,
            "Previously" => Previously,
            "Fiscal" => Fiscal,
            "Same" => Same,
            "Latest" => Latest,
            "Period" => Period,
            "Possessive" => Possessive,
            "Old" => Old,
            "Long" => Long,
            "Rest" => Rest,
            "Whole" => Whole,
            "Other" => Other,
            "Final" => Final,
            "Near" => Near,
            "Comparable" => Comparable,
            "So" => So,
            "Just" => Just,
            "Well" => Well,
            "Another" => Another,
            _ => return Option::None,
        })
    }
}

/// A counted quantity written as a word: a number, or a vague one ("several").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quantity {
    Exact(u32),
    Vague,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tense {
    #[default]
    Unknown,
    Past,
    Future,
    /// A reporting verb ("said"): it dates the report, not the event; look further.
    Reporting,
}

/// Everything the tables say about one lowercase word.
#[derive(Debug, Clone, Default)]
pub struct Lex {
    pub month: u8,
    pub month_abbr: bool,
    pub weekday: u8,
    pub weekday_abbr: bool,
    pub weekday_plural: bool,
    pub number: Option<Quantity>,
    pub ordinal: u8,
    pub unit: Option<Unit>,
    pub unit_plural: bool,
    /// TIMEX3 part of day (`TMO`) or clock time (`T12:00`).
    pub part_of_day: Option<&'static str>,
    pub part_plural: bool,
    pub season: Option<&'static str>,
    pub season_plural: bool,
    /// TIMEX3 value of a frequency adverb ("daily" is `P1D`).
    pub set: Option<&'static str>,
    pub word: Option<Word>,
    pub tense: Tense,
    pub timezone: bool,
    pub not_year_before: bool,
    pub not_year_after: bool,
    /// Some holiday name starts with this word.
    pub holiday_start: bool,
    /// A decade word ("nineties" is 9).
    pub decade: u8,
}

/// When a holiday falls in a given year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HolidayRule {
    Fixed {
        month: u8,
        day: u8,
    },
    /// Western Easter Sunday plus an offset in days.
    Easter(i8),
    /// The `nth` ISO weekday of a month; `nth == 0` means the last one.
    NthWeekday {
        month: u8,
        nth: u8,
        weekday: u8,
    },
}

#[derive(Debug, Clone)]
pub struct Holiday {
    /// Lowercase words of the name, as the tokenizer cuts them.
    pub words: Vec<&'static str>,
    pub rule: HolidayRule,
}

/// Longest word the tables hold: words are keyed by their bytes packed into a `u128`.
pub const MAX_LEN: usize = 16;

pub struct Lexicon {
    words: FxHashMap<u128, Lex>,
    /// `starts[len][first]` has bit `second` set when some word of that length starts with
    /// those two letters; most words of a text are rejected here without hashing.
    starts: [[u32; 27]; MAX_LEN + 1],
    /// Longest names first, so that "christmas eve" wins over "christmas".
    pub holidays: Vec<Holiday>,
}

impl Lexicon {
    #[cfg(test)]
    pub fn get(&self, lowercase: &str) -> Option<&Lex> {
        self.get_bytes(lowercase.as_bytes())
    }

    /// Look up a lowercase ASCII word.
    pub fn get_bytes(&self, lowercase: &[u8]) -> Option<&Lex> {
        let first = letter_slot(*lowercase.first()?)?;
        let second = lowercase.get(1).map_or(Some(26), |c| letter_slot(*c))?;
        let row = self.starts.get(lowercase.len())?;
        if row[first] & (1 << second) == 0 {
            return None;
        }
        self.words.get(&pack(lowercase)?)
    }
}

/// The bytes of a word of at most [`MAX_LEN`] bytes as one number.
pub fn pack(word: &[u8]) -> Option<u128> {
    if word.len() > MAX_LEN {
        return None;
    }
    Some(
        word.iter()
            .rev()
            .fold(0u128, |acc, &c| (acc << 8) | u128::from(c)),
    )
}

fn letter_slot(c: u8) -> Option<usize> {
    match c {
        b'a'..=b'z' => Some(usize::from(c - b'a')),
        b'\'' => Some(26),
        _ => None,
    }
}

pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(build);

/// Data lines: trimmed, without blanks and `#` comments.
fn lines(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn build() -> Lexicon {
    let mut words: FxHashMap<&'static str, Lex> = FxHashMap::default();
    fn entry<'m>(words: &'m mut FxHashMap<&'static str, Lex>, w: &'static str) -> &'m mut Lex {
        words.entry(w).or_default()
    }

    for line in lines(include_str!("../data/months.txt")) {
        let mut parts = line.split_whitespace();
        let (Some(w), Some(n)) = (parts.next(), parts.next().and_then(|n| n.parse().ok())) else {
            continue;
        };
        let e = entry(&mut words, w);
        e.month = n;
        e.month_abbr = parts.next() == Some("abbr");
    }
    for line in lines(include_str!("../data/weekdays.txt")) {
        let mut parts = line.split_whitespace();
        let (Some(w), Some(n)) = (parts.next(), parts.next().and_then(|n| n.parse().ok())) else {
            continue;
        };
        let flag = parts.next();
        let e = entry(&mut words, w);
        e.weekday = n;
        e.weekday_abbr = flag == Some("abbr");
        e.weekday_plural = flag == Some("plural");
    }
    for line in lines(include_str!("../data/numbers.txt")) {
        let mut parts = line.split_whitespace();
        let (Some(w), Some(v)) = (parts.next(), parts.next()) else {
            continue;
        };
        let quantity = if v == "X" {
            Quantity::Vague
        } else {
            Quantity::Exact(v.parse().unwrap_or(0))
        };
        entry(&mut words, w).number = Some(quantity);
    }
    for line in lines(include_str!("../data/ordinals.txt")) {
        let mut parts = line.split_whitespace();
        let (Some(w), Some(n)) = (parts.next(), parts.next().and_then(|n| n.parse().ok())) else {
            continue;
        };
        entry(&mut words, w).ordinal = n;
    }
    for line in lines(include_str!("../data/units.txt")) {
        let mut parts = line.split_whitespace();
        let (Some(w), Some(u)) = (parts.next(), parts.next().and_then(Unit::parse)) else {
            continue;
        };
        let e = entry(&mut words, w);
        e.unit = Some(u);
        e.unit_plural = parts.next() == Some("plural");
    }
    for line in lines(include_str!("../data/parts_of_day.txt")) {
        let mut parts = line.split_whitespace();
        let (Some(w), Some(v)) = (parts.next(), parts.next()) else {
            continue;
        };
        let e = entry(&mut words, w);
        e.part_of_day = Some(v);
        e.part_plural = parts.next() == Some("plural");
    }
    for line in lines(include_str!("../data/seasons.txt")) {
        let mut parts = line.split_whitespace();
        let (Some(w), Some(v)) = (parts.next(), parts.next()) else {
            continue;
        };
        let e = entry(&mut words, w);
        e.season = Some(v);
        e.season_plural = parts.next() == Some("plural");
    }
    for line in lines(include_str!("../data/sets.txt")) {
        let mut parts = line.split_whitespace();
        let (Some(w), Some(v)) = (parts.next(), parts.next()) else {
            continue;
        };
        entry(&mut words, w).set = Some(v);
    }
    for line in lines(include_str!("../data/keywords.txt")) {
        let mut parts = line.split_whitespace();
        let (Some(w), Some(role)) = (parts.next(), parts.next().and_then(Word::parse)) else {
            continue;
        };
        entry(&mut words, w).word = Some(role);
    }
    for line in lines(include_str!("../data/tense.txt")) {
        let mut parts = line.split_whitespace();
        let (Some(w), Some(t)) = (parts.next(), parts.next()) else {
            continue;
        };
        entry(&mut words, w).tense = match t {
            "F" => Tense::Future,
            "P" => Tense::Past,
            _ => Tense::Reporting,
        };
    }
    for line in lines(include_str!("../data/decades.txt")) {
        let mut parts = line.split_whitespace();
        let (Some(w), Some(n)) = (parts.next(), parts.next().and_then(|n| n.parse().ok())) else {
            continue;
        };
        entry(&mut words, w).decade = n;
    }
    for w in lines(include_str!("../data/timezones.txt")) {
        entry(&mut words, w).timezone = true;
    }
    for w in lines(include_str!("../data/not_year_before.txt")) {
        entry(&mut words, w).not_year_before = true;
    }
    for w in lines(include_str!("../data/not_year_after.txt")) {
        entry(&mut words, w).not_year_after = true;
    }
    let mut holidays = Vec::new();
    for line in lines(include_str!("../data/holidays.txt")) {
        let Some((name, rule)) = line.split_once('=') else {
            continue;
        };
        let Some(rule) = parse_holiday_rule(rule.trim()) else {
            continue;
        };
        let name_words: Vec<&'static str> = name.split_whitespace().collect();
        if let Some(first) = name_words.first() {
            entry(&mut words, first).holiday_start = true;
        }
        holidays.push(Holiday {
            words: name_words,
            rule,
        });
    }
    holidays.sort_by_key(|h| std::cmp::Reverse(h.words.len()));
    let mut starts = [[0u32; 27]; MAX_LEN + 1];
    for w in words.keys() {
        let b = w.as_bytes();
        let first = b.first().and_then(|c| letter_slot(*c));
        let second = b.get(1).map_or(Some(26), |c| letter_slot(*c));
        if let (Some(row), Some(first), Some(second)) = (starts.get_mut(b.len()), first, second) {
            row[first] |= 1 << second;
        }
    }
    let words = words
        .into_iter()
        .filter_map(|(k, v)| Some((pack(k.as_bytes())?, v)))
        .collect();
    Lexicon {
        words,
        starts,
        holidays,
    }
}

fn parse_holiday_rule(rule: &str) -> Option<HolidayRule> {
    if let Some(offset) = rule.strip_prefix("easter") {
        let offset = if offset.is_empty() {
            0
        } else {
            offset.parse().ok()?
        };
        return Some(HolidayRule::Easter(offset));
    }
    if let Some((month, day)) = rule.split_once('-') {
        return Some(HolidayRule::Fixed {
            month: month.parse().ok()?,
            day: day.parse().ok()?,
        });
    }
    let mut parts = rule.split('/');
    let month = parts.next()?.parse().ok()?;
    let nth = match parts.next()? {
        "last" => 0,
        n => n.parse().ok()?,
    };
    let weekday = parts.next()?.parse().ok()?;
    Some(HolidayRule::NthWeekday {
        month,
        nth,
        weekday,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_carry_every_role_they_have() {
        let second = LEXICON.get("second");
        assert_eq!(second.map(|l| l.ordinal), Some(2));
        assert_eq!(second.and_then(|l| l.unit), Some(Unit::Second));
        let may = LEXICON.get("may");
        assert_eq!(may.map(|l| l.month), Some(5));
        assert_eq!(
            LEXICON.get("sept").map(|l| (l.month, l.month_abbr)),
            Some((9, true))
        );
        assert_eq!(
            LEXICON.get("several").and_then(|l| l.number),
            Some(Quantity::Vague)
        );
    }

    #[test]
    fn holidays_are_longest_first() {
        let eve = LEXICON
            .holidays
            .iter()
            .position(|h| h.words == ["christmas", "eve"]);
        let plain = LEXICON
            .holidays
            .iter()
            .position(|h| h.words == ["christmas"]);
        assert!(eve < plain);
        assert!(LEXICON.get("thanksgiving").is_some_and(|l| l.holiday_start));
    }
}
