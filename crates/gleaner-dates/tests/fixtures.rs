//! One snapshot per fixture file: `tests/fixtures/NAME.txt` -> `tests/fixtures/NAME.snap`.

#[test]
fn fixtures() {
    gleaner_core::fixture_snapshots!(gleaner_dates::Dates);
}
