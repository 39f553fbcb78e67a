//! The quotes extractor. (Scaffold: the real implementation is being written.)

use gleaner_core::{Analysis, Document, Extractor, Findings};

pub struct Quotes;

gleaner_core::register_extractor!(Quotes);

impl Extractor for Quotes {
    fn name(&self) -> &'static str {
        "quotes"
    }

    fn description(&self) -> &'static str {
        "quotes"
    }

    fn extract(&self, _doc: &Document, _analysis: &Analysis) -> Findings {
        Findings::default()
    }
}
