//! One document through every selected extractor (in parallel), then the merge.

use crate::input::InputDocument;
use crate::merge;
use crate::output::Record;
use gleaner_core::{Analysis, Document, Extractor, Findings, GenericFinding, registered};
use rayon::prelude::*;
use std::panic::{AssertUnwindSafe, catch_unwind};

/// `--only` named an extractor that is not registered.
#[derive(Debug)]
pub struct PipelineError {
    pub unknown: String,
    pub known: Vec<&'static str>,
}

impl std::fmt::Display for PipelineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "no extractor named `{}` (known: {})",
            self.unknown,
            self.known.join(", ")
        )
    }
}

impl std::error::Error for PipelineError {}

/// What one document gave: its findings merged, and the extractors that failed on it.
pub struct Outcome {
    pub findings: Findings,
    /// Findings of extractors other than the four built-in kinds, by extractor name.
    pub other: Vec<(&'static str, Vec<GenericFinding>)>,
    /// Extractors that panicked on this document (a bug; reported, never fatal for the run).
    pub failed: Vec<&'static str>,
}

pub struct Pipeline {
    extractors: Vec<&'static dyn Extractor>,
}

impl Pipeline {
    /// All registered extractors, or only those named in `only`.
    pub fn new(only: Option<&[String]>) -> Result<Self, PipelineError> {
        let all = registered();
        let Some(only) = only else {
            return Ok(Pipeline { extractors: all });
        };
        let known: Vec<&'static str> = all.iter().map(|e| e.name()).collect();
        for name in only {
            if !known.contains(&name.as_str()) {
                return Err(PipelineError {
                    unknown: name.clone(),
                    known,
                });
            }
        }
        let extractors = all
            .into_iter()
            .filter(|e| only.iter().any(|n| n == e.name()))
            .collect();
        Ok(Pipeline { extractors })
    }

    pub fn extractors(&self) -> &[&'static dyn Extractor] {
        &self.extractors
    }

    /// Run the extractors on `doc` in parallel and merge what they found. The result does not
    /// depend on scheduling: findings are combined in extractor-name order.
    pub fn run(&self, doc: &Document) -> Outcome {
        let analysis = Analysis::new(&doc.text);
        let results: Vec<(&'static str, Option<Findings>)> = self
            .extractors
            .par_iter()
            .map(|e| {
                let found = catch_unwind(AssertUnwindSafe(|| e.extract(doc, &analysis))).ok();
                (e.name(), found)
            })
            .collect();
        let mut findings = Findings::default();
        let mut other = Vec::new();
        let mut failed = Vec::new();
        for (name, found) in results {
            match found {
                Some(mut f) => {
                    if !f.other.is_empty() {
                        other.push((name, std::mem::take(&mut f.other)));
                    }
                    findings.extend(f);
                }
                None => failed.push(name),
            }
        }
        let findings = merge::merge(&analysis, findings);
        Outcome {
            findings,
            other,
            failed,
        }
    }

    /// Run on one input document and build its output record.
    pub fn record(&self, input: &InputDocument) -> (Record, Vec<&'static str>) {
        let outcome = self.run(&input.doc);
        let record = Record::new(&input.doc, &outcome, input.meta.clone());
        (record, outcome.failed)
    }
}
