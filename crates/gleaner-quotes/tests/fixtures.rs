//! One snapshot per fixture file: `tests/fixtures/NAME.txt` -> `tests/fixtures/NAME.snap`.

#[test]
fn fixtures() {
    insta::glob!("fixtures/*.txt", |path| {
        let rendered = gleaner_core::fixture::run_fixture(&gleaner_quotes::Quotes, path);
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        insta::with_settings!({
            snapshot_path => path.parent().unwrap_or(path),
            prepend_module_to_snapshot => false,
            // `NAME.snap` beside `NAME.txt`, not glob's default `NAME@NAME.txt.snap`.
            snapshot_suffix => "",
            input_file => path,
            omit_expression => true,
        }, {
            insta::assert_snapshot!(name, rendered);
        });
    });
}
