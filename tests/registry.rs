//! The registry holds exactly the extractors the driver names: a crate the linker dropped, or a
//! registration line forgotten, shows up here. `cargo xtask new-extractor` adds to this list.

const EXPECTED: &[&str] = &["countries", "dates", "people", "quotes"];

#[test]
fn registry_holds_exactly_the_expected_extractors() {
    let pipeline = gleaner::Pipeline::new(None).expect("all extractors");
    let mut names: Vec<&str> = pipeline.extractors().iter().map(|e| e.name()).collect();
    names.sort_unstable();
    let mut expected = EXPECTED.to_vec();
    expected.sort_unstable();
    assert_eq!(names, expected);
}

#[test]
fn every_extractor_describes_itself() {
    let pipeline = gleaner::Pipeline::new(None).expect("all extractors");
    for e in pipeline.extractors() {
        assert!(
            !e.description().is_empty(),
            "{} has no description",
            e.name()
        );
        assert_ne!(
            e.description(),
            e.name(),
            "{} needs a real description",
            e.name()
        );
    }
}
