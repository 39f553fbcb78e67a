//! The quotes extractor: direct quotes, partial quotes and reported speech, each with its cue
//! and speaker phrase.
//!
//! One pass over the sentences in order. Quote marks are paired first ([`marks`]); each quotation
//! is then attributed from the cue right after it (`“...,” Lavrov added`), the cue before it
//! (`declaring, “...”`), a colon intro, or else the speaker of the quote just before it in the same
//! passage. Reported speech without marks comes from cues that take a clause (`X said (that) ...`,
//! `according to X, ...`, `..., a source said.`). Quoted words inside such a clause make the
//! whole clause one partial quote, as news attribution corpora annotate it.

mod lexicon;
mod marks;
mod phrases;

use gleaner_core::{
    Analysis, Document, Extractor, Findings, QuoteFinding, QuoteKind, Span, Speaker, SpeakerKind,
};
use lexicon::{
    BETWEEN_SUBJECT_AND_CUE, CLAUSE, CONTENT, INVERTS, NAMING, NOUN, OBJECT, SOURCE_AFTER, SPEECH,
    TIME_WORDS,
};
use marks::RawQuote;
use phrases::{Ctx, CueHit, Found};
use rustc_hash::FxHashSet;
use std::ops::Range;

pub struct Quotes;

gleaner_core::register_extractor!(Quotes);

impl Extractor for Quotes {
    fn name(&self) -> &'static str {
        "quotes"
    }

    fn description(&self) -> &'static str {
        "direct, partial and reported speech with cue and speaker"
    }

    fn extract(&self, _doc: &Document, analysis: &Analysis) -> Findings {
        Findings {
            quotes: extract_quotes(analysis),
            ..Findings::default()
        }
    }
}

/// All quotations and reported statements of the text, in text order.
pub fn extract_quotes(analysis: &Analysis) -> Vec<QuoteFinding> {
    let para_of = marks::paragraph_of_tokens(analysis);
    let quotes = marks::find_quotes(analysis, &para_of);
    let ctx = Ctx::new(analysis, para_of, &quotes);
    let mut run = Run {
        ctx: &ctx,
        quotes: &quotes,
        out: Vec::new(),
        last: None,
        used_cues: FxHashSet::default(),
        transcript_quotes: FxHashSet::default(),
    };
    let mut q = 0;
    for s in 0..analysis.sentences.len() {
        let range = ctx.sentence_range(s);
        run.speaker_line(range.clone());
        while let Some(quote) = quotes.get(q) {
            if quote.open_tok >= range.end {
                break;
            }
            run.quote(q);
            q += 1;
        }
        run.reported_speech(range);
    }
    while q < quotes.len() {
        run.quote(q);
        q += 1;
    }
    let mut out = run.out;
    out.sort_by_key(|f| (f.span.start, f.span.end));
    out
}

/// Who said it, through which cue.
#[derive(Debug, Clone, Copy)]
struct Attribution {
    speaker: Option<Found>,
    cue: Option<CueHit>,
}

struct Run<'c, 'a, 't> {
    ctx: &'c Ctx<'a, 't>,
    quotes: &'c [RawQuote],
    out: Vec<QuoteFinding>,
    /// The last explicit speaker and the paragraph it spoke in, for quotes without a cue.
    last: Option<(Found, usize)>,
    /// Cues already used for a clause.
    used_cues: FxHashSet<usize>,
    /// Opening marks of quoted transcript lines, reported by their speaker line.
    transcript_quotes: FxHashSet<usize>,
}

