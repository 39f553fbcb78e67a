//! `cargo xtask new-extractor NAME`: a new extractor crate, registered and tested, in one step.

use anyhow::{Context, Result, bail};
use std::fs;
use std::path::Path;

/// Markers in the files this command edits; each new line goes right after its marker.
const REGISTRATION_MARKER: &str = "// Extractor registrations.";
const WORKSPACE_DEPS_MARKER: &str = "[workspace.dependencies]";
const DRIVER_DEPS_MARKER: &str = "gleaner-core.workspace = true";
const REGISTRY_TEST_MARKER: &str = "const EXPECTED: &[&str] = &[";

pub fn run(root: &Path, name: &str) -> Result<()> {
    let valid = !name.is_empty()
        && name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !valid {
        bail!(
            "extractor name `{name}` must be lowercase letters, digits and `-`, starting with a letter"
        );
    }
    let crate_name = format!("gleaner-{name}");
    let lib_name = crate_name.replace('-', "_");
    let type_name: String = name
        .split('-')
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or_else(String::new, |c| {
                c.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect();
    let dir = root.join("crates").join(&crate_name);
    if dir.exists() {
        bail!("{} already exists", dir.display());
    }

    let files = [
        ("Cargo.toml", CARGO_TOML),
        ("src/lib.rs", LIB_RS),
        ("tests/fixtures.rs", FIXTURES_RS),
        ("tests/fixtures/basic.txt", FIXTURE_TXT),
        ("tests/fixtures/basic.snap", FIXTURE_SNAP),
    ];
    for (path, template) in files {
        let content = template
            .replace("{name}", name)
            .replace("{crate}", &crate_name)
            .replace("{lib}", &lib_name)
            .replace("{Type}", &type_name);
        let path = dir.join(path);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::write(&path, content).with_context(|| format!("cannot write {}", path.display()))?;
    }

    insert_after(
        &root.join("Cargo.toml"),
        WORKSPACE_DEPS_MARKER,
        &format!("{crate_name} = {{ path = \"crates/{crate_name}\" }}"),
    )?;
    insert_after(
        &root.join("crates/gleaner/Cargo.toml"),
        DRIVER_DEPS_MARKER,
        &format!("{crate_name}.workspace = true"),
    )?;
    insert_after(
        &root.join("crates/gleaner/src/lib.rs"),
        REGISTRATION_MARKER,
        &format!("use {lib_name} as _;"),
    )?;
    insert_into_list(
        &root.join("tests/registry.rs"),
        REGISTRY_TEST_MARKER,
        &format!("\"{name}\""),
    )?;
    println!("created crates/{crate_name}; registered in crates/gleaner/src/lib.rs");
    println!(
        "next: write the extractor in crates/{crate_name}/src/lib.rs, add fixtures, run `cargo insta review`"
    );
    Ok(())
}

/// Insert `item` as the first element of the array literal opened by `marker` (one line or many,
/// whatever rustfmt made of it).
fn insert_into_list(path: &Path, marker: &str, item: &str) -> Result<()> {
    let text =
        fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let Some(at) = text.find(marker) else {
        bail!("{} has no `{marker}`", path.display());
    };
    let at = at + marker.len();
    let out = format!("{}{item}, {}", &text[..at], &text[at..]);
    fs::write(path, out).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

/// Insert `line` after the line that contains `marker` (skipping the comment lines that follow a
/// comment marker), unless the file already has it.
fn insert_after(path: &Path, marker: &str, line: &str) -> Result<()> {
    let text =
        fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    if text.lines().any(|l| l.trim() == line.trim()) {
        return Ok(());
    }
    let mut lines: Vec<&str> = text.lines().collect();
    let Some(mut at) = lines.iter().position(|l| l.contains(marker)) else {
        bail!("{} has no line containing `{marker}`", path.display());
    };
    while marker.starts_with("//")
        && lines
            .get(at + 1)
            .is_some_and(|l| l.trim_start().starts_with("//"))
    {
        at += 1;
    }
    lines.insert(at + 1, line);
    let mut out = lines.join("\n");
    out.push('\n');
    fs::write(path, out).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

const CARGO_TOML: &str = r#"[package]
name = "{crate}"
description = "The {name} extractor of gleaner"
version.workspace = true
edition.workspace = true
license.workspace = true

[dependencies]
gleaner-core.workspace = true

[dev-dependencies]
insta.workspace = true

[lints]
workspace = true
"#;

const LIB_RS: &str = r#"//! The {name} extractor.

use gleaner_core::{Analysis, Document, Extractor, Findings, GenericFinding};

pub struct {Type};

gleaner_core::register_extractor!({Type});

impl Extractor for {Type} {
    fn name(&self) -> &'static str {
        "{name}"
    }

    fn description(&self) -> &'static str {
        "{name} (describe what it finds in one line)"
    }

    fn extract(&self, _doc: &Document, analysis: &Analysis) -> Findings {
        // Replace with the real rule. This one marks each sentence, to show the shape of a
        // generic finding: a byte span, a label and an optional JSON value.
        let other = analysis
            .sentences
            .iter()
            .map(|s| GenericFinding { span: s.span, label: "sentence".into(), value: None })
            .collect();
        Findings { other, ..Findings::default() }
    }
}
"#;

const FIXTURES_RS: &str = r#"//! One snapshot per fixture file: `tests/fixtures/NAME.txt` -> `tests/fixtures/NAME.snap`.

#[test]
fn fixtures() {
    gleaner_core::fixture_snapshots!({lib}::{Type});
}
"#;

const FIXTURE_TXT: &str = "The first sentence. The second one.\n";

const FIXTURE_SNAP: &str = r#"---
source: crates/{crate}/tests/fixtures.rs
input_file: crates/{crate}/tests/fixtures/basic.txt
---
other:
  [0..19] "The first sentence." sentence 
  [20..35] "The second one." sentence 
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use std::process::Command;

    fn copy_tree(from: &Path, to: &Path) -> Result<()> {
        fs::create_dir_all(to)?;
        for entry in fs::read_dir(from)?.flatten() {
            let name = entry.file_name();
            if name == "target" || name == ".git" {
                continue;
            }
            let (src, dst) = (entry.path(), to.join(&name));
            if entry.file_type()?.is_dir() {
                copy_tree(&src, &dst)?;
            } else {
                fs::copy(&src, &dst)?;
            }
        }
        Ok(())
    }

    fn cargo(dir: &Path, target: &Path, args: &[&str]) -> std::process::Output {
        Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
            .args(args)
            .arg("--offline")
            .env("CARGO_TARGET_DIR", target)
            .env_remove("RUSTFLAGS")
            .current_dir(dir)
            .output()
            .expect("run cargo")
    }

    /// On a scratch copy of the workspace: scaffold an extractor, build, and see the driver list it
    /// and its fixture and the registry pin pass.
    #[test]
    fn new_extractor_builds_and_is_listed() {
        let root = crate::project_root();
        let target = crate::eval::target_dir(&root);
        let scratch = target.join("scratch/workspace");
        let _ = fs::remove_dir_all(&scratch);
        copy_tree(&root, &scratch).expect("copy workspace");
        run(&scratch, "demo-finder").expect("scaffold");
        assert!(
            run(&scratch, "demo-finder").is_err(),
            "a second scaffold must refuse"
        );
        assert!(run(&scratch, "Bad Name").is_err());

        let scratch_target = target.join("scratch/target");
        let build = cargo(&scratch, &scratch_target, &["build", "-p", "gleaner"]);
        assert!(
            build.status.success(),
            "{}",
            String::from_utf8_lossy(&build.stderr)
        );
        let listed = Command::new(scratch_target.join("debug/gleaner"))
            .arg("extractors")
            .output()
            .expect("run gleaner");
        let listed = String::from_utf8_lossy(&listed.stdout);
        assert!(
            listed.lines().any(|l| l.starts_with("demo-finder ")),
            "{listed}"
        );

        let test = cargo(
            &scratch,
            &scratch_target,
            &[
                "test",
                "-p",
                "gleaner-demo-finder",
                "-p",
                "gleaner",
                "--test",
                "registry",
                "--test",
                "fixtures",
            ],
        );
        assert!(
            test.status.success(),
            "{}\n{}",
            String::from_utf8_lossy(&test.stdout),
            String::from_utf8_lossy(&test.stderr)
        );
    }
}
