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
    assert!(got.iter().all(|(_, kind, s)| *kind == "direct" && s.as_deref() == Some("she")));
}
