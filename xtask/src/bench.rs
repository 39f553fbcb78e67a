//! `cargo xtask bench`: throughput and peak memory of gleaner on a generated corpus.
//!
//! The corpus is made from the seed articles: their paragraphs shuffled into new articles by a
//! fixed pseudo-random sequence, with varied publication dates, until it reaches the size asked.
//! Two measurements:
//! - the whole pipeline through the release binary (read, analyse, extract, merge, write), with
//!   one thread and with all cores, and its peak resident memory;
//! - each selected extractor alone, in process, on one thread (text analysis done beforehand).

use crate::eval::{build_gleaner, target_dir};
use anyhow::{Context, Result, bail};
use gleaner::Pipeline;
use gleaner_core::{Analysis, Document};
use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

pub fn run(root: &Path, only: Option<&[String]>, size_mb: usize) -> Result<()> {
    let gleaner = build_gleaner(root)?;
    let corpus = target_dir(root).join(format!("bench/corpus-{size_mb}mb.jsonl"));
    let (docs, bytes) = generate_corpus(root, &corpus, size_mb << 20)?;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "corpus: {} ({docs} documents, {:.1} MB)",
        corpus.display(),
        mb(bytes)
    );
    let only_arg = only.map(|o| o.join(","));
    println!(
        "\nwhole pipeline (release binary, {})",
        only_arg.as_deref().unwrap_or("all extractors")
    );
    println!(
        "{:<10} {:>10} {:>10} {:>12} {:>14}",
        "threads", "seconds", "MB/s", "docs/s", "peak memory"
    );
    for threads in [1, cores] {
        let mut cmd = Command::new(&gleaner);
        cmd.arg("extract").arg(&corpus).args([
            "-o",
            "/dev/null",
            "--threads",
            &threads.to_string(),
        ]);
        if let Some(only) = &only_arg {
            cmd.args(["--only", only]);
        }
        let (elapsed, peak_kb) = time_child(cmd)?;
        let secs = elapsed.as_secs_f64();
        println!(
            "{threads:<10} {secs:>10.2} {:>10.1} {:>12.0} {:>11.1} MB",
            mb(bytes) / secs,
            docs as f64 / secs,
            peak_kb as f64 / 1024.0
        );
    }

    // Each extractor alone: 20 MB of the corpus, analysed first, one thread.
    let sample = load_sample(&corpus, 20 << 20)?;
    let sample_bytes: usize = sample.iter().map(|d| d.text.len()).sum();
    let analyses: Vec<Analysis> = sample.iter().map(|d| Analysis::new(&d.text)).collect();
    let started = Instant::now();
    for d in &sample {
        std::hint::black_box(Analysis::new(&d.text));
    }
    let analysis_secs = started.elapsed().as_secs_f64();
    println!(
        "\nin process, one thread, {:.1} MB sample",
        mb(sample_bytes)
    );
    println!("{:<22} {:>10} {:>10}", "stage", "seconds", "MB/s");
    println!(
        "{:<22} {analysis_secs:>10.2} {:>10.1}",
        "text analysis (core)",
        mb(sample_bytes) / analysis_secs
    );
    for &extractor in Pipeline::new(None)?.extractors() {
        if only.is_some_and(|o| !o.iter().any(|n| n == extractor.name())) {
            continue;
        }
        let started = Instant::now();
        for (doc, analysis) in sample.iter().zip(&analyses) {
            std::hint::black_box(extractor.extract(doc, analysis));
        }
        let secs = started.elapsed().as_secs_f64();
        println!(
            "{:<22} {secs:>10.2} {:>10.1}",
            extractor.name(),
            mb(sample_bytes) / secs
        );
    }
    Ok(())
}

fn mb(bytes: usize) -> f64 {
    bytes as f64 / (1 << 20) as f64
}

/// Run `cmd` to completion; its wall time and peak resident set size in KiB.
fn time_child(mut cmd: Command) -> Result<(Duration, i64)> {
    let started = Instant::now();
    let child = cmd.spawn().context("cannot start gleaner")?;
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: `rusage` is plain old data that wait4 fills; `pid` is our own child, not yet reaped.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let elapsed = started.elapsed();
    if reaped != pid {
        bail!("waiting for gleaner failed");
    }
    if !libc::WIFEXITED(status) || libc::WEXITSTATUS(status) != 0 {
        bail!("gleaner failed on the bench corpus");
    }
    Ok((elapsed, usage.ru_maxrss))
}

/// Write the corpus (once; reused while its size matches) and return (documents, text bytes).
fn generate_corpus(root: &Path, path: &PathBuf, target_bytes: usize) -> Result<(usize, usize)> {
    let mut seeds: Vec<PathBuf> = fs::read_dir(root.join("seeds"))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    seeds.sort();
    let mut paragraphs: Vec<String> = Vec::new();
    for seed in &seeds {
        let text = fs::read_to_string(seed)?;
        paragraphs.extend(
            text.lines()
                .filter(|l| !l.trim().is_empty())
                .map(str::to_string),
        );
    }
    if paragraphs.is_empty() {
        bail!("no seed paragraphs to build a corpus from");
    }
    let mut rng = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move || {
        // xorshift64: deterministic, so every run benchmarks the same corpus.
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    let mut docs = 0;
    let mut bytes = 0;
    let reuse = fs::metadata(path).is_ok_and(|m| m.len() as usize >= target_bytes);
    let mut out = if reuse {
        None
    } else {
        Some(tempfile_writer(path)?)
    };
    while bytes < target_bytes {
        let n = 8 + (next() % 25) as usize;
        let mut text = String::new();
        for _ in 0..n {
            text.push_str(&paragraphs[(next() % paragraphs.len() as u64) as usize]);
            text.push('\n');
        }
        let day = 1 + next() % 28;
        let month = 1 + next() % 12;
        let published = format!("{}-{month:02}-{day:02}", 1996 + next() % 30);
        if let Some(out) = out.as_mut() {
            let record = serde_json::json!({"id": format!("bench-{docs}"), "text": text, "published": published});
            writeln!(out, "{record}")?;
        }
        docs += 1;
        bytes += text.len();
    }
    if let Some(mut out) = out {
        out.flush()?;
    }
    Ok((docs, bytes))
}

fn tempfile_writer(path: &Path) -> Result<BufWriter<fs::File>> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    Ok(BufWriter::new(fs::File::create(path)?))
}

fn load_sample(corpus: &Path, max_bytes: usize) -> Result<Vec<Document>> {
    let text = fs::read_to_string(corpus)?;
    let mut docs = Vec::new();
    let mut bytes = 0;
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line)?;
        let body = v["text"].as_str().unwrap_or_default().to_string();
        bytes += body.len();
        let published = v["published"]
            .as_str()
            .and_then(|s| gleaner_core::parse_date(s).ok());
        docs.push(
            Document::new(v["id"].as_str().unwrap_or_default(), body).with_published(published),
        );
        if bytes >= max_bytes {
            break;
        }
    }
    Ok(docs)
}
