//! The people extractor. (Scaffold: the real implementation is being written.)

use gleaner_core::{Analysis, Document, Extractor, Findings};

pub struct People;

gleaner_core::register_extractor!(People);

impl Extractor for People {
    fn name(&self) -> &'static str {
        "people"
    }

    fn description(&self) -> &'static str {
        "people"
    }

    fn extract(&self, _doc: &Document, _analysis: &Analysis) -> Findings {
        Findings::default()
    }
}
