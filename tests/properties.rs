//! Properties of the whole pipeline on arbitrary text: it never panics, every extractor runs,
//! and every span written out slices back to its text in code points (Python's `text[start:end]`).

use gleaner::Pipeline;
use gleaner::output::Record;
use gleaner_core::Document;
use proptest::prelude::*;
use serde_json::Value;

fn check_spans(text: &str, value: &Value) -> Result<(), TestCaseError> {
    match value {
        Value::Object(map) => {
            if let (Some(start), Some(end), Some(Value::String(t))) = (
                map.get("start").and_then(Value::as_u64),
                map.get("end").and_then(Value::as_u64),
                map.get("text"),
            ) {
                let sliced: String = text
                    .chars()
                    .skip(start as usize)
                    .take((end - start) as usize)
                    .collect();
                prop_assert!(start <= end);
                prop_assert_eq!(&sliced, t);
            }
            for v in map.values() {
                check_spans(text, v)?;
            }
        }
        Value::Array(items) => {
            for v in items {
                check_spans(text, v)?;
            }
        }
        _ => {}
    }
    Ok(())
}

fn run(text: &str) -> Result<(), TestCaseError> {
    let pipeline = Pipeline::new(None).expect("extractors");
    let published = "2022-01-27".parse().ok();
    let doc = Document::new("prop", text).with_published(published);
    let outcome = pipeline.run(&doc);
    prop_assert!(
        outcome.failed.is_empty(),
        "extractors failed: {:?}",
        outcome.failed
    );
    let record = Record::new(&doc, &outcome, None);
    let value = serde_json::to_value(&record).expect("serializable");
    check_spans(text, &value)
}

/// Pieces of news prose that exercise every extractor: names, titles, dates, countries, quote
/// marks of all kinds (often unbalanced), abbreviations and odd Unicode.
const PIECES: &[&str] = &[
    "Russian Foreign Minister Sergei Lavrov",
    " said",
    " told the Duma",
    " that",
    " “",
    "”",
    "\"",
    "'",
    "‘",
    "’",
    "«",
    "»",
    "''",
    " Moscow",
    " Washington",
    " the Kremlin",
    " U.S.",
    " on Tuesday",
    " January 18",
    ", 2022",
    " 1/18/2022",
    " 95%",
    " $7.5 billion",
    " three years ago",
    " Mr.",
    " Díaz-Canel",
    " Putin’s",
    " he added",
    ". ",
    ".",
    "\n",
    "\n\n",
    " according to",
    " —",
    " 😀",
    " e\u{301}",
    "\u{a0}",
    " (Reuters) -",
    " MOSCOW,",
    " Jordan",
    " Georgia",
    " New Mexico",
];

fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn arbitrary_unicode(text in "\\PC{0,300}") {
        run(&text)?;
    }

    #[test]
    fn arbitrary_chars_with_controls(text in ".{0,100}") {
        run(&text)?;
    }

    #[test]
    fn news_like_text(text in news_like()) {
        run(&text)?;
    }
}
