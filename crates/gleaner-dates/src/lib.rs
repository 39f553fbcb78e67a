//! The dates extractor: finds temporal expressions (TIMEX3 dates, times, durations and sets) and
//! normalizes them against the publication date.
//!
//! One pass: a small tokenizer over the normalized text looks every word up once in the
//! lexicon (`data/`), and the grammar only runs where a token can start an expression.

mod calendar;
mod grammar;
mod lexicon;
mod tokens;

use gleaner_core::{Analysis, DateFinding, Document, Extractor, Findings, Span};
use grammar::{Ctx, Grammar};

pub struct Dates;

gleaner_core::register_extractor!(Dates);

impl Extractor for Dates {
    fn name(&self) -> &'static str {
        "dates"
    }

    fn description(&self) -> &'static str {
        "dates, times, durations and sets (TIMEX3), resolved against the publication date"
    }

    fn extract(&self, doc: &Document, analysis: &Analysis) -> Findings {
        let normalized = &analysis.normalized;
        let text = normalized.text.as_str();
        let toks = tokens::tokenize(text);
        let mut ctx = Ctx {
            dct: doc.published,
            ..Ctx::default()
        };
        if ctx.dct.is_none() {
            let probe = Grammar::new(&toks, text, Ctx::default());
            ctx.year_hint = probe.first_full_year();
            ctx.dct = probe.dateline(ctx.year_hint);
        }
        let mut grammar = Grammar::new(&toks, text, ctx);
        let hits = grammar.run();
        let mut findings = Findings::default();
        for hit in hits {
            let (Some(first), Some(last)) =
                (toks.get(hit.start), toks.get(hit.end.wrapping_sub(1)))
            else {
                continue;
            };
            if hit.end <= hit.start {
                continue;
            }
            let span = Span::new(first.start as usize, last.end as usize);
            let span = normalized.span_to_original(span);
            if span.is_empty()
                || !doc.text.is_char_boundary(span.start)
                || !doc.text.is_char_boundary(span.end)
            {
                continue;
            }
            findings.dates.push(DateFinding {
                span,
                kind: hit.kind,
                value: hit.value,
            });
        }
        findings
    }
}
