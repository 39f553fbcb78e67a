//! The gleaner driver: reads articles, runs every registered extractor on each of them in
//! parallel, merges their findings and writes one JSON record per article.
#![cfg_attr(not(test), deny(unused_crate_dependencies))]

// Extractor registrations. The linker drops a crate that no code names, and with it the
// extractor's `inventory` entry: each extractor crate is named here once.
use gleaner_countries as _;
use gleaner_dates as _;
use gleaner_people as _;
use gleaner_quotes as _;

pub mod cli;
pub mod input;
pub mod merge;
pub mod output;
pub mod pipeline;

pub use pipeline::{Pipeline, PipelineError};
