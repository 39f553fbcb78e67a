use super::*;
use gleaner_core::Analysis;

fn run(text: &str) -> Vec<(String, &'static str, Option<String>)> {
    let analysis = Analysis::new(text);
    extract_quotes(&analysis)
        .into_iter()
        .map(|q| {
            let speaker = q.speaker.map(|s| s.span.text(text).to_string());
            (q.span.text(text).to_string(), q.kind.as_str(), speaker)
        })
        .collect()
}

#[test]
fn split_quote_keeps_its_speaker() {
    let got = run("“We are ready,” she said, “and we will go.”");
    assert_eq!(got.len(), 2);
    assert!(
        got.iter()
            .all(|(_, kind, s)| *kind == "direct" && s.as_deref() == Some("she"))
    );
}

#[test]
fn apostrophes_are_not_quote_marks() {
    assert!(run("The authorities’ plan and Jeni’s shop sold rock ’n’ roll records.").is_empty());
}

#[test]
fn an_unclosed_quote_stops_at_its_paragraph() {
    let text = "He said “this never closes.\n\nThe next paragraph is narration.";
    let got = run(text);
    assert!(got.iter().all(|(span, _, _)| !span.contains("narration")));
}

#[test]
fn a_quote_runs_on_into_a_paragraph_that_opens_with_a_mark() {
    let got = run("“First part,” she said. “More.\n\n“Last part.”");
    assert!(
        got.iter()
            .any(|(span, _, _)| span.contains("More.") && span.contains("Last part."))
    );
}

#[test]
fn names_lose_their_titles() {
    let got = run("“It is a historic day,” said Kremlin spokesman Dmitry Peskov.");
    assert_eq!(
        got.first().and_then(|q| q.2.clone()).as_deref(),
        Some("Dmitry Peskov")
    );
}

#[test]
fn odd_text_never_panics() {
    for text in [
        "“",
        "”",
        "\"",
        "''",
        "‘",
        "« »",
        "said",
        "according to",
        ", he said.",
        "“a” ” “",
        "x:\n\n“",
    ] {
        let _ = run(text);
    }
}

#[test]
fn a_participle_after_a_titled_name_takes_the_name() {
    let got = run(
        "Russian President Vladimir Putin had calls with Daniel Ortega, reaffirming Moscow’s “unwavering support.”",
    );
    assert_eq!(
        got.first().and_then(|q| q.2.clone()).as_deref(),
        Some("Vladimir Putin")
    );
}

#[test]
fn coordinated_subjects_speak_together() {
    let got = run("Washington and London have insisted that Russia will soon send troops.");
    assert_eq!(
        got.first().and_then(|q| q.2.clone()).as_deref(),
        Some("Washington and London")
    );
}

#[test]
fn a_show_after_a_preposition_has_no_speaker() {
    let got = run("Flynn said on “Fox and Friends” that the plan would work.");
    let show = got.iter().find(|q| q.0 == "Fox and Friends");
    assert!(
        show.is_some_and(|q| q.1 == "partial" && q.2.is_none()),
        "{got:?}"
    );
}

#[test]
fn a_coordinated_cue_reports_its_own_clause() {
    let got = run("The senator said the bill would pass and warned that delays would cost jobs.");
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn quoted_transcript_lines_are_reported_by_their_speaker() {
    let text = "Partial transcript as follows:\n\n\"WALLACE: Let's start with the news. Will she be there?\n\n\"PENCE: Well, look, she thinks this is an episode.";
    let got = run(text);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].2.as_deref(), Some("WALLACE"));
    assert!(got[0].0.starts_with("Let's") && got[0].0.ends_with("there?"));
    assert_eq!(got[1].2.as_deref(), Some("PENCE"));
}

#[test]
fn abstract_nouns_speak_as_documents_not_people() {
    let text = "The evidence suggests that the plan failed. The analyst said that the plan failed.";
    let a = Analysis::new(text);
    let got = extract_quotes(&a);
    let kinds: Vec<(String, SpeakerKind)> = got
        .iter()
        .filter_map(|q| q.speaker.as_ref())
        .map(|s| (s.span.text(text).to_string(), s.kind))
        .collect();
    assert!(
        kinds.contains(&("The evidence".to_string(), SpeakerKind::Organization)),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&("The analyst".to_string(), SpeakerKind::Description)),
        "{kinds:?}"
    );
}

#[test]
fn a_scare_quote_takes_the_noun_phrase_it_ends() {
    let got = run(
        "He made the point while showing interest in Hillary Clinton’s “public option” for years.",
    );
    assert!(
        got.iter().any(
            |(span, kind, _)| *kind == "partial" && span == "Hillary Clinton’s “public option”"
        ),
        "{got:?}"
    );
}

#[test]
fn nouns_of_speech_speak_for_their_owner() {
    let got = run(
        "Politifact checked Trump’s claim that there have been thousands of shootings in Chicago.",
    );
    assert!(
        got.iter().any(
            |(span, _, speaker)| span.starts_with("that there have been")
                && speaker.as_deref() == Some("Trump")
        ),
        "{got:?}"
    );
}

#[test]
fn told_takes_a_clause_without_that() {
    let got = run("Trump told reporters the country was a mess.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "the country was a mess");
    assert_eq!(got[0].2.as_deref(), Some("Trump"));
}

#[test]
fn a_fronted_phrase_is_not_what_was_said() {
    let got = run(
        "During the rally Monday, the former president said Obamacare is causing premiums to rise.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].0.starts_with("Obamacare"), "{got:?}");
}

#[test]
fn an_attribution_inside_a_sentence_with_quoted_words_reports_all_of_it() {
    let got = run("African-Americans, he said, can “rock like Jimi” and stir the pot.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].0.starts_with("African-Americans") && got[0].0.ends_with("pot"),
        "{got:?}"
    );
    assert_eq!(got[0].2.as_deref(), Some("he"));
}

#[test]
fn a_relative_pronoun_before_the_cue_is_the_speaker() {
    let got =
        run("He cited the study -- which notes that 58 companies would owe “billions” in taxes.");
    assert!(
        got.iter()
            .any(|(span, _, speaker)| span.starts_with("58 companies")
                && speaker.as_deref() == Some("which")),
        "{got:?}"
    );
}

#[test]
fn an_expectation_without_a_source_is_reported_whole() {
    let got = run("About one of every nine voters this fall is expected to be Latino.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].0,
        "About one of every nine voters this fall is expected to be Latino"
    );
    assert_eq!(got[0].2, None);
}
