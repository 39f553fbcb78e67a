//! `cargo xtask data NAME`: regenerate a lexicon file from its open source. Each generator
//! lives in its own module under `data/`; DATA.md of the crate that uses the file says where the
//! source comes from. Generators fetch with the ordinary package clients (npm, pip, apt-get),
//! never at gleaner's run time.

mod countries;
mod people;

use anyhow::{Result, bail};
use std::path::Path;

/// The data sets that have a generator.
pub const NAMES: &[&str] = &["countries", "people"];

pub fn run(root: &Path, name: &str) -> Result<()> {
    match name {
        "countries" => countries::run(root),
        "people" => people::run(root),
        _ => bail!(
            "no generator for data set `{name}` (known: {})",
            NAMES.join(", ")
        ),
    }
}
