//! The countries extractor. (Scaffold: the real implementation is being written.)

use gleaner_core::{Analysis, Document, Extractor, Findings};

pub struct Countries;

gleaner_core::register_extractor!(Countries);

impl Extractor for Countries {
    fn name(&self) -> &'static str {
        "countries"
    }

    fn description(&self) -> &'static str {
        "countries"
    }

    fn extract(&self, _doc: &Document, _analysis: &Analysis) -> Findings {
        Findings::default()
    }
}