impl Run<'_, '_, '_> {
    fn push(&mut self, span: Span, kind: QuoteKind, attribution: Attribution) {
        let ctx = self.ctx;
        let speaker = attribution.speaker.map(|f| Speaker {
            span: f.span,
            kind: output_kind(ctx, &f),
            person: None,
            country: None,
        });
        let cue_span = attribution
            .cue
            .map(|c| ctx.span(c.start, c.end.saturating_sub(1)));
        let cue = cue_span.map(|s| ctx.a.slice(s).to_string());
        if span.is_empty() {
            return;
        }
        self.out.push(QuoteFinding {
            span,
            kind,
            speaker,
            cue,
            cue_span,
        });
    }

    fn covered(&self, span: Span) -> bool {
        self.out.iter().any(|f| f.span.overlaps(&span))
    }

    fn remember(&mut self, found: Option<Found>) {
        if let Some(f) = found {
            self.last = Some((f, self.ctx.paragraph_of(f.first)));
        }
    }

    /// The speaker of the passage: the last explicit one, in this paragraph or the one before.
    fn carried(&self, tok: usize) -> Option<Found> {
        let para = self.ctx.paragraph_of(tok);
        self.last
            .filter(|&(_, p)| p <= para && para <= p + 1)
            .map(|(f, _)| f)
    }

    fn quote(&mut self, qi: usize) {
        let ctx = self.ctx;
        let Some(q) = self.quotes.get(qi) else { return };
        if self.transcript_quotes.contains(&q.open_tok) {
            return;
        }
        // A later quoted fragment of a reported clause already found: its own partial quote.
        if let Some(clause) = self.out.iter().find(|f| f.span.contains(&q.content)) {
            if clause.kind == QuoteKind::Indirect {
                return;
            }
            let (speaker, cue, cue_span) =
                (clause.speaker.clone(), clause.cue.clone(), clause.cue_span);
            self.out.push(QuoteFinding {
                span: q.content,
                kind: QuoteKind::Partial,
                speaker,
                cue,
                cue_span,
            });
            return;
        }
        let sentence = ctx.sentence_range(ctx.sentence_of(q.open_tok));
        let prev_close = qi
            .checked_sub(1)
            .and_then(|p| self.quotes.get(p))
            .and_then(|p| p.close_tok);
        let before_start = prev_close
            .filter(|&c| c >= sentence.start && c < q.open_tok)
            .map_or(sentence.start, |c| c + 1);
        let before = before_start..q.open_tok;
        let after = match q.close_tok {
            Some(c) => {
                let end = ctx.sentence_range(ctx.sentence_of(c)).end;
                let next_open = self.quotes.get(qi + 1).map_or(usize::MAX, |n| n.open_tok);
                c + 1..end.min(next_open).max(c + 1)
            }
            None => 0..0,
        };

        let after = self.extend_after(q, after);
        let after_attr = self
            .attribution_after(after.clone())
            .or_else(|| self.dash_attribution(after.clone()))
            .or_else(|| self.attribution_ahead(qi));
        let before_attr = self
            .attribution_before(before.clone(), sentence.start)
            .or_else(|| self.colon_paragraph_attribution(q, &before));
        let after_words = after.clone().any(|i| {
            ctx.tok(i)
                .is_some_and(|t| !t.kind.eq(&gleaner_core::TokenKind::Punct))
        });
        let before_ends_open = before.is_empty()
            || before
                .end
                .checked_sub(1)
                .is_some_and(|l| ctx.is_punct(l, ',') || ctx.is_punct(l, ':'));
        let ends_like_sentence = q.inner.end.checked_sub(1).is_some_and(|l| {
            ctx.tok(l).is_some_and(|t| {
                t.kind == gleaner_core::TokenKind::Punct && matches!(t.first, ',' | '.' | '?' | '!')
            })
        });
        let opens_statement =
            self.opens_statement(&before, q) || after_attr.is_some() && before_ends_open;
        let closes_statement =
            !after_words || after_attr.is_some() || before.is_empty() && ends_like_sentence;
        let words = q
            .inner
            .clone()
            .filter(|&i| ctx.tok(i).is_some_and(|t| t.is_word()))
            .count();

        if !q.single && opens_statement && closes_statement {
            let explicit = after_attr.or(before_attr);
            let attribution = match explicit {
                Some(a) => a,
                None => Attribution {
                    speaker: self
                        .colon_subject(&before)
                        .or_else(|| self.carried(q.open_tok)),
                    cue: None,
                },
            };
            if explicit.is_some() {
                // The cue of a direct quote reports nothing else ("..., he admitted in Moscow").
                if let Some(cue) = attribution.cue {
                    self.used_cues.insert(cue.start);
                }
                self.remember(attribution.speaker);
            } else if let Some(f) = attribution.speaker {
                self.last = Some((f, ctx.paragraph_of(q.open_tok)));
            }
            self.push(q.content, QuoteKind::Direct, attribution);
            return;
        }

        // A title after a preposition ("said on “Fox and Friends”", "a role in “The
        // Apprentice”"): the name of a work or show, which nobody says.
        let title = self.title_case(q);
        let after_preposition = q.open_tok.checked_sub(1).is_some_and(|p| {
            matches!(
                ctx.low(p),
                "on" | "in" | "of" | "at" | "to" | "from" | "for" | "with" | "by" | "'s" | "'"
            )
        });
        if title && after_preposition {
            self.push(
                q.content,
                QuoteKind::Partial,
                Attribution {
                    speaker: None,
                    cue: None,
                },
            );
            return;
        }
        // A partial quote: governed by the nearest cue of its sentence.
        let before_cue = self.attribution_before(sentence.start..q.open_tok, sentence.start);
        let naming_only =
            before_cue.is_some_and(|a| a.cue.is_some_and(|c| !c.has(SPEECH | SOURCE_AFTER)));
        let governing = match (before_cue, after_attr) {
            (Some(_), Some(after)) if naming_only && after.speaker.is_some() => Some(after),
            (before, after) => before.or(after),
        };
        if let Some(Attribution {
            cue: Some(cue),
            speaker,
        }) = governing
            && !cue.has(SOURCE_AFTER)
            && cue.end <= q.open_tok
            && !self.used_cues.contains(&cue.start)
        {
            let end = ctx
                .sentence_range(ctx.sentence_of(q.close_tok.unwrap_or(q.open_tok)))
                .end;
            // The reported clause, or for a cue right before its object ("criticized the
            // law as a “crazy system”") the rest of the sentence.
            let clause = cue
                .has(CLAUSE)
                .then(|| self.clause_after(&cue, sentence.start.max(cue.end), end))
                .flatten()
                .or_else(|| {
                    let direct_object = !(cue.end..q.open_tok).any(|i| ctx.is_punct(i, ','));
                    direct_object
                        .then(|| self.clause_between(cue.end, end))
                        .flatten()
                });
            if let Some(clause) = clause {
                let span = clause.cover(&q.content);
                self.used_cues.insert(cue.start);
                self.remember(speaker);
                self.push(
                    span,
                    QuoteKind::Partial,
                    Attribution {
                        speaker,
                        cue: Some(cue),
                    },
                );
                return;
            }
        }
        // "African-Americans, he said, can ''rock like Jimi''": an attribution inside the
        // sentence reports all of it.
        if let Some(Attribution {
            cue: Some(cue),
            speaker: Some(_),
        }) = before_cue
            && cue.has(SPEECH)
            && !self.used_cues.contains(&cue.start)
        {
            let mut last_content = sentence.end;
            while last_content > sentence.start && ctx.is_closer_punct(last_content - 1) {
                last_content -= 1;
            }
            let subject = self.subject_of(&cue, sentence.start);
            if let Some((comma, speaker, true)) =
                self.trailing_attribution(&cue, subject, &sentence, last_content)
                && comma > sentence.start
                && last_content > q.open_tok
            {
                let span = ctx
                    .span(sentence.start, sentence.start)
                    .cover(&q.content)
                    .cover(&ctx.span(last_content - 1, last_content - 1));
                if !self.covered(span) {
                    self.used_cues.insert(cue.start);
                    self.remember(Some(speaker));
                    self.push(
                        span,
                        QuoteKind::Partial,
                        Attribution {
                            speaker: Some(speaker),
                            cue: Some(cue),
                        },
                    );
                    return;
                }
            }
        }
        if let Some(Attribution {
            cue: Some(cue),
            speaker: Some(source),
        }) = governing
        {
            let comma = source.last + 1;
            let opens =
                (sentence.start..cue.start).all(|i| matches!(ctx.low(i), "but" | "and" | ","));
            if cue.has(SOURCE_AFTER) && opens && ctx.is_punct(comma, ',') && comma < q.open_tok {
                let end = ctx
                    .sentence_range(ctx.sentence_of(q.close_tok.unwrap_or(q.open_tok)))
                    .end;
                if let Some(clause) = self.clause_between(comma + 1, end) {
                    self.remember(Some(source));
                    self.push(
                        clause.cover(&q.content),
                        QuoteKind::Partial,
                        Attribution {
                            speaker: Some(source),
                            cue: Some(cue),
                        },
                    );
                    return;
                }
            }
        }
        let trailing = governing.is_some() && before_cue.is_none() && !before.is_empty();
        if let (true, Some(a), Some(close)) = (trailing, governing, q.close_tok) {
            // "... a top priority ''is increasing the tax,'' Mr. Kamin said.": the sentence up
            // to the quote is what was said.
            let start = ctx.span(sentence.start, sentence.start);
            if !self.covered(start.cover(&q.content)) {
                self.remember(a.speaker);
                let span = Span::new(start.start, q.content.end);
                let _ = close;
                self.push(span, QuoteKind::Partial, a);
                return;
            }
        }
        let attribution = match governing {
            Some(a) => {
                self.remember(a.speaker);
                a
            }
            None if words >= 4 && !q.single && !title => Attribution {
                speaker: self.carried(q.open_tok),
                cue: None,
            },
            None => Attribution {
                speaker: None,
                cue: None,
            },
        };
        let phrase = self.noun_phrase_before(q);
        let span = match q.close_tok {
            // The marks belong to a phrase that quotes them.
            Some(close) if phrase.start < q.content.start => phrase.cover(&ctx.span(close, close)),
            _ => q.content,
        };
        self.push(span, QuoteKind::Partial, attribution);
    }

    /// The words of the noun phrase a scare quote ends ("Hillary Clinton's “public option”",
    /// "the woman's “head”", "a “con artist”"): back from the mark over names, possessives
    /// and modifiers to the determiner that opens it. Empty when nothing such stands there.
    fn noun_phrase_before(&self, q: &RawQuote) -> Span {
        let ctx = self.ctx;
        let sentence_start = ctx.sentence_range(ctx.sentence_of(q.open_tok)).start;
        let mut first = q.open_tok;
        while first > sentence_start && q.open_tok - first < 6 {
            let p = first - 1;
            let w = ctx.low(p);
            if ctx.is_quoted(p) || ctx.cues.get(p).is_some_and(Option::is_some) {
                break;
            }
            if lexicon::DETERMINERS.contains(&w) && w != "that" {
                first = p;
                break;
            }
            let part = matches!(w, "'s" | "'")
                || ctx.tok(p).is_some_and(|t| t.is_word())
                    && !lexicon::PHRASE_BREAKERS.contains(&w)
                    && !lexicon::FINITE_VERBS.contains(&w);
            if !part {
                break;
            }
            first = p;
        }
        // Only a phrase with an opening determiner or a possessive owner.
        let owned = (first..q.open_tok).any(|i| matches!(ctx.low(i), "'s" | "'"));
        let determined = lexicon::DETERMINERS.contains(&ctx.low(first)) && ctx.low(first) != "that";
        if first < q.open_tok && (owned || determined) {
            ctx.span(first, first)
        } else {
            q.content
        }
    }

    /// Quoted words in title case ("The Apprentice", "Face the Nation"): every word longer
    /// than three letters is capitalized.
    fn title_case(&self, q: &RawQuote) -> bool {
        let ctx = self.ctx;
        let mut long = 0;
        for i in q.inner.clone() {
            let Some(t) = ctx.tok(i).filter(|t| t.is_word()) else {
                continue;
            };
            if ctx.low(i).chars().count() > 3 {
                if !(t.capitalized || t.all_caps) {
                    return false;
                }
                long += 1;
            }
        }
        long > 0
    }

    /// Whether the quote opens a statement: nothing before it in its sentence, or a cue, colon
    /// or comma introducing it ("Lavrov said, “...”", "declaring, “...”").
    fn opens_statement(&self, before: &Range<usize>, q: &RawQuote) -> bool {
        let ctx = self.ctx;
        let Some(last) = before.end.checked_sub(1).filter(|&l| l >= before.start) else {
            return true;
        };
        if ctx.is_punct(last, ':') {
            return true;
        }
        let cue_right_before = |end: usize| {
            let mut k = end;
            while k > before.start && TIME_WORDS.contains(&ctx.low(k - 1)) {
                k -= 1;
            }
            ctx.cues_in(before.start..k)
                .any(|c| c.end == k && c.has(SPEECH | SOURCE_AFTER))
        };
        if ctx.is_punct(last, ',') {
            // "Lavrov said, “", "told me, “", "Tester said, referring to it, “"
            let recent = last.saturating_sub(12).max(before.start)..last;
            return cue_right_before(last)
                || ctx.cues_in(recent).any(|c| c.has(SPEECH | SOURCE_AFTER));
        }
        if cue_right_before(before.end) {
            return true;
        }
        if ctx.low(last) == "that" {
            let upper = ctx.tok(q.inner.start).is_some_and(|t| t.capitalized);
            return upper && cue_right_before(last);
        }
        false
    }

    /// The attribution after a quote: `, he said`, `, said Lavrov`, `, according to Tass`,
    /// `, Scott Pruitt, the attorney general of Oklahoma, said`.
    fn attribution_after(&self, after: Range<usize>) -> Option<Attribution> {
        let ctx = self.ctx;
        let first_word = after
            .clone()
            .find(|&i| ctx.tok(i).is_some_and(|t| t.is_word()))?;
        let cue = ctx
            .cues_in(after.clone())
            .take_while(|c| c.start <= first_word + 40)
            .find(|c| c.has(SPEECH | SOURCE_AFTER))?;
        if cue.has(SOURCE_AFTER) {
            if cue.start > first_word + 2 {
                return None;
            }
            let speaker = ctx.source_phrase(cue.end, after.end);
            return Some(Attribution {
                speaker,
                cue: Some(cue),
            });
        }
        if cue.start == first_word {
            if !cue.has(INVERTS) {
                return None; // "..., adding that": the clause before names the speaker
            }
            let speaker = ctx.inverted_subject(cue.end, after.end)?;
            return Some(Attribution {
                speaker: Some(speaker),
                cue: Some(cue),
            });
        }
        // The phrase opening the words after the quote is the speaker when the cue follows it.
        let lead = ctx.phrase_starting_at(first_word, cue.start, false);
        if let Some(lead) = lead.filter(|l| l.first <= first_word + 3 && l.last < cue.start) {
            let gap = lead.last + 1..cue.start;
            let adjacent = gap
                .clone()
                .all(|i| lexicon::BETWEEN_SUBJECT_AND_CUE.contains(&ctx.low(i)));
            let apposed = ctx.is_punct(gap.start, ',')
                || ctx.is_punct(gap.start, '(')
                || ctx.is_punct(gap.start, '-');
            if adjacent || apposed || gap.len() <= 8 {
                let speaker = self.resolve_it(lead, after.start);
                return Some(Attribution {
                    speaker: Some(speaker),
                    cue: Some(cue),
                });
            }
        }
        let subject = self.subject_of(&cue, after.start)?;
        (subject.first <= first_word + 8).then_some(Attribution {
            speaker: Some(subject),
            cue: Some(cue),
        })
    }

    /// "it" speaks for the place or organisation its sentence is about.
    fn resolve_it(&self, found: Found, floor: usize) -> Found {
        let ctx = self.ctx;
        if found.kind != SpeakerKind::Pronoun || ctx.low(found.first) != "it" {
            return found;
        }
        let sentence = ctx.sentence_range(ctx.sentence_of(found.first));
        ctx.clause_subject(sentence.start.min(floor), found.first)
            .filter(|s| matches!(s.kind, SpeakerKind::Place | SpeakerKind::Organization))
            .unwrap_or(found)
    }

    /// A quote ending in "?" or "!" ends its sentence for the splitter; the attribution is then
    /// the next sentence (`“Why?” Vitter asked.`).
    fn extend_after(&self, q: &RawQuote, after: Range<usize>) -> Range<usize> {
        let ctx = self.ctx;
        let Some(close) = q.close_tok else {
            return after;
        };
        if !after.is_empty() {
            return after;
        }
        let asks = close
            .checked_sub(1)
            .is_some_and(|l| ctx.is_punct(l, '?') || ctx.is_punct(l, '!'));
        let next = ctx.sentence_of(close).wrapping_add(1);
        let range = ctx.sentence_range(next);
        // After a full stop only a short attribution or a dash line belongs to the quote.
        if !asks && !ctx.is_punct(range.start, '-') && range.len() > 8 {
            return after;
        }
        let same_paragraph = ctx.paragraph_of(range.start) == ctx.paragraph_of(close);
        if range.start != close + 1 || !same_paragraph {
            return after;
        }
        let next_open = self
            .quotes
            .iter()
            .map(|n| n.open_tok)
            .find(|&o| o > close)
            .unwrap_or(usize::MAX);
        after.start..range.end.min(next_open)
    }

    /// `“...” ― Sonya Herridge`: a name after a dash, ending the sentence.
    fn dash_attribution(&self, after: Range<usize>) -> Option<Attribution> {
        let ctx = self.ctx;
        if !ctx.is_punct(after.start, '-') {
            return None;
        }
        let speaker = ctx.phrase_starting_at(after.start + 1, after.end, false)?;
        let rest_empty =
            (speaker.last + 1..after.end).all(|i| ctx.is_closer_punct(i) || ctx.is_punct(i, ','));
        (rest_empty && speaker.kind == SpeakerKind::Name).then_some(Attribution {
            speaker: Some(speaker),
            cue: None,
        })
    }

    /// A quote opening a paragraph after one ending in a colon (`Caddell continued:`).
    fn colon_paragraph_attribution(
        &self,
        q: &RawQuote,
        before: &Range<usize>,
    ) -> Option<Attribution> {
        let ctx = self.ctx;
        if !before.is_empty() {
            return None;
        }
        let colon = q.open_tok.checked_sub(1)?;
        if !ctx.is_punct(colon, ':') || ctx.is_quoted(colon) {
            return None;
        }
        let sentence = ctx.sentence_range(ctx.sentence_of(colon));
        let range = sentence.start..colon + 1;
        self.attribution_before(range.clone(), sentence.start)
            .or_else(|| {
                let speaker = self.colon_subject(&range)?;
                Some(Attribution {
                    speaker: Some(speaker),
                    cue: None,
                })
            })
    }

    /// The attribution after a later quote of the same sentence, for the first part of a quote
    /// split by unquoted words (`“A” in its history, “B,” he said`).
    fn attribution_ahead(&self, qi: usize) -> Option<Attribution> {
        let ctx = self.ctx;
        let q = self.quotes.get(qi)?;
        let sentence = ctx.sentence_of(q.close_tok?);
        let mut j = qi + 1;
        while let Some(next) = self.quotes.get(j) {
            if ctx.sentence_of(next.open_tok) != sentence {
                return None;
            }
            let close = next.close_tok?;
            let end = ctx.sentence_range(ctx.sentence_of(close)).end;
            let next_open = self.quotes.get(j + 1).map_or(usize::MAX, |n| n.open_tok);
            if let Some(found) =
                self.attribution_after(close + 1..end.min(next_open).max(close + 1))
            {
                return Some(found);
            }
            j += 1;
        }
        None
    }

    /// The subject of a cue: the phrase before it; for a participle after a comma or "by"
    /// ("..., declaring", "by blasting") and a verb after "and", the subject of the main clause;
    /// for "it", the place or organisation the sentence is about.
    fn subject_of(&self, cue: &CueHit, floor: usize) -> Option<Found> {
        let ctx = self.ctx;
        if cue.has(NOUN) {
            return ctx.noun_owner(cue.start);
        }
        let mut k = cue.start;
        while k > floor && lexicon::BETWEEN_SUBJECT_AND_CUE.contains(&ctx.low(k - 1)) {
            k -= 1;
        }
        let prev = k.checked_sub(1).filter(|&p| p >= floor);
        let participle = ctx.low(cue.start).ends_with("ing")
            && prev.is_some_and(|p| ctx.is_punct(p, ',') || ctx.low(p) == "by");
        if participle {
            let earlier = ctx
                .cues_in(floor..cue.start)
                .filter(|c| c.has(SPEECH))
                .filter_map(|c| ctx.subject_before(&c, floor))
                .next_back()
                .filter(|f| !matches!(ctx.low(f.first), "who" | "which" | "that"));
            return earlier.or_else(|| ctx.clause_subject(floor, cue.start));
        }
        if prev.is_some_and(|p| matches!(ctx.low(p), "and" | "but" | "or")) {
            return ctx.clause_subject(floor, cue.start);
        }
        let found = match ctx.subject_before(cue, floor) {
            Some(found) => found,
            // "the study -- which notes": news attribution marks the relative pronoun itself.
            None => {
                let p = k.checked_sub(1).filter(|&p| p >= floor)?;
                let relative = matches!(ctx.low(p), "which" | "who") && !ctx.is_quoted(p);
                return relative.then(|| Found {
                    span: ctx.span(p, p),
                    kind: SpeakerKind::Pronoun,
                    first: p,
                    last: p,
                });
            }
        };
        Some(self.coordinated(self.resolve_it(found, floor), floor))
    }

    /// Coordinated subjects speak together: "Washington and London have insisted" spans both.
    fn coordinated(&self, found: Found, floor: usize) -> Found {
        let ctx = self.ctx;
        let proper = |k: SpeakerKind| {
            matches!(
                k,
                SpeakerKind::Name | SpeakerKind::Place | SpeakerKind::Organization
            )
        };
        let Some(and) = found.first.checked_sub(1).filter(|&a| a > floor) else {
            return found;
        };
        if !proper(found.kind) || ctx.low(and) != "and" {
            return found;
        }
        let Some(other) = ctx
            .phrase_ending_at(and - 1, floor)
            .filter(|o| proper(o.kind))
        else {
            return found;
        };
        let opens = other.first == floor
            || other.first.checked_sub(1).is_some_and(|p| {
                ctx.is_punct(p, ',') || matches!(ctx.low(p), "both" | "but" | "and")
            });
        if !opens {
            return found;
        }
        Found {
            span: other.span.cover(&found.span),
            first: other.first,
            ..found
        }
    }

    /// The attribution of the nearest cue before a quote in `range` (its sentence or the part
    /// since the previous quote).
    fn attribution_before(&self, range: Range<usize>, floor: usize) -> Option<Attribution> {
        let ctx = self.ctx;
        let cues: Vec<CueHit> = ctx
            .cues_in(range.clone())
            .filter(|c| c.end <= range.end && !self.is_gerund(c))
            .collect();
        // A verb of speech governs over a verb of belief or evidence after it ("saying it
        // indicates the need to ‘...’"); nearer cues first within each rank.
        let rank = |c: &CueHit| {
            if c.has(SPEECH) && c.has(CLAUSE) || c.has(SOURCE_AFTER) {
                0
            } else if c.has(SPEECH | NAMING) {
                1
            } else {
                2
            }
        };
        let mut order: Vec<(usize, CueHit)> = cues.iter().rev().map(|c| (rank(c), *c)).collect();
        order.sort_by_key(|(r, _)| *r);
        for (_, cue) in order {
            if cue.has(SOURCE_AFTER) {
                let speaker = ctx.source_phrase(cue.end, range.end);
                return Some(Attribution {
                    speaker,
                    cue: Some(cue),
                });
            }
            if let Some(speaker) = self.subject_of(&cue, floor) {
                return Some(Attribution {
                    speaker: Some(speaker),
                    cue: Some(cue),
                });
            }
            if !cue.has(NAMING)
                && let Some(after) = ctx.phrase_starting_at(cue.end, range.end, false)
            {
                // "said Lavrov: “...”"
                return Some(Attribution {
                    speaker: Some(after),
                    cue: Some(cue),
                });
            }
        }
        None
    }

    /// An -ing form used as a noun ("that predicting if ...", "the saying"), not a cue.
    fn is_gerund(&self, cue: &CueHit) -> bool {
        let ctx = self.ctx;
        if cue.has(NOUN) {
            return false;
        }
        // A cue word after a determiner or a possessive is a noun ("the authorities' plan").
        let noun = cue.start.checked_sub(1).is_some_and(|p| {
            matches!(
                ctx.low(p),
                "'s" | "'" | "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my"
            )
        });
        noun || ctx.low(cue.start).ends_with("ing")
            && cue.start.checked_sub(1).is_some_and(|p| {
                let w = ctx.low(p);
                matches!(
                    w,
                    "that" | "the" | "a" | "of" | "for" | "about" | "his" | "her" | "their"
                ) || w == "in" && !cue.has(SPEECH)
            })
    }

    /// The subject of a sentence introducing a quote with a colon ("He concluded: “...”" has a
    /// cue; "The ministry was blunt: “...”" takes its subject).
    fn colon_subject(&self, before: &Range<usize>) -> Option<Found> {
        let ctx = self.ctx;
        let last = before.end.checked_sub(1)?;
        if last < before.start || !ctx.is_punct(last, ':') {
            return None;
        }
        ctx.phrase_starting_at(before.start, last, false)
            .filter(|f| f.kind != SpeakerKind::Description || ctx.low(f.first) == "the")
    }

    /// Where the reported content after a clause-taking cue starts and ends (`end` is the
    /// sentence's token end): skips an object ("told reporters that"), time words and
    /// adjuncts ("said in a statement that"), and "that".
    fn clause_after(&self, cue: &CueHit, _floor: usize, end: usize) -> Option<Span> {
        let ctx = self.ctx;
        let start = self.content_start(cue, end)?;
        let end = self.clause_stop(start, end);
        let mut last = end.checked_sub(1)?;
        while last > start && ctx.is_closer_punct(last) && !ctx.is_quoted(last) {
            last -= 1;
        }
        if last < start + 2 {
            return None;
        }
        Some(ctx.span(start, last))
    }

    /// Where reported content starting at `start` ends, before `end`: at the next attribution
    /// it is coordinated with (", citing ...", "and warned ...", "and Democrats accused ...",
    /// "— and he noted ..."), which reports something else. An attribution nested without a
    /// conjunction ("said the senator had said ...") stays inside.
    fn clause_stop(&self, start: usize, end: usize) -> usize {
        let ctx = self.ctx;
        let verbal = |c: &CueHit| !c.has(SOURCE_AFTER | NOUN) && !self.is_gerund(c);
        for m in start + 2..end {
            if ctx.is_quoted(m) {
                continue;
            }
            let Some(cue) = ctx.cues.get(m).copied().flatten().filter(|c| verbal(c)) else {
                continue;
            };
            let mut k = m;
            while k > start && is_adverb_between(ctx.low(k - 1)) {
                k -= 1;
            }
            let participle = ctx.low(m).ends_with("ing") && k > start && ctx.is_punct(k - 1, ',');
            if participle {
                return k - 1;
            }
            let conjunction = |i: usize| matches!(ctx.low(i), "and" | "but");
            // "... and warned that ...", "..., but insisted ...": the same subject goes on.
            if k > start + 1 && conjunction(k - 1) && !ctx.low(m).ends_with("ing") {
                return self.before_separator(start, k - 1);
            }
            // "... and Democrats accused ...", "— and he noted that ...": a new subject.
            let Some(subject) = ctx.subject_before(&cue, start) else {
                continue;
            };
            let opens = subject.first.checked_sub(1).filter(|&p| p > start);
            let Some(p) = opens else { continue };
            let named = !matches!(ctx.low(subject.first), "who" | "which" | "that");
            if named && (conjunction(p) || ctx.is_punct(p, ';') || ctx.is_punct(p, '-')) {
                return self.before_separator(start, p);
            }
        }
        end
    }

    /// Token `sep` ends the content: step back over a comma or dash before it.
    fn before_separator(&self, start: usize, sep: usize) -> usize {
        let ctx = self.ctx;
        let mut e = sep;
        while e > start + 1 && (ctx.is_punct(e - 1, ',') || ctx.is_punct(e - 1, '-')) {
            e -= 1;
        }
        e
    }

    /// Tokens `start..end` without the closing punctuation, as a span of 3 tokens or more.
    fn clause_between(&self, start: usize, end: usize) -> Option<Span> {
        let ctx = self.ctx;
        let mut last = end.checked_sub(1)?;
        while last > start && ctx.is_closer_punct(last) && !ctx.is_quoted(last) {
            last -= 1;
        }
        (last >= start + 2).then(|| ctx.span(start, last))
    }

    /// Where the object of a content cue starts ("called for [an end to ...]", "wants [to
    /// ...]"): right after the cue and its time words, at a word.
    fn object_start(&self, cue: &CueHit, end: usize) -> Option<usize> {
        let ctx = self.ctx;
        let mut k = cue.end;
        while k < end && TIME_WORDS.contains(&ctx.low(k)) {
            k += 1;
        }
        if ctx.low(k) == "that" {
            k += 1;
        }
        // A passive ("were echoed by experts"): what follows is the agent, not the content.
        if ctx.low(k) == "by" {
            return None;
        }
        let word = ctx
            .tok(k)
            .is_some_and(|t| t.is_word() || t.kind == gleaner_core::TokenKind::Number);
        (word && k < end && !ctx.is_quoted(k)).then_some(k)
    }

    fn content_start(&self, cue: &CueHit, end: usize) -> Option<usize> {
        let ctx = self.ctx;
        let mut k = cue.end;
        if cue.has(NOUN) {
            // A cue ending in "that" opens the content with it; after a preposition ("his
            // criticism of") the object is the content.
            let that = ctx.low(k.saturating_sub(1)) == "that";
            return (k < end).then_some(if that { k - 1 } else { k });
        }
        if cue.has(OBJECT) {
            let that = (k..end.min(k + 12))
                .take_while(|&m| !ctx.is_punct(m, '.'))
                .find(|&m| ctx.low(m) == "that")
                .map(|m| m + 1);
            return that.or_else(|| self.clause_after_object(k, end));
        }
        loop {
            if k >= end {
                return None;
            }
            let w = ctx.low(k);
            if TIME_WORDS.contains(&w) {
                k += 1;
                continue;
            }
            if matches!(
                w,
                "in" | "on"
                    | "at"
                    | "during"
                    | "after"
                    | "before"
                    | "to"
                    | "with"
                    | "via"
                    | "through"
            ) {
                let stop = (k + 1..end.min(k + 12))
                    .find(|&m| ctx.low(m) == "that" || ctx.is_punct(m, ','))?;
                if ctx.low(stop) == "that" {
                    return Some(stop + 1);
                }
                k = stop + 1;
                continue;
            }
            if w == "," && (k + 1..end.min(k + 6)).any(|m| ctx.low(m) == "that") {
                k += 1;
                continue;
            }
            break;
        }
        if ctx.low(k) == "that" {
            return Some(k + 1);
        }
        if !cue.has(SPEECH | CLAUSE) {
            return None;
        }
        // A bare clause: it opens with a subject and a verb follows soon.
        let tok = ctx.tok(k)?;
        if !tok.is_word() && tok.kind != gleaner_core::TokenKind::Number {
            return None;
        }
        let w = ctx.low(k);
        let pronoun = matches!(
            w,
            "he" | "she" | "they" | "we" | "i" | "it" | "you" | "there"
        );
        if !pronoun && lexicon::PHRASE_BREAKERS.contains(&w) {
            return None;
        }
        if matches!(
            w,
            "so" | "nothing"
                | "something"
                | "yes"
                | "no"
                | "much"
                | "more"
                | "little"
                | "what"
                | "goodbye"
                | "hello"
                | "thanks"
        ) {
            return None;
        }
        if pronoun {
            return Some(k);
        }
        self.verb_soon(k, end).then_some(k)
    }

    /// "told reporters he would ...", "told the Duma Moscow was ...": the object of the cue at
    /// `k`, then a clause opening with a pronoun or a name and a verb right after its subject.
    fn clause_after_object(&self, k: usize, end: usize) -> Option<usize> {
        let ctx = self.ctx;
        let is_verb = |i: usize| {
            let w = ctx.low(i);
            lexicon::FINITE_VERBS.contains(&w) || BETWEEN_SUBJECT_AND_CUE.contains(&w)
        };
        let word = |i: usize| ctx.tok(i).is_some_and(|t| t.is_word()) && !ctx.is_quoted(i);
        // The object takes one to four words; the clause's subject is a pronoun, a determined
        // noun of up to three words or a capitalized run, and a verb follows it.
        for start in k + 1..end.min(k + 5) {
            if !(k..start).all(word) || matches!(ctx.low(start - 1), "to" | "that" | "about") {
                return None;
            }
            let w = ctx.low(start);
            let subject_end = if matches!(w, "he" | "she" | "they" | "we" | "i" | "it" | "there") {
                Some(start)
            } else if matches!(w, "the" | "a" | "an" | "his" | "her" | "their" | "its") {
                (start + 1..end.min(start + 4))
                    .take_while(|&i| word(i) && !ctx.is_capitalized_word(i))
                    .find(|&i| is_verb(i + 1))
            } else if ctx.is_capitalized_word(start)
                && !ctx.is_capitalized_word(start - 1)
                && !lexicon::DETERMINERS.contains(&ctx.low(start - 1))
            {
                let mut e = start;
                while e + 1 < end && ctx.is_capitalized_word(e + 1) {
                    e += 1;
                }
                Some(e)
            } else {
                None
            };
            if subject_end.is_some_and(|e| is_verb(e + 1)) {
                return Some(start);
            }
        }
        None
    }

    /// A verb follows token `k` within a few words: `k` opens a clause.
    fn verb_soon(&self, k: usize, end: usize) -> bool {
        let ctx = self.ctx;
        (k + 1..end.min(k + 12)).any(|m| {
            let v = ctx.low(m);
            lexicon::FINITE_VERBS.contains(&v)
                || v.len() > 3
                    && (v.ends_with("ed")
                        || v.ends_with('s')
                            && !v.ends_with("ss")
                            && !ctx.tok(m).is_some_and(|t| t.capitalized))
        })
    }

    /// A paragraph opening with a name and a colon (`PENCE: Well, ...`, `Rush Limbaugh:
    /// Hillary ...`): the rest of the paragraph is what the named person said.
    fn speaker_line(&mut self, sentence: Range<usize>) {
        let ctx = self.ctx;
        let para = ctx.paragraph_of(sentence.start);
        let Some(para_span) = ctx.a.paragraphs.get(para) else {
            return;
        };
        if ctx
            .tok(sentence.start)
            .is_none_or(|t| t.span.start != para_span.start)
        {
            return;
        }
        // A transcript line quoted whole (`"WALLACE: ...`): the mark opens the line.
        // A line opening with a double mark, the opening of a quote or the mark that carries a
        // quote on into a new paragraph.
        let mark = ctx
            .tok(sentence.start)
            .is_some_and(|t| t.is_punct('"') || t.is_punct('\u{201c}'));
        let opening = self.quotes.iter().position(|q| {
            mark && q.open_tok <= sentence.start
                && q.close_tok.unwrap_or(q.inner.end) > sentence.start
        });
        let first = opening.map_or(sentence.start, |_| sentence.start + 1);
        let name = match opening {
            // Inside the quote the phrase finder sees nothing: the line opens with a speaker
            // name in capitals ("WALLACE:", "SEN. KAINE:").
            Some(_) => {
                let colon = (first..sentence.end.min(first + 5)).find(|&i| ctx.is_punct(i, ':'));
                let Some(last) = colon.and_then(|c| c.checked_sub(1)).filter(|&l| l >= first)
                else {
                    return;
                };
                let caps = (first..=last).all(|i| {
                    ctx.tok(i)
                        .is_some_and(|t| t.all_caps || t.is_punct('.') && !t.space_before)
                });
                if !caps {
                    return;
                }
                phrases::Found {
                    span: ctx.span(first, last),
                    kind: SpeakerKind::Name,
                    first,
                    last,
                }
            }
            None => match ctx.phrase_starting_at(first, sentence.end, false) {
                Some(name) => name,
                None => return,
            },
        };
        let colon = name.last + 1;
        let named = name.kind == SpeakerKind::Name
            || name.first == name.last && ctx.tok(name.first).is_some_and(|t| t.all_caps);
        let common = matches!(
            ctx.low(name.first),
            "update"
                | "note"
                | "source"
                | "sources"
                | "editor"
                | "correction"
                | "watch"
                | "read"
                | "photo"
                | "video"
                | "related"
                | "advertisement"
                | "caption"
                | "credit"
        );
        if !named || common || name.last - first > 4 || !ctx.is_punct(colon, ':') {
            return;
        }
        let mut end = ctx.a.token_index_at(para_span.end);
        if let Some(q) = opening.and_then(|i| self.quotes.get(i)) {
            self.transcript_quotes.insert(q.open_tok);
            // The turn goes on over paragraphs opening with a mark and no speaker of their own.
            let mut p = para + 1;
            while let Some(next) = ctx.a.paragraphs.get(p) {
                let t = ctx.a.token_index_at(next.start);
                let continues = ctx
                    .tok(t)
                    .is_some_and(|m| m.is_punct('"') || m.is_punct('\u{201c}'))
                    && ctx.tok(t + 1).is_some_and(|w| w.is_word() && !w.all_caps);
                if !continues {
                    break;
                }
                for later in self.quotes.iter().filter(|q| q.open_tok == t) {
                    self.transcript_quotes.insert(later.open_tok);
                }
                end = ctx.a.token_index_at(next.end);
                p += 1;
            }
            // The closing mark, or the paragraph's own mark closing nothing.
            while end > colon + 1
                && ctx
                    .tok(end - 1)
                    .is_some_and(|t| t.is_punct('"') || t.is_punct('\u{201d}'))
            {
                end -= 1;
            }
        }
        if let Some(content) = self.clause_between(colon + 1, end)
            && !self.covered(content)
        {
            self.remember(Some(name));
            self.push(
                content,
                QuoteKind::Indirect,
                Attribution {
                    speaker: Some(name),
                    cue: None,
                },
            );
        }
    }

    /// Reported speech without quote marks in one sentence.
    fn reported_speech(&mut self, sentence: Range<usize>) {
        let ctx = self.ctx;
        // Speech cues first: "X called for Y, sources said" is what the sources said.
        let mut cues: Vec<CueHit> = ctx.cues_in(sentence.clone()).collect();
        cues.sort_by_key(|c| !c.has(SPEECH | SOURCE_AFTER));
        let mut last_content = sentence.end;
        while last_content > sentence.start && ctx.is_closer_punct(last_content - 1) {
            last_content -= 1;
        }
        for cue in cues {
            if self.used_cues.contains(&cue.start) || self.is_gerund(&cue) {
                continue;
            }
            let found = self.reported_by(&cue, &sentence, last_content);
            let Some((content, speaker)) = found else {
                continue;
            };
            if content.is_empty() || self.covered(content) {
                continue;
            }
            let quoted_inside =
                (sentence.clone()).any(|i| ctx.is_quoted(i) && content.contains(&ctx.span(i, i)));
            if quoted_inside {
                continue;
            }
            self.used_cues.insert(cue.start);
            self.remember(speaker);
            self.push(
                content,
                QuoteKind::Indirect,
                Attribution {
                    speaker,
                    cue: Some(cue),
                },
            );
        }
    }

    /// An attribution standing after its content or inside it: `, X said`, `, said X`,
    /// `, X, the lawyer, said`, `, he said, ...`. Gives the comma before it, the speaker, and
    /// whether content goes on after it.
    fn trailing_attribution(
        &self,
        cue: &CueHit,
        subject: Option<Found>,
        sentence: &Range<usize>,
        last_content: usize,
    ) -> Option<(usize, Found, bool)> {
        let ctx = self.ctx;
        let first = sentence.start;
        let comma_before_cue = cue
            .start
            .checked_sub(1)
            .filter(|&c| c > first && ctx.is_punct(c, ','));
        // The whole phrase of a subject: "Mr. Obama" for the name "Obama".
        let phrase_start = |s: &Found| {
            let mut start = s.first;
            while start > first
                && (ctx
                    .tok(start - 1)
                    .is_some_and(|t| t.capitalized || t.is_punct('.') && !t.space_before)
                    || lexicon::DETERMINERS.contains(&ctx.low(start - 1)))
            {
                start -= 1;
            }
            start
        };
        let after_comma = |s: &Found| {
            let start = phrase_start(s);
            start > first && ctx.is_punct(start - 1, ',')
        };
        // "Phil Smith, a spokesman, said the union ...": the sentence's own subject.
        if subject.is_some_and(|s| !after_comma(&s)) {
            return None;
        }
        // The words after the attribution: up to a comma (content goes on) or the end.
        let goes_on = |from: usize| -> Option<bool> {
            for i in from..last_content.min(from + 12) {
                if ctx.low(i) == "that"
                    || ctx.is_quoted(i)
                    || ctx.cues.get(i).is_some_and(Option::is_some)
                {
                    return None;
                }
                if ctx.is_punct(i, ',') {
                    return Some(i + 1 < last_content);
                }
            }
            (from + 12 >= last_content).then_some(false)
        };
        if cue.has(INVERTS)
            && let Some(c) = comma_before_cue
        {
            let speaker = ctx.inverted_subject(cue.end, sentence.end)?;
            // "said Mr. Barrett, the lawyer for ...": an appositive runs to the end.
            let apposed = ctx.is_punct(speaker.last + 1, ',');
            let trailing = if apposed {
                false
            } else {
                goes_on(speaker.last + 1)?
            };
            return Some((c, speaker, trailing));
        }
        let (comma, speaker) = match subject {
            Some(s) => (phrase_start(&s) - 1, s),
            None => {
                // ", attorneys for the family said": the phrase after the last comma.
                let c = (first..cue.start)
                    .rev()
                    .take(10)
                    .find(|&i| ctx.is_punct(i, ','))?;
                let phrase = ctx.phrase_starting_at(c + 1, cue.start, false)?;
                let gap = phrase.last + 1..cue.start;
                let plain = gap
                    .clone()
                    .all(|i| ctx.tok(i).is_some_and(|t| t.is_word()) && !ctx.is_quoted(i));
                if !plain || gap.len() > 6 || phrase.kind == SpeakerKind::Pronoun && !gap.is_empty()
                {
                    return None;
                }
                (c, phrase)
            }
        };
        let trailing = goes_on(cue.end)?;
        Some((comma, speaker, trailing))
    }

    /// The content and speaker of one cue: `according to X, ...`, `..., according to X`,
    /// `X said (that) ...`, `..., X said.`, `..., said X.`
    fn reported_by(
        &self,
        cue: &CueHit,
        sentence: &Range<usize>,
        last_content: usize,
    ) -> Option<(Span, Option<Found>)> {
        let ctx = self.ctx;
        let first = sentence.start;
        let lead = (first..cue.start)
            .all(|i| matches!(ctx.low(i), "but" | "and" | "yet" | "so" | "however" | ","));
        // "Obama's veto is expected to come before ...": an expectation without a source, the
        // whole clause attributed.
        let mut be = cue.start;
        while be > first && matches!(ctx.low(be - 1), "widely" | "also" | "now" | "still") {
            be -= 1;
        }
        let passive = be > first + 1
            && matches!(
                ctx.low(be - 1),
                "is" | "are" | "was" | "were" | "be" | "been"
            )
            && !ctx.is_quoted(be - 1);
        if ctx.low(cue.start) == "expected" && passive && ctx.low(cue.end) == "to" {
            let mut start = first;
            while start < be && matches!(ctx.low(start), "but" | "and" | "yet" | "so" | ",") {
                start += 1;
            }
            return (last_content > cue.end + 1).then(|| (ctx.span(start, last_content - 1), None));
        }
        // A passive followed by a circumstance, not a clause ("Russia's alliance was reaffirmed
        // in talks"): the subject is what was said, not who said it.
        if passive
            && !cue.has(SOURCE_AFTER)
            && matches!(
                ctx.low(cue.end),
                "in" | "at" | "on" | "during" | "with" | "over" | "after" | "before" | "through"
            )
        {
            return None;
        }
        if cue.has(SOURCE_AFTER) {
            let speaker = ctx.source_phrase(cue.end, sentence.end)?;
            if lead {
                let comma = speaker.last + 1;
                if !ctx.is_punct(comma, ',') || comma + 1 >= last_content {
                    return None;
                }
                return Some((ctx.span(comma + 1, last_content - 1), Some(speaker)));
            }
            if cue.start > first + 2 && ctx.is_punct(cue.start - 1, ',') {
                // "X, according to Y." or "X, according to Y, and Z."
                let end = if speaker.last + 1 >= last_content {
                    cue.start - 2
                } else {
                    last_content - 1
                };
                return Some((ctx.span(first, end), Some(speaker)));
            }
            return None;
        }
        if !cue.has(CLAUSE | SPEECH | CONTENT) {
            return None;
        }
        let subject = self.subject_of(cue, first);
        // "..., X said." / "..., said X." / "..., he said, ..." after or inside its content.
        if cue.has(SPEECH)
            && let Some((comma, speaker, trailing)) =
                self.trailing_attribution(cue, subject, sentence, last_content)
            && (comma > first + 2 || trailing && comma > first)
            // "During the rally, the former president said Obamacare is ...": a clause after
            // the cue is what was said; the words before the comma only set the scene.
            && (trailing || self.content_start(cue, last_content).is_none())
        {
            let end = if trailing {
                last_content - 1
            } else {
                comma - 1
            };
            return Some((ctx.span(first, end), Some(speaker)));
        }
        if !cue.has(CLAUSE | CONTENT) {
            return None;
        }
        if cue.has(NOUN) && subject.is_none() {
            return None;
        }
        let subject = subject.or_else(|| {
            // "Experts on North Korea and nuclear nonproliferation said ...": the sentence's
            // opening phrase when no comma stands between it and the cue.
            let opening = ctx.clause_subject(first, cue.start)?;
            let gap = opening.last + 1..cue.start;
            (opening.first <= first + 1
                && gap.len() <= 8
                && !gap
                    .clone()
                    .any(|i| ctx.is_punct(i, ',') || ctx.cues.get(i).is_some_and(Option::is_some)))
            .then_some(opening)
        })?;
        let start = self.content_start(cue, last_content).or_else(|| {
            cue.has(CONTENT)
                .then(|| self.object_start(cue, last_content))
                .flatten()
        })?;
        let stop = self.clause_stop(start, last_content);
        if start + 2 >= stop {
            return None;
        }
        Some((ctx.span(start, stop - 1), Some(subject)))
    }
}

