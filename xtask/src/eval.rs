//! `cargo xtask eval`: gleaner against the seeds gold and the dev corpora in ../shared.

use anyhow::{Context, Result, bail};
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

pub fn run(root: &Path, only: Option<&[String]>, verbose: bool) -> Result<()> {
    let shared = root.join("../shared");
    if !shared.join("eval").is_dir() {
        println!(
            "eval: {} not found; nothing to score, skipping",
            shared.display()
        );
        return Ok(());
    }
    let gleaner = build_gleaner(root)?;
    let out_dir = target_dir(root).join("eval");
    fs::create_dir_all(&out_dir)?;
    let wanted = |name: &str| only.is_none_or(|o| o.iter().any(|n| n == name));
    let mut rows: Vec<(String, String, String)> = Vec::new();

    if wanted("seeds") && shared.join("gold/seeds.json").is_file() {
        let input = out_dir.join("seeds-input.jsonl");
        write_seed_input(root, &shared.join("gold/seeds.json"), &input)?;
        let pred = out_dir.join("seeds.jsonl");
        run_gleaner(&gleaner, &input, &pred)?;
        let score = shared.join("eval/score.py");
        let gold = shared.join("gold/seeds.json");
        let texts = format!("--texts={}", root.join("seeds").display());
        let json = python(&[&score, &gold, &pred], &[&texts, "--json"])?;
        seed_rows(&json, &mut rows);
        if verbose {
            print!(
                "{}",
                python_text(&[&score, &gold, &pred], &[&texts, "--verbose"])?
            );
        }
    }

    let dev = shared.join("gold/dev");
    let mut corpora: Vec<PathBuf> = match fs::read_dir(&dev) {
        Ok(entries) => entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect(),
        Err(_) => Vec::new(),
    };
    corpora.sort();
    for corpus in corpora {
        let name = corpus
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if !wanted(&name) {
            continue;
        }
        let pred = out_dir.join(format!("{name}.jsonl"));
        run_gleaner(&gleaner, &corpus.join("docs.jsonl"), &pred)?;
        let score = shared.join("eval/score_mentions.py");
        let json = python(&[&score, &corpus, &pred], &["--json"])?;
        mention_rows(&name, &json, &mut rows);
        if verbose {
            print!(
                "{}",
                python_text(&[&score, &corpus, &pred], &["--verbose"])?
            );
        }
    }

    println!("{:<18} {:<34} value", "corpus", "figure");
    for (corpus, figure, value) in rows {
        println!("{corpus:<18} {figure:<34} {value}");
    }
    Ok(())
}

pub fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from)
}

/// Build the release binary and return its path.
pub fn build_gleaner(root: &Path) -> Result<PathBuf> {
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["build", "--release", "--quiet", "-p", "gleaner"])
        .current_dir(root)
        .status()
        .context("cannot run cargo")?;
    if !status.success() {
        bail!("cargo build --release -p gleaner failed");
    }
    Ok(target_dir(root).join("release/gleaner"))
}

fn run_gleaner(gleaner: &Path, input: &Path, output: &Path) -> Result<()> {
    let status = Command::new(gleaner)
        .arg("extract")
        .arg(input)
        .arg("-o")
        .arg(output)
        .stderr(Stdio::inherit())
        .status()
        .with_context(|| format!("cannot run {}", gleaner.display()))?;
    if !status.success() {
        eprintln!("eval: gleaner reported problems with {}", input.display());
    }
    Ok(())
}

/// The seed texts with the publication dates the seeds gold assumes.
fn write_seed_input(root: &Path, gold: &Path, out: &Path) -> Result<()> {
    let gold: Value = serde_json::from_str(&fs::read_to_string(gold)?)?;
    let mut lines = String::new();
    for doc in gold["documents"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
    {
        let file = doc["doc"].as_str().unwrap_or_default();
        let text = fs::read_to_string(root.join("seeds").join(file))
            .with_context(|| format!("seed {file} missing from seeds/"))?;
        let id = file.trim_end_matches(".txt");
        let record = serde_json::json!({"id": id, "text": text, "published": doc["published"]});
        lines.push_str(&record.to_string());
        lines.push('\n');
    }
    fs::write(out, lines)?;
    Ok(())
}

fn python_text(args: &[&Path], flags: &[&str]) -> Result<String> {
    let output = Command::new("python3")
        .args(args)
        .args(flags)
        .output()
        .context("cannot run python3 (needed to score)")?;
    if !output.status.success() {
        bail!("scorer failed: {}", String::from_utf8_lossy(&output.stderr));
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

fn python(args: &[&Path], flags: &[&str]) -> Result<Value> {
    let text = python_text(args, flags)?;
    let line = text.lines().find(|l| l.starts_with('{')).unwrap_or("{}");
    Ok(serde_json::from_str(line)?)
}

fn f3(v: &Value) -> String {
    v.as_f64().map_or_else(|| "-".into(), |x| format!("{x:.3}"))
}

fn prf(v: &Value) -> String {
    if let Some(a) = v.as_array() {
        return a.iter().map(f3).collect::<Vec<_>>().join(" ");
    }
    format!("{} {} {}", f3(&v["p"]), f3(&v["r"]), f3(&v["f1"]))
}

fn seed_rows(j: &Value, rows: &mut Vec<(String, String, String)>) {
    let mut row = |figure: &str, value: String| rows.push(("seeds".into(), figure.into(), value));
    row("offsets ok", f3(&j["offsets_ok"]));
    row("people P R F1", prf(&j["people"]));
    row("affiliation acc", f3(&j["affiliation"]));
    row("countries P R F1", prf(&j["countries"]));
    row("dates span P R F1", prf(&j["dates"]));
    row(
        "dates value acc / value F1",
        format!("{} / {}", f3(&j["date_value_acc"]), f3(&j["date_value_f1"])),
    );
    row("quotes P R F1", prf(&j["quotes"]));
    row(
        "speaker acc / attributed F1",
        format!(
            "{} / {}",
            f3(&j["speaker_acc"]),
            f3(&j["quote_attributed_f1"])
        ),
    );
}

fn mention_rows(name: &str, j: &Value, rows: &mut Vec<(String, String, String)>) {
    let mut row = |figure: &str, value: String| rows.push((name.into(), figure.into(), value));
    row("offsets ok", f3(&j["offsets"]["share"]));
    if let Some(p) = j.get("person") {
        row("person exact P R F1", prf(&p["exact"]));
        row("person overlap P R F1", prf(&p["overlap"]));
    }
    if let Some(d) = j.get("date") {
        row("date relaxed P R F1", prf(&d["relaxed"]));
        row("date strict P R F1", prf(&d["strict"]));
        row(
            "date value acc / value F1",
            format!("{} / {}", f3(&d["value_acc"]), f3(&d["value_f1"])),
        );
        row(
            "date type acc / type F1",
            format!("{} / {}", f3(&d["type_acc"]), f3(&d["type_f1"])),
        );
    }
    if let Some(c) = j.get("country") {
        row("country mention P R F1", prf(&c["mention"]));
        row("country document P R F1", prf(&c["doc_set"]));
    }
    if let Some(q) = j.get("quote") {
        for pool in ["direct", "indirect"] {
            let x = &q[pool];
            row(&format!("quote {pool} span P R F1"), prf(&x["span"]));
            row(&format!("quote {pool} speaker acc"), f3(&x["speaker_acc"]));
            row(
                &format!("quote {pool} attributed P R F1"),
                prf(&x["attributed"]),
            );
        }
    }
}
