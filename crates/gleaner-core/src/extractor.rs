use crate::{Analysis, Document, Findings};

/// One kind of extraction. Implementations are stateless (tables live in `LazyLock`s), never
/// fail on text, and never depend on another extractor: cross-kind decisions belong to the merge.
pub trait Extractor: Send + Sync + 'static {
    /// Short lowercase name used by `--only` and in `gleaner extractors`.
    fn name(&self) -> &'static str;
    /// One line for `gleaner extractors`.
    fn description(&self) -> &'static str;
    /// Find everything of this extractor's kind in `doc`; `analysis` is `doc.text` already cut up.
    fn extract(&self, doc: &Document, analysis: &Analysis) -> Findings;
}

/// An entry of the registry; made by [`register_extractor!`](crate::register_extractor).
pub struct Registration {
    pub extractor: &'static dyn Extractor,
}

inventory::collect!(Registration);

/// Register an extractor value (a `static` or a const-constructible unit struct).
///
/// ```ignore
/// pub struct Dates;
/// gleaner_core::register_extractor!(Dates);
/// ```
#[macro_export]
macro_rules! register_extractor {
    ($extractor:expr) => {
        $crate::inventory::submit! {
            $crate::Registration { extractor: &$extractor }
        }
    };
}

/// All registered extractors, sorted by name so that runs are deterministic.
pub fn registered() -> Vec<&'static dyn Extractor> {
    let mut all: Vec<&'static dyn Extractor> = inventory::iter::<Registration>
        .into_iter()
        .map(|r| r.extractor)
        .collect();
    all.sort_by_key(|e| e.name());
    all.dedup_by_key(|e| e.name());
    all
}

pub fn registered_names() -> Vec<&'static str> {
    registered().iter().map(|e| e.name()).collect()
}
