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

#[test]
fn debug_dump() {
    let text = "''I have admiration for the mechanics'' of the Clinton proposals, Mr. Holtz-Eakin said.";
    let a = Analysis::new(text);
    for s in &a.sentences { eprintln!("S {:?}", s.span.text(text)); }
    let para_of = marks::paragraph_of_tokens(&a);
    let quotes = marks::find_quotes(&a, &para_of);
    let ctx = Ctx::new(&a, para_of, &quotes);
    for (i, t) in a.tokens.iter().enumerate() { eprintln!("{i} {:?} {:?} cue={:?} q={}", t.text(text), t.kind, ctx.cues[i], ctx.quoted[i]); }
    eprintln!("{:?}", quotes);
}
