//! Project automation: `cargo xtask <command>`. See `cargo xtask --help`.

mod bench;
mod data;
mod eval;
mod new_extractor;
mod tidy;

use anyhow::Result;
use clap::{Parser, Subcommand};
use std::path::{Path, PathBuf};

#[derive(Parser)]
#[command(name = "cargo xtask", about = "gleaner project automation")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Scaffold crates/gleaner-NAME (extractor, registration, fixture, snapshot test) and wire
    /// it into the workspace and the driver.
    NewExtractor {
        /// Lowercase name, letters, digits and `-` (e.g. `money`).
        name: String,
    },
    /// Run gleaner on the seeds and the dev corpora in ../shared and print the scorers' figures.
    Eval {
        /// Only these corpora (`seeds`, `conll-testa`, `timebank-aquaint`, ...), comma-separated.
        #[arg(long, value_delimiter = ',')]
        corpus: Option<Vec<String>>,
        /// Also print each scorer's full report with per-document errors.
        #[arg(long)]
        verbose: bool,
    },
    /// Throughput (MB/s, docs/s) and peak memory of the pipeline on a generated 100+ MB corpus.
    Bench {
        /// Only these extractors (as `gleaner extract --only`).
        #[arg(long, value_delimiter = ',')]
        only: Option<Vec<String>>,
        /// Corpus size in MB.
        #[arg(long, default_value_t = 100)]
        size_mb: usize,
    },
    /// Regenerate a lexicon data file from its open source (see the crate's DATA.md).
    Data {
        /// Which data set (`cargo xtask data --help` lists them).
        #[arg(value_parser = clap::builder::PossibleValuesParser::new(data::NAMES))]
        name: String,
    },
}

fn main() -> Result<()> {
    let root = project_root();
    match Cli::parse().command {
        Command::NewExtractor { name } => new_extractor::run(&root, &name),
        Command::Eval { corpus, verbose } => eval::run(&root, corpus.as_deref(), verbose),
        Command::Bench { only, size_mb } => bench::run(&root, only.as_deref(), size_mb),
        Command::Data { name } => data::run(&root, &name),
    }
}

/// The workspace root (the parent of this crate's directory).
pub fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}
