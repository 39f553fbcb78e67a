//! The merge: what no single extractor can decide, because it needs two kinds at once.
//!
//! 1. Overlaps between people and countries: "Jordan" inside "Michael Jordan" is a person,
//!    "Washington" alone is the capital unless it names a person already known by full name.
//! 2. A person's country from a country mention inside one of their titles
//!    ("Russian Foreign Minister", "Kremlin spokesman", "his Cuban counterpart").
//! 3. Quote speakers linked to person entities: by overlap with a mention, by name, and for
//!    pronouns and descriptions ("he", "the minister") by the nearest fitting person before them;
//!    a speaker that is a country or stands for one gets its code.
//!
//! Everything is sorted here, so the output does not depend on extractor scheduling.

use gleaner_core::{
    Analysis, CountryFinding, Findings, PersonFinding, QuoteFinding, Span, SpeakerKind,
};

/// The output id of the person at `index` (people are ordered by first mention).
pub fn person_id(index: usize) -> String {
    format!("p{}", index + 1)
}

pub fn merge(analysis: &Analysis, mut f: Findings) -> Findings {
    tidy(&mut f);
    resolve_person_country_overlaps(analysis.text, &mut f.people, &mut f.countries);
    tidy(&mut f);
    assign_person_countries(&mut f.people, &f.countries);
    link_speakers(analysis, &mut f);
    f
}

/// Sort everything, drop empty entities and duplicate spans.
fn tidy(f: &mut Findings) {
    f.dates.sort_by_key(|d| (d.span.start, d.span.end));
    f.dates.dedup_by_key(|d| d.span);
    for p in &mut f.people {
        p.mentions.sort();
        p.mentions.dedup();
    }
    f.people.retain(|p| !p.mentions.is_empty());
    f.people
        .sort_by_key(|p| p.mentions.first().map(|m| m.start));
    for c in &mut f.countries {
        c.mentions.sort_by_key(|m| (m.span.start, m.span.end));
        c.mentions.dedup_by_key(|m| m.span);
    }
    f.countries.retain(|c| !c.mentions.is_empty());
    // Most-mentioned first; ties by first mention.
    f.countries.sort_by_key(|c| {
        (
            std::cmp::Reverse(c.mentions.len()),
            c.mentions.first().map(|m| m.span.start),
        )
    });
    f.quotes.sort_by_key(|q| (q.span.start, q.span.end));
}

/// Words of a name, lowercased, for comparing a mention with a person's full name.
fn name_words(name: &str) -> Vec<String> {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn resolve_person_country_overlaps(
    text: &str,
    people: &mut [PersonFinding],
    countries: &mut [CountryFinding],
) {
    for country in countries.iter_mut() {
        country.mentions.retain(|cm| {
            let mut keep = true;
            for person in people.iter_mut() {
                let full_name = name_words(&person.name);
                person.mentions.retain(|pm| {
                    if !pm.overlaps(&cm.span) {
                        return true;
                    }
                    if pm.len() > cm.span.len() {
                        // "Jordan" in "Michael Jordan", "Washington" in "George Washington"; but
                        // "The U.S." is no name: nothing but the country and function words.
                        if names_beyond(text, *pm, cm.span) {
                            keep = false;
                            return true;
                        }
                        return false;
                    }
                    if *pm == cm.span {
                        // The same words: a person only when they are part of a fuller name
                        // this person goes by in the article.
                        let word = cm.span.text(text).to_lowercase();
                        if full_name.len() > 1 && full_name.contains(&word) {
                            keep = false;
                            return true;
                        }
                        return false;
                    }
                    // The country phrase is longer ("Ivory Coast" vs a person "Ivory").
                    false
                });
            }
            keep
        });
    }
}

/// Whether the person mention `person` has a name word outside `country` (not a function word).
fn names_beyond(text: &str, person: Span, country: Span) -> bool {
    let before = Span::new(person.start, country.start.max(person.start)).text(text);
    let after = Span::new(country.end.min(person.end), person.end).text(text);
    before
        .split_whitespace()
        .chain(after.split_whitespace())
        .any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            !w.is_empty()
                && !matches!(
                    w.to_lowercase().as_str(),
                    "the" | "a" | "an" | "of" | "and" | "s"
                )
        })
}

