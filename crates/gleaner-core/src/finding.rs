//! What extractors find. Spans are byte ranges into the document text.

use crate::Span;

/// Everything one extractor found in one document. Extractors fill the fields of their kind;
/// the driver concatenates the findings of all extractors and merges them.
#[derive(Debug, Clone, Default)]
pub struct Findings {
    pub dates: Vec<DateFinding>,
    pub people: Vec<PersonFinding>,
    pub countries: Vec<CountryFinding>,
    pub quotes: Vec<QuoteFinding>,
    /// Findings of extractors added later, written out under the extractor's name.
    pub other: Vec<GenericFinding>,
}

impl Findings {
    pub fn is_empty(&self) -> bool {
        self.dates.is_empty()
            && self.people.is_empty()
            && self.countries.is_empty()
            && self.quotes.is_empty()
            && self.other.is_empty()
    }

    /// Append `other`'s findings to these.
    pub fn extend(&mut self, other: Findings) {
        self.dates.extend(other.dates);
        self.people.extend(other.people);
        self.countries.extend(other.countries);
        self.quotes.extend(other.quotes);
        self.other.extend(other.other);
    }
}

/// TIMEX3 type of a temporal expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateKind {
    Date,
    Time,
    Duration,
    Set,
}

impl DateKind {
    pub const fn as_str(self) -> &'static str {
        match self {
            DateKind::Date => "date",
            DateKind::Time => "time",
            DateKind::Duration => "duration",
            DateKind::Set => "set",
        }
    }
}

/// A temporal expression with its TIMEX3 value (`2022-01-18`, `2022-W03`, `P29Y`, `PRESENT_REF`...).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateFinding {
    pub span: Span,
    pub kind: DateKind,
    pub value: String,
}

/// One real person: all the mentions an extractor grouped together.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PersonFinding {
    /// Canonical name: the fullest form used in the text.
    pub name: String,
    /// Every other form used, deduplicated, in order of first use.
    pub aliases: Vec<String>,
    /// Titles and roles ("Russian Foreign Minister", "a Russian military expert").
    pub titles: Vec<String>,
    /// Where each title phrase occurs, so the merge can find a country mention inside it.
    pub title_spans: Vec<Span>,
    /// ISO 3166-1 alpha-2 code; the merge fills it from titles when the extractor left it empty.
    pub country: Option<String>,
    /// Every mention of this person, ascending.
    pub mentions: Vec<Span>,
}

/// How a country was referred to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CountryVia {
    Name,
    Alias,
    Demonym,
    Capital,
    Metonym,
}

impl CountryVia {
    pub const fn as_str(self) -> &'static str {
        match self {
            CountryVia::Name => "name",
            CountryVia::Alias => "alias",
            CountryVia::Demonym => "demonym",
            CountryVia::Capital => "capital",
            CountryVia::Metonym => "metonym",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CountryMention {
    pub span: Span,
    pub via: CountryVia,
}

/// One country (ISO 3166-1 alpha-2, or a documented code for historical states) and its mentions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountryFinding {
    pub code: String,
    /// Common English short name ("Russia", "United States").
    pub name: String,
    pub mentions: Vec<CountryMention>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuoteKind {
    /// A whole quoted statement.
    Direct,
    /// A quoted fragment inside reported speech, or scare quotes.
    Partial,
    /// Reported speech without quote marks.
    Indirect,
}

impl QuoteKind {
    pub const fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// What kind of phrase names a speaker; tells the merge how to find the person behind it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SpeakerKind {
    /// A personal name, possibly with a title ("Kremlin spokesman Dmitry Peskov", "Lavrov").
    Name,
    /// "he", "she", "they"...
    Pronoun,
    /// A description of a person ("the observer", "the Mexican academic", "the minister").
    Description,
    /// An organisation, outlet or document ("the Foreign Ministry", "Tass").
    Organization,
    /// A country or its metonym acting ("Moscow said").
    Place,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    pub span: Span,
    pub kind: SpeakerKind,
    /// Id of the person entity (`p1`...), set by the merge.
    pub person: Option<String>,
    /// ISO code when the speaker is a country or stands for one, set by the merge.
    pub country: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteFinding {
    /// The quoted or reported words.
    pub span: Span,
    pub kind: QuoteKind,
    pub speaker: Option<Speaker>,
    /// The cue as written ("said", "according to").
    pub cue: Option<String>,
    pub cue_span: Option<Span>,
}

/// A finding of an extractor that is none of the four built-in kinds.
#[derive(Debug, Clone, PartialEq)]
pub struct GenericFinding {
    pub span: Span,
    /// Short classification ("money", "percent").
    pub label: String,
    /// Normalized value, if the extractor has one.
    pub value: Option<serde_json::Value>,
}
