//! Tidy checks, run as tests: the invariants of ARCHITECTURE.md that a machine can check.

#[cfg(test)]
mod tests {
    use std::fs;
    use std::path::{Path, PathBuf};

    fn root() -> PathBuf {
        crate::project_root()
    }

    fn read(path: &Path) -> String {
        fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    fn crate_dirs() -> Vec<PathBuf> {
        let mut dirs: Vec<PathBuf> = fs::read_dir(root().join("crates"))
            .expect("crates/")
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.join("Cargo.toml").is_file())
            .collect();
        dirs.sort();
        dirs
    }

    fn name_of(dir: &Path) -> String {
        dir.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    /// Extractor crates: every crate but the core and the driver.
    fn extractor_dirs() -> Vec<PathBuf> {
        crate_dirs()
            .into_iter()
            .filter(|d| !matches!(name_of(d).as_str(), "gleaner" | "gleaner-core"))
            .collect()
    }

    /// Workspace crates named in the `[dependencies]` table of a manifest.
    fn workspace_deps(manifest: &str) -> Vec<String> {
        let mut in_deps = false;
        let mut deps = Vec::new();
        for line in manifest.lines() {
            let line = line.trim();
            if line.starts_with('[') {
                in_deps = line == "[dependencies]";
                continue;
            }
            if in_deps && line.starts_with("gleaner") {
                let name = line.split(['.', ' ', '=']).next().unwrap_or_default();
                deps.push(name.to_string());
            }
        }
        deps
    }

    #[test]
    fn extractors_depend_only_on_the_core() {
        for dir in extractor_dirs() {
            let deps = workspace_deps(&read(&dir.join("Cargo.toml")));
            assert_eq!(
                deps,
                ["gleaner-core"],
                "{} may depend on gleaner-core only",
                name_of(&dir)
            );
        }
        let core = workspace_deps(&read(&root().join("crates/gleaner-core/Cargo.toml")));
        assert!(core.is_empty(), "gleaner-core depends on {core:?}");
    }

    #[test]
    fn every_extractor_crate_is_registered_in_the_driver() {
        let driver = read(&root().join("crates/gleaner/src/lib.rs"));
        let manifest = read(&root().join("crates/gleaner/Cargo.toml"));
        for dir in extractor_dirs() {
            let name = name_of(&dir);
            let line = format!("use {} as _;", name.replace('-', "_"));
            assert!(
                driver.contains(&line),
                "crates/gleaner/src/lib.rs lacks `{line}`"
            );
            assert!(
                manifest.contains(&format!("{name}.workspace = true")),
                "driver lacks {name}"
            );
        }
    }

    #[test]
    fn architecture_md_maps_every_crate() {
        let map = read(&root().join("ARCHITECTURE.md"));
        for dir in crate_dirs() {
            let heading = format!("### `crates/{}`", name_of(&dir));
            assert!(
                map.contains(&heading),
                "ARCHITECTURE.md has no `{heading}` paragraph"
            );
        }
    }

    #[test]
    fn every_data_file_has_its_source_in_data_md() {
        for dir in crate_dirs() {
            let Ok(entries) = fs::read_dir(dir.join("data")) else {
                continue;
            };
            let data_md = fs::read_to_string(dir.join("DATA.md")).unwrap_or_default();
            for entry in entries.flatten() {
                let file = entry.file_name().to_string_lossy().into_owned();
                assert!(
                    data_md.contains(&file),
                    "{}/DATA.md does not describe data/{file}",
                    name_of(&dir)
                );
            }
        }
    }

    #[test]
    fn every_fixture_has_its_snapshot_and_no_snapshot_is_pending() {
        for dir in extractor_dirs() {
            let fixtures = dir.join("tests/fixtures");
            let mut txt = 0;
            for entry in fs::read_dir(&fixtures).expect("tests/fixtures").flatten() {
                let path = entry.path();
                let file = path.display().to_string();
                assert!(
                    !file.ends_with(".snap.new") && !file.ends_with(".pending-snap"),
                    "unreviewed {file}"
                );
                match path.extension().and_then(|e| e.to_str()) {
                    Some("txt") => {
                        txt += 1;
                        assert!(
                            path.with_extension("snap").is_file(),
                            "{file} has no snapshot"
                        );
                    }
                    Some("snap") => assert!(
                        path.with_extension("txt").is_file(),
                        "{file} has no fixture"
                    ),
                    _ => {}
                }
            }
            assert!(txt > 0, "{} has no fixtures", name_of(&dir));
        }
    }
}