/// Give each person without a country the country their titles name. In one title the first
/// country mention counts ("Moscow's ambassador to Washington" is Russian); across titles the
/// most frequent country wins, ties going to the earliest.
fn assign_person_countries(people: &mut [PersonFinding], countries: &[CountryFinding]) {
    for person in people.iter_mut().filter(|p| p.country.is_none()) {
        // (code, count, first position)
        let mut votes: Vec<(&str, usize, usize)> = Vec::new();
        for title in &person.title_spans {
            let first_in_title = countries
                .iter()
                .flat_map(|c| c.mentions.iter().map(move |m| (m.span, c.code.as_str())))
                .filter(|(span, _)| title.contains(span))
                .map(|(span, code)| (span.start, code))
                .min();
            if let Some((start, code)) = first_in_title {
                match votes.iter_mut().find(|v| v.0 == code) {
                    Some(v) => {
                        v.1 += 1;
                        v.2 = v.2.min(start);
                    }
                    None => votes.push((code, 1, start)),
                }
            }
        }
        person.country = votes
            .iter()
            .max_by_key(|&&(_, count, first)| (count, std::cmp::Reverse(first)))
            .map(|&(code, _, _)| code.to_string());
    }
}

/// Person mentions in text order: (span, person index).
fn person_mentions(people: &[PersonFinding]) -> Vec<(Span, usize)> {
    let mut all: Vec<(Span, usize)> = people
        .iter()
        .enumerate()
        .flat_map(|(i, p)| p.mentions.iter().map(move |m| (*m, i)))
        .collect();
    all.sort();
    all
}

const PLURAL_PRONOUNS: &[&str] = &["they", "we", "them", "us", "you", "it"];

fn link_speakers(analysis: &Analysis, f: &mut Findings) {
    let text = analysis.text;
    let mentions = person_mentions(&f.people);
    // Quoted words are not where a pronoun's antecedent is introduced.
    let quoted: Vec<Span> = f
        .quotes
        .iter()
        .filter(|q| q.kind != gleaner_core::QuoteKind::Indirect)
        .map(|q| q.span)
        .collect();
    let outside_quotes = |s: &Span| !quoted.iter().any(|q| q.contains(s));
    // The person each quote so far was linked to, by quote index.
    let mut linked: Vec<Option<usize>> = Vec::with_capacity(f.quotes.len());
    for i in 0..f.quotes.len() {
        let Some(speaker) = f.quotes[i].speaker.clone() else {
            linked.push(None);
            continue;
        };
        let span = speaker.span;
        let mut person = mentions
            .iter()
            .filter(|(m, _)| m.overlaps(&span))
            .map(|&(_, p)| p)
            .next_back();
        let place = f
            .countries
            .iter()
            .flat_map(|c| c.mentions.iter().map(move |m| (m, c)))
            .filter(|(m, _)| span.contains(&m.span))
            .min_by_key(|(m, _)| m.span.start)
            .map(|(_, c)| c.code.clone());
        let spoken = span.text(text).trim();
        let lower = spoken.to_lowercase();
        if person.is_none() {
            person = match speaker.kind {
                SpeakerKind::Name => by_name(&f.people, spoken),
                // "who" refers to the name right before it ("Garayev, who said ...").
                SpeakerKind::Pronoun if lower == "who" => mentions
                    .iter()
                    .rev()
                    .find(|(m, _)| m.end <= span.start && outside_quotes(m))
                    .map(|&(_, p)| p),
                SpeakerKind::Pronoun if !PLURAL_PRONOUNS.contains(&lower.as_str()) => {
                    nearest_before(analysis, &mentions, span, &outside_quotes, |_| true)
                }
                // A plural description ("officials said") is a group, not one person.
                SpeakerKind::Description
                    if !is_plural_noun(lower.split_whitespace().last().unwrap_or("")) =>
                {
                    let described = description_words(&lower);
                    let head = described
                        .split_whitespace()
                        .last()
                        .unwrap_or("")
                        .to_string();
                    let has_title = |p: usize, words: &str| {
                        !words.is_empty()
                            && f.people[p]
                                .titles
                                .iter()
                                .any(|t| t.to_lowercase().contains(words))
                    };
                    nearest_before(analysis, &mentions, span, &outside_quotes, |p| {
                        has_title(p, &described)
                    })
                    .or_else(|| {
                        nearest_before(analysis, &mentions, span, &outside_quotes, |p| {
                            has_title(p, &head)
                        })
                    })
                    .or_else(|| first_titled_after(&f.people, &mentions, span, &described))
                    .or_else(|| {
                        nearest_before(analysis, &mentions, span, &outside_quotes, |_| true)
                    })
                    .or_else(|| last_quoted_person(analysis, &f.quotes[..i], span, &linked))
                }
                _ => None,
            };
        }
        linked.push(person);
        let q: &mut QuoteFinding = &mut f.quotes[i];
        if let Some(s) = q.speaker.as_mut() {
            s.person = person.map(person_id);
            s.country = match (person, s.kind) {
                (None, _) | (_, SpeakerKind::Organization | SpeakerKind::Place) => place,
                _ => None,
            };
        }
    }
}

