//! Fixture support for extractor snapshot tests: read a fixture file, run one extractor on it and
//! render what it found as plain lines that read well in a `.snap` diff.
//!
//! A fixture is a `.txt` article. Its first line may be `published: YYYY-MM-DD`, which sets the
//! publication date and is not part of the text.

use crate::{Analysis, CharIndex, Document, Extractor, Findings, Span, parse_date};
use std::fmt::Write;
use std::path::Path;

/// Build the document a fixture describes.
pub fn fixture_document(path: &Path) -> Document {
    let raw = std::fs::read_to_string(path)
        .unwrap_or_else(|e| format!("could not read {}: {e}", path.display()));
    let id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (published, text) = match raw.split_once('\n') {
        Some((first, rest)) if first.starts_with("published:") => (
            parse_date(first.trim_start_matches("published:")).ok(),
            rest.to_string(),
        ),
        _ => (None, raw),
    };
    Document::new(id, text)
        .with_published(published)
        .with_source(path.display().to_string())
}

/// Run `extractor` on the fixture at `path` and render its findings.
pub fn run_fixture(extractor: &dyn Extractor, path: &Path) -> String {
    let doc = fixture_document(path);
    let analysis = Analysis::new(&doc.text);
    let findings = extractor.extract(&doc, &analysis);
    render(&doc.text, &findings)
}

/// Render findings one per line with code point offsets, e.g. `[12..22] "January 18" date 2022-01-18`.
pub fn render(text: &str, findings: &Findings) -> String {
    let index = CharIndex::new(text);
    let at = |span: Span| {
        format!(
            "[{}..{}] {:?}",
            index.char_offset(span.start),
            index.char_offset(span.end),
            span.text(text)
        )
    };
    let mut out = String::new();
    if !findings.dates.is_empty() {
        out.push_str("dates:\n");
        for d in &findings.dates {
            let _ = writeln!(out, "  {} {} {}", at(d.span), d.kind.as_str(), d.value);
        }
    }
    if !findings.people.is_empty() {
        out.push_str("people:\n");
        for p in &findings.people {
            let _ = writeln!(
                out,
                "  {} | aliases: {} | titles: {} | country: {}",
                p.name,
                p.aliases.join("; "),
                p.titles.join("; "),
                p.country.as_deref().unwrap_or("-")
            );
            for m in &p.mentions {
                let _ = writeln!(out, "    {}", at(*m));
            }
        }
    }
    if !findings.countries.is_empty() {
        out.push_str("countries:\n");
        for c in &findings.countries {
            let _ = writeln!(out, "  {} {}", c.code, c.name);
            for m in &c.mentions {
                let _ = writeln!(out, "    {} {}", at(m.span), m.via.as_str());
            }
        }
    }
    if !findings.quotes.is_empty() {
        out.push_str("quotes:\n");
        for q in &findings.quotes {
            let _ = writeln!(out, "  {} {}", q.kind.as_str(), at(q.span));
            match &q.speaker {
                Some(s) => {
                    let _ = writeln!(out, "    speaker {} {:?}", at(s.span), s.kind);
                }
                None => out.push_str("    speaker -\n"),
            }
            if let Some(cue) = &q.cue {
                let _ = writeln!(out, "    cue {cue:?}");
            }
        }
    }
    if !findings.other.is_empty() {
        out.push_str("other:\n");
        for g in &findings.other {
            let value = g.value.as_ref().map(|v| v.to_string()).unwrap_or_default();
            let _ = writeln!(out, "  {} {} {}", at(g.span), g.label, value);
        }
    }
    if out.is_empty() {
        out.push_str("(nothing found)\n");
    }
    out
}

/// The snapshot test of an extractor crate: every `tests/fixtures/NAME.txt` through the
/// extractor, its rendering compared with `tests/fixtures/NAME.snap`. Expands in the calling
/// test file, which needs `insta` as a dev-dependency.
///
/// ```ignore
/// #[test]
/// fn fixtures() {
///     gleaner_core::fixture_snapshots!(gleaner_dates::Dates);
/// }
/// ```
#[macro_export]
macro_rules! fixture_snapshots {
    ($extractor:expr) => {
        insta::glob!("fixtures/*.txt", |path| {
            let rendered = $crate::fixture::run_fixture(&$extractor, path);
            let name =
                path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
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
    };
}
