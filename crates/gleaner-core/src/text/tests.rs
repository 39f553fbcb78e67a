use super::*;
use proptest::prelude::*;

fn sentences(text: &str) -> Vec<&str> {
    let a = Analysis::new(text);
    a.sentences.iter().map(|s| a.slice(s.span)).collect()
}

fn tokens(text: &str) -> Vec<&str> {
    let a = Analysis::new(text);
    a.tokens.iter().map(|t| a.slice(t.span)).collect()
}

#[test]
fn abbreviations_do_not_end_sentences() {
    assert_eq!(
        sentences("Gen. Smith met Mr. Jones on Jan. 18 in the U.S. capital. They talked."),
        [
            "Gen. Smith met Mr. Jones on Jan. 18 in the U.S. capital.",
            "They talked."
        ]
    );
}

#[test]
fn dotted_abbreviation_ends_sentence_before_an_opener() {
    assert_eq!(
        sentences("It was sponsored by the U.S. The EU agreed."),
        ["It was sponsored by the U.S.", "The EU agreed."]
    );
}

#[test]
fn initials_and_decimals() {
    assert_eq!(
        sentences("J. R. Smith paid $7.5 billion. He left."),
        ["J. R. Smith paid $7.5 billion.", "He left."]
    );
}

#[test]
fn glued_sentences_split() {
    assert_eq!(
        sentences("Sputnik explores.Sergei Lavrov spoke."),
        ["Sputnik explores.", "Sergei Lavrov spoke."]
    );
    assert_eq!(
        sentences("the University of Mexico.“Lavrov’s visit,” he said."),
        ["the University of Mexico.", "“Lavrov’s visit,” he said."]
    );
}

#[test]
fn closing_quotes_stay_with_their_sentence() {
    assert_eq!(
        sentences("He said “it is over.” Then he left! Why? \"Because.\" Done"),
        [
            "He said “it is over.”",
            "Then he left!",
            "Why?",
            "\"Because.\"",
            "Done"
        ]
    );
}

#[test]
fn paragraphs_are_lines_and_soft_wraps_join() {
    let text = "First line.\n\nSecond para that wraps\nonto this line.\nThird.";
    let a = Analysis::new(text);
    let paras: Vec<&str> = a.paragraphs.iter().map(|p| a.slice(*p)).collect();
    assert_eq!(
        paras,
        [
            "First line.",
            "Second para that wraps\nonto this line.",
            "Third."
        ]
    );
    assert_eq!(a.sentences.len(), 3);
}

#[test]
fn tokens_keep_names_and_split_possessives() {
    assert_eq!(
        tokens("Díaz-Canel met O'Brien at Putin’s dacha; the U.S.-backed 2,231 people's 10:30."),
        [
            "Díaz-Canel",
            "met",
            "O'Brien",
            "at",
            "Putin",
            "’s",
            "dacha",
            ";",
            "the",
            "U.S.",
            "-",
            "backed",
            "2,231",
            "people",
            "'s",
            "10:30",
            "."
        ]
    );
}

#[test]
fn token_shapes() {
    let a = Analysis::new("SAUL LOEB/AFP said 2014 ok");
    let t = &a.tokens;
    assert!(t[0].all_caps && t[0].capitalized);
    assert_eq!(t[2].kind, TokenKind::Punct);
    assert!(!t[4].capitalized && !t[4].all_caps);
    assert_eq!(t[5].kind, TokenKind::Number);
    assert!(t[5].has_digit);
}

#[test]
fn normalized_view_maps_back() {
    let text = "“Lavrov’s” visit – now\u{a0}ok";
    let a = Analysis::new(text);
    assert_eq!(a.normalized.text, "\"Lavrov's\" visit - now ok");
    let pos = a.normalized.text.find("visit").unwrap_or(0);
    let span = a
        .normalized
        .span_to_original(crate::Span::new(pos, pos + 5));
    assert_eq!(a.slice(span), "visit");
    assert_eq!(a.normalized.from_original(span.start), pos);
}

proptest! {
    #[test]
    fn analysis_never_panics_and_spans_fit(text in "\\PC{0,200}") {
        let a = Analysis::new(&text);
        for t in &a.tokens {
            prop_assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
            prop_assert!(t.span.start < t.span.end);
        }
        for s in &a.sentences {
            prop_assert!(text.get(s.span.range()).is_some());
        }
        prop_assert_eq!(a.normalized.text.chars().count(), text.chars().count());
    }

    #[test]
    fn analysis_on_quote_heavy_text(text in "[A-Za-z .,“”\"'’\n!?-]{0,200}") {
        let a = Analysis::new(&text);
        let mut last_end = 0;
        for s in &a.sentences {
            prop_assert!(s.span.start >= last_end);
            last_end = s.span.end;
        }
    }
}