/// The kind a speaker is reported as: a description whose head is no noun for people ("the
/// fact", "an estimate", "that extensive evidence") speaks as a document or body does, so the
/// merge does not link it to a person.
fn output_kind(ctx: &Ctx, found: &Found) -> SpeakerKind {
    let head = ctx.low(found.last);
    let titled = ctx
        .tok(found.last)
        .is_some_and(|t| t.capitalized || t.all_caps);
    // "his early-morning tweets", "Trump's statement": a person's words, still tied to them.
    let owned = (found.first..=found.last).any(|i| {
        matches!(
            ctx.low(i),
            "his" | "her" | "their" | "my" | "our" | "'s" | "'"
        )
    });
    if found.kind == SpeakerKind::Description
        && !titled
        && !owned
        && !lexicon::LEXICON.describers.contains(head)
    {
        SpeakerKind::Organization
    } else {
        found.kind
    }
}

/// Adverbs between a conjunction and its verb ("and also warned", "but later said").
fn is_adverb_between(w: &str) -> bool {
    matches!(
        w,
        "also"
            | "later"
            | "then"
            | "again"
            | "further"
            | "repeatedly"
            | "previously"
            | "has"
            | "have"
            | "had"
            | "would"
            | "will"
    ) || w.len() > 4 && w.ends_with("ly")
}

#[cfg(test)]
mod tests;
