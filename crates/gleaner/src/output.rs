//! The output contract (docs/output.md): one JSON object per document, spans as Unicode code
//! point offsets into the article text.

use crate::pipeline::Outcome;
use gleaner_core::{CharIndex, Document, Span};
use serde::Serialize;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

#[derive(Debug, Serialize)]
pub struct Record {
    pub id: String,
    pub source: String,
    pub published: Option<String>,
    pub dates: Vec<DateOut>,
    pub people: Vec<PersonOut>,
    pub countries: Vec<CountryOut>,
    pub quotes: Vec<QuoteOut>,
    /// Findings of extractors added later, under their extractor's name.
    #[serde(flatten)]
    pub other: BTreeMap<String, Vec<GenericOut>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<Map<String, Value>>,
}

#[derive(Debug, Serialize)]
pub struct DateOut {
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub value: String,
}

#[derive(Debug, Serialize)]
pub struct MentionOut {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Debug, Serialize)]
pub struct PersonOut {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub titles: Vec<String>,
    pub country: Option<String>,
    pub mentions: Vec<MentionOut>,
}

#[derive(Debug, Serialize)]
pub struct CountryMentionOut {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub via: &'static str,
}

#[derive(Debug, Serialize)]
pub struct CountryOut {
    pub code: String,
    pub name: String,
    pub mentions: Vec<CountryMentionOut>,
}

#[derive(Debug, Serialize)]
pub struct SpeakerOut {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub person: Option<String>,
    pub country: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct QuoteOut {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: &'static str,
    pub speaker: Option<SpeakerOut>,
    pub cue: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct GenericOut {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub label: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
}

/// Converts byte spans of one text to code point offsets and slices.
struct Spans<'t> {
    text: &'t str,
    index: CharIndex,
}

impl Spans<'_> {
    fn at(&self, span: Span) -> (usize, usize, String) {
        (
            self.index.char_offset(span.start),
            self.index.char_offset(span.end),
            span.text(self.text).to_string(),
        )
    }

    fn mention(&self, span: Span) -> MentionOut {
        let (start, end, text) = self.at(span);
        MentionOut { start, end, text }
    }
}

impl Record {
    pub fn new(doc: &Document, outcome: &Outcome, meta: Option<Map<String, Value>>) -> Record {
        let spans = Spans {
            text: &doc.text,
            index: CharIndex::new(&doc.text),
        };
        let f = &outcome.findings;
        let dates = f
            .dates
            .iter()
            .map(|d| {
                let (start, end, text) = spans.at(d.span);
                DateOut {
                    start,
                    end,
                    text,
                    kind: d.kind.as_str(),
                    value: d.value.clone(),
                }
            })
            .collect();
        let people = f
            .people
            .iter()
            .enumerate()
            .map(|(i, p)| PersonOut {
                id: crate::merge::person_id(i),
                name: p.name.clone(),
                aliases: p.aliases.clone(),
                titles: p.titles.clone(),
                country: p.country.clone(),
                mentions: p.mentions.iter().map(|m| spans.mention(*m)).collect(),
            })
            .collect();
        let countries = f
            .countries
            .iter()
            .map(|c| CountryOut {
                code: c.code.clone(),
                name: c.name.clone(),
                mentions: c
                    .mentions
                    .iter()
                    .map(|m| {
                        let (start, end, text) = spans.at(m.span);
                        CountryMentionOut {
                            start,
                            end,
                            text,
                            via: m.via.as_str(),
                        }
                    })
                    .collect(),
            })
            .collect();
        let quotes = f
            .quotes
            .iter()
            .map(|q| {
                let (start, end, text) = spans.at(q.span);
                let speaker = q.speaker.as_ref().map(|s| {
                    let (start, end, text) = spans.at(s.span);
                    SpeakerOut {
                        text,
                        start,
                        end,
                        person: s.person.clone(),
                        country: s.country.clone(),
                    }
                });
                QuoteOut {
                    start,
                    end,
                    text,
                    kind: q.kind.as_str(),
                    speaker,
                    cue: q.cue.clone(),
                }
            })
            .collect();
        let other = outcome
            .other
            .iter()
            .map(|(name, found)| {
                let found = found
                    .iter()
                    .map(|g| {
                        let (start, end, text) = spans.at(g.span);
                        GenericOut {
                            start,
                            end,
                            text,
                            label: g.label.clone(),
                            value: g.value.clone(),
                        }
                    })
                    .collect();
                (name.to_string(), found)
            })
            .collect();
        Record {
            id: doc.id.clone(),
            source: doc.source.clone(),
            published: doc.published.map(|d| d.to_string()),
            dates,
            people,
            countries,
            quotes,
            other,
            meta,
        }
    }
}
