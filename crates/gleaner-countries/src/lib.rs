//! The countries extractor: every reference to a country (name, alias, demonym, capital or a
//! seat of power standing for the state) with its ISO 3166-1 alpha-2 code.
//!
//! One Aho-Corasick pass over the normalized text finds every form of the lexicon
//! ([`lexicon`]); word-boundary and case checks keep the real words, the longest match wins
//! (so blocked phrases like "New Mexico" swallow the country inside), and context rules
//! ([`context`]) drop people, US states and towns, and languages.

mod context;
mod lexicon;
mod matcher;

use gleaner_core::{Analysis, CountryFinding, CountryMention, Document, Extractor, Findings, Span};
use rustc_hash::FxHashMap;

pub struct Countries;

gleaner_core::register_extractor!(Countries);

impl Extractor for Countries {
    fn name(&self) -> &'static str {
        "countries"
    }

    fn description(&self) -> &'static str {
        "countries as ISO 3166-1 alpha-2 codes: names, aliases, demonyms, capitals, metonyms"
    }

    fn extract(&self, _doc: &Document, analysis: &Analysis) -> Findings {
        let text = analysis.normalized.text.as_str();
        let mentions = context::resolve(text, matcher::candidates(text));
        let mut by_code: FxHashMap<&'static str, Vec<CountryMention>> = FxHashMap::default();
        for m in mentions {
            let span = analysis
                .normalized
                .span_to_original(Span::new(m.start, m.end));
            if span.is_empty() || analysis.text.get(span.range()).is_none() {
                continue;
            }
            by_code
                .entry(m.code)
                .or_default()
                .push(CountryMention { span, via: m.via });
        }
        let lexicon = &*lexicon::LEXICON;
        let mut countries: Vec<CountryFinding> = by_code
            .into_iter()
            .map(|(code, mut mentions)| {
                mentions.sort_by_key(|m| m.span);
                mentions.dedup_by_key(|m| m.span);
                CountryFinding {
                    code: code.to_string(),
                    name: lexicon.display_name(code),
                    mentions,
                }
            })
            .collect();
        countries.sort_by_key(|c| {
            (
                std::cmp::Reverse(c.mentions.len()),
                c.mentions.first().map(|m| m.span),
            )
        });
        Findings {
            countries,
            ..Findings::default()
        }
    }
}
