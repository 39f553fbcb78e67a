//! One snapshot per seed article through the `gleaner` binary: the JSON record a user gets from
//! `gleaner extract seeds/`. Review changes with `cargo insta review`.

use std::path::Path;
use std::process::Command;

#[test]
fn seeds() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut seeds: Vec<_> = std::fs::read_dir(root.join("seeds"))
        .expect("seeds/")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    seeds.sort();
    assert_eq!(seeds.len(), 5);
    for seed in seeds {
        let output = Command::new(env!("CARGO_BIN_EXE_gleaner"))
            .arg("extract")
            .arg(Path::new("seeds").join(seed.file_name().expect("file name")))
            .current_dir(&root)
            .output()
            .expect("run gleaner");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let record: serde_json::Value =
            serde_json::from_slice(&output.stdout).expect("one JSON record");
        let name = seed
            .file_stem()
            .expect("stem")
            .to_string_lossy()
            .into_owned();
        insta::with_settings!({
            snapshot_path => root.join("tests/snapshots"),
            prepend_module_to_snapshot => false,
            omit_expression => true,
        }, {
            insta::assert_json_snapshot!(name, record);
        });
    }
}
