//! The `gleaner` command line as a user meets it: inputs of every kind, bad input, exit codes,
//! closed pipes, and output that does not depend on the thread count.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn gleaner() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_gleaner"));
    cmd.current_dir(root());
    cmd
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A fresh scratch directory under the target dir (tests never write elsewhere).
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn records(output: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is a JSON record"))
        .collect()
}

#[test]
fn seeds_directory_gives_five_records_in_order() {
    let output = gleaner().args(["extract", "seeds/"]).output().expect("run");
    assert!(output.status.success());
    let ids: Vec<String> = records(&output)
        .iter()
        .map(|r| r["id"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(ids.len(), 5);
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
    for r in records(&output) {
        for key in ["dates", "people", "countries", "quotes"] {
            assert!(r[key].is_array(), "{key} missing");
        }
    }
}

#[test]
fn bad_input_is_reported_and_the_rest_still_comes_out() {
    let dir = scratch("bad-input");
    std::fs::write(dir.join("a_ok.txt"), "Lavrov spoke in Moscow on Tuesday.").expect("write");
    std::fs::write(dir.join("b_bad.txt"), b"ok\n\xff\xfe").expect("write");
    std::fs::write(dir.join("c_empty.txt"), "  \n").expect("write");
    std::fs::write(
        dir.join("d.jsonl"),
        "{\"id\": \"j1\", \"text\": \"Fine.\"}\n{oops\n{\"id\": \"j3\", \"text\": \"Also fine.\", \"url\": \"u\"}\n",
    )
    .expect("write");
    let output = gleaner()
        .arg("extract")
        .arg(&dir)
        .arg(dir.join("missing.txt"))
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(1));
    let ids: Vec<String> = records(&output)
        .iter()
        .map(|r| r["id"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(ids, ["a_ok", "j1", "j3"]);
    assert_eq!(records(&output)[2]["meta"]["url"], "u");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 4, "{stderr}");
    assert!(
        lines[0].contains("b_bad.txt:2") && lines[0].contains("not valid UTF-8"),
        "{stderr}"
    );
    assert!(
        lines[1].contains("c_empty.txt") && lines[1].contains("empty article"),
        "{stderr}"
    );
    assert!(
        lines[2].contains("d.jsonl:2") && lines[2].contains("malformed JSON"),
        "{stderr}"
    );
    assert!(
        lines[3].contains("missing.txt") && lines[3].contains("cannot read"),
        "{stderr}"
    );
}

#[test]
fn usage_errors_exit_with_2() {
    for args in [
        vec!["extract", "--only", "nonsense", "seeds/"],
        vec!["extract", "--published", "yesterday", "seeds/"],
        vec!["extract", "--threads", "0", "seeds/"],
        vec!["frobnicate"],
    ] {
        let output = gleaner().args(&args).output().expect("run");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(output.stdout.is_empty());
    }
}

#[test]
fn stdin_jsonl_published_fallback_and_only() {
    let mut child = gleaner()
        .args(["extract", "--published", "2022-01-27", "--only", "dates"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("run");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin
        .write_all(b"{\"id\": \"a\", \"text\": \"They met yesterday.\"}\n{\"id\": \"b\", \"text\": \"They met yesterday.\", \"published\": \"2020-05-05\"}\n")
        .expect("write");
    drop(stdin);
    let output = child.wait_with_output().expect("wait");
    assert!(output.status.success());
    let recs = records(&output);
    assert_eq!(recs[0]["published"], "2022-01-27");
    assert_eq!(recs[1]["published"], "2020-05-05");
    assert_eq!(recs[0]["dates"][0]["value"], "2022-01-26");
    assert_eq!(recs[1]["dates"][0]["value"], "2020-05-04");
    assert_eq!(recs[0]["people"], serde_json::json!([]));
}

#[test]
fn json_format_is_one_array_and_output_file_works() {
    let dir = scratch("json-format");
    let out = dir.join("out.json");
    let status = gleaner()
        .args(["extract", "--format", "json", "-o"])
        .arg(&out)
        .arg("seeds/")
        .status()
        .expect("run");
    assert!(status.success());
    let value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).expect("read")).expect("JSON");
    assert_eq!(value.as_array().map(Vec::len), Some(5));
}

/// A corpus big enough to keep several threads busy: the seeds' paragraphs recombined.
fn many_documents(dir: &Path, n: usize) -> PathBuf {
    let mut paragraphs = Vec::new();
    let mut seeds: Vec<_> = std::fs::read_dir(root().join("seeds"))
        .expect("seeds")
        .flatten()
        .collect();
    seeds.sort_by_key(|e| e.path());
    for seed in seeds {
        let text = std::fs::read_to_string(seed.path()).expect("seed");
        paragraphs.extend(text.lines().map(str::to_string));
    }
    let mut out = String::new();
    for i in 0..n {
        let text: Vec<&str> = (0..12)
            .map(|k| paragraphs[(i * 7 + k * 13) % paragraphs.len()].as_str())
            .collect();
        let rec = serde_json::json!({"id": format!("d{i}"), "text": text.join("\n"), "published": "2022-01-27"});
        out.push_str(&rec.to_string());
        out.push('\n');
    }
    let path = dir.join("many.jsonl");
    std::fs::write(&path, out).expect("write");
    path
}

#[test]
fn output_is_identical_for_any_thread_count() {
    let dir = scratch("threads");
    let corpus = many_documents(&dir, 300);
    let run = |threads: &str| {
        let output = gleaner()
            .args(["extract", "--threads", threads])
            .arg(&corpus)
            .arg("seeds/")
            .output()
            .expect("run");
        assert!(output.status.success());
        output.stdout
    };
    let one = run("1");
    assert!(!one.is_empty());
    assert!(one == run("4"), "--threads 1 and --threads 4 differ");
}

#[test]
fn closed_pipe_ends_quietly() {
    let dir = scratch("pipe");
    let corpus = many_documents(&dir, 400);
    let mut child = gleaner()
        .arg("extract")
        .arg(&corpus)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run");
    let mut first = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut first)
        .expect("read");
    assert!(first.starts_with('{'));
    // The reader is gone now: gleaner's next writes hit a closed pipe.
    let output = child.wait_with_output().expect("wait");
    assert!(output.status.success(), "status {:?}", output.status);
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
