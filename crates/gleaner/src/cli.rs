//! The `gleaner` command line.

use crate::input::{InputItem, Inputs};
use crate::pipeline::Pipeline;
use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use gleaner_core::{jiff::civil::Date, parse_date, registered};
use rayon::prelude::*;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Dates, people, countries and quotes from news articles: one JSON record per article.
#[derive(Debug, Parser)]
#[command(name = "gleaner", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract from articles: `.txt` files (one article each), `.jsonl` files (one article per
    /// line: {"id", "text", "published"?}), directories (every .txt and .jsonl inside,
    /// recursively, in sorted order), or JSONL on stdin (`-` or no PATH).
    Extract(ExtractArgs),
    /// List the registered extractors.
    Extractors,
}

#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// Files or directories to read; `-` or nothing reads JSONL from stdin.
    pub paths: Vec<PathBuf>,
    /// Publication date (YYYY-MM-DD) for articles that carry none.
    #[arg(long, value_parser = parse_published)]
    pub published: Option<Date>,
    /// Run only these extractors (comma-separated names, see `gleaner extractors`).
    #[arg(long, value_delimiter = ',')]
    pub only: Option<Vec<String>>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    pub format: Format,
    /// Write to FILE instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Worker threads (default: one per core). Output is identical for any value.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One JSON object per line.
    Jsonl,
    /// One pretty-printed JSON array.
    Json,
}

fn parse_published(s: &str) -> Result<Date, String> {
    parse_date(s).map_err(|e| e.to_string())
}

/// Documents processed together: enough to keep every core busy, few enough to bound memory.
const BATCH_DOCS: usize = 256;
const BATCH_BYTES: usize = 16 << 20;

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let result = match cli.command {
        Command::Extractors => list_extractors(),
        Command::Extract(args) => extract(args),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("gleaner: {e:#}");
            ExitCode::from(if e.is::<crate::PipelineError>() { 2 } else { 1 })
        }
    }
}

fn list_extractors() -> Result<bool> {
    let mut out = io::stdout().lock();
    for e in registered() {
        if let Err(err) = writeln!(out, "{:<12} {}", e.name(), e.description()) {
            return quiet_pipe(err).map(|()| true);
        }
    }
    Ok(true)
}

/// A closed pipe (`gleaner ... | head -1`) ends the run quietly; other write errors are real.
fn quiet_pipe(err: io::Error) -> Result<()> {
    if err.kind() == io::ErrorKind::BrokenPipe {
        Ok(())
    } else {
        Err(err).context("cannot write output")
    }
}

/// Run extraction; `Ok(false)` when some input was bad (reported on stderr) but the rest went out.
pub fn extract(args: ExtractArgs) -> Result<bool> {
    let pipeline = Pipeline::new(args.only.as_deref())?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads.map_or(0, usize::from))
        .build()
        .context("cannot start worker threads")?;
    let out: Box<dyn Write> = match &args.output {
        Some(path) => Box::new(
            File::create(path).with_context(|| format!("cannot create {}", path.display()))?,
        ),
        None => Box::new(io::stdout().lock()),
    };
    let mut writer = RecordWriter::new(BufWriter::with_capacity(1 << 16, out), args.format);
    let mut inputs = Inputs::new(&args.paths);
    let mut all_ok = true;
    let mut batch: Vec<InputItem> = Vec::with_capacity(BATCH_DOCS);
    loop {
        let mut bytes = 0;
        batch.clear();
        for item in inputs.by_ref() {
            bytes += item.as_ref().map_or(0, |d| d.doc.text.len());
            batch.push(item);
            if batch.len() >= BATCH_DOCS || bytes >= BATCH_BYTES {
                break;
            }
        }
        if batch.is_empty() {
            break;
        }
        let published = args.published;
        let results: Vec<_> = pool.install(|| {
            batch
                .par_iter_mut()
                .map(|item| match item {
                    Ok(input) => {
                        if input.doc.published.is_none() {
                            input.doc.published = published;
                        }
                        Ok(pipeline.record(input))
                    }
                    Err(e) => Err(e.to_string()),
                })
                .collect()
        });
        for result in results {
            match result {
                Ok((record, failed)) => {
                    for name in failed {
                        eprintln!(
                            "gleaner: {}: internal error in the {name} extractor",
                            record.source
                        );
                        all_ok = false;
                    }
                    match writer.write(&record) {
                        Ok(()) => {}
                        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(all_ok),
                        Err(e) => return Err(e).context("cannot write output"),
                    }
                }
                Err(message) => {
                    eprintln!("gleaner: {message}");
                    all_ok = false;
                }
            }
        }
    }
    if let Err(e) = writer.finish() {
        quiet_pipe(e)?;
    }
    Ok(all_ok)
}

/// Writes records as JSON Lines or as one JSON array, streaming.
struct RecordWriter<W: Write> {
    out: W,
    format: Format,
    written: usize,
}

impl<W: Write> RecordWriter<W> {
    fn new(out: W, format: Format) -> Self {
        RecordWriter {
            out,
            format,
            written: 0,
        }
    }

    fn write(&mut self, record: &crate::output::Record) -> io::Result<()> {
        match self.format {
            Format::Jsonl => {
                serde_json::to_writer(&mut self.out, record)?;
                self.out.write_all(b"\n")?;
            }
            Format::Json => {
                self.out
                    .write_all(if self.written == 0 { b"[\n" } else { b",\n" })?;
                serde_json::to_writer_pretty(&mut self.out, record)?;
            }
        }
        self.written += 1;
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        if self.format == Format::Json {
            self.out
                .write_all(if self.written == 0 { b"[]\n" } else { b"\n]\n" })?;
        }
        self.out.flush()
    }
}
