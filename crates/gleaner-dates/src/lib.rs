//! The dates extractor. (Scaffold: the real implementation is being written.)

use gleaner_core::{Analysis, Document, Extractor, Findings};

pub struct Dates;

gleaner_core::register_extractor!(Dates);

impl Extractor for Dates {
    fn name(&self) -> &'static str {
        "dates"
    }

    fn description(&self) -> &'static str {
        "dates"
    }

    fn extract(&self, _doc: &Document, _analysis: &Analysis) -> Findings {
        Findings::default()
    }
}