/// Whether an English noun is most likely plural ("officials", "leaders"; not "analysis", "boss").
fn is_plural_noun(word: &str) -> bool {
    word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("is")
        && !word.ends_with("us")
}

/// A description without its determiners and possessives: "the Mexican academic" -> "mexican
/// academic", "Russia's defense minister" -> "defense minister".
fn description_words(lower: &str) -> String {
    lower
        .split_whitespace()
        .filter(|w| {
            !matches!(
                *w,
                "the" | "a" | "an" | "his" | "her" | "their" | "its" | "this" | "that"
            ) && !w.ends_with("'s")
                && !w.ends_with("’s")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// For a description in a headline or lede ("Russia's Defense Minister said ..."): the first
/// person named after it whose title holds all its words.
fn first_titled_after(
    people: &[PersonFinding],
    mentions: &[(Span, usize)],
    span: Span,
    described: &str,
) -> Option<usize> {
    if described.split_whitespace().count() < 2 {
        return None;
    }
    mentions
        .iter()
        .filter(|(m, _)| m.start >= span.end)
        .find(|&&(_, p)| {
            people[p]
                .titles
                .iter()
                .any(|t| t.to_lowercase().contains(described))
        })
        .map(|&(_, p)| p)
}

/// The person behind the latest earlier quote in the same passage (three paragraphs): a
/// description with no title to match ("the observer said") most often continues with the
/// speaker just quoted.
fn last_quoted_person(
    analysis: &Analysis,
    earlier: &[QuoteFinding],
    span: Span,
    linked: &[Option<usize>],
) -> Option<usize> {
    let paragraph = analysis.paragraph_at(span.start).unwrap_or(0);
    let earliest = analysis
        .paragraphs
        .get(paragraph.saturating_sub(3))
        .map_or(0, |p| p.start);
    earlier
        .iter()
        .zip(linked)
        .rev()
        .take_while(|(q, _)| q.span.end >= earliest)
        .find_map(|(_, person)| *person)
}

/// The person whose name or alias is `spoken` (possessive and case ignored).
fn by_name(people: &[PersonFinding], spoken: &str) -> Option<usize> {
    let spoken = spoken
        .trim_end_matches("’s")
        .trim_end_matches("'s")
        .to_lowercase();
    people.iter().position(|p| {
        std::iter::once(&p.name)
            .chain(&p.aliases)
            .any(|n| n.to_lowercase() == spoken)
            || spoken.ends_with(&format!(" {}", p.name.to_lowercase()))
    })
}

/// The person a pronoun or description before `span` most likely refers to: within the three
/// paragraphs up to it, the latest sentence that mentions a fitting person outside quotes, and in
/// that sentence the first such mention (the subject, in news prose).
fn nearest_before(
    analysis: &Analysis,
    mentions: &[(Span, usize)],
    span: Span,
    outside_quotes: &dyn Fn(&Span) -> bool,
    fits: impl Fn(usize) -> bool,
) -> Option<usize> {
    let paragraph = analysis.paragraph_at(span.start).unwrap_or(0);
    let earliest = analysis
        .paragraphs
        .get(paragraph.saturating_sub(3))
        .map_or(0, |p| p.start);
    let candidates: Vec<&(Span, usize)> = mentions
        .iter()
        .filter(|(m, p)| {
            m.end <= span.start && m.start >= earliest && outside_quotes(m) && fits(*p)
        })
        .collect();
    let last = candidates.last()?;
    let sentence = analysis.sentence_at(last.0.start);
    candidates
        .iter()
        .find(|(m, _)| analysis.sentence_at(m.start) == sentence)
        .map(|&&(_, p)| p)
}

#[cfg(test)]
mod tests {
    use super::*;
    use gleaner_core::{CountryMention, CountryVia, QuoteKind, Speaker};

    fn span_of(text: &str, needle: &str, nth: usize) -> Span {
        let start = text.match_indices(needle).nth(nth).map_or(0, |(i, _)| i);
        Span::new(start, start + needle.len())
    }

    fn person(name: &str, mentions: Vec<Span>, titles: Vec<Span>) -> PersonFinding {
        PersonFinding {
            name: name.into(),
            mentions,
            title_spans: titles,
            ..PersonFinding::default()
        }
    }

    fn country(code: &str, mentions: Vec<(Span, CountryVia)>) -> CountryFinding {
        CountryFinding {
            code: code.into(),
            name: code.into(),
            mentions: mentions
                .into_iter()
                .map(|(span, via)| CountryMention { span, via })
                .collect(),
        }
    }

    fn quote(span: Span, speaker: Span, kind: SpeakerKind) -> QuoteFinding {
        QuoteFinding {
            span,
            kind: QuoteKind::Direct,
            speaker: Some(Speaker {
                span: speaker,
                kind,
                person: None,
                country: None,
            }),
            cue: Some("said".into()),
            cue_span: None,
        }
    }

    #[test]
    fn country_inside_a_name_is_dropped_and_title_gives_the_country() {
        let text = "Russian Foreign Minister Sergei Lavrov met Michael Jordan.";
        let a = Analysis::new(text);
        let f = Findings {
            people: vec![
                person(
                    "Sergei Lavrov",
                    vec![span_of(text, "Sergei Lavrov", 0)],
                    vec![span_of(text, "Russian Foreign Minister", 0)],
                ),
                person(
                    "Michael Jordan",
                    vec![span_of(text, "Michael Jordan", 0)],
                    vec![],
                ),
            ],
            countries: vec![
                country(
                    "RU",
                    vec![(span_of(text, "Russian", 0), CountryVia::Demonym)],
                ),
                country("JO", vec![(span_of(text, "Jordan", 0), CountryVia::Name)]),
            ],
            ..Findings::default()
        };
        let f = merge(&a, f);
        assert_eq!(f.countries.len(), 1);
        assert_eq!(f.people[0].country.as_deref(), Some("RU"));
        assert_eq!(f.people[1].country, None);
    }

    #[test]
    fn the_first_country_in_a_title_and_the_most_frequent_across_titles_win() {
        let text = "Moscow's ambassador to Washington, Anatoly Antonov, spoke. The Russian envoy Antonov left.";
        let a = Analysis::new(text);
        let f = Findings {
            people: vec![person(
                "Anatoly Antonov",
                vec![
                    span_of(text, "Anatoly Antonov", 0),
                    span_of(text, "Antonov", 1),
                ],
                vec![
                    span_of(text, "Moscow's ambassador to Washington", 0),
                    span_of(text, "The Russian envoy", 0),
                ],
            )],
            countries: vec![
                country(
                    "RU",
                    vec![
                        (span_of(text, "Moscow", 0), CountryVia::Capital),
                        (span_of(text, "Russian", 0), CountryVia::Demonym),
                    ],
                ),
                country(
                    "US",
                    vec![(span_of(text, "Washington", 0), CountryVia::Capital)],
                ),
            ],
            ..Findings::default()
        };
        assert_eq!(merge(&a, f).people[0].country.as_deref(), Some("RU"));
    }

    #[test]
    fn a_person_made_only_of_a_country_loses_to_it() {
        let text = "The U.S. said no.";
        let a = Analysis::new(text);
        let f = Findings {
            people: vec![person(
                "The U.S.",
                vec![span_of(text, "The U.S.", 0)],
                vec![],
            )],
            countries: vec![country(
                "US",
                vec![(span_of(text, "U.S.", 0), CountryVia::Alias)],
            )],
            ..Findings::default()
        };
        let f = merge(&a, f);
        assert!(f.people.is_empty());
        assert_eq!(f.countries[0].mentions.len(), 1);
    }

    #[test]
    fn a_lede_description_links_forward_to_the_titled_person() {
        let text = "Russia's Defense Minister said “we are ready.” Russian Defense Minister Sergey Shoigu spoke.";
        let a = Analysis::new(text);
        let f = Findings {
            people: vec![PersonFinding {
                titles: vec!["Russian Defense Minister".into()],
                ..person(
                    "Sergey Shoigu",
                    vec![span_of(text, "Sergey Shoigu", 0)],
                    vec![],
                )
            }],
            quotes: vec![quote(
                span_of(text, "we are ready.", 0),
                span_of(text, "Russia's Defense Minister", 0),
                SpeakerKind::Description,
            )],
            ..Findings::default()
        };
        let f = merge(&a, f);
        assert_eq!(
            f.quotes[0]
                .speaker
                .as_ref()
                .and_then(|s| s.person.as_deref()),
            Some("p1")
        );
    }

    #[test]
    fn a_lone_capital_is_the_country_unless_a_full_name_claims_it() {
        let text = "Washington said no. George Washington slept. Washington woke.";
        let a = Analysis::new(text);
        let lone = span_of(text, "Washington", 0);
        let f = Findings {
            people: vec![
                person("Washington", vec![lone], vec![]),
                person(
                    "George Washington",
                    vec![
                        span_of(text, "George Washington", 0),
                        span_of(text, "Washington", 2),
                    ],
                    vec![],
                ),
            ],
            countries: vec![country(
                "US",
                vec![
                    (lone, CountryVia::Capital),
                    (span_of(text, "Washington", 2), CountryVia::Capital),
                ],
            )],
            ..Findings::default()
        };
        let f = merge(&a, f);
        assert_eq!(f.people.len(), 1);
        assert_eq!(f.people[0].mentions.len(), 2);
        assert_eq!(f.countries[0].mentions.len(), 1);
        assert_eq!(f.countries[0].mentions[0].span, lone);
    }

    #[test]
    fn pronoun_and_description_speakers_find_their_person() {
        let text = "Putin called Ortega and Maduro. “We agree,” he said. Lavrov, the minister, spoke. \
                    “Yes,” the minister said. “No,” Moscow said.";
        let a = Analysis::new(text);
        let minister = span_of(text, "the minister", 0);
        let f = Findings {
            people: vec![
                person("Putin", vec![span_of(text, "Putin", 0)], vec![]),
                person("Ortega", vec![span_of(text, "Ortega", 0)], vec![]),
                person("Maduro", vec![span_of(text, "Maduro", 0)], vec![]),
                PersonFinding {
                    titles: vec!["the minister".into()],
                    ..person("Lavrov", vec![span_of(text, "Lavrov", 0)], vec![minister])
                },
            ],
            countries: vec![country(
                "RU",
                vec![(span_of(text, "Moscow", 0), CountryVia::Capital)],
            )],
            quotes: vec![
                quote(
                    span_of(text, "We agree,", 0),
                    span_of(text, "he", 0),
                    SpeakerKind::Pronoun,
                ),
                quote(
                    span_of(text, "Yes,", 0),
                    span_of(text, "the minister", 1),
                    SpeakerKind::Description,
                ),
                quote(
                    span_of(text, "No,", 0),
                    span_of(text, "Moscow", 0),
                    SpeakerKind::Place,
                ),
            ],
            ..Findings::default()
        };
        let f = merge(&a, f);
        let speakers: Vec<(Option<String>, Option<String>)> = f
            .quotes
            .iter()
            .map(|q| {
                q.speaker
                    .as_ref()
                    .map_or((None, None), |s| (s.person.clone(), s.country.clone()))
            })
            .collect();
        assert_eq!(
            speakers,
            [
                (Some("p1".into()), None),
                (Some("p4".into()), None),
                (None, Some("RU".into()))
            ]
        );
    }
}
